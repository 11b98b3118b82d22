/* socket(7) SO_BINDTODEVICE: a socket bound to an interface processes
 * only packets received from that interface; an empty name or a zero
 * option length removes the binding.  In a private network namespace with
 * lo and a tun device, a receiver on a loopback address is bound to one of
 * them and a loopback client tries to reach it: it must be turned away
 * (RST, or ICMP port unreachable: ECONNREFUSED) exactly when the receiver
 * is bound to the tun device. */
#include "sc.h"
#include "tun.h"
#include <poll.h>

SC_CASE(sockopt_bindtodevice) = {
	.claim  = "a socket bound to an interface gets only packets received from it; an empty name or zero length unbinds it",
	.source = SC_SRC("man:socket(7)", "SO_BINDTODEVICE: If a socket is bound to an interface, only packets received from that particular interface are processed by the socket"),
	.kinds  = SC_IP,
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "reached",
};

enum how { TUN, LO, EMPTY_NAME, ZERO_LEN };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
	int reach;
} variants[] = {
	{ .name = "other_device", .how = TUN, .reach = 0 },
	{ .name = "lo", .how = LO, .reach = 1 },
	{ .name = "empty_name", .how = EMPTY_NAME, .reach = 1,
	  .src = SC_SRC("man:socket(7)", "SO_BINDTODEVICE: If the name is an empty string or the option length is zero, the socket device binding is removed") },
	{ .name = "zero_length", .how = ZERO_LEN, .reach = 1,
	  .src = SC_SRC("man:socket(7)", "SO_BINDTODEVICE: If the name is an empty string or the option length is zero, the socket device binding is removed") },
};
SC_VARIANTS(variants);

static void bind_dev(int fd, const char *name, socklen_t len)
{
	struct sc_res r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name, len));

	if (r.ret < 0 && r.err == ENOPROTOOPT)
		sc_unsupported("SO_BINDTODEVICE: ENOPROTOOPT");
	sc_expect_ok(SC_HERE, "setsockopt(SO_BINDTODEVICE)", r);
}

/* Did a client on lo reach the receiver rx bound at P->addr? */
static int reached(struct sc_pair *P, int rx)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int c, err = 0;
	socklen_t el = sizeof err;
	struct sc_res r;

	if (P->kind->type == SOCK_STREAM) {
		SC_REQUIRE_OK(listen(rx, 4));
		c = sc_connect_nb(P, &r);
		if (r.ret < 0 && r.err != EINPROGRESS)
			return 0;
		sc_wait_fd(c, POLLOUT, SC_WAIT_MS, "the connect to be answered");
		SC_REQUIRE_OK(getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &el));
		sc_observe_str("client", err ? sc_errname(err) : "connected");
		return err == 0;
	}
	/* A one-to-many SCTP socket takes associations only once listening. */
	if (P->kind->type == SOCK_SEQPACKET)
		SC_REQUIRE_OK(listen(rx, 4));
	c = sc_bound_socket(P, &ss, &len);
	r = SC_CALL(connect(c, (struct sockaddr *)&P->addr, P->addrlen));
	if (r.ret < 0) {
		sc_observe_str("client", sc_errname(r.err));
		return 0;
	}
	/* Addressed: a one-to-many socket's send() names no association. */
	SC_REQUIRE_OK(sendto(c, "x", 1, 0, (struct sockaddr *)&P->addr, P->addrlen));
	SC_WAIT_UNTIL(sc_poll(rx, POLLIN, 0) || sc_poll(c, POLLERR, 0), SC_WAIT_MS,
		      "the datagram to arrive or be refused");
	if (sc_poll(c, POLLERR, 0)) {
		SC_REQUIRE_OK(getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &el));
		sc_observe_str("client", sc_errname(err));
	}
	return sc_poll(rx, POLLIN, 0) != 0;
}

/* Bind to the wildcard address (IPv6 refuses ::1 to a socket bound to
 * another device) and aim the client at the kind's loopback address. */
static void bind_any(struct sc_pair *P, int fd)
{
	struct sockaddr_storage any;
	socklen_t len;

	sc_local_addr(P, &P->addr, &P->addrlen);
	any = P->addr;
	if (any.ss_family == AF_INET)
		((struct sockaddr_in *)&any)->sin_addr.s_addr = htonl(INADDR_ANY);
	else
		((struct sockaddr_in6 *)&any)->sin6_addr = in6addr_any;
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&any, P->addrlen));
	len = sizeof any;
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&any, &len));
	sc_set_port(&P->addr, sc_addr_port(&any));
}

SC_TEST(sockopt_bindtodevice)
{
	const struct variant *V = P->variant;
	struct sc_tun t;
	char name[IFNAMSIZ + 8] = "";
	socklen_t nl = sizeof name;
	int rx, ok;

	sc_private_netns();
	sc_tun_open(&t, 0);
	rx = sc_kind_socket(P->kind);
	switch (V->how) {
	case TUN:
		bind_dev(rx, t.name, (socklen_t)strlen(t.name) + 1);
		/* The name reads back with its real length. */
		SC_EXPECT_OK(getsockopt(rx, SOL_SOCKET, SO_BINDTODEVICE, name, &nl));
		sc_observe_str("bound_to", name);
		SC_EXPECT(!strcmp(name, t.name), "reads back \"%s\", not \"%s\"", name, t.name);
		SC_EXPECT_EQ(nl, strlen(t.name) + 1);
		break;
	case LO:
		bind_dev(rx, "lo", 3);
		break;
	case EMPTY_NAME:
		bind_dev(rx, t.name, (socklen_t)strlen(t.name) + 1);
		bind_dev(rx, "", 1);
		break;
	case ZERO_LEN:
		bind_dev(rx, t.name, (socklen_t)strlen(t.name) + 1);
		bind_dev(rx, NULL, 0);
		break;
	}
	bind_any(P, rx);
	ok = reached(P, rx);
	sc_observe_str("reached", ok ? "yes" : "no");
	SC_EXPECT(ok == V->reach, "a client on lo %s the receiver", ok ? "reached" : "did not reach");
}
