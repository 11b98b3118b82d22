/* unix(7): a pathname socket is bound to a null-terminated filesystem
 * pathname, which may be relative: it is resolved against the caller's
 * working directory, the socket file appears there, getsockname() returns
 * the name as it was given, and a peer reaches the socket through the
 * relative name and through the equivalent absolute one. */
#include "sc.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(address_unix_relative_path) = {
	.claim   = "an AF_UNIX socket binds to a relative pathname, resolved against the cwd; getsockname() returns the relative name as given",
	.source  = SC_SRC("man:unix(7)", "pathname: a UNIX domain socket can be bound to a null-terminated filesystem pathname using bind(2)"),
	.also    = { SC_SRC("man:path_resolution(7)", "Relative pathnames: the lookup starts at the current working directory of the process") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "sockname",
};

static void reach(struct sc_pair *P, int srv, const struct sockaddr_un *to, const char *how)
{
	int c = sc_kind_socket(P->kind), s = -1;
	char got[8] = "";

	SC_EXPECT_OK(connect(c, (const struct sockaddr *)to, sizeof *to));
	if (P->kind->type != SOCK_DGRAM)
		s = sc_accept(P, SC_WAIT_MS);
	else
		s = srv;
	SC_EXPECT_RET(send(c, how, 4, 0), 4);
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the message sent through the name");
	SC_EXPECT_RET(recv(s, got, sizeof got, MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(got, how, 4), "received \"%.4s\", sent \"%.4s\"", got, how);
	sc_close(&c);
	if (s != srv)
		sc_close(&s);
}

SC_TEST(address_unix_relative_path)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got, abs_un = { .sun_family = AF_UNIX };
	socklen_t len = sizeof got;
	struct stat st;

	SC_REQUIRE_OK(chdir(P->dir));
	strcpy(un.sun_path, "rel");
	SC_EXPECT_OK(bind(fd, (struct sockaddr *)&un, sizeof un));
	memset(&got, 0, sizeof got);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &len));
	sc_observe_str("sockname", got.sun_path);
	sc_observe_int("addrlen", len);
	SC_EXPECT(!strcmp(got.sun_path, "rel"), "getsockname() returned \"%s\"", got.sun_path);
	SC_EXPECT_EQ(len, offsetof(struct sockaddr_un, sun_path) + sizeof "rel");
	snprintf(abs_un.sun_path, sizeof abs_un.sun_path, "%s/rel", P->dir);
	SC_EXPECT_OK(stat(abs_un.sun_path, &st));
	SC_EXPECT(S_ISSOCK(st.st_mode), "%s is not a socket file (mode %o)", abs_un.sun_path, st.st_mode);
	if (P->kind->type != SOCK_DGRAM) {
		SC_REQUIRE_OK(listen(fd, 4));
		P->l = fd;
	}
	reach(P, fd, &un, "rela");
	reach(P, fd, &abs_un, "absl");
}
