"""The second blind ratio sample (tests/data/ratios_thaigov_b2.jsonl) and the code that scores it.

The file holds document ids, offsets, the text of each gold ratio and its fields; the sentences
themselves stay in the shared thaigov sample (the checks that need it are skipped without it).
benchmarks/eval_ratios.py (draw2) says how the sentences were drawn. The library is never run on
these sentences here: the sample is held-out and scored once, by hand, with `eval_ratios.py --b2`.
The scoring code is tested on a small corpus of our own instead.
"""
from __future__ import annotations

import json
import numbers
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ratios_thaigov_b2.jsonl"
FIRST = ROOT / "tests" / "data" / "ratios_thaigov.jsonl"
SAMPLE = ROOT / ".." / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
GOLD = [(r, g) for r in ROWS for g in r["ratios"]]
KEYS = {"start", "end", "text", "numerator", "denominator", "unit", "denominator_unit", "core", "shape"}

sys.path.insert(0, str(ROOT))


def test_counts_are_pinned() -> None:
    assert len(ROWS) == 361
    assert len(GOLD) == 14
    assert sum(g.get("core", True) for _, g in GOLD) == 3


def test_rows_are_well_formed() -> None:
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    first_docs = {json.loads(line)["doc"] for line in FIRST.read_text(encoding="utf-8").splitlines() if line.strip()}
    per_doc: dict[str, int] = {}
    for r in ROWS:
        assert int(r["doc"], 16) % 2 == 1 and r["split"] == "heldout", r["id"]  # odd ids only: the held-out half
        assert r["doc"] not in first_docs, r["id"]
        assert 0 <= r["start"] < r["end"] and "text" not in r, r["id"]
        per_doc[r["doc"]] = per_doc.get(r["doc"], 0) + 1
    assert max(per_doc.values()) <= 2


@pytest.mark.parametrize("row,gold", GOLD, ids=[f"{r['id']}:{g['start']}" for r, g in GOLD])
def test_gold_ratio_fields(row: dict, gold: dict) -> None:
    assert set(gold) <= KEYS and {"start", "end", "text", "numerator", "denominator", "unit", "shape"} <= set(gold)
    assert row["start"] <= gold["start"] < gold["end"] <= row["end"]
    assert gold["end"] - gold["start"] == len(gold["text"])
    for f in ("numerator", "denominator"):
        assert isinstance(gold[f], numbers.Real) and not isinstance(gold[f], bool), (f, gold[f])
    assert gold["denominator"] > 0
    assert gold.get("core", True) in (True, False)
    assert gold["denominator_unit"] is None or gold["denominator_unit"] != gold["unit"]  # given only when it differs


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")
def test_spans_match_the_documents_and_the_draw() -> None:
    from benchmarks.eval_ratios import draw2

    wanted = {r["doc"] for r in ROWS}
    texts = {}
    with SAMPLE.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in wanted:
                texts[d["id"]] = d["text"]
    for r, g in GOLD:
        text = texts[r["doc"]]
        assert text[g["start"]:g["end"]] == g["text"], r["id"]
        assert g["text"] in text[r["start"]:r["end"]], r["id"]
    assert [tuple(x) for x in draw2(SAMPLE)] == [(r["stratum"], r["doc"], r["start"], r["end"]) for r in ROWS]


# The scoring code on a corpus of our own (never on the held-out file).
LINE_1 = "ผ่านการคัดเลือก 83 คน จากผู้สมัคร 120 ราย และได้รับรางวัล 3 รางวัล"
LINE_2 = "วันที่ 3 มกราคม 2567 มีผู้ลงทะเบียน 500 ราย"
RATIO = {"start": 16, "end": 41, "numerator": 83, "denominator": 120, "unit": "คน", "denominator_unit": "ราย"}
N2 = len(LINE_1) + 1


def _fake(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus.jsonl"
    docs = [{"id": "f1", "text": LINE_1 + "\n" + LINE_2}, {"id": "f2", "text": LINE_1}, {"id": "f3", "text": LINE_1}]
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    fake_500 = {"start": N2 + len(LINE_2) - 7, "end": N2 + len(LINE_2), "numerator": 500, "denominator": 1000,
                "unit": "ราย", "denominator_unit": None}
    rows = [
        {"id": "x-0", "doc": "f1", "start": 0, "end": len(LINE_1), "split": "heldout", "ratios": [RATIO]},  # tp
        {"id": "x-1", "doc": "f1", "start": N2, "end": N2 + len(LINE_2), "split": "heldout", "ratios": [fake_500]},  # fn
        {"id": "x-2", "doc": "f2", "start": 0, "end": len(LINE_1), "split": "heldout",
         "ratios": [dict(RATIO, core=False)]},  # undecided: neither right nor wrong
        {"id": "x-3", "doc": "f3", "start": 0, "end": len(LINE_1), "split": "heldout", "ratios": []},  # fp
    ]
    ann = tmp_path / "ann.jsonl"
    ann.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return corpus, ann


def test_scoring_a_file_of_rows(tmp_path: Path) -> None:
    from benchmarks.eval_ratios import evaluate

    corpus, ann = _fake(tmp_path)
    s = evaluate(corpus, annotations=ann)["heldout"]
    assert s["sentences"] == 4 and s["gold"] == 2
    for mode in ("strict", "lenient"):
        assert (s[mode]["tp"], s[mode]["fp"], s[mode]["fn"]) == (1, 1, 1), mode
        assert s[mode]["p"] == s[mode]["r"] == s[mode]["f1"] == 0.5
    assert s["fields"] == {"numerator": 1.0, "denominator": 1.0, "unit": 1.0, "denominator_unit": 1.0}


@pytest.mark.parametrize("how", ["--file", "--b2"])
def test_command_line_scores_the_named_file(tmp_path: Path, monkeypatch, capsys, how: str) -> None:
    import benchmarks.eval_ratios as er

    corpus, ann = _fake(tmp_path)
    monkeypatch.setattr(er, "ANNOTATIONS2", ann)  # --b2 names the second sample; here, the fake file
    argv = ["--data", str(corpus)] + (["--file", str(ann)] if how == "--file" else ["--b2"])
    assert er.main(argv) == 0
    out = capsys.readouterr().out
    assert "annotations ann.jsonl" in out
    assert "heldout  sentences=4   gold=2" in out and "lenient P/R/F1 0.50/0.50/0.50 (tp 1 fp 1 fn 1)" in out
