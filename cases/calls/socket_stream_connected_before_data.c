/* socket(2): a stream socket must be in a connected state before any data
 * may be sent or received on it.  On a stream socket never connected,
 * send() and recv() both fail (the error is recorded). */
#include "sc.h"

SC_CASE(socket_stream_connected_before_data) = {
	.claim   = "send() and recv() on a stream socket that is not connected fail",
	.source  = SC_SRC("man:socket(2)", "connected before data: A stream socket must be in a connected state before any data may be sent or received on it"),
	.kinds   = SC_STREAM,
	.exclude = SC_SOCKETPAIR, /* born connected */
	.fixture = SC_FIX_NONE,
	.key     = "send_errno",
};

SC_TEST(socket_stream_connected_before_data)
{
	int fd = sc_kind_socket(P->kind);
	char buf[4];
	struct sc_res s, r;

	s = SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT));
	sc_observe_str("send_errno", s.ret < 0 ? sc_errname(s.err) : "sent");
	r = SC_CALL(recv(fd, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("recv_errno", r.ret < 0 ? sc_errname(r.err) : "received");
	SC_EXPECT(s.ret < 0, "send() on an unconnected stream socket returned %ld", s.ret);
	SC_EXPECT(r.ret < 0, "recv() on an unconnected stream socket returned %ld", r.ret);
}
