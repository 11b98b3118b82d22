/* unix(7) SO_PEERSEC: reads the security context of the peer socket,
 * which by default is the context of the process that created it (here,
 * this process made both ends).  A buffer too short fails with ERANGE and
 * returns the length needed in optlen; the string is printable, with at
 * most a terminating null byte. */
#include "sc.h"
#include "ancillary.h"
#include "lsm.h"
#include <ctype.h>
#include <stdio.h>

SC_CASE(unix_so_peersec_context) = {
	.claim   = "SO_PEERSEC gives the peer's security context (the creating process's by default); a short buffer fails with ERANGE and the needed length",
	.source  = SC_SRC("man:unix(7)", "SO_PEERSEC: returns the security context of the peer socket ... If the buffer length is less than the length of the security context string, then getsockopt(2) returns -1, sets errno to ERANGE, and returns the required length via optlen"),
	.also    = { SC_SRC("man:socket(7)", "SO_PEERSEC: Return the security context of the peer socket connected to this socket") },
	.kinds   = SC_CONNECTED | SC_SOCKETPAIR,
	.require = SC_UNIX,
	.key     = "context_len",
};

SC_TEST(unix_so_peersec_context)
{
	char ctx[4096], own[4096] = "";
	socklen_t need = 1, got = sizeof ctx;
	struct sc_res r;
	size_t n, ol = 0;
	FILE *f;
	int clean = 1;

	r = SC_CALL(sc_peer_label(P->a, ctx, &need));
	sc_expect_fail(SC_HERE, "getsockopt(SO_PEERSEC) into 1 byte", r, (const int[]){ ERANGE }, 1);
	sc_observe_int("needed_len", need);
	SC_EXPECT_CMP(need, >, 1);
	SC_EXPECT_OK(getsockopt(P->a, SOL_SOCKET, SO_PEERSEC, ctx, &got));
	n = got;
	sc_observe_int("context_len", (long)n);
	SC_EXPECT_EQ(got, need);
	SC_REQUIRE(n > 0, "an empty context");
	for (size_t i = 0; i < n; i++)
		clean &= (i == n - 1 && ctx[i] == 0) || isprint((unsigned char)ctx[i]);
	SC_EXPECT(clean, "the context has non-printable bytes or an inner null byte");
	if (ctx[n - 1] != 0 && n < sizeof ctx)
		ctx[n] = 0;
	sc_observe_str("context", ctx);
	if ((f = fopen("/proc/self/attr/current", "re"))) {
		ol = fread(own, 1, sizeof own - 1, f);
		fclose(f);
	}
	while (ol > 0 && (own[ol - 1] == '\n' || own[ol - 1] == 0))
		own[--ol] = 0;
	SC_EXPECT(ol > 0 && !strcmp(ctx, own), "the peer's context \"%s\" is not its creator's \"%s\"", ctx, own);
}
