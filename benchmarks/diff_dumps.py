"""Compare two dumps of benchmarks/dump_records.py record by record, per kind and per half.

    python benchmarks/diff_dumps.py /tmp/before.jsonl /tmp/after.jsonl --counts
    python benchmarks/diff_dumps.py /tmp/before.jsonl /tmp/after.jsonl --kind quantity --half A

A record is matched across the dumps by its kind and offsets. "changed" is a record whose span
is in both with other fields; "new" and "gone" are spans in one dump only. Half A is the
documents whose md5(id) is even (the half judged samples come from, as in r24_sample.py); half B
is the rest. Checks are compared as lists. Without --counts every difference is printed with
its fields before and after, half A first, so each can be read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter


def half(doc) -> str:
    return "A" if int(hashlib.md5(str(doc).encode()).hexdigest(), 16) % 2 == 0 else "B"


def load(path: str) -> dict:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            key, js = line.rstrip("\n").split("\t", 1)
            out[json.loads(key)] = json.loads(js)
    return out


def by_span(records: list[dict]) -> dict:
    out: dict = {}
    for r in records:
        out.setdefault((r["kind"], r["start"], r["end"]), []).append(r)
    return out


def differences(before: dict, after: dict):
    """Yield (doc, kind, what, old, new) for every record that differs; what is changed/new/gone/checks."""
    for doc in sorted(set(before) | set(after), key=str):
        a = by_span(before.get(doc, {}).get("records", []))
        b = by_span(after.get(doc, {}).get("records", []))
        for key in sorted(set(a) | set(b), key=lambda k: (k[0], k[1], k[2])):
            old, new = a.get(key), b.get(key)
            if old == new:
                continue
            what = "changed" if old and new else ("new" if new else "gone")
            yield doc, key[0], what, old, new
        ca = before.get(doc, {}).get("checks", [])
        cb = after.get(doc, {}).get("checks", [])
        if ca != cb:
            yield doc, "check", "checks", ca, cb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--counts", action="store_true", help="only the counts per kind, half and change")
    ap.add_argument("--kind", help="only this record kind (quantity, money, percentage, ...)")
    ap.add_argument("--half", choices=("A", "B"), help="only this half of the documents")
    args = ap.parse_args(argv)
    before, after = load(args.before), load(args.after)
    if set(before) != set(after):
        print(f"diff_dumps: the dumps hold different documents ({len(before)} vs {len(after)})", file=sys.stderr)
    counts: Counter = Counter()
    rows = []
    for doc, kind, what, old, new in differences(before, after):
        h = half(doc)
        if (args.kind and kind != args.kind) or (args.half and h != args.half):
            continue
        counts[(kind, h, what)] += 1
        rows.append((h, doc, kind, what, old, new))
    if not args.counts:
        for h, doc, kind, what, old, new in sorted(rows, key=lambda r: (r[0], str(r[1]))):
            print(f"[{h}] {doc} {kind} {what}")
            print("   before:", json.dumps(old, ensure_ascii=False))
            print("   after: ", json.dumps(new, ensure_ascii=False))
    for kind in sorted({k for k, _, _ in counts}):
        parts = [f"{h} {what} {counts[(kind, h, what)]}"
                 for h in "AB" for what in ("changed", "new", "gone", "checks") if counts[(kind, h, what)]]
        print(f"{kind}: " + ", ".join(parts))
    if not counts:
        print("no differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
