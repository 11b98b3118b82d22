/* The tutorial: a socket is a special kind of file.  Its descriptor is an
 * ordinary file descriptor whose fstat() st_mode has type S_IFSOCK, and
 * which the file calls (fcntl, dup, close) work on. */
#include "sc.h"
#include <sys/stat.h>

SC_CASE(socket_fstat_is_socket) = {
	.claim   = "a socket is a special file: fstat() on its descriptor reports type S_IFSOCK, and dup()/fcntl()/close() work on it",
	.source  = SC_SRC("seed", "什么是 Socket: socket 是一种特殊的文件，一些 sockte 函数就是对其进行的操作（读/写 IO、打开、关闭）"),
	.also    = { SC_SRC("posix", "<sys/stat.h>: S_IFSOCK socket; S_ISSOCK(m) test for a socket") },
	.kinds   = SC_ALL,
	.key     = "st_mode_type",
};

SC_TEST(socket_fstat_is_socket)
{
	struct stat st;
	int d;

	SC_EXPECT_OK(fstat(P->a, &st));
	sc_observe_int("st_mode_type", (long)(st.st_mode & S_IFMT));
	SC_EXPECT(S_ISSOCK(st.st_mode), "st_mode 0%o is not S_IFSOCK", (unsigned)st.st_mode);
	SC_EXPECT_OK(fcntl(P->a, F_GETFL));
	d = sc_track(SC_EXPECT_OK(dup(P->a)));
	SC_EXPECT_OK(fstat(d, &st));
	SC_EXPECT(S_ISSOCK(st.st_mode), "the dup()ed descriptor's st_mode 0%o is not S_IFSOCK", (unsigned)st.st_mode);
	SC_EXPECT_RET(send(d, "f", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "data sent through the dup()ed descriptor");
	sc_close(&d);
	SC_EXPECT_OK(fstat(P->a, &st));
}
