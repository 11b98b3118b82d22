/* socket(2): F_SETOWN is equivalent to an ioctl() with FIOSETOWN or
 * SIOCSPGRP.  The owner set by each ioctl is the one F_GETOWN reads, and
 * it receives SIGURG when out-of-band data arrives, as an F_SETOWN owner
 * does (socket_f_setown_signals). */
#include "sc.h"
#include "urgent.h"
#include <sys/ioctl.h>
#include <linux/sockios.h>

SC_CASE(socket_f_setown_ioctl) = {
	.claim   = "ioctl(FIOSETOWN) and ioctl(SIOCSPGRP) set the owner as F_SETOWN does: F_GETOWN reads it and it receives SIGURG",
	.source  = SC_SRC("man:socket(2)", "F_SETOWN as ioctl: Using F_SETOWN is equivalent to an ioctl(2) call with the FIOSETOWN or SIOCSPGRP argument"),
	.kinds   = SC_STREAM,
	.key     = "owner",
};

static const struct how {
	SC_VARIANT_HEAD;
	unsigned long req;
} hows[] = {
	{ .name = "FIOSETOWN", .req = FIOSETOWN },
	{ .name = "SIOCSPGRP", .req = SIOCSPGRP },
};
SC_VARIANTS(hows);

SC_TEST(socket_f_setown_ioctl)
{
	const struct how *V = P->variant;
	int pid = getpid(), urgent;

	SC_EXPECT_OK(ioctl(P->a, V->req, &pid));
	sc_observe_int("owner", fcntl(P->a, F_GETOWN));
	SC_EXPECT_EQ(fcntl(P->a, F_GETOWN), pid);
	urgent = sc_urgent_to_owner(P->b, P->a);
	sc_observe_int("sigurg", sc_caught(SIGURG));
	if (!urgent)
		sc_unsupported("%s took the MSG_OOB byte as ordinary data: no urgent data to signal (socket_f_setown_signals)",
			       P->kind->name);
	SC_EXPECT_CMP(sc_caught(SIGURG), >=, 1);
}
