"""Checks against the hand-annotated development set (issue 11): how many gold checks are found,
that every found verdict agrees, and that the wrong statement is flagged. Skips when the shared
data beside the repo is absent."""
from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

import thai_report_ie as tri

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DEV = SHARED / "gold" / "dev"
SCORER = SHARED / "tools" / "score.py"

pytestmark = pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="shared dev gold not present")

FOUND_FLOOR = 29  # measured 30/48 when written (issue 11), one of slack


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_checks_found_and_agree():
    score = _scorer()
    tot = defaultdict(lambda: defaultdict(int))
    errors = defaultdict(list)
    for gold_path in sorted(DEV.glob("dev-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (DEV / gold["doc"]).read_text(encoding="utf-8")
        score.score_checks(gold.get("checks", []), tri.extract(text), tot, errors, gold["doc"])
    found = sum(t["found"] for t in tot.values())
    agree = sum(t["agree"] for t in tot.values())
    assert found >= FOUND_FLOOR, errors["check"]
    assert agree == found, [e for e in errors["check"] if "verdict" in e]
    assert sum(t["flagged"] for t in tot.values()) == sum(t["wrong"] for t in tot.values())
