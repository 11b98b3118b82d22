/* tcp(7): when more urgent data arrives before the earlier urgent byte was
 * read, the older urgent byte joins the normal stream (even without
 * SO_OOBINLINE).  Urgent "1" then urgent "2": MSG_OOB returns "2", and
 * ordinary reads return "x1". */
#include "sc.h"
#include "tcpinfo.h"
#include "urgent.h"

SC_CASE(tcp_newer_urgent_data) = {
	.claim  = "an urgent byte overtaken by newer urgent data is read as ordinary data; MSG_OOB returns the newer one",
	.source = SC_SRC("man:tcp(7)", "newer urgent data: the older urgent data is inserted as normal data into the stream (even when SO_OOBINLINE is not set)"),
	.kinds  = SC_TCP,
	.key    = "stream",
};

SC_TEST(tcp_newer_urgent_data)
{
	char stream[16] = "", c = 0;
	long got = 0, n;

	sc_send_urgent(P->a, P->b, "x", '1');
	SC_EXPECT_RET(send(P->a, "2", 1, MSG_OOB), 1);
	SC_WAIT_UNTIL(sc_tcpinfo(P->b).bytes_received >= 3, SC_WAIT_MS, "the second urgent byte");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	sc_observe_int("oob", c);
	SC_EXPECT_EQ(c, '2');
	while ((n = recv(P->b, stream + got, sizeof stream - 1 - (size_t)got, MSG_DONTWAIT)) > 0)
		got += n;
	sc_observe_str("stream", stream);
	SC_EXPECT(!strcmp(stream, "x1"), "ordinary reads returned \"%s\"", stream);
}
