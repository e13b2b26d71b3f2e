"""`find_numbers`: numbers in running Thai text, with exact values and true offsets.

Each case lists every mention expected, in text order, as (text, form, value or values).
For "number", "words", "fraction" and "percent" the third item is `value`; for "ratio",
"range" and "date" it is `values`. `None` as a form means the spec leaves the form open.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from thai_report_ie.numerals import find_numbers
from thai_report_ie.records import NumberMention

_MULTI_VALUED = {"ratio", "range", "date"}

# (id, text, [(mention text, form, value-or-values), ...])
KEPT_WHOLE = [
    ("comma-thousands", "สมาชิกพรรคการเมือง 1,549 ราย", [("1,549", "number", 1549)]),
    ("thai-digits-comma", "จำนวน ๑,๕๔๙ ราย", [("๑,๕๔๙", "number", 1549)]),
    ("thai-digits-year", "ปี พ.ศ. ๒๕๖๖", [("๒๕๖๖", "number", 2566)]),
    ("millions-grouped", "งบประมาณ 12,345,678 บาท", [("12,345,678", "number", 12345678)]),
    ("decimal", "ราคา 100.50 บาท", [("100.50", "number", Decimal("100.50"))]),
    ("ratio", "รับสมาชิกพรรคใหม่ได้ 103/80 ราย", [("103/80", "ratio", (103, 80))]),
    ("percent-sign", "เกินเป้าหมาย 28.75%", [("28.75%", "percent", Decimal("28.75"))]),
    ("percent-sign-int", "เพิ่มขึ้น 15% จากปีก่อน", [("15%", "percent", 15)]),
    ("date-slash", "ณ วันที่ 27/02/2567", [("27/02/2567", "date", (27, 2, 2567))]),
    ("date-slash-thai", "วันที่ ๒๗/๐๒/๒๕๖๗", [("๒๗/๐๒/๒๕๖๗", "date", (27, 2, 2567))]),
    ("date-one-digit-day", "ณ วันที่ 1/10/2566 เวลา", [("1/10/2566", "date", (1, 10, 2566))]),
    ("range-hyphen", "ผู้เข้าร่วม 10-20 คน", [("10-20", "range", (10, 20))]),
    ("range-age", "อายุ 18-25 ปี", [("18-25", "range", (18, 25))]),
    ("range-thai-digits", "ช่วง ๑๐-๒๐ คน", [("๑๐-๒๐", "range", (10, 20))]),
    ("percent-word-is-not-100", "คิดเป็นร้อยละ 12.5 ของทั้งหมด", [("12.5", "number", Decimal("12.5"))]),
    ("percent-word-then-words", "ร้อยละห้าสิบ", [("ห้าสิบ", "words", 50)]),
    ("percent-word-28.75", "คิดเป็นร้อยละ 28.75", [("28.75", "number", Decimal("28.75"))]),
    (
        "seed-sentence",
        "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%",
        [("103/80", "ratio", (103, 80)), ("28.75%", "percent", Decimal("28.75"))],
    ),
    (
        "two-counts",
        "ชาย 120 คน หญิง 95 คน",
        [("120", "number", 120), ("95", "number", 95)],
    ),
    ("minus-sign", "อุณหภูมิ −3.2 องศา", [("−3.2", "number", Decimal("-3.2"))]),  # U+2212
    ("latin-around", "English 123 text", [("123", "number", 123)]),
]

WORDS_AND_MULTIPLIERS = [
    ("words-million", "หนึ่งล้านห้าแสนบาท", [("หนึ่งล้านห้าแสน", "words", 1500000)]),
    ("words-35000", "สามหมื่นห้าพันคน", [("สามหมื่นห้าพัน", "words", 35000)]),
    ("words-1549", "หนึ่งพันห้าร้อยสี่สิบเก้าราย", [("หนึ่งพันห้าร้อยสี่สิบเก้า", "words", 1549)]),
    ("words-eleven", "มีนักเรียนสิบเอ็ดคน", [("สิบเอ็ด", "words", 11)]),
    ("words-21", "ยี่สิบเอ็ดคน", [("ยี่สิบเอ็ด", "words", 21)]),
    ("words-101-not-province", "มีผู้เข้าร่วมหนึ่งร้อยเอ็ดคน", [("หนึ่งร้อยเอ็ด", "words", 101)]),
    ("words-million-and-one", "หนึ่งล้านเอ็ดบาท", [("หนึ่งล้านเอ็ด", "words", 1000001)]),
    ("words-decimal-multiplier", "งบประมาณหนึ่งจุดห้าล้านบาท", [("หนึ่งจุดห้าล้าน", "words", 1500000)]),
    ("words-fraction", "สองในสามของสมาชิก", [("สองในสาม", "fraction", Fraction(2, 3))]),
    ("digits-million-baht", "งบประมาณ 1.5 ล้านบาท", [("1.5 ล้าน", None, 1500000)]),
    ("digits-hundred-billion", "วงเงิน 2.4 แสนล้านบาท", [("2.4 แสนล้าน", None, 240_000_000_000)]),
    ("digits-glued-multiplier", "มูลค่า 6.4แสนบาท", [("6.4แสน", None, 640000)]),
    ("thai-digit-multiplier", "ประชากร ๓ แสนคน", [("๓ แสน", None, 300000)]),
    ("digits-ten-thousand", "ประมาณ 3 หมื่นราย", [("3 หมื่น", None, 30000)]),
    ("grouped-million", "งบ 1,000 ล้านบาท", [("1,000 ล้าน", None, 1_000_000_000)]),
]

# words that hold a number word, ร้อยเอ็ด the province, and military/police ranks
NO_NUMBER = [
    ("samart", "เขาสามารถทำได้"),
    ("phanthamit", "พันธมิตรทางการค้า"),
    ("lanna", "อาณาจักรล้านนา"),
    ("lanna-thai", "ล้านนาไทย"),
    ("chair", "เก้าอี้ตัวใหม่"),
    ("mall", "เดินไปห้างสรรพสินค้า"),
    ("fell-over", "เด็กหกล้มที่สนาม"),
    ("province", "จังหวัดร้อยเอ็ด"),
    ("province-bare", "ชาวร้อยเอ็ดร่วมงาน"),
    ("colonel", "พันเอกสมชาย ใจดี"),
    ("police-colonel", "พันตำรวจเอกสมชาย"),
    ("police-lieutenant", "ร้อยตำรวจโทสมชาย ใจดี"),
    ("lieutenant", "ร้อยโทหญิงสมศรี"),
    ("captain", "ร้อยเอกสมศักดิ์"),
    ("sergeant", "สิบเอกสมศักดิ์"),
    ("police-sergeant", "สิบตำรวจเอกสมหมาย"),
    ("major-general", "พลตรีสมหมาย"),
    ("major", "ยศพันตรี"),
    ("percent-word-alone", "ร้อยละ"),
    ("no-digits", "การประชุมคณะกรรมการ"),
]

# a number next to a trap word: the number is found, the trap is not
NUMBER_BESIDE_TRAP = [
    ("samart-3", "สามารถรับได้ 3 คน", [("3", "number", 3)]),
    ("colonel-500", "พันเอกสมชาย ส่งทหาร 500 นาย", [("500", "number", 500)]),
    ("province-12", "จังหวัดร้อยเอ็ดมีผู้ป่วย ๑๒ ราย", [("๑๒", "number", 12)]),
    ("lanna-1549", "ล้านนา 1,549 ราย", [("1,549", "number", 1549)]),
    ("phanthamit-words", "พันธมิตรห้าราย", [("ห้า", "words", 5)]),
]

# (id, text, the core the mention must cover, form)
TIMES_AND_CODES = [
    ("time-dot", "เวลา 09.30 น.", "09.30", "time"),
    ("time-colon", "เริ่มเวลา 14:00 น.", "14:00", "time"),
    ("phone-bangkok", "โทร 02-123-4567", "02-123-4567", "code"),
    ("phone-mobile", "ติดต่อ 081-234-5678", "081-234-5678", "code"),
    # a range rises: "10-01" before a building is a room, "20-10" a score or a code, never [20, 10]
    ("range-descending-room", "ณ ห้องประชุมกระทรวง ๑๐-๐๑ อาคารกระทรวง", "๑๐-๐๑", "code"),
    ("range-descending-count", "ผู้เข้าร่วม 20-10 คน", "20-10", "code"),
    ("range-equal-ends", "จำนวน 5-5 คน", "5-5", "code"),
]


def _check_offsets(text: str, mentions: list[NumberMention]) -> None:
    for m in mentions:
        assert isinstance(m, NumberMention)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text, m


def _observed(m: NumberMention, form: str | None) -> tuple:
    shown_form = m.form if form is not None else None
    if m.form in _MULTI_VALUED:
        return (m.text, shown_form, tuple(m.values))
    return (m.text, shown_form, m.value)


def _assert_mentions(text: str, expected: list[tuple]) -> None:
    mentions = find_numbers(text)
    _check_offsets(text, mentions)
    got = [_observed(m, form) for m, (_, form, _) in zip(mentions, expected)]
    assert len(mentions) == len(expected), [(m.text, m.form, m.value, m.values) for m in mentions]
    assert got == expected
    for m, (_, _, want) in zip(mentions, expected):
        if m.form not in _MULTI_VALUED:
            assert not isinstance(m.value, float), m


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in KEPT_WHOLE], ids=[c[0] for c in KEPT_WHOLE])
def test_expressions_kept_whole(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in WORDS_AND_MULTIPLIERS], ids=[c[0] for c in WORDS_AND_MULTIPLIERS]
)
def test_words_and_multipliers(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


@pytest.mark.parametrize("text", [c[1] for c in NO_NUMBER], ids=[c[0] for c in NO_NUMBER])
def test_no_number_inside_words_provinces_or_ranks(text: str) -> None:
    mentions = find_numbers(text)
    _check_offsets(text, mentions)
    assert mentions == [], [(m.text, m.form, m.value) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NUMBER_BESIDE_TRAP], ids=[c[0] for c in NUMBER_BESIDE_TRAP]
)
def test_number_beside_trap_word(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


@pytest.mark.parametrize(
    ("text", "core", "form"), [c[1:] for c in TIMES_AND_CODES], ids=[c[0] for c in TIMES_AND_CODES]
)
def test_times_and_codes(text: str, core: str, form: str) -> None:
    mentions = find_numbers(text)
    _check_offsets(text, mentions)
    assert len(mentions) == 1, [(m.text, m.form, m.value, m.values) for m in mentions]
    (m,) = mentions
    assert m.form == form
    assert core in m.text
    if form == "code":
        # a phone number is neither a range nor a quantity
        assert m.value is None


# (id, text, [(mention text, form, value)]): "18,353. 362": a decimal broken by a stray space is
# no two figures; both parts become codes with no value, so no record reads 362 ล้านบาท from it
SPLIT_DECIMALS = [
    ("grouped-point-space", "ค่าใช้จ่ายรวม 18,353. 362 ล้านบาท",
     [("18,353", "code", None), ("362 ล้าน", "code", None)]),
    ("grouped-point-nbsp", "รวม 1,234.\u00a05 ล้านบาท", [("1,234", "code", None), ("5 ล้าน", "code", None)]),
    ("thai-digits", "รวม ๑,๒๓๔. ๕๖๗ ตัน", [("๑,๒๓๔", "code", None), ("๕๖๗", "code", None)]),
    ("whole-decimal-kept", "รวม 18,353.362 ล้านบาท", [("18,353.362 ล้าน", "number", Decimal("18353362000"))]),
    ("enumerator-kept", "17. 5 กองทุน", [("17", "number", 17), ("5", "number", 5)]),
    ("sentence-point-two-spaces", "รวม 1,234.  5 ราย", [("1,234", "number", 1234), ("5", "number", 5)]),
    ("unit-between-kept", "มี 1,234 ราย. 5 ราย", [("1,234", "number", 1234), ("5", "number", 5)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLIT_DECIMALS], ids=[c[0] for c in SPLIT_DECIMALS])
def test_decimal_broken_by_a_space_has_no_value(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


# (id, text, [(mention text, form, value)]): "7, 500 ล้านบาท": a short figure, a comma, a space and a
# figure that starts with three digits is one number broken after its thousands comma (7,500) or a
# list of two; both parts become codes, so no record reads 500 ล้านบาท from 7,500 ล้านบาท
SPLIT_THOUSANDS = [
    ("money-multiplier", "ใช้งบประมาณในกรอบไม่เกิน 7, 500 ล้านบาท", [("7", "code", None), ("500 ล้าน", "code", None)]),
    ("grouped-after", "รวมทั้งสิ้น 140, 674,938 โดส", [("140", "code", None), ("674,938", "code", None)]),
    ("nbsp", "วงเงิน 32,\u00a0400,000 บาท", [("32", "code", None), ("400,000", "code", None)]),
    ("count", "ฉีดไปแล้ว 7, 833 คน", [("7", "code", None), ("833", "code", None)]),
    ("thai-digits", "รวม ๗, ๕๐๐ ล้านบาท", [("๗", "code", None), ("๕๐๐ ล้าน", "code", None)]),
    ("longer-list-kept", "ซื้อได้ทีละ 400, 500 , 600 หุ้น",
     [("400", "number", 400), ("500", "number", 500), ("600", "number", 600)]),
    ("list-before-kept", "บ้านเลขที่ 48, 50, 520", [("48", "number", 48), ("50", "number", 50), ("520", "number", 520)]),
    ("short-second-kept", "ข้อ 1, 2 และ 3", [("1", "number", 1), ("2", "number", 2), ("3", "number", 3)]),
    ("four-digit-first-kept", "ปี 2564, 565 ราย", [("2564", "number", 2564), ("565", "number", 565)]),
    ("grouped-first-kept", "จำนวน 1,200, 1,500 ราย", [("1,200", "number", 1200), ("1,500", "number", 1500)]),
    ("no-space-kept", "รวม 7,500 ล้านบาท", [("7,500 ล้าน", "number", Decimal("7500000000"))]),
]


# (id, text, [(mention text, form, value)]): a range whose multiplier would make it run downwards
RANGE_MULTIPLIERS = [
    ("unshared", "ระหว่าง 500,000 - 1 ล้านบาท", [("500,000 - 1 ล้าน", "code", None)]),
    ("shared-kept", "ระหว่าง 1.5-2 ล้านบาท", [("1.5-2 ล้าน", "range", (Decimal("1500000"), 2000000))]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in RANGE_MULTIPLIERS], ids=[c[0] for c in RANGE_MULTIPLIERS])
def test_range_multiplier_that_cannot_be_shared_has_no_value(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLIT_THOUSANDS], ids=[c[0] for c in SPLIT_THOUSANDS])
def test_thousands_broken_by_a_space_have_no_value(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


# (id, text, [(mention text, form, value)]): "สะสม 1 90,588 ราย": a figure of one or two digits, one space
# and a grouped figure whose short first group makes one well-formed group with it is one number
# broken by a space (190,588) or a list number and a figure; both parts become codes
SPLIT_GROUPS = [
    ("one-and-two", "หายป่วยสะสม 1 90,588 ราย", [("1", "code", None), ("90,588", "code", None)]),
    ("two-and-one", "ยอดสะสม 12 5,300 ราย", [("12", "code", None), ("5,300", "code", None)]),
    ("two-groups", "วงเงิน 2 45,500,000 บาท", [("2", "code", None), ("45,500,000", "code", None)]),
    ("thai-digits", "สะสม ๑ ๙๐,๕๘๘ ราย", [("๑", "code", None), ("๙๐,๕๘๘", "code", None)]),
    ("three-digit-group-kept", "ข้อ 2 150,000 บาท", [("2", "number", 2), ("150,000", "number", 150000)]),
    ("after-a-label-kept", "ครั้งที่ 1 20,000 คน", [("1", "number", 1), ("20,000", "number", 20000)]),
    ("after-a-label-word-kept", "ข้อ 2 15,000 บาท", [("2", "number", 2), ("15,000", "number", 15000)]),
    ("glued-label-kept", "ในครั้งที่ 1 20,000 คน", [("1", "number", 1), ("20,000", "number", 20000)]),
    # a word that only ends like a label (ลงทะเบียน, ตัวเลข) is no label: the figures stay codes
    ("word-ending-like-a-label", "ผู้ลงทะเบียน 1 90,588 ราย", [("1", "code", None), ("90,588", "code", None)]),
    ("word-ending-like-a-label-2", "ตามตัวเลข 2 15,000 ราย", [("2", "code", None), ("15,000", "code", None)]),
    ("too-long-together-kept", "ชุดที่ 12 90,588 ราย", [("12", "number", 12), ("90,588", "number", 90588)]),
    ("no-comma-kept", "รวม 1 9058 ราย", [("1", "number", 1), ("9058", "number", 9058)]),
    ("two-spaces-kept", "ลำดับ 1  90,588 ราย", [("1", "number", 1), ("90,588", "number", 90588)]),
    ("after-a-point-kept", "ค่า 0.1 20,000 ราย", [("0.1", "number", Decimal("0.1")), ("20,000", "number", 20000)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLIT_GROUPS], ids=[c[0] for c in SPLIT_GROUPS])
def test_grouped_figure_broken_by_a_space_has_no_value(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


# (id, text, [(mention text, form, value)]): a figure joined to digits by a plus (a kilometre marker:
# kilometre and metres; a sum) is a code
KM_MARKERS = [
    ("marker", "ช่วง กม. 20+400 อำเภอเมือง", [("20", "code", None), ("400", "code", None)]),
    ("two-markers", "กม. ที่ 12+000 - 20+400 ตำบลบ้านใหม่",
     [("12", "code", None), ("000 - 20", "code", None), ("400", "code", None)]),
    ("glued-decimal", "กม.13+000.000 - กม.22+725.000", [("000.000", "code", None), ("725.000", "code", None)]),
    ("sum", "ผู้ป่วย 5+3 ราย", [("5", "code", None), ("3", "code", None)]),
    ("spaced-plus-kept", "ผู้ป่วย 5 + 3 ราย", [("5", "number", 5), ("3", "number", 3)]),
    ("length-kept", "ระยะทาง 4.2 กิโลเมตร", [("4.2", "number", Decimal("4.2"))]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in KM_MARKERS], ids=[c[0] for c in KM_MARKERS])
def test_kilometre_marker_is_a_code(text: str, expected: list[tuple]) -> None:
    _assert_mentions(text, expected)


def test_never_reads_percent_word_as_hundred() -> None:
    text = "ร้อยละ 12.5 และร้อยละ 28.75"
    mentions = find_numbers(text)
    _check_offsets(text, mentions)
    assert [m.value for m in mentions] == [Decimal("12.5"), Decimal("28.75")]
    assert all("ร้อยละ" not in m.text for m in mentions)


ALL_TEXTS = [c[1] for c in KEPT_WHOLE + WORDS_AND_MULTIPLIERS + NUMBER_BESIDE_TRAP + TIMES_AND_CODES] + [
    c[1] for c in NO_NUMBER
]


def test_concatenated_cases_keep_true_offsets() -> None:
    # all the cases in one text: offsets must still point into it, mentions in order
    text = "\n".join(ALL_TEXTS)
    mentions = find_numbers(text)
    _check_offsets(text, mentions)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
