/* getsockopt(2): for setsockopt() the argument is nonzero to enable a
 * boolean option and zero to disable it: any nonzero value, not only 1.
 * Shown on a boolean each family acts on: SO_REUSEADDR (a second socket
 * binds a port held by a first, bound but not listening, only when both
 * enable it) for TCP and UDP; SO_PASSCRED (credentials come with each
 * message) for AF_UNIX. */
#include "sc.h"

SC_CASE(getsockopt_boolean_options) = {
	.claim  = "any nonzero value enables a boolean socket option, zero disables it",
	.source = SC_SRC("man:getsockopt(2)", "boolean options: the argument should be nonzero to enable a boolean option, or zero if the option is to be disabled"),
	.kinds  = SC_TCP | SC_UDP | SC_UNIX,
	.key    = "enabled",
	.fixture = SC_FIX_NONE,
};

static const struct variant {
	SC_VARIANT_HEAD;
	int value;
} variants[] = {
	{ .name = "two", .value = 2 },
	{ .name = "minus_one", .value = -1 },
	{ .name = "zero", .value = 0 },
};
SC_VARIANTS(variants);

static int reuseaddr_works(struct sc_pair *P, int value)
{
	int a = sc_kind_socket(P->kind), b = sc_kind_socket(P->kind);

	SC_EXPECT_OK(setsockopt(a, SOL_SOCKET, SO_REUSEADDR, &value, sizeof value));
	SC_EXPECT_OK(setsockopt(b, SOL_SOCKET, SO_REUSEADDR, &value, sizeof value));
	sc_bind_local(P, a, &P->addr, &P->addrlen);
	return bind(b, (struct sockaddr *)&P->addr, P->addrlen) == 0;
}

static int passcred_works(struct sc_pair *P, int value)
{
	char data[4], ctl[CMSG_SPACE(sizeof(struct ucred)) + 64];
	struct iovec iov = { data, sizeof data };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };
	int found = 0;

	sc_make_pair(P);
	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_PASSCRED, &value, sizeof value));
	sc_send_all(P->a, "x", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	SC_REQUIRE(recvmsg(P->b, &m, MSG_DONTWAIT) == 1, "recvmsg failed: %s", sc_errname(errno));
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		found |= c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS;
	return found;
}

SC_TEST(getsockopt_boolean_options)
{
	const struct variant *V = P->variant;
	int on = P->kind->domain == AF_UNIX ? passcred_works(P, V->value) : reuseaddr_works(P, V->value);

	sc_observe_str("enabled", on ? "yes" : "no");
	SC_EXPECT(on == (V->value != 0), "%s set to %d %s", P->kind->domain == AF_UNIX ? "SO_PASSCRED" : "SO_REUSEADDR",
		  V->value, on ? "acts as enabled" : "acts as disabled");
}
