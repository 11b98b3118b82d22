/* bind() reads sin_port / sin6_port in network byte order: a port number
 * stored without htons() binds the port whose bytes are swapped on a
 * little-endian host (ntohs of the value stored). */
#include "sc.h"
#include <arpa/inet.h>
#include <byteswap.h>

SC_CASE(address_port_byte_order) = {
	.claim   = "the port in a socket address is in network byte order: a port stored without htons() binds port ntohs(value)",
	.source  = SC_SRC("seed", "网络字节序与主机字节序: 务必将其转换为网络字节序再赋给 socket"),
	.also    = { SC_SRC("man:ip(7)", "sin_port: contains the port in network byte order") },
	.kinds   = SC_IP,
	.fixture = SC_FIX_NONE,
	.key     = "bound_as",
};

SC_TEST(address_port_byte_order)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int free_port = 0, fd, bound;
	uint16_t meant;

	/* A free port whose two bytes differ, so a swap shows. */
	for (int i = 0; i < 8 && !free_port; i++) {
		int p = sc_free_port(P);

		if ((p >> 8) != (p & 0xff))
			free_port = p;
	}
	SC_REQUIRE(free_port, "no ephemeral port with distinct bytes");
	/* The program meant port `meant` and stored it raw, without htons(). */
	meant = htons((uint16_t)free_port);
	sc_observe_int("meant_port", meant);
	fd = sc_kind_socket(P->kind);
	sc_local_addr(P, &ss, &len);
	sc_set_port(&ss, ntohs(meant));	/* sin_port = meant */
	if (bind(fd, (struct sockaddr *)&ss, len) < 0)
		sc_broken("bind() to the just-freed port %d failed: %s", free_port,
			  sc_errname(errno));
	bound = sc_port(fd);
	sc_observe_int("bound_port", bound);
	sc_observe_str("bound_as", bound == meant ? "as stored" :
		       bound == bswap_16(meant) ? "byte-swapped" : "other");
	SC_EXPECT_EQ(bound, ntohs(meant));
	if (htons(1) != 1)
		SC_EXPECT_EQ(bound, bswap_16(meant));
}
