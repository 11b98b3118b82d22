/* The security context a Linux security module gives this process, for
 * the claims about SCM_SECURITY and SO_PEERSEC. */
#ifndef SC_LSM_H
#define SC_LSM_H
#include <stddef.h>
#include <sys/socket.h>

/* This process's context (/proc/self/attr/current, without the trailing
 * newline and NUL) into buf; its length.  *unsupported* when no security
 * module labels processes here. */
size_t sc_self_context(char *buf, size_t cap);
/* A context as the kernel hands it out (it may end in a NUL or a newline)
 * compared with the process's own. */
int sc_same_context(const char *got, size_t glen, const char *self, size_t slen);
/* *unsupported* unless a module that gives AF_UNIX messages a security id
 * (SELinux, Smack) is active: without one security_socket_getpeersec_dgram
 * gives none (AppArmor's hook answers ENOPROTOOPT), and scm_passec adds no
 * SCM_SECURITY to a message whose id is 0. */
void sc_require_message_labels(void);
/* getsockopt(fd, SOL_SOCKET, SO_PEERSEC, buf, len), its result and errno;
 * *unsupported* when it fails with ENOPROTOOPT and no module that labels
 * every socket (SELinux, Smack) is active: security_socket_getpeersec_stream
 * answers ENOPROTOOPT when no module keeps a label for the peer (no module
 * at all, or AppArmor, which records peers only where it mediates AF_UNIX). */
int sc_peer_label(int fd, char *buf, socklen_t *len);

#endif
