/* IPv4 endpoints of a kind (an AF_INET6 kind speaks IPv4 through
 * v4-mapped addresses), a multicast-capable link and a forwarding path
 * for the item's own network namespace.  Messages received with their
 * control messages: cmsg.h. */
#ifndef SC_IP4_H
#define SC_IP4_H
#include "sc.h"
#include <netinet/in.h>

/* An outcome captured earlier with SC_CALL succeeded (else *deviates*,
 * naming its errno). */
#define SC_EXPECT_OK_RES(what, res) \
	SC_EXPECT((res).ret >= 0, "%s failed: %s", what, sc_errname((res).err))
/* The kind takes connections: it listens (SC_LISTENER), or it is SCTP's
 * one-to-many style, which listens to accept associations. */
int sc_ip4_accepts(const struct sc_kind *k);

/* ip:port as an address of the kind's family: AF_INET, or ::ffff:ip for
 * an AF_INET6 kind.  Returns the address's length. */
socklen_t sc_ip4_addr(const struct sc_kind *k, const char *ip, int port,
		      struct sockaddr_storage *ss);
/* A socket of the kind bound to ip:port (port 0: any), else *broken*. */
int sc_ip4_bound(const struct sc_kind *k, const char *ip, int port);
/* The IPv4 address of an AF_INET or v4-mapped AF_INET6 address, as text
 * ("?" for anything else); buf holds at least 64 bytes. */
const char *sc_ip4_str(const struct sockaddr_storage *ss, char *buf);

/* A multicast link in the item's own network namespace (call
 * sc_private_netns() first): link "mc0" (one end of a veth pair whose
 * other end stays down, so nothing comes back), up with IFF_MULTICAST,
 * addresses 10.77.0.1/24 and 10.77.0.2/24, and the route 224.0.0.0/4
 * through it.  Returns its interface index. */
int sc_mcast_link(void);
#define SC_MC_LINK  "mc0"
#define SC_MC_ADDR  "10.77.0.1"
#define SC_MC_ADDR2 "10.77.0.2"
/* A second multicast link, "mc2" (10.78.0.1/24), with no route: traffic
 * goes out of it only when a socket asks for it.  Returns its index. */
int sc_mcast_link2(void);
#define SC_MC2_LINK "mc2"
#define SC_MC2_ADDR "10.78.0.1"
/* Join group on the link with this index (IP_ADD_MEMBERSHIP, ip_mreqn),
 * a set-up step: a kind without the option is *unsupported*. */
void sc_mcast_join(int fd, const char *group, int ifindex);
/* An ip_mreq_source option (IP_ADD_SOURCE_MEMBERSHIP, IP_BLOCK_SOURCE,
 * ...) for group and source on mc0's first address; its outcome. */
struct sc_res sc_mcast_source(int fd, int opt, const char *group, const char *source);
/* The link named in /proc/net/igmp is a member of group: 1, else 0. */
int sc_igmp_member(const char *dev, const char *group);
/* Send tag to ip:port from fd (sendto, a set-up step). */
void sc_ip4_sendto(const struct sc_kind *k, int fd, const char *tag, const char *ip, int port);
/* Every datagram queued on fd now, after waiting (bounded) until the
 * datagram "end" arrives: the tags received before it, space separated
 * into buf.  The sender sends "end" last, so what it sent before has been
 * delivered or dropped by then. */
const char *sc_ip4_drain(int fd, char *buf, size_t cap);
/* A group and two of its sources: sc_mcast_sources moves the item into
 * its own namespace with the multicast link (sc_private_netns,
 * sc_mcast_link) and binds rx to group (its port in port), tx1 to
 * SC_MC_ADDR and tx2 to SC_MC_ADDR2. */
struct sc_mc_sources {
	const struct sc_kind *kind;
	const char *group;
	int index, rx, port, tx1, tx2;
};
void sc_mcast_sources(const struct sc_kind *k, const char *group, struct sc_mc_sources *m);
/* tx2 sends tag2, then tx1 sends tag1 (unless NULL) and "end" to the
 * group: the tags rx received (sc_ip4_drain). */
const char *sc_mcast_heard(const struct sc_mc_sources *m, const char *tag2, const char *tag1,
			   char *buf, size_t cap);


/* A path through this host for forwarding, in the item's own network
 * namespace (call sc_private_netns() first): packets put on link "fw0"
 * arrive on its veth peer "fw1" (10.8.0.1/24); the route to 10.9.0.0/24
 * leaves by "fw2" (10.9.0.1/24, its peer down: nothing comes back).
 * Reverse-path filtering is off.  Forwarding shows in /proc/net/snmp
 * (Ip ForwDatagrams). */
void sc_fwd_path(void);
#define SC_FWD_SRC "10.8.0.2"   /* a sender beyond fw1 */
#define SC_FWD_DST "10.9.0.9"   /* a host beyond fw2 */
/* Put a whole IPv4 packet on fw0, addressed to fw1's hardware address. */
void sc_fwd_inject(const void *pkt, size_t len);

#endif
