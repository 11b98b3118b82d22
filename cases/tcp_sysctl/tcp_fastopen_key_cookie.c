/* tcp(7): tcp_fastopen_key is the server-side key from which Fast Open
 * cookies are generated.  A client gets a cookie under one key (its first
 * Fast Open connection asks for it); the key is then written again, the
 * same or a new one, and the client's next SYN carries data with the old
 * cookie: it is accepted under the same key and refused under a new one,
 * as TCPI_OPT_SYN_DATA at the client shows. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_fastopen_key_cookie) = {
	.claim   = "Fast Open cookies are generated from tcp_fastopen_key: a cookie stays valid while the key does",
	.source  = SC_SRC("man:tcp(7)", "tcp_fastopen_key: Set server side RFC 7413 Fast Open key to generate Fast Open cookie when server side Fast Open support is enabled"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "syn_data_acked",
};

#define KEY1 "00000001-00000002-00000003-00000004"
#define KEY2 "0000000a-0000000b-0000000c-0000000d"

static const struct row {
	SC_VARIANT_HEAD;
	const char *rekey;
	int accepted;
} rows[] = {
	{ .name = "same_key", .rekey = KEY1, .accepted = 1 },
	{ .name = "new_key", .rekey = KEY2, .accepted = 0 },
};
SC_VARIANTS(rows);

/* A Fast Open connection carrying 5 bytes; 1 when its SYN data was
 * acknowledged. */
static int fastopen(struct sc_pair *P)
{
	struct sc_tcpinfo t;
	int c = sc_kind_socket(P->kind), s;
	char buf[8];
	ssize_t n = sendto(c, "hello", 5, MSG_FASTOPEN, (struct sockaddr *)&P->addr, P->addrlen);

	if (n < 0 && errno == EOPNOTSUPP)
		sc_unsupported("sendto(MSG_FASTOPEN) on %s: EOPNOTSUPP", P->kind->name);
	SC_REQUIRE(n == 5, "sendto(MSG_FASTOPEN) failed: %s", sc_errname(errno));
	s = sc_accept(P, SC_WAIT_MS);
	sc_wait_inq(s, 5, SC_WAIT_MS);
	SC_REQUIRE(recv(s, buf, sizeof buf, 0) == 5, "the server did not read the 5 bytes");
	t = sc_tcpinfo(c);
	return !!(t.options & TCPI_OPT_SYN_DATA);
}

SC_TEST(tcp_fastopen_key_cookie)
{
	const struct row *V = P->variant;
	int first, second;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_fastopen", 3);
	sc_sysctl_set("net/ipv4/tcp_fastopen_key", KEY1);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_FASTOPEN, 8);
	SC_REQUIRE_OK(listen(P->l, 8));
	first = fastopen(P);
	SC_REQUIRE(!first, "the first connection, with no cookie yet, had its SYN data accepted");
	sc_sysctl_set("net/ipv4/tcp_fastopen_key", V->rekey);
	second = fastopen(P);
	sc_observe_int("syn_data_acked", second);
	SC_EXPECT_EQ(second, V->accepted);
}
