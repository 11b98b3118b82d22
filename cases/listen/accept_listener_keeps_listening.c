/* The tutorial: a server creates one listening descriptor, which lives as
 * long as the server does, and accept() returns a new connected descriptor
 * per client.  After two accept() calls the listener is still listening
 * (SO_ACCEPTCONN, TCP state LISTEN) and accepts a third connection. */
#include "sc.h"

SC_CASE(accept_listener_keeps_listening) = {
	.claim  = "the listening descriptor survives accept() and keeps accepting new connections",
	.source = SC_SRC("seed", "accept() 接收请求: 一个服务器通常仅仅只创建一个监听 socket 描述字，它在该服务器的生命周期内一直存在"),
	.also   = { SC_SRC("man:accept(2)", "listener unaffected: the original socket sockfd is unaffected by this call") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "listener_state",
};

SC_TEST(accept_listener_keeps_listening)
{
	int acc, s[3];
	socklen_t al;

	sc_listen(P, 4);
	for (int i = 0; i < 3; i++) {
		sc_connect(P);
		s[i] = sc_accept(P, SC_WAIT_MS);
		SC_EXPECT(s[i] != P->l, "accept() returned the listener itself");
		for (int j = 0; j < i; j++)
			SC_EXPECT(s[i] != s[j], "accept() #%d returned descriptor %d again", i + 1, s[i]);
		acc = -1;
		al = sizeof acc;
		SC_EXPECT_OK(getsockopt(P->l, SOL_SOCKET, SO_ACCEPTCONN, &acc, &al));
		SC_EXPECT_EQ(acc, 1);
		if (P->kind->caps & SC_TCP)
			SC_EXPECT_EQ(sc_tcp_state(P->l), TCP_LISTEN);
	}
	if (P->kind->caps & SC_TCP)
		sc_observe_str("listener_state", sc_tcp_state_name(sc_tcp_state(P->l)));
}
