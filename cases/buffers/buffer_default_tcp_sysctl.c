/* tcp(7): the default send and receive buffer sizes of a TCP socket are
 * the middle ("default") values of net.ipv4.tcp_wmem and net.ipv4.tcp_rmem,
 * which override net.core.wmem_default / rmem_default. */
#include "sc.h"

SC_CASE(buffer_default_tcp_sysctl) = {
	.claim   = "a new TCP socket's SO_SNDBUF is tcp_wmem[1] and its SO_RCVBUF is tcp_rmem[1]",
	.source  = SC_SRC("man:tcp(7)", "tcp_rmem/default: the default size of the receive buffer for a TCP socket (tcp_wmem/default: of the send buffer)"),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "default_sndbuf",
};

SC_TEST(buffer_default_tcp_sysctl)
{
	long wmem = sc_sysctl_or_unsupported("net/ipv4/tcp_wmem", 1);
	long rmem = sc_sysctl_or_unsupported("net/ipv4/tcp_rmem", 1);

	sc_expect_default_bufs(P->kind, wmem, rmem);
}
