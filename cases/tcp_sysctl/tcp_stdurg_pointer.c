/* tcp(7): tcp_stdurg 1 reads the urgent pointer the RFC 1122 way (it
 * points at the last byte of urgent data), 0 the BSD way (it points at the
 * byte after it).  Linux sends BSD-style pointers: after send("ab",
 * MSG_OOB) the pointer follows "b".  A receiver reading it the BSD way
 * takes "b" as the urgent byte; one reading it the RFC 1122 way takes the
 * byte the pointer names, the "c" that comes next. */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_stdurg_pointer) = {
	.claim   = "with tcp_stdurg 1 the urgent pointer is taken to point at the last urgent byte, with 0 at the byte after it",
	.source  = SC_SRC("man:tcp(7)", "tcp_stdurg: If this option is enabled, then use the RFC 1122 interpretation of the TCP urgent-pointer field"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "urgent_byte",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
	char want;
} modes[] = {
	{ .name = "stdurg1", .value = 1, .want = 'c',
	  .src = SC_SRC("man:tcp(7)", "tcp_stdurg: According to this interpretation, the urgent pointer points to the last byte of urgent data") },
	{ .name = "stdurg0", .value = 0, .want = 'b',
	  .src = SC_SRC("man:tcp(7)", "tcp_stdurg: If this option is disabled, then use the BSD-compatible interpretation of the urgent pointer: the urgent pointer points to the first byte after the urgent data") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_stdurg_pointer)
{
	const struct mode *V = P->variant;
	char c = 0, s[2] = "";
	ssize_t n;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_stdurg", V->value);
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	if (send(P->a, "ab", 2, MSG_OOB) < 0) {
		if (errno == EOPNOTSUPP)
			sc_unsupported("send(MSG_OOB): EOPNOTSUPP");
		sc_broken("send(MSG_OOB) failed: %s", sc_errname(errno));
	}
	sc_send_all(P->a, "cd", 2);
	/* Urgent data shows as POLLPRI (the byte stream then stops at the
	 * mark); bytes sent in line all queue as ordinary data instead. */
	SC_WAIT_UNTIL((sc_poll(P->b, POLLPRI, 0) & POLLPRI) || sc_inq(P->b) >= 4, SC_WAIT_MS,
		      "urgent data or all four bytes at the receiver");
	if (!(sc_poll(P->b, POLLPRI, 0) & POLLPRI)) {
		sc_observe_str("urgent_byte", "none");
		sc_observe_int("inq", sc_inq(P->b));
		sc_deviates("the data arrived but no urgent data: MSG_OOB was sent in line");
	}
	n = recv(P->b, &c, 1, MSG_OOB);
	s[0] = n == 1 ? c : '?';
	sc_observe_str("urgent_byte", s);
	SC_EXPECT_RET(n, 1);
	SC_EXPECT_EQ(c, V->want);
}
