"""A text longer than PIECE_CHARS is read in pieces: the same records as its pieces read alone,
offsets true in the whole text, and pieces cut at blank lines."""
from __future__ import annotations

import importlib

import pytest

import thai_report_ie as tri

extract_module = importlib.import_module("thai_report_ie.extract")

PARAGRAPH = ("กระทรวงสาธารณสุขรายงานผู้ป่วยทั้งหมด 73 ราย แบ่งเป็นชาย 10 ราย และหญิง 63 ราย "
             "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75% เมื่อ 5 มี.ค. 2567\n\n")

CUT_CASES = [
    # text, piece size, expected cuts
    pytest.param("ก" * 30, 10, [10, 20, 30], id="no-separator-hard-cut"),
    pytest.param("กกกกกก\n\nกกกกกกกกกก", 10, [8, 18], id="after-a-blank-line"),
    pytest.param("กกกกก กกกกกกกกกก", 10, [6, 16], id="else-after-a-space"),
    pytest.param("กกกก", 10, [4], id="short-one-piece"),
    # inside a line, a cut keeps FIGURE_CLEARANCE characters from any digit where the window allows
    pytest.param("ก" * 60 + " " + "ก" * 30 + " งบ 2 - 3 ล้านบาท " + "ก" * 40, 120, [61, 149], id="space-clear-of-a-range"),
    pytest.param("ก" * 110 + "12345" + "ก" * 40, 120, [86, 155], id="hard-cut-clear-of-a-figure"),
    # a line break a figure runs across is no cut while another line break, or a space clear of digits, is there (rev20)
    pytest.param("ก" * 60 + "\n" + "ก" * 10 + " งบ 2 -\n3 ล้านบาท " + "ก" * 60, 100, [61, 149], id="line-break-inside-a-range"),
    pytest.param("ก" * 60 + "\n\n" + "ก" * 10 + " ผู้ป่วย 12,\n\n345 ราย " + "ก" * 60, 100, [62, 154],
                 id="blank-line-inside-a-figure"),
    pytest.param("ก" * 80 + " " + "ก" * 30 + " งบ 2 -\n3 ล้านบาท " + "ก" * 60, 140, [81, 189],
                 id="space-clear-of-digits-before-a-line-break-inside-a-range"),
]


@pytest.mark.parametrize("text,size,cuts", CUT_CASES)
def test_piece_ends(text, size, cuts, monkeypatch):
    monkeypatch.setattr(extract_module, "PIECE_CHARS", size)
    assert list(extract_module._piece_ends(text)) == cuts


def test_a_long_text_gives_its_pieces_records_at_true_offsets(monkeypatch):
    text = PARAGRAPH * 12
    whole = tri.extract(text)  # under PIECE_CHARS: one piece
    monkeypatch.setattr(extract_module, "PIECE_CHARS", len(PARAGRAPH) * 3 + 5)
    pieces = tri.extract(text)
    assert pieces == whole  # cut at blank lines between paragraphs, nothing crosses a cut
    for r in [*pieces.records, *pieces.numbers]:
        assert text[r.start:r.end] == r.text
    for c in pieces.checks:
        assert all(0 <= s < e <= len(text) for s, e in c.spans)
    assert len(pieces.checks) == 24 and len(pieces.quantities) == 36


LINE = ("ที่ประชุมรับทราบผลการดำเนินงาน โครงการพัฒนาแหล่งน้ำชุมชน มีผู้เข้าร่วมโครงการ 1,549 ราย "
        "ใช้งบประมาณ 2 - 3 ล้านบาท ต่อแห่ง ")
BROKEN_LINE = ("ที่ประชุมรับทราบผลการดำเนินงานโครงการพัฒนาแหล่งน้ำชุมชน มีผู้เข้าร่วมโครงการ 1,\n549 ราย "
               "ใช้งบประมาณ 2 -\n3 ล้านบาท ต่อแห่ง ขยายตัวร้อยละ 2.5 ถึง\n3.5 และจ้างงาน 120 คน\n")


# one line, no line break to cut at: a cut at any space could split "2 - 3 ล้านบาท" (the piece after it read
# 3 ล้านบาท alone) or "1,549" (549 ราย); the cut keeps clear of digits instead. Every line of BROKEN_LINE holds a
# figure or range broken by a line end, which gives no record read whole; a cut at that line end would give its
# tail alone (549 ราย, 3 ล้านบาท) to the next piece: the cut goes elsewhere.
WHOLE_READINGS = [
    (LINE, {"quantities": ["1,549 ราย"] * 30, "money": ["2 - 3 ล้านบาท"] * 30}),
    (BROKEN_LINE, {"quantities": ["120 คน"] * 30, "money": [], "percentages": []}),
]


@pytest.mark.parametrize("size", [300, 417, 560, 733, 1001])
@pytest.mark.parametrize("line,readings", WHOLE_READINGS, ids=["long-line", "broken-figures"])
def test_a_piece_cut_never_splits_a_figure(line, readings, size, monkeypatch):
    text = line * 30
    whole = tri.extract(text)
    for kind, texts in readings.items():
        assert [r.text for r in getattr(whole, kind)] == texts
    monkeypatch.setattr(extract_module, "PIECE_CHARS", size)
    pieces = tri.extract(text)
    assert (pieces.quantities, pieces.money, pieces.percentages) == (whole.quantities, whole.money, whole.percentages)
