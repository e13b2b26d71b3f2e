"""Why the vetoes (`organisation_vetoes=True`) move police and crime text: veto policies scored
out-of-fold on the training part's crime/police lines and on all of it.

    python training/veto_policies.py [--folds K] [--show]

Trains K fold models on the training part (training/orgdata.py's split, the folds of
`train_orgs.py --cv K`; the held-out part is never read). Each ThaiNER line of a fold is read by
the model that did not train on it, with the stacking as shipped and the vetoes under variants of
the policy: as shipped (MODEL_VETOES below MODEL_VETO_BELOW), sparing police units (a record whose
head, or the head its abbreviated prefix stands for, is of category "police" in org_heads.tsv:
"สภ.นาแก", "สถานีตำรวจภูธร..."), and one rule family's threshold moved. Pooled strict/lenient F1
(all folds' counts summed) on the lines `eval_organisations.is_crime` picks and on all lines,
both acronym conventions. --show lists the records the shipped vetoes drop on the crime lines,
with ThaiNER's label over the same span (training part only).
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".." / "shared" / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402
import score  # noqa: E402  (shared/tools/score.py)

from eval_organisations import is_crime  # noqa: E402
from thai_report_ie import orgmodel  # noqa: E402
from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.extractors import organisations as O  # noqa: E402
from training import orgdata, train_orgs  # noqa: E402

SHIPPED = {"org.head": O.MODEL_VETO_BELOW, "org.abbreviation": O.MODEL_VETO_BELOW, "org.prefix": O.MODEL_VETO_BELOW}
POLICIES = {  # name: (threshold per vetoed rule, spare police units)
    "no vetoes (stacked)": ({}, False),
    "vetoes as shipped": (SHIPPED, False),
    "vetoes sparing police units": (SHIPPED, True),
    **{f"vetoes, {rule[4:]} below {t}": ({**SHIPPED, rule: t}, False)
       for rule in ("org.prefix", "org.head", "org.abbreviation") for t in (0.1, 0.3)},
}


def police_unit(view: str, s: int, e: int) -> bool:
    """Is view[s:e] a police unit: its head, or the head its prefix stands for, of category police?"""
    lex = O._lexicon()
    name = view[s:e]
    for p, stands_for in lex.prefixes.items():
        if name.startswith(p):
            name = stands_for
            break
    head = lex.heads_by_char.first(name, 0)
    return head is not None and lex.heads[head][0] == "police"


class Policy:
    """Wraps `orgmodel.tag` and `_Scan.stack` so that the vetoes follow one policy: a probe's
    probability is turned into 0 (vetoed) or 1 (kept) by its record's rule's threshold."""

    def __init__(self) -> None:
        self.thresholds: dict[str, float] = {}
        self.spare_police = False
        self.rules: dict[tuple[int, int], str] = {}
        self.dropped: list[tuple[int, int, str, float]] = []
        real_tag, real_stack = orgmodel.tag, O._Scan.stack

        def tag(view, toks, spans, probes=()):
            got, probs = real_tag(view, toks, spans, probes)
            out = []
            for (s, e), p in zip(probes, probs):
                t = self.thresholds.get(self.rules.get((s, e), ""), 0.0)
                if self.spare_police and police_unit(view, s, e):
                    t = 0.0
                out.append(0.0 if p < t else 1.0)
                if p < t:
                    self.dropped.append((s, e, self.rules.get((s, e), ""), p))
            return got, out

        def stack(scan, found, vetoes=False):
            self.rules = {(f.start, f.end): f.rule for f in found}
            return real_stack(scan, found, vetoes)

        orgmodel.tag = tag
        O._Scan.stack = stack


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--show", action="store_true", help="list the shipped vetoes' drops on the crime lines")
    args = ap.parse_args()
    rows = list(orgdata.training_rows([]))
    k = args.folds
    policy = Policy()
    tot: dict = collections.defaultdict(collections.Counter)
    shown = []
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            path = pathlib.Path(tmp) / f"cv{fold}.crfsuite"
            train_orgs.train([r for j, r in enumerate(rows) if j % k != fold], path, quiet=True)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            orgmodel.use_model(tagger)
            for row in (r for j, r in enumerate(rows) if j % k == fold and r["id"].startswith("thainer")):
                part = "crime" if is_crime(row["text"]) else "other"
                gold = [dict(kind="organisation", start=s, end=e) for s, e in orgdata.org_spans(row)]
                doc = Document(row["text"])
                for acr in (False, True):
                    for name, (thresholds, spare) in POLICIES.items():
                        policy.thresholds, policy.spare_police, policy.dropped = thresholds, spare, []
                        pred = [r.to_dict() for r in O.extract_organisations(
                            doc, acronym_records=acr, model=True, model_vetoes=bool(thresholds))]
                        if args.show and acr and part == "crime" and name == "vetoes as shipped":
                            shown += [(row, s, e, rule, p) for s, e, rule, p in policy.dropped]
                        for mode in ("strict", "lenient"):
                            m = len(score.match(gold, pred, mode == "strict"))
                            for where in (part, "all"):
                                tot[acr, name, where, mode].update(
                                    {"tp": m, "fp": len(pred) - m, "fn": len(gold) - m})
    n_crime = sum(1 for r in rows if r["id"].startswith("thainer") and is_crime(r["text"]))
    print(f"out-of-fold, {k} folds, pooled F1 strict/lenient; crime = {n_crime} training lines with a CRIME_WORDS word")
    for acr in (False, True):
        print("acronym_records" if acr else "default conventions")
        for name in POLICIES:
            cells = []
            for where in ("crime", "all"):
                f1 = []
                for mode in ("strict", "lenient"):
                    c = tot[acr, name, where, mode]
                    f1.append(f"{2 * c['tp'] / (2 * c['tp'] + c['fp'] + c['fn']):.3f}")
                cells.append(f"{where} {'/'.join(f1)}")
            print(f"  {name:<36}" + "   ".join(cells))
    for row, s, e, rule, p in shown:
        text = row["text"]
        labels = sorted({x["label"] for x in row["entities"] if x["start"] < e and s < x["end"]}) or ["none"]
        print(f"  vetoed {rule:<12} p={p:.3f}  {text[s:e]!r:<40} ThaiNER: {', '.join(labels)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
