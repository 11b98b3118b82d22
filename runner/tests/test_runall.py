"""run-all: several targets in parallel on small fake cases; one that
cannot run is reported by name and the others go on."""

import argparse
import io
import json
import os
import shutil
import subprocess

import pytest

from runner import errors, results, runall
from runner.errors import SockconfError
from runner.tests.fakes import make_case


def _namespaces():
    if shutil.which("ip") is None:
        return False
    if os.geteuid() == 0:
        return True
    return subprocess.run(["unshare", "--user", "--map-root-user", "--net", "true"],
                          capture_output=True).returncode == 0


def args(build_dir, target=""):
    return argparse.Namespace(target=target, build_dir=str(build_dir), case=[], kind=[], preload="",
                              wrapper="", timeout_mult=1.0, pytest_args=[], out="", jobs=0)


def test_split_targets():
    assert runall.split_targets(" host, netns:smallbuf ,") == ["host", "netns:smallbuf"]
    matrix = runall.split_targets("matrix")
    assert matrix[0] == "host" and {"qemu:5.10", "qemu:7.2", "uml", "layer:valgrind", "host:i386"} <= set(matrix)
    for bad in ("", "host,host"):
        with pytest.raises(SockconfError) as e:
            runall.split_targets(bad)
        assert e.value.status == errors.USAGE


def test_progress_log_lines():
    out = io.StringIO()
    p = runall.Progress(10, out)
    j = runall.Job("host", None, None, proc=object(), done=5, last="alpha/inet_stream")
    p.update([j])
    p.update([j])
    assert out.getvalue() == "sockconf: [host] 5/10 items, at alpha/inet_stream (5 left)\n"


def test_journal_reading(tmp_path):
    out = tmp_path / "t.json"
    (tmp_path / "t.json.journal").write_text(
        json.dumps({"case": "a", "kind": "unix_stream"}) + "\n" + '{"case": "b", "ki')
    j = runall.Job("t", out, None)
    j.journal()
    assert (j.done, j.last) == (2, "a/unix_stream")


def test_runs_targets_in_parallel_and_goes_on_past_a_failure(tmp_path, capsys):
    build = tmp_path / "build"
    (build / "cases").mkdir(parents=True)
    make_case(build / "cases", "alpha_holds", "holds", kinds=("inet_stream", "unix_stream"))
    make_case(build / "cases", "beta_deviates", "deviates")
    specs = ["host", "netns:no_such_profile"] + (["netns:default"] if _namespaces() else [])
    res_dir = tmp_path / "results"
    rc = runall.run_all(args(build), specs=specs, results_dir=res_dir, build=False)
    out, err = capsys.readouterr()
    assert rc == errors.TARGET
    files = sorted(res_dir.glob("*.json"))
    assert len(files) == len(specs) - 1
    docs = {results.read(f)["target"]: results.read(f) for f in files}
    assert docs["host"]["environment"]["kernel_release"] == os.uname().release
    assert len(docs["host"]["results"]) == 3
    assert "netns:no_such_profile: FAILED" in err and "unknown netns profile" in err
    assert "[host] starting" in err and "finished: 3/3 items" in err
    if "netns:default" in docs:
        assert docs["netns:default"]["environment"]["netns_profile"] == "default"
        assert "netns:default: unexpected outcomes" in err or "netns:default: ok" in err
    assert "items differ between" in out     # the comparison at the end
    assert not list((build / "run-all").glob("*.json"))     # moved into results/


def test_a_target_list_on_run_goes_to_run_all(monkeypatch):
    from runner import cli
    seen = []
    monkeypatch.delenv("TARGETS", raising=False)
    monkeypatch.setattr(runall, "run_all", lambda a: seen.append(a.target) or errors.OK)
    assert cli.main(["run", "--target", "host,netns:smallbuf"]) == errors.OK
    assert cli.main(["run-all"]) == errors.OK
    assert seen == ["host,netns:smallbuf", runall.DEFAULT]
    assert cli.main(["run", "--target", "host,uml", "--out", "x.json"]) == errors.USAGE


PARENT = """
import argparse, sys
sys.path.insert(0, {root!r})
from runner import runall
a = argparse.Namespace(target="", build_dir={build!r}, case=[], kind=[], preload="", wrapper="",
                       timeout_mult=1.0, pytest_args=[], out="", jobs=0)
try:
    sys.exit(runall.run_all(a, specs={specs!r}, results_dir={res!r}, build=False))
except KeyboardInterrupt:
    sys.exit(130)
"""


def test_ctrl_c_stops_every_run_and_keeps_what_they_had(tmp_path):
    import select
    import signal
    import sys
    import time
    from runner.cases import ROOT
    build = tmp_path / "build"
    (build / "cases").mkdir(parents=True)
    make_case(build / "cases", "alpha_holds", "holds")
    make_case(build / "cases", "zeta_hang", "hang", timeout=30)
    specs = ["host"] + (["netns:default"] if _namespaces() else [])
    res = tmp_path / "results"
    p = subprocess.Popen([sys.executable, "-c", PARENT.format(root=str(ROOT), build=str(build), specs=specs,
                                                              res=str(res))],
                         stderr=subprocess.PIPE, stdout=subprocess.PIPE)
    # interrupt once every run has stored its first item: its progress line
    # says 1/2 (the other case hangs); bounded, never a fixed sleep
    want, seen, deadline = {f"[{s}] 1/2 items" for s in specs}, "", time.monotonic() + 60
    while not all(w in seen for w in want):
        ready, _, _ = select.select([p.stderr], [], [], max(0, deadline - time.monotonic()))
        chunk = os.read(p.stderr.fileno(), 4096).decode() if ready else ""
        if not chunk:
            p.kill()
            pytest.fail(f"the runs never stored an item: {seen}")
        seen += chunk
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=90)
    err = err.decode()
    assert p.returncode == 130, err
    assert "interrupted" in err
    docs = [results.read(f) for f in res.glob("*.json")]
    assert len(docs) == len(specs)
    assert all(not d["complete"] and [r["case"] for r in d["results"]] == ["alpha_holds"] for d in docs)
