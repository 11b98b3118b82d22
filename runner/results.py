"""Results files: versioned JSON, sorted so that two runs diff cleanly,
with the environment in a header and every claim's metadata, so that
reports and comparisons need nothing but the files."""

import json
import os
import re
import tempfile
from pathlib import Path

from runner.errors import BAD_RESULTS, FUTURE_RESULTS, SockconfError

FORMAT = "sockconf-results"
VERSION = 1


def document(environment, target, items, cases, complete=True, timings=None):
    return {
        "format": FORMAT,
        "version": VERSION,
        "complete": complete,
        "target": target,
        "environment": environment,
        "cases": {c.id: c.meta() for c in sorted(cases, key=lambda c: c.id)},
        "results": sorted(items, key=lambda r: (r["case"], r.get("variant", ""), r["kind"])),
        "timings": dict(sorted((timings or {}).items())),
    }


def item_name(r):
    """A result item's display name: its case, or case.variant when the
    case runs as several named variants."""
    return f"{r['case']}.{r['variant']}" if r.get("variant") else r["case"]


def dumps(doc):
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write(path, doc):
    """Atomically: a reader never sees half a file, an interrupted write
    never destroys the previous one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dumps(doc))
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def read(path):
    """Load and validate one results file; every way it can be wrong is a
    one-line SockconfError with its own exit status."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SockconfError(f"{path}: no such results file", BAD_RESULTS)
    except (OSError, UnicodeDecodeError) as e:
        raise SockconfError(f"{path}: cannot read: {e}", BAD_RESULTS)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        ends_early = e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated string")
        what = "truncated" if ends_early else "corrupt"
        raise SockconfError(f"{path}: {what} results file (JSON error at line {e.lineno}: {e.msg})", BAD_RESULTS)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SockconfError(f"{path}: not a sockconf results file", BAD_RESULTS)
    version = doc.get("version")
    if not isinstance(version, int):
        raise SockconfError(f"{path}: results file has no format version", BAD_RESULTS)
    if version > VERSION:
        raise SockconfError(f"{path}: results format version {version} is newer than this runner's ({VERSION}); "
                            "update sockconf to read it", FUTURE_RESULTS)
    for key, kind in (("environment", dict), ("results", list), ("cases", dict)):
        if not isinstance(doc.get(key), kind):
            raise SockconfError(f"{path}: results file lacks its {key}", BAD_RESULTS)
    for r in doc["results"]:
        if not (isinstance(r, dict) and isinstance(r.get("case"), str)
                and isinstance(r.get("kind"), str) and isinstance(r.get("outcome"), str)):
            raise SockconfError(f"{path}: a result entry lacks case, kind or outcome", BAD_RESULTS)
    return doc


def slug(text):
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "unknown"


def default_name(environment, target="host"):
    """results/<machine>-<kernel release>[-<target>].json"""
    name = f"{slug(environment.get('hostname', 'machine'))}-{slug(environment.get('kernel_release', 'kernel'))}"
    if target and target != "host":
        name += "-" + slug(target.replace(":", "-"))
    return name + ".json"
