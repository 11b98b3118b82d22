/* recv(2) EFAULT: the receive buffer is outside the address space: with
 * data queued, recv() into an unmapped address fails with EFAULT. */
#include "sc.h"

SC_CASE(recv_efault) = {
	.claim  = "recv() into an invalid buffer address fails with EFAULT",
	.source = SC_SRC("man:recv(2)", "EFAULT: The receive buffer pointer(s) point outside the process's address space."),
	.kinds  = SC_ALL,
	.key    = "errno",
};

SC_TEST(recv_efault)
{
	SC_EXPECT_RET(send(P->a, "data", 4, MSG_NOSIGNAL), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	SC_EXPECT_ERRNO(recv(P->b, (void *)8, 4, MSG_DONTWAIT), EFAULT);
}
