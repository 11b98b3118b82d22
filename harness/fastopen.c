/* The Fast Open listener and its first contact. */
#include "fastopen.h"
#include "optclaim.h"

void sc_fastopen_listen(struct sc_pair *P)
{
	sc_private_netns();
	sc_sysctl_set("net/ipv4/tcp_fastopen", "3");
	sc_listen(P, 8);
	SC_CLAIM_OPT(P->l, IPPROTO_TCP, TCP_FASTOPEN, 8);
}

void sc_fastopen_first_done(struct sc_pair *P, int *c)
{
	sc_wait_fd(*c, POLLOUT, SC_WAIT_MS, "the first connection");
	sc_close(c);
	sc_close(&(int){ sc_accept(P, SC_WAIT_MS) });
}
