/* See bulk.h. */
#include "internal.h"
#include "bulk.h"

void sc_bulk(int from, int to, size_t n)
{
	static char buf[65536];
	size_t sent = 0, got = 0;
	struct sc_deadline d = sc_deadline(SC_WAIT_MS);

	while (got < n) {
		ssize_t w = 0, r;

		if (sent < n) {
			w = send(from, buf, n - sent < sizeof buf ? n - sent : sizeof buf,
				 MSG_DONTWAIT | MSG_NOSIGNAL);
			if (w > 0)
				sent += (size_t)w;
			else if (w < 0 && errno != EAGAIN && errno != EINTR)
				sc_broken("send() after %zu bytes failed: %s", sent, sc_errname(errno));
		}
		r = recv(to, buf, sizeof buf, MSG_DONTWAIT);
		if (r > 0)
			got += (size_t)r;
		else if (r == 0)
			sc_broken("end of file after %zu of %zu bytes", got, n);
		if (w > 0 || r > 0)
			d = sc_deadline(SC_WAIT_MS);
		else if (!sc_backoff(&d))
			sc_timeout("the transfer stalled after %zu of %zu bytes", got, n);
	}
}
