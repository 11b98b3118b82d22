"""Targets behind one interface: the registry, spec parsing with ABI
suffixes, what each target needs installed, the user's own kernel under
qemu and the i386 ABI, all with fakes."""

import os
import shutil

import pytest

from runner import abi, cases, targets
from runner.errors import MISSING_TOOL, USAGE, SockconfError
from runner.targets import base
from runner.tests.fakes import fake_tool
from runner.tests.test_kernels import bzimage, pvh_vmlinux
from runner.tests.test_modules import fake_module


def test_every_registered_target_is_a_target():
    for prefix in targets.REGISTRY:
        cls = targets.target_class(prefix + ":x")
        assert issubclass(cls, base.Target), prefix
        for method in ("prepare", "run", "close", "environment"):
            assert callable(getattr(cls, method))


@pytest.mark.parametrize("spec,abis,want", [
    ("host", ("i386",), ("host", "", "")),
    ("host:i386", ("i386",), ("host", "", "i386")),
    ("qemu:arm64", ("i386", "arm64"), ("qemu", "", "arm64")),
    ("qemu:6.1:i386", ("i386",), ("qemu", "6.1", "i386")),
    ("qemu:/k/bzImage:i386", ("i386",), ("qemu", "/k/bzImage", "i386")),
    ("layer:qemu-user:arm64", ("arm64",), ("layer", "qemu-user", "arm64")),
    ("ssh:user@host:22", (), ("ssh", "user@host:22", "")),
    ("netns:smallbuf", (), ("netns", "smallbuf", "")),
])
def test_split_spec(spec, abis, want):
    assert base.split_spec(spec, abis) == want


def test_unknown_target_and_abi_are_usage_errors():
    with pytest.raises(SockconfError) as e:
        targets.make("vmware:7")
    assert e.value.status == USAGE and "qemu:KERNEL" in str(e.value)
    with pytest.raises(SockconfError) as e:
        targets.make("netns:smallbuf:i386")     # not an ABI for netns: a profile name, unknown
    assert e.value.status == USAGE
    with pytest.raises(SockconfError) as e:
        targets.make("host:s390x")
    assert e.value.status == USAGE


def test_packages_each_target_needs():
    assert targets.packages(["host"]) == []
    assert targets.packages(["host:i386"]) == ["gcc-i686-linux-gnu"]
    assert set(targets.packages(["qemu:arm64"])) >= {"qemu-system-arm", "gcc-aarch64-linux-gnu", "busybox-static"}
    assert "qemu-system-misc" in targets.packages(["qemu:s390x"])
    assert targets.packages(["uml"]) == ["busybox-static", "patchelf"]
    assert targets.main(["packages", "host:i386,netns:smallbuf"]) == 0


def test_rebind_and_describe_an_abi(tmp_path):
    c = cases.Case("x", "/b/build/cases/x", "claim", {}, ("inet_stream",))
    assert abi.rebind(c, tmp_path / "build-i386").binary == str(tmp_path / "build-i386" / "cases" / "x")
    env = abi.describe("i386", "x86_64")
    assert env["abi"] == "i386" and env["abi_bits"] == "32" and env["abi_note"] == "i686 binaries on an x86_64 kernel"
    assert abi.describe("s390x")["byte_order"] == "big"


def test_a_missing_cross_compiler_names_its_package(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SockconfError) as e:
        abi.ensure_built(tmp_path, "arm64")
    assert e.value.status == MISSING_TOOL and "gcc-aarch64-linux-gnu" in str(e.value)


# ------------------------------------------------ the user's own kernel

def test_qemu_boots_the_users_kernel_with_its_modules(tmp_path, monkeypatch):
    if shutil.which("busybox") is None:
        pytest.skip("busybox not installed (apt-get install busybox-static)")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake_tool(bindir, "qemu-system-x86_64", "exit 0\n")
    monkeypatch.setenv("PATH", f"{bindir}:{os.environ['PATH']}")
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path / "cache"))
    image = tmp_path / "linux" / "arch/x86/boot/bzImage"
    image.parent.mkdir(parents=True)
    image.write_bytes(bzimage("6.19.0-rc1-mine", pvh_vmlinux()))
    mods = tmp_path / "mods/lib/modules/6.19.0-rc1-mine"
    (mods / "kernel/net/sctp").mkdir(parents=True)
    (mods / "kernel/net/sctp/sctp.ko").write_bytes(fake_module([("depends", "")]))
    monkeypatch.setenv("SOCKCONF_MODULES", str(mods))
    t = targets.make(f"qemu:{image}")
    assert t.name == f"qemu:{image}" and t.kernel.release == "6.19.0-rc1-mine"
    argv = t.argv("initrd", "chan")
    boot = argv[argv.index("-kernel") + 1]
    assert boot != str(image) and open(boot, "rb").read() == pvh_vmlinux()
    assert [os.path.basename(m) for m in t.modules()] == ["sctp.ko"]
    assert t.module_state["sctp"] == "module" and t.module_state["tipc"] == "no-module"


def test_an_arm64_kernel_cannot_run_i386_binaries(tmp_path, monkeypatch):
    monkeypatch.setenv("SC_KERNEL_CACHE", str(tmp_path))
    with pytest.raises(SockconfError) as e:
        targets.make("qemu:6.1-arm64:i386")
    assert e.value.status == USAGE and "cannot run i386" in str(e.value)
