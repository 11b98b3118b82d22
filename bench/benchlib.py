"""Shared by bench/speed.py and bench/determinism.py: run the suite through
the runner's own command line and read what it wrote."""

import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from runner import results  # noqa: E402


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_suite(out, target="host", jobs=0, extra=(), timeout=None):
    """One `python3 -m runner run`; returns (exit status, wall s, CPU s of
    everything it started, last stderr/stdout lines, results doc or None)."""
    cmd = [sys.executable, "-m", "runner", "run", "--target", target, "--out", str(out)]
    if jobs:
        cmd += ["-j", str(jobs)]
    cmd += list(extra)
    cpu0, t0 = children_cpu(), time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        text, _ = proc.communicate(timeout=timeout)
        rc = proc.returncode
    except (subprocess.TimeoutExpired, KeyboardInterrupt) as e:
        # The runner takes SIGTERM as an interruption: it stops its workers
        # and keeps what it has.  Bounded, then killed.
        proc.terminate()
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        if isinstance(e, KeyboardInterrupt):
            raise
        rc, text = -1, f"no result within {timeout} s"
    wall, cpu = time.monotonic() - t0, children_cpu() - cpu0
    try:
        doc = results.read(out)
    except Exception:
        doc = None
    return rc, wall, cpu, text.strip().splitlines()[-3:], doc


def snapshot(dest, build_dir="build"):
    """A frozen copy of the built cases and the expectations, so that runs
    spread over many minutes all judge the same suite while case authors
    keep editing.  Returns runner arguments that use it."""
    dest = Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(ROOT / build_dir / "cases", dest / "build" / "cases", symlinks=True)
    shutil.copytree(ROOT / "cases" / "expectations", dest / "expectations")
    return ["--build-dir", str(dest / "build"), "--", "--sc-no-build",
            "--sc-expectations", str(dest / "expectations")]


def spread(values):
    """'min / median / max' of a list of seconds."""
    if not values:
        return "-"
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def outcomes(doc):
    """{(case, kind): (outcome, judgement, message)} of one results doc."""
    return {results.item_key(r): (r["outcome"], r.get("judgement", ""), r.get("message", ""))
            for r in doc["results"]}


def dump(path, data):
    Path(path).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
