/* The kernel's whole struct tcp_info (glibc's <netinet/tcp.h> stops at
 * tcpi_total_retrans): segment counters, unsent bytes, the peer's window.
 * A field past the length the kernel filled is absent on that kernel. */
#ifndef SC_TCPINFO_H
#define SC_TCPINFO_H
#include "sc.h"

struct sc_tcpinfo {
	uint8_t  state, ca_state, retransmits, probes, backoff, options;
	uint8_t  snd_wscale : 4, rcv_wscale : 4;
	uint8_t  app_limited : 1, fastopen_client_fail : 2;
	uint32_t rto, ato, snd_mss, rcv_mss;
	uint32_t unacked, sacked, lost, retrans, fackets;
	uint32_t last_data_sent, last_ack_sent, last_data_recv, last_ack_recv;
	uint32_t pmtu, rcv_ssthresh, rtt, rttvar, snd_ssthresh, snd_cwnd, advmss, reordering;
	uint32_t rcv_rtt, rcv_space;
	uint32_t total_retrans;
	uint64_t pacing_rate, max_pacing_rate, bytes_acked, bytes_received;
	uint32_t segs_out, segs_in;
	uint32_t notsent_bytes, min_rtt, data_segs_in, data_segs_out;
	uint64_t delivery_rate;
	uint64_t busy_time, rwnd_limited, sndbuf_limited;
	uint32_t delivered, delivered_ce;
	uint64_t bytes_sent, bytes_retrans;
	uint32_t dsack_dups, reord_seen;
	uint32_t rcv_ooopack;
	uint32_t snd_wnd;
	uint32_t filled;         /* bytes the kernel returned (not the kernel's) */
};

/* TCP_INFO of fd; a failing call is *broken* (a kind without TCP_INFO is
 * *unsupported*). */
struct sc_tcpinfo sc_tcpinfo(int fd);
/* The kernel filled this field. */
#define SC_TCPI_HAS(ti, field) \
	((ti).filled >= offsetof(struct sc_tcpinfo, field) + sizeof((ti).field))
/* Like SC_TCPI_HAS, else the item is *unsupported* (an older kernel). */
void sc_tcpinfo_need(const struct sc_tcpinfo *ti, size_t end, const char *field);
#define SC_TCPI_NEED(ti, field) \
	sc_tcpinfo_need(&(ti), offsetof(struct sc_tcpinfo, field) + sizeof((ti).field), #field)

#ifndef TCPI_OPT_SYN_DATA
#define TCPI_OPT_SYN_DATA 32
#endif
#endif
