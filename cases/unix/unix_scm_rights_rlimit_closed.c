/* unix(7) SCM_RIGHTS: descriptors that would take the receiver beyond its
 * RLIMIT_NOFILE are closed.  The receiver's limit leaves room for one
 * more descriptor; three references to a pipe's write end arrive: one is
 * installed, and the pipe reaches end of file once that one is closed, so
 * the other two were closed too. */
#include "sc.h"
#include "ancillary.h"
#include <sys/resource.h>

SC_CASE(unix_scm_rights_rlimit_closed) = {
	.claim  = "descriptors received beyond the receiver's RLIMIT_NOFILE are closed",
	.source = SC_SRC("man:unix(7)", "SCM_RIGHTS: If the number of file descriptors received in the ancillary data would cause the process to exceed its RLIMIT_NOFILE resource limit (see getrlimit(2)), the excess file descriptors are automatically closed in the receiving process"),
	.kinds  = SC_UNIX,
	.key    = "fds_received",
};

SC_TEST(unix_scm_rights_rlimit_closed)
{
	struct rlimit saved, tight;
	struct sc_anc anc;
	struct sc_res r;
	char b[4];
	int rd, wr, lowest;

	sc_pipe(&rd, &wr);
	SC_EXPECT_RET(sc_send_fds(P->a, "l", 1, (int[]){ wr, wr, wr }, 3).ret, 1);
	sc_close(&wr);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message carrying three descriptors");
	/* Every descriptor below the lowest free one is open: a limit one
	 * above it leaves room for exactly one more. */
	lowest = SC_REQUIRE_OK(fcntl(rd, F_DUPFD, 0));
	close(lowest);
	SC_REQUIRE_OK(getrlimit(RLIMIT_NOFILE, &saved));
	tight = saved;
	tight.rlim_cur = (rlim_t)lowest + 1;
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &tight));
	r = sc_recv_anc(P->b, b, sizeof b, SC_RIGHTS_SPACE(3), MSG_DONTWAIT, &anc);
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &saved));
	sc_observe_int("rlimit_nofile", (long)tight.rlim_cur);
	sc_observe_int("fds_received", anc.nfds);
	sc_observe_int("ctrunc", !!(anc.flags & MSG_CTRUNC));
	sc_expect_ret(SC_HERE, "recvmsg() with room under RLIMIT_NOFILE for one descriptor", r, 1);
	SC_EXPECT(anc.nfds == 1, "%d of 3 descriptors installed with room for one under RLIMIT_NOFILE %ld",
		  anc.nfds, (long)tight.rlim_cur);
	for (int i = 0; i < anc.nfds; i++)
		sc_close(&anc.fds[i]);
	SC_EXPECT(sc_pipe_at_eof(rd), "the pipe still has a writer: the descriptors beyond RLIMIT_NOFILE were not closed");
}
