/* The tutorial: once closed, the descriptor can no longer be used by the
 * caller, neither for read() nor for write(): both fail with EBADF. */
#include "sc.h"

SC_CASE(close_fd_unusable) = {
	.claim  = "after close() the descriptor can no longer be used: read() and write() on it fail with EBADF",
	.source = SC_SRC("seed", "close() 函数: 该描述字不能再由调用过程使用，也就是说不能再作为 read 或 write 的第一个参数"),
	.also   = { SC_SRC("posix", "read(), write(): [EBADF] the fildes argument is not a valid file descriptor") },
	.kinds  = SC_ALL,
	.key    = "read_errno",
};

SC_TEST(close_fd_unusable)
{
	int fd = P->a;
	struct sc_res r;
	char c;

	sc_close(&P->a);
	r = SC_CALL(read(fd, &c, 1));
	sc_observe_str("read_errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT(r.ret == -1 && r.err == EBADF, "read returned %ld %s", r.ret,
		  r.ret < 0 ? sc_errname(r.err) : "");
	SC_EXPECT_ERRNO(write(fd, "x", 1), EBADF);
	SC_EXPECT_ERRNO(send(fd, "x", 1, MSG_NOSIGNAL), EBADF);
}
