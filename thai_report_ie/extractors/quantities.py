"""Quantities and money: a number followed by a classifier, unit or currency.

"มีสมาชิกพรรคการเมือง 1,549 ราย" → Quantity(1549, unit="ราย", subject="สมาชิกพรรคการเมือง");
"งบประมาณ 1.5 ล้านบาท" → Money(1500000, "THB"). Ranges ("10-20 คน", "5 ถึง 10 ราย") keep
`value` empty and give `range`; a wrong single value would be worse than none.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import regex

from ..document import Document
from ..exact import exact_context
from ..lexicon import alternation, grammar_re, lexicon_cache, load_tsv, words
from ..numerals import is_bare_multiplier
from ..linking import label_before, qualifier_after, qualifier_before, subject_before
from ..records import Money, Quantity, Record

__all__ = ["UnitMatch", "extract_quantities", "unit_after"]

_COUNTABLE_FORMS = ("number", "words", "range")


class UnitMatch(NamedTuple):
    word: str
    kind: str  # classifier, measure, time, currency
    code: str | None
    factor: Decimal
    start: int
    end: int
    more_than: bool  # "1,000 กว่าคน"


@lexicon_cache
def _units() -> tuple[dict[str, dict[str, str]], tuple[int, ...], regex.Pattern]:
    table = {r["word"]: r for r in load_tsv("units")}
    return table, tuple(sorted({len(w) for w in table}, reverse=True)), regex.compile(alternation(table))


@lexicon_cache
def _gap_re() -> regex.Pattern:
    return regex.compile(rf"[ ]?(?P<kwa>{grammar_re('more_than_infix')})?[ ]?")


def unit_after(doc: Document, pos: int) -> UnitMatch | None:
    """The longest unit word right after `pos` (one optional space) that ends on a token boundary."""
    table, lengths, unit_re = _units()
    gap = _gap_re().match(doc.view, pos)
    p = gap.end() if gap else pos
    more_than = bool(gap and gap["kwa"])
    if more_than and not doc.is_boundary(p - (1 if doc.view[p - 1:p] == " " else 0)):
        return None
    if not unit_re.match(doc.view, p):  # the common case: no unit at all, one regex step
        return None
    for n in lengths:
        w = doc.view[p:p + n]
        row = table.get(w) if len(w) == n else None
        if row and (doc.is_boundary(p + n) or not doc.view[p + n:p + n + 1].isalpha()):
            if not doc.is_boundary(p):
                continue
            return UnitMatch(w, row["kind"], row["code"] or None, Decimal(row["factor"] or "1"), p, p + n, more_than)
    return None


@lexicon_cache
def _ordinal_re() -> regex.Pattern:
    return regex.compile(rf"(?:{grammar_re('ordinal_marker')})[ ]?")


def _ordinal_after(doc: Document, pos: int) -> bool:
    """ "ครั้งที่ 22" right after the unit: the classifier is an ordinal's, not a count's."""
    m = _ordinal_re().match(doc.view, pos)
    if not m:
        return False
    return bool(doc.numbers_between(m.end(), m.end() + 1))


def _exact(value, factor: Decimal):
    if factor == 1:
        return value
    if isinstance(value, Fraction):  # สองในสามล้านบาท: stays an exact fraction
        v = value * Fraction(factor)
        return v.numerator if v.denominator == 1 else v
    with exact_context():  # a 30-digit figure times ล้านบาท: exact, never rounded
        v = Decimal(value) * factor if not isinstance(value, Decimal) else value * factor
        return int(v) if v == v.to_integral_value() else v.normalize()


@lexicon_cache
def _range_res() -> tuple[regex.Pattern, regex.Pattern]:
    return (regex.compile(rf"[ ]?(?:{grammar_re('range_join')})[ ]?"),
            regex.compile(rf"(?:{grammar_re('range_open')})[ ]?$"))



def extract_quantities(doc: Document) -> list[Record]:
    """Quantity and Money records, in text order."""
    out: list[Record] = []
    mentions = doc.numbers
    prev_end = 0
    last: Quantity | Money | None = None
    skip_until = -1
    for k, m in enumerate(mentions):
        if m.start < skip_until:
            continue
        if label_before(doc, m.start):
            continue  # a label (ชั้น 3, โควิด-19) is part of a noun phrase, which a subject may hold
        if m.form not in _COUNTABLE_FORMS:
            prev_end = max(prev_end, m.end)
            continue
        low_high = m.values if m.form == "range" else None
        end = m.end
        # "5 ถึง 10 ราย": two numbers joined by ถึง
        if m.form != "range" and k + 1 < len(mentions):
            nxt = mentions[k + 1]
            range_word, range_open = _range_res()
            g = range_word.match(doc.view, m.end)
            # "ถึง" makes a range only after ระหว่าง/ตั้งแต่/จาก: alone it means "as many as"
            opened = "-" in g.group() if g else False
            opened = opened or bool(range_open.search(doc.view, max(0, m.start - 10), m.start))
            if g and opened and g.end() == nxt.start and nxt.form in ("number", "words") and nxt.value is not None \
                    and m.value is not None and m.value < nxt.value:
                low_high, end = (m.value, nxt.value), nxt.end
        unit = unit_after(doc, end)
        if unit is not None and _ordinal_after(doc, unit.end):
            prev_end = max(prev_end, unit.end)  # "Money Expo 2022 ครั้งที่ 22": 2022 counts nothing
            continue
        if unit is None:
            money = _implicit_money(doc, m, prev_end)
            if money is not None:
                out.append(money)
                last = money
            prev_end = max(prev_end, m.end)
            continue
        if unit.kind == "currency" and is_bare_multiplier(m):
            prev_end = max(prev_end, unit.end)
            continue  # "(ล้านบาท)", "ร้อยละ / ล้านบาท": a unit's name in a heading, no amount
        if _section_number(doc, m, unit):
            prev_end = max(prev_end, m.end)
            continue  # "2.3 คนทุกวัย" opening a line: a heading's number, no count
        skip_until = unit.end
        qualifier = "more_than" if unit.more_than else qualifier_before(doc, m.start)
        if qualifier is None:
            qualifier, _ = qualifier_after(doc, unit.end)
        subject = subject_before(doc, m.start, left_limit=prev_end)
        span_text = doc.text[m.start:unit.end]
        value = None if low_high else _exact(m.value, unit.factor)
        rng = tuple(_exact(v, unit.factor) for v in low_high) if low_high else None
        if subject is None and isinstance(last, Quantity) and last.unit == unit.word \
                and not doc.view[last.end:m.start].strip():
            subject_text = last.subject  # a list sharing one subject: 2,388 ราย ... 97 ราย
        else:
            subject_text = subject.text if subject else None
        rule = ("qty.range" if rng else "qty.number") + ("" if m.form != "words" else ".words")
        if m.rule == "num.rai_ngan_wah":
            rule = "qty.rai_ngan_wah"  # 12-2-40 ไร่: one area, in ไร่
        if unit.kind == "currency":
            rec: Quantity | Money = Money(span_text, m.start, unit.end, value=value, currency=unit.code,
                                          subject=subject_text, qualifier=qualifier, range=rng,
                                          rule=rule.replace("qty", "money"))
        else:
            rec = Quantity(span_text, m.start, unit.end, value=value, unit=unit.word, subject=subject_text,
                           qualifier=qualifier, range=rng, rule=rule)
        out.append(rec)
        last = rec
        prev_end = unit.end
    return out



def _section_number(doc: Document, m, unit: UnitMatch) -> bool:
    """ "5.1 รายการ...", "2.3 คนทุกวัย": a decimal before a classifier, first on its line, numbers a
    section; a count of things is whole, and an average (2.3 คน ต่อครัวเรือน) stands inside a line."""
    if unit.kind != "classifier" or m.form != "number" or "." not in m.text:
        return False
    line_start = doc.view.rfind("\n", 0, m.start) + 1
    return not doc.view[line_start:m.start].strip()


IMPLICIT_MONEY_WINDOW = 30  # characters before the figure searched for a money word
IMPLICIT_MONEY_MIN = 100_000  # only large figures written with a multiplier: "2.5 ล้าน"


@lexicon_cache
def _money_context_re() -> regex.Pattern:
    return regex.compile(alternation(words("money_context")))


def _implicit_money(doc: Document, m, prev_end: int) -> Money | None:
    """ "ขายได้ 2 ล้าน": a multiplied figure with no unit, after a money word → Money, currency unknown."""
    if m.form != "number" or not m.rule.endswith(".mult") or m.value is None or m.value < IMPLICIT_MONEY_MIN:
        return None
    nxt = doc.view[m.end:m.end + 1]
    if nxt and nxt.isalpha() and not doc.is_boundary(m.end):
        return None
    lo = max(prev_end, m.start - IMPLICIT_MONEY_WINDOW)
    if "\n" in doc.text[lo:m.start] or not _money_context_re().search(doc.view, lo, m.start):
        return None
    subject = subject_before(doc, m.start, left_limit=prev_end)
    return Money(m.text, m.start, m.end, value=m.value, currency=None,
                 subject=subject.text if subject else None, qualifier=qualifier_before(doc, m.start),
                 rule="money.implicit")
