/* accept(2), getsockname(2), getpeername(2): with a buffer too small for
 * the address, the address is truncated to the buffer (the bytes that fit
 * are the address's first bytes, nothing is written past the buffer) and
 * *addrlen returns the address's full size, greater than was supplied. */
#include "sc.h"

SC_CASE(call_address_truncated) = {
	.claim   = "an address larger than the buffer is truncated to it and *addrlen returns the full size, greater than supplied",
	.source  = SC_SRC("man:getsockname(2)", "address truncated: The returned address is truncated if the buffer provided is too small; in this case, addrlen will return a value greater than was supplied to the call"),
	.kinds   = SC_ALL,
	/* socketpair: unnamed addresses are shorter than any buffer; TIPC:
	 * getsockname names the port, not the service bound */
	.exclude = SC_SOCKETPAIR | SC_TIPC,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

enum op { ACCEPT, GETSOCKNAME, GETPEERNAME };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "address truncated: The returned address is truncated if the buffer provided is too small; in this case, addrlen will return a value greater than was supplied to the call"), .kinds = SC_LISTENER, .op = ACCEPT },
	{ .name = "getsockname", .src = SC_SRC("man:getsockname(2)", "address truncated: The returned address is truncated if the buffer provided is too small; in this case, addrlen will return a value greater than was supplied to the call"), .op = GETSOCKNAME },
	{ .name = "getpeername", .src = SC_SRC("man:getpeername(2)", "address truncated: The returned address is truncated if the buffer provided is too small; in this case, addrlen will return a value greater than was supplied to the call"), .op = GETPEERNAME },
};
SC_VARIANTS(calls);

/* Room for sun_family and two more bytes: every address here is longer. */
#define SMALL 4

SC_TEST(call_address_truncated)
{
	const struct call *V = P->variant;
	struct sockaddr_storage full, mine;
	unsigned char buf[sizeof(struct sockaddr_storage)];
	socklen_t flen, mlen, len = SMALL;
	int fd = -1;

	sc_local_addr(P, &mine, &mlen);
	switch (V->op) {
	case ACCEPT:
		/* A bound client, so that an AF_UNIX peer has a name to give. */
		sc_listen(P, 4);
		fd = sc_kind_socket(P->kind);
		SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&mine, mlen));
		SC_REQUIRE_OK(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
		flen = sizeof full;
		SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&full, &flen));
		break;
	case GETSOCKNAME:
		fd = sc_bound_socket(P, &full, &flen);
		break;
	case GETPEERNAME:
		sc_make_pair(P);
		fd = P->a;
		flen = sizeof full;
		SC_REQUIRE_OK(getsockname(P->b, (struct sockaddr *)&full, &flen));
		break;
	}
	SC_REQUIRE(flen > SMALL, "the address is only %u bytes", (unsigned)flen);
	memset(buf, 0xa5, sizeof buf);
	switch (V->op) {
	case ACCEPT: sc_track(SC_EXPECT_OK(accept4(P->l, (struct sockaddr *)buf, &len, SOCK_CLOEXEC))); break;
	case GETSOCKNAME: SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)buf, &len)); break;
	case GETPEERNAME: SC_EXPECT_OK(getpeername(fd, (struct sockaddr *)buf, &len)); break;
	}
	sc_observe_int("supplied", SMALL);
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(len, flen);
	SC_EXPECT(memcmp(buf, &full, SMALL) == 0, "the %d bytes written are not the address's first bytes", SMALL);
	SC_EXPECT(buf[SMALL] == 0xa5 && buf[sizeof buf - 1] == 0xa5, "bytes past the %d-byte buffer were written", SMALL);
}
