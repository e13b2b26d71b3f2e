"""s30: `cut_place_prefixes` visits the tokens right after a dot (`_Scan.after_dots`) instead of every token. The
pre-check is a necessary condition: every token the old loop acted on (a cut place's first piece with an abbreviated
head before it) is among them, and the records come out as the loop over every token gave them."""
from __future__ import annotations

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors import organisations
from thai_report_ie.extractors.organisations import _Scan

SENTENCES = [  # own sentences in the style of the reports: a head glued, one space before, the place cut or whole
    "ผู้เสียหายเข้าแจ้งความที่ สภ.ควนโดน จ.สตูล เมื่อวันที่ 3 มีนาคม",
    "ส่งพนักงานสอบสวน สภ.เกาะสมุย และ สภ.หลังสวน เพื่อดำเนินคดีตามกฎหมาย",
    "ศูนย์วิทยุ สภ.อ.รามัน ได้รับแจ้งเหตุเมื่อเวลา 02.30 น. ว่ามีรถชนกัน",
    "เจ้าหน้าที่ สภ. แม่สอด ร่วมกับ สภ.แม่สาย ตั้งจุดตรวจ 5 จุด ในพื้นที่อ.แม่ริม",
    "ตำรวจ สภ.เมืองขอนแก่น. สภ. มายอ.สภ.ปะนาเระ ร่วมกันจับกุมผู้ต้องหา 2 ราย",
    "เพิ่มขึ้นร้อยละ 1.5 ในไตรมาสที่ 3 แม่สอด และแม่สาย ไม่มีหัวย่อก่อนชื่ออำเภอ.",  # must not fire: no head
    "สภ.",
    ".แม่สอด",
    "",
]


def _old_loop(scan: _Scan) -> list[int]:
    """The tokens the loop over every token acted on: a cut place's first piece whose place has a head before it."""
    view, out = scan.view, []
    for i, t in enumerate(scan.toks):
        if t.kind != "word" or view[t.start:t.end] not in scan.cut_place_starts:
            continue
        last = scan.cut_place(i)
        if last is not None and scan.prefix_before(t.start) is not None:
            out.append(i)
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_after_dots_never_skips_a_token_the_loop_acted_on(text):
    scan = _Scan(Document(text))
    visited = list(scan.after_dots())
    assert visited == sorted(set(visited))  # in text order, each once
    assert set(_old_loop(scan)) <= set(visited)
    for i in range(len(scan.toks)):  # and every token a head can stand before is visited
        if scan.prefix_before(scan.toks[i].start) is not None and scan.toks[i].end > scan.toks[i].start:
            assert i in visited


@pytest.mark.parametrize("text", SENTENCES)
def test_cut_place_prefixes_reads_what_the_loop_over_every_token_read(text, monkeypatch):
    got = [(f.start, f.end, f.name, f.rule) for f in _Scan(Document(text)).cut_place_prefixes([])]
    monkeypatch.setattr(_Scan, "after_dots", lambda self: iter(range(len(self.toks))))
    want = [(f.start, f.end, f.name, f.rule) for f in _Scan(Document(text)).cut_place_prefixes([])]
    assert got == want


def test_after_dots_finds_the_places():
    text = "ส่งพนักงานสอบสวน สภ.เกาะสมุย และ สภ. หลังสวน"
    scan = _Scan(Document(text))
    assert [scan.view[scan.toks[i].start:scan.toks[i].start + 3] for i in scan.after_dots()] == ["เกา", " หล", "หลั"]
    names = {r.name for r in organisations.extract_organisations(Document(text))}
    assert {"สถานีตำรวจภูธรเกาะสมุย", "สถานีตำรวจภูธรหลังสวน"} <= names
