/* Connections ending: breaking a pipe, and whether a close sent a FIN. */
#include "internal.h"
#include <linux/sctp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#ifndef SOL_SCTP
#define SOL_SCTP 132
#endif

int sc_break_pipe(struct sc_pair *P)
{
	struct sc_res r;

	sc_close(&P->b);
	/* vsock's close reaches P->a as a SHUTDOWN packet that a worker
	 * delivers after close() returned, SCTP's as a SHUTDOWN chunk: writes
	 * fail once it is there. */
	if (P->kind->caps & (SC_VSOCK | SC_SCTP))
		sc_wait_end(P->a, SC_WAIT_MS, "the peer's close to arrive");
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

/* The state of the association of the socket with inode ino as
 * /proc/net/sctp/assocs lists it (its ST column counts from CLOSED = 0,
 * SCTP_STATUS from SCTP_EMPTY = 0); SCTP_EMPTY when none is listed, -1
 * when the file cannot be read.  A walk of the table may miss an entry
 * while other associations come and go: for names, not decisions. */
static int proc_assoc_state(unsigned long ino)
{
	FILE *f = fopen("/proc/net/sctp/assocs", "re");
	char *line = NULL;
	size_t cap = 0;
	int st = SCTP_EMPTY;

	if (!f)
		return -1;
	while (getline(&line, &cap, f) > 0) {
		/* ASSOC SOCK STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE ... */
		char *tok[11], *save = NULL, *p = line;
		int n = 0;

		while (n < 11 && (tok[n] = strtok_r(p, " \t\n", &save)))
			p = NULL, n++;
		if (n == 11 && tok[4][0] >= '0' && tok[4][0] <= '9' &&
		    strtoul(tok[10], NULL, 10) == ino) {
			st = atoi(tok[4]) + 1;
			break;
		}
	}
	free(line);
	fclose(f);
	return st;
}

/* SCTP's protocol, and its socket type: SOCK_STREAM for one-to-one
 * style, SOCK_SEQPACKET for one-to-many and peeled-off sockets; 0 when
 * fd is not SCTP. */
static int sctp_type(int fd)
{
	int proto = 0, type = 0;
	socklen_t len = sizeof proto;

	if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) < 0 || proto != IPPROTO_SCTP)
		return 0;
	len = sizeof type;
	return getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0 ? 0 : type;
}

int sc_sctp_state(int fd)
{
	struct sctp_status st;
	struct stat sb;
	socklen_t len = sizeof st;
	int type = sctp_type(fd), s;

	if (!type)
		return -1;
	/* Association id 0: a one-to-one or peeled-off socket's own one. */
	memset(&st, 0, sizeof st);
	if (getsockopt(fd, SOL_SCTP, SCTP_STATUS, &st, &len) == 0)
		return st.sstat_state;
	if (errno != EINVAL)
		return -1;
	/* SCTP_STATUS finds a one-to-one socket's association only while
	 * the socket is ESTABLISHED (sctp_id2assoc()): once it is CLOSING
	 * the association table names the association's state. */
	if (type == SOCK_STREAM && fstat(fd, &sb) == 0 &&
	    (s = proc_assoc_state((unsigned long)sb.st_ino)) > 0)
		return s;
	return SCTP_EMPTY;
}

const char *sc_sctp_state_name(int state)
{
	static const char *names[] = {
		[SCTP_EMPTY] = "none", [SCTP_CLOSED] = "CLOSED",
		[SCTP_COOKIE_WAIT] = "COOKIE_WAIT", [SCTP_COOKIE_ECHOED] = "COOKIE_ECHOED",
		[SCTP_ESTABLISHED] = "ESTABLISHED", [SCTP_SHUTDOWN_PENDING] = "SHUTDOWN_PENDING",
		[SCTP_SHUTDOWN_SENT] = "SHUTDOWN_SENT", [SCTP_SHUTDOWN_RECEIVED] = "SHUTDOWN_RECEIVED",
		[SCTP_SHUTDOWN_ACK_SENT] = "SHUTDOWN_ACK_SENT",
	};

	if (state < 0 || state >= (int)(sizeof names / sizeof *names) || !names[state])
		return "?";
	return names[state];
}

short sc_wait_end_at(struct sc_here at, int fd, int ms, const char *what)
{
	struct sc_deadline d = sc_deadline(ms);
	/* A one-to-one socket's poll() shows the end (RCV_SHUTDOWN); a
	 * peeled-off one's association is found while it lasts. */
	int peeled = sctp_type(fd) == SOCK_SEQPACKET;

	for (;;) {
		short r = sc_poll(fd, POLLIN | POLLRDHUP, 0);

		if (r & (POLLIN | POLLRDHUP | POLLHUP | POLLERR))
			return r;
		if (peeled && sc_sctp_state(fd) == SCTP_EMPTY)
			return 0;
		if (!sc_backoff(&d))
			sc_end(SC_TIMEOUT, at, "waited %d ms for %s", d.ms, what);
	}
}

void sc_expect_shutdown_sent_at(struct sc_here at, int fd)
{
	int st = sc_sctp_state(fd);

	if (st < 0)
		return;
	sc_observe_str("association_after_shutdown", sc_sctp_state_name(st));
	sc_expect_true(at, "shutdown() starts the SCTP association's SHUTDOWN", st != SCTP_ESTABLISHED,
		       "the association is still ESTABLISHED after shutdown(): no SHUTDOWN will reach the peer");
}

void sc_wait_shutdown_over(int fd)
{
	int st = sc_sctp_state(fd);

	if (st <= SCTP_EMPTY || st == SCTP_ESTABLISHED)
		return;
	SC_WAIT_UNTIL(sc_sctp_state(fd) == SCTP_EMPTY, SC_WAIT_MS,
		      "the SCTP shutdown exchange to end");
}

void sc_expect_fin_on_close(int *fd, int peer)
{
	long long t0 = sc_now_us();
	char c;

	sc_close(fd);
	sc_wait_end(peer, SC_WAIT_MS, "end of file after the last close");
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
