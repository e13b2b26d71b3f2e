"""`_words_scan_re` (the number-word pattern with its first word outside the repeat, for scans)
finds exactly the runs `_words_re` finds, position by position."""
from __future__ import annotations

import pytest

from thai_report_ie.numerals import _words_re, _words_scan_re

TEXTS = [
    ("none", "รายงานผลการดำเนินงาน"),
    ("one-word", "มีสองคน"),
    ("run", "หนึ่งร้อยยี่สิบเอ็ดราย"),
    ("decimal", "สองจุดห้าล้านบาท"),
    ("point-without-digit", "สามจุดกลาง"),
    ("two-runs", "สามร้อยคน และอีกสี่สิบคน"),
    ("glued-to-letters", "พันธมิตรสิบสองประเทศ"),
    ("million-chain", "หนึ่งแสนล้านล้าน"),
    ("digits-between", "สิบ 12 สิบ"),
]


@pytest.mark.parametrize("text", [t for _, t in TEXTS], ids=[i for i, _ in TEXTS])
def test_scan_finds_what_the_run_pattern_finds(text: str) -> None:
    assert [m.span() for m in _words_scan_re().finditer(text)] == [m.span() for m in _words_re().finditer(text)]
