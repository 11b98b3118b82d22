/* recv(2) MSG_OOB: requests the out-of-band data, which the normal data
 * stream does not return: after "ab", urgent "U", "cd", recv(MSG_OOB)
 * returns "U" and the ordinary reads "abcd". */
#include "sc.h"
#include "urgent.h"

SC_CASE(recv_msg_oob) = {
	.claim  = "recv(MSG_OOB) returns the out-of-band byte, which ordinary reads do not",
	.source = SC_SRC("man:recv(2)", "MSG_OOB (1): This flag requests receipt of out-of-band data that would not be received in the normal data stream."),
	.kinds  = SC_URGENT,
	.key    = "stream",
};

SC_TEST(recv_msg_oob)
{
	char stream[16] = "", c = 0;
	long got = 0, n;

	sc_send_urgent(P->a, P->b, "ab", 'U');
	sc_send_all(P->a, "cd", 2);
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(c, 'U');
	/* Reads stop at the urgent mark: read until all four arrived. */
	for (struct sc_deadline d = sc_deadline(SC_WAIT_MS); got < 4;) {
		n = recv(P->b, stream + got, sizeof stream - 1 - (size_t)got, MSG_DONTWAIT);
		if (n > 0)
			got += n;
		else if (!sc_backoff(&d))
			break;
	}
	sc_observe_str("stream", stream);
	SC_EXPECT(!strcmp(stream, "abcd"), "ordinary reads returned \"%s\"", stream);
}
