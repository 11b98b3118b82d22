/* sendto() sends data that recvfrom() on the receiver returns; on a
 * datagram socket sendto() takes the destination address and recvfrom()
 * reports the sender's address. */
#include "sc.h"

SC_CASE(io_sendto_recvfrom) = {
	.claim   = "sendto() sends data that recvfrom() returns; for datagrams recvfrom() gives the sender's address",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: recvfrom()/sendto()"),
	.also    = { SC_SRC("posix", "recvfrom(): address: a null pointer, or points to a sockaddr structure in which the sending address is to be stored") },
	.kinds   = SC_ALL,
	.key     = "src_addrlen",
};

SC_TEST(io_sendto_recvfrom)
{
	static const char msg[] = "sockconf sendto/recvfrom";
	struct sockaddr_storage src, a_addr;
	socklen_t slen = sizeof src, alen = sizeof a_addr;
	int dgram = P->kind->type == SOCK_DGRAM;
	char buf[64];

	memset(&src, 0, sizeof src);
	/* Connection-mode sockets take no destination (EISCONN on AF_UNIX). */
	if (dgram)
		SC_EXPECT_RET(sendto(P->a, msg, sizeof msg, 0, (struct sockaddr *)&P->addr, P->addrlen), sizeof msg);
	else
		SC_EXPECT_RET(sendto(P->a, msg, sizeof msg, 0, NULL, 0), sizeof msg);
	sc_wait_inq(P->b, sizeof msg, SC_WAIT_MS);
	SC_EXPECT_RET(recvfrom(P->b, buf, sizeof buf, 0, (struct sockaddr *)&src, &slen), sizeof msg);
	SC_EXPECT(!memcmp(buf, msg, sizeof msg), "recvfrom got other bytes: %.*s", (int)sizeof msg, buf);
	sc_observe_int("src_addrlen", slen);
	if (!dgram)
		return;
	SC_REQUIRE_OK(getsockname(P->a, (struct sockaddr *)&a_addr, &alen));
	SC_EXPECT(sc_same_addr(&src, slen, &a_addr, alen),
		  "recvfrom() reported another address than the sender's");
}
