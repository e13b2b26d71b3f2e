"""evaluate(): the numbers of the project's tools/score.py, on its gold and on ours."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "yourdata"
SHARED = ROOT / ".." / "shared"
SCORE = SHARED / "tools" / "score.py"


def _score_py(paths: list[Path], tmp_path: Path) -> dict:
    out = tmp_path / "score.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # score.py scores the code of this checkout
    subprocess.run([sys.executable, str(SCORE), *map(str, paths), "--json", str(out)], check=True,
                   cwd=ROOT, capture_output=True, env=env)
    return json.loads(out.read_text(encoding="utf-8"))


def _without_time(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k != "seconds"}


def _gold_sets():
    seed = SHARED / "gold" / "seed.json"
    dev = sorted((SHARED / "gold" / "dev").glob("dev-*.json"))
    return [pytest.param([seed], id="seed"), pytest.param(dev, id="dev", marks=pytest.mark.slow),
            pytest.param([DATA / "rail.json"], id="ours")]


@pytest.mark.parametrize("paths", _gold_sets())
def test_evaluate_equals_score_py(paths, tmp_path):
    if not SCORE.exists() or not paths or not all(p.exists() for p in paths):
        pytest.skip("the project's shared gold and scorer are not beside the repository")
    assert _without_time(tri.evaluate(paths)) == _without_time(_score_py(paths, tmp_path))


def test_our_gold_by_hand():
    s = tri.evaluate(DATA / "rail.json")
    q, o = s["kinds"]["quantity"], s["kinds"]["organisation"]
    # the built-in lexicons know neither ขบวน nor ตู้คอนเทนเนอร์, nor ฟ้าใสกรุ๊ป
    assert (q["strict"]["tp"], q["strict"]["fp"], q["strict"]["fn"]) == (1, 0, 2)
    assert (q["strict"]["p"], q["strict"]["r"], q["strict"]["f1"]) == (1.0, 0.3333, 0.5)
    # "มีผู้โดยสารใช้บริการทั้งสิ้น 1,200 คน": the people before the verb chain are counted
    assert q["fields"] == {"value": 1.0, "unit": 1.0, "subject": 1.0, "subject~": 1.0, "qualifier": 1.0}
    assert (o["strict"]["tp"], o["strict"]["fn"], o["fields"]) == (1, 1, {"acronym": 1.0})
    assert s["docs"] == 1 and s["chars"] == 214 and s["bad_offsets"] == 0 and "checks" not in s


def test_our_gold_with_our_lexicons():
    ex = tri.Extractor(lexicons=[DATA / "lexicon.json"])
    s = tri.evaluate([DATA / "rail.json"], ex)
    assert {k: v["strict"]["f1"] for k, v in s["kinds"].items()} == {
        "date": 1.0, "money": 1.0, "organisation": 1.0, "percentage": 1.0, "quantity": 1.0}
    # the subject of 350 ตู้คอนเทนเนอร์ is ขนส่งสินค้า where gold has สินค้า: partly right
    assert s["kinds"]["quantity"]["fields"]["subject"] == 0.5
    assert s["kinds"]["quantity"]["fields"]["subject~"] == 1.0


def test_errors_are_listed_on_request():
    s = tri.evaluate(DATA / "rail.json", errors=5)
    assert "rail.txt: missed '12 ขบวน' at 91" in s["errors"]["quantity"]
    assert not any("'1,200 คน'" in e for e in s["errors"]["quantity"])  # its subject is right
    assert "errors" not in tri.evaluate(DATA / "rail.json")


def test_kinds_limit_what_is_scored():
    assert set(tri.evaluate(DATA / "rail.json", kinds=["quantity"])["kinds"]) == {"quantity"}


def test_a_labelstudio_export_is_gold():
    s = tri.evaluate(DATA / "labelstudio_export.json")
    # the latest annotation that was not cancelled: the corrected one, with every record
    assert s["docs"] == 1
    assert s["kinds"]["quantity"]["strict"]["fn"] == 2 and s["kinds"]["organisation"]["strict"]["fn"] == 1


def test_gold_errors_are_clear(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"records": []}', encoding="utf-8")
    with pytest.raises(tri.evaluate.__globals__["GoldError"], match="a gold file holds"):
        tri.evaluate(bad)
    nodoc = tmp_path / "x.json"
    nodoc.write_text('{"doc": "x-missing.txt", "records": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="cannot find the text x-missing.txt"):
        tri.evaluate(nodoc)


def test_cli_evaluate(capsys, tmp_path):
    out = tmp_path / "s.json"
    code = main(["evaluate", str(DATA / "rail.json"), "--show-errors", "2", "--json", str(out),
                 "--lexicon", str(DATA / "units.tsv")])
    text = capsys.readouterr().out
    assert code == 0
    assert "quantity          3     3  1.00/1.00/1.00      1.00/1.00/1.00      value=1.00 unit=1.00" in text
    assert "organisation      2     1  1.00/0.50/0.67" in text
    assert "  [organisation] rail.txt: missed 'ฟ้าใสกรุ๊ป' at 136" in text
    assert json.loads(out.read_text(encoding="utf-8"))["kinds"]["quantity"]["strict"]["f1"] == 1.0


def test_cli_evaluate_bad_gold_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "bad.json:1: not valid JSON" in capsys.readouterr().err
