/* Variant rows several cases share. */
#include "rows.h"

const struct sc_sysctl_row sc_sysctl_rows[2] = {
	{ .name = "default", .value = NULL },
	{ .name = "set1", .value = "1" },
};

const struct sc_set_row sc_set_rows[2] = {
	{ .name = "set", .on = 1 },
	{ .name = "unset", .on = 0 },
};

long sc_sysctl_row(const struct sc_pair *P, const char *path)
{
	const struct sc_sysctl_row *V = P->variant;
	long value = sc_sysctl_setting(path, V->value);

	if (!V->value)
		SC_EXPECT_EQ(value, 0);
	return value;
}
