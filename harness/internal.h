/* State shared by the harness's own files; cases never include this. */
#ifndef SC_INTERNAL_H
#define SC_INTERNAL_H
#include "sc.h"
#include <setjmp.h>
#include <linux/tipc.h>
#include <linux/vm_sockets.h>

struct sc_run {
	struct sc_pair *P;        /* the fixture of the body now running */
	const struct sc_kind *kind;
	const struct sc_variant *variant;
	int out;                  /* JSON-lines results, or -1 */
	jmp_buf end;              /* sc_end() returns here */
	enum sc_outcome outcome;
	char message[1024];
	int judged;               /* expectations evaluated so far */
	int *fds;                 /* descriptors teardown closes */
	int nfds, capfds;
	void (*undo[4])(void);    /* run by teardown, last first, before the closes */
	int nundo;
};
extern struct sc_run sc_run;

/* Format one JSON-lines record (fields pre-encoded) into buf; its length. */
size_t sc_format_record(char *buf, size_t cap, const char *ev, const char *fields);
/* Write one record to the results file. */
void sc_emit(const char *ev, const char *fields);
/* Record a judged step (an expectation evaluated), good or not. */
void sc_step(struct sc_here at, const char *expr, struct sc_res r, int ok);
/* Append a JSON string literal of s to buf (bounded, always terminated). */
void sc_json_str(char *buf, size_t cap, const char *s);
const char *sc_outcome_name(enum sc_outcome o);
const char *sc_family_name(int domain);
void sc_close_tracked(void);
/* A helper thread's call of c: its start (tid, entered_us), and its end
 * (ret, err, returned_us, slept, done), made on the thread itself. */
void sc_call_enter(struct sc_call *c);
void sc_call_leave(struct sc_call *c, long ret);
#endif
