"""The CLI's --lexicon option."""
from __future__ import annotations

import json
from pathlib import Path

from thai_report_ie.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "yourdata"


def test_lexicon_files_change_the_output(capsys):
    assert main(["extract", str(DATA / "rail.txt"), "-f", "jsonl"]) == 0
    base = capsys.readouterr().out.splitlines()
    assert main(["extract", str(DATA / "rail.txt"), "-f", "jsonl", "--lexicon", str(DATA / "units.tsv"),
                 "--lexicon", str(DATA / "organisations.tsv")]) == 0
    custom = capsys.readouterr().out.splitlines()
    assert set(base) <= set(custom)
    added = sorted((d["kind"], d["text"]) for d in map(json.loads, set(custom) - set(base)))
    assert added == [("organisation", "ฟ้าใสกรุ๊ป"), ("quantity", "12 ขบวน"), ("quantity", "350 ตู้คอนเทนเนอร์")]


def test_a_bad_lexicon_exits_2_with_the_line(capsys, tmp_path):
    bad = tmp_path / "u.tsv"
    bad.write_text("unit\tkind\nขบวน\twagon\n", encoding="utf-8")
    code = 0
    try:
        main(["extract", str(DATA / "rail.txt"), "--lexicon", str(bad)])
    except SystemExit as e:
        code = e.code
    assert code == 2
    assert f"lexicon error: {bad}:2: unknown unit kind 'wagon'" in capsys.readouterr().err
