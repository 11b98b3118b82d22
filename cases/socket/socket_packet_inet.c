/* The tutorial lists SOCK_PACKET among socket() types.  packet(7): the
 * Linux 2.0 call socket(AF_INET, SOCK_PACKET, protocol) is still
 * supported but deprecated; it gives a packet socket, i.e. an AF_PACKET
 * socket of type SOCK_PACKET, and only a process with CAP_NET_RAW may open
 * one: others get EPERM.  The unprivileged half runs in a forked child that
 * drops CAP_NET_RAW from its effective set; the privileged half needs the
 * capability and is *unsupported* without it. */
#include "sc.h"
#include <linux/capability.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>

SC_CASE(socket_packet_inet) = {
	.claim   = "socket(AF_INET, SOCK_PACKET, 0) still works: with CAP_NET_RAW it makes an AF_PACKET socket of type SOCK_PACKET, without it fails with EPERM",
	.source  = SC_SRC("man:packet(7)", "Compatibility: socket(AF_INET, SOCK_PACKET, protocol) is still supported, but deprecated; only processes with CAP_NET_RAW may open packet sockets"),
	.also    = { SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的是 SOCK_STREAM 、 SOCK_DGRAM、SOCK_RAW、SOCK_PACKET、SOCK_SEQPACKET 等等") },
	.only    = "inet_stream", /* the kind gives nothing: AF_INET is fixed */
	.fixture = SC_FIX_NONE,
	.key     = "so_domain",
	.needs   = "CAP_NET_RAW for the privileged half",
};

static int cap_eff(struct __user_cap_data_struct d[2], struct __user_cap_header_struct *h)
{
	h->version = _LINUX_CAPABILITY_VERSION_3;
	h->pid = 0;
	return (int)syscall(SYS_capget, h, d);
}

/* Child: drop CAP_NET_RAW, try the call, exit with its errno (0: it worked). */
static void child(void)
{
	struct __user_cap_header_struct h;
	struct __user_cap_data_struct d[2];
	int fd;

	if (cap_eff(d, &h) < 0)
		_exit(254);
	d[CAP_NET_RAW / 32].effective &= ~(1u << (CAP_NET_RAW % 32));
	if (syscall(SYS_capset, &h, d) < 0)
		_exit(255);
	fd = socket(AF_INET, SOCK_PACKET, 0);
	if (fd >= 0) {
		close(fd);
		_exit(0);
	}
	_exit(errno > 0 && errno < 254 ? errno : 253);
}

SC_TEST(socket_packet_inet)
{
	struct __user_cap_header_struct h;
	struct __user_cap_data_struct d[2];
	int dom = -1, type = -1, st = 0, raw;
	socklen_t len = sizeof dom;
	pid_t pid, got = 0;
	struct sc_res r;

	SC_REQUIRE_OK(cap_eff(d, &h));
	raw = !!(d[CAP_NET_RAW / 32].effective & (1u << (CAP_NET_RAW % 32)));
	sc_observe_int("cap_net_raw", raw);

	pid = fork();
	if (pid == 0)
		child();
	SC_REQUIRE(pid > 0, "fork failed: %s", sc_errname(errno));
	SC_WAIT_UNTIL((got = waitpid(pid, &st, WNOHANG)) != 0, SC_WAIT_MS, "the unprivileged child to exit");
	SC_REQUIRE(got == pid && WIFEXITED(st) && WEXITSTATUS(st) < 253,
		   "the unprivileged child failed (status 0x%x)", st);
	if (WEXITSTATUS(st) == EAFNOSUPPORT)
		sc_unsupported("socket(AF_INET, SOCK_PACKET, 0): EAFNOSUPPORT: no packet sockets (CONFIG_PACKET)");
	sc_observe_str("unprivileged", WEXITSTATUS(st) ? sc_errname(WEXITSTATUS(st)) : "created");
	SC_EXPECT(WEXITSTATUS(st) == EPERM, "without CAP_NET_RAW socket(AF_INET, SOCK_PACKET, 0) gave %s, not EPERM",
		  WEXITSTATUS(st) ? sc_errname(WEXITSTATUS(st)) : "a socket");

	if (!raw)
		sc_unsupported("no CAP_NET_RAW: the privileged half (a SOCK_PACKET socket is made) is not checked");
	r = SC_CALL(socket(AF_INET, SOCK_PACKET, 0));
	sc_track((int)r.ret);
	sc_observe_str("privileged", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_ok(SC_HERE, "socket(AF_INET, SOCK_PACKET, 0)", r);
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_DOMAIN, &dom, &len));
	sc_observe_int("so_domain", dom);
	SC_EXPECT_EQ(dom, AF_PACKET);
	len = sizeof type;
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_TYPE, &type, &len));
	sc_observe_int("so_type", type);
	SC_EXPECT_EQ(type, SOCK_PACKET);
}
