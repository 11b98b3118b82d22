/* tcp(7): tcp_mem is a vector of 3 integers [low, pressure, high] in pages,
 * the bounds of TCP's memory use; below low TCP does not regulate its
 * allocation.  tcp_mem is global: the item reads it, TCP's use in pages
 * (/proc/net/sockstat "TCP: ... mem N") and whether TCP is in memory
 * pressure (/proc/net/protocols), without changing anything.  While use is
 * below low, TCP must not be in pressure. */
#include "sc.h"
#include "sysctl_text.h"
#include <stdio.h>

SC_CASE(tcp_mem_pages) = {
	.claim   = "tcp_mem holds low <= pressure <= high pages, and TCP using fewer pages than low is not under memory pressure",
	.source  = SC_SRC("man:tcp(7)", "tcp_mem/low: TCP doesn't regulate its memory allocation when the number of pages it has allocated globally is below this number"),
	.also    = { SC_SRC("man:tcp(7)", "tcp_mem: This is a vector of 3 integers: [low, pressure, high]. These bounds, measured in units of the system page size, are used by TCP to track its memory usage") },
	.only    = "inet_stream",   /* a property of the machine, not of a kind */
	.fixture = SC_FIX_NONE,
	.key     = "pressure",
};

/* TCP's pages in use, from /proc/net/sockstat. */
static long tcp_pages(void)
{
	char line[256];
	long mem = -1;
	FILE *f = fopen("/proc/net/sockstat", "re");

	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, "TCP:", 4) && strstr(line, " mem "))
			sscanf(strstr(line, " mem ") + 5, "%ld", &mem);
	if (f)
		fclose(f);
	return mem;
}

/* The "press" column of TCP's row in /proc/net/protocols. */
static void pressure(char *out, size_t len)
{
	char line[512], head[512] = "", *save, *h, *v;
	int col = -1, i;
	FILE *f = fopen("/proc/net/protocols", "re");

	out[0] = 0;
	if (!f)
		return;
	if (fgets(head, sizeof head, f))
		for (i = 0, h = strtok_r(head, " \n", &save); h; h = strtok_r(NULL, " \n", &save), i++)
			if (!strcmp(h, "press"))
				col = i;
	while (col >= 0 && fgets(line, sizeof line, f))
		if (!strncmp(line, "TCP ", 4)) {
			for (i = 0, v = strtok_r(line, " \n", &save); v && i < col; i++)
				v = strtok_r(NULL, " \n", &save);
			if (v)
				snprintf(out, len, "%s", v);
			break;
		}
	fclose(f);
}

SC_TEST(tcp_mem_pages)
{
	long low = sc_sysctl("net/ipv4/tcp_mem", 0), mid = sc_sysctl("net/ipv4/tcp_mem", 1);
	long high = sc_sysctl("net/ipv4/tcp_mem", 2), used = tcp_pages();
	char press[16];

	if (low < 0 || mid < 0 || high < 0)
		sc_unsupported("net.ipv4.tcp_mem is not visible here (a global sysctl, shown in the initial network namespace only)");
	if (used < 0)
		sc_unsupported("/proc/net/sockstat shows no TCP memory");
	pressure(press, sizeof press);
	sc_observe_int("low", low);
	sc_observe_int("pressure_pages", mid);
	sc_observe_int("high", high);
	sc_observe_int("used", used);
	sc_observe_str("pressure", press[0] ? press : "?");
	SC_EXPECT_CMP(low, <=, mid);
	SC_EXPECT_CMP(mid, <=, high);
	if (used >= low)
		sc_unsupported("TCP uses %ld pages, not below low (%ld): no state to judge", used, low);
	SC_EXPECT(!strcmp(press, "no"), "TCP uses %ld pages, below low (%ld), yet its pressure flag is \"%s\"",
		  used, low, press);
}
