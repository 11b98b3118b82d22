"""netns:PROFILE: this machine's kernel inside a fresh network namespace
whose sysctls are set from a named profile (runner/profiles.toml).

As root the namespace is a named one (`ip netns add`, entered with `ip
netns exec`); otherwise an unprivileged user namespace owns it, held open
by a small holder process and entered with `nsenter`.  Every case process
and the environment probe run inside it.  Every value the profile names is
written and read back; a value the kernel keeps global (read-only inside a
namespace) is an error when the profile requires it, and a recorded,
announced omission when the profile asks for it only where namespaced.
The namespace is removed at the end, on Ctrl-C too; a named namespace
left by a killed run is removed by the next one."""

import atexit
import os
import re
import secrets
import select
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from runner import abi as abi_mod
from runner import environment
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError
from runner.execute import Launch, run_items
from runner.targets.ahead import RunAhead
from runner.targets.base import Target

PROFILES = Path(__file__).resolve().parent.parent / "profiles.toml"
PREFIX = "sockconf-"
BOUND = 20      # seconds for any one namespace operation
INSTALL = {"ip": "iproute2", "unshare": "util-linux", "nsenter": "util-linux"}

# Prints "name<TAB>how<TAB>value read back" for each "name value" argument
# pair; how is ok, denied (the write failed) or absent.
APPLY = r'''
while [ $# -ge 2 ]; do
	f=/proc/sys/$(printf '%s' "$1" | tr . /)
	if [ ! -e "$f" ]; then
		printf '%s\tabsent\t\n' "$1"
	else
		how=ok
		printf '%s\n' "$2" 2>/dev/null > "$f" || how=denied
		printf '%s\t%s\t%s\n' "$1" "$how" "$(tr '\t' ' ' < "$f")"
	fi
	shift 2
done
'''


def load_profiles(path=PROFILES):
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SockconfError(f"{path}: cannot read the netns profiles: {e}", USAGE)
    profiles = {}
    for name, p in data.items():
        if not isinstance(p, dict):
            raise SockconfError(f"{path}: profile {name!r} is not a table", USAGE)
        req = {k: str(v) for k, v in p.get("sysctls", {}).items()}
        opt = {k: str(v) for k, v in p.get("where_namespaced", {}).items()}
        profiles[name] = {"description": p.get("description", ""), "sysctls": req, "where_namespaced": opt}
    return profiles


def profile(name, path=PROFILES):
    profiles = load_profiles(path)
    if name not in profiles:
        raise SockconfError(f"unknown netns profile {name!r} (profiles: {', '.join(sorted(profiles))}; "
                            f"see {Path(path).name})", USAGE)
    return profiles[name]


def same_value(a, b):
    return a.split() == b.split()


def judge_applied(lines, required, optional):
    """From APPLY's output: (what was set, what could not be set where
    namespaced).  A required value that did not stick raises."""
    seen = {}
    for line in lines.splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            seen[parts[0]] = (parts[1], parts[2])
    applied, skipped = {}, {}
    for name, want in {**required, **optional}.items():
        how, got = seen.get(name, ("missing", ""))
        if how == "ok" and same_value(got, want):
            applied[name] = " ".join(want.split())
            continue
        if how == "absent":
            why = "does not exist on this kernel"
        elif how == "denied":
            why = f"is not per-namespace on this kernel (read-only inside a network namespace; stays {got})"
        elif how == "ok":
            why = f"was written as {want!r} but reads back {got!r}"
        else:
            why = "was not reported by the namespace"
        if name in required:
            raise SockconfError(f"{name} {why}: the profile cannot be applied", TARGET)
        skipped[name] = why
    return applied, skipped


def _stale(names, alive=None):
    """Our named namespaces whose creating process is gone."""
    alive = alive or (lambda pid: Path(f"/proc/{pid}").exists())
    out = []
    for n in names:
        m = re.match(re.escape(PREFIX) + r"(\d+)-[0-9a-f]+$", n)
        if m and not alive(int(m.group(1))):
            out.append(n)
    return out


def _need(tool):
    if shutil.which(tool) is None:
        raise SockconfError(f"{tool} is missing: install it with: sudo apt-get install -y {INSTALL[tool]}",
                            MISSING_TOOL)


class NetnsTarget(Target):
    usage = "netns:PROFILE"

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        return cls(arg, **kw)

    @classmethod
    def packages(cls, prefix, arg, abi):
        return ["iproute2"]

    def __init__(self, profile_name="default", preload="", wrapper="", timeout_mult=1.0,
                 mode="auto", profiles_file=PROFILES, quiet=False, jobs=1, build_dir=None, **_):
        if not profile_name:
            raise SockconfError("target netns needs a profile: netns:PROFILE "
                                f"(profiles: {', '.join(sorted(load_profiles(profiles_file)))})", USAGE)
        self.profile_name = profile_name
        self.profile = profile(profile_name, profiles_file)
        self.name = f"netns:{profile_name}"
        self.user_wrapper = wrapper
        self.preload = preload
        self.timeout_mult = timeout_mult
        self.quiet = quiet
        self.fallback = mode == "auto"
        if mode == "auto":
            mode = "ipnetns" if os.geteuid() == 0 else "userns"
        if mode not in ("ipnetns", "userns"):
            raise SockconfError(f"netns mode {mode!r}: ipnetns or userns", USAGE)
        self.mode = mode
        self.ns = None          # namespace name (ipnetns) or holder process (userns)
        self.prefix = None
        self.applied, self.not_applied = {}, {}
        self.registered = False
        self.ahead = RunAhead(jobs, build_dir)

    # -- the namespace ------------------------------------------------------

    def _run(self, argv, what, timeout=BOUND):
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise SockconfError(f"{self.name}: {what} did not finish within {timeout}s", TARGET)

    def open(self):
        if self.prefix is not None:
            return self
        _need("ip")
        if not self.registered:
            atexit.register(self.close)
            self.registered = True
        if self.mode == "ipnetns":
            self._sweep()
            name = f"{PREFIX}{os.getpid()}-{secrets.token_hex(3)}"
            r = self._run(["ip", "netns", "add", name], "ip netns add")
            if r.returncode == 0:
                self.ns = name
                self.prefix = ["ip", "netns", "exec", name]
            elif not self.fallback:
                raise SockconfError(f"{self.name}: ip netns add {name} failed: {r.stderr.strip()}", TARGET)
            else:
                # root without CAP_SYS_ADMIN (a container): a user namespace may still do
                self.mode = "userns"
                if not self.quiet:
                    print(f"sockconf: {self.name}: ip netns add failed ({r.stderr.strip()}); "
                          "using an unprivileged user namespace", file=sys.stderr)
        if self.mode == "userns":
            _need("unshare")
            _need("nsenter")
            self.ns = self._holder()
            self.prefix = ["nsenter", f"--target={self.ns.pid}", "--user", "--net", "--preserve-credentials"]
        try:
            self._configure()
        except BaseException:
            self.close()
            raise
        return self

    def _holder(self):
        """A process that owns a new user and network namespace for as long
        as its stdin is open: if the runner dies, the namespace goes too."""
        try:
            p = subprocess.Popen(["unshare", "--user", "--map-root-user", "--net", "--",
                                  "sh", "-c", "echo ready; exec cat >/dev/null"],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 start_new_session=True)
        except OSError as e:
            raise SockconfError(f"{self.name}: cannot start unshare: {e.strerror}", TARGET)
        ready, _, _ = select.select([p.stdout], [], [], BOUND)
        line = p.stdout.readline() if ready else b""
        if line.strip() != b"ready":
            p.kill()
            p.wait(timeout=BOUND)
            err = p.stderr.read().decode(errors="replace").strip()
            raise SockconfError(f"{self.name}: not root, and no unprivileged user namespace here "
                                f"({err or 'unshare gave no sign of life'}); run as root, or allow them "
                                "(sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces)", TARGET)
        return p

    def _configure(self):
        r = self._run([*self.prefix, "ip", "link", "set", "lo", "up"], "bringing lo up")
        if r.returncode != 0:
            raise SockconfError(f"{self.name}: cannot bring lo up in the namespace: {r.stderr.strip()}", TARGET)
        req, opt = self.profile["sysctls"], self.profile["where_namespaced"]
        pairs = [x for kv in {**req, **opt}.items() for x in kv]
        r = self._run([*self.prefix, "sh", "-c", APPLY, "apply", *pairs], "setting the sysctls")
        if r.returncode != 0:
            raise SockconfError(f"{self.name}: setting the sysctls failed: {r.stderr.strip()}", TARGET)
        try:
            self.applied, self.not_applied = judge_applied(r.stdout, req, opt)
        except SockconfError as e:
            raise SockconfError(f"{self.name}: {e}", e.status)
        if self.not_applied and not self.quiet:
            for name, why in sorted(self.not_applied.items()):
                print(f"sockconf: {self.name}: {name} not set: it {why}", file=sys.stderr)

    def _sweep(self):
        r = self._run(["ip", "netns", "list"], "ip netns list")
        names = [line.split()[0] for line in r.stdout.splitlines() if line.strip()]
        for n in _stale(names):
            self._run(["ip", "netns", "del", n], "removing a stale namespace")

    def close(self):
        self.ahead.close()
        ns, self.ns, self.prefix = self.ns, None, None
        if ns is None:
            return
        if isinstance(ns, str):
            try:
                subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=BOUND)
            except subprocess.TimeoutExpired:
                print(f"sockconf: {self.name}: could not remove namespace {ns}; "
                      f"run: ip netns del {ns}", file=sys.stderr)
        else:
            try:
                ns.stdin.close()
                ns.wait(timeout=BOUND)
            except (OSError, subprocess.TimeoutExpired):
                ns.kill()
                ns.wait()

    # -- the target interface ---------------------------------------------

    def environment(self):
        self.open()
        names = list(environment.SYSCTLS)
        names += [n for n in self.profile["sysctls"] if n not in names]
        names += [n for n in self.profile["where_namespaced"] if n not in names]
        r = self._run([*self.prefix, "sh", str(environment.PROBE), *names], "the environment probe")
        env = environment.parse_probe(r.stdout)
        env.update(abi_mod.describe(abi_mod.native()))
        env["netns_profile"] = self.profile_name
        env["netns_mode"] = "ip netns" if self.mode == "ipnetns" else "unprivileged user namespace"
        env["netns_sysctls"] = dict(sorted(self.applied.items()))
        if self.not_applied:
            env["netns_not_applied"] = dict(sorted(self.not_applied.items()))
        if self.preload:
            env["ld_preload"] = self.preload
        if self.user_wrapper:
            env["wrapper"] = self.user_wrapper
        return env

    def launch(self):
        self.open()
        argv = list(self.prefix)
        if self.preload:
            # set inside the namespace, so that only the case (not ip or
            # nsenter) runs with the library
            argv += ["env", f"LD_PRELOAD={self.preload}"]
        wrapper = shlex.join(argv)
        if self.user_wrapper:
            wrapper += " " + self.user_wrapper
        return Launch(wrapper=wrapper, timeout_mult=self.timeout_mult)

    def _run_group(self, case, items):
        return run_items(case, items, self.launch())

    def prepare(self, items):
        self.launch()
        self.ahead.start([i for i in items if i[0] is not None], self._run_group)

    def run(self, case, kind, variant=""):
        return self.ahead.result(case, variant, kind, self._run_group)
