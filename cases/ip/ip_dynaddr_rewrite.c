/* ip(7): /proc/sys/net/ipv4/ip_dynaddr: with 1, a socket's source address
 * is rewritten when the interface address changes (the dial-up case); 0
 * means no rewriting.  A TCP connect to a host that never answers sits
 * in SYN_SENT from 10.5.0.1; that address is replaced by 10.5.0.2 on the
 * link, and the SYN retransmission (after the initial 1 s timeout) finds
 * the old source gone. */
#include "sc.h"
#include "ip4.h"
#include "links.h"
#include "rows.h"

SC_CASE(ip_dynaddr_rewrite) = {
	.claim   = "with ip_dynaddr 1 a connecting socket whose source address disappears takes the link's new address at the next retransmission; with 0 it keeps the old one",
	.source  = SC_SRC("man:ip(7)", "ip_dynaddr: Enable dynamic socket address and masquerading entry rewriting on interface address change. ... 0 means no rewriting, 1 turns it on"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.require = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "source",
	.timeout = 8,			/* the first SYN retransmission is 1 s away */
};

SC_VARIANTS(sc_sysctl_rows);

static int retransmitted(int fd)
{
	struct tcp_info ti;

	return sc_tcp_info(fd, &ti) == 0 && (ti.tcpi_retransmits > 0 || ti.tcpi_backoff > 0);
}

static const char *source(int fd, char *buf)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
		sc_broken("getsockname() failed: %s", sc_errname(errno));
	return sc_ip4_str(&ss, buf);
}

SC_TEST(ip_dynaddr_rewrite)
{
	struct sockaddr_storage to;
	socklen_t tolen = sc_ip4_addr(P->kind, "10.5.0.9", 40100, &to);
	char before[64], after[64];
	long on;
	int fd;

	sc_private_netns();
	on = sc_sysctl_row(P, "net/ipv4/ip_dynaddr");
	sc_link_veth("dy0", "dy1");
	sc_link_set_flags("dy0", IFF_UP);
	sc_link_addr(sc_link_index("dy0"), AF_INET, "10.5.0.1", 24);
	fd = sc_kind_socket(P->kind);
	sc_set_nonblock(fd, 1);
	SC_REQUIRE(connect(fd, (struct sockaddr *)&to, tolen) < 0 && errno == EINPROGRESS,
		   "connect() to a host that never answers did not stay in progress: %s", sc_errname(errno));
	sc_observe_str("source_before", source(fd, before));
	SC_REQUIRE(!strcmp(before, "10.5.0.1"), "the connecting socket's source is %s", before);
	sc_link_addr_del(sc_link_index("dy0"), AF_INET, "10.5.0.1", 24);
	sc_link_addr(sc_link_index("dy0"), AF_INET, "10.5.0.2", 24);
	SC_WAIT_UNTIL(retransmitted(fd), sc_ms(3000), "the SYN retransmission timer");
	sc_observe_str("source", source(fd, after));
	if (on)
		SC_EXPECT(!strcmp(after, "10.5.0.2"), "the source became %s, not the link's new 10.5.0.2", after);
	else
		SC_EXPECT(!strcmp(after, "10.5.0.1"), "the source was rewritten to %s with ip_dynaddr 0", after);
}
