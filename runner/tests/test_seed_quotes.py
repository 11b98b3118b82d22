"""Every citation of the tutorial (doc "seed") names a heading that exists
in docs/seed/socket-tutorial.zh.md and quotes its text verbatim, so the
ledger's tutorial column is the document's own words."""

import re

import pytest

from runner import cases
from runner.cases import ROOT

SEED = ROOT / "docs" / "seed" / "socket-tutorial.zh.md"
BUILD = ROOT / "build" / "cases"


def normalise(text):
    """Whitespace (the tutorial indents with U+3000) does not count."""
    return re.sub(r"[\s\u3000]+", " ", text).strip()


def sections():
    """{heading: text under it, up to the next heading of any level}."""
    found, heading, lines = {}, None, []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        m = re.match(r"#+\s+(.*)", line)
        if m:
            if heading is not None:
                found[heading] = normalise("\n".join(lines))
            heading, lines = m.group(1).strip(), []
        else:
            lines.append(line)
    if heading is not None:
        found[heading] = normalise("\n".join(lines))
    return found


def citations():
    if not BUILD.is_dir():
        pytest.skip("no built cases: make all")
    for c in cases.collect(BUILD):
        for src in c.sources():
            if src and src.get("doc") == "seed":
                yield c.id, src.get("section", "")


def test_every_seed_quote_is_verbatim_under_a_real_heading():
    text = sections()
    bad = []
    for case_id, section in citations():
        heading, sep, quote = section.partition(": ")
        if not sep or heading not in text:
            bad.append(f"{case_id}: no heading {heading!r} in the tutorial")
        elif normalise(quote) not in text[heading]:
            bad.append(f"{case_id}: under {heading!r} the tutorial does not say {quote!r}")
    assert not bad, "\n".join(bad)
