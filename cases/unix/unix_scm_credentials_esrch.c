/* unix(7) ESRCH: credentials naming a PID that no process has fail with
 * ESRCH.  The sender has CAP_SYS_ADMIN, so a PID other than its own is
 * allowed, and kernel.pid_max is a PID no process can have. */
#include "sc.h"
#include "ancillary.h"
#include "caps.h"

SC_CASE(unix_scm_credentials_esrch) = {
	.claim  = "sendmsg() with SCM_CREDENTIALS naming a PID that matches no process fails with ESRCH",
	.source = SC_SRC("man:unix(7)", "ESRCH: While sending an ancillary message containing credentials (SCM_CREDENTIALS), the caller specified a PID that does not match any existing process"),
	.kinds  = SC_UNIX,
	.key    = "errno",
};

SC_TEST(unix_scm_credentials_esrch)
{
	struct ucred uc = { .uid = getuid(), .gid = getgid() };
	struct sc_res r;

	if (!sc_cap_has(CAP_SYS_ADMIN))
		sc_unsupported("needs CAP_SYS_ADMIN to name a PID other than its own");
	uc.pid = (pid_t)sc_sysctl("kernel/pid_max", 0);
	SC_REQUIRE(uc.pid > 0, "kernel.pid_max unreadable");
	r = sc_send_creds(P->a, "s", 1, &uc);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "sendmsg(SCM_CREDENTIALS with pid = kernel.pid_max)", r,
		       (const int[]){ ESRCH }, 1);
}
