/* The one table of socket kinds.  A case names the kinds its claim applies
 * to; the harness binds the case to each of them. */
#include "sc.h"

const struct sc_kind sc_kinds[SC_K_COUNT] = {
	[SC_K_INET_STREAM] = { "inet_stream", AF_INET, SOCK_STREAM, 0,
		SC_INET_STREAM, "TCP over IPv4 loopback" },
	[SC_K_INET6_STREAM] = { "inet6_stream", AF_INET6, SOCK_STREAM, 0,
		SC_INET6_STREAM, "TCP over IPv6 loopback" },
	[SC_K_UNIX_STREAM] = { "unix_stream", AF_UNIX, SOCK_STREAM, 0,
		SC_UNIX_STREAM, "AF_UNIX stream, path in a private directory" },
	[SC_K_INET_DGRAM] = { "inet_dgram", AF_INET, SOCK_DGRAM, 0,
		SC_INET_DGRAM, "UDP over IPv4 loopback" },
	[SC_K_INET6_DGRAM] = { "inet6_dgram", AF_INET6, SOCK_DGRAM, 0,
		SC_INET6_DGRAM, "UDP over IPv6 loopback" },
	[SC_K_UNIX_DGRAM] = { "unix_dgram", AF_UNIX, SOCK_DGRAM, 0,
		SC_UNIX_DGRAM, "AF_UNIX datagram, path in a private directory" },
	[SC_K_UNIX_SEQPACKET] = { "unix_seqpacket", AF_UNIX, SOCK_SEQPACKET, 0,
		SC_UNIX_SEQPACKET, "AF_UNIX seqpacket, path in a private directory" },
};
