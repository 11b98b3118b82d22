"""bench/determinism: does every item give the same verdict every time?
See bench/determinism for usage.

Runs the host suite N times through the runner's command line while the
other CPUs are kept busy (stress-ng --cpu when installed, else one busy
shell loop per other CPU, started here and always stopped), all runs on
one frozen copy of the built cases and expectations, then one
sequential run (-j 1) to compare with a parallel one (pytest -n).  Every
(case, kind) whose outcome or judgement differs between runs is listed
with how often each happened and the messages; exit status 1 if any did,
0 if none, 3/7 as the runner's own when the suite cannot run at all."""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchlib import ROOT, dump, outcomes, run_suite, snapshot


class Load:
    """Keeps `cpus` CPUs busy for the life of the with-block."""

    def __init__(self, cpus):
        self.cpus, self.procs, self.how = cpus, [], "none"

    def __enter__(self):
        if self.cpus <= 0:
            return self
        if shutil.which("stress-ng"):
            self.how = f"stress-ng --cpu {self.cpus}"
            argv = [["stress-ng", "--quiet", "--cpu", str(self.cpus)]]
        else:
            self.how = f"{self.cpus} busy shell loop(s)"
            argv = [["sh", "-c", "while :; do :; done"]] * self.cpus
        for a in argv:
            self.procs.append(subprocess.Popen(a, start_new_session=True,
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        return self

    def __exit__(self, *exc):
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
        self.procs = []


def flips(docs):
    """{(case, kind): Counter of (outcome, judgement, message)} for the items
    whose (outcome, judgement) was not the same in every run, including
    items missing from some runs."""
    seen = {}
    for doc in docs:
        for key, (o, j, m) in outcomes(doc).items():
            seen.setdefault(key, []).append((o, j, m))
    out = {}
    for key, vals in seen.items():
        if len({(o, j) for o, j, _ in vals}) > 1 or len(vals) != len(docs):
            c = Counter(vals)
            if len(vals) != len(docs):
                c[("missing", "", "absent from some runs")] = len(docs) - len(vals)
            out[key] = c
    return out


def show(flipped, total):
    for (case, kind), c in sorted(flipped.items()):
        print(f"  {case}/{kind}:")
        for (o, j, m), n in c.most_common():
            print(f"    {n:4}/{total} {o} ({j}): {m}")


def _term(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench/determinism", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100, help="loaded runs (default 100)")
    ap.add_argument("--busy", type=int, default=-1,
                    help="CPUs kept busy (default: all but one, at least one)")
    ap.add_argument("--no-parallel-check", action="store_true",
                    help="skip the sequential (-j 1) vs parallel comparison")
    ap.add_argument("--keep", default="", help="keep every run's results file in this folder")
    ap.add_argument("--json", default="", help="write the flips here")
    ap.add_argument("--build-dir", default="build", help="where the built cases are (default build)")
    ap.add_argument("--no-make", action="store_true", help="do not run `make all` first")
    ap.add_argument("runner_args", nargs="*", help="passed to `python3 -m runner run` (e.g. --case X)")
    a = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, _term)
    busy = a.busy if a.busy >= 0 else max(1, (os.cpu_count() or 2) - 1)
    keep = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="sockconf-det-"))
    keep.mkdir(parents=True, exist_ok=True)
    if not a.no_make:
        subprocess.run(["make", "-s", "-C", str(ROOT), "all"], check=False)
    args = [*a.runner_args, *snapshot(keep / "snapshot", a.build_dir)]
    docs, t0, status = [], time.monotonic(), 0
    try:
        with Load(busy) as load:
            print(f"load: {load.how}; {a.n} runs", flush=True)
            for i in range(a.n):
                rc, wall, _, tail, doc = run_suite(keep / f"run{i:03}.json", extra=args)
                if doc is None:
                    print(f"run {i + 1}: no results (exit {rc}): {' | '.join(tail)}")
                    if rc in (3, 7):
                        return rc
                    continue
                docs.append(doc)
                now = flips(docs)
                print(f"run {i + 1}/{a.n}: {wall:.1f} s, exit {rc}, items flipped so far: {len(now)}",
                      flush=True)
            if not a.no_parallel_check:
                _, _, _, _, seq = run_suite(keep / "sequential.json", jobs=1, extra=args)
                _, _, _, _, par = run_suite(keep / "parallel.json",
                                            jobs=2 * (os.cpu_count() or 1), extra=args)
    except KeyboardInterrupt:
        print("interrupted: the load was stopped; reporting the runs so far")
        a.no_parallel_check = True
        status = 130
    flipped = flips(docs)
    print(f"\n{len(docs)} loaded runs in {time.monotonic() - t0:.0f} s "
          f"({len(docs[0]['results']) if docs else 0} items each); results in {keep}")
    if flipped:
        print(f"{len(flipped)} item(s) changed verdict or outcome between runs:")
        show(flipped, len(docs))
    else:
        print("no item changed verdict or outcome between runs")
    report = {"runs": len(docs), "flips": {f"{c}/{k}": [[*v, n] for v, n in cnt.items()]
                                           for (c, k), cnt in flipped.items()}}
    if not a.no_parallel_check:
        if seq is None or par is None:
            print("sequential vs parallel: a run gave no results")
            status = status or 1
        else:
            diff = flips([seq, par])
            print(f"sequential (-j 1) vs parallel (-n {2 * (os.cpu_count() or 1)}): "
                  f"{len(diff) or 'no'} item(s) differ")
            show(diff, 2)
            report["sequential_vs_parallel"] = {f"{c}/{k}": [[*v, n] for v, n in cnt.items()]
                                                for (c, k), cnt in diff.items()}
            status = status or (1 if diff else 0)
    if a.json:
        dump(a.json, report)
    return status or (1 if flipped else 0)


if __name__ == "__main__":
    sys.exit(main())
