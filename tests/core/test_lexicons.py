"""Every lexicon is a data file that names its source, has a header (naming every role its rows use), and loads."""
import pathlib
import re

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


def _header(name: str) -> str:
    return "\n".join(ln for ln in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines() if ln.startswith("#"))


ROLE_FILES = [name for name in FILES if "role" in load_tsv(name)[0]]


@pytest.mark.parametrize("name", ROLE_FILES)
def test_every_role_is_documented(name):
    header = _header(name)
    roles = {r["role"] for r in load_tsv(name) if r["role"]}
    missing = sorted(r for r in roles if not re.search(rf"(?<![\w]){re.escape(r)}(?![\w])", header))
    assert not missing, f"say what these roles do in the header of {name}.tsv: {missing}"
