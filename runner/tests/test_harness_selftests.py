"""The harness reports a violated claim as *deviates* with a message that
names the call, the kind, the expected and observed values and the errno;
set-up failures, missing features, hangs, crashes and leaked descriptors
each get their own outcome.  The self-test cases (harness/selftest/) make
claims that are false on purpose."""

import os

import pytest

from runner.cases import ROOT, describe
from runner.execute import run_item

BUILD = ROOT / os.environ.get("SC_BUILD", "build") / "selftest"

EXPECTED = {
    "selftest_holds": ("holds", ""),
    "selftest_false_ret": ("deviates", "recv(P->b, buf, sizeof buf, MSG_DONTWAIT) [inet_stream]: "
                           "expected 1, observed -1 EAGAIN"),
    "selftest_false_errno": ("deviates", 'write(P->a, "x", 1) [unix_stream]: '
                             "expected -1 EPIPE or ECONNRESET, observed 1"),
    "selftest_false_cmp": ("deviates", "type [inet_stream]: expected == SOCK_DGRAM (= 2), observed 1"),
    "selftest_broken": ("broken", "set-up step listen(-1, 1) [inet_stream] failed: -1 EBADF"),
    "selftest_unsupported": ("unsupported", "feature X is not in this kernel"),
    "selftest_wait_timeout": ("timeout", "waited 50 ms for a datagram that is never sent"),
    "selftest_hang": ("timeout", "the body did not finish within 1 s (watchdog)"),
    "selftest_crash": ("crash", "Received signal 11 (Segmentation fault)"),
    "selftest_leak": ("broken", "1 descriptor(s) left open by the case (not tracked by the harness)"),
}


def selftest(name):
    path = BUILD / name
    if not path.exists():
        pytest.fail(f"{path} is not built: run `make all` first", pytrace=False)
    return describe(path)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_selftest_verdict_and_message(name):
    case = selftest(name)
    outcome, message = EXPECTED[name]
    kind = case.kinds[0]
    r = run_item(case, kind)
    assert (r.outcome, r.message) == (outcome, message)


def test_every_selftest_is_checked():
    built = {p.name for p in BUILD.iterdir()} if BUILD.is_dir() else set()
    sources = {p.stem for p in (ROOT / "harness" / "selftest").glob("*.c")}
    assert sources == set(EXPECTED) and sources <= built


def test_deviation_is_located_and_observed():
    r = run_item(selftest("selftest_false_cmp"), "inet_stream")
    assert r.at.endswith("selftest_false_cmp.c:18")
    assert r.observations["so_type"] == 1
    assert r.steps[-1]["ok"] is False


def test_holds_on_every_kind():
    case = selftest("selftest_holds")
    outcomes = {k: run_item(case, k).outcome for k in case.kinds}
    assert set(outcomes.values()) <= {"holds", "unsupported"}
    assert outcomes["inet_stream"] == "holds"
