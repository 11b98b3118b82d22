"""Comparison of results files: one row per item (case and kind), one
column per file (machine, kernel, target), each cell the outcome mark and
the case's key observed value (the same marks and value text as the run's
table).  Rows that differ between the columns come first.  Against a
baseline file, an item that held there and deviates, breaks, times out or
crashes in another file is a regression.

Columns are ordered by the kernel they ran on (oldest first; the baseline
stays first), so that for an item that differs the first column where it
changes is the start of a bisection.  Columns from different suite
revisions, or from a tree with uncommitted changes, are warned about: their
differences may come from the suite, not the kernel."""

import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from runner import results
from runner.errors import USAGE, SockconfError
from runner.expectations import upstream_release
from runner.results import item_key
from runner.table import LEGEND, WIDTH, cell, columns_of, mark, paint

REGRESSED = ("deviates", "broken", "timeout", "crash")


@dataclass
class Column:
    path: str
    doc: dict
    label: str = ""

    @property
    def target(self):
        return self.doc.get("target", "host")

    @property
    def env(self):
        return self.doc.get("environment", {})

    @property
    def kernel(self):
        """The kernel's upstream version as text ('5.10.262'), or its release."""
        v = kernel_version(self.env)
        return ".".join(map(str, v)) if v != UNKNOWN else self.env.get("kernel_release", "?")

    @property
    def revision(self):
        return self.env.get("suite_revision", "") or "unknown"


@dataclass
class Row:
    case: str
    kind: str
    key: str
    cells: list             # the item (dict) per column, or None
    differs: str = ""       # "outcome" (marks differ, or an item is missing), "value" or ""
    changes_at: int = 0     # the first column (index) whose cell differs from the one before

    def text(self, i, width=None):
        item = self.cells[i]
        return cell(item, self.key, width) if item else "."


@dataclass
class Regression:
    case: str
    kind: str
    column: str
    before: str
    now: str
    message: str = ""


@dataclass
class Matrix:
    columns: list
    rows: list
    regressions: list = field(default_factory=list)
    baseline: str = ""
    short: dict = field(default_factory=dict)   # kind -> column heading
    warnings: list = field(default_factory=list)

    @property
    def differing(self):
        return [r for r in self.rows if r.differs]


UNKNOWN = (10 ** 6,)


def kernel_version(env):
    """(major, minor, patch) of the kernel a results file ran on.  Debian
    names its ABI in the release (5.10.0-46) and the upstream version in
    the build string (Debian 5.10.262-1): that one is taken when present."""
    m = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", upstream_release(env))
    return tuple(int(x or 0) for x in m.groups()) if m else UNKNOWN


def order_key(doc):
    """Columns by kernel version; on one kernel the plain host first."""
    target = doc.get("target", "host")
    return (kernel_version(doc.get("environment", {})), target != "host", target)


def revision_warnings(columns):
    """Why the columns' differences may come from the suite itself."""
    warnings = []
    revs = {}
    for i, c in enumerate(columns, 1):
        revs.setdefault(c.revision.replace("+dirty", ""), []).append(i)
    if len(revs) > 1:
        warnings.append("columns come from different suite revisions: " + "; ".join(
            f"{rev} in {', '.join(f'[{i}]' for i in cols)}" for rev, cols in sorted(revs.items())))
    dirty = [i for i, c in enumerate(columns, 1) if c.revision.endswith("+dirty")]
    if dirty:
        warnings.append(f"{', '.join(f'[{i}]' for i in dirty)} ran from a tree with uncommitted changes (+dirty)")
    unknown = [i for i, c in enumerate(columns, 1) if c.revision == "unknown"]
    if unknown:
        warnings.append(f"{', '.join(f'[{i}]' for i in unknown)} record no suite revision")
    return warnings


def label(doc):
    env = doc["environment"]
    text = f"{env.get('hostname', '?')} {env.get('kernel_release', '?')} {doc.get('target', 'host')}"
    return text if doc.get("complete", True) else text + " (incomplete)"


def load(paths, root, order="version"):
    """[(path, doc)] for the named files, or every results/*.json; each
    file read and checked by results.read (its error and exit status).
    Ordered by kernel version (order="given": as named)."""
    files = [Path(p) for p in paths] or sorted((Path(root) / "results").glob("*.json"))
    if not files:
        raise SockconfError("no results files: run `make run` first, or name files", USAGE)
    loaded = [(str(f), results.read(f)) for f in files]
    if order == "version" or not paths:
        loaded.sort(key=lambda pd: order_key(pd[1]))
    return loaded


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def build(loaded, baseline=None):
    """The matrix from [(path, doc)]; with `baseline` (path, doc) first."""
    if baseline:
        loaded = [baseline] + [(p, d) for p, d in loaded if not _same_file(p, baseline[0])]
    columns = [Column(p, d, label(d)) for p, d in loaded]
    seen = {}
    for c in columns:
        seen[c.label] = seen.get(c.label, 0) + 1
    for c in columns:
        if seen[c.label] > 1:
            c.label += f" [{Path(c.path).stem}]"
    keys, items = {}, []
    for i, c in enumerate(columns):
        for cid, meta in c.doc["cases"].items():
            keys.setdefault(cid, meta.get("key", ""))
        items.append({item_key(r): r for r in c.doc["results"]})
    order = {k: n for n, k in enumerate(columns_of(*(c.doc for c in columns)))}
    all_keys = sorted({k for per in items for k in per}, key=lambda ck: (ck[0], order.get(ck[1], 99), ck[1]))
    rows = []
    for case, kind in all_keys:
        row = Row(case, kind, keys.get(case.split(".")[0], ""), [per.get((case, kind)) for per in items])
        marks = {mark(c) if c else "." for c in row.cells}
        texts = {row.text(i) for i in range(len(columns))}
        row.differs = "outcome" if len(marks) > 1 else "value" if len(texts) > 1 else ""
        if row.differs:
            row.changes_at = next(i for i in range(1, len(columns)) if row.text(i) != row.text(i - 1))
        rows.append(row)
    # stable: outcomes that differ, then values that differ (an ephemeral
    # port differs on every run), then the rest, each part in case order
    rows.sort(key=lambda r: ("outcome", "value", "").index(r.differs))
    m = Matrix(columns, rows, baseline=columns[0].path if baseline else "",
               warnings=revision_warnings(columns), short=columns_of(*(c.doc for c in columns)))
    if baseline:
        m.regressions = regressions(m)
    return m


def regressions(m):
    """Items that held in the baseline (column 0) and now deviate, break,
    time out or crash in another column."""
    found = []
    for row in m.rows:
        before = row.cells[0]
        if not before or before["outcome"] != "holds":
            continue
        for i in range(1, len(m.columns)):
            now = row.cells[i]
            if now and now["outcome"] in REGRESSED:
                found.append(Regression(row.case, row.kind, m.columns[i].label, row.text(0), row.text(i),
                                        now.get("message", "")))
    return found


def regression_lines(m):
    return [f"regression: {r.case} {r.kind} on {r.column}: {r.before} in the baseline, now {r.now}"
            + (f" ({r.message})" if r.message else "") for r in m.regressions]


def _shown(path):
    """A path as the reader would type it: relative when under the current folder."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _summary(m):
    n = len(m.rows)
    by_outcome = sum(1 for r in m.rows if r.differs == "outcome")
    return (f"{len(m.differing)} of {n} items differ between {len(m.columns)} results files "
            f"({by_outcome} in outcome, {len(m.differing) - by_outcome} only in the observed value)")


def _kind(m, kind):
    return m.short.get(kind, kind)


# -- terminal ---------------------------------------------------------------

HEAD_MAX = 24      # a column header longer than this is cut, visibly


def _heads(m):
    """Two header lines per column: '[i] target' and its kernel version,
    and the column's width: wide enough that no target name is cut short
    (qemu:6.12 never shows as qemu:6.1)."""
    heads = []
    for i, c in enumerate(m.columns, 1):
        top, low = f"[{i}] {c.target}", c.kernel
        top = top if len(top) <= HEAD_MAX else top[:HEAD_MAX - 1] + "…"
        heads.append((top, low, max(WIDTH, len(top) + 2, len(low) + 2)))
    return heads


def _change(r):
    """Where the item first changes, in column order: between [i] and [i+1]."""
    return f"[{r.changes_at}]→[{r.changes_at + 1}]" if r.changes_at else ""


def render_text(m, colour=False):
    lines = ["columns (ordered by kernel version):" if not m.baseline else "columns:"]
    for i, c in enumerate(m.columns, 1):
        base = "   (baseline)" if m.baseline and i == 1 else ""
        lines.append(f"  [{i}] {c.label}   {_shown(c.path)}{base}")
    lines.append("")
    for w in m.warnings:
        lines.append(f"warning: {w}")
    if m.warnings:
        lines.append("")
    width = max([len(f"{r.case} {_kind(m, r.kind)}") for r in m.rows] + [4]) + 2
    heads = _heads(m)
    head1 = "".join(t.ljust(w) for t, _, w in heads)
    head2 = "".join(k.ljust(w) for _, k, w in heads)
    parts = (("outcomes differ", [r for r in m.rows if r.differs == "outcome"]),
             ("only the observed values differ", [r for r in m.rows if r.differs == "value"]),
             ("same on every column", [r for r in m.rows if not r.differs]))
    for title, rows in parts:
        if not rows:
            continue
        changes = bool(rows[0].differs)
        lines.append(f"-- {title}: {len(rows)} items")
        lines.append("item".ljust(width) + head1 + ("first change" if changes else ""))
        lines.append("".ljust(width) + head2.rstrip())
        for r in rows:
            line = f"{r.case} {_kind(m, r.kind)}".ljust(width)
            for i, (_, _, w) in enumerate(heads):
                t = r.text(i, w)
                line += paint(t, w, colour and t != ".")
            line += _change(r)
            lines.append(line.rstrip())
        lines.append("")
    lines.append(LEGEND)
    lines.append("first change: the item differs between these two neighbouring columns first "
                 "(the start of a bisection)")
    lines.append(_summary(m))
    if m.baseline:
        regs = regression_lines(m)
        lines += regs or ["no regressions against the baseline"]
    return "\n".join(lines) + "\n"


# -- Markdown -----------------------------------------------------------------

def _md(text):
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")


def render_markdown(m):
    out = ["## sockconf comparison", "", _summary(m) + ".", ""]
    for i, c in enumerate(m.columns, 1):
        base = " (baseline)" if m.baseline and i == 1 else ""
        out.append(f"{i}. **{_md(c.label)}**{base}: `{_md(_shown(c.path))}`")
    out.append("")
    out += [f"> **warning:** {_md(w)}" for w in m.warnings]
    if m.warnings:
        out.append("")
    if m.baseline:
        out.append(f"### Regressions against the baseline: {len(m.regressions)}")
        out.append("")
        out += [f"- `{r.case}` {_kind(m, r.kind)} on {_md(r.column)}: `{_md(r.before)}` → `{_md(r.now)}`"
                + (f" — {_md(r.message)}" if r.message else "") for r in m.regressions] or ["none"]
        out.append("")
    def table(rows, changes):
        extra = " first change |" if changes else ""
        lines = ["| | case | kind | " + " | ".join(f"{i}: {_md(c.target)} ({_md(c.kernel)})"
                                                 for i, c in enumerate(m.columns, 1)) + " |" + extra,
                 "|---|---|---|" + "---|" * (len(m.columns) + changes)]
        for r in rows:
            cells = " | ".join(f"`{_md(r.text(i))}`" for i in range(len(m.columns)))
            sign = {"outcome": "≠", "value": "≈", "": ""}[r.differs]
            change = f" {_change(r)} |" if changes else ""
            lines.append(f"| {sign} | {_md(r.case)} | {_kind(m, r.kind)} | {cells} |{change}")
        return lines

    same = [r for r in m.rows if not r.differs]
    if m.differing:
        out += table(m.differing, True)
    if same:
        # folded, so that a CI summary opens on the differences
        out += ["", f"<details><summary>{len(same)} items the same on every column</summary>", ""]
        out += table(same, False)
        out += ["", "</details>"]
    out += ["", "≠ outcomes differ, ≈ only the observed values differ; first change: the item differs "
            "between these two neighbouring columns first (the start of a bisection).  "
            + _md(LEGEND).replace("   ", " · "), ""]
    return "\n".join(out)


# -- HTML -------------------------------------------------------------------

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
th{background:#f4f4f4}td.c{font-family:ui-monospace,monospace;white-space:nowrap}
tr.outcome td:first-child{font-weight:bold}tr.value td:first-child{font-style:italic}
.m-holds{background:#e6f4e6}.m-expected{background:#fff6d6}.m-unexpected{background:#f9c8c8}
.m-unsupported{color:#888}.m-broken,.m-timeout,.m-crash{background:#f9dcdc}.m-absent{color:#bbb}
.reg{color:#a00}.warn{color:#a60;font-weight:bold}
"""


def _css_class(item):
    if item is None:
        return "m-absent"
    if item.get("judgement") == "unexpected":
        return "m-unexpected"
    if item["outcome"] == "deviates":
        return "m-expected"
    return f"m-{item['outcome']}"


def render_html(m):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>sockconf comparison</title>", f"<style>{CSS}</style></head><body>",
           "<h1>sockconf comparison</h1>", f"<p>{e(_summary(m))}.</p>", "<ol>"]
    for i, c in enumerate(m.columns, 1):
        base = " (baseline)" if m.baseline and i == 1 else ""
        out.append(f"<li><b>{e(c.label)}</b>{base}: <code>{e(_shown(c.path))}</code></li>")
    out.append("</ol>")
    out += [f'<p class="warn">warning: {e(w)}</p>' for w in m.warnings]
    if m.baseline:
        out.append(f"<h2>Regressions against the baseline: {len(m.regressions)}</h2><ul>")
        for r in m.regressions:
            out.append(f'<li class="reg"><code>{e(r.case)}</code> {e(_kind(m, r.kind))} on {e(r.column)}: '
                       f"<code>{e(r.before)}</code> → <code>{e(r.now)}</code> {e(r.message)}</li>")
        out.append("</ul>" if m.regressions else "<li>none</li></ul>")
    out.append("<table><thead><tr><th>case</th><th>kind</th>" +
               "".join(f'<th title="{e(c.label)}">{i}: {e(c.target)}<br>{e(c.kernel)}</th>'
                       for i, c in enumerate(m.columns, 1)) +
               "<th>first change</th></tr></thead><tbody>")
    for r in m.rows:
        tds = []
        for i, item in enumerate(r.cells):
            tip = f"{item['outcome']}: {item.get('message', '')}" if item else "not run"
            tds.append(f'<td class="c {_css_class(item)}" title="{e(tip)}">{e(r.text(i))}</td>')
        out.append(f'<tr class="{r.differs or "same"}"><td>{e(r.case)}</td><td>{e(_kind(m, r.kind))}</td>'
                   + "".join(tds) + f"<td>{e(_change(r))}</td></tr>")
    out += ["</tbody></table>", f"<p>{e(LEGEND)}; outcomes differ on rows in bold, only the observed values on rows in italics.</p>",
            "</body></html>", ""]
    return "\n".join(out)


RENDER = {"text": render_text, "md": render_markdown, "html": render_html}


def format_for(path, fmt=""):
    if fmt:
        return fmt
    return "html" if str(path).endswith((".html", ".htm")) else "md" if str(path).endswith(".md") else "text"

