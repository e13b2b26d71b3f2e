"""Extractor: the user's lexicons on top of the built-in ones, side by side with `extract`."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie.lexicon import Lexicons, activate, lexicon_cache, load_tsv

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "yourdata"
SEED = ROOT / "seeds" / "000_94da9129867dff51.txt"
RAIL = (DATA / "rail.txt").read_text(encoding="utf-8")
UNITS = {"ขบวน": "classifier", "ตู้คอนเทนเนอร์": "classifier"}

SAME_AS_EXTRACT = [
    SEED.read_text(encoding="utf-8"),
    RAIL,
    "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%",
    "ชาย 1,200 ราย หญิง 1,188 ราย รวม 2,388 ราย",
    "สำนักงานคณะกรรมการการเลือกตั้ง (กกต.) แถลงข่าว เมื่อวันที่ 5 มี.ค. 67",
    "",
]


@pytest.mark.parametrize("text", SAME_AS_EXTRACT)
def test_an_extractor_without_additions_is_extract(text):
    assert tri.Extractor().extract(text) == tri.extract(text)
    assert tri.Extractor().extract(text).to_dicts() == tri.extract(text).to_dicts()


def _dicts(report):
    return [json.dumps(d, ensure_ascii=False, sort_keys=True) for d in report.to_dicts()] + \
        [json.dumps(c.to_dict(), ensure_ascii=False, sort_keys=True) for c in report.checks]


def test_a_custom_unit_adds_its_quantities_and_nothing_else():
    base = set(_dicts(tri.extract(RAIL)))
    custom = set(_dicts(tri.Extractor(units=UNITS).extract(RAIL)))
    assert base <= custom
    added = [json.loads(d) for d in custom - base]
    assert [(d["kind"], d["text"], d["value"], d["unit"]) for d in added] == [
        ("quantity", "12 ขบวน", 12, "ขบวน"), ("quantity", "350 ตู้คอนเทนเนอร์", 350, "ตู้คอนเทนเนอร์")] or \
        sorted((d["kind"], d["text"]) for d in added) == [("quantity", "12 ขบวน"), ("quantity", "350 ตู้คอนเทนเนอร์")]


def test_a_custom_body_adds_its_organisation_records_and_nothing_else():
    text = "ฟ้าใสกรุ๊ป (FSG) ร่วมกับกระทรวงพาณิชย์ แถลงว่า FSG จะลงทุนเพิ่มอีก 2.5 ล้านบาท"
    base = set(_dicts(tri.extract(text)))
    custom = set(_dicts(tri.Extractor(organisations={"ฟ้าใสกรุ๊ป": "FSG"}).extract(text)))
    assert base <= custom
    added = sorted((d["text"], d["name"], d["acronym"], d["rule"]) for d in map(json.loads, custom - base))
    assert added == [("FSG", "ฟ้าใสกรุ๊ป", "FSG", "org.acronym_use"),
                     ("ฟ้าใสกรุ๊ป", "ฟ้าใสกรุ๊ป", "FSG", "org.known")]


def test_a_known_acronym_alone_names_the_body():
    ex = tri.Extractor(organisations=[{"organisation": "ฟ้าใสกรุ๊ป", "acronym": "FSG", "aliases": "กลุ่มฟ้าใส"}])
    orgs = ex.extract("ผู้บริหาร FSG และกลุ่มฟ้าใส ชี้แจง").organisations
    assert [(o.text, o.name, o.rule) for o in orgs] == [
        ("FSG", "ฟ้าใสกรุ๊ป", "org.known_acronym"), ("กลุ่มฟ้าใส", "ฟ้าใสกรุ๊ป", "org.known_alias")]


def test_a_subject_stop_word_cuts_the_subject():
    # a thing classifier: a person classifier would count the people after the verb anyway (r10m)
    text = "ชุมชนนำร่องเข้าถึงอินเทอร์เน็ตความเร็วสูง 300 แห่ง"
    assert tri.extract(text).quantities[0].subject == "ชุมชนนำร่องเข้าถึงอินเทอร์เน็ตความเร็วสูง"
    ex = tri.Extractor(stop_words={"เข้าถึง": "subject"})
    assert ex.extract(text).quantities[0].subject == "อินเทอร์เน็ตความเร็วสูง"


def test_a_name_stop_word_reaches_the_organisation_lexicon_only():
    ex = tri.Extractor(stop_words={"เข้าถึง": "name"})
    assert ("เข้าถึง", "function") in {(r["word"], r["kind"]) for r in _rows(ex.lexicons, "org_stops")}
    assert "เข้าถึง" not in {r["word"] for r in _rows(ex.lexicons, "subject_words")}


def _rows(lex: Lexicons, name: str):
    with activate(lex):
        return load_tsv(name)


def test_extract_keeps_the_default_after_an_extractor_ran():
    before = tri.extract(RAIL)
    tri.Extractor(units=UNITS).extract(RAIL)
    assert tri.extract(RAIL) == before
    assert not any(q.unit == "ขบวน" for q in tri.extract(RAIL).quantities)


def test_two_extractors_live_side_by_side():
    rail, port = tri.Extractor(units={"ขบวน": "classifier"}), tri.Extractor(units={"ตู้คอนเทนเนอร์": "classifier"})
    for _ in range(2):  # interleaved calls, caches warm
        assert [q.unit for q in rail.extract(RAIL).quantities] == ["คน", "ขบวน"]
        assert [q.unit for q in port.extract(RAIL).quantities] == ["คน", "ตู้คอนเทนเนอร์"]
        assert [q.unit for q in tri.extract(RAIL).quantities] == ["คน"]


def test_extractors_in_threads_each_see_their_own_lexicons():
    rail, port = tri.Extractor(units={"ขบวน": "classifier"}), tri.Extractor(units={"ตู้คอนเทนเนอร์": "classifier"})
    got: dict[str, list] = {"rail": [], "port": [], "base": []}

    def run(name, fn):
        for _ in range(3):
            got[name].append(tuple(q.unit for q in fn(RAIL).quantities))

    threads = [threading.Thread(target=run, args=a) for a in
               (("rail", rail.extract), ("port", port.extract), ("base", tri.extract))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(got["rail"]) == {("คน", "ขบวน")}
    assert set(got["port"]) == {("คน", "ตู้คอนเทนเนอร์")}
    assert set(got["base"]) == {("คน",)}


def test_same_additions_share_one_key_and_different_ones_do_not():
    a, b = tri.Extractor(units=UNITS), tri.Extractor(units=dict(reversed(list(UNITS.items()))))
    assert a.lexicons.key != tri.Extractor().lexicons.key
    assert tri.Extractor(units=UNITS).lexicons == a.lexicons
    assert b.lexicons != tri.Extractor(units={"ขบวน": "classifier"}).lexicons


def test_lexicon_cache_keeps_values_per_lexicon_set():
    calls = []

    @lexicon_cache
    def count_units() -> int:
        calls.append(1)
        return len(load_tsv("units"))

    n = count_units()
    extra = tri.Extractor(units=UNITS).lexicons
    with activate(extra):
        assert count_units() == n + 2
    assert count_units() == n and len(calls) == 2


@pytest.mark.parametrize("kwargs", [
    {"units": DATA / "units.tsv", "organisations": DATA / "organisations.tsv", "stop_words": DATA / "stop_words.tsv"},
    {"units": str(DATA / "units.tsv"), "organisations": str(DATA / "organisations.tsv"),
     "stop_words": str(DATA / "stop_words.tsv")},
    {"lexicons": [DATA / "lexicon.json"]},
    {"lexicons": [DATA / "units.tsv", DATA / "organisations.tsv", DATA / "stop_words.tsv"]},
    {"units": UNITS, "organisations": [("ฟ้าใสกรุ๊ป", "FSG")], "stop_words": [("เข้าถึง", "subject")]},
    {"units": [{"unit": "ขบวน"}, {"unit": "ตู้คอนเทนเนอร์", "kind": "classifier"}],
     "organisations": {"ฟ้าใสกรุ๊ป": "FSG"}, "stop_words": {"เข้าถึง": "subject"}},
])
def test_files_and_python_values_give_the_same_records(kwargs):
    expected = tri.Extractor(units=UNITS, organisations={"ฟ้าใสกรุ๊ป": "FSG"},
                             stop_words={"เข้าถึง": "subject"}).extract(RAIL)
    got = tri.Extractor(**kwargs).extract(RAIL)
    assert got.to_dicts() == expected.to_dicts()


def test_a_currency_with_a_factor():
    ex = tri.Extractor(units=[{"unit": "กีบใหม่", "kind": "currency", "code": "LAK", "factor": "1000"}])
    m = ex.extract("มูลค่า 5 กีบใหม่").money[0]
    assert (m.value, m.currency, m.text) == (5000, "LAK", "5 กีบใหม่")


def test_options_pass_through_to_extract_and_unknown_ones_fail_early():
    with pytest.raises(TypeError, match="no option 'not_an_option'"):
        tri.Extractor(not_an_option=True)
    with pytest.raises(TypeError, match="no option"):
        tri.Extractor().extract("x", not_an_option=True)


def test_a_report_remembers_its_lexicons():
    ex = tri.Extractor(units=UNITS)
    assert ex.extract(RAIL).lexicons is ex.lexicons
    assert tri.extract(RAIL).lexicons is None
