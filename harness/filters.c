/* Classic and extended BPF socket filters, written as instructions. */
#include "sc.h"
#include "filters.h"
#include <linux/bpf.h>
#include <stdio.h>

#define CB(code, k) ((struct sock_filter){ (code), 0, 0, (k) })
#define CJ(code, k, jt, jf) ((struct sock_filter){ (code), (jt), (jf), (k) })

void sc_cbpf(enum sc_filter f, struct sock_fprog *prog)
{
	static struct sock_filter p[8];
	int n = 0;

	switch (f) {
	case SC_FILTER_DROP_ALL:
	case SC_FILTER_RET0:
		p[n++] = CB(BPF_RET | BPF_K, 0);
		break;
	case SC_FILTER_PASS_ALL:
		p[n++] = CB(BPF_RET | BPF_K, 0xffffffffu);
		break;
	case SC_FILTER_RET1:
		p[n++] = CB(BPF_RET | BPF_K, 1);
		break;
	case SC_FILTER_TRIM2:
		p[n++] = CB(BPF_LD | BPF_W | BPF_LEN, 0);
		p[n++] = CB(BPF_ALU | BPF_SUB | BPF_K, 2);
		p[n++] = CB(BPF_RET | BPF_A, 0);
		break;
	case SC_FILTER_DROP_D:
		/* X = len - 1; A = byte at X: the packet's last byte, whatever
		 * header the protocol leaves in front of the payload. */
		p[n++] = CB(BPF_LD | BPF_W | BPF_LEN, 0);
		p[n++] = CB(BPF_ALU | BPF_SUB | BPF_K, 1);
		p[n++] = CB(BPF_MISC | BPF_TAX, 0);
		p[n++] = CB(BPF_LD | BPF_B | BPF_IND, 0);
		p[n++] = CJ(BPF_JMP | BPF_JEQ | BPF_K, 'D', 0, 1);
		p[n++] = CB(BPF_RET | BPF_K, 0);
		p[n++] = CB(BPF_RET | BPF_K, 0xffffffffu);
		break;
	}
	prog->len = (unsigned short)n;
	prog->filter = p;
}

#define EI(code, dst, src, off, imm) \
	((struct bpf_insn){ (code), (dst), (src), (off), (imm) })
#define MOV_IMM(dst, imm)  EI(BPF_ALU64 | BPF_MOV | BPF_K, dst, 0, 0, imm)
#define MOV_REG(dst, src)  EI(BPF_ALU64 | BPF_MOV | BPF_X, dst, src, 0, 0)
#define SUB_IMM(dst, imm)  EI(BPF_ALU64 | BPF_SUB | BPF_K, dst, 0, 0, imm)
#define LDX_W(dst, src, off) EI(BPF_LDX | BPF_MEM | BPF_W, dst, src, off, 0)
#define EXIT()             EI(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

static int load(const struct bpf_insn *p, int n)
{
	static char log[4096];
	union bpf_attr a;
	int fd;

	memset(&a, 0, sizeof a);
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insns = (unsigned long)p;
	a.insn_cnt = (unsigned)n;
	a.license = (unsigned long)"GPL";
	a.log_buf = (unsigned long)log;
	a.log_size = sizeof log;
	a.log_level = 1;
	fd = (int)syscall(SYS_bpf, BPF_PROG_LOAD, &a, sizeof a);
	if (fd < 0) {
		int e = errno;

		if (e == ENOSYS || e == EPERM || e == EACCES)
			sc_unsupported("bpf(BPF_PROG_LOAD) of a socket filter: %s", sc_errname(e));
		sc_broken("bpf(BPF_PROG_LOAD) of a socket filter failed: %s: %.300s",
			  sc_errname(e), log);
	}
	return sc_track(fd);
}

void sc_keep_if_field(int fd, int off, unsigned value)
{
	struct bpf_insn p[] = {
		LDX_W(BPF_REG_2, BPF_REG_1, off),
		MOV_IMM(BPF_REG_0, -1),
		EI(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_2, 0, 1, (int)value),
		MOV_IMM(BPF_REG_0, 0),
		EXIT(),
	};
	int prog = load(p, (int)(sizeof p / sizeof *p));

	if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_BPF, &prog, sizeof prog) < 0)
		sc_broken("setsockopt(SO_ATTACH_BPF) of a filter on a packet field failed: %s",
			  sc_errname(errno));
}

int sc_ebpf(enum sc_filter f)
{
	struct bpf_insn p[12];
	int n = 0, len_off = offsetof(struct __sk_buff, len);

	switch (f) {
	case SC_FILTER_DROP_ALL:
	case SC_FILTER_RET0:
		p[n++] = MOV_IMM(BPF_REG_0, 0);
		break;
	case SC_FILTER_PASS_ALL:
		p[n++] = MOV_IMM(BPF_REG_0, -1);
		break;
	case SC_FILTER_RET1:
		p[n++] = MOV_IMM(BPF_REG_0, 1);
		break;
	case SC_FILTER_TRIM2:
		p[n++] = LDX_W(BPF_REG_0, BPF_REG_1, len_off);
		p[n++] = SUB_IMM(BPF_REG_0, 2);
		break;
	case SC_FILTER_DROP_D:
		/* Legacy packet loads need the context in r6. */
		p[n++] = MOV_REG(BPF_REG_6, BPF_REG_1);
		p[n++] = LDX_W(BPF_REG_7, BPF_REG_1, len_off);
		p[n++] = SUB_IMM(BPF_REG_7, 1);
		p[n++] = EI(BPF_LD | BPF_IND | BPF_B, 0, BPF_REG_7, 0, 0);
		p[n++] = EI(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_0, 0, 2, 'D');
		p[n++] = MOV_IMM(BPF_REG_0, -1);
		p[n++] = EXIT();
		p[n++] = MOV_IMM(BPF_REG_0, 0);
		break;
	}
	p[n++] = EXIT();
	return load(p, n);
}

struct sc_res sc_attach_cbpf(int fd, int opt, enum sc_filter f)
{
	struct sock_fprog prog;

	sc_cbpf(f, &prog);
	return SC_CALL(setsockopt(fd, SOL_SOCKET, opt, &prog, sizeof prog));
}

struct sc_res sc_attach_ebpf(int fd, int opt, enum sc_filter f)
{
	int prog = sc_ebpf(f);

	return SC_CALL(setsockopt(fd, SOL_SOCKET, opt, &prog, sizeof prog));
}

void sc_filter_per_message(const struct sc_pair *P)
{
	if (P->kind->protocol == IPPROTO_SCTP)
		sc_unsupported("a filter on %s sees SCTP packets, not messages (sctp_rcv(): chunk headers, "
			       "payload padded to 4 bytes, SACKs), and SCTP sends a dropped packet again: "
			       "no message's fate shows what the filter returned", P->kind->name);
}
