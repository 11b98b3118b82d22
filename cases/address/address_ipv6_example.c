/* The tutorial gives 1030:C9B4:FF12:48AA:1A2B as an example of an IPv6
 * address.  It has five groups and no "::", so it is not one: RFC 4291's
 * text form needs eight groups, or "::" for the zeros left out, and
 * inet_pton() refuses it. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(address_ipv6_example) = {
	.claim   = "1030:C9B4:FF12:48AA:1A2B is an IPv6 address (AF_INET6) a socket can be given",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: AF_INET6 表示 IPv6 地址，例如 1030:C9B4:FF12:48AA:1A2B"),
	.only    = "inet6_dgram", /* the kind gives nothing: the family is fixed */
	.fixture = SC_FIX_NONE,
	.key     = "inet_pton",
};

SC_TEST(address_ipv6_example)
{
	struct in6_addr a;
	int r = inet_pton(AF_INET6, "1030:C9B4:FF12:48AA:1A2B", &a);

	sc_observe_int("inet_pton", r);
	/* The address with the zeros written out is one: the form is the fault. */
	SC_REQUIRE(inet_pton(AF_INET6, "1030:C9B4:FF12:48AA::1A2B", &a) == 1,
		   "inet_pton refuses a valid IPv6 address too");
	SC_EXPECT(r == 1, "inet_pton(AF_INET6, \"1030:C9B4:FF12:48AA:1A2B\") returned %d: not an IPv6 address", r);
}
