/* unix(7) SO_PASSCRED: with the option on, each message received carries
 * an SCM_CREDENTIALS message; where the sender gave none, it holds the
 * sender's PID, real user ID and real group ID.  The sender is a child
 * whose real and effective IDs differ, so the two cannot be confused. */
#include "sc.h"
#include "ancillary.h"
#include "other_user.h"

SC_CASE(unix_so_passcred_default_creds) = {
	.claim  = "with SO_PASSCRED each message received carries the sender's PID, real UID and real GID when the sender gave no credentials",
	.source = SC_SRC("man:unix(7)", "SO_PASSCRED: receipt of the credentials of the sending process in an SCM_CREDENTIALS ancillary message in each subsequently received message ... a default that includes the sender's PID, real user ID, and real group ID"),
	.also   = { SC_SRC("man:socket(7)", "SO_PASSCRED: Enable or disable the receiving of the SCM_CREDENTIALS control message") },
	.kinds  = SC_UNIX,
	.key    = "cred_uid",
};

enum { RUID = 3101, EUID = 3102, RGID = 4101, EGID = 4102 };

static int sender(int ctl, void *arg)
{
	int fd = *(int *)arg;
	long go;

	if (sc_become(RUID, EUID, EUID, RGID, EGID, EGID))
		return SC_CHILD_NOPERM;
	for (int i = 0; i < 2; i++)
		if (send(fd, "c", 1, MSG_NOSIGNAL) != 1) {
			sc_ctl_put(ctl, -errno);
			return 1;
		}
	sc_ctl_put(ctl, 0);
	sc_ctl_get(ctl, &go);	/* stay alive until the body has read */
	return 0;
}

SC_TEST(unix_so_passcred_default_creds)
{
	struct sc_child child;
	struct sc_anc anc;
	char b[4];
	long sent;

	SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
	sc_child_start(&child, sender, &P->a);
	sent = sc_child_get(&child);
	SC_REQUIRE(sent == 0, "the child's send() failed: %s", sc_errname((int)-sent));
	for (int i = 0; i < 2; i++) {
		SC_EXPECT_RET(sc_recv_anc(P->b, b, 1, SC_CREDS_SPACE, MSG_DONTWAIT, &anc).ret, 1);
		sc_observe_int("cred_pid_is_sender", anc.creds && anc.uc.pid == child.pid);
		sc_observe_int("cred_uid", anc.creds ? (long)anc.uc.uid : -1);
		sc_observe_int("cred_gid", anc.creds ? (long)anc.uc.gid : -1);
		SC_EXPECT(anc.creds == 1, "message %d came with %d SCM_CREDENTIALS items", i + 1, anc.creds);
		SC_EXPECT(anc.uc.pid == child.pid, "message %d: credentials name pid %d, the sender is %d",
			  i + 1, (int)anc.uc.pid, (int)child.pid);
		SC_EXPECT(anc.uc.uid == RUID && anc.uc.gid == RGID,
			  "message %d: credentials uid %u gid %u, the sender's real ids are %u/%u (effective %u/%u)",
			  i + 1, anc.uc.uid, anc.uc.gid, RUID, RGID, EUID, EGID);
	}
	sc_child_put(&child, 0);
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
