"""`Report.explain(record)`: why a record or a check is what it is, in plain words.

The rule id and what it means (data/rules.tsv); for quantities, money and ratios the words
that decided the unit, the subject (where reading leftwards stopped, and why) and the
qualifier, each with the lexicon it comes from; for a percentage its relation word; for a
check its arithmetic step by step. The words are found again in the report's text with the
lexicons the report was read with (`Report.lexicons`, set by `Extractor`).
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from .lexicon import Lexicons, activate, lexicon_cache, load_tsv
from .records import Ratio

if TYPE_CHECKING:
    from .document import Document
    from .records import Check, Record, Report

__all__ = ["explain", "rule_meaning"]

SUBJECT_REACH = 40  # tokens looked at before a subject for the word that ended it


@lexicon_cache
def _rules() -> dict[str, str]:
    return {r["rule"]: r["meaning"] for r in load_tsv("rules")}


def rule_meaning(rule: str) -> str:
    """What a rule id means; a longer id not listed takes its longest listed prefix's meaning."""
    rules = _rules()
    parts = rule.split(".")
    for n in range(len(parts), 0, -1):
        got = rules.get(".".join(parts[:n]))
        if got is not None:
            return got if n == len(parts) else f"{got} (variant {rule})"
    return "no description (a rule this version does not document)"


def _origin(lexicons: Lexicons | None, name: str, column: str, word: str) -> str:
    """"your lexicon" when the user's rows hold `word`, else the built-in file."""
    if lexicons is not None and any(r.get(column) == word for r in lexicons.added.get(name, ())):
        return "your lexicon"
    return f"data/{name}.tsv"


def _fmt(x: Any) -> str:
    if isinstance(x, Fraction):
        if x.denominator == 1:
            return str(x.numerator)
        d = Decimal(x.numerator) / Decimal(x.denominator)
        return f"{d:.4f}".rstrip("0").rstrip(".")
    if isinstance(x, Decimal):
        return format(x.normalize(), "f")
    return str(x)


# ------------------------------------------------------------------ records

def _number_end(doc: Document, record: Record) -> int | None:
    """Where the figure of a quantity, money or ratio record ends (its unit follows)."""
    nums = [n for n in doc.numbers_between(record.start, record.end) if n.end <= record.end]
    return nums[-1].end if nums else None


def _unit_lines(doc: Document, record: Record, lex: Lexicons | None) -> list[str]:
    from .extractors.quantities import unit_after

    end = _number_end(doc, record)
    u = unit_after(doc, end) if end is not None else None
    if u is None:
        if getattr(record, "unit", None) is None and record.kind in ("quantity", "ratio"):
            return ["unit: none written after the figure"]
        return []
    what = f"currency {u.code}" if u.kind == "currency" else u.kind
    factor = f", times {_fmt(u.factor)}" if u.factor != 1 else ""
    return [f"unit: {u.word!r} right after the figure: a {what}{factor} in {_origin(lex, 'units', 'word', u.word)}"]


def _subject_lines(doc: Document, record: Record, lex: Lexicons | None) -> list[str]:
    subject = getattr(record, "subject", None)
    if record.kind == "percentage":
        return [f"subject: {subject!r}" if subject else "subject: none"]
    from .linking import subject_before

    found = subject_before(doc, record.start)
    if subject is None:
        return ["subject: none (no noun phrase stands right before the figure)"]
    if found is None or found.text != subject:
        return [f"subject: {subject!r}, shared with the figure before (same unit, nothing between)"]
    stops = {r["word"]: r["role"] for r in load_tsv("subject_words")}
    between = [t.text for t in doc.tokens_after(found.end, 12) if t.end <= record.start and t.text.strip()]
    skipped = [w for w in between if stops.get(w) == "connector"]
    before = [t for t in doc.tokens_before(found.start, SUBJECT_REACH)]
    why = "the start of the text"
    if before:
        t = before[-1]
        if t.kind == "space" or not t.text.strip():
            why = "a space"
        elif t.kind == "number":
            why = f"the number {t.text!r}"
        elif stops.get(t.text) == "stop":
            why = f"the stop word {t.text!r} ({_origin(lex, 'subject_words', 'word', t.text)})"
        elif not any(c.isalpha() for c in t.text):
            why = f"the punctuation {t.text!r}"
        else:
            why = f"{t.text!r} (a stop word, a verb or the previous record)"
    line = f"subject: {subject!r}, read leftwards from the figure; it stops at {why}"
    if skipped:
        line += f"; skipped between it and the figure: {', '.join(map(repr, skipped))}"
    return [line]


def _qualifier_lines(doc: Document, record: Record) -> list[str]:
    q = getattr(record, "qualifier", None)
    if q is None:
        return []
    rows = load_tsv("qualifiers")
    window = doc.view[max(0, record.start - 16):record.start]
    for r in sorted(rows, key=lambda r: -len(r["word"])):
        if r["qualifier"] == q and r["position"] == "before" and window.rstrip().endswith(r["word"]):
            return [f"qualifier: {q}, from {r['word']!r} before the figure (data/qualifiers.tsv)"]
    after = doc.view[record.end:record.end + 16]
    for r in sorted(rows, key=lambda r: -len(r["word"])):
        if r["qualifier"] == q and r["position"] == "after" and after.lstrip().startswith(r["word"]):
            return [f"qualifier: {q}, from {r['word']!r} after the unit (data/qualifiers.tsv)"]
    if q == "more_than" and record.kind in ("quantity", "money"):
        return [f"qualifier: {q}, from a word between the figure and its unit (1,000 กว่าคน)"]
    return [f"qualifier: {q}"]


def _relation_lines(doc: Document, record: Record) -> list[str]:
    rel = getattr(record, "relation", None)
    if record.kind != "percentage" or rel is None:
        return []
    rows = [r for r in load_tsv("percent_words") if r.get("relation") == rel]
    window = doc.view[max(0, record.start - 40):record.start]
    hits = [r["word"] for r in rows if r["word"] and r["word"] in window]
    if hits:
        return [f"relation: {rel}, from {max(hits, key=len)!r} before the figure (data/percent_words.tsv)"]
    return [f"relation: {rel}"]


def _organisation_lines(record: Record, lex: Lexicons | None) -> list[str]:
    out = []
    name, acronym = getattr(record, "name", None), getattr(record, "acronym", None)
    if name and name != record.text:
        out.append(f"name: {name!r} (the text writes {record.text!r})")
    if acronym:
        out.append(f"acronym: {acronym!r}")
    if record.rule.startswith("org.known") and name:
        out.append(f"known name from {_origin(lex, 'org_known', 'name', name)}")
    parent = getattr(record, "parent", None)
    if parent:
        out.append(f"parent: {parent!r} (after ของ / ประจำ / สังกัด)")
    return out


def _explain_record(report: Report, record: Record) -> list[str]:
    from .composed import compose_typed
    from .document import Document

    lex = report.lexicons if isinstance(report.lexicons, Lexicons) else None
    lines = [f"{record.kind} {record.text!r} at {record.start}-{record.end}",
             f"rule {record.rule}: {rule_meaning(record.rule)}"]
    # the words are found again where extract() read them: in the composed text when the report's text has
    # decomposed vowels ("จ\u0e4d\u0e32นวน"), the record's offsets moved there
    composed = compose_typed(report.text)
    doc = Document(report.text if composed is None else composed.text)
    read = record if composed is None else composed.record_in_composed(record)
    if record.kind in ("quantity", "money", "ratio"):
        lines += _unit_lines(doc, read, lex)
    if record.kind in ("quantity", "money", "ratio", "percentage"):
        lines += _subject_lines(doc, read, lex)
    lines += _qualifier_lines(doc, read)
    lines += _relation_lines(doc, read)
    if record.kind == "organisation":
        lines += _organisation_lines(record, lex)
    if isinstance(record, Ratio) and record.computed_percent is not None:
        lines.append(f"computed: {_fmt(record.numerator)} / {_fmt(record.denominator)} × 100 = {_fmt(record.computed_percent)}%")
    return lines


# ------------------------------------------------------------------ checks

def _at(report: Report, span: tuple[int, int]) -> Record | None:
    for r in report.records:
        if (r.start, r.end) == tuple(span):
            return r
    return None


def _value(r: Record | None) -> Any:
    if r is None:
        return None
    return getattr(r, "value", None)


def _sum_steps(report: Report, check: Check) -> list[str]:
    total, *found = [_at(report, s) for s in check.spans]
    parts = [p for p in found if p is not None]
    if total is None or len(parts) < len(found):
        return []
    terms = [_fmt(_value(p)) for p in parts]
    return [f"1. the total: {total.text!r} = {_fmt(_value(total))}",
            *[f"{i}. part: {p.text!r} = {_fmt(_value(p))}" for i, p in enumerate(parts, 2)],
            f"{len(parts) + 2}. add the parts: {' + '.join(terms)} = {_fmt(check.computed)}",
            f"{len(parts) + 3}. compare with the total: {_fmt(check.computed)} "
            + ("=" if check.status == "ok" else "≠") + f" {_fmt(check.stated)}"]


def _ratio_steps(report: Report, check: Check) -> list[str]:
    pct = _at(report, check.spans[0])
    # the ratio itself, not whatever record sorts first at its span
    ratio = next((r for r in report.ratios if (r.start, r.end) == tuple(check.spans[1])), None)
    if ratio is None or pct is None:
        return []
    n, d = ratio.numerator, ratio.denominator
    share = Fraction(n) / Fraction(d) * 100 if d else None
    rel = check.rule.rsplit(".", 1)[-1]
    steps = [f"1. the ratio: {ratio.text!r} = {_fmt(n)} / {_fmt(d)}",
             f"2. as a percent: {_fmt(n)} / {_fmt(d)} × 100 = {_fmt(share)}%"]
    if rel in ("over_target", "increase"):
        steps.append(f"3. {'above target' if rel == 'over_target' else 'increase'}: {_fmt(share)} − 100 = {_fmt(check.computed)}%")
    elif rel in ("under_target", "decrease"):
        steps.append(f"3. {'below target' if rel == 'under_target' else 'decrease'}: 100 − {_fmt(share)} = {_fmt(check.computed)}%")
    else:
        steps.append(f"3. a share of the whole: {_fmt(check.computed)}%")
    steps.append(f"4. the text states {pct.text!r} = {_fmt(check.stated)}%")
    return steps


def _share_steps(report: Report, check: Check) -> list[str]:
    pct, part, whole = (_at(report, s) for s in check.spans[:3])
    if pct is None or part is None or whole is None:
        return []
    return [f"1. the part: {part.text!r} = {_fmt(_value(part))}",
            f"2. the whole: {whole.text!r} = {_fmt(_value(whole))}"
            + (" (assumed: the nearest larger figure before)" if check.rule.endswith(".nearest") else ""),
            f"3. the share: {_fmt(_value(part))} / {_fmt(_value(whole))} × 100 = {_fmt(check.computed)}%",
            f"4. the text states {pct.text!r} = {_fmt(check.stated)}%"]


_VERDICT = {
    "ok": "the arithmetic holds as stated",
    "rounding": "the stated figure is the computed one {method}",
    "mismatch": "the stated figure does not follow from the numbers",
}


def _explain_check(report: Report, check: Check) -> list[str]:
    steps = {"sum": _sum_steps, "ratio_percent": _ratio_steps, "share": _share_steps}.get(check.kind, lambda *_: [])
    lines = [f"check {check.kind}: {check.status}",
             f"rule {check.rule}: {rule_meaning(check.rule)}" if check.rule else "rule: none"]
    got = steps(report, check)
    lines += got or [f"stated {_fmt(check.stated)}, computed {_fmt(check.computed)}"]
    verdict = _VERDICT.get(check.status, check.status).format(method=check.method or "rounded")
    lines.append(f"verdict: {verdict} ({check.message})")
    return lines


def explain(report: Report, item: Record | Check) -> str:
    """Why `item` (a record or check of `report`) is what it is, as lines of text."""
    from .records import Check as _Check

    lex = report.lexicons if isinstance(report.lexicons, Lexicons) else None
    with activate(lex):
        lines = _explain_check(report, item) if isinstance(item, _Check) else _explain_record(report, item)
    return "\n".join(lines)
