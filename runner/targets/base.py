"""The interface every target implements, and how a target is named.

A target is told the items it will be asked for (prepare), runs one
(case, variant, kind) item and returns its ItemResult (run), says what machine the
items ran on (environment) and cleans up (close).  A batch target runs all
its items in one go (a boot) and answers per item afterwards; the command
line runs it without xdist workers, which would each boot a guest.

A target spec is `NAME[:ARG][:ABI]`: qemu:7.2, netns:smallbuf,
layer:strace, host:i386, qemu:6.1:i386, layer:qemu-user:arm64.  The ABI
suffix (runner/abi.py) selects the build the cases come from; only targets
that list it in `abis` take one."""

from runner import abi as abi_mod
from runner.errors import USAGE, SockconfError


class Target:
    name = ""
    batch = False           # runs every item in one go
    abis = ()               # ABIs besides the native one this target can run
    usage = ""              # how the spec is written, for error messages

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        """The target for `prefix:arg[:abi]`; kw are the runner's options
        (preload, wrapper, timeout_mult, jobs, root, build_dir)."""
        return cls(**kw)

    @classmethod
    def busy(cls, prefix, arg, abi):
        """Whether a run keeps a CPU busy (emulation) rather than mostly
        waiting on the kernel: run-all runs as many busy targets as there
        are cores and one waiting target beside them."""
        return cls.batch

    @classmethod
    def packages(cls, prefix, arg, abi):
        """Debian packages this target needs beyond the suite's own."""
        return []

    def prepare(self, items):
        """[(Case, variant, kind)] the run will ask for, in order; optional."""

    def run(self, case, kind, variant=""):
        raise NotImplementedError

    def environment(self):
        raise NotImplementedError

    def close(self):
        pass


def split_spec(spec, abis):
    """'qemu:6.1:i386' -> ('qemu', '6.1', 'i386'); the ABI suffix only when
    it names one of abis (else it is part of the argument)."""
    prefix, _, rest = spec.partition(":")
    arg, sep, last = rest.rpartition(":")
    if sep and last in abis:
        return prefix, arg, last
    if rest in abis:
        return prefix, "", rest
    return prefix, rest, ""


def check_abi(abi, allowed, spec):
    if abi and not abi_mod.is_native(abi) and abi not in allowed:
        raise SockconfError(f"target {spec!r}: ABI {abi} is not available here "
                            f"(ABIs: {', '.join(allowed) or 'native only'})", USAGE)
