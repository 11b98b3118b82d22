/* unix(7) Pathname sockets: accept(2), recvfrom(2), getsockname(2) and
 * getpeername(2) set addrlen to the actual size of the address returned,
 * whatever the buffer's size: offsetof(sun_path) + strlen(sun_path) + 1
 * for a pathname, the name's length for an abstract address and
 * sizeof(sa_family_t) for an unnamed socket (unix(7) Address format). */
#include "sc.h"

SC_CASE(unix_addrlen_actual_size) = {
	.claim  = "the calls returning an AF_UNIX address set addrlen to the address's actual size, not the buffer's",
	.source = SC_SRC("man:unix(7)", "addrlen result: Upon return, the argument is set to indicate the actual size of the address structure."),
	.kinds  = SC_UNIX,
	.key    = "addrlen",
};

static const struct call {
	SC_VARIANT_HEAD;
} calls[] = {
	{ .name = "getsockname" },
	{ .name = "getpeername" },
	{ .name = "accept", .kinds = SC_LISTENER },
	{ .name = "recvfrom", .kinds = SC_DGRAM },
};
SC_VARIANTS(calls);

/* The size an address of this content has; an unnamed one has none. */
static socklen_t actual(const struct sockaddr_un *un, int named)
{
	size_t off = offsetof(struct sockaddr_un, sun_path);

	if (!named)
		return sizeof(sa_family_t);
	if (un->sun_path[0])
		return (socklen_t)(off + strnlen(un->sun_path, sizeof un->sun_path) + 1);
	/* The suite's abstract names hold no null bytes. */
	return (socklen_t)(off + 1 + strnlen(un->sun_path + 1, sizeof un->sun_path - 1));
}

SC_TEST(unix_addrlen_actual_size)
{
	const char *call = ((const struct sc_variant *)P->variant)->name;
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss, want;
	int named = P->kind->make != SC_MAKE_SOCKETPAIR;
	char b[4];

	memset(&ss, 0, sizeof ss);
	if (!strcmp(call, "getsockname")) {
		SC_EXPECT_OK(getsockname(P->b, (struct sockaddr *)&ss, &len));
	} else if (!strcmp(call, "getpeername")) {
		SC_EXPECT_OK(getpeername(P->a, (struct sockaddr *)&ss, &len));
	} else if (!strcmp(call, "accept")) {
		struct sockaddr_storage mine;
		socklen_t ml;
		int c = sc_bound_socket(P, &mine, &ml);

		SC_REQUIRE_OK(connect(c, (struct sockaddr *)&P->addr, P->addrlen));
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection");
		sc_track(SC_EXPECT_OK(accept(P->l, (struct sockaddr *)&ss, &len)));
	} else {
		SC_EXPECT_RET(send(P->a, "f", 1, 0), 1);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
		SC_EXPECT_RET(recvfrom(P->b, b, sizeof b, MSG_DONTWAIT, (struct sockaddr *)&ss, &len), 1);
	}
	want = actual((struct sockaddr_un *)&ss, named);
	sc_observe_int("addrlen", len);
	SC_EXPECT(len == want, "%s() set addrlen %u for a buffer of %zu; the %s address's size is %u", call, len,
		  sizeof ss, named ? "named" : "unnamed", want);
}
