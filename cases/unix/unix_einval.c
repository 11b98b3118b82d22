/* unix(7) EINVAL: an address whose sun_family is not AF_UNIX, or a call
 * the socket's state does not allow (binding a socket already bound),
 * fails with EINVAL. */
#include "sc.h"

SC_CASE(unix_einval) = {
	.claim   = "bind() of an address whose family is not AF_UNIX, or of a socket already bound, fails with EINVAL",
	.source  = SC_SRC("man:unix(7)", "EINVAL: Invalid argument passed. A common cause is that the value AF_UNIX was not specified in the sun_type field of passed addresses, or the socket was in an invalid state for the applied operation"),
	.kinds   = SC_UNIX,
	.exclude = SC_SOCKETPAIR, /* the case makes its own sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct why {
	SC_VARIANT_HEAD;
} whys[] = {
	{ .name = "family" },
	{ .name = "state" },
};
SC_VARIANTS(whys);

SC_TEST(unix_einval)
{
	const struct sc_variant *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;

	if (!strcmp(V->name, "family")) {
		sc_local_addr(P, &ss, &len);
		((struct sockaddr_un *)&ss)->sun_family = AF_INET;
		r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	} else {
		sc_bind_local(P, fd, &ss, &len);
		sc_local_addr(P, &ss, &len);
		r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_fail(SC_HERE, V->name[0] == 'f' ? "bind(sun_family AF_INET)" : "bind(a socket already bound)",
		       r, (const int[]){ EINVAL }, 1);
}
