/* State shared by the harness's own files; cases never include this. */
#ifndef SC_INTERNAL_H
#define SC_INTERNAL_H
#include "sc.h"
#include <setjmp.h>

struct sc_run {
	struct sc_pair *P;        /* the fixture of the body now running */
	const struct sc_kind *kind;
	int out;                  /* JSON-lines results, or -1 */
	jmp_buf end;              /* sc_end() returns here */
	enum sc_outcome outcome;
	char message[1024];
	int *fds;                 /* descriptors teardown closes */
	int nfds, capfds;
};
extern struct sc_run sc_run;

/* One JSON line: fields given as alternating keys and pre-encoded values. */
void sc_emit(const char *ev, const char *fields);
/* Append a JSON string literal of s to buf (bounded, always terminated). */
void sc_json_str(char *buf, size_t cap, const char *s);
const char *sc_outcome_name(enum sc_outcome o);
void sc_close_tracked(void);
#endif
