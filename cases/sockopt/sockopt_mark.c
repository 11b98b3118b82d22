/* socket(7) SO_MARK: the mark is set on each packet sent through the
 * socket; setting it requires CAP_NET_ADMIN.  The packets' mark is read
 * where they arrive, by a socket filter on the receiver that keeps only
 * packets marked 42 (struct __sk_buff mark). */
#include "sc.h"
#include "caps.h"
#include "delivery.h"
#include "filters.h"
#include <linux/bpf.h>

SC_CASE(sockopt_mark) = {
	.claim  = "packets sent on a socket carry its SO_MARK; setting the mark requires CAP_NET_ADMIN",
	.source = SC_SRC("man:socket(7)", "SO_MARK: Set the mark for each packet sent through this socket"),
	.kinds  = SC_ALL,
	.needs  = "root",
	.key    = "result",
};

enum how { PACKETS, UNPRIVILEGED, NET_RAW_ONLY };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "packets", .how = PACKETS, .kinds = SC_UDP },
	{ .name = "unprivileged", .how = UNPRIVILEGED,
	  .src = SC_SRC("man:socket(7)", "SO_MARK: Setting this option requires the CAP_NET_ADMIN capability") },
	{ .name = "cap_net_raw_only", .how = NET_RAW_ONLY,
	  .src = SC_SRC("man:socket(7)", "SO_MARK: Setting this option requires the CAP_NET_ADMIN capability") },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_mark)
{
	const struct variant *V = P->variant;
	struct sc_res r;
	int q42, q0;

	if (V->how == PACKETS) {
		sc_keep_if_field(P->b, offsetof(struct __sk_buff, mark), 42);
		SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_MARK, &(int){ 42 }, sizeof(int)));
		q42 = sc_dgram_fate(P->a, P->b, "m", 1);
		if (q42)
			SC_REQUIRE(recv(P->b, &(char){ 0 }, 1, MSG_DONTWAIT) == 1, "recv of the kept packet failed");
		SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_MARK, &(int){ 0 }, sizeof(int)));
		q0 = sc_dgram_fate(P->a, P->b, "0", 1);
		sc_observe_str("result", q42 && !q0 ? "mark 42 kept, 0 dropped" : q42 ? "both kept" : "42 dropped");
		SC_EXPECT(q42, "a packet sent with SO_MARK 42 arrived with another mark");
		SC_EXPECT(!q0, "a packet sent with SO_MARK 0 arrived marked 42");
		return;
	}
	if (V->how == UNPRIVILEGED)
		SC_CAP_DROP(CAP_NET_ADMIN, CAP_NET_RAW);
	else
		SC_CAP_DROP(CAP_NET_ADMIN);
	r = SC_CALL(setsockopt(P->a, SOL_SOCKET, SO_MARK, &(int){ 42 }, sizeof(int)));
	sc_cap_restore();
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "set");
	SC_EXPECT_ERRNO_RES("setsockopt(SO_MARK, 42) without CAP_NET_ADMIN", r, EPERM);
}
