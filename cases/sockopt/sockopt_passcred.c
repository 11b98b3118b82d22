/* socket(7) SO_PASSCRED (unix(7)): with the option on the receiving
 * socket, each message comes with an SCM_CREDENTIALS control message
 * naming the sender's process ID, user ID and group ID; without it, none. */
#include "sc.h"
#include "rows.h"

SC_CASE(sockopt_passcred) = {
	.claim  = "with SO_PASSCRED a received message carries SCM_CREDENTIALS with the sender's pid, uid and gid; without it, none",
	.source = SC_SRC("man:socket(7)", "SO_PASSCRED: Enable or disable the receiving of the SCM_CREDENTIALS control message"),
	.kinds  = SC_UNIX,
	.key    = "credentials",
};

SC_VARIANTS(sc_set_rows);

SC_TEST(sockopt_passcred)
{
	const struct sc_set_row *V = P->variant;
	char data[8], ctl[CMSG_SPACE(sizeof(struct ucred)) + 64];
	struct iovec iov = { data, sizeof data };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };
	struct ucred uc = { 0 };
	int found = 0;

	if (V->on)
		SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_PASSCRED, &(int){ 1 }, sizeof(int)));
	sc_send_all(P->a, "x", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
			memcpy(&uc, CMSG_DATA(c), sizeof uc);
			found = 1;
		}
	sc_observe_str("credentials", found ? "yes" : "none");
	if (!V->on) {
		SC_EXPECT(!found, "SCM_CREDENTIALS (pid %d) without SO_PASSCRED", (int)uc.pid);
		return;
	}
	SC_EXPECT(found, "no SCM_CREDENTIALS with SO_PASSCRED set");
	SC_EXPECT_EQ(uc.pid, getpid());
	SC_EXPECT_EQ(uc.uid, getuid());
	SC_EXPECT_EQ(uc.gid, getgid());
}
