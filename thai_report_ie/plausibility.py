"""Plausibility flags: records the text states that cannot be right as read.

A flag is a `Check` of kind "implausible" and status "implausible", with the record's span, the
value as read (`stated`) and a message saying why; the record itself is left as the text says
it (never a silent correction). `Report.mismatches` keeps meaning arithmetic mismatches only;
`Report.checks` holds the flags, `[c for c in report.checks if c.kind == "implausible"]`.

Rules (`rule` of the check):

* `plausibility.people_count`: a count of people or cases (units in data/plausibility.tsv) above
  its limit (10^12): "1 ล้านล้านล้านคน".
* `plausibility.double_multiplier`: such a count written in full digits of a hundred thousand or
  more and then multiplied again by a multiplier word: "66,000,000 ล้านคน" (the ล้าน written
  twice). A place word below ล้าน after a figure of a thousand or more ("700,000 แสนราย") gives
  no number at all (`numerals`, rule num.digits.place_after_thousands): restated or multiplied, the
  text does not say.
* `plausibility.money_amount`: a sum of money above `MONEY_LIMIT` in its currency (10^15; the
  world's yearly output is about 3.6 x 10^15 baht): "3,185,000,000" in a table headed "หน่วย :
  ล้านบาท" (a cell written in baht, or a typing slip, under a millions header).
* `plausibility.year_unmarked_ce`: a year with no era word read as a CE year after `LATEST_CE`:
  "ปี 2150" is read as CE 2150, but in a Thai text an unmarked 2150 is more likely BE 2150
  (CE 1607).
* `plausibility.year_before_thai_era`: a year whose CE reading falls before `EARLIEST_CE` (a
  Buddhist-era year converted to a CE year before the calendar was in Thai official use).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .document import Document
from .lexicon import lexicon_cache, load_tsv, words
from .normalize import normalise
from .records import Check, DateMention, Money, Quantity

__all__ = ["EARLIEST_CE", "LATEST_CE", "find_implausible"]

LATEST_CE = 2100
"""An unmarked year read as CE after this is flagged (a Thai text's bare 2150 is BE 2150)."""

EARLIEST_CE = 1500
"""A year whose CE reading is before this is flagged."""

DOUBLE_MULTIPLIER_FROM = 10**5
"""A count of people written in full digits from this up and multiplied again by a multiplier word is flagged: "66,000,000
ล้านคน", "700,000 แสนราย" (the multiplier written twice; Thai writes "7 แสน" or "700,000", not both)."""

MONEY_LIMIT = 10**15
"""A sum of money above this (in its own currency) is flagged: no report's sum is that large."""

_FULL_DIGITS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")


@lexicon_cache
def _limits() -> dict[str, tuple[str, int]]:
    return {r["word"]: (r["check"], int(r["limit"])) for r in load_tsv("plausibility")}


@lexicon_cache
def _era_words() -> tuple[str, ...]:
    """Era words (พ.ศ., ค.ศ., ...): a year written with one is not unmarked."""
    return tuple(w for r in ("be", "ce") for w in words("date_words", role="year_prefix", value=r))


def _show(value) -> str:
    return f"{value:,}" if isinstance(value, (int, Decimal)) else str(value)


def _flag(record, rule: str, stated, message: str) -> Check:
    return Check(kind="implausible", status="implausible", stated=stated, computed=None,
                 spans=((record.start, record.end),), message=message, rule=f"plausibility.{rule}")


def _written_digits(doc: Document, q: Quantity) -> int | None:
    """The figure as written in digits at the start of the quantity (before any multiplier word)."""
    m = _FULL_DIGITS.match(doc.view, q.start)
    return int(m.group().replace(",", "")) if m else None


def _quantity_flags(doc: Document, quantities: Sequence[Quantity]) -> list[Check]:
    limits = _limits()
    out: list[Check] = []
    for q in quantities:
        if q.unit not in limits or q.value is None:
            continue
        _check, limit = limits[q.unit]
        written = _written_digits(doc, q)
        if written is not None and written >= DOUBLE_MULTIPLIER_FROM and q.value > written:
            out.append(_flag(q, "double_multiplier", q.value,
                             f"{q.text!r} is {_show(q.value)} {q.unit}: a figure already in the hundreds of "
                             "thousands multiplied again by a multiplier word (written twice?)"))
        elif not -limit <= q.value <= limit:  # |value| > limit, for an int, Decimal or Fraction alike
            out.append(_flag(q, "people_count", q.value,
                             f"{q.text!r} is {_show(q.value)} {q.unit}, more than {limit:,}: no count of "
                             "people or cases is that large"))
    return out


def _money_flags(money: Sequence[Money]) -> list[Check]:
    out: list[Check] = []
    for m in money:
        for v in (m.value, *(m.range or ())):
            if v is not None and not -MONEY_LIMIT <= v <= MONEY_LIMIT:  # |v| > the limit; Decimal(Fraction) raises
                out.append(_flag(m, "money_amount", v,
                                 f"{m.text!r} is read as {_show(v)} {m.currency or ''}, more than "
                                 f"{MONEY_LIMIT:,}: no sum in a report is that large (a multiplier, "
                                 "in the text or a table's unit header, applied to a figure already in full?)"))
                break
    return out


def _date_flags(dates: Sequence[DateMention]) -> list[Check]:
    out: list[Check] = []
    eras = _era_words()
    for d in dates:
        for ce, be in ((d.year_ce, d.year_be), (d.end_year_ce, d.end_year_be)):
            if ce is None:
                continue
            if ce < EARLIEST_CE:
                out.append(_flag(d, "year_before_thai_era", ce,
                                 f"{d.text!r} is read as CE {ce} (BE {be}), before CE {EARLIEST_CE}: "
                                 "check the era of this year"))
                break
            if ce > LATEST_CE and str(ce) in normalise(d.text) and not any(e in d.text for e in eras):
                out.append(_flag(d, "year_unmarked_ce", ce,
                                 f"{d.text!r} has no era and is read as CE {ce}; an unmarked year this "
                                 f"high in a Thai text is more likely BE {ce} (CE {ce - 543})"))
                break
    return out


def find_implausible(doc: Document, *, quantities: Sequence[Quantity] = (),
                     dates: Sequence[DateMention] = (), money: Sequence[Money] = ()) -> list[Check]:
    """Flags (checks of kind "implausible") on records stated in the text that cannot be right as read.

    >>> from thai_report_ie import extract
    >>> [(c.rule, c.stated) for c in extract("ประชากร 66,000,000 ล้านคน").checks]
    [('plausibility.double_multiplier', 66000000000000)]
    """
    return _quantity_flags(doc, quantities) + _money_flags(money) + _date_flags(dates)
