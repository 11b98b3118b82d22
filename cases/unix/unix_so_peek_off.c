/* unix(7) points SO_PEEK_OFF to socket(7): a new socket's peek offset is
 * -1 (peeking starts at the front); set to n >= 0, a MSG_PEEK receive
 * starts n bytes in and moves the offset past what it peeked, and a
 * normal receive moves it back by what it removed.  For datagram sockets
 * the data returned from the middle of a packet is marked MSG_TRUNC. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_so_peek_off) = {
	.claim  = "with SO_PEEK_OFF set, MSG_PEEK reads from the peek offset and advances it; normal reads move it back; a datagram peeked from its middle is marked MSG_TRUNC",
	.source = SC_SRC("man:unix(7)", "SO_PEEK_OFF: See socket(7)."),
	.kinds  = SC_UNIX,
	.key    = "peeked",
};

static const struct shape {
	SC_VARIANT_HEAD;
} shapes[] = {
	{ .name = "stream", .kinds = SC_STREAM,
	  .src = SC_SRC("man:socket(7)", "SO_PEEK_OFF: recv(fd, buf, 2, MSG_PEEK); // Peeks \"cc\"; offset set to 6 ... recv(fd, buf, 2, 0); // Reads \"aa\"; offset set to 6 ... // Peeks \"ee\"") },
	{ .name = "datagram", .kinds = SC_DGRAM | SC_SEQPACKET,
	  .src = SC_SRC("man:socket(7)", "SO_PEEK_OFF: For datagram sockets, if the \"peek offset\" points to the middle of a packet, the data returned will be marked with the MSG_TRUNC flag") },
};
SC_VARIANTS(shapes);

static void peek(struct sc_pair *P, size_t len, int flags, const char *want, struct sc_anc *anc)
{
	char b[16] = "";
	long n = SC_EXPECT_OK(sc_recv_anc(P->b, b, len, 0, flags | MSG_DONTWAIT, anc).ret);

	sc_observe_str(flags & MSG_PEEK ? "peeked" : "read", b);
	SC_EXPECT((size_t)n == strlen(want) && !memcmp(b, want, strlen(want)),
		  "%s gave \"%.*s\", the offset says \"%s\"", flags & MSG_PEEK ? "MSG_PEEK" : "recv()",
		  (int)n, b, want);
}

SC_TEST(unix_so_peek_off)
{
	struct sc_anc anc;

	SC_EXPECT_EQ(sc_getopt_int(P->b, SOL_SOCKET, SO_PEEK_OFF), -1);
	if (P->kind->type == SOCK_STREAM) {
		sc_send_all(P->a, "aabbccddeeff", 12);
		sc_wait_inq(P->b, 12, SC_WAIT_MS);
		SC_SETOPT(P->b, SOL_SOCKET, SO_PEEK_OFF, 4);
		peek(P, 2, MSG_PEEK, "cc", &anc);
		SC_EXPECT_EQ(sc_getopt_int(P->b, SOL_SOCKET, SO_PEEK_OFF), 6);
		peek(P, 2, MSG_PEEK, "dd", &anc);
		peek(P, 2, 0, "aa", &anc);
		SC_EXPECT_EQ(sc_getopt_int(P->b, SOL_SOCKET, SO_PEEK_OFF), 6);
		peek(P, 2, MSG_PEEK, "ee", &anc);
		return;
	}
	SC_EXPECT_RET(send(P->a, "aabbccdd", 8, 0), 8);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_SETOPT(P->b, SOL_SOCKET, SO_PEEK_OFF, 4);
	/* The buffer holds the rest of the datagram: only the offset makes
	 * the data returned a part of the packet. */
	peek(P, 16, MSG_PEEK, "ccdd", &anc);
	sc_observe_int("msg_trunc", !!(anc.flags & MSG_TRUNC));
	SC_EXPECT(anc.flags & MSG_TRUNC, "msg_flags 0x%x: the data peeked from the middle of the datagram is not marked MSG_TRUNC",
		  anc.flags);
}
