/* connect(2): EAFNOSUPPORT, "the passed address didn't have the correct
 * address family in its sa_family field".  Each kind is given an address
 * of the right length whose sa_family names another family: AF_INET6 for
 * an AF_INET socket, AF_INET for AF_INET6 and AF_UNIX sockets. */
#include "sc.h"

SC_CASE(connect_wrong_family) = {
	.claim   = "connect() with an address whose sa_family is not the socket's family fails with EAFNOSUPPORT",
	.source  = SC_SRC("man:connect(2)", "EAFNOSUPPORT: The passed address didn't have the correct address family in its sa_family field"),
	.kinds   = SC_IP | SC_UNIX,
	.exclude = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(connect_wrong_family)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	/* A real address of the kind (a listener or bound socket), relabelled. */
	if (P->kind->caps & SC_LISTENER) {
		sc_listen(P, 4);
	} else {
		int b = sc_bound_socket(P, &P->addr, &P->addrlen);
		(void)b;
	}
	ss = P->addr;
	len = P->addrlen;
	ss.ss_family = P->kind->domain == AF_INET ? AF_INET6 : AF_INET;
	sc_observe_int("sa_family", ss.ss_family);
	r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect(address of another family)", r, EAFNOSUPPORT);
}
