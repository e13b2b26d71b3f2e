"""p28's judged half-A sample of percentage subjects (issue 10), drawn wide as m27 drew money.

draw:  python benchmarks/p28_sample.py draw DUMP > sample.jsonl
       (seed 2828, 110 percentage records from half A, documents in rounds (each document's first shuffled record,
       then its second, then its third: PER_DOC 3), no dev-gold document, no record from BEFORE characters before an
       annotated PERCENTAGE row of tests/data/subjects_thaigov.jsonl to AFTER characters after it, and no record
       within NEAR characters of a record judged in any benchmarks/*.jsonl sample (p24–p27, the money and quantity
       samples). p27's exclusion (every annotated row's window, exact judged records) left 131 records, 121 in
       one document; the window is kept for percentage rows only (m27 did so for money) and a judged record
       excludes only its near neighbours, so the draw spreads over many documents. A drawn record in a money or
       quantity row's window is marked "near_row")
       Half A is used up: outside the percentage rows' windows 359 records are left, and all but 48 (in 8
       documents) are judged records of p24–p27; NEAR = 30 leaves 39, and three a document 14. So the sample
       takes those 14 and adds every percentage record of ../shared/data/thainer_1_5/dev.jsonl (ThaiNER news,
       development data; "src": "thainer", at most 3 a line): THAINER_DUMP is `dump_records.py` over that file.
draw:  python benchmarks/p28_sample.py draw DUMP THAINER_DUMP > benchmarks/p28_sample.jsonl
show:  python benchmarks/p28_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/p28_sample.py score DUMP THAINER_DUMP [JUDGED] [-v]   (graded as p26_sample.py grades:
       "gold" a list of alternatives (None among them: null is right too), [] = null due, "?" rows left out)
"""
import json
import sys
from pathlib import Path

from m25_sample import _texts, draw_near, in_rounds  # benchmarks/ is the script's folder, on sys.path
from r24_sample import _load, count_graded

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p28_judged.jsonl"
NEAR = 30
PER_DOC = 3
N = 110


THAINER = ROOT.parent / "shared" / "data" / "thainer_1_5" / "dev.jsonl"


def _thainer_texts():
    with open(THAINER, encoding="utf-8") as f:
        return {o["id"]: o for o in map(json.loads, filter(str.strip, f))}


def draw(dump, thainer_dump):
    rows, candidates, documents = draw_near(dump, "percentage", 2828, NEAR, tuple((ROOT / "benchmarks").glob("p28_*.jsonl")), N)
    print(f"{candidates} candidates in {documents} documents", file=sys.stderr)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    m = len(rows)
    tn = _load(thainer_dump)
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in tn.items() for r in recs if r["kind"] == "percentage")
    for k, (doc, start, end) in in_rounds(keys, 2828, PER_DOC, len(keys)):
        print(json.dumps({"kind": "percentage", "src": "thainer", "doc": doc, "start": start, "end": end, "n": m + k},
                         ensure_ascii=False))


def show(sample, before=260, after=90):
    texts, tn = _texts(), _thainer_texts()
    for line in open(sample, encoding="utf-8"):
        row = json.loads(line)
        t = (tn if row.get("src") == "thainer" else texts)[row["doc"]]["text"]
        s, e = row["start"], row["end"]
        print(f"--- {row['n']} {row['doc']} {s}")
        print(t[max(0, s - before):s].replace("\n", "⏎") + "[[" + t[s:e] + "]]" + t[e:e + after].replace("\n", "⏎"))


def score(dump, thainer_dump, judged=JUDGED, verbose=False):
    dumps = {"thaigov": _load(dump), "thainer": _load(thainer_dump)}
    tallies = {}
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        src = row.get("src", "thaigov")
        got = next((r.get("subject") for r in dumps[src][row["doc"]]
                    if r["kind"] == "percentage" and r["start"] == row["start"]), None)
        for key in (src, "all"):
            g = count_graded(tallies.setdefault(key, [0] * 5), row["gold"], got)
        if verbose and g < 2:
            print(row["n"], src, ["wrong", "partial"][g], repr(got), row["gold"], row.get("class"))
    for key in ("thaigov", "thainer", "all"):
        n, exact, partial, nulls, due = tallies.get(key, [0] * 5)
        if n:
            print(f"percentage {key} ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} "
                  f"({partial / n:.3f}), wrong {n - partial - nulls}, null given where a subject stands {nulls}, "
                  f"a subject given where null due {due}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "draw":
        draw(args[1], args[2])
    elif args[0] == "show":
        show(args[1])
    else:
        score(args[1], args[2], *args[3:], verbose=verbose)
