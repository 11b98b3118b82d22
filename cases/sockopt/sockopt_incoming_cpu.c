/* socket(7) SO_INCOMING_CPU: reads the CPU the socket's packets were last
 * processed on, and set on listeners of a reuseport group it steers each
 * connection (or datagram) to the listener of the CPU that handles it —
 * "one listening process per RX queue".  On loopback a packet is handled
 * on the CPU that sent it, so the item pins itself to one CPU, then to
 * another.  Needs two CPUs. */
#include "sc.h"
#include "reuseport.h"
#include <sched.h>

SC_CASE(sockopt_incoming_cpu) = {
	.claim  = "SO_INCOMING_CPU reads the CPU that handled the socket's last packet; set on reuseport listeners, it sends each packet to the one of its CPU",
	.source = SC_SRC("man:socket(7)", "SO_INCOMING_CPU: Sets or gets the CPU affinity of a socket"),
	.kinds  = SC_IP,
	.fixture = SC_FIX_NONE,
	.key    = "cpus",
};

enum how { READS, STEERS };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "reads", .how = READS },
	{ .name = "steers_reuseport", .how = STEERS, .kinds = SC_TCP | SC_UDP,
	  .src = SC_SRC("man:socket(7)", "SO_INCOMING_CPU: the typical use case is to employ one listening process per RX queue, with the incoming flow being handled by a listener on the same CPU that is handling the RX queue") },
};
SC_VARIANTS(variants);

static int cpus[2];

static void two_cpus(void)
{
	cpu_set_t set;
	int n = 0;

	SC_REQUIRE_OK(sched_getaffinity(0, sizeof set, &set));
	for (int c = 0; c < CPU_SETSIZE && n < 2; c++)
		if (CPU_ISSET(c, &set))
			cpus[n++] = c;
	if (n < 2)
		sc_unsupported("needs two CPUs to run on, has %d", n);
}

static void pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	SC_REQUIRE_OK(sched_setaffinity(0, sizeof set, &set));
}

static long incoming_cpu(int fd)
{
	int v = -2;
	socklen_t len = sizeof v;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_INCOMING_CPU, &v, &len));
	return v;
}

SC_TEST(sockopt_incoming_cpu)
{
	const struct variant *V = P->variant;
	char b[4];
	int g[2];

	two_cpus();
	if (V->how == READS) {
		long seen[2];

		sc_make_pair(P);
		for (int i = 0; i < 2; i++) {
			pin(cpus[i]);
			sc_send_all(P->a, "c", 1);
			sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the byte");
			SC_REQUIRE(recv(P->b, b, sizeof b, MSG_DONTWAIT) == 1, "recv failed");
			seen[i] = incoming_cpu(P->b);
		}
		sc_observe_int("first_cpu", seen[0]);
		sc_observe_int("second_cpu", seen[1]);
		sc_observe_str("cpus", seen[0] == cpus[0] && seen[1] == cpus[1] ? "follows the packets" : "does not follow");
		SC_EXPECT(seen[0] == cpus[0] && seen[1] == cpus[1],
			  "packets handled on CPU %d then %d; SO_INCOMING_CPU read %ld then %ld",
			  cpus[0], cpus[1], seen[0], seen[1]);
		return;
	}
	for (int i = 0; i < 2; i++) {
		g[i] = sc_kind_socket(P->kind);
		SC_SETOPT(g[i], SOL_SOCKET, SO_REUSEPORT, 1);
		SC_EXPECT_OK(setsockopt(g[i], SOL_SOCKET, SO_INCOMING_CPU, &cpus[i], sizeof(int)));
		if (i == 0)
			sc_bind_local(P, g[0], &P->addr, &P->addrlen);
		else
			SC_REQUIRE_OK(bind(g[1], (struct sockaddr *)&P->addr, P->addrlen));
		if (P->kind->type == SOCK_STREAM)
			SC_REQUIRE_OK(listen(g[i], 8));
	}
	int missed = -1;

	for (int round = 0; round < 4; round++)
		for (int i = 0; i < 2; i++) {
			pin(cpus[i]);
			if (sc_reuseport_reach(P, g) != i && missed < 0)
				missed = i;
		}
	sc_observe_str("cpus", missed < 0 ? "each client to its CPU's member" : "not by CPU");
	SC_EXPECT(missed < 0, "a client sent from CPU %d went to the member set to CPU %d",
		  cpus[missed < 0 ? 0 : missed], cpus[missed < 0 ? 0 : !missed]);
}
