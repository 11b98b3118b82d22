/* unix(7) Abstract sockets: socket permissions mean nothing there: the
 * umask at bind() and fchmod(2)/fchown(2) on the socket do not stop
 * another user (uid 3101, no capabilities) from connecting or sending. */
#include "sc.h"
#include "other_user.h"
#include <sys/stat.h>

SC_CASE(unix_abstract_no_permissions) = {
	.claim   = "neither the umask at bind() nor fchmod()/fchown() of an abstract socket keeps another user from reaching it",
	.source  = SC_SRC("man:unix(7)", "abstract ignores umask: Socket permissions have no meaning for abstract sockets: the process umask(2) has no effect when binding an abstract socket"),
	.kinds   = SC_ABSTRACT,
	.require = SC_UNIX,
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct how {
	SC_VARIANT_HEAD;
} hows[] = {
	{ .name = "umask" },
	{ .name = "fchmod",
	  .src = SC_SRC("man:unix(7)", "abstract ignores fchmod: changing the ownership and permissions of the object (via fchown(2) and fchmod(2)) has no effect on the accessibility of the socket") },
};
SC_VARIANTS(hows);

struct job {
	const struct sockaddr_storage *to;
	socklen_t len;
	int type;
};

static int client(int ctl, void *arg)
{
	const struct job *j = arg;
	int fd, r;

	if (sc_become(3101, 3101, 3101, 4101, 4101, 4101))
		return SC_CHILD_NOPERM;
	fd = socket(AF_UNIX, j->type, 0);
	r = fd < 0 ? -1 : j->type == SOCK_DGRAM
		? (int)sendto(fd, "a", 1, 0, (const struct sockaddr *)j->to, j->len)
		: connect(fd, (const struct sockaddr *)j->to, j->len);
	sc_ctl_put(ctl, r < 0 ? -errno : 0);
	return 0;
}

SC_TEST(unix_abstract_no_permissions)
{
	const struct sc_variant *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	struct job j = { &P->addr, 0, P->kind->type };
	struct sc_child child;
	struct sc_res r;
	mode_t old;
	long got;

	sc_local_addr(P, &P->addr, &P->addrlen);
	old = umask(!strcmp(V->name, "umask") ? 0777 : 022);
	r = SC_CALL(bind(fd, (struct sockaddr *)&P->addr, P->addrlen));
	umask(old);
	sc_require_ok(SC_HERE, "bind(an abstract name)", r);
	if (!strcmp(V->name, "fchmod")) {
		SC_REQUIRE_OK(fchmod(fd, 0));
		SC_REQUIRE_OK(fchown(fd, 5151, 6161));
	}
	if (P->kind->type != SOCK_DGRAM)
		SC_REQUIRE_OK(listen(fd, 4));
	j.len = P->addrlen;
	sc_child_start(&child, client, &j);
	got = sc_child_get(&child);
	sc_observe_str("result", got < 0 ? sc_errname((int)-got) : "reached");
	sc_expect_ok(SC_HERE, P->kind->type == SOCK_DGRAM ? "another user's sendto()" : "another user's connect()",
		     (struct sc_res){ got, got < 0 ? (int)-got : 0 });
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
