"""units_orchid.tsv is exactly what data/build_units.py builds from pythainlp's bundled ORCHID data."""
from __future__ import annotations

from importlib.metadata import version

import pytest

from thai_report_ie.data import build_units
from thai_report_ie.lexicon import load_tsv

COLUMNS = ("word", "kind", "code", "factor", "tag", "evidence")


def _file_rows() -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in COLUMNS) for r in load_tsv("units_orchid")]


def _built_for() -> str:
    text = build_units.OUT.read_text(encoding="utf-8")
    return text.split("via pythainlp ", 1)[1].split(" ", 1)[0].rstrip(".")


def test_generated_file_matches_its_source() -> None:
    if _built_for() != version("pythainlp"):
        pytest.skip(f"units_orchid.tsv was built with pythainlp {_built_for()}, {version('pythainlp')} is installed: "
                    "run `python -m thai_report_ie.data.build_units` and review the difference")
    assert _file_rows() == build_units.build_rows(), \
        "units_orchid.tsv is stale: run `python -m thai_report_ie.data.build_units`"


def test_every_generated_word_has_a_classifier_tag_in_orchid() -> None:
    for word, kind, _, _, tag, evidence in _file_rows():
        assert tag in build_units.CLASSIFIER_TAGS, word
        assert kind in ("classifier", "measure", "time"), word
        assert evidence, word


def test_hand_rows_are_not_repeated() -> None:
    hand = {r["word"] for r in load_tsv("units")}
    assert not hand & {r[0] for r in _file_rows()}


def test_every_rule_names_an_orchid_candidate() -> None:
    """A decision about a word ORCHID does not offer is dead data."""
    candidates = {w.strip() for w in build_units._evidence()}
    stale = [r["word"] for r in load_tsv("units_orchid_rules") if r["word"] not in candidates]
    assert not stale, f"units_orchid_rules.tsv decides on words ORCHID does not tag: {stale}"


@pytest.mark.parametrize(("word", "kind"), [("ผืน", "classifier"), ("ชม.", "time"), ("ร้าน", "classifier"),
                                            ("เส้น", "classifier"), ("แรงม้า", "measure")])
def test_orchid_classifiers_are_units(word: str, kind: str) -> None:
    from thai_report_ie.extractors.quantities import _units

    table, _, _ = _units()
    assert table[word]["kind"] == kind
