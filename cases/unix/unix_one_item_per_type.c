/* unix(7) Ancillary messages: only one item of each type may be included
 * in a sent message.  A message with two SCM_RIGHTS items, or two
 * SCM_CREDENTIALS items, is not one sendmsg() accepts. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_one_item_per_type) = {
	.claim  = "sendmsg() refuses a message with two ancillary items of the same type",
	.source = SC_SRC("man:unix(7)", "one item per type: When sending ancillary data with sendmsg(2), only one item of each of the above types may be included in the sent message"),
	.kinds  = SC_UNIX,
	.key    = "two_items",
};

static const struct item {
	SC_VARIANT_HEAD;
	int type;
} items[] = {
	{ .name = "rights", .type = SCM_RIGHTS },
	{ .name = "credentials", .type = SCM_CREDENTIALS },
};
SC_VARIANTS(items);

SC_TEST(unix_one_item_per_type)
{
	const struct item *V = P->variant;
	size_t one = V->type == SCM_RIGHTS ? sizeof(int) : sizeof(struct ucred);
	union {
		char b[2 * CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} ctl;
	struct msghdr m = { .msg_control = &ctl, .msg_controllen = 2 * CMSG_SPACE(one) };
	struct cmsghdr *c;
	struct sc_anc anc;
	struct sc_res r;
	int rd, wr;
	char b[4];

	sc_pipe(&rd, &wr);
	memset(&ctl, 0, sizeof ctl);
	c = CMSG_FIRSTHDR(&m);
	for (int i = 0; i < 2; i++, c = CMSG_NXTHDR(&m, c)) {
		struct ucred uc = { getpid(), getuid(), getgid() };

		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = V->type;
		c->cmsg_len = CMSG_LEN(one);
		memcpy(CMSG_DATA(c), V->type == SCM_RIGHTS ? (void *)(i ? &rd : &wr) : (void *)&uc, one);
	}
	SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
	r = sc_send_ctl(P->a, "2", 1, &ctl, m.msg_controllen, NULL, 0);
	if (r.ret == 1 && sc_recv_anc(P->b, b, sizeof b, 1024, MSG_DONTWAIT, &anc).ret == 1) {
		sc_observe_int("items_received", V->type == SCM_RIGHTS ? anc.rights : anc.creds);
		if (V->type == SCM_RIGHTS)
			sc_observe_int("fds_received", anc.nfds);
	}
	sc_observe_str("two_items", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT(r.ret < 0, "sendmsg() with two %s items returned %ld", V->name, r.ret);
}
