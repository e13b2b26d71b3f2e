"""Marks typed out of order ("พันธ์ุ" for พันธุ์, "ท่ี" for ที่, "นำ้" for น้ำ) are put in order in the view, so
the segmenter reads the word; the view keeps the text's length and every record's text is still the text's own
(branch v16). Sentences written for this project."""
from __future__ import annotations

import pytest

import thai_report_ie as tri
from thai_report_ie.normalize import normalise

THANTHAKHAT, SARA_U, MAI_EK, SARA_II, MAI_THO, SARA_AM = "\u0e4c", "\u0e38", "\u0e48", "\u0e35", "\u0e49", "\u0e33"

# (id, text, view)
VIEWS = [
    ("thanthakhat-before-u", f"พันธ{THANTHAKHAT}{SARA_U}ข้าว", "พันธุ์ข้าว"),
    ("mai-ek-before-ii", f"ท{MAI_EK}{SARA_II}ประชุม", "ที่ประชุม"),
    ("am-before-mai-tho", f"น{SARA_AM}{MAI_THO}ท่วม", "น้ำท่วม"),
    ("two-in-one-text", f"ท{MAI_EK}{SARA_II}ดิน ๑ แปลง พันธ{THANTHAKHAT}{SARA_U}ดี", "ที่ดิน 1 แปลง พันธุ์ดี"),
    ("in-order-kept", "ที่ประชุมเห็นชอบพันธุ์ข้าวและน้ำ", "ที่ประชุมเห็นชอบพันธุ์ข้าวและน้ำ"),
    ("tone-before-am-kept", "ค่ำนี้ ทำดี", "ค่ำนี้ ทำดี"),
]


@pytest.mark.parametrize("text,view", [c[1:] for c in VIEWS], ids=[c[0] for c in VIEWS])
def test_marks_in_order_in_the_view(text: str, view: str) -> None:
    got = normalise(text)
    assert got == view
    assert len(got) == len(text)


def test_text_in_order_is_returned_as_is() -> None:
    text = "ที่ประชุมเห็นชอบพันธุ์ข้าว"
    assert normalise(text) is text


# (id, text, kind, [(record text, value)]): what the out-of-order word hid, read now, with the text's own spans
RECORDS = [
    ("count-after-reversed-word", f"ศูนย์ได้รับเรื่องร้องเรียนจากจังหวัดชลบุรี 14 เร{MAI_EK}ือง", "quantities",
     [(f"14 เร{MAI_EK}ือง", 14)]),
    ("breeding-stock-subject", f"ฟาร์มมีแม่พันธ{THANTHAKHAT}{SARA_U}อยู่ 1,200 ตัว", "quantities",
     [("1,200 ตัว", 1200)]),
]


@pytest.mark.parametrize("text,kind,expected", [c[1:] for c in RECORDS], ids=[c[0] for c in RECORDS])
def test_records_keep_the_texts_spans(text: str, kind: str, expected: list[tuple]) -> None:
    got = list(getattr(tri.extract(text), kind))
    assert [(r.text, r.value) for r in got] == expected
    for r in got:
        assert text[r.start:r.end] == r.text


def test_subject_read_past_the_reversed_word() -> None:
    (q,) = tri.extract(f"ฟาร์มมีแม่พันธ{THANTHAKHAT}{SARA_U}อยู่ 1,200 ตัว").quantities
    assert q.subject is not None and q.subject.startswith("แม่พันธ")
