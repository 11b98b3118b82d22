/* TCP timers from /proc/net/tcp{,6}. */
#include "sc.h"
#include "tcp_timer.h"
#include <stdio.h>

int sc_proc_tcp_timer(int family, int lport, int rport, long *left_ms)
{
	FILE *f = fopen(family == AF_INET6 ? "/proc/net/tcp6" : "/proc/net/tcp", "re");
	char line[512];
	unsigned lp, rp, tr;
	unsigned long when;
	int timer = -1;
	long hz = sysconf(_SC_CLK_TCK);

	*left_ms = -1;
	if (!f)
		return -1;
	while (timer < 0 && fgets(line, sizeof line, f))
		if (sscanf(line, " %*d: %*[0-9A-Fa-f]:%x %*[0-9A-Fa-f]:%x %*x %*x:%*x %x:%lx",
			   &lp, &rp, &tr, &when) == 4 &&
		    (int)lp == lport && (int)rp == rport) {
			timer = (int)tr;
			/* tm->when is in clock ticks (USER_HZ). */
			*left_ms = (long)(when * 1000 / (unsigned long)(hz > 0 ? hz : 100));
		}
	fclose(f);
	return timer;
}
