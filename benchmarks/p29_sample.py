"""p29's judged sample of percentage subjects (issue 10): every percentage left unread in the shared texts.

draw:  python benchmarks/p29_sample.py draw DUMP NNER_DUMP > benchmarks/p29_sample.jsonl
       Half A of the thaigov sample (DUMP, `dump_records.py` over it): every percentage record not judged in any
       benchmarks/*.jsonl sample (exact (doc, start)), not an annotated row of tests/data/subjects_thaigov.jsonl, not
       in a dev-gold document, and not inside a BLIND row's window (BEFORE characters before the row's start to AFTER
       after it; a blind row is batch >= 15 or no batch); `show` cuts each context at such a window, so no blind row's
       text is read. A record in an earlier (batch < 15) row's window is marked "near_row". Then every percentage record
       of ../shared/data/thai_nner_sample/dev.jsonl (NNER_DUMP: `dump_records.py` over that file; "src": "nner").
       ThaiNER 1.5 dev gives none: p28 judged all 47 of the records the library finds there.
       Numbered in a shuffle (seed 2929) to judge them out of document order.
show:  python benchmarks/p29_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/p29_sample.py score DUMP NNER_DUMP [JUDGED] [-v]   (graded as p28_sample.py grades:
       "gold" a list of alternatives (None among them: null is right too), [] = null due, "?" rows left out)
"""
import json
import random
import sys
from pathlib import Path

from m25_sample import AFTER, BEFORE, _dev_docs, _texts, judged_starts  # benchmarks/ is the script's folder, on sys.path
from r24_sample import _half_a, _load, count_graded

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p29_judged.jsonl"
NNER = ROOT.parent / "shared" / "data" / "thai_nner_sample" / "dev.jsonl"


def _rows():
    """doc -> its annotated rows of tests/data/subjects_thaigov.jsonl."""
    out = {}
    with open(ROOT / "tests" / "data" / "subjects_thaigov.jsonl", encoding="utf-8") as f:
        for o in map(json.loads, filter(str.strip, f)):
            out.setdefault(o["doc"], []).append(o)
    return out


def _blind(row):
    return row.get("batch") is None or row["batch"] >= 15


def _blind_windows(rows):
    """doc -> (from, to) of each blind row's window: text never read."""
    return {doc: [(o["start"] - BEFORE, o["end"] + AFTER) for o in rs if _blind(o)] for doc, rs in rows.items()}


def _nner_texts():
    with open(NNER, encoding="utf-8") as f:
        return {o["id"]: o for o in map(json.loads, filter(str.strip, f))}


def draw(dump, nner_dump):
    records, rows = _load(dump), _rows()
    dev = _dev_docs(_texts())
    judged = judged_starts(*(ROOT / "benchmarks").glob("p29_*.jsonl"))
    blind = _blind_windows(rows)
    keys = []
    for doc, recs in records.items():
        if not _half_a(doc) or doc in dev:
            continue
        annotated = {o["start"] for o in rows.get(doc, ()) if o["kind"] == "percentage"}
        for r in recs:
            if (r["kind"] == "percentage" and r["start"] not in annotated and r["start"] not in judged.get(doc, ())
                    and not any(a < r["start"] < b for a, b in blind.get(doc, ()))):
                keys.append(("thaigov", doc, r["start"], r["end"]))
    keys += sorted(("nner", doc, r["start"], r["end"]) for doc, recs in _load(nner_dump).items()
                   for r in recs if r["kind"] == "percentage")
    keys.sort()
    random.Random(2929).shuffle(keys)
    for n, (src, doc, start, end) in enumerate(keys):
        row = {"kind": "percentage", "src": src, "doc": doc, "start": start, "end": end, "n": n}
        if src == "thaigov" and any(-BEFORE < start - o["start"] < AFTER for o in rows.get(doc, ())):
            row["near_row"] = True
        print(json.dumps(row, ensure_ascii=False))


def show(sample, before=260, after=90):
    texts, nner, blind = _texts(), _nner_texts(), _blind_windows(_rows())
    for line in open(sample, encoding="utf-8"):
        row = json.loads(line)
        t = (nner if row["src"] == "nner" else texts)[row["doc"]]["text"]
        s, e = row["start"], row["end"]
        lo, hi = max(0, s - before), e + after
        for a, b in blind.get(row["doc"], ()) if row["src"] == "thaigov" else ():
            lo, hi = (max(lo, b), hi) if b <= s else (lo, min(hi, a)) if a >= e else (lo, hi)
        print(f"--- {row['n']} {row['src']} {row['doc']} {s}")
        print(t[lo:s].replace("\n", "⏎") + "[[" + t[s:e] + "]]" + t[e:hi].replace("\n", "⏎"))


def score(dump, nner_dump, judged=JUDGED, verbose=False):
    dumps = {"thaigov": _load(dump), "nner": _load(nner_dump)}
    tallies = {}
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        got = next((r.get("subject") for r in dumps[row["src"]][row["doc"]]
                    if r["kind"] == "percentage" and r["start"] == row["start"]), None)
        for key in (row["src"], "all"):
            g = count_graded(tallies.setdefault(key, [0] * 5), row["gold"], got)
        if verbose and g < 2:
            print(row["n"], row["src"], ["wrong", "partial"][g], repr(got), row["gold"], row.get("class"))
    for key in ("thaigov", "nner", "all"):
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
