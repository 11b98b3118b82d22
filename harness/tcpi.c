/* See tcpi.h. */
#include "tcpi.h"
#include <errno.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>

/* A field the kernel filled (it lies within the length returned), else -1. */
#define FIELD(name) (len >= offsetof(struct tcp_info, tcpi_##name) + sizeof ti.tcpi_##name \
		     ? (long)ti.tcpi_##name : -1L)

int sc_tcpi(int fd, struct sc_tcpi *t)
{
	struct tcp_info ti;
	socklen_t len = sizeof ti;

	memset(&ti, 0, sizeof ti);
	if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &len) < 0)
		return -errno;
	*t = (struct sc_tcpi){
		.state = ti.tcpi_state, .ca_state = ti.tcpi_ca_state,
		.retransmits = ti.tcpi_retransmits, .probes = ti.tcpi_probes,
		.backoff = ti.tcpi_backoff, .options = ti.tcpi_options,
		.snd_wscale = ti.tcpi_snd_wscale, .rcv_wscale = ti.tcpi_rcv_wscale,
		.rto = FIELD(rto), .ato = FIELD(ato), .snd_mss = FIELD(snd_mss),
		.rcv_mss = FIELD(rcv_mss), .unacked = FIELD(unacked), .sacked = FIELD(sacked),
		.lost = FIELD(lost), .retrans = FIELD(retrans),
		.last_data_sent = FIELD(last_data_sent), .last_data_recv = FIELD(last_data_recv),
		.last_ack_recv = FIELD(last_ack_recv), .pmtu = FIELD(pmtu),
		.rcv_ssthresh = FIELD(rcv_ssthresh), .rtt = FIELD(rtt), .rttvar = FIELD(rttvar),
		.snd_ssthresh = FIELD(snd_ssthresh), .snd_cwnd = FIELD(snd_cwnd),
		.advmss = FIELD(advmss), .reordering = FIELD(reordering), .rcv_rtt = FIELD(rcv_rtt),
		.rcv_space = FIELD(rcv_space), .total_retrans = FIELD(total_retrans),
		.bytes_acked = FIELD(bytes_acked), .bytes_received = FIELD(bytes_received),
		.segs_out = FIELD(segs_out), .segs_in = FIELD(segs_in),
		.notsent_bytes = FIELD(notsent_bytes), .min_rtt = FIELD(min_rtt),
		.data_segs_in = FIELD(data_segs_in), .data_segs_out = FIELD(data_segs_out),
		.delivered = FIELD(delivered), .bytes_sent = FIELD(bytes_sent),
		.bytes_retrans = FIELD(bytes_retrans), .snd_wnd = FIELD(snd_wnd),
	};
	return 0;
}
