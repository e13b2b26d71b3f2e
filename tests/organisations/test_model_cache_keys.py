"""The organisation model's per-word caches (features, parts, scores) are keyed by a token's text
and kind: what the model gives a text does not depend on what the process tagged before. Compared
on the model's probabilities, which every feature weight moves (the labels alone rarely change)."""
from __future__ import annotations

import pytest

from thai_report_ie import orgmodel
from thai_report_ie.document import Document
from thai_report_ie.extractors.organisations import rule_spans

pytest.importorskip("pycrfsuite")

TABLES = ("cache", "parts", "known_parts", "scores")

# (id, text tagged, text tagged first: the same token text as another kind), own sentences
CASES = [
    ("number-after-word", "ตำรวจภูธรภาค 1 ร่วมกับมูลนิธิกู้ภัย 25 หน่วย ลงพื้นที่", "ไข้หวัดนกสายพันธุ์ H5N1 ระบาดในห้องประชุม อก.1"),
    ("word-after-number", "ไข้หวัดนกสายพันธุ์ H5N1 ระบาดในห้องประชุม อก.1", "ตำรวจภูธรภาค 1 ร่วมกับมูลนิธิกู้ภัย 25 หน่วย ลงพื้นที่"),
]


def _probabilities(text: str) -> list[float]:
    doc = Document(text)
    toks = [t for t in doc.tokens if t.kind != "space"]
    return orgmodel.tag(doc.view, doc.tokens, rule_spans(doc), [(t.start, t.end) for t in toks])[1]


def _clear() -> None:
    for table in TABLES:
        orgmodel._lexicons()[table].clear()


@pytest.mark.parametrize("case_id,text,before", CASES, ids=[c[0] for c in CASES])
def test_model_probabilities_do_not_depend_on_what_was_tagged_before(case_id: str, text: str, before: str) -> None:
    if not orgmodel.model_available():
        pytest.skip("no organisation model installed")
    kinds = {(t.text, t.kind) for t in Document(text).tokens} | {(t.text, t.kind) for t in Document(before).tokens}
    assert ("1", "number") in kinds and ("1", "word") in kinds  # "1" a number in one, a word in the other
    _clear()
    fresh = _probabilities(text)
    _clear()
    _probabilities(before)
    assert _probabilities(text) == fresh
