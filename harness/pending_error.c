/* Pending asynchronous errors, per kind. */
#include "sc.h"
#include "pending_error.h"
#include <poll.h>

int sc_cause_error(struct sc_pair *P)
{
	const struct sc_kind *k = P->kind;
	struct linger lg = { 1, 0 };
	struct sockaddr sa = { .sa_family = AF_UNSPEC };
	int err;

	if (k->caps & SC_UDP) {
		sc_close(&P->b);
		SC_REQUIRE_OK(send(P->a, "e", 1, 0));
		err = ECONNREFUSED;
	} else if (k->caps & SC_TCP) {
		SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
		sc_close(&P->b);
		err = ECONNRESET;
	} else if (k->domain == AF_UNIX && k->type != SOCK_DGRAM) {
		sc_send_all(P->a, "e", 1);
		sc_wait_inq(P->b, 1, SC_WAIT_MS);
		sc_close(&P->b);
		err = ECONNRESET;
	} else if (k->domain == AF_UNIX) {
		sc_send_all(P->a, "e", 1);
		SC_REQUIRE_OK(connect(P->b, &sa, sizeof sa));
		err = ECONNRESET;
	} else {
		sc_unsupported("no recipe for an asynchronous error on %s", k->name);
	}
	return err;
}

int sc_pending_error(struct sc_pair *P)
{
	int err = sc_cause_error(P);

	sc_wait_fd(P->a, POLLERR, SC_WAIT_MS, "the asynchronous error (POLLERR)");
	return err;
}
