/* unix(7) SCM_CREDENTIALS: the kernel checks the credentials a sender
 * specifies.  Without privilege the sender must give its own PID, one of
 * its real, effective or saved user IDs and one of its real, effective or
 * saved group IDs; anything else fails with EPERM.  The sender is a child
 * with three different user IDs and three different group IDs and no
 * capabilities; each variant sends one set of credentials. */
#include "sc.h"
#include "ancillary.h"
#include "other_user.h"

SC_CASE(unix_scm_credentials_checked) = {
	.claim  = "an unprivileged sender may pass only its own PID and one of its real, effective or saved UIDs and GIDs; other values fail with EPERM",
	.source = SC_SRC("man:unix(7)", "SCM_CREDENTIALS: The credentials which the sender specifies are checked by the kernel"),
	.kinds  = SC_UNIX,
	.key    = "result",
};

enum { RUID = 3101, EUID = 3102, SUID = 3103, RGID = 4101, EGID = 4102, SGID = 4103 };

#define OWN_IDS "SCM_CREDENTIALS: The sender must specify its own process ID ..., its real user ID, effective user ID, or saved set-user-ID (unless it has CAP_SETUID), and its real group ID, effective group ID, or saved set-group-ID (unless it has CAP_SETGID)"
#define BAD_IDS "EPERM: The sender passed invalid credentials in the struct ucred"

static const struct creds {
	SC_VARIANT_HEAD;
	int other_pid;
	uid_t uid;
	gid_t gid;
	int accepted;
} rows[] = {
	{ .name = "real_uid", .src = SC_SRC("man:unix(7)", OWN_IDS), .uid = RUID, .gid = RGID, .accepted = 1 },
	{ .name = "effective_uid", .src = SC_SRC("man:unix(7)", OWN_IDS), .uid = EUID, .gid = RGID, .accepted = 1 },
	{ .name = "saved_uid", .src = SC_SRC("man:unix(7)", OWN_IDS), .uid = SUID, .gid = RGID, .accepted = 1 },
	{ .name = "effective_gid", .src = SC_SRC("man:unix(7)", OWN_IDS), .uid = RUID, .gid = EGID, .accepted = 1 },
	{ .name = "saved_gid", .src = SC_SRC("man:unix(7)", OWN_IDS), .uid = RUID, .gid = SGID, .accepted = 1 },
	{ .name = "other_pid", .src = SC_SRC("man:unix(7)", BAD_IDS), .other_pid = 1, .uid = RUID, .gid = RGID },
	{ .name = "other_uid", .src = SC_SRC("man:unix(7)", BAD_IDS), .uid = RUID + 10, .gid = RGID },
	{ .name = "other_gid", .src = SC_SRC("man:unix(7)", BAD_IDS), .uid = RUID, .gid = RGID + 10 },
};
SC_VARIANTS(rows);

struct job {
	int fd;
	const struct creds *v;
};

static int sender(int ctl, void *arg)
{
	const struct job *j = arg;
	struct ucred uc = { .uid = j->v->uid, .gid = j->v->gid };
	struct sc_res r;
	long go;

	uc.pid = j->v->other_pid ? getppid() : getpid();
	if (sc_become(RUID, EUID, SUID, RGID, EGID, SGID))
		return SC_CHILD_NOPERM;
	r = sc_send_creds(j->fd, "u", 1, &uc);
	sc_ctl_put(ctl, r.ret < 0 ? -r.err : r.ret);
	sc_ctl_get(ctl, &go);
	return 0;
}

SC_TEST(unix_scm_credentials_checked)
{
	const struct creds *V = P->variant;
	struct job j = { P->a, V };
	struct sc_child child;
	struct sc_anc anc;
	struct sc_res r;
	long sent;
	char b[4];

	SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
	sc_child_start(&child, sender, &j);
	sent = sc_child_get(&child);
	r = (struct sc_res){ sent < 0 ? -1 : sent, sent < 0 ? (int)-sent : 0 };
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "accepted");
	if (!V->accepted) {
		sc_expect_fail(SC_HERE, "sendmsg(SCM_CREDENTIALS not the sender's own)", r,
			       (const int[]){ EPERM }, 1);
	} else {
		sc_expect_ret(SC_HERE, "sendmsg(SCM_CREDENTIALS of the sender's own ids)", r, 1);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message with credentials");
		SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_CREDS_SPACE, MSG_DONTWAIT, &anc).ret, 1);
		SC_EXPECT(anc.creds == 1 && anc.uc.pid == child.pid && anc.uc.uid == V->uid &&
			  anc.uc.gid == V->gid,
			  "received pid %d uid %u gid %u, sent pid %d uid %u gid %u", (int)anc.uc.pid,
			  anc.uc.uid, anc.uc.gid, (int)child.pid, V->uid, V->gid);
	}
	sc_child_put(&child, 0);
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
