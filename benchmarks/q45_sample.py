"""q45's judged sample of quantity subjects on unannotated text (issue 10): an estimate on text no rule was tuned on.

draw:   python benchmarks/q45_sample.py draw /tmp/main-s37.jsonl > sample.jsonl
        The quantity records of half A (diff_dumps.half) in documents with no blind subject row (batches <= 10 or
        >= 30 of tests/data/subjects_thaigov.jsonl), no annotated row's own record; random.Random(45).sample of 150
        (1,320 in the pool at main dd270e73). 31 of the 150 stand in an earlier benchmarks/*.jsonl sample
        ("in_earlier_sample" in q45_judged.jsonl).
show:   python benchmarks/q45_sample.py show DUMP [LO HI]   (each record's context and the library's subject)
Judged (benchmarks/q45_judged.jsonl) by ANNOTATION.md and the batch-60/61 "where a choice was made" lists:
R right, N null and right, P partial (one contains the other), W wrong, M missing (null given, a subject due),
X left out (a ceremony's name, a plan's name, a count named only by a verb), before and after q45's rules.
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import show_drawn  # noqa: E402
from diff_dumps import half, load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"


def draw(dump_path: str) -> list[dict]:
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "subjects_thaigov.jsonl").open(encoding="utf-8")]
    blind_docs = {r["doc"] for r in rows if r.get("batch") not in range(11, 30)}
    annotated = {(r["doc"], r["start"], r["end"]) for r in rows}
    dump = load(dump_path)
    pool = [(doc, r["start"], r["end"]) for doc in sorted(dump, key=str)
            if half(doc) == "A" and doc not in blind_docs
            for r in dump[doc]["records"] if r["kind"] == "quantity" and (doc, r["start"], r["end"]) not in annotated]
    picked = random.Random(45).sample(pool, 150)
    return [{"n": i, "doc": doc, "start": s, "end": e} for i, (doc, s, e) in enumerate(picked, 1)]


def main(argv: list[str]) -> int:
    if argv[:1] == ["draw"]:
        for row in draw(argv[1]):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if argv[:1] == ["show"]:
        lo, hi = (int(argv[2]), int(argv[3])) if len(argv) > 3 else (1, 150)
        show_drawn((row for row in draw(argv[1]) if lo <= row["n"] <= hi), load(argv[1]), DATA)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
