"""m26's judged half-A sample of money subjects (issue 10), fresh beside m25's and r24's.

draw:  python benchmarks/m26_sample.py draw DUMP > sample.jsonl
       (seed 26, 95 money records from half A, documents in rounds (each document's first shuffled record,
       then its second, then its third), no dev-gold document, no record from BEFORE characters before an
       annotated MONEY row of tests/data/subjects_thaigov.jsonl to AFTER characters after it, and no record
       within NEAR characters of a record judged in any benchmarks/*.jsonl sample (m25, r24, q25, p24, p25):
       those were read with their context. m25's window around every annotated row, of any kind, leaves 11
       documents (29 records at three a document) once m25's own records are out, so the window is kept
       for money rows only; a drawn record in a quantity or percentage row's window is marked "near_row")
show:  python benchmarks/m26_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/m26_sample.py score DUMP [JUDGED] [-v]   (as m25_sample.py score, against
       benchmarks/m26_judged.jsonl)
"""
import json
from pathlib import Path

from m25_sample import draw_near, run, score as _score, show  # benchmarks/ is the script's folder, on sys.path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "m26_judged.jsonl"
NEAR = 300  # BEFORE, AFTER, PER_DOC: m25_sample's (300, 150, 3)
N = 95


def draw_money(dump, seed, near, judged_file, n=N):
    """`n` money records of half A (see the module's docstring), none within `near` characters of a record judged in
    another sample than `judged_file` (m25_sample.draw_near)."""
    for row in draw_near(dump, "money", seed, near, (judged_file,), n)[0]:
        print(json.dumps(row, ensure_ascii=False))


def draw(dump):
    draw_money(dump, 26, NEAR, JUDGED)


def score(dump, judged=JUDGED, verbose=False):
    _score(dump, judged, verbose)


if __name__ == "__main__":
    run(draw, show, score)
