"""Rebuild the organisation model, thai_report_ie/data/org_crf.crfsuite.

    python training/train_orgs.py [--extra MY_ANNOTATIONS.jsonl ...] [--out PATH] [--check]

Trains a CRF (python-crfsuite, L-BFGS, fixed settings, so the same data gives the same file) on
the training part of ThaiNER 1.5 dev, the Thai-NNER sample and any files given with --extra
(JSONL, one {"id", "text", "entities": [{"start", "end", "label": "ORGANIZATION"}]} a line,
as in ../shared/data). The split is training/orgdata.py's rule. The features are the ones the
library computes at run time (thai_report_ie.orgmodel), on the rules' own spans (less, while
training, the bare names mined from the training gold: `training_spans`).

--check trains on three quarters of the training part and prints the stacked scores on the
fourth, for choosing settings without looking at the held-out part.
"""
from __future__ import annotations

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from thai_report_ie import orgmodel  # noqa: E402
from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.extractors import organisations  # noqa: E402
from thai_report_ie.extractors.organisations import rule_spans  # noqa: E402
from thai_report_ie.lexicon import load_tsv  # noqa: E402
from training import orgdata  # noqa: E402

PARAMS = {"c1": 0.2, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
STACKED_ONLY = False  # --cv --stacked-only: the rules' lines (the same for every model) left out
OUT = ROOT / "thai_report_ie" / "data" / orgmodel.MODEL_FILE


def labels(toks, gold: list[tuple[int, int]]) -> list[str]:
    """B/I/O per token: a token overlapping a gold span is in it; the first one is B."""
    out = ["O"] * len(toks)
    k = 0
    for s, e in gold:
        while k < len(toks) and toks[k].end <= s:
            k += 1
        first = True
        j = k
        while j < len(toks) and toks[j].start < e:
            if toks[j].kind != "space":
                out[j] = "B" if first else "I"
                first = False
            j += 1
    return out


def mined_from_gold() -> frozenset[str]:
    """The bare names of data/org_short_names.tsv mined from the training data's own gold (source
    "thainer", training/mine_org_names.py)."""
    return frozenset(r["short"] for r in load_tsv("org_short_names") if r["source"] == "thainer")


def training_spans(doc: Document, mined: frozenset[str]) -> list[tuple[int, int, str]]:
    """The rules' spans as the model's features while training: without the org.short_name records
    of names mined from the training gold itself. On the training rows the rules find every such
    name (it was mined from their labels), on new text only the few that recur; a model shown those
    spans would learn to leave bare names to the rules. At run time the rules' spans are all given."""
    view = doc.view
    return [s for s in rule_spans(doc) if not (s[2] == "org.short_name" and view[s[0]:s[1]] in mined)]


def examples(rows):
    """(features, labels) of every sequence of every row, twice: with the rules' spans, and
    without them, so that the model learns the words' own cues too (on a quarter of the training
    part this added 0.6 strict F1 over the first alone)."""
    mined = mined_from_gold()
    for row in rows:
        doc = Document(row["text"])
        toks, view = doc.tokens, doc.view
        if not toks:
            continue
        tags = orgmodel.rule_tags(toks, training_spans(doc, mined))
        y = labels(toks, orgdata.org_spans(row))
        for index in orgmodel.sequences(view, toks):
            if not index:
                continue
            seq, labs = [toks[i] for i in index], [y[i] for i in index]
            yield orgmodel.token_features(view, seq, [tags[i] for i in index]), labs
            yield orgmodel.token_features(view, seq, ()), labs


def fresh_features() -> None:
    """Drop the per-word feature caches of thai_report_ie.orgmodel: they are keyed by a word's text
    while a few features depend on its token kind too, so a process that tagged other text first
    would train on slightly other features; with them dropped, the same data give the same file
    in any process."""
    lx = orgmodel._lexicons()
    for table in ("cache", "parts", "known_parts", "scores"):
        lx[table].clear()


def train(rows, out: pathlib.Path, quiet: bool = False) -> None:
    fresh_features()
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for x, y in examples(rows):
        trainer.append(x, y)
        n += 1
    trainer.set_params(PARAMS)
    t0 = time.perf_counter()
    trainer.train(str(out))
    if not quiet:
        print(f"trained on {n} sequences in {time.perf_counter() - t0:.1f} s -> {out} "
              f"({out.stat().st_size / 1e6:.2f} MB)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extra", type=pathlib.Path, nargs="*", default=[], help="JSONL files of your own annotations")
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="train on 3/4 of the training part, score the rest")
    ap.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation on the training part (mean F1, both conventions)")
    ap.add_argument("--vetoes", action="store_true", help="--cv: score the stacked model with model_vetoes=True too")
    ap.add_argument("--no-places", action="store_true", help="--cv: score with places_as_organisations=False")
    ap.add_argument("--veto-below", type=float, help="--cv: MODEL_VETO_BELOW to try")
    ap.add_argument("--crime", action="store_true",
                    help="--cv: score only the held-in folds' crime/police lines (eval_organisations.py's CRIME_WORDS rule)")
    ap.add_argument("--c1", type=float, help=f"L1 weight (default {PARAMS['c1']}); for --cv")
    ap.add_argument("--c2", type=float, help=f"L2 weight (default {PARAMS['c2']}); for --cv")
    ap.add_argument("--max-iterations", type=int, help=f"L-BFGS iterations (default {PARAMS['max_iterations']}); for --cv")
    ap.add_argument("--stacked-only", action="store_true", help="--cv: score the stacked model only")
    args = ap.parse_args()
    PARAMS.update({k: v for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.max_iterations))
                   if v is not None})
    global STACKED_ONLY
    STACKED_ONLY = args.stacked_only
    if not orgdata.THAINER.exists():
        sys.exit(f"train_orgs.py: {orgdata.THAINER} not found: the shared data must sit beside the repo")
    rows = list(orgdata.training_rows(args.extra))
    if args.check:
        return check(rows)
    if args.cv:
        if args.veto_below is not None:
            organisations.MODEL_VETO_BELOW = args.veto_below
        return cross_validate(rows, args.cv, args.vetoes, places=not args.no_places, crime=args.crime)
    train(rows, args.out)
    return 0


def check(rows) -> int:
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_organisations import evaluate_rows

    fit = [r for k, r in enumerate(rows) if k % 4]
    test = [r for k, r in enumerate(rows) if not k % 4]
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "check.crfsuite"
        train(fit, path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        orgmodel.use_model(tagger)
        for name, model in (("rules", False), ("stacked", True)):
            res = evaluate_rows(test, model=model)
            print(name, "  ".join(f"{m} {p:.3f}/{r:.3f}/{f:.3f}" for m, (p, r, f) in res.items()))
    return 0


def cross_validate(rows, k: int, vetoes: bool = False, places: bool = True, crime: bool = False) -> int:
    """Train on k-1 folds, score the k-th, for each fold; print the mean F1 (ThaiNER lines of the
    held-in folds only, both acronym conventions; with `crime`, only those that are crime or police
    reports, the --crime proxy's rule applied to the training part). The held-out part is never read."""
    import collections
    import statistics
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_organisations import evaluate_rows, is_crime

    got: dict[str, list[float]] = {}
    pooled: dict[str, collections.Counter] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            fit = [r for j, r in enumerate(rows) if j % k != fold]
            test = [r for j, r in enumerate(rows) if j % k == fold and r["id"].startswith("thainer")
                    and (not crime or is_crime(r["text"]))]
            path = pathlib.Path(tmp) / f"cv{fold}.crfsuite"
            train(fit, path, quiet=True)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            orgmodel.use_model(tagger)
            for acr in (False, True):
                runs = [("stacked", {"model": True})] if STACKED_ONLY else [("rules", {"model": False}), ("stacked", {"model": True})]
                if vetoes:
                    runs.append(("vetoes", {"model": True, "model_vetoes": True}))
                for name, opts in runs:
                    label = f"{name:<8}{'acronym_records' if acr else 'default':<16}"
                    res = evaluate_rows(test, pooled.setdefault(label, collections.Counter()),
                                        acronym_records=acr, places_as_organisations=places, **opts)
                    for m, (p, r, f) in res.items():
                        got.setdefault(f"{label}{m}", []).append(f)
                    if not crime:  # the held-in folds' crime/police lines too (the --crime proxy's rule)
                        evaluate_rows([r for r in test if is_crime(r["text"])],
                                      pooled.setdefault("crime " + label, collections.Counter()),
                                      acronym_records=acr, places_as_organisations=places, **opts)
    for key, fs in got.items():
        label, m = key[:24], key[24:]
        tp, fp, fn = (pooled[label][f"{m}_{x}"] for x in ("tp", "fp", "fn"))
        print(f"{key:<36} F1 {statistics.mean(fs):.4f}  (folds {' '.join(f'{f:.3f}' for f in fs)}; "
              f"pooled tp {tp} fp {fp} fn {fn} F1 {2 * tp / (2 * tp + fp + fn):.4f})")
    for label, c in pooled.items():
        if label.startswith("crime "):
            cells = "  ".join(f"{m} pooled tp {c[m + '_tp']} fp {c[m + '_fp']} fn {c[m + '_fn']} F1 "
                              f"{2 * c[m + '_tp'] / (2 * c[m + '_tp'] + c[m + '_fp'] + c[m + '_fn']):.4f}"
                              for m in ("strict", "lenient"))
            print(f"{label:<30}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
