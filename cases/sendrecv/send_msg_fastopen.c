/* send(2) MSG_FASTOPEN: an implicit connect() with data in the SYN.
 * Without a cookie for the destination a non-blocking call returns
 * EINPROGRESS and sends a SYN asking for one; with the cookie it returns
 * the bytes sent in the SYN.  In a private network namespace with
 * net.ipv4.tcp_fastopen = 3 and a TCP_FASTOPEN listener. */
#include "sc.h"
#include "tcpinfo.h"

SC_CASE(send_msg_fastopen) = {
	.claim   = "sendto(MSG_FASTOPEN), non-blocking: EINPROGRESS and a SYN without a cookie; with one, the byte count sent in the SYN",
	.source  = SC_SRC("man:send(2)", "MSG_FASTOPEN: For a non-blocking socket, it returns the number of bytes buffered and sent in the SYN packet. If the cookie is not available locally, it returns EINPROGRESS, and sends a SYN with a Fast Open cookie request automatically."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "with_cookie",
	.needs   = "root",
};

static int client(struct sc_pair *P, struct sc_res *r)
{
	int fd = sc_kind_socket(P->kind);

	sc_set_nonblock(fd, 1);
	*r = SC_CALL(sendto(fd, "hello", 5, MSG_FASTOPEN | MSG_NOSIGNAL,
			    (struct sockaddr *)&P->addr, P->addrlen));
	return fd;
}

SC_TEST(send_msg_fastopen)
{
	struct sc_res r;
	char buf[8];
	int c, s;

	sc_private_netns();
	sc_sysctl_set("net/ipv4/tcp_fastopen", "3");
	sc_listen(P, 8);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_FASTOPEN, 8);
	c = client(P, &r);
	sc_observe_str("without_cookie", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "sendto(MSG_FASTOPEN) without a cookie", r, (const int[]){ EINPROGRESS }, 1);
	/* The SYN left (on loopback the handshake may be over already). */
	SC_EXPECT_CMP(sc_tcpinfo(c).segs_out, >=, 1);
	sc_wait_fd(c, POLLOUT, SC_WAIT_MS, "the first connection");
	s = sc_accept(P, SC_WAIT_MS);
	SC_EXPECT_ERRNO(recv(s, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
	sc_close(&c);
	sc_close(&s);
	P->a = client(P, &r);
	sc_observe_int("with_cookie", r.ret < 0 ? -r.err : r.ret);
	SC_EXPECT_RET(r.ret, 5);
	P->b = sc_accept(P, SC_WAIT_MS);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the SYN's data");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 5);
}
