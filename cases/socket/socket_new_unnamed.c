/* The tutorial: a socket just made by socket() exists in its family's
 * address space but has no address.  getsockname() on it reports the
 * unspecified address with port 0 (inet kinds) or, for AF_UNIX, an unnamed
 * address whose length is sizeof(sa_family_t) (unix(7): unnamed). */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(socket_new_unnamed) = {
	.claim   = "a new socket has no address: getsockname() gives the wildcard address and port 0, or an unnamed AF_UNIX address",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 返回的 socket 描述字它存在于协议族（address family，AF_XXX）空间中，但没有一个具体的地址"),
	.also    = { SC_SRC("man:unix(7)", "unnamed: a socket not bound with bind(2) has no name; its address returned by getsockname(2) has length sizeof(sa_family_t)") },
	.kinds   = SC_IP | SC_UNIX, /* the families the documents speak of */
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(socket_new_unnamed)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	memset(&ss, 0x5a, sizeof ss);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(ss.ss_family, P->kind->domain);
	if (P->kind->domain == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		SC_EXPECT_EQ(len, sizeof *in);
		SC_EXPECT_EQ(ntohs(in->sin_port), 0);
		SC_EXPECT_EQ(ntohl(in->sin_addr.s_addr), INADDR_ANY);
	} else if (P->kind->domain == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		SC_EXPECT_EQ(len, sizeof *in6);
		SC_EXPECT_EQ(ntohs(in6->sin6_port), 0);
		SC_EXPECT(IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr), "sin6_addr is not ::");
	} else {
		SC_EXPECT_EQ(len, sizeof(sa_family_t));
	}
}
