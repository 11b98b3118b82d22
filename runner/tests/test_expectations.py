"""Expectations: an unexpected deviation fails, and so does a listed
deviation that now holds or deviates otherwise than listed."""

import pytest

from runner.errors import SockconfError
from runner.execute import ItemResult
from runner.expectations import Expectation, find, judge, kernel_in_range, load

LINUX = {"os": "Linux", "kernel_release": "6.1.0-27-cloud-amd64",
         "sysctls": {"net.ipv4.tcp_abort_on_overflow": "0"}}


def test_unexpected_deviation_fails():
    j = judge(ItemResult("c", "inet_stream", "deviates", "msg"), None, "the claim")
    assert j.verdict == "unexpected" and "the claim" in j.text and "msg" in j.text


def _dev(observations=None, errno=None, **kw):
    steps = [{"expr": "x", "ok": False, "errno": errno, "ret": -1 if errno else 0}]
    return ItemResult("c", "inet_stream", "deviates", "msg", observations=observations or {}, steps=steps, **kw)


def test_expected_deviation_is_expected():
    e = Expectation(case="c", reason="Linux drops the SYN", observed=(("state", "SYN_SENT"),))
    j = judge(_dev({"state": "SYN_SENT"}), e)
    assert j.verdict == "expected" and "Linux drops the SYN" in j.text


def test_a_deviation_with_another_value_is_unexpected_and_names_both():
    e = Expectation(case="c", reason="backlog+1", origin="listen.toml",
                    observed=(("capacity", "= backlog + 1"),))
    assert judge(_dev({"backlog": 4, "capacity": 5}), e).verdict == "expected"
    j = judge(_dev({"backlog": 4, "capacity": 9}), e, "the claim")
    assert j.verdict == "unexpected"
    assert "capacity = backlog + 1 listed, 9 observed" in j.text and "listen.toml" in j.text


def test_a_deviation_with_another_errno_is_unexpected():
    e = Expectation(case="c", reason="r", errno=("EISCONN",))
    assert judge(_dev(errno="EISCONN"), e).verdict == "expected"
    j = judge(_dev(errno="EINVAL"), e)
    assert j.verdict == "unexpected" and "errno EISCONN listed, EINVAL observed" in j.text


@pytest.mark.parametrize("spec,value,ok", [
    (0, 0, True), (0, "0", False), ("SYN_SENT", "SYN_SENT", True), ("> 2048", 4608, True),
    ("> 2048", 2048, False), ("1 .. 3", 2, True), ("1 .. 3", 4, False), (["a", "b"], "b", True),
    ("= net.ipv4.tcp_wmem[1]", 16384, True), ("= net.ipv4.tcp_wmem[1] * 2", 16384, False),
    ("!= n", 5, True), ("= nosuch", 5, False), ("a/b", ["a", "b"], True), (True, True, True)])
def test_pinned_values(spec, value, ok):
    from runner.expectations import matches
    assert matches(spec, value, {"n": 4}, {"net.ipv4.tcp_wmem": "4096 16384 4194304"}) is ok


def test_capabilities_and_variants_narrow_an_entry():
    e = Expectation(case="c", reason="r", caps=("tcp",), variants=("backlog0",), errno=("X",))
    assert e.applies("c", "mptcp4", LINUX, "backlog0", ("stream", "tcp"))
    assert not e.applies("c", "mptcp4", LINUX, "backlog1", ("stream", "tcp"))
    assert not e.applies("c", "unix_stream", LINUX, "backlog0", ("stream", "unix"))


def test_a_deviation_finds_the_entry_whose_pin_it_matches():
    broad = Expectation(case="c", reason="every kind", origin="a.toml", observed=(("n", 4),))
    narrow = Expectation(case="c", reason="one kind", origin="b.toml", kinds=("inet_stream",),
                         errno=("ENOTCONN",))
    found = [broad, narrow]
    assert find(found, "c", "inet_stream", LINUX, result=_dev({"n": 4})) is broad
    assert find(found, "c", "inet_stream", LINUX, result=_dev(errno="ENOTCONN")) is narrow
    assert find(found, "c", "inet_stream", LINUX, result=_dev(errno="EPIPE")) is broad
    assert find(found, "c", "inet_stream", LINUX, result=ItemResult("c", "inet_stream", "holds")) is broad
    assert find(found, "c", "unix_stream", LINUX, result=_dev(errno="ENOTCONN")) is broad


def test_listed_deviation_that_holds_fails():
    e = Expectation(case="c", reason="r", origin="listen.toml")
    j = judge(ItemResult("c", "inet_stream", "holds"), e, "the claim")
    assert j.verdict == "unexpected" and "now holds" in j.text


@pytest.mark.parametrize("outcome", ["broken", "timeout", "crash"])
def test_broken_timeout_crash_always_fail(outcome):
    e = Expectation(case="c", reason="r")
    assert judge(ItemResult("c", "k", outcome, "m"), e).verdict == "unexpected"


def test_unsupported_is_a_skip():
    assert judge(ItemResult("c", "k", "unsupported", "no IPv6"), None).verdict == "skip"


def test_matching_by_kind_os_kernel_and_sysctl():
    e = Expectation(case="c", reason="r", kinds=("inet_stream",), os="Linux",
                    kernel=">=5.10,<6.2", when=(("net.ipv4.tcp_abort_on_overflow", "0"),))
    assert e.applies("c", "inet_stream", LINUX)
    assert not e.applies("c", "unix_stream", LINUX)
    assert not e.applies("c", "inet_stream", {**LINUX, "os": "FreeBSD"})
    assert not e.applies("c", "inet_stream", {**LINUX, "kernel_release": "6.12.9"})
    assert not e.applies("c", "inet_stream", {**LINUX, "sysctls": {"net.ipv4.tcp_abort_on_overflow": "1"}})


def test_matching_by_layer_abi_and_machine(tmp_path):
    (tmp_path / "l.toml").write_text('[[deviates]]\ncase = "c"\nlayer = "strace"\nabi = ["i386", "x86_64"]\n'
                                     'reason = "r"\nerrno = "EINTR"\n')
    (e,) = load(tmp_path)
    assert e.layer == ("strace",) and e.abi == ("i386", "x86_64")
    assert e.applies("c", "k", {**LINUX, "layer": "strace", "abi": "i386"})
    assert not e.applies("c", "k", LINUX)
    assert not e.applies("c", "k", {**LINUX, "layer": "valgrind", "abi": "i386"})
    assert not e.applies("c", "k", {**LINUX, "layer": "strace", "abi": "arm64"})
    m = Expectation(case="c", reason="r", machine=("s390x",))
    assert m.applies("c", "k", {**LINUX, "machine": "s390x"}) and not m.applies("c", "k", LINUX)


def test_matching_by_security_modules(tmp_path):
    (tmp_path / "s.toml").write_text('[[deviates]]\ncase = "c"\nlsm = "selinux"\nreason = "r"\nerrno = "EINVAL"\n')
    (e,) = load(tmp_path)
    assert e.lsm == ("selinux",)
    assert e.applies("c", "k", {**LINUX, "lsm": "capability,yama,selinux,tomoyo"})
    assert not e.applies("c", "k", {**LINUX, "lsm": "capability,yama,apparmor"})
    assert not e.applies("c", "k", {**LINUX, "lsm": "selinuxx"})
    assert not e.applies("c", "k", {**LINUX, "lsm": "unknown"}) and not e.applies("c", "k", LINUX)


def test_kernel_range_reads_the_upstream_version_of_a_debian_build():
    e = Expectation(case="c", reason="r", kernel="<6.1.180")
    old = {**LINUX, "kernel_release": "6.1.0-50-s390x", "kernel_version": "#1 SMP Debian 6.1.176-1 (2025-07-01)"}
    new = {**LINUX, "kernel_release": "6.1.0-56-cloud-amd64", "kernel_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-1"}
    assert e.applies("c", "k", old) and not e.applies("c", "k", new)


@pytest.mark.parametrize("release,spec,ok", [
    ("6.1.0-27-amd64", ">=6.1", True), ("6.1.0", "<6.1", False), ("5.15.0", ">=5.4,<6", True),
    ("6.18.44-fc", "==6.18", True), ("4.19.0", ">4.19", False)])
def test_kernel_ranges(release, spec, ok):
    assert kernel_in_range(release, spec) is ok


def test_load_reads_every_file_and_rejects_bad_ones(tmp_path):
    (tmp_path / "a.toml").write_text('[[deviates]]\ncase = "x"\nreason = "why"\nkinds = ["inet_stream"]\n'
                                     'errno = "EISCONN"\n')
    (tmp_path / "b.toml").write_text('[[deviates]]\ncase = "y"\nreason = "why"\nobserved = { n = 1 }\n')
    found = load(tmp_path)
    assert [e.case for e in found] == ["x", "y"]
    assert find(found, "x", "inet_stream", LINUX).origin == "a.toml"
    (tmp_path / "c.toml").write_text('[[deviates]]\ncase = "z"\n')
    with pytest.raises(SockconfError, match="needs a case and a reason"):
        load(tmp_path)
    (tmp_path / "c.toml").write_text('[[deviates\n')
    with pytest.raises(SockconfError, match="not valid TOML"):
        load(tmp_path)
    (tmp_path / "c.toml").write_text('[[deviates]]\ncase = "z"\nreason = "why"\n')
    with pytest.raises(SockconfError, match="pins nothing"):
        load(tmp_path)


def test_unless_picks_one_field_of_a_sysctl():
    e = Expectation(case="c", reason="r", unless=(("net.ipv4.tcp_rmem[1]", "8192"),))
    small = {**LINUX, "sysctls": {"net.ipv4.tcp_rmem": "4096 8192 16384"}}
    big = {**LINUX, "sysctls": {"net.ipv4.tcp_rmem": "4096 131072 6291456"}}
    assert not e.applies("c", "inet_stream", small)
    assert e.applies("c", "inet_stream", big)


def test_a_listed_case_deviating_with_another_value_fails_the_run(tmp_path):
    """Through the plugin, as make check runs it: the listed errno is
    EISCONN, the case fails with EINPROGRESS; the run fails and says both."""
    import os
    import subprocess
    import sys

    from runner.cases import ROOT
    from runner.tests.fakes import make_case
    cases = tmp_path / "build" / "cases"
    cases.mkdir(parents=True)
    make_case(str(cases), "pinned", "deviates")
    (tmp_path / "exp").mkdir()
    (tmp_path / "exp" / "x.toml").write_text(
        '[[deviates]]\ncase = "pinned"\nreason = "the kernel says EISCONN"\nerrno = "EISCONN"\n')
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider",
            "runner/suite", "--sc-no-build", "--sc-build-dir", str(tmp_path / "build"),
            "--sc-expectations", str(tmp_path / "exp")]
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert out.returncode == 1, out.stdout
    assert "errno EISCONN listed, EINPROGRESS observed" in out.stdout
    (tmp_path / "exp" / "x.toml").write_text(
        '[[deviates]]\ncase = "pinned"\nreason = "the kernel says EINPROGRESS"\nerrno = "EINPROGRESS"\n')
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert out.returncode == 0, out.stdout
