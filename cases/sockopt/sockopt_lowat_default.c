/* socket(7) SO_RCVLOWAT and SO_SNDLOWAT: both are initialized to 1.  The
 * receive mark of 1 means a single byte is enough for poll(2) to report
 * the socket readable. */
#include "sc.h"

SC_CASE(sockopt_lowat_default) = {
	.claim  = "SO_RCVLOWAT and SO_SNDLOWAT start at 1: one queued byte makes the socket readable",
	.source = SC_SRC("man:socket(7)", "SO_RCVLOWAT: These two values are initialized to 1"),
	.also   = { SC_SRC("man:socket(7)", "SO_SNDLOWAT: These two values are initialized to 1") },
	.kinds  = SC_ALL,
	.key    = "rcvlowat",
};

SC_TEST(sockopt_lowat_default)
{
	char c;

	sc_observe_int("rcvlowat", sc_sockopt_int(P->b, SO_RCVLOWAT));
	SC_EXPECT_EQ(sc_sockopt_int(P->b, SO_RCVLOWAT), 1);
	sc_observe_int("sndlowat", sc_sockopt_int(P->a, SO_SNDLOWAT));
	SC_EXPECT_EQ(sc_sockopt_int(P->a, SO_SNDLOWAT), 1);
	sc_send_all(P->a, "x", 1);
	SC_EXPECT(sc_poll(P->b, POLLIN, SC_WAIT_MS) & POLLIN, "one queued byte does not make the socket readable");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_DONTWAIT), 1);
}
