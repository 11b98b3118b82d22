/* bind(2), errors of AF_UNIX sockets: ENAMETOOLONG, "addr is too long".
 * An address longer than struct sockaddr_un (its sun_path full, addrlen
 * one byte more) is too long; bind() should fail with ENAMETOOLONG. */
#include "sc.h"

SC_CASE(bind_unix_enametoolong) = {
	.claim   = "AF_UNIX bind() with an address longer than struct sockaddr_un fails with ENAMETOOLONG",
	.source  = SC_SRC("man:bind(2)", "ENAMETOOLONG: addr is too long"),
	.kinds   = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_unix_enametoolong)
{
	struct {
		struct sockaddr_un un;
		char more[8];
	} big;
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	memset(&big, 'x', sizeof big);
	big.un.sun_family = AF_UNIX;
	sc_observe_int("addrlen", (long)sizeof big.un + 1);
	r = SC_CALL(bind(fd, (struct sockaddr *)&big, sizeof big.un + 1));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind(addrlen sizeof(struct sockaddr_un) + 1)", r, ENAMETOOLONG);
}
