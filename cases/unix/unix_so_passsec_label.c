/* unix(7) SO_PASSSEC: with the option on, a received message carries an
 * SCM_SECURITY message: the SELinux context of the peer socket as a null-
 * terminated string (here this process's own, as it made both ends); the
 * option reads back as a boolean. */
#include "sc.h"
#include "ancillary.h"
#include <stdio.h>
#include <unistd.h>

SC_CASE(unix_so_passsec_label) = {
	.claim  = "with SO_PASSSEC each received message carries SCM_SECURITY, the peer socket's SELinux context as a null-terminated string",
	.source = SC_SRC("man:unix(7)", "SO_PASSSEC: Enables receiving of the SELinux security label of the peer socket in an ancillary message of type SCM_SECURITY"),
	.also   = { SC_SRC("man:unix(7)", "SCM_SECURITY: Receive the SELinux security context (the security label) of the peer socket. The received ancillary data is a null-terminated string containing the security context"),
		    SC_SRC("man:socket(7)", "SO_PASSSEC: Enable or disable the receiving of the SCM_SECURITY control message") },
	.kinds  = SC_UNIX,
	.key    = "label",
};

SC_TEST(unix_so_passsec_label)
{
	char b[4], own[4096] = "";
	struct sc_anc anc;
	size_t ol = 0;
	FILE *f;

	if (access("/sys/fs/selinux/enforce", F_OK) < 0)
		sc_unsupported("SELinux is not active (no /sys/fs/selinux): no SELinux label to receive");
	SC_SETOPT(P->b, SOL_SOCKET, SO_PASSSEC, 1);
	SC_EXPECT_EQ(sc_sockopt_int(P->b, SO_PASSSEC), 1);
	SC_EXPECT_RET(send(P->a, "s", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, CMSG_SPACE(4096), MSG_DONTWAIT, &anc).ret, 1);
	sc_observe_str("label", anc.security ? anc.label : "none");
	SC_EXPECT(anc.security == 1, "%d SCM_SECURITY item(s) came", anc.security);
	if ((f = fopen("/proc/self/attr/current", "re"))) {
		ol = fread(own, 1, sizeof own - 1, f);
		fclose(f);
	}
	while (ol > 0 && (own[ol - 1] == '\n' || own[ol - 1] == 0))
		own[--ol] = 0;
	SC_EXPECT(!strcmp(anc.label, own), "SCM_SECURITY \"%s\", the sender's context is \"%s\"", anc.label, own);
}
