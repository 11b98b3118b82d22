/* Socket filters for the cases on SO_ATTACH_FILTER and its kin: a few
 * small programs, each in a classic BPF and an extended BPF version that
 * decide the same way, so a case can attach either. */
#ifndef SC_FILTERS_H
#define SC_FILTERS_H
#include <linux/filter.h>

enum sc_filter {
	SC_FILTER_DROP_ALL,   /* return 0: every packet dropped */
	SC_FILTER_PASS_ALL,   /* return 0xffffffff: every packet whole */
	SC_FILTER_TRIM2,      /* return len - 2: the last two bytes cut off */
	SC_FILTER_DROP_D,     /* drop packets whose last byte is 'D', pass others */
	SC_FILTER_RET1,       /* return 1 (a reuseport index) */
	SC_FILTER_RET0,       /* return 0 (a reuseport index) */
};

/* The classic program: fills *prog (static storage). */
void sc_cbpf(enum sc_filter f, struct sock_fprog *prog);
/* The extended program, loaded as BPF_PROG_TYPE_SOCKET_FILTER; returns its
 * descriptor (tracked).  *unsupported* when this kernel or this process
 * cannot load it (no bpf(2), not privileged). */
int sc_ebpf(enum sc_filter f);
/* setsockopt(fd, SOL_SOCKET, opt, program) for a classic program (opt is
 * SO_ATTACH_FILTER or SO_ATTACH_REUSEPORT_CBPF) or an extended one's
 * descriptor (SO_ATTACH_BPF, SO_ATTACH_REUSEPORT_EBPF): the call's result,
 * errno captured. */
struct sc_res sc_attach_cbpf(int fd, int opt, enum sc_filter f);
struct sc_res sc_attach_ebpf(int fd, int opt, enum sc_filter f);
/* An extended filter that keeps a packet whole when the 32-bit field of
 * struct __sk_buff at offset off (offsetof(struct __sk_buff, priority),
 * ... mark) equals value, and drops it otherwise; attached to fd with
 * SO_ATTACH_BPF as a set-up step. */
void sc_keep_if_field(int fd, int off, unsigned value);

/* A filter on P's receiving socket sees each message the kind sends as
 * one packet, so a message's fate (sc_dgram_fate) tells what the filter
 * returned; else the item is *unsupported*.  SCTP filters whole SCTP
 * packets (sctp_rcv() runs sk_filter() on the chunks after the common
 * header: a DATA chunk's header and its payload padded to 4 bytes,
 * SACKs and heartbeats alike), and a packet it drops is sent again. */
void sc_filter_per_message(const struct sc_pair *P);

#endif
