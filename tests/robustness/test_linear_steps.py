"""The whole pass stays linear in the text: no function of the package is called more than linearly
often on a text dense in one kind of cross-record work (totals, shares, lists, changes, rows).

No timing: each input is read at two sizes under cProfile, which counts every call of every
function (a generator's every step too), and a count that grows faster than the text is a
quadratic step (a figure tested against every other figure). benchmarks/bench_scaling.py times
the same kinds of input.
"""
from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

import pytest

import thai_report_ie
from thai_report_ie import checks

PACKAGE = str(Path(thai_report_ie.__file__).resolve().parent)
SMALL = 4_000  # characters; the large text is twice as long
SLACK = 2.4  # a linear count grows about 2x (the ends of the text add a little)
FLOOR = 40  # counts this small may grow by a fixed amount

# (id, unit repeated to SMALL and 2 * SMALL characters): each is dense in one kind of cross-record work
DENSE = [
    ("totals-alone", "รวม 25 แห่ง\n"),  # checks._rows_above scanned every figure above each total row
    ("total-rows", "ภาคเหนือ 10 แห่ง\nภาคใต้ 15 แห่ง\nรวม 25 แห่ง\n"),
    ("sums-on-lines", "ผู้ป่วยทั้งหมด 12 ราย\nชาย 5 ราย\nหญิง 7 ราย\n"),
    ("parts-on-lines", "ผู้ป่วยรวม 10 ราย ดังนี้\n1) ชาย 3 ราย\n2) หญิง 4 ราย\n"),
    # checks._sums_elsewhere compared each breakdown's sum with every figure of the text
    ("breakdown-mismatch", "ผู้ป่วย 10 ราย แบ่งเป็น ชาย 3 ราย และหญิง 4 ราย ทั้งนี้ "
                           "ข้อมูลดังกล่าวเป็นข้อมูลเบื้องต้นจากการสำรวจของเจ้าหน้าที่ในพื้นที่\n"),
    # checks._share_checks tested each nearest whole against every percent of the text
    ("shares-whole-before", "ผู้สมัคร 200 คน สอบผ่าน 150 คน คิดเป็นร้อยละ 75 "),
    ("shares", "นักเรียน 200 คน สอบผ่าน 150 คน คิดเป็นร้อยละ 75 ของนักเรียนทั้งหมด "),
    ("word-ratios", "โรงเรียนผ่านการประเมิน 41 แห่ง จากทั้งหมด 50 แห่ง ครู 1 คน ต่อนักเรียน 20 คน "),
    ("lists", "จำนวน 3 จังหวัด ได้แก่ เชียงใหม่ ลำปาง และน่าน ประกอบด้วย ครู 4 คน และนักเรียน 6 คน "),
    ("respectively", "ผลผลิตข้าว ข้าวโพด และมันสำปะหลัง 10 20 และ 30 ตัน ตามลำดับ "),
    ("percent-changes", "รายได้เพิ่มขึ้นจาก 100 ล้านบาท เป็น 120 ล้านบาท หรือเพิ่มขึ้นร้อยละ 20 "),
    ("achieved-vs-target", "เป้าหมาย 500 ราย ทำได้ 450 ราย คิดเป็นร้อยละ 90 ของเป้าหมาย "),
    # extractors.ratios.target_ratios tested each result against every ratio of the text
    ("target-pairs-beside-ratios", "เป้าหมาย 100 คน ดำเนินการได้ 90 คน และ 3/4 ราย\n"),
    ("approx-equal", "งบประมาณ 1,000 ล้านบาท หรือประมาณ 1 พันล้านบาท "),
    ("repeated-acronyms", "สำนักงานคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.) ประชุม ก.พ.ร. ร่วมกับ สธ. และ ก.พ.ร. "),
    ("no-spaces", "ผู้ป่วย12รายงบ1.5ล้านบาทร้อยละ20จาก100คนเป็น120คน(กพร.)"),
    # the eleventh session's readers: a name's number, ศูนย์ as a centre, people before ณ, a phrase before " ทั้ง"
    ("name-numbers-and-centres", "โควิด - 19 โควิด 19 โคโรนา 2019 โควิด19 ศูนย์บริการ ศูนย์ราย ร้อยละศูนย์ "),
    ("at-place-and-spaced-whole", "ผู้ติดเชื้อโควิด 19 สะสม 20 ราย การลงทะเบียน ณ ศูนย์ดำรงธรรม 30 ราย "
                                  "มหาวิทยาลัยราชภัฏ ทั้ง 9 แห่ง "),
    # the twelfth session's readers: an interest rate named before a schedule of rates, "N <cl> ๆ ละ", a time
    # frame, "X มีทั้งหมด N", a relative clause's preposition, a noun before an acronym, a Latin hyphen name
    ("rates-frames-topics", "อัตราดอกเบี้ยปีที่ 1 คงที่เท่ากับ 1.95% ต่อปี ปีที่ 2 เท่ากับ 2.5% ต่อปี 10 ชุด ๆ ละ 800 บาท "
                            "ผู้ป่วยรายใหม่ในรอบ 5 ปี จำนวน 15 ราย โรงเรียนในสังกัดมีทั้งหมด 21 แห่ง "
                            "เกษตรกรที่ขึ้นทะเบียนกับกรมประมง 30 ราย สมาชิก กอช. 40 คน วัคซีน COVID-19 จำนวน 2 เข็ม\n"),
    # the thirteenth session's money readers, on one line (no newline bounds their look back): a list of bare
    # amounts, a fee, a share's cap, "as actually paid", people, a new value after a year
    ("money-readers-one-line", "ผู้ซื้อได้ในราคาพิเศษ ได้แก่ 99 บาท 199 บาท และ 299 บาท อัตราค่าเข้าชม (ต่างชาติ) ราคา 200 บาท "
                               "วงเงินกู้สูงสุด 5 เท่าของรายได้ หรือไม่เกิน 2 ล้านบาท ค่ารักษาพยาบาลเท่าที่จ่ายจริงไม่เกิน "
                               "50,000 บาท ช่วยชาวประมง ลำละ 5,000 บาท รายได้จาก 20 บาท ในปี 2563 เป็น 25 บาท "),
    # f13: the eleventh and twelfth sessions' rules once more, each on a line that never ends (the line-bounded
    # searches reach back over a whole line): items before a respective list, the bounds of an amount, old levels,
    # one interest word before many rates, a change measured against a base, areas and satang, a relative share,
    # an acronym's members, "amounting to", "N <unit> ๆ ละ"
    ("respective-items-one-line", "ตลาดญี่ปุ่น และตลาดจีน ขยายตัวร้อยละ 5.1 และ 3.2 ตามลำดับ "),
    ("bounds-and-old-levels", "ตั้งแต่ 400,000 บาท ถึง 2,000,000 บาท ลดอัตราภาษีจาก 5% และ 3% เหลือ 2% "),
    ("rates-after-one-interest-word", "อัตราดอกเบี้ย 1% ต่อปี 2% ต่อปี 3% ต่อปี 4.5% ต่อปี "),
    ("changes-from-a-base", "ลดลงจากปีก่อน 0.11 ล้านตัน ลดลงเมื่อเทียบกับเดือนก่อนหน้าที่ ร้อยละ 2.5 "),
    ("areas-satang-each", "13 ไร่ 2 งาน 50 ตารางวา 20 บาท 50 สตางค์ 10 ชุด ๆ ละ 800 บาท "),
    ("shares-members-amounts", "ผู้สูงอายุซึ่งคิดเป็นร้อยละ 20 ของประชากร สมาชิก กอช. 2 คน "
                               "จ่ายเงินสงเคราะห์ 661 คน เป็นเงิน 6,232.54 บาท "),
]


def _calls(text: str) -> dict[tuple, int]:
    """Calls of each function of the package while reading `text`."""
    prof = cProfile.Profile()
    prof.enable()
    thai_report_ie.extract(text)
    prof.disable()
    return {k: v[1] for k, v in pstats.Stats(prof).stats.items() if k[0].startswith(PACKAGE)}


@pytest.mark.slow
@pytest.mark.parametrize("unit", [u for _, u in DENSE], ids=[i for i, _ in DENSE])
def test_no_function_is_called_more_than_linearly(unit: str) -> None:
    thai_report_ie.extract(unit * 3)  # lexicons and caches first
    small = _calls(unit * (SMALL // len(unit)))
    large = _calls(unit * (2 * SMALL // len(unit)))
    grown = {f"{Path(k[0]).name}:{k[1]}:{k[2]}": (small.get(k, 0), n) for k, n in large.items()
             if n > SLACK * max(small.get(k, 0), FLOOR)}
    assert not grown, f"called more than linearly often (calls at {SMALL:,} -> {2 * SMALL:,} chars): {grown}"


# the line helpers of checks.py answer what str.count / str.rfind from the text's start answer
LINE_TEXTS = ["", "ไม่มีบรรทัด", "\n", "ก\nข\n\nค", "\n\nรวม 25 แห่ง\nภาคเหนือ 10 แห่ง"]


@pytest.mark.parametrize("text", LINE_TEXTS)
def test_line_helpers_match_the_string_methods(text: str) -> None:
    doc = thai_report_ie.document.Document(text)
    for pos in range(len(text) + 1):
        assert checks._line_number(doc, pos) == text.count("\n", 0, pos)
        assert checks._line_start(doc, pos) == text.rfind("\n", 0, pos) + 1
        for hi in range(len(text) + 1):
            assert checks._lines_between(doc, pos, hi) == text.count("\n", pos, hi)


# percent_subjects._before_spaces answers what len(view[:pos].rstrip(" ")) answers, without the copy
SPACED_TEXTS = ["", "   ", "ราคา (15.41 บาท)  ว่าง 12%", "ก  \n  ข ", " (ICU)   "]


@pytest.mark.parametrize("text", SPACED_TEXTS)
def test_before_spaces_matches_the_slice(text: str) -> None:
    from thai_report_ie.percent_subjects import _before_spaces

    doc = thai_report_ie.document.Document(text)
    assert [_before_spaces(doc, pos) for pos in range(len(text) + 1)] == \
        [len(doc.view[:pos].rstrip(" ")) for pos in range(len(text) + 1)]


# extractors.ratios._inside_any answers what a scan of every span answers, nested and overlapping ones too
SPAN_SETS = [[], [(0, 1)], [(2, 5), (3, 4)], [(0, 10), (2, 3), (12, 14)], [(5, 8), (1, 6), (7, 9), (9, 9)]]


@pytest.mark.parametrize("spans", SPAN_SETS)
def test_inside_any_matches_the_scan(spans: list[tuple[int, int]]) -> None:
    from types import SimpleNamespace

    from thai_report_ie.extractors.ratios import _inside_any

    inside = _inside_any([SimpleNamespace(start=s, end=e) for s, e in spans])
    assert [inside(pos) for pos in range(-1, 16)] == [any(s <= pos < e for s, e in spans) for pos in range(-1, 16)]
