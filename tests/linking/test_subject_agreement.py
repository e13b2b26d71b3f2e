"""The second, independent annotations of batches 13 and 14 (tests/data/subjects_b13_second.jsonl,
subjects_b14_second.jsonl): their rows are well formed, name the same draws as the first annotation,
and the two annotators agree as benchmarks/agreement_subjects.py reports (so a changed row shows up
here)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / ".." / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
BATCHES = {13: ("tr", 140, {"quantity", "money", "percentage"}), 14: ("tt", 110, {"quantity", "money"})}


def _rows(batch: int) -> list[dict]:
    path = ROOT / "tests" / "data" / f"subjects_b{batch}_second.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ROWS = [r for batch in BATCHES for r in _rows(batch)]


@pytest.mark.parametrize("batch", BATCHES)
def test_one_row_a_draw(batch: int) -> None:
    prefix, draws, kinds = BATCHES[batch]
    rows = _rows(batch)
    assert [r["id"] for r in rows] == [f"{prefix}-{n:02d}" for n in range(1, draws + 1)]
    assert {r["kind"] for r in rows} == kinds


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_row_is_well_formed(row: dict) -> None:
    if row["left_out"]:
        assert row["subject"] is None and isinstance(row["left_out"], str)
    elif row["subject"] is None:
        assert "subject_start" not in row and "subject_end" not in row
    else:
        assert 0 <= row["subject_start"] < row["subject_end"]
        assert row["subject_end"] - row["subject_start"] == len(row["subject"])


needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")


@pytest.fixture(scope="module")
def loaded():
    sys.path.insert(0, str(ROOT))
    from benchmarks.agreement_subjects import load

    return {batch: load(SAMPLE, batch) for batch in BATCHES}


@needs_sample
@pytest.mark.parametrize("batch", BATCHES)
def test_offsets_are_the_texts(loaded, batch: int) -> None:
    texts = loaded[batch][2]
    for r in _rows(batch):
        if r["subject"] is not None:
            assert texts[r["doc"]][r["subject_start"]:r["subject_end"]] == r["subject"], r["id"]


@needs_sample
@pytest.mark.parametrize("batch", BATCHES)
def test_first_annotation_offsets_are_the_texts(loaded, batch: int) -> None:
    first, _, texts = loaded[batch]
    assert all(r["start"] < r["end"] for r in first.values())
    for r in first.values():
        if r["subject"] is not None:
            assert texts[r["doc"]][r["subject_start"]:r["subject_end"]] == r["subject"], r["id"]


@needs_sample
@pytest.mark.parametrize("batch, kept_first, kept_second", [(13, 117, 119), (14, 96, 98)])
def test_both_annotations_name_the_same_draws(loaded, batch: int, kept_first: int, kept_second: int) -> None:
    first, second, _ = loaded[batch]
    assert len(first) == kept_first and len(second) == kept_second
    for i in set(first) & set(second):
        assert (first[i]["doc"], first[i]["start"], first[i]["kind"]) == (second[i]["doc"], second[i]["start"], second[i]["kind"])


@needs_sample
@pytest.mark.parametrize("batch, kind, n, exact, partial", [
    (13, "quantity", 82, 67, 71),
    (13, "money", 22, 20, 22),
    (13, "percentage", 12, 10, 11),
    (14, "quantity", 59, 52, 53),
    (14, "money", 37, 32, 36),
])
def test_agreement(loaded, batch: int, kind: str, n: int, exact: int, partial: int) -> None:
    from benchmarks.eval_subjects import _same

    first, second, _ = loaded[batch]
    both = [i for i in first if i in second and first[i]["kind"] == kind]
    assert len(both) == n
    assert sum(_same(first[i]["subject"], second[i]["subject"], False) for i in both) == exact
    assert sum(_same(first[i]["subject"], second[i]["subject"], True) for i in both) == partial


# (golds, prediction, exact right, partially right): the library against "either" annotator is right
# when it agrees with one of them, a null against a null too
EITHER = [
    (("ผู้ป่วย", None), None, 1, 1),  # the second annotator's null, the library's null
    ((None, "ผู้ป่วย"), None, 1, 1),
    (("ผู้ป่วย", None), "ผู้ป่วยรายใหม่", 0, 1),
    (("ผู้ป่วย", "ผู้ป่วยรายใหม่"), "ผู้ป่วยรายใหม่", 1, 1),
    (("ผู้ป่วย", None), "<no record>", 0, 0),
    (("ผู้ป่วย",), None, 0, 0),
]


@pytest.mark.parametrize("golds, pred, exact, partial", EITHER)
def test_either_counts_a_null_agreed_with_one_annotator(golds: tuple, pred, exact: int, partial: int) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.agreement_subjects import _tally

    counts: dict = {}
    _tally(counts, "quantity", golds, pred)
    assert (counts["quantity"]["exact"], counts["quantity"]["partial"]) == (exact, partial)
    assert counts["all"] == counts["quantity"]
