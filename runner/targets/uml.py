"""`uml`: user-mode Linux as an ordinary process, with the same initramfs
and results stream as qemu.

Which build: `uml` is sid's user-mode-linux (7.2um), fetched through the
private apt configuration (runner/archive.py) with sid's libc6 beside it,
unpacked into the cache with dpkg -x, and its ELF interpreter and library
path pointed at that libc with patchelf: nothing is installed, and this
machine's older C library is not asked to run it.  `uml:system` is the
user-mode-linux package installed on this machine (Debian 12: 6.1um).
bookworm's and trixie's builds cannot start a user process on a CPU whose
XSAVE area is larger than they handle (AVX-512, AMX): the target says so
and stops with exit 7.

The kernel is pinned to one CPU (taskset -c 0): unpinned it is about four
times slower.  Its console is stdio; the results channel is a second
console line (/dev/tty1 in the guest) written to an inherited file
descriptor.  IPv6, SCTP, TIPC and vsock are modules in Debian's UML
builds: the initramfs carries them with their dependencies (modules.dep)
and /init loads them."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from runner import abi as abi_mod
from runner import archive
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError
from runner.modules import GUEST_MODULES, ModuleTree, find_moddir
from runner.targets.qemu import GuestBatch

SYSTEM_MODULES = Path("/usr/lib/uml/modules")
UML_MULT = 2            # case bounds scale by this: every syscall is a ptrace round trip
SUITE = "sid"
PACKAGES = ("user-mode-linux", "libc6")


def uml_dir():
    return archive.cache_root() / "uml" / SUITE


def fetch_uml(log=None):
    """sid's user-mode Linux, runnable here: (linux binary, modules folder,
    {package: version}).  Kept in the cache once prepared; refetched when
    sid has a newer build (checked when the package lists are refreshed)."""
    d = uml_dir()
    arch = archive.Archive(SUITE, "amd64")
    info_path = d / "uml.json"
    try:
        info = json.loads(info_path.read_text())
    except (OSError, ValueError):
        info = None
    if info and not info.get("moddir"):
        info = None         # prepared by an older runner: prepared again
    if info and not arch.stale():
        return d / info["linux"], d / info["moddir"], info["packages"]
    arch.ensure()
    want = {p: arch.version(p) for p in PACKAGES}
    if info and info["packages"] == want:
        return d / info["linux"], d / info["moddir"], info["packages"]
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        raise SockconfError("patchelf is missing (sid's user-mode Linux is pointed at sid's C library "
                            "with it): install it with: sudo apt-get install -y patchelf", MISSING_TOOL)
    if log:
        log(f"uml: fetching {' '.join(f'{p}={v}' for p, v in want.items())} from Debian {SUITE}")
    d.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".uml.", dir=d.parent))
    try:
        got = archive.fetch_into(arch, list(PACKAGES), work / "tree", work / "debs")
        shutil.rmtree(work / "debs", ignore_errors=True)
        libdir = work / "tree" / "usr" / "lib" / "x86_64-linux-gnu"
        loader = libdir / "ld-linux-x86-64.so.2"
        src = work / "tree" / "usr" / "bin" / "linux.uml"
        if not loader.exists() or not src.exists():
            raise SockconfError("sid's user-mode-linux or libc6 lacks linux.uml or the loader", TARGET)
        moddir = find_moddir(work / "tree", bases=("usr/lib/uml/modules",))
        # The final paths (after the folder is moved into place) go into
        # the binary: d, not work.
        final_lib = d / libdir.relative_to(work)
        shutil.copy2(src, work / "linux")
        p = subprocess.run([patchelf, "--set-interpreter", str(final_lib / loader.name),
                            "--set-rpath", str(final_lib), str(work / "linux")],
                           capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            raise SockconfError(f"patchelf on linux.uml failed: {p.stderr.strip()}", TARGET)
        info = {"linux": "linux", "moddir": str(moddir.relative_to(work)) if moddir else "",
                "packages": got}
        (work / "uml.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n")
        if d.exists():
            shutil.rmtree(d)
        os.replace(work, d)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return d / info["linux"], d / info["moddir"], info["packages"]


class UmlTarget(GuestBatch):
    channel = "/dev/tty1"
    batch = True
    usage = "uml[:system]"

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        if arg not in ("", "system", SUITE):
            raise SockconfError(f"uml:{arg}: uml is sid's build, uml:system the installed one", USAGE)
        return cls(system=arg == "system", **kw)

    @classmethod
    def packages(cls, prefix, arg, abi):
        return ["busybox-static"] + (["user-mode-linux"] if arg == "system" else ["patchelf"])

    def __init__(self, system=False, **kw):
        super().__init__(**kw)
        self.system = system
        self.name = "uml:system" if system else "uml"
        if not shutil.which("busybox"):
            raise SockconfError("busybox is missing: install it with: "
                                "sudo apt-get install -y busybox-static", MISSING_TOOL)
        if system:
            self.linux = shutil.which("linux.uml") or shutil.which("linux")
            if not self.linux:
                raise SockconfError("user-mode-linux is missing: install it with: "
                                    "sudo apt-get install -y user-mode-linux", MISSING_TOOL)
            self.moddir = find_moddir("/", bases=(str(SYSTEM_MODULES).lstrip("/"),))
            self.packages_used = {}
        else:
            linux, self.moddir, self.packages_used = fetch_uml()
            self.linux = str(linux)
        self.taskset = shutil.which("taskset")
        # static cases: every mmap the dynamic loader makes is a ptrace round trip here
        self.guest_abi = abi_mod.native()

    def mult(self):
        return UML_MULT

    def modules(self):
        files, self.module_state = ModuleTree(self.moddir).resolve(GUEST_MODULES)
        return files

    def argv(self, initrd, chan_fd=3):
        cmd = [self.linux, "mem=512M", f"initrd={initrd}", "rdinit=/init", "quiet",
               "con=null", "con0=fd:0,fd:1", f"con1=null,fd:{chan_fd}", "ssl=null",
               "console=tty0", "panic=-1"]
        if self.taskset:
            cmd = [self.taskset, "-c", "0", *cmd]
        return cmd

    def start(self, initrd, chan, mult):
        chan_fd = os.open(chan, os.O_WRONLY | os.O_APPEND)
        self.command = self.argv(initrd, chan_fd)
        try:
            # UML keeps its memory in a file under TMPDIR: the guest's own
            # temporary folder, removed with it.
            env = dict(os.environ, TMPDIR=str(Path(initrd).parent))
            return subprocess.Popen(self.command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    pass_fds=(chan_fd,), env=env)
        finally:
            os.close(chan_fd)

    def explain(self, console):
        if "ptrace set fp regs failed" in console:
            # UML before 7.x keeps the host's FPU state in a fixed-size
            # buffer; a host CPU with a larger XSAVE area (AVX-512, AMX)
            # overflows it and the first user process dies.
            return ("this UML build cannot run processes on this host CPU (its XSAVE area, "
                    "AVX-512/AMX, is larger than it handles: ptrace set fp regs fails); "
                    "use `uml` (sid's build) or a host without AVX-512/AMX")
        return ""

    def describe_env(self):
        env = {"emulator": "user-mode-linux (taskset -c 0)" if self.taskset else "user-mode-linux",
               "uml_binary": self.linux}
        if self.packages_used:
            env["kernel_packages"] = " ".join(f"{p}={v}" for p, v in sorted(self.packages_used.items()))
            env["kernel_suite"] = SUITE
        env.update(abi_mod.describe(abi_mod.native(), static=True))
        env.update(self.timing_env())
        return env
