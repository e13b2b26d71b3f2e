"""q48's judged sample of quantity records whose subject is null or short (issue 10): W to write rules from,
T to measure transfer on.

draw:   python benchmarks/q48_sample.py draw /tmp/main-s38.jsonl > sample.jsonl
score:  python benchmarks/q48_sample.py score DUMP   (W and T: N, E null expected, M null given, R, C partial, W)
show:   python benchmarks/q48_sample.py show DUMP [LO HI [W|T]]   (each record's context and DUMP's subject; the
        sample is always drawn from the session-start dump /tmp/main-s38.jsonl)

The pool: quantity records of half A (diff_dumps.half) whose subject is null or holds fewer than 4 Thai
characters, that are

- no annotated row's own record (tests/data/subjects_thaigov.jsonl) and no record of an earlier judged
  sample (benchmarks/*_judged.jsonl, benchmarks/*_sample.jsonl);
- not within [start - 300, end + 150] of a blind row (held out and not released, eval_subjects.RELEASED_BATCHES):
  the context read to judge never shows a held-out row's text;
- inside the [row.start - 400, row.end + 200] window of some annotated row: draw_batch.py's second-mention stages
  draw only outside those windows, so the blind pool left for later batches is not read here.

The brief asked for documents with no annotated row and no earlier q*_judged sample; in half A of main-s38 that pool
holds 7 such records (7 documents), so the rule above is used instead (196 documents).
One record per document: documents sorted, random.Random(48) picks one eligible record of each (choice), then
samples 160 documents; n = 1..160 in sample order. **W = odd n, T = even n** (80 each; one record a document, so W
and T share no document). Judged (benchmarks/q48_judged.jsonl) by ANNOTATION.md from 220 characters before and 60
after, with main's reading shown: N null right, M null wrong (the subject given), C cut short (the full subject
given), R right (a short subject that is whole), W another phrase taken, X left out (not decidable / no count), D
doubtful (not scored). Each row: `gold` (acceptable subjects, the first preferred; [] = null), `subject_main` (main
99a6cfce), `subject_after` (branch q48), `before` / `after` by `verdict` (N, E, M, R, C partial, W). q46's unsaved sample
lists the wording of #103 ("ผลไกล่เกลี่ย… 372 เรื่อง") among its doubtful, so it may overlap; one record is also in q47's
sample of the same session (/tmp/q47_sample.jsonl, read for positions only).
"""
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import show_drawn  # noqa: E402
from diff_dumps import half, load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
BASE = "/tmp/main-s38.jsonl"
RELEASED = range(11, 30)
THAI = re.compile("[\u0e00-\u0e7f]")


def _short(subject) -> bool:
    return subject is None or len(THAI.findall(subject)) < 4


def _near(s: int, e: int, spans, before: int, after: int) -> bool:
    return any(s - before < re_ and e + after > rs for rs, re_ in spans)


def draw(dump_path: str) -> list[dict]:
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "subjects_thaigov.jsonl").open(encoding="utf-8")]
    every: dict = {}
    blind: dict = {}
    for r in rows:
        every.setdefault(r["doc"], []).append((r["start"], r["end"]))
        if r["split"] == "heldout" and r.get("batch") not in RELEASED:
            blind.setdefault(r["doc"], []).append((r["start"], r["end"]))
    judged = set()
    for f in sorted((ROOT / "benchmarks").glob("*_judged.jsonl")) + sorted((ROOT / "benchmarks").glob("*_sample.jsonl")):
        if f.name.startswith("q48"):
            continue
        for line in f.open(encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                if "start" in o:
                    judged.add((o["doc"], o["start"], o["end"]))
    dump = load(dump_path)
    rng = random.Random(48)
    eligible = {}
    for doc in sorted(dump, key=str):
        if half(doc) != "A":
            continue
        recs = [(r["start"], r["end"]) for r in dump[doc]["records"]
                if r["kind"] == "quantity" and _short(r["subject"])
                and (doc, r["start"], r["end"]) not in judged
                and not _near(r["start"], r["end"], every.get(doc, []), 0, 0)
                and not _near(r["start"], r["end"], blind.get(doc, []), 300, 150)
                and _near(r["start"], r["end"], every.get(doc, []), 400, 200)]
        if recs:
            eligible[doc] = rng.choice(recs)
    docs = rng.sample(sorted(eligible, key=str), 160)
    return [{"n": i, "part": "W" if i % 2 else "T", "doc": doc, "start": eligible[doc][0], "end": eligible[doc][1]}
            for i, doc in enumerate(docs, 1)]


def verdict(subject, gold: list) -> str:
    """A subject against the judged gold: N null right, E null expected (a subject given), M null given (a subject
    due), R right, C partial (one holds the other, a cut-short or a longer reading), W another phrase."""
    if not gold:
        return "N" if subject is None else "E"
    if subject is None:
        return "M"
    norm = "".join(subject.split())
    golds = ["".join(g.split()) for g in gold]
    if norm in golds:
        return "R"
    return "C" if any(norm in g or g in norm for g in golds) else "W"


def score(dump_path: str, judged_path: str = str(ROOT / "benchmarks" / "q48_judged.jsonl")) -> dict:
    """Per part (W, T), the count of each verdict of DUMP's subjects on the judged records (D and X left out)."""
    dump = load(dump_path)
    out: dict = {}
    for row in map(json.loads, open(judged_path, encoding="utf-8")):
        if row["verdict"] in ("D", "X"):
            continue
        rec = [r for r in dump[row["doc"]]["records"]
               if r["kind"] == "quantity" and (r["start"], r["end"]) == (row["start"], row["end"])]
        v = verdict(rec[0]["subject"], row["gold"]) if rec else "gone"
        out.setdefault(row["part"], {}).setdefault(v, 0)
        out[row["part"]][v] += 1
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["score"]:
        for part, counts in sorted(score(argv[1]).items(), reverse=True):
            print(part, " ".join(f"{k}={counts[k]}" for k in sorted(counts)))
        return 0
    if argv[:1] == ["draw"]:
        for row in draw(argv[1]):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if argv[:1] == ["show"]:
        lo, hi = (int(argv[2]), int(argv[3])) if len(argv) > 3 else (1, 160)
        part = argv[4] if len(argv) > 4 else None
        rows = (row for row in draw(BASE) if lo <= row["n"] <= hi and part in (None, row["part"]))
        show_drawn(rows, load(argv[1]), DATA, part=True, before=220, after=60)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
