/* ip(7) lists /proc/sys/net/ipv4 and ipv6 interfaces.  Each variant checks
 * that a listed file is there, or, for ip_always_defrag, which the page
 * says is not present since Linux 2.4, that it is absent.  A file the
 * page lists that the kernel no longer has makes the page stale. */
#include "sc.h"

SC_CASE(ip_proc_interface_listed) = {
	.claim   = "the /proc/sys/net interface the page describes exists (ip_always_defrag: does not, as the page says)",
	.source  = SC_SRC("man:ip(7)", "ip_autoconfig: Not documented."),
	.kinds   = SC_INET,		/* the machine's; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "present",
};

static const struct file {
	SC_VARIANT_HEAD;
	const char *path;
	int present;
} files[] = {
	{ .name = "ip_autoconfig", .path = "/proc/sys/net/ipv4/ip_autoconfig", .present = 1 },
	{ .name = "ip_always_defrag", .path = "/proc/sys/net/ipv4/ip_always_defrag", .present = 0,
	  .src = SC_SRC("man:ip(7)", "ip_always_defrag: [New with Linux 2.2.13; ... this option is not present in Linux 2.4.x and later]") },
};
SC_VARIANTS(files);

SC_TEST(ip_proc_interface_listed)
{
	const struct file *V = P->variant;
	int present = access(V->path, F_OK) == 0;

	SC_REQUIRE(access("/proc/sys/net/ipv4/ip_forward", F_OK) == 0, "/proc/sys/net is not readable here");
	sc_observe_int("present", present);
	SC_EXPECT(present == V->present, "%s is %s", V->path, present ? "present" : "absent");
}
