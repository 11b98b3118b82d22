"""Where the cases run.  Every target implements runner.targets.base.Target;
REGISTRY maps the name before the first ':' of a target spec to its class
(imported when first named, so a target's tools are looked for only when
it is used).

  python3 -m runner.targets packages SPEC[,SPEC...]
prints the Debian packages those targets need (runner/deps installs them)."""

import importlib
import sys

from runner.errors import USAGE, SockconfError, report_error
from runner.targets.base import check_abi, split_spec

# name -> (module, class)
REGISTRY = {
    "host": ("runner.targets.host", "HostTarget"),
    "preload": ("runner.targets.host", "HostTarget"),
    "wrapper": ("runner.targets.host", "HostTarget"),
    "layer": ("runner.targets.layer", "LayerTarget"),
    "netns": ("runner.targets.netns", "NetnsTarget"),
    "ssh": ("runner.targets.ssh", "SshTarget"),
    "qemu": ("runner.targets.qemu", "QemuTarget"),
    "uml": ("runner.targets.uml", "UmlTarget"),
}


def target_class(spec):
    prefix = spec.partition(":")[0]
    if prefix not in REGISTRY:
        usage = ", ".join(_usage(n) for n in REGISTRY)
        raise SockconfError(f"unknown target {spec!r} (targets: {usage})", USAGE)
    module, name = REGISTRY[prefix]
    return getattr(importlib.import_module(module), name)


def _usage(prefix):
    module, name = REGISTRY[prefix]
    try:
        cls = getattr(importlib.import_module(module), name)
    except ImportError:
        return prefix
    return getattr(cls, "usages", {}).get(prefix, cls.usage or prefix)


def parse(spec):
    """(class, prefix, arg, abi) of a target spec."""
    cls = target_class(spec)
    prefix, arg, abi = split_spec(spec, cls.abis)
    check_abi(abi, cls.abis, spec)
    return cls, prefix, arg, abi


def is_batch(spec):
    cls = target_class(spec)
    return bool(getattr(cls, "batch", False))


def is_busy(spec):
    cls, prefix, arg, abi = parse(spec)
    return bool(cls.busy(prefix, arg, abi))


def make(spec, **kw):
    cls, prefix, arg, abi = parse(spec)
    return cls.from_spec(prefix, arg, abi, **kw)


def packages(specs):
    found = []
    for spec in specs:
        cls, prefix, arg, abi = parse(spec)
        for p in cls.packages(prefix, arg, abi):
            if p not in found:
                found.append(p)
    return found


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) != 2 or argv[0] != "packages":
        print("usage: python3 -m runner.targets packages SPEC[,SPEC...]", file=sys.stderr)
        return USAGE
    try:
        from runner.runall import split_targets   # "matrix" names every column
        print(" ".join(packages(split_targets(argv[1]))))
    except SockconfError as e:
        return report_error(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
