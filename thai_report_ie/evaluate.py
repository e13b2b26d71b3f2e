"""`evaluate()`: score the extractor against gold annotations (the project's scorer, in the package).

Gold is read from

* a document gold file (*.json): {"doc": NAME, "records": [...], "checks": [...]}, optionally
  "kinds" (the kinds it annotates) and "skipped" (spans left out on purpose); records are the
  dicts `Report.to_dicts()` gives; the text is NAME next to the gold file, ../seeds/NAME, or the
  .txt file with the gold file's stem (docs/your_data.md);
* a Label Studio JSON export (*.json holding a list of tasks): each task's text and its latest
  annotation's `labels` regions, kinds as labels (see `thai_report_ie.labelstudio`);
* a corpus file (*.jsonl), one {"id", "text", "entities": [{"start", "end", "label"}]} a line,
  with source labels mapped to record kinds by LABELS; only the kinds it annotates are scored.

Matching is one-to-one per kind: "strict" needs identical offsets, "lenient" any overlap. Gold
records with "core": false are optional. Field scores (value, unit, subject, ...) are counted
over lenient matches; "subject~" counts a subject as right when one of gold and prediction
contains the other. A gold range is written value..value_end. Gold checks are found when a
predicted check's spans cover the starts of (two of) the records they involve.

The numbers are those of the project's tools/score.py on the same files.
"""
from __future__ import annotations

import json
import math
import numbers
import pathlib
import time
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Iterable, Iterator, SupportsFloat, cast

if TYPE_CHECKING:
    from .extractor import Extractor

__all__ = ["FIELDS", "LABELS", "GoldError", "evaluate", "format_summary", "load_gold"]

LABELS = {  # corpus label -> record kind
    "ORGANIZATION": "organisation", "ORG": "organisation",
    "PERCENT": "percentage", "percent": "percentage",
    "MONEY": "money", "money": "money",
    "DATE": "date",
    "goverment": "organisation", "org_political": "organisation", "org_edu": "organisation",
    "org_other": "organisation", "orgcorp": "organisation", "org_religious": "organisation",
    "army": "organisation", "media": "organisation", "fund": "organisation",
    "quantity": "quantity",
}
UNSCORED = {"number"}  # the base layer of bare number mentions is not a record kind users score
FIELDS = {
    "quantity": ["value", "unit", "subject", "qualifier", "per", "relation", "role"],
    "ratio": ["numerator", "denominator", "unit", "subject", "stated_percent"],
    "percentage": ["value", "relation", "subject"],
    "money": ["value", "subject", "per", "relation", "role"],
    "date": ["day", "month", "year_ce", "end_day", "end_month", "end_year_ce", "period", "quarter", "half"],
    "organisation": ["acronym"],
}
# gold files written before the contract named these fields
GOLD_ALIASES = {"day_end": "end_day", "month_end": "end_month", "year_be_end": "end_year_be",
                "year_ce_end": "end_year_ce"}


class GoldError(ValueError):
    """A gold file cannot be read; the message names the file and what to fix."""


# ------------------------------------------------------------------ reading gold

def load_gold(path: str | pathlib.Path) -> Iterator[tuple[str, str, list[dict], set[str] | None, list[dict]]]:
    """Yield (doc_id, text, gold_records, scored_kinds or None, gold_checks) for one gold file."""
    path = pathlib.Path(path)
    if path.suffix == ".jsonl":
        yield from _load_corpus(path)
        return
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except json.JSONDecodeError as e:
        raise GoldError(f"{path}:{e.lineno}: not valid JSON ({e.msg})") from None
    from .labelstudio import is_labelstudio_export, tasks_to_gold

    if is_labelstudio_export(gold):
        for doc in tasks_to_gold(gold, source=str(path)):
            yield _document(doc, path, text=doc["text"])
        return
    if not isinstance(gold, dict) or "records" not in gold or "doc" not in gold:
        raise GoldError(f"{path}: a gold file holds {{\"doc\": NAME, \"records\": [...]}} or a Label Studio "
                        "JSON export (a list of tasks); see docs/your_data.md")
    yield _document(gold, path)


def _load_corpus(path: pathlib.Path):
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    # a corpus is scored only on the kinds its labels cover
    kinds = {LABELS[e["label"]] for row in rows for e in row["entities"] if e["label"] in LABELS}
    for row in rows:
        recs = [dict(kind=LABELS[e["label"]], start=e["start"], end=e["end"], text=e.get("text"))
                for e in row["entities"] if e["label"] in LABELS]
        yield row["id"], row["text"], recs, kinds, []


def _document(gold: dict, path: pathlib.Path, text: str | None = None):
    for r in gold["records"]:
        for old, new in GOLD_ALIASES.items():
            if old in r:
                r[new] = r.pop(old)
    name = gold["doc"]
    if text is None:
        text = _gold_text(name, path)
    # spans the annotator deliberately left out (numbers inside names, enumerators, ...) are
    # "don't care": a prediction that overlaps one is neither right nor wrong
    skipped = [dict(kind="*", start=k["start"], end=k["end"], core=False) for k in gold.get("skipped", [])]
    # a document gold may say which kinds it annotates ("kinds"); by default every kind it holds
    kinds = set(gold["kinds"]) if "kinds" in gold else None
    return name, text, gold["records"] + skipped, kinds, gold.get("checks", [])


def _gold_text(name: str, path: pathlib.Path) -> str:
    for cand in (path.parent / name, path.parent.parent / "seeds" / name, path.with_suffix(".txt")):
        if cand.exists():
            return cand.read_text(encoding="utf-8")
    raise GoldError(f"{path}: cannot find the text {name} (looked next to the gold file, in ../seeds/ "
                    f"and for {path.with_suffix('.txt').name}); put the text there")


# ------------------------------------------------------------------ comparing

def same(field: str, g: Any, p: Any) -> bool:
    if g is None and p in (None, ""):
        return True
    if isinstance(g, numbers.Number) and not isinstance(p, bool) and isinstance(p, numbers.Number):
        # int, float, Decimal, Fraction: numbers.Number has no __float__ in the stubs
        return math.isclose(float(cast(SupportsFloat, g)), float(cast(SupportsFloat, p)), rel_tol=1e-9, abs_tol=1e-9)
    if field in ("subject", "subject~") and isinstance(g, str) and isinstance(p, str):
        g, p = g.strip(), p.strip()
        # "subject~" is the partial score: one names the other (CQE's "partial concept")
        return g == p if field == "subject" else bool(g and p) and (g in p or p in g)
    return g == p


def same_field(field: str, g: dict, p: dict) -> bool:
    """A gold range is written value..value_end; the contract gives `range: [low, high]` and
    `value: null`. Either spelling of the range counts."""
    if field == "value" and g.get("value_end") is not None:
        rng = p.get("range") or (p.get("value"), p.get("value_end"))
        return rng is not None and len(rng) == 2 and same(field, g["value"], rng[0]) \
            and same(field, g["value_end"], rng[1])
    return same(field, g[field], p.get(field))


def overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(gold: list[dict], pred: list[dict], strict: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best overlap first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if strict and (g["start"], g["end"]) != (p["start"], p["end"]):
                continue
            if not overlap(g, p):
                continue
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            pairs.append((-ov, i, j))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def score_checks(gold_checks: list[dict], report: Any, tot: dict, errors: dict, doc_id: str) -> None:
    """A gold check is found when one predicted check's spans cover the starts of at least two of
    the records it involves (one, when it names only one); its verdict agrees when gold `holds`
    (default true) matches a predicted status of ok/rounding (true) or mismatch (false)."""
    pred = [c.to_dict() if hasattr(c, "to_dict") else dict(c) for c in getattr(report, "checks", ())]
    for c in gold_checks:
        starts: list[int] = []
        for k, v in c.items():
            if k.endswith("_start"):
                starts += v if isinstance(v, list) else [v]
        need = 2 if len(starts) >= 2 else 1
        holds = c.get("holds", True)
        t = tot[c["kind"]]
        t["gold"] += 1
        t["wrong"] += not holds

        def cover(p: dict) -> int:
            return sum(any(s <= x < e for s, e in (p.get("spans") or [])) for x in starts)
        best = max(pred, key=cover, default=None)
        if best is not None and cover(best) >= need:
            t["found"] += 1
            ok = (best.get("status") in ("ok", "rounding")) == holds
            t["agree"] += ok
            t["flagged"] += (not holds) and best.get("status") == "mismatch"
            if not ok:
                errors["check"].append(f"{doc_id}: {c['kind']} verdict {best.get('status')} but gold holds={holds}: {best.get('message')}")
        else:
            what = c.get("total") or c.get("quantity") or c.get("percent") or c.get("achieved") or c.get("value") or ""
            errors["check"].append(f"{doc_id}: missed {c['kind']} check on {what!r}" + (f" ({c['note']})" if c.get("note") else ""))


def _score_kind(t: dict, errors: list[str], doc_id: str, text: str, kind: str, gold: list[dict], pred: list[dict]) -> None:
    g_all = [g for g in gold if g["kind"] in (kind, "*")]
    p_all = [p for p in pred if p.get("kind") == kind]
    core = [g for g in g_all if g.get("core", True)]
    optional = [g for g in g_all if not g.get("core", True)]
    for mode in ("strict", "lenient"):
        m = match(core, p_all, mode == "strict")
        hit_p = {j for _, j in m}
        # predictions that only match optional gold are not false alarms
        rest = [p for j, p in enumerate(p_all) if j not in hit_p]
        opt = {j for _, j in match(optional, rest, mode == "strict")}
        t[f"{mode}_tp"] += len(m)
        t[f"{mode}_fp"] += len(rest) - len(opt)
        t[f"{mode}_fn"] += len(core) - len(m)
        if mode != "lenient":
            continue
        for i, j in m:
            g, p = core[i], p_all[j]
            for f in FIELDS.get(kind, []):
                if f not in g:
                    continue
                t[f"field_{f}_n"] += 1
                t[f"field_{f}_ok"] += same_field(f, g, p)
                if f == "subject":
                    t["field_subject~_n"] += 1
                    t["field_subject~_ok"] += same("subject~", g[f], p.get(f))
                if not same_field(f, g, p):
                    errors.append(f"{doc_id}: field {f}: gold {g[f]!r} got {p.get(f)!r} in {text[g['start']:g['end']]!r}")
        for i in sorted(set(range(len(core))) - {i for i, _ in m}):
            g = core[i]
            errors.append(f"{doc_id}: missed {text[g['start']:g['end']]!r} at {g['start']}")
        for j, p in enumerate(rest):
            if j not in opt:
                errors.append(f"{doc_id}: false alarm {text[p['start']:p['end']]!r} at {p['start']}")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(gold_paths: str | pathlib.Path | Iterable[str | pathlib.Path], extractor: Extractor | None = None, *,
             kinds: Iterable[str] | None = None, errors: int = 0) -> dict[str, Any]:
    """Score `extractor` (default: `extract`) against gold files; the summary of tools/score.py --json.

    Returns {"docs", "chars", "seconds", "kinds": {kind: {"strict": {p, r, f1, tp, fp, fn},
    "lenient": {...}, "fields": {field: accuracy}}}, "checks": {...} (when gold has checks),
    "bad_offsets"}. `kinds` limits the kinds scored; `errors=N` adds "errors": up to N misses,
    false alarms and wrong fields per kind.
    """
    if isinstance(gold_paths, (str, pathlib.Path)):
        gold_paths = [gold_paths]
    if extractor is None:
        from .extract import extract as run
    else:
        run = extractor.extract
    want = set(kinds) if kinds else None
    tot: dict = defaultdict(lambda: defaultdict(int))
    checks_tot: dict = defaultdict(lambda: defaultdict(int))
    errs: dict[str, list[str]] = defaultdict(list)
    t0 = time.perf_counter()
    nchars = ndocs = 0
    for path in map(pathlib.Path, gold_paths):
        for doc_id, text, gold, doc_kinds, gold_checks in load_gold(path):
            ndocs += 1
            nchars += len(text)
            report = run(text)
            pred = [dict(r) for r in report.to_dicts()]
            score_checks(gold_checks, report, checks_tot, errs, doc_id)
            pred = [r for r in pred if r.get("kind") not in UNSCORED]
            if path.suffix != ".jsonl":  # document gold marks calendar dates only; a relative one is not scored
                pred = [r for r in pred if not (r.get("kind") == "date" and r.get("relative"))]
            for r in pred:
                s, e = r["start"], r["end"]
                if not (0 <= s < e <= len(text)) or ("text" in r and text[s:e] != r["text"]):
                    tot["_contract"]["bad_offsets"] += 1
            scored = doc_kinds or ({g["kind"] for g in gold if g["kind"] != "*"} | {p["kind"] for p in pred})
            if want:
                scored &= want
            for kind in scored:
                _score_kind(tot[kind], errs[kind], doc_id, text, kind, gold, pred)
    return _summary(tot, checks_tot, errs, ndocs, nchars, time.perf_counter() - t0, errors)


def _summary(tot: dict, checks_tot: dict, errs: dict, ndocs: int, nchars: int, secs: float, errors: int) -> dict[str, Any]:
    summary: dict[str, Any] = {"docs": ndocs, "chars": nchars, "seconds": round(secs, 3), "kinds": {}}
    for kind in sorted(k for k in tot if not k.startswith("_")):
        t = tot[kind]
        row: dict[str, Any] = {}
        for mode in ("strict", "lenient"):
            tp, fp, fn = t[f"{mode}_tp"], t[f"{mode}_fp"], t[f"{mode}_fn"]
            p, r, f = _prf(tp, fp, fn)
            row[mode] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}
        row["fields"] = {f[6:-3]: round(t[f] / t[f"field_{f[6:-3]}_n"], 4) for f in list(t)
                         if f.startswith("field_") and f.endswith("_ok") and t[f"field_{f[6:-3]}_n"]}
        summary["kinds"][kind] = row
    if checks_tot:
        c = checks_tot.values()
        summary["checks"] = {"gold": sum(x["gold"] for x in c), "found": sum(x["found"] for x in c),
                             "agree": sum(x["agree"] for x in c), "wrong": sum(x["wrong"] for x in c),
                             "flagged": sum(x["flagged"] for x in c),
                             "by_kind": {k: dict(x) for k, x in checks_tot.items()}}
    summary["bad_offsets"] = tot["_contract"]["bad_offsets"]
    if errors:
        summary["errors"] = {k: v[:errors] for k, v in sorted(errs.items()) if v}
    return summary


def format_summary(summary: dict[str, Any]) -> str:
    """The summary as tools/score.py prints it: one line a kind, checks, totals, then errors."""
    lines = [f"{'kind':<13}{'gold':>6}{'pred':>6}  {'strict P/R/F1':<20}{'lenient P/R/F1':<20}fields"]
    for kind, row in summary["kinds"].items():
        cells = [f"{row[m]['p']:.2f}/{row[m]['r']:.2f}/{row[m]['f1']:.2f}" for m in ("strict", "lenient")]
        le = row["lenient"]
        gold_n, pred_n = le["tp"] + le["fn"], le["tp"] + le["fp"]
        lines.append(f"{kind:<13}{gold_n:>6}{pred_n:>6}  {cells[0]:<20}{cells[1]:<20}"
                     + " ".join(f"{k}={v:.2f}" for k, v in row["fields"].items()))
    ch = summary.get("checks")
    if ch:
        per = " ".join(f"{k} {c['found']}/{c['gold']}" for k, c in sorted(ch["by_kind"].items()))
        lines.append(f"checks: found {ch['found']}/{ch['gold']} ({per}); verdict agrees {ch['agree']}/{ch['found']}; "
                     f"wrong statements flagged {ch['flagged']}/{ch['wrong']}")
    secs = summary["seconds"]
    lines.append(f"{summary['docs']} docs, {summary['chars']} chars, {secs:.2f} s "
                 f"({summary['chars'] / max(secs, 1e-9):,.0f} chars/s); records with bad offsets: {summary['bad_offsets']}")
    for kind, errs in summary.get("errors", {}).items():
        lines += [f"  [{kind}] {e}" for e in errs]
    return "\n".join(lines)
