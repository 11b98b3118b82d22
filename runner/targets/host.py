"""This machine's kernel; optionally with an LD_PRELOAD library or under a
wrapper command, which only the case processes see; optionally with the
cases of another ABI this kernel runs (host:i386: the 32-bit build through
the compat syscall layer)."""

from runner import abi as abi_mod
from runner import environment
from runner.errors import USAGE, SockconfError
from runner.execute import Launch, run_items
from runner.targets.ahead import RunAhead
from runner.targets.base import Target


class HostTarget(Target):
    abis = ("i386",)
    usage = "host[:i386]"
    usages = {"host": "host[:i386]", "preload": "preload:LIB", "wrapper": "wrapper:CMD"}

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        if prefix == "host" and arg:
            raise SockconfError(f"target host takes only an ABI (host:i386), not {arg!r}", USAGE)
        if prefix in ("preload", "wrapper"):
            if not (arg or kw.get(prefix)):
                what = "a library: preload:/path/lib.so" if prefix == "preload" else "a command: wrapper:'cmd args'"
                raise SockconfError(f"target {prefix} needs {what}", USAGE)
            kw[prefix] = arg or kw.get(prefix)
        return cls(abi=abi, **kw)

    @classmethod
    def packages(cls, prefix, arg, abi):
        return [abi_mod.get(abi).compiler_package] if abi and not abi_mod.is_native(abi) else []

    def __init__(self, preload="", wrapper="", timeout_mult=1.0, jobs=1, abi="", root=None, build_dir=None, **_):
        self.launch = Launch(preload=preload, wrapper=wrapper, timeout_mult=timeout_mult)
        self.ahead = RunAhead(jobs, build_dir)
        self.abi = "" if abi_mod.is_native(abi) else abi
        self.abi_build = None
        if self.abi:
            from runner.cases import ROOT
            self.abi_build = abi_mod.ensure_built(root or ROOT, self.abi)
        self.name = "host" + (f":{self.abi}" if self.abi else "")
        if preload:
            self.name = f"preload:{preload}"
        elif wrapper:
            self.name = f"wrapper:{wrapper}"

    def environment(self):
        env = environment.probe_local()
        env.update(abi_mod.describe(self.abi or abi_mod.native(), env.get("machine", "")))
        if self.launch.preload:
            env["ld_preload"] = self.launch.preload
        if self.launch.wrapper:
            env["wrapper"] = self.launch.wrapper
        return env

    def _run(self, case, items):
        if self.abi_build:
            case = abi_mod.rebind(case, self.abi_build)
        return run_items(case, items, self.launch)

    def prepare(self, items):
        self.ahead.start([i for i in items if i[0] is not None], self._run)

    def run(self, case, kind, variant=""):
        return self.ahead.result(case, variant, kind, self._run)

    def close(self):
        self.ahead.close()
