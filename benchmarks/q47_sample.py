"""q47's judged sample of quantity subjects on unread half-A text, split into a part rules are written from (W) and a
part only tested (T), so that a rule's transfer is measured (issue 10).

draw:   python benchmarks/q47_sample.py draw /tmp/main-s38.jsonl > sample.jsonl
        The brief asked for 160 records from half-A documents (diff_dumps.half) used by no annotated row and no earlier
        judged sample, one a document: only 16 such documents have a quantity record at main 99a6cfce, so the pool is
        widened and the unit made smaller. Pool: the quantity records of half-A documents with no blind subject row
        (a tests/data/subjects_thaigov.jsonl row of batch <= 10 or >= 30: as q45), lying outside [start - 400, end + 200]
        of every row of every tests/data/subjects*.jsonl file (the context annotators read) and outside
        [start - 300, end + 100] of every record of every earlier benchmarks/*.jsonl sample (the context judges read).
        Unit: a passage, (doc, start // 1500): the pool is mostly three cabinet-meeting digests, each many agenda items.
        random.Random(47).sample of 160 passages (sorted), then rng.choice of one record each (report order).
        Split by a fixed rule: draw order n odd -> W (80, rules written from it), n even -> T (80, only tested).
show:   python benchmarks/q47_sample.py show DUMP [W|T|all]   (each record's context and the dump's subject)
Judged in benchmarks/q47_judged.jsonl: gold (list of acceptable subjects, [] = null; "X" = left out), the subject
of main 99a6cfce and of the branch, and exact / partial / wrong per ANNOTATION.md (exact: equal, null = null;
partial: one contains the other).
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
PASSAGE = 1500


def _jsonl(path: Path):
    for line in path.open(encoding="utf-8"):
        line = line.strip()
        if line:
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue


def _far(s: int, e: int, spans, before: int, after: int) -> bool:
    return all(e <= a - before or s >= b + after for a, b in spans)


def draw(dump_path: str) -> list[dict]:
    rows = list(_jsonl(ROOT / "tests" / "data" / "subjects_thaigov.jsonl"))
    blind_docs = {r["doc"] for r in rows if r.get("batch") not in range(11, 30)}
    annotated: dict = {}
    for path in sorted((ROOT / "tests" / "data").glob("subjects*.jsonl")):
        for r in _jsonl(path):
            if "doc" in r and "start" in r:
                annotated.setdefault(r["doc"], []).append((r["start"], r["end"]))
    judged: dict = {}
    for path in sorted((ROOT / "benchmarks").glob("*.jsonl")):
        if path.name.startswith("q47_"):
            continue
        for r in _jsonl(path):
            if isinstance(r, dict) and "doc" in r and "start" in r:
                judged.setdefault(r["doc"], []).append((r["start"], r["end"]))
    dump = load(dump_path)
    passages: dict = {}
    for doc in sorted(dump, key=str):
        if half(doc) != "A" or doc in blind_docs:
            continue
        for r in dump[doc]["records"]:
            s, e = r["start"], r["end"]
            if (r["kind"] == "quantity" and _far(s, e, annotated.get(doc, []), 400, 200)
                    and _far(s, e, judged.get(doc, []), 300, 100)):
                passages.setdefault((doc, s // PASSAGE), []).append((s, e))
    rng = random.Random(47)
    picked = rng.sample(sorted(passages), 160)
    out = []
    for n, key in enumerate(picked, 1):
        s, e = rng.choice(passages[key])
        out.append({"n": n, "part": "W" if n % 2 else "T", "doc": key[0], "start": s, "end": e})
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["draw"]:
        for row in draw(argv[1]):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if argv[:1] == ["show"]:
        part = argv[2] if len(argv) > 2 else "all"
        show_drawn((row for row in draw(argv[1]) if part in ("all", row["part"])), load(argv[1]), DATA, part=True)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
