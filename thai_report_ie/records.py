"""Records: the frozen, typed results of extraction, and the `Report` that holds them.

Every record carries `start`/`end` into the ORIGINAL text (Python `str` indices, end
exclusive) and `text == original[start:end]`. Numbers stay exact (`int`, `Decimal`,
`Fraction`) inside Python and become plain JSON numbers only in `to_dict()`.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter
from typing import Any, ClassVar, Iterator, NamedTuple, Union

Number = Union[int, Decimal, Fraction]

__all__ = [
    "Check",
    "DateMention",
    "Money",
    "Number",
    "NumberMention",
    "Organisation",
    "Percentage",
    "Person",
    "Quantity",
    "Ratio",
    "Record",
    "Report",
    "Token",
    "json_number",
    "leftmost_longest",
]


def json_number(value: Any) -> Any:
    """Turn an exact number into a plain JSON number (int when integral)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, (Decimal, Fraction)):
        if value == int(value):
            return int(value)
        return float(value)
    if isinstance(value, (list, tuple)):
        return [json_number(v) for v in value]
    return value


_BY_START, _BY_END = attrgetter("start"), attrgetter("end")


def leftmost_longest(records: list) -> list:
    """Records without overlaps: in text order, the earliest (then the longest) of a clash wins."""
    kept: list = []
    # the order of key (start, -end), in two stable sorts with C-level keys (no Python frame a record; s38)
    ordered = sorted(records, key=_BY_END, reverse=True)
    ordered.sort(key=_BY_START)
    for r in ordered:
        if not kept or r.start >= kept[-1].end:
            kept.append(r)
    return kept


class Token(NamedTuple):
    """A token of the original text; `kind` says what protected it ("word", "number", ...).

    A named tuple, not a dataclass: a text has one token every few characters, and tuples
    are several times cheaper to make.
    """

    text: str
    start: int
    end: int
    kind: str = "word"


@dataclass(frozen=True, slots=True)
class Record:
    """Base of every extracted record: a span of the original text and the rule that made it."""

    kind: ClassVar[str] = "record"
    text: str
    start: int
    end: int
    rule: str = field(default="", kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for f in dataclasses.fields(self):
            out[f.name] = json_number(getattr(self, f.name))
        return out


@dataclass(frozen=True, slots=True)
class NumberMention(Record):
    """A number as written in running text.

    `form` says what the expression is: "number", "words", "fraction", "percent", "ratio",
    "range", "date", "time", "code". `value` is the number for "number"/"words"/"fraction"/
    "percent"; `values` holds both sides of ratios, ranges and numeric dates.
    """

    kind: ClassVar[str] = "number"
    value: Number | None = None
    form: str = "number"
    values: tuple[Number, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    kind: ClassVar[str] = "quantity"
    value: Number | None = 0  # None for a range: its bounds are in `range`
    unit: str | None = None
    subject: str | None = None
    qualifier: str | None = None
    range: tuple[Number, Number] | None = None
    per: str | None = None
    relation: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Money(Record):
    kind: ClassVar[str] = "money"
    value: Number | None = 0  # None for a range: its bounds are in `range`
    currency: str | None = None
    subject: str | None = None
    qualifier: str | None = None
    range: tuple[Number, Number] | None = None
    per: str | None = None
    relation: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Percentage(Record):
    kind: ClassVar[str] = "percentage"
    value: Number | None = 0  # None for a range: its bounds are in `range`
    relation: str | None = None
    subject: str | None = None
    range: tuple[Number, Number] | None = None
    per: str | None = None


@dataclass(frozen=True, slots=True)
class Ratio(Record):
    kind: ClassVar[str] = "ratio"
    numerator: Number = 0
    denominator: Number = 1
    unit: str | None = None
    subject: str | None = None
    stated_percent: Number | None = None
    computed_percent: Number | None = None
    denominator_unit: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention(Record):
    kind: ClassVar[str] = "date"
    day: int | None = None
    month: int | None = None
    year_be: int | None = None
    year_ce: int | None = None
    iso: str | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year_be: int | None = None
    end_year_ce: int | None = None
    period: str | None = None  # fiscal_year, crop_year, academic_year, tax_year
    quarter: int | None = None
    half: int | None = None
    relative: str | None = None
    end_quarter: int | None = None  # the last quarter of a range of quarters: ไตรมาส 1 ถึง 3 ปี 2567 → 1, 3


@dataclass(frozen=True, slots=True)
class Organisation(Record):
    kind: ClassVar[str] = "organisation"
    name: str = ""
    acronym: str | None = None
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Person(Record):
    kind: ClassVar[str] = "person"
    name: str = ""
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Check:
    """Arithmetic that the text states and the library verified."""

    kind: str
    status: str
    stated: Number | None
    computed: Number | None
    spans: tuple[tuple[int, int], ...]
    message: str
    rule: str = ""
    method: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "status": self.status,
            "stated": json_number(self.stated),
            "computed": json_number(self.computed),
            "spans": [list(s) for s in self.spans],
            "message": self.message,
            "rule": self.rule,
            "method": self.method,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything extracted from one text."""

    text: str
    numbers: tuple[NumberMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    money: tuple[Money, ...] = ()
    percentages: tuple[Percentage, ...] = ()
    ratios: tuple[Ratio, ...] = ()
    dates: tuple[DateMention, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    persons: tuple[Person, ...] = ()
    checks: tuple[Check, ...] = ()
    lexicons: Any = field(default=None, repr=False, compare=False)  # the user Lexicons it was read with, if any
    pages: tuple[tuple[int, int], ...] = ()  # a PDF's pages: (start, end) of each in `text`

    def page_of(self, record: Record | int) -> int | None:
        """The 1-based page a record (or an offset) is on, for a report read from a PDF; else None."""
        pos = record if isinstance(record, int) else record.start
        for n, (start, end) in enumerate(self.pages, 1):
            if start <= pos < end or (pos == end and n == len(self.pages)):
                return n
        return None

    @property
    def records(self) -> list[Record]:
        """All records except bare number mentions, in text order."""
        recs: list[Record] = [
            *self.quantities, *self.money, *self.percentages, *self.ratios,
            *self.dates, *self.organisations, *self.persons,
        ]
        return sorted(recs, key=lambda r: (r.start, r.end, r.kind))

    @property
    def mismatches(self) -> tuple[Check, ...]:
        """The checks whose arithmetic does not hold: what the text states, its numbers do not give."""
        return tuple(c for c in self.checks if c.status == "mismatch")

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def to_dicts(self, *, numbers: bool = False) -> list[dict[str, Any]]:
        """Records as plain dicts (the JSON contract); `numbers=True` adds number mentions."""
        recs = self.records
        if numbers:
            recs = sorted([*recs, *self.numbers], key=lambda r: (r.start, r.end, r.kind))
        if self.pages:  # read from a PDF: each record says its page
            return [{**r.to_dict(), "page": self.page_of(r)} for r in recs]
        return [r.to_dict() for r in recs]

    def to_json(self, *, indent: int | None = 1, numbers: bool = False) -> str:
        """The records and checks as one JSON object: {"records": [...], "checks": [...]}."""
        payload = {
            "records": self.to_dicts(numbers=numbers),
            "checks": [c.to_dict() for c in self.checks],
        }
        return json.dumps(payload, ensure_ascii=False, indent=indent)

    def to_dataframe(self):
        """One row a record (pandas DataFrame); needs `pip install 'thai_report_ie[dataframe]'`."""
        from ._frames import report_to_dataframe

        return report_to_dataframe(self)

    def explain(self, record: Record | Check) -> str:
        """Why this record (or check) is what it is: its rule and what the rule means, the words that
        decided its unit, subject and qualifier; for a check, its arithmetic step by step."""
        from .explain import explain

        return explain(self, record)

    def _repr_html_(self) -> str:
        from .view import report_to_html

        return report_to_html(self)
