"""Expectations: an unexpected deviation fails, and so does a listed
deviation that now holds."""

import pytest

from runner.errors import SockconfError
from runner.execute import ItemResult
from runner.expectations import Expectation, find, judge, kernel_in_range, load

LINUX = {"os": "Linux", "kernel_release": "6.1.0-27-cloud-amd64",
         "sysctls": {"net.ipv4.tcp_abort_on_overflow": "0"}}


def test_unexpected_deviation_fails():
    j = judge(ItemResult("c", "inet_stream", "deviates", "msg"), None, "the claim")
    assert j.verdict == "unexpected" and "the claim" in j.text and "msg" in j.text


def test_expected_deviation_is_expected():
    e = Expectation(case="c", reason="Linux drops the SYN")
    j = judge(ItemResult("c", "inet_stream", "deviates", "msg"), e)
    assert j.verdict == "expected" and "Linux drops the SYN" in j.text


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


@pytest.mark.parametrize("release,spec,ok", [
    ("6.1.0-27-amd64", ">=6.1", True), ("6.1.0", "<6.1", False), ("5.15.0", ">=5.4,<6", True),
    ("6.18.44-fc", "==6.18", True), ("4.19.0", ">4.19", False)])
def test_kernel_ranges(release, spec, ok):
    assert kernel_in_range(release, spec) is ok


def test_load_reads_every_file_and_rejects_bad_ones(tmp_path):
    (tmp_path / "a.toml").write_text('[[deviates]]\ncase = "x"\nreason = "why"\nkinds = ["inet_stream"]\n')
    (tmp_path / "b.toml").write_text('[[deviates]]\ncase = "y"\nreason = "why"\n')
    found = load(tmp_path)
    assert [e.case for e in found] == ["x", "y"]
    assert find(found, "x", "inet_stream", LINUX).origin == "a.toml"
    (tmp_path / "c.toml").write_text('[[deviates]]\ncase = "z"\n')
    with pytest.raises(SockconfError, match="needs a case and a reason"):
        load(tmp_path)
    (tmp_path / "c.toml").write_text('[[deviates\n')
    with pytest.raises(SockconfError, match="not valid TOML"):
        load(tmp_path)


def test_unless_picks_one_field_of_a_sysctl():
    e = Expectation(case="c", reason="r", unless=(("net.ipv4.tcp_rmem[1]", "8192"),))
    small = {**LINUX, "sysctls": {"net.ipv4.tcp_rmem": "4096 8192 16384"}}
    big = {**LINUX, "sysctls": {"net.ipv4.tcp_rmem": "4096 131072 6291456"}}
    assert not e.applies("c", "inet_stream", small)
    assert e.applies("c", "inet_stream", big)
