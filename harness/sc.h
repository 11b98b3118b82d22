/* sockconf harness: the one header a case includes.
 *
 * A case file states one documented claim as data (SC_CASE) and checks it in
 * one body (SC_TEST) that the harness runs once per socket kind the claim
 * applies to.  Every expectation evaluates its expression once, captures
 * errno at once, records what it saw and, when the kernel did otherwise,
 * ends the body with a *deviates* verdict that names the claim, the
 * expected and the observed value and the errno by name. */
#ifndef SC_H
#define SC_H

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

/* ---- kinds of endpoints ---------------------------------------------- */

enum sc_kind_id {
	SC_K_INET_STREAM,
	SC_K_INET6_STREAM,
	SC_K_UNIX_STREAM,
	SC_K_INET_DGRAM,
	SC_K_INET6_DGRAM,
	SC_K_UNIX_DGRAM,
	SC_K_UNIX_SEQPACKET,
	SC_K_COUNT
};

#define SC_INET_STREAM    (1u << SC_K_INET_STREAM)
#define SC_INET6_STREAM   (1u << SC_K_INET6_STREAM)
#define SC_UNIX_STREAM    (1u << SC_K_UNIX_STREAM)
#define SC_INET_DGRAM     (1u << SC_K_INET_DGRAM)
#define SC_INET6_DGRAM    (1u << SC_K_INET6_DGRAM)
#define SC_UNIX_DGRAM     (1u << SC_K_UNIX_DGRAM)
#define SC_UNIX_SEQPACKET (1u << SC_K_UNIX_SEQPACKET)

#define SC_TCP       (SC_INET_STREAM | SC_INET6_STREAM)
#define SC_UDP       (SC_INET_DGRAM | SC_INET6_DGRAM)
#define SC_STREAM    (SC_TCP | SC_UNIX_STREAM)
#define SC_DGRAM     (SC_UDP | SC_UNIX_DGRAM)
#define SC_INET      (SC_INET_STREAM | SC_INET_DGRAM)
#define SC_INET6     (SC_INET6_STREAM | SC_INET6_DGRAM)
#define SC_IP        (SC_TCP | SC_UDP)
#define SC_UNIX      (SC_UNIX_STREAM | SC_UNIX_DGRAM | SC_UNIX_SEQPACKET)
/* Connection-oriented kinds: a listener, connect() and accept(). */
#define SC_CONNECTED (SC_STREAM | SC_UNIX_SEQPACKET)
/* Kinds whose reads see message boundaries. */
#define SC_MESSAGE   (SC_DGRAM | SC_UNIX_SEQPACKET)
#define SC_ALL       ((1u << SC_K_COUNT) - 1)

struct sc_kind {
	const char *name;
	int domain, type, protocol;
	unsigned bit;
	const char *desc;
};

extern const struct sc_kind sc_kinds[SC_K_COUNT];

/* ---- case metadata ---------------------------------------------------- */

struct sc_src {
	const char *doc;     /* "seed", "posix", "man:listen(2)", "rfc:793" */
	const char *section; /* where in that document the claim stands */
};
#define SC_SRC(doc, section) { doc, section }

enum sc_fixture {
	SC_FIX_PAIR,     /* a connected pair P->a (active end), P->b (peer) */
	SC_FIX_NONE,     /* only the kind and a private directory */
};

struct sc_case {
	const char *claim;        /* one sentence, as the document makes it */
	struct sc_src source;     /* the document the claim is taken from */
	struct sc_src also;       /* optional second document saying the same */
	unsigned kinds;           /* SC_* kinds the claim applies to */
	enum sc_fixture fixture;
	const char *key;          /* observation shown in tables */
	int timeout;              /* seconds for one kind; default 5 */
	const char *needs;        /* e.g. "root"; informational */
};

/* The fixture every body receives as P.  Every descriptor starts at -1 and
 * every one the harness or sc_track() knows of is closed in teardown. */
struct sc_pair {
	const struct sc_kind *kind;
	int a, b, l;
	struct sockaddr_storage addr; /* the listener's (or b's) bound address */
	socklen_t addrlen;
	char dir[96];                 /* private directory for AF_UNIX paths */
};

#define SC_CASE(name)                                                   \
	const char sc_case_id[] = #name;                                \
	const struct sc_case sc_case_meta
#define SC_TEST(name) void sc_case_body(struct sc_pair *P __attribute__((unused)))

extern const char sc_case_id[];
extern const struct sc_case sc_case_meta;
void sc_case_body(struct sc_pair *P);

/* ---- outcomes --------------------------------------------------------- */

enum sc_outcome {
	SC_HOLDS, SC_DEVIATES, SC_UNSUPPORTED, SC_BROKEN, SC_TIMEOUT
};

struct sc_here {
	const char *file;
	int line;
};
#define SC_HERE ((struct sc_here){ __FILE__, __LINE__ })

/* End the body now with this outcome; teardown still runs. */
_Noreturn void sc_end(enum sc_outcome o, struct sc_here at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define sc_unsupported(...) sc_end(SC_UNSUPPORTED, SC_HERE, __VA_ARGS__)
#define sc_broken(...)      sc_end(SC_BROKEN, SC_HERE, __VA_ARGS__)
#define sc_deviates(...)    sc_end(SC_DEVIATES, SC_HERE, __VA_ARGS__)
#define sc_timeout(...)     sc_end(SC_TIMEOUT, SC_HERE, __VA_ARGS__)

/* ---- expectations ----------------------------------------------------- */

/* What one call returned, with errno captured before anything else runs. */
struct sc_res {
	long ret;
	int err;
};

#define SC_CALL(expr) ({                                                \
	errno = 0;                                                      \
	long sc_r_ = (long)(expr);                                      \
	(struct sc_res){ sc_r_, sc_r_ < 0 ? errno : 0 };                \
})

#define SC_MAX_ERRNOS 4
long sc_expect_ret(struct sc_here at, const char *expr, struct sc_res r, long want);
long sc_expect_fail(struct sc_here at, const char *expr, struct sc_res r,
		    const int *errs, int nerr);
long sc_expect_ok(struct sc_here at, const char *expr, struct sc_res r);
long sc_require_ok(struct sc_here at, const char *expr, struct sc_res r);
void sc_expect_cmp(struct sc_here at, const char *a, long va, const char *op,
		   const char *b, long vb, int ok);
void sc_expect_true(struct sc_here at, const char *expr, int ok,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void sc_require_true(struct sc_here at, const char *expr, int ok,
		     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The call returns exactly `want`. */
#define SC_EXPECT_RET(expr, want) \
	sc_expect_ret(SC_HERE, #expr, SC_CALL(expr), (want))
/* The call fails with -1 and one of the errnos listed. */
#define SC_EXPECT_ERRNO(expr, ...)                                      \
	sc_expect_fail(SC_HERE, #expr, SC_CALL(expr),                   \
		       (const int[]){ __VA_ARGS__ },                    \
		       (int)(sizeof((int[]){ __VA_ARGS__ }) / sizeof(int)))
/* The call succeeds (returns >= 0); its value is returned. */
#define SC_EXPECT_OK(expr) sc_expect_ok(SC_HERE, #expr, SC_CALL(expr))
/* A set-up step: failure makes the verdict *broken*, not *deviates*. */
#define SC_REQUIRE_OK(expr) sc_require_ok(SC_HERE, #expr, SC_CALL(expr))
#define SC_REQUIRE(cond, ...) \
	sc_require_true(SC_HERE, #cond, !!(cond), __VA_ARGS__)
/* Integer comparison: both sides evaluated once, both values printed. */
#define SC_EXPECT_CMP(a, op, b) do {                                    \
	long sc_a_ = (long)(a), sc_b_ = (long)(b);                      \
	sc_expect_cmp(SC_HERE, #a, sc_a_, #op, #b, sc_b_, sc_a_ op sc_b_); \
} while (0)
#define SC_EXPECT_EQ(a, b) SC_EXPECT_CMP(a, ==, b)
#define SC_EXPECT(cond, ...) \
	sc_expect_true(SC_HERE, #cond, !!(cond), __VA_ARGS__)

const char *sc_errname(int err);

/* ---- observations ----------------------------------------------------- */

void sc_observe_int(const char *name, long value);
void sc_observe_str(const char *name, const char *value);

/* ---- descriptors and endpoints ---------------------------------------- */

int sc_track(int fd);          /* teardown will close fd; returns fd */
void sc_close(int *fd);        /* close now and forget; sets *fd = -1 */

int sc_socket(int domain, int type, int protocol);
int sc_kind_socket(const struct sc_kind *k);
/* A fresh loopback (or private path) address of the kind's family. */
void sc_local_addr(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len);
void sc_listen(struct sc_pair *P, int backlog);   /* sets P->l, P->addr */
int sc_connect_nb(struct sc_pair *P, struct sc_res *res); /* non-blocking */
int sc_connect(struct sc_pair *P);                /* blocking, must succeed */
int sc_accept(struct sc_pair *P, int ms);         /* bounded, must succeed */
void sc_make_pair(struct sc_pair *P);             /* fills P->a, P->b */
void sc_set_nonblock(int fd, int on);
void sc_send_all(int fd, const void *buf, size_t n);
size_t sc_fill(int fd);        /* write until EAGAIN; returns bytes queued */
int sc_port(int fd);           /* getsockname port, or -1 */
/* A SOL_SOCKET option as an int; a failing read is a set-up failure. */
long sc_sockopt_int(int fd, int opt);

/* ---- bounded waits on kernel state ------------------------------------ */

/* Milliseconds scaled by SC_TIMEOUT_MULT for slow targets. */
int sc_ms(int ms);
/* poll() one fd with a bound; returns revents, 0 when the bound passed. */
short sc_poll(int fd, short events, int ms);
/* Wait until fd reports events, else end the body with *timeout*. */
short sc_wait_fd_at(struct sc_here at, int fd, short events, int ms, const char *what);
#define sc_wait_fd(fd, events, ms, what) sc_wait_fd_at(SC_HERE, fd, events, ms, what)
/* Re-evaluate cond until it holds, else *timeout*.  Between tries the CPU
 * is yielded, then 1 ms polls: this is polling kernel state, not sleeping. */
#define SC_WAIT_UNTIL(cond, bound_ms, what) do {                        \
	struct sc_deadline sc_d_ = sc_deadline(bound_ms);               \
	while (!(cond))                                                 \
		if (!sc_backoff(&sc_d_))                                \
			sc_end(SC_TIMEOUT, SC_HERE, "waited %d ms for %s", \
			       sc_d_.ms, what);                         \
} while (0)

struct sc_deadline {
	long long end_ns;
	int ms, tries;
};
struct sc_deadline sc_deadline(int ms);
int sc_backoff(struct sc_deadline *d);   /* 0 once the deadline passed */

int sc_tcp_info(int fd, struct tcp_info *ti);  /* 0 or -errno */
int sc_tcp_state(int fd);                      /* TCP_* or -1 */
const char *sc_tcp_state_name(int state);
/* State of the TCP socket between these local and remote ports as
 * /proc/net/tcp{,6} lists it (TIME_WAIT and orphans included), or -1; its
 * unacknowledged bytes (tx_queue) in *txq when txq is not NULL.  For
 * sockets no descriptor refers to any more. */
int sc_proc_tcp(int family, int lport, int rport, long *txq);
/* Bytes queued to read / not yet acknowledged (SIOCINQ / SIOCOUTQ). */
long sc_inq(int fd);
long sc_outq(int fd);

/* ---- the machine ------------------------------------------------------ */

/* Read field idx (0-based, whitespace separated) of /proc/sys/<path>. */
long sc_sysctl(const char *path, int idx);
long sc_sysctl_or_unsupported(const char *path, int idx);

#endif
