/* socket(7) SO_MARK and SO_PRIORITY: the value set is given to every
 * packet sent on the socket; setting a mark, or a priority outside 0 to 6,
 * requires CAP_NET_ADMIN.  The packets' value is read where they arrive,
 * by a socket filter on the receiver that keeps only packets marked 42 or
 * of priority 5 (struct __sk_buff mark, priority). */
#include "sc.h"
#include "caps.h"
#include "delivery.h"
#include "filters.h"
#include <linux/bpf.h>
#include <stdio.h>

SC_CASE(sockopt_mark_priority) = {
	.claim  = "packets sent on a socket carry its SO_MARK and SO_PRIORITY; setting a mark, or a priority outside 0..6, requires CAP_NET_ADMIN",
	.source = SC_SRC("man:socket(7)", "SO_MARK: Set the mark for each packet sent through this socket"),
	.also   = { SC_SRC("man:socket(7)", "SO_PRIORITY: Set the protocol-defined priority for all packets to be sent on this socket") },
	.kinds  = SC_ALL,
	.needs  = "root",
	.key    = "result",
};

/* An option that tags packets. */
static const struct tag {
	const char *name, *what;  /* "SO_MARK", "mark" */
	int opt;
	size_t field;             /* where a socket filter reads it */
	int value;                /* the value packets are checked for */
	int allowed;              /* a value any caller may set, or -1 */
	int privileged;           /* a value that needs CAP_NET_ADMIN */
	const char *set;          /* the result when that value was set */
} mark = { "SO_MARK", "mark", SO_MARK, offsetof(struct __sk_buff, mark), 42, -1, 42, "set" },
  priority = { "SO_PRIORITY", "priority", SO_PRIORITY, offsetof(struct __sk_buff, priority), 5, 6, 7,
	       "7 accepted" };

enum how { PACKETS, UNPRIVILEGED, NET_RAW_ONLY };

#define MARK_PRIV SC_SRC("man:socket(7)", "SO_MARK: Setting this option requires the CAP_NET_ADMIN capability")
#define PRIORITY_PRIV SC_SRC("man:socket(7)", "SO_PRIORITY: Setting a priority outside the range 0 to 6 requires the CAP_NET_ADMIN capability")

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
	const struct tag *t;
} variants[] = {
	{ .name = "mark_packets", .how = PACKETS, .t = &mark, .kinds = SC_UDP,
	  .src = SC_SRC("man:socket(7)", "SO_MARK: Set the mark for each packet sent through this socket") },
	{ .name = "mark_unprivileged", .how = UNPRIVILEGED, .t = &mark, .src = MARK_PRIV },
	{ .name = "mark_cap_net_raw_only", .how = NET_RAW_ONLY, .t = &mark, .src = MARK_PRIV },
	{ .name = "priority_packets", .how = PACKETS, .t = &priority, .kinds = SC_UDP,
	  .src = SC_SRC("man:socket(7)", "SO_PRIORITY: Set the protocol-defined priority for all packets to be sent on this socket") },
	{ .name = "priority_unprivileged", .how = UNPRIVILEGED, .t = &priority, .src = PRIORITY_PRIV },
	{ .name = "priority_cap_net_raw_only", .how = NET_RAW_ONLY, .t = &priority, .src = PRIORITY_PRIV },
};
SC_VARIANTS(variants);

static void packets(struct sc_pair *P, const struct tag *t)
{
	char result[64];
	int q, q0;

	sc_keep_if_field(P->b, (int)t->field, (unsigned)t->value);
	SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, t->opt, &(int){ t->value }, sizeof(int)));
	q = sc_dgram_fate(P->a, P->b, "t", 1);
	if (q)
		SC_REQUIRE(recv(P->b, &(char){ 0 }, 1, MSG_DONTWAIT) == 1, "recv of the kept packet failed");
	SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, t->opt, &(int){ 0 }, sizeof(int)));
	q0 = sc_dgram_fate(P->a, P->b, "0", 1);
	if (q && !q0)
		snprintf(result, sizeof result, "%s %d kept, 0 dropped", t->what, t->value);
	else if (q)
		snprintf(result, sizeof result, "both kept");
	else
		snprintf(result, sizeof result, "%d dropped", t->value);
	sc_observe_str("result", result);
	SC_EXPECT(q, "a packet sent with %s %d arrived with another %s", t->name, t->value, t->what);
	SC_EXPECT(!q0, "a packet sent with %s 0 arrived with %s %d", t->name, t->what, t->value);
}

SC_TEST(sockopt_mark_priority)
{
	const struct variant *V = P->variant;
	const struct tag *t = V->t;
	struct sc_res allowed = { 0, 0 }, r;
	char what[64];

	if (V->how == PACKETS) {
		packets(P, t);
		return;
	}
	if (V->how == UNPRIVILEGED)
		SC_CAP_DROP(CAP_NET_ADMIN, CAP_NET_RAW);
	else
		SC_CAP_DROP(CAP_NET_ADMIN);
	if (t->allowed >= 0)
		allowed = SC_CALL(setsockopt(P->a, SOL_SOCKET, t->opt, &(int){ t->allowed }, sizeof(int)));
	r = SC_CALL(setsockopt(P->a, SOL_SOCKET, t->opt, &(int){ t->privileged }, sizeof(int)));
	sc_cap_restore();
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : t->set);
	if (t->allowed >= 0) {
		snprintf(what, sizeof what, "setsockopt(%s, %d) without CAP_NET_ADMIN", t->name, t->allowed);
		sc_expect_ok(SC_HERE, what, allowed);
	}
	snprintf(what, sizeof what, "setsockopt(%s, %d) without CAP_NET_ADMIN", t->name, t->privileged);
	SC_EXPECT_ERRNO_RES(what, r, EPERM);
}
