"""The claims ledger: the matrix of documents and kernels, one line per
document (a catalogued man page by its entries), a claim counted under
every document it cites, the document's errors shown as such, and an HTML
page that a real browser renders on its own, Chinese quotes included."""

import os
import re
import shutil
import subprocess

import pytest

from runner import catalogue, report, results
from runner.cases import ROOT

ENV = {"os": "Linux", "kernel_release": "6.18.44-x", "hostname": "box"}
CASES = {
    "listen_refused": {"claim": "a full queue refuses with ECONNREFUSED", "key": "errno",
                       "source": {"doc": "seed", "section": "listen() 函数: 请求队列满了就拒绝"},
                       "also": {"doc": "posix", "section": "listen(): [ECONNREFUSED]"}},
    "eof_read": {"claim": "read returns 0 at EOF", "source": {"doc": "seed", "section": "read()"}},
    "posix_eof": {"claim": "read returns 0", "source": {"doc": "posix", "section": "read()"}},
    "man_buf": {"claim": "buffers <script>doubled</script>", "key": "sndbuf",
                "source": {"doc": "man:socket(7)", "section": "SO_SNDBUF: doubled"},
                "also": [{"doc": "rfc:793", "section": "3.7"}]},
    "ebadf": {"claim": "a call on a closed descriptor fails with EBADF",
              "source": {"doc": "posix", "section": "EBADF"},
              "variants": [{"name": "rcvbuf", "source": {"doc": "man:socket(7)", "section": "SO_RCVBUF: x"}},
                           {"name": "plain"}]},
    "selftest_x": {"claim": "not a claim", "source": {"doc": "selftest", "section": ""}},
}
PAGE = """.TH socket 7 2023-01-01 "Linux man-pages 6.03"
.SH DESCRIPTION
.SS Socket options
.TP
.B SO_SNDBUF
Send buffer.
.TP
.B SO_RCVBUF
Receive buffer.
.TP
.B SO_DEBUG
Debugging.
.TP
.B SO_FOO
Gone.
"""


def item(case, kind, outcome, judgement="ok", variant=None, **obs):
    r = {"case": case, "kind": kind, "outcome": outcome, "judgement": judgement,
         "message": f"{case} message", "observations": obs}
    if variant:
        r["variant"] = variant
    return r


def results_doc(release="6.18.44-x", man_outcome="deviates", target="host"):
    items = [item("listen_refused", "inet_stream", "deviates", "expected", errno="EINPROGRESS"),
             item("listen_refused", "unix_stream", "holds"),
             item("eof_read", "inet_stream", "holds"),
             item("eof_read", "inet6_stream", "unsupported"),
             item("posix_eof", "inet_stream", "holds"),
             item("man_buf", "inet_stream", man_outcome, "unexpected" if man_outcome == "deviates" else "ok",
                  sndbuf=4096),
             item("ebadf", "inet_stream", "holds", variant="rcvbuf"),
             item("ebadf", "inet_stream", "holds", variant="plain"),
             item("selftest_x", "inet_stream", "deviates")]
    d = results.document({**ENV, "kernel_release": release}, target, items, [])
    d["cases"] = CASES
    return d


@pytest.fixture
def cat(tmp_path):
    (tmp_path / "man" / "man7").mkdir(parents=True)
    (tmp_path / "man" / "man7" / "socket.7").write_text(PAGE)
    (tmp_path / "ann").mkdir()
    (tmp_path / "ann" / "socket.7.toml").write_text('[entries]\nSO_FOO = { untestable = "removed" }\n')
    return catalogue.build(CASES, pages=("socket.7",), man_dir=tmp_path / "man", ann_dir=tmp_path / "ann")


def test_item_name():
    assert results.item_name({"case": "a", "kind": "k"}) == "a"
    assert results.item_name({"case": "a", "kind": "k", "variant": "bind"}) == "a.bind"


def test_one_line_per_document(cat):
    docs = [results_doc()]
    assert report.summary_lines(report.summaries(docs, cat)) == [
        "tutorial: 2 claims, 2 checked (1 hold, 1 where the document is wrong)",
        "POSIX.1: 3 claims, 3 checked (2 hold, 1 known deviations of the kernel)",
        "man:socket(7): 4 entries, 2 checked (1 hold, 1 unexpected deviations), 1 untestable; 1 uncovered",
        "RFC 793: 1 claim, 1 checked (0 hold, 1 unexpected deviations)",
    ]


def test_a_claim_stands_under_every_document_it_cites(cat):
    ledger = report.build([results_doc()])
    assert [r.name for r, _, _ in ledger["tutorial"]] == ["eof_read", "listen_refused"]
    assert [r.name for r, _, _ in ledger["POSIX.1"]] == ["ebadf.plain", "listen_refused", "posix_eof"]
    assert [r.name for r, _, _ in ledger["Linux man pages"]] == ["ebadf.rcvbuf", "man_buf"]
    labels = {title: [v.label for _, _, vs in rows for v in vs] for title, rows in ledger.items()}
    assert labels["tutorial"] == ["holds", "document wrong"]
    assert labels["POSIX.1"] == ["holds", "known deviation", "holds"]


def test_matrix_documents_by_kernels(cat):
    docs = [results_doc(), results_doc("6.1.0-27-cloud-amd64", man_outcome="holds", target="qemu:6.1-cloud")]
    m = report.matrix(report.summaries(docs, cat), docs)
    assert m == [["tutorial", "1/2", "1/2"],
                 ["POSIX.1", "2/3", "2/3"],
                 ["man:socket(7)", "1/2", "2/2"],
                 ["RFC 793", "0/1", "1/1"]]
    text = report.render_text(docs, cat)
    assert text.startswith("holds/checked per document")
    assert "man:socket(7)  1/2  2/2" in text
    assert "2 = Linux 6.1.0-27-cloud-amd64 [qemu:6.1-cloud]" in text
    md = report.render_markdown(docs, cat)
    assert "| document | Linux 6.18.44-x | Linux 6.1.0-27-cloud-amd64 [qemu:6.1-cloud] |" in md
    assert "| man:socket(7) | 1/2 | 2/2 |" in md
    assert md.index("| document |") < md.index("- tutorial: 2 claims") < md.index("## tutorial")


def test_without_the_man_pages_they_count_by_claims(monkeypatch):
    monkeypatch.setattr(catalogue, "MAN_DIR", ROOT / "no-such-dir")
    text = report.render_text([results_doc()])
    assert "man:socket(7): 2 claims, 2 checked (1 hold, 1 unexpected deviations)" in text
    assert "(man pages counted by claims: the man page socket.7 is not installed" in text


def test_documents_error_is_not_the_kernels(cat):
    text = report.render_text([results_doc()], cat)
    assert "document wrong: EINPROGRESS" in text
    assert "DEVIATES: 4096" in text
    assert "selftest_x" not in text
    assert "ebadf.rcvbuf  [man:socket(7): SO_RCVBUF: x]" in text


def test_html_is_self_contained_and_escaped(cat):
    page = report.render_html([results_doc()], cat=cat)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "<script" not in page
    assert "&lt;script&gt;doubled&lt;/script&gt;" in page
    assert '<span lang=zh-Hans>seed: listen() 函数: 请求队列满了就拒绝</span>' in page


# ---- a real browser -----------------------------------------------------------

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
CJK_PACKAGE = "fonts-wqy-zenhei"


def _browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _chromium(browser, tmp_path, *args):
    profile = tmp_path / f"profile{len(list(tmp_path.glob('profile*')))}"
    return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def _cjk_families():
    """The CJK font families fontconfig knows, installing Debian's
    when there is none (as runner/deps installs everything else)."""
    def families():
        out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
        return {f.strip() for line in out.splitlines() for f in line.split(",")}
    if shutil.which("fc-list") is None:
        pytest.skip("no fontconfig (fc-list): install it with: sudo apt-get install -y fontconfig")
    if not families():
        proc = subprocess.run([str(ROOT / "runner" / "deps")], capture_output=True, text=True,
                              env={**os.environ, "SOCKCONF_EXTRA_PKGS": CJK_PACKAGE})
        if proc.returncode != 0 or not families():
            pytest.skip(f"no CJK font and none installed ({proc.stderr.strip()[-200:]}): "
                        f"sudo apt-get install -y {CJK_PACKAGE}")
    return families()


def test_html_renders_in_a_headless_browser(tmp_path, cat):
    browser = _browser()
    if not browser:
        pytest.skip("no chromium: install it with: sudo apt-get install -y chromium")
    page = tmp_path / "ledger.html"
    page.write_text(report.render_html([results_doc()], cat=cat), encoding="utf-8")
    dom = _chromium(browser, tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "<li>tutorial: 2 claims, 2 checked (1 hold, 1 where the document is wrong)</li>" in dom
    assert 'id="matrix"' in dom and dom.count("<table") == 5 and 'id="listen_refused"' in dom


def test_chinese_quotes_are_visible(tmp_path, cat):
    """The page names an installed CJK font, Chromium draws the quotes
    with it (the PDF it prints embeds that font), and the screenshot
    differs from one where every CJK character is replaced by a code
    point no font has, that is from what a machine without the font shows."""
    browser = _browser()
    if not browser:
        pytest.skip("no chromium: install it with: sudo apt-get install -y chromium")
    installed = _cjk_families()
    html_text = report.render_html([results_doc()], cat=cat)
    named = set(re.findall(r'"([^"]+)"', report.FONTS))
    assert named & installed, f"the page's fonts {sorted(named)} include none of the installed {sorted(installed)}"

    page = tmp_path / "ledger.html"
    page.write_text(html_text, encoding="utf-8")
    pdf = tmp_path / "ledger.pdf"
    _chromium(browser, tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    fonts = set(re.findall(rb"/FontName\s*/[A-Z]{6}\+([A-Za-z0-9-]+)", pdf.read_bytes()))
    cjk_fonts = {f.decode() for f in fonts} & {n.replace(" ", "") for n in installed}
    assert cjk_fonts, f"the quotes were drawn without a CJK font (the PDF embeds {sorted(fonts)})"

    blind = tmp_path / "blind.html"
    blind.write_text(report.CJK.sub("\u0378", html_text), encoding="utf-8")
    shots = []
    for p in (page, blind):
        shot = tmp_path / f"{p.stem}.png"
        _chromium(browser, tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", p.as_uri())
        assert shot.exists() and shot.stat().st_size > 5000
        shots.append(shot.read_bytes())
    assert shots[0] != shots[1], "the quotes look the same as characters no font has: they are not visible"


def test_a_listed_deviation_from_a_standard_is_the_kernels(cat):
    d = results_doc()
    d["results"].append(item("posix_eof", "unix_stream", "deviates", "expected", errno="EPIPE"))
    text = report.render_text([d], cat)
    assert "POSIX.1: 3 claims, 3 checked (1 hold, 2 known deviations of the kernel)" in text
    assert "known deviation: posix_eof message" in text
