/* socket(7) SIOCSPGRP, FIOSETOWN: set the process to receive SIGIO when
 * I/O becomes possible (see F_SETOWN in fcntl(2)).  With this process as
 * owner and asynchronous mode on (FIOASYNC), data arriving raises SIGIO
 * here.  socket(7) lists FIOSETOWN among the "valid fcntl(2) operations":
 * one variant calls it through fcntl(2). */
#include "sc.h"
#include <sys/ioctl.h>

SC_CASE(sockio_setown) = {
	.claim  = "after SIOCSPGRP or FIOSETOWN names this process, data arriving on an asynchronous socket raises SIGIO in it",
	.source = SC_SRC("man:socket(7)", "SIOCSPGRP: Set the process or process group that is to receive SIGIO or SIGURG signals when I/O becomes possible or urgent data is available"),
	.kinds  = SC_ALL,
	.key    = "sigio",
};

enum how { SIOCSPGRP_IOCTL, FIOSETOWN_IOCTL, FIOSETOWN_FCNTL };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "SIOCSPGRP", .how = SIOCSPGRP_IOCTL },
	{ .name = "FIOSETOWN", .how = FIOSETOWN_IOCTL,
	  .src = SC_SRC("man:socket(7)", "FIOSETOWN: The same as the SIOCSPGRP ioctl(2)") },
	{ .name = "FIOSETOWN_fcntl", .how = FIOSETOWN_FCNTL, .kinds = SC_PLAIN, /* no fcntl command depends on the kind */
	  .src = SC_SRC("man:socket(7)", "FIOSETOWN: Valid fcntl(2) operations: The same as the SIOCSPGRP ioctl(2)") },
};
SC_VARIANTS(variants);

SC_TEST(sockio_setown)
{
	const struct variant *V = P->variant;
	pid_t pid = getpid();

	sc_catch(SIGIO, SA_RESTART);
	switch (V->how) {
	case SIOCSPGRP_IOCTL:
		SC_EXPECT_OK(ioctl(P->b, SIOCSPGRP, &pid));
		break;
	case FIOSETOWN_IOCTL:
		SC_EXPECT_OK(ioctl(P->b, FIOSETOWN, &pid));
		break;
	case FIOSETOWN_FCNTL:
		SC_EXPECT_OK(fcntl(P->b, FIOSETOWN, pid));
		break;
	}
	SC_REQUIRE_OK(ioctl(P->b, FIOASYNC, &(int){ 1 }));
	sc_send_all(P->a, "a", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	sc_observe_int("sigio", sc_wait_signal(SIGIO, SC_WAIT_MS));
	SC_EXPECT(sc_caught(SIGIO) > 0, "no SIGIO %d ms after the data arrived", SC_WAIT_MS);
}
