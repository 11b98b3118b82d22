/* getsockopt(2): optlen is a value-result argument: it comes in as the
 * size of the buffer and goes out as the size of the value returned.
 * Asked with a 64-byte buffer, an int option reports sizeof(int) and
 * SO_LINGER sizeof(struct linger). */
#include "sc.h"

SC_CASE(getsockopt_optlen_result) = {
	.claim  = "getsockopt() sets optlen to the size of the value it returned, not of the buffer given",
	.source = SC_SRC("man:getsockopt(2)", "optlen result: modified on return to indicate the actual size of the value returned"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "optlen",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int opt;
	socklen_t size;
} variants[] = {
	{ .name = "SO_TYPE", .opt = SO_TYPE, .size = sizeof(int) },
	{ .name = "SO_LINGER", .opt = SO_LINGER, .size = sizeof(struct linger) },
};
SC_VARIANTS(variants);

SC_TEST(getsockopt_optlen_result)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	char buf[64];
	socklen_t len = sizeof buf;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, V->opt, buf, &len));
	sc_observe_int("optlen", len);
	SC_EXPECT_EQ(len, V->size);
}
