"""Training and held-out data for the organisation model, and the fixed split between them.

The split is a rule on the record id, kept here so that every script (training, evaluation)
draws the same line:

* ThaiNER 1.5 dev (`thainer15-<hex>`): an id whose hex number is odd is **held out** (never
  trained on, never looked at while writing rules); an even id is training data unless ThaiNER's
  own split calls the line "test" (those lines are never trained on).
* The Thai-NNER sample and files of your own annotations (same JSONL format) are training data.
  training/data/org_thaigov_o31.jsonl holds o31's: 300 passages of half-A thaigov documents marked
  in ThaiNER's convention; the shipped model is built without it (benchmarks/README.md, o31), so
  give it with `train_orgs.py --extra`.

Organisation labels: ThaiNER's ORGANIZATION, and the organisation classes of Thai-NNER (the
outermost span where they nest), as the shared scorer maps them.
"""
from __future__ import annotations

import json
import pathlib
from typing import Iterator

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
THAINER = SHARED / "data" / "thainer_1_5" / "dev.jsonl"
NNER = SHARED / "data" / "thai_nner_sample" / "dev.jsonl"

# source labels that name an organisation (the shared scorer's LABELS mapped to "organisation")
ORG_LABELS = frozenset({
    "ORGANIZATION", "ORG", "organisation", "goverment", "org_political", "org_edu", "org_other",
    "orgcorp", "org_religious", "army", "media", "fund",
})


def is_heldout(row: dict) -> bool:
    """Is this ThaiNER row in the held-out part? (odd hex id)"""
    return int(row["id"].split("-")[1], 16) % 2 == 1


def may_train(row: dict) -> bool:
    """May this ThaiNER row be trained on? (even hex id, and not in ThaiNER's own test split)"""
    return not is_heldout(row) and (row.get("meta") or {}).get("official_split_1_5") != "test"


def read_jsonl(path: pathlib.Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def org_spans(row: dict) -> list[tuple[int, int]]:
    """The row's organisation spans, outermost only, sorted."""
    spans = sorted({(e["start"], e["end"]) for e in row["entities"] if e["label"] in ORG_LABELS},
                   key=lambda se: (se[0], -se[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue  # nested in (or crossing) the previous one
        out.append((s, e))
    return out


def thainer(part: str) -> list[dict]:
    """ThaiNER 1.5 dev rows of one part: "train", "heldout" or "all"."""
    rows = read_jsonl(THAINER)
    if part == "train":
        return [r for r in rows if may_train(r)]
    if part == "heldout":
        return [r for r in rows if is_heldout(r)]
    return rows


def training_rows(extra: list[pathlib.Path] = ()) -> Iterator[dict]:
    """Every row the model is trained on, in a fixed order."""
    yield from thainer("train")
    yield from read_jsonl(NNER)
    for path in extra:
        yield from read_jsonl(path)
