/* The security context a Linux security module gives this process, for
 * the claims about SCM_SECURITY and SO_PEERSEC. */
#ifndef SC_LSM_H
#define SC_LSM_H
#include <stddef.h>

/* This process's context (/proc/self/attr/current, without the trailing
 * newline and NUL) into buf; its length.  *unsupported* when no security
 * module labels processes here. */
size_t sc_self_context(char *buf, size_t cap);
/* A context as the kernel hands it out (it may end in a NUL or a newline)
 * compared with the process's own. */
int sc_same_context(const char *got, size_t glen, const char *self, size_t slen);

#endif
