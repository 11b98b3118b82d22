/* tcp(7): tcp_tw_reuse allows a new connection to reuse a TIME_WAIT
 * socket when that is safe from the protocol's viewpoint (timestamps let
 * it tell old segments from new).  The namespace's ephemeral port range
 * is one free port, so a client that closes first leaves TIME_WAIT on the only
 * port a new connect() to the same server can take.  Reuse waits for the
 * TIME_WAIT socket's last timestamp to age (a second, or
 * tcp_tw_reuse_delay where the kernel has it, set to 1 ms here); connect()
 * is retried until then.  Without reuse the port stays taken:
 * EADDRNOTAVAIL even once aged.  (A socket bound to the port explicitly
 * takes over TIME_WAIT whatever tcp_tw_reuse says.) */
#include "sc.h"
#include "sysctl_text.h"
#include <time.h>

SC_CASE(tcp_tw_reuse_connect) = {
	.claim   = "with tcp_tw_reuse 1 a connection may reuse the 4-tuple of a TIME_WAIT socket; with 0 it may not",
	.source  = SC_SRC("man:tcp(7)", "tcp_tw_reuse: Allow to reuse TIME_WAIT sockets for new connections when it is safe from protocol viewpoint"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "reconnect",
	.timeout = 8,
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "reuse1", .value = 1 },
	{ .name = "reuse0", .value = 0 },
};
SC_VARIANTS(modes);

static long mono_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

SC_TEST(tcp_tw_reuse_connect)
{
	const struct mode *V = P->variant;
	struct sockaddr_storage busy;
	socklen_t bl;
	struct sc_deadline d;
	int c, s, cport, err = 0, tries = 0, quick;
	long aged;
	char b[4];

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_tw_reuse", V->value);
	quick = sc_sysctl_exists("net/ipv4/tcp_tw_reuse_delay");
	if (quick)
		sc_sysctl_set_int("net/ipv4/tcp_tw_reuse_delay", 1);
	sc_listen(P, 4);
	/* After the listener took its own port from the range; the range's
	 * other port is kept busy, leaving connect() just 40000. */
	sc_sysctl_set("net/ipv4/ip_local_port_range", "40000 40001");
	sc_local_addr(P, &busy, &bl);
	sc_set_port(&busy, 40001);
	SC_REQUIRE_OK(bind(sc_kind_socket(P->kind), (struct sockaddr *)&busy, bl));
	c = sc_connect(P);
	s = sc_accept(P, SC_WAIT_MS);
	cport = sc_port(c);
	sc_close(&c);
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the client's FIN");
	SC_REQUIRE(read(s, b, sizeof b) == 0, "the server did not read end of file");
	sc_close(&s);
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, cport, sc_port(P->l), NULL) == TCP_TIME_WAIT,
		      SC_WAIT_MS, "the client's port in TIME_WAIT");
	/* The TIME_WAIT socket counts as aged once the kernel's seconds clock
	 * has moved past its last timestamp (or 1 ms with the delay sysctl). */
	aged = mono_s() + 2;
	c = sc_kind_socket(P->kind);
	d = sc_deadline(quick ? 100 : 3000);
	for (;;) {
		int ok = connect(c, (struct sockaddr *)&P->addr, P->addrlen) == 0;

		err = ok ? 0 : errno;
		tries++;
		if (ok || (err != EADDRNOTAVAIL && err != EADDRINUSE))
			break;
		if ((!quick && mono_s() > aged) || !sc_backoff(&d))
			break;
	}
	sc_observe_str("reconnect", err ? sc_errname(err) : "connected");
	sc_observe_int("tries", tries);
	if (V->value)
		SC_EXPECT(err == 0, "connect() with only the TIME_WAIT port free failed: %s", sc_errname(err));
	else
		SC_EXPECT(err == EADDRNOTAVAIL, "connect() with only the TIME_WAIT port free gave %s, not EADDRNOTAVAIL",
			  err ? sc_errname(err) : "success");
}
