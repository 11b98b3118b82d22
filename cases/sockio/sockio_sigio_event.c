/* socket(7) Signals: when requested with SIOCSPGRP (or FIOSETOWN), SIGIO
 * is sent when an I/O event occurs: data arriving, a connection arriving
 * at a listener, the peer closing. */
#include "sc.h"
#include <sys/ioctl.h>

SC_CASE(sockio_sigio_event) = {
	.claim  = "an asynchronous socket whose owner is set raises SIGIO on each kind of I/O event",
	.source = SC_SRC("man:socket(7)", "SIGIO on I/O event: SIGIO is sent when an I/O event occurs"),
	.kinds  = SC_ALL,
	.key    = "sigio",
};

enum event { DATA, CONNECTION, PEER_CLOSE };

static const struct variant {
	SC_VARIANT_HEAD;
	enum event event;
} variants[] = {
	{ .name = "data", .event = DATA },
	{ .name = "connection", .event = CONNECTION, .kinds = SC_LISTENER },
	{ .name = "peer_close", .event = PEER_CLOSE, .kinds = SC_CONNECTED },
};
SC_VARIANTS(variants);

SC_TEST(sockio_sigio_event)
{
	const struct variant *V = P->variant;
	int fd = V->event == CONNECTION ? P->l : P->b;
	pid_t pid = getpid();

	sc_catch(SIGIO, SA_RESTART);
	SC_REQUIRE_OK(ioctl(fd, SIOCSPGRP, &pid));
	SC_REQUIRE_OK(ioctl(fd, FIOASYNC, &(int){ 1 }));
	switch (V->event) {
	case DATA:
		sc_send_all(P->a, "a", 1);
		sc_wait_fd(fd, POLLIN, SC_WAIT_MS, "the data");
		break;
	case CONNECTION:
		sc_connect(P);
		sc_wait_fd(fd, POLLIN, SC_WAIT_MS, "the connection");
		break;
	case PEER_CLOSE:
		sc_close(&P->a);
		sc_wait_end(fd, SC_WAIT_MS, "the peer's close");
		break;
	}
	sc_observe_int("sigio", sc_wait_signal(SIGIO, SC_WAIT_MS));
	SC_EXPECT(sc_caught(SIGIO) > 0, "no SIGIO %d ms after the event", SC_WAIT_MS);
}
