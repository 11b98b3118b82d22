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
total=$(wc -l < "$items")
n=0
while read -r id kind secs; do
	[ -n "$id" ] || continue
	n=$((n + 1))
	tmp="$out/tmp.$id.$kind"
	mkdir -p "$tmp"
	bound=$(( (secs * mult) + 10 ))
	TMPDIR=$tmp SC_TIMEOUT_MULT=$mult CK_TIMEOUT_MULTIPLIER=$mult \
		timeout "$bound" "$cases/$id" --run "$kind" --out "$out/$id.$kind.jsonl" \
		--xml "$out/$id.$kind.xml" > "$out/$id.$kind.log" 2>&1 < /dev/null
	rc=$?
	echo "$rc" > "$out/$id.$kind.rc"
	rm -rf "$tmp"
	echo "item $n/$total $id $kind $rc"
done < "$items"
echo "items done"
