"""p27's judged half-A sample of percentage subjects (issue 10).

draw:  python benchmarks/p27_sample.py draw DUMP > sample.jsonl
       (seed 2727, 110 percentage records from half A: no dev-gold document, no record of any judged sample
       before it (benchmarks/*_judged.jsonl, *_sample.jsonl: p24's, p25's, p26's percentages and the money and
       quantity samples), and no record from BEFORE characters before an annotated row of
       tests/data/subjects_thaigov.jsonl to AFTER characters after it (as m25_sample.py). Only 131 such records
       are left, 121 of them in one long document (04745de2c130) and 10 in another, so the per-document cap of
       the earlier draws is lifted: the sample is 100 records of one document and 10 of the other)
show:  python benchmarks/p27_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/p27_sample.py score DUMP [JUDGED] [-v]   (exact / partial of DUMP's subjects against
       benchmarks/p27_judged.jsonl, graded as p26_sample.py grades: "gold" a list of alternatives, [] = null
       due, "?" rows left out)
p26's sample after a change: python benchmarks/p26_sample.py score DUMP [-v]
"""
import json
import sys
from pathlib import Path

from m25_sample import _annotated, _dev_docs, _texts, in_rounds, judged_keys  # benchmarks/ is the script's folder, on sys.path
from p26_sample import score as p26_score, show
from r24_sample import _half_a, _load

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p27_judged.jsonl"
BEFORE = 300
AFTER = 150
PER_DOC = 110
N = 110


def _judged_before():
    """(doc, start) of every judged sample before this one (never drawn again)."""
    paths = sorted((ROOT / "benchmarks").glob("*_judged.jsonl")) + sorted((ROOT / "benchmarks").glob("*_sample.jsonl"))
    return judged_keys([p for p in paths if p.name != JUDGED.name])


def draw(dump):
    records = _load(dump)
    texts = _texts()
    dev = _dev_docs(texts)
    ann = _annotated()
    old = _judged_before()
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "percentage"
                  and (doc, r["start"]) not in old
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    for n, (doc, start, end) in in_rounds(keys, 2727, PER_DOC, N):
        print(json.dumps({"kind": "percentage", "doc": doc, "start": start, "end": end, "n": n}, ensure_ascii=False))


def score(dump, judged=JUDGED, verbose=False):
    p26_score(dump, judged, verbose)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "draw":
        draw(args[1])
    elif args[0] == "show":
        show(args[1])
    else:
        score(args[1], *args[2:], verbose=verbose)
