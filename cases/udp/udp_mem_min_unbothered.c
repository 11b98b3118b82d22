/* udp(7) udp_mem min: below this many pages UDP is not bothered about its
 * memory appetite.  While all UDP sockets together hold less than
 * udp_mem[0] pages (/proc/net/sockstat), a socket receives every datagram
 * that fits its receive buffer: none is dropped short of it. */
#include "sc.h"
#include <stdio.h>

SC_CASE(udp_mem_min_unbothered) = {
	.claim   = "while UDP as a whole holds fewer than udp_mem min pages, a socket queues datagrams up to its receive buffer without drops",
	.source  = SC_SRC("man:udp(7)", "udp_mem/min: Below this number of pages, UDP is not bothered about its memory appetite"),
	.kinds   = SC_UDP,
	.key     = "queued_datagrams",
};

/* The pages all UDP sockets hold now: sockstat's "UDP: inuse N mem M". */
static long udp_pages(void)
{
	return sc_proc_long("/proc/net/sockstat", "UDP: inuse %*ld mem %ld");
}

/* Read what is queued; 1 once every datagram sent is read or dropped. */
static int drain(int fd, int *got, int want)
{
	char buf[2048];

	while (recv(fd, buf, sizeof buf, MSG_DONTWAIT) > 0)
		(*got)++;
	return *got + sc_drops(fd) >= want;
}

SC_TEST(udp_mem_min_unbothered)
{
	long min = sc_sysctl_or_unsupported("net/ipv4/udp_mem", 0), used = udp_pages();
	int rcvbuf = 200000, got = 0, want = 50;
	char data[1000];

	SC_REQUIRE(used >= 0, "no UDP line in /proc/net/sockstat");
	sc_observe_int("udp_pages", used);
	if (used + 256 >= min)
		sc_unsupported("UDP already holds %ld pages, near udp_mem min %ld", used, min);
	SC_REQUIRE(sc_drops(P->b) == 0, "SO_MEMINFO gives no drop count");
	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf));
	sc_observe_int("rcvbuf", sc_sockopt_int(P->b, SO_RCVBUF));
	memset(data, 'u', sizeof data);
	for (int i = 0; i < want; i++)
		SC_EXPECT_RET(send(P->a, data, sizeof data, 0), (long)sizeof data);
	SC_WAIT_UNTIL(drain(P->b, &got, want), SC_WAIT_MS, "every datagram to be received or dropped");
	sc_observe_int("queued_datagrams", got);
	sc_observe_int("drops", sc_drops(P->b));
	SC_EXPECT_EQ(sc_drops(P->b), 0);
	SC_EXPECT_EQ(got, want);
}
