"""The netns:PROFILE target: profiles, applying and verifying sysctls, that
cases really run inside the namespace, and clean-up (also after Ctrl-C
and after a killed run)."""

import os
import select
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from runner import cases
from runner.errors import TARGET, USAGE, SockconfError
from runner.targets import make
from runner.targets import netns
from runner.targets.netns import NetnsTarget, judge_applied, load_profiles

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_shipped_profiles():
    p = load_profiles()
    assert p["abort_on_overflow"]["sysctls"] == {"net.ipv4.tcp_abort_on_overflow": "1"}
    assert p["somaxconn16"]["sysctls"] == {"net.core.somaxconn": "16"}
    assert set(p["smallbuf"]["sysctls"]) == {"net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"}
    assert "net.core.rmem_max" in p["smallbuf"]["where_namespaced"]


def test_unknown_or_missing_profile_is_a_usage_error():
    for spec in ("netns:nosuch", "netns"):
        with pytest.raises(SockconfError) as e:
            make(spec)
        assert e.value.status == USAGE and "somaxconn16" in str(e.value)


def test_judge_applied():
    out = ("net.core.somaxconn\tok\t16\n"
           "net.ipv4.tcp_rmem\tok\t4096 8192 16384\n"
           "net.core.rmem_max\tdenied\t4194304\n")
    applied, skipped = judge_applied(out, {"net.core.somaxconn": "16", "net.ipv4.tcp_rmem": "4096  8192 16384"},
                                     {"net.core.rmem_max": "16384"})
    assert applied == {"net.core.somaxconn": "16", "net.ipv4.tcp_rmem": "4096 8192 16384"}
    assert "not per-namespace" in skipped["net.core.rmem_max"]
    with pytest.raises(SockconfError) as e:
        judge_applied(out, {"net.core.rmem_max": "16384"}, {})
    assert e.value.status == TARGET and "net.core.rmem_max is not per-namespace" in str(e.value)
    with pytest.raises(SockconfError) as e:
        judge_applied("net.core.somaxconn\tok\t4096\n", {"net.core.somaxconn": "16"}, {})
    assert "reads back '4096'" in str(e.value)
    with pytest.raises(SockconfError) as e:
        judge_applied("x.y\tabsent\t\n", {"x.y": "1"}, {})
    assert "does not exist" in str(e.value)


def test_stale_names():
    names = ["sockconf-123-abcdef", "sockconf-456-a1b2c3", "other", "sockconf-x-1"]
    assert netns._stale(names, alive=lambda pid: pid == 456) == ["sockconf-123-abcdef"]


# -- real namespaces -------------------------------------------------------

def _modes():
    modes = []
    if shutil.which("ip") is None:
        return modes
    if os.geteuid() == 0:
        modes.append("ipnetns")
    if shutil.which("unshare") and shutil.which("nsenter"):
        r = subprocess.run(["unshare", "--user", "--map-root-user", "--net", "true"], capture_output=True)
        if r.returncode == 0:
            modes.append("userns")
    return modes


MODES = _modes()
needs_ns = pytest.mark.skipif(not MODES, reason="neither root nor unprivileged user namespaces "
                                                "(or iproute2/util-linux missing): no namespace to test")

PROFILES = textwrap.dedent('''\
    [t]
    description = "test"
    sysctls = { "net.core.somaxconn" = "16", "net.ipv4.tcp_rmem" = "4096 8192 16384" }
    where_namespaced = { "net.core.rmem_max" = "16384" }
    [absent]
    sysctls = { "net.ipv4.sockconf_no_such_sysctl" = "1" }
    ''')

FAKE = textwrap.dedent('''\
    #!{python}
    import json, os, sys
    a = sys.argv[1:]
    if a == ["--describe"]:
        print(json.dumps({{"format": 2, "id": "where", "claim": "c", "source": {{"doc": "posix"}},
                          "kinds": ["inet_stream"], "key": "netns", "timeout": 2}})); sys.exit(0)
    kind = a[a.index("--run") + 1]
    with open(a[a.index("--out") + 1], "a") as out:
        def rec(**r):
            out.write(json.dumps(dict(r, kind=kind)) + "\\n")
        rec(ev="obs", name="netns", value=os.readlink("/proc/self/ns/net"))
        rec(ev="obs", name="somaxconn", value=open("/proc/sys/net/core/somaxconn").read().strip())
        rec(ev="verdict", outcome="holds", message="", at="")
    ''')


@pytest.fixture
def setup(tmp_path):
    prof = tmp_path / "profiles.toml"
    prof.write_text(PROFILES)
    bins = tmp_path / "cases"
    bins.mkdir()
    (bins / "where").write_text(FAKE.format(python=sys.executable))
    os.chmod(bins / "where", 0o755)
    return prof, cases.collect(bins)[0]


def _exists(target_ns):
    if isinstance(target_ns, str):
        return target_ns in subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    return target_ns.poll() is None


@needs_ns
@pytest.mark.parametrize("mode", MODES)
def test_cases_and_probe_run_inside_the_configured_namespace(setup, mode, capsys):
    prof, case = setup
    host_somaxconn = open("/proc/sys/net/core/somaxconn").read()
    t = NetnsTarget("t", mode=mode, profiles_file=prof)
    env = t.environment()
    assert env["sysctls"]["net.core.somaxconn"] == "16"
    assert env["sysctls"]["net.ipv4.tcp_rmem"] == "4096 8192 16384"
    assert env["netns_profile"] == "t"
    assert env["netns_sysctls"] == {"net.core.somaxconn": "16", "net.ipv4.tcp_rmem": "4096 8192 16384"}
    if "net.core.rmem_max" in env.get("netns_not_applied", {}):
        # a global sysctl on this kernel: said aloud, never silently ignored
        assert "net.core.rmem_max not set" in capsys.readouterr().err
    else:
        assert env["sysctls"]["net.core.rmem_max"] == "16384"
    res = t.run(case, "inet_stream")
    assert res.outcome == "holds", res
    assert res.observations["netns"] != os.readlink("/proc/self/ns/net")
    assert res.observations["somaxconn"] == "16"
    again = t.run(case, "inet_stream")
    assert again.observations["netns"] == res.observations["netns"]     # one namespace for the run
    ns = t.ns
    t.close()
    assert not _exists(ns)
    assert open("/proc/sys/net/core/somaxconn").read() == host_somaxconn


@needs_ns
@pytest.mark.parametrize("mode", MODES)
def test_a_required_sysctl_that_cannot_be_set_stops_the_target(setup, mode):
    prof, _ = setup
    t = NetnsTarget("absent", mode=mode, profiles_file=prof)
    with pytest.raises(SockconfError) as e:
        t.environment()
    assert e.value.status == TARGET
    assert "net.ipv4.sockconf_no_such_sysctl does not exist" in str(e.value)
    assert t.ns is None     # nothing left behind


CHILD = textwrap.dedent('''\
    import sys
    sys.path.insert(0, {root!r})
    from runner.targets.netns import NetnsTarget
    t = NetnsTarget("t", mode={mode!r}, profiles_file={prof!r}).open()
    print(t.ns if isinstance(t.ns, str) else t.ns.pid, flush=True)
    sys.stdin.read()
    ''')


@needs_ns
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("how", ["SIGINT", "SIGKILL"])
def test_clean_up_after_ctrl_c_and_after_a_killed_run(setup, mode, how):
    prof, _ = setup
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=ROOT, mode=mode, prof=str(prof))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    ident = child.stdout.readline().strip()
    assert ident
    child.send_signal(getattr(signal, how))
    child.wait(timeout=30)
    if mode == "ipnetns":
        if how == "SIGKILL":
            # a killed run cannot clean up; the next run removes what it left
            # (or one running alongside in another test worker already did)
            NetnsTarget("t", mode=mode, profiles_file=prof).open().close()
        assert not _exists(ident)
    else:
        # the holder lives only while the runner holds its stdin open
        try:
            fd = os.pidfd_open(int(ident))
        except ProcessLookupError:
            return
        try:
            ready, _, _ = select.select([fd], [], [], 10)
            assert ready, "the namespace holder outlived the runner"
        finally:
            os.close(fd)


@needs_ns
def test_preload_reaches_the_case_only(setup, tmp_path):
    prof, case = setup
    t = NetnsTarget("t", mode=MODES[0], profiles_file=prof, preload="/nonexistent/lib.so")
    launch = t.launch()
    assert launch.preload == ""     # ip / nsenter run without it
    assert launch.wrapper.endswith("env LD_PRELOAD=/nonexistent/lib.so")
    assert t.environment()["ld_preload"] == "/nonexistent/lib.so"
    t.close()


@pytest.mark.skipif("userns" not in MODES or os.geteuid() != 0,
                    reason="needs root with unprivileged user namespaces to fake a failing ip netns add")
def test_root_without_ip_netns_falls_back_to_a_user_namespace(setup, monkeypatch, capsys):
    prof, case = setup
    t = NetnsTarget("t", profiles_file=prof)
    real = t._run

    def no_add(argv, what, **kw):
        if argv[:3] == ["ip", "netns", "add"]:
            return subprocess.CompletedProcess(argv, 1, "", "mount --make-shared /run/netns failed: Permission denied")
        return real(argv, what, **kw)

    monkeypatch.setattr(t, "_run", no_add)
    assert t.environment()["netns_mode"] == "unprivileged user namespace"
    assert "using an unprivileged user namespace" in capsys.readouterr().err
    assert t.run(case, "inet_stream").observations["somaxconn"] == "16"
    t.close()


@pytest.mark.skipif(not all(shutil.which(t) for t in ("ip", "unshare", "nsenter")),
                    reason="iproute2 or util-linux missing")
def test_no_user_namespaces_says_why(setup, monkeypatch):
    prof, _ = setup
    real = subprocess.Popen
    refuse = ["sh", "-c", "echo 'unshare: unshare failed: Operation not permitted' >&2; exit 1"]
    monkeypatch.setattr(netns.subprocess, "Popen",
                        lambda argv, **kw: real(refuse if argv[0] == "unshare" else argv, **kw))
    t = NetnsTarget("t", mode="userns", profiles_file=prof)
    with pytest.raises(SockconfError) as e:
        t.environment()
    assert e.value.status == TARGET
    assert "no unprivileged user namespace here (unshare: unshare failed: Operation not permitted)" in str(e.value)
    assert t.ns is None
