/* unix(7): a socket bound to a filesystem pathname appears there as a
 * file of type socket. */
#include "sc.h"
#include <sys/stat.h>

SC_CASE(unix_socket_file_type) = {
	.claim   = "binding to a pathname creates a file of type socket (S_ISSOCK) at that path",
	.source  = SC_SRC("man:unix(7)", "socket file type: bound to a filesystem pathname (marked as being of type socket)"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.key     = "file_type",
};

SC_TEST(unix_socket_file_type)
{
	const struct sockaddr_un *un = (const struct sockaddr_un *)&P->addr;
	struct stat st;

	SC_EXPECT_OK(lstat(un->sun_path, &st));
	sc_observe_str("file_type", S_ISSOCK(st.st_mode) ? "socket" : S_ISREG(st.st_mode) ? "regular" : "other");
	SC_EXPECT(S_ISSOCK(st.st_mode), "%s has mode 0%o, not a socket", un->sun_path, (unsigned)st.st_mode);
}
