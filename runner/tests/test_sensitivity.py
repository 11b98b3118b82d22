"""Sensitivity: would the suite notice a socket layer that gets a claim
wrong?  Each fault library (faults/<name>.c, built into <build>/faults/)
breaks one documented behaviour from user space; run through the runner's
own execution path with it preloaded, the case stating that behaviour
must report *deviates* (not broken, timeout or crash) with a message that
names the call and the values, on every kind it applies to.  The same
item without the library is the control: only kinds where the claim holds
without the fault can show that the fault is noticed."""

import os
import re
import tomllib

import pytest

from runner.cases import ROOT, describe
from runner.execute import Launch, run_item, run_items

BUILD = ROOT / os.environ.get("SC_BUILD", "build")
FAULTS_SRC = ROOT / "faults"



def trips():
    """{fault: [(case, message pattern, kinds or None)]} from faults/*.toml:
    each library says which case must notice it and how."""
    found = {}
    for path in sorted(FAULTS_SRC.glob("*.toml")):
        data = tomllib.loads(path.read_text())
        found[path.stem] = [(t["case"], t["message"], tuple(t["kinds"]) if "kinds" in t else None)
                            for t in data.get("trips", [])]
    return found


def _params():
    return [pytest.param(f, c, pattern, only, id=f"{f}->{c}")
            for f, found in sorted(trips().items()) for c, pattern, only in found]


def _case(case_id):
    path = BUILD / "cases" / case_id
    if not path.exists():
        pytest.fail(f"{path} is not built: run `make all` first", pytrace=False)
    return describe(path)


def _launch(lib):
    # Under SANITIZE=1 the cases link ASan, which insists on being first in
    # the library list; a preloaded fault library comes before it.
    asan = " ".join(filter(None, [os.environ.get("ASAN_OPTIONS", ""), "verify_asan_link_order=0"]))
    return Launch(preload=lib, extra_env={"ASAN_OPTIONS": asan})


def _library(fault):
    path = BUILD / "faults" / f"{fault}.so"
    if not path.exists():
        pytest.fail(f"{path} is not built: run `make faults` first", pytrace=False)
    return str(path)


@pytest.mark.parametrize("fault,case_id,pattern,only", _params())
def test_fault_makes_its_case_deviate(fault, case_id, pattern, only):
    case, lib = _case(case_id), _library(fault)
    tripped, wrong, untestable = [], [], []
    items = [(v, k) for v, k in case.items() if not only or k in only]
    controls = run_items(case, items)
    faulty = run_items(case, [i for i in items if controls[i].outcome == "holds"], _launch(lib))
    for item in items:
        name = "/".join(filter(None, item))
        control = controls[item]
        if control.outcome != "holds":
            # The claim already fails here (unsupported, or a deviation the
            # expectations list): no fault can make it fail more.
            untestable.append(f"{name}: {control.outcome}")
            continue
        r = faulty[item]
        if r.outcome == "deviates" and re.search(pattern, r.message):
            tripped.append(name)
        else:
            wrong.append(f"{name}: {r.outcome}: {r.message!r} (control: {control.outcome})")
    if not tripped and not wrong:
        pytest.skip(f"{case_id} does not hold on any kind here without the fault: {untestable}")
    assert not wrong, f"{fault} did not trip {case_id} as it should:\n  " + "\n  ".join(wrong)


def test_every_fault_library_has_a_case_to_trip():
    sources = {p.stem for p in FAULTS_SRC.glob("*.c")}
    assert sources == set(trips()), "every faults/<name>.c needs faults/<name>.toml naming its case"


def test_fault_library_leaves_the_harness_protocol_intact(tmp_path):
    """A library that wraps read/write must not disturb the records the
    case writes to its output file (not a socket)."""
    case = _case("read_eof_after_close")
    r = run_item(case, "unix_stream", _launch(_library("epipe_eio")))
    assert r.outcome == "holds" and "unparsed_lines" not in r.observations
