/* socket(7) I/O events: POLLHUP, a connection is broken (only for
 * connection-oriented protocols); when the socket is written SIGPIPE is
 * also sent.  The connection is broken the way the kind allows
 * (harness/pending_error.h: a reset, a peer gone with data unread). */
#include "sc.h"
#include "pending_error.h"
#include "revents.h"

SC_CASE(sockio_poll_hup_broken) = {
	.claim  = "a broken connection reports POLLHUP, and writing to it raises SIGPIPE",
	.source = SC_SRC("man:socket(7)", "poll POLLHUP broken: POLLHUP A connection is broken (only for connection-oriented protocols). When the socket is written SIGPIPE is also sent"),
	.kinds  = SC_CONNECTED,
	.key    = "revents",
};

SC_TEST(sockio_poll_hup_broken)
{
	struct sc_res r;
	short rev;

	sc_pending_error(P);
	rev = sc_poll(P->a, POLLIN | POLLOUT, 0);
	sc_observe_str("revents", sc_revents_name(rev));
	SC_EXPECT(rev & POLLHUP, "poll() reports %s on the broken connection, no POLLHUP", sc_revents_name(rev));
	sc_catch(SIGPIPE, 0);
	r = SC_CALL(write(P->a, "w", 1));
	sc_observe_str("write", r.ret < 0 ? sc_errname(r.err) : "written");
	sc_observe_int("sigpipes", sc_caught(SIGPIPE));
	SC_EXPECT(sc_caught(SIGPIPE) == 1, "the write (%s) raised %d SIGPIPE", r.ret < 0 ? sc_errname(r.err) : "succeeded",
		  sc_caught(SIGPIPE));
}
