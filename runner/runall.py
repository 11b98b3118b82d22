"""Several targets in one go (`runner run-all`, `runner run --target a,b`).

The cases are built once; each target then runs as its own `runner run`
process (its own pytest session, namespace, boot or ssh session), as many
at a time as there are cores (and as many again of those that mostly
wait on the kernel).  Progress comes from the journal each run
appends item by item; a target that fails is reported with its log and the
others go on.  Each target's results file lands in results/ under its
usual name, and the comparison of them all is printed at the end."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from runner import cases, compare, errors, results
from runner.errors import SockconfError

DEFAULT = "host,netns:abort_on_overflow,netns:somaxconn16,netns:smallbuf"
# `--target matrix`: every column people run (kernels 5.10 to 7.2, other
# architectures and ABIs, user-mode Linux, user-space layers)
MATRIX = (DEFAULT + ",host:i386,qemu:5.10,qemu:6.1,qemu:6.12,qemu:7.2,qemu:arm64,qemu:s390x,qemu:i386,uml,"
          "layer:valgrind,layer:strace,layer:proot,layer:qemu-user,layer:qemu-user:arm64")
STOP_BOUND = 60     # seconds a run has to stop after Ctrl-C before it is killed
TICK = 1.0          # seconds between progress reads


@dataclass
class Job:
    spec: str
    out: Path
    log: Path
    proc: subprocess.Popen = None
    done: int = 0
    last: str = ""
    status: int = None
    final: str = ""
    why: str = ""
    started: float = 0.0
    seconds: float = 0.0    # wall time of the run, start to exit

    def journal(self):
        try:
            with open(str(self.out) + ".journal", encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
        except OSError:
            return
        self.done = len(lines)
        for line in reversed(lines):
            try:
                rec = json.loads(line)
                self.last = f"{rec['case']}/{rec['kind']}"
                break
            except (ValueError, KeyError, TypeError):
                continue    # a line still being written


def split_targets(text):
    specs = [t.strip() for t in text.split(",") if t.strip()]
    specs = [x for t in specs for x in (MATRIX.split(",") if t == "matrix" else [t])]
    if not specs:
        raise SockconfError("no targets named (e.g. --target host,netns:smallbuf)", errors.USAGE)
    dup = sorted({s for s in specs if specs.count(s) > 1})
    if dup:
        raise SockconfError(f"target named twice: {', '.join(dup)}", errors.USAGE)
    return specs


def count_items(build_dir, only_cases, only_kinds):
    n = 0
    for c in cases.collect(Path(build_dir) / "cases"):
        if only_cases and c.id not in only_cases:
            continue
        n += len([k for _, k in c.items() if not only_kinds or k in only_kinds])
    return n


def child_argv(a, spec, out):
    argv = [sys.executable, "-m", "runner", "run", "--target", spec, "--build-dir", a.build_dir,
            "--out", str(out), "-j", str(a.jobs or 1)]
    for c in a.case:
        argv += ["--case", c]
    for k in a.kind:
        argv += ["--kind", k]
    if a.preload:
        argv += ["--preload", a.preload]
    if a.wrapper:
        argv += ["--wrapper", a.wrapper]
    if a.timeout_mult != 1.0:
        argv += ["--timeout-mult", str(a.timeout_mult)]
    return argv + ["--", "--sc-no-build", "--sc-no-table", "-p", "no:cacheprovider", *a.pytest_args]


class Progress:
    def __init__(self, total, stream=None):
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.shown = {}
        self.width = 0

    def say(self, text):
        if self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.width = 0
        self.stream.write(text + "\n")
        self.stream.flush()

    def update(self, jobs):
        running = [j for j in jobs if j.proc and j.status is None]
        if self.tty:
            left = sum(self.total - j.done for j in jobs if j.status is None)
            head = f"({left} items left) "
            # one line that redraws itself, never wider than the terminal:
            # each running target gets an equal share of it
            share = max(12, (shutil.get_terminal_size().columns - 1 - len(head)) // max(1, len(running)) - 2)
            segs = [f"{j.done}/{self.total} {j.spec} {j.last}" for j in running]
            text = head + "  ".join(t if len(t) <= share else t[:share - 1] + "…" for t in segs)
            text = text[:shutil.get_terminal_size().columns - 1]
            self.stream.write("\r" + text.ljust(self.width))
            self.width = len(text)
            self.stream.flush()
            return
        for j in running:    # a log: a line per tenth of the way
            step = (10 * j.done) // max(1, self.total)
            if self.shown.get(j.spec, 0) < step:
                self.shown[j.spec] = step
                self.say(f"sockconf: [{j.spec}] {j.done}/{self.total} items, at {j.last} "
                         f"({self.total - j.done} left)")


def run_all(a, specs=None, results_dir=None, build=True, report=None):
    """Returns the exit status; `report`, a dict, receives per target
    {"seconds": wall time, "status": exit status, "results": file or ""}."""
    specs = specs or split_targets(a.target)
    root = cases.ROOT
    results_dir = Path(results_dir or root / "results")
    if build:
        rep = cases.build(root, a.build_dir)
        for cid, err in sorted(rep.failed.items()):
            print(f"sockconf: {cid} did not build: {err}", file=sys.stderr)
    total = count_items(root / a.build_dir, a.case, a.kind)
    work = root / a.build_dir / "run-all"
    work.mkdir(parents=True, exist_ok=True)
    jobs = []
    for s in specs:
        slug = results.slug(s.replace(":", "-"))
        out = work / f"{slug}.json"
        for stale in (out, Path(str(out) + ".journal")):
            stale.unlink(missing_ok=True)
        jobs.append(Job(s, out, work / f"{slug}.log"))
    width = max(1, min(len(jobs), os.cpu_count() or 1))
    progress = Progress(total)
    progress.say(f"sockconf: {len(jobs)} targets ({', '.join(specs)}), {total} items each, "
                 f"{width} at a time, and as many that mostly wait beside them")
    started = time.monotonic()
    # Ctrl-C and SIGTERM reach this process only (the runs have sessions of
    # their own); each run is then told once, and keeps what it had.
    old_term = signal.signal(signal.SIGTERM, _term)
    try:
        _drive(a, jobs, width, progress)
    except KeyboardInterrupt:
        _stop(jobs)
        progress.say("sockconf: interrupted; the runs stopped with what they had")
        _collect(jobs, results_dir)
        raise
    finally:
        signal.signal(signal.SIGTERM, old_term)
    _collect(jobs, results_dir)
    progress.say(f"sockconf: all targets finished in {time.monotonic() - started:.0f}s")
    for j in jobs:
        state = "ok" if j.status == errors.OK else ("unexpected outcomes" if j.status == errors.FAILED and j.final
                                                    else f"FAILED (exit {j.status}): {j.why}")
        where = f" -> {j.final}" if j.final else f" (log: {j.log})"
        progress.say(f"  {j.spec}: {state}{where} ({j.seconds:.0f}s)")
    if report is not None:
        report.update({j.spec: {"seconds": round(j.seconds, 1), "status": j.status, "results": j.final}
                       for j in jobs})
    finals = [j.final for j in jobs if j.final]
    if finals:
        m = compare.build(compare.load(finals, results_dir))
        sys.stdout.write(compare.render_text(m, colour=sys.stdout.isatty()))
    if any(not j.final for j in jobs):
        return errors.TARGET
    return errors.OK if all(j.status == errors.OK for j in jobs) else errors.FAILED


def _drive(a, jobs, width, progress):
    # Targets that keep a CPU busy (a guest under emulation, valgrind)
    # run as many at a time as there are cores, the boots first since they
    # take longest; targets that mostly wait on the kernel (the host, a
    # namespace, strace) as many again beside them.
    busy = {j.spec: _is_busy(j.spec) for j in jobs}
    queue = sorted(jobs, key=lambda j: (not _is_batch(j.spec), not busy[j.spec]))

    def room(j):
        running = [r for r in jobs if r.proc and r.status is None and busy[r.spec] == busy[j.spec]]
        return len(running) < width

    while queue or any(j.proc and j.status is None for j in jobs):
        while any(room(j) for j in queue):
            j = next(j for j in queue if room(j))
            queue.remove(j)
            progress.say(f"sockconf: [{j.spec}] starting")
            j.started = time.monotonic()
            log = open(j.log, "w")
            j.proc = subprocess.Popen(child_argv(a, j.spec, j.out), stdout=log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL, cwd=cases.ROOT, start_new_session=True)
            log.close()
        running = [j for j in jobs if j.proc and j.status is None]
        try:
            running[0].proc.wait(timeout=TICK)
        except subprocess.TimeoutExpired:
            pass
        for j in running:
            j.journal()
            rc = j.proc.poll()
            if rc is not None:
                j.status = rc
                j.seconds = time.monotonic() - j.started
                j.journal()
                try:    # a complete run removes its journal: count from its results
                    j.done = len(results.read(j.out)["results"])
                except SockconfError:
                    pass
                progress.say(f"sockconf: [{j.spec}] finished: {j.done}/{progress.total} items, exit {rc}")
        progress.update(jobs)


def _is_batch(spec):
    from runner import targets
    try:
        return targets.is_batch(spec)
    except SockconfError:
        return False


def _is_busy(spec):
    from runner import targets
    try:
        return targets.is_busy(spec)
    except SockconfError:
        return False


def _term(signum, frame):
    raise KeyboardInterrupt


def _stop(jobs):
    for j in jobs:
        if j.proc and j.proc.poll() is None:
            j.proc.send_signal(signal.SIGINT)   # as Ctrl-C: the run stops and keeps what it had
    for j in jobs:
        if j.proc:
            try:
                j.status = j.proc.wait(timeout=STOP_BOUND)
            except subprocess.TimeoutExpired:
                j.proc.kill()
                j.status = j.proc.wait()


def _collect(jobs, results_dir):
    """Move each run's results file to results/<machine>-<kernel>-<target>.json."""
    for j in jobs:
        if not j.out.exists():
            j.why = _last_line(j.log)
            continue
        try:
            doc = results.read(j.out)
        except SockconfError as e:
            j.why = str(e)
            continue
        final = results_dir / results.default_name(doc["environment"], doc["target"])
        results.write(final, doc)
        j.out.unlink()
        j.final = str(final)


def _last_line(log):
    try:
        lines = [ln.strip() for ln in Path(log).read_text(errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "no log"
    errs = [ln for ln in lines if ln.startswith(("sockconf:", "ERROR", "E "))]
    return (errs or lines or ["no output"])[-1][:300]
