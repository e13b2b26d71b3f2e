"""q27's judged half-A sample of quantity subjects (issue 10), fresh beside r24's, q25's and q26's.

draw:  python benchmarks/q27_sample.py draw DUMP > sample.jsonl
       (seed 27, 110 quantity records from half A, documents in rounds (at most 3 each), no dev-gold document,
       no record within m25's window (BEFORE characters before, AFTER after) of an annotated row of
       tests/data/subjects_thaigov.jsonl, and no record within NEAR characters of a record judged in any
       benchmarks/*.jsonl sample with a doc and start (r24, q25, q26, m25, m26, p24, p25, p26): those were read
       with their context)
show:  python benchmarks/q27_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/q27_sample.py score DUMP [JUDGED] [-v]   (as m25_sample.py score, against
       benchmarks/q27_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
"""
import json
from pathlib import Path

from m25_sample import AFTER, BEFORE, PER_DOC, _annotated, _dev_docs, _texts, in_rounds, judged_starts, run, show  # noqa: F401
from r24_sample import _half_a, _load  # benchmarks/ is the script's folder, on sys.path
import m25_sample

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q27_judged.jsonl"
NEAR = 300
N = 110
SEED = 27


def draw_quantity(dump, seed, n, judged_file):
    """`n` quantity records of half A (see the module's docstring), none near a record judged in another sample
    than `judged_file`."""
    records = _load(dump)
    dev = _dev_docs(_texts())
    ann = _annotated()
    before = judged_starts(judged_file)
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "quantity"
                  and not any(abs(r["start"] - s) <= NEAR for s in before.get(doc, ()))
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    for k, (doc, start, end) in in_rounds(keys, seed, PER_DOC, n):
        print(json.dumps({"kind": "quantity", "doc": doc, "start": start, "end": end, "n": k}, ensure_ascii=False))


def draw(dump):
    draw_quantity(dump, SEED, N, JUDGED)


def score(dump, judged=JUDGED, verbose=False):
    m25_sample.score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
