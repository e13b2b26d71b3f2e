"""Fuzzing in the suite (issue 9): mixed Thai text, digits of every script, separators,
zero-width characters, number words and report-style fragments written for this project.

Bounded (a few seconds): `extract` never raises and every offset is true; `parse_number`
raises nothing but `NumberParseError`. `benchmarks/fuzz.py` runs the same ingredients a
million times.
"""
from __future__ import annotations

import json
from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thai_report_ie import extract
from thai_report_ie.errors import NumberParseError
from thai_report_ie.lexicon import load_tsv
from thai_report_ie.numerals import find_numbers, parse_number

FRAGMENTS = json.loads((Path(__file__).resolve().parents[1] / "data" / "fuzz_fragments.json")
                       .read_text(encoding="utf-8"))["fragments"]
DIGITS = regex.findall(r"\p{Nd}", "".join(map(chr, range(0x20000))))
NUMBER_WORDS = [r["word"] for r in load_tsv("numerals")]
SEPARATORS = list(",./-–−:%+() \n\t") + ["  ", "ๆ", "ฯ"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u202f", "\udc80"]

PIECE = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(st.sampled_from(DIGITS), min_size=1, max_size=8),
    st.text(st.sampled_from("0123456789๐๑๒๓๔๕๖๗๘๙,."), min_size=1, max_size=12),
    st.lists(st.sampled_from(NUMBER_WORDS), min_size=1, max_size=5).map("".join),
    st.sampled_from(SEPARATORS),
    st.sampled_from(INVISIBLE),
    st.text(st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), min_size=1, max_size=6),
)
PIECES = st.lists(PIECE, min_size=1, max_size=14)


def _assert_true_offsets(text: str, report) -> None:
    for r in [*report.numbers, *report.records]:
        assert 0 <= r.start <= r.end <= len(text), r
        assert text[r.start:r.end] == r.text, r
    for c in report.checks:
        for s, e in c.spans:
            assert 0 <= s <= e <= len(text), c


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PIECES)
def test_mixed_input_never_raises_and_keeps_offsets(pieces: list[str]) -> None:
    text = "".join(pieces)
    _assert_true_offsets(text, extract(text))
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PIECES)
def test_parse_number_raises_only_number_parse_error(pieces: list[str]) -> None:
    for text in (pieces[0], "".join(pieces)):
        try:
            parse_number(text)
        except NumberParseError:
            pass
