"""q25's judged half-A sample of quantity subjects (issue 10), drawn as r24's was.

draw: python benchmarks/q25_sample.py draw DUMP > sample.jsonl   (seed 25, 120 quantity records, half A only,
      documents taken in rounds, no dev-gold or annotated document, none of r24's judged records)
show: python benchmarks/q25_sample.py show DUMP SAMPLE   (each record's context, without the library's subject)
score: python benchmarks/q25_sample.py score DUMP [JUDGED]   (exact / partial against benchmarks/q25_judged.jsonl;
      "gold" is a list of alternatives (None among them: null is right too), [] = null due, "?" rows left out)
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import r24_sample  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q25_judged.jsonl"


def draw(dump, n=120):
    records = r24_sample._load(dump)
    excluded = r24_sample._excluded()
    seen_before = set()
    with open(r24_sample.JUDGED, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            seen_before.add((row["doc"], row["start"]))
    rng = random.Random(25)
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if r24_sample._half_a(doc) and doc not in excluded for r in recs
                  if r["kind"] == "quantity" and (doc, r["start"]) not in seen_before)
    rng.shuffle(keys)
    rank, seen = [], {}
    for key in keys:
        rank.append((seen.get(key[0], 0), len(rank), key))
        seen[key[0]] = seen.get(key[0], 0) + 1
    for i, (_, _, (doc, start, end)) in enumerate(sorted(rank)[:n]):
        print(json.dumps({"kind": "quantity", "doc": doc, "start": start, "end": end, "n": i}, ensure_ascii=False))


def _texts():
    out = {}
    with open(r24_sample.SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                out[o["id"]] = o["text"]
    return out


def show(dump, sample, with_subject=False):
    records = r24_sample._load(dump)
    texts = _texts()
    for line in open(sample, encoding="utf-8"):
        row = json.loads(line)
        t = texts[row["doc"]]
        before = t[max(0, row["start"] - 160):row["start"]].replace("\n", "⏎")
        after = t[row["end"]:row["end"] + 40].replace("\n", "⏎")
        extra = ""
        if with_subject:
            got = next((r.get("subject") for r in records[row["doc"]]
                        if r["kind"] == row["kind"] and r["start"] == row["start"]), None)
            extra = f"\n    lib: {got!r}   gold: {row.get('gold')!r}"
        print(f"{row['n']:3d} …{before}[{t[row['start']:row['end']]}]{after}…{extra}")


def score(dump, judged=JUDGED):
    r24_sample.score(dump, judged)


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2])
    elif sys.argv[1] == "show":
        show(sys.argv[2], sys.argv[3], len(sys.argv) > 4)
    else:
        score(sys.argv[2], *sys.argv[3:])
