/* Setting an option as part of the claim, not as set-up: the option is what
 * the document describes, so a kind that refuses it while plain TCP (or the
 * kind's family) takes it differs from what it mimics and *deviates*
 * (MPTCP refusing a TCP option).  Only when a plain socket of the family
 * refuses it too does the kernel lack the option: *unsupported*. */
#ifndef SC_OPTCLAIM_H
#define SC_OPTCLAIM_H
#include "sc.h"

void sc_claim_opt_at(struct sc_here at, int fd, int level, int opt, const char *name,
		     const void *val, socklen_t len);
#define SC_CLAIM_OPT(fd, level, opt, value) do {                        \
	int sc_v_ = (value);                                            \
	sc_claim_opt_at(SC_HERE, fd, level, opt, #opt, &sc_v_, sizeof sc_v_); \
} while (0)
#endif
