/* The tutorial prints struct sockaddr_in as { sin_family; sin_port;
 * sin_addr; }: 8 bytes.  The real structure ends in sin_zero[8] and is 16
 * bytes, and the kernel wants all 16: a program that declared the
 * tutorial's struct and passed its size as addrlen has bind() refuse it. */
#include "sc.h"

/* The tutorial's structure, as printed. */
struct tutorial_sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
};

SC_CASE(address_tutorial_sockaddr_in) = {
	.claim   = "struct sockaddr_in is { sin_family, sin_port, sin_addr }: an address of that size binds",
	.source  = SC_SRC("seed", "使用 bind() 和 connect() 函数: struct sockaddr_in { sa_family_t sin_family; in_port_t sin_port; struct in_addr sin_addr; };"),
	.kinds   = SC_INET,
	.require = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

SC_TEST(address_tutorial_sockaddr_in)
{
	struct tutorial_sockaddr_in t = { .sin_family = AF_INET };
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	t.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sc_observe_int("tutorial_size", sizeof t);
	sc_observe_int("sizeof_sockaddr_in", sizeof(struct sockaddr_in));
	r = SC_CALL(bind(fd, (struct sockaddr *)&t, sizeof t));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(fd, tutorial's sockaddr_in, sizeof it)", r);
	SC_EXPECT_EQ(sizeof(struct sockaddr_in), sizeof t);
}
