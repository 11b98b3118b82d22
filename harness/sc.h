/* sockconf harness: the one header a case includes.
 *
 * A case file states one documented claim as data (SC_CASE) and checks it in
 * one body (SC_TEST) that the harness runs once per socket kind the claim
 * applies to, and once per variant where the case has variants.  Every
 * expectation evaluates its expression once, captures errno at once,
 * records what it saw and, when the kernel did otherwise, ends the body
 * with a *deviates* verdict that names the claim, the expected and the
 * observed value and the errno by name. */
#ifndef SC_H
#define SC_H

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

/* ---- bounds ----------------------------------------------------------- */

/* A case's default bound in seconds; a case waiting on kernel timers
 * declares more (.timeout). */
#define SC_TIMEOUT_S 5
/* How long a wait for something loopback does at once may take before the
 * verdict is *timeout*: far beyond any real latency, short of the case's
 * bound.  Scaled by SC_TIMEOUT_MULT like every bound. */
#define SC_WAIT_MS 2000
/* How long a call that should return at once may stay blocked before the
 * claim is judged broken ("still blocked after N ms"). */
#define SC_BLOCKED_MS 1000

/* ---- kinds of endpoints ---------------------------------------------- */

/* Capabilities: what a kind is, as claims select kinds by it.  A case
 * names the groups its claim applies to, so a new kind joins every claim
 * its capabilities make it subject to without editing any case. */
enum {
	SC_STREAM     = 1u << 0,  /* SOCK_STREAM */
	SC_DGRAM      = 1u << 1,  /* SOCK_DGRAM */
	SC_SEQPACKET  = 1u << 2,  /* SOCK_SEQPACKET */
	SC_INET       = 1u << 3,  /* AF_INET */
	SC_INET6      = 1u << 4,  /* AF_INET6 (mapped kinds too) */
	SC_UNIX       = 1u << 5,  /* AF_UNIX */
	SC_VSOCK      = 1u << 6,  /* AF_VSOCK */
	SC_TIPC       = 1u << 7,  /* AF_TIPC */
	SC_TCP        = 1u << 8,  /* promises TCP: TCP_INFO, SOL_TCP, TCP states */
	SC_UDP        = 1u << 9,  /* promises UDP */
	SC_SCTP       = 1u << 10,
	SC_MPTCP      = 1u << 11,
	SC_UDPLITE    = 1u << 12,
	SC_MAPPED     = 1u << 13, /* an AF_INET6 socket speaking IPv4 (::ffff:127.0.0.1) */
	SC_LISTENER   = 1u << 14, /* the pair comes from listen() + connect() + accept() */
	SC_SOCKETPAIR = 1u << 15, /* the pair comes from socketpair() */
	SC_PATHNAME   = 1u << 16, /* AF_UNIX addresses are filesystem paths */
	SC_ABSTRACT   = 1u << 17, /* AF_UNIX addresses are in the abstract namespace */
	SC_PLAIN      = 1u << 18, /* the family's first kind of its type: claims
				     where the kind gives only family and type */
	SC_URGENT     = 1u << 19, /* the protocol carries out-of-band data, the
				     notion send(2) MSG_OOB needs: TCP's urgent
				     pointer; AF_UNIX streams since Linux 5.15 */
};
#define SC_IP        (SC_INET | SC_INET6)
#define SC_CONNECTED (SC_STREAM | SC_SEQPACKET)   /* connection-oriented */
#define SC_MESSAGE   (SC_DGRAM | SC_SEQPACKET)    /* reads see boundaries */
#define SC_ALL       (~0u)
/* Kinds that differ from another only in how the pair or its addresses
 * are made: cases that only create sockets exclude them. */
#define SC_RECIPE    (SC_SOCKETPAIR | SC_ABSTRACT | SC_MAPPED)

/* How a kind's connected pair is made. */
enum sc_make {
	SC_MAKE_ACCEPT,      /* listen, connect, accept */
	SC_MAKE_PEELOFF,     /* SCTP one-to-many: listen, connect, peel off */
	SC_MAKE_DGRAM,       /* two bound sockets connect()ed to each other */
	SC_MAKE_SOCKETPAIR,  /* socketpair() */
};

/* Which local addresses a kind uses. */
enum sc_addr {
	SC_ADDR_LOOPBACK4,   /* 127.0.0.1, port 0 */
	SC_ADDR_LOOPBACK6,   /* ::1, port 0 */
	SC_ADDR_MAPPED4,     /* ::ffff:127.0.0.1, port 0 */
	SC_ADDR_PATH,        /* a path in the item's private directory */
	SC_ADDR_ABSTRACT,    /* a unique abstract name */
	SC_ADDR_VSOCK,       /* VMADDR_CID_LOCAL, any port */
	SC_ADDR_TIPC,        /* a unique TIPC service name */
};

/* One row: everything a helper may ask about a kind. */
struct sc_kind {
	const char *name;      /* "inet_stream" */
	const char *column;    /* short table heading: "tcp4" */
	int domain, type, protocol;
	enum sc_make make;
	enum sc_addr addr;
	unsigned caps;
	const char *mimics;    /* the kind whose documented behaviour it promises */
	const char *module;    /* kernel module a guest loads for it, or NULL */
	const char *desc;
};

extern const struct sc_kind sc_kinds[];
extern const int sc_nkinds;
const struct sc_kind *sc_kind_named(const char *name);

/* ---- case metadata ---------------------------------------------------- */

struct sc_src {
	const char *doc;     /* "seed", "posix", "man:listen(2)", "rfc:793" */
	const char *section; /* "<entry>: <short quote>" */
};
#define SC_SRC(doc, section) { doc, section }
#define SC_MAX_ALSO 4
/* .also = SC_ALSO(SC_SRC(...), SC_SRC(...)) */
#define SC_ALSO(...) { __VA_ARGS__ }

enum sc_fixture {
	SC_FIX_PAIR,     /* a connected pair P->a (active end), P->b (peer) */
	SC_FIX_NONE,     /* only the kind and a private directory */
};

struct sc_case {
	const char *claim;        /* one sentence, as the document makes it */
	struct sc_src source;     /* the document the claim is taken from */
	struct sc_src also[SC_MAX_ALSO]; /* other documents saying the same */
	unsigned kinds;           /* any of these capabilities ... */
	unsigned require;         /* ... and all of these ... */
	unsigned exclude;         /* ... and none of these */
	const char *only;         /* or just these kinds, space separated */
	enum sc_fixture fixture;
	const char *key;          /* observation shown in tables */
	int timeout;              /* seconds for one item; default SC_TIMEOUT_S */
	const char *needs;        /* "root": unsupported without CAP_NET_ADMIN */
	int alone;                /* 1: its items run with no other item beside
				   * them (they fill a table the whole kernel
				   * shares, such as MPTCP's tokens) */
};

/* Variants: parameters that are not kinds (a backlog, a call, a flag).
 * A case's rows begin with SC_VARIANT_HEAD; each row is its own item on
 * every kind, named "<variant>/<kind>".  A row may cite its own entry of a
 * document and narrow the kinds (any of these capabilities). */
#define SC_VARIANT_HEAD const char *name; struct sc_src src; unsigned kinds
struct sc_variant { SC_VARIANT_HEAD; };
struct sc_variant_table {
	const void *rows;
	int count;
	size_t size;
};
/* Cases without variants keep this empty table (a tentative definition
 * that SC_VARIANTS completes). */
static const struct sc_variant_table sc_variants_ __attribute__((unused));
#define SC_VARIANTS(table)                                              \
	static const struct sc_variant_table sc_variants_ = {           \
		table, (int)(sizeof table / sizeof *table), sizeof *table }

/* The fixture every body receives as P.  Every descriptor starts at -1 and
 * every one the harness or sc_track() knows of is closed in teardown. */
struct sc_pair {
	const struct sc_kind *kind;
	const void *variant;          /* this item's variant row, or NULL */
	int a, b, l;
	struct sockaddr_storage addr; /* the listener's (or b's) bound address */
	socklen_t addrlen;
	char dir[96];                 /* private directory for AF_UNIX paths */
};

/* A case as the harness runs it.  SC_TEST records one per case file in the
 * section sc_cases, so a binary may hold one case or all of them (the
 * guests' single binary, called through a link named after each case). */
struct sc_registered {
	const char *id;
	const struct sc_case *meta;
	void (*body)(struct sc_pair *P);
	const struct sc_variant_table *variants;
};

#define SC_CASE(name)                                                   \
	static const char sc_id_[] = #name;                             \
	static const struct sc_case sc_meta_
#define SC_TEST(name)                                                   \
	static void sc_body_##name(struct sc_pair *P);                  \
	static const struct sc_registered sc_reg_##name                 \
		__attribute__((section("sc_cases"), used, aligned(sizeof(void *)))) = \
		{ sc_id_, &sc_meta_, sc_body_##name, &sc_variants_ };   \
	static void sc_body_##name(struct sc_pair *P __attribute__((unused)))

/* The case this process runs. */
extern const struct sc_registered *sc_this;
/* The kind belongs to the case (or to the variant row, when given). */
int sc_applies(const struct sc_kind *k, const struct sc_variant *v);

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

/* Each judges the claim: a body that returns without having judged
 * anything is *broken*, never *holds*. */
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
/* An outcome obtained elsewhere (a helper thread) failed with one of these. */
#define SC_EXPECT_ERRNO_RES(what, res, ...)                             \
	sc_expect_fail(SC_HERE, what, res, (const int[]){ __VA_ARGS__ }, \
		       (int)(sizeof((int[]){ __VA_ARGS__ }) / sizeof(int)))
/* The call succeeds (returns >= 0); its value is returned. */
#define SC_EXPECT_OK(expr) sc_expect_ok(SC_HERE, #expr, SC_CALL(expr))
/* A set-up step: failure makes the verdict *broken*, not *deviates*. */
#define SC_REQUIRE_OK(expr) sc_require_ok(SC_HERE, #expr, SC_CALL(expr))
#define SC_REQUIRE(cond, ...) \
	sc_require_true(SC_HERE, #cond, !!(cond), __VA_ARGS__)
/* Integer comparison: both sides evaluated once, both values printed. */
#define SC_EXPECT_CMP(a, op, b) SC_EXPECT_CMP_(a, op, b, #a, #b)
#define SC_EXPECT_EQ(a, b) SC_EXPECT_CMP_(a, ==, b, #a, #b)
#define SC_EXPECT_CMP_(a, op, b, as, bs) do {                           \
	long sc_a_ = (long)(a), sc_b_ = (long)(b);                      \
	sc_expect_cmp(SC_HERE, as, sc_a_, #op, bs, sc_b_, sc_a_ op sc_b_); \
} while (0)
#define SC_EXPECT(cond, ...) \
	sc_expect_true(SC_HERE, #cond, !!(cond), __VA_ARGS__)

const char *sc_errname(int err);

/* ---- observations ----------------------------------------------------- */

void sc_observe_int(const char *name, long value);
void sc_observe_str(const char *name, const char *value);

/* ---- descriptors and endpoints ---------------------------------------- */

int sc_track(int fd);          /* teardown will close fd; returns fd */
/* Teardown runs fn (last registered first) before it closes descriptors:
 * for set-up that must not outlive the item even in a namespace its
 * orphaned sockets keep alive. */
void sc_at_teardown(void (*fn)(void));
void sc_close(int *fd);        /* close now and forget; sets *fd = -1 */

int sc_socket(int domain, int type, int protocol);
/* socket() failed with err because this kernel lacks the family, type or
 * protocol (EAFNOSUPPORT, EPROTONOSUPPORT, ESOCKTNOSUPPORT, and ENOPROTOOPT
 * for MPTCP switched off): such an item is *unsupported*. */
int sc_lacks(int err);
int sc_kind_socket(const struct sc_kind *k);
/* A fresh local address of the kind's recipe (port 0, a new path or name). */
void sc_local_addr(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len);
/* bind fd to a fresh local address; the bound address (port filled in) in
 * *ss.  A family without a loopback address here is *unsupported*. */
void sc_bind_local(struct sc_pair *P, int fd, struct sockaddr_storage *ss, socklen_t *len);
/* A socket of P's kind bound to a fresh local address, not listening. */
int sc_bound_socket(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len);
void sc_listen(struct sc_pair *P, int backlog);   /* sets P->l, P->addr */
int sc_connect_nb(struct sc_pair *P, struct sc_res *res); /* non-blocking */
int sc_connect(struct sc_pair *P);                /* bounded, must succeed */
int sc_accept(struct sc_pair *P, int ms);         /* bounded, must succeed */
void sc_make_pair(struct sc_pair *P);             /* fills P->a, P->b */
void sc_set_nonblock(int fd, int on);
void sc_send_all(int fd, const void *buf, size_t n);
size_t sc_fill(int fd);        /* write until EAGAIN; returns bytes queued */
/* One byte sent with flags, errno captured. */
struct sc_res sc_send1(int fd, int flags);

/* ---- addresses -------------------------------------------------------- */

/* The port of an inet (host order) or vsock address (32 bits), or -1. */
long sc_addr_port(const struct sockaddr_storage *ss);
void sc_set_port(struct sockaddr_storage *ss, long port);
long sc_port(int fd);           /* getsockname's port, or -1 */
int sc_same_addr(const struct sockaddr_storage *a, socklen_t alen,
		 const struct sockaddr_storage *b, socklen_t blen);
/* An address of an inet kind's family: ip4:port for AF_INET, the same
 * v4-mapped (::ffff:ip4) for a mapped kind, ip6:port for AF_INET6.
 * Returns its length. */
socklen_t sc_ip_addr(const struct sc_kind *k, const char *ip4, const char *ip6, int port,
		     struct sockaddr_storage *ss);
/* A loopback port of the kind's family that was free a moment ago. */
long sc_free_port(struct sc_pair *P);
/* net.ipv4.ip_local_port_range into *lo, *hi (observed as port_range). */
void sc_port_range(long *lo, long *hi);

/* ---- socket options --------------------------------------------------- */

/* An int option; a failing read is a set-up failure (*broken*). */
long sc_getopt_int(int fd, int level, int opt);
/* Set an int option as a set-up step: a kind that lacks the option
 * (ENOPROTOOPT, EOPNOTSUPP) makes the item *unsupported*, any other
 * failure *broken*. */
void sc_setopt_at(int fd, int level, int opt, const char *name, int value);
#define SC_SETOPT(fd, level, opt, value) sc_setopt_at(fd, level, opt, #opt, value)
#define sc_sockopt_int(fd, opt) sc_getopt_int(fd, SOL_SOCKET, opt)
/* A fresh socket of kind k has SO_SNDBUF == wmem and SO_RCVBUF == rmem;
 * both are recorded (default_sndbuf, default_rcvbuf). */
void sc_expect_default_bufs(const struct sc_kind *k, long wmem, long rmem);

/* ---- bounded waits on kernel state ------------------------------------ */

/* Milliseconds scaled by SC_TIMEOUT_MULT for slow targets. */
int sc_ms(int ms);
long long sc_now_us(void);
/* The kernel's tick clock (times()) in ms.  Socket timeouts count ticks,
 * and in a guest the ticks may lag the monotonic clock while a vCPU is
 * held up: a timeout is judged in them too.  A timeout may end up to one
 * tick, SC_TICK_MS, before the time given. */
long long sc_tick_ms(void);
#define SC_TICK_MS 10
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
/* The timer /proc/net/tcp{,6} shows for that socket, or -1 when it lists
 * none: its "tr" field (0 none, 1 retransmit, 2 the socket timer:
 * keepalive on an established connection, 4 zero window probe); the time
 * left ("tm->when") in milliseconds in *left_ms. */
int sc_proc_tcp_timer(int family, int lport, int rport, long *left_ms);
/* Its retransmission count (the "retrnsmt" column), request sockets
 * included; -1 when it is not listed. */
long sc_proc_tcp_retrans(int family, int lport, int rport);
/* Bytes queued to read / not yet acknowledged (SIOCINQ / SIOCOUTQ). */
long sc_inq(int fd);
long sc_outq(int fd);
/* Wait (bounded, *timeout*) until SIOCINQ on fd reports at least n bytes. */
void sc_wait_inq(int fd, long n, int ms);

/* ---- listeners and their queues --------------------------------------- */

/* Connections waiting in a TCP listener's accept queue (tcpi_unacked) and
 * the limit the kernel stored (tcpi_sacked); -1 if unknown. */
long sc_queue_len(int l);
long sc_queue_max(int l);
/* Packets the socket dropped (SO_MEMINFO SK_MEMINFO_DROPS); -1 if unknown. */
long sc_drops(int fd);
/* Connect non-blocking clients to P->addr one at a time until one does not
 * fit in the accept queue, at most max+1 tries.  Returns the number that
 * fit; *over is the first client that did not (a TCP client whose SYN the
 * listener dropped, still SYN_SENT; an AF_UNIX one whose connect failed,
 * its errno in *over_err), or -1 when all fitted.  *unsupported* for
 * vsock, whose listener resets what does not fit at once. */
long sc_fill_queue(struct sc_pair *P, long max, int *over, int *over_err);
/* Listen on P->l and queue one TCP connection there, whose client then
 * resets it (SO_LINGER 0): returns once the queued end is gone from
 * /proc/net/tcp{,6}, still waiting to be accepted. */
void sc_queue_reset(struct sc_pair *P);
/* Make room for n more descriptors (the soft RLIMIT_NOFILE raised towards
 * the hard one); *unsupported* when the hard limit is too low. */
void sc_fd_budget(long n);

/* ---- calls made by a helper thread ------------------------------------ */

enum sc_op { SC_OP_READ, SC_OP_WRITE, SC_OP_DRAIN, SC_OP_ACCEPT, SC_OP_CONNECT };

/* One call made by a helper thread, observed from the body through /proc.
 * Declare it static: the thread may outlive a body that ends early. */
struct sc_call {
	enum sc_op op;
	int fd;
	size_t len;          /* READ/WRITE: bytes; DRAIN: read until this many */
	char *buf;           /* owned by the helper */
	const struct sockaddr *addr;  /* CONNECT */
	socklen_t addrlen;
	long ret;            /* the call's return (DRAIN: the last read) */
	int err;             /* errno when ret < 0 */
	size_t total;        /* DRAIN: bytes read in all */
	volatile int tid;
	volatile int done;
	pthread_t th;
	long long entered_us;  /* sc_now_us() as the thread made the call, */
	long long returned_us; /* and as the call returned; */
	int slept;             /* the call slept (a voluntary context switch) */
};

void sc_call_start(struct sc_call *c, enum sc_op op, int fd, size_t len);
/* 1 when /proc says the thread sleeps inside system call sysno. */
int sc_call_blocked_in(struct sc_call *c, long sysno);
/* How many times the thread has gone to sleep (its voluntary context
 * switches): one more each time it is woken and sleeps again; -1 if
 * unknown. */
long sc_call_sleeps(struct sc_call *c);
/* Wait (bounded, *timeout*) until the thread sleeps in sysno or returned. */
void sc_call_wait_blocked(struct sc_call *c, long sysno, const char *what);
int sc_call_done(struct sc_call *c);
/* The call is expected to return within ms of `after` (a signal, a close):
 * if it is still blocked the claim *deviates* ("still blocked N ms after
 * ..."), since the kernel has answered.  Reaps the thread. */
void sc_call_expect_return_at(struct sc_here at, struct sc_call *c, int ms, const char *after);
#define sc_call_expect_return(c, ms, after) sc_call_expect_return_at(SC_HERE, c, ms, after)
/* Wait for the call to return (else *timeout*) and reap the thread. */
void sc_call_join(struct sc_call *c, int ms, const char *what);
struct sc_res sc_call_res(const struct sc_call *c);

/* ---- signals ---------------------------------------------------------- */

/* Count deliveries of sig with these sa_flags (no SA_RESTART means
 * interrupted calls fail with EINTR).  sc_caught(sig) reads the count. */
void sc_catch(int sig, int flags);
int sc_caught(int sig);
/* Wait until sc_caught(sig) > 0, at most ms; the count then (0 when none
 * came: the caller judges).  For a signal the kernel should raise (SIGIO,
 * SIGURG, a real-time signal set with F_SETSIG). */
int sc_wait_signal(int sig, int ms);
/* The same for a counter a handler of the case's own increments. */
int sc_wait_count(volatile int *count, int ms);

/* ---- connections ending ----------------------------------------------- */

/* Close P->b and bring P->a to the point where its next write fails: for
 * TCP wait for the FIN, write once (the peer answers with RST) and wait for
 * the RST; for vsock and SCTP wait until P->a has seen the close (its end,
 * sc_wait_end); other kinds need nothing more.  Returns the writes that succeeded. */
int sc_break_pipe(struct sc_pair *P);
/* After writing to a TCP peer that closed, the peer's RST must arrive
 * (POLLHUP | POLLERR) within SC_BLOCKED_MS, else the claim *deviates*. */
void sc_expect_reset_at(struct sc_here at, int fd);
#define sc_expect_reset(fd) sc_expect_reset_at(SC_HERE, fd)
/* Close *fd (the last reference) and expect the peer to see end of file;
 * records fin_latency_us. */
void sc_expect_fin_on_close(int *fd, int peer);
/* Wait (bounded, *timeout*) until the end of the connection has reached
 * fd: poll() reports it (POLLIN, POLLRDHUP, POLLHUP or POLLERR: end of
 * file, data still queued before it, a hang-up, an error), or fd is a
 * peeled-off SCTP socket whose association is gone.  A peeled-off SCTP socket shows
 * its peer's close in no poll() event (sctp_poll() reads sk_shutdown,
 * which only a one-to-one socket's association sets): only its
 * association ends.  Returns the revents seen (0 for such an end). */
short sc_wait_end_at(struct sc_here at, int fd, int ms, const char *what);
#define sc_wait_end(fd, ms, what) sc_wait_end_at(SC_HERE, fd, ms, what)
/* The state of fd's SCTP association (SCTP_STATUS: SCTP_ESTABLISHED,
 * SCTP_SHUTDOWN_SENT, ...), SCTP_EMPTY (0) when it has none (any more),
 * -1 when fd is not SCTP; and the state's name ("ESTABLISHED", "none").
 * A one-to-one socket past ESTABLISHED is looked up in
 * /proc/net/sctp/assocs, whose walk may miss it (then SCTP_EMPTY). */
int sc_sctp_state(int fd);
const char *sc_sctp_state_name(int state);
/* fd was shut down for writing (shutdown() with SHUT_WR or SHUT_RDWR):
 * expect the end to be on its way to the peer.  For SCTP the association
 * must have left ESTABLISHED (its SHUTDOWN started), else nothing will
 * ever reach the peer and the claim *deviates*; records
 * association_after_shutdown.  Other kinds: nothing to check. */
void sc_expect_shutdown_sent_at(struct sc_here at, int fd);
#define sc_expect_shutdown_sent(fd) sc_expect_shutdown_sent_at(SC_HERE, fd)
/* fd was shut down for writing: for SCTP, whose shutdown is an exchange
 * with the peer (SHUTDOWN, its ACK, COMPLETE), wait (bounded, *timeout*)
 * until the exchange is over and the association gone, where a write
 * meets EPIPE (while it runs: ESHUTDOWN, epipe_after_own_shutdown).
 * Nothing to wait for on other kinds, or when no SHUTDOWN started. */
void sc_wait_shutdown_over(int fd);
/* Expect that `from` has sent no FIN or end of stream to `peer`: a byte
 * sent from `from` now arrives at `peer` (nothing can follow a FIN), and
 * after it `peer` has nothing left to read and, for TCP, is ESTABLISHED. */
void sc_expect_no_fin(int from, int peer);
/* For TCP kinds, record fd's state and expect ESTABLISHED. */
void sc_expect_established(const struct sc_pair *P, int fd, const char *obs);
/* A TCP connection (P->a client, P->b accepted) whose receiver never reads
 * and has the smallest SO_RCVBUF, and whose sender has a large SO_SNDBUF;
 * writes more than the receiver can take, so unacknowledged data stays
 * queued at P->a (SIOCOUTQ > 0) while P->a's send buffer has room to
 * spare.  Records rcvbuf, sndbuf, queued, outq and inq; returns the bytes
 * written. */
long sc_unacked_backlog(struct sc_pair *P);
/* Leave a TIME_WAIT socket on a listener's port: the server side (the
 * accepted socket) closes first, the client then closes, and the wait ends
 * when /proc/net/tcp{,6} lists TIME_WAIT on the port.  The listener is
 * closed too; P->addr keeps its address.  reuse: SO_REUSEADDR on the
 * listener (the accepted socket inherits it).  The item moves into a
 * private network namespace first (sc_private_netns), whose TIME_WAIT
 * budget no other item uses. */
void sc_make_time_wait(struct sc_pair *P, int reuse);

/* ---- the machine ------------------------------------------------------ */

/* Read field idx (0-based, whitespace separated) of /proc/sys/<path>. */
long sc_sysctl(const char *path, int idx);
long sc_sysctl_or_unsupported(const char *path, int idx);
/* A counter of this network namespace from /proc/net/snmp ("Udp",
 * "InCsumErrors") or /proc/net/snmp6 ("Udp6", "InCsumErrors"),
 * /proc/net/netstat ("TcpExt", "ListenDrops"); -1 when unreadable. */
long sc_net_counter(const char *file, const char *group, const char *name);
/* The TcpExt counter name of /proc/net/netstat; *unsupported* when this
 * kernel does not list it. */
long sc_tcpext(const char *name);
/* The number fmt (a scanf format converting one long, e.g. "MemTotal: %ld
 * kB") reads from the first line of the file path it matches; -1 when the
 * file is unreadable or no line matches. */
long sc_proc_long(const char *path, const char *fmt);
/* A counter of the kind's UDP table (Udp, Udp6, UdpLite, UdpLite6: the
 * version on the wire, so a mapped kind counts as IPv4), e.g.
 * "InCsumErrors"; -1 when unreadable. */
long sc_udp_counter(const struct sc_kind *k, const char *name);
/* CAP_NET_ADMIN in this network namespace (root), else *unsupported*. */
void sc_need_net_admin(void);
/* Move this item into a fresh network namespace with lo up (as root, or
 * through a user namespace), else *unsupported*.  Call it before making
 * any socket; the item's namespaced sysctls are then its own to change. */
void sc_private_netns(void);
/* Write a sysctl (call sc_private_netns() first for a namespaced one);
 * *unsupported* when the kernel has no such file. */
void sc_sysctl_set(const char *path, const char *value);
/* A variant's setting of a namespaced sysctl: write value (sc_sysctl_set;
 * NULL leaves the namespace's default, for the row that checks it), then
 * read field 0 back (sc_sysctl_or_unsupported, observed) and return it. */
long sc_sysctl_setting(const char *path, const char *value);

#endif
