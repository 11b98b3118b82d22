"""Targets behind one interface: the registry, spec parsing with ABI
suffixes, what each target needs installed, the user's own kernel under
qemu, user-space layers and the i386 ABI, all with fakes."""

import os
import shutil

import pytest

from runner import abi, cases, targets
from runner.errors import MISSING_TOOL, USAGE, SockconfError
from runner.targets import base, layer
from runner.tests.fakes import fake_tool, make_case
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
    assert e.value.status == USAGE and "layer:valgrind" in str(e.value) and "qemu:KERNEL" in str(e.value)
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
    assert targets.packages(["layer:proot", "layer:strace", "layer:qemu-user:arm64"]) == [
        "proot", "strace", "qemu-user", "gcc-aarch64-linux-gnu"]
    assert targets.packages(["uml"]) == ["busybox-static", "patchelf"]
    assert targets.main(["packages", "layer:valgrind,netns:smallbuf"]) == 0


def test_packages_for_the_whole_matrix(capsys):
    assert targets.main(["packages", "matrix"]) == 0
    assert {"valgrind", "qemu-system-misc", "patchelf"} <= set(capsys.readouterr().out.split())


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


# ------------------------------------------------ user-space layers

@pytest.fixture
def fake_layers(tmp_path, monkeypatch):
    """Fake strace/proot/qemu-x86_64 that record they ran, then run the case."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    mark = tmp_path / "ran-under"
    for tool in ("strace", "proot", "valgrind", "qemu-x86_64"):
        fake_tool(bindir, tool, f"""\
            case "$1" in -V|--version) echo "{tool} version 9.8.7"; exit 0 ;; esac
            echo {tool} >> {mark}
            while [ $# -gt 0 ] && [ "${{1#-}}" != "$1" ]; do
                case "$1" in -o) shift ;; esac
                shift
            done
            exec "$@"
        """)
    monkeypatch.setenv("PATH", f"{bindir}:{os.environ['PATH']}")
    build = tmp_path / "build" / "cases"
    build.mkdir(parents=True)
    make_case(str(build), "alpha", "holds")
    return cases.collect(build)[0], mark


@pytest.mark.parametrize("name,tool,mult", [("strace", "strace", 3), ("proot", "proot", 3),
                                            ("valgrind", "valgrind", 6), ("qemu-user", "qemu-x86_64", 6)])
def test_a_layer_runs_each_case_under_its_tool(fake_layers, name, tool, mult):
    case, mark = fake_layers
    t = targets.make(f"layer:{name}")
    assert t.name == f"layer:{name}" and not t.batch
    r = t.run(case, "inet_stream")
    assert r.outcome == "holds" and open(mark).read().split() == [tool]
    env = t.environment()
    assert env["layer"] == name and env["layer_version"] == f"{tool} 9.8.7"
    assert env["timeout_mult"] == f"{mult:g}" and "wrapper" not in env


def test_unknown_layer_and_foreign_abi(fake_layers):
    with pytest.raises(SockconfError) as e:
        targets.make("layer:wine")
    assert e.value.status == USAGE and "qemu-user" in str(e.value)
    with pytest.raises(SockconfError) as e:
        targets.make("layer:strace:arm64")
    assert e.value.status == USAGE


def test_layer_table_names_a_package_for_each_tool():
    for name, l in layer.LAYERS.items():
        assert l.package and l.mult >= 1 and l.command, name


def test_which_targets_keep_a_cpu_busy():
    busy = {s: targets.is_busy(s) for s in ("host", "host:i386", "netns:smallbuf", "qemu:7.2", "uml",
                                            "layer:valgrind", "layer:qemu-user:arm64", "layer:strace",
                                            "layer:proot")}
    assert [s for s, b in busy.items() if b] == ["qemu:7.2", "uml", "layer:valgrind", "layer:qemu-user:arm64"]
