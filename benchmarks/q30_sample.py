"""q30's judged half-A sample of quantity subjects (issue 10), fresh beside r24's, q25's–q29's.

draw:  python benchmarks/q30_sample.py draw DUMP > sample.jsonl
       (seed 30, 100 quantity records from half A, documents in rounds (at most 3 each), no dev-gold document,
       no record within m25's window (BEFORE characters before, AFTER after) of an annotated row of
       tests/data/subjects_thaigov.jsonl, and no record within NEAR characters of a record judged in any
       benchmarks/*.jsonl file with a doc and start (r24, q25–q29, m25–m28, p24–p29 and the other row files): those
       were read with their context)
show:  python benchmarks/q30_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/q30_sample.py score DUMP [JUDGED] [-v]   (as m25_sample.py score, against
       benchmarks/q30_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
"""
from pathlib import Path

from m25_sample import run, score as _score, show  # benchmarks/ is the script's folder, on sys.path
from q27_sample import draw_quantity

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q30_judged.jsonl"
N = 100
SEED = 30


def draw(dump):
    draw_quantity(dump, SEED, N, JUDGED)


def score(dump, judged=JUDGED, verbose=False):
    _score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
