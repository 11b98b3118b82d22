"""bench/speed: where the suite's time goes.  See bench/speed for usage.

What is measured, and how:
  suite      wall time of `python3 -m runner run` (build check, collection,
             every item in parallel, results file), N times;
  per case / per kind
             the item durations the results file records (timings), summed
             per case and per kind, in each of the N runs;
  make check wall time of `make check` (self-tests, unit tests, suite);
  waits      one sequential pass over every item through runner.execute:
             each item's CPU time is the rusage of the processes it started
             (the case binary and Check's forked child, both waited for), so
             wall - CPU is the time the item spent off the CPU: in its bounded
             waits (poll bounds, SC_WAIT_UNTIL, blocked calls, kernel timers)
             plus scheduling delay.  That share is an upper bound on the time
             spent waiting; the CPU share includes process start-up;
  targets    qemu/uml when runner/targets has them (else: skipped), timed
             --target-runs times (a boot is slow)."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, children_cpu, dump, run_suite, spread

from runner import cases as cases_mod  # noqa: E402
from runner.execute import Launch, run_item  # noqa: E402


def per_group(docs, index):
    """{group: [seconds per run]} with index 0 = case, 1 = kind."""
    out = {}
    for doc in docs:
        sums = {}
        for key, secs in doc.get("timings", {}).items():
            g = key.split("/")[index].split(".")[0] if index == 0 else key.split("/")[index]
            sums[g] = sums.get(g, 0.0) + secs
        for g, s in sums.items():
            out.setdefault(g, []).append(s)
    return out


def sequential_split(build_dir):
    cases = cases_mod.collect(ROOT / build_dir / "cases", cases_mod.areas_of(ROOT))
    rows = []
    for c in cases:
        for v, k in c.items():
            cpu0 = children_cpu()
            r = run_item(c, k, Launch(), variant=v)
            cpu = children_cpu() - cpu0
            rows.append((c.id + (f".{v}" if v else ""), k, r.duration, cpu, r.outcome))
    return rows


def time_make_check():
    t0 = time.monotonic()
    p = subprocess.run(["make", "--no-print-directory", "check"], cwd=ROOT,
                       capture_output=True, text=True)
    return p.returncode, time.monotonic() - t0, (p.stdout + p.stderr).strip().splitlines()[-1:]


def extra_targets(asked):
    if asked:
        return asked
    found = []
    if (ROOT / "runner/targets/qemu.py").exists():
        found.append("qemu:6.1-cloud")
    else:
        print("qemu: skipped (no runner/targets/qemu.py)")
    if (ROOT / "runner/targets/uml.py").exists():
        found.append("uml")
    else:
        print("uml: skipped (no runner/targets/uml.py)")
    return found


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench/speed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5, help="repeated runs (default 5)")
    ap.add_argument("--target", action="append", default=[],
                    help="also time this target (default: qemu:6.1-cloud and uml when they exist)")
    ap.add_argument("--target-runs", type=int, default=1, help="runs per extra target (default 1)")
    ap.add_argument("--target-timeout", type=float, default=900,
                    help="seconds one extra-target run may take before it is stopped (default 900)")
    ap.add_argument("--no-targets", action="store_true", help="time only the host")
    ap.add_argument("--no-check", action="store_true", help="do not time `make check`")
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--no-make", action="store_true", help="do not run `make all` first")
    ap.add_argument("--top", type=int, default=12, help="cases listed (slowest first)")
    ap.add_argument("--json", default="", help="also write the measurements here")
    a = ap.parse_args(argv)
    report = {"n": a.n}
    if not a.no_make:
        subprocess.run(["make", "-s", "-C", str(ROOT), "all"], check=False)

    with tempfile.TemporaryDirectory(prefix="sockconf-speed-") as tmp:
        walls, cpus, docs = [], [], []
        for i in range(a.n):
            rc, wall, cpu, tail, doc = run_suite(Path(tmp) / f"run{i}.json", extra=["--build-dir", a.build_dir])
            print(f"suite run {i + 1}/{a.n}: {wall:.2f} s wall, {cpu:.2f} s CPU, exit {rc}", flush=True)
            if doc is None:
                print("  no results file: " + " | ".join(tail))
                continue
            walls.append(wall)
            cpus.append(cpu)
            docs.append(doc)
        items = len(docs[0]["results"]) if docs else 0
        workers = os.cpu_count()
        print(f"\nhost suite ({items} items, runner default jobs on {workers} CPUs), "
              f"seconds min / median / max over {len(walls)} runs:")
        print(f"  wall  {spread(walls)}")
        print(f"  CPU   {spread(cpus)}  (all processes the run started)")
        report["suite"] = {"wall": walls, "cpu": cpus, "items": items}

        by_case, by_kind = per_group(docs, 0), per_group(docs, 1)
        print(f"\nper case, item durations summed over its kinds (top {a.top} by median):")
        for c in sorted(by_case, key=lambda c: -statistics.median(by_case[c]))[:a.top]:
            print(f"  {c:40} {spread(by_case[c])}")
        print("\nper kind, item durations summed over the cases:")
        for k in sorted(by_kind, key=lambda k: -statistics.median(by_kind[k])):
            print(f"  {k:16} {spread(by_kind[k])}")
        report["per_case"], report["per_kind"] = by_case, by_kind

    if not a.no_check:
        mc = []
        for i in range(a.n):
            rc, wall, tail = time_make_check()
            print(f"make check {i + 1}/{a.n}: {wall:.2f} s, exit {rc} {' '.join(tail)}", flush=True)
            mc.append(wall)
        print(f"  make check wall {spread(mc)}")
        report["make_check"] = mc

    rows = sequential_split(a.build_dir)
    wall = sum(r[2] for r in rows)
    cpu = sum(r[3] for r in rows)
    print(f"\nsequential pass, {len(rows)} items: {wall:.2f} s of item wall time, {cpu:.2f} s CPU; "
          f"off the CPU (bounded waits + scheduling): {wall - cpu:.2f} s = {100 * (wall - cpu) / wall:.0f}%")
    print("  items with the most time off the CPU:")
    for cid, k, w, c, o in sorted(rows, key=lambda r: -(r[2] - r[3]))[:a.top]:
        print(f"  {cid + '/' + k:52} wall {w:.3f} CPU {c:.3f} ({o})")
    report["sequential"] = [{"item": f"{r[0]}/{r[1]}", "wall": r[2], "cpu": r[3], "outcome": r[4]} for r in rows]

    if not a.no_targets:
        report["targets"] = {}
        for spec in extra_targets(a.target):
            times, why = [], ""
            for i in range(a.target_runs):
                with tempfile.TemporaryDirectory(prefix="sockconf-speed-") as tmp:
                    rc, w, c, tail, doc = run_suite(Path(tmp) / "t.json", target=spec, timeout=a.target_timeout,
                                                         extra=["--build-dir", a.build_dir])
                if doc is None:
                    why = f"exit {rc}: {' | '.join(tail)}"
                    break
                times.append(w)
                print(f"{spec} run {i + 1}/{a.target_runs}: {w:.1f} s, {len(doc['results'])} items, exit {rc}")
            if times:
                print(f"  {spec} wall {spread(times)}")
            else:
                print(f"{spec}: skipped ({why})")
            report["targets"][spec] = times or why
    if a.json:
        dump(a.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
