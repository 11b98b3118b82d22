#include "io_util.h"
#include <stdio.h>
#include <stdlib.h>
#include <poll.h>

void io_wait_inq(int fd, long n, int ms)
{
	SC_WAIT_UNTIL(sc_inq(fd) >= n, ms, "the data to be queued for reading (SIOCINQ)");
}

int io_free_port(struct sc_pair *P)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_kind_socket(P->kind), port;

	sc_local_addr(P, &ss, &len);
	if (bind(fd, (struct sockaddr *)&ss, len) < 0) {
		if (P->kind->domain == AF_INET6 && errno == EADDRNOTAVAIL)
			sc_unsupported("bind to [::1]: EADDRNOTAVAIL: no IPv6 loopback address");
		sc_broken("bind() to port 0 failed: %s", sc_errname(errno));
	}
	port = sc_port(fd);
	sc_close(&fd);
	SC_REQUIRE(port > 0, "getsockname gave no port");
	return port;
}

void io_set_port_raw(struct sockaddr_storage *ss, uint16_t raw)
{
	if (ss->ss_family == AF_INET)
		((struct sockaddr_in *)ss)->sin_port = raw;
	else
		((struct sockaddr_in6 *)ss)->sin6_port = raw;
}


int io_same_addr(const struct sockaddr_storage *a, socklen_t alen,
		 const struct sockaddr_storage *b, socklen_t blen)
{
	if (a->ss_family != b->ss_family)
		return 0;
	switch (a->ss_family) {
	case AF_INET: {
		const struct sockaddr_in *x = (const void *)a, *y = (const void *)b;

		return x->sin_port == y->sin_port && x->sin_addr.s_addr == y->sin_addr.s_addr;
	}
	case AF_INET6: {
		const struct sockaddr_in6 *x = (const void *)a, *y = (const void *)b;

		return x->sin6_port == y->sin6_port &&
		       !memcmp(&x->sin6_addr, &y->sin6_addr, sizeof x->sin6_addr);
	}
	case AF_UNIX: {
		const struct sockaddr_un *x = (const void *)a, *y = (const void *)b;
		size_t off = offsetof(struct sockaddr_un, sun_path);

		return alen == blen && alen >= off &&
		       !memcmp(x->sun_path, y->sun_path, alen - off);
	}
	}
	return 0;
}

void io_make_time_wait(struct sc_pair *P, int reuse)
{
	int one = 1, c, s, port, cport;
	char b[4];

	P->l = sc_kind_socket(P->kind);
	if (reuse)
		SC_REQUIRE_OK(setsockopt(P->l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	sc_local_addr(P, &P->addr, &P->addrlen);
	if (bind(P->l, (struct sockaddr *)&P->addr, P->addrlen) < 0) {
		if (P->kind->domain == AF_INET6 && errno == EADDRNOTAVAIL)
			sc_unsupported("no IPv6 loopback address");
		sc_broken("bind() of the listener failed: %s", sc_errname(errno));
	}
	P->addrlen = sizeof P->addr;
	SC_REQUIRE_OK(getsockname(P->l, (struct sockaddr *)&P->addr, &P->addrlen));
	SC_REQUIRE_OK(listen(P->l, 1));
	port = sc_port(P->l);
	c = sc_connect(P);
	s = sc_accept(P, 2000);
	cport = sc_port(c);
	SC_REQUIRE_OK(shutdown(s, SHUT_WR));
	sc_wait_fd(c, POLLIN, 2000, "the server's FIN at the client");
	SC_REQUIRE(read(c, b, sizeof b) == 0, "client did not read end of file");
	sc_close(&c);
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, port, cport, NULL) == TCP_TIME_WAIT, 2000,
		      "a TIME_WAIT socket on the listener's port in /proc/net/tcp");
	sc_observe_str("server_state_after_fin", sc_tcp_state_name(sc_tcp_state(s)));
	sc_close(&s);
	sc_close(&P->l);
}

long io_udp_counter(int family, const char *name)
{
	FILE *f = fopen(family == AF_INET6 ? "/proc/net/snmp6" : "/proc/net/snmp", "re");
	char line[1024], head[1024] = "", want[64];
	long v = -1;

	if (!f)
		return -1;
	snprintf(want, sizeof want, "Udp6%s", name);
	while (v < 0 && fgets(line, sizeof line, f)) {
		if (family == AF_INET6) {
			char key[64];
			long n;

			if (sscanf(line, "%63s %ld", key, &n) == 2 && !strcmp(key, want))
				v = n;
			continue;
		}
		if (strncmp(line, "Udp: ", 5))
			continue;
		if (!*head) {
			snprintf(head, sizeof head, "%s", line);
			continue;
		}
		/* Second "Udp:" line: values in the order of the names. */
		char *hs, *vs, *h = strtok_r(head, " \n", &hs), *x = strtok_r(line, " \n", &vs);

		while ((h = strtok_r(NULL, " \n", &hs)) && (x = strtok_r(NULL, " \n", &vs)))
			if (!strcmp(h, name)) {
				v = strtol(x, NULL, 10);
				break;
			}
		break;
	}
	fclose(f);
	return v;
}
