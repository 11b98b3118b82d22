/* unix(7) SCM_CREDENTIALS: a receiver gets a struct ucred only with
 * SO_PASSCRED enabled: the same message with credentials arrives without
 * them before the option is set, and with them after. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_scm_credentials_need_passcred) = {
	.claim  = "credentials sent with SCM_CREDENTIALS reach the receiver only when it has SO_PASSCRED enabled",
	.source = SC_SRC("man:unix(7)", "SCM_CREDENTIALS: To receive a struct ucred message, the SO_PASSCRED option must be enabled on the socket"),
	.kinds  = SC_UNIX,
	.key    = "creds_without",
};

SC_TEST(unix_scm_credentials_need_passcred)
{
	struct ucred uc = { getpid(), getuid(), getgid() };
	struct sc_anc anc;
	char b[4];

	SC_EXPECT_RET(sc_send_creds(P->a, "1", 1, &uc).ret, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the first message");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_CREDS_SPACE, MSG_DONTWAIT, &anc).ret, 1);
	sc_observe_int("creds_without", anc.creds);
	SC_EXPECT(anc.creds == 0, "credentials arrived without SO_PASSCRED");
	SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
	SC_EXPECT_RET(sc_send_creds(P->a, "2", 1, &uc).ret, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the second message");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_CREDS_SPACE, MSG_DONTWAIT, &anc).ret, 1);
	sc_observe_int("creds_with", anc.creds);
	SC_EXPECT(anc.creds == 1 && anc.uc.pid == uc.pid, "with SO_PASSCRED: %d item(s), pid %d",
		  anc.creds, (int)anc.uc.pid);
}
