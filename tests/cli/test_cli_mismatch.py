"""The CLI's table shows a mismatch so that it stands out, with the words it read (issue 11)."""
from __future__ import annotations

from thai_report_ie.checks import check_table_line
from thai_report_ie.cli import main

TEXT = "มีผู้เข้าร่วมทั้งหมด 50 คน แบ่งเป็นชาย 20 คน และหญิง 25 คน"


def test_table_marks_mismatch(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--format", "table"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("check")]
    assert lines == ["check        MISMATCH   sum: total '50 คน' = 50; parts 20 + 25 = 45 (does not add up)"
                     "  [50 คน@21 | 20 คน@39 | 25 คน@53]"]


def test_ok_line_is_unchanged():
    line = check_table_line({"kind": "sum", "status": "ok", "message": "total '30 คน' = 30; parts 10 + 20 = 30",
                             "spans": [[0, 1]]}, "x")
    assert line == "check        ok         total '30 คน' = 30; parts 10 + 20 = 30"
