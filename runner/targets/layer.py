"""layer:NAME[:ABI]: this machine's kernel seen through a user-space layer
that claims to keep socket behaviour, each case process run under it:

  layer:valgrind   valgrind's syscall wrappers (--tool=none: the same
                   wrappers memcheck uses, without its memory checking,
                   which bench/valgrind runs)
  layer:strace     strace -f: every syscall of the case and its children
                   stopped and resumed by ptrace (EINTR, signal timing)
  layer:proot      proot: ptrace path translation, AF_UNIX paths included
  layer:qemu-user  qemu-x86_64 user mode: qemu's syscall translation;
                   layer:qemu-user:arm64 runs the arm64 build under
                   qemu-aarch64 (and :i386, :s390x likewise)

A layer's column differs from the host's only by the layer; what it
changes is the layer's deviation, to be listed in the expectations with
its reason."""

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass

from runner import abi as abi_mod
from runner.errors import MISSING_TOOL, USAGE, SockconfError
from runner.targets.host import HostTarget


@dataclass(frozen=True)
class Layer:
    command: tuple          # argv prefix; {qemu_user} is the ABI's emulator
    package: str
    mult: float             # case bounds scale by this under the layer
    version: tuple          # argv that prints the layer's version
    note: str
    abis: tuple = ("i386",)


LAYERS = {
    "valgrind": Layer(("valgrind", "-q", "--tool=none", "--vgdb=no"), "valgrind", 6,
                      ("valgrind", "--version"), "valgrind's syscall wrappers (--tool=none)"),
    "strace": Layer(("strace", "-f", "-qq", "-o", "/dev/null"), "strace", 3, ("strace", "-V"),
                    "strace -f: every syscall through ptrace"),
    "proot": Layer(("proot",), "proot", 3, ("proot", "--version"),
                   "proot: ptrace path translation with / as its root"),
    "qemu-user": Layer(("{qemu_user}",), "qemu-user", 6, ("{qemu_user}", "--version"),
                       "qemu user mode: qemu's syscall translation", ("i386", "arm64", "s390x")),
}


class LayerTarget(HostTarget):
    abis = ("i386", "arm64", "s390x")
    usage = "layer:" + "|".join(LAYERS) + "[:ABI]"
    usages = {"layer": usage}

    @classmethod
    def from_spec(cls, prefix, arg, abi, **kw):
        return cls(arg, abi=abi, **kw)

    @classmethod
    def busy(cls, prefix, arg, abi):
        return arg in ("valgrind", "qemu-user")     # they translate every instruction

    @classmethod
    def packages(cls, prefix, arg, abi):
        layer = LAYERS.get(arg)
        pkgs = [layer.package] if layer else []
        if abi and not abi_mod.is_native(abi):
            pkgs.append(abi_mod.get(abi).compiler_package)
        return pkgs

    def __init__(self, layer, abi="", wrapper="", timeout_mult=1.0, **kw):
        if layer not in LAYERS:
            raise SockconfError(f"unknown layer {layer!r} (layers: {', '.join(LAYERS)})", USAGE)
        self.layer = LAYERS[layer]
        if abi and not abi_mod.is_native(abi) and abi not in self.layer.abis:
            raise SockconfError(f"layer:{layer} runs this machine's own binaries"
                                f"{' and i386 ones' if 'i386' in self.layer.abis else ''}, not {abi}", USAGE)
        emulator = abi_mod.get(abi or abi_mod.native()).qemu_user
        self.argv = [a.format(qemu_user=emulator) for a in self.layer.command]
        self.version_argv = [a.format(qemu_user=emulator) for a in self.layer.version]
        if shutil.which(self.argv[0]) is None:
            raise SockconfError(f"{self.argv[0]} is missing: install it with: "
                                f"sudo apt-get install -y {self.layer.package}", MISSING_TOOL)
        command = shlex.join(self.argv) + (" " + wrapper if wrapper else "")
        super().__init__(wrapper=command, timeout_mult=timeout_mult * self.layer.mult, abi=abi, **kw)
        self.layer_name = layer
        self.name = f"layer:{layer}" + (f":{self.abi}" if self.abi else "")

    def environment(self):
        env = super().environment()
        env.pop("wrapper", None)
        env["layer"] = self.layer_name
        env["layer_note"] = self.layer.note
        env["layer_command"] = shlex.join(self.argv)
        env["layer_version"] = _version(self.version_argv)
        env["timeout_mult"] = f"{self.launch.timeout_mult:g}"
        return env


def _version(argv):
    """'<tool> <version>' from the tool's own --version text."""
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    m = re.search(r"(\d+\.\d+(?:\.\d+)?)", p.stdout + p.stderr)
    return f"{os.path.basename(argv[0])} {m.group(1)}" if m else "unknown"
