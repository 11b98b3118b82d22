/* tcp(7): without SO_OOBINLINE, the urgent byte is not part of the normal
 * stream: it can be read only with recv(MSG_OOB).  "ab", urgent "U", "cd":
 * ordinary reads return "abcd", and MSG_OOB returns "U". */
#include "sc.h"
#include "tcpinfo.h"
#include "urgent.h"

SC_CASE(tcp_urgent_needs_msg_oob) = {
	.claim  = "without SO_OOBINLINE the urgent byte is left out of ordinary reads and read with MSG_OOB",
	.source = SC_SRC("man:tcp(7)", "urgent needs MSG_OOB: otherwise it can be received only when the MSG_OOB flag is set for recv(2) or recvmsg(2)"),
	.kinds  = SC_TCP,
	.key    = "stream",
};

SC_TEST(tcp_urgent_needs_msg_oob)
{
	char stream[16] = "", c = 0;
	long got = 0, n;

	sc_send_urgent(P->a, P->b, "ab", 'U');
	sc_send_all(P->a, "cd", 2);
	SC_WAIT_UNTIL(sc_tcpinfo(P->b).bytes_received >= 5, SC_WAIT_MS, "all five bytes");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(c, 'U');
	/* A read stops at the mark: read until nothing is left. */
	while ((n = recv(P->b, stream + got, sizeof stream - 1 - (size_t)got, MSG_DONTWAIT)) > 0)
		got += n;
	sc_observe_str("stream", stream);
	SC_EXPECT(!strcmp(stream, "abcd"), "ordinary reads returned \"%s\"", stream);
}
