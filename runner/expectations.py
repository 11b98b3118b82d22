"""Known deviations are data: cases/expectations/*.toml lists, per
operating system and optionally per kernel version range or sysctl value,
the items expected to deviate, why, and *how*: each entry pins what the
kernel does instead (the errno of the failing step, or observed values),
so a deviation that changes is reported, not excused.

    [[deviates]]
    case = "listen_backlog_capacity"
    kinds = ["inet_stream"]          # optional; variants = [...] likewise
    caps = ["tcp"]                   # optional: kinds with all these capabilities
    os = "Linux"
    layer = ["valgrind"]             # optional: only under these user-space layers;
                                     # abi = [...] (i386, arm64, s390x), machine = [...] likewise
    lsm = ["selinux"]                # optional: only where all these security modules
                                     # are active (env "lsm", securityfs's list)
    reason = "Linux queues backlog+1 connections"
    observed = { capacity = "= backlog + 1" }
    errno = "EISCONN"                # or a list: any of them

A pinned value is a literal (number, boolean or text, compared with the
observation as the tables show it), a list of literals (any of them), or
a string with an operator: "= expr", "!= expr", "< expr", "<= expr",
"> expr", ">= expr", or "lo .. hi" (inclusive).  An expr is integer
arithmetic (+ - * / and parentheses) over numbers, the item's
observations by name, and the target's sysctls (net.core.wmem_max,
net.ipv4.tcp_rmem[1])."""

import ast
import operator
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
    caps: tuple = ()       # the kind has every one of these capabilities
    variants: tuple = ()
    os: str = ""
    kernel: str = ""
    when: tuple = ()       # ((sysctl, value), ...): all must match
    unless: tuple = ()     # ((sysctl, value), ...): not when all match
    origin: str = ""
    errno: tuple = ()      # the failing step's errno is one of these
    observed: tuple = ()   # ((observation, spec), ...): all must match
    layer: tuple = ()      # the run's layer (env "layer") is one of these
    abi: tuple = ()        # the cases' ABI (env "abi") is one of these
    machine: tuple = ()    # the kernel's machine (env "machine") is one of these
    lsm: tuple = ()        # the active security modules (env "lsm") include all of these

    def applies(self, case, kind, env, variant="", kind_caps=()):
        if case != self.case or (self.kinds and kind not in self.kinds):
            return False
        if self.caps and not set(self.caps) <= set(kind_caps):
            return False
        if self.variants and variant not in self.variants:
            return False
        if self.os and env.get("os", "") != self.os:
            return False
        if self.kernel and not kernel_in_range(upstream_release(env), self.kernel):
            return False
        for key in ("layer", "abi", "machine"):
            if getattr(self, key) and env.get(key, "") not in getattr(self, key):
                return False
        if self.lsm and not set(self.lsm) <= set(env.get("lsm", "").split(",")):
            return False
        sysctls = env.get("sysctls", {})
        if self.unless and all(sysctl_is(sysctls, k, v) for k, v in self.unless):
            return False
        return all(sysctl_is(sysctls, k, v) for k, v in self.when)

    def pins(self):
        """The pin as data, for results files and messages."""
        p = {}
        if self.errno:
            p["errno"] = list(self.errno) if len(self.errno) > 1 else self.errno[0]
        if self.observed:
            p["observed"] = {k: _unfreeze(v) for k, v in self.observed}
        return p

    def summary(self):
        return {"outcome": "deviates", "reason": self.reason, **self.pins()}

    def mismatch(self, result, env):
        """"" when the result deviates as pinned, else what differs."""
        problems = []
        if self.errno:
            got = failed_errno(result)
            if got not in self.errno:
                problems.append(f"errno {' or '.join(self.errno)} listed, {got or 'no errno'} observed")
        sysctls = env.get("sysctls", {})
        for name, spec in self.observed:
            if name not in result.observations:
                problems.append(f"{name} {describe(spec)} listed, not observed")
                continue
            value = result.observations[name]
            ok = matches(_unfreeze(spec), value, result.observations, sysctls)
            if not ok:
                problems.append(f"{name} {describe(spec)} listed, {show(value)} observed")
        return "; ".join(problems)


def failed_errno(result):
    """The errno name of the step that failed (the last with ok false)."""
    for step in reversed(result.steps):
        if step.get("ok") is False:
            return step.get("errno") or ""
    return ""


def show(value):
    if isinstance(value, list):
        return "/".join(show(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def describe(spec):
    if isinstance(spec, list):
        return " or ".join(describe(s) for s in spec)
    if isinstance(spec, str) and _OP.match(spec):
        return spec.strip()
    return f"= {show(spec)}"


_OP = re.compile(r"\s*(==|!=|<=|>=|=|<|>)\s*(.+)$")
_RANGE = re.compile(r"\s*(.+?)\s*\.\.\s*(.+)$")
_NAME = re.compile(r"[A-Za-z_][\w./]*(\[\d+\])?")
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.FloorDiv: operator.floordiv, ast.Div: operator.floordiv}
_CMP = {"=": operator.eq, "==": operator.eq, "!=": operator.ne, "<": operator.lt,
        "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def evaluate(expr, observations, sysctls):
    """Integer value of expr; names are observations, then sysctls."""
    def name_value(m):
        name = m.group(0)
        if name in observations and isinstance(observations[name], (int, float)):
            return str(int(observations[name]))
        mm = re.fullmatch(r"(.+?)(?:\[(\d+)\])?", name)
        fields = str(sysctls.get(mm.group(1), "")).split()
        idx = int(mm.group(2) or 0)
        if idx < len(fields) and re.fullmatch(r"-?\d+", fields[idx]):
            return fields[idx]
        raise ValueError(f"{name} is neither a numeric observation nor a sysctl")
    text = _NAME.sub(name_value, expr)
    return _eval(ast.parse(text, mode="eval").body)


def _eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left), _eval(node.right))
    raise ValueError("only integer arithmetic is allowed")


def matches(spec, value, observations, sysctls):
    if isinstance(spec, list):
        return any(matches(s, value, observations, sysctls) for s in spec)
    if isinstance(spec, bool) or not isinstance(spec, (str, int, float)):
        return value == spec
    if isinstance(spec, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value == spec
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    try:
        m = _RANGE.match(spec)
        if m and number and not _OP.match(spec):
            lo, hi = (evaluate(x, observations, sysctls) for x in m.groups())
            return lo <= value <= hi
        m = _OP.match(spec)
        if m:
            return number and _CMP[m.group(1)](value, evaluate(m.group(2), observations, sysctls))
    except (ValueError, SyntaxError):
        return False
    return show(value) == spec


def _freeze(v):
    return tuple(_freeze(x) for x in v) if isinstance(v, list) else v


def _unfreeze(v):
    return [_unfreeze(x) for x in v] if isinstance(v, tuple) else v


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


def upstream_release(env):
    """The kernel's upstream version where the build string names it
    (Debian's 6.1.0-50 is "Debian 6.1.176-1": stable releases of one
    series differ), else its release."""
    m = re.search(r"Debian (\d+\.\d+(?:\.\d+)?)", env.get("kernel_version", ""))
    return m.group(1) if m else env.get("kernel_release", "")


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


def _strings(entry, key, where):
    v = entry.get(key, ())
    v = [v] if isinstance(v, str) else v
    if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) for x in v):
        raise SockconfError(f"{where}: {key} must be a string or a list of strings", USAGE)
    return tuple(v)


def load(directory):
    found = []
    for path in sorted(Path(directory).glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text())
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise SockconfError(f"{path}: not valid TOML: {e}", USAGE)
        for i, entry in enumerate(data.get("deviates", [])):
            where = f"{path}: entry {i + 1}"
            if not entry.get("case") or not entry.get("reason"):
                raise SockconfError(f"{where} needs a case and a reason", USAGE)
            observed = entry.get("observed", {})
            if not isinstance(observed, dict):
                raise SockconfError(f"{where}: observed must be a table", USAGE)
            errno = _strings(entry, "errno", where)
            if not errno and not observed:
                raise SockconfError(f"{where} ({entry['case']}) pins nothing: give errno or observed, "
                                    "what the kernel does instead", USAGE)
            found.append(Expectation(
                case=entry["case"], reason=entry["reason"],
                kinds=_strings(entry, "kinds", where), caps=_strings(entry, "caps", where),
                variants=_strings(entry, "variants", where),
                os=entry.get("os", ""), kernel=entry.get("kernel", ""),
                when=tuple(sorted(entry.get("when", {}).items())),
                unless=tuple(sorted(entry.get("unless", {}).items())),
                origin=path.name, errno=errno,
                layer=_strings(entry, "layer", where), abi=_strings(entry, "abi", where),
                machine=_strings(entry, "machine", where), lsm=_strings(entry, "lsm", where),
                observed=tuple(sorted((k, _freeze(v)) for k, v in observed.items()))))
    return found


def find(expectations, case, kind, env, variant="", kind_caps=(), result=None):
    """The first entry that applies; entries are indexed by case on first use.
    Given the result of a deviation, the first applicable entry whose pin
    it matches comes first: a broad entry (every kind) and a narrower one
    (a kind that deviates otherwise) may both apply."""
    index = _INDEX.get(id(expectations))
    if index is None or index[0] is not expectations:
        by_case = {}
        for e in expectations:
            by_case.setdefault(e.case, []).append(e)
        index = _INDEX[id(expectations)] = (expectations, by_case)
    found = [e for e in index[1].get(case, ()) if e.applies(case, kind, env, variant, kind_caps)]
    if result is not None and result.outcome == "deviates":
        for e in found:
            if not e.mismatch(result, env):
                return e
    return found[0] if found else None


_INDEX = {}


@dataclass(frozen=True)
class Judgement:
    verdict: str     # "ok", "expected", "unexpected", "skip"
    text: str


def judge(result, expectation, claim="", env=None):
    """What an outcome means for the run, given the expectation (or None)."""
    o = result.outcome
    name = f"{result.case}.{result.variant}" if result.variant else result.case
    where = f"{name}[{result.kind}]"
    if o == "unsupported":
        return Judgement("skip", f"{where}: unsupported: {result.message}")
    if expectation is not None:
        if o == "deviates":
            differs = expectation.mismatch(result, env or {})
            if differs:
                return Judgement("unexpected", f"{where}: deviates, but not as listed "
                                 f"({expectation.origin}: {expectation.reason}): {differs}\n"
                                 f"  message: {result.message}\n  claim: {claim}")
            return Judgement("expected", f"{where}: expected deviation ({expectation.reason}): {result.message}")
        if o == "holds":
            return Judgement("unexpected", f"{where}: listed as a deviation ({expectation.origin}: "
                             f"{expectation.reason}) but the claim now holds: {claim}")
    if o == "holds":
        return Judgement("ok", f"{where}: holds")
    head = {"deviates": "deviates", "broken": "broken (set-up failed)",
            "timeout": "timeout", "crash": "crash"}[o]
    return Judgement("unexpected", f"{where}: {head}: {result.message}\n  claim: {claim}")
