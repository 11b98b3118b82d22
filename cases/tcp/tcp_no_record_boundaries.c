/* tcp(7): TCP does not preserve record boundaries.  Two sends, both
 * arrived, come back from one recv(). */
#include "sc.h"

SC_CASE(tcp_no_record_boundaries) = {
	.claim  = "two sends to a TCP peer, both arrived, are read by one recv()",
	.source = SC_SRC("man:tcp(7)", "no record boundaries: TCP does not preserve record boundaries."),
	.kinds  = SC_TCP,
	.key    = "read",
};

SC_TEST(tcp_no_record_boundaries)
{
	char buf[32] = "";

	SC_EXPECT_RET(send(P->a, "abc", 3, 0), 3);
	SC_EXPECT_RET(send(P->a, "defg", 4, 0), 4);
	sc_wait_inq(P->b, 7, SC_WAIT_MS);
	sc_observe_int("read", recv(P->b, buf, sizeof buf, MSG_DONTWAIT));
	SC_EXPECT(!strcmp(buf, "abcdefg"), "one recv() read \"%s\"", buf);
}
