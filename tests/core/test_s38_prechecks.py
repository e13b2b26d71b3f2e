"""s38's pre-checks before per-figure searches: each is a necessary condition of its pattern, so the function answers
what the bare search answers, at every offset of sentences written in the style of the reports (those that hold the
pattern's words and those that do not); and the rewrites that keep a result (`_claims`, `leftmost_longest`, the
composed records) give what the old code gave."""
from __future__ import annotations

import random

import pytest

from thai_report_ie import change_checks, linking, phrases, subject_context
from thai_report_ie.composed import compose_typed
from thai_report_ie.document import Document
from thai_report_ie.extract import extract
from thai_report_ie.extractors import quantities
from thai_report_ie.records import NumberMention, leftmost_longest

SENTENCES = [  # our own sentences, each holding one of the patterns' words near a figure (and the plain case)
    "ผู้ป่วยรายใหม่ 1,250 ราย ชั้น 3 ห้อง 12 ครั้งที่ 22 อาคารหลังที่ 2",
    "รับวัคซีนเข็ม 4 แบบแปะผิวหนัง ฉีดวัคซีนเข็ม  3 และใช้เข็ม 5 อัน",
    "รณรงค์ #ปลอดบุหรี่100% และ #กลาโหม135ปี มีผู้ร่วม 300 คน",
    "ไข้หวัดนก H5N1 และสาร BY2 พบใน 3 จังหวัด ปืน M16 จำนวน 2 กระบอก",
    "ผู้ยื่นขอลงทะเบียน Thailand Pass 5,000 ราย ยางพารา - ผลิตภัณฑ์ยาง 20 ตัน",
    "รวมจำนวน 66,048 ราย รวมเป็นเงิน 300,000 บาท ทั้งหมดจำนวน\n500 ราย ยุบรวมเป็น 5 แห่ง",
    "งบประมาณพันล้าน 5 ร้อยล้านบาท ผู้ป่วยสะสมสองหมื่น 5 พันราย สามล้าน 5 แสนบาท",
    "มีผู้ใช้สิทธิ 1 2 3 4 5 ราย จำนวน 1 234 567 คน",
    "อัตราการตายของทารก 8.5 ต่อ 1,000 คน มีแพทย์ 1 ต่อ 2,000 คน",
    "จำนวนผู้ป่วยเพิ่มขึ้นจาก 120 ราย เป็น 150 ราย ลดลงจาก 28,000 ล้านบาท เป็น 9,800 ล้านบาท",
    "ผลผลิตสูงกว่าเป้าหมาย 3,914 ตัน ต่ำกว่าเป้า 20 ราย และเป็นไปตามเป้าหมายที่ตั้งไว้ 100 ครัวเรือน",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_label_before_is_the_search(text):
    doc = Document(text)
    for pos in range(len(text) + 1):
        m = linking._label_re().search(doc.view, max(0, pos - linking._label_reach()), pos)
        if m is None:
            assert not linking.label_before(doc, pos), pos


@pytest.mark.parametrize("text", SENTENCES)
def test_figure_prechecks_are_the_searches(text):
    doc = Document(text)
    view = doc.view
    for pos in range(len(text) + 1):
        assert quantities.in_hashtag(view, pos) == (
            quantities._HASHTAG.search(view, max(0, pos - quantities.NAME_REACH), pos) is not None), pos
        assert quantities._dose_ordinal(doc, pos) == (
            quantities._DOSE_DIGIT.match(view, pos) is not None
            and quantities._DOSE_BEFORE.search(view, max(0, pos - 40), pos) is not None), pos
        may = linking._filler_may_end(view, pos)
        if not may:
            assert linking._total_through_re().search(view, max(0, pos - linking._total_through_reach()), pos) is None
        lo = max(0, pos - subject_context.CHANGE_FROM_REACH)
        if view.find("จาก", lo, pos) < 0:
            assert subject_context._change_from_re().search(view, lo, pos) is None
        if view.find("ต่อ", max(0, pos - quantities.TERM_REACH - 30), pos) < 0:
            assert quantities._BARE_RATE_TERM.search(view, max(0, pos - quantities.TERM_REACH - 30), pos) is None
        if view[pos - 2:pos - 1] != " ":
            assert quantities._SPACED_DIGITS.search(view, max(0, pos - 12), pos) is None


@pytest.mark.parametrize("text", SENTENCES)
def test_gap_word_ending_and_code_names(text):
    doc = Document(text)
    view = doc.view
    for end in range(len(view) + 1):
        want = next(((end - n, view[end - n:end]) for n, group in phrases._gap_words_by_length()
                     if n <= end and view[end - n:end] in group), None)
        assert phrases._gap_word_ending(view, end) == want
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.kind != "word" or not phrases._CODE_DIGITS.fullmatch(t.text):
            assert phrases._code_name_start(toks, i) is None


@pytest.mark.parametrize("text", SENTENCES)
def test_claims_are_the_scan(text):
    view = Document(text).view
    want = [(m.start(), m.end(), m.lastgroup) for m in change_checks._res()["claim"].finditer(view)]
    assert [(m.start(), m.end(), m.lastgroup) for m in change_checks._claims(view)] == want


def test_claims_found_where_the_core_repeats():
    view = "เกินเป้าหมายเกินเป้า สูงกว่าเป้าหมายต่ำกว่าเป้า"
    got = [m.group() for m in change_checks._claims(view)]
    assert got == [m.group() for m in change_checks._res()["claim"].finditer(view)]
    assert got == ["เกินเป้าหมาย", "เกินเป้า", "สูงกว่าเป้าหมาย", "ต่ำกว่าเป้า"]


def test_leftmost_longest_keeps_the_old_order():
    def old(records):
        kept: list = []
        for r in sorted(records, key=lambda r: (r.start, -r.end)):
            if not kept or r.start >= kept[-1].end:
                kept.append(r)
        return kept

    rng = random.Random(38)
    for _ in range(500):
        records = [NumberMention(str(i), s, s + rng.randint(0, 5))
                   for i, s in enumerate(rng.choices(range(30), k=rng.randint(0, 25)))]
        assert [id(r) for r in leftmost_longest(records)] == [id(r) for r in old(records)]


def test_composed_records_unmoved_or_moved():
    text = "ผู้ป่วย 12 ราย จ\u0e4d\u0e32นวน 30 ราย"  # a record before the composed group, one after
    report = extract(text)
    assert [q.text for q in report.quantities] == ["12 ราย", "30 ราย"]
    for q in report.quantities:
        assert text[q.start:q.end] == q.text
    composed = compose_typed(text)
    first = composed.record_in_original(NumberMention("12", 8, 10))
    assert (first.start, first.end, first.text) == (8, 10, "12")
    later = composed.record_in_original(NumberMention("30", composed.text.index("30"), composed.text.index("30") + 2))
    assert text[later.start:later.end] == "30" and later.start == text.index("30")
