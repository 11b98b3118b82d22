/* socketpair(2) RETURN VALUE: on failure the call does not modify sv (a
 * Linux behaviour the page states), whether it failed before making any
 * socket (a family without socket pairs) or after making one descriptor
 * (no room for the second). */
#include "sc.h"
#include "fdlimit.h"

SC_CASE(socketpair_sv_unchanged) = {
	.claim   = "a failed socketpair() leaves sv as it was",
	.source  = SC_SRC("man:socketpair(2)", "sv unchanged on failure: On Linux (and other systems), socketpair() does not modify sv on failure."),
	.only    = "unix_stream_pair", /* the kind gives the type only */
	.fixture = SC_FIX_NONE,
	.key     = "sv",
};

static const struct why {
	SC_VARIANT_HEAD;
} whys[] = {
	{ .name = "no_pairs_for_family" },
	{ .name = "no_room_for_second" },
};
SC_VARIANTS(whys);

SC_TEST(socketpair_sv_unchanged)
{
	int sv[2] = { -7, -9 }, reached = 1;
	struct sc_res r;

	if (!strcmp(((const struct sc_variant *)P->variant)->name, "no_pairs_for_family"))
		r = SC_CALL(socketpair(AF_INET, SOCK_STREAM, 0, sv));
	else
		r = sc_socketpair_one_room(P->kind->type, sv, &reached);
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
		if (!reached)
			sc_unsupported("the lowered RLIMIT_NOFILE does not reach the kernel (/proc/self/limits): "
				       "no room can run out");
	}
	SC_REQUIRE(r.ret < 0, "socketpair() succeeded where it should fail");
	sc_observe_int("sv0", sv[0]);
	sc_observe_int("sv1", sv[1]);
	SC_EXPECT(sv[0] == -7 && sv[1] == -9, "after failing with %s, sv is {%d, %d}, was {-7, -9}",
		  sc_errname(r.err), sv[0], sv[1]);
}
