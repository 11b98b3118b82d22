/* socket(7) SO_DONTROUTE: don't send via a gateway, only to directly
 * connected hosts; MSG_DONTROUTE on a send does the same.  In a private
 * network namespace a tun device holds 10.9.0.1/24 (fd00:9::1/64) and a
 * route to 10.10.0.0/24 (fd00:10::/64) through the gateway 10.9.0.2
 * (fd00:9::2).  With the option a send (or connect) to a host behind the
 * gateway fails with ENETUNREACH, while one to a host on the device's own
 * subnet goes out. */
#include "sc.h"
#include "tun.h"

SC_CASE(sockopt_dontroute) = {
	.claim  = "with SO_DONTROUTE (or MSG_DONTROUTE) nothing is sent through a gateway, only to hosts on a directly connected network",
	.source = SC_SRC("man:socket(7)", "SO_DONTROUTE: Don't send via a gateway, send only to directly connected hosts"),
	.kinds  = SC_IP,
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "result",
};

enum how { OPTION, FLAG };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
	int direct;     /* destination on the device's subnet */
} variants[] = {
	{ .name = "gateway", .how = OPTION },
	{ .name = "direct", .how = OPTION, .direct = 1 },
	{ .name = "msg_dontroute", .how = FLAG, .kinds = SC_DGRAM,
	  .src = SC_SRC("man:socket(7)", "SO_DONTROUTE: The same effect can be achieved by setting the MSG_DONTROUTE flag on a socket send(2) operation") },
};
SC_VARIANTS(variants);

/* Send to (datagram) or connect to (stream) the destination. */
static struct sc_res reach(const struct sc_kind *k, int fd, struct sockaddr_storage *ss,
			   socklen_t len, int flags)
{
	/* Non-blocking: an SCTP sendto() sets up an association first. */
	sc_set_nonblock(fd, 1);
	if (k->type == SOCK_STREAM)
		return SC_CALL(connect(fd, (struct sockaddr *)ss, len));
	return SC_CALL(sendto(fd, "x", 1, flags, (struct sockaddr *)ss, len));
}

static int gone_out(const struct sc_kind *k, struct sc_res r)
{
	return k->type == SOCK_STREAM ? r.ret < 0 && r.err == EINPROGRESS : r.ret == 1;
}

SC_TEST(sockopt_dontroute)
{
	const struct variant *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_tun t;
	struct sc_res r;
	int fd;

	sc_private_netns();
	sc_tun_open(&t, 0);
	sc_tun_route(&t, AF_INET, "10.10.0.0", 24, "10.9.0.2");
	sc_tun_route(&t, AF_INET6, "fd00:10::", 64, "fd00:9::2");
	len = sc_ip_addr(P->kind, V->direct ? "10.9.0.5" : "10.10.0.5",
			 V->direct ? "fd00:9::5" : "fd00:10::5", 9, &ss);
	/* Without the option the route through the gateway is taken. */
	r = reach(P->kind, sc_kind_socket(P->kind), &ss, len, 0);
	SC_REQUIRE(gone_out(P->kind, r), "without SO_DONTROUTE the destination is unreachable: %s",
		   r.ret < 0 ? sc_errname(r.err) : "?");
	fd = sc_kind_socket(P->kind);
	if (V->how == OPTION)
		SC_SETOPT(fd, SOL_SOCKET, SO_DONTROUTE, 1);
	r = reach(P->kind, fd, &ss, len, V->how == FLAG ? MSG_DONTROUTE : 0);
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (V->direct)
		SC_EXPECT(gone_out(P->kind, r), "to a host on the device's subnet: %s",
			  r.ret < 0 ? sc_errname(r.err) : "?");
	else
		SC_EXPECT_ERRNO_RES(P->kind->type == SOCK_STREAM ? "connect() to a host behind the gateway"
				    : "sendto() a host behind the gateway", r, ENETUNREACH);
}
