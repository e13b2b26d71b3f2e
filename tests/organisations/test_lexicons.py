"""The organisation lexicons are well-formed data files with a header and a named source."""
from __future__ import annotations

from importlib.resources import files

import pytest

from thai_report_ie.lexicon import load_tsv

FILES = ["org_heads", "org_prefixes", "org_stops", "org_generic", "org_known", "org_not_acronyms", "person_titles",
         "org_short_names", "org_known_late"]


@pytest.mark.parametrize("name", FILES)
def test_file_has_source_comment_and_rows(name):
    raw = files("thai_report_ie.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    comments = [ln for ln in raw.splitlines() if ln.startswith("#")]
    assert any("Source" in ln for ln in comments), name
    rows = load_tsv(name)
    assert rows
    first = next(iter(rows[0]))
    assert all(r[first] for r in rows), name


@pytest.mark.parametrize("name", FILES)
def test_no_duplicate_keys(name):
    rows = load_tsv(name)
    first = next(iter(rows[0]))
    keys = [(r[first], r.get("kind", "")) for r in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, dupes


def test_known_acronyms_are_not_declared_non_organisations():
    known = {a for r in load_tsv("org_known") for a in r["acronyms"].split("|") if a}
    not_orgs = {r["abbreviation"] for r in load_tsv("org_not_acronyms")}
    assert not known & not_orgs, known & not_orgs


def test_late_known_acronyms_are_neither_known_nor_declared_non_organisations():
    """org_known_late.tsv's abbreviations are given their name after the model: as known ones they would change
    its training input, as non-organisations they would give no record to name."""
    late = {a for r in load_tsv("org_known_late") for a in r["acronyms"].split("|") if a}
    known = {a for r in load_tsv("org_known") for a in r["acronyms"].split("|") if a}
    not_orgs = {r["abbreviation"] for r in load_tsv("org_not_acronyms")}
    assert late and not late & known and not late & not_orgs
