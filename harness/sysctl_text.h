/* Sysctls as text: the files whose value is not one number (a list of
 * algorithm names, a key), and writes whose refusal is the observation. */
#ifndef SC_SYSCTL_TEXT_H
#define SC_SYSCTL_TEXT_H
#include "sc.h"

/* The first line of /proc/sys/<path> without its newline, into buf (always
 * terminated); 0, or -1 when the file cannot be read. */
int sc_sysctl_text(const char *path, char *buf, size_t len);
/* 1 when /proc/sys/<path> exists in this namespace. */
int sc_sysctl_exists(const char *path);
/* Write value to /proc/sys/<path>: 0, or -errno as the kernel refused it. */
int sc_sysctl_try(const char *path, const char *value);
/* sc_sysctl_set() of a number. */
void sc_sysctl_set_int(const char *path, long value);
/* 1 when the whitespace-separated list text contains the word w. */
int sc_word_in(const char *text, const char *w);

#endif
