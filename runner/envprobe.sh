# Print the environment of the machine this runs on as key=value lines.
# Arguments: sysctl names (dotted).  POSIX sh and busybox compatible.
printf 'os=%s\n' "$(uname -s)"
printf 'kernel_release=%s\n' "$(uname -r)"
printf 'kernel_version=%s\n' "$(uname -v)"
printf 'machine=%s\n' "$(uname -m)"
printf 'hostname=%s\n' "$(uname -n)"
if [ -r /etc/os-release ]; then
	. /etc/os-release
	printf 'distribution=%s\n' "${PRETTY_NAME:-$NAME}"
fi
libc=$(getconf GNU_LIBC_VERSION 2>/dev/null) || libc=
printf 'libc=%s\n' "${libc:-unknown}"
printf 'cpus=%s\n' "$(grep -c ^processor /proc/cpuinfo 2>/dev/null)"
printf 'cpu_model=%s\n' "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
printf 'memory_kb=%s\n' "$(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo 2>/dev/null)"
printf 'uid=%s\n' "$(id -u 2>/dev/null)"
# The active security modules, in securityfs's order (none mounted: unknown).
lsm=$(cat /sys/kernel/security/lsm 2>/dev/null) || lsm=
printf 'lsm=%s\n' "${lsm:-unknown}"
for s in "$@"; do
	f=/proc/sys/$(printf '%s' "$s" | tr . /)
	[ -r "$f" ] && printf 'sysctl.%s=%s\n' "$s" "$(tr '\t' ' ' < "$f")"
done
exit 0
