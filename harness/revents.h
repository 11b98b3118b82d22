/* poll(2) revents as text for observations and messages: "POLLIN|POLLOUT". */
#ifndef SC_REVENTS_H
#define SC_REVENTS_H

const char *sc_revents_name(short revents);

#endif
