/* TCP_INFO in full, as the kernel fills it. */
#include "internal.h"
#include "tcpinfo.h"

struct sc_tcpinfo sc_tcpinfo(int fd)
{
	struct sc_tcpinfo ti;
	socklen_t len = offsetof(struct sc_tcpinfo, filled);

	memset(&ti, 0, sizeof ti);
	if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &len) < 0) {
		int e = errno;

		if (e == ENOPROTOOPT || e == EOPNOTSUPP)
			sc_unsupported("getsockopt(TCP_INFO): %s", sc_errname(e));
		sc_broken("getsockopt(TCP_INFO) failed: %s", sc_errname(e));
	}
	ti.filled = len;
	return ti;
}

void sc_tcpinfo_need(const struct sc_tcpinfo *ti, size_t end, const char *field)
{
	if (ti->filled < end)
		sc_unsupported("TCP_INFO has no tcpi_%s on this kernel (%u bytes)", field, ti->filled);
}
