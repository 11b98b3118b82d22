/* The TCP metrics cache of this network namespace (what `ip tcp_metrics`
 * lists), read over generic netlink: the per-destination values TCP saves
 * when connections close. */
#ifndef SC_TCPMETRICS_H
#define SC_TCPMETRICS_H
#include "sc.h"

/* Entries of the cache for destination addresses of family (AF_INET or
 * AF_INET6); *unsupported* when the kernel has no tcp_metrics family. */
long sc_tcp_metrics_count(int family);

#endif
