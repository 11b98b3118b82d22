/* A private network namespace for one item: a case that must change a
 * namespaced sysctl, or needs CAP_NET_ADMIN over its own stack, moves its
 * item into a fresh namespace first.  Nothing it changes reaches the host
 * or the items running beside it. */
#include "internal.h"
#include <net/if.h>
#include <sched.h>
#include <stdio.h>
#include <sys/ioctl.h>

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), ok;

	if (fd < 0)
		return -1;
	ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
	close(fd);
	return ok ? 0 : -1;
}

/* Without root: a user namespace owning the network namespace gives its
 * root CAP_NET_ADMIN over it. */
static int unshare_as_user(void)
{
	char map[64];
	uid_t uid = getuid();
	gid_t gid = getgid();

	if (unshare(CLONE_NEWUSER | CLONE_NEWNET) < 0)
		return -1;
	snprintf(map, sizeof map, "0 %u 1", (unsigned)uid);
	if (write_file("/proc/self/uid_map", map) < 0)
		return -1;
	write_file("/proc/self/setgroups", "deny");
	snprintf(map, sizeof map, "0 %u 1", (unsigned)gid);
	return write_file("/proc/self/gid_map", map);
}

void sc_private_netns(void)
{
	struct ifreq ifr = { 0 };
	int fd;

	if (unshare(CLONE_NEWNET) < 0 && unshare_as_user() < 0)
		sc_unsupported("no private network namespace: unshare(CLONE_NEWNET) and a user namespace both failed: %s",
			       sc_errname(errno));
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		sc_broken("socket() in the new namespace failed: %s", sc_errname(errno));
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) < 0 ||
	    (ifr.ifr_flags |= IFF_UP, ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)) {
		int e = errno;

		close(fd);
		sc_broken("bringing lo up in the new namespace failed: %s", sc_errname(e));
	}
	close(fd);
}

void sc_sysctl_set(const char *path, const char *value)
{
	char file[256];

	snprintf(file, sizeof file, "/proc/sys/%s", path);
	if (access(file, F_OK) < 0)
		sc_unsupported("/proc/sys/%s does not exist on this kernel", path);
	if (write_file(file, value) < 0)
		sc_broken("writing \"%s\" to /proc/sys/%s failed: %s", value, path, sc_errname(errno));
}

long sc_sysctl_setting(const char *path, const char *value)
{
	if (value)
		sc_sysctl_set(path, value);
	return sc_sysctl_or_unsupported(path, 0);
}
