"""r24's judged half-A sample of quantity and money subjects (issue 10).

draw: python benchmarks/r24_sample.py draw DUMP > sample.jsonl   (seed 24, 150 quantity + 70 money,
      half A only, documents taken in rounds (one record each, then a second ...), no dev-gold or annotated document)
score: python benchmarks/r24_sample.py score DUMP [JUDGED]   (exact / partial of DUMP's subjects
      against benchmarks/r24_judged.jsonl: "gold" is a list of alternatives (None among them: null is right too), [] = null due,
      "?" rows are left out)
"""
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
JUDGED = ROOT / "benchmarks" / "r24_judged.jsonl"


def _half_a(doc):
    return int(hashlib.md5(doc.encode()).hexdigest(), 16) % 2 == 0


def _load(dump):
    out = {}
    with open(dump, encoding="utf-8") as f:
        for line in f:
            key, js = line.rstrip("\n").split("\t", 1)
            out[json.loads(key)] = json.loads(js)["records"]
    return out


def _excluded():
    docs = set()
    paths = {json.loads(p.read_text(encoding="utf-8"))["source"]["path"]
             for p in (SHARED / "gold" / "dev").glob("dev-*.json")}
    with open(SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                if o["path"] in paths:
                    docs.add(o["id"])
    with open(ROOT / "tests" / "data" / "subjects_thaigov.jsonl", encoding="utf-8") as f:
        docs |= {json.loads(line)["doc"] for line in f if line.strip()}
    return docs


def draw(dump):
    records = _load(dump)
    excluded = _excluded()
    rng = random.Random(24)
    for kind, n in (("quantity", 150), ("money", 70)):
        keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                      if _half_a(doc) and doc not in excluded for r in recs if r["kind"] == kind)
        rng.shuffle(keys)
        # Too few documents are left for one record each (69 hold a quantity or money record), so
        # the draw goes in rounds: each document's first shuffled record, then each one's second ...
        rank, seen = [], {}
        for key in keys:
            rank.append((seen.get(key[0], 0), len(rank), key))
            seen[key[0]] = seen.get(key[0], 0) + 1
        for _, _, (doc, start, end) in sorted(rank)[:n]:
            print(json.dumps({"kind": kind, "doc": doc, "start": start, "end": end}, ensure_ascii=False))


def _grade(gold, got):
    """2 exact (one of the alternatives; None among them or [] = null due), 1 partial, 0 wrong."""
    if got in gold or (got is None and not gold):
        return 2
    if got is None:
        return 0
    return 1 if any(g and (g in got or got in g) for g in gold) else 0


def count_graded(t, gold, got):
    """Add one judged row to a tally `t` [rows, exact, partial or better, null given where a subject stands, a subject
    given where null is due]; returns its grade (`_grade`)."""
    g = _grade(gold, got)
    t[0] += 1
    t[1] += g == 2
    t[2] += g >= 1
    t[3] += got is None and g == 0
    t[4] += got is not None and gold == []
    return g


def tally(dump, judged, verbose=False):
    """{kind: [rows, exact, partial or better, null given where a subject stands, a subject given where null is due]}
    of DUMP's subjects against a judged sample ("?" rows left out); `verbose` prints each row not exact."""
    records = _load(dump)
    out = {}
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        got = next((r.get("subject") for r in records[row["doc"]]
                    if r["kind"] == row["kind"] and r["start"] == row["start"]), None)
        g = count_graded(out.setdefault(row["kind"], [0, 0, 0, 0, 0]), row["gold"], got)
        if verbose and g < 2:
            print(row["n"], ["wrong", "partial"][g], repr(got), row["gold"])
    return out


def score(dump, judged=JUDGED):
    for kind, (n, exact, partial, _, _) in sorted(tally(dump, judged).items()):
        print(f"{kind} ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} ({partial / n:.3f})")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2])
    else:
        score(sys.argv[2], *sys.argv[3:])
