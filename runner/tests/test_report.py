"""The claims ledger: summary lines per document, the document's errors
shown as such, and an HTML page that a real browser renders on its own."""

import re
import shutil
import subprocess

import pytest

from runner import report, results

ENV = {"os": "Linux", "kernel_release": "6.18.44-x", "hostname": "box"}
CASES = {
    "listen_refused": {"claim": "a full queue refuses with ECONNREFUSED", "key": "errno",
                       "source": {"doc": "seed", "section": "listen()"}},
    "eof_read": {"claim": "read returns 0 at EOF", "source": {"doc": "seed", "section": "read()"}},
    "posix_eof": {"claim": "read returns 0", "source": {"doc": "posix", "section": "read()"}},
    "man_buf": {"claim": "buffers <script>doubled</script>", "key": "sndbuf",
                "source": {"doc": "man:socket(7)", "section": "SO_SNDBUF"}},
    "selftest_x": {"claim": "not a claim", "source": {"doc": "selftest", "section": ""}},
}


def item(case, kind, outcome, judgement="ok", **obs):
    return {"case": case, "kind": kind, "outcome": outcome, "judgement": judgement,
            "message": f"{case} message", "observations": obs}


def results_doc(release="6.18.44-x", man_outcome="deviates"):
    items = [item("listen_refused", "inet_stream", "deviates", "expected", errno="EINPROGRESS"),
             item("listen_refused", "unix_stream", "holds"),
             item("eof_read", "inet_stream", "holds"),
             item("eof_read", "inet6_stream", "unsupported"),
             item("posix_eof", "inet_stream", "holds"),
             item("man_buf", "inet_stream", man_outcome, "unexpected", sndbuf=4096),
             item("selftest_x", "inet_stream", "deviates")]
    d = results.document({**ENV, "kernel_release": release}, "host", items, [])
    d["cases"] = CASES
    return d


def test_summary_per_document():
    lines = report.summary_lines(report.build([results_doc()]), [results_doc()])
    assert lines == [
        "tutorial: 1 of 2 claims hold on Linux 6.18; 1 where the document is wrong",
        "POSIX.1: 1 of 1 claims hold on Linux 6.18",
        "Linux man pages: 0 of 1 claims hold on Linux 6.18; 1 unexpected deviations",
    ]


def test_documents_error_is_not_the_kernels():
    text = report.render_text([results_doc()])
    assert "document wrong: EINPROGRESS" in text
    assert "DEVIATES: 4096" in text
    assert "selftest_x" not in text


def test_two_kernels_side_by_side():
    docs = [results_doc(), results_doc("6.1.0-27-cloud-amd64", man_outcome="holds")]
    md = report.render_markdown(docs)
    assert "Linux 6.1.0-27-cloud-amd64" in md
    assert "Linux man pages: 1 of 1 claims hold on Linux 6.1 (Linux 6.1.0-27-cloud-amd64)" in md


def test_html_is_self_contained_and_escaped():
    page = report.render_html([results_doc()])
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "<script" not in page
    assert "&lt;script&gt;doubled&lt;/script&gt;" in page


def _browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def test_html_renders_in_a_headless_browser(tmp_path):
    browser = _browser()
    if not browser:
        pytest.skip("no chromium: install it with: sudo apt-get install -y chromium")
    page = tmp_path / "ledger.html"
    page.write_text(report.render_html([results_doc()]), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], capture_output=True,
                         text=True, timeout=120).stdout
    assert '<li>tutorial: 1 of 2 claims hold on Linux 6.18; 1 where the document is wrong</li>' in dom
    assert dom.count("<table>") == 3 and 'id="listen_refused"' in dom
    shot = tmp_path / "ledger.png"
    subprocess.run([browser, *flags, f"--screenshot={shot}", "--window-size=1200,900", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 5000


def test_a_listed_deviation_from_a_standard_is_the_kernels():
    d = results_doc()
    d["results"].append(item("posix_eof", "unix_stream", "deviates", "expected", errno="EPIPE"))
    text = report.render_text([d])
    assert "POSIX.1: 0 of 1 claims hold on Linux 6.18; 1 known deviations of the kernel" in text
    assert "known deviation: posix_eof message" in text
