/* The tutorial: the AF_UNIX family "decides that an absolute path name must
 * be used as the address", so bind() to a relative path must fail.  On
 * Linux it does not (see address_unix_relative_path). */
#include "sc.h"

SC_CASE(address_unix_absolute_path_only) = {
	.claim   = "an AF_UNIX socket address must be an absolute path name: bind() to a relative path fails",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: AF_UNIX 决定了要用一个绝对路径名作为地址"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "relative_bind",
};

SC_TEST(address_unix_absolute_path_only)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	struct sc_res r;

	/* Each kind runs in its own process: changing its cwd is private. */
	SC_REQUIRE_OK(chdir(P->dir));
	strcpy(un.sun_path, "rel");
	r = SC_CALL(bind(fd, (struct sockaddr *)&un, sizeof un));
	sc_observe_str("relative_bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT(r.ret < 0, "bind() to the relative path \"rel\" succeeded (returned %ld)", r.ret);
}
