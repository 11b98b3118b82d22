"""The emulated-kernel targets without booting anything: the initramfs
archive, the results stream, the vmlinux extraction, kernel resolution,
and a fake emulator that finishes, hangs or never boots.  One real boot
runs only with SOCKCONF_BOOT_TESTS=1 (make check-qemu boots for real)."""

import base64
import gzip
import io
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
from collections import namedtuple

import pytest

from runner import cases, kernels
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError
from runner.targets import is_batch, make
from runner.targets import qemu
from runner.tests.fakes import make_case


def parse_newc(data):
    """{name: (mode, bytes, rdevmajor, rdevminor)} of a newc archive."""
    out, at = {}, 0
    while True:
        hdr = data[at:at + 110]
        assert hdr[:6] == b"070701"
        f = [int(hdr[6 + 8 * i:14 + 8 * i], 16) for i in range(13)]
        mode, size, rmaj, rmin, namesize = f[1], f[6], f[9], f[10], f[11]
        name = data[at + 110:at + 110 + namesize - 1].decode()
        at += 110 + namesize
        at += -at % 4
        body = data[at:at + size]
        at += size + (-size % 4)
        if name == "TRAILER!!!":
            return out
        out[name] = (mode, body, rmaj, rmin)


def test_cpio_holds_files_dirs_links_and_nodes():
    c = qemu.Cpio()
    c.file("a/b/c.txt", b"hello", 0o755)
    c.symlink("lib/x.so", "/usr/lib/x.so.1")
    c.chardev("dev/console", 5, 1)
    got = parse_newc(c.bytes())
    assert got["a"][0] == 0o040755 and got["a/b"][0] == 0o040755
    assert got["a/b/c.txt"] == (0o100755, b"hello", 0, 0)
    assert got["lib/x.so"][0] == 0o120777 and got["lib/x.so"][1] == b"/usr/lib/x.so.1"
    assert got["dev/console"] == (0o020600, b"", 5, 1)


def _block(what, payload):
    b64 = base64.encodebytes(gzip.compress(payload)).decode()
    return f"{qemu.BEGIN}{what}\r\n" + b64.replace("\n", "\r\n") + f"{qemu.END}{what}\r\n"


def _case_tar(case_id, files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for ext, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(f"{case_id}{ext}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_split_channel_unpacks_items_and_probe_and_drops_a_cut_block(tmp_path):
    verdict = '{"ev":"verdict","kind":"inet_stream","outcome":"holds"}\n'
    text = (_block("probe", b"os=Linux\nkernel_release=6.1.0-test\n")
            + _block("case c1", _case_tar("c1", {".jsonl": verdict, ".rc": "0\n"}))
            + f"{qemu.BEGIN}case c2\r\nH4sIAAAA")          # the guest died here
    probe, done = qemu.split_channel(text, tmp_path)
    assert "kernel_release=6.1.0-test" in probe and not done
    assert (tmp_path / "c1.rc").read_text() == "0\n"
    assert not list(tmp_path.glob("c2.*"))
    _, done = qemu.split_channel(text.rsplit(qemu.BEGIN, 1)[0] + qemu.DONE + "\n", tmp_path)
    assert done


ELF = b"\x7fELF" + bytes(range(256)) * 64


@pytest.mark.parametrize("method", ["gzip", "xz", "bzip2", "lz4", "zstd"])
def test_extract_vmlinux_finds_the_compressed_elf(tmp_path, method):
    import bz2
    if method in kernels.TOOLS and shutil.which(kernels.TOOLS[method][0]) is None:
        pytest.skip(f"{kernels.TOOLS[method][0]} not installed (apt-get install {method})")
    packed = {
        "gzip": lambda d: gzip.compress(d),
        "xz": lambda d: lzma.compress(d, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32),
        "bzip2": bz2.compress,
        "lz4": lambda d: subprocess.run(["lz4", "-l", "-c"], input=d, capture_output=True).stdout,
        "zstd": lambda d: subprocess.run(["zstd", "-c", "-q"], input=d, capture_output=True).stdout,
    }[method](ELF)
    # a setup header with a decoy magic, the payload, then trailing bytes
    image = b"MZ" + b"\0" * 500 + b"\x1f\x8b\x08decoy" + b"\0" * 100 + packed + b"\xaa" * 300
    p = tmp_path / "vmlinuz"
    p.write_bytes(image)
    assert kernels.extract_vmlinux(p) == ELF


def test_extract_vmlinux_says_when_there_is_no_kernel(tmp_path):
    p = tmp_path / "vmlinuz"
    p.write_bytes(b"not a kernel" * 100)
    with pytest.raises(SockconfError) as e:
        kernels.extract_vmlinux(p)
    assert e.value.status == TARGET



def test_unknown_kernel_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path))
    with pytest.raises(SockconfError) as e:
        kernels.kernel_dir("5.10-nonesuch")
    assert e.value.status == USAGE


def test_qemu_and_uml_are_batch_targets():
    assert is_batch("qemu:6.1-cloud") and is_batch("uml") and not is_batch("host")
    assert not is_batch("layer:strace") and not is_batch("host:i386")


def test_qemu_target_names_the_fetch_command_for_a_missing_kernel(tmp_path, monkeypatch):
    if shutil.which("qemu-system-x86_64") is None or shutil.which("busybox") is None:
        pytest.skip("qemu-system-x86 or busybox-static not installed")
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path))
    with pytest.raises(SockconfError) as e:
        make("qemu:6.12")
    assert e.value.status == TARGET and "make kernels KERNELS=6.12" in str(e.value)


def test_qemu_target_names_the_package_when_qemu_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SockconfError) as e:
        make("qemu:6.1-cloud")
    assert e.value.status == MISSING_TOOL and "apt-get install -y qemu-system-x86" in str(e.value)


# ------------------------------------------------- a fake emulator

FAKE_GUEST = textwrap.dedent('''\
    import base64, gzip, io, sys, tarfile, time
    chan, behaviour, items = sys.argv[1], sys.argv[2], sys.argv[3:]
    def block(what, payload):
        with open(chan, "a") as f:
            f.write("SOCKCONF-BEGIN %s\\n%sSOCKCONF-END %s\\n"
                    % (what, base64.encodebytes(gzip.compress(payload)).decode(), what))
    if behaviour == "noboot":
        print("Kernel panic - not syncing: VFS: Unable to mount root", flush=True)
        sys.exit(1)
    block("probe", b"os=Linux\\nkernel_release=9.9.9-fake\\nsysctl.net.core.somaxconn=4096\\n")
    print("sockconf-guest: probe sent", flush=True)
    for n, item in enumerate(items, 1):
        cid, kind = item.split("/")
        if behaviour == "hang" and n == 2:
            time.sleep(3600)
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for ext, text in ((".jsonl", '{"ev":"obs","kind":"%s","name":"capacity","value":7}\\n'
                                         '{"ev":"verdict","kind":"%s","outcome":"holds"}\\n' % (kind, kind)),
                              (".rc", "0\\n")):
                info = tarfile.TarInfo(cid + ext)
                info.size = len(text)
                tar.addfile(info, io.BytesIO(text.encode()))
        block("case %s" % cid, buf.getvalue())
        print("case %d/%d %s 0" % (n, len(items), cid), flush=True)
    with open(chan, "a") as f:
        f.write("SOCKCONF-DONE\\n")
''')


class FakeGuest(qemu.GuestBatch):
    group_grace = 0
    stall_grace = 2
    boot_bound = 5

    def __init__(self, behaviour, script, **kw):
        super().__init__(**kw)
        self.name = "fake"
        self.behaviour, self.script = behaviour, script

    def mult(self):
        return 1

    def start(self, initrd, chan, mult):
        assert initrd.read_bytes()[:6] == b"070701"
        items = [f"{c.id}/{k}" for c, _, k in self._items]
        self.command = [sys.executable, str(self.script), str(chan), self.behaviour, *items]
        return subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@pytest.fixture
def fake_items(tmp_path):
    if shutil.which("busybox") is None:
        pytest.skip("busybox not installed (apt-get install busybox-static): the initramfs needs it")
    bins = tmp_path / "cases"
    bins.mkdir()
    for cid in ("c1", "c2", "c3"):
        make_case(str(bins), cid, kinds=("inet_stream",), timeout=1)
    script = tmp_path / "guest.py"
    script.write_text(FAKE_GUEST)
    found = cases.collect(bins)
    return [(c, "", "inet_stream") for c in found], script


def _target(behaviour, fake_items, tmp_path):
    items, script = fake_items
    t = FakeGuest(behaviour, script, root=tmp_path, build_dir=tmp_path)
    t.prepare(items)
    return t, items


def test_fake_guest_that_finishes_answers_every_item(fake_items, tmp_path):
    t, items = _target("ok", fake_items, tmp_path)
    env = t.environment()
    assert env["kernel_release"] == "9.9.9-fake" and env["sysctls"]["net.core.somaxconn"] == "4096"
    for c, v, k in items:
        r = t.run(c, k, v)
        assert r.outcome == "holds" and r.observations == {"capacity": 7}


def test_hung_guest_keeps_what_it_finished_and_crashes_the_rest(fake_items, tmp_path):
    t, items = _target("hang", fake_items, tmp_path)
    t.environment()
    got = [t.run(c, k, v) for c, v, k in items]
    assert got[0].outcome == "holds"
    assert [r.outcome for r in got[1:]] == ["crash", "crash"]
    assert got[1].message == "the target stopped before this item ran"
    assert "no progress" in got[1].detail


def test_guest_that_never_boots_is_a_target_error_with_its_console(fake_items, tmp_path):
    t, items = _target("noboot", fake_items, tmp_path)
    with pytest.raises(SockconfError) as e:
        t.run(items[0][0], items[0][2])
    assert e.value.status == TARGET and "Unable to mount root" in str(e.value)
    with pytest.raises(SockconfError):          # every later item says the same
        t.run(items[1][0], items[1][2])


@pytest.mark.skipif(os.environ.get("SOCKCONF_BOOT_TESTS") != "1",
                    reason="boots a real kernel (~15 s): set SOCKCONF_BOOT_TESTS=1, or run make check-qemu")
def test_real_boot_of_the_cloud_kernel():
    if kernels.fetched("6.1-cloud") is None:
        pytest.skip("kernel 6.1-cloud not fetched: make kernels KERNELS=6.1-cloud")
    build = cases.ROOT / os.environ.get("SC_BUILD", "build") / "cases"
    found = [c for c in cases.collect(build) if c.id.startswith("accept_")][:2]
    if not found:
        pytest.skip("no accept_* case built: make all")
    t = make("qemu:6.1-cloud", build_dir=str(build.parent))
    items = [(c, v, k) for c in found for v, k in c.items()]
    t.prepare(items)
    assert t.environment()["kernel_release"].startswith("6.1.")
    assert all(t.run(c, k, v).outcome in ("holds", "deviates", "unsupported") for c, v, k in items)


def test_batch_targets_run_without_xdist(monkeypatch):
    from runner import cli, targets
    made = []
    monkeypatch.setattr(targets, "make", lambda spec, **kw: made.append(spec))
    assert cli._jobs(8, "qemu:6.1-cloud") == 0 and made == ["qemu:6.1-cloud"]
    assert cli._jobs(8, "host") == 8


def _busybox_only_path(tmp_path):
    """A PATH holding nothing but busybox applets: the guest's userland."""
    bb = shutil.which("busybox")
    if bb is None:
        pytest.skip("busybox not installed (apt-get install busybox-static)")
    bindir = tmp_path / "bb"
    bindir.mkdir()
    applets = subprocess.run([bb, "--list"], capture_output=True, text=True).stdout.split()
    for a in applets:
        os.symlink(bb, bindir / a)
    return str(bindir)


def test_run_items_under_busybox_marks_a_killed_case_as_timeout(tmp_path):
    """busybox's timeout leaves the case's own status (143), not 124:
    run-items.sh must still report the bound, and so read_group a timeout."""
    path = _busybox_only_path(tmp_path)
    cases_dir = tmp_path / "cases"
    cases_dir.mkdir()
    hang = cases_dir / "hang"
    hang.write_text("#!/bin/sh\nexec sleep 60\n")
    hang.chmod(0o755)
    ok = cases_dir / "ok"
    ok.write_text('#!/bin/sh\nprintf \'{"ev":"start","kind":"unix_stream"}\\n'
                  '{"ev":"verdict","kind":"unix_stream","outcome":"holds"}\\n\' > "$4"\n')
    ok.chmod(0o755)
    items = tmp_path / "items"
    items.write_text("hang 0 1 unix_stream\nok 1 1 unix_stream\n")
    script = tmp_path / "run-items.sh"
    # the same script with the per-case slack cut from 10 s to 1 s
    script.write_text(qemu.batch.GUEST_SCRIPT.read_text().replace("+ 10 ))", "+ 1 ))"))
    out = subprocess.run([shutil.which("busybox"), "sh", str(script), str(cases_dir), str(items),
                          str(tmp_path / "out"), "1.5"], capture_output=True, text=True,
                         env={"PATH": path}, timeout=30)
    assert "case 1/2 hang 124" in out.stdout, out.stdout + out.stderr
    assert "case 2/2 ok 0" in out.stdout
    Case = namedtuple("Case", "id")
    got = qemu.batch.read_group(tmp_path / "out", Case("hang"), [("", "unix_stream")])
    assert got[("", "unix_stream")].outcome == "broken"      # killed before it started
    got = qemu.batch.read_group(tmp_path / "out", Case("ok"), [("", "unix_stream")])
    assert got[("", "unix_stream")].outcome == "holds"


def test_a_case_that_runs_alone_comes_last_and_runs_after_the_lanes(tmp_path):
    """items_file marks a case that runs alone ("!<case>") and puts it
    last; run-items.sh starts it only once every lane is done, so nothing
    runs beside it."""
    from runner.cases import Case
    src = {"doc": "d", "section": "s"}
    alone = Case("fills", "b", "c", src, ("unix_stream",), timeout=30, alone=True)
    other = Case("quick", "b", "c", src, ("unix_stream",))
    text = qemu.batch.items_file([(alone, "", "unix_stream"), (other, "", "unix_stream")])
    assert text.splitlines() == ["quick 5 1 unix_stream", "!fills 30 1 unix_stream"]

    path = _busybox_only_path(tmp_path)
    cases_dir = tmp_path / "cases"
    cases_dir.mkdir()
    log = tmp_path / "order"
    for name in ("fills", "slow", "quick"):
        script = cases_dir / name
        # slow stays busy for a while: the alone case must start after it ends
        body = "sleep 1\n" if name == "slow" else ""
        script.write_text(f"#!/bin/sh\necho start {name} >> {log}\n{body}echo end {name} >> {log}\n")
        script.chmod(0o755)
    items = tmp_path / "items"
    items.write_text("slow 5 1 unix_stream\nquick 5 1 unix_stream\n!fills 30 1 unix_stream\n")
    out = subprocess.run([shutil.which("busybox"), "sh", str(qemu.batch.GUEST_SCRIPT), str(cases_dir),
                          str(items), str(tmp_path / "out"), "1", "2"],
                         capture_output=True, text=True, env={"PATH": path}, timeout=30)
    assert "case 3/3 fills 0" in out.stdout, out.stdout + out.stderr
    order = log.read_text().split("\n")
    assert order.index("start fills") > max(order.index("end slow"), order.index("end quick"))
    assert (tmp_path / "out" / "fills.rc").read_text().strip() == "0"
