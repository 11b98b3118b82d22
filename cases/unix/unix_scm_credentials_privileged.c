/* unix(7) SCM_CREDENTIALS: a privileged sender (CAP_SYS_ADMIN, CAP_SETUID,
 * CAP_SETGID) may specify values that are not its own: the PID of any
 * existing process and any user and group IDs; the receiver with
 * SO_PASSCRED gets exactly what was specified. */
#include "sc.h"
#include "ancillary.h"
#include "caps.h"

SC_CASE(unix_scm_credentials_privileged) = {
	.claim  = "a privileged sender may pass another existing process's PID and any UID and GID, and the receiver gets them",
	.source = SC_SRC("man:unix(7)", "SCM_CREDENTIALS: A privileged process is allowed to specify values that do not match its own ... (unless it has the capability CAP_SYS_ADMIN, in which case the PID of any existing process may be specified)"),
	.also   = { SC_SRC("man:unix(7)", "SO_PASSCRED: The returned credentials are those specified by the sender using SCM_CREDENTIALS") },
	.kinds  = SC_UNIX,
	.key    = "result",
};

SC_TEST(unix_scm_credentials_privileged)
{
	struct ucred uc = { .pid = getppid(), .uid = 5151, .gid = 6161 };
	struct sc_anc anc;
	struct sc_res r;
	char b[4];

	if (!sc_cap_has(CAP_SYS_ADMIN) || !sc_cap_has(CAP_SETUID) || !sc_cap_has(CAP_SETGID))
		sc_unsupported("needs CAP_SYS_ADMIN, CAP_SETUID and CAP_SETGID");
	SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
	r = sc_send_creds(P->a, "p", 1, &uc);
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "accepted");
	sc_expect_ret(SC_HERE, "sendmsg(SCM_CREDENTIALS of the parent's pid, uid 5151, gid 6161)", r, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message with credentials");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_CREDS_SPACE, MSG_DONTWAIT, &anc).ret, 1);
	SC_EXPECT(anc.creds == 1 && anc.uc.pid == uc.pid && anc.uc.uid == uc.uid && anc.uc.gid == uc.gid,
		  "received %d item(s): pid %d uid %u gid %u, sent pid %d uid %u gid %u", anc.creds,
		  (int)anc.uc.pid, anc.uc.uid, anc.uc.gid, (int)uc.pid, uc.uid, uc.gid);
}
