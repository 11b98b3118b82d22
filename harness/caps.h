/* Capabilities of the item's own process: a claim about unprivileged
 * callers, made by root, drops the capability from its effective set.  The
 * item runs in a process of its own, so nothing else loses it. */
#ifndef SC_CAPS_H
#define SC_CAPS_H
#include "sc.h"

/* Remove cap (CAP_NET_ADMIN, CAP_DAC_OVERRIDE, ...) from the effective
 * set; *broken* when capset fails. */
void sc_drop_cap(int cap);
/* The process has cap in its effective set. */
int sc_has_cap(int cap);
#endif
