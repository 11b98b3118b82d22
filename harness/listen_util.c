/* Accept-queue helpers for cases/listen and cases/connect. */
#include "listen_util.h"
#include <linux/sock_diag.h>
#include <arpa/inet.h>
#include <poll.h>
#include <stdio.h>
#include <sys/resource.h>

long lu_queue_len(int l)
{
	struct tcp_info ti;

	return sc_tcp_info(l, &ti) < 0 ? -1 : (long)ti.tcpi_unacked;
}

long lu_queue_max(int l)
{
	struct tcp_info ti;

	return sc_tcp_info(l, &ti) < 0 ? -1 : (long)ti.tcpi_sacked;
}

long lu_drops(int l)
{
	unsigned int mi[SK_MEMINFO_VARS];
	socklen_t len = sizeof mi;

	if (getsockopt(l, SOL_SOCKET, SO_MEMINFO, mi, &len) < 0 ||
	    len <= SK_MEMINFO_DROPS * sizeof *mi)
		return -1;
	return mi[SK_MEMINFO_DROPS];
}

static long fill_tcp(struct sc_pair *P, long max, int *over)
{
	long n = lu_queue_len(P->l), n0 = n, drops = lu_drops(P->l);

	if (drops < 0)
		sc_unsupported("SO_MEMINFO gives no drop count for a TCP listener");
	for (long i = 0; i <= max; i++) {
		struct sc_res r;
		int fd = sc_connect_nb(P, &r);
		long q = -1, d = drops;

		if (r.ret < 0 && r.err != EINPROGRESS)
			sc_broken("connect() #%ld to the listener failed: %s", i,
				  sc_errname(r.err));
		/* Each SYN either joins the queue or is counted as a drop:
		 * wait for one of the two before sending the next. */
		SC_WAIT_UNTIL((q = lu_queue_len(P->l)) > n ||
			      (d = lu_drops(P->l)) > drops,
			      2000, "the listener to queue or drop a connection");
		if (q <= n) {
			*over = fd;
			return n - n0;
		}
		n = q;
	}
	return n - n0;
}

static long fill_unix(struct sc_pair *P, long max, int *over, int *err)
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

long lu_fill_queue(struct sc_pair *P, long max, int *over, int *over_err)
{
	*over = -1;
	*over_err = 0;
	if (P->kind->domain == AF_UNIX)
		return fill_unix(P, max, over, over_err);
	return fill_tcp(P, max, over);
}

int lu_fd_budget(long n)
{
	struct rlimit rl;
	long open = 0;

	for (int fd = 0; fd < 1024; fd++)
		open += fcntl(fd, F_GETFD) >= 0;
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return -1;
	n += open + 16;
	if ((rlim_t)n <= rl.rlim_cur)
		return 0;
	if (rl.rlim_max != RLIM_INFINITY && (rlim_t)n > rl.rlim_max)
		return -1;
	rl.rlim_cur = (rlim_t)n;
	return setrlimit(RLIMIT_NOFILE, &rl) < 0 ? -1 : 0;
}

int lu_bound_unlistened(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len)
{
	int fd = sc_kind_socket(P->kind);

	sc_local_addr(P, ss, len);
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)ss, *len));
	*len = sizeof *ss;
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)ss, len));
	return fd;
}

int lu_addr_port(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET)
		return ntohs(((const struct sockaddr_in *)ss)->sin_port);
	if (ss->ss_family == AF_INET6)
		return ntohs(((const struct sockaddr_in6 *)ss)->sin6_port);
	return -1;
}

void lu_port_range(long *lo, long *hi)
{
	char v[48];

	*lo = sc_sysctl("net/ipv4/ip_local_port_range", 0);
	*hi = sc_sysctl("net/ipv4/ip_local_port_range", 1);
	if (*lo < 0 || *hi < 0)
		sc_unsupported("cannot read /proc/sys/net/ipv4/ip_local_port_range");
	snprintf(v, sizeof v, "%ld-%ld", *lo, *hi);
	sc_observe_str("port_range", v);
}
