/* Linux accepts SOCK_RAW for AF_UNIX (as BSD did) and makes it a datagram
 * socket: SO_TYPE reads back SOCK_DGRAM. */
#include "sc.h"

SC_CASE(socket_unix_raw_is_dgram) = {
	.claim   = "socket(AF_UNIX, SOCK_RAW, 0) creates a socket whose type is SOCK_DGRAM",
	.source  = SC_SRC("linux:net/unix/af_unix.c", "unix_create(): SOCK_RAW, as BSD has it, is turned into SOCK_DGRAM"),
	.also    = { SC_SRC("man:unix(7)", "socket types: Valid socket types in the UNIX domain are ... (SOCK_RAW not listed)") },
	.only    = "unix_dgram", /* the kind gives the family only */
	.fixture = SC_FIX_NONE,
	.key     = "so_type",
};

SC_TEST(socket_unix_raw_is_dgram)
{
	int fd = (int)SC_EXPECT_OK(sc_track(socket(P->kind->domain, SOCK_RAW, 0))), v = -1;
	socklen_t len = sizeof v;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len));
	sc_observe_int("so_type", v);
	SC_EXPECT_EQ(v, SOCK_DGRAM);
}
