/* socket(7) SO_PEEK_OFF: a new socket's peek offset is -1 (peeks start at
 * the front); set to n >= 0, the next MSG_PEEK starts n bytes in and moves
 * the offset on by what it peeked, and a normal read moves it back by what
 * it removed.  The page's own example on "aabbccddeeff"; for datagrams, an
 * offset inside a datagram peeks its rest, marked MSG_TRUNC. */
#include "sc.h"

SC_CASE(sockopt_peek_off) = {
	.claim  = "with SO_PEEK_OFF n, MSG_PEEK reads from n bytes in and advances the offset; normal reads pull it back",
	.source = SC_SRC("man:socket(7)", "SO_PEEK_OFF: When the option is set to a value greater than or equal to zero, then the next peek at data queued in the socket will occur at the byte offset specified by the option value"),
	.kinds  = SC_ALL,
	.key    = "peeked",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int dgram;
} variants[] = {
	{ .name = "stream_example", .kinds = SC_STREAM },
	{ .name = "datagram", .dgram = 1, .kinds = SC_MESSAGE,
	  .src = SC_SRC("man:socket(7)", "SO_PEEK_OFF: For datagram sockets, if the \"peek offset\" points to the middle of a packet, the data returned will be marked with the MSG_TRUNC flag") },
};
SC_VARIANTS(variants);

static void step(int fd, int flags, const char *want, int off_after)
{
	char buf[8] = "";
	long n = SC_EXPECT_OK(recv(fd, buf, 2, flags | MSG_DONTWAIT));

	SC_EXPECT(n == 2 && !memcmp(buf, want, 2), "%s gave \"%.*s\", not \"%s\"",
		  flags ? "recv(2, MSG_PEEK)" : "recv(2)", (int)n, buf, want);
	SC_EXPECT_EQ(sc_sockopt_int(fd, SO_PEEK_OFF), off_after);
}

SC_TEST(sockopt_peek_off)
{
	const struct variant *V = P->variant;
	int def = 0;
	socklen_t len = sizeof def;
	struct sc_res r = SC_CALL(getsockopt(P->b, SOL_SOCKET, SO_PEEK_OFF, &def, &len));

	/* socket(7) promises the option for AF_UNIX alone. */
	if (r.ret < 0 && (r.err == EOPNOTSUPP || r.err == ENOPROTOOPT))
		sc_unsupported("SO_PEEK_OFF on %s: %s (socket(7): unix sockets only)", P->kind->name,
			       sc_errname(r.err));
	sc_expect_ok(SC_HERE, "getsockopt(SO_PEEK_OFF)", r);
	sc_observe_int("default", def);
	SC_EXPECT_EQ(def, -1);
	r = SC_CALL(setsockopt(P->b, SOL_SOCKET, SO_PEEK_OFF, &(int){ V->dgram ? 2 : 4 }, sizeof(int)));
	if (r.ret < 0 && (r.err == EOPNOTSUPP || r.err == ENOPROTOOPT))
		sc_unsupported("SO_PEEK_OFF on %s: %s (socket(7): unix sockets only)", P->kind->name,
			       sc_errname(r.err));
	sc_expect_ok(SC_HERE, "setsockopt(SO_PEEK_OFF)", r);
	if (!V->dgram) {
		sc_send_all(P->a, "aabbccddeeff", 12);
		sc_wait_inq(P->b, 12, SC_WAIT_MS);
		step(P->b, MSG_PEEK, "cc", 6);
		step(P->b, MSG_PEEK, "dd", 8);
		step(P->b, 0, "aa", 6);
		step(P->b, MSG_PEEK, "ee", 8);
		sc_observe_str("peeked", "cc dd ee");
		return;
	}
	char buf[16] = "";
	struct iovec iov = { buf, sizeof buf };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	long n;

	sc_send_all(P->a, "abcdef", 6);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	n = SC_EXPECT_OK(recvmsg(P->b, &m, MSG_PEEK | MSG_DONTWAIT));
	sc_observe_str("peeked", n == 4 ? buf : "?");
	SC_EXPECT(n == 4 && !memcmp(buf, "cdef", 4), "the peek at offset 2 gave \"%.*s\"", (int)n, buf);
	sc_observe_str("msg_flags", (m.msg_flags & MSG_TRUNC) ? "MSG_TRUNC" : "none");
	SC_EXPECT(m.msg_flags & MSG_TRUNC, "a peek from the middle of a datagram is not marked MSG_TRUNC");
}
