"""Misread classes and plausibility over the thaigov sample: counts by class (issue 9).

Runs `extract()` on every document and counts, with detectors of its own that do not use the
library's rules (so the same script measures any version of the library):

* phone_ratio: a ratio within 40 characters after a phone marker (โทร, โทรศัพท์, Tel) on its line;
* bullet_minus: a negative quantity, money or percentage whose "-" opens its line;
* rai_ngan_wah: a "12-2-40 ไร่" area not read as one ไร่ quantity of the right value, or read as
  a date;
* section_number: a quantity with a decimal value and a classifier unit whose number opens
  its line ("5.1 รายการ", "2.3 คนทุกวัย");
* unit_header: a percentage or money read from multiplier words alone ("ร้อยละ / ล้านบาท");
* and a plausibility pass over the records: people_count (a count of people or cases above
  10^12), double_multiplier (digits of a million or more, then a multiplier word, with a
  people unit), year_unmarked_ce (a year without era read as CE after 2100), year_before_1500.

When the library has `thai_report_ie.plausibility`, the flags it reports are counted by rule.

    python benchmarks/misread_sweep.py [DATA.jsonl] [--limit N] [--examples 3]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import regex

from _common import DEFAULT_DATA, code_version  # benchmarks/ is the script's folder, on sys.path

PHONE = regex.compile(r"(?:โทร|โทรศัพท์|Tel|tel|TEL)[^\n]{0,40}$")
AREA = regex.compile(r"(?<![0-9๐-๙\-])[0-9๐-๙]{1,7}-[0-3๐-๓]-[0-9๐-๙]{1,2}(?![0-9๐-๙\-])(?=[ ]?ไร่)")
MULT_ONLY = regex.compile(r"(?:ร้อยละ|เปอร์เซ็นต์)?[\s]*(?:ร้อย|พัน|หมื่น|แสน|ล้าน)+(?:บาท|%)?")
PEOPLE = {"คน", "ราย", "ท่าน", "นาย", "ครัวเรือน", "ครอบครัว"}
CLASSIFIERS = {"คน", "ราย", "รายการ", "ท่าน", "แห่ง", "องค์กร", "โครงการ", "ครั้ง", "หน่วย", "ครัวเรือน", "ชนิด", "ประเภท"}
DIGITS_THEN_MULT = regex.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*(?:ร้อย|พัน|หมื่น|แสน|ล้าน)")
CE_ERA = ("ค.ศ.", "คริสต์ศักราช")
THAI_DIGIT = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _opens_line(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def classify(text: str, report) -> list[tuple[str, str]]:
    """(class, snippet) for every misread or implausible record in one report."""
    out: list[tuple[str, str]] = []
    for r in report.ratios:
        if PHONE.search(text[max(0, r.start - 60):r.start]):
            out.append(("phone_ratio", text[max(0, r.start - 30):r.end]))
    for r in [*report.quantities, *report.money, *report.percentages]:
        v = getattr(r, "value", None)
        if v is not None and v < 0 and r.text.startswith("-") and _opens_line(text, r.start):
            out.append(("bullet_minus", text[max(0, r.start - 10):r.end + 10]))
    for m in AREA.finditer(text):
        rai, ngan, wah = (int(x) for x in m.group().translate(THAI_DIGIT).split("-"))
        want = Decimal(rai) + Decimal(ngan) / 4 + Decimal(wah) / 400
        ok = any(q.start == m.start() and q.unit == "ไร่" and q.value == want for q in report.quantities)
        dated = any(d.start < m.end() and m.start() < d.end for d in report.dates)
        if not ok or dated:
            out.append(("rai_ngan_wah", text[max(0, m.start() - 10):m.end() + 10]))
    for q in report.quantities:
        if q.unit in CLASSIFIERS and isinstance(q.value, Decimal) and q.value != q.value.to_integral_value() \
                and _opens_line(text, q.start):
            out.append(("section_number", text[q.start:q.end + 15]))
    for r in [*report.percentages, *report.money]:
        if MULT_ONLY.fullmatch(r.text.strip()):
            out.append(("unit_header", text[max(0, r.start - 10):r.end + 10]))
    for q in report.quantities:
        if q.unit not in PEOPLE or q.value is None:
            continue
        m = DIGITS_THEN_MULT.match(q.text.translate(THAI_DIGIT))
        if m and int(m.group(1).replace(",", "")) >= 10**6:
            out.append(("double_multiplier", q.text))
        elif abs(q.value) > 10**12:
            out.append(("people_count", q.text))
    for d in report.dates:
        if d.year_ce is not None and d.year_ce > 2100 and not any(e in d.text for e in CE_ERA):
            out.append(("year_unmarked_ce", text[max(0, d.start - 15):d.end + 15]))
        if d.year_ce is not None and d.year_ce < 1500:
            out.append(("year_before_1500", text[max(0, d.start - 15):d.end + 15]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}: pass the thaigov sample's path", file=sys.stderr)
        return 2
    import thai_report_ie

    docs = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()][:args.limit]
    counts: Counter = Counter()
    flags: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    errors = 0
    t0 = time.monotonic()
    for doc in docs:
        text = doc["text"]
        try:
            report = thai_report_ie.extract(text)
        except Exception:  # noqa: BLE001 - the sweep counts failures
            errors += 1
            continue
        for cls, snippet in classify(text, report):
            counts[cls] += 1
            if len(examples[cls]) < args.examples:
                examples[cls].append(f"{doc.get('id', '?')}: {snippet!r}")
        flags.update(c.rule for c in report.checks if c.kind == "implausible")
    print(f"{len(docs):,} documents, code {code_version()} ({thai_report_ie.__file__}), "
          f"{time.monotonic() - t0:,.0f} s, {errors} exceptions")
    for cls in ("phone_ratio", "bullet_minus", "rai_ngan_wah", "section_number", "unit_header",
                "people_count", "double_multiplier", "year_unmarked_ce", "year_before_1500"):
        print(f"  {cls:18} {counts[cls]:5}  " + " | ".join(examples[cls]))
    print("implausible flags reported by the library: " + (", ".join(f"{k} {v}" for k, v in sorted(flags.items())) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
