/* A private network namespace where ICMP errors are never rate limited. */
#include "icmp.h"
#include <sched.h>

void sc_pin_cpu(void)
{
	cpu_set_t set;
	int cpu = sched_getcpu();

	if (cpu < 0)
		sc_broken("sched_getcpu failed: %s", sc_errname(errno));
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof set, &set) < 0)
		sc_broken("sched_setaffinity to CPU %d failed: %s", cpu, sc_errname(errno));
}

void sc_icmp_netns(void)
{
	sc_private_netns();
	sc_sysctl_set("net/ipv4/icmp_ratemask", "0");
	/* IPv6's mask is a list of types: only type 0 (unassigned) left in. */
	if (access("/proc/sys/net/ipv6/icmp/ratemask", F_OK) == 0)
		sc_sysctl_set("net/ipv6/icmp/ratemask", "0");
	else if (access("/proc/sys/net/ipv6", F_OK) == 0)
		sc_sysctl_set("net/ipv6/icmp/ratelimit", "0");
	sc_pin_cpu();
}

long sc_icmp_unreach_in(const struct sc_kind *k)
{
	if (k->domain == AF_INET6 && k->addr != SC_ADDR_MAPPED4)
		return sc_net_counter("snmp6", "Icmp6", "InDestUnreachs");
	return sc_net_counter("snmp", "Icmp", "InDestUnreachs");
}

void sc_closed_addr(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len)
{
	int fd = sc_bound_socket(P, ss, len);

	sc_close(&fd);
}
