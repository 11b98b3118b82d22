/* unix(7) BUGS: Linux appends a null terminator to a sun_path given
 * without one: a path bound with addrlen covering only its characters
 * names the file of exactly those characters, and the address read back
 * is one byte longer than the one supplied, the last byte null. */
#include "sc.h"
#include <stdio.h>

SC_CASE(unix_null_terminator_appended) = {
	.claim   = "a pathname bound without a null terminator is terminated by the kernel: the address read back is one byte longer",
	.source  = SC_SRC("man:unix(7)", "null terminator appended: Linux is one of the implementations that appends a null terminator if none is supplied in sun_path ... when the socket address is retrieved, it will be one byte longer than that supplied"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(unix_null_terminator_appended)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got;
	int fd = sc_kind_socket(P->kind);
	socklen_t len, glen = sizeof got;
	char path[sizeof un.sun_path];
	size_t n;

	n = (size_t)snprintf(path, sizeof path, "%s/nt", P->dir);
	memset(un.sun_path, 'x', sizeof un.sun_path);
	memcpy(un.sun_path, path, n);	/* no terminator: 'x' follows */
	len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
	SC_EXPECT_OK(bind(fd, (struct sockaddr *)&un, len));
	SC_EXPECT_OK(access(path, F_OK));
	memset(&got, 'y', sizeof got);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &glen));
	sc_observe_int("addrlen", glen);
	SC_EXPECT_EQ(glen, len + 1);
	SC_EXPECT(!memcmp(got.sun_path, path, n) && got.sun_path[n] == 0,
		  "the address read back is \"%.*s\" followed by byte %d", (int)n, got.sun_path, got.sun_path[n]);
}
