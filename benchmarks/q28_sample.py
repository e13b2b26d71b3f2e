"""q28's judged half-A sample of quantity subjects (issue 10), fresh beside r24's, q25's, q26's and q27's.

draw:  python benchmarks/q28_sample.py draw DUMP > sample.jsonl
       (seed 28, 100 quantity records from half A, documents in rounds (at most 3 each), no dev-gold document,
       no record within m25's window (BEFORE characters before, AFTER after) of an annotated row of
       tests/data/subjects_thaigov.jsonl, and no record within NEAR characters of a record judged in any
       benchmarks/*.jsonl sample with a doc and start (r24, q25–q27, m25–m27, p24–p27): those were read
       with their context)
show:  python benchmarks/q28_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/q28_sample.py score DUMP [JUDGED] [-v]   (as m25_sample.py score, against
       benchmarks/q28_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
"""
import json
from pathlib import Path

from m25_sample import AFTER, BEFORE, PER_DOC, _annotated, _dev_docs, _texts, in_rounds, run, show  # noqa: F401
from r24_sample import _half_a, _load  # benchmarks/ is the script's folder, on sys.path
import m25_sample

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q28_judged.jsonl"
NEAR = 300
N = 100
SEED = 28


def _judged_before():
    """doc -> starts of every record judged in a benchmarks/*.jsonl sample (rows with a doc and a start)."""
    out = {}
    for p in sorted((ROOT / "benchmarks").glob("*.jsonl")):
        if p == JUDGED:
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    if "doc" in o and "start" in o:
                        out.setdefault(o["doc"], []).append(o["start"])
    return out


def draw(dump):
    records = _load(dump)
    dev = _dev_docs(_texts())
    ann = _annotated()
    before = _judged_before()
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "quantity"
                  and not any(abs(r["start"] - s) <= NEAR for s in before.get(doc, ()))
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    for n, (doc, start, end) in in_rounds(keys, SEED, PER_DOC, N):
        print(json.dumps({"kind": "quantity", "doc": doc, "start": start, "end": end, "n": n}, ensure_ascii=False))


def score(dump, judged=JUDGED, verbose=False):
    m25_sample.score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
