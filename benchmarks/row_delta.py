"""Which annotated subject rows two dumps of benchmarks/dump_records.py read differently, and whether better.

    python benchmarks/row_delta.py /tmp/before.jsonl /tmp/after.jsonl [--skip-batch 56] [--show]

Reads every row of tests/data/subjects_thaigov.jsonl (and tests/data/subjects_r10l.jsonl), finds its
record in each dump as eval_subjects.py does (same kind and start, else the record that covers the
start), and grades each reading against the hand-written subject: 2 exact, 1 partial, 0 wrong. A row
whose grade rises is "better", one whose grade falls "worse", one whose subject changes at the same
grade "moved". Rows are grouped as eval_subjects.py groups them: released (batches read for tuning)
and blind (every other held-out row, and tune rows). --skip-batch leaves out a batch still to be
scored once blind, so the counts can be quoted before its first read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.eval_subjects import _released, _same  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ROWS = [ROOT / "tests" / "data" / "subjects_thaigov.jsonl", ROOT / "tests" / "data" / "subjects_r10l.jsonl"]


def load(path: str) -> dict:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                key, js = line.rstrip("\n").split("\t", 1)
                out[json.loads(key)] = json.loads(js)["records"]
    return out


def subject_of(records: list[dict] | None, row: dict) -> str | None:
    same = [r for r in records or [] if r["kind"] == row["kind"]]
    found = [r for r in same if r["start"] == row["start"]] \
        or [r for r in same if r["start"] <= row["start"] < r["end"]]
    return found[0].get("subject") if found else "<no record>"


def grade(gold, pred) -> int:
    return 2 if _same(gold, pred, partial=False) else 1 if _same(gold, pred, partial=True) else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--skip-batch", type=int, action="append", default=[], help="leave this batch out")
    ap.add_argument("--show", action="store_true", help="print every row that moved")
    args = ap.parse_args(argv)
    before, after = load(args.before), load(args.after)
    counts: Counter = Counter()
    for path in ROWS:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("batch") in args.skip_batch or row["doc"] not in before:
                continue
            old, new = subject_of(before.get(row["doc"]), row), subject_of(after.get(row["doc"]), row)
            if old == new:
                continue
            group = "released" if row.get("split") == "heldout" and _released(row) else "other"
            g0, g1 = grade(row["subject"], old), grade(row["subject"], new)
            what = "better" if g1 > g0 else "worse" if g1 < g0 else "moved"
            counts[(group, what)] += 1
            if args.show:
                print(f"{what:<6} {group:<8} {row['id']} {row['kind']:<10} gold={row['subject']!r} "
                      f"{old!r} -> {new!r}")
    for group in ("released", "other"):
        print(f"{group}: " + ", ".join(f"{w} {counts[(group, w)]}" for w in ("better", "worse", "moved")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
