"""The claims ledger: every claim grouped by the document it comes from,
with its verdict on each kernel in the results files, and a summary line
per document ("tutorial: 31 of 40 claims hold on Linux 6.18").  A claim
the kernel contradicts where an expectation says the *document* is wrong
is shown as the document's error, not the kernel's."""

import html
from dataclasses import dataclass, field

from runner.table import value_text

DOCS = (("seed", "tutorial"), ("posix", "POSIX.1"), ("man:", "Linux man pages"),
        ("rfc:", "RFCs"))
ERRORS = ("broken", "timeout", "crash")
# A standard binds the kernel: where Linux is known to differ, that is the
# kernel's deviation, not the document's error.
STANDARDS = ("POSIX.1", "RFCs")


def document_of(doc_id):
    for prefix, title in DOCS:
        if doc_id == prefix or (prefix.endswith(":") and doc_id.startswith(prefix)):
            return title
    return doc_id or "other"


@dataclass
class Verdict:
    verdict: str            # holds, deviates, unsupported, error, absent
    expected: bool = False  # the deviation is listed in the expectations
    observed: str = ""
    kinds: dict = field(default_factory=dict)
    standard: bool = False  # the claim is a standard's: a listed deviation is the kernel's

    @property
    def label(self):
        if self.verdict == "deviates":
            if not self.expected:
                return "DEVIATES"
            return "known deviation" if self.standard else "document wrong"
        return {"holds": "holds", "unsupported": "unsupported", "error": "ERROR",
                "absent": "—"}[self.verdict]


def claim_verdict(items, key):
    if not items:
        return Verdict("absent")
    kinds = {i["kind"]: i["outcome"] for i in items}
    outs = set(kinds.values())
    dev = [i for i in items if i["outcome"] == "deviates"]
    err = [i for i in items if i["outcome"] in ERRORS]
    if err:
        return Verdict("error", observed=f"{err[0]['kind']}: {err[0]['outcome']}: {err[0].get('message', '')}",
                       kinds=kinds)
    if dev:
        obs = dev[0].get("observations", {})
        seen = value_text(obs[key]) if key and key in obs else dev[0].get("message", "")
        expected = all(i.get("judgement") == "expected" for i in dev)
        return Verdict("deviates", expected, f"{seen}", kinds)
    if "holds" in outs:
        held = [i for i in items if i["outcome"] == "holds"]
        obs = held[0].get("observations", {})
        return Verdict("holds", observed=value_text(obs[key]) if key and key in obs else "", kinds=kinds)
    return Verdict("unsupported", observed=items[0].get("message", ""), kinds=kinds)


def column_label(doc):
    env = doc["environment"]
    label = f"{env.get('os', '?')} {env.get('kernel_release', '?')}"
    if doc.get("target", "host") != "host":
        label += f" [{doc['target']}]"
    return label


def short_kernel(doc):
    env = doc["environment"]
    rel = env.get("kernel_release", "?")
    return f"{env.get('os', '?')} {'.'.join(rel.split('-')[0].split('.')[:2])}"


def build(docs):
    """{document title: [(case id, meta, [Verdict per doc])]} and the
    columns, from loaded results files."""
    metas = {}
    for d in docs:
        for cid, meta in d["cases"].items():
            metas.setdefault(cid, meta)
    per_doc = []
    for d in docs:
        by_case = {}
        for item in d["results"]:
            by_case.setdefault(item["case"], []).append(item)
        per_doc.append(by_case)
    ledger = {}
    for cid in sorted(metas):
        meta = metas[cid]
        if meta.get("source", {}).get("doc") == "selftest":
            continue
        title = document_of(meta.get("source", {}).get("doc", ""))
        verdicts = [claim_verdict(by_case.get(cid, []), meta.get("key", "")) for by_case in per_doc]
        for v in verdicts:
            v.standard = title in STANDARDS
        ledger.setdefault(title, []).append((cid, meta, verdicts))
    order = [t for _, t in DOCS] + sorted(set(ledger) - {t for _, t in DOCS})
    return {t: ledger[t] for t in order if t in ledger}


def summary_lines(ledger, docs):
    lines = []
    for title, rows in ledger.items():
        for i, d in enumerate(docs):
            present = [r for r in rows if r[2][i].verdict != "absent"]
            tested = [r for r in present if r[2][i].verdict != "unsupported"]
            held = sum(r[2][i].verdict == "holds" for r in tested)
            wrong = sum(r[2][i].verdict == "deviates" and r[2][i].expected for r in tested)
            line = f"{title}: {held} of {len(tested)} claims hold on {short_kernel(d)}"
            extra = []
            if wrong and title in STANDARDS:
                extra.append(f"{wrong} known deviations of the kernel")
            elif wrong:
                extra.append(f"{wrong} where the document is wrong")
            dev = sum(r[2][i].verdict == "deviates" and not r[2][i].expected for r in tested)
            if dev:
                extra.append(f"{dev} unexpected deviations")
            err = sum(r[2][i].verdict == "error" for r in tested)
            if err:
                extra.append(f"{err} in error")
            unsup = len(present) - len(tested)
            if unsup:
                extra.append(f"{unsup} unsupported")
            if len(docs) > 1:
                line += f" ({column_label(d)})"
            lines.append(line + (f"; {', '.join(extra)}" if extra else ""))
    return lines


def render_text(docs):
    ledger = build(docs)
    out = summary_lines(ledger, docs) + [""]
    for title, rows in ledger.items():
        out.append(f"== {title} ({len(rows)} claims)")
        for cid, meta, verdicts in rows:
            src = meta["source"]
            out.append(f"  {cid}  [{src['doc']}: {src.get('section', '')}]")
            out.append(f"    {meta['claim']}")
            for d, v in zip(docs, verdicts):
                obs = f": {v.observed}" if v.observed else ""
                out.append(f"    {column_label(d)}: {v.label}{obs}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(docs):
    ledger = build(docs)
    out = ["# Claims ledger", ""] + [f"- {line}" for line in summary_lines(ledger, docs)] + [""]
    heads = [column_label(d) for d in docs]
    for title, rows in ledger.items():
        out += [f"## {title}", "", "| claim | source | " + " | ".join(heads) + " |",
                "|---|---|" + "---|" * len(heads)]
        for cid, meta, verdicts in rows:
            src = meta["source"]
            cells = [_md(f"{v.label}" + (f": {v.observed}" if v.observed else "")) for v in verdicts]
            out.append(f"| `{cid}`: {_md(meta['claim'])} | {_md(src['doc'])}: {_md(src.get('section', ''))} | "
                       + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.5em}h2{margin-top:2em;font-size:1.2em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.id{font-family:monospace;font-size:12px}.src{color:#555;font-size:12px}
.holds{background:#e6f4e6}.deviates{background:#fde8e8}.expected{background:#fff6d6}
.error{background:#f8c9c9;font-weight:bold}.unsupported,.absent{color:#888}
ul.summary li{margin:.2em 0}
"""


def render_html(docs, title="sockconf claims ledger"):
    e = html.escape
    ledger = build(docs)
    parts = [f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{e(title)}</title>",
             f"<style>{CSS}</style></head><body><h1>{e(title)}</h1><ul class=summary id=summary>"]
    parts += [f"<li>{e(line)}</li>" for line in summary_lines(ledger, docs)]
    parts.append("</ul>")
    heads = "".join(f"<th>{e(column_label(d))}</th>" for d in docs)
    for doc_title, rows in ledger.items():
        parts.append(f"<h2>{e(doc_title)} ({len(rows)} claims)</h2><table><tr><th>claim</th>{heads}</tr>")
        for cid, meta, verdicts in rows:
            src = meta["source"]
            cells = ""
            for v in verdicts:
                cls = "expected" if v.verdict == "deviates" and v.expected else v.verdict
                kinds = ", ".join(f"{k}: {o}" for k, o in sorted(v.kinds.items()))
                obs = f"<br><small>{e(v.observed)}</small>" if v.observed else ""
                cells += f"<td class={cls} title=\"{e(kinds)}\">{e(v.label)}{obs}</td>"
            parts.append(f"<tr id=\"{e(cid)}\"><td><div class=id>{e(cid)}</div>{e(meta['claim'])}"
                         f"<div class=src>{e(src['doc'])}: {e(src.get('section', ''))}</div></td>{cells}</tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)
