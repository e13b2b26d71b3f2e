"""q31's judged sample of quantity subjects (issue 10), fresh beside r24's, q25's–q30's: half A's last unjudged
quantities and news quantities.

draw:  python benchmarks/q31_sample.py draw DUMP THAINER_DUMP NNER_DUMP > sample.jsonl
       Half A has no document left that no sample or batch has used (the 231 such documents hold no quantity), so
       its part is drawn as q30's was (q27_sample.draw_quantity's filter: no dev-gold document, outside m25's window
       of an annotated row, at least NEAR = 300 characters from any record of a judged benchmarks/*.jsonl file;
       546 records in 71 documents), HALF_A records, documents in rounds. To it come THAINER quantity records of
       ../shared/data/thainer_1_5/dev.jsonl lines the organisation model may train on (training/orgdata.may_train:
       even hex id, not ThaiNER's own test split; the held-out lines are neither drawn nor read; "src": "thainer")
       and NNER of ../shared/data/thai_nner_sample/dev.jsonl ("src": "nner"), documents in rounds as well.
       THAINER_DUMP and NNER_DUMP are `dump_records.py` over those two files.
show:  python benchmarks/q31_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/q31_sample.py score DUMP THAINER_DUMP NNER_DUMP [JUDGED] [-v]   (graded as m25_sample.py
       grades: "gold" a list of alternatives (None among them: null is right too), [] = null due, "?" rows left out)
"""
import json
import sys
from pathlib import Path

import m28_sample  # benchmarks/ is the script's folder, on sys.path
from m25_sample import AFTER, BEFORE, _annotated, _dev_docs, _texts, in_rounds, judged_starts
from m28_sample import _news_texts, may_train
from r24_sample import _half_a, _load, count_graded

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "q31_judged.jsonl"
SEED = 31
NEAR = 300
PER_DOC = 3
HALF_A, THAINER, NNER = 50, 40, 10


def _half_a_rows(dump):
    """q27_sample.draw_quantity's half-A records of `dump`, as rows."""
    records = _load(dump)
    dev = _dev_docs(_texts())
    ann = _annotated()
    before = judged_starts(JUDGED)
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in records.items()
                  if _half_a(doc) and doc not in dev for r in recs if r["kind"] == "quantity"
                  and not any(abs(r["start"] - s) <= NEAR for s in before.get(doc, ()))
                  and not any(-BEFORE < r["start"] - s < AFTER for s in ann.get(doc, ())))
    return [{"kind": "quantity", "doc": doc, "start": start, "end": end, "n": k}
            for k, (doc, start, end) in in_rounds(keys, SEED, PER_DOC, HALF_A)]


def _news_rows(src, dump, first, n):
    """`n` quantity records of the `src` dump (ThaiNER: lines it may train on only), in rounds, numbered from `first`."""
    texts = _news_texts(src)
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in _load(dump).items()
                  if src != "thainer" or may_train(texts[doc]) for r in recs if r["kind"] == "quantity")
    return [{"kind": "quantity", "src": src, "doc": doc, "start": start, "end": end, "n": first + k}
            for k, (doc, start, end) in in_rounds(keys, SEED, PER_DOC, n)]


def draw(dump, thainer_dump, nner_dump):
    rows = _half_a_rows(dump)
    rows += _news_rows("thainer", thainer_dump, len(rows), THAINER)
    rows += _news_rows("nner", nner_dump, len(rows), NNER)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def score(dump, thainer_dump, nner_dump, judged=JUDGED, verbose=False):
    dumps = {"thaigov": _load(dump), "thainer": _load(thainer_dump), "nner": _load(nner_dump)}
    tallies = {}
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        src = row.get("src", "thaigov")
        got = next((r.get("subject") for r in dumps[src].get(row["doc"], ())
                    if r["kind"] == "quantity" and r["start"] == row["start"]), None)
        for key in (src, "all"):
            g = count_graded(tallies.setdefault(key, [0] * 5), row["gold"], got)
        if verbose and g < 2:
            print(row["n"], src, ["wrong", "partial"][g], repr(got), row["gold"])
    for key in ("thaigov", "thainer", "nner", "all"):
        n, exact, partial, nulls, due = tallies.get(key, [0] * 5)
        if n:
            print(f"quantity {key} ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} "
                  f"({partial / n:.3f}), wrong {n - partial - nulls}, null given where a subject stands {nulls}, "
                  f"a subject given where null due {due}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "draw":
        draw(*args[1:4])
    elif args[0] == "show":
        m28_sample.show(args[1])
    else:
        score(*args[1:], verbose=verbose)
