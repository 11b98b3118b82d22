/* Addresses as text for observations. */
#include "internal.h"
#include "addr_text.h"
#include <arpa/inet.h>
#include <stdio.h>

const char *sc_addr_text(const struct sockaddr_storage *ss, socklen_t len, char *buf, size_t cap)
{
	char ip[INET6_ADDRSTRLEN];

	switch (ss->ss_family) {
	case AF_INET: {
		const struct sockaddr_in *in = (const struct sockaddr_in *)ss;

		inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip);
		snprintf(buf, cap, "%s:%d", ip, ntohs(in->sin_port));
		break;
	}
	case AF_INET6: {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;

		inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip);
		snprintf(buf, cap, "[%s]:%d", ip, ntohs(in6->sin6_port));
		break;
	}
	case AF_UNIX: {
		const struct sockaddr_un *un = (const struct sockaddr_un *)ss;
		size_t n = len > offsetof(struct sockaddr_un, sun_path) ?
			   len - offsetof(struct sockaddr_un, sun_path) : 0;

		if (n == 0)
			snprintf(buf, cap, "unnamed");
		else if (un->sun_path[0] == '\0')
			snprintf(buf, cap, "@%.*s", (int)(n - 1), un->sun_path + 1);
		else
			snprintf(buf, cap, "%.*s", (int)strnlen(un->sun_path, n), un->sun_path);
		break;
	}
	case AF_VSOCK: {
		const struct sockaddr_vm *vm = (const struct sockaddr_vm *)ss;

		snprintf(buf, cap, "cid %u port %u", vm->svm_cid, vm->svm_port);
		break;
	}
	case AF_TIPC: {
		const struct sockaddr_tipc *t = (const struct sockaddr_tipc *)ss;

		if (t->addrtype == TIPC_SOCKET_ADDR)
			snprintf(buf, cap, "tipc port %u:%u", t->addr.id.node, t->addr.id.ref);
		else
			snprintf(buf, cap, "tipc service %u:%u", t->addr.name.name.type,
				 t->addr.name.name.instance);
		break;
	}
	default:
		snprintf(buf, cap, "family %d", ss->ss_family);
	}
	return buf;
}

void sc_observe_addr(const char *name, const struct sockaddr_storage *ss, socklen_t len)
{
	char buf[160];

	sc_observe_str(name, sc_addr_text(ss, len, buf, sizeof buf));
}
