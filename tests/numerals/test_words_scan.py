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


# more texts at the pattern's edges: a word's prefix alone, a point after the last word, odd
# characters between words (the view keeps a lone surrogate as U+FFFD, but the pattern sees any str)
EDGE_TEXTS = [
    ("prefix-only", "สิ สา ห้ ล้"),
    ("point-then-letters", "สิบจุดหมายปลายทาง"),
    ("point-then-digit-word", "ห้าจุดห้าห้าล้าน"),
    ("surrogate-between", "สิบ\udc80สอง"),
    ("line-break-between", "สิบ\nสอง\u2028สาม"),
    ("mark-after-word", "สาม\u0301ร้อย"),
    ("long-run", "หนึ่งร้อย" * 500 + "คน"),
]


@pytest.mark.parametrize("text", [t for _, t in EDGE_TEXTS], ids=[i for i, _ in EDGE_TEXTS])
def test_scan_finds_what_the_run_pattern_finds_at_the_edges(text: str) -> None:
    assert [m.span() for m in _words_scan_re().finditer(text)] == [m.span() for m in _words_re().finditer(text)]
