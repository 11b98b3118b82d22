/* udp(7): while UDP_CORK is set, what is written is held back and
 * gathered into one datagram, which leaves when the option is cleared. */
#include "sc.h"
#include "cmsg.h"
#include <netinet/udp.h>
#include <poll.h>

SC_CASE(udp_cork_accumulates) = {
	.claim  = "writes made while UDP_CORK is set stay in the sender's queue and leave as one datagram when it is cleared",
	.source = SC_SRC("man:udp(7)", "UDP_CORK: If this option is enabled, then all data output on this socket is accumulated into a single datagram that is transmitted when the option is disabled"),
	.kinds  = SC_UDP,
	.key    = "datagram_len",
};

SC_TEST(udp_cork_accumulates)
{
	char buf[64] = "";
	long outq, n;

	sc_observe_int("cork_default", sc_getopt_int(P->a, IPPROTO_UDP, UDP_CORK));
	SC_SETOPT(P->a, IPPROTO_UDP, UDP_CORK, 1);
	SC_EXPECT_RET(send(P->a, "abc", 3, 0), 3);
	SC_EXPECT_RET(send(P->a, "defgh", 5, 0), 5);
	/* Held back: queued at the sender, nothing for the receiver. */
	outq = sc_outq(P->a);
	sc_observe_int("outq_corked", outq);
	SC_EXPECT_CMP(outq, >, 0);
	SC_EXPECT_EQ(sc_poll(P->b, POLLIN, 0) & POLLIN, 0);
	SC_SETOPT(P->a, IPPROTO_UDP, UDP_CORK, 0);
	SC_EXPECT_RET(send(P->a, "END", 3, 0), 3);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram sent when the cork was cleared");
	n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf - 1, MSG_DONTWAIT));
	sc_observe_int("datagram_len", n);
	sc_observe_str("datagram", buf);
	SC_EXPECT(n == 8 && !memcmp(buf, "abcdefgh", 8), "first datagram is \"%s\", not \"abcdefgh\"", buf);
	/* The next one is the datagram sent after uncorking: nothing between. */
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram sent after the cork");
	memset(buf, 0, sizeof buf);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf - 1, MSG_DONTWAIT), 3);
	SC_EXPECT(!memcmp(buf, "END", 3), "second datagram is \"%s\", not \"END\"", buf);
}
