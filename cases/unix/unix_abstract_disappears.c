/* unix(7) Abstract sockets: the name disappears when all open references
 * to the socket are closed: while a duplicate descriptor remains the name
 * is still taken, and once the last one is closed connecting to it is
 * refused and another socket can bind it. */
#include "sc.h"

SC_CASE(unix_abstract_disappears) = {
	.claim   = "an abstract name is released when the last descriptor of its socket is closed, not before",
	.source  = SC_SRC("man:unix(7)", "abstract disappears: Abstract sockets automatically disappear when all open references to the socket are closed"),
	.kinds   = SC_ABSTRACT,
	.require = SC_UNIX,
	.fixture = SC_FIX_NONE,
	.key     = "after_last_close",
};

static struct sc_res reach(struct sc_pair *P)
{
	int c = sc_kind_socket(P->kind);

	if (P->kind->type == SOCK_DGRAM)
		return SC_CALL(sendto(c, "d", 1, MSG_DONTWAIT, (struct sockaddr *)&P->addr, P->addrlen));
	return SC_CALL(connect(c, (struct sockaddr *)&P->addr, P->addrlen));
}

SC_TEST(unix_abstract_disappears)
{
	int fd = sc_bound_socket(P, &P->addr, &P->addrlen), dup1, again;
	struct sc_res r;

	if (P->kind->type != SOCK_DGRAM)
		SC_REQUIRE_OK(listen(fd, 4));
	dup1 = sc_track(SC_REQUIRE_OK(dup(fd)));
	sc_close(&fd);
	again = sc_kind_socket(P->kind);
	r = SC_CALL(bind(again, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("while_a_dup_is_open", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_fail(SC_HERE, "bind(the name, while a duplicate descriptor is open)", r,
		       (const int[]){ EADDRINUSE }, 1);
	sc_expect_ok(SC_HERE, "reaching the name while a duplicate descriptor is open", reach(P));
	sc_close(&dup1);
	r = reach(P);
	sc_observe_str("after_last_close", r.ret < 0 ? sc_errname(r.err) : "reached");
	sc_expect_fail(SC_HERE, "reaching the name after the last descriptor closed", r,
		       (const int[]){ ECONNREFUSED }, 1);
	SC_EXPECT_OK(bind(again, (struct sockaddr *)&P->addr, P->addrlen));
}
