/* ip(7): the obsolete socket(AF_INET, SOCK_PACKET, protocol) syntax still
 * opens a packet(7) socket: its address is an AF_PACKET one, and it
 * receives the frames of a link (lo, in the item's namespace). */
#include "sc.h"
#include "ip4.h"
#include <linux/if_ether.h>
#include <stdio.h>

SC_CASE(ip_sock_packet_inet) = {
	.claim   = "socket(AF_INET, SOCK_PACKET, htons(ETH_P_ALL)) opens a packet socket that receives lo's frames",
	.source  = SC_SRC("man:ip(7)", "SOCK_PACKET in AF_INET: the obsolete socket(AF_INET, SOCK_PACKET, protocol) syntax is still supported to open a packet(7) socket"),
	.kinds   = SC_INET,		/* only the family matters; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "family",
};

SC_TEST(ip_sock_packet_inet)
{
	struct sockaddr sa = { .sa_family = AF_PACKET };
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	struct sc_res r;
	char frame[256];
	int fd, tx;

	sc_private_netns();	/* CAP_NET_RAW, and a lo of the item's own */
	r = SC_CALL(socket(AF_INET, SOCK_PACKET | SOCK_CLOEXEC, htons(ETH_P_ALL)));
	fd = sc_track((int)r.ret);
	sc_observe_str("socket", r.ret < 0 ? sc_errname(r.err) : "opened");
	SC_EXPECT_OK_RES("socket(AF_INET, SOCK_PACKET)", r);
	snprintf(sa.sa_data, sizeof sa.sa_data, "lo");
	SC_REQUIRE_OK(bind(fd, &sa, sizeof sa));
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	sc_observe_int("family", ss.ss_family);
	SC_EXPECT_EQ(ss.ss_family, AF_PACKET);
	tx = sc_kind_socket(P->kind);
	sc_ip4_sendto(P->kind, tx, "frame", "127.0.0.1", 40100);
	sc_wait_fd(fd, POLLIN, SC_WAIT_MS, "a frame of lo at the SOCK_PACKET socket");
	SC_EXPECT_CMP(recv(fd, frame, sizeof frame, MSG_DONTWAIT), >, 0);
}
