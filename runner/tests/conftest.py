"""The runner's unit tests are hermetic: what the caller's environment says
for a run of the suite (a preload library, a wrapper, a target, bounds)
must not reach them.  SC_BUILD stays: `runner check` sets it to name the
build the tests exercise (build-san for SANITIZE=1)."""

import os

import pytest

CALLER = ("PRELOAD", "WRAPPER", "TARGET", "TARGETS", "LD_PRELOAD", "CK_TIMEOUT_MULTIPLIER",
          "CK_FORK", "CK_RUN_CASE", "CK_RUN_SUITE", "CK_VERBOSITY")
KEEP = ("SC_BUILD", "SC_KERNEL_CACHE")


@pytest.fixture(autouse=True)
def hermetic(monkeypatch):
    for name in list(os.environ):
        if name in CALLER or (name.startswith("SC_") and name not in KEEP):
            monkeypatch.delenv(name, raising=False)
