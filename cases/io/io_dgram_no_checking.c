/* The tutorial: SOCK_DGRAM "只管传输数据，不作数据校验" — a datagram socket
 * does no checking of the data, so UDP sockets would send without a
 * checksum (SO_NO_CHECK set). */
#include "sc.h"

SC_CASE(io_dgram_no_checking) = {
	.claim   = "SOCK_DGRAM does no data checking: a UDP socket sends without checksums (SO_NO_CHECK reads 1)",
	.source  = SC_SRC("seed", "Socket 怎么通信: SOCK_DGRAM：表示无连接的数据传输方式。计算机只管传输数据，不作数据校验"),
	.kinds   = SC_UDP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "so_no_check",
};

SC_TEST(io_dgram_no_checking)
{
	int fd = sc_kind_socket(P->kind), no_check = -1;
	socklen_t len = sizeof no_check;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_NO_CHECK, &no_check, &len));
	sc_observe_int("so_no_check", no_check);
	SC_EXPECT_EQ(no_check, 1);
}
