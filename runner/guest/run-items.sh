#!/bin/sh
# Run a batch of cases on a machine that has only a POSIX shell (a busybox
# initramfs, a remote host): the same protocol the host runner uses, one
# process per case running the items named for it.
#   run-items.sh CASES_DIR ITEMS_FILE OUT_DIR [TIMEOUT_MULT]
# ITEMS_FILE lines: "<case id> <timeout seconds> <count> <item,item,...>".
# For each case it leaves OUT_DIR/<case>.jsonl (the records of all its
# items), .xml (Check's log), .log and .rc (its exit status, 124 when the
# bound killed it), and prints "case N/M case rc".
cases=$1 items=$2 out=$3 mult=${4:-1}
mkdir -p "$out"
# Shell arithmetic is integer only: round a fractional multiplier up.
imult=${mult%%.*}
[ "$imult" = "$mult" ] || imult=$(( ${imult:-0} + 1 ))
total=$(wc -l < "$items")
n=0
while read -r id secs count list; do
	[ -n "$id" ] || continue
	n=$((n + 1))
	# Short: cases make AF_UNIX paths under TMPDIR, and sun_path is small.
	tmp="$out/t$n"
	mkdir -p "$tmp"
	# Every item's watchdog and Check's 3 s backstop, then 10 s of grace.
	bound=$(( count * (secs * imult + 3) + 10 ))
	t0=$(date +%s)
	TMPDIR=$tmp SC_TIMEOUT_MULT=$mult \
		timeout "$bound" "$cases/$id" --run "$list" --out "$out/$id.jsonl" \
		--xml "$out/$id.xml" > "$out/$id.log" 2>&1 < /dev/null
	rc=$?
	# coreutils' timeout exits 124 when it killed the case; busybox's
	# leaves the case's own status, 143 (SIGTERM): tell that apart from a
	# case dying of SIGTERM by the time it took.
	[ "$rc" = 143 ] && [ $(( $(date +%s) - t0 )) -ge "$bound" ] && rc=124
	echo "$rc" > "$out/$id.rc"
	rm -rf "$tmp"
	echo "case $n/$total $id $rc"
done < "$items"
echo "items done"
