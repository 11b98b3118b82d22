/* listen(2), NOTES: since Linux 5.4 the default of
 * /proc/sys/net/core/somaxconn is 4096.  A fresh network namespace starts
 * at the kernel's default (a host may have changed its own); there the
 * file reads 4096 and a listener asking for more gets 4096 as its queue
 * limit (TCP_INFO tcpi_sacked). */
#include "sc.h"

SC_CASE(listen_somaxconn_default) = {
	.claim   = "net.core.somaxconn defaults to 4096, and caps a larger backlog at 4096",
	.source  = SC_SRC("man:listen(2)", "somaxconn default: Since Linux 5.4, the default in this file is 4096"),
	.only    = "inet_stream", /* one TCP listener shows the value in force */
	.fixture = SC_FIX_NONE,
	.key     = "somaxconn",
};

SC_TEST(listen_somaxconn_default)
{
	long v;

	sc_private_netns();
	v = sc_sysctl_or_unsupported("net/core/somaxconn", 0);
	sc_observe_int("somaxconn", v);
	SC_EXPECT_EQ(v, 4096);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_REQUIRE_OK(listen(P->l, 65536));
	sc_observe_int("queue_max", sc_queue_max(P->l));
	SC_EXPECT_EQ(sc_queue_max(P->l), 4096);
}
