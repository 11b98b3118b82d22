"""Batch targets run every item in one go (one qemu boot, one ssh session)
with runner/guest/run-items.sh, then answer per item from its output.
The items of a case run in one process of its binary, as on the host."""

from pathlib import Path

from runner.execute import BACKSTOP, GRACE, ItemResult, item_label, parse_records, split_records

GUEST_SCRIPT = Path(__file__).resolve().parent.parent / "guest" / "run-items.sh"


def groups(items):
    """[(Case, [(variant, kind)])] for [(Case, variant, kind)], one per case,
    in the order the cases first appear."""
    found = {}
    for case, variant, kind in items:
        found.setdefault(case.id, (case, []))[1].append((variant, kind))
    return list(found.values())


def group_bound(case, n, mult, grace=GRACE):
    """Seconds run-items.sh gives one case's process (as execute.process_bound)."""
    return n * (case.timeout * mult + BACKSTOP) + grace


def items_file(items):
    """The lines run-items.sh reads: "<case> <timeout> <count> <item,...>",
    the longest-bounded cases first (its lanes take them in turn); a case
    that runs alone is marked "!<case>" and comes last (run-items.sh runs
    it once the lanes are done)."""
    ordered = sorted(groups(items), key=lambda cg: (cg[0].alone, -cg[0].timeout * len(cg[1])))
    return "".join(f"{'!' if c.alone else ''}{c.id} {c.timeout} {len(g)} "
                   f"{','.join(item_label(v, k) for v, k in g)}\n" for c, g in ordered)


def read_group(out_dir, case, group):
    """{(variant, kind): ItemResult} for one case's process from
    run-items.sh's output folder.  A case with no .rc file never finished
    (the batch died first): its items without a verdict are crashes of the
    target, reported, never silently dropped."""
    base = Path(out_dir) / case.id

    def text(ext):
        try:
            return (base.parent / (base.name + ext)).read_text(errors="replace")
        except FileNotFoundError:
            return None
    rc_text, records = text(".rc"), text(".jsonl") or ""
    split = split_records(records)
    found = {}
    for variant, kind in group:
        if rc_text is None:
            res = parse_records(case.id, kind, records, None, False, "", variant, split)
            if res.outcome not in ("holds", "deviates", "unsupported", "broken", "timeout") or \
                    not records:
                res = ItemResult(case.id, kind, "crash", "the target stopped before this item ran",
                                 variant=variant)
        else:
            try:
                rc = int(rc_text.strip())
            except ValueError:
                rc = 1
            # busybox and coreutils timeout both exit 124 when the bound killed the case
            res = parse_records(case.id, kind, records, rc if rc < 128 else -(rc - 128),
                                rc == 124, text(".xml") or "", variant, split)
            if res.outcome in ("crash", "broken") and not res.detail:
                res.detail = (text(".log") or "")[-800:]
        found[(variant, kind)] = res
    return found
