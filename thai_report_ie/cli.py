"""Command line: `thai-report-ie extract FILE... --format table|json|jsonl|csv`.

FILE may be a path (.txt, .html/.htm, .docx, .pdf), a directory (its files of those types, recursively,
extensions in any case), a glob, or `-` for stdin (UTF-8 text).
A file that cannot be read is reported on stderr and skipped; the exit status is 1 if any
file failed, 2 for a usage error.
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import sys
from pathlib import Path
from typing import Iterator, Sequence, TextIO

from .errors import ThaiReportIEError
from .extract import extract
from .readers import SUPPORTED, read_text
from .records import Report

__all__ = ["main"]

CSV_FIELDS = [
    "file", "kind", "text", "start", "end", "value", "unit", "subject", "qualifier", "range", "per",
    "currency", "relation", "role", "numerator", "denominator", "denominator_unit", "stated_percent",
    "computed_percent", "day", "month", "year_be", "year_ce", "iso", "end_day", "end_month", "end_year_be",
    "end_year_ce", "period", "quarter", "half", "relative",
    "name", "acronym", "parent", "title", "rule",
]


class InputFailure(Exception):
    """One input could not be read; the message says which and why."""


def _expand(args: Sequence[str]) -> Iterator[str | InputFailure]:
    """File names to read; an argument that names no file yields its failure, so the run goes on."""
    for arg in args:
        if arg == "-":
            yield arg
        elif os.path.isdir(arg):
            found = sorted(str(p) for p in Path(arg).rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not found:
                yield InputFailure(f"{arg}: directory holds no .txt files (nor {', '.join(SUPPORTED[1:])})")
            yield from found
        elif any(c in arg for c in "*?[") and not os.path.exists(arg):
            found = sorted(glob.glob(arg, recursive=True))
            if not found:
                yield InputFailure(f"{arg}: no file matches this pattern")
            yield from found
        else:
            yield arg


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputFailure(f"{name}: not UTF-8 text (byte {e.start}); save it as a .txt file to have its encoding detected") from None
    try:
        return read_text(name).text
    except FileNotFoundError:
        raise InputFailure(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputFailure(f"{name}: is a directory") from None
    except (ThaiReportIEError, ImportError) as e:
        raise InputFailure(str(e) if name in str(e) else f"{name}: {e}") from None
    except OSError as e:
        raise InputFailure(f"{name}: cannot read ({e.strerror})") from None


def _short(d: dict) -> str:
    skip = {"kind", "text", "start", "end", "rule"}
    return ", ".join(f"{k}={v}" for k, v in d.items() if k not in skip and v not in (None, "", False, []))


def _write(out: TextIO, fmt: str, name: str, report: Report, writer: csv.DictWriter | None) -> None:
    dicts = report.to_dicts()
    checks = [c.to_dict() for c in report.checks]
    if fmt == "jsonl":
        for d in dicts:
            out.write(json.dumps({"file": name, **d}, ensure_ascii=False) + "\n")
        for c in checks:
            out.write(json.dumps({"file": name, "kind": "check", "check": c.pop("kind"), **c}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        assert writer is not None
        for d in dicts:
            row = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v) for k, v in d.items() if k in CSV_FIELDS}
            writer.writerow({"file": name, **row})
    elif fmt == "table":
        out.write(f"== {name}: {len(dicts)} records, {len(checks)} checks\n")
        for d in dicts:
            out.write(f"{d['kind']:<13}{d['start']:>6}-{d['end']:<6} {d['text']}  [{_short(d)}]\n")
        for c in checks:
            out.write(f"{'check':<13}{c['status']:<10} {c['message']}\n")


def _progress(done: int, total: int, failed: int) -> None:
    sys.stderr.write(f"\r{done}/{total} files" + (f", {failed} failed" if failed else "") + ("\n" if done == total else ""))
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="thai-report-ie", description="Structured, checked facts from Thai reports.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from text files")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files, directories, globs, or - for stdin")
    ex.add_argument("--format", "-f", choices=["table", "json", "jsonl", "csv"], default="table")
    ex.add_argument("--progress", choices=["auto", "always", "never"], default="auto",
                    help="a progress line on stderr (auto: only on a terminal with several files)")
    args = parser.parse_args(argv)

    out = sys.stdout
    failed = 0
    names = list(_expand(args.files))
    show = args.progress == "always" or (args.progress == "auto" and len(names) > 1 and sys.stderr.isatty())
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore") if args.format == "csv" else None
    if writer:
        writer.writeheader()
    collected = []
    for i, name in enumerate(names, 1):
        try:
            if isinstance(name, InputFailure):
                raise name
            report = extract(_read(name))
        except InputFailure as e:
            failed += 1
            print(f"\nthai-report-ie: {e}" if show else f"thai-report-ie: {e}", file=sys.stderr)
        else:
            if args.format == "json":
                collected.append({"file": name, **json.loads(report.to_json(indent=None))})
            else:
                try:
                    _write(out, args.format, name, report, writer)
                except BrokenPipeError:  # e.g. `| head`: the reader has all it wants
                    os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())  # no error at exit flush
                    return 1 if failed else 0
        if show:
            _progress(i, len(names), failed)
    if args.format == "json":
        payload = collected[0] if len(args.files) == 1 and len(collected) == 1 and len(names) == 1 else collected
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
