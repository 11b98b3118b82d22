/* Security contexts. */
#include "sc.h"
#include "lsm.h"
#include <stdio.h>

static size_t trim(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == '\0' || s[n - 1] == '\n'))
		n--;
	return n;
}

size_t sc_self_context(char *buf, size_t cap)
{
	int fd = open("/proc/self/attr/current", O_RDONLY | O_CLOEXEC);
	ssize_t n;
	int e;

	if (fd < 0)
		sc_unsupported("no security module context: open(/proc/self/attr/current): %s",
			       sc_errname(errno));
	n = read(fd, buf, cap - 1);
	e = errno;
	close(fd);
	if (n <= 0)
		sc_unsupported("no security module labels this process: read(/proc/self/attr/current): %s",
			       n < 0 ? sc_errname(e) : "empty");
	n = (ssize_t)trim(buf, (size_t)n);
	buf[n] = '\0';
	return (size_t)n;
}

int sc_same_context(const char *got, size_t glen, const char *self, size_t slen)
{
	glen = trim(got, glen);
	return glen == slen && !memcmp(got, self, slen);
}

/* The active modules, as securityfs lists them, else as /proc and the
 * modules' file systems show them. */
static const char *active_modules(char *buf, size_t cap)
{
	int fd = open("/sys/kernel/security/lsm", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, buf, cap - 1) : -1;

	if (fd >= 0)
		close(fd);
	if (n > 0) {
		buf[trim(buf, (size_t)n)] = '\0';
		return buf;
	}
	snprintf(buf, cap, "%s%s%s",
		 access("/sys/fs/selinux", F_OK) == 0 ? "selinux " : "",
		 access("/proc/self/attr/smack/current", F_OK) == 0 ? "smack " : "",
		 access("/proc/self/attr/apparmor/current", F_OK) == 0 ? "apparmor " : "");
	n = (ssize_t)strlen(buf);
	if (n == 0)
		return "none seen";
	buf[n - 1] = '\0';
	return buf;
}

/* Whether the comma-separated list names module m. */
static int lists_module(const char *list, const char *m)
{
	size_t n = strlen(m);

	for (const char *p = list; (p = strstr(p, m)); p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/* SELinux or Smack: modules that give every socket and message a label.
 * securityfs's list when it is mounted; else SELinux's mount point (made
 * only when SELinux is enabled) and a readable Smack context (the
 * attr/smack folder is there whenever Smack is built in, active or not). */
static int labels_sockets(void)
{
	char mods[512], ctx[256];
	int fd = open("/sys/kernel/security/lsm", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, mods, sizeof mods - 1) : -1;

	if (fd >= 0)
		close(fd);
	if (n > 0) {
		mods[trim(mods, (size_t)n)] = '\0';
		return lists_module(mods, "selinux") || lists_module(mods, "smack");
	}
	if (access("/sys/fs/selinux", F_OK) == 0)
		return 1;
	fd = open("/proc/self/attr/smack/current", O_RDONLY | O_CLOEXEC);
	n = fd >= 0 ? read(fd, ctx, sizeof ctx) : -1;
	if (fd >= 0)
		close(fd);
	return n > 0;
}

void sc_require_message_labels(void)
{
	char mods[512];

	if (labels_sockets())
		return;
	sc_unsupported("no module that labels AF_UNIX messages (SELinux, Smack) is active (modules: %s): "
		       "a message gets no security id, so no SCM_SECURITY comes",
		       active_modules(mods, sizeof mods));
}

int sc_peer_label(int fd, char *buf, socklen_t *len)
{
	char mods[512];
	int r = getsockopt(fd, SOL_SOCKET, SO_PEERSEC, buf, len), e = errno;

	if (r < 0 && e == ENOPROTOOPT && !labels_sockets())
		sc_unsupported("getsockopt(SO_PEERSEC): ENOPROTOOPT: no active module keeps a label for the peer socket "
			       "(modules: %s)", active_modules(mods, sizeof mods));
	errno = e;
	return r;
}
