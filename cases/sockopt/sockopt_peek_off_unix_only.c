/* socket(7) SO_PEEK_OFF: "currently supported only for unix(7) sockets":
 * other sockets refuse the option. */
#include "sc.h"

SC_CASE(sockopt_peek_off_unix_only) = {
	.claim  = "sockets other than AF_UNIX refuse SO_PEEK_OFF",
	.source = SC_SRC("man:socket(7)", "SO_PEEK_OFF: This option, which is currently supported only for unix(7) sockets"),
	.kinds  = SC_ALL,
	.exclude = SC_UNIX | SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "result",
};

SC_TEST(sockopt_peek_off_unix_only)
{
	int fd = sc_kind_socket(P->kind);
	struct sc_res r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_PEEK_OFF, &(int){ 0 }, sizeof(int)));

	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT(r.ret < 0, "setsockopt(SO_PEEK_OFF, 0) on %s succeeded", P->kind->name);
}
