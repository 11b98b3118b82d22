/* Security contexts. */
#include "sc.h"
#include "lsm.h"

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
