"""m27's judged half-A sample of money subjects (issue 10), fresh beside m25's, m26's and r24's.

draw:  python benchmarks/m27_sample.py draw DUMP > sample.jsonl
       (seed 27, 95 money records from half A, documents in rounds (each document's first shuffled record,
       then its second, then its third), no dev-gold document, no record from BEFORE characters before an
       annotated MONEY row of tests/data/subjects_thaigov.jsonl to AFTER characters after it, and no record
       within NEAR characters of a record judged in any benchmarks/*.jsonl sample (m25, m26, r24, q25, q26, p24, p25, p26):
       those were read with their context. m25's window around every annotated row, of any kind, leaves 11
       documents (29 records at three a document) once m25's own records are out, so the window is kept
       for money rows only; a drawn record in a quantity or percentage row's window is marked "near_row")
show:  python benchmarks/m27_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/m27_sample.py score DUMP [JUDGED] [-v]   (as m25_sample.py score, against
       benchmarks/m27_judged.jsonl)
"""
from pathlib import Path

from m25_sample import run, score as _score, show  # benchmarks/ is the script's folder, on sys.path
from m26_sample import draw_money

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "m27_judged.jsonl"
NEAR = 30


def draw(dump):
    draw_money(dump, 27, NEAR, JUDGED)


def score(dump, judged=JUDGED, verbose=False):
    _score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
