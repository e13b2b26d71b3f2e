"""`extract()`: one pass from text to a `Report`.

Extractors are registered by record kind and each reads the shared `Document`. Where two
kinds claim the same characters the more specific one wins (date > percentage > ratio >
money/quantity > organisation/person stay independent). Linking and checks run last, since
they read across kinds.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterator, Sequence, TypeVar, cast

import regex

from .case_subjects import without_case_word
from .checks import find_checks
from .composed import compose_typed
from .document import Document
from .errors import OptionError, require_flags, require_str
from .extractors.dates import extract_dates
from .extractors.organisations import extract_organisations
from .extractors.percentages import extract_percentages
from .extractors.persons import extract_persons
from .extractors.quantities import extract_quantities
from .extractors.ratios import extract_ratios, target_ratios
from .linking import link_stated_percents, mark_targets, quantities_of, ratio_parts
from .phrases import dates_of
from .plausibility import find_implausible
from .records import DateMention, Money, Percentage, Quantity, Ratio, Record, Report
from .subject_model import reranking

__all__ = ["EXTRACTORS", "MAX_CHARS", "extract"]

MAX_CHARS = 50_000_000
"""Texts longer than this are refused: split them into documents first."""
PIECE_CHARS = 500_000
"""Texts longer than this are read in pieces of at most this size, cut at a blank line (else a
line break, else a space), so memory stays bounded: see `_extract_in_pieces`."""

# order is priority: an earlier extractor's spans win over a later one's
EXTRACTORS: dict[str, Callable[[Document], list[Record]]] = {
    "dates": dates_of,  # extract_dates, once a document: the subject reader steps over dates too
    "percentages": extract_percentages,
    "ratios": extract_ratios,
    "quantities": quantities_of,  # extract_quantities, once a document: ratio_parts reads it too
}
INDEPENDENT: dict[str, Callable[..., Sequence[Record]]] = {  # called with their options
    "organisations": extract_organisations,
    "persons": extract_persons,
}


_R = TypeVar("_R", bound=Record)


def _of_type(records: list[Record], cls: type[_R]) -> list[_R]:
    """The records of exactly the class `cls` (not of a subclass)."""
    return cast("list[_R]", [r for r in records if type(r) is cls])


def _claim(records: list[Record], taken: bytearray) -> list[Record]:
    """Records that overlap no character already taken; marks theirs as taken.

    `taken` holds one byte a character of the text, so a claim costs the record's length,
    whatever the number of records (a pairwise test is quadratic on long reports)."""
    out = [r for r in records if taken.find(1, r.start, r.end) == -1]
    for r in out:
        taken[r.start:r.end] = b"\x01" * (r.end - r.start)
    return out


def check_options(**options: object) -> None:
    """Raise OptionError unless `extract()`'s options can be used together: each a bool, and the
    organisation vetoes only with the organisation model (also the spaCy component's check, at
    construction)."""
    require_flags(**options)
    if options.get("organisation_vetoes") and not options.get("organisation_model"):
        raise OptionError("organisation_vetoes", "the vetoes are the model's: pass organisation_model=True too")


def extract(text: str, *, acronym_records: bool = False, places_as_organisations: bool = True,
            organisation_model: bool = False, organisation_vetoes: bool = False,
            subject_model: bool = False) -> Report:
    """Read one Thai text and return every record found in it, with checks.

    Organisation conventions (keyword-only; see docs/guide.md):
    acronym_records: the acronym at its definition, "(กพร.)", is a record of its own too
        (ThaiNER's convention); by default it is only the full name's `acronym`.
    places_as_organisations: a body named as a place ("ที่โรงพยาบาลศิริราช") is an organisation
        (default); False leaves such hospitals, schools and universities out.
    organisation_model: stack the shipped organisation model (a CRF) on the rules. Off by default:
        on held-out ThaiNER lines it gains +0.7 lenient F1 and nothing strict, for about a fifth to
        a quarter more time (docs/guide.md has the figures).
    organisation_vetoes: with organisation_model, the model also drops the rules' head and
        abbreviation guesses it finds unlikely, as ThaiNER marks names (it leaves many generic
        committees and hospitals unmarked); off by default, since government prose counts them.
        True without organisation_model raises OptionError; every option must be a bool.

    Subjects (keyword-only):
    subject_model: the shipped learned re-ranker (subject_model.py) re-ranks the rules' subjects of
        quantities, money and percentages, where it is sure. Off by default: in cross-validation
        on rows no rule was tuned on it gains about one point of exact subjects for quantities,
        three for money and half a point for percentages, for about twice the time (docs/guide.md
        has the figures).

    >>> report = extract("รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%")
    >>> r = report.ratios[0]
    >>> r.numerator, r.denominator, r.unit, r.subject, r.stated_percent
    (103, 80, 'ราย', 'สมาชิกพรรคใหม่', Decimal('28.75'))
    >>> report.checks[0].status
    'ok'
    """
    require_str("extract", text)
    check_options(acronym_records=acronym_records, places_as_organisations=places_as_organisations,
                  organisation_model=organisation_model, organisation_vetoes=organisation_vetoes,
                  subject_model=subject_model)
    if len(text) > MAX_CHARS:
        raise ValueError(f"extract() reads at most {MAX_CHARS:,} characters, got {len(text):,}: split the text")
    options = dict(acronym_records=acronym_records, organisation_model=organisation_model,
                   places_as_organisations=places_as_organisations, organisation_vetoes=organisation_vetoes)
    composed = compose_typed(text)  # "จ\u0e4d\u0e32นวน" read as จำนวน, "เเละ" as และ; None for most texts
    with reranking(subject_model):  # for this call only, every piece of a long text included
        if composed is None:
            return _read(text, **options)
        return composed.report_in_original(_read(composed.text, **options))


def _read(text: str, *, acronym_records: bool, places_as_organisations: bool, organisation_model: bool,
          organisation_vetoes: bool) -> Report:
    """`extract(text)` once the options are checked and the text composed: in pieces when it is long."""
    if len(text) > PIECE_CHARS:
        return _extract_in_pieces(text, acronym_records=acronym_records, organisation_model=organisation_model,
                                  places_as_organisations=places_as_organisations,
                                  organisation_vetoes=organisation_vetoes)
    doc = Document(text)
    taken = bytearray(len(text))
    claimed: list[Record] = []
    for fn in EXTRACTORS.values():
        claimed += _claim(fn(doc), taken)
    claimed = sorted(claimed + ratio_parts(doc, claimed), key=lambda r: r.start)  # parts of "x จาก y"
    claimed = [_case_dropped(r) for r in claimed]  # "กรณีผู้ป่วยติดเตียง 450 ราย": the patients (q26b)
    quantities, money = _of_type(claimed, Quantity), _of_type(claimed, Money)
    quantities, money = mark_targets(doc, quantities), mark_targets(doc, money)
    ratios, percentages = _of_type(claimed, Ratio), _of_type(claimed, Percentage)
    dates = _of_type(claimed, DateMention)
    ratios = sorted(ratios + target_ratios(doc, quantities, money, ratios, dates=dates),
                    key=lambda r: r.start)  # "เป้าหมาย X ... ได้ Y"
    linked = link_stated_percents(doc, ratios, percentages)
    ratios = [dataclasses.replace(r, stated_percent=linked[r.start].value) if r.start in linked else r
              for r in ratios]
    checks = find_checks(doc, quantities=quantities, money=money, ratios=ratios,
                         percentages=percentages, linked=linked)
    checks = [*checks, *find_implausible(doc, quantities=quantities, dates=dates, money=money)]
    org_options = {"organisations": dict(acronym_records=acronym_records, model=organisation_model,
                                         places_as_organisations=places_as_organisations,
                                         model_vetoes=organisation_vetoes)}
    # organisations=..., persons=...: by name, each a tuple of its own record type
    independent: dict[str, Any] = {name: tuple(fn(doc, **org_options.get(name, {})))
                                   for name, fn in INDEPENDENT.items()}
    return Report(
        text=text,
        numbers=tuple(doc.numbers),
        quantities=tuple(quantities),
        money=tuple(money),
        percentages=tuple(percentages),
        ratios=tuple(ratios),
        dates=tuple(dates),
        checks=tuple(checks),
        **independent,
    )


_KINDS = {Quantity: "quantity", Money: "money", Percentage: "percentage"}


def _case_dropped(record: Record) -> Record:
    """A quantity's, money's or percentage's subject without a leading "in case" word (case_subjects.py)."""
    kind = _KINDS.get(type(record))
    if kind is None:
        return record
    subject = cast(Any, record).subject
    fixed = without_case_word(kind, subject, cast(Any, record).unit if kind == "quantity" else None)
    return record if fixed is False else dataclasses.replace(cast(Any, record), subject=fixed)


def _piece_ends(text: str) -> Iterator[int]:
    """Where to cut a long text: after a blank line in the second half of each PIECE_CHARS
    window, else after a line break (either one no figure runs across first: "12,|345 ราย",
    "2 -|3 ล้านบาท"), else after a space, else at the window's end. A cut inside
    a line keeps FIGURE_CLEARANCE characters away from any digit where the window allows: a
    range or a figure cut in two ("2 - | 3 ล้านบาท", "1,5|49 ราย") would give a piece of it alone
    as the amount."""
    lo, n = 0, len(text)
    while n - lo > PIECE_CHARS:
        window = (lo + PIECE_CHARS // 2, lo + PIECE_CHARS - 1)
        cut = next((c for c in (_clean_break(text, sep, *window) for sep in ("\n\n", "\n")) if c >= 0), -1)
        if cut < 0 and text.find("\n", *window) >= 0:
            cut = _clear_space(text, *window)  # every line break has a figure across it: a space clear of digits
        if cut < 0:
            for sep in ("\n\n", "\n"):
                cut = text.rfind(sep, *window)
                if cut >= 0:
                    cut += len(sep)
                    break
            else:
                cut = _cut_in_a_line(text, *window)
        yield cut
        lo = cut
    yield n


# a line break that a figure or a range runs across ("12,\n345 ราย", "2 -\n3 ล้านบาท", "2\nถึง 3 แสนบาท"): the
# text before it ends in a figure, a place word or a range's link, and the text after it opens with one
_FIGURE_BEFORE_BREAK = regex.compile(r"(?:[0-9\u0E50-\u0E59][,.]?|ร้อย|พัน|หมื่น|แสน|ล้าน|[-–]|ถึง)[ \t\r]*$")
_FIGURE_AFTER_BREAK = regex.compile(r"[ \t\r\n]*(?:[-–]|ถึง)?[ ]?[0-9\u0E50-\u0E59]")


def _clean_break(text: str, sep: str, lo: int, hi: int) -> int:
    """After the last `sep` in text[lo:hi] that no figure runs across, else -1 (at most _CUT_TRIES looked at):
    a range cut at its line break ("2 -|3 ล้านบาท") would give its top alone as the amount in the next piece."""
    at, tries = text.rfind(sep, lo, hi), 0
    while at >= 0 and tries < _CUT_TRIES:
        if not (_FIGURE_BEFORE_BREAK.search(text, max(0, at - FIGURE_CLEARANCE), at)
                and _FIGURE_AFTER_BREAK.match(text, at + len(sep))):
            return at + len(sep)
        at, tries = text.rfind(sep, lo, at), tries + 1
    return -1


FIGURE_CLEARANCE = 24  # characters either side of a cut inside a line that hold no digit, where possible
_CUT_TRIES = 2_000  # candidate cuts looked at inside a line (each reads 2 * FIGURE_CLEARANCE characters)
_DIGIT = regex.compile(r"[0-9\u0E50-\u0E59]")


def _cut_in_a_line(text: str, lo: int, hi: int) -> int:
    """After the last space in text[lo:hi] with no digit near it, else after the last space, else the
    last position with no digit near it, else `hi + 1` (a hard cut): bounded work, whatever the text."""
    cut = _clear_space(text, lo, hi)
    if cut >= 0:
        return cut
    space = text.rfind(" ", lo, hi)
    if space >= 0:
        return space + 1
    for at in range(hi + 1, max(lo, hi + 1 - _CUT_TRIES), -1):
        if _clear(text, at):
            return at
    return hi + 1


def _clear(text: str, at: int) -> bool:
    return _DIGIT.search(text, max(0, at - FIGURE_CLEARANCE), at + FIGURE_CLEARANCE) is None


def _clear_space(text: str, lo: int, hi: int) -> int:
    """After the last space in text[lo:hi] with no digit near it (at most _CUT_TRIES looked at), else -1."""
    at, tries = text.rfind(" ", lo, hi), 0
    while at >= 0 and tries < _CUT_TRIES:
        if _clear(text, at + 1):
            return at + 1
        at, tries = text.rfind(" ", lo, at), tries + 1
    return -1


def _shifted(records: tuple, by: int) -> list:
    return [dataclasses.replace(r, start=r.start + by, end=r.end + by) for r in records]


def _extract_in_pieces(text: str, **options: bool) -> Report:
    """A very long text (over PIECE_CHARS: a whole archive in one string, hundreds of pages) is
    read piece by piece and the pieces' records are put together with their offsets moved, so
    peak memory is that of one piece plus the records. What crosses a cut is not seen: a check
    whose total and parts lie on both sides, an acronym defined in an earlier piece."""
    parts: list[Report] = []
    starts: list[int] = []
    lo = 0
    for hi in _piece_ends(text):
        parts.append(_read(text[lo:hi], **options))
        starts.append(lo)
        lo = hi
    fields = ("numbers", "quantities", "money", "percentages", "ratios", "dates", "organisations", "persons")
    merged = {f: tuple(r for part, at in zip(parts, starts) for r in _shifted(getattr(part, f), at)) for f in fields}
    checks = tuple(dataclasses.replace(c, spans=tuple((s + at, e + at) for s, e in c.spans))
                   for part, at in zip(parts, starts) for c in part.checks)
    return Report(text=text, checks=checks, **merged)
