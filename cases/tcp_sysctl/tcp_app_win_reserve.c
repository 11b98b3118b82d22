/* tcp(7): tcp_app_win reserves max(window/2^tcp_app_win, mss) bytes of the
 * window for the application buffer; 0 reserves nothing.  The window a new
 * connection may ever advertise (TCP_WINDOW_CLAMP) is read with
 * tcp_app_win 0, then with the variant's value, on the same buffers. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_app_win_reserve) = {
	.claim   = "max(window/2^tcp_app_win, mss) bytes of the window are reserved; 0 reserves none",
	.source  = SC_SRC("man:tcp(7)", "tcp_app_win: A maximum of (window/2^tcp_app_win, mss) bytes in the window are reserved for the application buffer. A value of 0 implies that no amount is reserved"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "reserved",
};

static const struct app {
	SC_VARIANT_HEAD;
	int value;
} apps[] = {
	{ .name = "app_win1", .value = 1 },
	{ .name = "app_win2", .value = 2 },
	{ .name = "app_win31", .value = 31 },
};
SC_VARIANTS(apps);

static long clamp_of_new_connection(struct sc_pair *P, long *advmss)
{
	struct sc_tcpinfo ti;
	int c, s;

	c = sc_connect(P);
	s = sc_accept(P, SC_WAIT_MS);
	(void)c;
	ti = sc_tcpinfo(s);
	*advmss = ti.advmss;
	return SC_TCP_GETINT(s, TCP_WINDOW_CLAMP);
}

SC_TEST(tcp_app_win_reserve)
{
	const struct app *V = P->variant;
	long whole, clamp, mss, want;

	sc_private_netns();
	/* A buffer far above 4 MSS of loopback, so no floor applies. */
	sc_sysctl_set("net/ipv4/tcp_rmem", "4096 2097152 4194304");
	sc_sysctl_set_int("net/ipv4/tcp_app_win", 0);
	sc_listen(P, 4);
	whole = clamp_of_new_connection(P, &mss);
	sc_sysctl_set_int("net/ipv4/tcp_app_win", V->value);
	clamp = clamp_of_new_connection(P, &mss);
	want = (whole >> V->value) > mss ? (whole >> V->value) : mss;
	sc_observe_int("window_unreserved", whole);
	sc_observe_int("window", clamp);
	sc_observe_int("mss", mss);
	sc_observe_int("reserved", whole - clamp);
	SC_EXPECT_EQ(whole - clamp, want);
}
