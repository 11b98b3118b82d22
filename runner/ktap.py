"""KTAP version 1 for kernel CI systems: one test line per item.

Written from a results document (the dict runner/results.py writes), so it
needs nothing from the pytest run:

  KTAP version 1
  # sockconf qemu:7.2 on Linux 7.2.13+deb14-cloud-amd64, suite 853e8a1ef850
  1..427
  ok 1 accept_blocks_until_connection.inet_stream
  ok 2 socket_proto_sctp.inet_stream # SKIP unsupported: ...
  ok 3 buffer_default_8k.inet_stream # XFAIL the tutorial is wrong: ...
  # read_eof_after_close.unix_stream: deviates: read(P->b) ...
  not ok 4 read_eof_after_close.unix_stream
  # Totals: pass:1 fail:1 xfail:1 xpass:0 skip:1 error:0

Test names are <case>.<kind>; *unsupported* is a SKIP, a deviation the
expectations list is an XFAIL as kselftest writes one (ok, with the
directive and the reason), anything unexpected is `not ok` with its message
on diagnostic lines before it.  A listed deviation that now holds is `not
ok ... # XPASS` (the expectation is stale).

parse() reads KTAP back strictly (version line, plan, results numbered
from 1 in order, plan and count agreeing); the tests check the writer with
it."""

import re
from dataclasses import dataclass

VERSION_LINE = "KTAP version 1"
RESULT = re.compile(r"^(ok|not ok) (\d+)(?: ([^#]*?))?\s*(?:#\s*(.*))?$")
DIRECTIVE = re.compile(r"^(SKIP|TODO|XFAIL|XPASS|TIMEOUT|ERROR)\b\s*(.*)$")


def _clean(text):
    """One line without '#', which would start a directive."""
    return " ".join(str(text).replace("#", "No.").split())


def name_of(item):
    return f"{item['case']}.{item['kind']}"


def line_of(n, item):
    """(diagnostic lines, result line) for one item of a results document."""
    name = name_of(item)
    judgement = item.get("judgement", "")
    outcome = item.get("outcome", "")
    message = _clean(item.get("message", ""))
    reason = _clean(item.get("expected", {}).get("reason", ""))
    if judgement == "skip" or (not judgement and outcome == "unsupported"):
        return [], f"ok {n} {name} # SKIP {message or 'unsupported'}".rstrip()
    if judgement == "expected":
        return [], f"ok {n} {name} # XFAIL {reason or message}".rstrip()
    if judgement == "ok" or (not judgement and outcome == "holds"):
        return [], f"ok {n} {name}"
    diag = [f"# {name}: {outcome}" + (f": {message}" if message else "")]
    if outcome == "holds":      # listed as a deviation, and it holds now
        return diag, f"not ok {n} {name} # XPASS {reason}".rstrip()
    return diag, f"not ok {n} {name}"


def render(doc):
    items = sorted(doc.get("results", []), key=lambda r: (r["case"], r["kind"]))
    env = doc.get("environment", {})
    out = [VERSION_LINE,
           f"# sockconf {_clean(doc.get('target', 'host'))} on {_clean(env.get('os', 'Linux'))} "
           f"{_clean(env.get('kernel_release', '?'))}, suite {_clean(env.get('suite_revision', 'unknown'))}"]
    if not doc.get("complete", True):
        out.append("# the run was interrupted: the items it did not reach are missing")
    out.append(f"1..{len(items)}")
    totals = dict.fromkeys(("pass", "fail", "xfail", "xpass", "skip", "error"), 0)
    for n, item in enumerate(items, 1):
        diag, line = line_of(n, item)
        out += diag
        out.append(line)
        if " # SKIP" in line:
            totals["skip"] += 1
        elif " # XFAIL" in line:
            totals["xfail"] += 1
        elif " # XPASS" in line:
            totals["xpass"] += 1
        elif line.startswith("ok"):
            totals["pass"] += 1
        elif item.get("outcome") in ("broken", "crash", "timeout"):
            totals["error"] += 1
        else:
            totals["fail"] += 1
    out.append("# Totals: " + " ".join(f"{k}:{v}" for k, v in totals.items()))
    return "\n".join(out) + "\n"


def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        f.write(render(doc))


@dataclass
class Result:
    ok: bool
    number: int
    name: str
    directive: str = ""
    reason: str = ""


class KtapError(ValueError):
    pass


def parse(text):
    """[Result] of a flat KTAP version 1 document; KtapError on anything
    the format does not allow."""
    lines = text.splitlines()
    if not lines or lines[0] != VERSION_LINE:
        raise KtapError(f"first line is not {VERSION_LINE!r}")
    plan, results = None, []
    for at, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^1\.\.(\d+)$", line)
        if m:
            if plan is not None or results:
                raise KtapError(f"line {at}: a plan after the first plan or after results")
            plan = int(m.group(1))
            continue
        m = RESULT.match(line)
        if not m:
            raise KtapError(f"line {at}: not a KTAP line: {line!r}")
        number = int(m.group(2))
        if number != len(results) + 1:
            raise KtapError(f"line {at}: test {number} out of order (expected {len(results) + 1})")
        directive, reason = "", ""
        if m.group(4) is not None:
            d = DIRECTIVE.match(m.group(4))
            if not d:
                raise KtapError(f"line {at}: unknown directive {m.group(4)!r}")
            directive, reason = d.group(1), d.group(2)
        name = (m.group(3) or "").strip()
        if not name:
            raise KtapError(f"line {at}: test {number} has no name")
        results.append(Result(m.group(1) == "ok", number, name, directive, reason))
    if plan is None:
        raise KtapError("no plan line (1..N)")
    if plan != len(results):
        raise KtapError(f"plan says {plan} tests, {len(results)} were reported")
    return results
