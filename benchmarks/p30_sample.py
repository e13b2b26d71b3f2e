"""p30's judged sample of percentage subjects (issue 10): the percents rev29 made readable after อัตรา.

draw:  python benchmarks/p30_sample.py draw OLD_DUMP NEW_DUMP > benchmarks/p30_judged.jsonl
       Every half-A percentage record of NEW_DUMP (`dump_records.py` at main 3c9fd4a) whose (doc, start, end) is not in
       OLD_DUMP (72731ba's, /tmp/main-s29.jsonl): the percents rev29's reading after อัตรา added, less any in a dev-gold
       document or a blind row's window (never read); numbered in document order.
show:  python benchmarks/p30_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/p30_sample.py score DUMP [JUDGED] [-v]   (graded as p28_sample.py grades:
       "gold" a list of alternatives (None among them: null is right too), [] = null due, "?" rows left out)
"""
import json
import sys
from pathlib import Path

from m25_sample import _dev_docs, _texts  # benchmarks/ is the script's folder, on sys.path
from p29_sample import _blind_windows, _rows
from r24_sample import _half_a, _load, count_graded

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p30_judged.jsonl"


def _percents(dump):
    return {(doc, r["start"], r["end"]) for doc, recs in _load(dump).items() for r in recs if r["kind"] == "percentage"}


def draw(old_dump, new_dump):
    dev, blind = _dev_docs(_texts()), _blind_windows(_rows())
    new = sorted(_percents(new_dump) - _percents(old_dump))
    keep = [(doc, start, end) for doc, start, end in new if _half_a(doc) and doc not in dev
            and not any(a < start < b for a, b in blind.get(doc, ()))]
    print(f"{len(keep)} kept of {sum(_half_a(k[0]) for k in new)} new half-A percents", file=sys.stderr)
    for n, (doc, start, end) in enumerate(keep):
        print(json.dumps({"kind": "percentage", "src": "thaigov", "doc": doc, "start": start, "end": end, "n": n},
                         ensure_ascii=False))


def show(sample, before=260, after=90):
    texts = _texts()
    for line in open(sample, encoding="utf-8"):
        row = json.loads(line)
        t, s, e = texts[row["doc"]]["text"], row["start"], row["end"]
        print(f"--- {row['n']} {row['doc']} {s}")
        print(t[max(0, s - before):s].replace("\n", "⏎") + "[[" + t[s:e] + "]]" + t[e:e + after].replace("\n", "⏎"))


def score(dump, judged=JUDGED, verbose=False):
    records = _load(dump)
    tally = [0] * 5
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        got = next((r.get("subject") for r in records[row["doc"]]
                    if r["kind"] == "percentage" and r["start"] == row["start"]), None)
        g = count_graded(tally, row["gold"], got)
        if verbose and g < 2:
            print(row["n"], ["wrong", "partial"][g], repr(got), row["gold"], row.get("class"))
    n, exact, partial, nulls, due = tally
    print(f"percentage ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} ({partial / n:.3f}), "
          f"wrong {n - partial - nulls}, null given where a subject stands {nulls}, a subject given where null due {due}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "draw":
        draw(args[1], args[2])
    elif args[0] == "show":
        show(args[1])
    else:
        score(args[1], *args[2:], verbose=verbose)
