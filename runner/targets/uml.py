"""`uml`: Debian's user-mode-linux kernel (package user-mode-linux, 6.1um)
as an ordinary process, with the same initramfs and stream as qemu.

The kernel is pinned to one CPU (taskset -c 0): unpinned it is about four
times slower.  Its console is stdio; the results channel is a second
console line (/dev/tty1 in the guest) written to an inherited file
descriptor.  IPv6 is a module in Debian's UML build: the initramfs carries
it and its dependencies and /init loads them."""

import os
import shutil
import subprocess
from pathlib import Path

from runner.errors import MISSING_TOOL, SockconfError
from runner.targets.qemu import GuestBatch, ipv6_modules

UML_MODULES = Path("/usr/lib/uml/modules")
UML_MULT = 2            # case bounds scale by this: every syscall is a ptrace round trip


class UmlTarget(GuestBatch):
    channel = "/dev/tty1"

    def __init__(self, **kw):
        super().__init__(**kw)
        self.name = "uml"
        self.linux = shutil.which("linux.uml") or shutil.which("linux")
        if not self.linux:
            raise SockconfError("user-mode-linux is missing: install it with: "
                                "sudo apt-get install -y user-mode-linux", MISSING_TOOL)
        if not shutil.which("busybox"):
            raise SockconfError("busybox is missing: install it with: "
                                "sudo apt-get install -y busybox-static", MISSING_TOOL)
        self.taskset = shutil.which("taskset")
        self._chan_file = None

    def mult(self):
        return UML_MULT

    def modules(self):
        return ipv6_modules(UML_MODULES)

    def argv(self, initrd, chan_fd=3):
        cmd = [self.linux, "mem=512M", f"initrd={initrd}", "rdinit=/init", "quiet",
               "con=null", "con0=fd:0,fd:1", f"con1=null,fd:{chan_fd}", "ssl=null",
               "console=tty0", "panic=-1"]
        if self.taskset:
            cmd = [self.taskset, "-c", "0", *cmd]
        return cmd

    def start(self, initrd, chan, mult):
        chan_fd = os.open(chan, os.O_WRONLY | os.O_APPEND)
        self.command = self.argv(initrd, chan_fd)
        try:
            # UML keeps its memory in a file under TMPDIR: the guest's own
            # temporary folder, removed with it.
            env = dict(os.environ, TMPDIR=str(Path(initrd).parent))
            return subprocess.Popen(self.command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    pass_fds=(chan_fd,), env=env)
        finally:
            os.close(chan_fd)

    def explain(self, console):
        if "ptrace set fp regs failed" in console:
            # UML 6.1 keeps the host's FPU state in a fixed-size buffer; a
            # host CPU with a larger XSAVE area (AVX-512, AMX) overflows it
            # and the first user process dies.
            return ("this UML build cannot run processes on this host CPU (its XSAVE area, "
                    "AVX-512/AMX, is larger than UML 6.1 handles: ptrace set fp regs fails); "
                    "use a host without AVX-512/AMX, or a newer user-mode-linux")
        return ""

    def describe_env(self):
        return {"emulator": "user-mode-linux (taskset -c 0)" if self.taskset else "user-mode-linux",
                "boot_seconds": f"{self.boot_seconds:.1f}",
                "batch_seconds": f"{self.run_seconds:.1f}",
                "timeout_mult": f"{self.mult() * self.user_mult:g}"}
