/* unix(7), Linux-specific: an abstract socket address has sun_path[0] == 0;
 * the name is the following addrlen - sizeof(sa_family_t) - 1 bytes.  It
 * binds without creating a file, getsockname() returns the same length and
 * bytes, and a client connects (or sends) to it by that name. */
#include "sc.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(address_unix_abstract) = {
	.claim   = "an abstract AF_UNIX address (sun_path[0] == 0) binds without a file, reads back unchanged and is reachable by name",
	.source  = SC_SRC("man:unix(7)", "abstract: an abstract socket address is distinguished by the fact that sun_path[0] is a null byte; nonportable Linux extension"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "abstract_addrlen",
};

SC_TEST(address_unix_abstract)
{
	int fd = sc_kind_socket(P->kind), c, s;
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got;
	socklen_t len, glen = sizeof got;
	struct sc_res r;
	const char *base = strrchr(P->dir, '/');
	char rx[8] = "";
	struct stat st;
	int n;

	/* The private directory's name makes the abstract name unique. */
	n = snprintf(un.sun_path + 1, sizeof un.sun_path - 1, "sockconf-%d-%s",
		     (int)getpid(), base ? base + 1 : P->dir);
	len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + (size_t)n);
	r = SC_CALL(bind(fd, (struct sockaddr *)&un, len));
	if (r.ret < 0 && r.err == EINVAL)
		sc_unsupported("bind() of an abstract name fails with EINVAL: no abstract namespace");
	sc_expect_ok(SC_HERE, "bind(abstract name)", r);
	memset(&got, 0x5a, sizeof got);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &glen));
	sc_observe_int("abstract_addrlen", glen);
	SC_EXPECT_EQ(glen, len);
	SC_EXPECT(got.sun_path[0] == 0 && !memcmp(got.sun_path, un.sun_path, (size_t)n + 1),
		  "getsockname() returned a different name");
	SC_EXPECT(stat(un.sun_path + 1, &st) < 0, "a file %s exists", un.sun_path + 1);
	c = sc_kind_socket(P->kind);
	if (P->kind->type != SOCK_DGRAM) {
		SC_REQUIRE_OK(listen(fd, 4));
		P->l = fd;
		SC_EXPECT_OK(connect(c, (struct sockaddr *)&un, len));
		s = sc_accept(P, SC_WAIT_MS);
		SC_EXPECT_RET(send(c, "abst", 4, 0), 4);
	} else {
		s = fd;
		SC_EXPECT_RET(sendto(c, "abst", 4, 0, (struct sockaddr *)&un, len), 4);
	}
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the message sent to the abstract name");
	SC_EXPECT_RET(recv(s, rx, sizeof rx, MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(rx, "abst", 4), "received \"%.4s\"", rx);
}
