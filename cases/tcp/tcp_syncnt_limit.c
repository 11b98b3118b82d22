/* tcp(7) TCP_SYNCNT: the count cannot exceed 255: 255 is taken, 256 is
 * refused. */
#include "sc.h"
#include "optclaim.h"

SC_CASE(tcp_syncnt_limit) = {
	.claim   = "TCP_SYNCNT takes 255 and refuses 256 (EINVAL)",
	.source  = SC_SRC("man:tcp(7)", "TCP_SYNCNT: It cannot exceed 255."),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "syncnt",
};

SC_TEST(tcp_syncnt_limit)
{
	int fd = sc_kind_socket(P->kind), lo = 0, hi = 4096;

	/* The largest count taken, for the record. */
	while (lo + 1 < hi) {
		int mid = (lo + hi) / 2;

		if (setsockopt(fd, IPPROTO_TCP, TCP_SYNCNT, &mid, sizeof mid) == 0)
			lo = mid;
		else
			hi = mid;
	}
	sc_observe_int("largest_taken", lo);
	SC_CLAIM_OPT(fd, IPPROTO_TCP, TCP_SYNCNT, 255);
	sc_observe_int("syncnt", sc_getopt_int(fd, IPPROTO_TCP, TCP_SYNCNT));
	SC_EXPECT_ERRNO(setsockopt(fd, IPPROTO_TCP, TCP_SYNCNT, &(int){ 256 }, sizeof(int)), EINVAL);
	SC_EXPECT_EQ(sc_getopt_int(fd, IPPROTO_TCP, TCP_SYNCNT), 255);
}
