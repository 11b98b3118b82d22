/* ip(7): IP_TRANSPARENT lets a socket bind to a nonlocal address (to act
 * with the foreign address as its local end), and setting it needs
 * CAP_NET_ADMIN: a process without capabilities gets EPERM. */
#include "sc.h"
#include "ip4.h"
#include "unprivileged.h"

SC_CASE(ip_transparent_bind) = {
	.claim   = "with IP_TRANSPARENT bind() to a nonlocal address succeeds; without CAP_NET_ADMIN setting it fails with EPERM",
	.source  = SC_SRC("man:ip(7)", "IP_TRANSPARENT: This socket option allows the calling application to bind to a nonlocal IP address and operate both as a client and a server with the foreign address as the local endpoint."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct who {
	SC_VARIANT_HEAD;
	int privileged;
} whos[] = {
	{ .name = "privileged", .privileged = 1 },
	{ .name = "unprivileged", .privileged = 0,
	  .src = SC_SRC("man:ip(7)", "IP_TRANSPARENT: Enabling this socket option requires superuser privileges (the CAP_NET_ADMIN capability).") },
};
SC_VARIANTS(whos);

static struct sc_res set_transparent(void *arg)
{
	int one = 1;

	return SC_CALL(setsockopt(*(int *)arg, IPPROTO_IP, IP_TRANSPARENT, &one, sizeof one));
}

SC_TEST(ip_transparent_bind)
{
	const struct who *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len = sc_ip4_addr(P->kind, "192.0.2.1", 0, &ss);
	int fd;
	struct sc_res r;

	sc_private_netns();
	fd = sc_kind_socket(P->kind);
	if (!V->privileged) {
		r = sc_without_caps(set_transparent, &fd);
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "set");
		SC_EXPECT_ERRNO_RES("setsockopt(IP_TRANSPARENT) without capabilities", r, EPERM);
		return;
	}
	SC_SETOPT(fd, IPPROTO_IP, IP_TRANSPARENT, 1);
	r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_OK_RES("bind() to 192.0.2.1 with IP_TRANSPARENT", r);
}
