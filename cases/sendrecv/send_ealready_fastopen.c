/* send(2) EALREADY: another Fast Open is in progress.  While one thread's
 * blocking sendto(MSG_FASTOPEN) waits for a handshake that does not come
 * (the listener drops SYNs), a second sendto(MSG_FASTOPEN) on the socket
 * fails with EALREADY. */
#include "sc.h"
#include "blackhole.h"
#include <stdlib.h>
#include <sys/time.h>

SC_CASE(send_ealready_fastopen) = {
	.claim   = "sendto(MSG_FASTOPEN) while another Fast Open on the socket is in progress fails with EALREADY",
	.source  = SC_SRC("man:send(2)", "EALREADY: Another Fast Open is in progress."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static struct first {
	int fd;
	struct sockaddr_storage addr;
	socklen_t len;
	struct sc_call c;
} first;

static void *run(void *arg)
{
	struct first *f = arg;

	f->c.tid = (int)syscall(SYS_gettid);
	f->c.ret = syscall(SYS_sendto, f->fd, "one", 3, MSG_FASTOPEN | MSG_NOSIGNAL,
			   (struct sockaddr *)&f->addr, f->len);
	f->c.err = f->c.ret < 0 ? errno : 0;
	__atomic_store_n(&f->c.done, 1, __ATOMIC_RELEASE);
	return NULL;
}

SC_TEST(send_ealready_fastopen)
{
	struct timeval tv = { 3, 0 };
	int e;

	sc_listen(P, 4);
	sc_blackhole(P->l);
	P->a = sc_kind_socket(P->kind);
	/* Bounds the first call's wait for the handshake. */
	SC_REQUIRE_OK(setsockopt(P->a, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));
	first = (struct first){ .fd = P->a, .len = P->addrlen };
	memcpy(&first.addr, &P->addr, sizeof first.addr);
	first.c.buf = malloc(1);
	e = pthread_create(&first.c.th, NULL, run, &first);
	SC_REQUIRE(e == 0, "pthread_create failed: %s", sc_errname(e));
	sc_call_wait_blocked(&first.c, SYS_sendto, "the first Fast Open to wait for the handshake");
	SC_REQUIRE(!sc_call_done(&first.c), "the first sendto(MSG_FASTOPEN) returned %ld (%s)",
		   first.c.ret, sc_errname(first.c.err));
	SC_EXPECT_ERRNO(sendto(P->a, "two", 3, MSG_FASTOPEN | MSG_NOSIGNAL | MSG_DONTWAIT,
			       (struct sockaddr *)&P->addr, P->addrlen), EALREADY);
	/* Abort the attempt: the first call returns.  Kernels that have
	 * 4faeee0cf8a5 ("tcp: deny tcp_disconnect() when threads are
	 * waiting": 6.4, 5.10.183, 6.1.33) but not 419ce133ab92 ("tcp: allow
	 * again ...": 6.6) refuse with EBUSY; the call then ends at its
	 * SO_SNDTIMEO. */
	if (shutdown(P->a, SHUT_RDWR) == 0)
		sc_observe_str("abort", "shutdown");
	else if (errno == EBUSY)
		sc_observe_str("abort", "EBUSY: ends at SO_SNDTIMEO");
	else
		sc_broken("shutdown(SHUT_RDWR) of the pending Fast Open failed: %s", sc_errname(errno));
	sc_call_join(&first.c, SC_WAIT_MS, "the first Fast Open to give up");
}
