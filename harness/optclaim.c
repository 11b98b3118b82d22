/* Options set as part of a claim: refused by the kind, or unknown to the
 * kernel. */
#include "internal.h"
#include "optclaim.h"
#include <stdio.h>

/* A plain socket of fd's family and type knows the option (it may still
 * refuse the value). */
static int plain_knows(int fd, int level, int opt, const void *val, socklen_t len)
{
	int dom = -1, type = -1, p, ok;
	socklen_t l = sizeof dom;

	if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &dom, &l) < 0)
		return 0;
	l = sizeof type;
	if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &l) < 0)
		return 0;
	p = socket(dom, type | SOCK_CLOEXEC, 0);
	if (p < 0)
		return 0;
	ok = setsockopt(p, level, opt, val, len) == 0 || (errno != ENOPROTOOPT && errno != EOPNOTSUPP);
	close(p);
	return ok;
}

void sc_claim_opt_at(struct sc_here at, int fd, int level, int opt, const char *name,
		     const void *val, socklen_t len)
{
	char expr[160];
	struct sc_res r = SC_CALL(setsockopt(fd, level, opt, val, len));

	snprintf(expr, sizeof expr, "setsockopt(%s)", name);
	if (r.ret < 0 && (r.err == ENOPROTOOPT || r.err == EOPNOTSUPP) &&
	    !plain_knows(fd, level, opt, val, len))
		sc_end(SC_UNSUPPORTED, at, "%s: %s: this kernel lacks the option", expr,
		       sc_errname(r.err));
	if (r.ret < 0)
		sc_observe_str("setsockopt", sc_errname(r.err));
	sc_expect_ok(at, expr, r);
}
