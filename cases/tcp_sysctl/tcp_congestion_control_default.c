/* tcp(7): tcp_congestion_control sets the congestion-control algorithm new
 * connections use.  In a private namespace it is set to "reno", then to
 * another registered algorithm; a new socket reads the setting back with
 * TCP_CONGESTION, and so does the server side of a new connection. */
#include "sc.h"
#include "sysctl_text.h"
#include <stdio.h>

SC_CASE(tcp_congestion_control_default) = {
	.claim   = "new connections use the algorithm tcp_congestion_control names",
	.source  = SC_SRC("man:tcp(7)", "tcp_congestion_control: Set the default congestion-control algorithm to be used for new connections"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "algorithm",
};

static const struct pick {
	SC_VARIANT_HEAD;
	int reno;
} picks[] = {
	{ .name = "reno", .reno = 1 },
	{ .name = "other", .reno = 0 },
};
SC_VARIANTS(picks);

static void algorithm(int fd, char *buf, socklen_t len)
{
	buf[0] = 0;
	if (getsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, buf, &len) < 0) {
		if (errno == ENOPROTOOPT || errno == EOPNOTSUPP)
			sc_unsupported("getsockopt(TCP_CONGESTION): %s", sc_errname(errno));
		sc_broken("getsockopt(TCP_CONGESTION) failed: %s", sc_errname(errno));
	}
}

SC_TEST(tcp_congestion_control_default)
{
	const struct pick *V = P->variant;
	char avail[512], name[32] = "reno", got[32], *save, *w;

	sc_private_netns();
	if (sc_sysctl_text("net/ipv4/tcp_available_congestion_control", avail, sizeof avail) < 0)
		sc_unsupported("cannot read tcp_available_congestion_control");
	if (!V->reno) {
		name[0] = 0;
		for (w = strtok_r(avail, " \t", &save); w && !name[0]; w = strtok_r(NULL, " \t", &save))
			if (strcmp(w, "reno"))
				snprintf(name, sizeof name, "%s", w);
		if (!name[0])
			sc_unsupported("\"reno\" is the only registered algorithm");
	}
	sc_sysctl_set("net/ipv4/tcp_congestion_control", name);
	sc_observe_str("algorithm", name);
	sc_make_pair(P);
	algorithm(P->a, got, sizeof got);
	SC_EXPECT(!strcmp(got, name), "a new client socket uses \"%s\", not \"%s\"", got, name);
	algorithm(P->b, got, sizeof got);
	SC_EXPECT(!strcmp(got, name), "a new server socket uses \"%s\", not \"%s\"", got, name);
}
