"""Bad input gets a clear error or an empty result, in bounded time, with true offsets.

No timing assertions: a catastrophic regex or a quadratic tokeniser hangs the suite, and
that hang is the failure.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thai_report_ie
from thai_report_ie.numerals import find_numbers
from thai_report_ie.records import NumberMention, Report

extract = thai_report_ie.extract
tokenize = thai_report_ie.tokenize

SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "000_94da9129867dff51.txt").read_text(encoding="utf-8")


def _numbers_of(func, text: str) -> list:
    """The records a function returns, as a list, whatever it returns them in."""
    out = func(text)
    if isinstance(out, Report):
        return [*out.numbers, *out.records]
    return list(out)


def _assert_offsets_true(text: str, records) -> None:
    for r in records:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text, r


def _assert_tokens_rebuild(text: str, tokens) -> None:
    assert "".join(t.text for t in tokens) == text
    pos = 0
    for t in tokens:
        assert t.start == pos, t
        assert text[t.start:t.end] == t.text, t
        pos = t.end
    assert pos == len(text)


FUNCS = [("extract", extract), ("find_numbers", find_numbers), ("tokenize", tokenize)]
FUNC_IDS = [f[0] for f in FUNCS]

BAD_TYPES = [
    (123, "int"),
    (None, "None"),
    (b"\xe0\xb8\xaa\xe0\xb8\xb2\xe0\xb8\xa1", "bytes"),
    (bytearray(b"12"), "bytearray"),
    (["สาม"], "list"),
]


@pytest.mark.parametrize("func", [f[1] for f in FUNCS], ids=FUNC_IDS)
@pytest.mark.parametrize(("bad", "type_name"), BAD_TYPES, ids=[b[1] for b in BAD_TYPES])
def test_non_str_raises_type_error_naming_the_type(func, bad: object, type_name: str) -> None:
    with pytest.raises(TypeError) as caught:
        func(bad)
    assert type_name in str(caught.value)


def test_empty_text_gives_empty_results() -> None:
    report = extract("")
    assert isinstance(report, Report)
    assert len(report.numbers) == 0
    assert report.to_dicts() == []
    assert report.to_dicts(numbers=True) == []
    assert json.loads(report.to_json()) == {"records": [], "checks": []}
    assert list(find_numbers("")) == []
    assert list(tokenize("")) == []


NO_THAI = [
    ("latin-number", "hello world 123", [("123", 123)]),
    ("latin-only", "hello world", []),
    ("latin-grouped", "revenue 1,549 units", [("1,549", 1549)]),
    ("spaces-only", "   \n\t  ", []),
    ("punctuation", "!!! ??? ...", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NO_THAI], ids=[c[0] for c in NO_THAI])
def test_text_without_thai(text: str, expected: list[tuple]) -> None:
    mentions = find_numbers(text)
    _assert_offsets_true(text, mentions)
    assert [(m.text, m.value) for m in mentions] == expected
    report = extract(text)
    _assert_offsets_true(text, [*report.numbers, *report.records])
    assert [(m.text, m.value) for m in report.numbers] == expected
    dicts = report.to_dicts(numbers=True)
    assert [(d["text"], d["value"]) for d in dicts if d["kind"] == "number"] == expected
    json.loads(report.to_json(numbers=True))
    _assert_tokens_rebuild(text, tokenize(text))


ZWSP = "\u200b"
ZERO_WIDTH = [
    ("between-words", f"สมาชิก{ZWSP}พรรค{ZWSP}1,549{ZWSP}ราย", "1,549", 1549),
    ("before-thai-digits", f"จำนวน{ZWSP}๑,๕๔๙{ZWSP}ราย", "๑,๕๔๙", 1549),
    ("around-ratio", f"ได้{ZWSP}103/80{ZWSP}ราย", "103/80", None),
    ("many-zwsp", f"{ZWSP * 5}ร้อยละ{ZWSP}28.75{ZWSP * 5}", "28.75", Decimal("28.75")),
    ("bom-and-nbsp", "\ufeffงบ\u00a01.5\u00a0ล้านบาท", "1.5", None),
]


@pytest.mark.parametrize(
    ("text", "core", "value"), [c[1:] for c in ZERO_WIDTH], ids=[c[0] for c in ZERO_WIDTH]
)
def test_zero_width_spaces_keep_true_offsets(text: str, core: str, value) -> None:
    mentions = find_numbers(text)
    _assert_offsets_true(text, mentions)
    hits = [m for m in mentions if core in m.text]
    assert len(hits) == 1, [(m.text, m.start, m.end) for m in mentions]
    assert text.index(core) >= hits[0].start
    if value is not None:
        assert hits[0].value == value
    report = extract(text)
    _assert_offsets_true(text, [*report.numbers, *report.records])
    _assert_tokens_rebuild(text, tokenize(text))


def test_zero_width_space_inside_a_number_keeps_offsets() -> None:
    # whether "1<ZWSP>549" is one number or two is open; offsets must be true either way
    text = f"มี 1{ZWSP}549 ราย"
    mentions = find_numbers(text)
    _assert_offsets_true(text, mentions)
    assert mentions, "the digits are still numbers"
    _assert_offsets_true(text, extract(text).numbers)
    _assert_tokens_rebuild(text, tokenize(text))


@pytest.fixture(scope="module")
def ten_megabytes() -> str:
    target = 10 * 1024 * 1024
    chunk = SEED_TEXT + "\n"
    times = target // len(chunk.encode("utf-8")) + 1
    return chunk * times


@pytest.mark.slow  # about 6 s on the 2-core machine
def test_ten_megabytes_of_thai_completes(ten_megabytes: str) -> None:
    text = ten_megabytes
    report = extract(text)
    _assert_offsets_true(text, [*report.numbers, *report.records])
    # the seed's numbers come back once per copy
    per_copy = len(find_numbers(SEED_TEXT + "\n"))
    assert per_copy > 0
    assert len(report.numbers) == per_copy * text.count(SEED_TEXT)


@pytest.mark.slow  # about 6 s on the 2-core machine
def test_ten_megabytes_tokenises_back_to_itself(ten_megabytes: str) -> None:
    _assert_tokens_rebuild(ten_megabytes, tokenize(ten_megabytes))


_digits = random.Random(2566)
LONG_RUNS = [
    ("100k-ones", "1" * 100_000),
    ("100k-random-digits", "".join(_digits.choice("0123456789") for _ in range(100_000))),
    ("100k-thai-digits", "๑" * 100_000),
    ("digits-in-thai", "จำนวน " + "9" * 100_000 + " ราย"),
    ("comma-chain", "1," * 50_000 + "x"),
    ("comma-groups-chain", "1,000" * 20_000 + ",00"),
    ("dot-chain", "1." * 50_000),
    ("slash-chain", "1/" * 50_000),
    ("hyphen-chain", "1-" * 50_000),
    ("space-digit-chain", "1 " * 50_000 + "ล้าน"),
    ("multiplier-chain", "1 ล้าน" * 20_000),
    ("number-words-run", "หนึ่ง" * 20_000),
    ("multiplier-words-run", "ล้าน" * 25_000),
]


# f13: runs aimed at the rules of the eleventh and twelfth sessions (ๆ ละ, จาก, ร้อยละ, ตามลำดับ lists, a name's
# number, bounds, ศูนย์, repeated head words): (id, text, the records extract gives, by kind)
N = 20_000
PATHOLOGICAL = [
    ("one-thai-letter", "ก" * N, {}),
    ("tone-marks-alone", "\u0e48" * N, {}),
    ("mai-yamok", "ๆ" * N, {}),
    ("mai-yamok-spaced", "ๆ " * (N // 2), {}),
    ("la-run", "ละ" * (N // 2), {}),
    ("each-glued-no-figure", "ชุดๆละ" * (N // 6), {}),
    ("jak-run", "จาก" * (N // 3), {}),
    ("roiyla-run", "ร้อยละ" * (N // 6), {}),
    ("respectively-run", "ตามลำดับ " * (N // 9), {}),
    ("and-run", "และ" * (N // 3), {}),
    ("relative-run", "ที่" * (N // 3), {}),
    ("nested-parentheses", "(" * (N // 2) + ")" * (N // 2), {}),
    ("open-parentheses", "(" * N, {}),
    ("nested-parentheses-bare-figures", "(1 " * (N // 6) + ") " * (N // 6), {}),
    ("numbers-and-respectively", "1 และ " * (N // 6) + "ตามลำดับ", {}),
    ("covid-run", "โควิด" * (N // 5), {}),
    ("zero-run", "ศูนย์" * (N // 5), {}),  # no organisation "ศูนย์ศูนย์…" (a head word repeated names no body)
    ("head-run", "กรม" * (N // 3), {}),
    ("percent-list-respectively", "ร้อยละ 1 และ " * (N // 12) + "ตามลำดับ", {"percentage": N // 12}),
    ("percent-glued", "ร้อยละ1" * (N // 7), {"percentage": N // 7}),
    ("bounds-with-words-between", "5 บาท ถึงสูงสุดถึงสูงสุดถึง 9 บาท " * 300, {"money": 600}),
]


@pytest.mark.parametrize(("text", "kinds"), [c[1:] for c in PATHOLOGICAL], ids=[c[0] for c in PATHOLOGICAL])
def test_pathological_runs_give_what_they_hold(text: str, kinds: dict[str, int]) -> None:
    report = extract(text)
    _assert_offsets_true(text, [*report.numbers, *report.records])
    assert dict(Counter(r.kind for r in report.records)) == kinds
    _assert_tokens_rebuild(text, tokenize(text))


def _digit_count(s: str) -> int:
    return sum(c.isdigit() for c in s)


@pytest.mark.parametrize("text", [c[1] for c in LONG_RUNS], ids=[c[0] for c in LONG_RUNS])
def test_long_runs_return_with_bounded_mentions(text: str) -> None:
    mentions = find_numbers(text)
    _assert_offsets_true(text, mentions)
    for m in mentions:
        assert _digit_count(m.text) <= 30, (m.start, m.end)
    report = extract(text)
    _assert_offsets_true(text, [*report.numbers, *report.records])
    assert all(_digit_count(m.text) <= 30 for m in report.numbers)
    _assert_tokens_rebuild(text, tokenize(text))


def _junk(seed: int, encoding: str) -> str:
    rng = random.Random(seed)
    raw = bytes(rng.randrange(256) for _ in range(20_000))
    if encoding == "latin-1":
        return raw.decode("latin-1")
    return raw.decode("utf-8", errors="replace")


JUNK = [(seed, enc) for seed in range(5) for enc in ("utf-8-replace", "latin-1")]


@pytest.mark.parametrize(("seed", "encoding"), JUNK, ids=[f"{e}-{s}" for s, e in JUNK])
def test_binary_junk_never_raises(seed: int, encoding: str) -> None:
    text = _junk(seed, encoding)
    _assert_offsets_true(text, find_numbers(text))
    report = extract(text)
    _assert_offsets_true(text, [*report.numbers, *report.records])
    json.loads(report.to_json(numbers=True))
    _assert_tokens_rebuild(text, tokenize(text))


# Thai letters, both digit sets, and the punctuation numbers are made of
THAIISH = st.lists(
    st.sampled_from(
        list("กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋็์ัำ")
        + list("0123456789๐๑๒๓๔๕๖๗๘๙.,/-:% \n\u200b\u00a0\u2212")
        + ["สาม", "ล้าน", "พัน", "ร้อย", "ละ", "เอ็ด", "ยี่", "สิบ", "จุด", "ใน", "ลบ", "ครึ่ง"]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(THAIISH)
def test_any_thaiish_text_keeps_offsets(text: str) -> None:
    mentions = find_numbers(text)
    _assert_offsets_true(text, mentions)
    assert all(isinstance(m, NumberMention) for m in mentions)
    assert all(not isinstance(m.value, float) for m in mentions)
    _assert_tokens_rebuild(text, tokenize(text))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500))
def test_any_decoded_bytes_never_raise(raw: bytes) -> None:
    for text in (raw.decode("utf-8", errors="replace"), raw.decode("latin-1")):
        report = extract(text)
        _assert_offsets_true(text, [*report.numbers, *report.records])
        _assert_tokens_rebuild(text, tokenize(text))
