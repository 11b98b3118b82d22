/* send(2) EINVAL: an invalid argument: sendto() with an address length
 * larger than any socket address fails with EINVAL. */
#include "sc.h"

SC_CASE(send_einval) = {
	.claim  = "sendto() with an address length beyond sizeof(struct sockaddr_storage) fails with EINVAL",
	.source = SC_SRC("man:send(2)", "EINVAL: Invalid argument passed."),
	.kinds  = SC_PLAIN,
	.key    = "errno",
};

SC_TEST(send_einval)
{
	struct sockaddr_storage ss[2];

	memcpy(ss, &P->addr, sizeof ss[0]);
	SC_EXPECT_ERRNO(sendto(P->a, "x", 1, MSG_NOSIGNAL, (struct sockaddr *)ss,
			       sizeof ss[0] + 1), EINVAL);
}
