/* The tutorial: SOCK_DGRAM only moves data and does no checking of it.
 * UDP does check: a datagram that arrives with a wrong checksum is
 * dropped, and only an intact one sent after it is delivered (the RFC's
 * claim, io_udp_bad_checksum_dropped, holds; this one is the tutorial's). */
#include "sc.h"
#include "forge.h"

SC_CASE(io_dgram_no_checking) = {
	.claim   = "SOCK_DGRAM does no data checking: a datagram that arrives corrupted is delivered as it is",
	.source  = SC_SRC("seed", "Socket 怎么通信: SOCK_DGRAM：表示无连接的数据传输方式。计算机只管传输数据，不作数据校验"),
	.kinds   = SC_UDP,
	/* The datagrams are forged as plain UDP over the kind's own family. */
	.exclude = SC_UDPLITE | SC_MAPPED,
	.key     = "first_received",
	.needs   = "CAP_NET_RAW",
};

SC_TEST(io_dgram_no_checking)
{
	int raw = sc_udp_raw(P);
	char buf[32] = "";
	long n;

	sc_udp_forge(P, raw, "corrupt", 1);
	sc_udp_forge(P, raw, "intact", 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "a datagram");
	n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf - 1, MSG_DONTWAIT));
	sc_observe_str("first_received", buf);
	SC_EXPECT(n == 7 && !memcmp(buf, "corrupt", 7),
		  "the corrupted datagram was not delivered: the first one received is \"%s\"", buf);
}
