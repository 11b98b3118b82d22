#!/bin/sh
# Run a batch of (case, kind) items on a machine that has only a POSIX shell
# (a busybox initramfs, a remote host): the same protocol the host runner
# uses for one item, once per line of the items file.
#   run-items.sh CASES_DIR ITEMS_FILE OUT_DIR [TIMEOUT_MULT]
# ITEMS_FILE lines: "<case id> <kind> <timeout seconds>".  For each item it
# leaves OUT_DIR/<case>.<kind>.jsonl (the case's records) and .rc (its exit
# status, 124 when the bound killed it), and prints "item N/M case kind rc".
cases=$1 items=$2 out=$3 mult=${4:-1}
mkdir -p "$out"
# Shell arithmetic is integer only: round a fractional multiplier up.
imult=${mult%%.*}
[ "$imult" = "$mult" ] || imult=$(( ${imult:-0} + 1 ))
total=$(wc -l < "$items")
n=0
while read -r id kind secs; do
	[ -n "$id" ] || continue
	n=$((n + 1))
	# Short: cases make AF_UNIX paths under TMPDIR, and sun_path is small.
	tmp="$out/t$n"
	mkdir -p "$tmp"
	bound=$(( (secs * imult) + 10 ))
	t0=$(date +%s)
	TMPDIR=$tmp SC_TIMEOUT_MULT=$mult CK_TIMEOUT_MULTIPLIER=$mult \
		timeout "$bound" "$cases/$id" --run "$kind" --out "$out/$id.$kind.jsonl" \
		--xml "$out/$id.$kind.xml" > "$out/$id.$kind.log" 2>&1 < /dev/null
	rc=$?
	# coreutils' timeout exits 124 when it killed the case; busybox's
	# leaves the case's own status, 143 (SIGTERM): tell that apart from a
	# case dying of SIGTERM by the time it took.
	[ "$rc" = 143 ] && [ $(( $(date +%s) - t0 )) -ge "$bound" ] && rc=124
	echo "$rc" > "$out/$id.$kind.rc"
	rm -rf "$tmp"
	echo "item $n/$total $id $kind $rc"
done < "$items"
echo "items done"
