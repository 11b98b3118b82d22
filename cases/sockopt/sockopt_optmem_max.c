/* socket(7) /proc/sys/net/core/optmem_max: the maximum length of
 * ancillary data per socket.  A sendmsg whose control data is longer is
 * refused (ENOBUFS: the kernel will not allocate it for the socket); one
 * well under it goes through.  The control data is one message of a level
 * no protocol interprets, so only its length matters. */
#include "sc.h"
#include <stdlib.h>

SC_CASE(sockopt_optmem_max) = {
	.claim  = "sendmsg() with more ancillary data than optmem_max fails; with less it succeeds",
	.source = SC_SRC("man:socket(7)", "optmem_max: Maximum length of ancillary data and user control data like the iovecs per socket"),
	.kinds  = SC_ALL,
	.key    = "result",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int over;
} variants[] = {
	{ .name = "over", .over = 1 },
	{ .name = "under", .over = 0 },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_optmem_max)
{
	const struct variant *V = P->variant;
	long max = sc_sysctl_or_unsupported("net/core/optmem_max", 0);
	size_t len = V->over ? (size_t)max + 1 : (size_t)max / 2;
	char data = 'o';
	struct iovec iov = { &data, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct cmsghdr *c;
	struct sc_res r;

	len = CMSG_ALIGN(len);
	c = calloc(1, len);
	SC_REQUIRE(c, "out of memory for %zu bytes of control data", len);
	c->cmsg_len = len;
	c->cmsg_level = 0x7fff; /* no protocol's level */
	c->cmsg_type = 1;
	m.msg_control = c;
	m.msg_controllen = len;
	r = SC_CALL(sendmsg(P->a, &m, MSG_NOSIGNAL));
	free(c);
	sc_observe_int("control_bytes", (long)len);
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (V->over)
		SC_EXPECT_ERRNO_RES("sendmsg() with control data over optmem_max", r, ENOBUFS);
	else
		SC_EXPECT_RET(r.ret, 1);
}
