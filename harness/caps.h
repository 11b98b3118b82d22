/* The item's own capabilities: a case that checks what an unprivileged
 * caller gets takes one capability out of its effective set for a moment.
 * The item runs in its own process, so nothing else sees the change. */
#ifndef SC_CAPS_H
#define SC_CAPS_H
#include <linux/capability.h>

/* 1 when the capability is in the effective set. */
int sc_cap_has(int cap);
/* Take these capabilities (CAP_* numbers, ended by -1) out of the
 * effective set; *unsupported* when the item does not hold them to begin
 * with (not root).  sc_cap_restore() puts back what the last drop took. */
void sc_cap_drop(const int *caps);
void sc_cap_restore(void);
#define SC_CAP_DROP(...) sc_cap_drop((const int[]){ __VA_ARGS__, -1 })

#endif
