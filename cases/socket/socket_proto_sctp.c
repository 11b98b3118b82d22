/* The tutorial: protocol IPPROTO_SCTP selects the SCTP transport.  A pair
 * made with it reads SO_PROTOCOL IPPROTO_SCTP at both ends, carries data,
 * and the kernel lists the association in /proc/net/sctp/assocs under the
 * pair's ports.  A kernel without SCTP answers EPROTONOSUPPORT
 * (*unsupported*). */
#include "sc.h"
#include <stdio.h>
#include <stdlib.h>

SC_CASE(socket_proto_sctp) = {
	.claim   = "socket(AF_INET, SOCK_STREAM or SOCK_SEQPACKET, IPPROTO_SCTP) makes SCTP sockets whose association the kernel runs",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的有 IPPROTO_TCP 、 IPPROTO_UDP、IPPROTO_SCTP、IPPROTO_TIPC 等，分别表示 TCP 传输协议、UDP 传输协议、STCP 传输协议、TIPC 传输协议"),
	.kinds   = SC_SCTP,
	.key     = "so_protocol",
};

/* Field i (0-based) of a line of whitespace-separated fields, or NULL. */
static char *field(char *line, int i, char **save)
{
	char *t = strtok_r(line, " \t\n", save);

	while (t && i-- > 0)
		t = strtok_r(NULL, " \t\n", save);
	return t;
}

/* The association between these local and remote ports is listed (the
 * columns are found by the header's names LPORT and RPORT). */
static int listed(int lport, int rport)
{
	FILE *f = fopen("/proc/net/sctp/assocs", "re");
	char line[1024], head[1024], *save, *t;
	int lcol = -1, rcol = -1, found = 0;

	if (!f)
		sc_unsupported("no /proc/net/sctp/assocs");
	if (fgets(head, sizeof head, f))
		for (int i = 0; (t = strtok_r(i ? NULL : head, " \t\n", &save)); i++) {
			if (!strcmp(t, "LPORT"))
				lcol = i;
			if (!strcmp(t, "RPORT"))
				rcol = i;
		}
	while (!found && lcol >= 0 && rcol > lcol && fgets(line, sizeof line, f)) {
		char copy[1024];

		memcpy(copy, line, sizeof copy);
		t = field(line, lcol, &save);
		if (!t || atoi(t) != lport)
			continue;
		t = field(copy, rcol, &save);
		found = t && atoi(t) == rport;
	}
	fclose(f);
	return found;
}

SC_TEST(socket_proto_sctp)
{
	char buf[8] = "";

	sc_observe_int("so_protocol", sc_sockopt_int(P->a, SO_PROTOCOL));
	SC_EXPECT_EQ(sc_sockopt_int(P->a, SO_PROTOCOL), IPPROTO_SCTP);
	SC_EXPECT_EQ(sc_sockopt_int(P->b, SO_PROTOCOL), IPPROTO_SCTP);
	SC_EXPECT_RET(send(P->a, "sctp", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message over SCTP");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 4);
	SC_EXPECT(listed(sc_port(P->a), sc_port(P->b)),
		  "/proc/net/sctp/assocs lists no association from port %ld to %ld", sc_port(P->a), sc_port(P->b));
}
