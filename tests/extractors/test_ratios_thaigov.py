"""The project's own annotations of ratios in thaigov sample sentences (tests/data/ratios_thaigov.jsonl).

The file holds document ids, offsets and fields only (no text); the scores need the shared thaigov
sample beside the repository and are skipped without it. benchmarks/eval_ratios.py says how the
sentences were drawn and annotated.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ratios_thaigov.jsonl"
SAMPLE = ROOT / ".." / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]

# lenient precision and F1 floors per split, measured when the file was written (in the comment),
# with one case of slack; the target for ratios in words is lenient F1 >= 0.60
FLOORS = {"tune": (0.75, 0.60),      # measured P 1.00, F1 1.00 (3 gold ratios)
          "heldout": (0.75, 0.60)}   # measured P 1.00, F1 1.00 (4 gold ratios)


def test_rows_are_well_formed() -> None:
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    for r in ROWS:
        assert r["split"] == ("tune" if int(r["doc"], 16) % 2 == 0 else "heldout"), r["id"]  # the stated rule
        assert 0 <= r["start"] < r["end"], r["id"]
        assert "text" not in r, "the file keeps offsets, not the corpus text"
        for g in r["ratios"]:
            assert r["start"] <= g["start"] < g["end"] <= r["end"], r["id"]
            assert set(g) <= {"start", "end", "numerator", "denominator", "unit", "denominator_unit", "core"}


@pytest.mark.slow
@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")
def test_scores_on_own_annotations() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.eval_ratios import draw, evaluate

    assert [tuple(x) for x in draw(SAMPLE)] == [(r["stratum"], r["doc"], r["start"], r["end"]) for r in ROWS]
    scores = evaluate(SAMPLE)
    for split, (precision, f1) in FLOORS.items():
        lenient = scores[split]["lenient"]
        assert lenient["p"] >= precision and lenient["f1"] >= f1, (split, scores[split])
        assert all(v == 1.0 for v in scores[split]["fields"].values()), (split, scores[split]["fields"])
