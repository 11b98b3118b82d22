/* One call made without privileges: in a forked child that dropped every
 * capability, so a case running as root can see what an unprivileged
 * process gets. */
#ifndef SC_NOCAPS_H
#define SC_NOCAPS_H
#include "sc.h"

/* Run fn(arg) in a forked child with no capabilities (effective,
 * permitted and inheritable sets emptied; the uid stays).  fn runs in the
 * child: it makes plain system calls only, never the harness's helpers,
 * and returns the outcome of the call the case judges (SC_CALL(...)).
 * The parent gets that outcome; a child that fails to drop its
 * capabilities, dies or hangs makes the item *broken*. */
struct sc_res sc_without_caps(struct sc_res (*fn)(void *arg), void *arg);

#endif
