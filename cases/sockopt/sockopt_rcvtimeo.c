/* socket(7) SO_RCVTIMEO: an input call that blocks for the timeout
 * returns -1 with EAGAIN or EWOULDBLOCK when nothing was received, or the
 * amount received when something was; the default, zero, never times
 * out.  The timeout is 20 ms; a helper thread makes the call. */
#include "sc.h"
#include "msgcall.h"
#include "timeouts.h"
#include <sys/time.h>

SC_CASE(sockopt_rcvtimeo) = {
	.claim  = "a receiving call blocked for SO_RCVTIMEO returns: -1 EAGAIN/EWOULDBLOCK if nothing came, else what came",
	.source = SC_SRC("man:socket(7)", "SO_RCVTIMEO: if no data has been transferred and the timeout has been reached, then -1 is returned with errno set to EAGAIN or EWOULDBLOCK"),
	.kinds  = SC_ALL,
	.key    = "result",
};

enum how { READ, ACCEPT, PARTIAL };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "read", .how = READ },
	{ .name = "accept", .how = ACCEPT, .kinds = SC_LISTENER },
	{ .name = "partial", .how = PARTIAL, .kinds = SC_STREAM,
	  .src = SC_SRC("man:socket(7)", "SO_RCVTIMEO: If an input or output function blocks for this period of time, and data has been sent or received, the return value of that function will be the amount of data transferred") },
};
SC_VARIANTS(variants);

#define TIMEO_MS 20

SC_TEST(sockopt_rcvtimeo)
{
	const struct variant *V = P->variant;
	static struct sc_msgcall m;
	struct sc_call *c = &m.c;
	struct timeval tv = { 1, 1 };
	socklen_t len = sizeof tv;
	int fd = V->how == ACCEPT ? P->l : P->b;
	long long t0;

	/* The default: zero, no timeout. */
	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, &len));
	SC_EXPECT(tv.tv_sec == 0 && tv.tv_usec == 0, "the default SO_RCVTIMEO is %ld.%06ld s",
		  (long)tv.tv_sec, (long)tv.tv_usec);
	sc_set_timeo(fd, SO_RCVTIMEO, TIMEO_MS);
	if (V->how == PARTIAL)
		sc_send_all(P->a, "abcd", 4), sc_wait_inq(P->b, 4, SC_WAIT_MS);
	t0 = sc_now_us();
	switch (V->how) {
	case READ:
		sc_call_start(c, SC_OP_READ, fd, 64);
		break;
	case ACCEPT:
		sc_call_start(c, SC_OP_ACCEPT, fd, 0);
		break;
	case PARTIAL:
		sc_msgcall_start(&m, SC_MSG_RECV, fd, 64, MSG_WAITALL);
		break;
	}
	sc_expect_timeout(c, t0, TIMEO_MS);
	sc_observe_str("result", c->ret < 0 ? sc_errname(c->err) : c->ret == 4 ? "4 bytes" : "other");
	if (V->how == PARTIAL)
		SC_EXPECT_RET(c->ret, 4);
	else
		SC_EXPECT_ERRNO_RES(V->how == ACCEPT ? "accept() after SO_RCVTIMEO" : "read() after SO_RCVTIMEO",
				    sc_call_res(c), EAGAIN, EWOULDBLOCK);
}
