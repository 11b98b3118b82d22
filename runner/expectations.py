"""Known deviations are data: cases/expectations/*.toml lists, per
operating system and optionally per kernel version range or sysctl value,
the (case, kind) items expected to deviate and why.  Judging an outcome
against them gives one of: ok, expected deviation, or unexpected."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from runner.errors import USAGE, SockconfError


@dataclass(frozen=True)
class Expectation:
    case: str
    reason: str
    kinds: tuple = ()
    os: str = ""
    kernel: str = ""
    when: tuple = ()       # ((sysctl, value), ...): all must match
    unless: tuple = ()     # ((sysctl, value), ...): not when all match
    origin: str = ""

    def applies(self, case, kind, env):
        if case != self.case or (self.kinds and kind not in self.kinds):
            return False
        if self.os and env.get("os", "") != self.os:
            return False
        if self.kernel and not kernel_in_range(env.get("kernel_release", ""), self.kernel):
            return False
        sysctls = env.get("sysctls", {})
        if self.unless and all(sysctl_is(sysctls, k, v) for k, v in self.unless):
            return False
        return all(sysctl_is(sysctls, k, v) for k, v in self.when)


def sysctl_is(sysctls, key, want):
    """`key` may pick one field of a multi-valued sysctl: "net.ipv4.tcp_rmem[1]"."""
    m = re.fullmatch(r"(.+)\[(\d+)\]", key)
    have = str(sysctls.get(m.group(1) if m else key, "")).split()
    if m:
        idx = int(m.group(2))
        have = have[idx:idx + 1]
    return have == str(want).split()


def _version(text):
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


def kernel_in_range(release, spec):
    """spec: comma-separated bounds such as ">=5.10,<6.2"."""
    have = _version(release)
    for bound in spec.split(","):
        m = re.fullmatch(r"\s*(>=|<=|>|<|==)\s*([\d.]+)\s*", bound)
        if not m:
            raise SockconfError(f"bad kernel range {spec!r} in expectations", USAGE)
        op, want = m.group(1), _version(m.group(2))
        cut = have[:len(want)]
        ok = {">=": cut >= want, "<=": cut <= want, ">": cut > want,
              "<": cut < want, "==": cut == want}[op]
        if not ok:
            return False
    return True


def load(directory):
    found = []
    for path in sorted(Path(directory).glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text())
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise SockconfError(f"{path}: not valid TOML: {e}", USAGE)
        for i, entry in enumerate(data.get("deviates", [])):
            if not entry.get("case") or not entry.get("reason"):
                raise SockconfError(f"{path}: entry {i + 1} needs a case and a reason", USAGE)
            found.append(Expectation(
                case=entry["case"], reason=entry["reason"],
                kinds=tuple(entry.get("kinds", ())), os=entry.get("os", ""),
                kernel=entry.get("kernel", ""),
                when=tuple(sorted(entry.get("when", {}).items())),
                unless=tuple(sorted(entry.get("unless", {}).items())),
                origin=path.name))
    return found


def find(expectations, case, kind, env):
    for e in expectations:
        if e.applies(case, kind, env):
            return e
    return None


@dataclass(frozen=True)
class Judgement:
    verdict: str     # "ok", "expected", "unexpected", "skip"
    text: str


def judge(result, expectation, claim=""):
    """What an outcome means for the run, given the expectation (or None)."""
    o = result.outcome
    where = f"{result.case}[{result.kind}]"
    if o == "unsupported":
        return Judgement("skip", f"{where}: unsupported: {result.message}")
    if expectation is not None:
        if o == "deviates":
            return Judgement("expected", f"{where}: expected deviation ({expectation.reason}): {result.message}")
        if o == "holds":
            return Judgement("unexpected", f"{where}: listed as a deviation ({expectation.origin}: "
                             f"{expectation.reason}) but the claim now holds: {claim}")
    if o == "holds":
        return Judgement("ok", f"{where}: holds")
    head = {"deviates": "deviates", "broken": "broken (set-up failed)",
            "timeout": "timeout", "crash": "crash"}[o]
    return Judgement("unexpected", f"{where}: {head}: {result.message}\n  claim: {claim}")
