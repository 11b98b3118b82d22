/* Sending urgent data and waiting for the receiver to have it. */
#include "internal.h"
#include "urgent.h"

void sc_send_urgent(int a, int b, const char *normal, char urgent)
{
	size_t n = strlen(normal);

	if (n)
		sc_send_all(a, normal, n);
	SC_EXPECT_RET(send(a, &urgent, 1, MSG_OOB | MSG_NOSIGNAL), 1);
	sc_wait_fd(b, POLLPRI, SC_WAIT_MS, "the urgent data at the receiver (POLLPRI)");
	sc_wait_inq(b, (long)n, SC_WAIT_MS);
}
