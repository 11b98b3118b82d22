/* socket(7) SO_BUSY_POLL: a blocking receive with no data busy polls (the
 * thread keeps running in the kernel, polling the device's receive queue)
 * for about the time set, before it sleeps; busy polling is done only
 * when the socket last received data from a device that supports it.
 * The receiving thread's state in /proc tells: R while it polls, S once
 * it sleeps; and the CPU time it used before it slept.  A socket whose
 * last packet came through a veth pair's NAPI queue (see
 * sockopt_incoming_napi_id) polls; one whose last packet came over
 * loopback, which has no NAPI queue, sleeps at once, having used next to
 * no CPU time. */
#include "sc.h"
#include "veth.h"
#include <stdio.h>

#ifndef SO_BUSY_POLL
#define SO_BUSY_POLL 46
#endif

SC_CASE(sockopt_busy_poll_spins) = {
	.claim  = "with SO_BUSY_POLL set, a blocking receive busy polls for about that long when the last packet came from a device that supports it, and sleeps at once otherwise",
	.source = SC_SRC("man:socket(7)", "SO_BUSY_POLL: Sets the approximate time in microseconds to busy poll on a blocking receive when there is no data"),
	.also   = { SC_SRC("man:socket(7)", "SO_BUSY_POLL: busy polling will only be done when the socket last received data from a network device that supports this option") },
	/* The packet sent through the veth pair is IPv4 UDP. */
	.only   = "inet_dgram inet6_mapped_dgram",
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "state",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int nic;
} variants[] = {
	{ .name = "nic_queue", .nic = 1 },
	{ .name = "loopback", .nic = 0 },
};
SC_VARIANTS(variants);

#define BUSY_MS 300
/* Well inside the busy time, far beyond any scheduling delay. */
#define LOOK_MS 60

/* The thread's state letter, and its user + system CPU time in ms. */
static char state(struct sc_call *c, long *cpu_ms)
{
	char path[64], line[512], *p;
	unsigned long ut = 0, st = 0;
	FILE *f;
	char s = '?';

	*cpu_ms = -1;
	snprintf(path, sizeof path, "/proc/self/task/%d/stat", c->tid);
	f = fopen(path, "re");
	if (!f)
		return '?';
	if (fgets(line, sizeof line, f) && (p = strrchr(line, ')')) && p[1] == ' ') {
		s = p[2];
		/* After the state: ppid ... utime (field 14) stime (15). */
		if (sscanf(p + 4, "%*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) == 2)
			*cpu_ms = (long)((ut + st) * 1000 / (unsigned long)sysconf(_SC_CLK_TCK));
	}
	fclose(f);
	return s;
}

SC_TEST(sockopt_busy_poll_spins)
{
	const struct variant *V = P->variant;
	static struct sc_call c;
	struct sockaddr_storage ss = { .ss_family = (sa_family_t)P->kind->domain }, to;
	socklen_t len = sizeof ss, tl;
	struct sc_veth v;
	char b[16], seen;
	long cpu;
	int rx, tx, port;
	long long t0;

	sc_private_netns();
	rx = sc_kind_socket(P->kind);
	SC_REQUIRE_OK(bind(rx, (struct sockaddr *)&ss, P->kind->domain == AF_INET
			   ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6)));
	SC_REQUIRE_OK(getsockname(rx, (struct sockaddr *)&ss, &len));
	port = sc_addr_port(&ss);
	if (V->nic) {
		sc_veth_open(&v);
		sc_veth_send_udp4(&v, "10.9.0.2", 5555, "10.9.0.1", port, "n", 1);
	} else {
		tx = sc_bound_socket(P, &to, &tl);
		sc_local_addr(P, &to, &tl);
		sc_set_port(&to, port);
		SC_REQUIRE_OK(sendto(tx, "l", 1, 0, (struct sockaddr *)&to, tl));
	}
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the packet");
	SC_REQUIRE(recv(rx, b, sizeof b, MSG_DONTWAIT) == 1, "recv failed: %s", sc_errname(errno));
	SC_EXPECT_OK(setsockopt(rx, SOL_SOCKET, SO_BUSY_POLL, &(int){ BUSY_MS * 1000 }, sizeof(int)));
	t0 = sc_now_us();
	sc_call_start(&c, SC_OP_READ, rx, sizeof b);
	if (V->nic) {
		SC_WAIT_UNTIL(c.tid && sc_now_us() - t0 >= LOOK_MS * 1000, SC_WAIT_MS, "the receive to start");
		seen = state(&c, &cpu);
		sc_observe_str("state", seen == 'R' ? "polling" : seen == 'S' ? "asleep" : "other");
		SC_EXPECT(seen == 'R' && !sc_call_done(&c),
			  "%d ms into a %d ms busy poll the receiving thread is in state %c, not running",
			  LOOK_MS, BUSY_MS, seen);
		return;
	}
	sc_call_wait_blocked(&c, SYS_read, "the receive to sleep");
	seen = state(&c, &cpu);
	sc_observe_int("cpu_ms_before_sleep", cpu);
	/* A busy poll of BUSY_MS spends most of it on the CPU, even when
	 * sharing it; a receive that sleeps at once spends next to none. */
	sc_observe_str("state", cpu < BUSY_MS / 3 ? "asleep" : "polling");
	SC_EXPECT(cpu >= 0 && cpu < BUSY_MS / 3, "the receive used %ld ms of CPU before it slept: it busy polled",
		  cpu);
}
