/* socket(7) SO_BROADCAST: a datagram socket may send to a broadcast
 * address only with the flag set; on stream sockets it changes nothing.
 * The broadcast address is loopback's, 127.255.255.255, so nothing leaves
 * the host. */
#include "sc.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(sockopt_broadcast) = {
	.claim  = "a datagram to a broadcast address is refused without SO_BROADCAST and delivered with it; stream sockets are unaffected",
	.source = SC_SRC("man:socket(7)", "SO_BROADCAST: When enabled, datagram sockets are allowed to send packets to a broadcast address"),
	/* IPv4 has broadcast addresses; IPv6 has none. */
	.kinds  = SC_INET | SC_MAPPED,
	.fixture = SC_FIX_NONE,
	.key    = "result",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int on;
} variants[] = {
	{ .name = "off", .kinds = SC_UDP },
	{ .name = "on", .on = 1, .kinds = SC_UDP },
	{ .name = "stream", .kinds = SC_TCP,
	  .src = SC_SRC("man:socket(7)", "SO_BROADCAST: This option has no effect on stream-oriented sockets") },
};
SC_VARIANTS(variants);

/* 127.255.255.255 (or its mapped form) at port. */
static socklen_t bcast(const struct sc_kind *k, int port, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof *ss);
	if (k->domain == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)ss;

		in->sin_family = AF_INET;
		in->sin_port = htons((uint16_t)port);
		inet_pton(AF_INET, "127.255.255.255", &in->sin_addr);
		return sizeof *in;
	}
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

	in6->sin6_family = AF_INET6;
	in6->sin6_port = htons((uint16_t)port);
	inet_pton(AF_INET6, "::ffff:127.255.255.255", &in6->sin6_addr);
	return sizeof *in6;
}

/* A receiver on the wildcard address (broadcasts reach only those). */
static int receiver(const struct sc_kind *k, int *port)
{
	struct sockaddr_storage ss = { .ss_family = (sa_family_t)k->domain };
	socklen_t len = k->domain == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
	int fd = sc_kind_socket(k);

	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&ss, len));
	len = sizeof ss;
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	*port = sc_addr_port(&ss);
	return fd;
}

static struct sc_res connect_once(const struct sc_kind *k, struct sockaddr_storage *ss,
				  socklen_t len, int on)
{
	int fd = sc_kind_socket(k);

	if (on)
		SC_SETOPT(fd, SOL_SOCKET, SO_BROADCAST, 1);
	sc_set_nonblock(fd, 1);
	return SC_CALL(connect(fd, (struct sockaddr *)ss, len));
}

SC_TEST(sockopt_broadcast)
{
	const struct variant *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r, r2;
	int rx, tx, port;
	char b[8];

	if (P->kind->type == SOCK_STREAM) {
		/* Some port, nobody listening: whatever the kernel answers, the
		 * flag must not change it. */
		len = bcast(P->kind, sc_free_port(P), &ss);
		r = connect_once(P->kind, &ss, len, 0);
		r2 = connect_once(P->kind, &ss, len, 1);
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "connecting");
		sc_observe_str("result_with_flag", r2.ret < 0 ? sc_errname(r2.err) : "connecting");
		SC_EXPECT(r.ret == r2.ret && r.err == r2.err, "connect() to the broadcast address gave %s without the flag and %s with it",
			  r.ret < 0 ? sc_errname(r.err) : "0", r2.ret < 0 ? sc_errname(r2.err) : "0");
		return;
	}
	rx = receiver(P->kind, &port);
	len = bcast(P->kind, port, &ss);
	tx = sc_kind_socket(P->kind);
	if (V->on)
		SC_SETOPT(tx, SOL_SOCKET, SO_BROADCAST, 1);
	r = SC_CALL(sendto(tx, "b", 1, 0, (struct sockaddr *)&ss, len));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (!V->on) {
		SC_EXPECT_ERRNO_RES("sendto(127.255.255.255) without SO_BROADCAST", r, EACCES);
		return;
	}
	SC_EXPECT_RET(r.ret, 1);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the broadcast datagram at a receiver on the wildcard address");
	SC_EXPECT_RET(recv(rx, b, sizeof b, MSG_DONTWAIT), 1);
}
