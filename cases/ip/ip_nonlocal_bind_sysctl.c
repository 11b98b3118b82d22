/* ip(7): /proc/sys/net/ipv4/ip_nonlocal_bind: set (in the item's own
 * namespace), any socket may bind to a nonlocal address (192.0.2.1);
 * by default (0) it may not. */
#include "sc.h"
#include "ip4.h"
#include "rows.h"

SC_CASE(ip_nonlocal_bind_sysctl) = {
	.claim   = "bind() to a nonlocal IPv4 address fails while ip_nonlocal_bind is 0 (the default) and succeeds once it is 1",
	.source  = SC_SRC("man:ip(7)", "ip_nonlocal_bind: If set, allows processes to bind(2) to nonlocal IP addresses"),
	.also    = { SC_SRC("man:ip(7)", "IP_FREEBIND: This option is the per-socket equivalent of the ip_nonlocal_bind /proc interface described below.") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

SC_VARIANTS(sc_sysctl_rows);

SC_TEST(ip_nonlocal_bind_sysctl)
{
	struct sockaddr_storage ss;
	socklen_t len = sc_ip4_addr(P->kind, "192.0.2.1", 0, &ss);
	long on;
	int fd;
	struct sc_res r;

	sc_private_netns();
	on = sc_sysctl_row(P, "net/ipv4/ip_nonlocal_bind");
	fd = sc_kind_socket(P->kind);
	r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	if (on)
		SC_EXPECT_OK_RES("bind() to 192.0.2.1 with ip_nonlocal_bind 1", r);
	else
		SC_EXPECT(r.ret < 0, "bind() to 192.0.2.1 succeeded with ip_nonlocal_bind 0");
}
