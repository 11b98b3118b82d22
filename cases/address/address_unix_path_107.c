/* sun_path holds 108 bytes: a pathname of 107 characters plus its
 * terminating NUL binds, and getsockname() returns it whole. */
#include "sc.h"

SC_CASE(address_unix_path_107) = {
	.claim   = "an AF_UNIX pathname of 107 characters plus NUL (filling sun_path[108]) binds and is read back whole",
	.source  = SC_SRC("man:unix(7)", "sun_path size: char sun_path[108]; a pathname is a null-terminated filesystem pathname"),
	.also    = { SC_SRC("seed", "使用 bind() 和 connect() 函数: #define UNIX_PATH_MAX 108") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(address_unix_path_107)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got;
	size_t dl = strlen(P->dir);
	socklen_t len;

	SC_REQUIRE(dl + 2 < 107, "private directory name too long: %s", P->dir);
	memcpy(un.sun_path, P->dir, dl);
	un.sun_path[dl] = '/';
	memset(un.sun_path + dl + 1, 'p', 107 - dl - 1);
	un.sun_path[107] = '\0';
	len = (socklen_t)sizeof un;
	SC_EXPECT_OK(bind(fd, (struct sockaddr *)&un, len));
	memset(&got, 0, sizeof got);
	len = sizeof got;
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &len));
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(len, sizeof un);
	SC_EXPECT(!memcmp(got.sun_path, un.sun_path, sizeof un.sun_path),
		  "getsockname() path differs: %.108s", got.sun_path);
	SC_EXPECT_OK(access(un.sun_path, F_OK));
}
