/* A fork()ed child shares the socket; when the child closes its copy and
 * exits, the parent's reference remains: no FIN is sent, the connection
 * stays established, and the parent's own close then sends the FIN. */
#include "sc.h"
#include <sys/wait.h>

SC_CASE(close_fork_no_fin) = {
	.claim  = "a fork()ed child that closes its copy of the socket and exits sends no FIN; the parent's close does",
	.source = SC_SRC("seed", "close() 函数: close 操作只是使相应 socket 描述字的引用计数 -1，只有当引用计数为 0 的时候，才会触发 TCP 客户端向服务器发送终止连接请求"),
	.also   = { SC_SRC("posix", "close(): when all file descriptors associated with a socket have been closed, the socket shall be destroyed") },
	.kinds  = SC_CONNECTED,
	.key    = "state_after_child",
};

SC_TEST(close_fork_no_fin)
{
	int status = -1;
	pid_t pid, w = 0;
	char buf[8];

	pid = fork();
	SC_REQUIRE(pid >= 0, "fork() failed: %s", sc_errname(errno));
	if (pid == 0) {
		close(P->a);
		_exit(0);
	}
	/* The child does nothing but close and exit. */
	SC_WAIT_UNTIL((w = waitpid(pid, &status, WNOHANG)) != 0, SC_WAIT_MS, "the child to exit");
	SC_REQUIRE(w == pid && WIFEXITED(status), "the child did not exit cleanly");
	sc_expect_no_fin(P->a, P->b);
	sc_expect_established(P, P->a, "state_after_child");
	SC_EXPECT_RET(send(P->b, "ping", 4, MSG_NOSIGNAL), 4);
	SC_EXPECT_RET(recv(P->a, buf, sizeof buf, 0), 4);
	sc_expect_fin_on_close(&P->a, P->b);
}
