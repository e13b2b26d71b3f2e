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


# (id, text, is the view the text itself): tokenize reads the token texts from the view when the
# view is the text, from the original otherwise; either way a token's text is the original's
IDENTITY_CASES = [
    ("plain", "กรมควบคุมโรครายงานผู้ป่วย 1,549 ราย", True),
    ("edge-of-thai-block", "ข้อ ๏ และ \u0e7f ท้าย", True),
    ("punctuation-block", "\u201cโครงการ\u201d \u2022 \u2026 \u2030", True),
    ("thai-digits", "ผู้ป่วย ๑,๕๔๙ ราย", False),
    ("zwsp", "กระทรวง\u200bการคลัง", False),
    ("line-separator", "ผู้ป่วย 12 ราย\u2028ผู้เสียชีวิต 3 ราย", False),
    ("lone-surrogate", "ผู้ป่วย\udc80 12 ราย", False),
    ("just-past-the-block", "ผู้ป่วย\u0e80 12 ราย \u2070", False),
    ("odd-but-unchanged", "ผู้ป่วย 12 ราย \u4e2d\U0001f600 \uf0b7 รายการ", False),
    ("combining-marks", "ผู้ป่วย\u0301\u0301 12 ราย", True),
]


@pytest.mark.parametrize("text,same", [c[1:] for c in IDENTITY_CASES], ids=[c[0] for c in IDENTITY_CASES])
def test_view_is_the_text_only_without_odd_characters(text: str, same: bool) -> None:
    assert (normalise(text) is text) is same


@pytest.mark.parametrize("text", [c[1] for c in IDENTITY_CASES], ids=[c[0] for c in IDENTITY_CASES])
def test_token_texts_are_the_originals_on_either_path(text: str) -> None:
    from thai_report_ie.tokenize import tokenize

    tokens = tokenize(text)
    assert all(t.text == text[t.start:t.end] for t in tokens)
    assert "".join(t.text for t in tokens) == text
