/* The tutorial: TCP sends independently of write(); data of several writes
 * may pile up in the buffer and go to the network at once.  Twenty small
 * writes made while the socket is corked leave in one segment when it is
 * uncorked (tcpi_data_segs_out counts the segments that carried data);
 * without the cork the count is recorded for comparison. */
#include "sc.h"
#include "tcpinfo.h"

#define WRITES 20

SC_CASE(io_writes_coalesced) = {
	.claim   = "the data of several writes can leave in one segment: TCP, not write(), decides when data is sent",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 也可能在缓冲区中不断积压，多次写入的数据被一次性发送到网络"),
	.also    = { SC_SRC("man:tcp(7)", "TCP_CORK: If set, don't send out partial frames") },
	.kinds   = SC_TCP,
	.key     = "segments_corked",
};

static long segs_out(int fd)
{
	struct sc_tcpinfo t = sc_tcpinfo(fd);

	SC_TCPI_NEED(t, data_segs_out);
	return t.data_segs_out;
}

static long send_small_writes(struct sc_pair *P, int cork)
{
	long before;

	if (cork)
		SC_SETOPT(P->a, IPPROTO_TCP, TCP_CORK, 1);
	before = segs_out(P->a);
	for (int i = 0; i < WRITES; i++)
		sc_send_all(P->a, "0123456789", 10);
	if (cork)
		SC_SETOPT(P->a, IPPROTO_TCP, TCP_CORK, 0);
	sc_wait_inq(P->b, 10L * WRITES, SC_WAIT_MS);
	return segs_out(P->a) - before;
}

SC_TEST(io_writes_coalesced)
{
	char buf[10 * WRITES];
	long plain, corked;

	plain = send_small_writes(P, 0);
	SC_REQUIRE_OK(recv(P->b, buf, sizeof buf, MSG_WAITALL));
	sc_observe_int("segments_plain", plain);
	corked = send_small_writes(P, 1);
	sc_observe_int("segments_corked", corked);
	SC_EXPECT_CMP(corked, <, WRITES);
	SC_EXPECT_EQ(corked, 1);
}
