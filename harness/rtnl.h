/* rtnetlink requests, for the harness's own files (links.c, neighbours.c,
 * qdisc.c): build one request, send it, read the kernel's answer.  The
 * guests have no `ip` or `tc` tool; call sc_private_netns() before any
 * request that changes something. */
#ifndef SC_RTNL_H
#define SC_RTNL_H
#include "sc.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

/* One request: the netlink header, then the family header (ifinfomsg,
 * ifaddrmsg, rtmsg, ndmsg, tcmsg) and the attributes. */
struct sc_rtnl_req {
	struct nlmsghdr h;
	char body[1024];
};

/* Begin a request of this type (RTM_NEWLINK, ...) with these flags besides
 * NLM_F_REQUEST and NLM_F_ACK (NLM_F_CREATE | NLM_F_EXCL, NLM_F_DUMP, ...);
 * returns its family header of hdrlen bytes, zeroed. */
void *sc_rtnl_start(struct sc_rtnl_req *r, int type, int flags, size_t hdrlen);
/* Append an attribute (too long a request is *broken*).  A nest is an
 * attribute with no data, closed by sc_rtnl_nest_end once its members are
 * appended. */
struct rtattr *sc_rtnl_attr(struct sc_rtnl_req *r, int type, const void *data, size_t len);
void sc_rtnl_nest_end(struct sc_rtnl_req *r, struct rtattr *nest);
/* An address given as text ("10.5.0.1", "fd77::1") as an attribute holds
 * it, into out (16 bytes); its length (4 or 16).  Bad text is *broken*. */
size_t sc_rtnl_addr_bytes(int family, const char *text, unsigned char *out);
/* Send the request: the kernel's answer, 0 or an errno.  It never ends the
 * body, so teardown may call it too.  rtnetlink handles a request inside
 * the sending call: the answer is there at once, the wait for it bounded. */
int sc_rtnl_talk(struct sc_rtnl_req *r);
/* Send a dump request (NLM_F_DUMP) and call fn for each message of the
 * answer; 0 or an errno. */
int sc_rtnl_dump(struct sc_rtnl_req *r, void (*fn)(const struct nlmsghdr *h, void *arg), void *arg);

#endif
