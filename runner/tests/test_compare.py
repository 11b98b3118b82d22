"""runner compare: the matrix, its three renderings, baselines and
regressions, bad input files, and never overwriting without --force."""

import html.parser
import json
import os

import pytest

from runner import cli, compare, errors, results


def item(case, kind, outcome, value=None, judgement="", message=""):
    r = {"case": case, "kind": kind, "outcome": outcome, "message": message,
         "observations": {} if value is None else {"cap": value}}
    if judgement:
        r["judgement"] = judgement
    return r


def doc(target, items, kernel="6.1.0", host="box", complete=True):
    env = {"hostname": host, "kernel_release": kernel, "os": "Linux", "sysctls": {}}
    d = results.document(env, target, items, [], complete)
    d["cases"] = {"alpha": {"claim": "a", "key": "cap", "kinds": ["inet_stream"]},
                  "beta": {"claim": "b", "kinds": ["inet_stream", "unix_stream"]}}
    return d


def write(tmp_path, name, d):
    p = tmp_path / name
    results.write(p, d)
    return str(p)


@pytest.fixture
def files(tmp_path):
    base = doc("host", [item("alpha", "inet_stream", "holds", 5), item("beta", "inet_stream", "holds"),
                        item("beta", "unix_stream", "holds")])
    other = doc("netns:small", [item("alpha", "inet_stream", "holds", 17),
                                item("beta", "inet_stream", "crash", message="killed by SIGSEGV"),
                                item("beta", "unix_stream", "holds")])
    return write(tmp_path, "a.json", base), write(tmp_path, "b.json", other)


def test_matrix_puts_differing_rows_first(files):
    m = compare.build(compare.load(files, "."))
    assert [c.label for c in m.columns] == ["box 6.1.0 host", "box 6.1.0 netns:small"]
    assert [(r.case, r.kind, r.differs) for r in m.rows] == [
        ("beta", "inet_stream", "outcome"), ("alpha", "inet_stream", "value"), ("beta", "unix_stream", "")]
    assert [m.rows[1].text(i) for i in (0, 1)] == ["+ 5", "+ 17"]
    assert m.rows[0].text(1) == "C"
    assert m.regressions == []      # no baseline, no judgement


def test_missing_items_and_identical_labels(tmp_path, files):
    third = write(tmp_path, "c.json", doc("host", [item("alpha", "inet_stream", "holds", 5)]))
    m = compare.build(compare.load([files[0], third], "."))
    assert [c.label for c in m.columns] == ["box 6.1.0 host [a]", "box 6.1.0 host [c]"]
    beta = [r for r in m.rows if r.case == "beta"]
    assert all(r.differs == "outcome" and r.text(1) == "." for r in beta)


def test_text_rendering_and_colour(files):
    m = compare.build(compare.load(files, "."))
    plain = compare.render_text(m)
    assert "\033[" not in plain
    assert "-- outcomes differ: 1 items" in plain and "-- same on every column: 1 items" in plain
    assert "-- only the observed values differ: 1 items" in plain
    assert plain.index("beta tcp4") < plain.index("alpha tcp4") < plain.index("beta unix")
    assert "2 of 3 items differ between 2 results files (1 in outcome, 1 only in the observed value)" in plain
    assert "\033[31;1mC\033[0m" in compare.render_text(m, colour=True)


def test_markdown_and_html(files):
    m = compare.build(compare.load(files, "."), baseline=(files[0], results.read(files[0])))
    md = compare.render_markdown(m)
    assert "| ≈ | alpha | tcp4 | `+ 5` | `+ 17` |" in md
    assert "| ≠ | beta | tcp4 | `+` | `C` |" in md
    assert "Regressions against the baseline: 1" in md
    assert md.index("| ≠ | beta | tcp4") < md.index("<details><summary>1 items the same") < md.index("beta | unix")
    page = compare.render_html(m)
    assert page.startswith("<!DOCTYPE html>") and "http" not in page.replace("charset", "")
    assert 'title="crash: killed by SIGSEGV"' in page

    class Check(html.parser.HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.cells = [], 0

        def handle_starttag(self, tag, attrs):
            if tag not in ("meta", "br"):
                self.stack.append(tag)
            self.cells += tag == "td"
            assert tag not in ("script", "link", "img")     # self-contained

        def handle_endtag(self, tag):
            assert self.stack.pop() == tag

    p = Check()
    p.feed(page)
    assert p.stack == [] and p.cells == 3 * (2 + 2 + 1)     # case, kind, 2 columns, first change


def test_baseline_regressions_exit_failed(files, capsys):
    rc = cli.main(["compare", "--baseline", files[0], *files])
    out, err = capsys.readouterr()
    assert rc == errors.FAILED
    assert "regression: beta inet_stream on box 6.1.0 netns:small: + in the baseline, now C" in err
    assert "alpha" not in err        # a changed value that still holds is no regression
    assert out.count("[1]") >= 1 and "(baseline)" in out


def test_baseline_with_no_regression_is_ok(files, capsys):
    assert cli.main(["compare", "--baseline", files[0], files[0]]) == errors.OK
    assert "no regressions against the baseline" in capsys.readouterr().out


def test_deviation_now_counts_even_if_expected(tmp_path, files):
    dev = write(tmp_path, "d.json", doc("x", [item("beta", "unix_stream", "deviates", judgement="expected")]))
    m = compare.build(compare.load([dev], "."), baseline=(files[0], results.read(files[0])))
    assert [(r.case, r.kind) for r in m.regressions] == [("beta", "unix_stream")]


@pytest.mark.parametrize("content,status", [
    ('{"format": "sockconf-results", "version": 1, "resu', errors.BAD_RESULTS),
    ("not json", errors.BAD_RESULTS),
    ('{"hello": 1}', errors.BAD_RESULTS),
    ('{"format": "sockconf-results", "version": 99}', errors.FUTURE_RESULTS),
])
def test_bad_files_give_one_line_and_their_status(tmp_path, files, capsys, content, status):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert cli.main(["compare", files[0], str(bad)]) == status
    err = capsys.readouterr().err.strip()
    assert err.startswith("sockconf: ") and "\n" not in err and "bad.json" in err
    assert cli.main(["compare", "--baseline", str(bad), files[0]]) == status


def test_out_refuses_to_overwrite_without_force(tmp_path, files, capsys):
    out = tmp_path / "cmp.html"
    assert cli.main(["compare", "--out", str(out), *files]) == errors.OK
    assert out.read_text().startswith("<!DOCTYPE html>")
    out.write_text("mine")
    assert cli.main(["compare", "--out", str(out), *files]) == errors.USAGE
    assert out.read_text() == "mine"
    assert "exists" in capsys.readouterr().err
    assert cli.main(["compare", "--out", str(out), "--force", "--format", "md", *files]) == errors.OK
    assert out.read_text().startswith("## sockconf comparison")


def test_default_files_are_results_folder(tmp_path, monkeypatch, files):
    (tmp_path / "results").mkdir()
    for f in files:
        os.replace(f, tmp_path / "results" / os.path.basename(f))
    m = compare.build(compare.load([], tmp_path))
    assert len(m.columns) == 2
    with pytest.raises(Exception) as e:
        compare.load([], tmp_path / "nowhere")
    assert getattr(e.value, "status", None) == errors.USAGE
    json.dumps(compare.render_markdown(m))      # plain text, serialisable for CI summaries


def kdoc(target, kernel, version, value, rev="abc123"):
    d = doc(target, [item("alpha", "inet_stream", "holds", value)], kernel=kernel)
    d["environment"]["kernel_version"] = f"#1 SMP PREEMPT_DYNAMIC Debian {version}-1 (2026-01-01)"
    d["environment"]["suite_revision"] = rev
    return d


def test_columns_by_kernel_version_and_the_first_change(tmp_path):
    paths = [write(tmp_path, f"{n}.json", kdoc(t, k, v, val)) for n, t, k, v, val in (
        ("a", "qemu:7.2", "7.2.13+deb14-cloud-amd64", "7.2.13", 8),
        ("b", "qemu:5.10", "5.10.0-46-cloud-amd64", "5.10.262", 4),
        ("c", "qemu:6.12", "6.12.118+deb13-cloud-amd64", "6.12.118", 8),
        ("d", "qemu:6.1", "6.1.0-56-cloud-amd64", "6.1.192", 4))]
    m = compare.build(compare.load(paths, "."))
    assert [c.target for c in m.columns] == ["qemu:5.10", "qemu:6.1", "qemu:6.12", "qemu:7.2"]
    assert [c.kernel for c in m.columns] == ["5.10.262", "6.1.192", "6.12.118", "7.2.13"]
    row = m.rows[0]
    assert row.differs == "value" and row.changes_at == 2     # between [2] 6.1 and [3] 6.12
    text = compare.render_text(m)
    assert "[3] qemu:6.12" in text and "[2]→[3]" in text       # no name cut to look like another
    assert "| `+ 4` | `+ 4` | `+ 8` | `+ 8` | [2]→[3] |" in compare.render_markdown(m)
    given = compare.build(compare.load(paths, ".", order="given"))
    assert [c.target for c in given.columns][0] == "qemu:7.2"


def test_a_long_target_name_is_cut_visibly():
    m = compare.Matrix([compare.Column("p", doc("layer:qemu-user:arm64-and-much-more", []))], [])
    top, low, width = compare._heads(m)[0]
    assert top.endswith("…") and width >= len(top) + 2


def test_mixed_suite_revisions_and_dirty_trees_are_warned_about(tmp_path, capsys):
    a = write(tmp_path, "a.json", kdoc("host", "6.1.0", "6.1.1", 1, rev="abc123"))
    b = write(tmp_path, "b.json", kdoc("qemu:7.2", "7.2.0", "7.2.1", 1, rev="def456+dirty"))
    m = compare.build(compare.load([a, b], "."))
    assert m.warnings == ["columns come from different suite revisions: abc123 in [1]; def456 in [2]",
                          "[2] ran from a tree with uncommitted changes (+dirty)"]
    assert cli.main(["compare", a, b]) == errors.OK
    assert "warning: columns come from different suite revisions" in capsys.readouterr().out
    same = compare.build(compare.load([a, a], "."))
    assert same.warnings == []
