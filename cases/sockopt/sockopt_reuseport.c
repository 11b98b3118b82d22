/* socket(7) SO_REUSEPORT: several AF_INET or AF_INET6 sockets may bind the
 * same address when every one of them (the first too) set the option
 * before bind(2), and all belong to the same effective UID; incoming
 * connections or datagrams are then spread over them. */
#include "sc.h"
#include "reuseport.h"

SC_CASE(sockopt_reuseport) = {
	.claim  = "sockets that all set SO_REUSEPORT before bind, under one UID, share an address and split its traffic; otherwise the second bind fails",
	.source = SC_SRC("man:socket(7)", "SO_REUSEPORT: Permits multiple AF_INET or AF_INET6 sockets to be bound to an identical socket address"),
	.kinds  = SC_TCP | SC_UDP,
	.fixture = SC_FIX_NONE,
	.key    = "second_bind",
};

enum how { BOTH, FIRST_UNSET, SECOND_UNSET, OTHER_UID, SPREAD };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "both", .how = BOTH },
	{ .name = "first_unset", .how = FIRST_UNSET,
	  .src = SC_SRC("man:socket(7)", "SO_REUSEPORT: This option must be set on each socket (including the first socket) prior to calling bind(2) on the socket") },
	{ .name = "second_unset", .how = SECOND_UNSET,
	  .src = SC_SRC("man:socket(7)", "SO_REUSEPORT: This option must be set on each socket (including the first socket) prior to calling bind(2) on the socket") },
	{ .name = "other_uid", .how = OTHER_UID,
	  .src = SC_SRC("man:socket(7)", "SO_REUSEPORT: To prevent port hijacking, all of the processes binding to the same address must have the same effective UID") },
	{ .name = "spread", .how = SPREAD,
	  .src = SC_SRC("man:socket(7)", "SO_REUSEPORT: this option allows accept(2) load distribution ... better distribution of incoming datagrams to multiple processes") },
};
SC_VARIANTS(variants);

#define CLIENTS 24

static int member(struct sc_pair *P, int reuse)
{
	int fd = sc_kind_socket(P->kind);

	if (reuse)
		SC_SETOPT(fd, SOL_SOCKET, SO_REUSEPORT, 1);
	return fd;
}

SC_TEST(sockopt_reuseport)
{
	const struct variant *V = P->variant;
	int g[2], got[2] = { 0, 0 };
	struct sc_res r;

	g[0] = member(P, V->how != FIRST_UNSET);
	sc_bind_local(P, g[0], &P->addr, &P->addrlen);
	if (V->how == OTHER_UID) {
		if (geteuid() != 0)
			sc_unsupported("needs root to take another effective UID");
		SC_REQUIRE_OK(syscall(SYS_setresuid, -1, 65534, -1));
		g[1] = member(P, 1);
		r = SC_CALL(bind(g[1], (struct sockaddr *)&P->addr, P->addrlen));
		SC_REQUIRE_OK(syscall(SYS_setresuid, -1, 0, -1));
	} else {
		g[1] = member(P, V->how != SECOND_UNSET);
		r = SC_CALL(bind(g[1], (struct sockaddr *)&P->addr, P->addrlen));
	}
	sc_observe_str("second_bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	if (V->how == FIRST_UNSET || V->how == SECOND_UNSET || V->how == OTHER_UID) {
		SC_EXPECT_ERRNO_RES("bind() of the second socket", r, EADDRINUSE);
		return;
	}
	sc_expect_ok(SC_HERE, "bind() of the second socket", r);
	if (V->how == BOTH)
		return;
	if (P->kind->type == SOCK_STREAM) {
		SC_REQUIRE_OK(listen(g[0], CLIENTS));
		SC_REQUIRE_OK(listen(g[1], CLIENTS));
	}
	/* Each client reaches the shared address once. */
	for (int i = 0; i < CLIENTS; i++)
		got[sc_reuseport_reach(P, g)]++;
	sc_observe_int("first", got[0]);
	sc_observe_int("second", got[1]);
	SC_EXPECT(got[0] > 0 && got[1] > 0, "all %d clients went to one socket (%d / %d)", CLIENTS, got[0], got[1]);
}
