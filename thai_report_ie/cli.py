"""Command line: `thai-report-ie extract FILE... --format table|json|jsonl|csv`.

FILE may be a path (.txt, .html/.htm, .docx, .pdf), a directory (its files of those types,
recursively, extensions in any case), a glob, or `-` for stdin (UTF-8 text); with `--jsonl FIELD`
each FILE is a JSON-lines corpus whose documents are in FIELD, read one line at a time (constant
memory however large the file). `--jobs N` reads the documents in N worker processes
(`extract_many`); output stays in input order. `-o FILE` writes there instead of stdout; the
progress bar (tqdm) only ever goes to stderr. A file that cannot be read, a document that makes
extraction fail or is over `--max-chars`, is reported on stderr and skipped; the exit status is 1
if any input failed, 2 for a usage error.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import glob
import json
import os
import sys
from collections import deque
from pathlib import Path
from typing import Callable, Iterator, Sequence, TextIO

from . import __version__, cli_data
from .batch import Failure, extract_many
from .checks import check_table_line
from .errors import ThaiReportIEError
from .extract import MAX_CHARS, extract
from .readers import SUPPORTED, FileText, read_text
from .records import Report

__all__ = ["main"]

CSV_FIELDS = [
    "file", "kind", "text", "start", "end", "value", "unit", "subject", "qualifier", "range", "per",
    "currency", "relation", "role", "numerator", "denominator", "denominator_unit", "stated_percent",
    "computed_percent", "day", "month", "year_be", "year_ce", "iso", "end_day", "end_month", "end_year_be",
    "end_year_ce", "period", "quarter", "half", "relative", "end_quarter",
    "name", "acronym", "parent", "title", "rule", "page",
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


def _read(name: str) -> FileText:
    if name == "-":
        data = sys.stdin.buffer.read()
        try:
            return FileText(data.decode("utf-8-sig"), "txt")
        except UnicodeDecodeError as e:
            raise InputFailure(f"{name}: not UTF-8 text (byte {e.start}); save it as a .txt file to have its encoding detected") from None
    try:
        return read_text(name)
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
            out.write(check_table_line(c, report.text) + "\n")


class _Progress:
    """A tqdm bar on stderr (never stdout), or nothing; failures are printed above the bar."""

    def __init__(self, show: bool, total: int | None, unit: str) -> None:
        self.bar = None
        self.failed = 0
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True, mininterval=0.2,
                            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} " + unit
                            + "s [{elapsed}<{remaining}, {rate_fmt}]{postfix}" if total else None)

    def fail(self, message: str) -> None:
        self.failed += 1
        if self.bar is not None:
            self.bar.set_postfix(failed=self.failed, refresh=False)
            self.bar.write(f"thai-report-ie: {message}", file=sys.stderr)
        else:
            print(f"thai-report-ie: {message}", file=sys.stderr)

    def step(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


_JSON_KINDS = {str: "string", list: "array", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _jsonl_documents(name: str, field: str, id_field: str | None, progress: _Progress) -> Iterator[tuple[str, str]]:
    """(id, text) of each line of a JSON-lines corpus, one line in memory at a time; a bad line is
    reported and skipped. The id is the line's `id_field` if it has one, else NAME:LINE."""
    try:
        fh = sys.stdin.buffer if name == "-" else open(name, "rb")
    except OSError as e:
        progress.fail(f"{name}: cannot read ({e.strerror})")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                obj = json.loads(raw)
                if not isinstance(obj, dict):  # not "string indices must be integers": say what the line holds
                    raise TypeError(f"it holds a JSON {_JSON_KINDS.get(type(obj), type(obj).__name__)}")
                text = obj[field]
            except (ValueError, KeyError, TypeError, IndexError) as e:
                why = f"no field {field!r}" if isinstance(e, KeyError) else f"not a JSON object line ({e})"
                progress.fail(f"{where}: {why}")
                progress.step()
                continue
            doc_id = obj.get(id_field) if id_field else None
            yield (where if doc_id is None else str(doc_id)), text


def _documents(names: list[str | InputFailure], args: argparse.Namespace, progress: _Progress,
               pages: deque[tuple[tuple[int, int], ...]]) -> Iterator[tuple[str, str]]:
    """(name, text) of every document to extract, read lazily; what cannot be read is reported.
    The page spans of each document yielded (empty but for a PDF) are appended to `pages`, in the
    order the documents go out, so that each report can be given its pages back."""
    for name in names:
        if isinstance(name, InputFailure):
            progress.fail(str(name))
            progress.step()
        elif args.jsonl:
            for doc in _jsonl_documents(name, args.jsonl, args.id_field, progress):
                pages.append(())
                yield doc
        elif name != "-" and (why := _oversize(name, args.max_chars)):
            progress.fail(why)
            progress.step()
        else:
            try:
                got = _read(name)
            except InputFailure as e:
                progress.fail(str(e))
                progress.step()
                continue
            pages.append(got.pages)
            yield name, got.text


def _extract_all(docs: Iterator[tuple[str, str]], args: argparse.Namespace,
                 fn: Callable[[str], Report] = extract) -> Iterator[tuple[str, Report | Failure]]:
    """Reports in input order; `fn` reads one text (e.g. with custom lexicons), in --jobs processes."""
    return extract_many(docs, n_process=args.jobs, max_chars=args.max_chars, extract_fn=fn)  # type: ignore[return-value]


def _oversize(name: str, max_chars: int) -> str | None:
    """Why a text or HTML file is too large to read (a UTF-8 character is at most 4 bytes), or None. A PDF's
    or Word file's size says little of its text (images): `read_text`'s limits bound those, and their text is
    held to --max-chars once read (as `extract_many`'s `read_document` does)."""
    if os.path.splitext(name)[1].lower() not in (".txt", ".htm", ".html"):
        return None
    try:
        size = os.stat(name).st_size
    except OSError:
        return None  # _read says what is wrong
    if size > 4 * max_chars:
        return f"{name}: {size:,} bytes is over the limit of {max_chars:,} characters; split the file"
    return None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thai-report-ie", description="Structured, checked facts from Thai reports.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from text files")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files, directories, globs, or - for stdin")
    ex.add_argument("--format", "-f", choices=["table", "json", "jsonl", "csv"], default="table")
    ex.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    ex.add_argument("--jsonl", metavar="FIELD", help="each FILE is a JSON-lines corpus; read the text of each line's FIELD")
    ex.add_argument("--id-field", metavar="NAME", default="id",
                    help="with --jsonl: the field that names each document (default: id; else FILE:LINE)")
    ex.add_argument("--jobs", "-j", type=_positive_or_all, default=1, metavar="N",
                    help="worker processes (default 1; -1: one a CPU)")
    ex.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                    help=f"skip (and report) documents longer than N characters (default {MAX_CHARS:,})")
    ex.add_argument("--progress", choices=["auto", "always", "never"], default="auto",
                    help="a progress bar on stderr (auto: only on a terminal with several files or a corpus)")
    cli_data.extend_extract(ex)
    cli_data.add_commands(sub)
    return parser


def _positive_or_all(value: str) -> int:
    n = int(value)
    if n == -1:
        return os.cpu_count() or 1
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs must be >= 1 or -1, got {n}")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command != "extract":
        return cli_data.run_command(args)
    names = list(_expand(args.files))
    many = len(names) > 1 or bool(args.jsonl)
    show = args.progress == "always" or (args.progress == "auto" and many and sys.stderr.isatty())
    progress = _Progress(show, None if args.jsonl else len(names), "doc" if args.jsonl else "file")
    out: TextIO = sys.stdout
    if args.output:
        out = open(args.output, "w", encoding="utf-8", newline="" if args.format == "csv" else None)
    try:
        return _run(args, names, out, progress)
    finally:
        progress.close()
        if args.output:
            out.close()


def _run(args: argparse.Namespace, names: list[str | InputFailure], out: TextIO, progress: _Progress) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore") if args.format == "csv" else None
    if writer:
        writer.writeheader()
    collected = []
    run_extract = cli_data.extract_function(args)
    pages: deque[tuple[tuple[int, int], ...]] = deque()
    for name, report in _extract_all(_documents(names, args, progress, pages), args, run_extract):
        spans = pages.popleft()  # results come back in input order, one a document sent
        if spans and not isinstance(report, Failure):
            report = dataclasses.replace(report, pages=spans)  # a PDF: each record says its page
        if isinstance(report, Failure):
            progress.fail(f"{name}: {report.error_type}: {report.error}")
        elif args.format == "json":
            collected.append({"file": name, **json.loads(report.to_json(indent=None))})
        elif args.format == cli_data.LABELSTUDIO:
            collected.append(cli_data.labelstudio_task(report, name))
        else:
            try:
                if args.explain and args.format == "table":
                    cli_data.write_explained_table(out, name, report, _short)
                else:
                    _write(out, args.format, name, report, writer)
            except BrokenPipeError:  # e.g. `| head`: the reader has all it wants
                os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())  # no error at exit flush
                return 1 if progress.failed else 0
        progress.step()
    if args.format == "json":
        single = len(args.files) == 1 and len(collected) == 1 and len(names) == 1 and not args.jsonl
        out.write(json.dumps(collected[0] if single else collected, ensure_ascii=False, indent=1) + "\n")
    if args.format == cli_data.LABELSTUDIO:
        cli_data.write_labelstudio(out, collected)
    return 1 if progress.failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
