"""m25's judged half-A sample of money subjects (issue 10).

draw:  python benchmarks/m25_sample.py draw DUMP > sample.jsonl
       (seed 25, 100 money records from half A, documents in rounds (each document's first shuffled record,
       then its second, then its third), no dev-gold document, and no record from BEFORE characters before an
       annotated row of tests/data/subjects_thaigov.jsonl to AFTER characters after it (the window a blind
       batch's annotator read around a money row is 300 before, 100 after): the rows and their context stay
       unread, the rest of those documents may be drawn (r24 left whole documents out and found 20 with money))
show:  python benchmarks/m25_sample.py show DUMP SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/m25_sample.py score DUMP [JUDGED]   (exact / partial of DUMP's subjects against
       benchmarks/m25_judged.jsonl: "gold" a list of alternatives (None among them: null is right too),
       [] = null due, "?" rows left out)
"""
import json
import random
import sys
from pathlib import Path

from r24_sample import _half_a, _load, tally  # benchmarks/ is the script's folder, on sys.path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
JUDGED = ROOT / "benchmarks" / "m25_judged.jsonl"
BEFORE = 300
AFTER = 150
PER_DOC = 3
N = 100


def _texts():
    out = {}
    with open(SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                out[o["id"]] = o
    return out


def _dev_docs(texts):
    paths = {json.loads(p.read_text(encoding="utf-8"))["source"]["path"]
             for p in (SHARED / "gold" / "dev").glob("dev-*.json")}
    return {d for d, o in texts.items() if o["path"] in paths}


def _annotated(kinds=False):
    """doc -> the starts of its annotated rows (tests/data/subjects_thaigov.jsonl); (start, kind) with `kinds`."""
    rows = {}
    with open(ROOT / "tests" / "data" / "subjects_thaigov.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                rows.setdefault(o["doc"], []).append((o["start"], o["kind"]) if kinds else o["start"])
    return rows


def in_rounds(keys, seed, per_doc, n):
    """The draw of a judged sample: `keys` (doc, start, end), sorted, shuffled with `seed`, then taken in rounds
    (each document's first shuffled record, then its second, ... at most `per_doc`): the first `n`, numbered."""
    random.Random(seed).shuffle(keys)
    rank, seen = [], {}
    for key in keys:
        if seen.get(key[0], 0) < per_doc:
            rank.append((seen.get(key[0], 0), len(rank), key))
            seen[key[0]] = seen.get(key[0], 0) + 1
    return list(enumerate(key for _, _, key in sorted(rank)[:n]))


def draw(dump):
    records = _load(dump)
    texts = _texts()
    dev = _dev_docs(texts)
    ann = _annotated()
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "money"
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    for n, (doc, start, end) in in_rounds(keys, 25, PER_DOC, N):
        print(json.dumps({"kind": "money", "doc": doc, "start": start, "end": end, "n": n}, ensure_ascii=False))


def show(dump, sample, before=300, after=100):
    """Each sampled record in its context (`before`, `after` characters), without the library's subject."""
    texts = _texts()
    for line in open(sample, encoding="utf-8"):
        row = json.loads(line)
        t = texts[row["doc"]]["text"]
        s, e = row["start"], row["end"]
        print(f"--- {row['n']} {row['doc']} {s}")
        print(t[max(0, s - before):s].replace("\n", "⏎") + "[[" + t[s:e] + "]]" + t[e:e + after].replace("\n", "⏎"))


def score(dump, judged=JUDGED, verbose=False):
    for kind, (n, exact, partial, nulls, due) in sorted(tally(dump, judged, verbose).items()):
        print(f"{kind} ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} ({partial / n:.3f}), "
              f"wrong {n - partial - nulls}, null given where a subject stands {nulls}, a subject given where null due {due}")


def judged_keys(paths):
    """(doc, start) of every row of the JSONL samples at `paths`: records already judged, never drawn again."""
    keys = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    keys.add((row["doc"], row["start"]))
    return keys


def judged_starts(*exclude):
    """doc -> starts of every row with a doc and a start in benchmarks/*.jsonl but the files `exclude` (a sample's
    own): records already read with their context."""
    out = {}
    for p in sorted((ROOT / "benchmarks").glob("*.jsonl")):
        if p in exclude:
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    if "doc" in o and "start" in o:
                        out.setdefault(o["doc"], []).append(o["start"])
    return out


def draw_near(dump, kind, seed, near, exclude, n):
    """A judged sample of `kind` drawn wide (m26's money, p28's percentages): `n` records of half A, PER_DOC a
    document, no dev-gold document, none from BEFORE characters before an annotated row OF `kind` to AFTER after it,
    none within `near` characters of a record judged in the benchmarks/*.jsonl files but `exclude`; a record in
    another kind's row window is marked "near_row". Returns (rows, number of candidates, of documents)."""
    records = _load(dump)
    dev = _dev_docs(_texts())
    rows = _annotated(kinds=True)
    judged = judged_starts(*exclude)

    def in_window(doc, start, same):
        return any(-BEFORE < start - s < AFTER for s, k in rows.get(doc, ()) if (k == kind) == same)

    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == kind
                  and not in_window(doc, r["start"], True)
                  and not any(abs(r["start"] - s) <= near for s in judged.get(doc, ())))
    out = []
    for k, (doc, start, end) in in_rounds(keys, seed, PER_DOC, n):
        row = {"kind": kind, "doc": doc, "start": start, "end": end, "n": k}
        if in_window(doc, start, False):
            row["near_row"] = True
        out.append(row)
    return out, len(keys), len({key[0] for key in keys})


def run(draw, show, score, argv=None):
    """A sample script's command line: draw DUMP | show DUMP SAMPLE | score DUMP [JUDGED] [-v]."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[0] == "draw":
        draw(argv[1])
    elif argv[0] == "show":
        show(argv[1], argv[2])
    else:
        score(argv[1], *[a for a in argv[2:] if a != "-v"], verbose="-v" in argv)


if __name__ == "__main__":
    run(draw, show, score)
