"""Fuzz `extract()` and `parse_number()` with a million generated inputs; report counts.

Each input is 1-12 pieces drawn at random from: report-style fragments written for this
project (tests/data/fuzz_fragments.json; no corpus text), runs of digits of every Unicode
script (the `regex` module's \\p{Nd}, including those this Python cannot read), Thai number
words (data/numerals.tsv), separators and signs, zero-width and exotic spaces, and random Thai
letters. For every input it runs

* `extract(text)`: any exception is counted by type; every number mention, record and check
  span must satisfy `0 <= start <= end <= len(text)` and `text[start:end] == record.text`;
* `parse_number(piece)` on one of its pieces: only `NumberParseError` may be raised.

With `--runs`, half the inputs also get one long run of a word or piece the rules of the eleventh and
twelfth sessions read (ๆ, ละ, จาก, ร้อยละ N, ตามลำดับ, และ, parentheses, โควิด 19, ไร่ งาน, สตางค์,
เมื่อเทียบกับ, ดอกเบี้ย ...) repeated 2 to 2,000 times (f13); without it the inputs are those of earlier runs.

    python benchmarks/fuzz.py [--inputs 1000000] [--processes 2] [--seed 20261130] [--runs]
                              [--failures /tmp/fuzz_failures.jsonl]

Inputs are generated from (seed, chunk number), so a run is reproducible. The failing inputs
(at most 200) are written as JSON lines to `--failures`. Exit status 1 on any failure.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import regex

from _common import ROOT, code_version  # benchmarks/ is the script's folder, on sys.path

FRAGMENTS = ROOT / "tests" / "data" / "fuzz_fragments.json"
CHUNK = 2_000

_SEPARATORS = [",", ".", "/", "-", "–", "−", ":", "%", "+", "(", ")", " ", "  ", "\n", "\t", "ๆ", "ฯ", "๚"]
_SPACES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u202f", "\u3000", "\u2009"]


def _ingredients() -> dict[str, list[str]]:
    from thai_report_ie.lexicon import load_tsv

    digits = regex.findall(r"\p{Nd}", "".join(map(chr, range(0x20000))))
    # one list a script: blocks of ten consecutive code points starting at a zero
    scripts = [digits[i:i + 10] for i in range(0, len(digits), 10)]
    return {
        "fragments": json.loads(FRAGMENTS.read_text(encoding="utf-8"))["fragments"],
        "scripts": ["".join(s) for s in scripts],
        "number_words": [r["word"] for r in load_tsv("numerals")],
        "thai_letters": [chr(c) for c in range(0x0E01, 0x0E5C)],
    }


RUN_PIECES = ["ๆ", "ๆ ", "ละ", "ๆละ", "จาก", "จาก ", "ร้อยละ", "ร้อยละ 1 ", "ร้อยละ 1 และ ", "ตามลำดับ ", "1 และ ", "และ",
              "(", ")", "(1 ", "((1))", "โควิด 19 ", "โควิด", " - ", "ถึง", "ถึง 5 บาท ", "ไร่ 2 งาน ", "บาท 50 สตางค์ ",
              "ชุด ๆ ละ ", "เมื่อเทียบกับ", "ลดลงจากปีก่อน ", "ที่", "ซึ่งคิดเป็น", "ศูนย์", "ณ ", "มีทั้งหมด", "ดอกเบี้ย",
              "% ต่อปี ", "เป็นเงิน ", "ได้แก่ ", ", ", "1,", "๑ "]
RUN_LENGTHS = [2, 3, 10, 50, 200, 2000]


def make_input(rng: random.Random, ing: dict[str, list[str]], *, runs: bool = False) -> tuple[str, list[str]]:
    pieces: list[str] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.30:
            pieces.append(rng.choice(ing["fragments"]))
        elif roll < 0.50:  # a digit run: ASCII/Thai mostly, any script sometimes, mixed rarely
            script = rng.choice(ing["scripts"]) if rng.random() < 0.4 else rng.choice(["0123456789", "๐๑๒๓๔๕๖๗๘๙"])
            pool = script if rng.random() < 0.9 else "".join(ing["scripts"])
            run = "".join(rng.choice(pool) for _ in range(rng.choice([1, 2, 3, 4, 6, 8, 12, 25, 31])))
            if rng.random() < 0.3 and len(run) > 3:  # thousands separators / a decimal point
                cut = rng.randrange(1, len(run))
                run = run[:cut] + rng.choice([",", ".", "/", "-"]) + run[cut:]
            pieces.append(run)
        elif roll < 0.65:
            pieces.append("".join(rng.choice(ing["number_words"]) for _ in range(rng.randint(1, 6))))
        elif roll < 0.80:
            pieces.append(rng.choice(_SEPARATORS))
        elif roll < 0.90:
            pieces.append(rng.choice(_SPACES))
        else:
            pieces.append("".join(rng.choice(ing["thai_letters"]) for _ in range(rng.randint(1, 8))))
    if runs and rng.random() < 0.5:  # one long run of a piece a rule reads, somewhere among the others
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(RUN_PIECES) * rng.choice(RUN_LENGTHS))
    return "".join(pieces), pieces


def _bad_offsets(text: str, report) -> int:
    bad = 0
    for r in [*report.numbers, *report.records]:
        if not (0 <= r.start <= r.end <= len(text)) or text[r.start:r.end] != r.text:
            bad += 1
    for c in report.checks:
        bad += sum(1 for s, e in c.spans if not 0 <= s <= e <= len(text))
    return bad


def run_chunk(args: tuple[int, int, int, bool]) -> tuple[Counter, list[dict]]:
    from thai_report_ie import extract
    from thai_report_ie.errors import NumberParseError
    from thai_report_ie.numerals import parse_number

    seed, chunk, size, runs = args
    rng = random.Random(f"{seed}:{chunk}")
    ing = _ingredients_cached()
    counts: Counter = Counter()
    failures: list[dict] = []
    for _ in range(size):
        text, pieces = make_input(rng, ing, runs=runs)
        counts["inputs"] += 1
        counts["chars"] += len(text)
        try:
            report = extract(text)
            counts["records"] += len(report.records)
            bad = _bad_offsets(text, report)
            if bad:
                counts["bad_offsets"] += bad
                counts["inputs_with_bad_offsets"] += 1
                failures.append({"what": "bad_offset", "text": text})
        except Exception as e:  # noqa: BLE001 - counting every failure is the point
            counts[f"extract:{type(e).__name__}"] += 1
            failures.append({"what": f"extract:{type(e).__name__}", "text": text,
                             "trace": traceback.format_exc(limit=3)})
        piece = rng.choice(pieces)
        try:
            parse_number(piece)
            counts["parse_number:ok"] += 1
        except NumberParseError:
            counts["parse_number:NumberParseError"] += 1
        except Exception as e:  # noqa: BLE001
            counts[f"parse_number:{type(e).__name__}"] += 1
            failures.append({"what": f"parse_number:{type(e).__name__}", "text": piece})
    return counts, failures[:20]


_ING: dict[str, list[str]] | None = None


def _ingredients_cached() -> dict[str, list[str]]:
    global _ING
    if _ING is None:
        _ING = _ingredients()
    return _ING


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", type=int, default=1_000_000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--failures", type=Path, default=Path("/tmp/fuzz_failures.jsonl"))
    ap.add_argument("--runs", action="store_true", help="add long runs of the pieces the rules read (f13)")
    args = ap.parse_args(argv)

    chunks = [(args.seed, i, min(CHUNK, args.inputs - i * CHUNK), args.runs) for i in range((args.inputs + CHUNK - 1) // CHUNK)]
    total: Counter = Counter()
    failures: list[dict] = []
    t0 = time.monotonic()
    print(f"fuzz: {args.inputs:,} inputs, {args.processes} processes, seed {args.seed}, runs {args.runs}, "
          f"code {code_version()}, load {os.getloadavg()[0]:.1f}", flush=True)
    with Pool(args.processes) as pool:
        for n, (counts, fails) in enumerate(pool.imap_unordered(run_chunk, chunks), 1):
            total.update(counts)
            failures.extend(fails)
            if n % 50 == 0:  # running counts, so a run cut short still has its figures
                failed = sum(v for k, v in total.items() if k.startswith(("extract:", "parse_number:"))
                             and k not in ("parse_number:ok", "parse_number:NumberParseError"))
                print(f"  {total['inputs']:,} inputs, {time.monotonic() - t0:,.0f} s: {failed} exceptions, "
                      f"{total['bad_offsets']} bad offsets", flush=True)
    elapsed = time.monotonic() - t0
    errors = {k: v for k, v in total.items() if k.startswith(("extract:", "parse_number:"))
              and k not in ("parse_number:ok", "parse_number:NumberParseError")}
    print(f"inputs: {total['inputs']:,} ({total['chars']:,} characters) in {elapsed:,.0f} s "
          f"({total['inputs'] / elapsed:,.0f} inputs/s, load {os.getloadavg()[0]:.1f})")
    print(f"records: {total['records']:,}")
    print(f"extract exceptions: {sum(v for k, v in errors.items() if k.startswith('extract:'))} {errors or ''}")
    print(f"bad offsets: {total['bad_offsets']} (in {total['inputs_with_bad_offsets']} inputs)")
    print(f"parse_number: {total['parse_number:ok']:,} numbers, "
          f"{total['parse_number:NumberParseError']:,} NumberParseError, "
          f"{sum(v for k, v in errors.items() if k.startswith('parse_number:'))} other exceptions")
    if failures:
        with args.failures.open("w", encoding="utf-8") as fh:
            for f in failures[:200]:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(f"failing inputs written to {args.failures}")
    return 1 if errors or total["bad_offsets"] else 0


if __name__ == "__main__":
    sys.exit(main())
