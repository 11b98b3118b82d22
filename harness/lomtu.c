/* Setting lo's MTU (SIOCSIFMTU). */
#include "internal.h"
#include "lomtu.h"
#include <net/if.h>
#include <stdio.h>
#include <sys/ioctl.h>

void sc_lo_mtu(int mtu)
{
	struct ifreq ifr = { .ifr_mtu = mtu };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), e;

	if (fd < 0)
		sc_broken("socket() for SIOCSIFMTU failed: %s", sc_errname(errno));
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
	e = ioctl(fd, SIOCSIFMTU, &ifr) < 0 ? errno : 0;
	close(fd);
	if (e)
		sc_broken("setting lo's MTU to %d failed: %s", mtu, sc_errname(e));
}
