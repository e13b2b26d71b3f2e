"""Report.explain: the rule and what it means, the deciding words, a check's arithmetic."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie.cli import main
from thai_report_ie.explain import rule_meaning
from thai_report_ie.lexicon import load_tsv

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_94da9129867dff51.txt"
PACKAGE = ROOT / "thai_report_ie"

CASES = [  # (text, which record, lines the explanation holds)
    ("องค์กรพรรคการเมืองที่มีองค์กรพรรคการเมืองทั้งหมด 73 องค์กร", "quantities", [
        "quantity '73 องค์กร' at",
        "rule qty.number: a number followed by a classifier or unit word",
        "unit: 'องค์กร' right after the figure: a classifier in data/units.tsv",
        "subject: 'องค์กรพรรคการเมือง', read leftwards from the figure; it stops at the stop word 'มี' (data/subject_words.tsv); skipped between it and the figure: 'ทั้งหมด'",
        "qualifier: total, from 'ทั้งหมด' before the figure (data/qualifiers.tsv)"]),
    ("ใช้งบประมาณ 2.4 แสนล้านบาท", "money", [
        "rule money.number:", "unit: 'บาท' right after the figure: a currency THB in data/units.tsv",
        "subject: 'งบประมาณ', read leftwards from the figure; it stops at the stop word 'ใช้'"]),
    ("ยอดขายเพิ่มขึ้นร้อยละ 12 จากปีก่อน", "percentages", [
        "rule pct.prefix: ร้อยละ", "relation: increase, from 'เพิ่มขึ้น' before the figure (data/percent_words.tsv)"]),
    ("รับสมาชิกพรรคใหม่ได้ 103/80 ราย", "ratios", ["rule ratio.slash:", "computed: 103 / 80 × 100 = 128.75%"]),
    ("สำนักงานคณะกรรมการการเลือกตั้ง (กกต.) แถลงข่าว", "organisations", [
        "rule org.known: a known full name", "acronym: 'กกต.'", "known name from data/org_known.tsv"]),
]


@pytest.mark.parametrize("text,attr,lines", CASES)
def test_a_record_is_explained(text, attr, lines):
    report = tri.extract(text)
    got = report.explain(getattr(report, attr)[0])
    for line in lines:
        assert line in got


def test_a_sum_check_step_by_step():
    report = tri.extract("ชาย 1,200 ราย หญิง 1,188 ราย รวม 2,388 ราย")
    assert report.explain(report.checks[0]).splitlines() == [
        "check sum: ok",
        "rule check.sum.before: the parts just before a total (รวม ...) add up to it",
        "1. the total: '2,388 ราย' = 2388",
        "2. part: '1,200 ราย' = 1200",
        "3. part: '1,188 ราย' = 1188",
        "4. add the parts: 1200 + 1188 = 2388",
        "5. compare with the total: 2388 = 2388",
        "verdict: the arithmetic holds as stated (total '2,388 ราย' = 2,388; parts 1,200 + 1,188 = 2,388)"]


def test_a_ratio_check_step_by_step():
    report = tri.extract("จัดตั้งสหภาพแรงงานภาคประชาชนระดับรากหญ้า 16/15 แห่ง เกินเป้าหมายที่ตั้งไว้ 6.6%")
    got = report.explain(report.checks[0]).splitlines()
    assert got[2:] == [
        "1. the ratio: '16/15 แห่ง' = 16 / 15",
        "2. as a percent: 16 / 15 × 100 = 106.6667%",
        "3. above target: 106.6667 − 100 = 6.6667%",
        "4. the text states '6.6%' = 6.6%",
        "verdict: the stated figure is the computed one truncated (16/15 is 6.67% above target: the stated 6.6% "
        "is this truncated to 1 decimal(s) (rounded it would be 6.7%))"]


def test_a_word_from_your_lexicon_says_so():
    report = tri.Extractor(units={"ขบวน": "classifier"}).extract("เปิดเดินรถเพิ่ม 12 ขบวน")
    assert "unit: 'ขบวน' right after the figure: a classifier in your lexicon" in report.explain(report.quantities[0])


def test_every_record_and_check_of_the_seed_is_explained():
    report = tri.extract(SEED.read_text(encoding="utf-8"))
    for item in [*report.records, *report.checks]:
        text = report.explain(item)
        assert "no description" not in text and "rule " in text


def _emitted_rules() -> set[str]:
    """Every literal rule id in the code: rule="x", rule=f"x.{...}" prefixes, "x.y" returned as rules."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        for m in re.finditer(r'rule=f?"([a-z_]+(?:\.[a-z_]+)*)', src):
            found.add(m.group(1))
        for m in re.finditer(r'"((?:qty|money|pct|ratio|date|org|person|check)\.[a-z_]+(?:\.[a-z_]+)*)"', src):
            found.add(m.group(1))
    return found


def test_every_rule_the_code_emits_is_described():
    described = {r["rule"] for r in load_tsv("rules")}
    missing = sorted(r for r in _emitted_rules() if r not in described)
    assert not missing, f"add these rule ids to data/rules.tsv: {missing}"


@pytest.mark.parametrize("rule,meaning", [
    ("qty.number", "a number followed by a classifier"),
    ("check.sum.newrule", "(variant check.sum.newrule)"),
    ("zzz", "no description"),
])
def test_rule_meaning(rule, meaning):
    assert meaning in rule_meaning(rule)


def test_cli_table_explain(capsys, tmp_path):
    f = tmp_path / "g.txt"
    f.write_text("ชาย 1,200 ราย หญิง 1,188 ราย รวม 2,388 ราย", encoding="utf-8")
    assert main(["extract", str(f), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("quantity") and out[2] == "    rule qty.number: a number followed by a classifier or unit word (data/units.tsv); the subject is the noun phrase read leftwards from the number"
    assert "    4. add the parts: 1200 + 1188 = 2388" in out
