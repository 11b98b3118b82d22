/* Effective capabilities through capget/capset (no libcap in guests). */
#include "sc.h"
#include "caps.h"

static struct __user_cap_data_struct saved[_LINUX_CAPABILITY_U32S_3];
static int have_saved;

static void get(struct __user_cap_data_struct *d)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };

	if (syscall(SYS_capget, &h, d) < 0)
		sc_broken("capget failed: %s", sc_errname(errno));
}

static void set(struct __user_cap_data_struct *d)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };

	if (syscall(SYS_capset, &h, d) < 0)
		sc_broken("capset failed: %s", sc_errname(errno));
}

int sc_cap_has(int cap)
{
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];

	get(d);
	return !!(d[cap / 32].effective & (1u << (cap % 32)));
}

void sc_need_net_admin(void)
{
	if (!sc_cap_has(CAP_NET_ADMIN))
		sc_unsupported("needs CAP_NET_ADMIN (root in this network namespace)");
}

void sc_cap_drop(const int *caps)
{
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];

	get(d);
	memcpy(saved, d, sizeof saved);
	have_saved = 1;
	for (; *caps >= 0; caps++) {
		if (!(d[*caps / 32].effective & (1u << (*caps % 32))))
			sc_unsupported("needs capability %d to drop it (not root)", *caps);
		d[*caps / 32].effective &= ~(1u << (*caps % 32));
	}
	set(d);
}

void sc_cap_restore(void)
{
	if (have_saved)
		set(saved);
	have_saved = 0;
}
