"""KTAP output: every judgement becomes the line kernel CI expects, the
strict parser accepts what the writer writes and rejects what KTAP does
not allow, and `runner run --ktap` writes it."""

import pytest

from runner import cli, errors, ktap, results
from runner.tests.fakes import make_case


def rec(case, kind, outcome, judgement, message="", reason=""):
    r = {"case": case, "kind": kind, "outcome": outcome, "judgement": judgement, "message": message}
    if reason:
        r["expected"] = {"outcome": "deviates", "reason": reason}
    return r


DOC = results.document(
    {"os": "Linux", "kernel_release": "7.2.13+deb14-cloud-amd64", "suite_revision": "abc123"}, "qemu:7.2", [
        rec("b_case", "inet_stream", "holds", "ok"),
        rec("a_case", "unix_stream", "unsupported", "skip", "socket(): EAFNOSUPPORT # no family"),
        rec("c_case", "inet6_stream", "deviates", "expected", "observed 16384", "Linux defaults are not 8K"),
        rec("d_case", "inet_dgram", "deviates", "unexpected", "read(): expected 0, observed -1 EAGAIN"),
        rec("e_case", "unix_dgram", "crash", "unexpected", "killed by SIGSEGV"),
        rec("f_case", "unix_stream", "holds", "unexpected", "", "listed, but holds now"),
    ], [])


def test_each_judgement_has_its_line():
    text = ktap.render(DOC)
    lines = text.splitlines()
    assert lines[0] == "KTAP version 1" and lines[2] == "1..6"
    assert "ok 1 a_case.unix_stream # SKIP socket(): EAFNOSUPPORT No. no family" in lines
    assert "ok 2 b_case.inet_stream" in lines
    assert "ok 3 c_case.inet6_stream # XFAIL Linux defaults are not 8K" in lines
    assert "# d_case.inet_dgram: deviates: read(): expected 0, observed -1 EAGAIN" in lines
    assert lines[lines.index("# d_case.inet_dgram: deviates: read(): expected 0, observed -1 EAGAIN") + 1] \
        == "not ok 4 d_case.inet_dgram"
    assert "not ok 5 e_case.unix_dgram" in lines
    assert "not ok 6 f_case.unix_stream # XPASS listed, but holds now" in lines
    assert lines[-1] == "# Totals: pass:1 fail:1 xfail:1 xpass:1 skip:1 error:1"


def test_the_parser_reads_what_the_writer_wrote():
    got = ktap.parse(ktap.render(DOC))
    assert [(r.ok, r.number, r.name, r.directive) for r in got] == [
        (True, 1, "a_case.unix_stream", "SKIP"), (True, 2, "b_case.inet_stream", ""),
        (True, 3, "c_case.inet6_stream", "XFAIL"), (False, 4, "d_case.inet_dgram", ""),
        (False, 5, "e_case.unix_dgram", ""), (False, 6, "f_case.unix_stream", "XPASS")]
    assert got[2].reason == "Linux defaults are not 8K"


@pytest.mark.parametrize("text,why", [
    ("TAP version 13\n1..0\n", "first line"),
    ("KTAP version 1\nok 1 a\n", "no plan"),
    ("KTAP version 1\n1..2\nok 1 a\n", "plan says 2"),
    ("KTAP version 1\n1..2\nok 1 a\nok 3 b\n", "out of order"),
    ("KTAP version 1\n1..1\nok 1 a # MAYBE\n", "unknown directive"),
    ("KTAP version 1\n1..1\nfine 1 a\n", "not a KTAP line"),
    ("KTAP version 1\n1..1\nok 1\n", "no name"),
])
def test_the_parser_rejects_what_ktap_does_not_allow(text, why):
    with pytest.raises(ktap.KtapError, match=why):
        ktap.parse(text)


def test_an_interrupted_run_says_so():
    assert "# the run was interrupted" in ktap.render(dict(DOC, complete=False))


def test_run_writes_ktap(tmp_path):
    build = tmp_path / "build"
    (build / "cases").mkdir(parents=True)
    make_case(str(build / "cases"), "alpha", "holds", kinds=("inet_stream", "unix_stream"))
    out = tmp_path / "r.ktap"
    rc = cli.main(["run", "--build-dir", str(build), "--out", str(tmp_path / "r.json"), "--ktap", str(out),
                   "--", "--sc-no-build", "--sc-no-table", "-p", "no:cacheprovider"])
    assert rc == errors.OK
    got = ktap.parse(out.read_text())
    assert [(r.ok, r.name) for r in got] == [(True, "alpha.inet_stream"), (True, "alpha.unix_stream")]
