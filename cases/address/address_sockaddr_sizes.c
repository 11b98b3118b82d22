/* The address structures have their documented sizes: struct sockaddr 16
 * bytes (family + sa_data[14]), sockaddr_in 16, sockaddr_in6 28, and
 * sun_path 108 (UNIX_PATH_MAX); the kernel reports the same lengths.  (The
 * tutorial's own sockaddr_in, printed without sin_zero, is another claim:
 * address_tutorial_sockaddr_in.) */
#include "sc.h"

SC_CASE(address_sockaddr_sizes) = {
	.claim   = "sizeof(struct sockaddr) is 16, sockaddr_in 16, sockaddr_in6 28, sun_path 108; getsockname() reports these lengths",
	.source  = SC_SRC("seed", "使用 bind() 和 connect() 函数: char sa_data[14]; //14字节，包含套接字中的目标地址和端口信息"),
	.also    = { SC_SRC("man:unix(7)", "sun_path size: struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }") },
	.kinds   = SC_DGRAM,
	.require = SC_PLAIN, /* one per family */
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(address_sockaddr_sizes)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	socklen_t len, want;

	sc_observe_int("sizeof_sockaddr", sizeof(struct sockaddr));
	SC_EXPECT_EQ(sizeof(struct sockaddr), 16);
	SC_EXPECT_EQ(sizeof(((struct sockaddr *)0)->sa_data), 14);
	switch (P->kind->domain) {
	case AF_INET:
		want = 16;
		SC_EXPECT_EQ(sizeof(struct sockaddr_in), want);
		break;
	case AF_INET6:
		want = 28;
		SC_EXPECT_EQ(sizeof(struct sockaddr_in6), want);
		break;
	default:
		sc_observe_int("sizeof_sun_path", sizeof(((struct sockaddr_un *)0)->sun_path));
		SC_EXPECT_EQ(sizeof(((struct sockaddr_un *)0)->sun_path), 108);
		want = 0;
	}
	sc_local_addr(P, &ss, &len);
	if (!want)
		want = len;
	sc_bind_local(P, fd, &ss, &len);
	len = sizeof ss;
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(len, want);
}
