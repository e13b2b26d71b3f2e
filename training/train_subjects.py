"""Rebuild the subject re-ranker, thai_report_ie/data/subject_rerank.json: one model a record kind
(quantity, money, percentage), used only when asked (`extract(text, subject_model=True)`).

    python training/train_subjects.py [--out PATH] [--cv [--kind K]] [--check]

Trains, for each kind, a linear model (a softmax over each record's candidates,
thai_report_ie.subject_model; L2, full-batch Adam for a fixed number of steps in numpy: the same
data gives the same file) on our own annotations only:
- tests/data/subjects_thaigov.jsonl, every row of batches 1-49 but batch 30 (ids ud-, the first
  blind test, never read here; batches appended later are not read, so the shipped file stays
  reproducible), with the texts of ../shared/data/thaigov_sample/thaigov_sample.jsonl. The rows of
  batches 1-29 are the source "thaigov" (the rules were written from them); those of batches 31-49
  are the source "blind": annotated after rules stopped being written from batches, so no rule was
  tuned on them;
- the dev gold's quantities, money and percentages (../shared/gold/dev/dev-*.json with dev-*.txt);
- the golden cases of tests/data/{subjects,quantities}.jsonl that name a subject (kinds quantities,
  money, percentages);
- tests/data/subjects_r10l.jsonl ("fresh"): 87 quantity mentions of sample documents nobody had
  used, drawn by training/draw_subjects.py (seeds 1010, 1011) and annotated blind for the first model.

Where the rules were tuned (thaigov, dev, goldens) they score above what they score on unseen
text, so the margins are chosen where the rules are blind. Each kind's margin is chosen by grouped
5-fold cross-validation by document (rules alone against rules + model at each margin of MARGINS,
per source) on the blind rows: the best exact, then partial, then the larger margin. A kind is
"usable" only when, at that margin, the CV on the blind rows beats the rules (exact up, partial not
down); `extract(subject_model=True)` re-ranks only the usable kinds. The file stays "enabled":
false, `extract()`'s default, and records each kind's CV table per source at every margin.
--cv prints those tables and "latest batches out" (train on every row not from a document of
thaigov batches LATEST, test on those rows). --no-rule-features and --policy any score the variants
measured (the model of the text alone; any candidate may replace the rules' answer). --check:
rebuild and compare with the shipped file.
"""
from __future__ import annotations

import argparse
import glob
import json
import pathlib
import random
import sys
from collections import defaultdict

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from thai_report_ie import subject_model  # noqa: E402
from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.linking import quantities_of  # noqa: E402
from thai_report_ie.extractors.percentages import extract_percentages  # noqa: E402
from thai_report_ie.records import Money, Percentage, Quantity  # noqa: E402

SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
DEV = SHARED / "gold" / "dev"
OUT = ROOT / "thai_report_ie" / "data" / subject_model.MODEL_FILE
BLIND_PREFIXES = ("ud-",)  # batch 30: the first blind test, never read here
TRAIN_BATCHES = range(1, 50)  # batches 1-49 (rows without "batch" are the first); later ones are not read
BLIND_FROM = 31  # thaigov rows of this batch on are the source "blind": no rule was tuned on them
KINDS = ("quantity", "money", "percentage")
CLASSES = {"quantity": Quantity, "money": Money, "percentage": Percentage}
L2 = 0.3
STEPS = 300
LR = 0.05
MARGINS = (-99.0, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
LATEST = range(46, 50)  # latest_out: these thaigov batches are the test
FOLDS = 5
MIN_COUNT = 2  # a feature seen on fewer training candidates' examples is dropped
RULE_FEATURES = ("req", "rcontains", "rinside", "rnone", "rdisjoint", "rule_only", "null|rsome", "rel|")


def without_rules(exs: list[dict]) -> list[dict]:
    """The examples with every feature that reads the rules' answer removed: a model of the text alone."""
    out = []
    for e in exs:
        if e["cands"] is None:
            out.append(e)
            continue
        cands = [c._replace(features=tuple(f for f in c.features if not f.startswith(RULE_FEATURES)))
                 for c in e["cands"]]
        out.append(dict(e, cands=cands))
    return out


GOLDEN_KINDS = {"quantities": "quantity", "money": "money", "percentages": "percentage"}


def training_rows() -> list[dict]:
    """{"kind", "source", "group", "batch", "text", "start" (or "nth", "rec_text"), "gold"} for every
    training quantity, money and percentage record."""
    rows: list[dict] = []
    ann = [json.loads(x) for x in (ROOT / "tests/data/subjects_thaigov.jsonl").read_text(encoding="utf-8").splitlines()
           if x.strip()]
    ann = [r for r in ann if r["kind"] in KINDS and not r["id"].startswith(BLIND_PREFIXES)
           and r.get("batch", 1) in TRAIN_BATCHES]
    wanted = {r["doc"] for r in ann}
    texts: dict[str, str] = {}
    fresh = [json.loads(x) for x in (ROOT / "tests/data/subjects_r10l.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    wanted |= {r["doc"] for r in fresh}
    with SAMPLE.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in wanted:
                texts[d["id"]] = d["text"]
    for r in ann:
        batch = r.get("batch", 1)
        rows.append({"kind": r["kind"], "source": "blind" if batch >= BLIND_FROM else "thaigov", "batch": batch,
                     "group": "tg:" + r["doc"],
                     "text": texts[r["doc"]], "start": r["start"], "gold": r["subject"]})
    for r in fresh:  # annotated blind for the first model: no rule was ever written from them
        rows.append({"kind": "quantity", "source": "fresh", "batch": None, "group": "tg:" + r["doc"],
                     "text": texts[r["doc"]], "start": r["start"], "gold": r["subject"]})
    for path in sorted(glob.glob(str(DEV / "dev-*.json"))):
        gold = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        text = (DEV / gold["doc"]).read_text(encoding="utf-8")
        for r in gold["records"]:
            if r["kind"] in KINDS and "subject" in r:
                rows.append({"kind": r["kind"], "source": "dev", "batch": None, "group": "dev:" + gold["doc"],
                             "text": text, "start": r["start"], "gold": r["subject"]})
    for name in ("subjects", "quantities"):
        for line in (ROOT / "tests" / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            kind = GOLDEN_KINDS.get(case.get("kind", "quantities"))
            if kind is None:
                continue
            for k, e in enumerate(case["expected"]):
                if "subject" in e:
                    rows.append({"kind": kind, "source": "golden", "batch": None, "group": f"{name}:{case['id']}",
                                 "text": case["text"], "nth": k, "rec_text": e.get("text"), "gold": e["subject"]})
    return rows


def _rule_records(text: str, memo: dict) -> tuple:
    """The document, its quantity and money records and its percentages, as the rules alone give them."""
    if text not in memo:
        subject_model.ENABLED = False
        try:
            doc = Document(text)
            memo[text] = (doc, quantities_of(doc), extract_percentages(doc))
        finally:
            subject_model.ENABLED = True
    return memo[text]


def examples(rows: list[dict]) -> list[dict]:
    """Each row with its record's candidates, the rules' answer and the gold candidate's index
    (None when the gold is not among the candidates, or no record is there)."""
    memo: dict = {}
    out = []
    for row in rows:
        doc, qm, pct = _rule_records(row["text"], memo)
        recs = pct if row["kind"] == "percentage" else qm
        cls = CLASSES[row["kind"]]
        prev_end, found, k_q, previous = 0, None, 0, None
        for r in recs:
            if type(r) is cls:
                if ("start" in row and r.start == row["start"]) or ("nth" in row and k_q == row["nth"]
                                                                    and r.text == row["rec_text"]):
                    found = (r, prev_end, previous)
                    break
                k_q += 1
                previous = r
            prev_end = r.end
        ex = dict(row, text=None)
        if found is None:
            ex.update(cands=None, rule="<no record>", label=None)
        else:
            rec, left, previous = found
            cands = subject_model.candidates(doc, rec, left_limit=left, previous=previous)
            label = next((k for k, c in enumerate(cands) if c.text == row["gold"]), None)
            ex.update(cands=cands, rule=rec.subject, label=label)
        out.append(ex)
    return out


def train(exs: list[dict], *, l2: float = L2, steps: int = STEPS) -> dict[str, float]:
    """Weights of the softmax over candidates: full-batch Adam on the log-likelihood + L2."""
    exs = [e for e in exs if e["label"] is not None]
    counts: dict[str, int] = defaultdict(int)
    for e in exs:
        for f in {f for c in e["cands"] for f in c.features}:
            counts[f] += 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    rows_i, feats_i, seg, gold_rows = [], [], [], []
    r = 0
    for e in exs:
        seg.append(r)
        gold_rows.append(r + e["label"])
        for c in e["cands"]:
            for f in c.features:
                j = index.get(f)
                if j is not None:
                    rows_i.append(r)
                    feats_i.append(j)
            r += 1
    R, F = r, len(names)
    rows_a, feats_a = np.array(rows_i, dtype=np.int64), np.array(feats_i, dtype=np.int64)
    seg_a = np.array(seg, dtype=np.int64)
    seg_id = np.repeat(np.arange(len(seg)), np.diff(np.append(seg_a, R)))
    y = np.zeros(R)
    y[np.array(gold_rows, dtype=np.int64)] = 1.0
    w = np.zeros(F)
    m, v = np.zeros(F), np.zeros(F)
    b1, b2, eps = 0.9, 0.999, 1e-8
    n = len(exs)
    for t in range(1, steps + 1):
        s = np.bincount(rows_a, weights=w[feats_a], minlength=R)
        mx = np.maximum.reduceat(s, seg_a)
        ex_ = np.exp(s - mx[seg_id])
        z = np.add.reduceat(ex_, seg_a)
        p = ex_ / z[seg_id]
        g = np.bincount(feats_a, weights=(p - y)[rows_a], minlength=F) / n + l2 * w / n
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= LR * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    return {f: round(float(x), 3) for f, x in zip(names, w) if abs(x) >= 5e-3}


def _same(gold, pred, partial: bool) -> bool:
    if gold is None or pred is None:
        return gold is None and pred in (None, "")
    return gold == pred or (partial and (gold in pred or pred in gold))


POLICY = "fill_or_trim"


def predict(e: dict, weights: dict[str, float], margin: float):
    if e["cands"] is None:
        return e["rule"]
    return subject_model.choose(e["cands"], e["rule"], weights, margin, POLICY)


def folds(exs: list[dict], k: int = FOLDS) -> list[int]:
    groups = sorted({e["group"] for e in exs})
    random.Random(0).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [fold_of[e["group"]] for e in exs]


SOURCES = ("fresh", "thaigov", "blind", "dev", "golden", "all")


def _table(exs: list[dict], preds: dict, idx_of=None) -> dict:
    """{source: {"n", "rules": (exact, partial), margin: (exact, partial)}} over the rows predicted."""
    table = {}
    for source in SOURCES:
        idx = [i for i, e in enumerate(exs) if source in ("all", e["source"]) and preds[MARGINS[0]][i] is not _UNSEEN]
        if not idx:
            continue
        golds = [exs[i]["gold"] for i in idx]
        row = {"n": len(idx), "rules": _scores(golds, [exs[i]["rule"] for i in idx])}
        for mg in MARGINS:
            row[mg] = _scores(golds, [preds[mg][i] for i in idx])
        table[source] = row
    return table


_UNSEEN = object()  # a row left out of a test


def cross_validate(exs: list[dict], *, l2: float = L2, quiet: bool = False, title: str = "") -> tuple[float, dict]:
    """Out-of-fold predictions at every margin; the table printed, the margin chosen returned:
    the best exact on the blind rows (no rule was tuned on them), then partial, then the larger margin."""
    fold = folds(exs)
    preds = {mg: [_UNSEEN] * len(exs) for mg in MARGINS}
    for f in range(FOLDS):
        w = train([e for e, g in zip(exs, fold) if g != f], l2=l2)
        for i, (e, g) in enumerate(zip(exs, fold)):
            if g == f:
                for mg in MARGINS:
                    preds[mg][i] = predict(e, w, mg)
    table = _table(exs, preds)
    best = max(MARGINS, key=lambda mg: (table["blind"][mg], mg))
    if not quiet:
        _print(f"{title}grouped {FOLDS}-fold CV (by document), l2={l2}: subject exact/partial", table, best)
    return best, table


def latest_out(exs: list[dict], *, l2: float = L2, quiet: bool = False, title: str = "") -> dict:
    """Train on everything but the thaigov rows of batches LATEST (and every row of their documents:
    later batches drew second mentions from documents annotated before), test on those rows (blind ones:
    no rule was tuned on them)."""
    test_groups = {e["group"] for e in exs if e["batch"] in LATEST}
    train_exs = [e for e in exs if e["group"] not in test_groups]
    w = train(train_exs, l2=l2)
    preds = {mg: [predict(e, w, mg) if e["batch"] in LATEST else _UNSEEN for e in exs] for mg in MARGINS}
    table = _table(exs, preds)
    if not quiet:
        _print(f"{title}latest batches out (train: {len(train_exs)} rows of other documents; test: thaigov batches "
               f"{LATEST.start}-{LATEST.stop - 1}), l2={l2}", table, None)
    return table


def _print(head: str, table: dict, best) -> None:
    print(head)
    for source, row in table.items():
        cells = "  ".join(f"m{mg}: {row[mg][0]:.3f}/{row[mg][1]:.3f}" for mg in MARGINS)
        print(f"  {source:<8} n={row['n']:<4} rules {row['rules'][0]:.3f}/{row['rules'][1]:.3f}  {cells}")
    if best is not None:
        print(f"  margin chosen: {best}")


def _scores(golds, preds) -> tuple[float, float]:
    n = len(golds)
    return (round(sum(_same(g, p, False) for g, p in zip(golds, preds)) / n, 3),
            round(sum(_same(g, p, True) for g, p in zip(golds, preds)) / n, 3))


def recall(exs: list[dict]) -> None:
    for source in ("fresh", "thaigov", "blind", "dev", "golden"):
        sub = [e for e in exs if e["source"] == source]
        if not sub:
            continue
        rec = [e for e in sub if e["cands"] is not None]
        hit = sum(e["label"] is not None for e in rec)
        print(f"  candidate recall {source:<8} {hit}/{len(rec)} records ({len(sub) - len(rec)} rows with no record)"
              f", {sum(len(e['cands']) for e in rec) / max(1, len(rec)):.0f} candidates a record")


def _wins(table: dict, margin: float) -> bool:
    """Rules + model beat the rules on the blind rows in CV: exact up, partial not down. Only there: the
    rules were tuned on the other sources, where the CV's small losses at low margins say more of the rules'
    tuning than of new text."""
    blind = table["blind"]
    return blind[margin][0] > blind["rules"][0] and blind[margin][1] >= blind["rules"][1]


def build(exs: list[dict] | None = None) -> dict:
    """The model file: for each record kind, weights trained on every training row of that kind, the margin
    chosen by grouped CV on the blind rows, "usable" when at that margin it beats the rules there (`_wins`),
    and the CV table (each source: rows, the rules' exact/partial, rules + model's at every margin). The
    file is never "enabled": the re-ranker is `extract(subject_model=True)`'s, an option."""
    exs = examples(training_rows()) if exs is None else exs
    kinds = {}
    for kind in KINDS:
        kexs = [e for e in exs if e["kind"] == kind]
        margin, table = cross_validate(kexs, quiet=True)
        kinds[kind] = {"data": fingerprint(kexs), "margin": margin, "usable": _wins(table, margin),
                       "cv": {src: {"n": table[src]["n"], "rules": table[src]["rules"],
                                    "margins": {str(mg): table[src][mg] for mg in MARGINS}}
                              for src in SOURCES if src in table},
                       "weights": dict(sorted(train(kexs).items()))}
    return {"about": "subject re-ranker (quantity, money, percentage), extract(subject_model=True); rebuild with "
                     "training/train_subjects.py", "enabled": False, "policy": POLICY, "window": subject_model.WINDOW,
            "max_len": subject_model.MAX_LEN, "l2": L2, "steps": STEPS, "kinds": kinds}


def fingerprint(exs: list[dict]) -> str:
    """A hash of what a model is trained on: each row's place and gold, the rules' answer and every
    candidate with its features. The shipped file records it: when the rules, the word lists or the
    annotations change, the inputs change and the file is rebuilt (the model is off, so a stale one
    changes nothing)."""
    import hashlib

    h = hashlib.sha256()
    for e in exs:
        cands = [(c.text, c.features) for c in e["cands"]] if e["cands"] is not None else None
        key = (e["source"], e["group"], e.get("start"), e.get("nth"), e["gold"], e["rule"], cands)
        h.update(json.dumps(key, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


def dumps(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--cv", action="store_true", help="grouped CV and latest-batches-out tables; writes nothing")
    ap.add_argument("--kind", choices=KINDS, action="append", help="--cv: only this record kind (repeatable)")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--policy", default="fill_or_trim", choices=("fill_or_trim", "any"))
    ap.add_argument("--no-rule-features", action="store_true", help="--cv: the model without the rules' answer")
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the shipped file")
    args = ap.parse_args(argv)
    if not SAMPLE.exists() or not DEV.exists():
        print(f"train_subjects.py: {SHARED} not found: the shared data must sit beside the repo", file=sys.stderr)
        return 2
    globals()["POLICY"] = args.policy
    if args.cv:
        exs = examples(training_rows())
        for kind in args.kind or KINDS:
            kexs = [e for e in exs if e["kind"] == kind]
            kexs = without_rules(kexs) if args.no_rule_features else kexs
            print(f"== {kind}")
            recall(kexs)
            cross_validate(kexs, l2=args.l2, title=f"{kind}: ")
            latest_out(kexs, l2=args.l2, title=f"{kind}: ")
        return 0
    text = dumps(build())
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("same as the shipped file" if same else "DIFFERENT from the shipped file")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text) / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
