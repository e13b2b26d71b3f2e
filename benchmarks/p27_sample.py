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
import sys
from pathlib import Path

from m25_sample import judged_keys  # benchmarks/ is the script's folder, on sys.path
from p26_sample import draw_percentage, score as p26_score, show

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p27_judged.jsonl"
PER_DOC = 110
N = 110  # BEFORE/AFTER: p26_sample.py's (300/150)


def _judged_before():
    """(doc, start) of every judged sample before this one (never drawn again)."""
    paths = sorted((ROOT / "benchmarks").glob("*_judged.jsonl")) + sorted((ROOT / "benchmarks").glob("*_sample.jsonl"))
    return judged_keys([p for p in paths if p.name != JUDGED.name])


def draw(dump):
    draw_percentage(dump, 2727, PER_DOC, N, _judged_before())


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
