"""Organisation (and person) scores on the development data, rules alone and with the model.

    python benchmarks/eval_organisations.py [--errors N] [--write-split DIR] [--acronym-records] [--vetoes]
    python benchmarks/eval_organisations.py --crime     # the crime-news proxy (below), both conventions
    python benchmarks/eval_organisations.py --acronym-records --no-places --vetoes   # all of ThaiNER's conventions
    python benchmarks/eval_organisations.py --speed N   # extract() time with and without the model
    python benchmarks/eval_organisations.py --breakdown [--acronym-records]  # strict errors of the rules, training part

ThaiNER 1.5 dev is split by training/orgdata.py's fixed rule: odd hex id = held-out (never
trained on, never looked at while writing rules), even = the training part (the rules were tuned
on it and the model trained on it, less ThaiNER's own "test" lines). Thai-NNER's sample (training
data of the model) and the seed gold are scored whole. Matching is shared/tools/score.py's own
(imported), so the figures are the scorer's. --write-split DIR writes the two ThaiNER parts as
JSONL, for `score.py DIR/thainer-heldout.jsonl --kinds organisation`.

Crime news (--crime): there is no crime-news corpus in ../shared/data, so a proxy: the held-out
ThaiNER lines that are crime or police reports, chosen by a keyword rule fixed here (CRIME_WORDS:
a line holding any of them), scored with rules alone, stacked, and stacked with model_vetoes, under
both acronym conventions. It is a proxy: news lines about police and courts, not a crime-news set.
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
from training import orgdata  # noqa: E402


# a held-out ThaiNER line is a crime/police report when it holds one of these (the --crime proxy)
CRIME_WORDS = ("ตำรวจ", "จับกุม", "ผู้ต้องหา", "ผู้ต้องสงสัย", "คดี", "สภ.", "บก.", "ผกก.", "สน.", "ผบก.")


# --breakdown: words right before a false alarm that make it a body named as a place or venue, or a
# meeting of a committee or the cabinet (ThaiNER leaves most of those unmarked)
VENUE_BEFORE = ("ที่", "ณ", "ยัง", "ส่ง", "อาคาร", "ห้องประชุม", "เยือน", "ออกจาก", "หน้า", "ภายใน", "รักษา")
MEETING_BEFORE = ("ประชุม", "ตั้ง", "โดย", "ถก", "สัญจร")
MISS_HEADS = ("กลุ่ม", "ทีม", "เครือข่าย", "วง", "หน่วย", "เครือ", "ค่าย", "มูลนิธิ", "คณะ", "สำนักงาน", "สถานี",
              "พิพิธภัณฑ์", "ด่าน", "โรงสี", "วัด", "บริษัท", "การ", "สภา", "ฝ่าย", "วิทยาเขต", "กอง", "ตำรวจ")


def breakdown_kind(kind: str, text: str, gold: tuple[int, int] | None, pred: dict | None) -> str:
    """The class of one strict error (--breakdown): a miss, a false alarm or a boundary error; the
    classes marked "convention" are ThaiNER's marking conventions rather than wrong readings."""
    if kind == "boundary":
        (gs, ge), ps, pe = gold, pred["start"], pred["end"]
        if ps <= gs and pe >= ge:
            return "boundary: run-on (record longer than the name)"
        if ps >= gs and pe <= ge:
            return "boundary: cut short (record inside the name)"
        return "boundary: shifted"
    if kind == "miss":
        s, e = gold
        g = text[s:e]
        if text[s - 1:s] == "(" and text[e:e + 1] == ")":
            return "miss, convention: the acronym at its definition, (ABC)"
        if any("A" <= c <= "z" for c in g):
            return "miss: Latin-script name"
        if g.startswith(("จังหวัด", "จ.")):
            return "miss, convention: a province named as a body"
        if "." in g:
            return "miss: bare abbreviation"
        if g.startswith(MISS_HEADS):
            return "miss: a head the lexicon lacks or refuses (กลุ่ม, ทีม, เครือข่าย, unit words)"
        return "miss: a name with no head (brand, company, party, bare ministry)"
    before = text[max(0, pred["start"] - 20):pred["start"]].rstrip()
    rule = pred["rule"]
    if before.endswith(VENUE_BEFORE):
        return "false alarm, convention: a body named as a place or venue"
    if before.endswith(MEETING_BEFORE) or pred["text"] in ("คณะรัฐมนตรี", "ครม."):
        return "false alarm, convention: the cabinet or a committee met or set up"
    if rule in ("org.known", "org.known_acronym", "org.known_extended", "org.head_acronym"):
        return "false alarm, convention: a known body left unmarked"
    return "false alarm: other (" + rule + ")"


def strict_errors(gold: list[dict], pred: list[dict]) -> tuple[int, list[tuple[dict, dict]], list[dict], list[dict]]:
    """The strict errors of `pred` against `gold`: (strict hits, boundary errors as (gold, record)
    pairs that overlap once the hits are set aside, misses, false records), each list in order."""
    hit = score.match(gold, pred, True)
    hit_g, hit_p = {i for i, _ in hit}, {j for _, j in hit}
    rest_g = [g for i, g in enumerate(gold) if i not in hit_g]
    rest_p = [p for j, p in enumerate(pred) if j not in hit_p]
    near = score.match(rest_g, rest_p, False)
    near_g, near_p = {i for i, _ in near}, {j for _, j in near}
    return (len(hit), [(rest_g[i], rest_p[j]) for i, j in near],
            [g for i, g in enumerate(rest_g) if i not in near_g], [p for j, p in enumerate(rest_p) if j not in near_p])


def breakdown(acronym_records: bool) -> int:
    """Strict errors of the rules alone (default model=False) on the training part, by class."""
    counts: collections.Counter = collections.Counter()
    names = 0
    for row in orgdata.thainer("train"):
        text = row["text"]
        gold = [dict(kind="organisation", start=s, end=e) for s, e in orgdata.org_spans(row)]
        names += len(gold)
        pred = [r.to_dict() for r in extract_organisations(Document(text), acronym_records=acronym_records, model=False)]
        _, bounds, misses, falses = strict_errors(gold, pred)
        for g, p in bounds:
            counts[breakdown_kind("boundary", text, (g["start"], g["end"]), p)] += 1
        for g in misses:
            counts[breakdown_kind("miss", text, (g["start"], g["end"]), None)] += 1
        for p in falses:
            counts[breakdown_kind("false alarm", text, None, p)] += 1
    tp = names - sum(n for k, n in counts.items() if not k.startswith("false alarm"))
    fp = sum(n for k, n in counts.items() if not k.startswith("miss"))
    fn = names - tp
    print(f"strict errors of the rules on the ThaiNER training part ({names} names, "
          f"{'acronym_records' if acronym_records else 'default'}): {fn} missed or cut, {fp} false or cut")
    for kind, n in sorted(counts.items()):
        print(f"  {n:4d}  {kind}")
    conv_fn = sum(n for k, n in counts.items() if k.startswith("miss, convention"))
    conv_fp = sum(n for k, n in counts.items() if k.startswith("false alarm, convention"))
    f1 = 2 * tp / (2 * tp + fp + fn)
    f1_real = 2 * tp / (2 * tp + fp - conv_fp + fn - conv_fn)
    print(f"strict F1 {f1:.3f}; without the convention classes {f1_real:.3f}")
    return 0


def is_crime(text: str) -> bool:
    """Is this line a crime or police report (the --crime proxy's keyword rule)?"""
    return any(w in text for w in CRIME_WORDS)


def split_thainer(tmp: pathlib.Path) -> dict[str, pathlib.Path]:
    out = {}
    for name, part in (("thainer-train", "train"), ("thainer-heldout", "heldout")):
        path = tmp / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in orgdata.thainer(part):
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


def _score(docs, errors: collections.Counter | None, examples: dict | None,
           totals: collections.Counter | None = None, **options) -> dict:
    tot = collections.Counter()
    for text, gold in docs:
        g_all = [g for g in gold if g["kind"] in ("organisation", "*")]
        core = [g for g in g_all if g.get("core", True)]
        optional = [g for g in g_all if not g.get("core", True)]
        pred = [r.to_dict() for r in extract_organisations(Document(text), **options)]
        for mode in ("strict", "lenient"):
            m = score.match(core, pred, mode == "strict")
            hit = {j for _, j in m}
            rest = [p for j, p in enumerate(pred) if j not in hit]
            opt = {j for _, j in score.match(optional, rest, mode == "strict")}
            tot[mode + "_tp"] += len(m)
            tot[mode + "_fp"] += len(rest) - len(opt)
            tot[mode + "_fn"] += len(core) - len(m)
            if mode == "lenient" and errors is not None:
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
    if totals is not None:
        totals.update(tot)
    out = {}
    for mode in ("strict", "lenient"):
        tp, fp, fn = tot[mode + "_tp"], tot[mode + "_fp"], tot[mode + "_fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[mode] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def evaluate(path: pathlib.Path, errors: collections.Counter | None = None, examples: dict | None = None,
             **options) -> dict:
    """Scores of one gold file (JSONL corpus or document gold) with `extract_organisations` options."""
    return _score(((text, gold) for _, text, gold, *_ in score.load_gold(path)), errors, examples, **options)


def evaluate_rows(rows: list[dict], totals: collections.Counter | None = None, **options) -> dict:
    """Scores of corpus rows ({"text", "entities"}) held in memory; `totals` (if given) gains the
    true/false positive and false negative counts ("strict_tp", ..., "lenient_fn")."""
    docs = [(r["text"], [dict(kind="organisation", start=s, end=e) for s, e in orgdata.org_spans(r)]) for r in rows]
    return _score(docs, None, None, totals, **options)


def speed(n: int) -> None:
    """extract() over the first n thaigov sample documents with the rules alone, with the
    organisation model, and with the model and its vetoes, in the same run: each document all
    three ways in turn, rotating which goes first."""
    import time

    import thai_report_ie

    path = SHARED / "data/thaigov_sample/thaigov_sample.jsonl"
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(n), f)]
    modes = {"rules only": {}, "with model": {"organisation_model": True},
             "model+vetoes": {"organisation_model": True, "organisation_vetoes": True}}
    for opts in modes.values():  # warm up: lexicons, dictionaries, the model file
        thai_report_ie.extract(texts[0], **opts)
    names = list(modes)
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    for k, text in enumerate(texts):
        for name in names[k % 3:] + names[:k % 3]:
            w0, c0 = time.perf_counter(), time.process_time()
            thai_report_ie.extract(text, **modes[name])
            wall[name] += time.perf_counter() - w0
            cpu[name] += time.process_time() - c0
    chars = sum(map(len, texts))
    for name in names:
        print(f"extract() {name:<13} {len(texts)} docs, {chars:,} chars: {wall[name]:.2f} s wall "
              f"({chars / wall[name]:,.0f} chars/s), {cpu[name]:.2f} s CPU")
    base = names[0]
    for name in names[1:]:
        print(f"{name}: {wall[name] / wall[base] - 1:+.1%} wall, {cpu[name] / cpu[base] - 1:+.1%} CPU")


def crime(places: bool = True) -> int:
    """Scores on the crime-news proxy: held-out ThaiNER lines that `is_crime`."""
    rows = [r for r in orgdata.thainer("heldout") if is_crime(r["text"])]
    names = sum(len(orgdata.org_spans(r)) for r in rows)
    print(f"crime-news proxy: {len(rows)} held-out ThaiNER lines with one of {', '.join(CRIME_WORDS)}; {names} names"
          + ("" if places else "; places_as_organisations=False"))
    for acr in (False, True):
        for label, opts in (("rules", {"model": False}), ("stacked", {"model": True}),
                            ("vetoes", {"model": True, "model_vetoes": True})):
            res = evaluate_rows(rows, acronym_records=acr, places_as_organisations=places, **opts)
            cells = "  ".join(f"{m} P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}" for m, (p, r, f) in res.items())
            print(f"{'acronym_records' if acr else 'default':<16}{label:<9}{cells}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=10, help="show the N most frequent error types (training part, last run: rules are written from it, never from the held-out part)")
    ap.add_argument("--write-split", type=pathlib.Path, help="write the two ThaiNER parts as JSONL here")
    ap.add_argument("--acronym-records", action="store_true", help="score with acronym_records=True (ThaiNER's convention)")
    ap.add_argument("--vetoes", action="store_true", help="also score the stacked model with model_vetoes=True")
    ap.add_argument("--no-places", action="store_true",
                    help="score with places_as_organisations=False (ThaiNER leaves most bodies named as a place unmarked)")
    ap.add_argument("--crime", action="store_true", help="only the crime-news proxy: held-out lines with a CRIME_WORDS word")
    ap.add_argument("--breakdown", action="store_true", help="only the strict errors of the rules on the training part, by class")
    ap.add_argument("--speed", type=int, metavar="N", help="only time extract() with and without the model on N thaigov documents")
    args = ap.parse_args()
    if args.speed:
        speed(args.speed)
        return 0
    if args.crime:
        return crime(places=not args.no_places)
    if args.breakdown:
        return breakdown(args.acronym_records)
    runs = [("rules", {"model": False}), ("stacked", {"model": True})]
    if args.vetoes:
        runs.append(("vetoes", {"model": True, "model_vetoes": True}))
    with tempfile.TemporaryDirectory() as tmp:
        where = args.write_split or pathlib.Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        sets = split_thainer(where)
        sets["thai-nner-sample"] = SHARED / "data/thai_nner_sample/dev.jsonl"
        sets["seed"] = SHARED / "gold/seed.json"
        shown: collections.Counter = collections.Counter()
        shown_examples: dict = {}
        for name, path in sets.items():
            for label, opts in runs:
                errs: collections.Counter = collections.Counter()
                exs: dict = {}
                res = evaluate(path, errs, exs, acronym_records=args.acronym_records,
                               places_as_organisations=not args.no_places, **opts)
                if name == "thainer-train" and label == runs[-1][0]:  # examples never from the held-out part
                    shown, shown_examples = errs, exs
                cells = "  ".join(f"{m} P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}" for m, (p, r, f) in res.items())
                print(f"{name:<17}{label:<9}{cells}")
    print(f"\nmost frequent error types on thainer-train ({runs[-1][0]}):")
    for kind, n in shown.most_common(args.errors):
        print(f"  {n:4d}  {kind:<40} e.g. {shown_examples[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
