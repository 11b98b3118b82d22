"""bench/: the determinism comparison names exactly the items that changed,
the load it starts is always stopped, the speed tallies add up, and a run
through the runner's command line on fake cases gives a results file."""

import os
import sys

import pytest

from runner.cases import ROOT
from runner.tests.fakes import make_case

sys.path.insert(0, str(ROOT / "bench"))
import benchlib  # noqa: E402
import determinism  # noqa: E402
import speed  # noqa: E402


def doc(*items):
    return {"results": [{"case": c, "kind": k, "outcome": o, "judgement": j, "message": m}
                        for c, k, o, j, m in items]}


HOLD = ("a", "inet_stream", "holds", "ok", "")


def test_identical_runs_have_no_flips():
    assert determinism.flips([doc(HOLD), doc(HOLD), doc(HOLD)]) == {}


def test_a_changed_outcome_is_named_with_counts_and_messages():
    timeout = ("a", "inet_stream", "timeout", "unexpected", "waited 200 ms for x")
    got = determinism.flips([doc(HOLD), doc(timeout), doc(HOLD)])
    assert list(got) == [("a", "inet_stream")]
    assert got[("a", "inet_stream")][("holds", "ok", "")] == 2
    assert got[("a", "inet_stream")][("timeout", "unexpected", "waited 200 ms for x")] == 1


def test_a_different_message_alone_is_not_a_flip():
    dev1 = ("a", "k", "deviates", "expected", "observed 2")
    dev2 = ("a", "k", "deviates", "expected", "observed 3")
    assert determinism.flips([doc(dev1), doc(dev2)]) == {}


def test_an_item_missing_from_a_run_is_a_flip():
    other = ("b", "unix_stream", "holds", "ok", "")
    got = determinism.flips([doc(HOLD, other), doc(HOLD)])
    assert got[("b", "unix_stream")][("missing", "", "absent from some runs")] == 1


def test_the_load_is_stopped_even_when_the_block_fails():
    with pytest.raises(RuntimeError):
        with determinism.Load(1) as load:
            pids = [p.pid for p in load.procs]
            assert len(pids) == 1
            raise RuntimeError("boom")
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_per_case_and_per_kind_sums():
    runs = [{"timings": {"a/inet_stream": 1.0, "a/unix_stream": 2.0, "b/unix_stream": 0.5}},
            {"timings": {"a/inet_stream": 3.0, "a/unix_stream": 1.0, "b/unix_stream": 0.5}}]
    assert speed.per_group(runs, 0) == {"a": [3.0, 4.0], "b": [0.5, 0.5]}
    assert speed.per_group(runs, 1) == {"inet_stream": [1.0, 3.0], "unix_stream": [2.5, 1.5]}
    assert benchlib.spread([3.0, 1.0, 2.0]) == "1.000 / 2.000 / 3.000"


def test_run_suite_on_a_frozen_copy_of_fake_cases(tmp_path):
    build = tmp_path / "build"
    (build / "cases").mkdir(parents=True)
    make_case(str(build / "cases"), "fake_holds", "holds", kinds=("inet_stream", "unix_stream"))
    make_case(str(build / "cases"), "fake_dev", "deviates")
    args = benchlib.snapshot(tmp_path / "snap", build)
    rc, wall, cpu, tail, d = benchlib.run_suite(tmp_path / "r.json", jobs=1, extra=args)
    assert d is not None, tail
    got = {k: v[0] for k, v in benchlib.outcomes(d).items()}
    assert got == {("fake_holds", "inet_stream"): "holds", ("fake_holds", "unix_stream"): "holds",
                   ("fake_dev", "inet_stream"): "deviates"}
    assert rc == 1 and wall > 0
