/* socket(7) SO_SNDTIMEO: an output call that blocks for the timeout
 * returns the amount sent when something was sent, else -1 with EAGAIN or
 * EWOULDBLOCK, "or EINPROGRESS (for connect(2))".  The timeout is 20 ms;
 * a helper thread makes the call. */
#include "sc.h"
#include "blackhole.h"
#include "timeouts.h"

SC_CASE(sockopt_sndtimeo) = {
	.claim  = "a sending call blocked for SO_SNDTIMEO returns what it sent, or -1 EAGAIN/EWOULDBLOCK (EINPROGRESS for connect) if nothing",
	.source = SC_SRC("man:socket(7)", "SO_SNDTIMEO: if no data has been transferred and the timeout has been reached, then -1 is returned with errno set to EAGAIN or EWOULDBLOCK, or EINPROGRESS (for connect(2))"),
	.kinds  = SC_CONNECTED | SC_UNIX, /* UDP never blocks a sender */
	.fixture = SC_FIX_NONE,
	.key    = "result",
};

enum how { WRITE_FULL, WRITE_PARTIAL, CONNECT };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "write_full", .how = WRITE_FULL },
	{ .name = "write_partial", .how = WRITE_PARTIAL, .kinds = SC_STREAM,
	  .src = SC_SRC("man:socket(7)", "SO_SNDTIMEO: If an input or output function blocks for this period of time, and data has been sent or received, the return value of that function will be the amount of data transferred") },
	{ .name = "connect", .how = CONNECT, .kinds = SC_LISTENER },
};
SC_VARIANTS(variants);

#define TIMEO_MS 20

SC_TEST(sockopt_sndtimeo)
{
	const struct variant *V = P->variant;
	static struct sc_call c;
	long long t0;
	int over, err, fd;
	/* Far more than the (small) send and receive buffers hold together. */
	size_t big = 1u << 20;

	if (V->how == CONNECT) {
		if (P->kind->caps & SC_SCTP) {
			/* An SCTP listener answers an association its queue
			 * cannot take with an ABORT (sctp_sf_do_5_1D_ce), and
			 * listen(fd, 0) stops it listening: it hears none. */
			sc_listen(P, 1);
			sc_blackhole(P->l);
		} else {
			sc_listen(P, 0);
			sc_fill_queue(P, 8, &over, &err);
		}
		fd = sc_kind_socket(P->kind);
		sc_set_timeo(fd, SO_SNDTIMEO, TIMEO_MS);
		c.addr = (struct sockaddr *)&P->addr;
		c.addrlen = P->addrlen;
		t0 = sc_now_us();
		sc_call_start(&c, SC_OP_CONNECT, fd, 0);
		sc_expect_timeout(&c, t0, TIMEO_MS);
		sc_observe_str("result", c.ret < 0 ? sc_errname(c.err) : "connected");
		SC_EXPECT_ERRNO_RES("connect() after SO_SNDTIMEO", sc_call_res(&c), EINPROGRESS);
		return;
	}
	sc_make_pair(P);
	/* Small buffers fill fast. */
	SC_REQUIRE_OK(setsockopt(P->a, SOL_SOCKET, SO_SNDBUF, &(int){ 4096 }, sizeof(int)));
	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVBUF, &(int){ 4096 }, sizeof(int)));
	sc_set_timeo(P->a, SO_SNDTIMEO, TIMEO_MS);
	if (V->how == WRITE_FULL) {
		/* SCTP writes messages on every type, none larger than the
		 * send buffer, and the peer's SACKs free room as it takes
		 * data: a deaf peer keeps the full buffer full. */
		if (P->kind->caps & SC_SCTP)
			sc_blackhole(P->b), big = 1024;
		sc_fill(P->a);
		/* A stream keeps moving queued data on (MPTCP to its subflows),
		 * so room may open again: ask for far more than can ever fit.
		 * A message must fit a datagram. */
		if (P->kind->type != SOCK_STREAM)
			big = 1024;
	}
	t0 = sc_now_us();
	sc_call_start(&c, SC_OP_WRITE, P->a, big);
	sc_expect_timeout(&c, t0, TIMEO_MS);
	sc_observe_str("result", c.ret < 0 ? sc_errname(c.err) : (size_t)c.ret < big ? "partial" : "all");
	if (V->how == WRITE_PARTIAL) {
		sc_observe_int("sent", c.ret);
		if (c.ret < 0)
			sc_expect_ok(SC_HERE, "write() of more than the buffers hold", sc_call_res(&c));
		SC_EXPECT(c.ret > 0 && (size_t)c.ret < big, "write() of %zu bytes returned %ld%s%s", big,
			  c.ret, c.ret < 0 ? " " : "", c.ret < 0 ? sc_errname(c.err) : "");
		return;
	}
	/* A full buffer: whatever frees up meanwhile may be taken. */
	if (c.ret > 0)
		SC_EXPECT((size_t)c.ret < big, "write() sent all %zu bytes into a full buffer", big);
	else
		SC_EXPECT_ERRNO_RES("write() into a full buffer after SO_SNDTIMEO", sc_call_res(&c),
				    EAGAIN, EWOULDBLOCK);
}
