/* The tutorial and accept(2): accept() returns a new descriptor for the
 * connection (not the listening one) and fills addr with the client's
 * address: on inet kinds the client's IP and port as its getsockname()
 * shows them; on AF_UNIX sun_family AF_UNIX and, for a client bound to a
 * path, that path; on vsock the client's port (its own name may keep the
 * CID VMADDR_CID_ANY where accept() names the CID it came from). */
#include "sc.h"
#include "addr_text.h"
#include <arpa/inet.h>

SC_CASE(accept_returns_new_fd_and_peer) = {
	.claim  = "accept() returns a new descriptor and stores the client's address and port in addr",
	.source = SC_SRC("seed", "accept() 接收请求: accept() 返回一个新的套接字来和客户端通信，addr 保存了客户端的 IP 地址和端口号"),
	.also   = { SC_SRC("man:accept(2)", "new socket: creates a new connected socket, and returns a new file descriptor ... addr is filled in with the address of the peer socket") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "peer_addrlen",
};

SC_TEST(accept_returns_new_fd_and_peer)
{
	struct sockaddr_storage peer, mine;
	socklen_t plen = sizeof peer, mlen;
	int c, s;

	sc_listen(P, 4);
	c = sc_kind_socket(P->kind);
	if (P->kind->domain == AF_UNIX) {
		sc_local_addr(P, &mine, &mlen);
		SC_REQUIRE_OK(bind(c, (struct sockaddr *)&mine, mlen));
	}
	SC_REQUIRE_OK(connect(c, (struct sockaddr *)&P->addr, P->addrlen));
	mlen = sizeof mine;
	SC_REQUIRE_OK(getsockname(c, (struct sockaddr *)&mine, &mlen));
	memset(&peer, 0xa5, sizeof peer);
	s = sc_track(SC_EXPECT_OK(accept(P->l, (struct sockaddr *)&peer, &plen)));
	SC_EXPECT(s != P->l && s != c, "accept() returned descriptor %d (listener %d)", s, P->l);
	sc_observe_int("peer_addrlen", plen);
	SC_EXPECT_EQ(peer.ss_family, P->kind->domain);
	SC_EXPECT_EQ(plen, mlen);
	if (P->kind->caps & SC_TCP) {
		sc_observe_int("peer_port", sc_addr_port(&peer));
		SC_EXPECT_EQ(sc_addr_port(&peer), sc_addr_port(&mine));
	}
	sc_observe_addr("peer", &peer, plen);
	sc_observe_addr("clients_own", &mine, mlen);
	SC_EXPECT(sc_same_addr(&peer, plen, &mine, mlen), "the address accept() gave differs from the client's own");
}
