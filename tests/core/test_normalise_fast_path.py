"""`normalise` translates only the runs of characters its table may change: the view must be
exactly what `str.translate` with the whole table gives, for every character."""
from __future__ import annotations

import pytest

from thai_report_ie.normalize import _FAST_TABLE, _TABLE, normalise

CASES = [
    ("empty", ""),
    ("plain-thai", "รับสมาชิกได้ 103 ราย"),
    ("thai-digits", "สมาชิก ๑,๕๔๙ ราย"),
    ("zwsp-and-nbsp", "กระทรวง\u200bการคลัง\u00a0แถลง"),
    ("dashes-and-fullwidth", "ปี ๒๕๖๖\u2013๒๕๖๗ ３๕٠ ％"),
    ("run-at-both-ends", "๑ ราย ๒"),
    ("only-odd", "๑๒\u200b\u2212"),
    ("lone-surrogate", "ประชากร\udc80 12 คน \ud800"),
    ("astral", "\U0001d7ce\U0001d7cf ชิ้น \U00016d72"),
    ("quotes-kept", "\u201cโครงการ\u201d \u2026"),
]


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_same_view_as_translating_everything(text: str) -> None:
    assert normalise(text) == text.translate(_FAST_TABLE)


def test_every_code_point() -> None:
    text = "".join(map(chr, range(0x110000)))
    view = normalise(text)
    assert view == text.translate(_FAST_TABLE)
    assert all(view[c] == v for c, v in _TABLE.items())


def test_unchanged_text_is_returned_as_is() -> None:
    text = "ไม่มีอะไรเปลี่ยน 123"
    assert normalise(text) is text
