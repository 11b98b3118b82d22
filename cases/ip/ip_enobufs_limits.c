/* ip(7): ENOBUFS, ENOMEM: not enough free memory, "often" because the
 * allocation is limited by the socket buffer limits rather than by the
 * system's memory.  Two such limits of the item's own namespace: the
 * multicast memberships a socket may hold (igmp_max_memberships, 1 here:
 * a second IP_ADD_MEMBERSHIP fails with ENOBUFS), and the option memory
 * of a socket (optmem_max, 64 bytes here: a socket filter larger than it
 * cannot be charged, SO_ATTACH_FILTER fails with ENOMEM). */
#include "sc.h"
#include "ip4.h"
#include <linux/filter.h>

SC_CASE(ip_enobufs_limits) = {
	.claim   = "an allocation over a per-socket limit fails with ENOBUFS or ENOMEM",
	.source  = SC_SRC("man:ip(7)", "ENOBUFS: Not enough free memory. This often means that the memory allocation is limited by the socket buffer limits, not by the system memory"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct limit {
	SC_VARIANT_HEAD;
	int filter;
} limits[] = {
	{ .name = "memberships", .filter = 0, .kinds = SC_DGRAM },
	{ .name = "option_memory", .filter = 1,
	  .src = SC_SRC("man:ip(7)", "ENOMEM: Not enough free memory. This often means that the memory allocation is limited by the socket buffer limits, not by the system memory") },
};
SC_VARIANTS(limits);

SC_TEST(ip_enobufs_limits)
{
	const struct limit *V = P->variant;
	int fd, index;

	sc_private_netns();
	if (V->filter) {
		static struct sock_filter accept_all[32];
		struct sock_fprog prog = { 32, accept_all };

		for (int i = 0; i < 32; i++)
			accept_all[i] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, 0xffff);
		sc_sysctl_set("net/core/optmem_max", "64");
		fd = sc_kind_socket(P->kind);
		struct sc_res r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog));

		if (r.ret < 0 && r.err == EOPNOTSUPP)
			sc_unsupported("SO_ATTACH_FILTER on %s: EOPNOTSUPP: this kind takes no socket filter",
				       P->kind->name);
		SC_EXPECT_ERRNO_RES("SO_ATTACH_FILTER of 32 instructions over optmem_max 64", r, ENOMEM);
		return;
	}
	index = sc_mcast_link();
	sc_sysctl_set("net/ipv4/igmp_max_memberships", "1");
	fd = sc_ip4_bound(P->kind, "0.0.0.0", 0);
	sc_mcast_join(fd, "239.1.2.20", index);
	struct ip_mreqn m = { .imr_ifindex = index };

	m.imr_multiaddr.s_addr = htonl(0xef010215);	/* 239.1.2.21 */
	SC_EXPECT_ERRNO(setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &m, sizeof m), ENOBUFS);
}
