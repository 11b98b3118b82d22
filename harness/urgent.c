/* Sending urgent data and waiting for the receiver to have it. */
#include "internal.h"
#include "urgent.h"

void sc_send_urgent(int a, int b, const char *normal, char urgent)
{
	long n = (long)strlen(normal);

	if (n)
		sc_send_all(a, normal, (size_t)n);
	struct sc_res r = SC_CALL(send(a, &urgent, 1, MSG_OOB | MSG_NOSIGNAL));

	if (r.ret < 0 && r.err == EOPNOTSUPP && sc_run.P->kind->domain == AF_UNIX)
		sc_unsupported("send(MSG_OOB) on AF_UNIX: EOPNOTSUPP (before Linux 5.15, or no CONFIG_AF_UNIX_OOB)");
	sc_expect_ok(SC_HERE, "send(MSG_OOB)", r);
	/* Urgent data shows as POLLPRI; a kind that takes MSG_OOB but sends
	 * the byte as ordinary data shows it queued with the rest. */
	SC_WAIT_UNTIL((sc_poll(b, POLLPRI, 0) & POLLPRI) || sc_inq(b) > n, SC_WAIT_MS,
		      "the urgent byte at the receiver");
	sc_observe_str("urgent", sc_poll(b, POLLPRI, 0) & POLLPRI ? "POLLPRI" : "inline");
	SC_EXPECT(sc_poll(b, POLLPRI, 0) & POLLPRI,
		  "the byte sent with MSG_OOB arrived as ordinary data (no POLLPRI)");
	sc_wait_inq(b, n, SC_WAIT_MS);
}

int sc_urgent_to_owner(int a, int b)
{
	struct sc_res r;

	sc_catch(SIGURG, SA_RESTART);
	r = SC_CALL(send(a, "!", 1, MSG_OOB));
	if (r.ret < 0 && r.err == EOPNOTSUPP)
		sc_unsupported("%s has no out-of-band data (MSG_OOB: EOPNOTSUPP)", sc_run.P->kind->name);
	SC_REQUIRE(r.ret == 1, "send(MSG_OOB) failed: %s", sc_errname(r.err));
	/* The signal is sent as the byte is queued, before poll() shows it;
	 * it is handled on the way back from poll(). */
	SC_WAIT_UNTIL(sc_poll(b, POLLPRI | POLLIN, 0), SC_WAIT_MS, "the byte to arrive");
	return !!(sc_poll(b, POLLPRI, 0) & POLLPRI);
}
