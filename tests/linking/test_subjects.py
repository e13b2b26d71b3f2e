"""What a number counts (issue 10): the noun-phrase reader, null subjects, ratios in words, targets.

`tests/data/subjects.jsonl` holds written sentences in the style of Thai reports, one case a line:
`id`, `set` (strict must pass; hard is tracked as a rate), `kind` (the Report attribute), `text`
and the `expected` records of that kind with the fields that matter. The project's own
annotations of thaigov sample documents (`tests/data/subjects_thaigov.jsonl`) are scored when the
shared data directory is there.
"""
from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import thai_report_ie as tri
from thai_report_ie.document import Document
from thai_report_ie.phrases import read_subject, word_class

DATA = Path(__file__).resolve().parents[1] / "data"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CASES = [json.loads(line) for line in (DATA / "subjects.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
HARD_FLOOR = 0.0  # measured 0/3 when written: the hard cases name what the reader cannot do yet
OWN_FLOORS = {"tune": (0.72, 0.80), "heldout": (0.55, 0.72),  # (exact, partial) measured 0.81/0.90, 0.64/0.81 (117 mentions)
              "tune-b2": (0.70, 0.78),  # second tune batch, 88 mentions annotated blind: 0.64/0.75 at c22f69d, 0.78/0.84 after
              "tune-b3": (0.50, 0.65),  # third tune batch, 39 percentages annotated blind: 0.46/0.69 at c9fb8ef
              "tune-b4": (0.65, 0.80)}  # fourth batch's tune half, 35 percentages annotated blind: 0.54/0.69 at ea5979f, 0.71/0.86 after


def _diff(case: dict[str, Any]) -> str | None:
    got = getattr(tri.extract(case["text"]), case["kind"])
    want = case["expected"]
    if len(got) != len(want):
        return f"{case['id']}: {len(want)} {case['kind']} expected, {len(got)} found: {[r.text for r in got]}"
    for w, r in zip(want, got):
        d = r.to_dict()
        for field, value in w.items():
            if d.get(field) != value:
                return f"{case['id']}: {r.text!r} {field} = {d.get(field)!r}, expected {value!r}"
    return None


@pytest.mark.parametrize("case", [c for c in CASES if c["set"] == "strict"], ids=lambda c: c["id"])
def test_strict(case: dict[str, Any]) -> None:
    problem = _diff(case)
    assert problem is None, problem


def test_hard_rate() -> None:
    hard = [c for c in CASES if c["set"] == "hard"]
    failures = [p for p in map(_diff, hard) if p]
    rate = 1 - len(failures) / len(hard)
    if failures:
        warnings.warn(f"subjects hard set: {len(hard) - len(failures)}/{len(hard)} pass; " + "; ".join(failures),
                      stacklevel=1)
    assert rate >= HARD_FLOOR


def test_offsets_and_text_of_every_subject() -> None:
    """A subject is verbatim text: it is the text between its own offsets, before the number."""
    text = "มีนักท่องเที่ยวต่างชาติ 796,808 คน และผู้ประกอบการ OTOP จำนวน 150 ราย"
    doc = Document(text)
    for number in ("796,808", "150"):
        pos = text.index(number)
        s = read_subject(doc, pos)
        assert s is not None and text[s.start:s.end] == s.text and s.end <= pos


WORD_CLASSES = [("สมาชิก", "N"), ("จ่าย", "V"), ("ได้", "AUX"), ("OTOP", "N"), ("(", "PUNC")]


@pytest.mark.parametrize("word,cls", WORD_CLASSES)
def test_word_class(word: str, cls: str) -> None:
    assert word_class(word) == cls


# Subjects r12's rules gave that name the wrong thing (what stands in their place may still be wrong:
# the row only says which answer must not come back): an abbreviation after a noun and a space that names
# no body (a unit, a title, a month, one letter) is not read on to the noun; a verb alone before a
# dative names nothing given
NOT_THE_SUBJECT = [("quantities", "ติดตั้งป้ายเตือนบนถนน กม. 12 จุด", "ถนน กม."),
                   ("quantities", "คณะทำงานมีที่ปรึกษา ดร. 3 คน", "ที่ปรึกษา ดร."),
                   ("quantities", "ผู้ป่วยในพื้นที่ จ. 120 ราย", "ผู้ป่วยในพื้นที่ จ."),
                   ("quantities", "ผลผลิตสะสม ก.พ. 4,800 ตัน", "ผลผลิตสะสม ก.พ."),
                   ("money", "บริษัทจ่ายให้แก่ผู้ถือหุ้น 1,200 ล้านบาท", "บริษัทจ่าย"),
                   # vax14: a bare number of years after people who were vaccinated is no age of theirs
                   ("percentages", "อายุเฉลี่ยของผู้ฉีดวัคซีน 52 ปี ฉีดครบแล้ว 70%", "ผู้ฉีดวัคซีน 52 ปี"),
                   ("percentages", "อายุเฉลี่ยของผู้ฉีดวัคซีน 52 ปี ฉีดครบแล้ว 70%", "อายุเฉลี่ยของผู้ฉีดวัคซีน 52 ปี"),
                   # rev17: a list item's label opening with a verb ("(1) ตอบ|ข้อซักถาม") keeps its own reading; the
                   # bare classifier noun is what a share after a verb's object in a sentence is of, not an item's
                   ("percentages", "(1) ตอบข้อซักถาม 1,240 เรื่อง คิดเป็นร้อยละ 62", "เรื่อง")]


@pytest.mark.parametrize("kind,text,wrong", NOT_THE_SUBJECT)
def test_not_the_subject(kind: str, text: str, wrong: str) -> None:
    assert getattr(tri.extract(text), kind)[0].subject != wrong


def test_bad_input_is_bounded() -> None:
    """Long runs of numbers and words give an answer, not an error or a hang."""
    text = ("ผู้ป่วย 1 ราย จาก 2 ราย ใน 3 จังหวัด " * 400) + "ร้อยละ 5"
    report = tri.extract(text)
    assert all(r.text == text[r.start:r.end] for r in report.records)


# Fifth batch (81 quantity/money mentions annotated blind, issue 10 items 1-2), kept apart from
# OWN_FLOORS so the batches merge: measured before/after subject_context.py 0.52/0.67 → 0.69/0.74
# (tune-b5) and 0.67/0.72 → 0.72/0.77 (heldout-b5, read only at the end).
B5_FLOORS = {"tune-b5": (0.65, 0.70), "heldout-b5": (0.65, 0.72)}
# Sixth batch (38 quantity/money mentions annotated blind, all held out, issue 10 second round) and
# the second round's tune-b5 gain, kept apart so batches merge: heldout-b6 0.63/0.79 before and after
# r10g's rules (read once, at the end); tune-b5 0.69/0.74 → 0.76/0.79 (its floor raised here).
B6_FLOORS = {"heldout-b6": (0.60, 0.75), "tune-b5": (0.72, 0.76)}
SAMPLE = SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl"


@pytest.fixture(scope="module")
def own_scores() -> dict[str, Any]:
    """benchmarks/eval_subjects.py's scores of every batch, read once for the module."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.eval_subjects import evaluate

    return evaluate(SAMPLE)


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")
@pytest.mark.parametrize("split, floors", [*OWN_FLOORS.items(), *B5_FLOORS.items(), *B6_FLOORS.items()],
                         ids=[f"{k}-{i}" for i, k in enumerate([*OWN_FLOORS, *B5_FLOORS, *B6_FLOORS])])
def test_own_annotations(own_scores: dict[str, Any], split: str, floors: tuple[float, float]) -> None:
    exact, partial = floors
    got = own_scores[split]
    assert got["exact"] >= exact and got["partial"] >= partial, (split, got)
