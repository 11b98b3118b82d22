/* unix_diag: one exact request by inode for an AF_UNIX listener. */
#include "internal.h"
#include "unix_diag.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <sys/stat.h>

long sc_unix_queue_max(int fd)
{
	struct {
		struct nlmsghdr nh;
		struct unix_diag_req req;
	} msg = {
		.nh = { .nlmsg_len = sizeof msg, .nlmsg_type = SOCK_DIAG_BY_FAMILY,
			.nlmsg_flags = NLM_F_REQUEST },
		.req = { .sdiag_family = AF_UNIX, .udiag_states = 1u << TCP_LISTEN,
			 .udiag_show = UDIAG_SHOW_RQLEN,
			 .udiag_cookie = { ~0u, ~0u } },
	};
	static char buf[8192];
	struct stat st;
	long max = -1;
	ssize_t n;
	int nl;

	if (fstat(fd, &st) < 0)
		return -1;
	msg.req.udiag_ino = (unsigned)st.st_ino;
	nl = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (nl < 0)
		return -1;
	if (send(nl, &msg, sizeof msg, 0) == (ssize_t)sizeof msg &&
	    (n = recv(nl, buf, sizeof buf, 0)) > 0) {
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned)n);
		     h = NLMSG_NEXT(h, n)) {
			struct unix_diag_msg *m = NLMSG_DATA(h);
			int len = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof *m));

			if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY || m->udiag_ino != st.st_ino)
				continue;
			for (struct rtattr *a = (struct rtattr *)(m + 1); RTA_OK(a, len);
			     a = RTA_NEXT(a, len))
				if (a->rta_type == UNIX_DIAG_RQLEN &&
				    RTA_PAYLOAD(a) >= sizeof(struct unix_diag_rqlen))
					max = ((struct unix_diag_rqlen *)RTA_DATA(a))->udiag_wqueue;
		}
	}
	close(nl);
	return max;
}
