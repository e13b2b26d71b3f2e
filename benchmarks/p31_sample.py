"""p31's judged sample of percentage subjects (issue 10): the unread pools are empty, so own sentences.

pools: python benchmarks/p31_sample.py pools DUMP THAINER_DUMP NNER_DUMP
       Counts the percentage records no judged benchmarks/*.jsonl sample holds (exact doc and start): half A of the
       thaigov sample (DUMP) outside dev-gold documents, annotated rows and blind rows' windows (p29's rule), and every
       record of ThaiNER 1.5 dev's training part (training/orgdata.py's split; THAINER_DUMP is `dump_records.py` over
       ../shared/data/thainer_1_5/dev.jsonl) and of the Thai-NNER sample (NNER_DUMP). At main 6bfec34 all three are 0:
       p28 judged ThaiNER's 47, p29 Thai-NNER's 2 and half A's last 29, p30 rev29's 13.
score: python benchmarks/p31_sample.py score [JUDGED] [-v]
       benchmarks/p31_judged.jsonl holds 40 sentences of my own in the shape of report and news prose (none copied),
       each with the percent's text ("figure") and the subject ANNOTATION.md asks for, written before the library was
       run on it ("gold": alternatives; [] = null due). Each is extracted and its first percentage record at the figure
       graded as p28_sample.py grades; "class" names the error class the row probes ("guard": main reads it right).
"""
import json
import sys
from pathlib import Path

from m25_sample import _dev_docs, _texts, judged_starts  # benchmarks/ is the script's folder, on sys.path
from p29_sample import _blind_windows, _rows
from r24_sample import _half_a, _load, count_graded

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "p31_judged.jsonl"
sys.path.insert(0, str(ROOT / "training"))


def _unjudged(dump, keep):
    judged = judged_starts()
    return sum(r["kind"] == "percentage" and r["start"] not in judged.get(doc, ()) and keep(doc, r)
               for doc, recs in _load(dump).items() for r in recs)


def pools(dump, thainer_dump, nner_dump):
    from orgdata import is_heldout  # training/: the organisation model's fixed ThaiNER split

    rows, dev = _rows(), _dev_docs(_texts())
    blind = _blind_windows(rows)

    def half_a(doc, r):
        annotated = {o["start"] for o in rows.get(doc, ()) if o["kind"] == "percentage"}
        return (_half_a(doc) and doc not in dev and r["start"] not in annotated
                and not any(a < r["start"] < b for a, b in blind.get(doc, ())))

    print("half A, unjudged:", _unjudged(dump, half_a))
    print("ThaiNER training part, unjudged:", _unjudged(thainer_dump, lambda doc, r: not is_heldout({"id": doc})))
    print("Thai-NNER sample, unjudged:", _unjudged(nner_dump, lambda doc, r: True))


def score(judged=JUDGED, verbose=False):
    import thai_report_ie

    tally = [0] * 5
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        at = row["text"].index(row["figure"])
        got = next((r.subject for r in thai_report_ie.extract(row["text"]).records
                    if r.kind == "percentage" and r.start == at), None)
        g = count_graded(tally, row["gold"], got)
        if verbose and g < 2:
            print(row["n"], ["wrong", "partial"][g], repr(got), row["gold"], row["class"])
    n, exact, partial, nulls, due = tally
    print(f"percentage ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} ({partial / n:.3f}), "
          f"wrong {n - partial - nulls}, null given where a subject stands {nulls}, a subject given where null due {due}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "pools":
        pools(*args[1:4])
    else:
        score(*args[1:], verbose=verbose)
