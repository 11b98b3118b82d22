/* send(2) MSG_CONFIRM: tells the link layer that the neighbour answered, so
 * it need not probe it again.  In a private network namespace, a veth
 * device has a stale neighbour entry for an on-link address; a datagram
 * sent to it with MSG_CONFIRM marks the entry confirmed just now (its
 * ndm_confirmed age drops to about 0), one sent without the flag does not. */
#include "sc.h"
#include "links.h"
#include "neighbours.h"
#include <arpa/inet.h>
#include <linux/neighbour.h>

SC_CASE(send_msg_confirm) = {
	.claim   = "a datagram sent with MSG_CONFIRM confirms the neighbour it goes to; without the flag the neighbour stays unconfirmed",
	.source  = SC_SRC("man:send(2)", "MSG_CONFIRM: Tell the link layer that forward progress happened: you got a successful reply from the other side. If the link layer doesn't get this it will regularly reprobe the neighbor"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "confirmed_age",
	.needs   = "root",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int confirm;
} modes[] = {
	{ .name = "confirm", .confirm = 1 },
	{ .name = "plain", .confirm = 0 },
};
SC_VARIANTS(modes);

SC_TEST(send_msg_confirm)
{
	const struct mode *V = P->variant;
	static const unsigned char mac[6] = { 2, 0, 0, 0, 0, 2 };
	int v6 = P->kind->domain == AF_INET6 && !(P->kind->caps & SC_MAPPED), ifx, fd;
	int fam = v6 ? AF_INET6 : AF_INET;
	const char *nb = v6 ? "fd77::2" : "10.77.0.2";
	struct sockaddr_storage to = { 0 };
	socklen_t tolen;
	long before, after;

	sc_private_netns();
	ifx = sc_link_veth_up("sc0", "sc1");
	sc_link_addr(ifx, fam, v6 ? "fd77::1" : "10.77.0.1", v6 ? 64 : 24);
	sc_nb_neigh(ifx, fam, nb, mac, NUD_STALE);
	if (P->kind->domain == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&to;

		in->sin_family = AF_INET;
		in->sin_port = htons(9);
		inet_pton(AF_INET, nb, &in->sin_addr);
		tolen = sizeof *in;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&to;

		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(9);
		inet_pton(AF_INET6, v6 ? nb : "::ffff:10.77.0.2", &in6->sin6_addr);
		tolen = sizeof *in6;
	}
	fd = sc_kind_socket(P->kind);
	before = sc_nb_neigh_confirmed(ifx, fam, nb);
	sc_observe_int("age_before", before);
	SC_REQUIRE(before >= 100, "the new stale entry counts as confirmed %ld ticks ago", before);
	SC_EXPECT_RET(sendto(fd, "x", 1, V->confirm ? MSG_CONFIRM : 0, (struct sockaddr *)&to, tolen), 1);
	after = sc_nb_neigh_confirmed(ifx, fam, nb);
	sc_observe_int("confirmed_age", after);
	if (V->confirm)
		SC_EXPECT_CMP(after, <, 50);
	else
		SC_EXPECT_CMP(after, >=, before);
}
