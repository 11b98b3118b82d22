/* unix(7) Address format: sun_family always contains AF_UNIX, in every
 * address the calls return: named, abstract and unnamed ones alike. */
#include "sc.h"

SC_CASE(unix_sun_family) = {
	.claim  = "every address getsockname() and getpeername() return for an AF_UNIX socket has sun_family AF_UNIX",
	.source = SC_SRC("man:unix(7)", "sun_family: The sun_family field always contains AF_UNIX."),
	.kinds  = SC_UNIX,
	.key    = "families",
};

SC_TEST(unix_sun_family)
{
	int fds[2] = { P->a, P->b }, wrong = 0;

	for (int i = 0; i < 2; i++)
		for (int peer = 0; peer < 2; peer++) {
			struct sockaddr_un un;
			socklen_t len = sizeof un;

			memset(&un, 0xff, sizeof un);
			SC_EXPECT_OK(peer ? getpeername(fds[i], (struct sockaddr *)&un, &len)
					  : getsockname(fds[i], (struct sockaddr *)&un, &len));
			if (un.sun_family != AF_UNIX)
				wrong++;
			SC_EXPECT(un.sun_family == AF_UNIX, "%s of %s: sun_family %d", peer ? "getpeername" : "getsockname",
				  i ? "P->b" : "P->a", un.sun_family);
		}
	sc_observe_int("families", 4 - wrong);
}
