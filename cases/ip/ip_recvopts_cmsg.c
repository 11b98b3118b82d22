/* ip(7): IP_RECVOPTS passes a datagram's incoming IP options in an
 * IP_OPTIONS control message, processed for this host (a record-route
 * option has this host's address filled in); IP_RETOPTS passes them raw,
 * with the record-route entry for this hop not filled in.  The sender
 * sets a record-route option with two free slots (IP_OPTIONS). */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <arpa/inet.h>
#include <netinet/ip.h>
#include <stdio.h>

SC_CASE(ip_recvopts_cmsg) = {
	.claim   = "IP_RECVOPTS passes the incoming options with this hop's record-route entry filled in; IP_RETOPTS passes them without it",
	.source  = SC_SRC("man:ip(7)", "IP_RECVOPTS: Pass all incoming IP options to the user in a IP_OPTIONS control message. The routing header and other options are already filled in for the local host."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.key     = "rr",
};

static const struct opt {
	SC_VARIANT_HEAD;
	int opt, cmsg;
	int filled;		/* record-route slots filled as passed */
} opts[] = {
	{ .name = "recvopts", .opt = IP_RECVOPTS, .cmsg = IP_OPTIONS, .filled = 2 },
	{ .name = "retopts", .opt = IP_RETOPTS, .cmsg = IP_RETOPTS, .filled = 1,
	  .src = SC_SRC("man:ip(7)", "IP_RETOPTS: Identical to IP_RECVOPTS, but returns raw unprocessed options with timestamp and route record options not filled in for this hop.") },
};
SC_VARIANTS(opts);

SC_TEST(ip_recvopts_cmsg)
{
	const struct opt *V = P->variant;
	/* record route, length 11, pointer 4 (first free slot), two slots */
	unsigned char rr[12] = { IPOPT_RR, 11, 4 };
	const unsigned char *o = NULL;
	int type = -1;
	size_t len = 0;
	struct sc_msg m;
	char rbuf[2048];
	char text[128] = "";
	int filled;

	if (setsockopt(P->a, IPPROTO_IP, IP_OPTIONS, rr, 11) < 0)
		sc_broken("setsockopt(IP_OPTIONS) on the sender failed: %s", sc_errname(errno));
	SC_SETOPT(P->b, IPPROTO_IP, V->opt, 1);
	SC_REQUIRE_OK(send(P->a, "opts", 4, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_REQUIRE(sc_recv_msg(P->b, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 4, "recvmsg: %s", sc_errname(m.err));
	/* Find the options under any of the types they might come as. */
	{
		static const int types[] = { IP_OPTIONS, IP_RECVOPTS, IP_RETOPTS };
		static const char *const names[] = { "IP_OPTIONS", "IP_RECVOPTS", "IP_RETOPTS" };

		for (int i = 0; i < 3 && !o; i++)
			if ((o = sc_cmsg(&m, IPPROTO_IP, types[i], &len))) {
				sc_observe_str("cmsg_type", names[i]);
				type = types[i];
			}
	}
	for (size_t i = 0; o && i < len && i < 40; i++)
		snprintf(text + strlen(text), sizeof text - strlen(text), "%s%02x", i ? " " : "", o[i]);
	sc_observe_str("options", text);
	SC_EXPECT(o != NULL, "no control message with the options came with the datagram");
	SC_REQUIRE(len >= 11 && o[0] == IPOPT_RR, "the options passed hold no record-route option: %s", text);
	filled = (o[2] - 4) / 4;	/* slots before the pointer */
	sc_observe_int("rr", filled);
	SC_EXPECT_EQ(filled, V->filled);
	SC_EXPECT_EQ(type, V->cmsg);
}
