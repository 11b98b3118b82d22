"""Running one (case, kind) item alone, with a bound, and reading what it
recorded.  The outcome comes from the case's own verdict record; an item
that left none either ran out of time (timeout) or died (crash)."""

import json
import os
import shlex
import signal
import subprocess
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

_live = set()      # case processes running now, for kill_all()
_live_lock = threading.Lock()

OUTCOMES = ("holds", "deviates", "unsupported", "broken", "timeout", "crash")
MAX_STEPS = 64


@dataclass
class ItemResult:
    case: str
    kind: str
    outcome: str
    message: str = ""
    at: str = ""
    observations: dict = field(default_factory=dict)
    steps: list = field(default_factory=list)
    duration: float = 0.0
    detail: str = ""

    def to_json(self):
        d = {"case": self.case, "kind": self.kind, "outcome": self.outcome,
             "message": self.message, "observations": self.observations}
        if self.at:
            d["at"] = self.at
        if self.steps:
            d["steps"] = self.steps
        if self.detail:
            d["detail"] = self.detail
        return d

    @classmethod
    def from_json(cls, d, duration=0.0):
        return cls(case=d["case"], kind=d["kind"], outcome=d["outcome"],
                   message=d.get("message", ""), at=d.get("at", ""),
                   observations=d.get("observations", {}), steps=d.get("steps", []),
                   detail=d.get("detail", ""), duration=duration)


def parse_records(case, kind, text, returncode=None, timed_out=False, xml_text=""):
    """Turn a case's JSON-lines output into one ItemResult.

    Lines that are not JSON objects (a case printing garbage, a truncated
    last line) are counted and otherwise ignored: they never pass for data."""
    obs, steps, verdict, garbage = {}, [], None, 0
    for line in text.splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            garbage += 1
            continue
        if not isinstance(rec, dict) or rec.get("kind", kind) != kind:
            garbage += not isinstance(rec, dict)
            continue
        ev = rec.get("ev")
        if ev == "obs" and isinstance(rec.get("name"), str):
            name, value = rec["name"], rec.get("value")
            if name in obs:
                prev = obs[name]
                obs[name] = (prev if isinstance(prev, list) else [prev]) + [value]
            else:
                obs[name] = value
        elif ev == "step":
            if len(steps) < MAX_STEPS:
                steps.append({k: v for k, v in rec.items() if k not in ("ev", "kind")})
        elif ev == "verdict" and rec.get("outcome") in OUTCOMES:
            verdict = rec
    if garbage:
        obs["unparsed_lines"] = garbage
    if verdict:
        return ItemResult(case, kind, verdict["outcome"], verdict.get("message", ""),
                          verdict.get("at", ""), obs, steps)
    if timed_out:
        return ItemResult(case, kind, "timeout", "no verdict before the runner's bound; the case was killed",
                          "", obs, steps)
    detail = _check_message(xml_text)
    if returncode is not None and returncode < 0:
        how = f"killed by {signal.Signals(-returncode).name}"
    elif detail:
        how = detail
    else:
        how = f"exited with status {returncode} without a verdict"
    outcome = "crash" if returncode != 0 or detail else "broken"
    if outcome == "broken":
        how = "exited 0 without a verdict record"
    return ItemResult(case, kind, outcome, how, "", obs, steps, detail=detail)


def _check_message(xml_text):
    """Check's own message for a test that died (e.g. a signal in the
    forked child), read from its XML log."""
    if not xml_text.strip():
        return ""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError:
        return ""
    for test in root.iter():
        if test.tag.endswith("test") and test.get("result") in ("error", "failure"):
            for child in test:
                if child.tag.endswith("message") and child.text:
                    return child.text.strip()
    return ""


@dataclass
class Launch:
    """How a case process is started: LD_PRELOAD library, wrapper command,
    timeout multiplier.  Only the case processes see these."""
    preload: str = ""
    wrapper: str = ""
    timeout_mult: float = 1.0
    extra_env: dict = field(default_factory=dict)


def run_item(case, kind, launch=None, grace=10.0):
    launch = launch or Launch()
    with tempfile.TemporaryDirectory(prefix="sockconf-") as tmp:
        out, xml = os.path.join(tmp, "out.jsonl"), os.path.join(tmp, "check.xml")
        argv = [case.binary, "--run", kind, "--out", out, "--xml", xml]
        if launch.wrapper:
            argv = shlex.split(launch.wrapper) + argv
        env = dict(os.environ, TMPDIR=tmp, SC_TIMEOUT_MULT=str(launch.timeout_mult),
                   CK_TIMEOUT_MULTIPLIER=str(launch.timeout_mult), **launch.extra_env)
        if launch.preload:
            env["LD_PRELOAD"] = launch.preload
        bound = case.timeout * launch.timeout_mult + grace
        start = time.monotonic()
        timed_out, rc = False, None
        try:
            proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        except OSError as e:
            return ItemResult(case.id, kind, "broken", f"cannot start {argv[0]}: {e.strerror}")
        with _live_lock:
            _live.add(proc)
        try:
            stdout, _ = proc.communicate(timeout=bound)
            rc = proc.returncode
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc)
            stdout, _ = proc.communicate()
            rc = proc.returncode
        finally:
            _kill_group(proc)
            with _live_lock:
                _live.discard(proc)
        duration = time.monotonic() - start
        text = _read(out)
        res = parse_records(case.id, kind, text, rc, timed_out, _read(xml))
        res.duration = duration
        if res.outcome in ("crash", "broken") and not res.detail:
            res.detail = stdout.decode(errors="replace")[-800:]
        return res


def kill_all():
    """Stop every case process still running (an interrupted run)."""
    with _live_lock:
        procs = list(_live)
    for proc in procs:
        _kill_group(proc)


def _kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""
