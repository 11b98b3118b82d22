/* tcp(7): TCP saves connection metrics (in the route cache, today the
 * namespace's TCP metrics cache) when a connection closes, for later
 * connections to the same destination; with tcp_no_metrics_save it does
 * not.  A connection over loopback is closed in a fresh namespace and the
 * cache entries for the loopback destination are counted. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpmetrics.h"

SC_CASE(tcp_no_metrics_save_cache) = {
	.claim   = "closing a connection caches its metrics, unless tcp_no_metrics_save is on",
	.source  = SC_SRC("man:tcp(7)", "tcp_no_metrics_save: By default, TCP saves various connection metrics in the route cache when the connection closes"),
	.kinds   = SC_TCP,
	.key     = "cached",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "save", .value = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_no_metrics_save: By default, TCP saves various connection metrics in the route cache when the connection closes, so that connections established in the near future can use these to set initial conditions") },
	{ .name = "no_save", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_no_metrics_save: If tcp_no_metrics_save is enabled, TCP will not cache metrics on closing connections") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_no_metrics_save_cache)
{
	const struct mode *V = P->variant;
	int fam = P->kind->domain == AF_INET6 && !(P->kind->caps & SC_MAPPED) ? AF_INET6 : AF_INET;
	int aport, bport;
	long before, after;
	char b[4];

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_no_metrics_save", V->value);
	before = sc_tcp_metrics_count(fam);
	sc_make_pair(P);
	aport = sc_port(P->a);
	bport = sc_port(P->b);
	sc_send_all(P->a, "x", 1);
	sc_wait_inq(P->b, 1, SC_WAIT_MS);
	SC_REQUIRE(read(P->b, b, sizeof b) == 1, "the byte did not arrive");
	sc_close(&P->a);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the FIN at the peer");
	sc_close(&P->b);
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, aport, bport, NULL) == TCP_TIME_WAIT, SC_WAIT_MS,
		      "the connection closed (TIME_WAIT)");
	after = sc_tcp_metrics_count(fam);
	sc_observe_int("entries_before", before);
	sc_observe_int("cached", after - before);
	if (V->value)
		SC_EXPECT_EQ(after, before);
	else
		SC_EXPECT_CMP(after, >, before);
}
