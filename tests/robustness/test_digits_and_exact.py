"""Digits are what Python can read, and arithmetic is exact at any size.

Every Unicode decimal digit (`\\p{Nd}` as the `regex` module knows it, a newer Unicode than
this Python's `unicodedata`) goes through `extract`, `find_numbers` and `parse_number` in a
few contexts: no exception but `NumberParseError` from `parse_number`, true offsets, and a
digit Python cannot read is never part of a number.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from fractions import Fraction

import pytest
import regex

from thai_report_ie import extract
from thai_report_ie.errors import NumberParseError
from thai_report_ie.normalize import normalise
from thai_report_ie.numerals import find_numbers, parse_number

ALL_DIGITS = regex.findall(r"\p{Nd}", "".join(map(chr, range(0x20000))))
CONTEXTS = ["{}", "12{}3 คน", "{},000 บาท", "ร้อยละ {}", "วันที่ {} มกราคม 25{}{}"]


def test_the_walk_covers_digits_python_cannot_read() -> None:
    unreadable = [c for c in ALL_DIGITS if unicodedata.decimal(c, None) is None]
    assert len(ALL_DIGITS) >= 660
    # true with Python 3.12/3.13's Unicode 14/15 and regex's Unicode 16; empty once they agree
    assert unreadable or unicodedata.unidata_version >= "16"


@pytest.mark.parametrize("context", CONTEXTS)
def test_every_unicode_digit_in_context(context: str) -> None:
    for c in ALL_DIGITS:
        text = context.replace("{}", c)
        report = extract(text)
        for r in [*report.numbers, *report.records]:
            assert text[r.start:r.end] == r.text, (hex(ord(c)), r)
        for m in find_numbers(text):
            assert text[m.start:m.end] == m.text
            if unicodedata.decimal(c, None) is None:  # never a digit: never inside a number
                assert c not in m.text, (hex(ord(c)), m)
        try:
            parse_number(text)
        except NumberParseError:
            pass


READABLE = [
    ("fullwidth", "１,２００ คน", 1200),
    ("arabic-indic", "٣٥٠ ราย", 350),
    ("math-bold", "𝟏𝟐 ราย", 12),
    ("thai", "๑,๕๔๙ ราย", 1549),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in READABLE], ids=[c[0] for c in READABLE])
def test_digits_python_reads_are_numbers(text: str, value: int) -> None:
    """Any digit `unicodedata.decimal` knows is normalised to ASCII in the view (same length)."""
    assert len(normalise(text)) == len(text)
    q = extract(text).quantities
    assert [(x.value, x.text) for x in q] == [(value, text)]


def test_a_digit_python_cannot_read_is_no_number() -> None:
    text = "มี 1\U00016d722 คน"  # U+16D72, a Kirat Rai digit (Unicode 16)
    assert normalise(text)[4] == "\ufffd"
    assert [m.value for m in find_numbers(text)] == [1, 2]
    with pytest.raises(NumberParseError):
        parse_number("\U00016d72")


EXACT = [
    ("28-digit-decimal-times-million", "9999999999999999999999999999.9 ล้าน", Decimal("9999999999999999999999999999900000")),
    ("negative", "-9999999999999999999999999999.9 ล้าน", Decimal("-9999999999999999999999999999900000")),
    ("five-millions", "1 ล้านล้านล้านล้านล้าน", 10**30),
    ("thirty-digits", "1" * 30, int("1" * 30)),
    ("words", "หนึ่งล้านล้านล้าน", 10**18),
    ("decimal-words", "สองจุดห้าล้านล้าน", 2_500_000_000_000),
    ("tiny", "0." + "0" * 28 + "1", Decimal("0." + "0" * 28 + "1")),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in EXACT], ids=[c[0] for c in EXACT])
def test_parse_number_is_exact_at_any_size(text: str, value) -> None:
    got = parse_number(text)
    assert got == value and str(got) == str(value)


REFUSED = [
    ("minus-in-the-middle", "สิบลบจุดห้า"),
    ("minus-after-point", "สิบจุดลบห้า"),
    ("too-many-digits", "1" * 31),
    ("eleven-millions", "1 " + "ล้าน" * 11),
    ("word-millions", "หนึ่ง" + "ล้าน" * 16),
    ("half-minus", "ครึ่งลบ"),
    ("fraction-minus", "ลบในสาม"),
    ("unknown-digit", "1\U00016d70"),
]


@pytest.mark.parametrize("text", [c[1] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_parse_number_refuses_with_number_parse_error(text: str) -> None:
    with pytest.raises(NumberParseError) as info:
        parse_number(text)
    assert isinstance(info.value, ValueError)


def test_running_text_keeps_a_huge_figure_exact() -> None:
    report = extract("งบประมาณ 9999999999999999999999999999.9 ล้านบาท")
    assert [m.value for m in report.money] == [Decimal("9999999999999999999999999999900000")]


def test_a_chain_of_multipliers_beyond_any_figure_is_no_number() -> None:
    text = "มี 5 " + "ล้าน" * 11 + "คน"
    assert [m.value for m in find_numbers(text) if m.value is not None] == []


CHECKS = [
    ("25-digit-ratio", "ผ่าน 1234567890123456789012345/1234567890123456789012345 ราย คิดเป็นร้อยละ 100.00"),
    ("huge-count", "ทั้งหมด 1 ล้านล้านล้านล้านล้านคน ชาย 999999999999999999999999999999 คน หญิง 1 คน"),
    ("huge-share", "ประชากร 1234567890123456789012345678 คน ในจำนวนนี้ 617283945061728394506172839 คน คิดเป็นร้อยละ 50.0000000000000000000001"),
]


@pytest.mark.parametrize("text", [c[1] for c in CHECKS], ids=[c[0] for c in CHECKS])
def test_checks_of_huge_figures_do_not_raise(text: str) -> None:
    report = extract(text)
    for c in report.checks:
        assert c.kind == "implausible" or isinstance(c.computed, (int, Fraction, Decimal))


def test_a_25_digit_ratio_is_checked_exactly() -> None:
    report = extract(CHECKS[0][1])
    assert [(c.kind, c.status) for c in report.checks] == [("ratio_percent", "ok")]


def test_a_lone_surrogate_is_read_not_raised() -> None:
    """Text decoded with errors="surrogateescape" may hold lone surrogates: U+FFFD in the view."""
    text = "ประชากร\udc80 12 คน \ud800"
    report = extract(text)
    assert [(q.value, q.text) for q in report.quantities] == [(12, "12 คน")]
    assert normalise(text)[7] == "\ufffd" and len(normalise(text)) == len(text)
