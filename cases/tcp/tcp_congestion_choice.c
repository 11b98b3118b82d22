/* tcp(7) TCP_CONGESTION: the congestion-control algorithm is chosen per
 * socket by name.  A process without CAP_NET_ADMIN may choose only an
 * algorithm listed in tcp_allowed_congestion_control; with CAP_NET_ADMIN
 * any algorithm in tcp_available_congestion_control.  Checked with an
 * algorithm that is available but not allowed. */
#include "sc.h"
#include "caps.h"
#include "optclaim.h"
#include <linux/capability.h>
#include <stdio.h>

SC_CASE(tcp_congestion_choice) = {
	.claim   = "TCP_CONGESTION sets the socket's algorithm: any available one with CAP_NET_ADMIN, only an allowed one without it (EPERM otherwise)",
	.source  = SC_SRC("man:tcp(7)", "TCP_CONGESTION: Unprivileged processes are restricted to choosing one of the algorithms in tcp_allowed_congestion_control ... Privileged processes (CAP_NET_ADMIN) can choose from any of the available congestion-control algorithms"),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "chosen",
};

static const struct who {
	SC_VARIANT_HEAD;
	int privileged;
} whos[] = {
	{ .name = "privileged", .privileged = 1 },
	{ .name = "unprivileged", .privileged = 0 },
};
SC_VARIANTS(whos);

static void read_list(const char *path, char *buf, size_t cap)
{
	FILE *f = fopen(path, "re");

	if (!f || !fgets(buf, (int)cap, f))
		sc_unsupported("cannot read %s", path);
	fclose(f);
	buf[strcspn(buf, "\n")] = '\0';
}

static int listed(const char *list, const char *name)
{
	char copy[512], *save, *t;

	snprintf(copy, sizeof copy, "%s", list);
	for (t = strtok_r(copy, " \t", &save); t; t = strtok_r(NULL, " \t", &save))
		if (!strcmp(t, name))
			return 1;
	return 0;
}

static void chosen(int fd, const char *want)
{
	char name[32] = "";
	socklen_t len = sizeof name;

	SC_REQUIRE_OK(getsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, name, &len));
	sc_observe_str("chosen", name);
	SC_EXPECT(!strcmp(name, want), "TCP_CONGESTION reads \"%s\", not \"%s\"", name, want);
}

SC_TEST(tcp_congestion_choice)
{
	const struct who *V = P->variant;
	char avail[512], allowed[512], copy[512], restricted[32] = "", ok[32] = "", *save, *t;
	struct sc_res r;
	int fd;

	read_list("/proc/sys/net/ipv4/tcp_available_congestion_control", avail, sizeof avail);
	read_list("/proc/sys/net/ipv4/tcp_allowed_congestion_control", allowed, sizeof allowed);
	sc_observe_str("available", avail);
	sc_observe_str("allowed", allowed);
	snprintf(copy, sizeof copy, "%s", avail);
	for (t = strtok_r(copy, " \t", &save); t; t = strtok_r(NULL, " \t", &save)) {
		if (!listed(allowed, t) && !*restricted)
			snprintf(restricted, sizeof restricted, "%s", t);
		if (listed(allowed, t) && !*ok)
			snprintf(ok, sizeof ok, "%s", t);
	}
	if (!*restricted || !*ok)
		sc_unsupported("needs an available algorithm that is not allowed and one that is (available: %s; allowed: %s)",
			       avail, allowed);
	fd = sc_kind_socket(P->kind);
	if (V->privileged) {
		sc_need_net_admin();
		sc_claim_opt_at(SC_HERE, fd, IPPROTO_TCP, TCP_CONGESTION, "TCP_CONGESTION",
				restricted, (socklen_t)strlen(restricted));
		chosen(fd, restricted);
		return;
	}
	if (sc_cap_has(CAP_NET_ADMIN))
		SC_CAP_DROP(CAP_NET_ADMIN);
	sc_claim_opt_at(SC_HERE, fd, IPPROTO_TCP, TCP_CONGESTION, "TCP_CONGESTION", ok, (socklen_t)strlen(ok));
	r = SC_CALL(setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, restricted, (socklen_t)strlen(restricted)));
	sc_observe_str("restricted_set", r.ret == 0 ? "accepted" : sc_errname(r.err));
	sc_expect_fail(SC_HERE, "setsockopt(TCP_CONGESTION, a restricted algorithm)", r, (const int[]){ EPERM }, 1);
	chosen(fd, ok);
}
