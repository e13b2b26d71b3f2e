"""Relations from the words around a figure (issue 8 item 5, issue 11): a percentage is a share,
an increase/decrease or a result against its target; an amount or count that states a change
carries increase/decrease. Cases in tests/data/relations.jsonl list every percentage, quantity and
money record of their text with the relation it must carry (own sentences, report style)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import thai_report_ie as tri

CASES = [json.loads(line) for line in
         (Path(__file__).resolve().parents[1] / "data" / "relations.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_relation(case):
    report = tri.extract(case["text"])
    got = [{"kind": r.kind, "text": r.text, "relation": r.relation}
           for r in sorted([*report.percentages, *report.quantities, *report.money], key=lambda r: r.start)]
    assert got == case["expected"]


GROWTH_NOT_SHARE = [
    # a growth rate never becomes a share of the earlier figure, however well the numbers fit
    "ยอดขายปีนี้ 1,200 ล้านบาท เพิ่มขึ้นร้อยละ 20 จากปีก่อนที่มียอดขาย 1,000 ล้านบาท",
    "ผู้ใช้บริการ 1,100 คน ขยายตัวร้อยละ 10 จากเดือนก่อน 1,000 คน",
]


@pytest.mark.parametrize("text", GROWTH_NOT_SHARE)
def test_growth_gives_no_share_check(text):
    report = tri.extract(text)
    assert all(p.relation == "increase" for p in report.percentages)
    assert not [c for c in report.checks if c.kind == "share"]
