/* Addresses as text, for observations: what a call returned, readable in
 * the results and the tables. */
#ifndef SC_ADDR_TEXT_H
#define SC_ADDR_TEXT_H
#include "sc.h"

/* "127.0.0.1:4321", "[::1]:4321", "cid 1 port 4321", "/path", "@name",
 * "tipc port 1:2", "tipc service 3:4", "unnamed", or "family N". */
const char *sc_addr_text(const struct sockaddr_storage *ss, socklen_t len, char *buf, size_t cap);
/* sc_observe_str(name, the address as text). */
void sc_observe_addr(const char *name, const struct sockaddr_storage *ss, socklen_t len);

#endif
