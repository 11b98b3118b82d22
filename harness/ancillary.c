/* Ancillary data over AF_UNIX sockets: see ancillary.h. */
#include "ancillary.h"
#include <stdlib.h>

struct sc_res sc_send_fds(int fd, const void *buf, size_t len, const int *fds, int n)
{
	size_t space = n > 0 ? SC_RIGHTS_SPACE((size_t)n) : 0;
	char *ctl = space ? calloc(1, space) : NULL;
	struct sc_res r;

	if (space && !ctl)
		sc_broken("out of memory for a control buffer of %zu bytes", space);
	if (ctl) {
		struct cmsghdr *c = (struct cmsghdr *)ctl;

		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN((size_t)n * sizeof(int));
		memcpy(CMSG_DATA(c), fds, (size_t)n * sizeof(int));
	}
	r = sc_send_ctl(fd, buf, len, ctl, space, NULL, 0);
	free(ctl);
	return r;
}

struct sc_res sc_send_creds(int fd, const void *buf, size_t len, const struct ucred *uc)
{
	union {
		char b[SC_CREDS_SPACE];
		struct cmsghdr align;
	} ctl;
	struct cmsghdr *c = &ctl.align;

	memset(&ctl, 0, sizeof ctl);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof *uc);
	memcpy(CMSG_DATA(c), uc, sizeof *uc);
	return sc_send_ctl(fd, buf, len, &ctl, sizeof ctl.b, NULL, 0);
}

struct sc_res sc_recv_anc(int fd, void *buf, size_t len, size_t space, int flags,
			  struct sc_anc *a)
{
	struct sc_msg m;
	struct msghdr h = { .msg_control = m.control.b };
	struct sc_res r = sc_recv_msg_space(fd, buf, len, space, flags, &m);

	memset(a, 0, sizeof *a);
	if (r.ret < 0)
		return r;
	a->flags = m.flags;
	a->controllen = h.msg_controllen = m.controllen;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c)) {
		size_t data = c->cmsg_len > CMSG_LEN(0) ? c->cmsg_len - CMSG_LEN(0) : 0;

		if (c->cmsg_level != SOL_SOCKET) {
			a->others++;
		} else if (c->cmsg_type == SCM_RIGHTS) {
			int n = (int)(data / sizeof(int));

			a->rights++;
			for (int i = 0; i < n; i++) {
				int got;

				memcpy(&got, CMSG_DATA(c) + i * sizeof(int), sizeof got);
				if (a->nfds < (int)(sizeof a->fds / sizeof *a->fds))
					a->fds[a->nfds++] = sc_track(got);
				else
					close(got);
			}
		} else if (c->cmsg_type == SCM_CREDENTIALS && data >= sizeof a->uc) {
			a->creds++;
			memcpy(&a->uc, CMSG_DATA(c), sizeof a->uc);
		} else if (c->cmsg_type == SCM_SECURITY) {
			size_t n = data < sizeof a->label - 1 ? data : sizeof a->label - 1;

			a->security++;
			memcpy(a->label, CMSG_DATA(c), n);
			a->label[n] = '\0';
		} else {
			a->others++;
		}
	}
	return r;
}

void sc_pipe(int *rd, int *wr)
{
	int p[2];

	if (pipe2(p, O_CLOEXEC) < 0)
		sc_broken("pipe2() failed: %s", sc_errname(errno));
	*rd = sc_track(p[0]);
	*wr = sc_track(p[1]);
	sc_set_nonblock(*rd, 1);
}

int sc_pipe_at_eof(int rd)
{
	char c;

	return read(rd, &c, 1) == 0;
}
