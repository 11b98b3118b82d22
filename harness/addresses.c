/* Addresses: inet addresses of a kind, their ports, comparing addresses,
 * free ports. */
#include "internal.h"
#include "ip4.h"
#include <arpa/inet.h>
#include <stdio.h>

socklen_t sc_ip_addr(const struct sc_kind *k, const char *ip4, const char *ip6, int port,
		     struct sockaddr_storage *ss)
{
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

	if (k->domain != AF_INET6 || (k->caps & SC_MAPPED))
		return sc_ip4_addr(k, ip4, port, ss);
	memset(ss, 0, sizeof *ss);
	in6->sin6_family = AF_INET6;
	in6->sin6_port = htons((uint16_t)port);
	if (inet_pton(AF_INET6, ip6, &in6->sin6_addr) != 1)
		sc_broken("not an IPv6 address: %s", ip6);
	return sizeof *in6;
}

long sc_addr_port(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET)
		return ntohs(((const struct sockaddr_in *)ss)->sin_port);
	if (ss->ss_family == AF_INET6)
		return ntohs(((const struct sockaddr_in6 *)ss)->sin6_port);
	if (ss->ss_family == AF_VSOCK)
		return (long)((const struct sockaddr_vm *)ss)->svm_port;
	return -1;
}

void sc_set_port(struct sockaddr_storage *ss, long port)
{
	if (ss->ss_family == AF_INET)
		((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
	else if (ss->ss_family == AF_INET6)
		((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
	else if (ss->ss_family == AF_VSOCK)
		((struct sockaddr_vm *)ss)->svm_port = (unsigned)port;
}

long sc_port(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
		return -1;
	return sc_addr_port(&ss);
}

int sc_same_addr(const struct sockaddr_storage *a, socklen_t alen,
		 const struct sockaddr_storage *b, socklen_t blen)
{
	if (a->ss_family != b->ss_family)
		return 0;
	switch (a->ss_family) {
	case AF_INET: {
		const struct sockaddr_in *x = (const void *)a, *y = (const void *)b;

		return x->sin_port == y->sin_port && x->sin_addr.s_addr == y->sin_addr.s_addr;
	}
	case AF_INET6: {
		const struct sockaddr_in6 *x = (const void *)a, *y = (const void *)b;

		return x->sin6_port == y->sin6_port &&
		       !memcmp(&x->sin6_addr, &y->sin6_addr, sizeof x->sin6_addr);
	}
	case AF_VSOCK: {
		const struct sockaddr_vm *x = (const void *)a, *y = (const void *)b;

		/* A socket's own name may read VMADDR_CID_ANY where its peer
		 * sees the CID it was reached at. */
		return x->svm_port == y->svm_port &&
		       (x->svm_cid == y->svm_cid || x->svm_cid == VMADDR_CID_ANY ||
			y->svm_cid == VMADDR_CID_ANY);
	}
	}
	/* AF_UNIX and the rest: the same bytes over the same length. */
	return alen == blen && !memcmp(a, b, alen);
}

long sc_free_port(struct sc_pair *P)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_bound_socket(P, &ss, &len);
	long port = sc_addr_port(&ss);

	sc_close(&fd);
	/* A vsock port above 2^31 is negative in a 32-bit long; -1 is
	 * VMADDR_PORT_ANY there, as for a family without ports. */
	SC_REQUIRE(port != 0 && port != -1, "getsockname gave no port");
	return port;
}

void sc_port_range(long *lo, long *hi)
{
	char v[48];

	*lo = sc_sysctl("net/ipv4/ip_local_port_range", 0);
	*hi = sc_sysctl("net/ipv4/ip_local_port_range", 1);
	if (*lo < 0 || *hi < 0)
		sc_unsupported("cannot read /proc/sys/net/ipv4/ip_local_port_range");
	snprintf(v, sizeof v, "%ld-%ld", *lo, *hi);
	sc_observe_str("port_range", v);
}
