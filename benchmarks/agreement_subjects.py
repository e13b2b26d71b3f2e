"""How far two annotators agree on a batch's subjects (13, 14), and the library against each of them.

Batch 13 (tests/data/subjects_thaigov.jsonl, ids tr-NN, "batch": 13) was annotated blind by one
annotator; tests/data/subjects_b13_second.jsonl holds a second, independent annotation of the same
140 draws (same draw command, made without seeing the first; every row has a `note`, and `left_out`
names why a draw is not a countable mention). Their agreement, with eval_subjects.py's own matching
(exact: the same string or both null; partial: one string inside the other), is the ceiling a
subject reader can be expected to reach on such text. The library is scored against the first
annotation (eval_subjects.py's heldout-b13 line), the second, and "either" (right when it agrees
with at least one of the two, on the draws both kept).

Batch 14 (ids tq-NN) was annotated the same way, twice: tests/data/subjects_b14_second.jsonl.

    python benchmarks/agreement_subjects.py [--batch 13|14] [--data SAMPLE.jsonl] [--no-library]

Only figures are printed, never a row, so a batch can stay a blind test set.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import DEFAULT_DATA, ROOT, annotated_texts, code_version  # noqa: E402
from benchmarks.eval_subjects import ANNOTATIONS, _same  # noqa: E402



def second_file(batch: int) -> Path:
    """The second annotation of `batch`."""
    return ROOT / "tests" / "data" / f"subjects_b{batch}_second.jsonl"

KINDS = ("quantity", "money", "percentage")


def load(data: Path, batch: int = 13) -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
    """The first annotation's rows of `batch`, the second's kept rows (both by id) and the texts."""
    first_rows, texts = annotated_texts(ANNOTATIONS, data)
    second_rows, second_texts = annotated_texts(second_file(batch), data)
    texts.update(second_texts)
    first = {r["id"]: r for r in first_rows if r.get("batch") == batch}
    second = {r["id"]: r for r in second_rows if not r.get("left_out")}
    return first, second, texts


def _tally(counts: dict[str, Counter], kind: str, golds: tuple[str | None, ...], pred: str | None) -> None:
    """Count `pred` right (exact, partial) when it agrees with any of `golds` (a null gold is an
    answer too: a null prediction agrees with it)."""
    for key in (kind, "all"):
        c = counts.setdefault(key, Counter())
        c["n"] += 1
        for mode, partial in (("exact", False), ("partial", True)):
            c[mode] += any(_same(gold, pred, partial) for gold in golds)


def _print(name: str, counts: dict[str, Counter]) -> None:
    for key in (*KINDS, "all"):
        c = counts.get(key)
        if c:
            print(f"{name:<22} {key:<10} n={c['n']:<4} exact {c['exact'] / c['n']:.2f}  partial {c['partial'] / c['n']:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the thaigov sample (JSON lines)")
    ap.add_argument("--batch", type=int, default=13, help="the batch annotated twice (13 or 14)")
    ap.add_argument("--no-library", action="store_true", help="annotator agreement only")
    args = ap.parse_args(argv)
    if not args.data.exists():
        ap.error(f"{args.data} not found: pass --data with the thaigov sample")
    if not second_file(args.batch).exists():
        ap.error(f"no second annotation of batch {args.batch}: {second_file(args.batch)} is missing")
    first, second, texts = load(args.data, args.batch)
    both = [i for i in first if i in second]
    for i in both:
        if (first[i]["start"], first[i]["kind"]) != (second[i]["start"], second[i]["kind"]):
            raise SystemExit(f"{i}: the two annotations name different draws")
    print(f"batch {args.batch}: first kept {len(first)}, second kept {len(second)}, both {len(both)}")
    agree: dict[str, Counter] = {}
    for i in both:
        _tally(agree, first[i]["kind"], (first[i]["subject"],), second[i]["subject"])
    _print("first vs second", agree)
    if args.no_library:
        return 0
    import thai_report_ie as tri

    reports: dict[str, object] = {}

    def predicted(r: dict):
        report = reports.get(r["doc"]) or reports.setdefault(r["doc"], tri.extract(texts[r["doc"]]))
        found = [x for x in report.records if x.start == r["start"] and type(x).__name__.lower() == r["kind"]]
        return found[0].subject if found else "<no record>"

    print(f"code {code_version()}")
    for name, rows in (("library vs first", first), ("library vs second", second)):
        counts: dict[str, Counter] = {}
        for r in rows.values():
            _tally(counts, r["kind"], (r["subject"],), predicted(r))
        _print(name, counts)
    counts = {}
    for i in both:
        _tally(counts, first[i]["kind"], (first[i]["subject"], second[i]["subject"]), predicted(first[i]))
    _print("library vs either", counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
