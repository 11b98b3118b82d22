/* A call made by a child without capabilities. */
#include "nocaps.h"
#include <linux/capability.h>
#include <sys/wait.h>

struct sc_res sc_without_caps(struct sc_res (*fn)(void *arg), void *arg)
{
	struct sc_res r = { -1, 0 };
	int p[2], st = 0;
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) < 0)
		sc_broken("pipe2() failed: %s", sc_errname(errno));
	sc_track(p[0]);
	sc_track(p[1]);
	pid = fork();
	if (pid < 0)
		sc_broken("fork() failed: %s", sc_errname(errno));
	if (pid == 0) {
		struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
		struct __user_cap_data_struct d[2];

		memset(d, 0, sizeof d);
		if (syscall(SYS_capset, &h, d) < 0)
			r = (struct sc_res){ -2, errno };
		else
			r = fn(arg);
		_exit(write(p[1], &r, sizeof r) == sizeof r ? 0 : 1);
	}
	sc_close(&p[1]);
	if (!sc_poll(p[0], POLLIN, sc_ms(SC_WAIT_MS))) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		sc_broken("the child without capabilities did not answer within %d ms", sc_ms(SC_WAIT_MS));
	}
	if (read(p[0], &r, sizeof r) != sizeof r) {
		waitpid(pid, &st, 0);
		sc_broken("the child without capabilities died (status 0x%x)", st);
	}
	waitpid(pid, &st, 0);
	if (r.ret == -2)
		sc_broken("capset() to drop every capability failed: %s", sc_errname(r.err));
	return r;
}
