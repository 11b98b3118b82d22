/* A connect()ed datagram socket and its peer: where its datagrams go and
 * from whom it still receives, between sockets named by letters (A is the
 * connected socket) in the messages. */
#ifndef SC_DGRAM_PEER_H
#define SC_DGRAM_PEER_H
#include "sc.h"

/* a sends "to-<p>" without an address; its peer (letter p, 'B') must
 * receive it from the address getsockname() gives for a (observed as
 * source). */
void sc_dgram_sent_to_peer(int a, int peer, char p);
/* other (letter o) sends "from-<o>" to a at aa, its outcome observed as
 * send_from_<who> ("sent" or the errno), then peer (letter p) sends
 * "from-<p>": a's first read must be the peer's (observed as first_read),
 * and after it nothing from other is left (observed as from_<who>). */
void sc_dgram_heard_only(int a, const struct sockaddr_storage *aa, socklen_t al,
			 int peer, char p, int other, char o, const char *who);

#endif
