"""Kernel modules a guest loads before the cases run (IPv6 where it is a
module, SCTP, TIPC, vsock loopback, and whatever else is asked for), with
everything they depend on, dependencies first.

Debian's kernel packages ship no modules.dep (depmod writes it when the
package is installed), so where it is missing the dependencies are read
from each module's own .modinfo section (its depends= and softdep= pre:
entries), decompressing only the modules on the way.  Modules may be
plain (.ko) or compressed with xz, zstd or gzip, as each release does."""

import gzip
import lzma
import re
import shutil
import struct
import subprocess
from pathlib import Path

from runner.errors import MISSING_TOOL, SockconfError

# Loaded in every guest when the kernel has them as modules.  ipv6 first:
# the loopback interface must have its IPv6 address before lo comes up.
# Then what cases build on: veth and tun devices, the tbf queueing
# discipline, and the sock_diag families that report queues and listeners.
GUEST_MODULES = ("ipv6", "sctp", "tipc", "vsock_loopback",
                 "veth", "tun", "sch_tbf", "unix_diag", "inet_diag", "tcp_diag", "udp_diag",
                 "raw_diag", "mptcp_diag")
SUFFIX = re.compile(r"\.ko(\.xz|\.zst|\.gz)?$")


def norm(name):
    return name.replace("-", "_")


def module_name(path):
    return norm(SUFFIX.sub("", Path(path).name))


def module_bytes(path):
    """The plain ELF module (busybox insmod takes no compressed ones)."""
    data = Path(path).read_bytes()
    name = str(path)
    if name.endswith(".xz"):
        return lzma.decompress(data)
    if name.endswith(".gz"):
        return gzip.decompress(data)
    if name.endswith(".zst"):
        if shutil.which("zstd") is None:
            raise SockconfError("zstd is missing (this kernel's modules are zstd-compressed): "
                                "sudo apt-get install -y zstd", MISSING_TOOL)
        return subprocess.run(["zstd", "-dcq"], input=data, capture_output=True, check=True).stdout
    return data


def elf_section(data, wanted):
    """The bytes of one named section of an ELF file (32/64-bit, either
    byte order), or b"" when there is none."""
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return b""
    is64, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(order + "HHH", data, 0x3A)
        fmt, off_at, size_at = order + "IIQQQQ", 4, 5      # name, type, flags, addr, offset, size
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(order + "HHH", data, 0x2E)
        fmt, off_at, size_at = order + "IIIIII", 4, 5
    if not shoff or shstrndx >= shnum:
        return b""

    def header(i):
        return struct.unpack_from(fmt, data, shoff + i * shentsize)

    strtab = header(shstrndx)
    names = data[strtab[off_at]:strtab[off_at] + strtab[size_at]]
    for i in range(shnum):
        h = header(i)
        end = names.find(b"\0", h[0])
        if names[h[0]:end].decode(errors="replace") == wanted:
            return data[h[off_at]:h[off_at] + h[size_at]]
    return b""


def modinfo(data):
    """{key: [values]} from a module's .modinfo section."""
    info = {}
    for entry in elf_section(data, ".modinfo").split(b"\0"):
        key, sep, value = entry.decode(errors="replace").partition("=")
        if sep:
            info.setdefault(key, []).append(value)
    return info


class ModuleTree:
    """One kernel's modules folder, lib/modules/<release>."""

    def __init__(self, moddir):
        self.dir = Path(moddir) if moddir else None
        self._paths = None
        self._deps = None
        self._aliases = None
        self._builtin = None

    def paths(self):
        """{name: file} of every module in the tree."""
        if self._paths is None:
            self._paths = {}
            if self.dir and self.dir.is_dir():
                for p in sorted(self.dir.rglob("*.ko*")):
                    if SUFFIX.search(p.name):
                        self._paths.setdefault(module_name(p), p)
        return self._paths

    def builtin(self):
        if self._builtin is None:
            try:
                lines = (self.dir / "modules.builtin").read_text().split()
            except (OSError, TypeError):
                lines = []
            self._builtin = {module_name(line) for line in lines}
        return self._builtin

    def _depfile(self):
        """{name: [names]} from modules.dep, or None when there is none."""
        if self._deps is None:
            self._deps = {}
            try:
                text = (self.dir / "modules.dep").read_text()
            except (OSError, TypeError):
                return None
            for line in text.splitlines():
                mod, sep, rest = line.partition(":")
                if sep:
                    self._deps[module_name(mod)] = [module_name(d) for d in rest.split()]
        return self._deps or None

    def deps(self, name):
        table = self._depfile()
        if table is not None:
            return table.get(name, [])
        path = self.paths().get(name)
        if path is None:
            return []
        info = modinfo(module_bytes(path))
        found = [norm(d) for v in info.get("depends", []) for d in v.split(",") if d]
        for soft in info.get("softdep", []):
            # "pre: a b post: c": modules to load first, often by alias
            # (libcrc32c wants "crc32c", which crc32c_generic provides)
            pre = re.search(r"pre:\s*(.*?)(?:\s+post:|$)", soft)
            for d in (pre.group(1).split() if pre else []):
                found += self.by_alias(norm(d))
        return found

    def by_alias(self, name):
        """[module] that provides name: a module of that name, the crypto
        convention <name>_generic, or a crypto module declaring the alias
        (only the crypto folders are read: an alias index of the whole
        tree would mean decompressing every module)."""
        for cand in (name, f"{name}_generic"):
            if cand in self.builtin():
                return []       # built in: an arch-specific module could only fail (a CPU feature)
            if cand in self.paths():
                return [cand]
        if self._aliases is None:
            self._aliases = {}
            for mod, path in self.paths().items():
                if "/crypto/" in str(path):
                    for a in modinfo(module_bytes(path)).get("alias", []):
                        self._aliases.setdefault(norm(a), mod)
        for cand in (name, f"crypto_{name}"):
            if cand in self._aliases:
                return [self._aliases[cand]]
        return []

    def resolve(self, wanted=GUEST_MODULES):
        """(files to load in order, {wanted name: "module", "builtin" or "no-module"
        (no module file: built in as a yes/no option, or not configured)})."""
        order, state, builtin = [], {}, self.builtin()

        def visit(name, stack=()):
            if name in order or name in stack or name not in self.paths():
                return
            for d in self.deps(name):
                visit(d, stack + (name,))
            order.append(name)

        for w in wanted:
            w = norm(w)
            if w in self.paths():
                state[w] = "module"
                visit(w)
            elif w in builtin:
                state[w] = "builtin"
            else:
                state[w] = "no-module"
        return [self.paths()[n] for n in order], state


def find_moddir(tree, release="", bases=("lib/modules", "usr/lib/modules")):
    """lib/modules/<release> inside an unpacked package tree (usr/lib on
    merged-/usr releases such as sid), or None."""
    for base in bases:
        cands = [Path(tree) / base / release] if release else sorted((Path(tree) / base).glob("*"))
        for c in cands:
            if c.is_dir() and (any(c.glob("kernel")) or any(c.glob("modules.*"))):
                return c
    return None
