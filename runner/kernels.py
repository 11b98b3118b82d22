"""Kernels for the qemu target: Debian's, from bullseye to sid and for
other architectures, fetched into a cache folder; or one the user built.

`python3 -m runner.kernels fetch [NAME...]` (or `make kernels`) resolves
each name through its Debian meta package in that name's suite (old ABI
builds leave the archive, the meta package always names the current one),
follows the image package's own versioned dependencies (sid splits a
kernel into linux-image-<abi>, linux-binary-<abi> with the image in
usr/lib/modules/<release>/vmlinuz, linux-modules-<abi> and linux-base-<abi>),
downloads them through a private apt configuration (runner/archive.py),
unpacks them with `dpkg -x` (nothing is installed) and, for x86, extracts
the uncompressed vmlinux: under TCG a kernel that must first decompress
itself boots seconds slower.

Cache layout: $SC_KERNEL_CACHE or ~/.cache/sockconf/kernels, then
<name>/{tree/, kernel.json, vmlinux or the image}."""

import bz2
import hashlib
import json
import lzma
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from runner import archive
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError, report_error
from runner.modules import find_moddir


@dataclass(frozen=True)
class Debian:
    """A Debian kernel by name: the suite and meta package that name it,
    its Debian architecture, and the upstream version the name promises."""
    suite: str
    meta: str
    arch: str = "amd64"
    version: str = ""


KERNELS = {
    "5.10": Debian("bullseye", "linux-image-cloud-amd64", version="5.10"),
    "5.10-generic": Debian("bullseye", "linux-image-amd64", version="5.10"),
    "5.10-rt": Debian("bullseye", "linux-image-rt-amd64", version="5.10"),
    "6.1": Debian("bookworm", "linux-image-cloud-amd64", version="6.1"),
    "6.1-generic": Debian("bookworm", "linux-image-amd64", version="6.1"),
    "6.1-rt": Debian("bookworm", "linux-image-rt-amd64", version="6.1"),
    # trixie's own kernel (Debian 13, +deb13 builds)
    "6.12": Debian("trixie", "linux-image-cloud-amd64", version="6.12"),
    "6.12-generic": Debian("trixie", "linux-image-amd64", version="6.12"),
    "6.12-rt": Debian("trixie", "linux-image-rt-amd64", version="6.12"),
    # the same series built for bookworm (+deb12, from bookworm-security)
    "6.12-deb12": Debian("bookworm", "linux-image-6.12-cloud-amd64", version="6.12"),
    "7.2": Debian("sid", "linux-image-cloud-amd64", version="7.2"),
    "7.2-generic": Debian("sid", "linux-image-amd64", version="7.2"),
    "7.2-rt": Debian("sid", "linux-image-rt-amd64", version="7.2"),
    "sid": Debian("sid", "linux-image-cloud-amd64"),    # whatever sid has today
    # other architectures: bookworm's, the same 6.1 as the amd64 column
    "6.1-arm64": Debian("bookworm", "linux-image-cloud-arm64", "arm64", "6.1"),
    "6.1-s390x": Debian("bookworm", "linux-image-s390x", "s390x", "6.1"),
}
ALIASES = {"5.10-cloud": "5.10", "6.1-cloud": "6.1", "6.12-cloud": "6.12", "7.2-cloud": "7.2"}
DEFAULT = ("5.10", "6.1", "6.12", "7.2")
# The kernel a qemu target boots when it names only an architecture.
DEFAULT_FOR_ARCH = {"amd64": "6.1", "i386": "6.1", "arm64": "6.1-arm64", "s390x": "6.1-s390x"}

# Compressed-stream magics a bzImage may carry, and how to open each.
# lz4 and zstd have no module in the standard library: their command-line
# tools decompress (packages lz4, zstd).
MAGICS = (
    (b"\x1f\x8b\x08", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x5d\x00\x00\x00", "lzma"),
    (b"BZh", "bzip2"),
    (b"\x02\x21\x4c\x18", "lz4"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
TOOLS = {"lz4": ["lz4", "-dc"], "zstd": ["zstd", "-dcq"]}


@dataclass
class Kernel:
    """A kernel ready to boot: the file qemu loads, its release, its
    modules folder (or None), and where it came from."""
    name: str
    arch: str               # Debian architecture: amd64, arm64, s390x
    boot: Path              # the file given to -kernel
    release: str
    moddir: Path = None
    packages: dict = field(default_factory=dict)
    suite: str = ""
    source: str = ""        # "debian" or the path the user gave

    def describe(self):
        d = {"kernel_name": self.name, "kernel_arch": self.arch}
        if self.packages:
            d["kernel_packages"] = " ".join(f"{p}={v}" for p, v in sorted(self.packages.items()))
        if self.suite:
            d["kernel_suite"] = self.suite
        if self.source and self.source != "debian":
            d["kernel_image"] = self.source
        if self.moddir:
            d["kernel_modules"] = str(self.moddir)
        return d


def cache_dir():
    env = os.environ.get("SC_KERNEL_CACHE")
    if env:
        return Path(env)
    return archive.cache_root() / "kernels"


def canonical(name):
    name = ALIASES.get(name, name)
    if name not in KERNELS:
        raise SockconfError(f"unknown kernel {name!r} (kernels: {', '.join(KERNELS)}; "
                            "or a path to a kernel image)", USAGE)
    return name


# ------------------------------------------------------------ vmlinux

def _decompress(method, data):
    """As much of the stream at the start of data as decompresses; trailing
    bytes after the stream (the rest of the bzImage) are ignored."""
    try:
        if method == "gzip":
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return d.decompress(data)
        if method == "xz":
            return lzma.LZMADecompressor(lzma.FORMAT_XZ).decompress(data)
        if method == "lzma":
            return lzma.LZMADecompressor(lzma.FORMAT_ALONE).decompress(data)
        if method == "bzip2":
            return bz2.BZ2Decompressor().decompress(data)
    except (OSError, EOFError, ValueError, lzma.LZMAError, zlib.error):
        return b""
    tool = TOOLS[method]
    if shutil.which(tool[0]) is None:
        raise SockconfError(f"{tool[0]} is missing (needed to unpack this kernel): "
                            f"sudo apt-get install -y {tool[0]}", MISSING_TOOL)
    # The tools complain about the trailing bytes but have written the
    # kernel by then, so the exit status is not the test: the ELF header is.
    out = subprocess.run(tool, input=data, capture_output=True, timeout=120)
    return out.stdout


def extract_vmlinux(bzimage):
    """The ELF kernel inside a bzImage: find each compression magic, try to
    decompress from there, keep the first result that is an ELF file."""
    data = Path(bzimage).read_bytes()
    if data[:4] == b"\x7fELF":
        return data
    for magic, method in MAGICS:
        start = 0
        while True:
            at = data.find(magic, start)
            if at < 0:
                break
            out = _decompress(method, data[at:])
            if out[:4] == b"\x7fELF":
                return out
            start = at + 1
    raise SockconfError(f"{bzimage}: no compressed ELF kernel found inside", TARGET)


def has_pvh_entry(elf):
    """Whether an x86 vmlinux can be booted directly by qemu -kernel: it
    carries the Xen PVH entry note (CONFIG_PVH).  Without it only the
    bzImage boots."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2:
        return False
    phoff, = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    for i in range(phnum):
        p_type, _, p_offset, _, _, p_filesz = struct.unpack_from("<IIQQQQ", elf, phoff + i * phentsize)
        if p_type != 4:     # PT_NOTE
            continue
        at, end = p_offset, p_offset + p_filesz
        while at + 12 <= end:
            namesz, descsz, ntype = struct.unpack_from("<III", elf, at)
            name = elf[at + 12:at + 12 + namesz].rstrip(b"\0")
            if name == b"Xen" and ntype == 18:      # XEN_ELFNOTE_PHYS32_ENTRY
                return True
            at += 12 + ((namesz + 3) & ~3) + ((descsz + 3) & ~3)
    return False


def bzimage_release(path):
    """The release string an x86 bzImage announces in its setup header, or ''."""
    try:
        with open(path, "rb") as f:
            head = f.read(0x10000)
    except OSError:
        return ""
    if len(head) < 0x210 or head[0x202:0x206] != b"HdrS":
        return ""
    off, = struct.unpack_from("<H", head, 0x20E)
    text = head[off + 0x200:off + 0x200 + 256].split(b"\0")[0].decode(errors="replace")
    return text.split(" ")[0] if text else ""


# -------------------------------------------------------- Debian kernels

def kernel_dir(name):
    return cache_dir() / canonical(name)


def fetched(name):
    """The Kernel in the cache under name, or None."""
    d = kernel_dir(name)
    try:
        info = json.loads((d / "kernel.json").read_text())
    except (OSError, ValueError):
        return None
    boot = d / info["boot"]
    if not boot.is_file():
        return None
    return Kernel(canonical(name), info["arch"], boot, info["release"],
                  d / info["moddir"] if info.get("moddir") else None,
                  info.get("packages", {}), info.get("suite", ""), "debian")


def _image_package(arch, meta):
    for dep in arch.depends(meta):
        if dep.startswith("linux-image-") and dep != meta:
            return dep
    raise SockconfError(f"{meta} names no linux-image package in Debian {arch.suite} "
                        f"for {arch.arch}", TARGET)


def image_of(arch, meta):
    """The versioned image package a meta package names now.  A meta
    package may name another meta package (6.12-deb12): followed until a
    versioned image."""
    image = _image_package(arch, meta)
    for _ in range(3):
        if re.search(r"\d+\.\d+\.\d+", image):
            break
        image = _image_package(arch, image)
    return image


def packages_of(arch, image):
    """The image package and the packages of its ABI it depends on (sid:
    linux-binary-, linux-modules-, linux-base-<abi>)."""
    abi = image[len("linux-image-"):]
    return [image] + [d for d in arch.depends(image) if d != image and d.endswith(abi)]


def find_image(tree):
    """(image file, release) in an unpacked kernel: boot/vmlinuz-<release>
    (or vmlinux-), or usr/lib/modules/<release>/vmlinuz (sid)."""
    tree = Path(tree)
    for pattern in ("boot/vmlinuz-*", "boot/vmlinux-*"):
        found = sorted(tree.glob(pattern))
        if found:
            return found[0], found[0].name.split("-", 1)[1]
    for pattern in ("usr/lib/modules/*/vmlinuz", "lib/modules/*/vmlinuz"):
        found = sorted(tree.glob(pattern))
        if found:
            return found[0], found[0].parent.name
    raise SockconfError(f"{tree}: no kernel image (boot/vmlinuz-*, usr/lib/modules/*/vmlinuz)", TARGET)


def fetch(name, log=print, refresh=False):
    """Download, unpack and prepare one kernel; a kernel already in the
    cache at the version the meta package names now is kept."""
    name = canonical(name)
    deb = KERNELS[name]
    arch = archive.Archive(deb.suite, deb.arch)
    arch.update(force=refresh)
    image = image_of(arch, deb.meta)
    if deb.version and not re.match(rf"linux-image-{re.escape(deb.version)}[.+-]", image):
        raise SockconfError(f"{name}: Debian {deb.suite} now has {image}, not {deb.version}; "
                            f"fetch it as {'sid' if deb.suite == 'sid' else 'another name'}", TARGET)
    pkgs = packages_of(arch, image)
    have = fetched(name)
    if have and sorted(have.packages) == sorted(pkgs):
        log(f"{name}: {pkgs[0]} already in {have.boot.parent}")
        return have
    log(f"{name}: fetching {' '.join(pkgs)} from Debian {deb.suite} ({deb.arch})")
    d = cache_dir() / name
    d.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=d.parent))
    try:
        tree = work / "tree"
        got = archive.fetch_into(arch, pkgs, tree, work / "debs")
        image, release = find_image(tree)
        if deb.arch == "amd64":
            (work / "vmlinux").write_bytes(extract_vmlinux(image))
            boot = "vmlinux"
        else:
            boot = str(image.relative_to(work))
        moddir = find_moddir(tree, release)
        info = {"name": name, "arch": deb.arch, "suite": deb.suite, "release": release, "boot": boot,
                "moddir": str(moddir.relative_to(work)) if moddir else "", "packages": got}
        (work / "kernel.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n")
        shutil.rmtree(work / "debs", ignore_errors=True)
        if d.exists():
            shutil.rmtree(d)
        os.replace(work, d)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    log(f"{name}: {release} ready in {d}")
    return fetched(name)


# ------------------------------------------------------ the user's kernel

def local(image, modules="", arch="amd64"):
    """A kernel the user built, by path: a bzImage (or vmlinux) for x86,
    the Image for arm64; MODULES=…/lib/modules/<release> optionally.  An
    x86 bzImage whose vmlinux has the PVH entry is booted as that vmlinux
    (extracted once into the cache, by content), which skips the
    decompression under emulation."""
    image = Path(image).expanduser().resolve()
    if not image.is_file():
        raise SockconfError(f"kernel image {image}: no such file", USAGE)
    moddir = Path(modules).expanduser().resolve() if modules else None
    if moddir is not None and not moddir.is_dir():
        raise SockconfError(f"modules folder {moddir}: no such folder", USAGE)
    release = bzimage_release(image) or (moddir.name if moddir else "")
    boot = image
    if arch == "amd64":
        digest = hashlib.sha256(image.read_bytes()).hexdigest()[:16]
        cached = cache_dir() / "local" / digest / "vmlinux"
        if not cached.is_file():
            try:
                elf = extract_vmlinux(image)
            except SockconfError:
                elf = b""
            if elf and has_pvh_entry(elf):
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_name(f".vmlinux.{os.getpid()}")
                tmp.write_bytes(elf)
                os.replace(tmp, cached)
        if cached.is_file():
            boot = cached
    return Kernel(str(image), arch, boot, release or "unknown", moddir, {}, "", str(image))


def is_path(spec):
    return "/" in spec or spec.startswith(".")


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    refresh = "--refresh" in argv
    argv = [a for a in argv if a != "--refresh"]
    if not argv or argv[0] not in ("fetch", "list"):
        print("usage: python3 -m runner.kernels fetch [--refresh] [NAME...] | list", file=sys.stderr)
        return USAGE
    try:
        if argv[0] == "list":
            for name, deb in KERNELS.items():
                k = fetched(name)
                state = k.release if k else "not fetched"
                print(f"{name}\t{deb.suite}/{deb.arch}\t{deb.meta}\t{state}")
            return 0
        for name in argv[1:] or DEFAULT:
            fetch(name, refresh=refresh)
    except SockconfError as e:
        return report_error(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
