/* unix(7) ETOOMANYREFS: descriptors sent but not yet received are "in
 * flight"; once a sender without CAP_SYS_RESOURCE has more of them in
 * flight than its RLIMIT_NOFILE, sendmsg() of descriptors fails with
 * ETOOMANYREFS, and receiving some makes room again.  The sender is a
 * child with a user ID of its own (the count is kept per user) and a
 * limit of 4; it sends one descriptor per message to a receiver that
 * does not read. */
#include "sc.h"
#include "ancillary.h"
#include "other_user.h"
#include <sys/resource.h>

SC_CASE(unix_scm_rights_etoomanyrefs) = {
	.claim  = "with more descriptors in flight than its RLIMIT_NOFILE, an unprivileged sender's sendmsg() of descriptors fails with ETOOMANYREFS until some are received",
	.source = SC_SRC("man:unix(7)", "ETOOMANYREFS: It occurs if the number of \"in-flight\" file descriptors exceeds the RLIMIT_NOFILE resource limit and the caller does not have the CAP_SYS_RESOURCE capability"),
	.kinds  = SC_UNIX,
	.key    = "in_flight_at_refusal",
};

enum { LIMIT = 4 };

struct job {
	int sock, passed;
};

static long send_one(int sock, int fd)
{
	union {
		char b[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} ctl;
	struct iovec iov = { "i", 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = &ctl, .msg_controllen = sizeof ctl.b };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);

	memset(&ctl, 0, sizeof ctl);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof fd);
	return sendmsg(sock, &m, MSG_DONTWAIT | MSG_NOSIGNAL) < 0 ? -errno : 1;
}

static int sender(int ctl, void *arg)
{
	const struct job *j = arg;
	uid_t uid = 200000 + (uid_t)getpid();
	struct rlimit rl = { LIMIT, LIMIT };
	long n = 0, r = 0, go;

	if (sc_become(uid, uid, uid, uid, uid, uid))
		return SC_CHILD_NOPERM;
	if (setrlimit(RLIMIT_NOFILE, &rl) < 0) {
		sc_ctl_put(ctl, -errno);
		return 0;
	}
	sc_ctl_put(ctl, 0);
	while (n < 4 * LIMIT && (r = send_one(j->sock, j->passed)) > 0)
		n++;
	sc_ctl_put(ctl, n);
	sc_ctl_put(ctl, r);
	sc_ctl_get(ctl, &go);	/* the body received some */
	sc_ctl_put(ctl, send_one(j->sock, j->passed));
	sc_ctl_get(ctl, &go);
	return 0;
}

SC_TEST(unix_scm_rights_etoomanyrefs)
{
	struct sc_child child;
	struct sc_anc anc;
	struct job j;
	long n, last, again;
	int rd, wr;
	char b[4];

	sc_pipe(&rd, &wr);
	j = (struct job){ P->a, wr };
	sc_child_start(&child, sender, &j);
	n = sc_child_get(&child);
	if (n < 0) {
		/* Lowering one's own limit is never refused by the kernel; a
		 * layer that keeps RLIMIT_NOFILE to itself (valgrind) does,
		 * and the kernel's count is then not bounded by it. */
		SC_EXPECT_EQ(sc_child_wait(&child), 0);
		sc_unsupported("the sender's RLIMIT_NOFILE cannot be set to %d: setrlimit() failed: %s",
			       LIMIT, sc_errname((int)-n));
	}
	n = sc_child_get(&child);
	last = sc_child_get(&child);
	sc_observe_int("rlimit_nofile", LIMIT);
	sc_observe_int("in_flight_at_refusal", n);
	sc_observe_str("errno", last < 0 ? sc_errname((int)-last) : "none");
	sc_expect_fail(SC_HERE, "sendmsg(SCM_RIGHTS) with descriptors in flight beyond RLIMIT_NOFILE",
		       (struct sc_res){ last < 0 ? -1 : last, last < 0 ? (int)-last : 0 },
		       (const int[]){ ETOOMANYREFS }, 1);
	SC_EXPECT(n == LIMIT + 1, "refused with %ld descriptors in flight and RLIMIT_NOFILE %d: "
		  "the error belongs to the first send made while more than %d are in flight",
		  n, LIMIT, LIMIT);
	for (int i = 0; i < 2; i++)
		SC_EXPECT_RET(sc_recv_anc(P->b, b, 1, SC_RIGHTS_SPACE(1), MSG_DONTWAIT, &anc).ret, 1);
	sc_child_put(&child, 0);
	again = sc_child_get(&child);
	sc_observe_str("after_receiving", again < 0 ? sc_errname((int)-again) : "sent");
	SC_EXPECT(again == 1, "after two were received, the next send failed: %s", sc_errname((int)-again));
	sc_child_put(&child, 0);
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
