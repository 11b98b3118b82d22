/* Endpoints: sockets, local addresses, listeners and connected pairs, each
 * made the way the kind's row says.  Every descriptor made here is tracked
 * so teardown closes it whatever happened; failures end the body as
 * *unsupported* (the kernel lacks the family, protocol or transport) or
 * *broken* (set-up failed). */
#include "internal.h"
#include <arpa/inet.h>
#include <linux/sctp.h>
#ifndef SOL_SCTP
#define SOL_SCTP 132
#endif
#include <linux/tipc.h>
#include <linux/vm_sockets.h>
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

void sc_at_teardown(void (*fn)(void))
{
	if (sc_run.nundo == (int)(sizeof sc_run.undo / sizeof *sc_run.undo))
		sc_broken("more than %d teardown steps", sc_run.nundo);
	sc_run.undo[sc_run.nundo++] = fn;
}

void sc_close_tracked(void)
{
	while (sc_run.nundo > 0)
		sc_run.undo[--sc_run.nundo]();
	while (sc_run.nfds > 0)
		close(sc_run.fds[--sc_run.nfds]);
}

const char *sc_family_name(int domain)
{
	switch (domain) {
	case AF_INET: return "AF_INET";
	case AF_INET6: return "AF_INET6";
	case AF_UNIX: return "AF_UNIX";
	case AF_VSOCK: return "AF_VSOCK";
	case AF_TIPC: return "AF_TIPC";
	}
	return "family";
}

int sc_lacks(int err)
{
	return err == EAFNOSUPPORT || err == EPROTONOSUPPORT || err == ESOCKTNOSUPPORT ||
	       err == ENOPROTOOPT;
}

int sc_socket(int domain, int type, int protocol)
{
	int fd = socket(domain, type, protocol);
	int e = errno;

	if (fd >= 0)
		return sc_track(fd);
	if (sc_lacks(e))
		sc_unsupported("socket(%s, type %d, %d): %s: not supported by this kernel",
			       sc_family_name(domain), type, protocol, sc_errname(e));
	sc_broken("socket(%s, type %d, %d) failed: %s", sc_family_name(domain),
		  type, protocol, sc_errname(e));
}

/* TIPC delivers nothing, not even inside the node, until the node has an
 * address (set with a bearer or an identity): a socket's own name shows it. */
static void tipc_configured(int fd)
{
	struct sockaddr_tipc t = { 0 };
	socklen_t len = sizeof t;

	if (getsockname(fd, (struct sockaddr *)&t, &len) == 0 && t.addrtype == TIPC_SOCKET_ADDR &&
	    t.addr.id.node == 0)
		sc_unsupported("TIPC is loaded but this node has no address (no bearer or identity configured)");
}

int sc_kind_socket(const struct sc_kind *k)
{
	int fd, off = 0;

	/* Without the loopback transport a connect to VMADDR_CID_LOCAL goes
	 * to the hypervisor's transport and may never be answered. */
	if (k->domain == AF_VSOCK && access("/sys/module/vsock_loopback", F_OK) < 0)
		sc_unsupported("%s: no vsock loopback transport (module vsock_loopback is not loaded)",
			       k->name);
	fd = sc_socket(k->domain, k->type, k->protocol);
	if (k->domain == AF_TIPC)
		tipc_configured(fd);
	/* A mapped kind is a dual-stack socket whatever net.ipv6.bindv6only says. */
	if (k->addr == SC_ADDR_MAPPED4 &&
	    setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off) < 0)
		sc_broken("setsockopt(IPV6_V6ONLY, 0) failed: %s", sc_errname(errno));
	return fd;
}

void sc_local_addr(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len)
{
	static unsigned serial;

	memset(ss, 0, sizeof *ss);
	switch (P->kind->addr) {
	case SC_ADDR_LOOPBACK4: {
		struct sockaddr_in *in = (struct sockaddr_in *)ss;

		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		*len = sizeof *in;
		break;
	}
	case SC_ADDR_LOOPBACK6:
	case SC_ADDR_MAPPED4: {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		if (P->kind->addr == SC_ADDR_MAPPED4)
			inet_pton(AF_INET6, "::ffff:127.0.0.1", &in6->sin6_addr);
		*len = sizeof *in6;
		break;
	}
	case SC_ADDR_PATH: {
		struct sockaddr_un *un = (struct sockaddr_un *)ss;

		un->sun_family = AF_UNIX;
		snprintf(un->sun_path, sizeof un->sun_path, "%s/s%u", P->dir, serial++);
		*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
				   strlen(un->sun_path) + 1);
		break;
	}
	case SC_ADDR_ABSTRACT: {
		struct sockaddr_un *un = (struct sockaddr_un *)ss;

		/* Abstract names are shared by the whole network namespace:
		 * the private directory's unique suffix keeps them apart. */
		un->sun_family = AF_UNIX;
		snprintf(un->sun_path + 1, sizeof un->sun_path - 1, "sockconf-%d-%s-%u",
			 (int)getpid(), strrchr(P->dir, '.') ? strrchr(P->dir, '.') + 1 : "",
			 serial++);
		*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 +
				   strlen(un->sun_path + 1));
		break;
	}
	case SC_ADDR_VSOCK: {
		struct sockaddr_vm *vm = (struct sockaddr_vm *)ss;

		vm->svm_family = AF_VSOCK;
		vm->svm_cid = VMADDR_CID_LOCAL;
		vm->svm_port = VMADDR_PORT_ANY;
		*len = sizeof *vm;
		break;
	}
	case SC_ADDR_TIPC: {
		struct sockaddr_tipc *t = (struct sockaddr_tipc *)ss;

		t->family = AF_TIPC;
		t->addrtype = TIPC_SERVICE_ADDR;
		t->scope = TIPC_NODE_SCOPE;
		/* Types below TIPC_RESERVED_TYPES belong to TIPC itself. */
		t->addr.name.name.type = 0x50000000u + ((unsigned)getpid() & 0xffffff);
		t->addr.name.name.instance = serial++;
		*len = sizeof *t;
		break;
	}
	}
}

void sc_bind_local(struct sc_pair *P, int fd, struct sockaddr_storage *ss, socklen_t *len)
{
	sc_local_addr(P, ss, len);
	if (bind(fd, (struct sockaddr *)ss, *len) < 0) {
		int e = errno;

		if (P->kind->domain == AF_INET6 && e == EADDRNOTAVAIL)
			sc_unsupported("bind to [::1]: EADDRNOTAVAIL: no IPv6 loopback address");
		if (P->kind->domain == AF_VSOCK && e == EADDRNOTAVAIL)
			sc_unsupported("bind to VMADDR_CID_LOCAL: EADDRNOTAVAIL: no vsock loopback transport");
		sc_broken("bind() to a local %s address failed: %s",
			  sc_family_name(P->kind->domain), sc_errname(e));
	}
	/* TIPC's getsockname names the socket's port, not the service it is
	 * bound to; the service name is what peers connect to. */
	if (P->kind->domain == AF_TIPC)
		return;
	*len = sizeof *ss;
	if (getsockname(fd, (struct sockaddr *)ss, len) < 0)
		sc_broken("getsockname() failed: %s", sc_errname(errno));
}

int sc_bound_socket(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len)
{
	int fd = sc_kind_socket(P->kind);

	sc_bind_local(P, fd, ss, len);
	return fd;
}

void sc_listen(struct sc_pair *P, int backlog)
{
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
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
	struct sc_res r;
	int fd, err = 0;
	socklen_t el = sizeof err;

	/* AF_UNIX connects at once or fails; others complete within a bound. */
	if (P->kind->domain == AF_UNIX) {
		fd = sc_kind_socket(P->kind);
		if (connect(fd, (struct sockaddr *)&P->addr, P->addrlen) < 0)
			sc_broken("connect() to the listener failed: %s", sc_errname(errno));
		return fd;
	}
	fd = sc_connect_nb(P, &r);
	if (r.ret < 0 && r.err != EINPROGRESS)
		sc_broken("connect() to the listener failed: %s", sc_errname(r.err));
	if (r.ret < 0) {
		sc_wait_fd(fd, POLLOUT, SC_WAIT_MS, "connect() to the listener to complete");
		if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0 || err)
			sc_broken("connect() to the listener failed: %s", sc_errname(err ? err : errno));
	}
	sc_set_nonblock(fd, 0);
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

/* SCTP one-to-many: the association a socket takes part in, peeled off
 * into a socket of its own (a one-to-many socket sends nowhere without an
 * address or an association id: each end of the pair is peeled off). */
static int peel_off(int fd, const char *which)
{
	struct { struct sctp_assoc_ids ids; sctp_assoc_t more[7]; } list;
	sctp_peeloff_arg_t arg = { 0 };
	socklen_t len;

	SC_WAIT_UNTIL((len = sizeof list,
		       getsockopt(fd, SOL_SCTP, SCTP_GET_ASSOC_ID_LIST, &list, &len) == 0 &&
		       list.ids.gaids_number_of_ids > 0),
		      SC_WAIT_MS, which);
	arg.associd = list.ids.gaids_assoc_id[0];
	len = sizeof arg;
	if (getsockopt(fd, SOL_SCTP, SCTP_SOCKOPT_PEELOFF, &arg, &len) < 0)
		sc_broken("SCTP_SOCKOPT_PEELOFF failed: %s", sc_errname(errno));
	return sc_track(arg.sd);
}

void sc_make_pair(struct sc_pair *P)
{
	struct sockaddr_storage aa;
	socklen_t alen;
	int sv[2];

	switch (P->kind->make) {
	case SC_MAKE_ACCEPT:
		sc_listen(P, 1);
		P->a = sc_connect(P);
		P->b = sc_accept(P, SC_WAIT_MS);
		return;
	case SC_MAKE_PEELOFF:
		sc_listen(P, 1);
		P->a = sc_connect(P);
		P->b = peel_off(P->l, "the listener's side of the association");
		P->a = peel_off(P->a, "the client's side of the association");
		return;
	case SC_MAKE_SOCKETPAIR:
		if (socketpair(AF_UNIX, P->kind->type | SOCK_CLOEXEC, 0, sv) < 0)
			sc_broken("socketpair() failed: %s", sc_errname(errno));
		P->a = sc_track(sv[0]);
		P->b = sc_track(sv[1]);
		return;
	case SC_MAKE_DGRAM:
		P->a = sc_bound_socket(P, &aa, &alen);
		P->b = sc_bound_socket(P, &P->addr, &P->addrlen);
		if (connect(P->a, (struct sockaddr *)&P->addr, P->addrlen) < 0 ||
		    connect(P->b, (struct sockaddr *)&aa, alen) < 0)
			sc_broken("connect() between two datagram sockets failed: %s",
				  sc_errname(errno));
		return;
	}
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

struct sc_res sc_send1(int fd, int flags)
{
	return SC_CALL(send(fd, "x", 1, flags));
}

size_t sc_fill(int fd)
{
	static char chunk[65536];
	size_t total = 0, piece = sizeof chunk;
	int fl = fcntl(fd, F_GETFL), type = 0;
	socklen_t tl = sizeof type;

	/* Messages must fit one datagram: fill with small ones. */
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
		/* SCTP sends messages on every type and refuses one larger
		 * than the send buffer (sctp_sendmsg_parse()): smaller ones. */
		if (w < 0 && errno == EMSGSIZE && piece > 1) {
			piece /= 2;
			continue;
		}
		sc_broken("filling the send buffer failed after %zu bytes: %s",
			  total, w < 0 ? sc_errname(errno) : "send returned 0");
	}
	if (fcntl(fd, F_SETFL, fl) < 0)
		sc_broken("fcntl(F_SETFL) failed: %s", sc_errname(errno));
	return total;
}
