/* A datagram's fate at its receiver. */
#include "sc.h"
#include "delivery.h"
#include <poll.h>

static int fate(int rx, long before)
{
	int dom = -1;
	socklen_t dl = sizeof dom;

	if (getsockopt(rx, SOL_SOCKET, SO_DOMAIN, &dom, &dl) < 0)
		sc_broken("getsockopt(SO_DOMAIN) failed: %s", sc_errname(errno));
	/* AF_UNIX queues (or filters out) in the sender's own call. */
	if (dom == AF_UNIX)
		return sc_poll(rx, POLLIN, 0) != 0;
	SC_WAIT_UNTIL(sc_poll(rx, POLLIN, 0) || sc_drops(rx) > before, SC_WAIT_MS,
		      "the datagram to be queued or dropped at the receiver");
	return sc_poll(rx, POLLIN, 0) != 0;
}

int sc_dgram_fate(int tx, int rx, const void *buf, size_t n)
{
	long before = sc_drops(rx);

	if (sc_poll(rx, POLLIN, 0))
		sc_broken("the receiver's queue is not empty before the send");
	if (send(tx, buf, n, MSG_NOSIGNAL) != (ssize_t)n)
		sc_broken("send() of a %zu-byte datagram failed: %s", n, sc_errname(errno));
	return fate(rx, before);
}

int sc_dgram_fate_to(int tx, int rx, const void *buf, size_t n,
		     const struct sockaddr *addr, socklen_t alen)
{
	long before = sc_drops(rx);

	if (sc_poll(rx, POLLIN, 0))
		sc_broken("the receiver's queue is not empty before the send");
	if (sendto(tx, buf, n, MSG_NOSIGNAL, addr, alen) != (ssize_t)n)
		sc_broken("sendto() of a %zu-byte datagram failed: %s", n, sc_errname(errno));
	return fate(rx, before);
}
