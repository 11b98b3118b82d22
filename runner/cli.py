"""Command line: `python3 -m runner COMMAND`.

  run      build, run the suite on a target, print the table, save results
  check    the harness self-tests, the runner's unit tests and the suite
  list     the cases with their claims and kinds
  run-all  several targets (--target a,b,c) in parallel, then their comparison
  compare  a matrix of cases x results files (kernels, machines)
  report   the claims ledger (terminal, Markdown, HTML)
  catalogue  every entry of the socket man pages and the cases that check it
"""

import argparse
import importlib.util
import os
import sys
from pathlib import Path

from runner import errors
from runner.cases import ROOT
from runner.errors import SockconfError, report_error


def _jobs(value, target="host"):
    from runner import targets
    if targets.is_batch(target):
        # One boot runs every item; xdist workers would each boot a guest.
        # Made here first so a missing tool or kernel exits with its status.
        targets.make(target)
        return 0
    if value:
        return value
    # The host target runs items ahead on threads (--sc-jobs), cheaper
    # than xdist workers; -j N asks for xdist instead.
    return 0


def _xdist_workers():
    """`check` also runs the runner's own tests, which xdist spreads well."""
    if importlib.util.find_spec("xdist") is None:
        return 0
    return 2 * (os.cpu_count() or 1)


def _suite_args(a, results):
    args = ["runner/suite", "--sc-build-dir", a.build_dir, "--sc-target", a.target]
    for c in a.case:
        args += ["--sc-case", c]
    for k in a.kind:
        args += ["--sc-kind", k]
    if a.preload:
        args += ["--sc-preload", os.path.abspath(a.preload)]
    if a.wrapper:
        args += ["--sc-wrapper", a.wrapper]
    # Items mostly wait on the kernel (timers, bounded waits): many more
    # at once than cores pays; the CPU is the limit long before threads are.
    args += ["--sc-jobs", str(min(64, 24 * (os.cpu_count() or 1)))]
    if a.timeout_mult != 1.0:
        args += ["--sc-timeout-mult", str(a.timeout_mult)]
    if results:
        args += ["--sc-results", results]
    return args


class _Ktap:
    """Writes the run's results document as KTAP when pytest is done."""

    def __init__(self, path):
        self.path = os.path.abspath(path)

    def pytest_unconfigure(self, config):
        doc = getattr(config, "_sockconf_doc", None)
        if doc is not None:
            from runner import ktap
            ktap.write(self.path, doc)
            print(f"KTAP written to {self.path}", file=sys.stderr)


def _pytest(args, jobs, ktap=""):
    import pytest
    if ktap:
        ktap = _Ktap(ktap)      # relative to where the user is, before the chdir
    os.chdir(ROOT)
    if jobs and jobs > 1:
        args = ["-n", str(jobs), *args]
    rc = pytest.main(args, plugins=[ktap] if ktap else None)
    return {0: errors.OK, 1: errors.FAILED, 2: errors.INTERRUPTED,
            4: errors.USAGE, 5: errors.OK, errors.MISSING_TOOL: errors.MISSING_TOOL,
            errors.TARGET: errors.TARGET}.get(int(rc), errors.FAILED)


def cmd_run(a):
    if "," in a.target:
        return cmd_run_all(a)
    return _pytest(["-q", *a.pytest_args, *_suite_args(a, a.out or "results/")], _jobs(a.jobs, a.target),
                   a.ktap)


def cmd_check(a):
    # The unit tests that run built binaries (self-tests, fault libraries)
    # find them through SC_BUILD: the same build as the suite (build-san).
    # They spread well over xdist workers; the suite runs its items ahead
    # on threads in one process, which xdist would only slow down.
    os.environ["SC_BUILD"] = a.build_dir
    unit = _pytest(["-q", *a.pytest_args, "runner/tests"],
                   a.jobs or _xdist_workers())
    if unit in (errors.INTERRUPTED,):
        return unit
    suite = _pytest(["-q", *a.pytest_args, *_suite_args(a, a.out or f"{a.build_dir}/check-results.json")],
                    _jobs(a.jobs, a.target), a.ktap)
    return unit if unit != errors.OK else suite


def cmd_run_all(a):
    from runner import runall
    if a.out:
        raise SockconfError("several targets write one results file each into results/: drop --out", errors.USAGE)
    return runall.run_all(a)


def cmd_compare(a):
    from runner import compare
    loaded = compare.load(a.files, ROOT, a.order)
    base = None
    if a.baseline:
        from runner import results
        base = (a.baseline, results.read(a.baseline))
    m = compare.build(loaded, base)
    if a.out:
        fmt = compare.format_for(a.out, a.format)
        _write_new(a.out, compare.RENDER[fmt](m), a.force)
        print(f"comparison written to {a.out}", file=sys.stderr)
    else:
        fmt = a.format or "text"
        text = compare.render_text(m, colour=sys.stdout.isatty()) if fmt == "text" else compare.RENDER[fmt](m)
        sys.stdout.write(text)
    if a.out:
        for w in m.warnings:
            print(f"sockconf: warning: {w}", file=sys.stderr)
    if m.regressions:
        for line in compare.regression_lines(m):
            print(f"sockconf: {line}", file=sys.stderr)
        print(f"sockconf: {len(m.regressions)} regressions against {a.baseline}", file=sys.stderr)
        return errors.FAILED
    return errors.OK


def cmd_list(a):
    """The kinds the binaries carry, then the cases: id, kinds, variants,
    source and claim, tab-separated."""
    from runner import cases
    rep = cases.build(ROOT, a.build_dir)
    bins = ROOT / a.build_dir / "cases"
    kinds = cases.kinds_table(bins)
    if not a.cases_only:
        print(f"# {len(kinds)} kinds: name, column, family, type, protocol, capabilities, mimics")
        for k in kinds:
            print("\t".join(str(x) for x in (k["name"], k["column"], k["family"], k["type"], k["protocol"],
                                             ",".join(k["caps"]), k.get("mimics") or "-")))
    if a.kinds_only:
        return errors.OK
    found = cases.collect(bins, cases.areas_of())
    print(f"# {len(found)} cases, {sum(len(c.items()) for c in found)} items: "
          "id, kinds, variants, source, claim")
    for c in found:
        variants = ",".join(v.name for v in c.variants) or "-"
        print(f"{c.id}\t{','.join(c.kinds)}\t{variants}\t{c.source['doc']}\t{c.claim}")
    for cid, err in sorted(rep.failed.items()):
        print(f"{cid}\tBUILD FAILED\t{err}")
    return errors.OK


def cmd_catalogue(a):
    from runner import cases, catalogue
    if a.write_entries:
        docs = catalogue.build({})
        path = catalogue.ANNOTATIONS / "ENTRIES.md"
        path.write_text(catalogue.entries_markdown(docs), encoding="utf-8")
        print(f"{path.relative_to(ROOT)} written", file=sys.stderr)
        return errors.OK
    rep = cases.build(ROOT, a.build_dir)
    for cid, err in sorted(rep.failed.items()):
        print(f"sockconf: {cid} did not build ({err}): its citations are missing", file=sys.stderr)
    metas = catalogue.metas_of(cases.collect(ROOT / a.build_dir / "cases"))
    docs = catalogue.build(metas)
    if a.summary:
        out = catalogue.summary(docs)
    elif a.entries:
        out = catalogue.entry_listing(docs)
    else:
        out = catalogue.lines(docs)
    sys.stdout.write("\n".join(out) + "\n")
    for line in catalogue.problems(docs, metas):
        print(f"sockconf: {line}", file=sys.stderr)
    return errors.OK


def _write_new(path, text, force):
    path = Path(path)
    if path.exists() and not force:
        raise SockconfError(f"{path} exists: not overwritten (pass --force)", errors.USAGE)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def cmd_report(a):
    from runner import report
    from runner import compare
    docs = [doc for _, doc in compare.load(a.files, ROOT)]
    # The man pages' entries are read once for every format.
    cat, _ = report.load_catalogue(docs)
    render = {"text": lambda d: report.render_text(d, cat), "md": lambda d: report.render_markdown(d, cat),
              "html": lambda d: report.render_html(d, cat=cat)}
    if a.out:
        for fmt_path in a.out:
            fmt = "html" if fmt_path.endswith(".html") else "md" if fmt_path.endswith(".md") else "text"
            _write_new(fmt_path, render[fmt](docs), a.force)
            print(f"ledger written to {fmt_path}", file=sys.stderr)
    if not a.out or a.format:
        sys.stdout.write(render[a.format or "text"](docs))
    return errors.OK


def _common(p):
    p.add_argument("--build-dir", default=os.environ.get("SC_BUILD", "build"))
    p.add_argument("--target", default="host")
    p.add_argument("--case", action="append", default=[], metavar="ID")
    p.add_argument("--kind", action="append", default=[], metavar="KIND")
    p.add_argument("--preload", default=os.environ.get("PRELOAD", ""))
    p.add_argument("--wrapper", default=os.environ.get("WRAPPER", ""))
    p.add_argument("--timeout-mult", type=float, default=1.0)
    p.add_argument("-j", "--jobs", type=int, default=0, help="parallel workers (needs python3-pytest-xdist)")
    p.add_argument("--out", default="", help="results file (or folder ending in /)")
    p.add_argument("--ktap", default="", metavar="FILE", help="also write the results as KTAP version 1")
    p.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m runner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, fn in (("run", cmd_run), ("check", cmd_check)):
        p = sub.add_parser(name)
        _common(p)
        p.set_defaults(fn=fn)
    p = sub.add_parser("report", help="the claims ledger")
    p.add_argument("files", nargs="*", help="results files (default: results/*.json)")
    p.add_argument("--format", choices=("text", "md", "html"), default="")
    p.add_argument("--out", action="append", default=[], help="write to FILE (.md, .html or text); repeatable")
    p.add_argument("--force", action="store_true", help="overwrite existing output files")
    p.set_defaults(fn=cmd_report)
    p = sub.add_parser("run-all", help="several targets in parallel, then their comparison")
    _common(p)
    p.set_defaults(fn=cmd_run_all, target=os.environ.get("TARGETS", "")
                   or "host,netns:abort_on_overflow,netns:somaxconn16,netns:smallbuf")
    p = sub.add_parser("compare", help="a matrix of items x results files, differences first")
    p.add_argument("files", nargs="*", help="results files (default: results/*.json)")
    p.add_argument("--format", choices=("text", "md", "html"), default="")
    p.add_argument("--out", default="", help="write to FILE (format from --format or the extension)")
    p.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    p.add_argument("--baseline", default="", metavar="FILE",
                   help="exit 1 when an item that held in FILE deviates, breaks, times out or crashes now")
    p.add_argument("--order", choices=("version", "given"), default="version",
                   help="columns by kernel version (default), or as the files are named")
    p.set_defaults(fn=cmd_compare)
    p = sub.add_parser("catalogue", help="every entry of the socket man pages and its cases")
    p.add_argument("--build-dir", default=os.environ.get("SC_BUILD", "build"))
    g = p.add_mutually_exclusive_group()
    g.add_argument("--summary", action="store_true", help="per page: entries, covered, untestable, uncovered")
    g.add_argument("--entries", action="store_true", help="every entry with its section and the page's text")
    g.add_argument("--write-entries", action="store_true", help="regenerate catalogue/ENTRIES.md")
    p.set_defaults(fn=cmd_catalogue)
    p = sub.add_parser("list", help="the kinds and the cases")
    p.add_argument("--build-dir", default="build")
    p.add_argument("--kinds", dest="kinds_only", action="store_true", help="only the kinds")
    p.add_argument("--cases", dest="cases_only", action="store_true", help="only the cases")
    p.set_defaults(fn=cmd_list)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    try:
        return a.fn(a)
    except SockconfError as e:
        return report_error(e)
    except KeyboardInterrupt:
        print("sockconf: interrupted", file=sys.stderr)
        return errors.INTERRUPTED
