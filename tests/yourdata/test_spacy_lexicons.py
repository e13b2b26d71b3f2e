"""The spaCy component with user lexicons in its config, kept through nlp.to_disk / spacy.load."""
from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import thai_report_ie as tri  # noqa: E402
from thai_report_ie import LexiconError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "yourdata"
TEXT = (DATA / "rail.txt").read_text(encoding="utf-8")
INLINE = {"units": {"ขบวน": "classifier", "ตู้คอนเทนเนอร์": "classifier"}, "organisations": {"ฟ้าใสกรุ๊ป": "FSG"}}


def _records(nlp, text=TEXT):
    doc = nlp(text)
    return [s._.record for s in doc.spans["thai_report_ie"]]


def _expected():
    return [r for r in tri.Extractor(lexicons=[DATA / "lexicon.json"]).extract(TEXT).records]


@pytest.mark.parametrize("config", [INLINE, [str(DATA / "lexicon.json")], str(DATA / "lexicon.json")])
def test_config_lexicons_reach_the_records(config):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"lexicons": config})
    got = _records(nlp)
    units = [r.unit for r in got if r.kind == "quantity"]
    assert units == ["คน", "ขบวน", "ตู้คอนเทนเนอร์"]
    assert ("ฟ้าใสกรุ๊ป", "FSG") in [(r.name, r.acronym) for r in got if r.kind == "organisation"]


def test_without_lexicons_the_component_is_extract():
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    assert _records(nlp) == list(tri.extract(TEXT).records)


def test_to_disk_and_spacy_load_keep_the_lexicons_even_without_the_files(tmp_path):
    lex = tmp_path / "units.tsv"
    lex.write_text("unit\tkind\nขบวน\tclassifier\nตู้คอนเทนเนอร์\tclassifier\n", encoding="utf-8")
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"lexicons": [str(lex)]})
    before = _records(nlp)
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "thai_report_ie" / "lexicons.json").is_file()
    lex.unlink()  # the pipeline travels without its source file
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.config["components"]["thai_report_ie"]["lexicons"] == [str(lex)]
    assert _records(loaded) == before
    assert [r.unit for r in before if r.kind == "quantity"] == ["คน", "ขบวน", "ตู้คอนเทนเนอร์"]


def test_inline_lexicons_survive_to_disk(tmp_path):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"lexicons": INLINE})
    nlp.to_disk(tmp_path / "p")
    assert _records(spacy.load(tmp_path / "p")) == _records(nlp)


def test_two_pipelines_with_different_lexicons():
    a, b = spacy.blank("th"), spacy.blank("th")
    a.add_pipe("thai_report_ie", config={"lexicons": {"units": ["ขบวน"]}})
    b.add_pipe("thai_report_ie")
    assert [r.unit for r in _records(a) if r.kind == "quantity"] == ["คน", "ขบวน"]
    assert [r.unit for r in _records(b) if r.kind == "quantity"] == ["คน"]


def test_a_bad_config_lexicon_fails_at_add_pipe():
    nlp = spacy.blank("th")
    with pytest.raises(LexiconError, match="unknown unit kind 'wagon'"):
        nlp.add_pipe("thai_report_ie", config={"lexicons": {"units": {"ขบวน": "wagon"}}})
    with pytest.raises(LexiconError, match="unknown keys"):
        spacy.blank("th").add_pipe("thai_report_ie", config={"lexicons": {"colours": []}})


def test_a_missing_file_fails_when_the_component_runs(tmp_path):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"lexicons": [str(tmp_path / "gone.tsv")]})
    with pytest.raises(LexiconError, match="no such file"):
        nlp("มี 12 ขบวน")
