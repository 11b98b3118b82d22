"""Sensitivity: would the suite notice a socket layer that gets a claim
wrong?  Each fault library (faults/<name>.c, built into <build>/faults/)
breaks one documented behaviour from user space; run through the runner's
own execution path with it preloaded, the case stating that behaviour
must report *deviates* (not broken, timeout or crash) with a message that
names the call and the values, on every kind it applies to.  The same
item without the library is the control: only kinds where the claim holds
without the fault can show that the fault is noticed."""

import os
import re

import pytest

from runner.cases import ROOT, describe
from runner.execute import Launch, run_item

BUILD = ROOT / os.environ.get("SC_BUILD", "build")
FAULTS_SRC = ROOT / "faults"

# fault library -> [(case it must trip, pattern its message must match
#                   [, the kinds the broken behaviour is claimed for])]
TRIPS = {
    "sndbuf_value": [
        ("buffer_setsockopt_doubles", r"^snd \[\w+\]: expected == 2L \* v \(= 49152\), observed 50152$"),
        ("buffer_default_core_sysctl", r"^snd \[\w+\]: expected == wmem \(= (\d+)\), observed (\d+)$"),
    ],
    "sndbuf_no_double": [
        ("buffer_setsockopt_doubles", r"^snd \[\w+\]: expected == 2L \* v \(= 49152\), observed 24576$"),
    ],
    "read_eof_reset": [
        ("read_eof_after_close", r"^read\(P->b, .*\) \[\w+\]: expected 0, observed -1 ECONNRESET$"),
        ("eof_read_zero_repeated", r"^read\(P->b, .*\) \[\w+\]: expected 0, observed -1 ECONNRESET$"),
    ],
    "epipe_eio": [
        ("epipe_unix_first_write", r"EPIPE \[\w+\]: the first write returned -1 EIO$"),
        ("epipe_write_after_peer_close", r"EPIPE.* \[\w+\]: the write after the RST returned -1 EIO$"),
        ("epipe_after_own_shutdown", r"EPIPE \[\w+\]: send returned -1 EIO$"),
    ],
    "no_sigpipe": [
        ("epipe_sigpipe_delivered", r"^sc_caught\(SIGPIPE\) \[\w+\]: expected == 1 \(= 1\), observed 0$"),
    ],
    "listen_somaxconn": [
        ("listen_backlog_limits_queue", r"^over >= 0 \[\w+\]: backlog 1: all \d+ connections were queued$"),
    ],
    "close_shutdown": [
        ("close_dup_no_fin", r"^send\(from, \"n\", 1, MSG_NOSIGNAL\) \[\w+\]: expected 1, observed -1 EPIPE$"),
    ],
    "connect_timedout": [
        ("connect_refused_no_listener", r"^connect\(fd, .*\) \[\w+\]: expected -1 ECONNREFUSED, observed -1 ETIMEDOUT$"),
    ],
    "accept_zero_peer": [
        ("accept_returns_new_fd_and_peer", r"^peer\.ss_family \[\w+\]: expected == P->kind->domain \(= \d+\), observed 0$"),
    ],
    "recv_ignore_trunc": [
        ("io_recv_trunc_real_length", r"^n \[\w+\]: expected == sizeof big \(= 100\), observed 10$"),
    ],
    "recvmsg_no_trunc_flag": [
        ("io_dgram_truncate", r"^m\.msg_flags & MSG_TRUNC \[\w+\]: msg_flags 0x0 lacks MSG_TRUNC$"),
    ],
    "shut_rd_ignored": [
        ("eof_after_shut_rd", r"^recv\(P->a, .*MSG_DONTWAIT\) \[\w+\]: expected 0, observed -1 EAGAIN$"),
    ],
    "bind_reuseport": [
        ("bind_port_in_use", r"^bind\(second socket, same address\) \[\w+\]: expected -1 EADDRINUSE, observed 0$"),
    ],
    "socket_family_einval": [
        ("socket_invalid_family", r"^socket\(1000, type, 0\) \[\w+\]: expected -1 EAFNOSUPPORT, observed -1 EINVAL$"),
    ],
    "so_type_stream": [
        ("socket_type_domain_readback", r"^v \[\w+\]: expected == P->kind->type \(= \d\), observed [12]$"),
    ],
    "writev_first_only": [
        ("io_readv_writev", r"^writev\(P->a, out, 3\) \[\w+\]: expected 17, observed 4$"),
    ],
    "linger_ignored": [
        ("buffer_linger_zero_reset", r"^read\(P->b\) after the linger-0 close \[\w+\]: expected -1 ECONNRESET, observed 0$"),
    ],
    "recvfrom_no_addr": [
        # The claim about the sender's address is made for datagrams only.
        ("io_sendto_recvfrom", r"\[\w+\]: recvfrom\(\) reported another address than the sender's$",
         ("inet_dgram", "inet6_dgram", "unix_dgram")),
    ],
    "so_error_zero": [
        # AF_UNIX refuses at once: SO_ERROR is only consulted for TCP.
        ("connect_nonblock_refused_so_error", r"^so == ECONNREFUSED \[\w+\]: SO_ERROR is 0$",
         ("inet_stream", "inet6_stream")),
    ],
    "read_nonblocking": [
        ("blocking_read_waits", r"^!rd\.done \[\w+\]: read\(\) returned -1 \(EAGAIN\) before any data was sent$"),
    ],
    "recv_cut_short": [
        ("io_message_boundaries", r"^n \[\w+\]: expected == sizes\[i\] \(= 20\), observed 15$"),
    ],
}


def _params():
    return [pytest.param(f, t[0], t[1], t[2] if len(t) > 2 else None, id=f"{f}->{t[0]}")
            for f, trips in sorted(TRIPS.items()) for t in trips]


def _case(case_id):
    path = BUILD / "cases" / case_id
    if not path.exists():
        pytest.fail(f"{path} is not built: run `make all` first", pytrace=False)
    return describe(path)


def _launch(lib):
    # Under SANITIZE=1 the cases link ASan, which insists on being first in
    # the library list; a preloaded fault library comes before it.
    asan = " ".join(filter(None, [os.environ.get("ASAN_OPTIONS", ""), "verify_asan_link_order=0"]))
    return Launch(preload=lib, extra_env={"ASAN_OPTIONS": asan})


def _library(fault):
    path = BUILD / "faults" / f"{fault}.so"
    if not path.exists():
        pytest.fail(f"{path} is not built: run `make faults` first", pytrace=False)
    return str(path)


@pytest.mark.parametrize("fault,case_id,pattern,only", _params())
def test_fault_makes_its_case_deviate(fault, case_id, pattern, only):
    case, lib = _case(case_id), _library(fault)
    tripped, wrong, untestable = [], [], []
    for kind in case.kinds:
        if only and kind not in only:
            continue
        control = run_item(case, kind)
        if control.outcome != "holds":
            # The claim already fails here (unsupported, or a deviation the
            # expectations list): no fault can make it fail more.
            untestable.append(f"{kind}: {control.outcome}")
            continue
        r = run_item(case, kind, _launch(lib))
        if r.outcome == "deviates" and re.search(pattern, r.message):
            tripped.append(kind)
        else:
            wrong.append(f"{kind}: {r.outcome}: {r.message!r} (control: {control.outcome})")
    if not tripped and not wrong:
        pytest.skip(f"{case_id} does not hold on any kind here without the fault: {untestable}")
    assert not wrong, f"{fault} did not trip {case_id} as it should:\n  " + "\n  ".join(wrong)


def test_every_fault_library_has_a_case_to_trip():
    sources = {p.stem for p in FAULTS_SRC.glob("*.c")}
    assert sources == set(TRIPS)


def test_fault_library_leaves_the_harness_protocol_intact(tmp_path):
    """A library that wraps read/write must not disturb the records the
    case writes to its output file (not a socket)."""
    case = _case("read_eof_after_close")
    r = run_item(case, "unix_stream", _launch(_library("epipe_eio")))
    assert r.outcome == "holds" and "unparsed_lines" not in r.observations
