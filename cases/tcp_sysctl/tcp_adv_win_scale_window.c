/* tcp(7): tcp_adv_win_scale counts buffering overhead as bytes/2^scale
 * (scale > 0) or bytes - bytes/2^-scale (scale <= 0); the rest of the
 * receive buffer is the TCP window.  The window a new connection may ever
 * advertise (its window clamp, TCP_WINDOW_CLAMP, with tcp_app_win 0 so
 * that nothing else is reserved) is compared with its receive buffer. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"
#include <stdlib.h>

SC_CASE(tcp_adv_win_scale_window) = {
	.claim   = "the receive window is the receive buffer less the overhead tcp_adv_win_scale counts",
	.source  = SC_SRC("man:tcp(7)", "tcp_adv_win_scale: Count buffering overhead as bytes/2^tcp_adv_win_scale, if tcp_adv_win_scale is greater than 0; or bytes-bytes/2^(-tcp_adv_win_scale), if tcp_adv_win_scale is less than or equal to zero"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "window_permille",
};

static const struct scale {
	SC_VARIANT_HEAD;
	const char *value;
	int permille;       /* the window, in thousandths of the buffer */
} scales[] = {
	{ .name = "scale2", .value = "2", .permille = 750 },
	{ .name = "scale-2", .value = "-2", .permille = 250 },
};
SC_VARIANTS(scales);

SC_TEST(tcp_adv_win_scale_window)
{
	const struct scale *V = P->variant;
	long clamp, rcvbuf, permille;

	sc_private_netns();
	/* A buffer far above 4 MSS of loopback, so no floor applies. */
	sc_sysctl_set("net/ipv4/tcp_rmem", "4096 2097152 4194304");
	sc_sysctl_set("net/ipv4/tcp_app_win", "0");
	sc_sysctl_set("net/ipv4/tcp_adv_win_scale", V->value);
	sc_make_pair(P);
	clamp = SC_TCP_GETINT(P->b, TCP_WINDOW_CLAMP);
	rcvbuf = sc_sockopt_int(P->b, SO_RCVBUF);
	permille = clamp * 1000 / rcvbuf;
	sc_observe_int("window_clamp", clamp);
	sc_observe_int("rcvbuf", rcvbuf);
	sc_observe_int("window_permille", permille);
	SC_EXPECT(labs(permille - V->permille) <= 10,
		  "the window is %ld/1000 of the buffer, not %d/1000", permille, V->permille);
}
