/* tcp(7): with tcp_workaround_signed_windows, a peer that sent no window
 * scaling option is assumed broken and TCP treats the window as a signed
 * quantity: the windows it advertises stay below 32768.  Window scaling
 * is off in a private namespace, so neither end offers the option; the
 * client reads the server's advertised window (tcpi_snd_wnd) after the
 * handshake and again after a byte has been acknowledged. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_workaround_signed_windows_cap) = {
	.claim   = "without a window scaling option from the peer, TCP advertises windows below 32768 when tcp_workaround_signed_windows is on, up to 65535 when off",
	.source  = SC_SRC("man:tcp(7)", "tcp_workaround_signed_windows: If enabled, assume that no receipt of a window-scaling option means that the remote TCP is broken and treats the window as a signed quantity"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "peer_window",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "workaround1", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_workaround_signed_windows: If enabled, assume that no receipt of a window-scaling option means that the remote TCP is broken and treats the window as a signed quantity") },
	{ .name = "workaround0", .value = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_workaround_signed_windows: If disabled, assume that the remote TCP is not broken even if we do not receive a window scaling option from it") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_workaround_signed_windows_cap)
{
	const struct mode *V = P->variant;
	struct sc_tcpinfo t;
	long syn_wnd;
	char c;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_window_scaling", 0);
	sc_sysctl_set_int("net/ipv4/tcp_workaround_signed_windows", V->value);
	sc_make_pair(P);
	t = sc_tcpinfo(P->a);
	SC_TCPI_NEED(t, snd_wnd);
	syn_wnd = t.snd_wnd;
	sc_send_all(P->a, "x", 1);
	sc_wait_inq(P->b, 1, SC_WAIT_MS);
	SC_REQUIRE(recv(P->b, &c, 1, 0) == 1, "recv() failed");
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.unacked == 0), SC_WAIT_MS, "the byte acknowledged");
	sc_observe_int("peer_window_syn", syn_wnd);
	sc_observe_int("peer_window", t.snd_wnd);
	if (V->value) {
		SC_EXPECT_CMP(syn_wnd, <=, 32767);
		SC_EXPECT_CMP(t.snd_wnd, <=, 32767);
	} else {
		SC_EXPECT_CMP(syn_wnd, >, 32767);
		SC_EXPECT_CMP(t.snd_wnd, >, 32767);
	}
}
