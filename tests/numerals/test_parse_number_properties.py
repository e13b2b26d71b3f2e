"""Round trips: whatever pythainlp (or Python) writes for n, `parse_number` reads back as n."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util import num_to_thaiword

from thai_report_ie.numerals import parse_number

_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
WIDE = st.integers(min_value=0, max_value=10**13)
WIDE_NEGATIVE = st.integers(min_value=-(10**13), max_value=-1)


def thai_digit_string(n: int) -> str:
    return str(n).translate(_TO_THAI_DIGITS)


def test_pythainlp_writes_negatives_with_lob() -> None:
    # the negative property below depends on this output format
    assert num_to_thaiword(-5) == "ลบห้า"


@settings(max_examples=500, deadline=None)
@given(WIDE)
def test_reads_pythainlp_words(n: int) -> None:
    got = parse_number(num_to_thaiword(n))
    assert got == n
    assert isinstance(got, int)


@settings(max_examples=500, deadline=None)
@given(WIDE_NEGATIVE)
def test_reads_pythainlp_negative_words(n: int) -> None:
    words = num_to_thaiword(n)
    assert words.startswith("ลบ")
    assert parse_number(words) == n


@settings(max_examples=500, deadline=None)
@given(WIDE)
def test_reads_thai_digits(n: int) -> None:
    assert parse_number(thai_digit_string(n)) == n


@settings(max_examples=500, deadline=None)
@given(WIDE)
def test_reads_thousands_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".translate(_TO_THAI_DIGITS)) == n


@settings(max_examples=500, deadline=None)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False))
def test_reads_decimals_exactly(d: Decimal) -> None:
    written = f"{d:f}"
    got = parse_number(written)
    assert got == d
    assert isinstance(got, (int, Decimal))
