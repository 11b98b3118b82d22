"""Guest modules: dependencies from modules.dep or, where Debian ships
none, from each module's .modinfo (32/64-bit, either byte order, plain or
compressed), softdeps by alias, built-in and absent modules."""

import gzip
import lzma
import struct

import pytest

from runner import modules


def fake_module(modinfo, bits=64, order="<"):
    """A minimal ELF relocatable with a .modinfo and a .shstrtab section."""
    info = b"".join(f"{k}={v}".encode() + b"\0" for k, v in modinfo)
    shstr = b"\0.modinfo\0.shstrtab\0"
    ehsize, shentsize = (64, 64) if bits == 64 else (52, 40)
    body = info + shstr
    shoff = ehsize + len(body)
    ident = b"\x7fELF" + bytes([2 if bits == 64 else 1, 1 if order == "<" else 2, 1]) + b"\0" * 9
    if bits == 64:
        head = ident + struct.pack(order + "HHIQQQIHHHHHH", 1, 62, 1, 0, 0, shoff, 0, ehsize, 0, 0,
                                   shentsize, 3, 2)
        sh = lambda name, off, size: struct.pack(order + "IIQQQQIIQQ", name, 1, 0, 0, off, size, 0, 0, 1, 0)
    else:
        head = ident + struct.pack(order + "HHIIIIIHHHHHH", 1, 3, 1, 0, 0, shoff, 0, ehsize, 0, 0,
                                   shentsize, 3, 2)
        sh = lambda name, off, size: struct.pack(order + "IIIIIIIIII", name, 1, 0, 0, off, size, 0, 0, 1, 0)
    sections = b"\0" * shentsize + sh(1, ehsize, len(info)) + sh(10, ehsize + len(info), len(shstr))
    return head + body + sections


@pytest.mark.parametrize("bits,order", [(64, "<"), (32, "<"), (64, ">")])
def test_modinfo_of_any_elf_class_and_byte_order(bits, order):
    data = fake_module([("depends", "a,b-c"), ("softdep", "pre: crc32c"), ("alias", "x")], bits, order)
    info = modules.modinfo(data)
    assert info["depends"] == ["a,b-c"] and info["softdep"] == ["pre: crc32c"]
    assert modules.modinfo(b"not an elf") == {}


def _tree(tmp_path, mods, compress=None, builtin=(), depfile=None):
    d = tmp_path / "lib/modules/9.9.9-test"
    for rel, info in mods.items():
        p = d / "kernel" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        data = fake_module(info)
        if compress == "xz":
            p = p.with_name(p.name + ".xz")
            data = lzma.compress(data)
        elif compress == "gz":
            p = p.with_name(p.name + ".gz")
            data = gzip.compress(data)
        p.write_bytes(data)
    d.mkdir(parents=True, exist_ok=True)
    (d / "modules.builtin").write_text("".join(f"kernel/{b}.ko\n" for b in builtin))
    if depfile is not None:
        (d / "modules.dep").write_text(depfile)
    return d


SCTP_TIPC = {
    "net/sctp/sctp.ko": [("depends", "libcrc32c,udp_tunnel,ip6_udp_tunnel")],
    "lib/libcrc32c.ko": [("depends", ""), ("softdep", "pre: crc32c")],
    "crypto/crc32c_generic.ko": [("depends", ""), ("alias", "crypto-crc32c")],
    "net/ipv4/udp_tunnel.ko": [("depends", "")],
    "net/ipv6/ip6_udp_tunnel.ko": [("depends", "")],
    "net/tipc/tipc.ko": [("depends", "udp_tunnel,ip6_udp_tunnel")],
    "net/vmw_vsock/vsock_loopback.ko": [("depends", "vmw_vsock_virtio_transport_common,vsock")],
    "net/vmw_vsock/vmw_vsock_virtio_transport_common.ko": [("depends", "vsock")],
    "net/vmw_vsock/vsock.ko": [("depends", "")],
}


@pytest.mark.parametrize("compress", [None, "xz", "gz"])
def test_dependencies_from_modinfo_come_first_once(tmp_path, compress):
    d = _tree(tmp_path, SCTP_TIPC, compress, builtin=("net/ipv6/ipv6",))
    files, state = modules.ModuleTree(d).resolve(("ipv6", "sctp", "tipc", "vsock_loopback", "mptcp"))
    names = [modules.module_name(f) for f in files]
    assert names == ["crc32c_generic", "libcrc32c", "udp_tunnel", "ip6_udp_tunnel", "sctp", "tipc",
                     "vsock", "vmw_vsock_virtio_transport_common", "vsock_loopback"]
    assert state == {"ipv6": "builtin", "sctp": "module", "tipc": "module", "vsock_loopback": "module",
                     "mptcp": "no-module"}
    assert modules.module_bytes(files[0])[:4] == b"\x7fELF"


def test_softdep_alias_found_in_the_crypto_folder(tmp_path):
    mods = {"lib/libcrc32c.ko": [("softdep", "pre: crc32c")],
            "arch/s390/crypto/crc32-vx_s390.ko": [("alias", "crc32c"), ("alias", "crypto-crc32c")]}
    files, _ = modules.ModuleTree(_tree(tmp_path, mods)).resolve(("libcrc32c",))
    assert [modules.module_name(f) for f in files] == ["crc32_vx_s390", "libcrc32c"]


def test_modules_dep_is_used_when_present(tmp_path):
    d = _tree(tmp_path, {"net/ipv6/ipv6.ko": [], "lib/crc-ccitt.ko": []},
              depfile="kernel/net/ipv6/ipv6.ko: kernel/lib/crc-ccitt.ko\nkernel/lib/crc-ccitt.ko:\n")
    files, state = modules.ModuleTree(d).resolve(("ipv6",))
    assert [modules.module_name(f) for f in files] == ["crc_ccitt", "ipv6"] and state == {"ipv6": "module"}


def test_a_kernel_without_modules(tmp_path):
    assert modules.ModuleTree(None).resolve(("sctp",)) == ([], {"sctp": "no-module"})
    assert modules.ModuleTree(tmp_path / "none").resolve(()) == ([], {})


def test_find_moddir_on_split_and_merged_usr(tmp_path):
    _tree(tmp_path, {"x.ko": []})
    assert modules.find_moddir(tmp_path).name == "9.9.9-test"
    sid = tmp_path / "sid" / "usr/lib/modules/7.2.13+deb14-cloud-amd64/kernel"
    sid.mkdir(parents=True)
    assert modules.find_moddir(tmp_path / "sid", "7.2.13+deb14-cloud-amd64") == sid.parent
    assert modules.find_moddir(tmp_path / "nothing") is None
