"""Small fake case binaries: Python scripts that speak the case protocol
(--describe, --kinds, --run ITEM,... --out FILE) and misbehave on request."""

import json
import os
import stat
import sys
import textwrap

TEMPLATE = textwrap.dedent('''\
    #!{python}
    import json, os, signal, sys, time
    META = {meta}
    BEHAVIOUR = {behaviour!r}
    args = sys.argv[1:]
    if args == ["--describe"]:
        print(json.dumps(META)); sys.exit(0)
    if args == ["--kinds"]:
        print(json.dumps([dict(name=k, column=k[:4]) for k in META["kinds"]])); sys.exit(0)
    out = open(args[args.index("--out") + 1], "a")
    for item in args[args.index("--run") + 1].split(","):
        variant, _, kind = item.rpartition("/")
        def rec(**r):
            if variant:
                r["variant"] = variant
            out.write(json.dumps(dict(r, kind=kind)) + "\\n"); out.flush()
        rec(ev="start")
        rec(ev="obs", name="capacity", value=3)
        if BEHAVIOUR == "holds":
            rec(ev="verdict", outcome="holds", message="", at="")
        elif BEHAVIOUR == "deviates":
            rec(ev="step", ok=False, errno="EINPROGRESS", ret=-1, expr="connect(fd)")
            rec(ev="verdict", outcome="deviates", message="connect(fd) [" + kind + "]: expected -1 ECONNREFUSED, observed -1 EINPROGRESS", at="x.c:1")
        elif BEHAVIOUR == "hang":
            time.sleep(3600)
        elif BEHAVIOUR == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        elif BEHAVIOUR == "garbage":
            out.write("not json at all\\n{{half a record"); out.flush()
            print("\\x00\\xff garbage on stdout")
            break
        elif BEHAVIOUR == "env":
            rec(ev="obs", name="ld_preload", value=os.environ.get("LD_PRELOAD", ""))
            rec(ev="verdict", outcome="holds", message="", at="")
        elif BEHAVIOUR == "exit0":
            sys.exit(0)
''')


def make_case(directory, case_id, behaviour="holds", kinds=("inet_stream",), timeout=1, **meta):
    m = {"format": 2, "id": case_id, "claim": f"claim of {case_id}",
         "source": {"doc": "posix", "section": "s"}, "kinds": list(kinds),
         "key": "capacity", "needs": "", "timeout": timeout, **meta}
    path = os.path.join(directory, case_id)
    with open(path, "w") as f:
        f.write(TEMPLATE.format(python=sys.executable, meta=json.dumps(m), behaviour=behaviour))
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def fake_tool(bindir, name, script):
    """An executable shell script called name in bindir (put it on PATH)."""
    path = os.path.join(str(bindir), name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + textwrap.dedent(script))
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path
