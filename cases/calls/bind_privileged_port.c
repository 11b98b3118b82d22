/* bind(2): EACCES, "the address is protected, and the user is not the
 * superuser".  Ports below net.ipv4.ip_unprivileged_port_start are
 * protected: a process that gave up root (uid 65534, no capabilities)
 * cannot bind one. */
#include "sc.h"
#include "unprivileged.h"

SC_CASE(bind_privileged_port) = {
	.claim   = "bind() to a port below ip_unprivileged_port_start by a user who is not the superuser fails with EACCES",
	.source  = SC_SRC("man:bind(2)", "EACCES (1): The address is protected, and the user is not the superuser"),
	.kinds   = SC_IP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static struct sc_res bind_port(struct sc_pair *P, void *arg)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = socket(P->kind->domain, P->kind->type, P->kind->protocol), off = 0;

	if (fd < 0)
		return (struct sc_res){ -4, errno };
	if (P->kind->caps & SC_MAPPED)
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
	sc_local_addr(P, &ss, &len);
	sc_set_port(&ss, *(int *)arg);
	return SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
}

SC_TEST(bind_privileged_port)
{
	long start = sc_sysctl_or_unsupported("net/ipv4/ip_unprivileged_port_start", 0);
	int port = (int)start - 1, probe = sc_kind_socket(P->kind);
	struct sc_res r;

	sc_close(&probe);
	if (port < 1)
		sc_unsupported("ip_unprivileged_port_start is %ld: no port is protected", start);
	sc_observe_int("port", port);
	r = sc_as_nobody(P, bind_port, &port);
	SC_REQUIRE(r.ret != -4, "socket() as nobody failed: %s", sc_errname(r.err));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind() to a protected port as nobody", r, EACCES);
}
