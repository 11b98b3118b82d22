/* After the peer closes, read() first returns the data still queued, then
 * 0 (end of file). */
#include "sc.h"

SC_CASE(read_eof_after_close) = {
	.claim  = "read() returns the queued data, then 0 (end of file), after the peer closes",
	.source = SC_SRC("posix", "read(): no data and the peer has closed: return 0"),
	.also   = { SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 成功则返回读取到的字节数（但遇到文件结尾则返回 0）") },
	.kinds  = SC_CONNECTED,
};

SC_TEST(read_eof_after_close)
{
	char buf[16];

	sc_send_all(P->a, "xyz", 3);
	sc_close(&P->a);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 3);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 0);
}
