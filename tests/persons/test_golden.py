"""Golden person cases (tests/data/persons.jsonl): a title, then a name; span = the name."""
from __future__ import annotations

import json
import pathlib

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors.persons import _scan, extract_persons

CASES = [json.loads(line) for line in
         (pathlib.Path(__file__).parent.parent / "data" / "persons.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case):
    text = case["text"]
    _scan(Document(text))
    records = extract_persons(Document(text))
    for r in records:
        assert text[r.start:r.end] == r.text
    assert [(r.text, r.title) for r in records] == [(p["text"], p["title"]) for p in case["persons"]]


@pytest.mark.parametrize("text", ["", "นาย", "นาย ", "ดร.", "สหาย" * 30, "นาย" + "ก" * 500, "(นาย)"])
def test_never_raises(text):
    _scan(Document(text))
    for r in extract_persons(Document(text)):
        assert text[r.start:r.end] == r.text
