/* tcp(7): when urgent data arrives, the kernel sends SIGURG to the process
 * set as the socket's owner (F_SETOWN). */
#include "sc.h"
#include "urgent.h"

SC_CASE(tcp_sigurg_to_owner) = {
	.claim  = "urgent data arriving on a socket whose owner is this process raises SIGURG",
	.source = SC_SRC("man:tcp(7)", "SIGURG to owner: When urgent data is received, the kernel sends a SIGURG signal to the process or process group that has been set as the socket \"owner\""),
	.kinds  = SC_TCP,
	.key    = "sigurg",
};

SC_TEST(tcp_sigurg_to_owner)
{
	sc_catch(SIGURG, SA_RESTART);
	SC_REQUIRE_OK(fcntl(P->b, F_SETOWN, getpid()));
	sc_send_urgent(P->a, P->b, "", '!');
	SC_WAIT_UNTIL(sc_caught(SIGURG) > 0, SC_WAIT_MS, "SIGURG");
	sc_observe_int("sigurg", sc_caught(SIGURG));
	SC_EXPECT_EQ(sc_caught(SIGURG), 1);
}
