"""Label Studio: records as import tasks, a corrected export back as gold, round trip at 1.00."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie.cli import main
from thai_report_ie.labelstudio import (LABEL_CONFIG, LabelStudioError, is_labelstudio_export, report_to_task,
                                        tasks_to_gold, write_gold)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_94da9129867dff51.txt"
DATA = ROOT / "tests" / "data" / "yourdata"


def _as_export(tasks: list[dict]) -> list[dict]:
    """What Label Studio exports after an annotator accepted every pre-annotation unchanged."""
    return [{"id": i, "data": t["data"], "predictions": [],
             "annotations": [{"id": 100 + i, "completed_by": 1, "was_cancelled": False, "ground_truth": False,
                              "created_at": "2026-11-30T10:00:00Z", "updated_at": "2026-11-30T10:00:00Z",
                              "result": [dict(r, origin="prediction") for r in t["predictions"][0]["result"]]}]}
            for i, t in enumerate(tasks, 1)]


def test_a_task_in_label_studio_format():
    report = tri.extract("ชาย 1,200 ราย หญิง 1,188 ราย")
    task = report_to_task(report, name="g.txt")
    assert task["data"] == {"text": report.text, "file": "g.txt"}
    (pred,) = task["predictions"]
    assert pred["model_version"] == f"thai_report_ie {tri.__version__}"
    assert pred["result"][0] == {"id": "r0", "from_name": "label", "to_name": "text", "type": "labels",
                                 "value": {"start": 4, "end": 13, "text": "1,200 ราย", "labels": ["quantity"]}}


def test_the_label_config_names_every_kind_and_the_task_fields():
    for kind in ("quantity", "money", "percentage", "ratio", "date", "organisation", "person"):
        assert f'<Label value="{kind}"' in LABEL_CONFIG
    assert '<Labels name="label" toName="text">' in LABEL_CONFIG and '<Text name="text" value="$text"/>' in LABEL_CONFIG


def test_seed_round_trip_scores_one(tmp_path, capsys):
    assert main(["extract", str(SEED), "--format", "labelstudio"]) == 0
    tasks = json.loads(capsys.readouterr().out)
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_as_export(tasks), ensure_ascii=False), encoding="utf-8")
    s = tri.evaluate(export)
    assert s["docs"] == 1 and s["bad_offsets"] == 0
    for kind, row in s["kinds"].items():
        assert row["strict"]["f1"] == row["lenient"]["f1"] == 1.0, kind
    assert {k: v["strict"]["tp"] for k, v in s["kinds"].items()} == \
        {k: len(getattr(tri.extract(SEED.read_text(encoding="utf-8")), a)) for k, a in
         (("date", "dates"), ("organisation", "organisations"), ("percentage", "percentages"),
          ("person", "persons"), ("quantity", "quantities"), ("ratio", "ratios"))}


def test_convert_writes_gold_that_evaluate_reads(tmp_path, capsys):
    out = tmp_path / "gold"
    assert main(["convert", str(DATA / "labelstudio_export.json"), "--out", str(out)]) == 0
    assert "wrote 1 gold file(s)" in capsys.readouterr().out
    gold = json.loads((out / "rail.json").read_text(encoding="utf-8"))
    assert gold["doc"] == "rail.txt" and (out / "rail.txt").read_text(encoding="utf-8") == (DATA / "rail.txt").read_text(encoding="utf-8")
    assert [(r["kind"], r["text"]) for r in gold["records"]][3:5] == [("quantity", "12 ขบวน"), ("quantity", "350 ตู้คอนเทนเนอร์")]
    a, b = tri.evaluate(out / "rail.json"), tri.evaluate(DATA / "labelstudio_export.json")
    assert a["kinds"] == b["kinds"]


def test_the_latest_annotation_that_was_not_cancelled_is_gold():
    export = json.loads((DATA / "labelstudio_export.json").read_text(encoding="utf-8"))
    (doc,) = tasks_to_gold(export)  # the second task has no annotation: left out
    assert len(doc["records"]) == 8


def test_offsets_past_an_emoji_are_converted_both_ways():
    text = "🚆 เปิดเดินรถเพิ่ม 12 ขบวน"
    report = tri.Extractor(units={"ขบวน": "classifier"}).extract(text)
    (region,) = report_to_task(report)["predictions"][0]["result"]
    assert (region["value"]["start"], region["value"]["end"]) == (report.quantities[0].start + 1, report.quantities[0].end + 1)
    task = {"data": {"text": text}, "annotations": [{"result": [region]}]}
    (doc,) = tasks_to_gold([task])
    assert (doc["records"][0]["start"], doc["records"][0]["end"]) == (report.quantities[0].start, report.quantities[0].end)


def test_a_region_whose_text_does_not_match_is_an_error():
    task = {"id": 4, "data": {"text": "มี 12 ขบวน"},
            "annotations": [{"result": [{"id": "a", "type": "labels", "value": {"start": 0, "end": 2, "text": "xx", "labels": ["quantity"]}}]}]}
    with pytest.raises(LabelStudioError, match="task 4 region a: offsets 0-2 do not cover 'xx'"):
        tasks_to_gold([task])


def test_what_is_an_export():
    assert is_labelstudio_export([{"data": {"text": "x"}}])
    assert not is_labelstudio_export({"doc": "x", "records": []}) and not is_labelstudio_export([])


def test_write_gold_names_unnamed_tasks(tmp_path):
    tasks = [{"id": 9, "data": {"text": "มี 5 ราย"}, "annotations": [{"result": []}]}]
    (path,) = write_gold(tasks, tmp_path)
    assert path.name == "task-9.json" and json.loads(path.read_text(encoding="utf-8"))["doc"] == "task-9.txt"


def test_convert_prints_the_label_config(capsys):
    assert main(["convert", "--label-config"]) == 0
    assert capsys.readouterr().out == LABEL_CONFIG


def test_label_studio_sdk_accepts_the_tasks():
    """With the official SDK installed (not a dependency), its validator accepts our tasks."""
    li_mod = pytest.importorskip("label_studio_sdk.label_interface")
    li = li_mod.LabelInterface(LABEL_CONFIG)
    task = report_to_task(tri.extract(SEED.read_text(encoding="utf-8")), name="seed.txt")
    assert li.validate_prediction(task["predictions"][0], return_errors=True) == []
    assert li.validate_annotation(_as_export([task])[0]["annotations"][0])
