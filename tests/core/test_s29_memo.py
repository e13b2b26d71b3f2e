"""s29's one-frame `linking.memoised`: it answers what the look-up answers, works each key out once a document and
lexicon set (None answers included), and starts a new memo when other lexicons are active, as the two helpers it
replaced (`doc_memo` and `lexicon.active`) did."""
from __future__ import annotations

import pytest

from thai_report_ie import linking
from thai_report_ie.document import Document
from thai_report_ie.extractors import quantities
from thai_report_ie.lexicon import Lexicons, activate

SENTENCES = [  # in the style of the reports
    "ผู้ป่วยรายใหม่ไม่น้อยกว่า 1,250 ราย ชั้น 3 ห้อง 12 และครัวเรือนละ 5,000 บาท",
    "งบประมาณรวมจำนวน 700 ล้านบาท สำหรับ 45 โรงเรียน",
    "",
]


class _Counting:
    """A look-up that counts how often it is worked out."""

    def __init__(self, answer):
        self.answer, self.calls = answer, 0

    def __call__(self, doc, pos):
        self.calls += 1
        return self.answer(pos)


@pytest.mark.parametrize("answer", [lambda pos: pos * 2, lambda pos: None, lambda pos: (None, pos)])
def test_each_key_is_worked_out_once(answer):
    doc, look = Document("ผู้ป่วย 120 ราย"), _Counting(answer)
    for _ in range(3):
        for pos in range(4):
            assert linking.memoised(doc, "_s29_test", pos, look, pos) == answer(pos)
    assert look.calls == 4  # a None answer is remembered too


def test_other_lexicons_start_a_memo_of_their_own():
    doc, look = Document("ผู้ป่วย 120 ราย"), _Counting(lambda pos: pos)
    linking.memoised(doc, "_s29_test", 1, look, 1)
    with activate(Lexicons({"units": ({"word": "หน่วยทดสอบ", "kind": "classifier"},)})):
        linking.memoised(doc, "_s29_test", 1, look, 1)
        linking.memoised(doc, "_s29_test", 1, look, 1)
    assert look.calls == 2
    linking.memoised(doc, "_s29_test", 1, look, 1)  # back to the built-in set: worked out again, once
    linking.memoised(doc, "_s29_test", 1, look, 1)
    assert look.calls == 3


@pytest.mark.parametrize("text", SENTENCES)
def test_memoised_look_ups_answer_what_their_bodies_answer(text):
    doc, fresh = Document(text), Document(text)
    for _ in range(2):  # first ask, then the memo's answer
        for pos in range(len(text) + 1):
            assert quantities.unit_after(doc, pos) == quantities._unit_after(fresh, pos)
            assert quantities.is_label_before(doc, pos) == quantities._label_or_ordinal(fresh, pos)
            assert linking.qualifier_span_before(doc, pos) == linking._qualifier_span_before(fresh, pos)
