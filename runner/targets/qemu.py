"""Other kernels under emulation: `qemu:NAME` boots a Debian kernel fetched
by runner/kernels.py under qemu-system-x86_64 with an initramfs the runner
builds (busybox, the case binaries and their libraries, run-items.sh and
runner/guest/init), runs every item in that one boot and answers per item.

The guest streams each finished item back on a second serial port (see
runner/guest/init for the framing); the host watches the console for
progress and kills a guest that stops making any (bounded wait), so a hung
guest still yields the items it finished plus a 'crash' for the rest.

uml.py reuses GuestBatch with Debian's user-mode-linux instead of qemu."""

import base64
import binascii
import gzip
import io
import os
import re
import select
import shutil
import socket
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from runner import abi as abi_mod
from runner import archive
from runner import cases as cases_mod
from runner import environment, kernels
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError
from runner.execute import GRACE, ItemResult
from runner.modules import GUEST_MODULES, ModuleTree, module_bytes, module_name
from runner.targets import batch
from runner.targets.base import Target

GUEST = Path(__file__).resolve().parent.parent / "guest"
BOOT_BOUND = 60.0       # seconds from start to the guest's probe, before scaling
KVM_TRY_BOUND = 20.0    # seconds a KVM boot gets before falling back to TCG
TCG_MULT = 3            # case bounds scale by this under emulation without KVM
BEGIN, END, DONE = "SOCKCONF-BEGIN ", "SOCKCONF-END ", "SOCKCONF-DONE"
# Cases a guest runs side by side: most item time is a kernel timer's wait.
GUEST_LANES = 6


# ---------------------------------------------------------------- initramfs

class Cpio:
    """A newc cpio archive written in memory: the kernel's initramfs format.
    Written here so that device nodes need no root and no cpio tool."""

    def __init__(self):
        self.buf = io.BytesIO()
        self.ino = 1
        self.dirs = set()

    def _entry(self, name, mode, data=b"", rdev=(0, 0)):
        name_b = name.encode() + b"\0"
        hdr = "070701" + "".join(f"{v:08x}" for v in (
            self.ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(name_b), 0))
        self.ino += 1
        self.buf.write(hdr.encode() + name_b)
        self.buf.write(b"\0" * (-(110 + len(name_b)) % 4))
        self.buf.write(data)
        self.buf.write(b"\0" * (-len(data) % 4))

    def dir(self, path):
        path = path.strip("/")
        parts = path.split("/")
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i])
            if d and d not in self.dirs:
                self.dirs.add(d)
                self._entry(d, 0o040755)

    def file(self, path, data, mode=0o644):
        path = path.strip("/")
        if "/" in path:
            self.dir(path.rsplit("/", 1)[0])
        self._entry(path, 0o100000 | mode, data)

    def symlink(self, path, target):
        path = path.strip("/")
        if "/" in path:
            self.dir(path.rsplit("/", 1)[0])
        self._entry(path, 0o120777, target.encode())

    def chardev(self, path, major, minor):
        self._entry(path.strip("/"), 0o020600, b"", (major, minor))

    def bytes(self):
        self._entry("TRAILER!!!", 0)
        return self.buf.getvalue()


def shared_libs(binaries):
    """Every shared library (and the dynamic loader) the binaries need, as
    ldd resolves them on the host: the guest gets the same files."""
    libs = set()
    for b in binaries:
        try:
            out = subprocess.run(["ldd", str(b)], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.TimeoutExpired):
            continue
        for line in out.splitlines():
            m = re.search(r"(?:=>\s*)?(/\S+)\s+\(0x", line)
            if m:
                libs.add(m.group(1))
    return sorted(libs)


def _add_with_links(cpio, path):
    """A library by the path the binary asks for, plus the real file its
    symlinks lead to (ld.so opens the name; the loader's path is fixed)."""
    p = Path(path)
    real = p.resolve()
    cpio.file(str(real), real.read_bytes(), 0o755)
    if str(real) != str(p):
        cpio.symlink(str(p), str(real))


def build_initramfs(items, mult, channel, modules=(), busybox=None, hostname=""):
    """The initramfs bytes for [(Case, variant, kind)]; modules are loaded
    in the order given (dependencies first)."""
    busybox = busybox or shutil.which("busybox")
    cpio = Cpio()
    for d in ("bin", "dev", "proc", "sys", "tmp", "run", "etc", "sockconf/cases", "sockconf/modules"):
        cpio.dir(d)
    cpio.chardev("dev/console", 5, 1)
    cpio.chardev("dev/null", 1, 3)
    cpio.file("bin/busybox", Path(busybox).read_bytes(), 0o755)
    cpio.symlink("bin/sh", "busybox")
    cases = sorted({c.id: c for c, *_ in items}.values(), key=lambda c: c.id)
    # Cases that are links to one binary (a static build holds them all)
    # go in as that binary once and a link per case.
    shared = {}
    for c in cases:
        real = os.path.realpath(c.binary)
        if Path(c.binary).is_symlink():
            name = f"sockconf/{Path(real).name}"
            if real not in shared:
                shared[real] = name
                cpio.file(name, Path(real).read_bytes(), 0o755)
            cpio.symlink(f"sockconf/cases/{c.id}", f"../{Path(real).name}")
        else:
            cpio.file(f"sockconf/cases/{c.id}", Path(c.binary).read_bytes(), 0o755)
    for lib in shared_libs([busybox] + sorted({os.path.realpath(c.binary) for c in cases})):
        _add_with_links(cpio, lib)
    for i, m in enumerate(modules):
        cpio.file(f"sockconf/modules/{i:02d}-{module_name(m)}.ko", module_bytes(m))
    cpio.file("init", (GUEST / "init").read_bytes(), 0o755)
    cpio.file("sockconf/run-items.sh", batch.GUEST_SCRIPT.read_bytes(), 0o755)
    cpio.file("sockconf/envprobe.sh", environment.PROBE.read_bytes(), 0o755)
    cpio.file("sockconf/items", batch.items_file(items).encode())
    cpio.file("sockconf/mult", f"{mult:g}\n".encode())
    cpio.file("sockconf/jobs", f"{GUEST_LANES}\n".encode())
    cpio.file("sockconf/channel", f"{channel}\n".encode())
    cpio.file("sockconf/sysctls", (" ".join(environment.SYSCTLS) + "\n").encode())
    if hostname:
        cpio.file("sockconf/hostname", f"{hostname}\n".encode())
    cpio.file("etc/os-release", b'NAME="sockconf initramfs"\nPRETTY_NAME="sockconf initramfs (busybox)"\n')
    return cpio.bytes()


# ------------------------------------------------------------- the stream

def split_channel(text, out_dir):
    """Unpack the framed blocks the guest wrote into out_dir: item files as
    run-items.sh left them, the probe as probe.txt.  A block cut short (the
    guest died while writing it) is dropped.  Returns (probe text or None,
    whether the guest said it finished)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    probe, done, what, lines = None, False, None, []
    for raw in text.splitlines():
        line = raw.strip("\r\x00 ")
        if line.startswith(BEGIN):
            what, lines = line[len(BEGIN):], []
        elif line.startswith(END) and what is not None and line[len(END):] == what:
            try:
                payload = gzip.decompress(base64.b64decode("".join(lines), validate=False))
            except (binascii.Error, OSError, EOFError, ValueError):
                payload = None
            if payload is not None:
                if what == "probe":
                    probe = payload.decode(errors="replace")
                elif what.startswith("case "):
                    _untar(payload, out_dir)
            what = None
        elif line == DONE:
            done = True
        elif what is not None:
            lines.append(line)
    return probe, done


def _untar(payload, out_dir):
    try:
        with tarfile.open(fileobj=io.BytesIO(payload)) as tar:
            for m in tar.getmembers():
                name = os.path.basename(m.name)
                if not m.isfile() or not name or name.startswith("."):
                    continue
                f = tar.extractfile(m)
                (Path(out_dir) / name).write_bytes(f.read())
    except (tarfile.TarError, OSError):
        pass


# ----------------------------------------------------------- the watcher

def watch(proc, deadline_total, stall, boot_bound, log_path, on_line=None):
    """Read the guest console until the emulator exits, killing it when it
    goes `stall` seconds without a line, when it has not shown the probe
    within `boot_bound`, or past `deadline_total`.  Returns (why stopped or
    '', the last console lines, {case id: host seconds its process took})."""
    start = time.monotonic()
    last = start
    tail, times, buf = [], {}, b""
    item_start = None
    why = ""
    booted = False
    with open(log_path, "wb") as log:
        fd = proc.stdout.fileno()
        while True:
            now = time.monotonic()
            if now - start > deadline_total:
                why = f"the guest ran past its overall bound of {deadline_total:.0f} s"
            elif not booted and now - start > boot_bound:
                why = f"the guest did not come up within {boot_bound:.0f} s"
            elif booted and now - last > stall:
                why = f"the guest made no progress for {stall:.0f} s"
            if why:
                proc.kill()
                proc.wait()
                break
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                proc.wait()
                break
            log.write(chunk)
            buf += chunk
            *full, buf = buf.split(b"\n")
            for raw in full:
                line = raw.decode(errors="replace").strip("\r")
                tail = (tail + [line])[-40:]
                last = time.monotonic()
                if "sockconf-guest: probe sent" in line:
                    booted = True
                    item_start = last
                parts = line.split()
                if len(parts) == 4 and parts[0] == "case" and "/" in parts[1]:
                    times[parts[2]] = last - (item_start or last)
                    item_start = last
                if on_line:
                    on_line(line)
    return why, tail, times, booted


# ------------------------------------------------------------ the target

class GuestBatch(Target):
    """What qemu and uml share: build the initramfs, boot once, read the
    stream, answer per item.  Subclasses say how to start the guest."""

    batch = True            # the CLI runs batch targets without xdist
    channel = "/dev/ttyS1"
    boot_bound = BOOT_BOUND
    group_grace = GRACE         # run-items.sh's slack per case
    stall_grace = 30        # and the host's on top, before it calls the guest hung

    def __init__(self, root=cases_mod.ROOT, build_dir="build", timeout_mult=1.0, **_):
        self.root = Path(root)
        self.build_dir = Path(build_dir) if Path(build_dir).is_absolute() else self.root / build_dir
        self.user_mult = float(timeout_mult or 1.0)
        self._items = None
        self._results = None
        self._env = None
        self._error = None
        self._stop_reason = ""
        self.boot_seconds = None
        self.run_seconds = None
        self.initramfs_bytes = 0
        self.command = []
        self.guest_abi = ""         # the ABI whose static build the guest runs (abi.ensure_built)
        self.abi_build = None       # that build's folder, once built
        self.module_state = {}      # wanted module -> module, builtin or absent

    # the plugin may say which items will be asked for; else all of them
    def prepare(self, items):
        self._items = [i for i in items if i[0] is not None]

    def environment(self):
        self._ensure()
        return self._env

    def run(self, case, kind, variant=""):
        self._ensure()
        res = self._results.get((case.id, variant, kind))
        if res is None:
            res = ItemResult(case.id, kind, "crash", "the target stopped before this item ran",
                             detail=self._stop_reason, variant=variant)
        return res

    def _all_items(self):
        found = cases_mod.collect(self.build_dir / "cases")
        return [(c, v, k) for c in found for v, k in c.items()]

    def _ensure(self):
        if self._error:
            raise self._error
        if self._results is not None:
            return
        try:
            self._boot_and_run()
        except SockconfError as e:
            # the first item carries the whole story, the others one line
            first_line = str(e).split(";")[0]
            self._error = SockconfError(f"{first_line} (details on the first item)", e.status)
            raise

    # subclasses: start(initrd_path, chan_path, mult) -> Popen with stdout piped
    def mult(self):
        raise NotImplementedError

    def _boot_and_run(self):
        items = self._items if self._items is not None else self._all_items()
        if self.guest_abi and self.abi_build is None:
            self.abi_build = abi_mod.ensure_built(self.root, self.guest_abi)
        self._stop_reason = ""
        with tempfile.TemporaryDirectory(prefix="sockconf-guest-") as tmp:
            tmp = Path(tmp)
            attempt = 0
            while True:
                mult = self.mult() * self.user_mult
                guest_items = [(abi_mod.rebind(c, self.abi_build), v, k) for c, v, k in items] \
                    if self.abi_build else items
                image = build_initramfs(guest_items, mult, self.channel, self.modules(),
                                        busybox=self.busybox(), hostname=socket.gethostname())
                self.initramfs_bytes = len(image)
                initrd = tmp / "initramfs.cpio"
                initrd.write_bytes(image)
                chan = tmp / "channel.txt"
                chan.write_bytes(b"")
                t0 = time.monotonic()
                proc = self.start(initrd, chan, mult)
                bounds = [batch.group_bound(c, len(g), mult, self.group_grace)
                          for c, g in batch.groups(items)]
                boot_bound = self.boot_limit() * max(1.0, self.user_mult)
                total = boot_bound + sum(bounds) + self.stall_grace
                stall = (max(bounds) if bounds else 0) + self.stall_grace
                boot_at = {}
                def on_line(line, boot_at=boot_at):
                    if "probe sent" in line and "t" not in boot_at:
                        boot_at["t"] = time.monotonic() - t0
                try:
                    why, tail, times, booted = watch(proc, total, stall, boot_bound,
                                                     tmp / "console.log", on_line)
                finally:
                    if proc.poll() is None:     # Ctrl-C, or the watcher failed
                        proc.kill()
                        proc.wait()
                elapsed = time.monotonic() - t0
                if not booted and self.retry_without_acceleration(attempt):
                    attempt += 1
                    continue
                break
            keep = os.environ.get("SOCKCONF_CONSOLE_LOG")
            if keep:
                shutil.copyfile(tmp / "console.log", keep)
            out = tmp / "out"
            probe, done = split_channel(chan.read_text(errors="replace"), out)
            console = "\n".join(tail[-15:])
            if probe is None and not times:
                hint = self.explain((tmp / "console.log").read_text(errors="replace"))
                raise SockconfError(f"{self.name}: the guest did not boot "
                                    f"({why or f'emulator exited {proc.returncode}'})"
                                    f"{': ' + hint if hint else ''}; "
                                    f"last console lines:\n{console}", TARGET)
            self.boot_seconds = boot_at.get("t", elapsed)
            self.run_seconds = elapsed - self.boot_seconds
            if not done:
                self._stop_reason = (why or f"the guest stopped (exit {proc.returncode}) "
                                     "before finishing") + "; last console lines:\n" + console
            results = {}
            for c, group in batch.groups(items):
                if (out / f"{c.id}.rc").exists() or (out / f"{c.id}.jsonl").exists():
                    for (v, k), r in batch.read_group(out, c, group).items():
                        r.duration = times.get(c.id, 0.0) / len(group)
                        results[(c.id, v, k)] = r
            self._results = results
            self._env = environment.parse_probe(probe or "")
            self._env.update(self.describe_env())

    def retry_without_acceleration(self, attempt):
        return False

    def boot_limit(self):
        return self.boot_bound

    def explain(self, console):
        """A known cause of a failed boot, read from the console, or ''."""
        return ""

    def modules(self):
        """Module files to load in the guest, dependencies first."""
        return []

    def busybox(self):
        return shutil.which("busybox")

    def describe_env(self):
        return {}

    def timing_env(self):
        env = {"boot_seconds": f"{self.boot_seconds:.1f}", "batch_seconds": f"{self.run_seconds:.1f}",
               "initramfs_mb": f"{self.initramfs_bytes / 1e6:.1f}",
               "timeout_mult": f"{self.mult() * self.user_mult:g}"}
        if self.module_state:
            env["guest_modules"] = " ".join(f"{m}={s}" for m, s in sorted(self.module_state.items()))
        return env


def _tool(name, package):
    path = shutil.which(name)
    if not path:
        raise SockconfError(f"{name} is missing: install it with: "
                            f"sudo apt-get install -y {package}", MISSING_TOOL)
    return path


def kvm_usable():
    """KVM when /dev/kvm opens read-write and is not the paravirtual KVM
    (kvm_pvm) on which stock kernels hang: that one is never tried."""
    if Path("/sys/module/kvm_pvm").exists():
        return False, "kvm_pvm (paravirtual KVM: stock kernels hang on it)"
    try:
        fd = os.open("/dev/kvm", os.O_RDWR)
        os.close(fd)
    except OSError as e:
        return False, f"/dev/kvm: {e.strerror}"
    return True, "kvm"


# How each kernel architecture is emulated: the qemu binary and machine,
# the console, and the second channel the results come back on (x86: the
# second serial port; elsewhere a virtio console, hvc0, whose driver the
# guest loads when it is a module).
@dataclass(frozen=True)
class Machine:
    qemu: str
    package: str
    args: tuple
    console: str
    channel: str
    channel_args: tuple     # with {chan} for the channel file
    modules: tuple = ()
    tcg_mult: float = TCG_MULT
    kvm_machine: str = ""   # host machine on which KVM can run it


MACHINES = {
    "amd64": Machine("qemu-system-x86_64", "qemu-system-x86", (), "ttyS0", "/dev/ttyS1",
                     ("-serial", "file:{chan}"), kvm_machine="x86_64"),
    "arm64": Machine("qemu-system-aarch64", "qemu-system-arm", ("-M", "virt", "-cpu", "cortex-a57"),
                     "ttyAMA0", "/dev/hvc0",
                     ("-device", "virtio-serial-device", "-chardev", "file,id=sc,path={chan}",
                      "-device", "virtconsole,chardev=sc"), ("virtio_mmio", "virtio_console"), 4, "aarch64"),
    "s390x": Machine("qemu-system-s390x", "qemu-system-misc", ("-M", "s390-ccw-virtio",),
                     "ttysclp0", "/dev/hvc0",
                     ("-device", "virtio-serial-ccw", "-chardev", "file,id=sc,path={chan}",
                      "-device", "virtconsole,chardev=sc"), ("virtio_console",), 4, "s390x"),
}


def guest_busybox(arch):
    """A static busybox for a guest of another architecture, from Debian's
    busybox-static for it (cached); this machine's own for its own."""
    if arch == abi_mod.native():
        return _tool("busybox", "busybox-static")
    dest = archive.cache_root() / "busybox" / arch
    path = dest / "bin" / "busybox"
    if not path.is_file():
        dest.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{arch}.", dir=dest.parent))
        try:
            archive.fetch_into(archive.Archive("bookworm", arch), ["busybox-static"], work / "tree",
                               work / "debs")
            (work / "bin").mkdir()
            os.replace(work / "tree" / "bin" / "busybox", work / "bin" / "busybox")
            shutil.rmtree(work / "tree")
            shutil.rmtree(work / "debs", ignore_errors=True)
            if dest.exists():
                shutil.rmtree(dest)
            os.replace(work, dest)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return str(path)


class QemuTarget(GuestBatch):
    """qemu:KERNEL[:ABI]: a Debian kernel by name (runner/kernels.py), or a
    path to a kernel image the user built (SOCKCONF_MODULES or make's
    MODULES= names its lib/modules/<release>); qemu:ABI alone boots the
    default kernel for that ABI (qemu:arm64, qemu:s390x, qemu:i386)."""

    batch = True
    abis = ("i386", "arm64", "s390x", "amd64")
    usage = "qemu:KERNEL|qemu:/path/to/image[:i386|arm64|s390x]"

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        return cls(arg, abi=abi, **kw)

    @classmethod
    def packages(cls, prefix, arg, abi):
        arch = cls._kernel_arch(arg, abi)
        m = MACHINES.get(arch, MACHINES["amd64"])
        pkgs = [m.package, "busybox-static", "lz4", "zstd"]
        if abi and not abi_mod.is_native(abi):
            pkgs.append(abi_mod.get(abi).compiler_package)
        elif arch != abi_mod.native():
            pkgs.append(abi_mod.get(arch).compiler_package)
        return pkgs

    @staticmethod
    def _kernel_arch(arg, abi):
        if arg and not kernels.is_path(arg):
            try:
                return kernels.KERNELS[kernels.canonical(arg)].arch
            except SockconfError:
                pass
        return abi_mod.get(abi).kernel_arch if abi else "amd64"

    def __init__(self, kernel="", abi="", accel="", modules=None, **kw):
        super().__init__(**kw)
        local = bool(kernel) and kernels.is_path(kernel)
        if local:
            arch = abi_mod.get(abi).kernel_arch if abi else "amd64"
        else:
            name = kernels.canonical(kernel or kernels.DEFAULT_FOR_ARCH[abi or "amd64"])
            arch = kernels.KERNELS[name].arch
        self.abi = abi or arch
        if abi_mod.get(self.abi).kernel_arch != arch:
            raise SockconfError(f"qemu:{kernel}: a {arch} kernel cannot run {self.abi} binaries", USAGE)
        self.machine = MACHINES.get(arch)
        if self.machine is None:
            raise SockconfError(f"no qemu machine for {arch} kernels (machines: {', '.join(MACHINES)})", USAGE)
        self.qemu = _tool(self.machine.qemu, self.machine.package)
        self.channel = self.machine.channel
        if local:
            mods = os.environ.get("SOCKCONF_MODULES", "") if modules is None else modules
            self.kernel = kernels.local(kernel, mods, arch)
        else:
            self.kernel = kernels.fetched(name)
            if self.kernel is None:
                raise SockconfError(f"kernel {name} is not fetched: run `make kernels "
                                    f"KERNELS={name}` (python3 -m runner.kernels fetch {name})", TARGET)
        # every guest runs static cases (build-static for this machine's
        # ABI), built when the guest is: constructing a target stays cheap
        self.guest_abi = self.abi
        if not abi_mod.is_native(self.abi):
            abi_mod.need_compiler(self.abi)
        self.name = f"qemu:{self.kernel.name}" + (f":{self.abi}" if self.abi != arch else "")
        self.release = self.kernel.release
        self._busybox = guest_busybox(arch)
        ok, why = kvm_usable()
        if self.machine.kvm_machine != os.uname().machine:
            ok, why = False, f"a {arch} guest on an {os.uname().machine} host"
        self.accel = accel or ("kvm" if ok else "tcg")
        self.accel_note = why
        self.smp = 2
        self.cpu = ""           # -cpu model under TCG ("" = the machine's default)
        self.append = []        # more kernel command line (bench/guestcost tries some)

    def busybox(self):
        return self._busybox

    def mult(self):
        return 1 if self.accel == "kvm" else self.machine.tcg_mult

    def modules(self):
        files, self.module_state = ModuleTree(self.kernel.moddir).resolve(
            self.machine.modules + GUEST_MODULES)
        return files

    def boot_limit(self):
        # A KVM boot that works takes about a second: trying it costs
        # little, and a hang (a KVM stock kernels do not run on) is cut short.
        return KVM_TRY_BOUND if self.accel == "kvm" else self.boot_bound

    def retry_without_acceleration(self, attempt):
        if self.accel == "kvm" and attempt == 0:
            self.accel, self.accel_note = "tcg", "kvm boot failed; fell back to tcg"
            return True
        return False

    def argv(self, initrd, chan):
        m = self.machine
        cpu = ["-accel", "kvm", "-cpu", "host"] if self.accel == "kvm" else ["-accel", "tcg"]
        args = list(m.args)
        if self.accel == "kvm" and "-cpu" in args:
            i = args.index("-cpu")
            del args[i:i + 2]
        if self.cpu and self.accel != "kvm":
            if "-cpu" in args:
                i = args.index("-cpu")
                del args[i:i + 2]
            cpu += ["-cpu", self.cpu]
        return [self.qemu, *args, *cpu, "-m", "512M", "-smp", str(self.smp), "-nodefaults", "-no-user-config",
                "-display", "none", "-no-reboot", "-monitor", "none",
                "-serial", "stdio", *[a.format(chan=chan) for a in m.channel_args],
                "-kernel", str(self.kernel.boot), "-initrd", str(initrd),
                "-append", " ".join([f"console={m.console} quiet panic=-1 rdinit=/init", *self.append])]

    def start(self, initrd, chan, mult):
        self.command = self.argv(initrd, chan)
        return subprocess.Popen(self.command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True)

    def describe_env(self):
        env = {"emulator": f"{self.machine.qemu} ({self.accel}: {self.accel_note})"}
        env.update(self.kernel.describe())
        env.update(abi_mod.describe(self.abi, abi_mod.get(self.kernel.arch).machine, static=True))
        env.update(self.timing_env())
        return env
