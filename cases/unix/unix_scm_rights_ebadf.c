/* unix(7) EBADF: sendmsg() of an SCM_RIGHTS item naming a descriptor
 * number that is not open fails with EBADF. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_scm_rights_ebadf) = {
	.claim  = "sendmsg() passing a descriptor number that is not open fails with EBADF",
	.source = SC_SRC("man:unix(7)", "EBADF: This error can occur for sendmsg(2) when sending a file descriptor as ancillary data ... the file descriptor number that is being sent is not valid (e.g., it is not an open file descriptor)"),
	.kinds  = SC_UNIX,
	.key    = "errno",
};

SC_TEST(unix_scm_rights_ebadf)
{
	int closed = SC_REQUIRE_OK(fcntl(P->a, F_DUPFD, 0));
	struct sc_res r;

	close(closed);
	r = sc_send_fds(P->a, "b", 1, &closed, 1);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "sendmsg(SCM_RIGHTS of a closed descriptor number)", r,
		       (const int[]){ EBADF }, 1);
	SC_EXPECT(sc_poll(P->b, POLLIN, 0) == 0, "the refused message was delivered all the same");
}
