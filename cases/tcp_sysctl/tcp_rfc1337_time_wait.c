/* tcp(7): with tcp_rfc1337 disabled, a RST received in TIME_WAIT closes
 * the socket at once; enabled, TCP keeps the TIME_WAIT period (RFC 1337).
 * The connection's peer is gone once TIME_WAIT starts, so the reset is
 * forged through a raw socket with the sequence number TIME_WAIT expects
 * (one past the peer's FIN, watched on the wire).  A stale ACK sent next
 * tells what is left: TIME_WAIT answers it with an ACK, a closed port
 * with a RST. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpraw.h"

SC_CASE(tcp_rfc1337_time_wait) = {
	.claim   = "a RST closes a TIME_WAIT socket at once unless tcp_rfc1337 is on",
	.source  = SC_SRC("man:tcp(7)", "tcp_rfc1337: When disabled, if a RST is received in TIME_WAIT state, we close the socket immediately without waiting for the end of the TIME_WAIT period"),
	.kinds   = SC_TCP,
	.key     = "after_rst",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "rfc1337_0", .value = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_rfc1337: When disabled, if a RST is received in TIME_WAIT state, we close the socket immediately without waiting for the end of the TIME_WAIT period") },
	{ .name = "rfc1337_1", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_rfc1337: Enable TCP behavior conformant with RFC 1337") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_rfc1337_time_wait)
{
	const struct mode *V = P->variant;
	int fam = sc_wire_family(P->kind), raw, aport, bport, st;
	struct sc_seg fin, seg, got;
	char b[4];

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_rfc1337", V->value);
	raw = sc_tcpraw(fam);
	sc_make_pair(P);
	aport = sc_port(P->a);
	bport = sc_port(P->b);
	/* A closes first and ends in TIME_WAIT once B's FIN is acknowledged. */
	sc_close(&P->a);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "A's FIN at B");
	SC_REQUIRE(read(P->b, b, sizeof b) == 0, "B did not read end of file");
	sc_close(&P->b);
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, bport, aport, SC_FIN, SC_FIN, &fin, SC_WAIT_MS),
		   "B's FIN was not seen");
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, aport, bport, NULL) == TCP_TIME_WAIT, SC_WAIT_MS,
		      "A in TIME_WAIT");
	while (sc_tcpraw_wait(raw, fam, aport, bport, 0, 0, &got, 0))
		;
	seg = (struct sc_seg){ .sport = bport, .dport = aport, .seq = fin.seq + 1, .flags = SC_RST };
	sc_tcpraw_send(raw, fam, &seg);
	/* A stale segment: TIME_WAIT acknowledges it, a closed port resets. */
	seg = (struct sc_seg){ .sport = bport, .dport = aport, .seq = fin.seq, .ack = fin.ack,
			       .flags = SC_ACK, .win = 1024 };
	sc_tcpraw_send(raw, fam, &seg);
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, aport, bport, 0, 0, &got, SC_WAIT_MS),
		   "no answer to a stale segment sent to the TIME_WAIT port");
	st = sc_proc_tcp(P->kind->domain, aport, bport, NULL);
	sc_observe_str("after_rst", got.flags & SC_RST ? "closed" : "time_wait");
	sc_observe_str("proc_state", st < 0 ? "none" : sc_tcp_state_name(st));
	if (V->value) {
		SC_EXPECT(!(got.flags & SC_RST), "the port answered with a reset: TIME_WAIT is gone");
		SC_EXPECT_EQ(st, TCP_TIME_WAIT);
	} else {
		SC_EXPECT(got.flags & SC_RST, "TIME_WAIT survived the reset (it answered with flags %#x)",
			  got.flags);
		SC_EXPECT(st < 0, "/proc/net/tcp still lists the socket as %s", sc_tcp_state_name(st));
	}
}
