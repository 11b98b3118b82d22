/* udp(7): connect() sets the default destination; then send() and write()
 * need no address, where before connect() a send without one fails. */
#include "sc.h"

SC_CASE(udp_connect_sets_destination) = {
	.claim   = "after connect() on a UDP socket, send() / write() without an address deliver to the connected peer; before it they fail with EDESTADDRREQ",
	.source  = SC_SRC("man:udp(7)", "connect sets destination: When connect(2) is called on the socket, the default destination address is set and datagrams can now be sent using send(2) or write(2)"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

static const struct call {
	SC_VARIANT_HEAD;
	int write;
} calls[] = {
	{ .name = "send", .src = SC_SRC("man:udp(7)", "connect sets destination: When connect(2) is called on the socket, the default destination address is set and datagrams can now be sent using send(2) or write(2)") },
	{ .name = "write", .src = SC_SRC("man:udp(7)", "connect sets destination: When connect(2) is called on the socket, the default destination address is set and datagrams can now be sent using send(2) or write(2)"), .write = 1 },
};
SC_VARIANTS(calls);

static long put(int fd, const char *s, int use_write)
{
	return use_write ? (long)write(fd, s, strlen(s)) : (long)send(fd, s, strlen(s), 0);
}

SC_TEST(udp_connect_sets_destination)
{
	const struct call *V = P->variant;
	struct sockaddr_storage aa, ba, from;
	socklen_t al, bl, fl = sizeof from;
	int a = sc_bound_socket(P, &aa, &al), b = sc_bound_socket(P, &ba, &bl);
	char buf[16] = "";

	SC_EXPECT_ERRNO(put(a, "nowhere", V->write), EDESTADDRREQ);
	SC_EXPECT_OK(connect(a, (struct sockaddr *)&ba, bl));
	SC_EXPECT_RET(put(a, "hello", V->write), 5);
	sc_wait_fd(b, POLLIN, SC_WAIT_MS, "the datagram at the connected peer");
	SC_EXPECT_RET(recvfrom(b, buf, sizeof buf - 1, MSG_DONTWAIT, (struct sockaddr *)&from, &fl), 5);
	sc_observe_str("received", buf);
	SC_EXPECT(!strcmp(buf, "hello"), "the peer received \"%s\"", buf);
	SC_EXPECT(sc_same_addr(&from, fl, &aa, al), "the datagram did not come from the sending socket");
}
