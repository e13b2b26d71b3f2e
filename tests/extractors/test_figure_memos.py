"""The per-figure answers the extractors share (issue 14 item 4): `is_label_before` and
`unit_after` are worked out once a figure and kept on the Document, and `is_label_before` tries
three str.endswith tests before linking.label_before's search. Both must answer exactly what the
plain functions answer, for every figure of texts with labels next to line breaks, spaces and
counts (own sentences, report style)."""
from __future__ import annotations

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors import quantities as q
from thai_report_ie.linking import label_before

TEXTS = [
    "ประชุมที่อาคาร 2 ชั้น 3 ห้อง 301 มีผู้เข้าร่วม 45 คน",
    "ตามคำสั่งที่ 3858/2564 ให้จัดสรรงบประมาณ 12.5 ล้านบาท แก่ 4 หน่วยงาน",
    "ข้อ\n5 ให้ดำเนินการภายใน 30 วัน",
    "หมู่ \n4 ตำบลบ้านใหม่ มีครัวเรือน 120 ครัวเรือน",
    "ผู้ติดเชื้อโควิด-19 รายใหม่ 1,234 ราย หายป่วย 1,100 ราย",
    "ไตรมาส 3/65 ส่งออกได้ 2,500 ตัน ซอย 7 ถนนพหลโยธิน",
    "รายงานฉบับที่ 2 ระบุว่ามีโรงเรียน 1 ใน 3 แห่ง ผ่านเกณฑ์",
    "วาระที่ 4.1 ผลการดำเนินงาน 10 โครงการ จาก 12 โครงการ",
    "เลขที่ 99/1 หมายเลข 02 123 4567 รวม 3 รายการ",
    "ครั้งที่ 22   จำนวน 5 กว่าคน",
]


@pytest.mark.parametrize("text", TEXTS)
def test_label_memo_answers_as_label_before(text):
    doc = Document(text)
    assert doc.numbers
    for n in doc.numbers:
        assert q.is_label_before(doc, n.start) == label_before(doc, n.start), n.text
        assert q.is_label_before(doc, n.start) == label_before(doc, n.start), n.text  # from the memo


@pytest.mark.parametrize("text", TEXTS)
def test_unit_memo_answers_as_unit_after(text):
    doc = Document(text)
    for n in doc.numbers:
        for pos in (n.start, n.end):
            assert q.unit_after(doc, pos) == q._unit_after(doc, pos), (n.text, pos)
            assert q.unit_after(doc, pos) == q._unit_after(doc, pos), (n.text, pos)  # from the memo


def test_memo_is_per_document():
    a, b = Document("มีผู้ป่วย 5 ราย"), Document("มีผู้ป่วย 5 คน")
    pos = a.text.index("5") + 1
    assert q.unit_after(a, pos).word == "ราย"
    assert q.unit_after(b, pos).word == "คน"
