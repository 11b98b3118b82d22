/* ip(7): ports below 1024 are privileged: only a process with
 * CAP_NET_BIND_SERVICE may bind them; another gets EACCES.  In the item's
 * own namespace (ip_unprivileged_port_start at its default, 1024) a
 * process without capabilities binds 1024 but not 1023; with its
 * capabilities it binds 1023. */
#include "sc.h"
#include "ip4.h"
#include "unprivileged.h"

SC_CASE(ip_privileged_ports) = {
	.claim   = "without CAP_NET_BIND_SERVICE bind() to a port below 1024 fails with EACCES while 1024 is bound; with it, 1023 is bound",
	.source  = SC_SRC("man:ip(7)", "privileged ports: The port numbers below 1024 are called privileged ports"),
	.also    = { SC_SRC("man:ip(7)", "EACCES: The user tried to execute an operation without the necessary permissions. These include: ... binding to a privileged port without superuser privileges (the CAP_NET_BIND_SERVICE capability).") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 ports */
	.fixture = SC_FIX_NONE,
	.key     = "bind_1023",
};

static const struct who {
	SC_VARIANT_HEAD;
	int privileged;
} whos[] = {
	{ .name = "unprivileged", .privileged = 0 },
	{ .name = "privileged", .privileged = 1 },
};
SC_VARIANTS(whos);

struct bindarg {
	int fd;
	struct sockaddr_storage ss;
	socklen_t len;
};

static struct sc_res do_bind(void *p)
{
	struct bindarg *a = p;

	return SC_CALL(bind(a->fd, (struct sockaddr *)&a->ss, a->len));
}

SC_TEST(ip_privileged_ports)
{
	const struct who *V = P->variant;
	struct bindarg low = { .fd = -1 }, high = { .fd = -1 };
	struct sc_res r;

	sc_private_netns();
	low.fd = sc_kind_socket(P->kind);
	low.len = sc_ip4_addr(P->kind, "127.0.0.1", 1023, &low.ss);
	if (V->privileged) {
		r = do_bind(&low);
		sc_observe_str("bind_1023", r.ret < 0 ? sc_errname(r.err) : "bound");
		SC_EXPECT_OK_RES("bind() to port 1023 with capabilities", r);
		return;
	}
	high.fd = sc_kind_socket(P->kind);
	high.len = sc_ip4_addr(P->kind, "127.0.0.1", 1024, &high.ss);
	r = sc_without_caps(do_bind, &low);
	sc_observe_str("bind_1023", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind() to port 1023 without capabilities", r, EACCES);
	r = sc_without_caps(do_bind, &high);
	sc_observe_str("bind_1024", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_OK_RES("bind() to port 1024 without capabilities", r);
}
