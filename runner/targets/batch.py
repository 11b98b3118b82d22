"""Batch targets run every item in one go (one qemu boot, one ssh session)
with runner/guest/run-items.sh, then answer per item from its output."""

from pathlib import Path

from runner.execute import parse_records

GUEST_SCRIPT = Path(__file__).resolve().parent.parent / "guest" / "run-items.sh"


def items_file(cases_and_kinds):
    """The lines run-items.sh reads, for [(Case, kind)]."""
    return "".join(f"{c.id} {k} {c.timeout}\n" for c, k in cases_and_kinds)


def read_item(out_dir, case_id, kind):
    """One item's result from run-items.sh's output folder.  An item with
    no .rc file never ran (the batch died first): that is a crash of the
    target, reported on the item, never silently dropped."""
    base = Path(out_dir) / f"{case_id}.{kind}"
    def text(ext):
        try:
            return (base.parent / (base.name + ext)).read_text(errors="replace")
        except FileNotFoundError:
            return None
    rc_text = text(".rc")
    if rc_text is None:
        return parse_records(case_id, kind, text(".jsonl") or "", 1, False,
                             "") if text(".jsonl") else _never_ran(case_id, kind)
    try:
        rc = int(rc_text.strip())
    except ValueError:
        rc = 1
    # busybox and coreutils timeout both exit 124 when the bound killed the case
    res = parse_records(case_id, kind, text(".jsonl") or "", rc if rc < 128 else -(rc - 128),
                        rc == 124, text(".xml") or "")
    if res.outcome in ("crash", "broken") and not res.detail:
        res.detail = (text(".log") or "")[-800:]
    return res


def _never_ran(case_id, kind):
    from runner.execute import ItemResult
    return ItemResult(case_id, kind, "crash", "the target stopped before this item ran")
