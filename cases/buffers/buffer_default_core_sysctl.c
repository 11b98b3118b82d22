/* socket(7): the default SO_SNDBUF / SO_RCVBUF are set by
 * /proc/sys/net/core/wmem_default and rmem_default; for the non-TCP kinds
 * (UDP, AF_UNIX) nothing overrides them. */
#include "sc.h"

SC_CASE(buffer_default_core_sysctl) = {
	.claim   = "a new UDP or AF_UNIX socket's SO_SNDBUF is net.core.wmem_default and its SO_RCVBUF is net.core.rmem_default",
	.source  = SC_SRC("man:socket(7)", "SO_SNDBUF: The default value is set by the /proc/sys/net/core/wmem_default file (SO_RCVBUF: rmem_default)"),
	.kinds   = SC_UDP | SC_UNIX,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "default_sndbuf",
};

SC_TEST(buffer_default_core_sysctl)
{
	long wmem = sc_sysctl_or_unsupported("net/core/wmem_default", 0);
	long rmem = sc_sysctl_or_unsupported("net/core/rmem_default", 0);

	sc_expect_default_bufs(P->kind, wmem, rmem);
}
