"""bench/guestcost: what one guest operation costs, kernel by kernel.

Boots a qemu target with an initramfs like the suite's (busybox, the
cases, their libraries) whose /init times, with the guest's own clock
(/proc/uptime), N repetitions of each step an item is made of:

  exec       fork + exec of a busybox applet (/bin/true): the floor of
             any process start;
  describe   one case binary started and exiting (--describe): loading a
             case (the dynamic loader and libraries, or a static binary);
  item       one fast item as the guest runs it (timeout, the case with
             --run, its files in a fresh folder): process start, Check's
             fork, the case's own work;
  send       one item's files sent back the way /init does (tar, gzip,
             base64 on the results channel);
  buffer     one item that fills a TCP buffer of megabytes
             (buffer_full_nonblock_eagain on inet_stream);

and the host measures the boot: seconds from starting qemu to /init's
first line.  Variants change one thing each: the kernel command line
(mitigations=off), one vCPU instead of two, another CPU model.  Nothing
here is a test; it says where to cut."""

import argparse
import socket
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, dump

from runner import abi as abi_mod  # noqa: E402
from runner import cases as cases_mod  # noqa: E402
from runner import targets  # noqa: E402
from runner.targets import qemu  # noqa: E402

FAST = ("socket_returns_descriptor", "inet_stream")
BUFFER = ("buffer_full_nonblock_eagain", "inet_stream")

INIT = r'''#!/bin/sh
PATH=/bin
export PATH
busybox mkdir -p /proc /sys /dev /tmp
busybox mount -t proc proc /proc
busybox mount -t sysfs sys /sys
busybox mount -t devtmpfs dev /dev 2>/dev/null
busybox mount -t tmpfs tmp /tmp
busybox --install -s /bin
echo "COST init $(cut -d' ' -f1 /proc/uptime)"
for m in /sockconf/modules/*.ko; do [ -e "$m" ] && insmod "$m" 2>/dev/null; done
ip link set lo up
cd /sockconf
chan=$(cat channel)
stty -F "$chan" raw -echo 2>/dev/null
n=$(cat n)
read fastc fastk < fast
read bufc bufk < buffer
mkdir -p /tmp/out
run_item() {	# case kind
	mkdir -p /tmp/t
	TMPDIR=/tmp/t SC_TIMEOUT_MULT=3 timeout 60 cases/$1 --run $2 --out /tmp/out/$1.$2.jsonl \
		--xml /tmp/out/$1.$2.xml > /tmp/out/$1.$2.log 2>&1 < /dev/null
	echo $? > /tmp/out/$1.$2.rc
	rm -rf /tmp/t
}
send_item() {	# case kind
	(cd /tmp/out && tar -cf - "$1.$2".*) | gzip -c > /tmp/item.tgz
	{ echo "SOCKCONF-BEGIN item $1 $2"; base64 < /tmp/item.tgz; echo "SOCKCONF-END item $1 $2"; } > "$chan"
}
step() {	# name count command...
	name=$1 count=$2
	shift 2
	a=$(cut -d' ' -f1 /proc/uptime)
	i=0
	while [ $i -lt $count ]; do
		"$@" > /dev/null 2>&1
		i=$((i + 1))
	done
	echo "COST $name $count $a $(cut -d' ' -f1 /proc/uptime)"
}
step exec $n /bin/true
step describe $n cases/$fastc --describe
step item $n run_item $fastc $fastk
step send $n send_item $fastc $fastk
step buffer 3 run_item $bufc $bufk
echo "COST done"
poweroff -f
'''


def initramfs(t, items, n):
    """The suite's initramfs for items, with the timing /init."""
    bdir = abi_mod.ensure_built(ROOT, t.guest_abi)
    guest = [(abi_mod.rebind(c, bdir), k) for c, k in items]
    image = qemu.build_initramfs(guest, 3, t.channel, t.modules(), busybox=t.busybox(),
                                 hostname=socket.gethostname())
    extra = qemu.Cpio()
    extra.file("init", INIT.encode(), 0o755)
    extra.file("sockconf/n", f"{n}\n".encode())
    extra.file("sockconf/fast", (" ".join(FAST) + "\n").encode())
    extra.file("sockconf/buffer", (" ".join(BUFFER) + "\n").encode())
    # a second archive appended: the kernel unpacks both, the later wins
    return image + extra.bytes()


def measure(t, image, tmp, bound=600):
    initrd = Path(tmp) / "initramfs.cpio"
    initrd.write_bytes(image)
    chan = Path(tmp) / "chan"
    chan.write_bytes(b"")
    t0 = time.monotonic()
    proc = t.start(initrd, chan, 3)
    got, boot = {}, None
    try:
        for raw in iter(proc.stdout.readline, b""):
            line = raw.decode(errors="replace").strip()
            parts = line.split()
            if parts[:2] == ["COST", "init"]:
                boot = time.monotonic() - t0
            elif len(parts) == 5 and parts[0] == "COST":
                got[parts[1]] = (float(parts[4]) - float(parts[3])) / int(parts[2])
            elif parts[:2] == ["COST", "done"] or time.monotonic() - t0 > bound:
                break
    finally:
        proc.kill()
        proc.wait()
    return boot, got


VARIANTS = {
    "default": {},
    "mitigations=off": {"append": ["mitigations=off"]},
    "smp1": {"smp": 1},
    "cpu-max": {"cpu": "max"},
    "cpu-max+smp1": {"cpu": "max", "smp": 1},
    "cpu-max+mitigations=off": {"cpu": "max", "append": ["mitigations=off"]},
}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench/guestcost", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", action="append", default=[], help="a qemu target (default qemu:7.2)")
    ap.add_argument("--variant", action="append", default=[], choices=sorted(VARIANTS))
    ap.add_argument("-n", type=int, default=30, help="repetitions of each step in one boot (default 30)")
    ap.add_argument("--repeat", type=int, default=3, help="boots per variant; the least time is kept (default 3)")
    ap.add_argument("--json", default="")
    a = ap.parse_args(argv)
    found = {c.id: c for c in cases_mod.collect(ROOT / "build" / "cases")}
    items = [(c, k) for c in found.values() for k in c.kinds]
    report = {}
    print(f"{'target':22} {'variant':24} {'boot':>6} {'image':>6}" +
          "".join(f"{s:>10}" for s in ("exec", "describe", "item", "send", "buffer")) + "   (ms per step)")
    for spec in a.target or ["qemu:7.2"]:
        rows = {}
        # the variants in turn, --repeat rounds: the least of each step
        # (a busy machine only ever adds time)
        for _ in range(a.repeat):
            for variant in a.variant or ["default"]:
                t = targets.make(spec)
                for k, v in VARIANTS[variant].items():
                    setattr(t, k, v)
                with tempfile.TemporaryDirectory(prefix="sockconf-cost-") as tmp:
                    image = initramfs(t, items, a.n)
                    boot, got = measure(t, image, tmp)
                row = rows.setdefault(variant, {"initramfs_mb": len(image) / 1e6})
                for k, v in [("boot", boot)] + [(k, v * 1000) for k, v in got.items()]:
                    if v is not None:
                        row[k] = min(row.get(k, v), v)
        for variant, row in rows.items():
            boot = row.get("boot")
            report[f"{spec} {variant}"] = row
            cells = "".join(f"{row.get(s, float('nan')):>10.1f}" for s in ("exec", "describe", "item", "send",
                                                                            "buffer"))
            print(f"{spec:22} {variant:24} {boot or float('nan'):>6.1f} {row['initramfs_mb']:>6.1f}{cells}",
                  flush=True)
    if a.json:
        dump(a.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
