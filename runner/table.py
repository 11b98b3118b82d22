"""The terminal table: cases down, kinds across, each cell an outcome mark
and the case's key observed value."""

import sys

from runner.results import item_name

# Results files of format 1 carry no kinds table: these were its kinds.
FORMAT1_KINDS = [{"name": n, "column": c} for n, c in (
    ("inet_stream", "tcp4"), ("inet6_stream", "tcp6"), ("unix_stream", "unix"),
    ("inet_dgram", "udp4"), ("inet6_dgram", "udp6"), ("unix_dgram", "unix_dg"),
    ("unix_seqpacket", "unix_sp"))]


def kinds_of(*docs):
    """The kinds tables of these results files merged, in the harness's
    order (the first file's first): [{name, column, ...}]."""
    seen, rows = set(), []
    for doc in docs:
        for row in doc.get("kinds") or FORMAT1_KINDS:
            if row["name"] not in seen:
                seen.add(row["name"])
                rows.append(row)
    return rows


def columns_of(*docs):
    """{kind: short column heading}."""
    return {row["name"]: row.get("column") or row["name"] for row in kinds_of(*docs)}
MARK = {"holds": "+", "deviates": "~", "unsupported": "-", "broken": "B",
        "timeout": "T", "crash": "C"}
LEGEND = ("+ holds   ~ deviates as expected (the document is wrong here)   ! unexpected   "
          "- unsupported   B broken   T timeout   C crash   . not applicable")
COLOUR = {"+": "32", "~": "33", "!": "31;1", "-": "2", "B": "31", "T": "31", "C": "31;1"}
WIDTH = 13


def value_text(value):
    if isinstance(value, list):
        return "/".join(value_text(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def mark(item):
    if item.get("judgement") == "unexpected":
        return "!"
    return MARK.get(item["outcome"], "?")


def key_value(item, key):
    """The case's key observed value in an item, as text ("" if none)."""
    value = item.get("observations", {}).get(key) if key else None
    return "" if value is None else value_text(value)


def cell(item, key, width=WIDTH):
    """Mark and key value, cut to fit a column of `width` (None: uncut)."""
    m, value = mark(item), key_value(item, key)
    text = f"{m} {value}" if value else m
    if width is None or len(text) <= width - 1:
        return text
    return text[:width - 2] + "…"


def paint(text, width=0, colour=True):
    """`text` padded to `width`, in its mark's terminal colour."""
    pad = " " * max(0, width - len(text))
    if not colour or not text:
        return text + pad
    return f"\033[{COLOUR.get(text[0], '0')}m{text}\033[0m" + pad


def groups_of(rows):
    """Kinds split into blocks a terminal can show side by side: IP
    connection kinds, IP datagram kinds, AF_UNIX, the rest."""
    def group(row):
        caps, family = set(row.get("caps", ())), row.get("family", "")
        if family in ("AF_INET", "AF_INET6") or caps & {"inet", "inet6"}:
            return 1 if "dgram" in caps else 0
        return 2 if family == "AF_UNIX" or "unix" in caps else 3
    blocks = {}
    for row in rows:
        blocks.setdefault(group(row), []).append(row["name"])
    return [blocks[g] for g in sorted(blocks)]


def render(doc, colour=None):
    """One block of columns per group of kinds; a row appears in a block
    when it has an item there."""
    colour = sys.stdout.isatty() if colour is None else colour
    by_case, short = {}, columns_of(doc)
    for item in doc["results"]:
        by_case.setdefault(item_name(item), {})[item["kind"]] = item
    rows = kinds_of(doc)
    seen = {k for row in by_case.values() for k in row}
    rows += [{"name": k} for k in sorted(seen - {r["name"] for r in rows})]
    width = max([len(c) for c in by_case] + [4]) + 2
    lines = []
    for block in groups_of(rows):
        kinds = [k for k in block if k in seen]
        if not kinds:
            continue
        if lines:
            lines.append("")
        lines.append("case".ljust(width) + "".join(short.get(k, k).ljust(WIDTH) for k in kinds))
        for case in sorted(by_case):
            if not any(k in by_case[case] for k in kinds):
                continue
            key = doc.get("cases", {}).get(case.split(".")[0], {}).get("key", "")
            row = case.ljust(width)
            for k in kinds:
                item = by_case[case].get(k)
                text = cell(item, key) if item else "."
                row += paint(text, WIDTH, colour and bool(item))
            lines.append(row.rstrip())
    counts = {}
    for item in doc["results"]:
        counts[mark(item)] = counts.get(mark(item), 0) + 1
    names = {"+": "hold", "~": "deviate as expected", "!": "unexpected", "-": "unsupported",
             "B": "broken", "T": "timeout", "C": "crash"}
    lines.append("")
    lines.append(LEGEND)
    n_cases = len({item["case"] for item in doc["results"]})
    lines.append(f"{n_cases} cases, {len(by_case)} rows, {len(doc['results'])} items: " +
                 ", ".join(f"{counts[m]} {names[m]}" for m in names if m in counts))
    return "\n".join(lines)
