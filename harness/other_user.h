/* A child process of the item that acts as another user.  The body forks
 * it with a function to run; the child may take on other credentials
 * (sc_become) and then does what its function says: it connects, sends,
 * creates sockets.  Body and child talk over a control socket: numbers
 * (a step's result, or -errno) and descriptors.
 *
 * The child never judges: it runs no SC_EXPECT or SC_REQUIRE (those end
 * the body, which the child is not), only plain calls, and reports what
 * they returned.  It writes no records, and it cannot outlive its bound:
 * it has its own alarm with the default action. */
#ifndef SC_OTHER_USER_H
#define SC_OTHER_USER_H
#include "sc.h"

struct sc_child {
	pid_t pid;
	int ctl;        /* the body's end of the control socket (tracked) */
};

/* Runs in the child; its return value is the child's exit status. */
typedef int (*sc_child_fn)(int ctl, void *arg);

/* The child's exit status when sc_become() failed for lack of privilege:
 * the body's item is then *unsupported*. */
#define SC_CHILD_NOPERM 77

/* Fork a child that runs fn(ctl, arg) and exits with its value. */
void sc_child_start(struct sc_child *c, sc_child_fn fn, void *arg);
/* The next number the child sends, waiting at most SC_WAIT_MS (else
 * *timeout*).  A child that exits first ends the body: *unsupported* when
 * it could not change credentials, *broken* otherwise. */
long sc_child_get(struct sc_child *c);
/* A descriptor the child sends (tracked); the same bounds. */
int sc_child_get_fd(struct sc_child *c);
/* Send the child a number. */
void sc_child_put(struct sc_child *c, long v);
/* Wait (bounded) for the child to exit; its exit status, or -signal. */
int sc_child_wait(struct sc_child *c);

/* In the child: blocking reads and writes on the control socket, 0 or -1. */
int sc_ctl_put(int ctl, long v);
int sc_ctl_get(int ctl, long *v);
int sc_ctl_put_fd(int ctl, int fd);

/* In the child: drop supplementary groups and set the real, effective and
 * saved IDs.  0, or the errno of the call that failed.  With a saved uid of
 * 0 the child may become root again (sc_become_root). */
int sc_become(uid_t ruid, uid_t euid, uid_t suid, gid_t rgid, gid_t egid, gid_t sgid);
int sc_become_root(void);
#endif
