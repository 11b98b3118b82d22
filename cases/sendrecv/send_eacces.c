/* send(2) EACCES: for an AF_UNIX socket, write permission is denied on the
 * destination socket file; for UDP, the destination is a broadcast address
 * and SO_BROADCAST is not set.  The unix_path variant sends to a socket
 * file of mode 0 without CAP_DAC_OVERRIDE; the udp_broadcast one to
 * 127.255.255.255, lo's broadcast address. */
#include "sc.h"
#include "caps.h"
#include <arpa/inet.h>
#include <linux/capability.h>
#include <sys/stat.h>

SC_CASE(send_eacces) = {
	.claim   = "sendto() fails with EACCES to an AF_UNIX socket file without write permission, and to a broadcast address without SO_BROADCAST",
	.source  = SC_SRC("man:send(2)", "EACCES: (For UNIX domain sockets ...) Write permission is denied on the destination socket file ... (For UDP sockets) An attempt was made to send to a network/broadcast address as though it was a unicast address."),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR | SC_ABSTRACT,
	.key     = "errno",
};

static const struct dest {
	SC_VARIANT_HEAD;
	int broadcast;
} dests[] = {
	{ .name = "unix_path", .broadcast = 0, .kinds = SC_PATHNAME },
	{ .name = "udp_broadcast", .broadcast = 1, .kinds = SC_INET | SC_MAPPED },
};
SC_VARIANTS(dests);

SC_TEST(send_eacces)
{
	const struct dest *V = P->variant;
	struct sockaddr_storage ss = { 0 };
	socklen_t len = P->addrlen;
	int fd = sc_kind_socket(P->kind);

	if (!V->broadcast) {
		memcpy(&ss, &P->addr, sizeof ss);
		SC_REQUIRE_OK(chmod(((struct sockaddr_un *)&ss)->sun_path, 0));
		if (sc_cap_has(CAP_DAC_OVERRIDE))
			SC_CAP_DROP(CAP_DAC_OVERRIDE);
	} else if (P->kind->domain == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		in->sin_family = AF_INET;
		in->sin_port = htons(9);
		inet_pton(AF_INET, "127.255.255.255", &in->sin_addr);
		len = sizeof *in;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(9);
		inet_pton(AF_INET6, "::ffff:127.255.255.255", &in6->sin6_addr);
		len = sizeof *in6;
	}
	SC_EXPECT_ERRNO(sendto(fd, "x", 1, 0, (struct sockaddr *)&ss, len), EACCES);
}
