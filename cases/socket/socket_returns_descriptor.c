/* socket() returns a non-negative descriptor that, like a file descriptor,
 * names an open socket; -1 and errno only on failure. */
#include "sc.h"
#include <sys/stat.h>

SC_CASE(socket_returns_descriptor) = {
	.claim   = "socket() returns a non-negative descriptor naming an open socket",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 成功返回非负描述符，失败返回 -1"),
	.also    = { SC_SRC("posix", "socket(): RETURN VALUE: a non-negative integer, the socket file descriptor") },
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "fd",
};

SC_TEST(socket_returns_descriptor)
{
	const struct sc_kind *k = P->kind;
	struct sc_res r = SC_CALL(socket(k->domain, k->type, k->protocol));
	struct stat st;

	sc_track((int)r.ret);
	if (r.ret < 0 && sc_lacks(r.err))
		sc_unsupported("socket(): %s: this kernel lacks the family or protocol", sc_errname(r.err));
	sc_expect_ok(SC_HERE, "socket(domain, type, protocol)", r);
	sc_observe_int("fd", r.ret);
	SC_EXPECT_OK(fstat((int)r.ret, &st));
	SC_EXPECT(S_ISSOCK(st.st_mode), "fstat() mode is 0%o, not a socket", st.st_mode);
}
