"""Running a case's items in one process, with a bound, and reading what
each recorded.  A case binary runs every item named in --run (each in a
child Check forks, each with its own watchdog) and tags every record with
the item's kind and variant; an item's outcome comes from its own verdict
record.  An item that left none either ran out of time (timeout), died
(crash) or never started because the process was stopped first."""

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
# Seconds the runner adds to a process's bound, and Check's own backstop
# behind each item's watchdog (harness/main.c adds the same 3 s).
GRACE = 10.0
BACKSTOP = 3.0


def item_label(variant, kind):
    """How the binary names an item: "kind" or "variant/kind"."""
    return f"{variant}/{kind}" if variant else kind


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
    variant: str = ""

    def to_json(self):
        d = {"case": self.case, "kind": self.kind, "outcome": self.outcome,
             "message": self.message, "observations": self.observations}
        for k in ("variant", "at", "steps", "detail"):
            if getattr(self, k):
                d[k] = getattr(self, k)
        return d

    @classmethod
    def from_json(cls, d, duration=0.0):
        return cls(case=d["case"], kind=d["kind"], outcome=d["outcome"],
                   message=d.get("message", ""), at=d.get("at", ""),
                   observations=d.get("observations", {}), steps=d.get("steps", []),
                   detail=d.get("detail", ""), duration=duration, variant=d.get("variant", ""))


def split_records(text):
    """A case's JSON-lines output, parsed once: ({(variant, kind): [record]},
    the number of lines that were not JSON objects)."""
    found, garbage = {}, 0
    for line in text.splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            garbage += 1
            continue
        if not isinstance(rec, dict):
            garbage += 1
            continue
        found.setdefault((rec.get("variant", ""), rec.get("kind")), []).append(rec)
    return found, garbage


def parse_records(case, kind, text, returncode=None, timed_out=False, xml_text="", variant="",
                  split=None):
    """One item's result from a case's JSON-lines output, which may hold
    other items' records too (`split`: that output already split).

    Lines that are not JSON objects (a case printing garbage, a truncated
    last line) are counted and otherwise ignored: they never pass for data."""
    by_item, garbage = split if split is not None else split_records(text)
    obs, steps, verdict, started = {}, [], None, False
    for rec in by_item.get((variant, kind), []) + by_item.get((variant, None), []):
        ev = rec.get("ev")
        if ev == "start":
            started = True
        elif ev == "obs" and isinstance(rec.get("name"), str):
            name, value = rec["name"], rec.get("value")
            if name in obs:
                prev = obs[name]
                obs[name] = (prev if isinstance(prev, list) else [prev]) + [value]
            else:
                obs[name] = value
        elif ev == "step":
            step = {k: v for k, v in rec.items() if k not in ("ev", "kind", "variant")}
            # The failing step is what a pinned expectation reads: keep it.
            if len(steps) < MAX_STEPS or step.get("ok") is False:
                steps.append(step)
        elif ev == "verdict" and rec.get("outcome") in OUTCOMES:
            verdict = rec
    if garbage:
        obs["unparsed_lines"] = garbage
    res = ItemResult(case, kind, "crash", observations=obs, steps=steps, variant=variant)
    if verdict:
        res.outcome, res.message, res.at = verdict["outcome"], verdict.get("message", ""), verdict.get("at", "")
        return res
    detail = _check_message(xml_text, item_label(variant, kind))
    if timed_out:
        if started:
            res.outcome, res.message = "timeout", "no verdict before the runner's bound; the case was killed"
        else:
            res.outcome, res.message = "broken", "never ran: the case process was killed at its bound while an earlier item ran"
        return res
    how = (f"killed by {signal.Signals(-returncode).name}" if returncode is not None and returncode < 0
           else f"exited with status {returncode}")
    if detail:
        res.message, res.detail = detail, detail
    elif not started:
        res.message = f"never ran: the case process {how} first"
    elif returncode is not None and returncode < 0:
        res.message = how
    elif returncode in (0, None):
        res.outcome, res.message = "broken", "exited 0 without a verdict record"
    else:
        res.message = f"{how} without a verdict"
    return res


def _check_message(xml_text, label):
    """Check's own message for an item that died (e.g. a signal in the
    forked child), read from its XML log (the test's description is the
    item's name)."""
    if not xml_text.strip():
        return ""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError:
        return ""
    for test in root.iter():
        if not (test.tag.endswith("test") and test.get("result") in ("error", "failure")):
            continue
        fields = {child.tag.split("}")[-1]: (child.text or "").strip() for child in test}
        if fields.get("description", label) == label and fields.get("message"):
            return fields["message"]
    return ""


@dataclass
class Launch:
    """How a case process is started: LD_PRELOAD library, wrapper command,
    timeout multiplier.  Only the case processes see these."""
    preload: str = ""
    wrapper: str = ""
    timeout_mult: float = 1.0
    extra_env: dict = field(default_factory=dict)


def process_bound(case, n_items, mult, grace=GRACE):
    """Seconds a process running n_items of case may take: every item's
    watchdog and backstop, then the grace."""
    return n_items * (case.timeout * mult + BACKSTOP) + grace


def run_items(case, items, launch=None, grace=GRACE):
    """Run [(variant, kind)] of case in one process; {(variant, kind): ItemResult}."""
    launch = launch or Launch()
    labels = [item_label(v, k) for v, k in items]
    with tempfile.TemporaryDirectory(prefix="sockconf-") as tmp:
        # The items' directories are made here (TMPDIR); cases open them to
        # another user (uid 65534, 3101), who names sockets relative to
        # one as its working directory.  A layer that resolves every path
        # from / (proot) needs each directory above searchable too: this
        # one is, to everyone; the results stay in a private one.
        os.chmod(tmp, 0o711)
        own = os.path.join(tmp, "run")
        os.mkdir(own, 0o700)
        out, xml = os.path.join(own, "out.jsonl"), os.path.join(own, "check.xml")
        argv = [case.binary, "--run", ",".join(labels), "--out", out, "--xml", xml]
        if launch.wrapper:
            argv = shlex.split(launch.wrapper) + argv
        env = dict(os.environ, TMPDIR=tmp, SC_TIMEOUT_MULT=str(launch.timeout_mult), **launch.extra_env)
        env.pop("CK_TIMEOUT_MULTIPLIER", None)
        if launch.preload:
            env["LD_PRELOAD"] = launch.preload
        bound = process_bound(case, len(items), launch.timeout_mult, grace)
        start = time.monotonic()
        timed_out, rc = False, None
        try:
            proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        except OSError as e:
            return {(v, k): ItemResult(case.id, k, "broken", f"cannot start {argv[0]}: {e.strerror}", variant=v)
                    for v, k in items}
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
        duration = (time.monotonic() - start) / max(1, len(items))
        text, xml_text = _read(out), _read(xml)
        split = split_records(text)
        found = {}
        for v, k in items:
            res = parse_records(case.id, k, text, rc, timed_out, xml_text, variant=v, split=split)
            res.duration = duration
            if res.outcome in ("crash", "broken") and not res.detail:
                res.detail = stdout.decode(errors="replace")[-800:]
            found[(v, k)] = res
        return found


def run_item(case, kind, launch=None, grace=GRACE, variant=""):
    return run_items(case, [(variant, kind)], launch, grace)[(variant, kind)]


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
