"""Golden organisation cases (tests/data/organisations.jsonl): names, acronyms, boundaries,
generic mentions and parents. Every record must satisfy text[start:end] == record.text."""
from __future__ import annotations

import json
import pathlib

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors.organisations import _Scan, extract_organisations

CASES = [json.loads(line) for line in
         (pathlib.Path(__file__).parent.parent / "data" / "organisations.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _find(records, text: str, occurrence: int = 0):
    hits = [r for r in records if r.text == text]
    return hits[occurrence] if len(hits) > occurrence else None


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case):
    text = case["text"]
    _Scan(Document(text)).run()  # the scan itself must not raise (extract_organisations hides errors)
    records = extract_organisations(Document(text))
    for r in records:
        assert text[r.start:r.end] == r.text
    for want in case.get("orgs", []):  # a case with "absent" alone says only what must not be found
        got = _find(records, want["text"], want.get("occurrence", 0))
        assert got is not None, f"missing {want['text']!r}; got {[r.text for r in records]}"
        for field in ("name", "acronym", "parent"):
            if field in want:
                assert getattr(got, field) == want[field], (field, got)
    if "orgs" in case and not case["orgs"]:
        assert records == [], [r.text for r in records]
    for absent in case.get("absent", []):
        assert not any(absent in r.text for r in records), absent
    if "count" in case:  # exactly these records, no other
        assert len(records) == case["count"], [r.text for r in records]


def test_records_are_in_text_order_and_disjoint():
    text = " ".join(c["text"] for c in CASES)
    records = extract_organisations(Document(text))
    assert records == sorted(records, key=lambda r: (r.start, r.end))
    for a, b in zip(records, records[1:]):
        assert a.end <= b.start


def test_rules_are_named():
    text = " ".join(c["text"] for c in CASES)
    rules = {r.rule for r in extract_organisations(Document(text))}
    assert all(rule.startswith("org.") for rule in rules)
    assert {"org.head", "org.known", "org.known_acronym", "org.acronym_use", "org.prefix"} <= rules
