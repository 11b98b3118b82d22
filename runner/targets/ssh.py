"""ssh:[USER@]HOST[:PORT]: another machine's kernel, over OpenSSH.

The built cases, run-items.sh and the environment probe are copied once
into a fresh folder on the remote machine (scp); items run there in
batches with run-items.sh (a case's kinds per batch, or everything the
runner announces through prepare()), and the batch's output comes back as
one tar stream.  The folder is removed at the end.  Every connection is
non-interactive (BatchMode) with a bounded ConnectTimeout and keep-alives,
so a host that vanishes fails the items instead of hanging the run.

SOCKCONF_SSH_CONFIG names an ssh_config file (keys, known hosts, jump
hosts); the case binaries must suit the remote machine (same architecture,
a compatible C library)."""

import atexit
import io
import os
import shlex
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from runner import abi as abi_mod
from runner import environment
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError
from runner.execute import ItemResult
from runner.targets.base import Target
from runner.targets.batch import GUEST_SCRIPT, group_bound, groups, items_file, read_group

CONNECT_TIMEOUT = 10
BOUND = 60          # seconds for set-up and clean-up commands


def parse_host(spec):
    """'user@host:port' -> ('user@host', port or None); '[::1]:22' too."""
    if not spec:
        raise SockconfError("target ssh needs a host: ssh:[USER@]HOST[:PORT]", USAGE)
    user, at, host = spec.rpartition("@")
    port = None
    if host.startswith("["):
        inner, _, rest = host[1:].partition("]")
        host = inner
        if rest.startswith(":"):
            port = rest[1:]
    elif host.count(":") == 1:
        host, _, port = host.partition(":")
    if port is not None and not port.isdigit():
        raise SockconfError(f"ssh target {spec!r}: port {port!r} is not a number", USAGE)
    return f"{user}{at}{host}", int(port) if port else None


def _extract(payload, dest):
    """The batch's flat folder of result files; anything else in the
    stream (links, sub-folders, paths leaving the folder) is ignored."""
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as tar:
        for m in tar:
            name = m.name[2:] if m.name.startswith("./") else m.name
            if not m.isfile() or not name or "/" in name or name.startswith("."):
                continue
            with tar.extractfile(m) as src:
                (Path(dest) / name).write_bytes(src.read())


class SshTarget(Target):
    # Not a batch target for the CLI: each xdist worker has its own remote
    # folder and runs its cases' batches there, in parallel.
    usage = "ssh:[USER@]HOST[:PORT]"

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        return cls(arg, **kw)

    @classmethod
    def packages(cls, prefix, arg, abi):
        return ["openssh-client"]

    def __init__(self, spec="", build_dir="build", root=None, timeout_mult=1.0,
                 preload="", wrapper="", config=None, **_):
        if preload or wrapper:
            raise SockconfError("the ssh target takes no --preload or --wrapper", USAGE)
        for tool in ("ssh", "scp"):
            if shutil.which(tool) is None:
                raise SockconfError(f"{tool} is missing: install it with: sudo apt-get install -y openssh-client",
                                    MISSING_TOOL)
        self.host, self.port = parse_host(spec)
        self.name = f"ssh:{spec}"
        self.cases_dir = Path(build_dir) / "cases"
        self.timeout_mult = timeout_mult
        config = config if config is not None else os.environ.get("SOCKCONF_SSH_CONFIG", "")
        self.opts = ["-o", "BatchMode=yes", "-o", f"ConnectTimeout={CONNECT_TIMEOUT}",
                     "-o", "ServerAliveInterval=5", "-o", "ServerAliveCountMax=3"]
        if config:
            self.opts = ["-F", config, *self.opts]
        self.remote = None
        self.control = None     # ControlPath of the shared connection, "" for none
        self.control_dir = None
        self.registered = False
        self.done = {}          # (case id, kind) -> ItemResult
        self.planned = None     # [(Case, kind)] from prepare()

    # -- plumbing -----------------------------------------------------------

    def _master(self):
        """One authenticated connection that later sessions share (an ssh
        handshake costs about half a second); without it each goes alone."""
        if self.control is not None:
            return
        self.control = ""
        self._register()
        self.control_dir = tempfile.mkdtemp(prefix="sc-ssh-")
        path = os.path.join(self.control_dir, "c")
        argv = ["ssh", *self.opts, "-o", "ControlMaster=yes", "-o", f"ControlPath={path}", "-o", "ControlPersist=120",
                "-f", "-N", *(["-p", str(self.port)] if self.port else []), self.host]
        try:
            r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=BOUND)
        except subprocess.TimeoutExpired:
            return
        if r.returncode == 0 and os.path.exists(path):
            self.control = path
            self.opts = [*self.opts, "-o", "ControlMaster=no", "-o", f"ControlPath={path}"]
        else:
            shutil.rmtree(self.control_dir, ignore_errors=True)
            self.control_dir = None

    def _register(self):
        if not self.registered:
            atexit.register(self.close)
            self.registered = True

    def _ssh(self, command, what, timeout=BOUND, stdin=b""):
        self._master()
        argv = ["ssh", *self.opts, *(["-p", str(self.port)] if self.port else []), self.host, command]
        try:
            return subprocess.run(argv, input=stdin, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise SockconfError(f"{self.name}: {what} did not finish within {timeout}s", TARGET)

    def _fail(self, what, proc):
        err = proc.stderr.decode(errors="replace").strip().splitlines()
        raise SockconfError(f"{self.name}: {what} failed: {err[-1] if err else f'exit {proc.returncode}'}", TARGET)

    def open(self):
        if self.remote is not None:
            return self
        if not self.cases_dir.is_dir():
            raise SockconfError(f"{self.cases_dir}: no built cases to copy (run `make all`)", TARGET)
        self._register()
        r = self._ssh("uname -m && mktemp -d /tmp/sockconf.XXXXXX", "connecting")
        lines = r.stdout.decode(errors="replace").split()
        if r.returncode != 0 or len(lines) != 2:
            self._fail(f"connecting to {self.host}", r)
        machine, self.remote = lines
        if machine != os.uname().machine:
            self.close()
            raise SockconfError(f"{self.name}: the remote machine is {machine}, the cases were built for "
                                f"{os.uname().machine}", TARGET)
        first = None
        # scp speaks SFTP by default; a host without an SFTP server (dropbear,
        # a minimal image) may still take the original scp protocol (-O).
        for legacy in ([], ["-O"]):
            argv = ["scp", "-q", "-r", *legacy, *self.opts, *(["-P", str(self.port)] if self.port else []),
                    str(self.cases_dir), str(GUEST_SCRIPT), str(environment.PROBE),
                    f"{self._scp_host()}:{self.remote}/"]
            try:
                r = subprocess.run(argv, capture_output=True, timeout=BOUND * 5, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired:
                raise SockconfError(f"{self.name}: copying the cases took over {BOUND * 5}s", TARGET)
            if r.returncode == 0:
                return self
            first = first or r
        self._fail("copying the cases (scp)", first)

    def _scp_host(self):
        user, at, host = self.host.rpartition("@")
        return f"{user}{at}[{host}]" if ":" in host else self.host

    def close(self):
        remote, self.remote = self.remote, None
        if remote and remote.startswith("/tmp/sockconf."):
            try:
                self._ssh(f"rm -rf {shlex.quote(remote)}", "removing the remote folder", timeout=BOUND)
            except SockconfError:
                pass
        if self.control:
            subprocess.run(["ssh", "-o", f"ControlPath={self.control}", "-O", "exit", self.host],
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=BOUND)
        if self.control_dir:
            shutil.rmtree(self.control_dir, ignore_errors=True)
        self.control = self.control_dir = None

    # -- batches ------------------------------------------------------------

    def batch(self, items):
        """Run [(Case, variant, kind)] in one session; fills self.done."""
        self.open()
        bound = sum(group_bound(c, len(g), self.timeout_mult) for c, g in groups(items)) + BOUND
        d = shlex.quote(self.remote)
        script = (f"out=$(mktemp -d {d}/o.XXXXXX) && cat > \"$out.items\" && "
                  f"sh {d}/run-items.sh {d}/cases \"$out.items\" \"$out\" {self.timeout_mult:g} >&2; "
                  "tar -C \"$out\" -cf - . ; rm -rf \"$out\" \"$out.items\"")
        failure = ""
        try:
            r = self._ssh(script, "a batch", timeout=bound, stdin=items_file(items).encode())
            if r.returncode != 0:
                err = r.stderr.decode(errors="replace").strip().splitlines()
                failure = f"ssh exited {r.returncode}: {err[-1] if err else ''}"
            payload = r.stdout
        except SockconfError as e:
            failure, payload = str(e), b""
        with tempfile.TemporaryDirectory(prefix="sockconf-ssh-") as tmp:
            try:
                _extract(payload, tmp)
            except (tarfile.TarError, EOFError, OSError) as e:
                failure = failure or f"the batch's output could not be read: {e}"
            for c, group in groups(items):
                for (v, k), res in read_group(tmp, c, group).items():
                    if failure and not (Path(tmp) / f"{c.id}.rc").exists() and \
                            res.outcome in ("crash", "broken"):
                        res = ItemResult(c.id, k, "crash", f"{self.name}: the batch stopped before this item: {failure}",
                                         variant=v)
                    self.done[(c.id, v, k)] = res

    def prepare(self, items):
        """Optional: the runner announces every item, so that one session runs them all."""
        self.planned = [i for i in items if i[0] is not None]

    # -- the target interface ---------------------------------------------

    def environment(self):
        names = " ".join(shlex.quote(s) for s in environment.SYSCTLS)
        r = self._ssh(f"sh -s -- {names}", "the environment probe", stdin=environment.PROBE.read_bytes())
        if r.returncode != 0:
            self._fail("the environment probe", r)
        env = environment.parse_probe(r.stdout.decode(errors="replace"))
        env.update(abi_mod.describe(abi_mod.native()))
        env["ssh_host"] = self.host
        return env

    def run(self, case, kind, variant=""):
        key = (case.id, variant, kind)
        if key not in self.done:
            if self.planned and any((c.id, v, k) == key for c, v, k in self.planned):
                todo = [(c, v, k) for c, v, k in self.planned if (c.id, v, k) not in self.done]
            else:
                todo = [(case, v, k) for v, k in case.items() if (case.id, v, k) not in self.done]
            self.batch(todo)
        return self.done.pop(key)
