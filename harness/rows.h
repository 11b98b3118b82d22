/* Variant rows that several cases share, with the step that reads them. */
#ifndef SC_ROWS_H
#define SC_ROWS_H
#include "sc.h"

/* A boolean sysctl of the item's own namespace: "default" leaves it as a
 * new namespace has it (0), "set1" writes 1.  SC_VARIANTS(sc_sysctl_rows). */
struct sc_sysctl_row {
	SC_VARIANT_HEAD;
	const char *value;	/* NULL: the namespace's default */
};
extern const struct sc_sysctl_row sc_sysctl_rows[2];
/* This item's row applied to path (sc_sysctl_setting; call
 * sc_private_netns() first): the value read back, expected 0 on the
 * default row. */
long sc_sysctl_row(const struct sc_pair *P, const char *path);

/* A socket option on or off: "set" (on 1), "unset" (on 0).
 * SC_VARIANTS(sc_set_rows). */
struct sc_set_row {
	SC_VARIANT_HEAD;
	int on;
};
extern const struct sc_set_row sc_set_rows[2];

#endif
