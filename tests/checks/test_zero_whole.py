"""A figure of 0 is never the whole of a share. mypy (typ15) showed `percent_of` may return None where
`compare` needs a number: a 0 before a negative part was taken as the guessed whole, and `extract()`
raised AttributeError. Own sentences."""
from __future__ import annotations

import pytest

from thai_report_ie import extract

CASES = [
    # (id, text, the zero figure's text)
    ("zero_then_negative_part", "มีผู้ป่วย 0 ราย และผู้ป่วย -3 ราย คิดเป็นร้อยละ 5", "0 ราย"),
    ("zero_line_before", "จำนวน 0 ราย ต่อมา -3 ราย คิดเป็นร้อยละ 5 ของทั้งหมด", "0 ราย"),
    ("zero_money_whole", "งบประมาณ 0 บาท ใช้จ่ายจริง -120 บาท คิดเป็นร้อยละ 10", "0 บาท"),
]


@pytest.mark.parametrize("case_id, text, zero", CASES, ids=[c[0] for c in CASES])
def test_zero_is_no_whole(case_id: str, text: str, zero: str) -> None:
    report = extract(text)  # raised AttributeError ('NoneType' object has no attribute 'numerator')
    start = text.index(zero)
    for r in [*report.quantities, *report.money]:
        assert text[r.start:r.end] == r.text
    assert not any((start, start + len(zero)) in [tuple(s) for s in c.spans] for c in report.checks
                   if c.kind == "share")
