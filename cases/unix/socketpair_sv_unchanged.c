/* socketpair(2) RETURN VALUE: on failure the call does not modify sv (a
 * Linux behaviour the page states), whether it failed before making any
 * socket (a family without socket pairs) or after making one descriptor
 * (no room for the second). */
#include "sc.h"
#include <stdio.h>
#include <sys/resource.h>

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

/* The soft "Max open files" limit the kernel holds for this process. */
static long kernel_nofile(void)
{
	char line[256];
	long soft = -1;
	FILE *f = fopen("/proc/self/limits", "re");

	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "Max open files %ld", &soft) == 1)
			break;
	fclose(f);
	return soft;
}

SC_TEST(socketpair_sv_unchanged)
{
	int sv[2] = { -7, -9 }, lowest;
	long kernel;
	struct rlimit saved, tight;
	struct sc_res r;

	if (!strcmp(((const struct sc_variant *)P->variant)->name, "no_pairs_for_family")) {
		r = SC_CALL(socketpair(AF_INET, SOCK_STREAM, 0, sv));
	} else {
		lowest = SC_REQUIRE_OK(fcntl(0, F_DUPFD, 0));
		close(lowest);
		SC_REQUIRE_OK(getrlimit(RLIMIT_NOFILE, &saved));
		tight = saved;
		tight.rlim_cur = (rlim_t)lowest + 1;
		SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &tight));
		kernel = kernel_nofile();
		r = SC_CALL(socketpair(AF_UNIX, P->kind->type, 0, sv));
		SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &saved));
		/* A layer that keeps the limit to itself (valgrind) leaves
		 * the kernel's as it was: no room can run out then. */
		if (kernel != (long)tight.rlim_cur && r.ret == 0) {
			sc_track(sv[0]);
			sc_track(sv[1]);
			sc_unsupported("RLIMIT_NOFILE set to %ld does not reach the kernel (/proc/self/limits: %ld)",
				       (long)tight.rlim_cur, kernel);
		}
	}
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	SC_REQUIRE(r.ret < 0, "socketpair() succeeded where it should fail");
	sc_observe_int("sv0", sv[0]);
	sc_observe_int("sv1", sv[1]);
	SC_EXPECT(sv[0] == -7 && sv[1] == -9, "after failing with %s, sv is {%d, %d}, was {-7, -9}",
		  sc_errname(r.err), sv[0], sv[1]);
}
