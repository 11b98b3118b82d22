/* socketpair(2) EFAULT: sv pointing outside the accessible address space
 * (a page mapped PROT_NONE) fails with EFAULT, and the two descriptors
 * the call had made are not left open. */
#include "sc.h"
#include <sys/mman.h>

SC_CASE(socketpair_efault) = {
	.claim   = "socketpair() with sv in inaccessible memory fails with EFAULT and leaves no descriptor open",
	.source  = SC_SRC("man:socketpair(2)", "EFAULT: The address sv does not specify a valid part of the process address space."),
	.kinds   = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static int lowest_free(void)
{
	int fd = fcntl(0, F_DUPFD, 0);

	if (fd < 0)
		fd = fcntl(1, F_DUPFD, 0);
	if (fd >= 0)
		close(fd);
	return fd;
}

SC_TEST(socketpair_efault)
{
	void *bad = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int before, after;
	struct sc_res r;

	SC_REQUIRE(bad != MAP_FAILED, "mmap(PROT_NONE) failed: %s", sc_errname(errno));
	before = lowest_free();
	r = SC_CALL(socketpair(AF_UNIX, P->kind->type, 0, bad));
	after = lowest_free();
	munmap(bad, 4096);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socketpair(sv in a PROT_NONE page)", r, (const int[]){ EFAULT }, 1);
	SC_EXPECT(after == before, "descriptor %d was free before the call and is taken after it", before);
}
