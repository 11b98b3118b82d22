/* Helpers for the EOF, EPIPE, close and teardown cases. */
#include "close_util.h"
#include <poll.h>
#include <stdio.h>
#include <time.h>

struct sc_res cl_send1(int fd, int flags)
{
	return SC_CALL(send(fd, "x", 1, flags));
}

int cl_break_pipe(struct sc_pair *P)
{
	struct sc_res r;

	sc_close(&P->b);
	if (!cl_is_tcp(P))
		return 0;
	sc_wait_fd(P->a, POLLRDHUP, 2000, "the peer's FIN");
	r = cl_send1(P->a, MSG_NOSIGNAL);
	if (r.ret != 1)
		sc_broken("the first write after the peer's FIN failed: %s",
			  r.ret < 0 ? sc_errname(r.err) : "short");
	/* The closed peer answers the data with RST; tcp_done() moves us to CLOSE. */
	SC_WAIT_UNTIL(sc_tcp_state(P->a) == TCP_CLOSE, 2000, "the peer's RST");
	return 1;
}



void cl_expect_no_fin(int fd)
{
	short ev = sc_poll(fd, POLLIN | POLLRDHUP, CL_NO_FIN_MS);

	sc_observe_int("peer_revents", ev);
	SC_EXPECT(!(ev & (POLLIN | POLLRDHUP)),
		  "the peer became readable (revents 0x%x) within %d ms", ev,
		  sc_ms(CL_NO_FIN_MS));
}

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

void cl_expect_fin_on_close(int *fd, int peer)
{
	long long t0 = now_us();
	char c;

	sc_close(fd);
	sc_wait_fd(peer, POLLIN | POLLRDHUP, 2000, "end of file after the last close");
	sc_observe_int("fin_latency_us", now_us() - t0);
	SC_EXPECT_RET(recv(peer, &c, 1, MSG_DONTWAIT), 0);
}

void cl_expect_established(const struct sc_pair *P, int fd, const char *obs)
{
	int st;

	if (!cl_is_tcp(P))
		return;
	st = sc_tcp_state(fd);
	sc_observe_str(obs, sc_tcp_state_name(st));
	SC_EXPECT(st == TCP_ESTABLISHED, "TCP state is %s, not ESTABLISHED",
		  sc_tcp_state_name(st));
}
