/* Listeners: the accept queue's length and limit, drops, filling it, a
 * queued connection reset. */
#include "internal.h"
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <sys/resource.h>

long sc_queue_len(int l)
{
	struct tcp_info ti;

	return sc_tcp_info(l, &ti) < 0 ? -1 : (long)ti.tcpi_unacked;
}

long sc_queue_max(int l)
{
	struct tcp_info ti;

	return sc_tcp_info(l, &ti) < 0 ? -1 : (long)ti.tcpi_sacked;
}

long sc_drops(int fd)
{
	unsigned int mi[SK_MEMINFO_VARS];
	socklen_t len = sizeof mi;

	if (getsockopt(fd, SOL_SOCKET, SO_MEMINFO, mi, &len) < 0 ||
	    len <= SK_MEMINFO_DROPS * sizeof *mi)
		return -1;
	return mi[SK_MEMINFO_DROPS];
}

/* The TCP listener on this port as sock_diag reports it: its accept queue
 * (idiag_rqueue) and drops (SK_MEMINFO_DROPS).  Reaches the TCP listener
 * under an MPTCP socket too, whose own counters stay 0. */

static int diag_listener(int family, int port, long *queue, long *drops)
{
	struct {
		struct nlmsghdr nh;
		struct inet_diag_req_v2 req;
	} msg = {
		.nh = { .nlmsg_len = sizeof msg, .nlmsg_type = SOCK_DIAG_BY_FAMILY,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP },
		.req = { .sdiag_family = (unsigned char)family, .sdiag_protocol = IPPROTO_TCP,
			 .idiag_ext = 1 << (INET_DIAG_SKMEMINFO - 1),
			 .idiag_states = 1 << TCP_LISTEN },
	};
	static char buf[32768];
	int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG), found = -1;

	if (fd < 0)
		return -1;
	if (send(fd, &msg, sizeof msg, 0) < 0) {
		close(fd);
		return -1;
	}
	for (int done = 0; !done;) {
		ssize_t n = recv(fd, buf, sizeof buf, 0);
		struct nlmsghdr *h = (struct nlmsghdr *)buf;

		if (n <= 0)
			break;
		for (; NLMSG_OK(h, (unsigned)n); h = NLMSG_NEXT(h, n)) {
			struct inet_diag_msg *m = NLMSG_DATA(h);
			struct rtattr *a;
			int len;

			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
				done = 1;
				break;
			}
			if (ntohs(m->id.idiag_sport) != port)
				continue;
			found = 0;
			*queue = m->idiag_rqueue;
			len = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof *m));
			for (a = (struct rtattr *)(m + 1); RTA_OK(a, len); a = RTA_NEXT(a, len))
				if (a->rta_type == INET_DIAG_SKMEMINFO &&
				    RTA_PAYLOAD(a) > SK_MEMINFO_DROPS * sizeof(uint32_t))
					*drops = ((uint32_t *)RTA_DATA(a))[SK_MEMINFO_DROPS];
		}
	}
	close(fd);
	return found;
}

/* A TCP listener's accept queue and drops.  An MPTCP listener counts
 * neither: its TCP listener, found through sock_diag, does. */
static void listener_counts(struct sc_pair *P, long *queue, long *drops)
{
	*queue = *drops = -1;
	if (P->kind->caps & SC_MPTCP) {
		if (diag_listener(P->kind->domain, sc_port(P->l), queue, drops) < 0)
			sc_unsupported("sock_diag shows no TCP listener under the MPTCP listener");
		return;
	}
	*queue = sc_queue_len(P->l);
	*drops = sc_drops(P->l);
}

/* TCP: each SYN either joins the queue or is counted as a drop. */
static long fill_counted(struct sc_pair *P, long max, int *over)
{
	long n, n0, drops;

	listener_counts(P, &n, &drops);
	if (n < 0)
		sc_broken("no accept-queue length for the listener");
	if (drops < 0)
		sc_unsupported("no drop count for the listener (SO_MEMINFO)");
	n0 = n;
	for (long i = 0; i <= max; i++) {
		struct sc_res r;
		int fd = sc_connect_nb(P, &r);
		long q = -1, d = drops;

		if (r.ret < 0 && r.err != EINPROGRESS)
			sc_broken("connect() #%ld to the listener failed: %s", i,
				  sc_errname(r.err));
		/* Wait for one of the two before sending the next SYN. */
		SC_WAIT_UNTIL((listener_counts(P, &q, &d), q > n || d > drops),
			      SC_WAIT_MS, "the listener to queue or drop a connection");
		if (q <= n) {
			*over = fd;
			return n - n0;
		}
		n = q;
	}
	return n - n0;
}

/* AF_UNIX: a non-blocking connect to a full queue fails at once. */
static long fill_refused(struct sc_pair *P, long max, int *over, int *err)
{
	for (long i = 0; i <= max; i++) {
		struct sc_res r;
		int fd = sc_connect_nb(P, &r);

		if (r.ret < 0) {
			*over = fd;
			*err = r.err;
			return i;
		}
	}
	return max + 1;
}

long sc_fill_queue(struct sc_pair *P, long max, int *over, int *over_err)
{
	*over = -1;
	*over_err = 0;
	if (P->kind->caps & SC_UNIX)
		return fill_refused(P, max, over, over_err);
	if (P->kind->caps & SC_TCP)
		return fill_counted(P, max, over);
	if (P->kind->caps & SC_VSOCK)
		sc_unsupported("a %s listener resets a connection request its full queue cannot take, at once "
			       "(virtio_transport_recv_listen()), and reports no queue length: no connect() "
			       "waits on its queue", P->kind->name);
	sc_broken("no way to count the accept queue of a %s listener: the case should not select it",
		  P->kind->name);
}

void sc_queue_reset(struct sc_pair *P)
{
	struct linger lg = { 1, 0 };
	int c, lport, cport;

	sc_listen(P, 4);
	c = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	lport = (int)sc_port(P->l);
	cport = (int)sc_port(c);
	SC_REQUIRE(sc_proc_tcp(P->kind->domain, lport, cport, NULL) == TCP_ESTABLISHED,
		   "the queued connection is not listed ESTABLISHED");
	/* SO_LINGER 0: close() sends RST; the queued end goes to CLOSE and
	 * leaves the connection table. */
	SC_REQUIRE_OK(setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&c);
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, lport, cport, NULL) < 0, SC_WAIT_MS,
		      "the queued connection to be reset");
}

void sc_fd_budget(long n)
{
	struct rlimit rl;
	long open = 0;

	for (int fd = 0; fd < 1024; fd++)
		open += fcntl(fd, F_GETFD) >= 0;
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		sc_broken("getrlimit(RLIMIT_NOFILE) failed: %s", sc_errname(errno));
	n += open + 16;
	if ((rlim_t)n <= rl.rlim_cur)
		return;
	if (rl.rlim_max != RLIM_INFINITY && (rlim_t)n > rl.rlim_max)
		sc_unsupported("%ld descriptors are needed; the hard RLIMIT_NOFILE is %llu",
			       n, (unsigned long long)rl.rlim_max);
	rl.rlim_cur = (rlim_t)n;
	if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
		sc_broken("setrlimit(RLIMIT_NOFILE, %ld) failed: %s", n, sc_errname(errno));
}
