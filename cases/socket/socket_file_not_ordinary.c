/* The tutorial: "Linux does not distinguish socket files from ordinary
 * files"; everything is a file, used through open, read/write, close.  On
 * Linux a socket file cannot be opened (open(2): ENXIO, the file is a UNIX
 * domain socket) and a socket cannot seek (ESPIPE, like a pipe): read and
 * write work, the rest of the file interface does not. */
#include "sc.h"
#include <stdio.h>

SC_CASE(socket_file_not_ordinary) = {
	.claim   = "a socket is an ordinary file: its file opens with open() and its descriptor seeks with lseek()",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: Linux 不区分套接字文件和普通文件"),
	.also    = { SC_SRC("seed", "什么是 Socket: 都可以用 \" 打开 open -> 读写 write/read -> 关闭 close \" 模式来操作") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME | SC_LISTENER, /* a socket file to open */
	.key     = "errno",
};

static const struct op {
	SC_VARIANT_HEAD;
	int seek;
} ops[] = {
	{ .name = "open" },
	{ .name = "lseek", .seek = 1 },
};
SC_VARIANTS(ops);

SC_TEST(socket_file_not_ordinary)
{
	const struct op *V = P->variant;
	const char *path = ((struct sockaddr_un *)&P->addr)->sun_path;
	struct sc_res r;

	if (V->seek) {
		r = SC_CALL(lseek(P->a, 0, SEEK_CUR));
		sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "seeked");
		sc_expect_ok(SC_HERE, "lseek(socket, 0, SEEK_CUR)", r);
		return;
	}
	r = SC_CALL(open(path, O_RDWR | O_CLOEXEC));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "opened");
	sc_expect_ok(SC_HERE, "open(socket file, O_RDWR)", r);
}
