/* getsockopt(2) ERRORS: getsockopt() and setsockopt() fail with the errno
 * the page lists for each condition: EFAULT when optval (or, for
 * getsockopt, optlen) points outside the process's address space; EINVAL
 * when setsockopt's optlen is invalid (shorter than the option's int, or
 * negative) or, for some options, the value is (IP_ADD_MEMBERSHIP with a
 * group that is not a multicast address); ENOPROTOOPT for an option
 * unknown at the level given. */
#include "sc.h"
#include <arpa/inet.h>
#include <sys/mman.h>

SC_CASE(getsockopt_errors) = {
	.claim  = "getsockopt() and setsockopt() fail with EFAULT for a pointer outside the address space, EINVAL for an invalid optlen or IP_ADD_MEMBERSHIP value, ENOPROTOOPT for an option unknown at SOL_SOCKET",
	.source = SC_SRC("man:getsockopt(2)", "EFAULT: The address pointed to by optval is not in a valid part of the process address space"),
	.also   = { SC_SRC("man:getsockopt(2)", "EINVAL: optlen invalid in setsockopt()"),
		    SC_SRC("man:getsockopt(2)", "ENOPROTOOPT: The option is unknown at the level indicated") },
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

enum how { GET_OPTVAL, GET_OPTLEN, SET_OPTVAL, SHORT, NEGATIVE, MEMBERSHIP, GET_UNKNOWN, SET_UNKNOWN };

#define EFAULT_SRC SC_SRC("man:getsockopt(2)", "EFAULT: The address pointed to by optval is not in a valid part of the process address space")
#define EINVAL_SRC SC_SRC("man:getsockopt(2)", "EINVAL: optlen invalid in setsockopt()")
#define ENOPROTOOPT_SRC SC_SRC("man:getsockopt(2)", "ENOPROTOOPT: The option is unknown at the level indicated")

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
	int err;
	const char *call;       /* the call as the verdict names it */
} variants[] = {
	{ .name = "efault_getsockopt_optval", .src = EFAULT_SRC, .how = GET_OPTVAL, .err = EFAULT,
	  .call = "getsockopt_optval" },
	{ .name = "efault_getsockopt_optlen", .how = GET_OPTLEN, .err = EFAULT, .call = "getsockopt_optlen",
	  .src = SC_SRC("man:getsockopt(2)", "EFAULT: For getsockopt(), this error may also be returned if optlen is not in a valid part of the process address space") },
	{ .name = "efault_setsockopt_optval", .src = EFAULT_SRC, .how = SET_OPTVAL, .err = EFAULT,
	  .call = "setsockopt_optval" },
	{ .name = "einval_optlen_short", .src = EINVAL_SRC, .how = SHORT, .err = EINVAL, .call = "optlen_short" },
	{ .name = "einval_optlen_negative", .src = EINVAL_SRC, .how = NEGATIVE, .err = EINVAL,
	  .call = "optlen_negative" },
	{ .name = "einval_ip_add_membership", .how = MEMBERSHIP, .err = EINVAL, .kinds = SC_UDP,
	  .call = "ip_add_membership",
	  .src = SC_SRC("man:getsockopt(2)", "EINVAL: In some cases this error can also occur for an invalid value in optval (e.g., for the IP_ADD_MEMBERSHIP option described in ip(7))") },
	{ .name = "enoprotoopt_getsockopt", .src = ENOPROTOOPT_SRC, .how = GET_UNKNOWN, .err = ENOPROTOOPT,
	  .call = "getsockopt(SOL_SOCKET, 9999)" },
	{ .name = "enoprotoopt_setsockopt", .src = ENOPROTOOPT_SRC, .how = SET_UNKNOWN, .err = ENOPROTOOPT,
	  .call = "setsockopt(SOL_SOCKET, 9999)" },
};
SC_VARIANTS(variants);

/* No SOL_SOCKET option has this number. */
#define UNKNOWN 9999

/* An address no page is mapped at: a page reserved, then given back. */
static void *unmapped(void)
{
	void *bad = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	SC_REQUIRE(bad != MAP_FAILED, "mmap failed: %s", sc_errname(errno));
	munmap(bad, 4096);
	return bad;
}

SC_TEST(getsockopt_errors)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind), v = 65536, one = 1;
	socklen_t len = sizeof(int);
	struct ip_mreq mr = { 0 };
	struct sc_res r = { 0, 0 };

	switch (V->how) {
	case GET_OPTVAL:
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, unmapped(), &len));
		break;
	case GET_OPTLEN:
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &(int){ 0 }, (socklen_t *)unmapped()));
		break;
	case SET_OPTVAL:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, unmapped(), sizeof(int)));
		break;
	case SHORT:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, 2));
		break;
	case NEGATIVE:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, (socklen_t)-1));
		break;
	case MEMBERSHIP:
		/* 127.0.0.1 is not a multicast group. */
		mr.imr_multiaddr.s_addr = htonl(INADDR_LOOPBACK);
		mr.imr_interface.s_addr = htonl(INADDR_ANY);
		r = SC_CALL(setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof mr));
		break;
	case GET_UNKNOWN:
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, UNKNOWN, &one, &len));
		break;
	case SET_UNKNOWN:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, UNKNOWN, &one, sizeof one));
		break;
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	sc_expect_fail(SC_HERE, V->call, r, &V->err, 1);
}
