/* tcp(7): tcp_reordering is how far a packet may be reordered before TCP
 * assumes it lost.  A new connection starts with that reordering degree
 * (tcpi_reordering) at both ends; 7 is set in a private namespace. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_reordering_initial) = {
	.claim   = "new connections tolerate tcp_reordering reordered packets before assuming loss",
	.source  = SC_SRC("man:tcp(7)", "tcp_reordering: The maximum a packet can be reordered in a TCP packet stream without TCP assuming packet loss and going into slow start"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "reordering",
};

SC_TEST(tcp_reordering_initial)
{
	struct sc_tcpinfo ta, tb;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_reordering", 7);
	sc_make_pair(P);
	ta = sc_tcpinfo(P->a);
	tb = sc_tcpinfo(P->b);
	sc_observe_int("reordering", ta.reordering);
	SC_EXPECT_EQ(ta.reordering, 7);
	SC_EXPECT_EQ(tb.reordering, 7);
}
