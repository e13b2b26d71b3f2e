"""The mined list of bare names (data/org_short_names.tsv, training/mine_org_names.py): each row
passes the rules' bare-name test, and the script rebuilds the shipped file from ../shared data."""
from __future__ import annotations

import pathlib
import sys

import pytest

from thai_report_ie.lexicon import load_tsv

REPO = pathlib.Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO))

ROWS = load_tsv("org_short_names")


@pytest.mark.parametrize("row", ROWS, ids=[r["short"] for r in ROWS])
def test_row_passes_the_bare_name_test(row):
    from training import mine_org_names

    assert row["source"] in ("thainer", "thaigov")
    # a name mined from the training gold may also be one untagged dictionary word (o37: "ดาวโจนส์")
    assert mine_org_names.plausible(row["short"], gold=row["source"] == "thainer"), row
    if row["source"] == "thaigov":
        assert row["short"] in row["name"] and row["short"] != row["name"]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl").exists(),
                    reason="no ../shared data")
def test_script_rebuilds_the_shipped_file(tmp_path):
    from training import mine_org_names

    out = tmp_path / "org_short_names.tsv"
    assert mine_org_names.main_to(out) == 0
    shipped = REPO / "thai_report_ie" / "data" / "org_short_names.tsv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
