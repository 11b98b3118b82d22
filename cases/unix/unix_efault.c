/* unix(7) EFAULT: a user memory address that is not valid (here a page
 * mapped PROT_NONE) given for an address or a data buffer fails with
 * EFAULT. */
#include "sc.h"
#include <sys/mman.h>

SC_CASE(unix_efault) = {
	.claim  = "an address or buffer pointer to memory that is not accessible fails with EFAULT",
	.source = SC_SRC("man:unix(7)", "EFAULT: User memory address was not valid"),
	.kinds  = SC_UNIX,
	.key    = "errno",
};

static const struct where {
	SC_VARIANT_HEAD;
} wheres[] = {
	{ .name = "address" },	/* bind() reads a sockaddr_un there */
	{ .name = "buffer" },	/* send() reads the data there */
};
SC_VARIANTS(wheres);

SC_TEST(unix_efault)
{
	const struct sc_variant *V = P->variant;
	void *bad = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sc_res r;

	SC_REQUIRE(bad != MAP_FAILED, "mmap(PROT_NONE) failed: %s", sc_errname(errno));
	if (!strcmp(V->name, "address"))
		r = SC_CALL(bind(sc_kind_socket(P->kind), bad, sizeof(struct sockaddr_un)));
	else
		r = SC_CALL(send(P->a, bad, 16, MSG_DONTWAIT));
	munmap(bad, 4096);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	sc_expect_fail(SC_HERE, V->name[0] == 'a' ? "bind(an address in a PROT_NONE page)"
						  : "send(a buffer in a PROT_NONE page)", r,
		       (const int[]){ EFAULT }, 1);
}
