"""The CLI's "your data" part: `--lexicon FILE`, `--format labelstudio`, `--explain`, and the
`evaluate` and `convert` commands. `cli.main` builds its parser and calls these functions.

  thai-report-ie extract FILE... [--lexicon FILE]... [--format labelstudio] [--explain]
  thai-report-ie evaluate GOLD... [--show-errors N] [--json OUT] [--kinds K,K] [--lexicon FILE]...
  thai-report-ie convert EXPORT.json --out DIR      (Label Studio export → gold files)
  thai-report-ie convert --label-config             (the labelling interface XML for Label Studio)
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, TextIO

from .errors import LexiconError
from .records import Report

__all__ = ["add_commands", "extend_extract", "extract_function", "labelstudio_task", "run_command",
           "write_explained_table", "write_labelstudio"]

LABELSTUDIO = "labelstudio"


def _add_lexicon_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="a lexicon of your own (.tsv or .json: units, organisations, stop words); repeatable")


def extend_extract(ex: argparse.ArgumentParser) -> None:
    """Add --lexicon, --explain and the labelstudio format to the `extract` command."""
    _add_lexicon_option(ex)
    ex.add_argument("--explain", action="store_true",
                    help="with --format table: under each record and check, why it is what it is")
    for action in ex._actions:
        if "--format" in action.option_strings and action.choices is not None and LABELSTUDIO not in action.choices:
            action.choices = [*action.choices, LABELSTUDIO]
            action.help = (action.help or "") + " (labelstudio: import tasks with pre-annotations)"


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The `evaluate` and `convert` commands."""
    ev = sub.add_parser("evaluate", help="score the extractor against gold files (yours, or a Label Studio export)")
    ev.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files (document gold or Label Studio export), or .jsonl corpora")
    ev.add_argument("--show-errors", type=int, default=0, metavar="N", help="print up to N misses and false alarms per kind")
    ev.add_argument("--json", metavar="OUT", help="also write the summary here as JSON")
    ev.add_argument("--kinds", help="comma-separated kinds to score (default: all annotated)")
    _add_lexicon_option(ev)
    cv = sub.add_parser("convert", help="a Label Studio JSON export → gold files; or print the labelling config")
    cv.add_argument("export", nargs="?", metavar="EXPORT", help="Label Studio JSON export of the corrected tasks")
    cv.add_argument("--out", "-o", metavar="DIR", help="directory for the gold files (<name>.json and <name>.txt)")
    cv.add_argument("--label-config", action="store_true", help="print the labelling interface XML to paste into Label Studio")


def _extractor(files: list[str]):
    from .extractor import Extractor

    return Extractor(lexicons=files) if files else None


def extract_function(args: argparse.Namespace) -> Callable[[str], Report]:
    """`extract`, or an `Extractor`'s, when --lexicon files are given (a bad file exits with status 2)."""
    from .extract import extract

    try:
        ex = _extractor(getattr(args, "lexicon", []) or [])
    except LexiconError as e:
        print(f"thai-report-ie: lexicon error: {e}", file=sys.stderr)
        raise SystemExit(2) from None
    return ex.extract if ex is not None else extract


def labelstudio_task(report: Report, name: str) -> dict:
    from .labelstudio import report_to_task

    return report_to_task(report, name=name)


def write_labelstudio(out: TextIO, tasks: list[dict]) -> None:
    out.write(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")


def write_explained_table(out: TextIO, name: str, report: Report, short: Callable[[dict], str]) -> None:
    """The table format, each record and check followed by its explanation (indented)."""
    records, checks = report.records, report.checks
    out.write(f"== {name}: {len(records)} records, {len(checks)} checks\n")
    for r in records:
        d = r.to_dict()
        out.write(f"{d['kind']:<13}{d['start']:>6}-{d['end']:<6} {d['text']}  [{short(d)}]\n")
        out.write("".join(f"    {ln}\n" for ln in report.explain(r).splitlines()[1:]))
    for c in checks:
        out.write(f"{'check':<13}{c.status:<10} {c.message}\n")
        out.write("".join(f"    {ln}\n" for ln in report.explain(c).splitlines()[1:]))


def run_command(args: argparse.Namespace) -> int:
    """Run `evaluate` or `convert`; the exit status."""
    if args.command == "evaluate":
        return _evaluate(args)
    return _convert(args)


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import GoldError, evaluate, format_summary
    from .labelstudio import LabelStudioError

    try:
        ex = _extractor(args.lexicon)
        kinds = args.kinds.split(",") if args.kinds else None
        summary = evaluate(args.gold, ex, kinds=kinds, errors=args.show_errors)
    except (LexiconError, GoldError, LabelStudioError) as e:
        print(f"thai-report-ie: {e}", file=sys.stderr)
        return 2
    print(format_summary(summary))
    if args.json:
        summary.pop("errors", None)
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


def _convert(args: argparse.Namespace) -> int:
    from .labelstudio import LABEL_CONFIG, LabelStudioError, is_labelstudio_export, write_gold

    if args.label_config:
        sys.stdout.write(LABEL_CONFIG)
        if not args.export:
            return 0
    if not args.export or not args.out:
        print("thai-report-ie convert: give EXPORT.json and --out DIR (or --label-config)", file=sys.stderr)
        return 2
    try:
        with open(args.export, encoding="utf-8-sig") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"thai-report-ie: {args.export}: cannot read as JSON ({e})", file=sys.stderr)
        return 2
    if not is_labelstudio_export(data):
        print(f"thai-report-ie: {args.export}: not a Label Studio JSON export (a list of tasks with \"data\"); "
              "export the project with Export → JSON", file=sys.stderr)
        return 2
    try:
        paths = write_gold(data, args.out, source=args.export)
    except LabelStudioError as e:
        print(f"thai-report-ie: {e}", file=sys.stderr)
        return 2
    skipped = len(data) - len(paths)
    print(f"wrote {len(paths)} gold file(s) to {args.out}" + (f"; {skipped} task(s) without an annotation left out" if skipped else ""))
    return 0
