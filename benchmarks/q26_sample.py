"""q26's judged half-A sample of quantity subjects (issue 10), drawn as m25's was.

draw:  python benchmarks/q26_sample.py draw DUMP > sample.jsonl
       (seed 26, 110 quantity records from half A, documents in rounds (at most 3 each), no dev-gold document,
       no record within m25's window around an annotated row of tests/data/subjects_thaigov.jsonl, and none of
       the records r24 and q25 judged (benchmarks/r24_judged.jsonl, q25_judged.jsonl))
show:  python benchmarks/q26_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/q26_sample.py score DUMP [JUDGED] [-v]   (exact / partial against
       benchmarks/q26_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
"""
import json
from pathlib import Path

from m25_sample import AFTER, BEFORE, PER_DOC, _annotated, _dev_docs, _texts, in_rounds, judged_keys, run, show  # noqa: F401
from r24_sample import _half_a, _load
import m25_sample

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q26_judged.jsonl"
N = 110
SEED = 26


def _judged_before():
    return judged_keys(ROOT / "benchmarks" / name for name in ("r24_judged.jsonl", "q25_judged.jsonl"))


def draw(dump):
    records = _load(dump)
    texts = _texts()
    dev = _dev_docs(texts)
    ann = _annotated()
    before = _judged_before()
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "quantity"
                  and (doc, r["start"]) not in before
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    for n, (doc, start, end) in in_rounds(keys, SEED, PER_DOC, N):
        print(json.dumps({"kind": "quantity", "doc": doc, "start": start, "end": end, "n": n}, ensure_ascii=False))


def score(dump, judged=JUDGED, verbose=False):
    m25_sample.score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
