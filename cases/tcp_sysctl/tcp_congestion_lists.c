/* tcp(7): what the congestion-control files list.  tcp_available_
 * congestion_control lists the registered algorithms (each can be chosen
 * with TCP_CONGESTION by a privileged process), "reno" always among them;
 * tcp_allowed_congestion_control is a subset of it, by default "reno" and
 * the default algorithm; tcp_congestion_control's default comes from the
 * kernel configuration, so it is a registered algorithm.  Each variant
 * checks one of these statements. */
#include "sc.h"
#include "sysctl_text.h"
#include <stdio.h>

SC_CASE(tcp_congestion_lists) = {
	.claim   = "the congestion-control files list what the kernel has registered and allows",
	.source  = SC_SRC("man:tcp(7)", "tcp_available_congestion_control: Show a list of the congestion-control algorithms that are registered"),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE,   /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "lists",
};

enum check { SETTABLE, RENO, SUBSET, ALLOWED_DEFAULT, CONFIGURED };

static const struct row {
	SC_VARIANT_HEAD;
	enum check check;
} rows[] = {
	{ .name = "registered", .check = SETTABLE,
	  .src = SC_SRC("man:tcp(7)", "tcp_available_congestion_control: Show a list of the congestion-control algorithms that are registered. The items in the list are separated by white space and terminated by a newline character") },
	{ .name = "reno", .check = RENO,
	  .src = SC_SRC("man:tcp(7)", "tcp_congestion_control: The algorithm \"reno\" is always available") },
	{ .name = "allowed_subset", .check = SUBSET,
	  .src = SC_SRC("man:tcp(7)", "tcp_allowed_congestion_control: The list is a subset of those listed in tcp_available_congestion_control") },
	{ .name = "allowed_default", .check = ALLOWED_DEFAULT,
	  .src = SC_SRC("man:tcp(7)", "tcp_allowed_congestion_control: The default value for this list is \"reno\" plus the default setting of tcp_congestion_control") },
	{ .name = "default_configured", .check = CONFIGURED,
	  .src = SC_SRC("man:tcp(7)", "tcp_congestion_control: The default value for this file is set as part of kernel configuration") },
};
SC_VARIANTS(rows);

static void text(const char *path, char *buf, size_t len)
{
	if (sc_sysctl_text(path, buf, len) < 0)
		sc_unsupported("cannot read /proc/sys/%s", path);
	sc_observe_str(strrchr(path, '/') + 1, buf);
}

/* Every word of a is in b. */
static int subset(const char *a, const char *b, char *missing, size_t len)
{
	char copy[512], *save, *w;

	snprintf(copy, sizeof copy, "%s", a);
	for (w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
		if (!sc_word_in(b, w)) {
			snprintf(missing, len, "%s", w);
			return 0;
		}
	return 1;
}

SC_TEST(tcp_congestion_lists)
{
	const struct row *V = P->variant;
	char avail[512], allowed[512], def[64], want[160], miss[64] = "", copy[512], *save, *w;

	text("net/ipv4/tcp_available_congestion_control", avail, sizeof avail);
	switch (V->check) {
	case SETTABLE:
		snprintf(copy, sizeof copy, "%s", avail);
		for (w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
			int fd = sc_kind_socket(P->kind);
			char got[32] = "";
			socklen_t gl = sizeof got;

			SC_EXPECT_OK(setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, w, (socklen_t)strlen(w)));
			SC_REQUIRE_OK(getsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, got, &gl));
			SC_EXPECT(!strcmp(got, w), "TCP_CONGESTION reads \"%s\" after setting \"%s\"", got, w);
			sc_close(&fd);
		}
		break;
	case RENO:
		SC_EXPECT(sc_word_in(avail, "reno"), "\"reno\" is not in \"%s\"", avail);
		break;
	case SUBSET:
		text("net/ipv4/tcp_allowed_congestion_control", allowed, sizeof allowed);
		SC_EXPECT(subset(allowed, avail, miss, sizeof miss),
			  "allowed \"%s\" is not available", miss);
		break;
	case ALLOWED_DEFAULT:
		text("net/ipv4/tcp_allowed_congestion_control", allowed, sizeof allowed);
		text("net/ipv4/tcp_congestion_control", def, sizeof def);
		snprintf(want, sizeof want, "reno %s", def);
		SC_EXPECT(subset(want, allowed, miss, sizeof miss) && subset(allowed, want, miss, sizeof miss),
			  "the allowed list \"%s\" is not \"reno\" plus the default \"%s\" (\"%s\" differs)",
			  allowed, def, miss);
		break;
	case CONFIGURED:
		sc_private_netns();
		text("net/ipv4/tcp_congestion_control", def, sizeof def);
		SC_EXPECT(sc_word_in(avail, def), "the default \"%s\" is not registered (\"%s\")", def, avail);
		break;
	}
}
