/* Endpoints: sockets, loopback addresses, listeners and connected pairs.
 * Every descriptor made here is tracked so teardown closes it whatever
 * happened; failures end the body as *unsupported* (the kernel lacks the
 * family or type) or *broken* (set-up failed). */
#include "internal.h"
#include <arpa/inet.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>

int sc_track(int fd)
{
	if (fd < 0)
		return fd;
	if (sc_run.nfds == sc_run.capfds) {
		int cap = sc_run.capfds ? 2 * sc_run.capfds : 64;
		int *n = realloc(sc_run.fds, (size_t)cap * sizeof *n);

		if (!n)
			sc_broken("out of memory tracking descriptors");
		sc_run.fds = n;
		sc_run.capfds = cap;
	}
	sc_run.fds[sc_run.nfds++] = fd;
	return fd;
}

static void untrack(int fd)
{
	for (int i = sc_run.nfds - 1; i >= 0; i--)
		if (sc_run.fds[i] == fd) {
			sc_run.fds[i] = sc_run.fds[--sc_run.nfds];
			return;
		}
}

void sc_close(int *fd)
{
	if (*fd < 0)
		return;
	untrack(*fd);
	close(*fd);
	*fd = -1;
}

void sc_close_tracked(void)
{
	while (sc_run.nfds > 0)
		close(sc_run.fds[--sc_run.nfds]);
}

static const char *family_name(int domain)
{
	return domain == AF_INET ? "AF_INET" : domain == AF_INET6 ? "AF_INET6"
	     : domain == AF_UNIX ? "AF_UNIX" : "family";
}

int sc_socket(int domain, int type, int protocol)
{
	int fd = socket(domain, type, protocol);
	int e = errno;

	if (fd >= 0)
		return sc_track(fd);
	if (e == EAFNOSUPPORT || e == EPROTONOSUPPORT || e == ESOCKTNOSUPPORT)
		sc_unsupported("socket(%s, type %d, %d): %s: not supported by this kernel",
			       family_name(domain), type, protocol, sc_errname(e));
	sc_broken("socket(%s, type %d, %d) failed: %s", family_name(domain),
		  type, protocol, sc_errname(e));
}

int sc_kind_socket(const struct sc_kind *k)
{
	return sc_socket(k->domain, k->type, k->protocol);
}

void sc_local_addr(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len)
{
	static unsigned serial;

	memset(ss, 0, sizeof *ss);
	switch (P->kind->domain) {
	case AF_INET: {
		struct sockaddr_in *in = (struct sockaddr_in *)ss;

		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		*len = sizeof *in;
		break;
	}
	case AF_INET6: {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		*len = sizeof *in6;
		break;
	}
	default: {
		struct sockaddr_un *un = (struct sockaddr_un *)ss;

		un->sun_family = AF_UNIX;
		snprintf(un->sun_path, sizeof un->sun_path, "%s/s%u", P->dir, serial++);
		*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
				   strlen(un->sun_path) + 1);
	}
	}
}

/* bind fd to a fresh local address; records it in *ss. */
static void bind_local(struct sc_pair *P, int fd, struct sockaddr_storage *ss,
		       socklen_t *len)
{
	sc_local_addr(P, ss, len);
	if (bind(fd, (struct sockaddr *)ss, *len) < 0) {
		int e = errno;

		if (P->kind->domain == AF_INET6 && e == EADDRNOTAVAIL)
			sc_unsupported("bind to [::1]: EADDRNOTAVAIL: no IPv6 loopback address");
		sc_broken("bind() to a local %s address failed: %s",
			  family_name(P->kind->domain), sc_errname(e));
	}
	*len = sizeof *ss;
	if (getsockname(fd, (struct sockaddr *)ss, len) < 0)
		sc_broken("getsockname() failed: %s", sc_errname(errno));
}

void sc_listen(struct sc_pair *P, int backlog)
{
	P->l = sc_kind_socket(P->kind);
	bind_local(P, P->l, &P->addr, &P->addrlen);
	if (listen(P->l, backlog) < 0)
		sc_broken("listen(%d) failed: %s", backlog, sc_errname(errno));
}

void sc_set_nonblock(int fd, int on)
{
	int fl = fcntl(fd, F_GETFL);

	if (fl < 0 || fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK) < 0)
		sc_broken("fcntl(O_NONBLOCK) failed: %s", sc_errname(errno));
}

int sc_connect_nb(struct sc_pair *P, struct sc_res *res)
{
	int fd = sc_kind_socket(P->kind);

	sc_set_nonblock(fd, 1);
	*res = SC_CALL(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
	return fd;
}

int sc_connect(struct sc_pair *P)
{
	int fd = sc_kind_socket(P->kind);

	if (connect(fd, (struct sockaddr *)&P->addr, P->addrlen) < 0)
		sc_broken("connect() to the listener failed: %s", sc_errname(errno));
	return fd;
}

int sc_accept(struct sc_pair *P, int ms)
{
	int fd;

	sc_wait_fd(P->l, POLLIN, ms, "a connection to accept");
	fd = accept4(P->l, NULL, NULL, SOCK_CLOEXEC);
	if (fd < 0)
		sc_broken("accept() on a readable listener failed: %s", sc_errname(errno));
	return sc_track(fd);
}

void sc_make_pair(struct sc_pair *P)
{
	if (P->kind->type != SOCK_DGRAM) {
		sc_listen(P, 1);
		P->a = sc_connect(P);
		P->b = sc_accept(P, 2000);
		return;
	}
	struct sockaddr_storage aa;
	socklen_t alen;

	P->a = sc_kind_socket(P->kind);
	P->b = sc_kind_socket(P->kind);
	bind_local(P, P->a, &aa, &alen);
	bind_local(P, P->b, &P->addr, &P->addrlen);
	if (connect(P->a, (struct sockaddr *)&P->addr, P->addrlen) < 0 ||
	    connect(P->b, (struct sockaddr *)&aa, alen) < 0)
		sc_broken("connect() between two datagram sockets failed: %s",
			  sc_errname(errno));
}

void sc_send_all(int fd, const void *buf, size_t n)
{
	const char *p = buf;

	while (n > 0) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			sc_broken("send() of %zu bytes failed: %s", n,
				  w < 0 ? sc_errname(errno) : "returned 0");
		p += w;
		n -= (size_t)w;
	}
}

size_t sc_fill(int fd)
{
	static char chunk[65536];
	size_t total = 0, piece = sizeof chunk;
	int fl = fcntl(fd, F_GETFL), type = 0;
	socklen_t tl = sizeof type;

	/* Datagrams must fit one message: fill with small ones. */
	if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tl) == 0 && type != SOCK_STREAM)
		piece = 1024;

	sc_set_nonblock(fd, 1);
	for (;;) {
		ssize_t w = send(fd, chunk, piece, MSG_NOSIGNAL | MSG_DONTWAIT);

		if (w > 0) {
			total += (size_t)w;
			continue;
		}
		if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			break;
		if (w < 0 && errno == EINTR)
			continue;
		sc_broken("filling the send buffer failed after %zu bytes: %s",
			  total, w < 0 ? sc_errname(errno) : "send returned 0");
	}
	if (fcntl(fd, F_SETFL, fl) < 0)
		sc_broken("fcntl(F_SETFL) failed: %s", sc_errname(errno));
	return total;
}

int sc_port(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
		return -1;
	if (ss.ss_family == AF_INET)
		return ntohs(((struct sockaddr_in *)&ss)->sin_port);
	if (ss.ss_family == AF_INET6)
		return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
	return -1;
}

long sc_sockopt_int(int fd, int opt)
{
	int v = -1;
	socklen_t len = sizeof v;

	if (getsockopt(fd, SOL_SOCKET, opt, &v, &len) < 0)
		sc_broken("getsockopt(SOL_SOCKET, %d) failed: %s", opt, sc_errname(errno));
	return v;
}
