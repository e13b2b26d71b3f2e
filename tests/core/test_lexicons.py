"""Every lexicon is a data file that names its source, has a header, and loads."""
import pathlib

import pytest

from thai_report_ie.lexicon import load_tsv

DATA = pathlib.Path(__file__).resolve().parents[2] / "thai_report_ie" / "data"
FILES = sorted(p.stem for p in DATA.glob("*.tsv"))


def test_there_are_lexicons():
    assert {"numerals", "units", "months", "grammar", "subject_words", "org_heads"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_lexicon_names_its_source_and_loads(name):
    text = (DATA / f"{name}.tsv").read_text(encoding="utf-8")
    comments = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert comments and text.startswith("#"), "a lexicon starts with comment lines saying what it is"
    assert any("source" in ln.lower() for ln in comments), "a lexicon names its source"
    rows = load_tsv(name)
    assert rows, "a lexicon has entries"
    first_column = next(iter(rows[0]))
    assert all(r[first_column] for r in rows), "no entry without its word"


@pytest.mark.parametrize("name", FILES)
def test_lexicon_has_no_duplicate_rows(name):
    rows = [tuple(r.values()) for r in load_tsv(name)]
    dupes = {r for r in rows if rows.count(r) > 1}
    assert not dupes, f"repeated rows in {name}.tsv: {sorted(dupes)[:5]}"
