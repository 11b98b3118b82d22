"""Results files: written sorted and atomically, read back, and every bad
file refused with a one-line reason and its own exit status."""

import json

import pytest

from runner import errors, results
from runner.errors import SockconfError
from runner.table import render

ENV = {"os": "Linux", "kernel_release": "6.1.0-27-cloud-amd64", "hostname": "box"}


def doc(items=None, complete=True):
    items = items or [
        {"case": "b", "kind": "unix_stream", "outcome": "holds", "observations": {"cap": 2}},
        {"case": "a", "kind": "inet_stream", "outcome": "deviates", "judgement": "expected",
         "observations": {"cap": 5}},
    ]
    d = results.document(ENV, "host", items, [], complete)
    d["cases"] = {"a": {"claim": "A", "key": "cap"}, "b": {"claim": "B", "key": "cap"}}
    return d


def test_round_trip_sorted(tmp_path):
    path = tmp_path / "r.json"
    results.write(path, doc())
    back = results.read(path)
    assert [r["case"] for r in back["results"]] == ["a", "b"]
    assert path.read_text() == results.dumps(back)


def test_default_name_from_machine_kernel_and_target():
    assert results.default_name(ENV) == "box-6.1.0-27-cloud-amd64.json"
    assert results.default_name(ENV, "netns:small") == "box-6.1.0-27-cloud-amd64-netns-small.json"


@pytest.mark.parametrize("content,status,words", [
    ('{"format": "sockconf-results", "version": 1, "resu', errors.BAD_RESULTS, "truncated"),
    ('{"format": "sockconf-results", "version": 1,, }', errors.BAD_RESULTS, "corrupt"),
    ('{"name": "package.json"}', errors.BAD_RESULTS, "not a sockconf results file"),
    ('[1, 2, 3]', errors.BAD_RESULTS, "not a sockconf results file"),
    ('{"format": "sockconf-results", "version": 99, "environment": {}, "results": [], "cases": {}}',
     errors.FUTURE_RESULTS, "newer"),
    ('{"format": "sockconf-results", "version": 1, "environment": {}, "results": [{}], "cases": {}}',
     errors.BAD_RESULTS, "lacks case"),
    ('\xff\xfe', errors.BAD_RESULTS, "corrupt"),
])
def test_bad_files_are_refused(tmp_path, content, status, words):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(SockconfError) as e:
        results.read(path)
    assert e.value.status == status and words in str(e.value)
    assert "\n" not in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(SockconfError) as e:
        results.read(tmp_path / "nope.json")
    assert e.value.status == errors.BAD_RESULTS


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "r.json"
    results.write(path, doc())
    before = path.read_text()
    monkeypatch.setattr(results, "dumps", lambda d: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        results.write(path, doc())
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_table_shows_marks_and_key_values():
    text = render(doc(), colour=False)
    lines = text.splitlines()
    assert lines[0].split() == ["case", "tcp4", "unix"]
    assert lines[1].split() == ["a", "~", "5", "."]
    assert lines[2].split() == ["b", ".", "+", "2"]
    assert "2 cases, 2 rows, 2 items: 1 hold, 1 deviate as expected" in text


def test_incomplete_flag_is_kept(tmp_path):
    path = tmp_path / "r.json"
    results.write(path, doc(complete=False))
    assert json.loads(path.read_text())["complete"] is False
