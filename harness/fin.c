/* Connections ending: breaking a pipe, and whether a close sent a FIN. */
#include "internal.h"
#include <poll.h>

int sc_break_pipe(struct sc_pair *P)
{
	struct sc_res r;

	sc_close(&P->b);
	if (!(P->kind->caps & SC_TCP))
		return 0;
	sc_wait_fd(P->a, POLLRDHUP, SC_WAIT_MS, "the peer's FIN");
	r = sc_send1(P->a, MSG_NOSIGNAL);
	if (r.ret != 1)
		sc_broken("the first write after the peer's FIN failed: %s",
			  r.ret < 0 ? sc_errname(r.err) : "short");
	sc_expect_reset(P->a);
	return 1;
}

void sc_expect_reset_at(struct sc_here at, int fd)
{
	struct sc_deadline d = sc_deadline(SC_BLOCKED_MS);
	const char *what = "a reset from the peer that closed (POLLHUP | POLLERR)";

	/* A connection that stays writable has not broken: the claims built
	 * on a broken pipe do not hold. */
	while (!(sc_poll(fd, POLLOUT, 0) & (POLLHUP | POLLERR)))
		if (!sc_backoff(&d)) {
			sc_observe_str("reset", "none");
			sc_step(at, what, (struct sc_res){ 0, 0 }, 0);
			sc_end(SC_DEVIATES, at, "no reset %d ms after writing to a peer that closed: the connection still takes writes (%s)",
			       d.ms, sc_tcp_state_name(sc_tcp_state(fd)));
		}
	sc_observe_str("reset", "yes");
	sc_step(at, what, (struct sc_res){ 1, 0 }, 1);
}

void sc_expect_fin_on_close(int *fd, int peer)
{
	long long t0 = sc_now_us();
	char c;

	sc_close(fd);
	sc_wait_fd(peer, POLLIN | POLLRDHUP, SC_WAIT_MS, "end of file after the last close");
	sc_observe_int("fin_latency_us", sc_now_us() - t0);
	SC_EXPECT_RET(recv(peer, &c, 1, MSG_DONTWAIT), 0);
}

void sc_expect_no_fin(int from, int peer)
{
	char c;

	/* Nothing can follow a FIN: a byte sent now and read by the peer
	 * proves none was sent before it, and nothing after it (no end of
	 * file) may be pending. */
	SC_EXPECT_RET(send(from, "n", 1, MSG_NOSIGNAL), 1);
	sc_wait_fd(peer, POLLIN, SC_WAIT_MS, "the byte sent after the close");
	SC_EXPECT_RET(recv(peer, &c, 1, MSG_DONTWAIT), 1);
	SC_EXPECT_ERRNO(recv(peer, &c, 1, MSG_DONTWAIT), EAGAIN, EWOULDBLOCK);
	if (sc_tcp_state(peer) >= 0) {
		sc_observe_str("peer_state", sc_tcp_state_name(sc_tcp_state(peer)));
		SC_EXPECT_EQ(sc_tcp_state(peer), TCP_ESTABLISHED);
	}
}

void sc_expect_established(const struct sc_pair *P, int fd, const char *obs)
{
	int st;

	if (!(P->kind->caps & SC_TCP))
		return;
	st = sc_tcp_state(fd);
	sc_observe_str(obs, sc_tcp_state_name(st));
	SC_EXPECT(st == TCP_ESTABLISHED, "TCP state is %s, not ESTABLISHED",
		  sc_tcp_state_name(st));
}

void sc_make_time_wait(struct sc_pair *P, int reuse)
{
	int one = 1, c, s, port, cport;
	char b[4];

	/* A namespace of its own has its own TIME_WAIT budget
	 * (tcp_max_tw_buckets, half the established hash: 2048 on a 512 MB
	 * machine): the connections other items closed in the last minute
	 * cannot use it up and leave this one without a TIME_WAIT socket. */
	sc_private_netns();
	P->l = sc_kind_socket(P->kind);
	if (reuse)
		SC_REQUIRE_OK(setsockopt(P->l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	sc_bind_local(P, P->l, &P->addr, &P->addrlen);
	SC_REQUIRE_OK(listen(P->l, 1));
	port = sc_port(P->l);
	c = sc_connect(P);
	s = sc_accept(P, SC_WAIT_MS);
	cport = sc_port(c);
	SC_REQUIRE_OK(shutdown(s, SHUT_WR));
	sc_wait_fd(c, POLLIN, SC_WAIT_MS, "the server's FIN at the client");
	SC_REQUIRE(read(c, b, sizeof b) == 0, "client did not read end of file");
	sc_close(&c);
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, port, cport, NULL) == TCP_TIME_WAIT, SC_WAIT_MS,
		      "a TIME_WAIT socket on the listener's port in /proc/net/tcp");
	sc_observe_str("server_state_after_fin", sc_tcp_state_name(sc_tcp_state(s)));
	sc_close(&s);
	sc_close(&P->l);
}
