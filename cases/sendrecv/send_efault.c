/* send(2) EFAULT: an invalid user-space address was given: send() from a
 * buffer at an unmapped address fails with EFAULT. */
#include "sc.h"

SC_CASE(send_efault) = {
	.claim  = "send() from an invalid buffer address fails with EFAULT",
	.source = SC_SRC("man:send(2)", "EFAULT: An invalid user space address was specified for an argument."),
	.kinds  = SC_ALL,
	.key    = "errno",
};

SC_TEST(send_efault)
{
	SC_EXPECT_ERRNO(send(P->a, (const void *)8, 16, MSG_NOSIGNAL), EFAULT);
}
