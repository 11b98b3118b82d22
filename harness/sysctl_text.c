/* Sysctls as text; see sysctl_text.h. */
#include "internal.h"
#include "sysctl_text.h"
#include <stdio.h>

static void file_of(char *file, size_t len, const char *path)
{
	snprintf(file, len, "/proc/sys/%s", path);
}

int sc_sysctl_text(const char *path, char *buf, size_t len)
{
	char file[256];
	FILE *f;
	int ok;

	file_of(file, sizeof file, path);
	buf[0] = 0;
	f = fopen(file, "re");
	if (!f)
		return -1;
	ok = fgets(buf, (int)len, f) != NULL;
	fclose(f);
	buf[strcspn(buf, "\n")] = 0;
	return ok ? 0 : -1;
}

int sc_sysctl_exists(const char *path)
{
	char file[256];

	file_of(file, sizeof file, path);
	return access(file, F_OK) == 0;
}

int sc_sysctl_try(const char *path, const char *value)
{
	char file[256];
	int fd, e = 0;
	ssize_t n;

	file_of(file, sizeof file, path);
	fd = open(file, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, value, strlen(value));
	if (n < 0)
		e = errno;
	else if ((size_t)n != strlen(value))
		e = EIO;
	close(fd);
	return -e;
}

void sc_sysctl_set_int(const char *path, long value)
{
	char v[32];

	snprintf(v, sizeof v, "%ld", value);
	sc_sysctl_set(path, v);
}

int sc_word_in(const char *text, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = text; (p = strstr(p, w)); p += n)
		if ((p == text || p[-1] == ' ' || p[-1] == '\t') &&
		    (p[n] == 0 || p[n] == ' ' || p[n] == '\t' || p[n] == '\n'))
			return 1;
	return 0;
}
