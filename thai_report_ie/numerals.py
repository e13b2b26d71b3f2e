"""Thai and Arabic numerals: exact parsing (`parse_number`) and mentions in running text (`find_numbers`).

The number-word grammar is a small state machine over word roles read from
`data/numerals.tsv`; the engine knows roles (digit, place, million, ...), not words.
Digit expressions are found by one possessive regex, so a run of 100,000 digits costs one
linear scan; number words count only when they start and end on token boundaries, so
"สามารถ" (can) never yields สาม (three).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .errors import NumberParseError, require_str
from .exact import MAX_EXPONENT, MAX_INTEGER_DIGITS, exact_context
from .lexicon import alternation, grammar_re, lexicon_cache, load_tsv, words
from .normalize import normalise
from .records import Number, NumberMention, leftmost_longest

_THAI_CHAR = regex.compile(r"[\u0E01-\u0E4E]")  # compiled once (no cache look-up a call)

if TYPE_CHECKING:
    from .document import Document

__all__ = ["MAX_DIGITS", "find_numbers", "parse_number"]

MAX_DIGITS = 30
"""Digit runs longer than this are identifiers or junk, never numbers."""

# ---------------------------------------------------------------------------------------------
# Lexicon → roles


@dataclass(frozen=True, slots=True)
class _Lex:
    role: dict[str, str]
    value: dict[str, int]
    word_re: str  # one number word (digits, places, million, ยี่, เอ็ด)
    digit_re: str  # one digit word (after จุด)
    point_re: str
    minus_re: str
    half_re: str
    fraction_re: str
    place_re: str  # place words usable after Arabic digits (no สิบ)
    million_re: str


@lexicon_cache
def _lex() -> _Lex:
    rows = load_tsv("numerals")
    role = {r["word"]: r["role"] for r in rows}
    value = {r["word"]: int(r["value"]) for r in rows if r["value"].isdigit()}
    by = lambda *roles: [w for w, ro in role.items() if ro in roles]  # noqa: E731
    return _Lex(
        role=role,
        value=value,
        word_re=alternation(by("digit", "place", "million", "tens_two", "unit_one")),
        digit_re=alternation(by("digit")),
        point_re=alternation(by("point")),
        minus_re=alternation(by("minus")),
        half_re=alternation(by("half")),
        fraction_re=alternation(by("fraction")),
        place_re=alternation(w for w in by("place") if value[w] >= 100),
        million_re=alternation(by("million")),
    )


# Arabic digits (after normalisation Thai digits are ASCII). Possessive: never backtracks.
# Digit classes are written out ([0-9๐-๙], normalize.DIGIT), never \d: the regex module's \d
# also matches digits that int() and Decimal refuse.
_NUM = r"(?:[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})++(?![0-9๐-๙])|[0-9๐-๙]++)(?:\.[0-9๐-๙]++)?+"


@lexicon_cache
def _full_digits_re() -> regex.Pattern:
    lx = _lex()
    return regex.compile(
        rf"(?P<sign>[-+]|{lx.minus_re})?\s*(?P<num>{_NUM}|\.[0-9๐-๙]++)"
        rf"\s*(?P<mult>(?:{lx.place_re})?(?:{lx.million_re})*)"
    )


MAX_GAP = 128
"""Between a figure and its multiplier or unit: a run of up to this many spaces and tabs (no-break
and zero-width spaces are plain spaces in the view), never a line break. A longer run is layout,
not a gap. Bounded on purpose: with an unbounded run the regex engine scans ahead for the word
after it to the end of the text, once per number, which is quadratic."""
GAP = rf"[ \t]{{0,{MAX_GAP}}}+"


@lexicon_cache
def _mult_re() -> regex.Pattern:
    lx = _lex()
    return regex.compile(rf"{GAP}(?P<mult>(?:{lx.place_re})?(?:{lx.million_re})*+)")


@lexicon_cache
def _words_re() -> regex.Pattern | re.Pattern:
    """A run of number words. Literal words and possessive repeats only, so the standard `re`
    engine reads it exactly as `regex` does (about 1.7x faster); `regex` where `re` has no
    possessive repeats (Python 3.10). For `match`/`fullmatch` at a position; the scan over a whole
    view is `_words_scan_re`'s."""
    lx = _lex()
    pattern = rf"(?:{lx.word_re})++(?:(?:{lx.point_re})(?:{lx.digit_re})++(?:{lx.place_re})?+(?:{lx.million_re})*+)?+"
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


@lexicon_cache
def _words_scan_re() -> regex.Pattern | re.Pattern:
    """`_words_re` for `finditer` over a whole view: the first word outside the repeat
    (`(?:W)(?:W)*+` for `(?:W)++`), so the pattern opens with an alternation of literal words and
    `re` skips in C to the next position where a number word's first character stands, instead
    of trying the pattern at every position (about 2x faster on the sample reports). Only a
    search may use it: nothing after the words can fail (the tail is an optional possessive
    group), so a search finds what `_words_re` finds at each position, but `fullmatch` could
    backtrack into the first word where `_words_re` would not."""
    lx = _lex()
    word = f"(?:{lx.word_re})"
    pattern = rf"{word}{word}*+(?:(?:{lx.point_re})(?:{lx.digit_re})++(?:{lx.place_re})?+(?:{lx.million_re})*+)?+"
    try:
        return re.compile(pattern)
    except re.error:
        return _words_re()


@lexicon_cache
def _split_re() -> regex.Pattern:
    lx = _lex()
    return regex.compile(
        rf"{lx.word_re}|{lx.point_re}|{lx.minus_re}|{lx.half_re}|{lx.fraction_re}"
    )


# ---------------------------------------------------------------------------------------------
# Exact values


def _multiplier(mult: str) -> int:
    lx = _lex()
    factor = 1
    for w in _split_re().findall(mult):
        factor *= lx.value[w]
        if factor > 10**MAX_EXPONENT:
            raise NumberParseError(mult, f"multiplier words beyond 10^{MAX_EXPONENT}")
    return factor


def _bounded(value: Number, text: str) -> Number:
    """`value`, or NumberParseError when its integer part has more digits than any accepted figure."""
    if abs(value) >= 10**MAX_INTEGER_DIGITS:
        raise NumberParseError(text, f"more than {MAX_INTEGER_DIGITS} digits before the point")
    return value


def _scale(num: str, factor: int) -> Number:
    """Exact value of a digit string times a multiplier: int stays int, decimals stay Decimal."""
    digits = num.replace(",", "")
    if len(digits.replace(".", "")) > MAX_DIGITS:
        raise NumberParseError(num, f"more than {MAX_DIGITS} digits")
    if "." not in digits:
        return int(digits) * factor
    with exact_context():  # never rounded: 9999999999999999999999999999.9 ล้าน stays exact
        d = Decimal(digits)
        if factor == 1:
            return d
        d = d * factor
        return d.to_integral_value() if d == d.to_integral_value() else d.normalize()


def _below_million(words: list[str], text: str, *, after_million: bool = False) -> int:
    """Value of a word sequence under one million: (digit? place)* digit?, places decreasing.

    `after_million`: the group follows ล้าน, so a lone เอ็ด is its last digit (หนึ่งล้านเอ็ด).
    """
    lx = _lex()
    total, last_place, i, n = 0, 10**6, 0, len(words)
    while i < n:
        w, role = words[i], lx.role[words[i]]
        nxt = words[i + 1] if i + 1 < n else None
        if role == "place":
            place, digit, i = lx.value[w], 1, i + 1
        elif role in ("digit", "tens_two", "unit_one") and nxt is not None and lx.role[nxt] == "place":
            place, digit, i = lx.value[nxt], lx.value[w], i + 2
            if role == "unit_one" or digit == 0:
                raise NumberParseError(text, f"{w!r} cannot stand before {nxt!r}")
            if (role == "tens_two") != (place == 10 and digit == 2) or (place == 10 and digit == 1):
                raise NumberParseError(text, f"{w}{nxt} is not a Thai numeral (say ยี่สิบ, สิบ)")
        else:
            if i != n - 1:
                raise NumberParseError(text, f"digit word {w!r} must be the last of its group")
            if role == "tens_two":
                raise NumberParseError(text, "ยี่ stands only before สิบ")
            if role == "unit_one" and total == 0 and not after_million:
                raise NumberParseError(text, "เอ็ด stands only after a place word (สิบเอ็ด, ร้อยเอ็ด)")
            if lx.value[w] == 0 and total:
                raise NumberParseError(text, "ศูนย์ cannot end a number")
            total += lx.value[w]
            break
        if place >= last_place:
            raise NumberParseError(text, "place words must decrease (…พัน…ร้อย…สิบ…)")
        total += digit * place
        last_place = place
    return total


def _words_to_int(words: list[str], text: str) -> int:
    lx = _lex()
    # the last ล้าน splits the number: (everything before) × 10^6 + (a part under a million)
    for k in range(len(words) - 1, -1, -1):
        if lx.role[words[k]] == "million":
            high = _words_to_int(words[:k], text) if k else 1
            low = _below_million(words[k + 1:], text, after_million=True) if k + 1 < len(words) else 0
            return high * 10**6 + low
    if not words:
        raise NumberParseError(text, "no number word")
    return _below_million(words, text)


def _split_words(s: str, text: str) -> list[str]:
    out, pos = [], 0
    splitter = _split_re()
    while pos < len(s):
        m = splitter.match(s, pos)
        if not m:
            raise NumberParseError(text, f"{s[pos:pos + 10]!r} is not a number word")
        out.append(m.group())
        pos = m.end()
    return out


def _words_value(words: list[str], text: str) -> Number:
    """Value of a whole word sequence: sign, integer words, จุด decimals, fractions, ครึ่ง."""
    lx = _lex()
    if not words:
        raise NumberParseError(text, "empty")
    roles = [lx.role[w] for w in words]
    if "minus" in roles[1:]:
        raise NumberParseError(text, "ลบ (minus) stands only at the start")
    if roles[0] == "minus":
        return -_words_value(words[1:], text)
    if "fraction" in roles:
        k = roles.index("fraction")
        num, den = _words_value(words[:k], text), _words_value(words[k + 1:], text)
        if not isinstance(num, int) or not isinstance(den, int) or den == 0 or num > den:
            raise NumberParseError(text, "a fraction needs whole numbers, numerator ≤ denominator, denominator > 0")
        return Fraction(num, den)
    if roles[0] == "half":
        if len(words) == 1 or (len(words) == 2 and lx.role[words[1]] == "digit" and lx.value[words[1]] == 1):
            return Fraction(1, 2)
        raise NumberParseError(text, "ครึ่ง stands alone")
    if "point" in roles:
        k = roles.index("point")
        j = k + 1
        while j < len(words) and roles[j] == "digit":
            j += 1
        decimals, mult = words[k + 1:j], words[j:]
        if not decimals:
            raise NumberParseError(text, "จุด must be followed by digit words")
        if not _mult_re().fullmatch("".join(mult)):
            raise NumberParseError(text, "after the decimals only a multiplier (แสน, ล้าน) may follow")
        whole = _words_to_int(words[:k], text) if k else 0
        return _scale(f"{whole}." + "".join(str(lx.value[w]) for w in decimals), _multiplier("".join(mult)))
    if any(r not in ("digit", "place", "million", "tens_two", "unit_one") for r in roles):
        raise NumberParseError(text, "misplaced word")
    return _words_to_int(words, text)


def parse_number(text: str) -> Number:
    """Parse text that is wholly one number into an exact `int`, `Decimal` or `Fraction`.

    >>> parse_number("1,549"), parse_number("๑,๕๔๙"), parse_number("หนึ่งพันห้าร้อยสี่สิบเก้า")
    (1549, 1549, 1549)
    >>> parse_number("1.5 ล้าน"), parse_number("สองในสาม"), parse_number("ยี่สิบเอ็ดจุดห้า")
    (Decimal('1500000'), Fraction(2, 3), Decimal('21.5'))

    Raises `NumberParseError` (a `ValueError`) for anything else: "สามารถ", "1..5", "", and
    figures beyond the exact range (more than 90 digits before the point).
    """
    require_str("parse_number", text)
    try:
        with exact_context():  # signs and multipliers never round (a negation rounds too)
            return _bounded(_parse_number(text), text)
    except NumberParseError:
        raise
    except (ArithmeticError, LookupError, ValueError) as e:  # a grammar this parser does not know
        raise NumberParseError(text, f"unreadable ({type(e).__name__}: {e})") from e


_ANY_DIGIT = regex.compile(r"[0-9๐-๙]")
_SPACES = regex.compile(r"\s+")


def _parse_number(text: str) -> Number:
    if len(text) > 1000:
        raise NumberParseError(text[:20] + "…", "longer than any number (1,000 characters)")
    s = normalise(text).strip()
    if not s:
        raise NumberParseError(text, "empty")
    m = _full_digits_re().fullmatch(s)
    if m:
        value = _scale(m["num"], _multiplier(m["mult"]))
        return -value if m["sign"] in ("-",) or (m["sign"] and m["sign"] != "+") else value
    if _ANY_DIGIT.search(s):
        raise NumberParseError(text, "digits in an unknown layout")
    words_ = _split_words(_SPACES.sub("", s), text)
    if sum(_lex().role[w] == "million" for w in words_) > MAX_EXPONENT // 6:
        raise NumberParseError(text, f"multiplier words beyond 10^{MAX_EXPONENT}")
    return _words_value(words_, text)


# ---------------------------------------------------------------------------------------------
# Numbers in running text

# One pass over the view finds every digit expression; alternatives are tried in this order
# at each position, so a date wins over a ratio and a ratio over a plain number.
@lexicon_cache
def _digit_expr() -> regex.Pattern:
    # every expression starts with a digit or a minus: the lookahead says so first, which lets the scan skip the
    # rest of the text faster (the same matches)
    return regex.compile(
        rf"""(?=[0-9๐-๙\-])(?<![A-Za-z_0-9๐-๙.,/])(?:
          (?P<area>[0-9๐-๙]{{1,7}}-[0-3๐-๓]-[0-9๐-๙]{{1,2}}(?![0-9๐-๙\-])(?=[ ]?(?:{grammar_re("area_rai")})))
        | (?P<date>[0-9๐-๙]{{1,2}}(?P<sep>[/.\-])[0-9๐-๙]{{1,2}}(?P=sep)(?:[0-9๐-๙]{{4}}|[0-9๐-๙]{{2}}))(?![0-9๐-๙/.\-][0-9๐-๙])
        | (?P<code>[0-9๐-๙]++(?:-[0-9๐-๙]++){{2,}}+|[0-9๐-๙]++(?:/[0-9๐-๙]++){{2,}}+)
        | (?P<time>[0-9๐-๙]{{1,2}}:[0-9๐-๙]{{2}}(?::[0-9๐-๙]{{2}})?(?![0-9๐-๙])|[0-9๐-๙]{{1,2}}\.[0-9๐-๙]{{2}}(?=[ ]?(?:{grammar_re("time_suffix")})))
        | (?P<ratio>{_NUM}[ ]?/[ ]?{_NUM})(?![0-9๐-๙/])
        | (?P<range>{_NUM}[ ]?-[ ]?{_NUM})(?![\-0-9๐-๙])
        | (?P<percent>{_MINUS}?{_NUM}[ ]?%)
        | (?P<number>{_MINUS}?{_NUM})
        )""",
        regex.VERBOSE,
    )


_NUM_IN = regex.compile(_NUM)

# A minus sign stands after "(" or after a space that follows something on the same line; a
# "-" that opens a line ("\n-650,000 โดส") is a list bullet, not a sign.
_MINUS = r"(?:(?<=\(|[^\s][ \t]+)-)"

PHONE_REACH = 40  # characters back from a ratio in which a phone marker (โทร.) makes it a phone number


@lexicon_cache
def _phone_re() -> regex.Pattern:
    """A phone marker followed only by phone-number characters (and a Latin name: สายด่วน GCC
    1111) up to the end of the window."""
    return regex.compile(
        rf"(?:{grammar_re('phone_marker')})(?:[ \n0-9A-Z\-,/().:]|{grammar_re('phone_extension')}"
        rf"|{grammar_re('list_joiner')})*+$")


def in_phone_number(view: str, start: int) -> bool:
    """ "โทร. 0 2283 4000 ต่อ 5820/ 0 2265 ...": a slash there joins extensions or numbers."""
    lo = max(0, start - PHONE_REACH)  # a phone number may wrap: "โทร 0 2248\n4782 ต่อ 2508"
    return _phone_re().search(view, lo, start) is not None


def _rai_ngan_wah(text: str, start: int, end: int, view: str) -> NumberMention:
    """ "12-2-40 ไร่": 12 ไร่ 2 งาน 40 ตารางวา, one area in ไร่ (1 ไร่ = 4 งาน = 400 ตารางวา)."""
    rai, ngan, wah = (int(x) for x in view[start:end].split("-"))
    with exact_context():
        exact = (Decimal(rai) + Decimal(ngan) / 4 + Decimal(wah) / 400).normalize()
    value = int(exact) if exact == exact.to_integral_value() else exact
    return NumberMention(text[start:end], start, end, value=value, form="number", values=(rai, ngan, wah),
                         rule="num.rai_ngan_wah")


def _be_year(v: Number) -> bool:
    return isinstance(v, int) and 2400 <= v <= 2700


def _digit_mention(m: regex.Match, doc: Document) -> NumberMention | None:
    """The mention a digit expression makes (None for junk). Each alternative of `_digit_expr`
    is one named group with only look-arounds beside it, so the match's span is the group's and
    `lastgroup` names it (`sep` lies inside `date`)."""
    kind = m.lastgroup
    if kind == "sep":
        kind = "date"
    start, end = m.span()
    view = doc.view
    raw = view[start:end]
    if kind == "number":  # the common case: one figure, perhaps with a minus sign
        nums = [raw[1:] if raw[0] == "-" else raw]
    elif kind == "percent":
        nums = [(raw[1:] if raw[0] == "-" else raw).rstrip("% ")]
    elif kind in ("date", "code", "time"):
        nums = _DIGIT_RUN.findall(raw)
    else:
        nums = _NUM_IN.findall(raw)
    if len(raw) > MAX_DIGITS and (len(raw) > 2 * MAX_DIGITS or any(
            len(n.replace(",", "").replace(".", "")) > MAX_DIGITS for n in nums)):
        return None
    text = doc.text
    if kind == "area":
        return _rai_ngan_wah(text, start, end, view)
    if kind == "code":
        return NumberMention(text[start:end], start, end, value=None, form="code", rule="num.code")
    if kind == "time":
        hh, mm = int(nums[0]), int(nums[1])
        if hh > 24 or mm > 59:
            return NumberMention(text[start:end], start, end, value=None, form="code", rule="num.code")
        return NumberMention(text[start:end], start, end, value=None, form="time", values=(hh, mm), rule="num.time")
    if kind == "date":
        d, mo, y = (int(x) for x in nums)
        # "ปุ๋ยสูตร 20-8-20", "2.1.10) ค่าเบี้ยประกัน": with a dash or a point, three short groups are a formula or a
        # section's number, not a date (20 August 2520); a dash or a point date writes its year in full (15-03-2565)
        if 1 <= d <= 31 and 1 <= mo <= 12 and (m["sep"] == "/" or len(nums[2]) == 4):
            return NumberMention(text[start:end], start, end, value=None, form="date", values=(d, mo, y), rule="num.date")
        return NumberMention(text[start:end], start, end, value=None, form="code", rule="num.code")
    sign = -1 if raw[0] == "-" else 1
    values: tuple[Number, ...]
    if kind == "number" and "." not in nums[0]:  # _scale(n, 1) of a whole figure (at most MAX_DIGITS digits here)
        values = (int(nums[0].replace(",", "")),)
    else:
        values = tuple(_scale(n, 1) for n in nums)
    if sign < 0:
        values = (-values[0],)
    if kind == "percent":
        return NumberMention(text[start:end], start, end, value=values[0], form="percent", rule="num.percent")
    if kind == "ratio":
        a, b = values
        form, rule = "ratio", "num.ratio"
        if in_phone_number(view, start):
            return NumberMention(text[start:end], start, end, value=None, form="code", rule="num.phone")
        if _be_year(b) and "," not in raw:
            form, rule = "reference", "num.reference"  # คำสั่งที่ 3858/2564, 2566/2567
        elif _be_year(a) and isinstance(b, int) and len(nums[1]) == 2 and b == (a + 1) % 100:
            form, rule = "year_pair", "num.year_pair"  # crop / fiscal year 2566/67
        return NumberMention(text[start:end], start, end, value=None, form=form, values=values, rule=rule)
    # range and plain numbers may carry a multiplier word: "1.5 ล้าน", "10-20 ล้าน"
    factor = 1
    mult_first = _multiplier_first_chars()
    nxt = view[end:end + 1]
    if nxt in mult_first or (nxt in (" ", "\t") and view[end:end + MAX_GAP + 1].lstrip(" \t")[:1] in mult_first):
        try:  # a multiplier word may follow (a cheap first-character test decides most numbers)
            factor, mend = _multiplier_after(end, doc)
        except NumberParseError:  # a chain of multiplier words beyond any real figure: no number
            return None
    elif kind == "number" and sign > 0:
        factor, mend = _more_than_multiplier(end, doc)
        if factor != 1:  # "10 กว่าล้านคน": no chain after it
            return NumberMention(text[start:mend], start, mend, value=_scale(nums[0], factor), form="number",
                                 rule=MORE_THAN_MULT)
        ten = _tens_after(nums[0], end, doc)
        if ten is not None:  # "7 สิบ 8 บาท": no record (main read 8 บาท, or สิบบาท as 10)
            return NumberMention(text[start:ten], start, ten, value=None, form="code", rule="num.chain.invalid")
    if factor != 1 and _split_factor(factor)[0] >= 100 and not -1000 < values[-1] < 1000:
        # (a64's vl-40) "จำนวนกว่า 700,000 แสนราย": a figure of a thousand or more before ร้อย/พัน/หมื่น/แสน restates
        # its size in words (700,000 = 7 แสน) or means thousands of thousands; the text does not say which, so no
        # number (main read 70,000,000,000). The figure the word is written after decides ("1,000-2,000 แสนบาท": none;
        # "พ.ศ. 2566 – 2.5 แสนคน" is read on). "1,500 ล้านบาท", "15 แสนบาท", "12 หมื่นราย" keep their values.
        return NumberMention(text[start:mend], start, mend, value=None, form="code", rule=PLACE_AFTER_THOUSANDS)
    if factor != 1:
        values = tuple(_scale(n, factor) * (sign if i == 0 else 1) for i, n in enumerate(nums))
        end = mend
        if kind == "number" and sign > 0:
            chain = _chain_after(nums[0], factor, end, doc)
            if chain is not None:
                value, end = chain
                if value is None:  # "1.5 ล้าน 5 แสน": a chain that reads as no one number
                    return NumberMention(text[start:end], start, end, value=None, form="code",
                                         rule="num.chain.invalid")
                return NumberMention(text[start:end], start, end, value=value, form="number",
                                     rule="num.digits.chain")
            half = _MULT_HALF.match(view, end)
            if half is not None and "." not in nums[0] and "," not in nums[0] and doc.is_boundary(half.end()):
                # (rev36) "2 ล้านครึ่งบาท", "3 แสนครึ่ง": ครึ่ง glued after the multiplier adds half of it (2,500,000);
                # not "ครึ่งหนึ่ง" (half of it), nor a half of a time or of something ("ครึ่งปีแรก", "ครึ่งของ…")
                return NumberMention(text[start:half.end()], start, half.end(), value=values[0] + factor // 2,
                                     form="number", rule=_MULT_HALF_RULE)
    if kind == "range":
        if values[0] >= values[1]:  # a range rises: no value for one that does not
            # "500,000 - 1 ล้านบาท": the multiplier cannot be the low figure's too, and whether the low
            # is 500,000 baht is not written; "๑๐-๐๑ อาคาร", "20-10": a code or a score
            rule = "num.range.mult_unclear" if factor != 1 else "num.range.descending"
            return NumberMention(text[start:end], start, end, value=None, form="code", rule=rule)
        return NumberMention(text[start:end], start, end, value=None, form="range", values=values,
                             rule="num.range" + (".mult" if factor != 1 else ""))
    return NumberMention(text[start:end], start, end, value=values[0], form="number",
                         rule="num.digits" + (".mult" if factor != 1 else ""))


_DIGIT_RUN = regex.compile(r"[0-9๐-๙]+")
PLACE_AFTER_THOUSANDS = "num.digits.place_after_thousands"  # "700,000 แสนราย": no number
_MULT_HALF = regex.compile(r"ครึ่ง(?!หนึ่ง|นึง|เดียว|ปี|เดือน|วัน|ชั่วโมง|นาที|สัปดาห์|แรก|หลัง|ทาง|เทอม|ของ|ไตรมาส)")
_MULT_HALF_RULE = "num.digits.half.mult"  # ends in .mult: readers that add a unit's half (`_half_after`) skip it


@lexicon_cache
def _multiplier_first_chars() -> frozenset[str]:
    """First characters of the multiplier words (ร้อย, พัน, ..., ล้าน): after a figure, any other
    character means no multiplier follows."""
    return frozenset(w[0] for w in multiplier_words())


MORE_THAN_MULT = "num.digits.kwa.mult"  # the rule of "10 กว่าล้าน": the record is more than the figure


def _more_than_multiplier(end: int, doc: Document) -> tuple[int, int]:
    """ "10 กว่าล้านคน", "20 กว่าพันราย": กว่า (a token) between digits and a multiplier word; the figure is the digits
    times the multiplier, more than it (main read no record: the multiplier alone is no unit; rev30's leftover, rev31).
    (factor, end of the multiplier) or (1, end)."""
    kwa = _more_than_re().match(doc.view, end)
    # the multiplier glued to กว่า: "อายุ 60 กว่า ล้านคน…" may end "60-odd years" at the space, no 60 million (rev31b)
    if kwa is None or not doc.is_boundary(kwa.end()) or not doc.is_boundary(kwa.end() - len(_KWA)) \
            or doc.view.startswith((" ", "\t"), kwa.end()):
        return 1, end
    return _multiplier_after(kwa.end(), doc)


_KWA = "กว่า"


def _multiplier_after(end: int, doc: Document) -> tuple[int, int]:
    """A multiplier word chain right after digits (ล้าน, แสนล้าน): its factor and end, or (1, end)."""
    m = _mult_re().match(doc.view, end)
    if not m or not m["mult"]:
        return 1, end
    words_ = _split_re().findall(m["mult"])
    # shorten the chain until it ends on a token boundary ("5 พันธมิตร" is not 5,000)
    while words_:
        stop = m.start("mult") + sum(map(len, words_))
        if doc.is_boundary(stop) and not _is_rank(stop, doc):
            return _multiplier("".join(words_)), stop
        words_.pop()
    return 1, end


_MILLION = 10**6
_GAP_RE = regex.compile(GAP)


def _split_factor(factor: int) -> tuple[int, int]:
    """A multiplier's place part and million part: แสนล้าน (10^11) → (10^5, 10^6)."""
    millions = 1
    while factor % _MILLION == 0 and factor > 1:
        factor //= _MILLION
        millions *= _MILLION
    return factor, millions


def _chain_after(first: str, factor: int, pos: int, doc: Document) -> tuple[Number | None, int] | None:
    """ "3 ล้าน 5 แสน", "1 ล้าน 2 แสน 5 หมื่น", "2 หมื่นห้าพัน": the terms after a multiplied figure.

    Each further term is a digit 1-9 with a multiplier smaller than the last term's, or, to end
    the chain, a whole number below that multiplier (number words, or digits with no multiplier).
    "2 แสน 5 หมื่นล้าน", "3 ล้าน 5 แสนล้าน": a last term ending in ล้าน multiplies the whole chain. Returns
    (value, end); (None, end) when the terms decrease but cannot be one number ("1.5 ล้าน 5 แสน",
    "3 ล้าน 25 แสน", "2 หมื่น 5" which speech reads as 25,000): emit nothing rather than a wrong
    number; None when no term follows.
    """
    total: int | None = None if "." in first else int(first.replace(",", "")) * factor
    last, end = factor, pos
    while True:
        fig = _figure_at(end, doc)
        if fig is None:
            term = _words_term(end, doc)
            if term is not None and term[0] < last:
                value, w_end = term
                return (None if total is None or value < 10 else total + value), w_end
            if term is not None and last == _MILLION and end == pos and "," not in first and total is not None \
                    and term[0] % _MILLION == 0 and 100 <= term[0] // _MILLION < _MILLION:
                return (total + term[0] // _MILLION) * _MILLION, term[1]  # "3 ล้านห้าแสนล้าน": 3.5 ล้านล้าน
            break
        digits, f_start, f_end0 = fig
        f_factor, f_end = _multiplier_after(f_end0, doc)
        if f_factor == 1:  # a figure with no multiplier ends the chain: "2 หมื่น 500 ราย"
            ten = _tens_after(digits, f_end0, doc)
            if ten is not None:  # "6 ร้อย 7 สิบ 8 บาท": a tens term written with สิบ, which the chain does not read
                return None, ten
            tail = int(digits.replace(",", "")) if "." not in digits else None
            if tail is None or not 0 < tail < last or (last >= _MILLION and "," not in digits and _be_year(tail)):
                break
            return (None if total is None or len(digits) < 2 else total + tail), f_end0
        place, millions = _split_factor(f_factor)
        if f_factor < last:
            times = False
        elif millions > 1 and 1 < place < last < _MILLION:
            times = True  # "2 แสน 5 หมื่นล้าน": the ล้าน multiplies the whole chain
        elif millions > 1 and 1 < place < _MILLION == last and end == pos and "," not in first:
            times = True  # "3 ล้าน 5 แสนล้าน": 3.5 ล้านล้าน, the last ล้าน multiplies "3 ล้าน 5 แสน" (not 3 ล้าน + 5 แสนล้าน)
        else:
            break  # "5 แสน 3 ล้าน": a list of two figures, not one number
        if total is None or not digits.isdigit() or not 1 <= int(digits) <= 9:
            return None, f_end
        if times:
            return (total + int(digits) * place) * millions, f_end
        total, last, end = total + int(digits) * f_factor, f_factor, f_end
    return (total, end) if end != pos else None


_TEN = "สิบ"
_ONES_AFTER = regex.compile(rf"{GAP}[0-9๐-๙](?![0-9๐-๙,.])")


def _tens_after(digits: str, end: int, doc: Document) -> int | None:
    """(rev34) One digit 1-9, a gap, then สิบ (the tens place word, which is no multiplier after digits): "7 สิบ 8 บาท",
    "6 ร้อย 7 สิบบาท" write 78 and 670 in a way the reader does not join; read alone the figure after สิบ ("8 บาท") or the
    words from สิบ ("สิบบาท", 10) is a wrong number (main read both). Where such a run ends (after สิบ, the number words
    glued to it and one more digit after a gap), so it makes no record; None when no สิบ follows."""
    if len(digits) != 1 or digits in "0๐":
        return None
    g = _GAP_RE.match(doc.view, end)
    p = g.end() if g else end
    if p == end or not doc.view.startswith(_TEN, p) or not doc.is_boundary(p):
        return None
    w = _words_re().match(doc.view, p)
    stop = w.end() if w else p + len(_TEN)
    ones = _ONES_AFTER.match(doc.view, stop)
    return ones.end() if ones else stop


def _figure_at(pos: int, doc: Document) -> tuple[str, int, int] | None:
    """A plain figure after a gap at `pos` (not a date, ratio, percent or range): its digits and span."""
    g = _GAP_RE.match(doc.view, pos)
    p = g.end() if g else pos
    m = _digit_expr().match(doc.view, p)
    if m is None or m.group("number") is None or m.start("number") != p or m.group("number").startswith("-"):
        return None
    return m.group("number"), p, m.end("number")


def _words_term(pos: int, doc: Document) -> tuple[int, int] | None:
    """Number words after a gap at `pos` ("ห้าแสน"): their whole-number value and end."""
    g = _GAP_RE.match(doc.view, pos)
    p = g.end() if g else pos
    w = _words_re().match(doc.view, p)
    if not w or not doc.is_boundary(p) or not doc.is_boundary(w.end()) or _is_rank(w.end(), doc):
        return None
    if _bare_multiplier(doc.view[p:w.end()]):
        return None
    try:
        value = parse_number(doc.view[p:w.end()])
    except NumberParseError:
        return None
    return (value, w.end()) if isinstance(value, int) and value > 0 else None


def _bare_multiplier(s: str) -> bool:
    """True when `s` is only multiplier words (ล้าน, แสนล้าน): a scale with no figure."""
    return all(w in multiplier_words() for w in _split_re().findall(s))


def _is_rank(end: int, doc: Document) -> bool:
    """True when a rank word follows (พันเอก, ร้อยตำรวจโท, สิบเอก): the number word is a rank."""
    return doc.view[end:end + 6].startswith(_not_number_words("rank_suffix"))


@lexicon_cache
def _not_number_words(kind: str) -> tuple[str, ...]:
    """The words of one kind in data/not_numbers.tsv, as a tuple for str.startswith/endswith."""
    return tuple(sorted(words("not_numbers", kind=kind)))


@lexicon_cache
def _half_frac_res() -> tuple[regex.Pattern, regex.Pattern]:
    lx = _lex()
    one = alternation(w for w, r in lx.role.items() if r == "digit" and lx.value[w] == 1)
    return regex.compile(rf"(?:{lx.half_re})(?:{one})"), regex.compile(rf"(?:{lx.fraction_re})")  # ครึ่งหนึ่ง, ใน


@lexicon_cache(maxsize=4096)
def _words_number(s: str) -> Number | None:
    """parse_number of a run of number words, None when it is no number. The same few runs
    (สอง, สาม, หนึ่ง, ร้อย) recur in every text, so each is parsed once (values are immutable)."""
    try:
        return parse_number(s)
    except NumberParseError:
        return None


def _word_mentions(doc: Document) -> list[NumberMention]:
    out: list[NumberMention] = []
    view, text = doc.view, doc.text
    names = words("not_numbers", kind="name")
    half, frac = _half_frac_res()
    words_re = _words_re()
    family: frozenset[int] | None = None  # where family names start, read once the first time one may
    for m in _words_scan_re().finditer(view):
        start, end = m.span()
        if not (doc.is_boundary(start) and doc.is_boundary(end)) or _is_rank(end, doc):
            continue
        if (view[start:end] in names and not _preceded_by_number_word(start, doc)) or _in_name_phrase(start, end, doc):
            continue
        if view[start - 1:start] == " " and _THAI_START.match(view, end):
            if family is None:
                family = _family_name_starts(doc)
            if start in family:
                continue  # "นายนิยม สองแก้ว": a family name, not two glasses
        if _vague(view, start, end, doc):
            continue
        if _noun_alone(view[start:end], start, end, doc):
            continue  # "ศูนย์บริการ": a centre, not zero
        if _bare_multiplier(view[start:end]) and not _more_than_re().match(view, end):
            continue  # "ล้านบาท" in a heading: a scale with no figure (ล้านกว่าคน has one)
        value = _words_number(view[start:end])
        if value is None or _colloquial_last_digit(view[start:end]):
            continue
        form, rule = "words", "num.words"
        # สองในสาม: a word fraction, when the denominator is a whole token too
        f = frac.match(view, end)
        if f and isinstance(value, int):
            d = words_re.match(view, f.end())
            if d and doc.is_boundary(d.end()) and not _is_rank(d.end(), doc):
                try:
                    value = parse_number(view[start:d.end()])
                    end, form, rule = d.end(), "fraction", "num.fraction"
                except NumberParseError:
                    pass
        out.append(NumberMention(text[start:end], start, end, value=value, form=form, rule=rule))
    for m in half.finditer(view):
        if doc.is_boundary(m.start()) and doc.is_boundary(m.end()):
            out.append(NumberMention(text[m.start():m.end()], m.start(), m.end(), value=Fraction(1, 2),
                                     form="fraction", rule="num.half"))
    return out


@lexicon_cache(maxsize=4096)
def _colloquial_last_digit(s: str) -> bool:
    """ "แสนห้า", "สองหมื่นสาม", "ล้านห้า": a digit word right after a place word of a hundred or more ends the run. Speech
    reads it as the next place down (แสนห้า: 150,000), the written rule as units (100,005); the text does not say
    which, so the run is no number (as "2 หมื่น 5" after digits). "สิบห้า", "ร้อยเอ็ด", "ห้าแสน" are whole numbers."""
    lx = _lex()
    ws = _split_re().findall(s)
    return len(ws) >= 2 and lx.role.get(ws[-1]) == "digit" and lx.value.get(ws[-1], 0) > 0 \
        and lx.role.get(ws[-2]) in ("place", "million") and lx.value[ws[-2]] >= 100


def _family_name_starts(doc: Document) -> frozenset[int]:
    """Where the family names of the person reader's records start ("นายนิยม |สองแก้ว", "นางพัชรี |สองสีโย"): a
    number word there, glued to the rest of the name, names a person and counts nothing."""
    from .extractors.persons import extract_persons

    return frozenset(p.start + p.name.index(" ") + 1 for p in extract_persons(doc) if " " in p.name)


def _noun_alone(word: str, start: int, end: int, doc: Document) -> bool:
    """A number word of not_numbers.tsv's kind noun_alone (ศูนย์), alone, that is a noun (a centre), not a number:
    glued to a following word that is no unit ("ศูนย์|บริการ", "ศูนย์|เรียนรู้") or to a unit a word goes on after
    ("ศูนย์แห่ง|นี้", "เป็นศูนย์ระดับ|ภูมิภาค"), before ฯ ("ศูนย์ฯ") or a Latin name or number ("ศูนย์ AOC",
    "ศูนย์ 1441"), or a classifier ("ให้บริการ 259 ศูนย์", "850 คน/ศูนย์"). "เป็นศูนย์ ", "ศูนย์ราย",
    "เหลือศูนย์ราย|ติดต่อกัน" (a value word before, a follower after), "ร้อยละศูนย์สำหรับ…", "ศูนย์เปอร์เซ็นต์"
    stay zero."""
    if word not in words("not_numbers", kind="noun_alone"):
        return False
    view = doc.view
    if _AFTER_FIGURE.search(view, max(0, start - 12), start) or view[start - 1:start] == "/":
        return True  # "259 ศูนย์", "850 คน/ศูนย์": a classifier
    if _NAME_AFTER.match(view, end):
        return True
    before, after = _percent_word_res()
    if before.search(view, max(0, start - 8), start) or after.match(view, end):
        return False  # "ร้อยละศูนย์สำหรับ…", "ภาษีศูนย์เปอร์เซ็นต์": a percentage of zero
    if end >= len(view) or not _THAI_START.match(view, end):
        return False
    nxt = doc.tokens_after(end, 1)
    glued = bool(nxt) and nxt[0].start == end
    followers = words("not_numbers", kind="zero_follower")
    lead = view[max(0, start - 8):start].endswith(tuple(words("not_numbers", kind="zero_lead")))
    if glued and nxt[0].text in followers and lead:
        return False  # "สุทธิเป็นศูนย์|ภายในปี 2050": net zero by then
    if glued and nxt[0].text in words("units"):
        if nxt[0].end >= len(view) or not _THAI_START.match(view, nxt[0].end):
            return False  # "ศูนย์ราย", "ศูนย์คน/วัน": zero of the unit
        # a word goes on after the unit: a centre ("ศูนย์แห่ง|นี้", "ศูนย์เขต|ใน…", "เป็นศูนย์ระดับ|ภูมิภาค"), unless a
        # value word leads and a follower or a percent word comes next ("เหลือศูนย์ราย|ติดต่อกัน", "ศูนย์มิลลิกรัม|เปอร์เซ็นต์")
        then = doc.tokens_after(nxt[0].end, 1)
        return not (lead and (after.match(view, nxt[0].end) or then and then[0].text in followers))
    return True


@lexicon_cache
def _percent_word_res() -> tuple[regex.Pattern, regex.Pattern]:
    """A percent word of percent_words.tsv written before a number (ร้อยละ), and one glued after it (เปอร์เซ็นต์, %)."""
    return (regex.compile(rf"(?:{alternation(words('percent_words', role='prefix'))})[ ]?\Z"),
            regex.compile(rf"(?:{alternation(words('percent_words', role='suffix'))})"))




_THAI_START = regex.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")  # a consonant or a leading vowel: a word starts
# ศูนย์ฯ, ศูนย์ AOC, ศูนย์\u200bราชการ, "ศูนย์ 1441" (a centre's hotline or number: zero is never read so)
_NAME_AFTER = regex.compile(r"ฯ|[ \u200b]?[A-Za-z]|\u200b[\u0e01-\u0e2e\u0e40-\u0e44]|[ ][0-9]")
_AFTER_FIGURE = regex.compile(r"[0-9๐-๙][ ]\Z")  # "259 ศูนย์": a classifier


@lexicon_cache
def _more_than_re() -> regex.Pattern:
    return regex.compile(rf"{GAP}(?:{grammar_re('more_than_infix')})")


@lexicon_cache
def _unit_heading_re() -> regex.Pattern:
    return regex.compile(rf"(?:(?:{grammar_re('unit_heading')})[ ]?:?|:)[ ]*$")


@lexicon_cache
def multiplier_words() -> frozenset[str]:
    """Place and million words that multiply digits: ร้อย, พัน, หมื่น, แสน, ล้าน."""
    lx = _lex()
    return frozenset(w for w, r in lx.role.items() if r == "million" or (r == "place" and lx.value[w] >= 100))


@lexicon_cache
def _bare_multiplier_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(multiplier_words())})++")


def more_than_after(view: str, end: int) -> bool:
    """กว่า right after a mention: "หมื่นกว่าบาท" is more than 10,000 baht, no unit's name in a heading (rev36)."""
    return _more_than_re().match(view, end) is not None


def is_bare_multiplier(m: NumberMention) -> bool:
    """A mention written as multiplier words alone ("ล้าน" of "ร้อยละ / ล้านบาท" in a table header)."""
    return m.form == "words" and _bare_multiplier_re().fullmatch(m.text) is not None


def _vague(view: str, start: int, end: int, doc: Document) -> bool:
    """หลายล้าน, นับพัน, หลักแสน: a bare place word after a vague prefix is no number."""
    lx = _lex()
    if any(lx.role.get(w) not in ("place", "million") for w in _split_re().findall(view[start:end])):
        return False
    if _unit_heading_re().search(view, max(0, start - 12), start):
        return True  # "(หน่วย : ล้านบาท)" names a unit, not an amount
    return view.endswith(_not_number_words("vague_prefix"), 0, start)


@lexicon_cache
def _name_phrases() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """not_numbers.tsv's name_phrase and fixed_name rows ("แม่น้ำ[สอง]สี", "อาเซียนบวก[สาม]"): number word → (text
    before, text after, whether the name stays one before a unit)."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for kind in ("name_phrase", "fixed_name"):
        for row in words("not_numbers", kind=kind):
            before, _, rest = row.partition("[")
            number, _, after = rest.partition("]")
            out.setdefault(number, []).append((before, after, kind == "fixed_name"))
    return {k: tuple(v) for k, v in out.items()}


def _in_name_phrase(start: int, end: int, doc: Document) -> bool:
    """The number word is inside a name that holds it (แม่น้ำสองสี, วัดโคกเจ็ดลูก): no number. A name that ends with
    its number word (จระเข้สามพัน) is none before a unit or กว่า ("จระเข้สามพันตัว", "สามพันกว่าตัว": a count), unless
    it is a fixed name, which counts nothing ("อาเซียนบวกสามด้านสวัสดิการสังคม": ASEAN Plus Three on welfare)."""
    view = doc.view
    return any(view.endswith(before, 0, start) and view.startswith(after, end)
               and (after or fixed or not _counted_after(end, doc))
               for before, after, fixed in _name_phrases().get(view[start:end], ()))


def _counted_after(end: int, doc: Document) -> bool:
    """A unit (across one space) or a more-than infix (กว่า) right after a number word ending at `end`."""
    if _more_than_re().match(doc.view, end):
        return True
    nxt = [t for t in doc.tokens_after(end, 2) if t.text != " "][:1]
    return bool(nxt) and nxt[0].start <= end + 1 and nxt[0].text in words("units")


def _preceded_by_number_word(start: int, doc: Document) -> bool:
    prev = doc.tokens_before(start, 1)
    return bool(prev) and _words_re().fullmatch(doc.view[prev[0].start:prev[0].end]) is not None


_GROUPED = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")  # a whole figure with thousands commas
_SHORT_FIGURE = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})*")  # a figure whose first group is short ("7", "1,234": "1,234, 567 ราย", rev21)
_THREE_DIGITS = regex.compile(r"[0-9]{3}(?![0-9])")  # exactly three digits, then no digit
_LIST_BEFORE = regex.compile(r"[0-9][ ]?,[ ]?$")  # "400, " before the first figure: a list
_LIST_AFTER = regex.compile(r"[ ]?,[ ]?[0-9]")  # ", 600" after the second figure: a list


def _split_decimal(doc: Document, a: NumberMention, b: NumberMention) -> bool:
    """ "18,353. 362 ล้านบาท": a figure with thousands commas, its point, one space, and digits is
    one decimal broken by a stray space (18,353.362 ล้านบาท), or 18,353 and then 362 ล้านบาท. An
    enumerator ("17. 5 กอง") has no commas."""
    view = doc.view
    return view.startswith(". ", a.end) and _GROUPED.fullmatch(view, a.start, a.end) is not None \
        and _ANY_DIGIT.match(view, b.start) is not None


def _split_decimal_mult(doc: Document, a: NumberMention, b: NumberMention) -> bool:
    """ "ราคา 1. 5 แสนบาท", "1 . 5 ล้านบาท": a bare figure of one to three digits, its point with a space after it (or
    on both sides), and a figure with a multiplier word is one decimal broken by stray spaces (1.5 แสน, 150,000) or a
    list number and an amount, which the text cannot tell: 5 แสนบาท read from 1.5 แสนบาท is wrong. A figure that opens
    a line ("1. 5 แสนบาท สำหรับ…", a list item), follows a digit, a point or a comma, or a label word ("ข้อ 3. 2 ล้าน…")
    is left as it is."""
    view = doc.view
    return view.startswith((". ", " . "), a.end) and b.start in (a.end + 2, a.end + 3) \
        and _SHORT_FIGURE.fullmatch(view, a.start, a.end) is not None \
        and b.rule.startswith(("num.digits.mult", "num.digits.chain")) \
        and not (a.start and view[a.start - 1] in "0123456789.,") and not _line_start_before(view, a.start) \
        and not _label_before(doc, a.start)


_POINTLESS_DIGITS = regex.compile(r"[0-9]+(?![0-9,.])")  # digits with no thousands comma or point after them
_SPACED_POINT_AFTER = regex.compile(r"[ ]\.[0-9]")  # "80 .5": a space, the point, a digit glued to it


def _split_decimal_spaced(doc: Document, a: NumberMention, b: NumberMention) -> bool:
    """ "ผู้ป่วย 12 . 5 ราย", "ราคา 80 . 50 บาท", "ร้อยละ 80 . 5": a figure (one to three digits, or grouped by
    commas), a point with a space on both sides, and bare digits are one decimal broken by stray spaces (12.5 ราย)
    or two figures, which the text cannot tell: 5 ราย read from 12.5 ราย is wrong, and so is ร้อยละ 80 read from
    80.5 (rev38). An enumerator is written with its point glued ("17. 5 กอง", kept); a figure that opens a line,
    follows a digit, a point or a comma, or a label word is left as it is, as in `_split_decimal_mult`."""
    view = doc.view
    return view.startswith(" . ", a.end) and _SHORT_FIGURE.fullmatch(view, a.start, a.end) is not None \
        and _POINTLESS_DIGITS.match(view, b.start, b.end) is not None \
        and not (a.start and view[a.start - 1] in "0123456789.,") and not _line_start_before(view, a.start) \
        and not _label_before(doc, a.start)


def _label_before(doc: Document, start: int) -> bool:
    """A label word (references.tsv: ครั้งที่, ข้อ …) right before the figure, a space between or not."""
    view = doc.view
    before = start - 1 if view[start - 1:start] == " " else start
    return any(view.endswith(w, 0, before) and doc.is_boundary(before - len(w)) for w in reference_words())


def _line_start_before(view: str, pos: int) -> bool:
    """Only spaces and tabs between the line's start (or the text's) and `pos`."""
    j = pos
    while j > 0 and view[j - 1] in " \t":
        j -= 1
    return j == 0 or view[j - 1] == "\n"


def _split_thousands(doc: Document, a: NumberMention, b: NumberMention) -> bool:
    """ "7, 500 ล้านบาท", "140, 674,938 โดส", "1,234, 567 ราย": a short figure (or one grouped by commas), a comma, one space, and a figure that
    starts with exactly three digits is one number broken by a stray space after its thousands comma
    (7,500 ล้านบาท), or two figures in a list (400, 500): 500 ล้านบาท read from 7,500 ล้านบาท is 15
    times too small. A longer list ("400, 500, 600") says it is a list and is kept; so is a figure
    of four digits or more before the comma (2021, 344)."""
    view = doc.view
    return view.startswith(", ", a.end) and _SHORT_FIGURE.fullmatch(view, a.start, a.end) is not None \
        and _THREE_DIGITS.match(view, b.start) is not None \
        and not (a.start and view[a.start - 1] in "0123456789.,") \
        and not _LIST_BEFORE.search(view, max(0, a.start - 4), a.start) \
        and not _LIST_AFTER.match(view, b.end)


_SHORT_GROUP = regex.compile(r"(?P<head>[0-9]{1,2})(?:,[0-9]{3})+(?![0-9])")  # a first group of one or two digits


def _split_group(doc: Document, a: NumberMention, b: NumberMention) -> bool:
    """ "ผู้ป่วยสะสม 1 90,588 ราย": a bare figure of one or two digits, one space, and a figure with
    thousands commas whose first group is short enough that both together make a well-formed first
    group (1 + 90,588 = 190,588) is one number broken by a stray space, or a list number and a
    figure: 90,588 ราย read from 190,588 ราย is wrong by a hundred thousand. A figure after a digit,
    a point or a comma ("2,5 10,000") is left to the other shapes; one after a label word
    ("ครั้งที่ 1 20,000 คน", "ข้อ 2 15,000 บาท") is the label's, and the figure after it stands alone; a
    word that only ends like a label ("ผู้ลงทะเบียน 1 90,588 ราย": ลงทะเบียน, not ทะเบียน) is none."""
    view = doc.view
    if view[a.end:a.end + 1] != " " or _SHORT_FIGURE.fullmatch(view, a.start, a.end) is None:
        return False
    head = _SHORT_GROUP.match(view, b.start, b.end)
    if head is None or head.end() != b.end or len(head["head"]) + (a.end - a.start) != 3 \
            or (a.start and view[a.start - 1] in "0123456789.,"):
        return False
    before = a.start - 1 if view[a.start - 1:a.start] == " " else a.start
    return not any(view.endswith(w, 0, before) and doc.is_boundary(before - len(w)) for w in reference_words())


_ONE_DIGIT = regex.compile(r"[0-9]")  # a bare figure of one digit
_DIGIT_LIST_BEFORE = regex.compile(r"[0-9][ ,]{1,2}\Z")  # "1 2 3": a figure and a space before the first
# not "1 2 3", "3 4)", "1 2, 3", "3 และ 4 2.นำพา" (an enumerator)
_NO_LIST_AFTER = regex.compile(r"(?![ ]?[0-9)]|[.,])")


def _split_digit(doc: Document, a: NumberMention, b: NumberMention) -> bool:
    """ "รวมทั้งสิ้น 1 1 สาขา ได้แก่ …": two bare figures of one digit each, one space apart, are one two-digit number
    broken by a stray space (11 สาขา) or a list number and a figure, which the text cannot tell: 1 สาขา read from 11
    is wrong. A figure after a digit, a point or a comma is left to the other shapes; a list or an enumerator after the
    second figure or before the first ("1 2 3 และ 7", "ระยะที่ 3 4) โครงการ…", "ที่ 3 และ 4 2.นำพา…") and a label word
    before the first ("ระยะที่ 3 4 …", "ข้อ 2 5 ราย") are kept as they are."""
    view = doc.view
    if view[a.end:a.end + 1] != " " or _ONE_DIGIT.fullmatch(view, a.start, a.end) is None \
            or _ONE_DIGIT.fullmatch(view, b.start, b.end) is None \
            or (a.start and view[a.start - 1] in "0123456789.,") or not _NO_LIST_AFTER.match(view, b.end) \
            or _DIGIT_LIST_BEFORE.search(view, max(0, a.start - 3), a.start):
        return False
    before = a.start - 1 if view[a.start - 1:a.start] == " " else a.start
    return not any(view.endswith(w, 0, before) and doc.is_boundary(before - len(w)) for w in reference_words())


@lexicon_cache
def reference_words() -> tuple[str, ...]:
    """The words of data/references.tsv (ครั้งที่, ข้อ, ชั้น ...), for str.endswith; what
    linking.label_before's pattern is made of."""
    return tuple(sorted(words("references")))


_SPACES_ONLY = regex.compile(r"[ ]{1,%d}" % MAX_GAP)


def _words_then_figure(out: list[NumberMention], doc: Document) -> None:
    """ "สามล้าน 5 แสนบาท", "ห้าแสน 2 หมื่นบาท", "หนึ่งร้อย 20 คน", "สามสิบ 5 ราย": number words ending in a place word
    (สิบ … ล้าน; สิบ since rev31, main read 5 ราย), spaces, then a figure below that place are one number written half in
    words (3,500,000), or two; 5 แสนบาท alone is a seventh of the amount. Neither part keeps a value (both become
    codes, rule num.split_words): never a wrong number. A figure not below the place ("ห้าแสน 2 ล้านคน") is a second number and stays one."""
    lx = _lex()
    view = doc.view
    joined: list[int] = []
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.form != "words" or b.form != "number" or not isinstance(a.value, int) or b.value is None \
                or _SPACES_ONLY.fullmatch(view, a.end, b.start) is None:
            continue
        ws = _split_re().findall(view[a.start:a.end])
        factor = 1
        for w in reversed(ws):  # the place and million words that end the run: แสน, ล้าน, แสนล้าน
            if lx.role.get(w) not in ("place", "million"):
                break
            factor *= lx.value[w]
        if factor >= 10 and len(ws) > 1 and b.value >= factor and b.rule in _WITH_MULTIPLIER \
                and (pm := _PLACE_MILLION.search(view, b.start, b.end)) is not None \
                and lx.value[pm.group("place")] < factor:
            # (rev36) "สองแสน 5 หมื่นล้านบาท": the ล้าน after the figure scales the words too (250,000 ล้าน), main read 5
            # หมื่นล้าน alone (a fifth of it); both become codes, no record. (rev36b) Also after words with ล้าน:
            # "สามล้าน 5 แสนล้านบาท" is 3,500,000 ล้าน (3.5 million million, as "3 ล้าน 5 แสนล้านบาท" reads), not 5 แสนล้าน
            for k, m in ((i, a), (i + 1, b)):
                out[k] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule="num.split_words")
            continue
        if factor >= 10 and len(ws) > 1 and 0 < b.value < factor:
            if b.rule in _WITH_MULTIPLIER and isinstance(b.value, int) and not _chained_after(doc, b.end):
                # (rev36) "สามล้าน 5 แสนบาท", "ห้าแสน 2 หมื่นบาท": the figure carries its own place word, below the
                # words' last place, so it is the lower part of one number as "3 ล้าน 5 แสน" is (3,500,000)
                out[i] = NumberMention(doc.text[a.start:b.end], a.start, b.end, value=a.value + b.value,
                                       form="number", rule=_WORDS_CHAIN)
                joined.append(i + 1)
                continue
            for k, m in ((i, a), (i + 1, b)):
                out[k] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule="num.split_words")
    for k in reversed(joined):
        del out[k]  # the figure read into the words before it
    for k, b in enumerate(out):
        if b.form != "number" or not isinstance(b.value, int):
            continue
        # (rev36b) "ผู้ป่วยสะสมสองหมื่น 5 พันราย": the segmenter glued สอง to the word before it (สะ|สมสอง|หมื่น), so the
        # words are no mention and 5 พัน alone would be a fifth of 25,000 (main read 5,000); a figure right after a digit
        # word and place words it is below is the lower part of a number unread: no record, as for words read above
        # both patterns below end with a place word (ร้อย พัน หมื่น แสน ล้าน: last letter ย or น) and spaces at the
        # figure: without one there, neither can match (s38: most figures, two searches saved)
        j, lo = b.start, max(0, b.start - 40)
        while j > lo and view[j - 1] == " ":
            j -= 1
        if j <= lo or view[j - 1] not in _PLACE_LAST_LETTERS:
            continue
        w = _UNREAD_WORDS_BEFORE.search(view, max(0, b.start - 40), b.start)
        if w is not None and not _overlaps_mention(out, w.start("words"), w.end("words")):
            _unread_lower_part(out, k, b, w.group("places"), lx)
        if out[k] is not b or b.rule not in (*_WITH_MULTIPLIER, _PLAIN_DIGITS):
            continue
        # (rev36c) "งบประมาณพันล้าน 5 ร้อยล้านบาท", "ประชากรกว่าแสน 5 หมื่นคน": a bare place word (no digit word, so no
        # mention: a bare multiplier is none) standing as its own word right before a figure with a lower place word is
        # the top of one number (1,500 ล้าน, 150,000); 5 ร้อยล้าน alone is a third of it (main read 500,000,000): no
        # record. Not when the place word ends a longer word ("ภาระผูกพัน 5 ร้อยล้าน", "กองพัน 5 ร้อยนาย": no word start),
        # nor after หลัก ("เงินเดือนหลักหมื่น 3 พันคน": a magnitude, never a number's top), nor when the figure's scale is
        # not the words' ("โครงการหมื่นล้าน 5 พันราย": พันล้าน would go on the lower part)
        w = _BARE_PLACES_BEFORE.search(view, max(0, b.start - 40), b.start)
        if w is None or not doc.is_boundary(w.start("words")) or view.endswith("หลัก", 0, w.start("words")) \
                or _million_scale(w.group("words")) != _figure_scale(b.text) \
                or _overlaps_mention(out, w.start("words"), w.end("words")):
            continue
        if (b.rule == _PLAIN_DIGITS or _figure_scale(b.text) != _million_scale(b.text)) \
                and (not _fills_next_place(b, w.group("words"), lx)
                     or _rough_size_before(doc, w.start("words"))):
            continue
        if _ends_a_name(doc, view, w.start("words")):
            continue  # (rev37b) "บ้านหนองแสน 12,000 ไร่", "ตำบลบ้านพัน 5 ร้อยไร่", "นายแสน 50,000 บาท": the place word ends a name
        # (rev37) a plain figure too: "ราคาพัน 500 บาท" (1,500 may be meant; main read 500 บาท), "ประชากรแสน 50,000 คน";
        # and a figure of ล้าน under words of ล้าน: "งบประมาณพันล้าน 500 ล้านบาท" (1,500 ล้าน; main read 500 ล้านบาท). Such a
        # figure only when it fills the place right below the words' (100–999 under พัน): a small count after a place
        # name the segmenter split keeps its record ("บ้านหนองแสน 12 ครัวเรือน", "บ้านดงพัน 35 หลังคาเรือน"), and not
        # after a word of rough size (นับ, ทะลุ, เกือบ, กว่า, ละ …): "ผู้ชุมนุมนับพัน 500 คนถูกจับ", "ทะลุแสน 50,000 รายเป็นเด็ก"
        # are a magnitude, then a number of its own
        _unread_lower_part(out, k, b, w.group("words"), lx)
    _unread_range_low(out, doc, lx)


_RANGE_TO = regex.compile(r"[ ]{0,3}(?:จน)?ถึง[ ]{0,3}")
_PLAIN_RANGE = regex.compile(r"[0-9,]+[ ]?-[ ]?[0-9,]+")
_GAP_ONLY = regex.compile(r"[ ]{1,3}")


def _unread_range_low(out: list[NumberMention], doc: Document, lx: _Lex) -> None:
    """(rev37e) A range whose low is a plain figure right after bare place words it fills the place below of ("ราคาพัน
    500 - 2,000 บาท": 1,500 to 2,000 may be meant; main read 500 to 2,000), and the top joined by ถึง to a figure read as
    such an unread lower part ("ผู้ป่วยกว่าพัน 500 ถึง 600 ราย": main read 600 ราย, 1,600 may be meant): no record, as the
    figure alone gets none."""
    view = doc.view
    for k, b in enumerate(out):
        if b.form == "range" and b.rule == "num.range" and _PLAIN_RANGE.fullmatch(b.text) is not None \
                and b.values and isinstance(b.values[0], int):
            a = out[k - 1] if k else None
            if a is not None and a.rule in _WITH_MULTIPLIER and isinstance(a.value, int) \
                    and _GAP_ONLY.fullmatch(view, a.end, b.start) is not None \
                    and (t := _PLACE_TAIL.search(a.text)) is not None \
                    and 0 < b.values[0] < math.prod(lx.value[p] for p in _PLACE_RUN.findall(t.group())):
                # "ราคา 1 พัน 500 - 2,000 บาท": the low is 1,500, as "1 พัน 500 บาท" is (main read 1 พัน and 500 to 2,000)
                for j, m in ((k - 1, a), (k, b)):
                    out[j] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule="num.split_words")
                continue
            w = _BARE_PLACES_BEFORE.search(view, max(0, b.start - 40), b.start)
            if w is None or not doc.is_boundary(w.start("words")) or view.endswith("หลัก", 0, w.start("words")) \
                    or _million_scale(w.group("words")) != 0 or _overlaps_mention(out, w.start("words"), w.end("words")) \
                    or _rough_size_before(doc, w.start("words")) or _ends_a_name(doc, view, w.start("words")):
                continue
            low = NumberMention(b.text, b.start, b.end, value=b.values[0], form="number", rule=_PLAIN_DIGITS)
            if _fills_next_place(low, w.group("words"), lx):
                _unread_lower_part(out, k, low, w.group("words"), lx)
        elif b.rule == "num.split_words" and k + 1 < len(out) and out[k + 1].form == "number":
            g = _RANGE_TO.match(view, b.end)
            if g is not None and g.end() == out[k + 1].start:
                n = out[k + 1]
                out[k + 1] = NumberMention(n.text, n.start, n.end, value=None, form="code", rule="num.split_words")


def _overlaps_mention(out: list[NumberMention], start: int, end: int) -> bool:
    """Does a mention of `out` overlap [start, end) (number words read as a mention of their own)?"""
    return any(m.start < end and m.end > start for m in out)

def _unread_lower_part(out: list[NumberMention], k: int, b: NumberMention, places: str, lx: _Lex) -> None:
    """No record for the figure `out[k]` when it is below the place words `places` stand for (rev36b, rev36c): the
    lower part of one number whose top was not read."""
    factor = 1
    for p in _PLACE_RUN.findall(places):
        factor *= lx.value[p]
    if isinstance(b.value, int) and 0 < b.value < factor:
        out[k] = NumberMention(b.text, b.start, b.end, value=None, form="code", rule="num.split_words")


def _rough_size_before(doc: Document, at: int) -> bool:
    """A word of magnitude (นับ, หลาย) as a word of its own right before the place words at `at` (rev37; rev37d: only
    those two); not the end of a longer word."""
    m = _MAGNITUDE_BEFORE.search(doc.view, max(0, at - 8), at)
    return m is not None and doc.is_boundary(m.start())


def _ends_a_name(doc: Document, view: str, at: int) -> bool:
    """The place word at `at` ends a place's or a person's name (rev37b): a place name's head (grammar.tsv
    place_name_head: บ้าน, หมู่บ้าน, ตำบล, อำเภอ…) stands in the run of letters glued before it with the name's first
    letters between ("บ้านหนองแสน", "ตำบลเวียงพัน"), or a civil title (person_titles.tsv: นาย, นาง…) right before it
    ("นายแสน"); but not ละ or an amount's noun right before the place word ("หมู่บ้านละล้าน 5 แสนบาท": a million each,
    1.5 million may be meant).
    (rev37c) The letters between the head and the place word must open with a word that opens place names (grammar.tsv
    place_name_word: หนอง, โนน, เวียง, บ้าน…), be at most NAME_REACH letters and hold no amount's noun or verb (range_lead):
    "ตำบลนี้มีประชากรแสน 20,000 คน", "ชุมชนใช้งบแสน 50,000 บาท", "อำเภอมีผู้ป่วยพัน 500 ราย" are a subject, a verb and a
    figure (120,000 may be meant: rev37b kept 20,000); and the title must open its own word ("ค่าทนายพัน 500 บาท", "ขุนนาง
    พัน 500 คน": ทนาย, ขุนนาง are no title before a name)."""
    run = _GLUED_RUN_BEFORE.search(view, max(0, at - 40), at)
    if run is None or run.group().endswith(("ละ", *_amount_leads())):
        return False  # nor an amount's noun (grammar.tsv range_lead) right before it: "บ้านราคาแสน 50,000 บาท"
    titles, places, name_words = _name_head_res()
    # a place's head with the name's first letters between ("บ้านหนองแสน", "ตำบลบ้านพัน"; "ค่าเช่าบ้านพัน 500 บาท" is no
    # name), a title right before it too ("นายแสน")
    t = titles.search(run.group())
    if t is not None and doc.is_boundary(run.start() + t.start()):
        return True
    for m in places.finditer(run.group()):
        name = run.group()[m.end():]
        # (rev37d) nor an amount's noun before the head: "ราคาบ้านท่าทรายแสน 50,000 บาท" is a house's price (150,000 may be
        # meant; rev37c kept 50,000 บาท)
        if 0 < len(name) <= NAME_REACH and name_words.match(name) is not None \
                and not any(w in name or w in run.group()[:m.start()] for w in _amount_leads()):
            return True
    return False


NAME_REACH = 10  # letters of a place's name between its head and the place word that ends it, at most (rev37c)
_GLUED_RUN_BEFORE = regex.compile(r"[^\s0-9]{1,40}\Z")


@lexicon_cache
def _amount_leads() -> tuple[str, ...]:
    return tuple(words("grammar", role="range_lead"))


@lexicon_cache
def _name_head_res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    titles = words("person_titles", column="title", kind="civil")
    heads = words("grammar", role="place_name_head")  # not name_head's จังหวัด, บริษัท…: "จังหวัดมีประชากรแสน 20,000 คน"
    whole = alternation(h for h in heads if not h.endswith("."))
    short = alternation(h for h in heads | titles if h.endswith("."))  # only opening the run ("ต.เวียงพัน", not "ผอ.")
    name_words = words("grammar", role="place_name_word") | {h for h in heads if not h.endswith(".")}
    return (regex.compile(rf"(?:{alternation(titles)})\Z"),
            regex.compile(rf"(?:{whole}|^(?:{short}))"),
            regex.compile(rf"(?:{alternation(name_words)})"))


def _fills_next_place(b: NumberMention, places: str, lx: _Lex) -> bool:
    """The figure `b` is at least a tenth of the value the place words `places` stand for (500 under พัน, 5 ร้อยล้าน
    under พันล้าน): the digits right below that place (rev37)."""
    factor = 1
    for p in _PLACE_RUN.findall(places):
        factor *= lx.value[p]
    return isinstance(b.value, int) and b.value * 10 >= factor


def _million_scale(text: str) -> int:
    """How many ล้าน scale the place word ending `text` ("พันล้าน" 1, "ล้าน" 0: the place itself, "ล้านล้าน" 1)."""
    run = _PLACE_TAIL.search(text)
    places = _PLACE_RUN.findall(run.group()) if run else []
    n = 0
    while places and places[-1] == "ล้าน" and len(places) > 1:
        places.pop()
        n += 1
    return n


def _figure_scale(text: str) -> int:
    """How many ล้าน scale a figure's own place word ("5 ร้อยล้าน" 1, "500 ล้าน" 1: the ล้าน multiplies the digits,
    "5 แสน", "500" 0), to be set beside `_million_scale` of the bare place words before it (rev37)."""
    run = _PLACE_TAIL.search(text)
    return 1 if run is not None and run.group() == "ล้าน" else _million_scale(text)


# (rev37b) + เกิน (not ไม่เกิน, a cap on the whole: "วงเงินไม่เกินพันล้าน 300 ล้านบาท"), ใกล้, ระดับ, ตั้ง and ๆ after the
# word ("ยอดผู้ป่วยเกินแสน 50,000 รายเป็นเด็ก", "ราวๆพัน 500 คน"); (rev37c) not ตั้ง, which stresses an exact amount as
# large ("ตั้ง 500 บาท"): "ค่าเข้าชมตั้งพัน 500 บาท" may be 1,500 (rev37b read 500 บาท)
# (rev37d) only นับ and หลาย, which name a magnitude and never open a number with a lower part ("นับพัน", "หลายพัน"; no
# "นับพันห้าร้อย"): after the others a lower part is ordinary Thai ("กว่าพันห้าร้อย", "เกือบแสนห้า", "ทะลุแสนห้า", "ราวพันห้า",
# "คนละพันห้า"), so "ผู้ป่วยกว่าพัน 500 ราย", "ราวๆพัน 500 คน", "ยอดผู้ป่วยเกินแสน 50,000 รายเป็นเด็ก" may mean 1,500, 150,000:
# no record (rev37, rev37b kept 500, 50,000)
_MAGNITUDE_BEFORE = regex.compile(r"(?:นับ|หลาย)(?:[ ]?ๆ)?[ ]?\Z")
_PLAIN_DIGITS = "num.digits"  # a whole figure with no place word of its own ("500")
_PLACE_TAIL = regex.compile(r"(?:ร้อย|พัน|หมื่น|แสน|ล้าน)+\Z")
# (rev37e) spaces {0,…}: a figure glued to the words is the same lower part ("ราคาพัน500 บาท", "สองหมื่น5 พันราย";
# main read 500 บาท, 5 พันราย)
_BARE_PLACES_BEFORE = regex.compile(r"(?P<words>(?:พัน|หมื่น|แสน|ล้าน)(?:ร้อย|พัน|หมื่น|แสน|ล้าน)*)[ ]{0,%d}\Z"
                                    % MAX_GAP)
_WORDS_CHAIN = "num.words.chain"
_PLACE_LAST_LETTERS = frozenset(w[-1] for w in ("ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"))  # ย, น
_PLACE_RUN = regex.compile(r"ร้อย|พัน|หมื่น|แสน|ล้าน")
_UNREAD_WORDS_BEFORE = regex.compile(r"(?P<words>(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)(?P<places>(?:ร้อย|พัน|หมื่น|แสน|ล้าน)+))"
                                     r"[ ]{0,%d}\Z" % MAX_GAP)
_PLACE_MILLION = regex.compile(r"(?P<place>ร้อย|พัน|หมื่น|แสน)ล้าน\Z")  # "5 หมื่นล้าน": a place word before ล้าน
_WITH_MULTIPLIER = ("num.digits.mult", "num.digits.chain")  # a whole figure and its own place word ("5 แสน")


def _chained_after(doc: Document, end: int) -> bool:
    """A figure or a number word after the spaces past `end`: the run goes on ("สามล้าน 5 แสน 2 …"), unread here."""
    rest = doc.view[end:end + MAX_GAP + 8].lstrip(" \t")
    w = _words_re().match(rest)
    return bool(rest) and (rest[0].isdigit() or w is not None and w.end() > 0)


# (rule, characters between the two figures, shape)
_BROKEN = (("num.split_decimal", 2, _split_decimal), ("num.split_decimal", 2, _split_decimal_mult),
           ("num.split_decimal", 3, _split_decimal_mult), ("num.split_decimal", 3, _split_decimal_spaced),
           ("num.split_thousands", 2, _split_thousands),
           ("num.split_group", 1, _split_group), ("num.split_digit", 1, _split_digit))


def _broken_figures(out: list[NumberMention], doc: Document) -> None:
    """Two figures one separator and one space (or one space alone) apart that may be one number
    broken by a stray space: the text cannot tell which, so neither part keeps a value; both become codes and no
    record is built from them (never a wrong number). The shapes read the normalised view: a no-break
    space there is a space, a Thai digit an ASCII one."""
    for rule, gap, broken in _BROKEN:  # one shape after the other: a figure a first shape took is no number
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            # the second may carry its percent sign ("7, 500 %", "3 . 25 %": rev38)
            if b.start == a.end + gap and a.form == "number" and b.form in ("number", "percent") \
                    and broken(doc, a, b):
                for k, m in ((i, a), (i + 1, b)):
                    out[k] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule=rule)
    view = doc.view
    for i, a in enumerate(out):  # "ร้อยละ 80 .5": a point glued to the digits after it, a space before: 80.5 or 80
        if a.form == "number" and _SPACED_POINT_AFTER.match(view, a.end) \
                and _SHORT_FIGURE.fullmatch(view, a.start, a.end) is not None \
                and not (a.start and view[a.start - 1] in "0123456789.,") and not _line_start_before(view, a.start) \
                and not _label_before(doc, a.start):
            out[i] = NumberMention(a.text, a.start, a.end, value=None, form="code", rule="num.split_decimal")


# "ปี 2565 - 12 ราย", "พ.ศ. 2566 – 5 โครงการ": a year word's year, a spaced dash and a lower figure are no range
# (it would fall) but the year and a figure of that year (v22)
# a year written short after its word ("ปีงบ 67 - 500 ล้านบาท", v24: main read the range 67 to 500 ล้านบาท) too
_YEAR_DASH_FIGURE = regex.compile(r"(?P<year>(?:25|19|20)[0-9]{2}|[4-9][0-9](?![0-9])) - (?P<fig>[0-9][0-9,]*(?:\.[0-9]+)?)")
_GROUPED = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
# not ปีละ, ต่อปี, รายปี, ทุกปี: "ค่าเช่าปีละ 2500 - 3,000 บาท" is a rate's range, no year (rev23b)
_YEAR_WORD_BEFORE = regex.compile(r"(?:(?<!ต่อ[ ]?|ราย|ทุก)ปี(?!ละ)[\u0E01-\u0E4E]{0,10}|พ\.ศ\.|ค\.ศ\.)[ ]?(?:(?:พ\.ศ\.|ค\.ศ\.)[ ]?)?\Z")


def _year_dash_figure(out: list[NumberMention], doc: Document) -> None:
    """A falling range ("num.range.descending", no value) that is a year word's year, " - " and a lower figure is
    split into the year and the figure: "ผู้ป่วยสะสม ปี 2565 - 12 ราย" counts 12 ราย in 2565; so is a rising one whose
    top is grouped or has decimals, which no year has ("ปี 2566 - 3,000 ราย"), and either with a multiplier after the
    figure ("ปี 2566 - 1.5 ล้านบาท", "ปี 2566 - 3,000 ล้านบาท": v23). Both are numbers again;
    the quantities decide what each is (the year is no count: a date reads it)."""
    view = doc.view
    for i, m in enumerate(out):
        if m.rule not in ("num.range.descending", "num.range", "num.range.mult_unclear", "num.range.mult"):
            continue
        if _QUARTER_WORD_BEFORE.search(view, max(0, m.start - 10), m.start):
            _quarter_dash_figure(out, i, m, doc)
            continue
        factor = 1
        if m.rule in ("num.range", "num.range.descending"):
            g = _YEAR_DASH_FIGURE.fullmatch(view, m.start, m.end)
        else:  # "ปี 2566 - 1.5 ล้านบาท": the multiplier is the figure's alone (v23)
            g = _YEAR_DASH_FIGURE.match(view, m.start, m.end)
            if g is not None:
                factor, mend = _multiplier_after(g.end(), doc)
                if factor == 1 or mend != m.end:
                    continue
        if g is None or not _YEAR_WORD_BEFORE.search(view, max(0, m.start - 24), m.start):
            continue
        fig = g["fig"]
        short = len(g["year"]) == 2
        if m.rule in ("num.range", "num.range.mult") and not ("," in fig or "." in fig or short and len(fig) > 2):
            continue  # "ปี 2566 - 2570", "ปี 66 - 70": a range of years; "ปี 2566 - 3,000 ราย", "ปี 67 - 500 ราย": a
            # year and a count
        if "," in fig and not _GROUPED.fullmatch(fig):
            continue
        if factor != 1 and len(fig) == 2 and int(fig) > int(g["year"]) % 100:
            continue  # "ปี 2565 - 70 ล้าน…": 70 may end a range of years (2565-70), as "ปี 2565 - 70 ราย" (v22)
        _split_head_figure(out, i, m, doc, g, "year", factor)


_QUARTER_DASH_FIGURE = regex.compile(r"(?P<q>[1-4]) - (?P<fig>[0-9][0-9,]*(?:\.[0-9]+)?)")
_QUARTER_WORD_BEFORE = regex.compile(r"ไตรมาส(?:ที่)?[ ]?\Z")


def _quarter_dash_figure(out: list[NumberMention], i: int, m: NumberMention, doc: Document) -> None:
    """ "ยอดขายไตรมาส 4 - 3 ล้านบาท", "ไตรมาส 2 - 1.5 ล้านบาท", "ไตรมาส 1 - 2,500 ล้านบาท": a quarter's number, " - "
    and a figure with a multiplier or grouped or with decimals, which no quarter's number can end, are the quarter
    and an amount of that quarter (v23); main read "1 - 2,500 ล้าน" a range of amounts, the quarter's 1 its low.
    "ไตรมาส 1 - 3 ล้านบาท" stays as it was (no record): quarters 1 to 3 as a heading's unit is a reading too."""
    g = _QUARTER_DASH_FIGURE.match(doc.view, m.start, m.end)  # the caller found the quarter word before it
    if g is None:
        return
    fig = g["fig"]
    factor, mend = _multiplier_after(g.end(), doc)
    if mend != m.end or factor == 1 and not ("," in fig or "." in fig):
        return
    if "," in fig and not _GROUPED.fullmatch(fig):
        return
    if "," not in fig and "." not in fig and int(g["q"]) < int(fig) <= 4:
        return  # "ไตรมาส 1 - 3 ล้านบาท": a range of quarters as likely
    _split_head_figure(out, i, m, doc, g, "q", factor)


def _split_head_figure(out: list[NumberMention], i: int, m: NumberMention, doc: Document, g, head: str,
                       factor: int) -> None:
    """Replace the range mention out[i] by its head (group `head` of `g`: a year or a quarter's number) and the figure
    after the dash (group "fig", times `factor`), two numbers again."""
    hs, fs = g.start(head), g.start("fig")
    out[i:i + 1] = [
        NumberMention(doc.text[hs:g.end(head)], hs, g.end(head), value=int(g[head]), form="number", rule="num.digits"),
        NumberMention(doc.text[fs:m.end], fs, m.end, value=_scale(g["fig"], factor), form="number",
                      rule="num.digits" + (".mult" if factor != 1 else "")),
    ]


_PLUS_BEFORE = regex.compile(r"[0-9]\+\Z")
_PLUS_AFTER = regex.compile(r"\+[0-9]")


def _plus_joined(out: list[NumberMention], view: str) -> None:
    """ "กม. ที่ 20+400" (kilometre 20 and 400 metres), "กม.13+000.000", "5+3": a figure joined to
    digits by a plus with no space is a kilometre marker's part or a term of a sum, never a count
    by itself: it becomes a code and no record is built from it (400 อำเภอ read from "20+400
    อำเภอ…" is a distance marker read as a count of districts). Digit expressions are left as they
    are, so tokens stay the same."""
    for k, m in enumerate(out):
        if m.form in ("number", "range", "percent") and (
                _PLUS_BEFORE.search(view, max(0, m.start - 2), m.start) or _PLUS_AFTER.match(view, m.end)):
            out[k] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule="num.plus_joined")


_LEADING_ZERO = regex.compile(r"-?0[0-9]")


def _leading_zero(out: list[NumberMention], view: str) -> None:
    """ "000 บาท" of "3 500 000 บาท", "05 คน", "0123", "08.30": a figure written with a leading zero is a code, a time or
    a piece of a longer figure, never a count (0 baht read from "3 500 000 บาท"); it becomes a code. "0.5" stays."""
    for k, m in enumerate(out):
        if m.form == "number" and m.value is not None and _LEADING_ZERO.match(view, m.start):
            out[k] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule="num.leading_zero")


@lexicon_cache
def _name_number_res() -> dict[str, regex.Pattern]:
    """The names of phrase_words roles number_name and number_code, by the number each takes ("19": โควิด, COVID)."""
    by_number: dict[str, set[str]] = {}
    for r in load_tsv("phrase_words"):
        if r["role"] in ("number_name", "number_code"):
            by_number.setdefault(r["value"], set()).add(r["word"])
    return {n: regex.compile(rf"(?:{alternation(ws)}){NAME_NUMBER_GAP}\Z") for n, ws in by_number.items()}


NAME_NUMBER_GAP = r"(?:[ ]?[-–][ ]?|[ ])?"  # between a name and its number: glued, a space, or a (spaced) dash


@lexicon_cache
def _name_number_reach() -> int:
    """How far before a number its name is searched: the longest name (หน่วยราชการในพระองค์ of 904) and a spaced dash."""
    return 3 + max((len(r["word"]) for r in load_tsv("phrase_words") if r["role"] in ("number_name", "number_code")),
                   default=0)


def _name_numbers(out: list[NumberMention], view: str) -> None:
    """ "โควิด 19", "โควิด - 19", "โควิด -19" (phrase_words role number_name before the digits, across a space or a
    spaced dash, or glued: "โควิด-19"): the name's number, not a figure; it becomes a code with no value ("-19" is
    no minus nineteen). Tokens stay as they are."""
    name_res, reach = _name_number_res(), _name_number_reach()
    for k, m in enumerate(out):
        head = m.start + 1 if view.startswith(("-", "–"), m.start) else m.start
        name = name_res.get(view[head:m.end])
        if m.form in ("number", "range") and name is not None and name.search(view, max(0, head - reach), head):
            out[k] = NumberMention(m.text, m.start, m.end, value=None, form="code", rule="num.name_number")


def digit_expressions(view: str):
    """Spans of every digit expression in a normalised view (used to protect tokens): the regex's own iterator, no
    generator frame a match."""
    return _digit_expr().finditer(view)


def find_numbers(text: str, *, _doc: Document | None = None) -> list[NumberMention]:
    """Every number mention in `text`, in order, with exact values and true offsets.

    >>> [(m.text, m.form, m.value) for m in find_numbers("สมาชิก ๑,๕๔๙ ราย งบ 1.5 ล้านบาท")]
    [('๑,๕๔๙', 'number', 1549), ('1.5 ล้าน', 'number', Decimal('1500000'))]
    """
    require_str("find_numbers", text)
    if _doc is None:
        from .composed import compose_typed
        from .document import Document

        composed = compose_typed(text)  # "5 เเสน" read as 5 แสน, offsets and texts the original's (as extract())
        if composed is not None:
            return [composed.record_in_original(m) for m in find_numbers(composed.text)]
        _doc = Document(text)
    with exact_context():  # signs and multipliers never round (a negation rounds too)
        out = [mm for m in _doc.digit_matches if (mm := _digit_mention(m, _doc))]  # found once a document
    _year_dash_figure(out, _doc)
    _broken_figures(out, _doc)
    _plus_joined(out, _doc.view)
    _name_numbers(out, _doc.view)
    _leading_zero(out, _doc.view)
    if _lex() and _THAI_CHAR.search(_doc.view):
        out.extend(_word_mentions(_doc))
        # a words mention that overlaps a digit mention (e.g. inside a multiplier) is dropped
        out = leftmost_longest(out)
        _words_then_figure(out, _doc)
        return out
    return leftmost_longest(out)
