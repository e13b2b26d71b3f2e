"""Run the adversarial review sentences (benchmarks/rev16_adversarial.jsonl, rev17_adversarial.jsonl) through `extract()`
of this checkout and compare with the reviewer's reading.

    python benchmarks/adversarial_subjects.py benchmarks/rev17_adversarial.jsonl [--label NAME] [--write] [--against LABEL]

Each row has `rule`, `text`, `figure` (the record's text; the first place it occurs in `text`), `expected` and
`also_right` (accepted readings), and optionally `field`: "subject" (the default), "value" (the record's value as
a string, "low-high" for a range; `expected` null: no record may start at the figure), "date" (a relative date
record over the figure: `expected` "today" when one must exist, null when none may), "ratio" (the ratio
record starting at the figure as "x/y"; `expected` null: none may), or "per" / "unit" (that field of the
record starting at the figure; no record reads as null, an acceptable miss), "relation" and "qualifier" (likewise;
expected null: the record must carry none), or "years" (the date record over the figure as "be" or "be-end_be"; null: none), or "quarter" (the quarter
record over the figure as "q" or "q-end_quarter"; null: none may hold the figure), or "org" (the text of the
organisation record starting at the figure; null: none may start there), or "daterec" (the date record starting at
the figure, its set fields as "text=…,day=…,month=…,year_be=…,end_…,period=…,quarter=…,half=…"; null: none may; rev25),
or "role" (as relation), or "check" (the arithmetic check whose
stated figure starts at the figure, as "status:part+part" with the parts' texts; null: none may). Verdicts: right (the
reading or an accepted one), partial (one contains the other), null (nothing where something is named: an
acceptable miss), wrong (another thing named, a wrong value, a record that must not exist); a `wrong_text` list on
a row names contained readings that still name another thing. --label adds `got_<label>` and `verdict_<label>` to
every row (--write rewrites the file); --against compares with a stored label's verdicts and lists what moved.
This measures subjects and values on the reviewer's sentences, not time: `bench_adversarial.py` times inputs
built to make rules slow.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import _common  # noqa: F401 - first: measure this checkout, not the installed package
import thai_report_ie

RANK = {"right": 3, "partial": 2, "null": 1, "wrong": 0}
NO_RECORD = "<<NO RECORD>>"


def _plain(v) -> str:
    if isinstance(v, Decimal):
        v = v.normalize()
        return format(v, "f")
    return str(v)


def observed(row: dict) -> str | None:
    text, fig, field = row["text"], row["figure"], row.get("field", "subject")
    r = thai_report_ie.extract(text)
    pos = text.find(fig)
    if field == "date":
        hit = [d for d in r.dates if d.start == pos and d.text == fig and getattr(d, "relative", None)]
        return hit[0].relative if hit else None
    if field == "ratio":
        hit = [x for x in r.ratios if x.start == pos]
        return f"{_plain(hit[0].numerator)}/{_plain(hit[0].denominator)}" if hit else None
    if field == "org":  # the organisation record that starts at the figure: its text
        hit = [o for o in r.organisations if o.start == pos]
        return hit[0].text if hit else None
    if field == "check":  # the check whose stated figure starts at the figure: "ok:5 ราย+1 ราย"; None: none
        hit = [c for c in r.checks if c.spans and c.spans[0][0] == pos]
        return f"{hit[0].status}:" + "+".join(text[a:b] for a, b in hit[0].spans[1:]) if hit else None
    if field == "quarter":  # the quarter record over the figure: "q" or "q-end_quarter"; None: no quarter there
        hit = [d for d in r.dates if d.start <= pos < d.end and getattr(d, "quarter", None) is not None]
        if not hit:
            return None
        d = hit[0]
        end_q = getattr(d, "end_quarter", None)  # none before the twenty-second session
        return f"{d.quarter}-{end_q}" if end_q else str(d.quarter)
    if field == "daterec":  # the date record starting at the figure, its fields "name=value" joined by ","; None: none
        hit = [d for d in r.dates if d.start == pos]
        if not hit:
            return None
        d = hit[0]
        keys = ("text", "day", "month", "year_be", "end_day", "end_month", "end_year_be", "period", "quarter",
                "end_quarter", "half")
        return ",".join(f"{k}={getattr(d, k)}" for k in keys if getattr(d, k, None) is not None)
    if field == "years":
        hit = [d for d in r.dates if d.start <= pos < d.end and d.year_be is not None]
        if not hit:
            return None
        d = hit[0]
        return f"{d.year_be}-{d.end_year_be}" if d.end_year_be else str(d.year_be)
    records = [x for x in list(r.money) + list(r.percentages) + list(r.quantities) if x.start == pos]
    if field in ("per", "unit", "relation", "qualifier", "role", "currency"):
        return getattr(records[0], field, None) if records else None
    if field == "value":
        if not records:
            return None
        x = records[0]
        if x.range is not None:
            return f"{_plain(x.range[0])}-{_plain(x.range[1])}"
        return _plain(x.value)
    records = [x for x in records if x.text == fig]
    return records[0].subject if records else NO_RECORD


def verdict(row: dict, got: str | None) -> str:
    exp, also = row["expected"], row.get("also_right", [])
    field = row.get("field", "subject")
    if got in row.get("wrong_text", ()):
        return "wrong"
    if got == exp or got in also:
        return "right"
    if field != "subject":
        return "null" if got is None else "wrong"  # a value, or a record that must not exist, is exact or wrong
    if got is None or got == NO_RECORD:
        return "null"
    if exp is None:
        return "wrong"
    if any(a and (a in got or got in a) for a in [exp] + [a for a in also if a]):
        return "partial"
    return "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path)
    ap.add_argument("--label", help="store got_<label> and verdict_<label> on every row")
    ap.add_argument("--write", action="store_true", help="rewrite the file with the new columns")
    ap.add_argument("--against", help="a stored label to compare with")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    tab: dict[str, Counter] = defaultdict(Counter)
    order: list[str] = []
    for i, row in enumerate(rows):
        got = observed(row)
        v = verdict(row, got)
        if row["rule"] not in order:
            order.append(row["rule"])
        tab[row["rule"]][v] += 1
        if args.against:
            old_got, old_v = row.get(f"got_{args.against}"), row.get(f"verdict_{args.against}")
            if old_got != got:
                move = "better" if RANK[v] > RANK[old_v] else "worse" if RANK[v] < RANK[old_v] else "even"
                tab[row["rule"]]["moved_" + move] += 1
                print(f"{i:3} {row['rule']:<7} {move:<6} {row['figure']!r}: {old_got!r} ({old_v}) -> {got!r} ({v})")
        if args.label:
            row[f"got_{args.label}"] = got
            row[f"verdict_{args.label}"] = v
    print(f"{'rule':<8}{'n':>4}  right / partial / null / wrong" + ("   moved: better / worse / even" if args.against else ""))
    total: Counter = Counter()
    for rule in order + ["all"]:
        t = total if rule == "all" else tab[rule]
        if rule != "all":
            total.update(t)
        n = sum(t[k] for k in RANK)
        line = f"{rule:<8}{n:>4}  " + " / ".join(str(t[k]) for k in RANK)
        if args.against:
            line += "   " + " / ".join(str(t["moved_" + k]) for k in ("better", "worse", "even"))
        print(line)
    if args.write:
        args.cases.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
