/* socket(7) /proc/sys/net/core/message_cost and message_burst: the token
 * bucket that limits the kernel's warnings about external network events
 * to message_burst messages per message_cost seconds.  In a network
 * namespace of its own, with log_martians on, the item writes three
 * bursts' worth of martian packets (a loopback source address arriving on
 * a tun device) and counts the "martian source" warnings the kernel log
 * (/dev/kmsg) gets for them: at most message_burst.  The bucket is the
 * whole machine's, so others' warnings may have used it up: fewer, even
 * none, is within the limit. */
#include "sc.h"
#include "tun.h"
#include <stdio.h>

SC_CASE(sockopt_message_ratelimit) = {
	.claim  = "warnings caused by external network events are limited to message_burst per message_cost seconds",
	.source = SC_SRC("man:socket(7)", "message_burst: configure the token bucket filter used to load limit warning messages caused by external network events"),
	.also   = { SC_SRC("man:socket(7)", "message_cost: configure the token bucket filter used to load limit warning messages caused by external network events") },
	.only   = "inet_dgram", /* the packets are IPv4 UDP; no socket is involved */
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "warnings",
};

SC_TEST(sockopt_message_ratelimit)
{
	long burst = sc_sysctl_or_unsupported("net/core/message_burst", 0);
	long cost = sc_sysctl_or_unsupported("net/core/message_cost", 0);
	char src[32], rec[1024], needle[64];
	struct sc_tun t;
	int kmsg, warnings = 0, sent;
	ssize_t n;

	SC_REQUIRE(burst > 0 && burst < 1000, "message_burst is %ld", burst);
	sc_private_netns();
	sc_sysctl_set("net/ipv4/conf/all/log_martians", "1");
	sc_tun_open(&t, 0);
	kmsg = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (kmsg < 0)
		sc_unsupported("cannot read the kernel log: open(/dev/kmsg): %s", sc_errname(errno));
	sc_track(kmsg);
	SC_REQUIRE_OK(lseek(kmsg, 0, SEEK_END));
	/* A source address of this item's own, to tell its warnings apart. */
	snprintf(src, sizeof src, "127.%d.%d.%d", (getpid() >> 16) & 0xff, (getpid() >> 8) & 0xff,
		 (getpid() & 0xff) | 1);
	snprintf(needle, sizeof needle, "from %s,", src);
	sent = 3 * (int)burst;
	for (int i = 0; i < sent; i++)
		sc_tun_inject_udp4(&t, src, 5555, "10.9.0.1", 9, "m", 1);
	/* Injected packets are handled in the writer's call: every warning
	 * that will be written has been.  Read the log to its end. */
	for (;;) {
		n = read(kmsg, rec, sizeof rec - 1);
		if (n < 0 && errno == EPIPE)
			continue; /* records overwritten meanwhile: read on */
		if (n <= 0)
			break;
		rec[n] = '\0';
		if (strstr(rec, "martian source") && strstr(rec, needle))
			warnings++;
	}
	sc_observe_int("message_burst", burst);
	sc_observe_int("message_cost", cost);
	sc_observe_int("martians", sent);
	sc_observe_int("warnings", warnings);
	SC_EXPECT(warnings <= burst, "%d martian packets gave %d warnings, more than message_burst (%ld)",
		  sent, warnings, burst);
}
