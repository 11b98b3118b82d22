/* Flow control: data a receiver does not take stays queued, unacknowledged,
 * at the sender. */
#include "internal.h"

long sc_unacked_backlog(struct sc_pair *P)
{
	static char chunk[65536];
	int small = 1, big;
	long wmax = sc_sysctl_or_unsupported("net/core/wmem_max", 0), rcv, snd, q, w;

	sc_listen(P, 1);
	/* Set before the handshake: the accepted socket inherits it and the
	 * window it advertises is scaled to it. */
	SC_REQUIRE_OK(setsockopt(P->l, SOL_SOCKET, SO_RCVBUF, &small, sizeof small));
	P->a = sc_kind_socket(P->kind);
	big = wmax < (1 << 20) ? (int)wmax : 1 << 20;
	SC_REQUIRE_OK(setsockopt(P->a, SOL_SOCKET, SO_SNDBUF, &big, sizeof big));
	SC_REQUIRE_OK(connect(P->a, (struct sockaddr *)&P->addr, P->addrlen));
	P->b = sc_accept(P, SC_WAIT_MS);
	rcv = sc_sockopt_int(P->b, SO_RCVBUF);
	snd = sc_sockopt_int(P->a, SO_SNDBUF);
	sc_observe_int("rcvbuf", rcv);
	sc_observe_int("sndbuf", snd);
	/* Far more than the receiver holds, far less than the sender may queue
	 * (POLLOUT needs free space of at least half of what is queued). */
	q = 4 * rcv;
	if (3 * q >= snd)
		sc_unsupported("SO_SNDBUF %ld (net.core.wmem_max %ld) leaves no room beyond %ld queued bytes",
			       snd, wmax, q);
	sc_set_nonblock(P->a, 1);
	for (long done = 0; done < q; done += w) {
		long n = q - done < (long)sizeof chunk ? q - done : (long)sizeof chunk;

		w = send(P->a, chunk, (size_t)n, MSG_NOSIGNAL);
		SC_REQUIRE(w > 0, "send() of %ld bytes after %ld failed: %s", n, done,
			   w < 0 ? sc_errname(errno) : "returned 0");
	}
	sc_observe_int("queued", q);
	/* Wait until the receiver has taken what it will and acknowledged it:
	 * all that is left is queued at the sender, unacknowledged. */
	SC_WAIT_UNTIL(sc_inq(P->b) > 0 && sc_outq(P->a) > 0 &&
		      sc_outq(P->a) + sc_inq(P->b) == q, SC_WAIT_MS,
		      "the receiver to fill and acknowledge what it holds");
	sc_observe_int("outq", sc_outq(P->a));
	sc_observe_int("inq", sc_inq(P->b));
	return q;
}
