"""`extract()`: one pass from text to a `Report`.

Extractors are registered by record kind and each reads the shared `Document`. Where two
kinds claim the same characters the more specific one wins (date > percentage > ratio >
money/quantity > organisation/person stay independent). Linking and checks run last, since
they read across kinds.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from .checks import find_checks
from .document import Document
from .errors import require_str
from .extractors.dates import extract_dates
from .extractors.organisations import extract_organisations
from .extractors.percentages import extract_percentages
from .extractors.persons import extract_persons
from .extractors.quantities import extract_quantities
from .extractors.ratios import extract_ratios
from .linking import link_stated_percents
from .plausibility import find_implausible
from .records import DateMention, Money, Percentage, Quantity, Ratio, Record, Report

__all__ = ["EXTRACTORS", "MAX_CHARS", "extract"]

MAX_CHARS = 50_000_000
"""Texts longer than this are refused: split them into documents first."""

# order is priority: an earlier extractor's spans win over a later one's
EXTRACTORS: dict[str, Callable[[Document], list[Record]]] = {
    "dates": extract_dates,
    "percentages": extract_percentages,
    "ratios": extract_ratios,
    "quantities": extract_quantities,
}
INDEPENDENT: dict[str, Callable[[Document], list[Record]]] = {
    "organisations": extract_organisations,
    "persons": extract_persons,
}


def _claim(records: list[Record], taken: bytearray) -> list[Record]:
    """Records that overlap no character already taken; marks theirs as taken.

    `taken` holds one byte a character of the text, so a claim costs the record's length,
    whatever the number of records (a pairwise test is quadratic on long reports)."""
    out = [r for r in records if taken.find(1, r.start, r.end) == -1]
    for r in out:
        taken[r.start:r.end] = b"\x01" * (r.end - r.start)
    return out


def extract(text: str) -> Report:
    """Read one Thai text and return every record found in it, with checks.

    >>> report = extract("รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%")
    >>> r = report.ratios[0]
    >>> r.numerator, r.denominator, r.unit, r.subject, r.stated_percent
    (103, 80, 'ราย', 'สมาชิกพรรคใหม่', Decimal('28.75'))
    >>> report.checks[0].status
    'ok'
    """
    require_str("extract", text)
    if len(text) > MAX_CHARS:
        raise ValueError(f"extract() reads at most {MAX_CHARS:,} characters, got {len(text):,}: split the text")
    doc = Document(text)
    taken = bytearray(len(text))
    claimed: list[Record] = []
    for fn in EXTRACTORS.values():
        claimed += _claim(fn(doc), taken)
    by_type = lambda cls: [r for r in claimed if type(r) is cls]  # noqa: E731
    quantities, money = by_type(Quantity), by_type(Money)
    ratios, percentages = by_type(Ratio), by_type(Percentage)
    linked = link_stated_percents(doc, ratios, percentages)
    ratios = [dataclasses.replace(r, stated_percent=linked[r.start].value) if r.start in linked else r
              for r in ratios]
    checks = find_checks(doc, quantities=quantities, money=money, ratios=ratios,
                         percentages=percentages, linked=linked)
    checks = [*checks, *find_implausible(doc, quantities=quantities, dates=by_type(DateMention))]
    independent = {name: tuple(fn(doc)) for name, fn in INDEPENDENT.items()}
    return Report(
        text=text,
        numbers=tuple(doc.numbers),
        quantities=tuple(quantities),
        money=tuple(money),
        percentages=tuple(percentages),
        ratios=tuple(ratios),
        dates=tuple(by_type(DateMention)),
        checks=tuple(checks),
        **independent,
    )
