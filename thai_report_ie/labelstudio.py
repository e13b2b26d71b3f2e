"""Label Studio: records as pre-annotated import tasks, and a corrected export back as gold.

Import tasks (Label Studio's JSON task format, the "predictions" key): one task a text,
``{"data": {"text": ..., "file": ...}, "predictions": [{"model_version": ..., "result": [...]}]}``,
each record a region ``{"id", "from_name": "label", "to_name": "text", "type": "labels",
"value": {"start", "end", "text", "labels": [kind]}}``. Paste `LABEL_CONFIG` (the labelling
interface) into the project's Settings → Labeling Interface → Code.

An export of the corrected tasks (Export → JSON) holds ``annotations[].result[]`` in the same
region format; `tasks_to_gold` turns each annotated task into a gold document (kind, start,
end, text a record), which `evaluate` reads directly, and `write_gold` writes as gold files.

Offsets: Label Studio counts characters as JavaScript does (UTF-16 code units); Python counts
code points. They differ only after a character outside the Basic Multilingual Plane (an
emoji); both directions are converted.
"""
from __future__ import annotations

import json
import pathlib
import re
from typing import Any, Iterable, Sequence

from .records import Record, Report

__all__ = ["FROM_NAME", "KINDS", "LABEL_CONFIG", "TO_NAME", "is_labelstudio_export", "label_config",
           "report_to_task", "tasks_to_gold", "write_gold"]

FROM_NAME = "label"  # the <Labels name=...> of the labelling config
TO_NAME = "text"  # the <Text name=...> of the labelling config
KINDS = ("quantity", "money", "percentage", "ratio", "date", "organisation", "person")
_COLOURS = ("#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#d62728", "#17becf")


def label_config(kinds: Sequence[str] = KINDS) -> str:
    """The labelling interface for Label Studio (XML): one label a record kind."""
    labels = "\n".join(f'    <Label value="{k}" background="{c}"/>' for k, c in zip(kinds, _COLOURS * 3))
    return (f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{TO_NAME}" value="$text"/>\n</View>\n')


LABEL_CONFIG = label_config()


# ------------------------------------------------------------------ offsets

def _has_astral(text: str) -> bool:
    return any(ord(c) > 0xFFFF for c in text)


def _to_js(text: str, offset: int) -> int:
    """A Python offset as a UTF-16 offset."""
    return offset + sum(1 for c in text[:offset] if ord(c) > 0xFFFF)


def _from_js(text: str, offset: int) -> int | None:
    """A UTF-16 offset as a Python offset (None when it falls inside a surrogate pair)."""
    units = 0
    for i, c in enumerate(text):
        if units >= offset:
            return i if units == offset else None
        units += 2 if ord(c) > 0xFFFF else 1
    return len(text) if units == offset else None


# ------------------------------------------------------------------ export: records → tasks

def _region(text: str, i: int, record: Record, astral: bool) -> dict[str, Any]:
    start, end = record.start, record.end
    if astral:
        start, end = _to_js(text, start), _to_js(text, end)
    return {"id": f"r{i}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": start, "end": end, "text": record.text, "labels": [record.kind]}}


def report_to_task(report: Report, *, name: str | None = None, model_version: str | None = None) -> dict[str, Any]:
    """One Label Studio import task: the text, and its records as pre-annotations."""
    from . import __version__

    text = report.text
    astral = _has_astral(text)
    result = [_region(text, i, r, astral) for i, r in enumerate(report.records) if r.kind in KINDS]
    data: dict[str, Any] = {"text": text}
    if name is not None:
        data["file"] = name
    return {"data": data,
            "predictions": [{"model_version": model_version or f"thai_report_ie {__version__}", "result": result}]}


# ------------------------------------------------------------------ import: export → gold

def is_labelstudio_export(data: Any) -> bool:
    """Is this parsed JSON a Label Studio export or task list (a list of tasks with "data")?"""
    return isinstance(data, list) and bool(data) and all(isinstance(t, dict) and "data" in t for t in data)


class LabelStudioError(ValueError):
    """A Label Studio export cannot be read as gold; the message names the task and region."""


def _latest_annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not done:
        return None
    return max(enumerate(done), key=lambda ia: (str(ia[1].get("updated_at") or ia[1].get("created_at") or ""), ia[0]))[1]


def _span(text: str, value: dict[str, Any], where: str) -> tuple[int, int]:
    """Python offsets of a region, checked against the text the region says it covers."""
    try:
        start, end = int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError):
        raise LabelStudioError(f"{where}: a region needs integer value.start and value.end "
                               "(export the project as JSON, not JSON-MIN)") from None
    said = value.get("text")
    cands = [(start, end)]
    if _has_astral(text):
        s, e = _from_js(text, start), _from_js(text, end)
        if s is not None and e is not None:
            cands.insert(0, (s, e))
    for s, e in cands:
        if 0 <= s < e <= len(text) and (said is None or text[s:e] == said):
            return s, e
    raise LabelStudioError(f"{where}: offsets {start}-{end} do not cover {said!r} in the task's text")


def tasks_to_gold(tasks: Iterable[dict[str, Any]], *, source: str = "export",
                  text_key: str = TO_NAME) -> list[dict[str, Any]]:
    """Gold documents from Label Studio tasks: each annotated task's latest (not cancelled)
    annotation, one record (kind, start, end, text) a label of each `labels` region. Tasks with
    no annotation are left out. Each document: {"doc", "text", "records", "checks": []}."""
    docs = []
    for n, task in enumerate(tasks):
        data = task.get("data") or {}
        text = data.get(text_key)
        if not isinstance(text, str):
            raise LabelStudioError(f"{source}: task {task.get('id', n)} has no data.{text_key} text")
        ann = _latest_annotation(task)
        if ann is None:
            continue
        records = []
        for k, region in enumerate(ann.get("result") or []):
            if region.get("type") != "labels":
                continue
            where = f"{source}: task {task.get('id', n)} region {region.get('id', k)}"
            value = region.get("value") or {}
            s, e = _span(text, value, where)
            for label in value.get("labels") or []:
                records.append({"kind": label, "start": s, "end": e, "text": text[s:e]})
        records.sort(key=lambda r: (r["start"], r["end"], r["kind"]))
        docs.append({"doc": _doc_name(task, n), "text": text, "records": records, "checks": []})
    return docs


def _doc_name(task: dict[str, Any], n: int) -> str:
    name = (task.get("data") or {}).get("file")
    if isinstance(name, str) and name:
        return pathlib.PurePath(name).name
    return f"task-{task.get('id', n)}.txt"


def _gold_json(name: str, records: list[dict[str, Any]]) -> str:
    """A gold file with one record a line (easy to read, diff and correct by hand)."""
    rows = ",\n".join(f"  {json.dumps(r, ensure_ascii=False)}" for r in records)
    return f'{{\n "doc": {json.dumps(name, ensure_ascii=False)},\n "records": [\n{rows}\n ],\n "checks": []\n}}\n'


def write_gold(tasks: Iterable[dict[str, Any]], out_dir: str | pathlib.Path, *, source: str = "export") -> list[pathlib.Path]:
    """Write each annotated task as a gold file `<name>.json` and its text `<name>.txt` under
    `out_dir` (the document gold format that `evaluate` and tools/score.py read)."""
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    used: set[str] = set()
    for doc in tasks_to_gold(tasks, source=source):
        stem = re.sub(r"[^\w.\-]+", "_", pathlib.PurePath(doc["doc"]).stem) or "task"
        base, k = stem, 2
        while stem in used:
            stem, k = f"{base}-{k}", k + 1
        used.add(stem)
        (out / f"{stem}.txt").write_text(doc["text"], encoding="utf-8")
        path = out / f"{stem}.json"
        path.write_text(_gold_json(f"{stem}.txt", doc["records"]), encoding="utf-8")
        written.append(path)
    return written
