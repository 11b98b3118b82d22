"""An interrupted run keeps every result it already had, marked incomplete,
and a rerun with --sc-resume reuses them instead of running them again."""

import os
import signal
import subprocess
import sys
import time

from runner import results
from runner.cases import ROOT
from runner.tests.fakes import make_case


def start(tmp_path, *extra):
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider",
            "runner/suite", "--sc-no-build", "--sc-build-dir", str(tmp_path / "build"),
            "--sc-expectations", str(tmp_path / "exp"), "--sc-results", str(tmp_path / "r.json"), *extra]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))


def wait_for_lines(path, n, bound=30):
    end = time.monotonic() + bound
    while time.monotonic() < end:
        if path.exists() and len(path.read_text().splitlines()) >= n:
            return
        time.sleep(0.05)  # polling a file another process writes; bounded
    raise AssertionError(f"{path} never reached {n} lines")


def test_sigterm_keeps_results_and_resume_reuses_them(tmp_path):
    cases = tmp_path / "build" / "cases"
    cases.mkdir(parents=True)
    (tmp_path / "exp").mkdir()
    make_case(str(cases), "a_first")
    make_case(str(cases), "b_second")
    make_case(str(cases), "z_hangs", "hang", timeout=60)
    proc = start(tmp_path)
    wait_for_lines(tmp_path / "r.json.journal", 2)
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=60)
    doc = results.read(tmp_path / "r.json")
    assert doc["complete"] is False, out
    assert [(r["case"], r["outcome"]) for r in doc["results"]] == [("a_first", "holds"), ("b_second", "holds")]

    # The rerun must not run a_first again: make it deviate now and see it
    # still reported as it was stored.
    make_case(str(cases), "a_first", "deviates")
    make_case(str(cases), "z_hangs")
    proc = start(tmp_path, "--sc-resume")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    doc = results.read(tmp_path / "r.json")
    assert doc["complete"] is True
    assert {r["case"]: r["outcome"] for r in doc["results"]} == {
        "a_first": "holds", "b_second": "holds", "z_hangs": "holds"}
    assert not (tmp_path / "r.json.journal").exists()


def test_unknown_case_id_is_a_one_line_usage_error(tmp_path):
    cases = tmp_path / "build" / "cases"
    cases.mkdir(parents=True)
    (tmp_path / "exp").mkdir()
    make_case(str(cases), "a_first")
    proc = start(tmp_path, "--sc-case", "no_such_case")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 4
    assert b"unknown case id: no_such_case" in out
