/* ip(7): datagrams to a broadcast address can be sent or received only
 * with SO_BROADCAST set; sending without it fails with EACCES; setting
 * SO_BROADCAST needs no privilege.  The broadcast address is lo's
 * 127.255.255.255; the receiver is bound to INADDR_ANY. */
#include "sc.h"
#include "ip4.h"
#include "unprivileged.h"

SC_CASE(ip_broadcast_so_broadcast) = {
	.claim   = "a datagram to a broadcast address is sent (and received) only by sockets with SO_BROADCAST; without it sendto fails with EACCES",
	.source  = SC_SRC("man:ip(7)", "broadcast needs SO_BROADCAST: Datagrams to broadcast addresses can be sent or received only when the SO_BROADCAST socket flag is set."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 broadcast */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

enum { SEND, RECEIVE, UNPRIVILEGED };
static const struct use {
	SC_VARIANT_HEAD;
	int which;
} uses[] = {
	{ .name = "send", .which = SEND,
	  .src = SC_SRC("man:ip(7)", "EACCES: The user tried to execute an operation without the necessary permissions. These include: sending a packet to a broadcast address without having the SO_BROADCAST flag set") },
	{ .name = "receive", .which = RECEIVE },
	{ .name = "unprivileged", .which = UNPRIVILEGED,
	  .src = SC_SRC("man:ip(7)", "SO_BROADCAST unprivileged: it is not privileged in Linux") },
};
SC_VARIANTS(uses);

#define BCAST "127.255.255.255"

struct sendarg {
	int fd;
	struct sockaddr_storage to;
	socklen_t len;
};

static struct sc_res broadcast_unprivileged(void *p)
{
	struct sendarg *a = p;
	int one = 1;

	if (setsockopt(a->fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one) < 0)
		return SC_CALL(-1);
	return SC_CALL(sendto(a->fd, "bcast", 5, 0, (struct sockaddr *)&a->to, a->len));
}

SC_TEST(ip_broadcast_so_broadcast)
{
	const struct use *V = P->variant;
	int rx = sc_ip4_bound(P->kind, "0.0.0.0", 0), tx = sc_kind_socket(P->kind);
	struct sendarg a = { .fd = tx };
	struct sc_res r;
	char buf[16];

	a.len = sc_ip4_addr(P->kind, BCAST, sc_port(rx), &a.to);
	switch (V->which) {
	case SEND:
		r = SC_CALL(sendto(tx, "bcast", 5, 0, (struct sockaddr *)&a.to, a.len));
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
		SC_EXPECT_ERRNO_RES("sendto() to " BCAST " without SO_BROADCAST", r, EACCES);
		SC_SETOPT(tx, SOL_SOCKET, SO_BROADCAST, 1);
		SC_EXPECT_RET(sendto(tx, "bcast", 5, 0, (struct sockaddr *)&a.to, a.len), 5);
		break;
	case RECEIVE:
		/* rx has no SO_BROADCAST: if the page holds, nothing arrives. */
		SC_SETOPT(tx, SOL_SOCKET, SO_BROADCAST, 1);
		SC_REQUIRE(sendto(tx, "bcast", 5, 0, (struct sockaddr *)&a.to, a.len) == 5,
			   "sendto() with SO_BROADCAST failed: %s", sc_errname(errno));
		sc_ip4_sendto(P->kind, tx, "end", "127.0.0.1", sc_port(rx));
		sc_ip4_drain(rx, buf, sizeof buf);
		sc_observe_str("result", *buf ? "received" : "not received");
		SC_EXPECT(!*buf, "a socket without SO_BROADCAST received the broadcast datagram");
		break;
	case UNPRIVILEGED:
		r = sc_without_caps(broadcast_unprivileged, &a);
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
		SC_EXPECT_RET(r.ret, 5);
		sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the broadcast datagram");
		SC_EXPECT_RET(recv(rx, buf, sizeof buf, MSG_DONTWAIT), 5);
		break;
	}
}
