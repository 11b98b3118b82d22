/* tcp(7): tcp_fastopen is a bitmap: 0x1 enables client-side Fast Open,
 * 0x2 server-side, 0x4 lets the client put data in its SYN without a Fast
 * Open option (no cookie), 0x200 lets the server accept such data, 0x400
 * enables Fast Open on every listener even without the TCP_FASTOPEN
 * option.  Each variant sets a value in a private namespace and connects
 * with sendto(MSG_FASTOPEN) (twice where a cookie must be obtained
 * first).  A raw socket shows the client's SYN (payload, Fast Open option
 * 34); the client's tcpi_options shows whether its SYN data was accepted
 * (TCPI_OPT_SYN_DATA). */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpraw.h"
#include "tcpread.h"

SC_CASE(tcp_fastopen_bits) = {
	.claim   = "each bit of tcp_fastopen enables the Fast Open behaviour the page gives it",
	.source  = SC_SRC("man:tcp(7)", "tcp_fastopen: Enables RFC 7413 Fast Open support. The flag is used as a bitmap with the following values"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "fastopen",
};

enum check {
	CLIENT_OFF,     /* MSG_FASTOPEN refused, nothing sent */
	COOKIE_REQ,     /* the SYN asks for a cookie (option 34), no data */
	DATA_NO_OPT,    /* the SYN carries data and no option 34 */
	ACCEPTED,       /* the SYN data is acknowledged */
	REFUSED,        /* the SYN data is not acknowledged */
};

static const struct row {
	SC_VARIANT_HEAD;
	int value, sockopt, conns;  /* sockopt: TCP_FASTOPEN on the listener */
	enum check check;
} rows[] = {
	{ .name = "off", .value = 0, .sockopt = 1, .conns = 1, .check = CLIENT_OFF,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen: Enables RFC 7413 Fast Open support") },
	{ .name = "client", .value = 0x1, .sockopt = 1, .conns = 1, .check = COOKIE_REQ,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x1: Enables client side Fast Open support") },
	{ .name = "server", .value = 0x3, .sockopt = 1, .conns = 2, .check = ACCEPTED,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x2: Enables server side Fast Open support") },
	{ .name = "server_off", .value = 0x1, .sockopt = 1, .conns = 2, .check = REFUSED,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x2: Enables server side Fast Open support") },
	{ .name = "client_no_cookie", .value = 0x5, .sockopt = 1, .conns = 1, .check = DATA_NO_OPT,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x4: Allows client side to transmit data in SYN without Fast Open option") },
	{ .name = "server_no_cookie", .value = 0x207, .sockopt = 1, .conns = 1, .check = ACCEPTED,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x200: Allows server side to accept SYN data without Fast Open option") },
	{ .name = "server_no_cookie_off", .value = 0x7, .sockopt = 1, .conns = 1, .check = REFUSED,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x200: Allows server side to accept SYN data without Fast Open option") },
	{ .name = "all_listeners", .value = 0x607, .sockopt = 0, .conns = 1, .check = ACCEPTED,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x400: Enables Fast Open on all listeners without TCP_FASTOPEN socket option") },
	{ .name = "all_listeners_off", .value = 0x207, .sockopt = 0, .conns = 1, .check = REFUSED,
	  .src = SC_SRC("man:tcp(7)", "tcp_fastopen/0x400: Enables Fast Open on all listeners without TCP_FASTOPEN socket option") },
};
SC_VARIANTS(rows);

/* One Fast Open connection: sendto(MSG_FASTOPEN) of 5 bytes, accepted and
 * read at the server.  The client's SYN in *syn; the client socket. */
static int fastopen_connect(struct sc_pair *P, int raw, int fam, struct sc_seg *syn, int *err)
{
	int c = sc_kind_socket(P->kind), s;
	char buf[8];
	ssize_t n;

	n = sendto(c, "hello", 5, MSG_FASTOPEN, (struct sockaddr *)&P->addr, P->addrlen);
	*err = n < 0 ? errno : 0;
	if (n < 0)
		return c;
	SC_REQUIRE(n == 5, "sendto(MSG_FASTOPEN) sent %zd of 5 bytes", n);
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, sc_port(c), sc_port(P->l), SC_SYN | SC_ACK, SC_SYN, syn,
				  SC_WAIT_MS), "the client's SYN was not seen");
	s = sc_accept(P, SC_WAIT_MS);
	sc_wait_inq(s, 5, SC_WAIT_MS);
	SC_REQUIRE(recv(s, buf, sizeof buf, 0) == 5, "the server did not read the 5 bytes");
	return c;
}

SC_TEST(tcp_fastopen_bits)
{
	const struct row *V = P->variant;
	int fam = sc_wire_family(P->kind), raw, c = -1, err = 0, opt;
	struct sc_seg syn = { 0 };
	struct sc_tcpinfo t = { 0 };

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_fastopen", V->value);
	raw = sc_tcpraw(fam);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	if (V->sockopt)
		SC_SETOPT(P->l, IPPROTO_TCP, TCP_FASTOPEN, 8);
	SC_REQUIRE_OK(listen(P->l, 8));
	for (int i = 0; i < V->conns; i++)
		c = fastopen_connect(P, raw, fam, &syn, &err);
	if (err && V->check != CLIENT_OFF) {
		if (err == EOPNOTSUPP && (P->kind->caps & SC_MPTCP))
			sc_unsupported("sendto(MSG_FASTOPEN) on %s: EOPNOTSUPP", P->kind->name);
		sc_broken("sendto(MSG_FASTOPEN) failed: %s", sc_errname(err));
	}
	opt = err ? -1 : sc_seg_option(&syn, 34, NULL);
	sc_observe_str("sendto", err ? sc_errname(err) : "sent");
	sc_observe_int("syn_payload", err ? -1 : (long)syn.len);
	sc_observe_int("syn_fastopen_option", opt >= 0);
	if (!err) {
		t = sc_tcpinfo(c);
		sc_observe_int("syn_data_acked", !!(t.options & TCPI_OPT_SYN_DATA));
	}
	switch (V->check) {
	case CLIENT_OFF:
		SC_EXPECT(err != 0, "sendto(MSG_FASTOPEN) worked with Fast Open off");
		break;
	case COOKIE_REQ:
		SC_EXPECT(opt >= 0, "the SYN carries no Fast Open option");
		SC_EXPECT_EQ(syn.len, 0);
		break;
	case DATA_NO_OPT:
		SC_EXPECT_EQ(syn.len, 5);
		SC_EXPECT(opt < 0, "the SYN carries a Fast Open option");
		break;
	case ACCEPTED:
		SC_EXPECT(t.options & TCPI_OPT_SYN_DATA, "the data in the SYN was not acknowledged");
		break;
	case REFUSED:
		SC_EXPECT(!(t.options & TCPI_OPT_SYN_DATA), "the data in the SYN was acknowledged");
		break;
	}
}
