/* Dropping a capability from this process's effective set. */
#include "internal.h"
#include "caps.h"
#include <linux/capability.h>

static void get(struct __user_cap_header_struct *h, struct __user_cap_data_struct d[2])
{
	*h = (struct __user_cap_header_struct){ _LINUX_CAPABILITY_VERSION_3, 0 };
	if (syscall(SYS_capget, h, d) < 0)
		sc_broken("capget failed: %s", sc_errname(errno));
}

int sc_has_cap(int cap)
{
	struct __user_cap_header_struct h;
	struct __user_cap_data_struct d[2];

	get(&h, d);
	return !!(d[cap / 32].effective & (1u << (cap % 32)));
}

void sc_drop_cap(int cap)
{
	struct __user_cap_header_struct h;
	struct __user_cap_data_struct d[2];

	get(&h, d);
	d[cap / 32].effective &= ~(1u << (cap % 32));
	if (syscall(SYS_capset, &h, d) < 0)
		sc_broken("capset (dropping capability %d) failed: %s", cap, sc_errname(errno));
}
