/* socket(7) SO_ATTACH_REUSEPORT_CBPF, SO_ATTACH_REUSEPORT_EBPF: a program
 * attached to a reuseport group picks the socket for each packet by the
 * index it returns (sockets numbered in bind(2) order for UDP, listen(2)
 * order for TCP); attaching again replaces the program for the group.
 * Several clients (distinct ports, so distinct hashes) are steered to
 * index 1, then, after the program is replaced, to index 0. */
#include "sc.h"
#include "filters.h"
#include <poll.h>

SC_CASE(sockopt_reuseport_bpf) = {
	.claim  = "a reuseport program steers every packet to the group socket whose index it returns, and can be replaced",
	.source = SC_SRC("man:socket(7)", "SO_ATTACH_REUSEPORT_CBPF: The BPF program must return an index between 0 and N-1 representing the socket which should receive the packet"),
	.kinds  = SC_TCP | SC_UDP,
	.fixture = SC_FIX_NONE,
	.key    = "steered",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int extended;
} variants[] = {
	{ .name = "cbpf", .src = SC_SRC("man:socket(7)", "SO_ATTACH_REUSEPORT_CBPF: The BPF program must return an index between 0 and N-1 representing the socket which should receive the packet") },
	{ .name = "ebpf", .extended = 1, .src = SC_SRC("man:socket(7)", "SO_ATTACH_REUSEPORT_EBPF: The BPF program must return an index between 0 and N-1 representing the socket which should receive the packet") },
};
SC_VARIANTS(variants);

#define CLIENTS 4

static int member(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len, int first)
{
	int fd = sc_kind_socket(P->kind);

	SC_SETOPT(fd, SOL_SOCKET, SO_REUSEPORT, 1);
	if (first)
		sc_bind_local(P, fd, ss, len);
	else
		SC_REQUIRE_OK(bind(fd, (struct sockaddr *)ss, *len));
	if (P->kind->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(fd, CLIENTS));
	return fd;
}

/* One client (a new socket, a new port) reaches the group; which member
 * took it: 0, 1, or -1 when neither within the bound. */
static int reach(struct sc_pair *P, const int g[2])
{
	struct pollfd p[2] = { { .fd = g[0], .events = POLLIN }, { .fd = g[1], .events = POLLIN } };
	struct sockaddr_storage ss;
	socklen_t len;
	int c, got = -1;
	char b[8];

	if (P->kind->type == SOCK_STREAM) {
		c = sc_connect(P);
	} else {
		c = sc_bound_socket(P, &ss, &len);
		SC_REQUIRE_OK(sendto(c, "x", 1, 0, (struct sockaddr *)&P->addr, P->addrlen));
	}
	struct sc_deadline d = sc_deadline(SC_WAIT_MS);

	while (poll(p, 2, 0) <= 0)
		if (!sc_backoff(&d))
			sc_timeout("no member of the reuseport group got the client within %d ms", d.ms);
	got = (p[0].revents & POLLIN) ? 0 : 1;
	if (P->kind->type == SOCK_STREAM) {
		int a = accept4(g[got], NULL, NULL, SOCK_CLOEXEC);

		SC_REQUIRE(a >= 0, "accept on the readable member failed: %s", sc_errname(errno));
		close(a);
	} else {
		SC_REQUIRE(recv(g[got], b, sizeof b, MSG_DONTWAIT) == 1, "recv on the readable member failed");
	}
	sc_close(&c);
	return got;
}

static void steer(struct sc_pair *P, const int g[2], enum sc_filter f, int want)
{
	const struct variant *V = P->variant;
	struct sc_res r = V->extended
		? sc_attach_ebpf(g[0], SO_ATTACH_REUSEPORT_EBPF, f)
		: sc_attach_cbpf(g[0], SO_ATTACH_REUSEPORT_CBPF, f);
	int n = 0;

	/* A kernel older than the option does not know it; a kind that knows
	 * it and refuses it (EOPNOTSUPP) differs from the TCP or UDP it
	 * promises, and deviates. */
	if (r.ret < 0 && r.err == ENOPROTOOPT)
		sc_unsupported("%s: %s", V->extended ? "SO_ATTACH_REUSEPORT_EBPF" : "SO_ATTACH_REUSEPORT_CBPF",
			       sc_errname(r.err));
	sc_expect_ok(SC_HERE, V->extended ? "setsockopt(SO_ATTACH_REUSEPORT_EBPF)" : "setsockopt(SO_ATTACH_REUSEPORT_CBPF)", r);
	for (int i = 0; i < CLIENTS; i++)
		n += reach(P, g) == want;
	sc_observe_int(want ? "steered" : "steered_after_replace", n);
	SC_EXPECT(n == CLIENTS, "%d of %d clients reached member %d, the index the program returns",
		  n, CLIENTS, want);
}

SC_TEST(sockopt_reuseport_bpf)
{
	int g[2];

	g[0] = member(P, &P->addr, &P->addrlen, 1);
	g[1] = member(P, &P->addr, &P->addrlen, 0);
	steer(P, g, SC_FILTER_RET1, 1);
	steer(P, g, SC_FILTER_RET0, 0);
}
