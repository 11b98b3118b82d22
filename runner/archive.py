"""Debian's archive through a private apt configuration.

Kernels of other Debian releases (bullseye, bookworm, trixie, sid), sid's
user-mode Linux and its C library, busybox and libcheck for other
architectures all come from Debian's archive, but the machine's own apt
sources are never touched: each (suite, architecture) gets its own folder
in the cache with its own sources list, package lists, downloaded archives
and an empty dpkg status, and apt-get / apt-cache are pointed at it with
-o options.  Nothing is installed: packages are downloaded and unpacked
with dpkg -x.  No root is needed.

The mirror and its signing keyring are read (never written) from the
machine's apt sources, so a machine that reaches Debian through a mirror or
a proxy keeps doing so; SOCKCONF_DEBIAN_MIRROR and
SOCKCONF_DEBIAN_SECURITY_MIRROR override them.

Layout: <cache>/apt/<suite>-<arch>/{sources.list, sources.list.d/,
lists/, archives/, status, lock}; <cache> is $SC_CACHE or
~/.cache/sockconf."""

import fcntl
import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError

# suite -> the suites that make it up, each (suite name, which mirror)
SUITES = {
    "bullseye": (("bullseye", "main"), ("bullseye-updates", "main"), ("bullseye-security", "security")),
    "bookworm": (("bookworm", "main"), ("bookworm-updates", "main"), ("bookworm-security", "security")),
    "trixie": (("trixie", "main"), ("trixie-updates", "main"), ("trixie-security", "security")),
    "sid": (("sid", "main"),),
}
DEFAULT_MIRROR = "http://deb.debian.org/debian"
DEFAULT_SECURITY = "http://deb.debian.org/debian-security"
DEFAULT_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
MAX_AGE = 7 * 24 * 3600     # package lists older than this are refreshed first
BOUND = 900                 # seconds any one apt or dpkg command may take


def cache_root():
    env = os.environ.get("SC_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sockconf"


# ------------------------------------------------ the machine's apt sources

def _stanzas(etc):
    """(types, uris, suites, signed_by) of every source the machine has,
    from one-line .list files and deb822 .sources files."""
    etc = Path(etc)
    files = [etc / "sources.list"] + sorted((etc / "sources.list.d").glob("*.list"))
    for f in files:
        try:
            lines = f.read_text(errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"(deb|deb-src)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)", line)
            if not m:
                continue
            opts = dict(o.split("=", 1) for o in (m.group(2) or "").split() if "=" in o)
            yield m.group(1), [m.group(3)], [m.group(4)], opts.get("signed-by", "")
    for f in sorted((etc / "sources.list.d").glob("*.sources")):
        try:
            text = f.read_text(errors="replace")
        except OSError:
            continue
        for block in re.split(r"\n\s*\n", text):
            fields, key = {}, None
            for line in block.splitlines():
                if line.startswith("#"):
                    continue
                if line[:1] in (" ", "\t") and key:
                    fields[key] += "\n" + line.strip()
                elif ":" in line:
                    key, _, value = line.partition(":")
                    key = key.strip().lower()
                    fields[key] = value.strip()
            if fields.get("enabled", "yes").lower() == "no" or "uris" not in fields:
                continue
            signed = fields.get("signed-by", "")
            if "\n" in signed or signed.startswith("-----"):
                signed = ""         # an inline key: fall back to the keyring file
            yield (fields.get("types", "deb"), fields["uris"].split(), fields.get("suites", "").split(),
                   signed)


def machine_mirrors(etc="/etc/apt"):
    """(archive mirror, security mirror, keyring) as the machine uses them."""
    mirror = security = keyring = ""
    for types, uris, suites, signed in _stanzas(etc):
        if "deb" not in types.split():
            continue
        debian = [s for s in suites if re.match(r"(bullseye|bookworm|trixie|forky|sid|unstable|testing|stable|oldstable)", s)]
        if not debian:
            continue
        if all(s.endswith("-security") for s in debian):
            security = security or uris[0]
        else:
            mirror = mirror or uris[0]
        keyring = keyring or signed
    return (os.environ.get("SOCKCONF_DEBIAN_MIRROR") or mirror or DEFAULT_MIRROR,
            os.environ.get("SOCKCONF_DEBIAN_SECURITY_MIRROR") or security or DEFAULT_SECURITY,
            keyring if keyring and Path(keyring).exists() else DEFAULT_KEYRING)


def sources_list(suite, mirrors):
    if suite not in SUITES:
        raise SockconfError(f"unknown Debian suite {suite!r} (suites: {', '.join(SUITES)})", USAGE)
    mirror, security, keyring = mirrors
    lines = []
    for name, where in SUITES[suite]:
        uri = security if where == "security" else mirror
        lines.append(f"deb [signed-by={keyring}] {uri} {name} main")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ the archive

class Archive:
    """One Debian suite for one architecture, through its own apt folders."""

    def __init__(self, suite, arch="amd64", root=None, mirrors=None):
        self.suite, self.arch = suite, arch
        self.dir = Path(root or cache_root() / "apt") / f"{suite}-{arch}"
        self.mirrors = mirrors
        self.warning = ""
        self._ready = False

    def options(self):
        d = self.dir
        return ["-o", f"Dir::Etc::SourceList={d / 'sources.list'}",
                "-o", f"Dir::Etc::SourceParts={d / 'sources.list.d'}",
                "-o", f"Dir::Etc::Preferences={d / 'preferences'}",
                "-o", f"Dir::Etc::PreferencesParts={d / 'preferences.d'}",
                "-o", f"Dir::State={d / 'state'}",
                "-o", f"Dir::State::Lists={d / 'lists'}",
                "-o", f"Dir::State::status={d / 'status'}",
                "-o", f"Dir::Cache={d / 'cache'}",
                "-o", f"Dir::Cache::Archives={d / 'archives'}",
                "-o", f"APT::Architecture={self.arch}",
                "-o", f"APT::Architectures::={self.arch}",
                "-o", "Acquire::Languages=none",
                "-o", "APT::Get::List-Cleanup=true"]

    def _layout(self):
        d = self.dir
        for sub in ("sources.list.d", "preferences.d", "state", "lists/partial", "cache",
                    "archives/partial"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        (d / "status").touch()
        text = sources_list(self.suite, self.mirrors or machine_mirrors())
        path = d / "sources.list"
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            stamp = d / "updated"
            stamp.unlink(missing_ok=True)   # other sources: lists must be fetched again

    @contextmanager
    def _locked(self):
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / "lock", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def _run(self, tool, args, cwd=None, what=""):
        try:
            p = subprocess.run([tool, *self.options(), *args], cwd=cwd, capture_output=True,
                               text=True, timeout=BOUND, stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise SockconfError(f"{tool} is missing: packages are fetched with apt-get and dpkg "
                                "(Debian or Ubuntu)", MISSING_TOOL)
        except subprocess.TimeoutExpired:
            raise SockconfError(f"{what or tool}: took over {BOUND} s", TARGET)
        if p.returncode != 0:
            errs = [ln for ln in p.stderr.strip().splitlines() if ln.startswith("E:")] or \
                p.stderr.strip().splitlines() or ["failed"]
            raise SockconfError(f"{what or tool} ({self.suite}/{self.arch}): {errs[-1]}", TARGET)
        return p.stdout

    def has_main_list(self):
        return any((self.dir / "lists").glob(f"*_dists_{self.suite}_main_binary-{self.arch}_Packages*"))

    def stale(self):
        stamp = self.dir / "updated"
        try:
            return time.time() - stamp.stat().st_mtime > MAX_AGE
        except OSError:
            return True

    def update(self, force=False):
        """Fetch the package lists when absent, old, or when asked."""
        with self._locked():
            self._layout()
            if force or self.stale():
                try:
                    self._run("apt-get", ["update", "-q"], what="apt-get update")
                except SockconfError as e:
                    # A mirror caught mid-sync fails one index (-security,
                    # -updates); the release's own list is enough to go on.
                    if not self.has_main_list():
                        raise
                    self.warning = str(e)
                    print(f"sockconf: warning: {e}; going on with the lists it has", file=sys.stderr)
                (self.dir / "updated").touch()
        self._ready = True

    def ensure(self):
        if not self._ready:
            self.update()

    def cache(self, args, what=""):
        self.ensure()
        return self._run("apt-cache", args, what=what or f"apt-cache {' '.join(args)}")

    def depends(self, pkg):
        """The packages pkg depends on (Depends and Pre-Depends; the first
        of each set of alternatives), as apt-cache resolves them now."""
        out = self.cache(["depends", "--no-recommends", "--no-suggests", "--no-conflicts",
                          "--no-breaks", "--no-replaces", "--no-enhances", pkg])
        deps, alternative = [], False
        for line in out.splitlines():
            m = re.match(r"\s*(\|)?(Pre)?Depends:\s*(\S+)", line)
            if not m:
                continue
            name = m.group(3)
            if not alternative and not name.startswith("<"):
                deps.append(name.split(":")[0])
            alternative = bool(m.group(1))
        return deps

    def version(self, pkg):
        out = self.cache(["policy", pkg])
        m = re.search(r"Candidate:\s*(\S+)", out)
        if not m or m.group(1) == "(none)":
            raise SockconfError(f"{pkg} is not in Debian {self.suite} for {self.arch}", TARGET)
        return m.group(1)

    def download(self, pkgs, dest):
        """The .deb files of pkgs (current candidates) in dest.  Package
        lists that name files the mirror no longer has are refreshed once."""
        dest = Path(dest)
        dest.mkdir(parents=True, exist_ok=True)
        os.chmod(dest, 0o755)
        self.ensure()
        args = ["download", "-q", *pkgs]
        try:
            self._run("apt-get", args, cwd=dest, what=f"apt-get download {' '.join(pkgs)}")
        except SockconfError:
            self.update(force=True)
            self._run("apt-get", args, cwd=dest, what=f"apt-get download {' '.join(pkgs)}")
        debs = []
        for p in pkgs:
            found = sorted(dest.glob(f"{p.split(':')[0]}_*.deb"))
            if not found:
                raise SockconfError(f"apt-get download {p} left no .deb", TARGET)
            debs.append(found[-1])
        return debs


def unpack(deb, tree):
    """dpkg -x: the package's files under tree, nothing installed."""
    Path(tree).mkdir(parents=True, exist_ok=True)
    try:
        p = subprocess.run(["dpkg", "-x", str(deb), str(tree)], capture_output=True, text=True,
                           timeout=BOUND)
    except FileNotFoundError:
        raise SockconfError("dpkg is missing: packages are unpacked with dpkg -x", MISSING_TOOL)
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["failed"])[-1]
        raise SockconfError(f"dpkg -x {Path(deb).name}: {last}", TARGET)


def fetch_into(archive, pkgs, tree, work):
    """Download pkgs from archive into work and unpack them all into tree;
    returns {package: version} of what was unpacked."""
    got = {}
    for deb in archive.download(pkgs, work):
        unpack(deb, tree)
        name, version = deb.name.split("_")[:2]
        got[name] = version.replace("%3a", ":")
        deb.unlink()
    return got
