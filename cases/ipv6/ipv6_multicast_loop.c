/* ipv6(7) IPV6_MULTICAST_LOOP: whether the sending host's own sockets see
 * the multicast it sends.  On the veth end sc0 of a private namespace
 * (loopback delivers to itself whatever the option says), a socket joins
 * a group on sc0: by default it receives what a local socket sends there;
 * with the option 0 it does not, so the next datagram it reads is the one
 * sent after the option went back to 1. */
#include "sc.h"
#include "icmp.h"
#include "links.h"
#include "mcast6.h"
#include <poll.h>

SC_CASE(ipv6_multicast_loop) = {
	.claim   = "IPV6_MULTICAST_LOOP (default on) loops multicast back to the sending host's sockets; 0 stops it",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MULTICAST_LOOP: Control whether the socket sees multicast packets that it has send itself. Argument is a pointer to boolean"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6 multicast: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "after_loop_off",
};

SC_TEST(ipv6_multicast_loop)
{
	struct sockaddr_in6 to;
	int i0, i1, r, s;
	char buf[16] = "";

	sc_veth_netns(&i0, &i1);
	sc_pin_cpu();
	sc_mc6_ends(P->kind, &r, &s);
	sc_mc6_join(r, "ff02::1:5e", i0, &to);
	SC_SETOPT(s, IPPROTO_IPV6, IPV6_MULTICAST_IF, i0);
	sc_observe_int("loop_default", sc_getopt_int(s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
	SC_EXPECT_RET(sendto(s, "default", 7, 0, (struct sockaddr *)&to, sizeof to), 7);
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the looped-back datagram");
	SC_EXPECT_RET(recv(r, buf, sizeof buf - 1, MSG_DONTWAIT), 7);
	SC_EXPECT_OK(setsockopt(s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, &(int){ 0 }, sizeof(int)));
	SC_EXPECT_RET(sendto(s, "off", 3, 0, (struct sockaddr *)&to, sizeof to), 3);
	SC_EXPECT_OK(setsockopt(s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, &(int){ 1 }, sizeof(int)));
	SC_EXPECT_RET(sendto(s, "on", 2, 0, (struct sockaddr *)&to, sizeof to), 2);
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the datagram sent with the loop back on");
	memset(buf, 0, sizeof buf);
	SC_EXPECT_OK(recv(r, buf, sizeof buf - 1, MSG_DONTWAIT));
	sc_observe_str("after_loop_off", buf);
	SC_EXPECT(!strcmp(buf, "on"), "with IPV6_MULTICAST_LOOP 0 the local socket received \"%s\"", buf);
}
