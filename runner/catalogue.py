"""The catalogue: every entry of the socket man pages, read from the
installed groff source, and what checks it.

An *entry* is what a page lists as a tagged paragraph (`.TP` and its tag
line, `.TQ`, `.IP "tag"`, nested lists included): an errno under ERRORS,
a socket option, a flag, an ioctl, an ancillary message, a /proc file.
Statements the pages make in running text (defaults, limits, what a call
returns) are hand-listed in catalogue/<page>.toml with a short verbatim
quote that must stay in the page.

Names.  A tag naming several things ("SO_RCVLOWAT and SO_SNDLOWAT",
"EAGAIN or EWOULDBLOCK", "FIONREAD (SIOCINQ)") gives one entry per name.
A nested entry is named after its parent: `tcp_rmem/max`, `tcp_ecn/2`.
A name the page lists again (bind(2) has two EINVALs) keeps its plain
name the first time and gets its ordinal after that: `EINVAL`,
`EINVAL (2)`, in the page's order.

A case checks an entry by citing it: SC_SRC("man:tcp(7)", "TCP_NODELAY:
...") -- the entry's name is the section text before the first ": ".
The annotation files add case ids (`cases = [...]`) or say why an entry
cannot be checked (`untestable = "..."`).  Pure standard library."""

import gzip
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from runner.cases import cited
from runner.errors import MISSING_TOOL, USAGE, SockconfError

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "catalogue"
MAN_DIR = Path(os.environ.get("SC_MAN_DIR", "/usr/share/man"))
PAGES = ("socket.7", "tcp.7", "udp.7", "unix.7", "ip.7", "ipv6.7",
         "accept.2", "bind.2", "connect.2", "listen.2", "socket.2", "socketpair.2",
         "send.2", "recv.2", "getsockopt.2", "shutdown.2", "getsockname.2", "getpeername.2")
PACKAGES = "manpages manpages-dev"


def doc_id(page):
    """"tcp.7" -> "man:tcp(7)", the document id cases cite."""
    name, sect = page.rsplit(".", 1)
    return f"man:{name}({sect})"


def page_of(doc):
    m = re.fullmatch(r"man:([^()]+)\((\w+)\)", doc or "")
    return f"{m.group(1)}.{m.group(2)}" if m else None


# ---- groff to text --------------------------------------------------------

# Named characters these pages use; anything else renders as nothing.
CHARS = {"em": "\u2014", "en": "\u2013", "aq": "'", "dq": '"', "lq": '"', "rq": '"',
         "oq": "'", "cq": "'", "bu": "\u2022", "ha": "^", "ti": "~", "rs": "\\",
         "mu": "\u00d7", ">=": "\u2265", "<=": "\u2264", "hy": "-", "ga": "`",
         "co": "\u00a9", "de": "\u00b0", "pl": "+", "mi": "-", "eq": "=", "at": "@",
         "sh": "#", "Do": "$", "ba": "|", "or": "|", "sl": "/", "lB": "[", "rB": "]",
         "lC": "{", "rC": "}", "la": "<", "ra": ">", "ua": "\u2191", "da": "\u2193",
         "->": "\u2192", "<-": "\u2190", "!=": "\u2260", "ul": "_", "sq": "\u25a1"}

_ESCAPE = re.compile(r"""\\(?:
      f(?:\[[^\]]*\]|\(..|.)          # font change
    | \((?P<c2>..)                     # \(xx
    | \[(?P<cn>[^\]]*)\]               # \[name]
    | \*(?:\[(?P<sn>[^\]]*)\]|\((?P<s2>..)|(?P<s1>.))   # predefined strings
    | (?P<one>.)                       # \X
    )""", re.X)
_ONE = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "'": "'",
        "`": "`", ".": ".", '"': ""}


def _escape(m):
    if m.group("c2") or m.group("cn") is not None:
        return CHARS.get(m.group("c2") or m.group("cn"), "")
    name = m.group("sn") or m.group("s2") or m.group("s1")
    if name is not None:
        return {"lq": '"', "rq": '"', "R": "\u00ae", "Tm": "\u2122"}.get(name, "")
    one = m.group("one")
    if one is None:
        return ""           # a font change
    return _ONE.get(one, "")   # \& \% \: \c \| \^ \, \/ and the rest: nothing


def text_of(s):
    """One line of groff text, escapes rendered."""
    return _ESCAPE.sub(_escape, s)


def macro_args(rest):
    """Split a request's arguments as groff does: blanks separate,
    double quotes group, "" inside quotes is a quote."""
    args, cur, i, quoted, started = [], [], 0, False, False
    while i < len(rest):
        ch = rest[i]
        if quoted:
            if ch == '"':
                if rest[i + 1:i + 2] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"' and not cur:
            quoted = started = True
        elif ch in " \t":
            if cur or started:
                args.append("".join(cur))
                cur, started = [], False
        elif ch == "\\" and i + 1 < len(rest):
            cur.append(rest[i:i + 2])   # keep escapes whole
            i += 1
        else:
            cur.append(ch)
        i += 1
    if cur or started:
        args.append("".join(cur))
    return args


FONT_MACROS = {"B", "I", "SM", "SB"}
ALT_MACROS = {"BR", "RB", "IR", "RI", "BI", "IB"}
# Requests that produce no text of their own (or tables' layout lines).
SILENT = {"nf", "fi", "EX", "EE", "in", "br", "sp", "PD", "nh", "hy", "ad", "na", "ft",
          "ne", "ti", "ll", "ce", "TH", "UR", "UE", "MT", "ME", "ds", "if", "ie", "el",
          "ig", "de", "so", "TS", "TE", "ta", "HP", "Sh", "YS", "SY", "OP"}


def render_line(line):
    """A text or font-macro line as text; None for a request with no text."""
    if not line.startswith((".", "'")):
        return text_of(line)
    name, _, rest = line[1:].lstrip().partition(" ")
    name = name.strip()
    args = macro_args(rest)
    if name in FONT_MACROS:
        return text_of(" ".join(args))
    if name in ALT_MACROS:
        return text_of("".join(args))
    return None


# ---- reading a page ---------------------------------------------------------

def page_path(page, man_dir=None):
    man_dir = Path(man_dir or MAN_DIR)
    sect = page.rsplit(".", 1)[1]
    for p in (man_dir / f"man{sect}" / f"{page}.gz", man_dir / f"man{sect}" / page):
        if p.exists():
            return p
    return None


def read_source(path, man_dir=None, depth=0):
    """The groff source of a page, `.so` links followed (relative to the
    man directory, as man(1) does)."""
    path = Path(path)
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    man_dir = Path(man_dir) if man_dir else path.parent.parent
    out = []
    for line in text.splitlines():
        m = re.match(r"\.\s*so\s+(\S+)", line)
        if m and depth < 5:
            target = man_dir / m.group(1)
            found = target if target.exists() else Path(f"{target}.gz")
            if not found.exists():
                raise SockconfError(f"{path}: .so {m.group(1)}: no such page", MISSING_TOOL)
            out.append(read_source(found, man_dir, depth + 1))
        else:
            out.append(line)
    return "\n".join(out)


def logical_lines(source):
    """Source lines with comments removed and escaped newlines joined."""
    lines, pending = [], ""
    for raw in source.splitlines():
        line = pending + raw
        pending = ""
        if re.match(r"^[.']\s*\\\"", line) or line.strip() in (".", "'"):
            continue
        line = re.sub(r'(?<!\\)((?:\\\\)*)\\".*$', r"\1", line)
        if line.endswith("\\") and not line.endswith("\\\\"):
            pending = line[:-1]
            continue
        lines.append(line)
    if pending:
        lines.append(pending)
    return lines


@dataclass
class Entry:
    name: str            # unique in its page
    page: str            # "tcp.7"
    section: str         # "ERRORS", "DESCRIPTION / Socket options"
    tag: str = ""        # the tag as the page prints it
    text: str = ""       # the paragraphs under the tag; for a statement, its quote
    parent: str = ""     # the enclosing entry's name, for nested lists
    lead: str = ""       # the running text that introduces the list ("... specific to UNIX domain:")
    statement: bool = False
    parent_entry: object = field(default=None, repr=False, compare=False)

    @property
    def doc(self):
        return doc_id(self.page)


@dataclass
class Page:
    page: str
    title: str                  # the .TH line's source: "Linux man-pages 6.03"
    entries: list               # [Entry] in the page's order
    text: str                   # the whole page as text, whitespace collapsed
    sections: list = field(default_factory=list)   # [(section, text)] for locating quotes

    @property
    def doc(self):
        return doc_id(self.page)


BULLET = re.compile(r"^(\u2022|\*|-|\(?\d+[.)]|\(\w\)|[a-z][.)])$")


def tag_names(tag):
    """The names a tag line lists.  Parenthesised remarks go ("(since
    Linux 2.2)"), except one that is itself a name ("FIONREAD (SIOCINQ)")."""
    names = []

    def paren(m):
        inner = m.group(1).strip()
        if re.fullmatch(r"[A-Z][A-Z0-9_]+", inner):
            return f", {inner}"
        return ""

    bare, prev = tag, None
    while bare != prev:          # innermost first: "(recvmsg() only; ...)"
        prev, bare = bare, re.sub(r"\s*\(([^()]*)\)", paren, bare)
    for part in re.split(r",|\band\b|\bor\b", bare):
        part = part.strip().rstrip(":").strip()
        if part:
            names.append(part)
    return names or [tag.strip()]


class _Parser:
    """A small state machine over the page's lines: sections, lists
    (`.RS`/`.RE` nesting), tagged paragraphs and their text."""

    def __init__(self, page):
        self.page = page
        self.section = ""
        self.sub = ""
        self.depth = 0
        self.open = {}           # depth -> [Entry ...] of the current item
        self.items = []          # [(depth, [Entry ...], parent Entry)] in order
        self.want_tag = None     # "TP" or "TQ" while the next text line is a tag
        self.text_of = {}        # id(entry) -> [text lines]
        self.all_text = []
        self.by_section = []
        self.title = ""
        self.table = None        # inside .TS/.TE: None, "format" or the tab character
        self.loose = []          # running text since the last list or heading
        self.lead = ""           # what introduces the current list

    def where(self):
        return f"{self.section} / {self.sub}" if self.sub else self.section

    def current(self):
        for d in range(self.depth, -1, -1):
            if self.open.get(d):
                return self.open[d]
        return None

    def close_from(self, depth):
        for d in [d for d in self.open if d >= depth]:
            del self.open[d]

    def start_item(self, tag):
        parent_item = None
        for d in range(self.depth - 1, -1, -1):
            if self.open.get(d):
                parent_item = self.open[d]
                break
        parent = parent_item[0] if parent_item else None
        if parent is None and self.loose:
            lead = " ".join(" ".join(self.loose).split())
            self.lead = lead if lead.endswith(":") else ""
        self.loose = []
        group = [Entry(name=n, page=self.page, section=self.where(), tag=tag,
                       parent_entry=parent, lead=self.lead if parent is None else "")
                 for n in tag_names(tag)]
        self.close_from(self.depth)
        self.open[self.depth] = group
        self.items.append((self.depth, group, parent))
        self.page_text(tag)

    def add_tag(self, tag):
        """.TQ: another tag line for the item just started."""
        group = self.open.get(self.depth)
        if not group:
            self.start_item(tag)
            return
        for n in tag_names(tag):
            group.append(Entry(name=n, page=self.page, section=self.where(), tag=tag,
                               parent_entry=group[0].parent_entry, lead=group[0].lead))
        for e in group:
            e.tag = f"{e.tag}; {tag}" if tag not in e.tag else e.tag
        self.page_text(tag)

    def page_text(self, s):
        self.all_text.append(s)
        if self.by_section:
            self.by_section[-1][1].append(s)

    def text(self, s):
        self.page_text(s)
        item = self.current()
        if item is None:
            self.loose.append(s)
        else:
            self.text_of.setdefault(id(item[0]), []).append(s)

    def para_break(self):
        item = self.current()
        if item is not None:
            self.text_of.setdefault(id(item[0]), []).append("\n")

    def feed(self, line):
        if self.table is not None and not re.match(r"[.']\s*TE\b", line):
            self.table_line(line)
            return
        if line.startswith((".", "'")):
            name, _, rest = line[1:].lstrip().partition(" ")
            name = name.strip()
            args = macro_args(rest)
            if name == "TH":
                self.title = text_of(args[3]) if len(args) > 3 else ""
                return
            if name in ("SH", "SS"):
                heading = text_of(" ".join(args))
                if name == "SH":
                    self.section, self.sub = heading, ""
                else:
                    self.sub = heading
                self.depth, self.open, self.want_tag = 0, {}, None
                self.loose, self.lead = [], ""
                self.by_section.append((self.where(), []))
                return
            if name == "TP":
                self.want_tag = "TP"
                return
            if name == "TQ":
                self.want_tag = "TQ"
                return
            if name in ("PP", "LP", "P"):
                self.want_tag = None
                self.close_from(self.depth)
                self.para_break()
                if self.current() is None:
                    self.loose = []
                return
            if name == "IP":
                tag = text_of(args[0]).strip() if args else ""
                if tag and not BULLET.match(tag):
                    self.start_item(tag)
                else:
                    self.para_break()
                    if tag:
                        self.text(tag)
                return
            if name == "TS":
                self.table = "format"
                self.tab = "\t"
                return
            if name == "TE":
                self.table = None
                return
            if name == "RS":
                self.depth += 1
                return
            if name == "RE":
                self.depth = max(0, self.depth - 1)
                self.close_from(self.depth + 1)
                return
            if name in SILENT:
                return
        s = render_line(line)
        if s is None:
            return
        if self.want_tag:
            kind, self.want_tag = self.want_tag, None
            if kind == "TP":
                self.start_item(s.strip())
            else:
                self.add_tag(s.strip())
            return
        self.text(s)

    def table_line(self, line):
        """tbl(1): options and format lines first (the last ends with
        "."), then rows of cells separated by the tab character; a cell
        may be a text block between T{ and T}."""
        if self.table == "format":
            m = re.search(r"tab\s*\((.)\)", line)
            if m:
                self.tab = m.group(1)
            if line.rstrip().endswith("."):
                self.table = "rows"
            return
        if line.startswith((".", "'")):
            s = render_line(line)
        else:
            s = text_of(line.replace("T{", "").replace("T}", "").replace(self.tab, " "))
        if s and s.strip():
            self.text(s)

    def entries(self):
        """Entries in page order, with unique names and their text; an
        item with no text of its own (the `.PD 0` way of grouping tags)
        shares the text of the item after it."""
        flat = []
        for i, (depth, group, parent) in enumerate(self.items):
            body = _join(self.text_of.get(id(group[0]), []))
            if not body:
                for d2, g2, p2 in self.items[i + 1:]:
                    if d2 != depth or p2 is not parent:
                        break
                    body = _join(self.text_of.get(id(g2[0]), []))
                    if body:
                        break
            for e in group:
                e.text = body
                flat.append(e)
        return flat


def _join(lines):
    paras, cur = [], []
    for s in lines:
        if s == "\n":
            if cur:
                paras.append(" ".join(cur))
            cur = []
        elif s.strip():
            cur.append(s.strip())
    if cur:
        paras.append(" ".join(cur))
    return "\n".join(re.sub(r"\s+", " ", p) for p in paras)


def parse(source, page="page.7"):
    """A page's groff source -> Page."""
    p = _Parser(page)
    for line in logical_lines(source):
        p.feed(line)
    flat = p.entries()
    _name_entries(flat)
    text = re.sub(r"\s+", " ", " ".join(p.all_text)).strip()
    sections = [(where, re.sub(r"\s+", " ", " ".join(lines)).strip()) for where, lines in p.by_section]
    return Page(page=page, title=p.title, entries=flat, text=text, sections=sections)


def _name_entries(flat):
    """Unique names: a nested entry under its parent's name; a name the
    page lists more than once is numbered every time ("EINVAL (1)",
    "EINVAL (2)"), so that a citation must say which one it means."""
    def level(e):
        return 0 if e.parent_entry is None else 1 + level(e.parent_entry)

    for depth in sorted({level(e) for e in flat}):
        group = [e for e in flat if level(e) == depth]
        bases = [f"{e.parent_entry.name}/{e.name}" if e.parent_entry else e.name for e in group]
        seen = {}
        for e, base in zip(group, bases):
            seen[base] = seen.get(base, 0) + 1
            e.name = f"{base} ({seen[base]})" if bases.count(base) > 1 else base
            e.parent = e.parent_entry.name if e.parent_entry else ""


def load_page(page, man_dir=None):
    path = page_path(page, man_dir)
    if path is None:
        raise SockconfError(missing_message(page, man_dir), MISSING_TOOL)
    return parse(read_source(path, man_dir or MAN_DIR), page)


def missing_message(page, man_dir=None):
    man_dir = Path(man_dir or MAN_DIR)
    excluded = ""
    for cfg in sorted(Path("/etc/dpkg/dpkg.cfg.d").glob("*")) if Path("/etc/dpkg/dpkg.cfg.d").is_dir() else []:
        try:
            if "path-exclude=/usr/share/man" in cfg.read_text().replace(" ", ""):
                excluded = f" ({cfg} excludes man pages from packages: remove that line, then reinstall them)"
        except OSError:
            pass
    return (f"the man page {page} is not installed under {man_dir}{excluded}; "
            f"install it with: sudo apt-get install -y {PACKAGES}")


# ---- annotations ------------------------------------------------------------

@dataclass
class Annotation:
    cases: tuple = ()
    untestable: str = ""


@dataclass
class Annotations:
    page: str
    entries: dict               # name -> Annotation
    statements: dict            # name -> (quote, Annotation)
    path: str = ""


def annotation_path(page, ann_dir=None):
    return Path(ann_dir or ANNOTATIONS) / f"{page}.toml"


def load_annotations(page, ann_dir=None):
    """catalogue/<page>.toml: `[entries]` NAME = { cases = [...] } or
    { untestable = "reason" }; `[statements]` NAME = { quote = "...",
    cases = [...] } for statements of the running text."""
    path = annotation_path(page, ann_dir)
    if not path.exists():
        return Annotations(page, {}, {}, str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SockconfError(f"{path}: {e}", USAGE)
    unknown = set(data) - {"entries", "statements"}
    if unknown:
        raise SockconfError(f"{path}: unknown tables {sorted(unknown)} (only [entries] and [statements])", USAGE)

    def annotation(name, v, allowed):
        if not isinstance(v, dict) or set(v) - allowed:
            raise SockconfError(f"{path}: {name!r}: expected a table with {sorted(allowed)}", USAGE)
        cases = v.get("cases", [])
        if not isinstance(cases, list) or not all(isinstance(c, str) for c in cases):
            raise SockconfError(f"{path}: {name!r}: cases must be a list of case ids", USAGE)
        reason = v.get("untestable", "")
        if not isinstance(reason, str) or (reason and cases):
            raise SockconfError(f"{path}: {name!r}: either cases or an untestable reason", USAGE)
        if "untestable" in v and not reason.strip():
            raise SockconfError(f"{path}: {name!r}: an untestable entry needs its reason", USAGE)
        return Annotation(tuple(cases), reason.strip())

    entries = {n: annotation(n, v, {"cases", "untestable"}) for n, v in data.get("entries", {}).items()}
    statements = {}
    for n, v in data.get("statements", {}).items():
        if ": " in n:
            raise SockconfError(f"{path}: statement name {n!r} must not contain ': '", USAGE)
        quote = v.get("quote") if isinstance(v, dict) else None
        if not isinstance(quote, str) or not quote.strip():
            raise SockconfError(f"{path}: statement {n!r} needs its quote", USAGE)
        statements[n] = (" ".join(quote.split()), annotation(n, {k: x for k, x in v.items() if k != "quote"},
                                                              {"cases", "untestable"}))
    return Annotations(page, entries, statements, str(path))


def locate(page, quote):
    """The section of the page whose text holds the quote, or None."""
    q = " ".join(quote.split())
    for where, text in page.sections:
        if q in text:
            return where
    return None


def statement_entries(page, ann):
    out = []
    for name, (quote, _) in ann.statements.items():
        out.append(Entry(name=name, page=page.page, section=locate(page, quote) or "(quote not found)",
                         text=quote, statement=True))
    return out


# ---- citations and status ---------------------------------------------------

def cited_name(section):
    """SC_SRC's section -> the entry it cites: the text before the first ": "."""
    return (section or "").split(": ", 1)[0].strip()


def citations(metas):
    """{case id: metadata} (as --describe prints it, or a results file's
    "cases") -> [(doc, entry name, item name)] for every man-page
    citation: the source, every also, and every variant's own sources."""
    out = []
    for cid, meta in sorted(metas.items()):
        for src in cited(meta):
            if str(src.get("doc", "")).startswith("man:"):
                out.append((src["doc"], cited_name(src.get("section", "")), cid))
        for v in meta.get("variants") or []:
            if not isinstance(v, dict):
                continue
            for src in cited(v):
                if str(src.get("doc", "")).startswith("man:"):
                    out.append((src["doc"], cited_name(src.get("section", "")), f"{cid}.{v.get('name', '')}"))
    return out


def metas_of(cases):
    """runner.cases.Case objects -> {id: metadata}."""
    return {c.id: c.meta() for c in cases}


@dataclass
class Status:
    entry: Entry
    cases: tuple = ()           # case ids (or case.variant) that check it
    untestable: str = ""

    @property
    def text(self):
        if self.cases:
            return ",".join(self.cases)
        if self.untestable:
            return f"untestable: {self.untestable}"
        return "uncovered"

    @property
    def state(self):
        return "covered" if self.cases else "untestable" if self.untestable else "uncovered"


@dataclass
class Document:
    page: Page
    annotations: Annotations
    statuses: list              # [Status] in the page's order

    @property
    def doc(self):
        return self.page.doc

    def counts(self):
        c = {"entries": len(self.statuses), "covered": 0, "untestable": 0, "uncovered": 0}
        for s in self.statuses:
            c[s.state] += 1
        return c


def build(metas=None, pages=PAGES, man_dir=None, ann_dir=None):
    """[Document] for the pages: entries, annotations, and the cases
    that check each entry (annotated ones and citing ones together)."""
    citing = {}
    for doc, name, item in citations(metas or {}):
        citing.setdefault((doc, name), []).append(item)
    docs = []
    for pg in pages:
        page = load_page(pg, man_dir)
        ann = load_annotations(pg, ann_dir)
        statuses = []
        for e in page.entries + statement_entries(page, ann):
            a = ann.entries.get(e.name) or (ann.statements.get(e.name, (None, Annotation()))[1])
            ids = sorted(set(a.cases) | set(citing.get((page.doc, e.name), ())))
            statuses.append(Status(e, tuple(ids), "" if ids else a.untestable))
        docs.append(Document(page, ann, statuses))
    return docs


def problems(docs, metas, known_cases=None):
    """Everything in the annotations or the citations that does not
    match the pages and the cases, one line each."""
    out = []
    known_cases = set(metas) if known_cases is None else set(known_cases)
    variants = {cid: {v.get("name") for v in (m.get("variants") or []) if isinstance(v, dict)}
                for cid, m in metas.items()}
    names = {d.doc: {s.entry.name for s in d.statuses} for d in docs}
    for d in docs:
        tags = {e.name for e in d.page.entries}
        where = Path(d.annotations.path).name
        for n, a in d.annotations.entries.items():
            if n not in tags:
                out.append(f"{where}: {n!r} is not an entry of the installed {d.doc}")
        for n in d.annotations.statements:
            if n in tags:
                out.append(f"{where}: statement {n!r} has the name of a tagged entry")
        for s in d.statuses:
            if s.entry.statement and s.entry.section == "(quote not found)":
                out.append(f"{where}: statement {s.entry.name!r}: quote not found in {d.doc}: {s.entry.text!r}")
        for n, a in list(d.annotations.entries.items()) + [(n, a) for n, (_, a) in d.annotations.statements.items()]:
            for cid in a.cases:
                base, _, var = cid.partition(".")
                if base not in known_cases:
                    out.append(f"{where}: {n!r}: no case {base!r}")
                elif var and var not in variants.get(base, set()):
                    out.append(f"{where}: {n!r}: case {base!r} has no variant {var!r}")
    for doc, name, item in citations(metas):
        if doc in names and name not in names[doc]:
            out.append(f"{item}: cites {doc} {name!r}, which is not an entry of that page "
                       f"(the section must start with the entry's name and ': ')")
    return out


# ---- output -----------------------------------------------------------------

def lines(docs):
    """DOCUMENT<TAB>ENTRY<TAB>STATUS, one line per entry."""
    return [f"{d.doc}\t{s.entry.name}\t{s.text}" for d in docs for s in d.statuses]


def summary(docs):
    rows = [(d.doc, d.counts()) for d in docs]
    total = {k: sum(c[k] for _, c in rows) for k in ("entries", "covered", "untestable", "uncovered")}
    w = max(len(r[0]) for r in rows + [("total", None)])
    out = [f"{'document':<{w}}  entries  covered  untestable  uncovered"]
    for doc, c in rows + [("total", total)]:
        out.append(f"{doc:<{w}}  {c['entries']:7}  {c['covered']:7}  {c['untestable']:10}  {c['uncovered']:9}")
    if total["entries"]:
        out.append(f"covered {100 * total['covered'] / total['entries']:.1f}%, "
                   f"untestable {100 * total['untestable'] / total['entries']:.1f}%")
    return out


def entry_listing(docs, width=100):
    """For case writers: every entry with its section and the page's text."""
    import textwrap
    out = []
    for d in docs:
        out.append(f"== {d.doc} ({d.page.title}): {len(d.statuses)} entries")
        lead = ""
        for s in d.statuses:
            e = s.entry
            if e.lead and e.lead != lead:
                out.append(f"-- {e.lead}")
            lead = e.lead
            head = f"{e.name}    [{e.section}]"
            if e.tag and tag_names(e.tag) != [re.sub(r" \(\d+\)$", "", e.name).rsplit("/", 1)[-1]]:
                head += f"    tag: {e.tag}"
            if e.statement:
                head += "    (statement)"
            out.append(head)
            out.append(f"    status: {s.text}")
            for para in (e.text or "(no text)").split("\n"):
                out += textwrap.wrap(para, width, initial_indent="    ", subsequent_indent="    ") or ["    "]
        out.append("")
    return out


def entries_markdown(docs):
    """catalogue/ENTRIES.md: the entries of the installed pages, generated."""
    out = ["# Entries of the socket man pages", "",
           "Generated by `python3 -m runner catalogue --write-entries` from the installed",
           "pages and the statements of `catalogue/*.toml`; `runner/tests/test_catalogue.py`",
           "fails when it is out of date.  `python3 -m runner catalogue --entries` prints",
           "each entry with the page's text.", ""]
    for d in docs:
        out += [f"## {d.doc}", "", f"{d.page.title}: {len(d.statuses)} entries.", "",
                "| entry | section | tag or quote |", "|---|---|---|"]
        for s in d.statuses:
            e = s.entry
            shown = f"“{e.text}”" if e.statement else e.tag
            out.append(f"| `{e.name}` | {_md(e.section)} | {_md(shown)} |")
        out.append("")
    return "\n".join(out)


def _md(s):
    return str(s).replace("|", "\\|").replace("\n", " ")
