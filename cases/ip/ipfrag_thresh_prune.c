/* ip(7): when the memory of queued IP fragments reaches
 * ipfrag_high_thresh, the queue is pruned down to ipfrag_low_thresh.  In
 * the item's namespace low is set to 0 and high to 1 byte; a lone first
 * fragment is queued (nothing was queued before), then a second one
 * (another datagram) finds the memory over high.  Pruned down to low,
 * no fragment memory would be left (/proc/net/sockstat FRAG). */
#include "sc.h"
#include "wire4.h"
#include <stdio.h>

SC_CASE(ipfrag_thresh_prune) = {
	.claim   = "once queued fragments reach ipfrag_high_thresh, the fragment queue is pruned down to ipfrag_low_thresh (0 here: nothing left)",
	.source  = SC_SRC("man:ip(7)", "ipfrag_high_thresh: If the amount of queued IP fragments reaches ipfrag_high_thresh, the queue is pruned down to ipfrag_low_thresh."),
	.also    = { SC_SRC("man:ip(7)", "ipfrag_low_thresh: If the amount of queued IP fragments reaches ipfrag_high_thresh, the queue is pruned down to ipfrag_low_thresh.") },
	.kinds   = SC_INET,		/* the machine's; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "frag_memory",
};

/* FRAG inuse and memory of /proc/net/sockstat. */
static void frag(long *inuse, long *memory)
{
	FILE *f = fopen("/proc/net/sockstat", "re");
	char line[128];

	*inuse = *memory = -1;
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "FRAG: inuse %ld memory %ld", inuse, memory) == 2)
			break;
	if (f)
		fclose(f);
}

static void first_fragment(int id)
{
	unsigned char udp[8 + 32] = { 0x9c, 0x40, 0x9c, 0x41, 0, 80 }, pkt[128];
	size_t len = sc_ip4_build(pkt, "127.0.0.1", "127.0.0.1", IPPROTO_UDP, 64, NULL, 0, udp, sizeof udp);

	pkt[4] = (unsigned char)(id >> 8), pkt[5] = (unsigned char)id;
	pkt[6] = 0x20;				/* more fragments, offset 0 */
	pkt[10] = pkt[11] = 0;
	{
		uint16_t sum = sc_csum(pkt, 20);

		memcpy(pkt + 10, &sum, 2);
	}
	sc_raw4_send(pkt, len);
}

SC_TEST(ipfrag_thresh_prune)
{
	long inuse, memory;

	sc_private_netns();
	sc_sysctl_set("net/ipv4/ipfrag_low_thresh", "0");
	sc_sysctl_set("net/ipv4/ipfrag_high_thresh", "1");
	first_fragment(0x1111);
	SC_WAIT_UNTIL(sc_net_counter("snmp", "Ip", "ReasmReqds") >= 1, SC_WAIT_MS, "the first fragment");
	frag(&inuse, &memory);
	sc_observe_int("memory_one_queued", memory);
	SC_REQUIRE(inuse == 1 && memory > 1, "the first fragment was not queued (FRAG inuse %ld memory %ld)",
		   inuse, memory);
	first_fragment(0x2222);
	SC_WAIT_UNTIL(sc_net_counter("snmp", "Ip", "ReasmReqds") >= 2, SC_WAIT_MS, "the second fragment");
	frag(&inuse, &memory);
	sc_observe_int("frag_inuse", inuse);
	sc_observe_int("frag_memory", memory);
	SC_EXPECT_CMP(memory, <=, 0);
}
