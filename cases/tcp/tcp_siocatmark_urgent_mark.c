/* tcp(7) SIOCATMARK: true when the inbound stream is at the urgent mark;
 * without SO_OOBINLINE the next read then returns the bytes after the
 * urgent byte, and a read never crosses the mark.  "abc", urgent "U",
 * "def": SIOCATMARK is false, a read returns "abc" only, SIOCATMARK is then
 * true, MSG_OOB reads "U" and the next read "def". */
#include "sc.h"
#include "tcpinfo.h"
#include "urgent.h"
#include <sys/ioctl.h>

SC_CASE(tcp_siocatmark_urgent_mark) = {
	.claim  = "SIOCATMARK is false before the urgent mark and true at it; a read stops at the mark",
	.source = SC_SRC("man:tcp(7)", "SIOCATMARK: Returns true (i.e., value is nonzero) if the inbound data stream is at the urgent mark. ... Note that a read never reads across the urgent mark."),
	.kinds  = SC_TCP,
	.key    = "first_read",
};

static int at_mark(int fd)
{
	int v = -1;

	SC_EXPECT_OK(ioctl(fd, SIOCATMARK, &v));
	return v;
}

SC_TEST(tcp_siocatmark_urgent_mark)
{
	char buf[16] = "", c = 0;
	long n;

	sc_send_urgent(P->a, P->b, "abc", 'U');
	sc_send_all(P->a, "def", 3);
	/* SIOCINQ stops at the mark: count what arrived through TCP_INFO. */
	SC_WAIT_UNTIL(sc_tcpinfo(P->b).bytes_received >= 7, SC_WAIT_MS, "the bytes after the urgent byte");
	SC_EXPECT_EQ(at_mark(P->b), 0);
	n = SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 3);
	sc_observe_str("first_read", n == 3 ? "abc" : buf);
	SC_EXPECT(!memcmp(buf, "abc", 3), "read \"%.3s\"", buf);
	SC_EXPECT(at_mark(P->b) != 0, "SIOCATMARK is false at the urgent mark");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(c, 'U');
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 3);
	SC_EXPECT(!memcmp(buf, "def", 3), "read \"%.3s\"", buf);
}
