/* send(2) sendmsg(): the control buffer the kernel processes is limited
 * per socket by net.core.optmem_max: a control buffer larger than
 * optmem_max is refused (ENOBUFS), one of half that size is taken.  The
 * control message's level is one no protocol reads, so only its size
 * matters. */
#include "sc.h"
#include <stdlib.h>
#include <sys/uio.h>

SC_CASE(send_control_length_limit) = {
	.claim  = "sendmsg() with a control buffer above net.core.optmem_max fails; one within it is taken",
	.source = SC_SRC("man:send(2)", "control length limit: The maximum control buffer length the kernel can process is limited per socket by the value in /proc/sys/net/core/optmem_max"),
	.kinds  = SC_ALL,
	.key    = "errno",
};

static struct sc_res send_ctl(int fd, long len)
{
	char *ctl = calloc(1, (size_t)len);
	struct cmsghdr *cm = (struct cmsghdr *)ctl;
	struct iovec iov = { "x", 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl,
			    .msg_controllen = (size_t)len };
	struct sc_res r;

	SC_REQUIRE(ctl, "out of memory");
	cm->cmsg_level = 0x7fff; /* nobody's */
	cm->cmsg_type = 1;
	cm->cmsg_len = (size_t)len;
	r = SC_CALL(sendmsg(fd, &m, MSG_NOSIGNAL | MSG_DONTWAIT));
	free(ctl);
	return r;
}

SC_TEST(send_control_length_limit)
{
	long max = sc_sysctl_or_unsupported("net/core/optmem_max", 0);
	struct sc_res r;

	r = send_ctl(P->a, max / 2);
	sc_observe_str("half", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT_RET(r.ret, 1);
	r = send_ctl(P->a, max + 8);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "sendmsg() with a control buffer above optmem_max", r,
		       (const int[]){ ENOBUFS, ENOMEM, EINVAL }, 3);
}
