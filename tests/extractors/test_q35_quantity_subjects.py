"""q35: the quantity-subject helpers of issue 10 called directly (the golden rows q35-NN in
tests/data/figure_subjects.jsonl run them through extract())."""
from __future__ import annotations

import pytest

from thai_report_ie.document import Document
from thai_report_ie.phrases import Subject
from thai_report_ie.quantity_subjects import (head_of_latin_name, head_of_place_list, people_after_have,
                                              with_batch_tail, without_nationwide)


def _subject(text: str, part: str) -> Subject:
    i = text.index(part)
    return Subject(part, i, i + len(part))


@pytest.mark.parametrize("current, last, expected", [
    ("ฟินแลนด์", "คนงานเก็บผลไม้ป่าในสวีเดน", "คนงานเก็บผลไม้ป่า"),
    ("เชียงใหม่", "แรงงานในลำปาง", "แรงงาน"),
    ("ฟินแลนด์", "คนงานเก็บผลไม้ป่า", None),  # the record before names no place
    ("ผู้ป่วย", "ผู้ป่วยในสวีเดน", None),  # the reader read people, no place
    ("ฟินแลนด์", "สินค้าในสวีเดน", None),  # the head names no people
    (None, "คนงานในสวีเดน", None),
])
def test_head_of_place_list(current, last, expected):
    assert head_of_place_list(current, last) == expected


@pytest.mark.parametrize("subject, expected", [
    ("เรือนจำและทัณฑสถานทั่วประเทศ", "เรือนจำและทัณฑสถาน"),
    ("ปริมาณน้ำใช้การทั้งประเทศ", "ปริมาณน้ำใช้การ"),
    ("ทั่วประเทศ", "ทั่วประเทศ"),  # nothing left
    ("สาขา ทั่วประเทศ", "สาขา ทั่วประเทศ"),  # spaced: not glued on
    ("โรงเรียน", "โรงเรียน"),
    (None, None),
])
def test_without_nationwide(subject, expected):
    assert without_nationwide(subject) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("มีเด็กและเยาวชนรุ่นแรกเข้าฝึกงาน", "เด็กและเยาวชนรุ่น", "เด็กและเยาวชนรุ่นแรก"),
    ("นักศึกษารุ่นที่ 3 จำนวน", "นักศึกษารุ่น", "นักศึกษารุ่นที่ 3"),
    ("นักศึกษารุ่นใหม่", "นักศึกษารุ่น", None),  # no batch word of that list
    ("นักศึกษาแรก", "นักศึกษา", None),  # no รุ่น
])
def test_with_batch_tail(text, part, expected):
    found = with_batch_tail(Document(text), _subject(text, part))
    assert (found.text if found else None) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("และผู้ที่ Walk In 300 คน", "Walk In", "ผู้ที่ Walk In"),
    ("ให้กับผู้ประกอบการคู่ค้าของ freshket จำนวน 100 ราย", "freshket", "ผู้ประกอบการคู่ค้า"),
    ("ลูกค้าของ Grab 100 ราย", "Grab", "ลูกค้า"),
    ("สินค้าของ shopnow 100 ราย", "shopnow", None),  # no people before ของ
    ("ทาง Online 9,000 คน", "Online", None),  # neither ผู้ที่ nor ของ before it
    ("ผู้ประกอบการ 100 ราย", "ผู้ประกอบการ", None),  # not Latin
])
def test_head_of_latin_name(text, part, expected):
    found = head_of_latin_name(Document(text), _subject(text, part), 0)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize("text, figure, current, left, expected", [
    ("ซึ่งมีผู้ลงทะเบียนเข้าร่วมทั้ง 2 รูปแบบ กว่า 800 คน", "800 คน", None, 0, "ผู้ลงทะเบียนเข้าร่วม"),
    ("ว่า มีประชาชนทยอยเดินทางกลับเข้ากรุงเทพฯ หลังฉลองวันหยุด จำนวน 500 คน", "500 คน", "วันหยุด", 0, "ประชาชน"),
    ("มีผู้มารับบริการที่ศูนย์ฯ เขตบางรัก จำนวน 50 คน", "50 คน", "เขตบางรัก", 0, "ผู้มารับบริการ"),  # cut at its ที่
    ("มีผู้ป่วยติดเตียงต้องอพยพ 6 ราย", "6 ราย", "อพยพ", 0, "ผู้ป่วยติดเตียง"),  # the auxiliary dropped
    ("จังหวัดที่มีผู้เสียชีวิตสูงสุด ได้แก่ เชียงราย 3 ราย", "3 ราย", None, 0, "ผู้เสียชีวิต"),  # the superlative left out
    ("มีนักเรียนรุ่นแรกเข้าร่วม 20 คน", "20 คน", None, 0, "นักเรียนรุ่นแรก"),
    ("มีเด็กและเยาวชนเข้าค่าย 40 คน", "40 คน", None, 0, "เด็กและเยาวชน"),
    ("มีนักเรียนเข้าร่วม 20 คน", "20 คน", "นักเรียน", 0, None),  # the reader read people already
    ("สามีภรรยาเดินทาง 20 คน", "20 คน", None, 0, None),  # มี inside a word
    ("มีผู้ติดเชื้อ 100 ราย เสียชีวิต 2 ราย", "2 ราย", None, 20, None),  # not across the record before
    ("มีโรงเรียนเข้าร่วม 20 คน", "20 คน", None, 0, None),  # no people after มี
    ("มีผู้ติดเชื้อ\nรักษาหาย 20 คน", "20 คน", None, 0, None),  # another line
])
def test_people_after_have(text, figure, current, left, expected):
    cur = _subject(text, current) if current else None
    found = people_after_have(Document(text), text.index(figure), cur, left)
    assert (found.text if found else None) == expected
