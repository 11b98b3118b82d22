/* socket(7) SO_TIMESTAMP, SO_TIMESTAMPNS: a receive returns a control
 * message with the reception time of the last packet passed to the user
 * (SCM_TIMESTAMP, a struct timeval; SCM_TIMESTAMPNS, a struct timespec on
 * CLOCK_REALTIME), a time between the send and the receive.  The two
 * cannot be mixed: with both set, one kind of message comes.
 *
 * An AF_UNIX message is stamped in the sender's call.  IP packets are
 * stamped on reception once the kernel's receive timestamping is on, and
 * the first socket to ask switches it on through deferred work
 * (net_enable_timestamp): a TCP packet received before that carries no
 * stamp and TCP passes none.  For IP kinds the byte is sent again until a
 * stamp comes, within a bound; the stamp is judged on that round trip. */
#include "sc.h"
#include <time.h>

SC_CASE(sockopt_timestamp) = {
	.claim  = "with SO_TIMESTAMP(NS) a received message carries SCM_TIMESTAMP(NS), its reception time on CLOCK_REALTIME",
	.source = SC_SRC("man:socket(7)", "SO_TIMESTAMP: The cmsg_data field is a struct timeval indicating the reception time of the last packet passed to the user in this call"),
	.kinds  = SC_ALL,
	.key    = "stamps",
};

enum how { TV, TS, BOTH };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "timestamp", .how = TV },
	{ .name = "timestampns", .how = TS,
	  .src = SC_SRC("man:socket(7)", "SO_TIMESTAMPNS: The cmsg_data field is a struct timespec indicating the reception time of the last packet passed to the user in this call. The clock used for the timestamp is CLOCK_REALTIME") },
	{ .name = "mixed", .how = BOTH,
	  .src = SC_SRC("man:socket(7)", "SO_TIMESTAMPNS: A socket cannot mix SO_TIMESTAMP and SO_TIMESTAMPNS: the two modes are mutually exclusive") },
};
SC_VARIANTS(variants);

static long long ns_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

struct stamps {
	long long t0, t1, stamp;
	int tv, ts;
};

/* One byte there and back to the receiver's control messages. */
static void round_trip(struct sc_pair *P, struct stamps *s)
{
	char ctl[256], b[8];
	struct iovec iov = { b, sizeof b };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };

	*s = (struct stamps){ .stamp = -1 };
	s->t0 = ns_now();
	sc_send_all(P->a, "t", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	SC_REQUIRE(recvmsg(P->b, &m, MSG_DONTWAIT) == 1, "recvmsg of the byte failed: %s", sc_errname(errno));
	s->t1 = ns_now();
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
		if (c->cmsg_level != SOL_SOCKET)
			continue;
		if (c->cmsg_type == SCM_TIMESTAMP) {
			struct timeval v;

			memcpy(&v, CMSG_DATA(c), sizeof v);
			s->stamp = v.tv_sec * 1000000000LL + v.tv_usec * 1000LL;
			s->tv++;
		} else if (c->cmsg_type == SCM_TIMESTAMPNS) {
			struct timespec v;

			memcpy(&v, CMSG_DATA(c), sizeof v);
			s->stamp = v.tv_sec * 1000000000LL + v.tv_nsec;
			s->ts++;
		}
	}
}

SC_TEST(sockopt_timestamp)
{
	const struct variant *V = P->variant;
	struct stamps st;
	long long t0, t1, stamp;
	int tv, ts;

	if (V->how == TV || V->how == BOTH)
		SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_TIMESTAMP, &(int){ 1 }, sizeof(int)));
	if (V->how == TS || V->how == BOTH)
		SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_TIMESTAMPNS, &(int){ 1 }, sizeof(int)));
	if (P->kind->caps & SC_TCP)
		SC_SETOPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	round_trip(P, &st);
	if (P->kind->domain != AF_UNIX) {
		struct sc_deadline d = sc_deadline(SC_WAIT_MS);

		while (!st.tv && !st.ts && sc_backoff(&d))
			round_trip(P, &st);
	}
	tv = st.tv, ts = st.ts, t0 = st.t0, t1 = st.t1, stamp = st.stamp;
	sc_observe_str("stamps", tv && ts ? "both" : tv ? "SCM_TIMESTAMP" : ts ? "SCM_TIMESTAMPNS" : "none");
	switch (V->how) {
	case TV:
		SC_EXPECT(tv == 1 && !ts, "%d SCM_TIMESTAMP and %d SCM_TIMESTAMPNS messages", tv, ts);
		/* A timeval drops the sub-microsecond part of the time. */
		t0 -= t0 % 1000;
		break;
	case TS:
		SC_EXPECT(ts == 1 && !tv, "%d SCM_TIMESTAMPNS and %d SCM_TIMESTAMP messages", ts, tv);
		break;
	case BOTH:
		SC_EXPECT(tv + ts == 1, "%d SCM_TIMESTAMP and %d SCM_TIMESTAMPNS messages with both options set", tv, ts);
		break;
	}
	sc_observe_int("stamp_after_send_ns", stamp - t0);
	SC_EXPECT(stamp >= t0 && stamp <= t1, "the stamp is %lld ns from the send and %lld ns from the receive",
		  stamp - t0, t1 - stamp);
}
