"""One sense per discourse (org.discourse): the bare later mentions of a name first written with
its head, found in one pass over the text however many names a document gives."""
from __future__ import annotations

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors import organisations as orgs
from thai_report_ie.extractors.organisations import _occurrences, extract_organisations

OCCURRENCES = [
    # (text, words, start, expected spans): leftmost, then longest, never overlapping
    ("abc abcd xabcdx abc", {"abc", "abcd", "bcd"}, 0, [(0, 3), (4, 8), (10, 14), (16, 19)]),
    ("abc abcd xabcdx abc", {"abc", "abcd", "bcd"}, 5, [(5, 8), (10, 14), (16, 19)]),
    ("เพื่อไทยเพื่อไทย", {"เพื่อไทย", "ไทย"}, 0, [(0, 8), (8, 16)]),
    ("ไม่มีชื่อใดเลย", {"แสนสิริ"}, 0, []),
]


@pytest.mark.parametrize("text, words, start, expected", OCCURRENCES)
@pytest.mark.parametrize("automaton", [True, False])
def test_occurrences_with_and_without_the_automaton(text, words, start, expected, automaton, monkeypatch):
    if not automaton:
        monkeypatch.setattr(orgs, "_ahocorasick", None)
    elif orgs._ahocorasick is None:
        pytest.skip("pyahocorasick not installed")
    assert _occurrences(text, words, start) == expected


def test_many_companies_in_one_document_each_bare_mention_found():
    names = [f"สยามรุ่งเรือง{c}" for c in "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"]
    heads = " ".join(f"บริษัท {n} จำกัด ลงนาม" for n in names)
    later = " ".join(f"ต่อมา {n} แถลงข่าว" for n in names)
    text = heads + " " + later
    records = extract_organisations(Document(text), model=False)
    for r in records:
        assert text[r.start:r.end] == r.text
    bare = [r for r in records if r.rule == "org.discourse"]
    assert [r.text for r in bare] == names
    assert [r.name for r in bare] == [f"บริษัท {n} จำกัด" for n in names]
