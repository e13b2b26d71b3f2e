"""Every strict error of the organisation rules on the TRAINING part of ThaiNER 1.5 dev, with context.

    python benchmarks/org_training_errors.py [--crime] [--acronym-records] [--no-places] [--model] [--nner]
    python benchmarks/org_training_errors.py --cv 4 [--crime] [--acronym-records] [--no-places]

Lists, line by line, the misses (MISS), false records (FALSE) and boundary errors (BOUND: the gold
span and the record) of `extract_organisations` on the training part (training/orgdata.py's split;
the script refuses a held-out row), or on the Thai-NNER sample with --nner. --crime keeps only the
lines that `eval_organisations.is_crime` takes for police or crime news (the --crime proxy's rule,
here on the training part). The last line gives the counts and the strict and lenient F1 (lenient:
a boundary error counts as found). Rules are written from this listing, never from the held-out part.

--model stacks the shipped model, which was trained on these very lines (its errors there are
in-sample). --cv K lists the stacked reader's errors out of fold instead: train_orgs.py's K folds
(a model trained on the other folds tags each ThaiNER line of the fold), each record the model made
or moved marked [MODEL]; the totals are those of `train_orgs.py --cv K`'s pooled stacked line.
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
    ap.add_argument("--cv", type=int, metavar="K", help="the stacked reader's errors out of fold (K folds as train_orgs.py --cv K)")
    a = ap.parse_args()
    if a.cv:
        return out_of_fold(a)
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
        list_errors(row, a, tot, model=a.model)
    report(rows, tot)
    return 0


def list_errors(row: dict, a: argparse.Namespace, tot: collections.Counter, model: bool, marked: bool = False) -> None:
    """Print one line's strict errors and add its counts to `tot`; with `marked`, a record that the
    rules alone do not make with the same bounds is marked [MODEL]."""
    text = row["text"]
    gold = [dict(kind="organisation", start=s, end=e) for s, e in orgdata.org_spans(row)]
    opts = dict(acronym_records=a.acronym_records, places_as_organisations=not a.no_places)
    pred = [r.to_dict() for r in extract_organisations(Document(text), model=model, **opts)]
    rules = {(r.start, r.end) for r in extract_organisations(Document(text), model=False, **opts)} if marked else None
    mark = (lambda p: "" if rules is None or (p["start"], p["end"]) in rules else " [MODEL]")  # noqa: E731
    hits, bounds, misses, falses = E.strict_errors(gold, pred)
    tot.update(names=len(gold), records=len(pred), strict=hits, lenient=hits + len(bounds))
    out = [f"  BOUND gold[{text[g['start']:g['end']]}] got[{p['text']}] {p['rule']}{mark(p)}" for g, p in bounds]
    out += [f"  MISS  [{text[g['start']:g['end']]}]  ...{context(text, g['start'], g['end'])}" for g in misses]
    out += [f"  FALSE [{p['text']}] {p['rule']}{mark(p)} ...{context(text, p['start'], p['end'])}" for p in falses]
    if out:
        print(row["id"])
        print("\n".join(out))


def out_of_fold(a: argparse.Namespace) -> int:
    """--cv K: the stacked reader's errors on each ThaiNER line of the training part, tagged by a model
    trained on the other folds (train_orgs.py's folds over orgdata.training_rows, the Thai-NNER sample
    among them, never a held-out row)."""
    import tempfile

    import pycrfsuite

    sys.path.insert(0, str(ROOT / "training"))
    import train_orgs

    from thai_report_ie import orgmodel

    rows = list(orgdata.training_rows())
    if any(r["id"].startswith("thainer") and orgdata.is_heldout(r) for r in rows):
        raise SystemExit("a held-out row in the training part")
    tot: collections.Counter = collections.Counter()
    shown: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(a.cv):
            fit = [r for j, r in enumerate(rows) if j % a.cv != fold]
            test = [r for j, r in enumerate(rows) if j % a.cv == fold and r["id"].startswith("thainer")
                    and (not a.crime or E.is_crime(r["text"]))]
            path = pathlib.Path(tmp) / f"fold{fold}.crfsuite"
            train_orgs.train(fit, path, quiet=True)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            orgmodel.use_model(tagger)
            for row in test:
                list_errors(row, a, tot, model=True, marked=True)
            shown += test
    report(shown, tot)
    return 0


def report(rows: list[dict], tot: collections.Counter) -> None:
    f1 = lambda tp: 2 * tp / (tot["records"] + tot["names"]) if tot["records"] + tot["names"] else 0.0  # noqa: E731
    print(f"lines {len(rows)} names {tot['names']} records {tot['records']} strict tp {tot['strict']} "
          f"F1 {f1(tot['strict']):.4f} lenient tp {tot['lenient']} F1 {f1(tot['lenient']):.4f}")


if __name__ == "__main__":
    sys.exit(main())
