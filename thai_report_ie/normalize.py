r"""The normalised view of a text: same length as the original, so offsets never move.

Thai digits become ASCII digits, and so does every other Unicode decimal digit whose value
this Python knows (`unicodedata.decimal`: ０-９, ٠-٩, 𝟎-𝟗, ...). A digit the `regex` module
knows but this Python does not (about 110 added in Unicode 15-16, e.g. U+16D70-U+16D79)
becomes U+FFFD in the view: `int()` and `Decimal` would refuse it, so it is never a digit;
so does a lone surrogate (from `errors="surrogateescape"`), which no segmenter can encode.
After normalisation the view's only digits are ASCII, and every digit class in the library's
patterns is written out (`DIGIT`), never `\d`. The many spaces (NBSP, zero-width space, ...) become a plain
space and dashes become "-". Every change maps one character to one character, so an index
into the view is the same index into the original text: no offset map is needed. Marks typed out of
order ("พันธ์ุ", "ท่ี") trade places with their neighbour in the view: the same length, the same offsets.
"""
from __future__ import annotations

import re
import unicodedata

import regex

__all__ = ["DIGIT", "DIGITS", "normalise"]

DIGITS = "0-9\u0e50-\u0e59"
"""The body of a digit class: ASCII and Thai digits (`[0-9๐-๙]`), the only digits patterns read."""
DIGIT = f"[{DIGITS}]"

UNREADABLE_DIGIT = "\ufffd"
"""What a digit this Python cannot read becomes in the view."""

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TABLE: dict[int, str] = {}
# Every decimal digit the regex module knows lies below U+20000 (Unicode 16): one scan, ~30 ms.
for _c in regex.findall(r"\d", "".join(map(chr, range(0x80, 0x20000)))):
    _v = unicodedata.decimal(_c, None)
    _TABLE[ord(_c)] = UNREADABLE_DIGIT if _v is None else str(_v)
_TABLE.update({ord(c): str(i) for i, c in enumerate(_THAI_DIGITS)})
# a lone surrogate (text decoded with errors="surrogateescape") cannot be encoded for the
# segmenter: the view shows U+FFFD in its place, the text keeps it
_TABLE.update({c: UNREADABLE_DIGIT for c in range(0xD800, 0xE000)})
# zero-width and exotic spaces: Thai uses ZWSP as an invisible word break
for _c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"\
          "\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff":
    _TABLE[ord(_c)] = " "
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d":
    _TABLE[ord(_c)] = "-"
_TABLE[ord("\uff05")] = "%"  # fullwidth percent
_TABLE[ord("\u066a")] = "%"
_TABLE[ord("\uff0f")] = "/"
_TABLE[ord("\u2044")] = "/"
# What `normalise` hands to str.translate: the same changes as code points, plus every other
# character below U+0E80 (ASCII to the end of the Thai block) and of the general punctuation block
# (U+2000-U+206F) mapped to itself. A character missing from the table costs str.translate a
# raised and cleared KeyError; with these, the characters of a Thai report are all found, and the
# view is made about twice as fast.
_FAST_TABLE: dict[int, int] = {i: i for i in (*range(0x0E80), *range(0x2000, 0x2070))}
_FAST_TABLE.update({k: ord(v) for k, v in _TABLE.items()})


def _odd_runs_re() -> re.Pattern[str]:
    """Runs of characters `normalise` may change: every character outside U+0000-U+0E7F (ASCII
    to the end of the Thai block) and U+2000-U+206F (general punctuation), and those inside them
    the table changes (Thai and Arabic-Indic digits, NBSP, ZWSP, dashes, ...). Derived from
    `_TABLE`, so a character added there is never skipped. `str.translate` costs ~50-70 ns a
    character outside ASCII (a dict look-up each); this class is one set test a character in
    `re`, and only the runs it finds are translated: the same view, about 3x faster on the sample
    reports. (On text that alternates plain and odd characters, "a๑a๑...", it is about ten times
    slower than translating everything, ~0.3 us a character: still linear.)"""
    kept = [c for c in (*range(0x0E80), *range(0x2000, 0x2070)) if c not in _TABLE]
    ranges: list[list[int]] = []
    for c in kept:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^{body}]+")


_ODD_RUNS = _odd_runs_re()


_TONES = "\u0E48-\u0E4C"  # tone marks and thanthakhat
_ABOVE_BELOW = "\u0E31\u0E34-\u0E3A\u0E47"  # vowels above or below the consonant, and maitaikhu
# Typed Thai with marks in the wrong order: a tone mark before its vowel ("พันธ์ุ" for พันธุ์, "ท่ี" for ที่), sara am
# before its tone mark ("นำ้" for น้ำ). The segmenter breaks such words. One C-level search a text (a single class
# first, so `re` scans for it without trying the pattern at every position) decides; only a text that has one is
# rewritten.
_TONE_THEN_VOWEL = re.compile(f"[{_TONES}][{_ABOVE_BELOW}]")
_TONES_THEN_VOWEL = re.compile(f"(?<![{_TONES}])([{_TONES}]+)([{_ABOVE_BELOW}])")  # a run of tones from its start
_AM_THEN_TONE = re.compile("\u0E33([\u0E48-\u0E4B])")


def _mark_order(view: str) -> str:
    """`view` with its marks in the order Thai is written (vowel, then tone mark; tone mark, then sara am): a swap of
    neighbours, so the length and every other character stay. `view` itself when no mark is out of order."""
    if _TONE_THEN_VOWEL.search(view):
        view = _TONES_THEN_VOWEL.sub(r"\2\1", view)
    if _AM_THEN_TONE.search(view):
        view = _AM_THEN_TONE.sub("\\1\u0E33", view)
    return view


def normalise(text: str) -> str:
    """Return the same-length normalised view of `text`: `text` itself when it holds no character
    `_ODD_RUNS` matches and no mark out of order (a new string, maybe equal to `text`, otherwise).
    Marks typed out of order ("พันธ์ุ") are put in order in the view ("พันธุ์"): a swap of neighbours,
    so an offset into the view is still one into the text, though the two characters trade places.

    >>> normalise("๑,๕๔๙ ราย ３๕٠")
    '1,549 ราย 350'
    >>> normalise("พันธ\u0e4c\u0e38ข้าว") == "พันธุ์ข้าว"
    True
    """
    pieces: list[str] = []
    pos = 0
    for m in _ODD_RUNS.finditer(text):
        start, end = m.span()
        pieces += (text[pos:start], m.group().translate(_FAST_TABLE))
        pos = end
    if not pieces:
        return _mark_order(text)
    pieces.append(text[pos:])
    view = _mark_order("".join(pieces))
    assert len(view) == len(text)
    return view
