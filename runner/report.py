"""The claims ledger.  At the top, one matrix: documents down, results
files (kernels, profiles) across, each cell "holds/checked"; then one line
per document (a catalogued man page counts its entries, every other
document its claims); then every claim with its verdict on each kernel,
under every document it cites.  A claim the kernel contradicts where an
expectation says the *document* is wrong is shown as the document's
error, not the kernel's."""

import html
import re
from dataclasses import dataclass, field, replace

from runner.cases import cited
from runner.results import item_name
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


def doc_label(doc_id):
    """A document's name in the matrix and the per-document lines."""
    if doc_id in ("seed", "posix"):
        return document_of(doc_id)
    if doc_id.startswith("rfc:"):
        return f"RFC {doc_id[4:]}"
    return doc_id


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

    @property
    def checked(self):
        return self.verdict not in ("absent", "unsupported")


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


# Worst first: what one verdict says for several claims (an entry several
# cases check) or for one claim on several kernels.
RANK = ("error", "unexpected", "wrong", "holds", "unsupported", "absent")


def rank(v):
    if v.verdict == "deviates":
        return "wrong" if v.expected else "unexpected"
    return v.verdict


def combine(verdicts):
    verdicts = list(verdicts)
    return min((rank(v) for v in verdicts), key=RANK.index, default="absent")


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


# ---- claims: one row per case, or per case.variant ---------------------------

@dataclass
class Row:
    name: str               # case id, or case.variant
    case: str
    meta: dict
    sources: list           # every {"doc", "section"} the claim cites
    verdicts: list          # Verdict per results file


def row_sources(meta, variant=None):
    """The documents a claim cites: a variant with its own source cites
    that (and its own also); otherwise the case's source and every also."""
    if variant and (variant.get("source") or variant.get("also")):
        return cited(variant)
    return cited(meta)


def build_rows(docs):
    metas = {}
    for d in docs:
        for cid, meta in d["cases"].items():
            metas.setdefault(cid, meta)
    per_doc = []
    for d in docs:
        by_name = {}
        for item in d["results"]:
            by_name.setdefault(item_name(item), []).append(item)
        per_doc.append(by_name)
    rows = []
    for cid in sorted(metas):
        meta = metas[cid]
        if meta.get("source", {}).get("doc") == "selftest":
            continue
        variants = {v.get("name"): v for v in meta.get("variants") or [] if isinstance(v, dict)}
        seen = sorted({n for by_name in per_doc for n in by_name if n == cid or n.startswith(f"{cid}.")})
        names = seen or [f"{cid}.{v}" for v in sorted(variants)] or [cid]
        for name in names:
            variant = variants.get(name[len(cid) + 1:]) if name != cid else None
            verdicts = [claim_verdict(by_name.get(name, []), meta.get("key", "")) for by_name in per_doc]
            rows.append(Row(name, cid, meta, row_sources(meta, variant), verdicts))
    return rows


def build(docs):
    """{document title: [(Row, [its sources of that title], [Verdict per results file])]}:
    a claim stands under every document it cites."""
    ledger = {}
    for row in build_rows(docs):
        titles = {}
        for src in row.sources:
            titles.setdefault(document_of(src.get("doc", "")), []).append(src)
        for title, srcs in titles.items():
            verdicts = [replace(v, standard=title in STANDARDS) for v in row.verdicts]
            ledger.setdefault(title, []).append((row, srcs, verdicts))
    order = [t for _, t in DOCS] + sorted(set(ledger) - {t for _, t in DOCS})
    return {t: ledger[t] for t in order if t in ledger}


# ---- documents: the matrix and one line each ---------------------------------

@dataclass
class DocSummary:
    doc: str                  # "seed", "man:tcp(7)", "rfc:793"
    unit: str                 # "entries" or "claims"
    units: list               # [(name, [Verdict per results file])]; a catalogued page's covered entries
    total: int                # entries or claims
    untestable: int = 0
    uncovered: int = 0

    @property
    def label(self):
        return doc_label(self.doc)

    @property
    def standard(self):
        return document_of(self.doc) in STANDARDS

    def cell(self, i):
        """holds/checked on results file i."""
        states = [combine([vs[i]]) for _, vs in self.units]
        checked = sum(s not in ("unsupported", "absent") for s in states)
        return f"{states.count('holds')}/{checked}" if checked else "—"

    def line(self):
        states = [combine(vs) for _, vs in self.units]
        checked = sum(s not in ("unsupported", "absent") for s in states)
        wrong = ("known deviations of the kernel" if self.standard else
                 "where the page is wrong" if self.unit == "entries" else "where the document is wrong")
        parts = [f"{states.count('holds')} hold"]
        for state, what in (("wrong", wrong), ("unexpected", "unexpected deviations"), ("error", "in error")):
            if states.count(state):
                parts.append(f"{states.count(state)} {what}")
        unit = self.unit if self.total != 1 else {"entries": "entry", "claims": "claim"}[self.unit]
        text = f"{self.label}: {self.total} {unit}, {checked} checked ({', '.join(parts)})"
        if self.unit == "entries":
            text += f", {self.untestable} untestable"
        extra = []
        if self.uncovered:
            extra.append(f"{self.uncovered} uncovered")
        if states.count("unsupported"):
            extra.append(f"{states.count('unsupported')} unsupported everywhere")
        if states.count("absent"):
            extra.append(f"{states.count('absent')} not in these results")
        return text + (f"; {', '.join(extra)}" if extra else "")


def _doc_order(doc):
    for i, (prefix, _) in enumerate(DOCS):
        if doc == prefix or (prefix.endswith(":") and doc.startswith(prefix)):
            return (i, doc)
    return (len(DOCS), doc)


def load_catalogue(docs):
    """The catalogue of the installed man pages with the citations of the
    results files' claims, or (None, why) when the pages cannot be read."""
    from runner import catalogue
    from runner.errors import SockconfError
    metas = {}
    for d in docs:
        for cid, meta in d["cases"].items():
            metas.setdefault(cid, meta)
    try:
        return catalogue.build(metas), ""
    except SockconfError as e:
        return None, str(e)


def summaries(docs, cat=None):
    """[DocSummary]: every cited document; a catalogued man page by its
    entries (each entry's verdict the worst of the claims that check it),
    every other document by its claims."""
    rows = build_rows(docs)
    cited = {}
    for row in rows:
        for src in row.sources:
            cited.setdefault(src.get("doc", ""), {})[row.name] = row
    out = {}
    for d in cat or []:
        by_case = {}
        for row in rows:
            by_case.setdefault(row.case, []).append(row)
        by_name = {row.name: row for row in rows}
        units = []
        for s in d.statuses:
            if not s.cases:
                continue
            checking = []
            for ident in s.cases:
                checking += [by_name[ident]] if ident in by_name else by_case.get(ident, [])
            verdicts = [_merge([r.verdicts[i] for r in checking]) for i in range(len(docs))]
            units.append((s.entry.name, verdicts))
        c = d.counts()
        out[d.doc] = DocSummary(d.doc, "entries", units, c["entries"], c["untestable"], c["uncovered"])
    for doc, claims in cited.items():
        if doc in out or doc in ("", "selftest"):
            continue
        units = [(name, row.verdicts) for name, row in sorted(claims.items())]
        out[doc] = DocSummary(doc, "claims", units, len(units))
    return [out[k] for k in sorted(out, key=_doc_order)]


def _merge(verdicts):
    """One Verdict standing for several (an entry checked by several claims)."""
    state = combine(verdicts)
    if state in ("wrong", "unexpected"):
        return Verdict("deviates", expected=state == "wrong")
    return Verdict(state if state != "absent" else "absent")


def summary_lines(summ, cat_note=""):
    lines = [s.line() for s in summ]
    if cat_note:
        lines.append(f"(man pages counted by claims: {cat_note})")
    return lines


def matrix(summ, docs):
    """[[document, cell per results file]]."""
    return [[s.label] + [s.cell(i) for i in range(len(docs))] for s in summ]


def _context(docs, cat):
    if cat is None:
        cat, note = load_catalogue(docs)
    else:
        note = ""
    return summaries(docs, cat), note


# ---- rendering ----------------------------------------------------------------

def _source_text(srcs):
    return "; ".join(f"{s.get('doc', '')}: {s.get('section', '')}" for s in srcs)


def render_text(docs, cat=None):
    summ, note = _context(docs, cat)
    m = matrix(summ, docs)
    w = max([len("document")] + [len(r[0]) for r in m])
    cw = max([len(str(len(docs)))] + [len(c) for r in m for c in r[1:]]) + 2
    out = ["holds/checked per document (entries of a catalogued man page, claims otherwise):", ""]
    out.append(f"{'document':<{w}}" + "".join(f"{i + 1:>{cw}}" for i in range(len(docs))))
    out += [f"{r[0]:<{w}}" + "".join(f"{c:>{cw}}" for c in r[1:]) for r in m]
    out.append("")
    out += [f"{i + 1} = {column_label(d)}" for i, d in enumerate(docs)]
    out += [""] + summary_lines(summ, note) + [""]
    for title, rows in build(docs).items():
        out.append(f"== {title} ({len(rows)} claims)")
        for row, srcs, verdicts in rows:
            out.append(f"  {row.name}  [{_source_text(srcs)}]")
            out.append(f"    {row.meta['claim']}")
            for d, v in zip(docs, verdicts):
                obs = f": {v.observed}" if v.observed else ""
                out.append(f"    {column_label(d)}: {v.label}{obs}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(docs, cat=None):
    summ, note = _context(docs, cat)
    heads = [column_label(d) for d in docs]
    out = ["# Claims ledger", "",
           "holds/checked per document (entries of a catalogued man page, claims otherwise):", "",
           "| document | " + " | ".join(_md(h) for h in heads) + " |", "|---|" + "---|" * len(heads)]
    out += ["| " + " | ".join(_md(c) for c in r) + " |" for r in matrix(summ, docs)]
    out += [""] + [f"- {line}" for line in summary_lines(summ, note)] + [""]
    for title, rows in build(docs).items():
        out += [f"## {title}", "", "| claim | source | " + " | ".join(_md(h) for h in heads) + " |",
                "|---|---|" + "---|" * len(heads)]
        for row, srcs, verdicts in rows:
            cells = [_md(f"{v.label}" + (f": {v.observed}" if v.observed else "")) for v in verdicts]
            out.append(f"| `{row.name}`: {_md(row.meta['claim'])} | {_md(_source_text(srcs))} | "
                       + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


# Quotes from the tutorial are Chinese: the page names CJK fonts Debian,
# Windows and macOS install, before the generic family, so that a browser
# finds glyphs for them instead of drawing empty boxes.
FONTS = ('system-ui, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC", '
         '"WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", '
         '"PingFang SC", "Hiragino Sans GB", sans-serif')
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")

CSS = """
body{font:14px/1.4 %s;margin:2em;color:#222}
:lang(zh){font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","WenQuanYi Micro Hei",
"Droid Sans Fallback","Microsoft YaHei","PingFang SC","Hiragino Sans GB",sans-serif}
h1{font-size:1.5em}h2{margin-top:2em;font-size:1.2em}
table{border-collapse:collapse;width:100%%}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.id{font-family:monospace;font-size:12px}.src{color:#555;font-size:12px}
.holds{background:#e6f4e6}.deviates{background:#fde8e8}.expected{background:#fff6d6}
.error{background:#f8c9c9;font-weight:bold}.unsupported,.absent{color:#888}
table.matrix{width:auto}table.matrix td{text-align:right;font-variant-numeric:tabular-nums}
table.matrix td:first-child{text-align:left}
ul.summary li{margin:.2em 0}
""" % FONTS


def _text(s):
    """Escaped text; a run with CJK characters marked as Chinese."""
    s = html.escape(str(s))
    return f'<span lang=zh-Hans>{s}</span>' if CJK.search(s) else s


def render_html(docs, title="sockconf claims ledger", cat=None):
    e = html.escape
    summ, note = _context(docs, cat)
    parts = [f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{e(title)}</title>",
             f"<style>{CSS}</style></head><body><h1>{e(title)}</h1>",
             "<p>holds/checked per document (entries of a catalogued man page, claims otherwise):</p>",
             "<table class=matrix id=matrix><tr><th>document</th>"
             + "".join(f"<th>{e(column_label(d))}</th>" for d in docs) + "</tr>"]
    for r in matrix(summ, docs):
        parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    parts.append("</table><ul class=summary id=summary>")
    parts += [f"<li>{e(line)}</li>" for line in summary_lines(summ, note)]
    parts.append("</ul>")
    heads = "".join(f"<th>{e(column_label(d))}</th>" for d in docs)
    for doc_title, rows in build(docs).items():
        parts.append(f"<h2>{e(doc_title)} ({len(rows)} claims)</h2><table><tr><th>claim</th>{heads}</tr>")
        for row, srcs, verdicts in rows:
            cells = ""
            for v in verdicts:
                cls = "expected" if v.verdict == "deviates" and v.expected else v.verdict
                kinds = ", ".join(f"{k}: {o}" for k, o in sorted(v.kinds.items()))
                obs = f"<br><small>{_text(v.observed)}</small>" if v.observed else ""
                cells += f"<td class={cls} title=\"{e(kinds)}\">{e(v.label)}{obs}</td>"
            parts.append(f"<tr id=\"{e(row.name)}\"><td><div class=id>{e(row.name)}</div>{_text(row.meta['claim'])}"
                         f"<div class=src>{_text(_source_text(srcs))}</div></td>{cells}</tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)
