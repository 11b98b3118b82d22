/* socket(2): SOCK_SEQPACKET provides a sequenced, reliable, two-way,
 * connection-based path for datagrams, a consumer reading an entire
 * packet with each input call.  No data moves before a connection (send()
 * on an unconnected socket fails); then packets go both ways, arrive in
 * the order sent, and each read returns exactly one of them. */
#include "sc.h"

SC_CASE(socket_seqpacket_semantics) = {
	.claim   = "SOCK_SEQPACKET is connection-based and two-way, and delivers packets in order, one per read",
	.source  = SC_SRC("man:socket(2)", "SOCK_SEQPACKET: Provides a sequenced, reliable, two-way connection-based data transmission path for datagrams of fixed maximum length; a consumer is required to read an entire packet with each input system call"),
	.kinds   = SC_SEQPACKET,
	.key     = "unconnected_send",
};

SC_TEST(socket_seqpacket_semantics)
{
	int fd;
	char in[64];
	struct sc_res r;

	if (P->kind->make == SC_MAKE_PEELOFF)
		sc_unsupported("a one-to-many SCTP socket is not connection-based: it addresses each message (sctp(7)), its associations peeled off one by one");
	fd = sc_kind_socket(P->kind);
	r = SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT));
	sc_observe_str("unconnected_send", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT(r.ret < 0, "send() on an unconnected SOCK_SEQPACKET socket returned %ld", r.ret);
	for (int i = 0; i < 5; i++) {
		char out[8];

		memset(out, '0' + i, sizeof out);
		SC_EXPECT_RET(send(P->a, out, (size_t)i + 1, 0), i + 1);
	}
	SC_EXPECT_RET(send(P->b, "back", 4, 0), 4);
	for (int i = 0; i < 5; i++) {
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "a packet");
		SC_EXPECT_RET(recv(P->b, in, sizeof in, 0), i + 1);
		SC_EXPECT(in[0] == '0' + i, "packet %d arrived as packet '%c'", i, in[0]);
	}
	sc_wait_fd(P->a, POLLIN, SC_WAIT_MS, "the packet back");
	SC_EXPECT_RET(recv(P->a, in, sizeof in, 0), 4);
}
