/* tcp(7): tcp_allowed_congestion_control lists the algorithms available to
 * unprivileged processes.  The item drops CAP_NET_ADMIN, then sets each
 * registered algorithm on a new socket with TCP_CONGESTION: the allowed
 * ones succeed, the others fail with EPERM. */
#include "sc.h"
#include "sysctl_text.h"
#include <linux/capability.h>
#include <stdio.h>

SC_CASE(tcp_allowed_congestion_unprivileged) = {
	.claim   = "without CAP_NET_ADMIN a socket may choose exactly the algorithms tcp_allowed_congestion_control lists",
	.source  = SC_SRC("man:tcp(7)", "tcp_allowed_congestion_control: Show/set the congestion control algorithm choices available to unprivileged processes"),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE,   /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "refused",
};

static void drop_net_admin(void)
{
	struct __user_cap_header_struct h = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d) < 0)
		sc_broken("capget() failed: %s", sc_errname(errno));
	d[CAP_NET_ADMIN / 32].effective &= ~(1u << (CAP_NET_ADMIN % 32));
	d[CAP_NET_ADMIN / 32].permitted &= ~(1u << (CAP_NET_ADMIN % 32));
	if (syscall(SYS_capset, &h, d) < 0)
		sc_broken("capset() without CAP_NET_ADMIN failed: %s", sc_errname(errno));
}

SC_TEST(tcp_allowed_congestion_unprivileged)
{
	char avail[512], allowed[512], refused[512] = "", names[16][32], *save, *w;
	int err[16], n = 0;

	if (sc_sysctl_text("net/ipv4/tcp_available_congestion_control", avail, sizeof avail) < 0 ||
	    sc_sysctl_text("net/ipv4/tcp_allowed_congestion_control", allowed, sizeof allowed) < 0)
		sc_unsupported("cannot read the congestion-control lists");
	sc_observe_str("available", avail);
	sc_observe_str("allowed", allowed);
	{
		char copy[512], *sv, *x;
		int outside = 0;

		snprintf(copy, sizeof copy, "%s", avail);
		for (x = strtok_r(copy, " \t", &sv); x; x = strtok_r(NULL, " \t", &sv))
			outside |= !sc_word_in(allowed, x);
		if (!outside)
			sc_unsupported("every registered algorithm is allowed: none to be refused");
	}
	drop_net_admin();
	/* Try every algorithm first, judge after: the observation names what
	 * was refused even when the judgement ends the body. */
	for (w = strtok_r(avail, " \t", &save); w && n < 16; w = strtok_r(NULL, " \t", &save), n++) {
		int fd = sc_kind_socket(P->kind);

		snprintf(names[n], sizeof names[n], "%s", w);
		err[n] = setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, w, (socklen_t)strlen(w)) < 0 ? errno : 0;
		if (err[n])
			snprintf(refused + strlen(refused), sizeof refused - strlen(refused), "%s%s",
				 refused[0] ? " " : "", w);
		sc_close(&fd);
	}
	sc_observe_str("refused", refused[0] ? refused : "none");
	for (int i = 0; i < n; i++) {
		if (sc_word_in(allowed, names[i]))
			SC_EXPECT(err[i] == 0, "the allowed \"%s\" was refused: %s", names[i], sc_errname(err[i]));
		else
			SC_EXPECT(err[i] == EPERM, "\"%s\" is not allowed, yet setting it gave %s", names[i],
				  err[i] ? sc_errname(err[i]) : "success");
	}
}
