"""p26's judged half-A sample of percentage subjects (issue 10).

draw:  python benchmarks/p26_sample.py draw DUMP > sample.jsonl
       (seed 2626, 110 percentage records from half A, documents in rounds (each document's first shuffled
       record, then its second, ... up to PER_DOC; only 13 half-A documents hold an undrawn percentage record
       outside the annotated rows' windows, 241 records, so a few long documents give many), no dev-gold document, no record of p24's or p25's samples
       (benchmarks/p24_percent_sample.jsonl, p25_percent_sample.jsonl), and no record from BEFORE characters
       before an annotated row of tests/data/subjects_thaigov.jsonl to AFTER characters after it (as m25_sample.py))
show:  python benchmarks/p26_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/p26_sample.py score DUMP [JUDGED] [-v]   (exact / partial of DUMP's subjects against
       benchmarks/p26_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
old:   python benchmarks/p26_sample.py old DUMP [-v]   (p24's and p25's samples graded against DUMP with their
       own judgments, `mine`: exact when equal, partial when one holds the other; undecided rows left out)
"""
import json
import sys
from pathlib import Path

from m25_sample import _annotated, _dev_docs, _texts, in_rounds, judged_keys, show as m25_show  # benchmarks/ is the script's folder, on sys.path
from r24_sample import _grade, _half_a, _load

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p26_judged.jsonl"
OLD = [ROOT / "benchmarks" / "p24_percent_sample.jsonl", ROOT / "benchmarks" / "p25_percent_sample.jsonl"]
BEFORE = 300
AFTER = 150
PER_DOC = 30
N = 110


def _old_keys():
    return judged_keys(OLD)


def draw_percentage(dump, seed, per_doc, n, old):
    """`n` percentage records of half A, at most `per_doc` a document, none of the (doc, start) keys `old` (see the
    module's docstring)."""
    records = _load(dump)
    texts = _texts()
    dev = _dev_docs(texts)
    ann = _annotated()
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "percentage"
                  and (doc, r["start"]) not in old
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    for k, (doc, start, end) in in_rounds(keys, seed, per_doc, n):
        print(json.dumps({"kind": "percentage", "doc": doc, "start": start, "end": end, "n": k}, ensure_ascii=False))


def draw(dump):
    draw_percentage(dump, 2626, PER_DOC, N, _old_keys())


def show(sample):
    m25_show(None, sample, 260, 90)


def _got(records, doc, start):
    return next((r.get("subject") for r in records[doc] if r["kind"] == "percentage" and r["start"] == start), None)


def score(dump, judged=JUDGED, verbose=False):
    records = _load(dump)
    n = exact = partial = nulls = due = 0
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        got = _got(records, row["doc"], row["start"])
        g = _grade(row["gold"], got)
        n += 1
        exact += g == 2
        partial += g >= 1
        nulls += got is None and g == 0
        due += got is not None and row["gold"] == []
        if verbose and g < 2:
            print(row["n"], ["wrong", "partial"][g], repr(got), row["gold"], row.get("class"))
    print(f"percentage ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} ({partial / n:.3f}), "
          f"wrong {n - partial - nulls}, null given where a subject stands {nulls}, a subject given where null due {due}")


def old(dump, verbose=False):
    records = _load(dump)
    for path in OLD:
        n = exact = partial = 0
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row["undecided"]:
                continue
            got = _got(records, row["doc"], row["start"])
            g = _grade([row["mine"]] if row["mine"] is not None else [], got)
            n += 1
            exact += g == 2
            partial += g >= 1
            if verbose and g < 2:
                print(path.name[:3], row["n"], ["wrong", "partial"][g], repr(got), repr(row["mine"]))
        print(f"{path.name} ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} ({partial / n:.3f}), "
              f"wrong {n - partial}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "draw":
        draw(args[1])
    elif args[0] == "show":
        show(args[1])
    elif args[0] == "old":
        old(args[1], verbose)
    else:
        score(args[1], *args[2:], verbose=verbose)
