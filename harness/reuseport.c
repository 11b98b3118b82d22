/* Which member of a reuseport group a client reaches. */
#include "reuseport.h"
#include <poll.h>

int sc_reuseport_reach(struct sc_pair *P, const int g[2])
{
	struct pollfd p[2] = { { .fd = g[0], .events = POLLIN }, { .fd = g[1], .events = POLLIN } };
	struct sockaddr_storage ss;
	socklen_t len;
	char b[4];
	int c, m;

	if (P->kind->type == SOCK_STREAM) {
		c = sc_connect(P);
	} else {
		c = sc_bound_socket(P, &ss, &len);
		SC_REQUIRE_OK(sendto(c, "x", 1, 0, (struct sockaddr *)&P->addr, P->addrlen));
	}
	SC_WAIT_UNTIL(poll(p, 2, 0) > 0, SC_WAIT_MS, "a member to get the client");
	m = (p[0].revents & POLLIN) ? 0 : 1;
	if (P->kind->type == SOCK_STREAM) {
		int a = accept4(g[m], NULL, NULL, SOCK_CLOEXEC);

		SC_REQUIRE(a >= 0, "accept failed: %s", sc_errname(errno));
		close(a);
	} else {
		SC_REQUIRE(recv(g[m], b, sizeof b, MSG_DONTWAIT) == 1, "recv failed");
	}
	sc_close(&c);
	return m;
}
