/* TCP_INFO in full.  glibc's struct tcp_info stops at the fields of old
 * kernels; this one names every field the running kernel fills, and reads
 * -1 for those it does not (an older kernel returns a shorter structure).
 * Kept apart from sc.h's <netinet/tcp.h>: <linux/tcp.h> clashes with it. */
#ifndef SC_TCPI_H
#define SC_TCPI_H

struct sc_tcpi {
	long state, ca_state, retransmits, probes, backoff, options;
	long snd_wscale, rcv_wscale;
	long rto, ato, snd_mss, rcv_mss, unacked, sacked, lost, retrans;
	long last_data_sent, last_data_recv, last_ack_recv;
	long pmtu, rcv_ssthresh, rtt, rttvar, snd_ssthresh, snd_cwnd, advmss, reordering;
	long rcv_rtt, rcv_space, total_retrans;
	long bytes_acked, bytes_received, segs_out, segs_in, notsent_bytes, min_rtt;
	long data_segs_in, data_segs_out, delivered, bytes_sent, bytes_retrans;
	long snd_wnd;
};

/* 0, or -errno when TCP_INFO cannot be read. */
int sc_tcpi(int fd, struct sc_tcpi *t);
#endif
