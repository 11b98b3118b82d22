"""bench/matrix: every column of the matrix in one run-all, timed.

Runs the targets with runner.runall (as `make run-all` does: the cases
built once, as many targets at a time as there are cores, the boots
first), writing their results files into --out-dir (never results/), then
reports per column:

  wall       the column's own run, start to exit;
  boot/run   for a guest, seconds to its environment probe and from there
             to its last item (the guest's own boot_seconds and
             batch_seconds);
  image      the initramfs size in MB (what the kernel unpacks first);
  items      item time: the sum of per-item durations, the median item
             (for a guest, at least the cost of starting one case process
             under emulation), the share of the column's run spent in
             items that wait on kernel timers (declared bounds > 5 s) and
             in the slowest three items;
  differs    items whose outcome differs from the first column's (the
             host, by default), listed below the table.

The total wall time of the matrix is printed last."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, dump

from runner import cases as cases_mod  # noqa: E402
from runner import results, runall  # noqa: E402

def column_report(doc, bounds):
    """The numbers of one results document."""
    env = doc["environment"]
    t = doc.get("timings", {})
    durations = sorted(t.values())
    slow = sum(s for k, s in t.items() if bounds.get(k.split("/")[0], 0) > 5)
    top = sorted(t.items(), key=lambda kv: -kv[1])[:3]
    counts = {}
    for r in doc["results"]:
        counts[r["outcome"]] = counts.get(r["outcome"], 0) + 1
    return {
        "kernel": env.get("kernel_release", "?"),
        "boot": float(env["boot_seconds"]) if "boot_seconds" in env else None,
        "run": float(env["batch_seconds"]) if "batch_seconds" in env else None,
        "initramfs_mb": float(env["initramfs_mb"]) if "initramfs_mb" in env else None,
        "items": len(doc["results"]),
        "item_sum": round(sum(durations), 2),
        "item_median": round(statistics.median(durations), 4) if durations else 0.0,
        "timer_items": round(slow, 2),
        "slowest": [(k, round(s, 2)) for k, s in top],
        "outcomes": counts,
        "timeout_mult": env.get("timeout_mult", "1"),
    }


def differing(base, doc):
    """[(case, kind, outcome in base, outcome here)] that differ."""
    a = {(r["case"], r["kind"]): r["outcome"] for r in base["results"]}
    b = {(r["case"], r["kind"]): r["outcome"] for r in doc["results"]}
    return sorted((c, k, a.get((c, k), "absent"), b.get((c, k), "absent"))
                  for c, k in set(a) | set(b) if a.get((c, k)) != b.get((c, k)))


def fmt(v, spec="{:.1f}"):
    return "-" if v is None else spec.format(v)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench/matrix", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", action="append", default=[], help="a column (repeatable; default: the matrix)")
    ap.add_argument("--out-dir", default="", help="keep the results files here (default: a temporary folder)")
    ap.add_argument("--json", default="", help="also write the measurements here")
    ap.add_argument("--build-dir", default="build")
    a = ap.parse_args(argv)
    specs = runall.split_targets(",".join(a.target) or "matrix")
    out_dir = Path(a.out_dir) if a.out_dir else Path(tempfile.mkdtemp(prefix="sockconf-matrix-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    args = argparse.Namespace(target=",".join(specs), build_dir=a.build_dir, case=[], kind=[], preload="",
                              wrapper="", timeout_mult=1.0, pytest_args=[], out="", jobs=0)
    report = {}
    t0 = time.monotonic()
    status = runall.run_all(args, specs=specs, results_dir=out_dir, build=True, report=report)
    total = time.monotonic() - t0
    bounds = {c.id: c.timeout for c in cases_mod.collect(ROOT / a.build_dir / "cases")}
    rows, docs = [], {}
    for spec in specs:
        r = report.get(spec, {})
        if r.get("results"):
            docs[spec] = results.read(r["results"])
            rows.append((spec, r, column_report(docs[spec], bounds)))
        else:
            rows.append((spec, r, None))
    base_spec = next((s for s in specs if s in docs), None)
    print(f"\n{'column':24} {'wall':>6} {'boot':>5} {'run':>6} {'image':>6} {'items':>5} "
          f"{'item sum':>8} {'median':>7} {'timers':>6}  differs  slowest items")
    out = {"total_seconds": round(total, 1), "cores": os.cpu_count(), "columns": {}}
    for spec, r, c in rows:
        if c is None:
            print(f"{spec:24} {fmt(r.get('seconds')):>6}  did not run (exit {r.get('status')})")
            out["columns"][spec] = {"seconds": r.get("seconds"), "status": r.get("status")}
            continue
        diff = differing(docs[base_spec], docs[spec]) if base_spec else []
        slow = ", ".join(f"{k} {s:.2f}" for k, s in c["slowest"])
        print(f"{spec:24} {fmt(r['seconds']):>6} {fmt(c['boot']):>5} {fmt(c['run']):>6} "
              f"{fmt(c['initramfs_mb']):>6} {c['items']:>5} {c['item_sum']:>8.1f} {c['item_median']:>7.3f} "
              f"{c['timer_items']:>6.1f}  {len(diff):>7}  {slow}")
        out["columns"][spec] = dict(c, seconds=r["seconds"], status=r["status"], results=r["results"],
                                    differs=[list(d) for d in diff])
    print(f"\nmatrix: {len(specs)} columns in {total:.0f} s wall on {os.cpu_count()} cores "
          f"(exit {status}); results files in {out_dir}")
    for spec, r, c in rows:
        if c is None or spec == base_spec:
            continue
        diff = out["columns"][spec]["differs"]
        if diff:
            print(f"\n{spec}: {len(diff)} items differ from {base_spec} in outcome:")
            for case, kind, was, now in diff:
                print(f"  {case} {kind}: {was} -> {now}")
    if a.json:
        dump(a.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
