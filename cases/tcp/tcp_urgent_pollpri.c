/* tcp(7): urgent data is signalled to a poll(2) caller as POLLPRI (and to
 * select(2) as an exceptional condition); it goes once the urgent byte is
 * read. */
#include "sc.h"
#include <sys/select.h>

SC_CASE(tcp_urgent_pollpri) = {
	.claim  = "pending urgent data makes poll() report POLLPRI and select() an exception, until it is read",
	.source = SC_SRC("man:tcp(7)", "urgent POLLPRI: indicates a POLLPRI event"),
	.kinds  = SC_TCP,
	.key    = "revents",
};

SC_TEST(tcp_urgent_pollpri)
{
	struct timeval tv = { 0, 0 };
	fd_set ex;
	short ev;
	char c;

	SC_EXPECT_EQ(sc_poll(P->b, POLLPRI, 0) & POLLPRI, 0);
	SC_EXPECT_RET(send(P->a, "!", 1, MSG_OOB), 1);
	/* The byte has arrived once the peer reports anything to read. */
	sc_wait_fd(P->b, POLLIN | POLLPRI, SC_WAIT_MS, "the byte at the peer");
	ev = sc_poll(P->b, POLLPRI, 0);
	sc_observe_int("revents", ev);
	SC_EXPECT(ev & POLLPRI, "poll() reported 0x%x, no POLLPRI", ev);
	FD_ZERO(&ex);
	FD_SET(P->b, &ex);
	SC_EXPECT_RET(select(P->b + 1, NULL, NULL, &ex, &tv), 1);
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(sc_poll(P->b, POLLPRI, 0) & POLLPRI, 0);
}
