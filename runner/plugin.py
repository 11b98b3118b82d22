"""pytest plugin: one item per (case, kind).

The controller builds the cases once; every process collects them from
their --describe metadata; each item runs its case alone with a bound
(or reads it from a target that runs a whole batch in one boot), judges
the outcome against the expectations and records it.  At the end the
controller writes the results file and prints the table."""

import json
import os
import signal
import time
from pathlib import Path

import pytest

from runner import cases as cases_mod
from runner import environment, expectations, results, table, targets
from runner.errors import SockconfError
from runner.execute import ItemResult
from runner.targets import ahead

BUILD_REPORT = "build-report.json"
KEY = "sockconf"


def pytest_addoption(parser):
    g = parser.getgroup("sockconf")
    g.addoption("--sc-build-dir", default=os.environ.get("SC_BUILD", "build"),
                help="build directory of the case binaries (default: build)")
    g.addoption("--sc-no-build", action="store_true", help="do not run make first")
    g.addoption("--sc-case", action="append", default=[], help="run only this case id (repeatable)")
    g.addoption("--sc-kind", action="append", default=[], help="run only this kind (repeatable)")
    g.addoption("--sc-target", default="host", help="host, preload, wrapper, netns:PROFILE, qemu:KERNEL, uml, ssh:HOST")
    g.addoption("--sc-preload", default="", help="LD_PRELOAD library for every case process")
    g.addoption("--sc-wrapper", default="", help="command that every case process runs under")
    g.addoption("--sc-timeout-mult", type=float, default=1.0, help="scale every bound (slow targets)")
    g.addoption("--sc-jobs", type=int, default=1,
                help="items run at once by this process (host target; without xdist)")
    g.addoption("--sc-results", default="", help="write the results file here")
    g.addoption("--sc-expectations", default="", help="folder of expectation files (default cases/expectations)")
    g.addoption("--sc-no-table", action="store_true", help="do not print the results table")
    g.addoption("--sc-resume", action="store_true",
                help="reuse the items an interrupted run already stored (its journal or incomplete results file)")


class State:
    def __init__(self, config):
        o = config.option
        self.config = config
        self.root = Path(config.rootpath)
        self.build_dir = self.root / o.sc_build_dir
        self.records = []
        self.started = time.time()
        self.target = targets.make(o.sc_target, preload=o.sc_preload, wrapper=o.sc_wrapper,
                                   timeout_mult=o.sc_timeout_mult, jobs=o.sc_jobs, root=self.root,
                                   build_dir=self.build_dir)
        exp_dir = o.sc_expectations or self.root / "cases" / "expectations"
        self.expectations = expectations.load(exp_dir)
        self._items = None
        self._kinds = None
        self._env = None
        self.previous = _previous_records(o.sc_results) if o.sc_resume else {}

    def env(self):
        if self._env is None:
            self._env = {**self.target.environment(), **environment.host_side()}
        return self._env

    def kinds(self):
        """The kinds table from the binaries (name, column, caps, ...)."""
        if self._kinds is None:
            self._kinds = cases_mod.kinds_table(self.build_dir / "cases")
        return self._kinds

    def kind_caps(self, kind):
        for row in self.kinds():
            if row["name"] == kind:
                return tuple(row.get("caps", ()))
        return ()

    def items(self):
        """[(Case, variant, kind)] or [(None, "", build error)], in a stable order."""
        if self._items is not None:
            return self._items
        o = self.config.option
        report = _read_json(self.build_dir / BUILD_REPORT) or {}
        found = cases_mod.collect(self.build_dir / "cases", cases_mod.areas_of(self.root))
        known = {c.id for c in found} | set(report.get("failed", {}))
        unknown = [c for c in o.sc_case if c not in known]
        if unknown:
            raise pytest.UsageError(f"unknown case id: {', '.join(unknown)} "
                                    f"(see `python3 -m runner list`)")
        names = [k["name"] for k in self.kinds()]
        bad_kinds = [k for k in o.sc_kind if names and k not in names]
        if bad_kinds:
            raise pytest.UsageError(f"unknown kind: {', '.join(bad_kinds)} (kinds: {', '.join(names)})")
        items = []
        for c in found:
            if o.sc_case and c.id not in o.sc_case:
                continue
            items += [(c, v, k) for v, k in c.items() if not o.sc_kind or k in o.sc_kind]
        for cid, err in sorted(report.get("failed", {}).items()):
            if not o.sc_case or cid in o.sc_case:
                items.append((None, "", f"{cid}: {err}"))
        self._items = items
        return items


def results_path(config):
    out = config.option.sc_results
    if out.endswith("/"):
        env = config._sockconf.env()
        out = out + results.default_name(env, config._sockconf.target.name)
    return out


def _previous_records(out):
    """Records of an interrupted run at the same results path: the journal
    it appended item by item, and an incomplete results file."""
    found = {}
    if not out or out.endswith("/"):
        return found
    try:
        doc = results.read(out)
        if not doc.get("complete", True):
            for r in doc["results"]:
                found[results.item_key(r)] = r
    except SockconfError:
        pass
    try:
        lines = Path(out + ".journal").read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        try:
            r = json.loads(line)
            found[results.item_key(r)] = r
        except (ValueError, KeyError, TypeError):
            continue    # a line cut short by the interruption
    return found


def _read_json(path):
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None


def _is_worker(config):
    return hasattr(config, "workerinput")


def pytest_configure(config):
    if not _suite_requested(config):
        return
    if not _is_worker(config):
        signal.signal(signal.SIGTERM, _term_as_interrupt)
        if not config.option.sc_no_build:
            try:
                rep = cases_mod.build(Path(config.rootpath), config.option.sc_build_dir)
            except SockconfError as e:
                raise pytest.UsageError(str(e))
            path = Path(config.rootpath) / config.option.sc_build_dir / BUILD_REPORT
            path.write_text(json.dumps({"failed": rep.failed}))
    try:
        config._sockconf = State(config)
        config._sockconf.items()    # unknown ids and kinds fail here, as usage errors
    except SockconfError as e:
        raise pytest.UsageError(str(e))
    if not _is_worker(config) and config.option.sc_results:
        out = results_path(config)
        config._sockconf_out = out
        _journal_file[:] = [out + ".journal"]
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        if not config.option.sc_resume:
            Path(out + ".journal").unlink(missing_ok=True)


def _term_as_interrupt(signum, frame):
    raise KeyboardInterrupt


def _suite_requested(config):
    """The plugin acts only when the suite's test file is part of the run."""
    args = [str(a) for a in config.args] or [str(config.rootpath)]
    suite = (Path(config.rootpath) / "runner" / "suite").resolve()
    for a in args:
        p = Path(a.split("::")[0]).resolve()
        if p == suite or suite.is_relative_to(p) or p.is_relative_to(suite):
            return True
    return False


def pytest_generate_tests(metafunc):
    if "sockconf_item" not in metafunc.fixturenames:
        return
    state = getattr(metafunc.config, "_sockconf", None)
    items = state.items() if state else []
    ids = [f"{results.item_name({'case': c.id, 'variant': v})}/{k}" if c else f"build/{k.split(':')[0]}"
           for c, v, k in items]
    metafunc.parametrize("sockconf_item", items, ids=ids)


def pytest_collection_modifyitems(session, config, items):
    """Cases that wait on kernel timers declare longer bounds.  xdist hands
    each worker a contiguous share of the items first: put one slow item at
    the head of each share, so no worker gets them all."""
    def bound(item):
        spec = getattr(item, "callspec", None)
        case = spec.params.get("sockconf_item", (None,))[0] if spec else None
        return case.timeout if case else 0
    workers = getattr(config, "workerinput", {}).get("workercount") or \
        getattr(config.option, "numprocesses", None) or 1
    if not isinstance(workers, int) or workers < 2:
        return
    slow = sorted((i for i in items if bound(i) > cases_mod.DEFAULT_TIMEOUT), key=lambda i: -bound(i))
    rest = [i for i in items if bound(i) <= cases_mod.DEFAULT_TIMEOUT]
    share = -(-len(rest) // workers)
    chunks = [rest[k * share:(k + 1) * share] for k in range(workers)]
    for j, item in enumerate(slow):
        chunks[j % workers].insert(0, item)
    items[:] = [i for c in chunks for i in c]


def pytest_collection_finish(session):
    """One process running the items (no xdist): tell the target which,
    after -k and the like have chosen, so a batch target runs just these and
    the host can start them ahead."""
    config = session.config
    state = getattr(config, "_sockconf", None)
    if state is None or _is_worker(config) or getattr(config.option, "numprocesses", None):
        return
    todo = []
    for item in session.items:
        spec = getattr(item, "callspec", None)
        pair = spec.params.get("sockconf_item") if spec else None
        if pair and pair[0] is not None and \
                (results.item_name({"case": pair[0].id, "variant": pair[1]}), pair[2]) not in state.previous:
            todo.append(pair)
    state.target.prepare(todo)


@pytest.fixture
def sockconf(request):
    return request.config._sockconf


def run_and_judge(state, item, request):
    case, variant, kind = item
    if case is None:
        pytest.fail(f"case did not build: {kind}", pytrace=False)
    prev = state.previous.get((results.item_name({"case": case.id, "variant": variant}), kind))
    try:
        res = ItemResult.from_json(prev) if prev else state.target.run(case, kind, variant)
    except SockconfError as e:
        # The target cannot run at all (no boot, no tool): one line, once,
        # not the same failure on every item.
        pytest.exit(f"sockconf: {e}", returncode=e.status)
    exp = expectations.find(state.expectations, case.id, kind, state.env(), variant,
                            state.kind_caps(kind), res)
    j = expectations.judge(res, exp, case.claim, state.env())
    record = {**res.to_json(), "judgement": j.verdict, "_meta": case.meta(),
              "_duration": round(res.duration, 4)}
    if exp:
        record["expected"] = exp.summary()
    request.node.user_properties.append((KEY, record))
    # The report is set from the judgement (pytest_runtest_makereport), not
    # by raising: pytest would format a traceback for every skip and xfail.
    request.node._sockconf_judgement = j


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    j = getattr(item, "_sockconf_judgement", None)
    if j is None or call.when != "call" or call.excinfo is not None:
        return
    rep = outcome.get_result()
    if j.verdict == "skip":
        rep.outcome, rep.longrepr = "skipped", (str(item.path), 0, f"Skipped: {j.text}")
    elif j.verdict == "expected":
        rep.outcome, rep.wasxfail = "skipped", j.text
    elif j.verdict == "unexpected":
        rep.outcome, rep.longrepr = "failed", j.text


def pytest_runtest_logreport(report):
    if report.when != "call" and not (report.when == "setup" and report.skipped):
        return
    for name, value in report.user_properties:
        if name == KEY:
            _controller_records.append(value)
            _journal(value)


_journal_file = []


def _journal(record):
    """Append each result as it arrives, so that even a killed run keeps
    what it had (read back by --sc-resume): one line, flushed, each."""
    if not _journal_file:
        return
    if len(_journal_file) == 1:
        _journal_file.append(open(_journal_file[0], "a", encoding="utf-8"))
    _journal_file[1].write(json.dumps(record, sort_keys=True) + "\n")
    _journal_file[1].flush()


_controller_records = []


def _document(state, complete):
    items, metas, timings = [], {}, {}
    seen = set()
    for rec in _controller_records:
        key = results.item_key(rec)
        if key in seen:
            continue
        seen.add(key)
        rec = dict(rec)
        metas[rec["case"]] = rec.pop("_meta")
        timings[f"{key[0]}/{key[1]}"] = rec.pop("_duration")
        items.append(rec)
    doc = results.document(state.env(), state.target.name, items, [], complete, timings)
    doc["cases"] = dict(sorted(metas.items()))
    doc["kinds"] = state.kinds()
    return doc


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    state = getattr(config, "_sockconf", None)
    if state is not None:
        state.target.close()
    if state is None or _is_worker(config) or not _controller_records:
        return
    complete = exitstatus not in (pytest.ExitCode.INTERRUPTED,) and not session.shouldstop
    doc = _document(state, complete)
    config._sockconf_doc = doc
    if not getattr(state.target, "batch", False):
        # The next run on this machine schedules its slow items apart.
        ahead.save_times(state.build_dir, doc.get("timings", {}))
    out = getattr(config, "_sockconf_out", "")
    if len(_journal_file) == 2:
        _journal_file.pop().close()
    if out:
        results.write(out, doc)
        config._sockconf_written = out
        if complete:
            Path(out + ".journal").unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    doc = getattr(config, "_sockconf_doc", None)
    if doc is None or config.option.sc_no_table:
        return
    tr = terminalreporter
    tr.section(f"sockconf: {doc['target']} — {doc['environment'].get('os', '')} "
               f"{doc['environment'].get('kernel_release', '')}")
    tr.write_line(table.render(doc, colour=tr.hasmarkup))
    if not doc["complete"]:
        tr.write_line("run interrupted: the results above are incomplete", red=True)
    written = getattr(config, "_sockconf_written", "")
    if written:
        tr.write_line(f"results written to {written}")
