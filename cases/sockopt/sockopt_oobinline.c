/* socket(7) SO_OOBINLINE: enabled, out-of-band data is placed in the
 * normal data stream; otherwise it is passed only to a receive with
 * MSG_OOB.  "ab" then the urgent "c" are sent; the receiver reads its
 * normal data until none is left, then asks for the urgent byte. */
#include "sc.h"
#include "rows.h"

SC_CASE(sockopt_oobinline) = {
	.claim  = "with SO_OOBINLINE the urgent byte is read in line with the data; without it only recv(MSG_OOB) returns it",
	.source = SC_SRC("man:socket(7)", "SO_OOBINLINE: If this option is enabled, out-of-band data is directly placed into the receive data stream. Otherwise, out-of-band data is passed only when the MSG_OOB flag is set during receiving"),
	.kinds  = SC_URGENT,
	.key    = "in_line",
};

SC_VARIANTS(sc_set_rows);

SC_TEST(sockopt_oobinline)
{
	const struct sc_set_row *V = P->variant;
	char got[16] = "", c;
	size_t n = 0;
	struct sc_res r;

	if (V->on)
		SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_OOBINLINE, &(int){ 1 }, sizeof(int)));
	sc_send_all(P->a, "ab", 2);
	r = SC_CALL(send(P->a, "c", 1, MSG_OOB));
	if (r.ret < 0 && r.err == EOPNOTSUPP && P->kind->domain == AF_UNIX)
		sc_unsupported("send(MSG_OOB) on AF_UNIX: EOPNOTSUPP (before Linux 5.15, or no CONFIG_AF_UNIX_OOB)");
	sc_expect_ok(SC_HERE, "send(\"c\", MSG_OOB)", r);
	/* All three bytes are in; the urgent one is marked (POLLPRI). */
	SC_WAIT_UNTIL(sc_inq(P->b) >= 3 || (sc_poll(P->b, POLLPRI, 0) & POLLPRI), SC_WAIT_MS,
		      "the three bytes to arrive");
	sc_observe_str("urgent_marked", (sc_poll(P->b, POLLPRI, 0) & POLLPRI) ? "yes" : "no");
	SC_EXPECT(sc_poll(P->b, POLLPRI, 0) & POLLPRI, "no POLLPRI: the byte sent with MSG_OOB arrived as normal data");
	/* The urgent byte first: a normal read past the mark discards it. */
	r = SC_CALL(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT));
	sc_observe_str("recv_oob", r.ret == 1 ? (c == 'c' ? "c" : "?") : sc_errname(r.err));
	for (;;) {
		ssize_t k = recv(P->b, got + n, sizeof got - 1 - n, MSG_DONTWAIT);

		if (k <= 0)
			break;
		n += (size_t)k;
	}
	got[n] = '\0';
	sc_observe_str("in_line", got);
	if (V->on) {
		SC_EXPECT(!strcmp(got, "abc"), "normal reads gave \"%s\", not \"abc\"", got);
		SC_EXPECT_ERRNO_RES("recv(MSG_OOB) with SO_OOBINLINE", r, EINVAL);
	} else {
		SC_EXPECT(!strcmp(got, "ab"), "normal reads gave \"%s\", not \"ab\"", got);
		SC_EXPECT(r.ret == 1 && c == 'c', "recv(MSG_OOB) gave %s", r.ret < 0 ? sc_errname(r.err) : "another byte");
	}
}
