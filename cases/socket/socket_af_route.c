/* The tutorial lists AF_ROUTE among the common families.  On Linux
 * AF_ROUTE is glibc's alias of AF_NETLINK (4.4BSD's routing-socket family
 * emulated by rtnetlink): socket(AF_ROUTE, SOCK_RAW, NETLINK_ROUTE) makes a
 * netlink socket that answers a routing request (an RTM_GETROUTE dump). */
#include "sc.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

SC_CASE(socket_af_route) = {
	.claim   = "socket(AF_ROUTE, SOCK_RAW, 0) creates a routing socket (rtnetlink) that answers an RTM_GETROUTE dump",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的有 AF_INET 、AF_INET6、AF_LOCAL（或称 AF_UNIX、Unix 或 socket）、AF_ROUTE 等等"),
	.also    = { SC_SRC("man:rtnetlink(7)", "rtnetlink_socket = socket(AF_NETLINK, int socket_type, NETLINK_ROUTE); RTM_GETROUTE") },
	.only    = "inet_stream", /* the kind gives nothing: the family is fixed */
	.fixture = SC_FIX_NONE,
	.key     = "so_domain",
};

SC_TEST(socket_af_route)
{
	struct {
		struct nlmsghdr nh;
		struct rtmsg rt;
	} req = {
		.nh = { .nlmsg_len = sizeof req, .nlmsg_type = RTM_GETROUTE,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP, .nlmsg_seq = 1 },
		.rt = { .rtm_family = AF_INET },
	};
	static char buf[32768];
	struct nlmsghdr *nh = (struct nlmsghdr *)buf;
	int fd = sc_socket(AF_ROUTE, SOCK_RAW, 0), dom = -1;
	socklen_t len = sizeof dom;
	long n;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &dom, &len));
	sc_observe_int("so_domain", dom);
	SC_EXPECT_EQ(dom, AF_ROUTE);
	SC_EXPECT_RET(send(fd, &req, sizeof req, 0), (long)sizeof req);
	sc_wait_fd(fd, POLLIN, SC_WAIT_MS, "the routing dump's answer");
	n = SC_EXPECT_OK(recv(fd, buf, sizeof buf, MSG_DONTWAIT));
	SC_EXPECT(n >= (long)sizeof *nh && NLMSG_OK(nh, (unsigned)n), "answer of %ld bytes is not a netlink message", n);
	sc_observe_int("answer_type", nh->nlmsg_type);
	SC_EXPECT(nh->nlmsg_type == RTM_NEWROUTE || nh->nlmsg_type == NLMSG_DONE,
		  "answer type %d is neither RTM_NEWROUTE nor NLMSG_DONE", nh->nlmsg_type);
}
