"""Typed Thai with decomposed or doubled vowels, read as composed Thai with offsets into the original.

A typist's "จ\u0e4d\u0e32นวน" (nikhahit + sara aa) is จำนวน and "เเละ" (two sara e) is และ, but the segmenter and every
lexicon see other words. These repairs shorten the text, so they cannot live in the same-length normalised view
(normalize.py): `extract()` reads a composed copy and maps every offset back through `Composed` (a sorted list of
the places that changed, and bisection), so a record's `text` is the original's slice while the fields it reads
(subject, unit, name ...) are the composed reading.

Only sequences no correct Thai holds are composed (`_KINDS`, the readers' `compose_sara_am` and แ typed as เเ):

- nikhahit + sara aa ("\u0e4d\u0e32") is sara am; a tone mark may stand before ("น\u0e49\u0e4d\u0e32": น้ำ) or between
  ("น\u0e4d\u0e49\u0e32": the tone, then sara am);
- sara am + sara aa ("\u0e33\u0e32", a font drawing both glyphs of sara am) is sara am;
- two sara e before a Thai consonant ("เเ" + ก-ฮ) are sara ae (แ); three in a row, or two before anything else, stay;
- the same vowel sign above or below, or the same tone mark, typed twice in a row ("ธ\u0e31\u0e31นวาคม", "ท\u0e31\u0e49\u0e49ง")
  is that mark once: the second is drawn over the first, so the reader sees one (v22). Two different marks stay as
  typed, and so does a doubled sara ae ("แแบบ": no sure reading).
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from typing import TypeVar

from .records import Check, Record, Report

__all__ = ["Composed", "compose_typed", "needs_composing"]

_NIKHAHIT, _SARA_AA, _SARA_AM, _SARA_E, _SARA_AE = "\u0E4D", "\u0E32", "\u0E33", "\u0E40", "\u0E41"
# one pattern a kind, each led by a literal (a fast C-level scan; one alternation of the three tries every เ and ำ of a
# text, ~10x slower), run only when the kind's substring is in the text: (substring, pattern)
_KINDS = (
    (_NIKHAHIT, re.compile(f"{_NIKHAHIT}([\u0E48-\u0E4B]?){_SARA_AA}")),
    (_SARA_AM + _SARA_AA, re.compile(_SARA_AM + _SARA_AA)),
    (_SARA_E + _SARA_E, re.compile(f"{_SARA_E}{_SARA_E}(?=[\u0E01-\u0E2E])")),  # a third เ before it: see _typed
)

# a vowel sign above or below (sara a-hang to phinthu, mai taikhu) or a tone mark (to thanthakhat) typed twice or more;
# nikhahit is the first kind's. No literal leads it: one pattern search (~25 ns a character, under 1 % of `extract()`)
_DOUBLED = re.compile("([\u0E31\u0E34-\u0E3A\u0E47-\u0E4C])\\1+")

_R = TypeVar("_R", bound=Record)


def needs_composing(text: str) -> bool:
    """Might `text` hold a sequence `compose_typed` composes? Three substring tests and one search for a doubled mark
    (C-level scans, microseconds on a report): a text that fails them is read as it is, at no other cost."""
    return any(needle in text for needle, _ in _KINDS) or _DOUBLED.search(text) is not None


def _typed(text: str) -> list[re.Match[str]]:
    """The sequences to compose, in text order (they never overlap: each kind's characters are its own)."""
    found = [m for needle, pattern in _KINDS if needle in text for m in pattern.finditer(text)
             if not (needle == _SARA_E + _SARA_E and text[m.start() - 1:m.start()] == _SARA_E)]  # เเเ: no sure reading
    found += _DOUBLED.finditer(text)
    return sorted(found, key=lambda m: m.start())


def _replacement(m: re.Match[str]) -> str:
    if m.re is _DOUBLED:  # a mark typed twice: once
        return m.group(1)
    if m.re.groups:  # nikhahit (tone) aa: (tone) am
        return m.group(1) + _SARA_AM
    return _SARA_AM if m.group().startswith(_SARA_AM) else _SARA_AE


@dataclasses.dataclass(frozen=True)
class Composed:
    """A composed copy of `original` and the map between their offsets.

    Each composed sequence is a group: original[o_starts[i]:o_ends[i]] became text[c_starts[i]:c_ends[i]] (shorter).
    An offset outside every group moves by what the groups before it removed; one strictly inside a group (between
    the tone mark and sara am that "\u0e4d\u0e49\u0e32" became) widens to the group's start or end, so no span maps
    to part of a decomposed sequence.

    >>> c = compose_typed("จ\\u0e4d\\u0e32นวน 12 ราย เเละ")
    >>> c.text, c.start_in_original(c.text.index("12")), c.end_in_original(len(c.text)) == len(c.original)
    ('จำนวน 12 ราย และ', 7, True)
    """

    original: str
    text: str
    o_starts: tuple[int, ...]
    o_ends: tuple[int, ...]
    c_starts: tuple[int, ...]
    c_ends: tuple[int, ...]
    shifts: tuple[int, ...]  # shifts[i]: characters the first i groups removed

    @staticmethod
    def _map(pos: int, starts: tuple[int, ...], ends: tuple[int, ...], to_starts: tuple[int, ...],
             to_ends: tuple[int, ...], shifts: tuple[int, ...], sign: int, *, end: bool) -> int:
        k = bisect_right(ends, pos)  # groups ending at or before pos: all of them lie before it
        if k < len(starts) and starts[k] < pos:  # strictly inside group k: take the whole group
            return to_ends[k] if end else to_starts[k]
        return pos + sign * shifts[k]

    def start_in_original(self, pos: int) -> int:
        """The original offset of a span starting at `pos` of the composed text."""
        return self._map(pos, self.c_starts, self.c_ends, self.o_starts, self.o_ends, self.shifts, 1, end=False)

    def end_in_original(self, pos: int) -> int:
        """The original offset of a span ending at `pos` of the composed text."""
        return self._map(pos, self.c_starts, self.c_ends, self.o_starts, self.o_ends, self.shifts, 1, end=True)

    def start_in_composed(self, pos: int) -> int:
        """The composed offset of a span starting at `pos` of the original (`explain` reads the composed text)."""
        return self._map(pos, self.o_starts, self.o_ends, self.c_starts, self.c_ends, self.shifts, -1, end=False)

    def end_in_composed(self, pos: int) -> int:
        """The composed offset of a span ending at `pos` of the original."""
        return self._map(pos, self.o_starts, self.o_ends, self.c_starts, self.c_ends, self.shifts, -1, end=True)

    def record_in_original(self, record: _R) -> _R:
        start, end = self.start_in_original(record.start), self.end_in_original(record.end)
        text = self.original[start:end]
        if start == record.start and end == record.end and text == record.text:
            return record  # (s38) before the first composed group nothing moves: no copy (`replace` is slow)
        return dataclasses.replace(record, start=start, end=end, text=text)

    def record_in_composed(self, record: _R) -> _R:
        start, end = self.start_in_composed(record.start), self.end_in_composed(record.end)
        return dataclasses.replace(record, start=start, end=end, text=self.text[start:end])

    def check_in_original(self, check: Check) -> Check:
        spans = tuple((self.start_in_original(s), self.end_in_original(e)) for s, e in check.spans)
        return check if spans == check.spans else dataclasses.replace(check, spans=spans)  # (s38) unmoved: no copy

    def report_in_original(self, report: Report) -> Report:
        """`report` (read from `text`) with every offset mapped to `original`, every record's `text` the original's
        slice and `Report.text` the original; the other fields keep the composed reading."""
        fields = ("numbers", "quantities", "money", "percentages", "ratios", "dates", "organisations", "persons")
        moved: dict[str, tuple] = {f: tuple(map(self.record_in_original, getattr(report, f))) for f in fields}
        return dataclasses.replace(report, text=self.original, checks=tuple(map(self.check_in_original, report.checks)),
                                   **moved)


def compose_typed(text: str) -> Composed | None:
    """`text` with its decomposed sara am and doubled sara e composed, and the offset map; None when it holds
    none (the common case: a substring test a kind, `needs_composing`'s, then a scan for each kind found).

    >>> compose_typed("ล\\u0e4d\\u0e32ดับ น\\u0e49\\u0e4d\\u0e32 เเก้ว").text, compose_typed("ลำดับ") is None
    ('ลำดับ น้ำ แก้ว', True)
    """
    pieces: list[str] = []
    o_starts: list[int] = []
    o_ends: list[int] = []
    c_starts: list[int] = []
    c_ends: list[int] = []
    shifts = [0]
    pos = 0
    for m in _typed(text):
        new = _replacement(m)
        pieces.append(text[pos:m.start()])
        c_start = m.start() - shifts[-1]
        o_starts.append(m.start())
        o_ends.append(m.end())
        c_starts.append(c_start)
        c_ends.append(c_start + len(new))
        shifts.append(shifts[-1] + len(m.group()) - len(new))
        pieces.append(new)
        pos = m.end()
    if not o_starts:
        return None
    pieces.append(text[pos:])
    return Composed(text, "".join(pieces), tuple(o_starts), tuple(o_ends), tuple(c_starts), tuple(c_ends),
                    tuple(shifts))
