/* socket(7) SO_PASSSEC (unix(7)): with the option on the receiving
 * socket, a message comes with an SCM_SECURITY control message: the
 * sender's security context.  Needs a security module that labels
 * messages (SELinux, Smack); without one (none, or AppArmor alone) the
 * item is unsupported. */
#include "sc.h"
#include "lsm.h"

#ifndef SCM_SECURITY
#define SCM_SECURITY 0x03
#endif

SC_CASE(sockopt_passsec) = {
	.claim  = "with SO_PASSSEC a received message carries SCM_SECURITY, the sender's security context",
	.source = SC_SRC("man:socket(7)", "SO_PASSSEC: Enable or disable the receiving of the SCM_SECURITY control message"),
	.kinds  = SC_UNIX,
	.key    = "context",
};

SC_TEST(sockopt_passsec)
{
	char self[256], data[8], ctl[CMSG_SPACE(512)];
	size_t slen = sc_self_context(self, sizeof self);
	struct iovec iov = { data, sizeof data };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };
	const char *got = NULL;
	size_t glen = 0;

	sc_require_message_labels();
	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_PASSSEC, &(int){ 1 }, sizeof(int)));
	sc_send_all(P->a, "x", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_SECURITY) {
			got = (const char *)CMSG_DATA(c);
			glen = c->cmsg_len - CMSG_LEN(0);
		}
	sc_observe_str("context", got ? "yes" : "none");
	SC_EXPECT(got, "no SCM_SECURITY with SO_PASSSEC set (this process is \"%s\")", self);
	SC_EXPECT(sc_same_context(got, glen, self, slen), "SCM_SECURITY is \"%.*s\", the sender is \"%s\"",
		  (int)glen, got, self);
}
