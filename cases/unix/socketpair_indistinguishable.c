/* socketpair(2): the two sockets are indistinguishable: every property
 * either end can be asked about (type, domain, protocol, its own and its
 * peer's address, the peer's credentials, buffer sizes, file flags) reads
 * the same on both. */
#include "sc.h"
#include <sys/stat.h>

SC_CASE(socketpair_indistinguishable) = {
	.claim  = "the two ends of a socketpair() answer every query the same way",
	.source = SC_SRC("man:socketpair(2)", "indistinguishable: The two sockets are indistinguishable."),
	.kinds  = SC_SOCKETPAIR,
	.key    = "differences",
};

struct face {
	int type, domain, protocol, sndbuf, rcvbuf, fl;
	socklen_t nl, pl;
	struct sockaddr_un name, peer;
	struct ucred cred;
	mode_t mode;
};

static void read_face(int fd, struct face *f)
{
	socklen_t l = sizeof f->cred;
	struct stat st;

	memset(f, 0, sizeof *f);
	f->type = (int)sc_sockopt_int(fd, SO_TYPE);
	f->domain = (int)sc_sockopt_int(fd, SO_DOMAIN);
	f->protocol = (int)sc_sockopt_int(fd, SO_PROTOCOL);
	f->sndbuf = (int)sc_sockopt_int(fd, SO_SNDBUF);
	f->rcvbuf = (int)sc_sockopt_int(fd, SO_RCVBUF);
	f->fl = fcntl(fd, F_GETFL);
	f->nl = f->pl = sizeof f->name;
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&f->name, &f->nl));
	SC_EXPECT_OK(getpeername(fd, (struct sockaddr *)&f->peer, &f->pl));
	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &f->cred, &l));
	SC_EXPECT_OK(fstat(fd, &st));
	f->mode = st.st_mode;
}

SC_TEST(socketpair_indistinguishable)
{
	struct face a, b;
	int diff = 0;

	read_face(P->a, &a);
	read_face(P->b, &b);
#define SAME(field) do {                                                        \
	if (memcmp(&a.field, &b.field, sizeof a.field)) {                       \
		diff++;                                                         \
		sc_observe_str("differs", #field);                              \
	}                                                                       \
} while (0)
	SAME(type); SAME(domain); SAME(protocol); SAME(sndbuf); SAME(rcvbuf); SAME(fl);
	SAME(nl); SAME(pl); SAME(cred); SAME(mode);
	if (a.nl == b.nl && memcmp(&a.name, &b.name, a.nl)) {
		diff++;
		sc_observe_str("differs", "name");
	}
	if (a.pl == b.pl && memcmp(&a.peer, &b.peer, a.pl)) {
		diff++;
		sc_observe_str("differs", "peer");
	}
	sc_observe_int("differences", diff);
	SC_EXPECT_EQ(diff, 0);
}
