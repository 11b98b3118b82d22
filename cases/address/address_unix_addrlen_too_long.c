/* bind() with an addrlen larger than struct sockaddr_un is an invalid
 * address for the AF_UNIX domain: EINVAL. */
#include "sc.h"

SC_CASE(address_unix_addrlen_too_long) = {
	.claim   = "bind() of an AF_UNIX address with addrlen > sizeof(struct sockaddr_un) fails with EINVAL",
	.source  = SC_SRC("man:bind(2)", "EINVAL (2): addrlen is wrong, or addr is not a valid address for this socket's domain"),
	.also    = { SC_SRC("seed", "使用 bind() 和 connect() 函数: addrlen：对应的是地址的长度，协议结构体大小，为 addr 变量的大小，可由 sizeof() 计算得出") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(address_unix_addrlen_too_long)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;

	sc_local_addr(P, &ss, &len);
	r = SC_CALL(bind(fd, (struct sockaddr *)&ss, sizeof(struct sockaddr_un) + 1));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "bind(fd, addr, sizeof(struct sockaddr_un) + 1)", r,
		       (const int[]){ EINVAL }, 1);
}
