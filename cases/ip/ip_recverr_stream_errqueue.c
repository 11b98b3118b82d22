/* ip(7): "TCP has no error queue; MSG_ERRQUEUE is not permitted on
 * SOCK_STREAM sockets."  A stream socket that asked for transmit
 * timestamps (SO_TIMESTAMPING) is given one: if the page holds,
 * recvmsg(MSG_ERRQUEUE) still fails. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <linux/errqueue.h>
#include <linux/net_tstamp.h>

SC_CASE(ip_recverr_stream_errqueue) = {
	.claim   = "recvmsg(MSG_ERRQUEUE) is not permitted on a SOCK_STREAM socket",
	.source  = SC_SRC("man:ip(7)", "IP_RECVERR: Note that TCP has no error queue; MSG_ERRQUEUE is not permitted on SOCK_STREAM sockets."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 */
	.require = SC_STREAM,
	.key     = "errqueue",
};

SC_TEST(ip_recverr_stream_errqueue)
{
	int flags = SOF_TIMESTAMPING_TX_SOFTWARE | SOF_TIMESTAMPING_TX_SCHED |
		    SOF_TIMESTAMPING_SOFTWARE | SOF_TIMESTAMPING_OPT_ID;
	struct sc_msg m;
	char rbuf[2048];

	SC_SETOPT(P->a, SOL_SOCKET, SO_TIMESTAMPING, flags);
	sc_send_all(P->a, "stamp", 5);
	/* The transmit timestamps are taken before the data reaches the peer. */
	sc_wait_inq(P->b, 5, SC_WAIT_MS);
	sc_recv_msg(P->a, rbuf, sizeof rbuf, MSG_ERRQUEUE | MSG_DONTWAIT, &m);
	sc_observe_str("errqueue", m.ret >= 0 ? "read" : sc_errname(m.err));
	sc_observe_int("timestamp_cmsg", sc_cmsg(&m, SOL_SOCKET, SO_TIMESTAMPING, NULL) != NULL);
	SC_EXPECT(m.ret < 0 && m.err != EAGAIN,
		  "recvmsg(MSG_ERRQUEUE) on a stream socket %s",
		  m.ret >= 0 ? "returned a queued transmit timestamp" : "only found the queue empty (EAGAIN)");
}
