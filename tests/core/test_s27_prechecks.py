"""s27's speed helpers: each pre-check is a necessary condition of the look-up it guards (a window it skips
holds no match), and each memo answers what the look-up itself answers, position by position."""
from __future__ import annotations

import pytest

from thai_report_ie import linking, percent_subjects, subject_context
from thai_report_ie.document import Document
from thai_report_ie.extractors import quantities

SENTENCES = [  # in the style of the reports; the last two hold no change, vaccination, per or percent word
    "ผู้ป่วยรายใหม่เพิ่มขึ้นจากสัปดาห์ก่อน 1,250 ราย และลดลงจากเดือนที่แล้วร้อยละ 4.5",
    "ประชาชนที่ได้รับวัคซีนเข็มที่ 3 แล้ว ร้อยละ 62.3 และผู้ที่ฉีดวัคซีนครบ 2 เข็ม 1,200,000 คน",
    "ยอดส่งออกสูงกว่าปีก่อน 12.5% มูลค่ากว่า 3,000 ล้านบาท คิดเป็นไม่เกิน 40 เปอร์เซ็นต์",
    "จ่ายเงินช่วยเหลือครัวเรือนละ 5,000 บาท ปีหนึ่งประมาณ 2 ล้านบาท",
    "ข้าราชการ ครู และบุคลากรทางการศึกษา รวมจำนวน 700 คน",
    "โรงเรียน 45 แห่ง ห้องเรียน 300 ห้อง",
    "",
]


def _positions(text: str) -> range:
    return range(len(text) + 1)


@pytest.mark.parametrize("counted", [False, True])
def test_every_act_holds_an_anchor(counted):
    w = percent_subjects._words()
    acts = w["vaccinate"] | w["medicate"] if counted else w["vaccinate"] | w["vaccinate_said"]
    anchors = percent_subjects._vaccinate_anchors(counted)
    assert anchors and all(any(a in act for a in anchors) for act in acts)


@pytest.mark.parametrize("text", SENTENCES)
def test_vaccinate_and_change_windows_without_an_anchor_hold_no_match(text):
    doc = Document(text)
    for counted in (False, True):
        anchors = percent_subjects._vaccinate_anchors(counted)
        for pos in _positions(text):
            lo = percent_subjects._vaccine_reach_start(doc, pos)
            if percent_subjects._vaccinate_re(counted).search(doc.view, lo, pos) is not None:
                assert any(doc.view.find(a, lo, pos) >= 0 for a in anchors)
    for pos in _positions(text):
        lo = max(0, pos - percent_subjects.CHANGE_REACH)
        if percent_subjects._change_re().search(doc.view, lo, pos) is not None:
            assert percent_subjects._change_anchor_re().search(doc.view, lo, pos) is not None


@pytest.mark.parametrize("between,expected", [
    ("12.5%", True), ("ร้อยละ 4", True), ("40 เปอร์เซ็นต์", True), ("40 เปอร์เซนต์ ", True),
    ("1,250 ", False), ("", False), ("ร้อย", False),  # must not fire: a figure alone, nothing, a bare ร้อย
])
def test_percent_marks_re_is_the_loop_over_the_marks(between, expected):
    doc = Document(between + "ราย")
    assert subject_context._percent_between(doc, 0, len(between)) is expected
    assert expected is any(w in between for w in subject_context._percent_marks())


@pytest.mark.parametrize("text", SENTENCES)
def test_memos_answer_what_the_look_ups_answer(text):
    doc, fresh = Document(text), Document(text)
    for pos in _positions(text):
        assert linking.qualifier_span_before(doc, pos) == linking._qualifier_span_before(fresh, pos)
        assert quantities.per_before(doc, pos) == quantities._per_before(fresh, pos)
        for left in (0, max(0, pos - 5)):
            assert linking.qualifier_start(doc, pos, left_limit=left) == linking._qualifier_start(fresh, pos, left)
    for pos in _positions(text):  # asked again: the memo's answer
        assert linking.qualifier_span_before(doc, pos) == linking._qualifier_span_before(fresh, pos)
        assert quantities.per_before(doc, pos) == quantities._per_before(fresh, pos)


def test_memos_find_what_they_should():
    text = "จ่ายเงินช่วยเหลือครัวเรือนละไม่เกิน 5,000 บาท"
    doc = Document(text)
    pos = text.index("5,000")
    assert linking.qualifier_span_before(doc, pos)[0] == "at_most"
    assert linking.qualifier_start(doc, pos) == text.index("ไม่เกิน")
    assert quantities.per_before(doc, pos)[0] == "ครัวเรือน"
    assert quantities.per_before(doc, text.index("บาท")) == (None, text.index("บาท"))  # must not fire


def test_coordinators_longest_first():
    got = subject_context._cw_longest_first("coordinator")
    assert set(got) == set(subject_context._cw("coordinator"))
    assert [len(w) for w in got] == sorted((len(w) for w in got), reverse=True)
