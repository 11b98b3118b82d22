"""The binary interfaces the cases are built for.

The native build (build/) runs on this machine.  Other ABIs are built by
`make ARCH=<abi>` (or `make BUILD=build-<abi>`) into build-<abi>/ with
Debian's cross compiler, linked statically against libcheck for that
architecture, which comes from Debian through the private apt
configuration (runner/archive.py) into <cache>/sysroot/<abi>: a static
binary needs no loader or libraries in a guest or under qemu-user, and no
i386 multiarch on this machine.

  i386    32-bit x86: on an x86_64 kernel it goes through the compat
          syscall layer (32-bit timeval options, cmsg alignment);
  arm64   for qemu-system-aarch64 and qemu-aarch64;
  s390x   big-endian, for qemu-system-s390x.

The case metadata (--describe) is read from the native build, the same
sources; a target that runs another ABI swaps each case's binary for the
one in its build folder (rebind)."""

import dataclasses
import fcntl
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from runner import archive
from runner.errors import BUILD, MISSING_TOOL, USAGE, SockconfError, report_error


@dataclass(frozen=True)
class Abi:
    name: str               # Debian architecture name, also the build suffix
    machine: str            # what the binaries are (uname -m of a native kernel)
    triplet: str            # the cross compiler's prefix
    multiarch: str          # Debian's library folder for the architecture
    qemu_user: str          # qemu user-mode emulator for these binaries
    kernel_arch: str        # the Debian architecture of a kernel that runs them
    byte_order: str = "little"
    bits: int = 64
    sysroot_suite: str = "bookworm"

    @property
    def compiler_package(self):
        return f"gcc-{self.triplet}"


ABIS = {
    "amd64": Abi("amd64", "x86_64", "x86_64-linux-gnu", "x86_64-linux-gnu", "qemu-x86_64", "amd64"),
    "i386": Abi("i386", "i686", "i686-linux-gnu", "i386-linux-gnu", "qemu-i386", "amd64", bits=32),
    "arm64": Abi("arm64", "aarch64", "aarch64-linux-gnu", "aarch64-linux-gnu", "qemu-aarch64", "arm64"),
    "s390x": Abi("s390x", "s390x", "s390x-linux-gnu", "s390x-linux-gnu", "qemu-s390x", "s390x",
                 byte_order="big"),
}
# Development packages whose static libraries the cases link.
SYSROOT_PACKAGES = ("check", "libsubunit-dev")


def native():
    m = platform.machine()
    for a in ABIS.values():
        if a.machine == m or a.name == m:
            return a.name
    return m


def get(name):
    if name not in ABIS:
        raise SockconfError(f"unknown ABI {name!r} (ABIs: {', '.join(ABIS)})", USAGE)
    return ABIS[name]


def is_native(name):
    return not name or name == native()


def build_dir(root, name):
    """build-<abi>; for this machine's own ABI the static build
    (build-static), which guests use: under emulation a static case
    starts about 25 ms sooner than one the dynamic loader must link."""
    return Path(root) / ("build-static" if is_native(name) else f"build-{name}")


def sysroot_dir(name):
    return archive.cache_root() / "sysroot" / name


def sysroot(name, dest=None, log=None):
    """libcheck (and libsubunit) for ABI name, unpacked from Debian into
    dest (default <cache>/sysroot/<name>); kept once complete."""
    a = get(name)
    dest = Path(dest) if dest else sysroot_dir(name)
    if (dest / ".complete").exists():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest.parent / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (dest / ".complete").exists():
            return dest
        arch = archive.Archive(a.sysroot_suite, a.name)
        work = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest.parent))
        try:
            got = archive.fetch_into(arch, list(SYSROOT_PACKAGES), work / "tree", work / "debs")
            (work / "tree" / ".complete").write_text(
                "".join(f"{p} {v}\n" for p, v in sorted(got.items())))
            if dest.exists():
                shutil.rmtree(dest)
            os.replace(work / "tree", dest)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if log:
        log(f"sysroot for {name}: {dest}")
    return dest


def compiler(name):
    """The C compiler make uses for ABI name (CC when set, as make takes it)."""
    return os.environ.get("SC_CC_" + name.upper()) or f"{get(name).triplet}-gcc"


def need_compiler(name):
    cc = compiler(name)
    if shutil.which(cc.split()[0]) is None:
        raise SockconfError(f"{cc} is missing (the {name} build needs it): install it with: "
                            f"sudo apt-get install -y {get(name).compiler_package}", MISSING_TOOL)
    return cc


def ensure_built(root, name):
    """build-<name>/cases built and up to date (make BUILD=build-<name>;
    build-static for this machine's ABI); returns the build folder.
    Serialised: several runs may ask at once."""
    from runner import cases as cases_mod
    if not is_native(name):
        need_compiler(name)
    d = build_dir(root, name)
    d.mkdir(parents=True, exist_ok=True)
    with open(d / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        rep = cases_mod.build(Path(root), d.name)
    if rep.failed and not rep.built:
        first = next(iter(rep.failed.values()))
        raise SockconfError(f"the {name} build failed: {first}", BUILD)
    return d


def rebind(case, bdir):
    """The case with its binary taken from another build folder."""
    return dataclasses.replace(case, binary=str(Path(bdir) / "cases" / case.id))


def describe(name, kernel_machine="", static=False):
    """Environment keys for results run with ABI name."""
    a = get(name)
    env = {"abi": a.name, "abi_machine": a.machine, "abi_bits": str(a.bits),
           "byte_order": a.byte_order, "abi_link": "static" if static or not is_native(name) else "dynamic"}
    if not is_native(name):
        env["abi_compiler"] = compiler(name) + " (static, libcheck from Debian " + a.sysroot_suite + ")"
        if kernel_machine and kernel_machine != a.machine:
            env["abi_note"] = f"{a.machine} binaries on an {kernel_machine} kernel"
    return env


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if len(argv) in (2, 3) and argv[0] == "sysroot":
            print(sysroot(argv[1], argv[2] if len(argv) == 3 else None))
            return 0
        if len(argv) == 2 and argv[0] == "compiler":
            print(compiler(argv[1]))
            return 0
    except SockconfError as e:
        return report_error(e)
    print("usage: python3 -m runner.abi sysroot ABI [DEST] | compiler ABI", file=sys.stderr)
    return USAGE


if __name__ == "__main__":
    sys.exit(main())
