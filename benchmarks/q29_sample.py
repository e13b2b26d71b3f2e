"""q29's judged half-A sample of quantity subjects (issue 10), fresh beside r24's, q25's–q28's.

draw:  python benchmarks/q29_sample.py draw DUMP > sample.jsonl
       (seed 29, 100 quantity records from half A, documents in rounds (at most 3 each), no dev-gold document,
       no record within m25's window (BEFORE characters before, AFTER after) of an annotated row of
       tests/data/subjects_thaigov.jsonl, and no record within NEAR characters of a record judged in any
       benchmarks/*.jsonl file with a doc and start (r24, q25–q28, m25–m27, p24–p28 and the other row files): those
       were read with their context)
show:  python benchmarks/q29_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/q29_sample.py score DUMP [JUDGED] [-v]   (as m25_sample.py score, against
       benchmarks/q29_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
"""
from pathlib import Path

from m25_sample import run, score as _score, show  # benchmarks/ is the script's folder, on sys.path
from q27_sample import draw_quantity

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q29_judged.jsonl"
N = 100
SEED = 29


def draw(dump):
    draw_quantity(dump, SEED, N, JUDGED)


def score(dump, judged=JUDGED, verbose=False):
    _score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
