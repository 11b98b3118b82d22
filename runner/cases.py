"""Case binaries: building them and reading their metadata (--describe)."""

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from runner.errors import BUILD, SockconfError

ROOT = Path(__file__).resolve().parent.parent
FORMAT = 2      # of --describe; harness/main.c prints it
# A case's bound in seconds when it declares none (SC_TIMEOUT_S in sc.h);
# a case that declares more waits on kernel timers.
DEFAULT_TIMEOUT = 5


@dataclass(frozen=True)
class Variant:
    name: str
    kinds: tuple
    source: dict = None


@dataclass(frozen=True)
class Case:
    id: str
    binary: str
    claim: str
    source: dict
    kinds: tuple
    also: tuple = ()
    key: str = ""
    timeout: int = DEFAULT_TIMEOUT
    needs: str = ""
    area: str = ""
    alone: bool = False     # its items run with no other item beside them
    variants: tuple = ()

    def items(self):
        """[(variant, kind)] in the binary's order: variants outer."""
        if not self.variants:
            return [("", k) for k in self.kinds]
        return [(v.name, k) for v in self.variants for k in v.kinds]

    def sources(self):
        """Every document the case cites: its source, each also, each
        variant's own source."""
        return [self.source, *self.also, *(v.source for v in self.variants if v.source)]

    def meta(self):
        m = {"claim": self.claim, "source": self.source, "kinds": list(self.kinds),
             "area": self.area}
        if self.also:
            m["also"] = list(self.also)
        if self.variants:
            m["variants"] = [{"name": v.name, "kinds": list(v.kinds),
                              **({"source": v.source} if v.source else {})} for v in self.variants]
        for k in ("key", "needs"):
            if getattr(self, k):
                m[k] = getattr(self, k)
        return m


@dataclass
class BuildReport:
    built: list = field(default_factory=list)
    failed: dict = field(default_factory=dict)   # case id -> first error line


def case_sources(root=ROOT, subdir="cases"):
    return sorted((root / subdir).glob("*/*.c"))


def build(root=ROOT, build_dir="build", jobs=None, extra=()):
    """Build the harness and every case; a case that does not build is
    reported with its first compiler error, the others still run."""
    jobs = jobs or os.cpu_count() or 2
    cmd = ["make", "-C", str(root), "-k", f"-j{jobs}", "--no-print-directory",
           f"BUILD={build_dir}", "all", *extra]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
    except FileNotFoundError:
        raise SockconfError("make is missing: install it with: sudo apt-get install -y make", 3)
    report = BuildReport()
    if proc.returncode != 0 and not (root / build_dir / "libsc.a").exists():
        first = _first_error(proc.stderr) or proc.stderr.strip()[-300:]
        raise SockconfError(f"the harness did not build: {first}", BUILD)
    for src in case_sources(root):
        binary = root / build_dir / "cases" / src.stem
        if binary.exists() and binary.stat().st_mtime >= src.stat().st_mtime:
            report.built.append(src.stem)
        else:
            report.failed[src.stem] = _first_error(_errors_of(proc.stderr, src)) or "did not build"
    return report


def _errors_of(stderr, src):
    name = f"{src.parent.name}/{src.name}"
    return "\n".join(line for line in stderr.splitlines() if name in line)


def _first_error(text):
    for line in text.splitlines():
        if "error" in line:
            return line.strip()
    return ""


def describe_meta(binary):
    """One binary's metadata as it prints it; SockconfError if it is not a case."""
    try:
        out = subprocess.run([str(binary), "--describe"], capture_output=True,
                             text=True, timeout=20)
        meta = json.loads(out.stdout)
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as e:
        raise SockconfError(f"{binary}: --describe did not give case metadata ({e})", BUILD)
    if isinstance(meta, dict) and meta.get("format") != FORMAT:
        raise SockconfError(f"{binary}: metadata format {meta.get('format')!r}, this runner reads {FORMAT}: "
                            "rebuild the cases", BUILD)
    if not isinstance(meta, dict) or Path(binary).name != meta.get("id"):
        raise SockconfError(f"{binary}: metadata id {meta.get('id') if isinstance(meta, dict) else None!r} "
                            "does not match the file name", BUILD)
    return meta


def case_of(binary, meta):
    also = meta.get("also") or ()
    also = (also,) if isinstance(also, dict) else tuple(also)
    variants = tuple(Variant(v["name"], tuple(v["kinds"]), v.get("source"))
                     for v in meta.get("variants", ()))
    return Case(id=meta["id"], binary=str(binary), claim=meta["claim"],
                source=meta["source"], kinds=tuple(meta["kinds"]), also=also,
                key=meta.get("key", ""), timeout=int(meta.get("timeout", DEFAULT_TIMEOUT)),
                needs=meta.get("needs", ""), variants=variants, alone=bool(meta.get("alone")))


def describe(binary):
    return case_of(binary, describe_meta(binary))


def _srcs(value):
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def cited(meta):
    """The {doc, section} citations of a case's metadata, or of one of its
    variants, as --describe prints it and a results file keeps it: the
    source, then every also."""
    return _srcs(meta.get("source")) + _srcs(meta.get("also"))


CACHE = ".describe-cache.json"


def collect(bin_dir, areas=None):
    """Every case binary in bin_dir, described in parallel, sorted by id."""
    bins = sorted(p for p in Path(bin_dir).iterdir()
                  if p.is_file() and os.access(p, os.X_OK)) if Path(bin_dir).is_dir() else []
    # Every pytest worker collects: the metadata of an unchanged binary is
    # read from a cache instead of starting it again.
    cache_path = Path(bin_dir) / CACHE
    try:
        cache = json.loads(cache_path.read_text())
    except (OSError, ValueError):
        cache = {}

    def stamp(p):
        st = p.stat()
        return [st.st_mtime_ns, st.st_size]

    def meta_of(p):
        hit = cache.get(p.name) if isinstance(cache, dict) else None
        if isinstance(hit, dict) and hit.get("stamp") == stamp(p):
            return hit["meta"]
        return describe_meta(p)

    with ThreadPoolExecutor(max_workers=8) as pool:
        metas = list(pool.map(meta_of, bins))
    fresh = {p.name: {"stamp": stamp(p), "meta": m} for p, m in zip(bins, metas)}
    if fresh != cache:
        try:
            tmp = cache_path.with_name(f"{CACHE}.{os.getpid()}")
            tmp.write_text(json.dumps(fresh))
            os.replace(tmp, cache_path)
        except OSError:
            pass
    found = [case_of(p, m) for p, m in zip(bins, metas)]
    areas = areas or {}
    return [Case(**{**c.__dict__, "area": areas.get(c.id, "")}) for c in found]


def kinds_table(bin_dir):
    """The kinds table the binaries carry (any case prints it with --kinds):
    [{name, column, family, type, protocol, caps, mimics, module, desc}],
    in the harness's order.  [] when there is no binary."""
    bins = sorted(p for p in Path(bin_dir).iterdir()
                  if p.is_file() and os.access(p, os.X_OK)) if Path(bin_dir).is_dir() else []
    cache = Path(bin_dir) / ".kinds.json"
    if not bins:
        return []
    st = bins[0].stat()
    stamp = [bins[0].name, st.st_mtime_ns, st.st_size]
    try:
        hit = json.loads(cache.read_text())
        if hit.get("stamp") == stamp:
            return hit["kinds"]
    except (OSError, ValueError, AttributeError):
        pass
    try:
        out = subprocess.run([str(bins[0]), "--kinds"], capture_output=True, text=True, timeout=20)
        kinds = json.loads(out.stdout)
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as e:
        raise SockconfError(f"{bins[0]}: --kinds did not give the kinds table ({e})", BUILD)
    try:
        cache.write_text(json.dumps({"stamp": stamp, "kinds": kinds}))
    except OSError:
        pass
    return kinds


def areas_of(root=ROOT):
    return {src.stem: src.parent.name for src in case_sources(root)}
