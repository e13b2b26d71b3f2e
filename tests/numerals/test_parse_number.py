"""`parse_number`: every Thai way of writing one number, read exactly, and nothing else.

Tables are (input, expected value, expected type). Exactness matters: a decimal written in
the text must come back as a `Decimal`, never a float, and word fractions as a `Fraction`.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from thai_report_ie.errors import NumberParseError
from thai_report_ie.numerals import parse_number

# (input, expected, type of the result)
ARABIC_AND_THAI_DIGITS = [
    ("0", 0, int),
    ("7", 7, int),
    ("42", 42, int),
    ("1549", 1549, int),
    ("2566", 2566, int),
    ("1,549", 1549, int),
    ("12,345", 12345, int),
    ("1,234,567", 1234567, int),
    ("10,000,000", 10000000, int),
    ("๐", 0, int),
    ("๙", 9, int),
    ("๑๐๐", 100, int),
    ("๒๕๖๖", 2566, int),
    ("๑,๕๔๙", 1549, int),
    ("๑,๒๓๔,๕๖๗", 1234567, int),
]

DECIMALS = [
    ("28.75", Decimal("28.75"), Decimal),
    ("0.5", Decimal("0.5"), Decimal),
    ("0.1", Decimal("0.1"), Decimal),
    ("12.5", Decimal("12.5"), Decimal),
    ("3.14159", Decimal("3.14159"), Decimal),
    ("100.00", Decimal("100.00"), Decimal),
    ("1,549.50", Decimal("1549.50"), Decimal),
    ("1,234,567.89", Decimal("1234567.89"), Decimal),
    ("๑๒.๕", Decimal("12.5"), Decimal),
    ("๒๘.๗๕", Decimal("28.75"), Decimal),
    ("๑,๕๔๙.๕", Decimal("1549.5"), Decimal),
]

NUMBER_WORDS = [
    ("ศูนย์", 0, int),
    ("หนึ่ง", 1, int),
    ("สอง", 2, int),
    ("สาม", 3, int),
    ("สี่", 4, int),
    ("ห้า", 5, int),
    ("หก", 6, int),
    ("เจ็ด", 7, int),
    ("แปด", 8, int),
    ("เก้า", 9, int),
    ("สิบ", 10, int),
    ("สิบเอ็ด", 11, int),
    ("สิบสอง", 12, int),
    ("สิบเก้า", 19, int),
    ("ยี่สิบ", 20, int),
    ("ยี่สิบเอ็ด", 21, int),
    ("ยี่สิบห้า", 25, int),
    ("สามสิบ", 30, int),
    ("เจ็ดสิบเอ็ด", 71, int),
    ("เก้าสิบเก้า", 99, int),
    ("ร้อย", 100, int),
    ("หนึ่งร้อย", 100, int),
    ("ร้อยเอ็ด", 101, int),
    ("หนึ่งร้อยเอ็ด", 101, int),
    ("หนึ่งร้อยหนึ่ง", 101, int),
    ("สองร้อยห้าสิบ", 250, int),
    ("เก้าร้อยเก้าสิบเก้า", 999, int),
    ("พัน", 1000, int),
    ("หนึ่งพัน", 1000, int),
    ("หนึ่งพันเอ็ด", 1001, int),
    ("หนึ่งพันห้าร้อยสี่สิบเก้า", 1549, int),
    ("สองพันห้าร้อยหกสิบหก", 2566, int),
    ("หมื่น", 10000, int),
    ("สามหมื่น", 30000, int),
    ("สามหมื่นห้าพัน", 35000, int),
    ("แสน", 100000, int),
    ("ห้าแสน", 500000, int),
    ("ล้าน", 1000000, int),
    ("หนึ่งล้าน", 1000000, int),
    ("หนึ่งล้านห้าแสน", 1500000, int),
    ("หนึ่งล้านหนึ่งพันเอ็ด", 1001001, int),
    ("หนึ่งล้านเอ็ด", 1000001, int),  # pythainlp's num_to_thaiword(1000001)
    ("สิบล้าน", 10**7, int),
    ("ร้อยล้าน", 10**8, int),
    ("พันล้าน", 10**9, int),
    ("หมื่นล้าน", 10**10, int),
    ("แสนล้าน", 10**11, int),
    ("สองแสนสี่หมื่นล้าน", 240_000_000_000, int),
    ("ล้านล้าน", 10**12, int),
    ("หนึ่งล้านล้าน", 10**12, int),
    ("สองล้านล้านเอ็ด", 2_000_000_000_001, int),
    ("สิบล้านล้าน", 10**13, int),
]

DECIMALS_IN_WORDS = [
    ("สามจุดห้า", Decimal("3.5"), Decimal),
    ("ศูนย์จุดสองห้า", Decimal("0.25"), Decimal),
    ("ศูนย์จุดห้า", Decimal("0.5"), Decimal),
    ("สิบสองจุดห้า", Decimal("12.5"), Decimal),
    ("ยี่สิบแปดจุดเจ็ดห้า", Decimal("28.75"), Decimal),
    ("หนึ่งจุดศูนย์ห้า", Decimal("1.05"), Decimal),
    ("หนึ่งร้อยจุดหนึ่ง", Decimal("100.1"), Decimal),
    # decimal words before a multiplier, as "1.5 ล้าน" is read aloud
    ("หนึ่งจุดห้าล้าน", Decimal("1500000"), Decimal),
    ("สองจุดสี่แสนล้าน", Decimal("240000000000"), Decimal),
]

NEGATIVES = [
    ("-5", -5, int),
    ("-1,549", -1549, int),
    ("−3.2", Decimal("-3.2"), Decimal),  # U+2212 MINUS SIGN
    ("-0.25", Decimal("-0.25"), Decimal),
    ("-๕", -5, int),
    ("ลบห้า", -5, int),
    ("ลบหนึ่งร้อย", -100, int),
    ("ลบสามจุดห้า", Decimal("-3.5"), Decimal),
]

DIGITS_WITH_MULTIPLIERS = [
    ("1.5 ล้าน", Decimal("1500000"), Decimal),
    ("1.5ล้าน", Decimal("1500000"), Decimal),
    ("๑.๕ ล้าน", Decimal("1500000"), Decimal),
    ("0.5 ล้าน", Decimal("500000"), Decimal),
    ("2.4 แสนล้าน", Decimal("240000000000"), Decimal),
    ("6.4แสน", Decimal("640000"), Decimal),
    ("1.2 ล้านล้าน", Decimal("1200000000000"), Decimal),
    ("๓ แสน", 300000, int),
    ("3 หมื่น", 30000, int),
    ("5 พัน", 5000, int),
    ("12 ล้าน", 12000000, int),
    ("1,000 ล้าน", 1_000_000_000, int),
    ("๑,๐๐๐ ล้าน", 1_000_000_000, int),
    ("3 หมื่นล้าน", 30_000_000_000, int),
]

WORD_FRACTIONS = [
    ("สองในสาม", Fraction(2, 3), Fraction),
    ("หนึ่งในสี่", Fraction(1, 4), Fraction),
    ("หนึ่งในสาม", Fraction(1, 3), Fraction),
    ("สามในสี่", Fraction(3, 4), Fraction),
    ("หนึ่งในสิบ", Fraction(1, 10), Fraction),
    ("ครึ่ง", Fraction(1, 2), Fraction),
]

GROUPS = {
    "digits": ARABIC_AND_THAI_DIGITS,
    "decimal": DECIMALS,
    "words": NUMBER_WORDS,
    "word-decimal": DECIMALS_IN_WORDS,
    "negative": NEGATIVES,
    "multiplier": DIGITS_WITH_MULTIPLIERS,
    "fraction": WORD_FRACTIONS,
}
# Thai ids are escaped by pytest; an ASCII id with the expected value finds the row quickly
VALID = [
    pytest.param(*case, id=f"{group}-{i}-{case[1]}")
    for group, cases in GROUPS.items()
    for i, case in enumerate(cases)
]

# Each of these is a word that merely contains a number word, a malformed number, or junk.
REJECTED = [
    ("สามารถ", "word holding สาม"),
    ("ล้านนา", "word holding ล้าน"),
    ("พันธมิตร", "word holding พัน"),
    ("หกล้ม", "word holding หก"),
    ("ห้าง", "word holding ห้า"),
    ("เก้าอี้", "word holding เก้า"),
    ("พันเอก", "rank"),
    ("สิบเอก", "rank"),
    ("ร้อยละ", "percent word is not 100"),
    ("ยี่", "ยี่ alone"),
    ("เอ็ด", "เอ็ด alone"),
    ("ห้าสิบสิบ", "repeated สิบ"),
    ("เอ็ดสิบ", "เอ็ด not final"),
    ("สองสาม", "two digit words in a row"),
    ("ลบ", "sign alone"),
    ("ในสาม", "fraction without numerator"),
    ("สองใน", "fraction without denominator"),
    ("", "empty"),
    ("   ", "blank"),
    ("abc", "latin"),
    ("-", "minus alone"),
    ("--5", "double minus"),
    ("1..5", "double point"),
    ("1.2.3", "two points"),
    ("1,54", "short group"),
    ("12,3456", "long group"),
    ("1,,549", "double comma"),
    (",549", "leading comma"),
    ("๑,๕๔", "short group thai digits"),
    ("1/0", "slash junk"),
    ("1 2", "two numbers"),
    ("12abc", "trailing latin"),
    ("1,549 ราย", "trailing classifier"),
    ("1.5 ล้านบาท", "trailing currency"),
    ("ร้อยละ 12.5", "percent phrase"),
]

BAD_TYPES = [
    (b"12", "bytes"),
    (12, "int"),
    (1.5, "float"),
    (None, "None"),
    (["12"], "list"),
]


@pytest.mark.parametrize(("text", "expected", "kind"), VALID)
def test_parses_exact_value_and_type(text: str, expected, kind: type) -> None:
    got = parse_number(text)
    assert got == expected
    assert type(got) is kind, f"{text!r} gave {type(got).__name__}, want {kind.__name__}"
    assert not isinstance(got, (float, bool))


@pytest.mark.parametrize(("text", "expected", "kind"), DECIMALS, ids=[c[0] for c in DECIMALS])
def test_written_decimals_keep_their_digits(text: str, expected: Decimal, kind: type) -> None:
    # Decimal("0.1") != 0.1: a float on the way would show up here
    got = parse_number(text)
    assert got.as_tuple() == expected.as_tuple()


def test_table_is_large_enough() -> None:
    assert len(VALID) >= 100


@pytest.mark.parametrize(("text", "why"), REJECTED, ids=[f"{c[1]}:{c[0]!r}" for c in REJECTED])
def test_rejects_what_is_not_wholly_a_number(text: str, why: str) -> None:
    with pytest.raises(NumberParseError) as caught:
        parse_number(text)
    assert isinstance(caught.value, ValueError)
    message = str(caught.value)
    named = repr(text) in message or (text.strip() and text in message)
    said_blank = not text.strip() and any(w in message.lower() for w in ("empty", "blank"))
    assert named or said_blank, message


@pytest.mark.parametrize(("bad", "type_name"), BAD_TYPES, ids=[c[1] for c in BAD_TYPES])
def test_non_str_raises_type_error_naming_the_type(bad: object, type_name: str) -> None:
    with pytest.raises(TypeError) as caught:
        parse_number(bad)  # type: ignore[arg-type]
    assert not isinstance(caught.value, ValueError)
    assert type_name in str(caught.value)


def test_number_parse_error_is_a_value_error() -> None:
    assert issubclass(NumberParseError, ValueError)
