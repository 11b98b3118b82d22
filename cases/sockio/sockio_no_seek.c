/* socket(7): seeking, and pread(2) or pwrite(2) at a nonzero position,
 * are not supported on sockets (ESPIPE, as for pipes). */
#include "sc.h"

SC_CASE(sockio_no_seek) = {
	.claim  = "lseek(), and pread()/pwrite() at a nonzero position, fail on a socket (ESPIPE)",
	.source = SC_SRC("man:socket(7)", "no seeking: Seeking, or calling pread(2) or pwrite(2) with a nonzero position is not supported on sockets"),
	.kinds  = SC_ALL,
	.key    = "errno",
};

enum how { LSEEK, PREAD, PWRITE };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "lseek", .how = LSEEK },
	{ .name = "pread", .how = PREAD },
	{ .name = "pwrite", .how = PWRITE },
};
SC_VARIANTS(variants);

SC_TEST(sockio_no_seek)
{
	const struct variant *V = P->variant;
	char b[4] = "x";
	struct sc_res r;

	/* Data is queued, so a read that were allowed would not block. */
	sc_send_all(P->a, "abc", 3);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	switch (V->how) {
	case LSEEK:
		r = SC_CALL(lseek(P->b, 1, SEEK_SET));
		break;
	case PREAD:
		r = SC_CALL(pread(P->b, b, sizeof b, 1));
		break;
	default:
		r = SC_CALL(pwrite(P->a, b, 1, 1));
		break;
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "done");
	SC_EXPECT_ERRNO_RES(V->name, r, ESPIPE);
}
