/* Shared by the fault libraries: each one is LD_PRELOADed into a case
 * process and breaks exactly one documented socket behaviour, so that the
 * case stating that behaviour must report *deviates*.  The real function
 * is reached with dlsym(RTLD_NEXT); helpers here call the real functions
 * too, never a wrapper of the same library. */
#ifndef FAULT_H
#define FAULT_H
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The next definition of `name` after this library; a library that cannot
 * find it aborts loudly rather than letting the case pass for a fault. */
#define REAL(name) ({                                                   \
	static __typeof__(name) *real_;                                 \
	if (!real_) {                                                   \
		real_ = (__typeof__(name) *)dlsym(RTLD_NEXT, #name);   \
		if (!real_) {                                           \
			fprintf(stderr, "fault: no next %s\n", #name);  \
			abort();                                        \
		}                                                       \
	}                                                               \
	real_;                                                          \
})

/* SO_TYPE of fd, or -1 when fd is not a socket.  Uses the raw system call
 * so that a library wrapping getsockopt() does not see its own probe. */
static inline int fault_sock_type(int fd)
{
	int type = -1, saved = errno;
	socklen_t len = sizeof type;
	struct stat st;

	if (fstat(fd, &st) < 0 || !S_ISSOCK(st.st_mode) ||
	    syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
		type = -1;
	errno = saved;
	return type;
}

static inline int fault_is_socket(int fd)
{
	return fault_sock_type(fd) >= 0;
}

/* Connection-oriented: stream or seqpacket. */
static inline int fault_is_connected_kind(int fd)
{
	int t = fault_sock_type(fd);

	return t == SOCK_STREAM || t == SOCK_SEQPACKET;
}
#endif
