"""Every strict error of the organisation rules on the TRAINING part of ThaiNER 1.5 dev, with context.

    python benchmarks/org_training_errors.py [--crime] [--acronym-records] [--no-places] [--model] [--nner]

Lists, line by line, the misses (MISS), false records (FALSE) and boundary errors (BOUND: the gold
span and the record) of `extract_organisations` on the training part (training/orgdata.py's split;
the script refuses a held-out row), or on the Thai-NNER sample with --nner. --crime keeps only the
lines that `eval_organisations.is_crime` takes for police or crime news (the --crime proxy's rule,
here on the training part). The last line gives the counts and the strict and lenient F1 (lenient:
a boundary error counts as found). Rules are written from this listing, never from the held-out part.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_organisations as E  # noqa: E402

from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.extractors.organisations import extract_organisations  # noqa: E402
from training import orgdata  # noqa: E402


def context(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 25):s] + "⟦" + text[s:e] + "⟧" + text[e:e + 20]).replace("\n", " ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crime", action="store_true", help="only the lines with a CRIME_WORDS word")
    ap.add_argument("--acronym-records", action="store_true")
    ap.add_argument("--no-places", action="store_true")
    ap.add_argument("--model", action="store_true", help="stack the organisation model")
    ap.add_argument("--nner", action="store_true", help="the Thai-NNER sample instead of ThaiNER's training part")
    a = ap.parse_args()
    if a.nner:
        rows = orgdata.read_jsonl(orgdata.NNER)
    else:
        rows = orgdata.thainer("train")
        if any(orgdata.is_heldout(r) for r in rows):
            raise SystemExit("a held-out row in the training part")
    if a.crime:
        rows = [r for r in rows if E.is_crime(r["text"])]
    tot: collections.Counter = collections.Counter()
    for row in rows:
        text = row["text"]
        gold = [dict(kind="organisation", start=s, end=e) for s, e in orgdata.org_spans(row)]
        pred = [r.to_dict() for r in extract_organisations(Document(text), acronym_records=a.acronym_records,
                                                           model=a.model, places_as_organisations=not a.no_places)]
        hits, bounds, misses, falses = E.strict_errors(gold, pred)
        tot.update(names=len(gold), records=len(pred), strict=hits, lenient=hits + len(bounds))
        out = [f"  BOUND gold[{text[g['start']:g['end']]}] got[{p['text']}] {p['rule']}" for g, p in bounds]
        out += [f"  MISS  [{text[g['start']:g['end']]}]  ...{context(text, g['start'], g['end'])}" for g in misses]
        out += [f"  FALSE [{p['text']}] {p['rule']} ...{context(text, p['start'], p['end'])}" for p in falses]
        if out:
            print(row["id"])
            print("\n".join(out))
    f1 = lambda tp: 2 * tp / (tot["records"] + tot["names"]) if tot["records"] + tot["names"] else 0.0  # noqa: E731
    print(f"lines {len(rows)} names {tot['names']} records {tot['records']} strict tp {tot['strict']} "
          f"F1 {f1(tot['strict']):.4f} lenient tp {tot['lenient']} F1 {f1(tot['lenient']):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
