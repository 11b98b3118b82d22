/* What the kernel shows of this machine and namespace under /proc. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>

/* The row of /proc/net/tcp{,6} for the socket between these local and
 * remote ports: its state, tx_queue, timer ("tr"), the timer's time left
 * ("tm->when", in clock ticks) and retransmissions ("retrnsmt").  0, or
 * -1 when none is listed. */
struct tcp_row {
	unsigned state, timer;
	unsigned long txq, when, retrans;
};

static int proc_tcp_row(int family, int lport, int rport, struct tcp_row *row)
{
	FILE *f = fopen(family == AF_INET6 ? "/proc/net/tcp6" : "/proc/net/tcp", "re");
	char line[512];
	unsigned lp, rp;
	int found = -1;

	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof line, f))
		if (sscanf(line, " %*d: %*[0-9A-Fa-f]:%x %*[0-9A-Fa-f]:%x %x %lx:%*x %x:%lx %lx",
			   &lp, &rp, &row->state, &row->txq, &row->timer, &row->when,
			   &row->retrans) == 7 &&
		    (int)lp == lport && (int)rp == rport)
			found = 0;
	fclose(f);
	return found;
}

int sc_proc_tcp(int family, int lport, int rport, long *txq)
{
	struct tcp_row row;
	int found = proc_tcp_row(family, lport, rport, &row);

	if (txq)
		*txq = found < 0 ? -1 : (long)row.txq;
	return found < 0 ? -1 : (int)row.state;
}

int sc_proc_tcp_timer(int family, int lport, int rport, long *left_ms)
{
	struct tcp_row row;
	long hz = sysconf(_SC_CLK_TCK);

	*left_ms = -1;
	if (proc_tcp_row(family, lport, rport, &row) < 0)
		return -1;
	/* tm->when is in clock ticks (USER_HZ). */
	*left_ms = (long)(row.when * 1000 / (unsigned long)(hz > 0 ? hz : 100));
	return (int)row.timer;
}

long sc_proc_tcp_retrans(int family, int lport, int rport)
{
	struct tcp_row row;

	return proc_tcp_row(family, lport, rport, &row) < 0 ? -1 : (long)row.retrans;
}

long sc_sysctl(const char *path, int idx)
{
	char file[256], buf[256], *p = buf, *end;
	FILE *f;
	long v = -1;

	snprintf(file, sizeof file, "/proc/sys/%s", path);
	f = fopen(file, "re");
	if (!f)
		return -1;
	if (fgets(buf, sizeof buf, f))
		for (int i = 0; i <= idx; i++) {
			v = strtol(p, &end, 10);
			if (end == p) {
				v = -1;
				break;
			}
			p = end;
		}
	fclose(f);
	return v;
}

long sc_sysctl_or_unsupported(const char *path, int idx)
{
	long v = sc_sysctl(path, idx);

	if (v < 0)
		sc_unsupported("cannot read /proc/sys/%s", path);
	sc_observe_int(path, v);
	return v;
}

/* /proc/net/snmp and netstat hold pairs of lines: "<Group>: names..."
 * then "<Group>: values...".  snmp6 holds "<Group><Name> value" lines. */
long sc_net_counter(const char *file, const char *group, const char *name)
{
	char path[64], line[4096], head[4096] = "", want[128];
	size_t gl = strlen(group);
	long v = -1;
	FILE *f;

	snprintf(path, sizeof path, "/proc/net/%s", file);
	f = fopen(path, "re");
	if (!f)
		return -1;
	snprintf(want, sizeof want, "%s%s", group, name);
	while (v < 0 && fgets(line, sizeof line, f)) {
		char key[128], *hs, *vs, *h, *x;
		long n;

		if (sscanf(line, "%127s %ld", key, &n) == 2 && !strcmp(key, want)) {
			v = n;
			break;
		}
		if (strncmp(line, group, gl) || line[gl] != ':')
			continue;
		if (!*head) {
			snprintf(head, sizeof head, "%s", line);
			continue;
		}
		h = strtok_r(head, " \n", &hs);
		x = strtok_r(line, " \n", &vs);
		while ((h = strtok_r(NULL, " \n", &hs)) && (x = strtok_r(NULL, " \n", &vs)))
			if (!strcmp(h, name)) {
				v = strtol(x, NULL, 10);
				break;
			}
		break;
	}
	fclose(f);
	return v;
}

long sc_proc_long(const char *path, const char *fmt)
{
	char line[512];
	long v = -1;
	FILE *f = fopen(path, "re");

	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, fmt, &v) == 1)
			break;
	fclose(f);
	return v;
}

long sc_tcpext(const char *name)
{
	long v = sc_net_counter("netstat", "TcpExt", name);

	if (v < 0)
		sc_unsupported("/proc/net/netstat has no TcpExt %s", name);
	return v;
}

long sc_udp_counter(const struct sc_kind *k, const char *name)
{
	const char *group = k->caps & SC_UDPLITE ? "UdpLite" : "Udp";
	char g6[16];

	if (k->domain != AF_INET6 || (k->caps & SC_MAPPED))
		return sc_net_counter("snmp", group, name);
	snprintf(g6, sizeof g6, "%s6", group);
	return sc_net_counter("snmp6", g6, name);
}
