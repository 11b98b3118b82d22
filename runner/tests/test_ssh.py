"""The ssh target, against an sshd this test starts on loopback with a
throwaway host key and user key (skipped when openssh-server is absent)."""

import getpass
import os
import select
import shutil
import socket
import subprocess
import time

import pytest

from runner import cases
from runner.errors import MISSING_TOOL, TARGET, USAGE, SockconfError
from runner.targets import make
from runner.targets.ssh import SshTarget, parse_host
from runner.tests.fakes import make_case

SSHD = "/usr/sbin/sshd"


def test_parse_host():
    assert parse_host("box") == ("box", None)
    assert parse_host("me@box:2222") == ("me@box", 2222)
    assert parse_host("me@[::1]:22") == ("me@::1", 22)
    assert parse_host("::1") == ("::1", None)
    with pytest.raises(SockconfError) as e:
        parse_host("box:http")
    assert e.value.status == USAGE
    with pytest.raises(SockconfError):
        make("ssh:")


def test_missing_client_names_the_install_command(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda tool: None)
    with pytest.raises(SockconfError) as e:
        SshTarget("box")
    assert e.value.status == MISSING_TOOL
    assert "apt-get install -y openssh-client" in str(e.value)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    if not os.access(SSHD, os.X_OK):
        pytest.skip("openssh-server is not installed (sudo apt-get install -y openssh-server)")
    if shutil.which("ssh") is None or shutil.which("ssh-keygen") is None:
        pytest.skip("openssh-client is not installed (sudo apt-get install -y openssh-client)")
    d = tmp_path_factory.mktemp("sshd")
    for key in ("host", "user"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(d / key)], check=True)
    (d / "authorized_keys").write_text((d / "user.pub").read_text())
    if os.geteuid() == 0 and not os.path.isdir("/run/sshd"):
        # sshd running as root insists on its privilege separation folder
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
    port = _free_port()
    (d / "sshd_config").write_text(
        f"ListenAddress 127.0.0.1\nHostKey {d}/host\nAuthorizedKeysFile {d}/authorized_keys\n"
        f"PidFile {d}/sshd.pid\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nLogLevel INFO\n"
        "Subsystem sftp internal-sftp\n")
    host_key = (d / "host.pub").read_text().split()
    (d / "known_hosts").write_text(f"[127.0.0.1]:{port} {host_key[0]} {host_key[1]}\n")
    (d / "ssh_config").write_text(
        f"Host sockconf-test\n HostName 127.0.0.1\n Port {port}\n User {getpass.getuser()}\n"
        f" IdentityFile {d}/user\n IdentitiesOnly yes\n UserKnownHostsFile {d}/known_hosts\n"
        " StrictHostKeyChecking yes\n LogLevel ERROR\n")
    proc = subprocess.Popen([SSHD, "-D", "-e", "-f", str(d / "sshd_config"), "-p", str(port)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Ready when it says it listens; bounded, so a broken sshd skips, never hangs.
    seen, deadline = b"", time.monotonic() + 15
    while b"Server listening" not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(proc.stderr.fileno(), 4096) if ready else b""
        if ready and not chunk:
            break
        seen += chunk
    if b"Server listening" not in seen:
        proc.kill()
        proc.wait()
        pytest.skip(f"the test sshd did not start: {seen.decode(errors='replace').strip()[-200:]}")
    yield {"config": str(d / "ssh_config"), "host": "sockconf-test", "port": port}
    proc.kill()
    proc.wait()


@pytest.fixture
def built(tmp_path):
    cdir = tmp_path / "build" / "cases"
    cdir.mkdir(parents=True)
    make_case(cdir, "alpha_holds", "holds", kinds=("inet_stream", "unix_stream"))
    make_case(cdir, "beta_deviates", "deviates")
    make_case(cdir, "gamma_crash", "crash")
    make_case(cdir, "delta_exit0", "exit0")
    return tmp_path / "build"


def test_runs_cases_remotely_and_cleans_up(sshd, built):
    t = SshTarget(sshd["host"], build_dir=built, config=sshd["config"])
    env = t.environment()
    assert env["os"] == "Linux" and env["ssh_host"] == "sockconf-test"
    assert "net.core.somaxconn" in env["sysctls"]
    found = {c.id: c for c in cases.collect(built / "cases")}
    out = {(c, k): t.run(found[c], k).outcome for c, k in
           [("alpha_holds", "inet_stream"), ("alpha_holds", "unix_stream"),
            ("beta_deviates", "inet_stream"), ("gamma_crash", "inet_stream")]}
    assert out == {("alpha_holds", "inet_stream"): "holds", ("alpha_holds", "unix_stream"): "holds",
                   ("beta_deviates", "inet_stream"): "deviates", ("gamma_crash", "inet_stream"): "crash"}
    remote = t.remote
    assert remote and remote.startswith("/tmp/sockconf.")
    t.close()
    assert not os.path.exists(remote)     # the "remote" machine is this one


def test_a_batch_runs_everything_announced_in_one_session(sshd, built, monkeypatch):
    t = SshTarget(sshd["host"], build_dir=built, config=sshd["config"])
    found = {c.id: c for c in cases.collect(built / "cases")}
    items = [(found["alpha_holds"], "", "inet_stream"), (found["beta_deviates"], "", "inet_stream"),
             (found["delta_exit0"], "", "inet_stream")]
    t.prepare(items)
    sessions = []
    real = t.batch
    monkeypatch.setattr(t, "batch", lambda todo: (sessions.append(len(todo)), real(todo)))
    assert [t.run(c, k, v).outcome for c, v, k in items] == ["holds", "deviates", "broken"]
    assert sessions == [3]
    t.close()


def test_unreachable_host_is_a_target_error(tmp_path, built):
    if shutil.which("ssh") is None:
        pytest.skip("openssh-client is not installed (sudo apt-get install -y openssh-client)")
    port = _free_port()    # nothing listens there
    cfg = tmp_path / "cfg"
    cfg.write_text(f"Host nowhere\n HostName 127.0.0.1\n Port {port}\n StrictHostKeyChecking yes\n"
                   f" UserKnownHostsFile {tmp_path}/kh\n")
    t = SshTarget("nowhere", build_dir=built, config=str(cfg))
    with pytest.raises(SockconfError) as e:
        t.environment()
    assert e.value.status == TARGET
    with pytest.raises(SockconfError) as e:
        t.open()
    assert e.value.status == TARGET and "connecting" in str(e.value)


def test_a_remote_of_another_architecture_is_refused(sshd, built, monkeypatch):
    real = os.uname()
    t = SshTarget(sshd["host"], build_dir=built, config=sshd["config"])
    t._master()     # before the fake: ssh itself must still run
    monkeypatch.setattr(os, "uname", lambda: type("U", (), {"machine": "sparc64", "release": real.release})())
    with pytest.raises(SockconfError) as e:
        t.open()
    assert e.value.status == TARGET and f"remote machine is {real.machine}" in str(e.value)
    assert t.remote is None
    monkeypatch.undo()
    t.close()


def test_a_lost_connection_fails_the_items_it_did_not_finish(built, monkeypatch):
    if shutil.which("ssh") is None or shutil.which("scp") is None:
        pytest.skip("openssh-client is not installed (sudo apt-get install -y openssh-client)")
    import io
    import subprocess as sp
    import tarfile
    t = SshTarget("box", build_dir=built)
    t.remote = "/tmp/sockconf.fake00"
    found = {c.id: c for c in cases.collect(built / "cases")}
    # the stream holds the case's records up to its second item, then the connection dropped
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in (("alpha_holds.jsonl",
                            b'{"ev":"start","kind":"inet_stream"}\n'
                            b'{"ev":"verdict","kind":"inet_stream","outcome":"holds"}\n'
                            b'{"ev":"start","kind":"unix_stream"}\n'),
                           ("../escape.rc", b"0\n")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    monkeypatch.setattr(t, "_ssh", lambda *a, **k: sp.CompletedProcess(a, 255, buf.getvalue(),
                                                                        b"Connection reset by peer\n"))
    t.batch([(found["alpha_holds"], "", "inet_stream"), (found["alpha_holds"], "", "unix_stream")])
    assert t.done[("alpha_holds", "", "inet_stream")].outcome == "holds"
    lost = t.done[("alpha_holds", "", "unix_stream")]
    assert lost.outcome == "crash" and "Connection reset by peer" in lost.message
    t.remote = None
