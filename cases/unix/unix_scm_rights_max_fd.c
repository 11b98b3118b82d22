/* unix(7) SCM_RIGHTS: one message carries at most SCM_MAX_FD (253)
 * descriptors; sendmsg() of a larger array fails with EINVAL. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_scm_rights_max_fd) = {
	.claim  = "a message carries up to SCM_MAX_FD = 253 descriptors; sendmsg() of 254 fails with EINVAL",
	.source = SC_SRC("man:unix(7)", "SCM_RIGHTS: Attempting to send an array larger than this limit causes sendmsg(2) to fail with the error EINVAL. SCM_MAX_FD has the value 253"),
	.kinds  = SC_UNIX,
	.key    = "fds_received",
};

SC_TEST(unix_scm_rights_max_fd)
{
	int fds[SC_SCM_MAX_FD + 1], rd, wr;
	struct sc_anc anc;
	char b[4];

	sc_fd_budget(2 * (SC_SCM_MAX_FD + 1) + 8);
	sc_pipe(&rd, &wr);
	for (int i = 0; i < SC_SCM_MAX_FD + 1; i++)
		fds[i] = sc_track(SC_REQUIRE_OK(dup(wr)));
	SC_EXPECT_ERRNO(sc_send_fds(P->a, "m", 1, fds, SC_SCM_MAX_FD + 1).ret, EINVAL);
	SC_EXPECT_RET(sc_send_fds(P->a, "m", 1, fds, SC_SCM_MAX_FD).ret, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message carrying 253 descriptors");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_RIGHTS_SPACE(SC_SCM_MAX_FD), MSG_DONTWAIT, &anc).ret, 1);
	sc_observe_int("fds_received", anc.nfds);
	SC_EXPECT_EQ(anc.nfds, SC_SCM_MAX_FD);
}
