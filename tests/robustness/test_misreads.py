"""Misread classes found over the thaigov corpus (issue 9), each fixed as a class.

`tests/data/misreads.jsonl`: one case a line, written for this project: `id`, `set`, `source`,
`class` (phone, bullet, rai_ngan_wah, section_number, unit_header, plausibility, thousands_space,
bare_year, hall_label, percent_heading, downward_range; the last five found reading values by eye,
branch v9; ordinal_label, "รัชกาลที่ 6 ด้าน…", found by batch 18's annotator; km_marker "กม. 20+400",
name_number "ซอยอ่อนนุช 86", "#กลาโหม135ปี", "ราชประชานุเคราะห์ 58 จังหวัดนนทบุรี", not_a_count "PMQA 4.0",
"11 เดือน 11", "ภาพสามมิติ", "หนึ่งคนว่าย หลายคนให้", time_of_day "31 ม.ค.67, 1330", rate_two_units
"บาทต่อคนต่อเดือน", found by batch 19's annotator, branch v10; noun_zero "ศูนย์บริการ", a centre, not zero,
eleventh session, branch r11; label_gap "ชั้น\u200b ๗", a label word two
spaces before its number in the view, percent_range "ร้อยละ 1.8 ถึง 2.8", negated_qualifier "ไม่ให้เกิน 30 บาท" (at most), branch v11; family_name
"นายวิชัย สองห้อง", route_label "สาย 29 เขตการเดินรถที่ 1", unit_or "45 โครงการ/รายการ" (no per), split_qualifier "ต่ำ กว่า 55 องศา" (less than),
ranking_superlative "สูงสุด 5 อันดับแรก" (the top five, no bound), baht_satang "12 บาท 50 สตางค์" (one amount), branch v12;
and_a_half "2 เดือนครึ่ง" (2.5 months), implicit_money "10 ล้าน CC" (no amount),
compound_unit "50 มิลลิกรัมเปอร์เซ็นต์" (mg%, not mg), branch v13; mixed_numerals "3 ล้าน 4 แสนล้านบาท" (3.4 ล้านล้าน),
"สามล้าน 5 แสนบาท" (3,500,000 since rev36; nothing before), "แสนห้าบาท" (no number), days_count "ในช่วง 2-3 วันนี้" (these few days, not today), branch v16; date_shape "ปี ๒๕'๖๘" (no year 2525),
"ปีการศึกษา 2564-2565-2566" (a list, no range ending at 2565), with time_of_day "15 ม.ค. 10.30 น." (no year
2510) and ordinal_label "ระยะที่ 3 ต.ค.-ธ.ค." (no 3 October), ratio_shape "ขนาด 4/6 นิ้ว" (a size, no ratio),
branch v17; to_range "2 ถึง 3 แสนบาท" (a range of 200,000 to 300,000, not its top alone), "2 ถึง 3 ล้าน 5
แสนบาท" (nothing: which multiplier the low shares is not written), with and_a_half "1 ล้านครึ่ง" (1,500,000 since rev36; nothing before) and "3
ไร่ครึ่ง" (3.5 ไร่), thousands_space "1 234 567 คน" (nothing, not 567 คน), branch v18; to_range "5 พัน - 6 พันล้านบาท" (nothing: 5 พัน or 5
พันล้าน is not written; before, 5,000 to 6,000,000,000), eighteenth session's lead; to_range "5 พัน - 6 พันล้านบาท"
(5 พันล้าน to 6 พันล้าน: the same shape twice shares ล้าน), "1 พัน - 2,500 ล้านบาท" (nothing; before, 1,000 to
2,500,000,000), thousands_space "12,\n345 ราย" (nothing, not 345 ราย), "1.234 ราย" (nothing), split_qualifier "6-12 ปี ทั้งหมด 5.2 ล้านคน"
(ทั้งหมด qualifies 5.2 ล้านคน alone), rate_after "35,000 บาทต่อตู้", "34.50 บาทต่อเหรียญสหรัฐฯ" (per ตู้, per the
dollar: an exchange rate), ratio_shape "สาย 12/3", "สัดส่วน 60/40" (no ratio), percent_range "ร้อยละสองจุดห้าถึงสามจุดห้า"
(2.5 to 3.5, not 2.5), "ร้อยละ 3,5" (nothing, not 3), compound_unit "4.2 ล้านคน-ครั้ง" (person-trips,
not people), mixed_numerals "2-3 ล้าน 5 แสนบาท" (nothing, not 5 แสนบาท), branch v19; broken_range "2 -\n3 ล้านบาท"
(nothing, not its top alone), thousands_space "15,\r\n482 ราย", branch rev20), `text`, the
Report attribute `kind` the case is about, and the `expected` records of that kind in text
order, each with the fields that matter. A case passes when the report has exactly as many
records of that kind and each equals its expected dict on the fields it names.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import thai_report_ie as tri

CASES = [json.loads(line) for line in
         (Path(__file__).resolve().parents[1] / "data" / "misreads.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, float) or isinstance(got, float):
        return got is not None and math.isclose(float(want), float(got), rel_tol=1e-12)
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return len(want) == len(got) and all(_same(w, g) for w, g in zip(want, got))
    return want == got


def test_every_class_has_cases() -> None:
    assert {c["class"] for c in CASES} == {"phone", "bullet", "rai_ngan_wah", "section_number",
                                            "unit_header", "plausibility", "thousands_space", "bare_year",
                                            "hall_label", "percent_heading", "downward_range", "ordinal_label",
                                            "km_marker", "name_number", "not_a_count", "time_of_day", "rate_two_units",
                                            "noun_zero", "label_gap", "percent_range", "negated_qualifier",
                                            "family_name", "route_label", "unit_or", "split_qualifier",
                                            "ranking_superlative", "baht_satang", "and_a_half",
                                            "implicit_money", "compound_unit", "mixed_numerals", "days_count",
                                            "date_shape", "ratio_shape", "to_range", "rate_after", "broken_range"}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_misread_class(case: dict[str, Any]) -> None:
    text = case["text"]
    report = tri.extract(text)
    got = list(getattr(report, case["kind"]))
    assert len(got) == len(case["expected"]), [getattr(r, "text", r) for r in got]
    for want, rec in zip(case["expected"], got):
        for field, value in want.items():
            assert _same(value, getattr(rec, field)), (field, value, getattr(rec, field))
        if hasattr(rec, "start") and hasattr(rec, "text"):
            assert text[rec.start:rec.end] == rec.text


@pytest.mark.parametrize("text, flagged", [
    ("หน่วย : ล้านบาท\nรายการ\nวงเงินรวม\n4,250,000,000\n2,100,500.25\n", [4_250_000_000_000_000]),
    ("รัฐบาลตั้งกรอบวงเงิน 1,000,000 ล้านบาท", []),
    ("มูลค่าตลาดโลกราว 255 ล้านล้านบาท", []),
])
def test_a_sum_above_the_money_limit_is_flagged(text: str, flagged: list[int]) -> None:
    report = tri.extract(text)
    assert [c.stated for c in report.checks if c.rule == "plausibility.money_amount"] == flagged
    assert report.mismatches == ()


def test_an_implausible_flag_is_no_mismatch() -> None:
    report = tri.extract("ประชากรของประเทศมีจำนวน 66,000,000 ล้านคน")
    assert report.mismatches == ()
    assert [c.kind for c in report.checks] == ["implausible"]
    assert report.quantities[0].value == 66_000_000_000_000  # never silently corrected
