/* tcp(7): out-of-band data can be peeked at with recv(MSG_OOB | MSG_PEEK):
 * the urgent byte stays, so a second peek and then a plain MSG_OOB read
 * return it, after which it is gone (EINVAL). */
#include "sc.h"
#include "urgent.h"

SC_CASE(tcp_peek_urgent) = {
	.claim  = "recv(MSG_OOB | MSG_PEEK) returns the urgent byte without consuming it",
	.source = SC_SRC("man:tcp(7)", "peek urgent: It is possible to peek at out-of-band data using the recv(2) MSG_PEEK flag."),
	.kinds  = SC_TCP,
	.key    = "peeked",
};

SC_TEST(tcp_peek_urgent)
{
	char c = 0;

	sc_send_urgent(P->a, P->b, "", 'U');
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_PEEK | MSG_DONTWAIT), 1);
	sc_observe_int("peeked", c);
	SC_EXPECT_EQ(c, 'U');
	c = 0;
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_PEEK | MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(c, 'U');
	c = 0;
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(c, 'U');
	SC_EXPECT_ERRNO(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), EINVAL);
}
