/* unix(7), Linux-specific autobind: bind() with addrlen ==
 * sizeof(sa_family_t) binds the socket to a unique abstract address: a
 * null byte followed by 5 bytes from [0-9a-f]; getsockname() returns that
 * address with its length, and a peer can reach the socket through it. */
#include "sc.h"
#include <ctype.h>

SC_CASE(address_unix_autobind) = {
	.claim   = "bind() with addrlen sizeof(sa_family_t) autobinds to an abstract address: a null byte and 5 hex digits",
	.source  = SC_SRC("man:unix(7)", "autobind: the socket is autobound to an abstract address. The address consists of a null byte followed by 5 bytes in the character set [0-9a-f]"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "autobind_addrlen",
};

SC_TEST(address_unix_autobind)
{
	int fd = sc_kind_socket(P->kind), fd2 = sc_kind_socket(P->kind);
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got, got2;
	socklen_t len = sizeof got, len2 = sizeof got2;
	int hex = 1;

	SC_EXPECT_OK(bind(fd, (struct sockaddr *)&un, sizeof(sa_family_t)));
	memset(&got, 0, sizeof got);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &len));
	sc_observe_int("autobind_addrlen", len);
	SC_EXPECT_EQ(len, offsetof(struct sockaddr_un, sun_path) + 6);
	SC_EXPECT_EQ(got.sun_path[0], 0);
	for (int i = 1; i < 6; i++)
		hex &= isdigit((unsigned char)got.sun_path[i]) ||
		       (got.sun_path[i] >= 'a' && got.sun_path[i] <= 'f');
	sc_observe_str("autobind_name", got.sun_path + 1);
	SC_EXPECT(hex, "the autobound name \"%.5s\" is not 5 characters of [0-9a-f]", got.sun_path + 1);
	SC_EXPECT_OK(bind(fd2, (struct sockaddr *)&un, sizeof(sa_family_t)));
	SC_EXPECT_OK(getsockname(fd2, (struct sockaddr *)&got2, &len2));
	SC_EXPECT(len2 != len || memcmp(got.sun_path, got2.sun_path, 6) != 0,
		  "two sockets autobound to the same name \"%.5s\"", got.sun_path + 1);
	if (P->kind->type == SOCK_DGRAM) {
		char b[4] = "";

		SC_EXPECT_RET(sendto(fd2, "auto", 4, 0, (struct sockaddr *)&got, len), 4);
		sc_wait_fd(fd, POLLIN, SC_WAIT_MS, "the datagram sent to the autobound name");
		SC_EXPECT_RET(recv(fd, b, sizeof b, MSG_DONTWAIT), 4);
	} else {
		SC_REQUIRE_OK(listen(fd, 4));
		P->l = fd;
		SC_EXPECT_OK(connect(fd2, (struct sockaddr *)&got, len));
		sc_accept(P, SC_WAIT_MS);
	}
}
