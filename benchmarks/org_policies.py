"""How the organisation model could be combined with the rules: policies scored by cross-validation.

    python benchmarks/org_policies.py [--folds K] [--acronym-records]

Trains K fold models on the training part (training/orgdata.py's split, the same folds as
`training/train_orgs.py --cv K`; the held-out part is never read), then scores on each fold's
ThaiNER lines the rules alone, the stacking as shipped (`_Scan.stack`), and variants of it:
adding a model span only when each of its tokens is in a name with probability >= A (the
model's marginals); letting a known name take the model's longer span (>= R); the vetoes
(drop a rule guess with no acronym when every token of it is below 0.2) on all head and
abbreviation guesses, or sparing the government heads. Mean strict/lenient F1 over the folds.
It also counts, for the names the rules miss or cut, what the model does with them.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import pathlib
import statistics
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".." / "shared" / "tools"))
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402
import score  # noqa: E402  (shared/tools/score.py)

from thai_report_ie import orgmodel  # noqa: E402
from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.extractors import organisations as O  # noqa: E402
from training import orgdata, train_orgs  # noqa: E402

# head categories (data/org_heads.tsv) the "spare government heads" vetoes never drop
GOVERNMENT = frozenset({"ministry", "department", "office", "committee", "council", "court", "police", "military",
                        "local", "diplomatic", "state_enterprise", "international"})


@dataclasses.dataclass
class Doc:
    scan: O._Scan
    found: list
    spans: list  # the model's (start, end)
    seq: list  # the tokens the model tagged (no spaces)
    marg: list  # P(token in a name) of each of them
    gold: list


def prepare(rows, k: int, acronym_records: bool, tmp: pathlib.Path) -> list[list[Doc]]:
    folds = []
    for fold in range(k):
        path = tmp / f"fold{fold}.crfsuite"
        train_orgs.train([r for j, r in enumerate(rows) if j % k != fold], path, quiet=True)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        orgmodel.use_model(tagger)
        trans = orgmodel._weights()["trans"]
        docs = []
        for j, r in enumerate(rows):
            if j % k != fold or not r["id"].startswith("thainer"):
                continue
            scan = O._Scan(Document(r["text"]), acronym_records=acronym_records)
            found = scan.run()
            base = [(f.start, f.end, f.rule) for f in found if f.rule != "org.acronym_definition"]
            spans, marg, seq = [], [], []
            if scan.toks:
                words, bounds = orgmodel._bounds(scan.view, scan.toks)
                seq = [scan.toks[i] for i in words]
                em = orgmodel._emissions(scan.view, seq, orgmodel.rule_tags(seq, base), bounds)
                labels = orgmodel._viterbi(em, trans, bounds)
                for lo, hi in bounds:
                    marg += orgmodel._inside(em, lo, hi)
                    if any(x != "O" for x in labels[lo:hi]):
                        spans += orgmodel.spans_from_labels(seq, labels[lo:hi], range(lo, hi))
            gold = [dict(kind="organisation", start=s, end=e) for s, e in orgdata.org_spans(r)]
            docs.append(Doc(scan, found, spans, seq, marg, gold))
        folds.append(docs)
    return folds


def conf(d: Doc, s: int, e: int, how=min) -> float:
    v = [m for t, m in zip(d.seq, d.marg) if t.start < e and t.end > s]
    return how(v) if v else 0.0


def combine(d: Doc, p: dict) -> list:
    """The records under policy `p` (an empty dict: the shipped `_Scan.stack` without vetoes)."""
    scan = d.scan
    found = [dataclasses.replace(f) for f in d.found]
    rules = O._Cover((f.start, f.end) for f in found)
    out = []
    for f in found:
        if "veto" in p and f.rule in O.MODEL_VETOES and f.acronym is None:
            head = scan.lex.heads_by_char.first(f.name, 0) or scan.head_at(f.start)
            if (scan.lex.heads[head][0] if head else "") not in p.get("spare", ()) and conf(d, f.start, f.end, max) < p["veto"]:
                continue
        out.append(f)
    out.sort(key=O._FOUND_SPAN)
    starts = [f.start for f in out]
    added, by_rule = [], {}
    for s, e in d.spans:
        got = scan.model_found(s, e)
        if got is None:
            continue
        if not rules.overlaps(got.start, got.end):
            if conf(d, got.start, got.end) >= p.get("add", 0.0):
                added.append(got)
            continue
        hit = O.touched(out, starts, got)
        if len(hit) == 1:
            by_rule.setdefault(id(hit[0]), []).append(got)
    reshapes = O.MODEL_RESHAPES | p.get("reshape_rules", frozenset())
    for f in out:
        got = by_rule.get(id(f))
        if not got or len(got) != 1 or f.acronym is not None:
            continue
        g = got[0]
        if (g.start, g.end) != (f.start, f.end) and f.rule in reshapes and g.start <= f.start and f.end <= g.end \
                and scan.may_stretch(f.end, g.end) and scan.may_stretch(g.start, f.start):
            if f.rule in O.MODEL_RESHAPES or conf(d, g.start, g.end) >= p.get("reshape", 0.0):
                f.start, f.end, f.rule = g.start, g.end, "org.model_reshaped"
    return [*out, *added]


def evaluate(folds: list[list[Doc]], p: dict | None) -> tuple[float, float]:
    got = {"strict": [], "lenient": []}
    for docs in folds:
        tot = collections.Counter()
        for d in docs:
            fin = d.found if p is None else combine(d, p)
            pred = [dict(kind="organisation", start=f.start, end=f.end) for f in fin]
            for mode in got:
                m = score.match(d.gold, pred, mode == "strict")
                tot[mode, "tp"] += len(m)
                tot[mode, "fp"] += len(pred) - len(m)
                tot[mode, "fn"] += len(d.gold) - len(m)
        for mode in got:
            tp, fp, fn = tot[mode, "tp"], tot[mode, "fp"], tot[mode, "fn"]
            got[mode].append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return statistics.mean(got["strict"]), statistics.mean(got["lenient"])


def fates(folds: list[list[Doc]]) -> collections.Counter:
    """What the model does with each name the rules miss or cut (strict)."""
    c: collections.Counter = collections.Counter()
    for docs in folds:
        for d in docs:
            pred = [dict(kind="organisation", start=f.start, end=f.end) for f in d.found]
            hit = {i for i, _ in score.match(d.gold, pred, True)}
            for i, g in enumerate(d.gold):
                if i in hit:
                    continue
                s, e = g["start"], g["end"]
                ov = [sp for sp in d.spans if sp[0] < e and sp[1] > s]
                if not ov:
                    c["the model tags none of its tokens"] += 1
                elif any(f.start < e and f.end > s for f in d.found):
                    c["the model's span overlaps a rule record"] += 1
                elif all(d.scan.model_found(*sp) is None for sp in ov):
                    c["the model's span is filtered out (model_found)"] += 1
                else:
                    c["the model's span is added"] += 1
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--acronym-records", action="store_true")
    args = ap.parse_args()
    if not orgdata.THAINER.exists():
        sys.exit(f"org_policies.py: {orgdata.THAINER} not found: the shared data must sit beside the repo")
    rows = list(orgdata.training_rows())
    with tempfile.TemporaryDirectory() as tmp:
        folds = prepare(rows, args.folds, args.acronym_records, pathlib.Path(tmp))
    policies = [("rules alone", None), ("stacked as shipped", {})]
    policies += [(f"add a model span only if every token >= {a}", {"add": a}) for a in (0.5, 0.7, 0.9)]
    policies += [("known names take the model's longer span at >= 0.9",
                  {"reshape_rules": frozenset({"org.known", "org.known_alias"}), "reshape": 0.9})]
    policies += [("vetoes 0.2, all head/abbreviation guesses", {"veto": 0.2}),
                 ("vetoes 0.2, sparing government heads", {"veto": 0.2, "spare": GOVERNMENT}),
                 ("vetoes 0.2, sparing government heads but committees", {"veto": 0.2, "spare": GOVERNMENT - {"committee"}})]
    conv = "acronym_records" if args.acronym_records else "default"
    print(f"{args.folds}-fold cross-validation on the training part, {conv} conventions: mean F1 strict/lenient")
    for name, p in policies:
        s, le = evaluate(folds, p)
        print(f"  {s:.4f}/{le:.4f}  {name}")
    print("names the rules miss or cut (strict), and the model:")
    for kind, n in fates(folds).most_common():
        print(f"  {n:4d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
