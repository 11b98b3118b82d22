/* The one table of socket kinds: a recipe per row (family, type, protocol,
 * how the pair is made, which addresses) and the capabilities claims select
 * kinds by.  Adding a kind is adding a row. */
#include "sc.h"

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif
#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif
#ifndef AF_TIPC
#define AF_TIPC 30
#endif

#define TCP_LIKE   (SC_STREAM | SC_TCP | SC_LISTENER | SC_URGENT)
#define UDP_LIKE   (SC_DGRAM | SC_UDP)

const struct sc_kind sc_kinds[] = {
	{ "inet_stream", "tcp4", AF_INET, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_LOOPBACK4,
	  TCP_LIKE | SC_INET | SC_PLAIN, NULL, NULL, "TCP over IPv4 loopback" },
	{ "inet6_stream", "tcp6", AF_INET6, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_LOOPBACK6,
	  TCP_LIKE | SC_INET6 | SC_PLAIN, NULL, NULL, "TCP over IPv6 loopback" },
	{ "inet6_mapped_stream", "tcp6map", AF_INET6, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_MAPPED4,
	  TCP_LIKE | SC_INET6 | SC_MAPPED, "inet_stream", NULL,
	  "TCP from dual-stack IPv6 sockets to ::ffff:127.0.0.1" },
	{ "mptcp4", "mptcp4", AF_INET, SOCK_STREAM, IPPROTO_MPTCP, SC_MAKE_ACCEPT, SC_ADDR_LOOPBACK4,
	  TCP_LIKE | SC_INET | SC_MPTCP, "inet_stream", NULL, "MPTCP over IPv4 loopback" },
	{ "mptcp6", "mptcp6", AF_INET6, SOCK_STREAM, IPPROTO_MPTCP, SC_MAKE_ACCEPT, SC_ADDR_LOOPBACK6,
	  TCP_LIKE | SC_INET6 | SC_MPTCP, "inet6_stream", NULL, "MPTCP over IPv6 loopback" },
	{ "sctp_stream", "sctp4", AF_INET, SOCK_STREAM, IPPROTO_SCTP, SC_MAKE_ACCEPT, SC_ADDR_LOOPBACK4,
	  SC_STREAM | SC_INET | SC_SCTP | SC_LISTENER, "inet_stream", "sctp",
	  "SCTP one-to-one style over IPv4 loopback" },
	{ "sctp_seqpacket", "sctp4_sp", AF_INET, SOCK_SEQPACKET, IPPROTO_SCTP, SC_MAKE_PEELOFF,
	  SC_ADDR_LOOPBACK4, SC_SEQPACKET | SC_INET | SC_SCTP, "unix_seqpacket", "sctp",
	  "SCTP one-to-many style over IPv4 loopback, the association peeled off" },
	{ "inet_dgram", "udp4", AF_INET, SOCK_DGRAM, 0, SC_MAKE_DGRAM, SC_ADDR_LOOPBACK4,
	  UDP_LIKE | SC_INET | SC_PLAIN, NULL, NULL, "UDP over IPv4 loopback" },
	{ "inet6_dgram", "udp6", AF_INET6, SOCK_DGRAM, 0, SC_MAKE_DGRAM, SC_ADDR_LOOPBACK6,
	  UDP_LIKE | SC_INET6 | SC_PLAIN, NULL, NULL, "UDP over IPv6 loopback" },
	{ "inet6_mapped_dgram", "udp6map", AF_INET6, SOCK_DGRAM, 0, SC_MAKE_DGRAM, SC_ADDR_MAPPED4,
	  UDP_LIKE | SC_INET6 | SC_MAPPED, "inet_dgram", NULL,
	  "UDP from dual-stack IPv6 sockets to ::ffff:127.0.0.1" },
	{ "udplite4", "udplite4", AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE, SC_MAKE_DGRAM, SC_ADDR_LOOPBACK4,
	  UDP_LIKE | SC_INET | SC_UDPLITE, "inet_dgram", NULL, "UDP-Lite over IPv4 loopback" },
	{ "udplite6", "udplite6", AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE, SC_MAKE_DGRAM, SC_ADDR_LOOPBACK6,
	  UDP_LIKE | SC_INET6 | SC_UDPLITE, "inet6_dgram", NULL, "UDP-Lite over IPv6 loopback" },
	{ "unix_stream", "unix", AF_UNIX, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_PATH,
	  SC_STREAM | SC_UNIX | SC_LISTENER | SC_PATHNAME | SC_PLAIN | SC_URGENT, NULL, NULL,
	  "AF_UNIX stream, path in a private directory" },
	{ "unix_dgram", "unix_dg", AF_UNIX, SOCK_DGRAM, 0, SC_MAKE_DGRAM, SC_ADDR_PATH,
	  SC_DGRAM | SC_UNIX | SC_PATHNAME | SC_PLAIN, NULL, NULL,
	  "AF_UNIX datagram, path in a private directory" },
	{ "unix_seqpacket", "unix_sp", AF_UNIX, SOCK_SEQPACKET, 0, SC_MAKE_ACCEPT, SC_ADDR_PATH,
	  SC_SEQPACKET | SC_UNIX | SC_LISTENER | SC_PATHNAME | SC_PLAIN, NULL, NULL,
	  "AF_UNIX seqpacket, path in a private directory" },
	{ "unix_stream_abstract", "unix_abs", AF_UNIX, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_ABSTRACT,
	  SC_STREAM | SC_UNIX | SC_LISTENER | SC_ABSTRACT | SC_URGENT, "unix_stream", NULL,
	  "AF_UNIX stream, abstract name" },
	{ "unix_dgram_abstract", "unix_dg_abs", AF_UNIX, SOCK_DGRAM, 0, SC_MAKE_DGRAM, SC_ADDR_ABSTRACT,
	  SC_DGRAM | SC_UNIX | SC_ABSTRACT, "unix_dgram", NULL, "AF_UNIX datagram, abstract name" },
	{ "unix_seqpacket_abstract", "unix_sp_abs", AF_UNIX, SOCK_SEQPACKET, 0, SC_MAKE_ACCEPT,
	  SC_ADDR_ABSTRACT, SC_SEQPACKET | SC_UNIX | SC_LISTENER | SC_ABSTRACT, "unix_seqpacket", NULL,
	  "AF_UNIX seqpacket, abstract name" },
	{ "unix_stream_pair", "unix_pair", AF_UNIX, SOCK_STREAM, 0, SC_MAKE_SOCKETPAIR, SC_ADDR_PATH,
	  SC_STREAM | SC_UNIX | SC_SOCKETPAIR | SC_URGENT, "unix_stream", NULL, "AF_UNIX stream from socketpair()" },
	{ "unix_dgram_pair", "unix_dg_pair", AF_UNIX, SOCK_DGRAM, 0, SC_MAKE_SOCKETPAIR, SC_ADDR_PATH,
	  SC_DGRAM | SC_UNIX | SC_SOCKETPAIR, "unix_dgram", NULL, "AF_UNIX datagram from socketpair()" },
	{ "unix_seqpacket_pair", "unix_sp_pair", AF_UNIX, SOCK_SEQPACKET, 0, SC_MAKE_SOCKETPAIR,
	  SC_ADDR_PATH, SC_SEQPACKET | SC_UNIX | SC_SOCKETPAIR, "unix_seqpacket", NULL,
	  "AF_UNIX seqpacket from socketpair()" },
	{ "vsock_stream", "vsock", AF_VSOCK, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_VSOCK,
	  SC_STREAM | SC_VSOCK | SC_LISTENER, "inet_stream", "vsock_loopback",
	  "AF_VSOCK stream over the loopback transport (VMADDR_CID_LOCAL)" },
	{ "vsock_seqpacket", "vsock_sp", AF_VSOCK, SOCK_SEQPACKET, 0, SC_MAKE_ACCEPT, SC_ADDR_VSOCK,
	  SC_SEQPACKET | SC_VSOCK | SC_LISTENER, "unix_seqpacket", "vsock_loopback",
	  "AF_VSOCK seqpacket over the loopback transport (VMADDR_CID_LOCAL)" },
	{ "tipc_stream", "tipc", AF_TIPC, SOCK_STREAM, 0, SC_MAKE_ACCEPT, SC_ADDR_TIPC,
	  SC_STREAM | SC_TIPC | SC_LISTENER, "inet_stream", "tipc",
	  "TIPC stream inside this node, by service name" },
	{ "tipc_dgram", "tipc_dg", AF_TIPC, SOCK_DGRAM, 0, SC_MAKE_DGRAM, SC_ADDR_TIPC,
	  SC_DGRAM | SC_TIPC, "unix_dgram", "tipc", "TIPC datagrams inside this node, by service name" },
};

const int sc_nkinds = (int)(sizeof sc_kinds / sizeof *sc_kinds);

const struct sc_kind *sc_kind_named(const char *name)
{
	for (int k = 0; k < sc_nkinds; k++)
		if (!strcmp(sc_kinds[k].name, name))
			return &sc_kinds[k];
	return NULL;
}

static int named(const char *list, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = list; (p = strstr(p, name)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

int sc_applies(const struct sc_kind *k, const struct sc_variant *v)
{
	const struct sc_case *c = sc_this->meta;

	if (c->only && !named(c->only, k->name))
		return 0;
	if (!c->only && !(k->caps & c->kinds))
		return 0;
	if ((k->caps & c->require) != c->require || (k->caps & c->exclude))
		return 0;
	return !v || !v->kinds || (k->caps & v->kinds);
}
