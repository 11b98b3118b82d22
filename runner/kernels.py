"""Debian kernels for the qemu target, fetched into a cache folder.

`python3 -m runner.kernels fetch [NAME...]` (or `make kernels`) resolves each
name through its Debian meta package (old ABI builds leave the archive, the
meta package always names the current one), downloads it with
`apt-get download`, unpacks it with `dpkg -x` (nothing is installed system
wide) and extracts the uncompressed vmlinux: under TCG a kernel that must
first decompress itself boots seconds slower.

Cache layout: $SC_KERNEL_CACHE or ~/.cache/sockconf/kernels, then
<name>/{tree/, vmlinux, release, package}."""

import bz2
import lzma
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError

# name -> Debian meta package.  All from bookworm (6.12 comes from
# bookworm-security, which Debian 12 machines have configured by default).
KERNELS = {
    "6.1-cloud": "linux-image-cloud-amd64",
    "6.1-generic": "linux-image-amd64",
    "6.1-rt": "linux-image-rt-amd64",
    "6.12": "linux-image-6.12-cloud-amd64",
    "6.12-generic": "linux-image-6.12-amd64",
    "6.12-rt": "linux-image-6.12-rt-amd64",
}
DEFAULT = ("6.1-cloud", "6.1-generic", "6.1-rt", "6.12")

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


def cache_dir():
    env = os.environ.get("SC_KERNEL_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sockconf" / "kernels"


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


def _run(cmd, cwd=None, what=""):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    except FileNotFoundError:
        raise SockconfError(f"{cmd[0]} is missing: kernels are fetched with apt-get and dpkg "
                            "(Debian or Ubuntu)", MISSING_TOOL)
    except subprocess.TimeoutExpired:
        raise SockconfError(f"{' '.join(cmd)} took over 600 s", TARGET)
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["failed"])[-1]
        raise SockconfError(f"{what or ' '.join(cmd)}: {last}", TARGET)
    return p.stdout


def resolve(meta):
    """The versioned image package a meta package depends on now."""
    out = _run(["apt-cache", "depends", "--no-recommends", "--no-suggests", meta],
               what=f"apt-cache depends {meta}")
    for line in out.splitlines():
        dep = line.strip()
        if dep.startswith("Depends:"):
            pkg = dep.split(":", 1)[1].strip()
            if pkg.startswith("linux-image-"):
                return pkg
    raise SockconfError(f"{meta} names no linux-image package here; run `apt-get update` "
                        f"(or add bookworm-security / backports to the apt sources)", TARGET)


def kernel_dir(name):
    if name not in KERNELS:
        raise SockconfError(f"unknown kernel {name!r} (kernels: {', '.join(KERNELS)})", USAGE)
    return cache_dir() / name


def fetched(name):
    d = kernel_dir(name)
    return d if (d / "vmlinux").is_file() and (d / "release").is_file() else None


def fetch(name, log=print):
    """Download, unpack and extract one kernel; a kernel already in the
    cache at the version the meta package names now is kept.  Stale or
    missing package lists (a fresh machine, an ABI bump) are refreshed once
    with apt-get update when running as root."""
    try:
        return _fetch(name, log)
    except SockconfError as e:
        if e.status != TARGET or os.geteuid() != 0:
            raise
        log(f"{name}: {e}; running apt-get update and trying again")
        _run(["apt-get", "update", "-qq"], what="apt-get update")
        return _fetch(name, log)


def _fetch(name, log):
    d = kernel_dir(name)
    pkg = resolve(KERNELS[name])
    if fetched(name) and (d / "package").read_text().strip() == pkg:
        log(f"{name}: {pkg} already in {d}")
        return d
    log(f"{name}: fetching {pkg}")
    d.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=d.parent))
    try:
        os.chmod(work, 0o755)   # apt's _apt user downloads into it when it can
        _run(["apt-get", "download", "-q", pkg], cwd=work, what=f"apt-get download {pkg}")
        debs = sorted(work.glob("*.deb"))
        if not debs:
            raise SockconfError(f"apt-get download {pkg} left no .deb", TARGET)
        tree = work / "tree"
        _run(["dpkg", "-x", str(debs[0]), str(tree)], what=f"dpkg -x {debs[0].name}")
        for deb in debs:
            deb.unlink()
        images = sorted((tree / "boot").glob("vmlinuz-*"))
        if not images:
            raise SockconfError(f"{pkg} holds no /boot/vmlinuz", TARGET)
        release = images[0].name[len("vmlinuz-"):]
        (work / "vmlinux").write_bytes(extract_vmlinux(images[0]))
        (work / "release").write_text(release + "\n")
        (work / "package").write_text(pkg + "\n")
        if d.exists():
            shutil.rmtree(d)
        os.replace(work, d)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    log(f"{name}: {release} ready in {d}")
    return d


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("fetch", "list"):
        print("usage: python3 -m runner.kernels fetch [NAME...] | list", file=sys.stderr)
        return USAGE
    if argv[0] == "list":
        for name, meta in KERNELS.items():
            d = fetched(name)
            state = (d / "release").read_text().strip() if d else "not fetched"
            print(f"{name}\t{meta}\t{state}")
        return 0
    try:
        for name in argv[1:] or DEFAULT:
            fetch(name)
    except SockconfError as e:
        print(f"sockconf: {e}", file=sys.stderr)
        return e.status
    return 0


if __name__ == "__main__":
    sys.exit(main())
