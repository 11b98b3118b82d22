"""Kernels by name from Debian's releases (a fake archive stands in for
apt), sid's split packaging, and a kernel the user built, by path."""

import gzip
import json
import struct

import pytest

from runner import archive, kernels
from runner.errors import TARGET, USAGE, SockconfError


class FakeArchive:
    """Dependencies and package contents of a pretend Debian suite."""
    deps = {}
    files = {}

    def __init__(self, suite, arch="amd64", **_):
        self.suite, self.arch = suite, arch

    def update(self, force=False):
        pass

    def depends(self, pkg):
        return self.deps[(self.suite, pkg)]


def fake_fetch_into(arch, pkgs, tree, work):
    got = {}
    for p in pkgs:
        for rel, data in FakeArchive.files.get(p, {}).items():
            path = tree / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        got[p] = "1.0"
    return got


def pvh_vmlinux():
    """An x86-64 ELF with one PT_NOTE holding the Xen PVH entry note."""
    note = struct.pack("<III", 4, 4, 18) + b"Xen\0" + b"\0\0\x10\0"
    phoff = 64
    ident = b"\x7fELF\x02\x01\x01" + b"\0" * 9
    head = ident + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0, phoff, 0, 0, 64, 56, 1, 64, 0, 0)
    ph = struct.pack("<IIQQQQQQ", 4, 4, phoff + 56, 0, 0, len(note), len(note), 4)
    return head + ph + note


def bzimage(release, payload):
    """A pretend bzImage: setup header with its version string, then the
    kernel gzip-compressed."""
    hdr = bytearray(0x400)
    hdr[0x202:0x206] = b"HdrS"
    struct.pack_into("<H", hdr, 0x20E, 0x300 - 0x200)
    text = release.encode() + b" (builder@host) #1 SMP\0"
    hdr[0x300:0x300 + len(text)] = text
    return bytes(hdr) + gzip.compress(payload) + b"\xaa" * 64


@pytest.fixture
def fake_debian(tmp_path, monkeypatch):
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path / "kernels"))
    monkeypatch.setattr(archive, "Archive", FakeArchive)
    monkeypatch.setattr(archive, "fetch_into", fake_fetch_into)
    abi = "7.2.13+deb14-cloud-amd64"
    FakeArchive.deps = {
        ("sid", "linux-image-cloud-amd64"): ["linux-base-cloud-amd64", f"linux-image-{abi}"],
        ("sid", f"linux-image-{abi}"): ["linux-base", "dracut", f"linux-base-{abi}",
                                        f"linux-binary-{abi}", f"linux-modules-{abi}"],
        ("bullseye", "linux-image-cloud-amd64"): ["linux-image-5.10.0-46-cloud-amd64"],
        ("bullseye", "linux-image-5.10.0-46-cloud-amd64"): ["kmod", "linux-base"],
    }
    FakeArchive.files = {
        f"linux-binary-{abi}": {f"usr/lib/modules/{abi}/vmlinuz": bzimage(abi, pvh_vmlinux())},
        f"linux-modules-{abi}": {f"usr/lib/modules/{abi}/kernel/net/sctp/sctp.ko.xz": b""},
        f"linux-base-{abi}": {f"usr/lib/modules/{abi}/modules.builtin": b""},
        "linux-image-5.10.0-46-cloud-amd64": {
            "boot/vmlinuz-5.10.0-46-cloud-amd64": bzimage("5.10.0-46-cloud-amd64", pvh_vmlinux()),
            "lib/modules/5.10.0-46-cloud-amd64/kernel/net/tipc/tipc.ko": b""},
    }
    return tmp_path


def test_sid_kernel_follows_the_split_packages(fake_debian):
    logs = []
    k = kernels.fetch("7.2", log=logs.append)
    assert k.release == "7.2.13+deb14-cloud-amd64" and k.arch == "amd64" and k.suite == "sid"
    assert sorted(k.packages) == sorted(f"linux-{p}-7.2.13+deb14-cloud-amd64"
                                        for p in ("image", "base", "binary", "modules"))
    assert k.boot.name == "vmlinux" and k.boot.read_bytes() == pvh_vmlinux()
    assert k.moddir.name == "7.2.13+deb14-cloud-amd64" and (k.moddir / "kernel/net/sctp").is_dir()
    assert kernels.fetched("7.2-cloud").release == k.release          # an alias, one cache folder
    kernels.fetch("7.2", log=logs.append)
    assert "already in" in logs[-1]


def test_bullseye_kernel_in_boot(fake_debian):
    k = kernels.fetch("5.10", log=lambda _: None)
    assert k.release == "5.10.0-46-cloud-amd64" and k.moddir.name == "5.10.0-46-cloud-amd64"
    info = json.loads((fake_debian / "kernels/5.10/kernel.json").read_text())
    assert info["suite"] == "bullseye" and info["packages"] == {"linux-image-5.10.0-46-cloud-amd64": "1.0"}


def test_a_name_whose_version_sid_has_left_says_so(fake_debian):
    FakeArchive.deps[("sid", "linux-image-cloud-amd64")] = ["linux-image-7.3.1+deb14-cloud-amd64"]
    with pytest.raises(SockconfError) as e:
        kernels.fetch("7.2", log=lambda _: None)
    assert e.value.status == TARGET and "7.3.1" in str(e.value) and "sid" in str(e.value)


def test_names_and_aliases():
    assert kernels.canonical("6.1-cloud") == "6.1" and kernels.canonical("6.12") == "6.12"
    assert kernels.KERNELS["6.12"].suite == "trixie" and kernels.KERNELS["6.12-deb12"].suite == "bookworm"
    assert kernels.KERNELS["6.1-arm64"].arch == "arm64"
    with pytest.raises(SockconfError) as e:
        kernels.canonical("4.19")
    assert e.value.status == USAGE


def test_find_image_in_both_layouts(tmp_path):
    (tmp_path / "a/boot").mkdir(parents=True)
    (tmp_path / "a/boot/vmlinuz-6.1.0-9-amd64").write_bytes(b"")
    assert kernels.find_image(tmp_path / "a")[1] == "6.1.0-9-amd64"
    (tmp_path / "b/usr/lib/modules/7.2.1/").mkdir(parents=True)
    (tmp_path / "b/usr/lib/modules/7.2.1/vmlinuz").write_bytes(b"")
    assert kernels.find_image(tmp_path / "b")[1] == "7.2.1"
    with pytest.raises(SockconfError):
        kernels.find_image(tmp_path / "c")


def test_the_users_kernel_by_path(tmp_path, monkeypatch):
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path / "cache"))
    image = tmp_path / "bzImage"
    image.write_bytes(bzimage("6.19.0-rc1-mine", pvh_vmlinux()))
    mods = tmp_path / "lib/modules/6.19.0-rc1-mine"
    mods.mkdir(parents=True)
    k = kernels.local(str(image), str(mods))
    assert k.release == "6.19.0-rc1-mine" and k.moddir == mods and k.source == str(image)
    assert k.boot.read_bytes() == pvh_vmlinux()        # booted as the extracted vmlinux
    assert k.describe()["kernel_image"] == str(image)


def test_the_users_kernel_without_pvh_boots_as_given(tmp_path, monkeypatch):
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path / "cache"))
    image = tmp_path / "bzImage"
    image.write_bytes(bzimage("6.19.0", b"\x7fELF\x02\x01\x01" + b"\0" * 200))
    k = kernels.local(str(image))
    assert k.boot == image.resolve() and k.moddir is None
    with pytest.raises(SockconfError) as e:
        kernels.local(str(tmp_path / "nope"))
    assert e.value.status == USAGE
    with pytest.raises(SockconfError):
        kernels.local(str(image), str(tmp_path / "no-modules"))
