/* UDP checks the data it receives: a datagram whose checksum is wrong is
 * discarded silently (and counted in InCsumErrors); an intact one sent
 * right after it is delivered. */
#include "sc.h"
#include "forge.h"

SC_CASE(io_udp_bad_checksum_dropped) = {
	.claim   = "a UDP datagram received with a wrong checksum is silently discarded; the receiver never sees it",
	.source  = SC_SRC("rfc:1122", "4.1.3.4 UDP Checksums: If a UDP datagram is received with a checksum that is non-zero and invalid, UDP MUST silently discard the datagram"),
	.kinds   = SC_UDP,
	/* The datagrams are forged as plain UDP over the kind's own family. */
	.exclude = SC_UDPLITE | SC_MAPPED,
	.key     = "csum_errors_delta",
	.needs   = "CAP_NET_RAW",
};

SC_TEST(io_udp_bad_checksum_dropped)
{
	int raw;
	long before = sc_udp_counter(P->kind, "InCsumErrors"), n;
	char buf[32] = "";

	if (before < 0)
		sc_unsupported("no UDP InCsumErrors counter in /proc/net");
	raw = sc_udp_raw(P);
	sc_udp_forge(P, raw, "corrupt", 1);
	sc_udp_forge(P, raw, "intact", 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "a datagram");
	n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf - 1, MSG_DONTWAIT));
	sc_observe_str("first_received", buf);
	SC_EXPECT(n == 6 && !memcmp(buf, "intact", 6), "received \"%s\" before the intact datagram", buf);
	/* SIOCINQ validates queued UDP datagrams, so a late corrupt one is
	 * dropped (and counted) here, or shows as queued if it was accepted. */
	SC_WAIT_UNTIL(sc_inq(P->b) > 0 || sc_udp_counter(P->kind, "InCsumErrors") > before, SC_WAIT_MS,
		      "the corrupt datagram to be dropped (InCsumErrors)");
	sc_observe_int("csum_errors_delta", sc_udp_counter(P->kind, "InCsumErrors") - before);
	SC_EXPECT_EQ(sc_inq(P->b), 0);
}
