"""Numbers as written, whole (issue 8): digit-and-multiplier chains, multipliers across any run of
spaces, bare multiplier words, zero-width characters.

Each case: (id, text, [(mention text, value)]) for every mention `find_numbers` returns, in order;
value None means the mention is no number at all (a chain that reads as no one number).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from thai_report_ie.numerals import MAX_GAP, find_numbers

NBSP, ZWSP = "\u00a0", "\u200b"

CASES = [
    # chains of digit + multiplier terms, multipliers decreasing
    ("lan-saen", "มูลค่า 3 ล้าน 5 แสนบาท", [("3 ล้าน 5 แสน", 3_500_000)]),
    ("lan-saen-muen", "รวม 1 ล้าน 2 แสน 5 หมื่นบาท", [("1 ล้าน 2 แสน 5 หมื่น", 1_250_000)]),
    ("muen-phan", "เงิน 2 หมื่น 5 พันบาท", [("2 หมื่น 5 พัน", 25_000)]),
    ("glued", "เงิน 1 หมื่น5พันบาท", [("1 หมื่น5พัน", 15_000)]),
    ("thai-digits", "เงิน ๓ ล้าน ๕ แสนบาท", [("๓ ล้าน ๕ แสน", 3_500_000)]),
    ("grouped-head", "งบ 2,315 ล้าน 5 แสนบาท", [("2,315 ล้าน 5 แสน", 2_315_500_000)]),
    ("hundred-millions", "รายได้ 5 หมื่นล้าน 3 พันล้านบาท", [("5 หมื่นล้าน 3 พันล้าน", 53_000_000_000)]),
    ("million-of-chain", "สินเชื่อ 2 แสน 5 หมื่นล้านบาท", [("2 แสน 5 หมื่นล้าน", 250_000_000_000)]),
    # a last term ending in ล้าน after "N ล้าน" multiplies the whole chain: ล้านล้าน (branch v16)
    ("lan-saen-lan", "งบ 3 ล้าน 5 แสนล้านบาท", [("3 ล้าน 5 แสนล้าน", 3_500_000_000_000)]),
    ("lan-muen-lan", "หนี้ 12 ล้าน 8 หมื่นล้านบาท", [("12 ล้าน 8 หมื่นล้าน", 12_080_000_000_000)]),
    ("lan-roi-lan", "วงเงิน 3 ล้าน 5 ร้อยล้านบาท", [("3 ล้าน 5 ร้อยล้าน", 3_000_500_000_000)]),
    ("lan-words-saen-lan", "งบ 3 ล้านห้าแสนล้านบาท", [("3 ล้านห้าแสนล้าน", 3_500_000_000_000)]),
    ("lan-lan-saen-lan", "งบ 1 ล้านล้าน 5 แสนล้านบาท", [("1 ล้านล้าน 5 แสนล้าน", 1_500_000_000_000)]),
    ("grouped-lan-saen-lan", "งบ 2,500 ล้าน 3 แสนล้านบาท", [("2,500 ล้าน", 2_500_000_000), ("3 แสนล้าน", 300_000_000_000)]),
    ("decimal-lan-saen-lan", "งบ 1.5 ล้าน 5 แสนล้านบาท", [("1.5 ล้าน 5 แสนล้าน", None)]),
    # number words, spaces, then a figure below the words' last place: one number or two, no value (branch v16)
    # (rev36) the figure carries a place word of its own below the words' last place: one number (3,500,000)
    ("words-then-figure", "งบ สามล้าน 5 แสนบาท", [("สามล้าน 5 แสน", 3_500_000)]),
    ("words-then-million-figure", "งบ สองแสน 5 หมื่นล้านบาท", [("สองแสน", None), ("5 หมื่นล้าน", None)]),
    ("digits-million-half", "งบ 2 ล้านครึ่งบาท", [("2 ล้านครึ่ง", 2_500_000)]),
    ("words-then-plain-figure", "ผู้ประสบภัยสองหมื่น 500 ราย", [("สองหมื่น", None), ("500", None)]),
    ("words-then-larger-figure", "ปีละห้าแสน 2 ล้านคน", [("ห้าแสน", 500_000), ("2 ล้าน", 2_000_000)]),
    ("place-then-digit-word", "ได้เงินแสนห้าบาท", []),
    ("place-then-digit-word-million", "ขายได้ล้านสองบาท", []),
    # a figure written with a leading zero is a code or a piece of a longer one, never a count (branch v16)
    ("space-grouped-zero-group", "งบ 3 500 000 บาท", [("3", 3), ("500", 500), ("000", None)]),
    ("leading-zero-count", "มีผู้สมัคร 05 คน", [("05", None)]),
    ("leading-zero-multiplied", "งบ 05 ล้านบาท", [("05 ล้าน", None)]),
    ("zero-point-kept", "เพิ่มขึ้น 0.5 เท่า", [("0.5", Decimal("0.5"))]),
    ("zero-kept", "ผู้เสียชีวิต 0 ราย", [("0", 0)]),
    # a short figure, its point and a space, then a multiplied figure: a decimal broken by a space, or two (branch v16)
    ("broken-decimal-saen", "ราคา 1. 5 แสนบาท", [("1", None), ("5 แสน", None)]),
    ("broken-decimal-spaced-point", "รายได้ 1 . 5 ล้านบาท", [("1", None), ("5 ล้าน", None)]),
    ("list-item-kept", "1. 5 แสนบาท สำหรับผู้ชนะ", [("1", 1), ("5 แสน", 500_000)]),
    ("label-kept", "ข้อ 3. 2 ล้านบาท", [("3", 3), ("2 ล้าน", 2_000_000)]),
    ("no-multiplier-kept", "ข้อ 17. 5 กองร้อย", [("17", 17), ("5", 5)]),
    # mixed with number words
    ("words-tail", "งบ 3 ล้านห้าแสนบาท", [("3 ล้านห้าแสน", 3_500_000)]),
    ("words-tail-spaced", "งบ 3 ล้าน ห้าแสนบาท", [("3 ล้าน ห้าแสน", 3_500_000)]),
    ("words-tail-thousands", "ผู้ชม 2 หมื่นสามพันคน", [("2 หมื่นสามพัน", 23_000)]),
    # a plain figure ends a chain when it is below the last multiplier
    ("figure-tail", "ค่าก่อสร้าง 2 ล้าน 3,500 บาท", [("2 ล้าน 3,500", 2_003_500)]),
    ("figure-tail-hundreds", "ผู้ประสบภัย 2 หมื่น 500 ราย", [("2 หมื่น 500", 20_500)]),
    # not one number: emit nothing rather than a wrong one
    ("decimal-head", "ความเสียหาย 1.5 ล้าน 5 แสนบาท", [("1.5 ล้าน 5 แสน", None)]),
    ("two-digit-term", "เงิน 3 ล้าน 25 แสนบาท", [("3 ล้าน 25 แสน", None)]),
    ("colloquial-digit", "รางวัล 2 หมื่น 5 บาท", [("2 หมื่น 5", None)]),
    ("colloquial-word", "รางวัล 2 หมื่นห้า บาท", [("2 หมื่นห้า", None)]),
    # increasing multipliers are two figures, a year is no tail
    ("list-increasing", "ปีละ 5 แสน 3 ล้านคน", [("5 แสน", 500_000), ("3 ล้าน", 3_000_000)]),
    ("year-after-million", "งบ 2 ล้าน 2567 ถึง", [("2 ล้าน", 2_000_000), ("2567", 2567)]),
    ("percent-after", "ขยายตัว 3 ล้าน 5%", [("3 ล้าน", 3_000_000), ("5%", 5)]),
    ("date-after", "ยอด 3 ล้าน 1/10/2566", [("3 ล้าน", 3_000_000), ("1/10/2566", None)]),
    # a multiplier binds across any run of spaces, no-break spaces, tabs, zero-width spaces
    ("nbsp-run", f"งบประมาณ 2,315{NBSP}{NBSP} ล้านบาท", [(f"2,315{NBSP}{NBSP} ล้าน", 2_315_000_000)]),
    ("tab-run", "งบ 450\t\tล้านบาท", [("450\t\tล้าน", 450_000_000)]),
    ("zwsp", f"งบ 12{ZWSP}ล้านบาท", [(f"12{ZWSP}ล้าน", 12_000_000)]),
    ("chain-with-nbsp", f"งบ 3{NBSP}ล้าน{NBSP}{NBSP}5{NBSP}แสนบาท", [(f"3{NBSP}ล้าน{NBSP}{NBSP}5{NBSP}แสน", 3_500_000)]),
    ("no-line-break", "งบ 450\nล้านบาท", [("450", 450)]),
    # a bare multiplier word is no number; a number word or กว่า makes it one
    ("bare-heading", "สรุปผลการเบิกจ่าย ล้านบาท", []),
    ("bare-bracket", "(หน่วย : ล้านบาท)", []),
    ("bare-hundred-billion", "โครงการแสนล้าน", []),
    ("one-million", "บริจาคหนึ่งล้านบาท", [("หนึ่งล้าน", 1_000_000)]),
    ("million-plus", "ผู้ชมล้านกว่าคน", [("ล้าน", 1_000_000)]),
    # zero-width characters never split a number from its neighbours' reading
    ("zwsp-year", f"ปี{ZWSP}2567", [("2567", 2567)]),
    ("zwsp-unit", f"มี 12,500{ZWSP}คน", [("12,500", 12500)]),
    # decimals with a multiplier stay exact
    ("decimal-million", "งบ 1.25 ล้านบาท", [("1.25 ล้าน", Decimal("1250000"))]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_numbers_as_written(text: str, expected: list[tuple]) -> None:
    mentions = find_numbers(text)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    got = [(m.text, m.value) for m in mentions]
    want = [(t, v) for t, v in expected]
    if any(v is None for _, v in expected):  # dates and invalid chains carry no value
        assert [t for t, _ in got] == [t for t, _ in want], got
        for (t, v), m in zip(want, mentions):
            if v is None:
                assert m.value is None and m.form in ("code", "date"), m
            else:
                assert m.value == v, m
    else:
        assert got == want


def test_a_chain_is_one_mention_with_an_exact_int() -> None:
    (m,) = find_numbers("มูลค่า 3 ล้าน 5 แสนบาท")
    assert m.form == "number" and m.rule == "num.digits.chain"
    assert isinstance(m.value, int)


def test_gap_up_to_max_gap_binds_and_a_longer_run_is_layout() -> None:
    near = "งบ 5" + " " * MAX_GAP + "ล้านบาท"
    (m,) = find_numbers(near)
    assert m.value == 5_000_000 and m.end == len(near) - len("บาท")
    far = "งบ 5" + " " * 100_000 + "ล้านบาท"
    (m,) = find_numbers(far)
    assert m.value == 5 and m.text == "5"

