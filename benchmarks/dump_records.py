"""Dump every record, number mention and check of every document to one file, to diff two versions.

    python benchmarks/dump_records.py [DATA.jsonl] --out /tmp/records-before.jsonl
    ... change the code ...
    python benchmarks/dump_records.py [DATA.jsonl] --out /tmp/records-after.jsonl
    cmp /tmp/records-before.jsonl /tmp/records-after.jsonl   # or diff, to see which documents moved

One line a document: its id, then `Report.to_json(numbers=True)` (records, number mentions
and checks, exact values as JSON numbers). A refactoring of the core must leave the file
byte-identical.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import DEFAULT_DATA, code_version  # benchmarks/ is the script's folder, on sys.path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="JSON lines with 'id' and 'text'")
    ap.add_argument("--out", required=True, help="file to write (one JSON line a document)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--subject-model", action="store_true",
                    help="extract(subject_model=True): the shipped re-ranker re-ranks the usable kinds' subjects")
    args = ap.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        print(f"dump_records: data file not found: {path}", file=sys.stderr)
        return 2
    import thai_report_ie

    n = 0
    with path.open(encoding="utf-8") as fh, open(args.out, "w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            report = thai_report_ie.extract(obj["text"], subject_model=args.subject_model)
            out.write(json.dumps(obj.get("id", n), ensure_ascii=False) + "\t"
                      + report.to_json(indent=None, numbers=True) + "\n")
            n += 1
            if args.limit is not None and n >= args.limit:
                break
    print(f"{n} documents from {path} (commit {code_version()}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
