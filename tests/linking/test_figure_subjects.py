"""Subjects of percentages and money (issue 10): the constructions percent_subjects.py and
money_subjects.py read around the noun-phrase reader.

`tests/data/figure_subjects.jsonl` holds written sentences in the style of Thai reports, one case a
line (`id`, `set`, `source`, `kind` = the Report attribute, `text`, `expected` records with the
fields that matter), one or more for each rule: a split การ with its verbs, the new value of a
percentage, a year in a comparison base, a rate noun, a leading time, a money head before ของ, the
share of the figure before, a relative clause after, the owner of a nominalised change, a list before
และ, the readings past a filler and of a measure head for money; and cases where the answer is null.
The r23-… rows (kind quantities and money) test the noun-phrase reader itself: การ glued to its verb, act
labels of list items, "X อื่นๆ", a province abbreviated, a governing body as a clause's agent (kept out of
tests/data/subjects.jsonl, which trains the subject re-ranker). The r24-… rows: money cells of a table
written one cell a line take the row's label line above them, and the guards where no label stands (a
column's year, a total alone, prose, the unit header's line, more cells than ROW_CELLS_MAX); the phrase before
"ที่ปรับเพิ่มขึ้นสุทธิ N" (not ที่ glued to a part word or after a verb); หญิง/สตรีตั้งครรภ์ read whole. The q25-…
rows: a classifier's own noun before the count names what it counts (quantity_subjects.echoed_head), and the guards
(one of N, a predicate after the noun, the classifier of another figure, the noun alone, a qualifier or a change glued on); a
duration restates no count of another kind before an aside (and one of time still restates a term); people counted
after "HEAD ที่ … กับ OBJECT" are the head's when it names people (not "งานที่เกี่ยวข้องกับเกษตรกร"); a count of times
counts the act, the verbs glued before its object with it (not เกิด, a lead word, a verb already read, another unit); a
bare กรณี is no subject: the phrase before it across a space is, else null. The q26-… rows: a bare คงเหลือ counts
what is left of the figure right before it (its subject; null for another unit or no figure); the goal word เป้า
(alone or glued to a verb) names nothing counted (not กลุ่มเป้าหมาย; คนไทย stays); people + เดินทาง are the
people (not ผู้เดินทาง); คาดว่ามี / คาดว่าจะมี between the subject and the count is a gap; people counted after
"PEOPLE ที่ V… OBJECT" are the head's when the object names no people ("ผู้ที่จะ…" whole; not a place head). The
q26b-… rows: a leading case word (กรณี…) dropped before people or a money noun, null before a condition (kept for a
count of cases, กรณีศึกษา and percentages); a Latin name read across its ampersand; a respectively pair glued by
one และ whose items open with the same noun (not without ตามลำดับ, not without a repeated noun). The p27-… rows: a
share in a parenthesis alone on its line under a figure alone on its line is its table row's label (not under another
share, not a label ending in a colon); a vaccination item under a numbered group label (a vaccine's name between) is
that group's (examples after เช่น dropped; not an item that is no vaccination, nor one naming its own people); a total
after one phrase of its own is the share of what that phrase names, as the count's record reads it (not a total after
a list of figures); a poll's people before a verb of opinion and its ต่อ/กับ object (not with a change word); a cap
word after เคลื่อนไหวใน/อยู่ใน names the thing before the verb; a Latin acronym after สำหรับ heads a bound's ที่ (not
one inside a name). The q27-… rows: a
count of doses (เข็ม) counts the vaccine (cut out of the people, the evidence or the efficacy read with it; read back
over ครบ/แล้ว/อย่างน้อย where the reader read nothing; not with no vaccine on the figure's line); a date's ภายใน cut
off the phrase before it (not ภายใน that is no date's); people + an event attended (เข้าร่วมงาน/สัมมนา…) are the
people (not a relative clause's verb, not enrolment: PEOPLE_ACTS); a count after ไปยัง counts the places it went to
(null; not an area measured after ไปยังพื้นที่…). The q29-… rows: a bare พื้นที่ before a count of administrative areas
is the phrase its glued words make before จำนวน or a bracket (not a gap word, a longer phrase, a measure, a glued ได้;
alone it stays as read); ซึ่ง opens a relative clause after people as ที่ does; members glued before
โดยตำแหน่ง are what a count of people counts (not โดยตำแหน่งงานว่าง); so are people before a law's section that closes
the phrase ("ผู้ประกันตนในมาตรา 40 จำนวน …"; null where only และ stands before the section); a people phrase glued
before ทั้ง and a person classifier is counted though it ends in a verb or a quality (not a verb before places); the
people appointed before "ให้(ไป)ดำรงตำแหน่ง…" are counted, not the office (null where no people noun stands there).
The p30-… rows: a percent glued after ในอัตรา is the rate of what is held before "ซึ่ง(…)ถืออยู่", of the object of an
actor's act of paying, lending or holding (role rate_act), of the object of a leading verb; an act with no object
names nothing; not a noun phrase's own verb (no rate_act, after การ) nor a figure with no ในอัตรา before it.
The p31-… rows: a percent sizing a payment (role payment: เงินทดแทน, ประโยชน์ทดแทน, ค่าจ้าง …) before a base after ของ
or after ในอัตรา is the payment with the case it is paid in (not the base, the receiver or the payer; not a payment word
with a verb of change after it); after ในอัตรา a receiver after แก่/ให้แก่ (and a purpose clause) gives what ให้ or a
rate_act verb gives before it (null for a loan named by its verb; not across another verb such as ผ่าน); a body, an act
of spending (role body_act) and its object before the figure give the object (not people, not a holder); ปรับขึ้น and
ปรับตัวขึ้น are changes; "X ต่อจีดีพี(อยู่ที่)" right before the figure gives the numerator X; a group defined by a
relative clause, then มี before the figure, is the group (not without the clause); a paying act's object (body_act)
before a benefactive ให้ (and อีก) is what is paid (not people).
The rv30b-… rows (the second review of round one's merges): with no ในอัตรา, a payment held by a receiver's noun
("ผู้รับ|เงินสงเคราะห์", "ผู้ขอรับ…") or before a base of people after ของ is a share of the receivers, not the payment
(guards: a base of money, a receiver's noun after ในอัตรา); q31's value word stays before a count of occurrences
(ครั้ง, รอบ: the price's moves) and before an abstract noun (มูลค่า|ความเสียหาย), and is dropped before a count of kinds.
The q33-… rows: a noun phrase glued before ทั้ง whose last word is tagged a verb is what a true classifier counts (not
the tail of a longer phrase, not a verb before provinces); a zero-width space beside the space before ทั้ง; รักษาตัว
glued after people, or read alone after a space and a people phrase, is dropped for the people (not a relative
clause's verb, not a phrase that names no people).
The q44-… rows: a body + verbs + a goal word (เป้า, เป้าหมาย, ตั้งเป้า) with no noun after it sets a target that names
nothing counted (null; not with a noun after the goal word); people acted on after an agent and two verbs in series
(นำ|ส่ง); a count after people + a verb of conveying (นำส่ง, ควบคุมตัว) with no people after it is null (not after a
passive); a body + ที่ + ลงนาม before ทั้ง (the documents); a figure read across a permissive ก็ได้ is null (not a phrase
of its own after it); a measure after a giving verb's receiver weighs the thing given; a total in another unit of
weight after a per-each figure; a count of โดส counts the vaccine; a count of administrative areas right after
ทั่วประเทศ is null (not after an office).
The q48-… rows (quantity_gaps.py): a second period's item shares the first's subject (a date record or a bare month
between; not when the first has no period); the whole of a bare "x จาก y" (not a rank's x, nor a phrase
that the classifier's noun does not open); อายุครรภ์; "X มี N ประการ คือ" (not a body's); people before a date's
ตั้งแต่; กำลัง + a change's object; an area after an age; people + age + เป้าหมาย and the doses after; a Xละ rate after
the classifier's own noun; a later round after the first; and durations, named durations and classifiers that are
the thing counted staying null.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import thai_report_ie as tri
from thai_report_ie.document import Document
from thai_report_ie.money_subjects import without_leading_time
from thai_report_ie.phrases import Subject
from thai_report_ie.quantity_subjects import people_without_act

DATA = Path(__file__).resolve().parents[1] / "data"
CASES = [json.loads(line) for line in (DATA / "figure_subjects.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_subject(case: dict[str, Any]) -> None:
    got = [r for r in getattr(tri.extract(case["text"]), case["kind"])]
    by_text = {r.text: r for r in got}
    for want in case["expected"]:
        assert want["text"] in by_text, f"{case['id']}: no {want['text']!r} among {[r.text for r in got]}"
        record = by_text[want["text"]]
        if "subject_not" in want:  # must not fire: any reading but these (rev27c)
            assert record.subject not in want["subject_not"], f"{case['id']}: {record.text!r} subject = {record.subject!r}"
            continue
        assert record.subject == want["subject"], f"{case['id']}: {record.text!r} subject = {record.subject!r}"
        if record.subject is not None:  # verbatim text
            assert record.subject in case["text"]


RESPECTIVE = [
    # a list spread over figures by ตามลำดับ is not one subject
    "ส่งออกไปตลาดญี่ปุ่น เกาหลี และจีน ขยายตัวร้อยละ 12.0 8.5 และ 3.1 ตามลำดับ",
    # one word before และ is as often a clause's end as a list item
    "งบประมาณ 500 ล้านบาท และมีผลการเบิกจ่ายสะสมคิดเป็นร้อยละ 80",
]


@pytest.mark.parametrize("text", RESPECTIVE)
def test_no_list_subject(text: str) -> None:
    first = tri.extract(text).percentages[0]
    assert first.subject is None or " และ" not in first.subject


LEAD_TIMES = [
    ("ปีนี้ยอดขายรถยนต์", "ยอดขายรถยนต์"),
    ("ปัจจุบันหนี้ครัวเรือน", "หนี้ครัวเรือน"),
    ("ปีนี้", "ปีนี้"),  # nothing after the time: the phrase stands
]


@pytest.mark.parametrize("phrase,expected", LEAD_TIMES)
def test_without_leading_time(phrase: str, expected: str) -> None:
    doc = Document(phrase + " 5 ล้านบาท")
    assert without_leading_time(doc, Subject(phrase, 0, len(phrase))).text == expected


PEOPLE_ACTS = [  # q27: attending an event is what people did; enrolling narrows them; a relative clause keeps its verb
    ("นักธุรกิจไทยเข้าร่วมสัมมนา", "นักธุรกิจไทย"),
    ("ประชาชนเข้าร่วมงาน", "ประชาชน"),
    ("เกษตรกรเข้าร่วมโครงการ", None),
    ("ประชาชนที่เข้าร่วมงาน", None),
    ("ผู้เข้าร่วมประชุม", None),
]


@pytest.mark.parametrize("phrase,expected", PEOPLE_ACTS)
def test_people_without_act(phrase: str, expected: str | None) -> None:
    assert people_without_act(phrase) == expected


COUNTS_OF_ACTS = [  # rev27b: the people_act cut only where the classifier counts people
    ("ผู้อำนวยการเข้าร่วมประชุม 8 ครั้ง", "8 ครั้ง", "ผู้อำนวยการ"),  # the meetings attended, not the director
    ("นักกีฬาเดินทาง 3 เที่ยว", "3 เที่ยว", "นักกีฬา"),  # the trips
]
PEOPLE_COUNTS = [("นักกีฬาเดินทาง 40 คน", "40 คน", "นักกีฬา"), ("นักเรียนเข้าร่วมกิจกรรม 200 คน", "200 คน", "นักเรียน")]


@pytest.mark.parametrize("text,figure,people", COUNTS_OF_ACTS)
def test_no_people_cut_for_other_counts(text: str, figure: str, people: str) -> None:
    record = next(r for r in tri.extract(text).quantities if r.text == figure)
    assert record.subject != people


@pytest.mark.parametrize("text,figure,people", PEOPLE_COUNTS)
def test_people_cut_for_people_counts(text: str, figure: str, people: str) -> None:
    record = next(r for r in tri.extract(text).quantities if r.text == figure)
    assert record.subject == people
