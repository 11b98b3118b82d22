#!/bin/sh
# Run a batch of cases on a machine that has only a POSIX shell (a busybox
# initramfs, a remote host): the same protocol the host runner uses, one
# process per case running the items named for it.
#   run-items.sh CASES_DIR ITEMS_FILE OUT_DIR [TIMEOUT_MULT [JOBS]]
# ITEMS_FILE lines: "<case id> <timeout seconds> <count> <item,item,...>".
# For each case it leaves OUT_DIR/<case>.jsonl (the records of all its
# items), .xml (Check's log), .log and .rc (its exit status, 124 when the
# bound killed it), and prints "case N/M case rc".  JOBS lanes (default 1)
# run side by side: most of an item's time is a wait on a kernel timer, so
# lanes pay even on one CPU.  Lines are dealt to the lanes in turn; the
# runner lists the slowest cases first, so they spread over the lanes.  A
# case marked "!<case>" fills a table the whole kernel shares (MPTCP's
# tokens): it runs once the lanes are done, with nothing beside it.
cases=$1 items=$2 out=$3 mult=${4:-1} jobs=${5:-1}
mkdir -p "$out"
# Shell arithmetic is integer only: round a fractional multiplier up.
imult=${mult%%.*}
[ "$imult" = "$mult" ] || imult=$(( ${imult:-0} + 1 ))
total=$(wc -l < "$items")

run_one() {	# run_one N ID SECS COUNT LIST
	# Short: cases make AF_UNIX paths under TMPDIR, and sun_path is small.
	tmp="$out/t$1"
	mkdir -p "$tmp"
	# Every item's watchdog and Check's 3 s backstop, then 10 s of grace.
	bound=$(( $4 * ($3 * imult + 3) + 10 ))
	t0=$(date +%s)
	TMPDIR=$tmp SC_TIMEOUT_MULT=$mult \
		timeout "$bound" "$cases/$2" --run "$5" --out "$out/$2.jsonl" \
		--xml "$out/$2.xml" > "$out/$2.log" 2>&1 < /dev/null
	rc=$?
	# coreutils' timeout exits 124 when it killed the case; busybox's
	# leaves the case's own status, 143 (SIGTERM): tell that apart from a
	# case dying of SIGTERM by the time it took.
	[ "$rc" = 143 ] && [ $(( $(date +%s) - t0 )) -ge "$bound" ] && rc=124
	echo "$rc" > "$out/$2.rc"
	rm -rf "$tmp"
	echo "case $1/$total $2 $rc"
}

lane() {	# lane K: the lines K, K+jobs, K+2*jobs, ...; "alone": the marked ones
	n=0
	while read -r id secs count list; do
		[ -n "$id" ] || continue
		n=$((n + 1))
		case "$1/$id" in
		alone/!*) run_one "$n" "${id#!}" "$secs" "$count" "$list" ;;
		alone/* | */!*) ;;
		*) [ $(( (n - 1) % jobs )) != "$1" ] || run_one "$n" "$id" "$secs" "$count" "$list" ;;
		esac
	done < "$items"
}

k=0
while [ "$k" -lt "$jobs" ]; do
	lane "$k" &
	k=$((k + 1))
done
wait
lane alone
echo "items done"
