/* unix(7) SCM_RIGHTS: passing a descriptor duplicates it, as dup(2) would,
 * into the receiver's table: the descriptor received refers to the same
 * open file description as the one sent (what is written through it comes
 * out of the pipe the sent one belongs to, and file status flags set
 * through one show through the other), while the descriptor flags are
 * its own (no FD_CLOEXEC, as after dup()). */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_scm_rights_same_file) = {
	.claim  = "a descriptor passed with SCM_RIGHTS refers to the same open file description as the one sent, as after dup()",
	.source = SC_SRC("man:unix(7)", "SCM_RIGHTS: Send or receive a set of open file descriptors from another process ... Semantically, this operation is equivalent to duplicating (dup(2)) a file descriptor into the file descriptor table of another process"),
	.kinds  = SC_UNIX,
	.key    = "fds_received",
};

SC_TEST(unix_scm_rights_same_file)
{
	struct sc_anc anc;
	char b[8] = "";
	int rd, wr, got;

	sc_pipe(&rd, &wr);
	SC_EXPECT_RET(sc_send_fds(P->a, "r", 1, &wr, 1).ret, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message carrying the descriptor");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_RIGHTS_SPACE(1), MSG_DONTWAIT, &anc).ret, 1);
	sc_observe_int("fds_received", anc.nfds);
	SC_EXPECT(anc.nfds == 1 && anc.rights == 1,
		  "%d descriptor(s) in %d SCM_RIGHTS item(s), msg_flags 0x%x", anc.nfds, anc.rights, anc.flags);
	got = anc.fds[0];
	sc_observe_int("same_number", got == wr);
	SC_EXPECT_RET(write(got, "via", 3), 3);
	SC_EXPECT_RET(read(rd, b, sizeof b), 3);
	SC_EXPECT(!memcmp(b, "via", 3), "the pipe gave \"%.3s\"", b);
	SC_EXPECT_OK(fcntl(got, F_SETFL, O_NONBLOCK));
	SC_EXPECT(fcntl(wr, F_GETFL) & O_NONBLOCK,
		  "O_NONBLOCK set through the received descriptor is not seen through the sent one");
	SC_EXPECT(!(fcntl(got, F_GETFD) & FD_CLOEXEC),
		  "the received descriptor has FD_CLOEXEC, like the sent one; dup() would clear it");
}
