"""One automaton pass (`_anchor_scan.anchor_hits`) finds where person titles and date anchors start:
the same offsets as the persons' and the dates' own regex passes, and the same records either way."""
from __future__ import annotations

import random

import pytest

from thai_report_ie import _anchor_scan
from thai_report_ie.document import Document
from thai_report_ie.extractors import dates, persons

TEXTS = [
    "นายสมชาย ใจดี รองนายกรัฐมนตรี ประชุมเมื่อวันที่ 5 มกราคม 2567 ณ ทำเนียบรัฐบาล",
    "พล.อ.ประยุทธ์ จันทร์โอชา และ ดร. สมศรี มีสุข ร่วมงานเมื่อ 12-14 ก.พ. 66",
    "ไตรมาสแรกของปี 2566 ถึงไตรมาส 3/2567 และครึ่งปีหลัง 2565 นางสาวมาลี ศรีสุข รายงาน",
    "พ.ศ. 2560 - 2564 เดือนมีนาคม ถึง เมษายน 2565 ปีงบประมาณ พ.ศ. 2566 นางนงลักษณ์ แก้วใส",
    "สหายเหงียน ทันห์ นาม เดินทางถึงเมื่อ ม.ค. 2567 นายกเทศมนตรีนครขอนแก่นกล่าว",
    "ผศ.ดร.สมหมาย นาย นาง นางสาว มกรา มีนา มีนาคม ธ.ค.63, 0930 น.",
    "",
    "ข้อความที่ไม่มีชื่อคนและไม่มีวันที่เลย 1,000 คน",
]


def _random_text(rng: random.Random) -> str:
    pieces = ["นาย", "นาง", "นางสาว", "ดร.", "พล.อ.", "ผศ.", "สมชาย", " ", "มกราคม", "ม.ค.", "มี.ค", "พ.ศ.",
              "ไตรมาส", "ครึ่งปี", "แรก", "เดือน", "ปี", "2567", "15", "-", "/", "\n", "กรม", "ใจดี", "มีนา"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 50)))


ALL = TEXTS + [_random_text(random.Random(seed)) for seed in range(40)]


@pytest.mark.parametrize("text", ALL)
def test_one_pass_finds_the_offsets_of_both_regex_passes(text):
    doc = Document(text)
    hits = _anchor_scan.anchor_hits(doc)
    assert hits is not None  # pyahocorasick is a core dependency
    titles, anchors = hits
    assert titles == [m.start() for m in persons._title_starts().finditer(doc.view)]
    assert anchors == list(dates._anchor_spans(doc.view, dates._tables().anchors))


def _records(text: str) -> tuple[list, list]:
    doc = Document(text)
    return ([(p.start, p.end, p.name, p.title) for p in persons.extract_persons(doc)],
            [(d.start, d.end, d.rule, d.iso) for d in dates.extract_dates(doc)])


@pytest.mark.parametrize("text", ALL)
def test_same_records_without_the_automaton(text, monkeypatch):
    with_automaton = _records(text)
    monkeypatch.setattr(persons, "anchor_hits", lambda doc: None)
    monkeypatch.setattr(dates, "anchor_hits", lambda doc: None)
    assert _records(text) == with_automaton
