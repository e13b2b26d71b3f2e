"""Organisation (and person) scores on the development data, with error types.

    python benchmarks/eval_organisations.py [--errors N]

ThaiNER 1.5 dev is split by the id's hash: even = tune (rules were looked at on it), odd =
held-out (never looked at). Thai-NNER's sample and the seed gold are scored whole. Matching is
shared/tools/score.py's own (imported), so the figures are the scorer's.
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "tools"))
sys.path.insert(0, str(ROOT))

import score  # noqa: E402  (shared/tools/score.py)

from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.extractors.organisations import extract_organisations  # noqa: E402


def split_thainer(tmp: pathlib.Path) -> dict[str, pathlib.Path]:
    rows = [json.loads(line) for line in (SHARED / "data/thainer_1_5/dev.jsonl").open(encoding="utf-8")]
    out = {}
    for name, parity in (("thainer-tune", 0), ("thainer-heldout", 1)):
        path = tmp / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in rows:
                if int(r["id"].split("-")[1], 16) % 2 == parity:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out[name] = path
    return out


def error_type(g, p, text) -> str:
    if g is None:
        return "false alarm: " + p["rule"]
    if p is None:
        gt = text[g["start"]:g["end"]]
        if text[max(0, g["start"] - 1):g["start"]] == "(" and text[g["end"]:g["end"] + 1] == ")":
            return "missed: acronym at its definition (by design)"
        if "." in gt:
            return "missed: abbreviation"
        if gt.isascii():
            return "missed: Latin name"
        return "missed: name with no head noun" if len(gt) < 12 else "missed: long name"
    if p["start"] <= g["start"] and p["end"] >= g["end"]:
        return "too long: " + p["rule"]
    if p["start"] >= g["start"] and p["end"] <= g["end"]:
        return "too short: " + p["rule"]
    return "shifted: " + p["rule"]


def evaluate(path: pathlib.Path, errors: collections.Counter, examples: dict) -> dict:
    tot = collections.Counter()
    for doc_id, text, gold, *_ in score.load_gold(path):
        g_all = [g for g in gold if g["kind"] in ("organisation", "*")]
        core = [g for g in g_all if g.get("core", True)]
        optional = [g for g in g_all if not g.get("core", True)]
        pred = [r.to_dict() for r in extract_organisations(Document(text))]
        for mode in ("strict", "lenient"):
            m = score.match(core, pred, mode == "strict")
            hit = {j for _, j in m}
            rest = [p for j, p in enumerate(pred) if j not in hit]
            opt = {j for _, j in score.match(optional, rest, mode == "strict")}
            tot[mode + "_tp"] += len(m)
            tot[mode + "_fp"] += len(rest) - len(opt)
            tot[mode + "_fn"] += len(core) - len(m)
            if mode == "lenient":
                for i, j in m:
                    if (core[i]["start"], core[i]["end"]) != (pred[j]["start"], pred[j]["end"]):
                        kind = error_type(core[i], pred[j], text)
                        errors[kind] += 1
                        examples.setdefault(kind, f"gold {text[core[i]['start']:core[i]['end']]!r} got {pred[j]['text']!r}")
                for i in set(range(len(core))) - {i for i, _ in m}:
                    kind = error_type(core[i], None, text)
                    errors[kind] += 1
                    examples.setdefault(kind, repr(text[max(0, core[i]["start"] - 12):core[i]["end"] + 12]))
                for j, p in enumerate(rest):
                    if j not in opt:
                        kind = error_type(None, p, text)
                        errors[kind] += 1
                        examples.setdefault(kind, repr(text[max(0, p["start"] - 12):p["end"] + 12]))
    out = {}
    for mode in ("strict", "lenient"):
        tp, fp, fn = tot[mode + "_tp"], tot[mode + "_fp"], tot[mode + "_fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[mode] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=10, help="show the N most frequent error types (tune half)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sets = split_thainer(pathlib.Path(tmp))
        sets["thai-nner-sample"] = SHARED / "data/thai_nner_sample/dev.jsonl"
        sets["seed"] = SHARED / "gold/seed.json"
        tune_errors: collections.Counter = collections.Counter()
        tune_examples: dict = {}
        for name, path in sets.items():
            errs: collections.Counter = collections.Counter()
            exs: dict = {}
            res = evaluate(path, errs, exs)
            if name == "thainer-tune":
                tune_errors, tune_examples = errs, exs
            cells = "  ".join(f"{m} P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}" for m, (p, r, f) in res.items())
            print(f"{name:<18}{cells}")
    print("\nmost frequent error types on thainer-tune:")
    for kind, n in tune_errors.most_common(args.errors):
        print(f"  {n:4d}  {kind:<40} e.g. {tune_examples[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
