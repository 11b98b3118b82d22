/* unix(7) BUGS: Linux appends a NUL when sun_path has none, so 108 non-NUL
 * bytes bind as a 108-character path; the address read back is then one
 * byte longer than struct sockaddr_un and, in a sockaddr_un-sized buffer,
 * sun_path has no terminator. */
#include "sc.h"

SC_CASE(address_unix_path_unterminated) = {
	.claim   = "108 non-NUL bytes in sun_path bind; getsockname() then reports addrlen sizeof(struct sockaddr_un) + 1, leaving sun_path unterminated",
	.source  = SC_SRC("man:unix(7)", "unterminated sun_path: if 108 non-null bytes are supplied when a socket is bound ... the returned address structure won't have a null terminator in sun_path"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(address_unix_path_unterminated)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got;
	size_t dl = strlen(P->dir);
	char path[109];
	socklen_t len;

	SC_REQUIRE(dl + 2 < 108, "private directory name too long: %s", P->dir);
	memcpy(un.sun_path, P->dir, dl);
	un.sun_path[dl] = '/';
	memset(un.sun_path + dl + 1, 'u', 108 - dl - 1);
	memcpy(path, un.sun_path, 108);
	path[108] = '\0';
	SC_EXPECT_OK(bind(fd, (struct sockaddr *)&un, sizeof un));
	SC_EXPECT_OK(access(path, F_OK));
	memset(&got, 'x', sizeof got);
	len = sizeof got;
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &len));
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(len, sizeof(struct sockaddr_un) + 1);
	SC_EXPECT(!memcmp(got.sun_path, path, 108), "path read back differs: %.108s", got.sun_path);
}
