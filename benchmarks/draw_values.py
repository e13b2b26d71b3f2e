"""Draw value records from a dump to read by eye ("never a wrong number" audit).

Pools the records of a `dump_records.py` file by kind and `rng.sample`s each pool in turn, in the
order quantity, money, percentage, date, ratio, with one `random.Random(SEED)`; prints each record
with CONTEXT characters either side ([...] marks the span) and every non-empty value field.

    python benchmarks/draw_values.py /tmp/main-02b.jsonl --seed 115 \
        --counts quantity=90,money=35,percentage=20,date=95,ratio=10 > /tmp/draw.txt

The same dump, seed and counts always give the same draw (documents in the dump's order).

`--date-strata` draws the dates by shape instead (v17): each date falls in the first stratum of
DATE_STRATA it fits (quarter, half, period, range, ce, thai_digits, numeric, time, abbr_month,
relative, other) and each stratum is sampled in that order with the same rng, e.g.

    python benchmarks/draw_values.py /tmp/main-s17.jsonl --seed 317 \
        --counts quantity=25,money=20,percentage=15,ratio=60 \
        --date-strata quarter=15,half=8,period=20,range=25,ce=12,thai_digits=12,numeric=10,time=12,abbr_month=15,relative=6,other=15
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from _common import DEFAULT_DATA  # benchmarks/ is the script's folder, on sys.path

ORDER = ("quantity", "money", "percentage", "date", "ratio")
SKIP = {"kind", "text", "start", "end", "subject", "role"}
DATE_STRATA = ("quarter", "half", "period", "range", "ce", "thai_digits", "numeric", "time",
               "abbr_month", "relative", "other")
_THAI_DIGIT = re.compile("[๐-๙]")
_MONTH_ABBR = re.compile(r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)")
_TIME_AFTER = re.compile(r"\d[.:]\d\d\s*น\.|เวลา")


def date_stratum(r: dict, text: str) -> str:
    """The first shape of DATE_STRATA a date record fits."""
    t = r["text"]
    if r.get("quarter"):
        return "quarter"
    if r.get("half"):
        return "half"
    if r.get("period"):
        return "period"
    if r.get("end_day") or r.get("end_month") or r.get("end_year_be"):
        return "range"
    if (r["rule"] == "date.year.ce" or "ค.ศ" in t
            or (r.get("year_ce") and str(r["year_ce"]) in t and str(r["year_be"]) not in t)):
        return "ce"
    if _THAI_DIGIT.search(t):
        return "thai_digits"
    if r["rule"] == "date.numeric":
        return "numeric"
    if _TIME_AFTER.search(text[r["end"]:r["end"] + 25]) or "เวลา" in text[max(0, r["start"] - 15):r["start"]]:
        return "time"
    if _MONTH_ABBR.search(t):
        return "abbr_month"
    if r["rule"] == "date.relative":
        return "relative"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", help="a dump_records.py file")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="the texts the dump was made from")
    ap.add_argument("--seed", type=int, default=115)
    ap.add_argument("--counts", default="quantity=90,money=35,percentage=20,date=95,ratio=10")
    ap.add_argument("--context", type=int, default=60)
    ap.add_argument("--date-strata", default="", help="NAME=N,... over DATE_STRATA (replaces date= in --counts)")
    args = ap.parse_args(argv)
    counts = {k: int(v) for k, v in (kv.split("=") for kv in args.counts.split(","))}
    strata = {k: int(v) for k, v in (kv.split("=") for kv in args.date_strata.split(",") if kv)}
    texts = {}
    with Path(args.data).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                texts[obj["id"]] = obj["text"]
    pools: dict[str, list[tuple[str, dict]]] = {k: [] for k in ORDER}
    with open(args.dump, encoding="utf-8") as fh:
        for line in fh:
            key, _, rest = line.partition("\t")
            doc = json.loads(key)
            for r in json.loads(rest)["records"]:
                if r["kind"] in pools:
                    pools[r["kind"]].append((doc, r))
    rng = random.Random(args.seed)
    draws: list[tuple[str, int, list[tuple[str, dict]]]] = []
    for kind in ORDER:
        if kind == "date" and strata:
            by_shape: dict[str, list[tuple[str, dict]]] = {name: [] for name in DATE_STRATA}
            for doc, r in pools[kind]:
                by_shape[date_stratum(r, texts[doc])].append((doc, r))
            draws.extend((f"date/{name}", strata.get(name, 0), by_shape[name]) for name in DATE_STRATA)
        else:
            draws.append((kind, counts.get(kind, 0), pools[kind]))
    n = 0
    for label, want, pool in draws:
        print(f"## {label}: {min(want, len(pool))} of {len(pool)}")
        for doc, r in rng.sample(pool, min(want, len(pool))):
            n += 1
            text = texts[doc]
            s, e = r["start"], r["end"]
            left = text[max(0, s - args.context):s].replace("\n", "⏎")
            right = text[e:e + args.context].replace("\n", "⏎")
            fields = {k: v for k, v in r.items() if k not in SKIP and v not in (None, [], "", {})}
            print(f"{n:3d} {doc} {s}-{e} {left}[{r['text']}]{right}")
            print(f"    {json.dumps(fields, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
