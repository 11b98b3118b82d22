/* udp(7): udp_mem is a vector of three integers, in pages, for all UDP
 * sockets, its defaults computed at boot from the memory available.  The
 * kernel's computation takes an eighth of the free memory as `pressure`:
 * so the three ascend, and pressure lies between a sixteenth and an eighth
 * of all memory, counted in pages. */
#include "sc.h"
#include <stdio.h>

SC_CASE(udp_mem_vector) = {
	.claim   = "udp_mem holds three ascending page counts sized from the machine's memory (pressure between 1/16 and 1/8 of all pages)",
	.source  = SC_SRC("man:udp(7)", "udp_mem: This is a vector of three integers governing the number of pages allowed for queueing by all UDP sockets. Defaults values for these three items are calculated at boot time from the amount of available memory"),
	.kinds   = SC_UDP,
	.require = SC_PLAIN | SC_INET, /* one item: the sysctl is the machine's */
	.fixture = SC_FIX_NONE,
	.key     = "udp_mem_pressure",
};

static long mem_total_pages(void)
{
	long kb = sc_proc_long("/proc/meminfo", "MemTotal: %ld kB");

	/* In kB: a 32-bit long holds the pages, not the bytes. */
	return kb < 0 ? -1 : kb / (sysconf(_SC_PAGESIZE) / 1024);
}

SC_TEST(udp_mem_vector)
{
	long lo = sc_sysctl_or_unsupported("net/ipv4/udp_mem", 0);
	long mid = sc_sysctl("net/ipv4/udp_mem", 1), hi = sc_sysctl("net/ipv4/udp_mem", 2);
	long pages = mem_total_pages();

	SC_REQUIRE(pages > 0, "no MemTotal in /proc/meminfo");
	sc_observe_int("udp_mem_min", lo);
	sc_observe_int("udp_mem_pressure", mid);
	sc_observe_int("udp_mem_max", hi);
	sc_observe_int("mem_total_pages", pages);
	SC_EXPECT_CMP(lo, >, 0);
	SC_EXPECT_CMP(lo, <=, mid);
	SC_EXPECT_CMP(mid, <=, hi);
	SC_EXPECT_CMP(mid, <=, pages / 8);
	SC_EXPECT_CMP(mid, >=, pages / 16);
}
