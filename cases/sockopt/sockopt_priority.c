/* socket(7) SO_PRIORITY: the priority set is given to every packet sent
 * on the socket; values outside 0 to 6 need CAP_NET_ADMIN.  The packets'
 * priority is read where they arrive, by a socket filter on the receiver
 * that keeps only packets of priority 5 (struct __sk_buff priority). */
#include "sc.h"
#include "caps.h"
#include "delivery.h"
#include "filters.h"
#include <linux/bpf.h>

SC_CASE(sockopt_priority) = {
	.claim  = "packets sent on a socket carry its SO_PRIORITY; setting one outside 0..6 needs CAP_NET_ADMIN",
	.source = SC_SRC("man:socket(7)", "SO_PRIORITY: Set the protocol-defined priority for all packets to be sent on this socket"),
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
	  .src = SC_SRC("man:socket(7)", "SO_PRIORITY: Setting a priority outside the range 0 to 6 requires the CAP_NET_ADMIN capability") },
	{ .name = "cap_net_raw_only", .how = NET_RAW_ONLY,
	  .src = SC_SRC("man:socket(7)", "SO_PRIORITY: Setting a priority outside the range 0 to 6 requires the CAP_NET_ADMIN capability") },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_priority)
{
	const struct variant *V = P->variant;
	struct sc_res r6, r7;
	int q5, q0;

	if (V->how == PACKETS) {
		sc_keep_if_field(P->b, offsetof(struct __sk_buff, priority), 5);
		SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_PRIORITY, &(int){ 5 }, sizeof(int)));
		q5 = sc_dgram_fate(P->a, P->b, "5", 1);
		if (q5)
			SC_REQUIRE(recv(P->b, &(char){ 0 }, 1, MSG_DONTWAIT) == 1, "recv of the kept packet failed");
		SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_PRIORITY, &(int){ 0 }, sizeof(int)));
		q0 = sc_dgram_fate(P->a, P->b, "0", 1);
		sc_observe_str("result", q5 && !q0 ? "priority 5 kept, 0 dropped" : q5 ? "both kept" : "5 dropped");
		SC_EXPECT(q5, "a packet sent with SO_PRIORITY 5 arrived with another priority");
		SC_EXPECT(!q0, "a packet sent with SO_PRIORITY 0 arrived with priority 5");
		return;
	}
	if (V->how == UNPRIVILEGED)
		SC_CAP_DROP(CAP_NET_ADMIN, CAP_NET_RAW);
	else
		SC_CAP_DROP(CAP_NET_ADMIN);
	r6 = SC_CALL(setsockopt(P->a, SOL_SOCKET, SO_PRIORITY, &(int){ 6 }, sizeof(int)));
	r7 = SC_CALL(setsockopt(P->a, SOL_SOCKET, SO_PRIORITY, &(int){ 7 }, sizeof(int)));
	sc_cap_restore();
	sc_observe_str("result", r7.ret < 0 ? sc_errname(r7.err) : "7 accepted");
	sc_expect_ok(SC_HERE, "setsockopt(SO_PRIORITY, 6) without CAP_NET_ADMIN", r6);
	SC_EXPECT_ERRNO_RES("setsockopt(SO_PRIORITY, 7) without CAP_NET_ADMIN", r7, EPERM);
}
