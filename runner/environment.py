"""The environment a run happened in, for the header of its results file.
The probe is a POSIX shell script so it runs unchanged on every target
(the host, a busybox guest under qemu, a remote machine over ssh)."""

import os
import subprocess
from pathlib import Path

from runner.cases import ROOT

PROBE = Path(__file__).with_name("envprobe.sh")
SYSCTLS = (
    "net.core.somaxconn", "net.core.rmem_default", "net.core.wmem_default",
    "net.core.rmem_max", "net.core.wmem_max", "net.ipv4.tcp_rmem",
    "net.ipv4.tcp_wmem", "net.ipv4.tcp_abort_on_overflow", "net.ipv4.tcp_syncookies",
    "net.ipv4.tcp_max_syn_backlog", "net.ipv4.ip_local_port_range",
    "net.ipv4.tcp_syn_retries", "net.unix.max_dgram_qlen", "net.ipv6.conf.all.disable_ipv6",
)


def parse_probe(text):
    """key=value lines; keys 'sysctl.X' go into a sysctls map."""
    env, sysctls = {}, {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if not sep:
            continue
        if key.startswith("sysctl."):
            sysctls[key[len("sysctl."):]] = " ".join(value.split())
        else:
            env[key] = value.strip()
    env["sysctls"] = sysctls
    return env


def probe_local(extra_env=None, argv_prefix=()):
    out = subprocess.run([*argv_prefix, "sh", str(PROBE), *SYSCTLS], capture_output=True,
                         text=True, env=dict(os.environ, **(extra_env or {})))
    return parse_probe(out.stdout)


def host_side():
    """What only the machine that built the cases knows."""
    def first_line(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=10)
            return out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""
        except (OSError, subprocess.TimeoutExpired):
            return ""
    rev = first_line(["git", "rev-parse", "--short=12", "HEAD"]) or "unknown"
    if first_line(["git", "status", "--porcelain", "--untracked-files=no"]):
        rev += "+dirty"
    return {"suite_revision": rev, "compiler": first_line([os.environ.get("CC", "cc"), "--version"])}
