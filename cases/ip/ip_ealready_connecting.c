/* ip(7): EALREADY: a connection operation on a nonblocking socket is
 * already in progress.  A nonblocking connect to a host that never
 * answers (beyond a link whose peer is down, in the item's namespace)
 * stays in progress; a second connect fails with EALREADY. */
#include "sc.h"
#include "ip4.h"
#include "links.h"

SC_CASE(ip_ealready_connecting) = {
	.claim   = "connect() while a nonblocking connect() is in progress fails with EALREADY",
	.source  = SC_SRC("man:ip(7)", "EALREADY: A connection operation on a nonblocking socket is already in progress."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.exclude = SC_DGRAM,		/* connection-oriented kinds */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_ealready_connecting)
{
	struct sockaddr_storage to;
	socklen_t len = sc_ip4_addr(P->kind, "10.5.0.9", 40100, &to);
	int fd;

	sc_private_netns();
	sc_link_veth("dy0", "dy1");
	sc_link_set_flags("dy0", IFF_UP);
	sc_link_addr(sc_link_index("dy0"), AF_INET, "10.5.0.1", 24);
	fd = sc_kind_socket(P->kind);
	sc_set_nonblock(fd, 1);
	SC_REQUIRE(connect(fd, (struct sockaddr *)&to, len) < 0 && errno == EINPROGRESS,
		   "connect() to a host that never answers did not stay in progress: %s", sc_errname(errno));
	SC_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&to, len), EALREADY);
}
