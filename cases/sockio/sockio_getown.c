/* socket(7) SIOCGPGRP, FIOGETOWN: the process (or group) that receives
 * SIGIO and SIGURG, or 0 when none is set.  socket(7) lists FIOGETOWN
 * among the "valid fcntl(2) operations": one variant calls it through
 * fcntl(2). */
#include "sc.h"
#include <sys/ioctl.h>

SC_CASE(sockio_getown) = {
	.claim  = "SIOCGPGRP and FIOGETOWN read 0 on a new socket and the owner once one is set",
	.source = SC_SRC("man:socket(7)", "SIOCGPGRP: Get the current process or process group that receives SIGIO or SIGURG signals, or 0 when none is set"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "owner",
};

enum how { SIOCGPGRP_IOCTL, FIOGETOWN_IOCTL, FIOGETOWN_FCNTL };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "SIOCGPGRP", .how = SIOCGPGRP_IOCTL },
	{ .name = "FIOGETOWN", .how = FIOGETOWN_IOCTL,
	  .src = SC_SRC("man:socket(7)", "FIOGETOWN: The same as the SIOCGPGRP ioctl(2)") },
	{ .name = "FIOGETOWN_fcntl", .how = FIOGETOWN_FCNTL, .kinds = SC_PLAIN, /* no fcntl command depends on the kind */
	  .src = SC_SRC("man:socket(7)", "FIOGETOWN: Valid fcntl(2) operations: The same as the SIOCGPGRP ioctl(2)") },
};
SC_VARIANTS(variants);

static long owner(int how, int fd)
{
	pid_t v = -1;

	switch (how) {
	case SIOCGPGRP_IOCTL:
		SC_EXPECT_OK(ioctl(fd, SIOCGPGRP, &v));
		return v;
	case FIOGETOWN_IOCTL:
		SC_EXPECT_OK(ioctl(fd, FIOGETOWN, &v));
		return v;
	}
	return SC_EXPECT_OK(fcntl(fd, FIOGETOWN));
}

SC_TEST(sockio_getown)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	long before, after;

	before = owner(V->how, fd);
	sc_observe_int("owner_before", before);
	SC_EXPECT_EQ(before, 0);
	SC_REQUIRE_OK(fcntl(fd, F_SETOWN, getpid()));
	after = owner(V->how, fd);
	sc_observe_int("owner", after);
	SC_EXPECT_EQ(after, getpid());
}
