/* unix(7) Pathname socket ownership and permissions: the socket file has
 * every permission the process umask does not turn off (umask 027 gives
 * 0750). */
#include "sc.h"
#include <sys/stat.h>

SC_CASE(unix_socket_file_umask) = {
	.claim   = "a new socket file has all permissions except those the umask turns off",
	.source  = SC_SRC("man:unix(7)", "socket file umask: The socket file has all permissions enabled, other than those that are turned off by the process umask(2)"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "mode",
};

SC_TEST(unix_socket_file_umask)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	struct stat st;
	socklen_t len;
	struct sc_res r;
	mode_t old;

	sc_local_addr(P, &ss, &len);
	old = umask(027);
	r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	umask(old);
	sc_require_ok(SC_HERE, "bind() under umask 027", r);
	SC_EXPECT_OK(stat(((struct sockaddr_un *)&ss)->sun_path, &st));
	sc_observe_int("mode", st.st_mode & 07777);
	SC_EXPECT((st.st_mode & 07777) == 0750, "the socket file has mode 0%o under umask 027, not 0750",
		  (unsigned)(st.st_mode & 07777));
}
