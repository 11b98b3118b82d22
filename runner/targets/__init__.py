"""Where the cases run.  A target runs one (case, kind) item and says what
machine it ran on; batch targets (a qemu boot) run everything at once and
then answer per item."""

from runner.errors import USAGE, SockconfError
from runner.targets.host import HostTarget

# Targets that run every item in one go (a boot): run without xdist.
BATCH = ("qemu", "uml")


def is_batch(spec):
    return spec.partition(":")[0] in BATCH


def make(spec, **kw):
    name, _, arg = spec.partition(":")
    if name == "host":
        return HostTarget(**kw)
    if name in ("preload", "wrapper"):
        if name == "preload" and not (arg or kw.get("preload")):
            raise SockconfError("target preload needs a library: preload:/path/lib.so", USAGE)
        if name == "wrapper" and not (arg or kw.get("wrapper")):
            raise SockconfError("target wrapper needs a command: wrapper:'cmd args'", USAGE)
        kw[name] = arg or kw.get(name)
        return HostTarget(**kw)
    if name == "netns":
        from runner.targets.netns import NetnsTarget
        return NetnsTarget(arg, **kw)
    if name == "ssh":
        from runner.targets.ssh import SshTarget
        return SshTarget(arg, **kw)
    if name == "qemu":
        from runner.targets.qemu import QemuTarget
        return QemuTarget(arg or "6.1-cloud", **kw)
    if name == "uml":
        from runner.targets.uml import UmlTarget
        return UmlTarget(**kw)
    raise SockconfError(f"unknown target {spec!r} (targets: host, preload:LIB, wrapper:CMD, netns:PROFILE, ssh:HOST, qemu:KERNEL, uml)", USAGE)
