"""Text typed with decomposed or doubled Thai vowels (nikhahit + sara aa for sara am, two sara e for sara ae) is read
as composed Thai, while every record keeps the text's own offsets and `text` (branch sa21, thai_report_ie/composed.py).
Sentences written for this project in the style of government reports."""
from __future__ import annotations

import dataclasses
import importlib
import io
import json
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thai_report_ie as tri
from thai_report_ie.composed import compose_typed, needs_composing
from thai_report_ie.records import Record, Report

extract_module = importlib.import_module("thai_report_ie.extract")

NIKHAHIT, SARA_AA, SARA_AM, MAI_THO = "\u0e4d", "\u0e32", "\u0e33", "\u0e49"
AM = NIKHAHIT + SARA_AA  # sara am typed as two characters
EE = "เเ"  # sara ae typed as two sara e


def _decomposed(text: str) -> str:
    """`text` (correct Thai) as a typist with decomposed vowels writes it: every ำ as nikhahit + aa, every แ as เเ."""
    return text.replace(SARA_AM, AM).replace("แ", EE)


def _fields(record: Record) -> dict:
    """What a record reads, less where it stands (text, start, end)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name not in ("text", "start", "end")}


def _assert_true_offsets(text: str, report: Report) -> None:
    assert report.text is text
    composed = compose_typed(text)
    inside = set() if composed is None else {p for s, e in zip(composed.o_starts, composed.o_ends) for p in range(s + 1, e)}
    for r in [*report.numbers, *report.records]:
        assert 0 <= r.start <= r.end <= len(text), r
        assert text[r.start:r.end] == r.text, r
        assert r.start not in inside and r.end not in inside, r  # no span starts or ends inside a decomposed pair
    spans = {(r.start, r.end) for r in [*report.numbers, *report.records]}
    for c in report.checks:
        for s, e in c.spans:
            assert 0 <= s <= e <= len(text) and s not in inside and e not in inside, c
            assert (s, e) in spans or c.kind == "list_count", c  # a check's spans are its records' (a list's items aside)


# (id, correct text): each is read typed correctly and typed decomposed (`_decomposed`); both readings must agree
SENTENCES = [
    ("count-after-jamnuan", "ผู้ป่วยสะสมจำนวน 1,200 ราย และผู้เสียชีวิต 12 ราย"),
    ("unit-lam", "กรมประมงส่งเรือตรวจการณ์ 35 ลำ ออกลาดตระเวน"),
    ("unit-kham", "ข้อความประชาสัมพันธ์ต้องไม่เกิน 120 คำ"),
    ("multiplier-saen", "จังหวัดได้รับงบประมาณ 5 แสนบาท สำหรับซ่อมแซมถนน"),
    ("sara-am-in-subject-and-unit", "สำนักงานเกษตรจังหวัดแจกพันธุ์ปลา 3,500 ตัว ให้เกษตรกร 120 ราย เมื่อวันที่ 5 มีนาคม 2567"),
    ("sum-check", "ผู้ได้รับผลกระทบจำนวน 150 ครัวเรือน แบ่งเป็นอำเภอเมือง 90 ครัวเรือน และอำเภอแม่สาย 60 ครัวเรือน"),
    ("ratio-and-percent", "ดำเนินการแล้วเสร็จ 45/50 แห่ง คิดเป็นร้อยละ 90 ของแผน"),
    ("percent-relation", "การส่งออกสินค้าเกษตรแปรรูปเพิ่มขึ้นร้อยละ 12.5 จากปีก่อน"),
    ("organisation-and-person", "สำนักงานตำรวจแห่งชาติ โดยนายสมชาย ดำรงค์ธรรม แจ้งว่าจับกุมผู้ต้องหาได้ 27 ราย"),
    ("money-range", "ค่าใช้จ่ายในการดำเนินงาน 2 - 3 ล้านบาท ต่อแห่ง"),
    ("rate-per", "ราคาน้ำมันดีเซลลดลงเหลือ 29.94 บาทต่อลิตร"),
    ("date-and-fiscal-year", "ประจำปีงบประมาณ พ.ศ. 2567 ทำแผนงาน 18 โครงการ แล้วเสร็จภายในเดือนธันวาคม 2567"),
]


@pytest.mark.parametrize("text", [t for _, t in SENTENCES], ids=[i for i, _ in SENTENCES])
def test_decomposed_text_reads_as_the_correct_text(text: str) -> None:
    typed = _decomposed(text)
    assert typed != text and compose_typed(typed).text == text
    correct, got = tri.extract(text), tri.extract(typed)
    _assert_true_offsets(typed, got)
    for kind in ("numbers", "quantities", "money", "percentages", "ratios", "dates", "organisations", "persons"):
        want = getattr(correct, kind)
        assert [_fields(r) for r in getattr(got, kind)] == [_fields(r) for r in want], kind
        # each record where the correct one stands, with the typed text's own characters
        assert [typed[r.start:r.end] for r in getattr(got, kind)] == [_decomposed(r.text) for r in want], kind
    assert [(c.kind, c.status, c.stated, c.computed) for c in got.checks] == \
           [(c.kind, c.status, c.stated, c.computed) for c in correct.checks]
    assert got.to_dicts() and all(d["text"] == typed[d["start"]:d["end"]] for d in got.to_dicts(numbers=True))


# (id, text, kind, [(record text, value, unit or currency, subject or name)]): as typed, with decomposed pairs placed at
# the text's start and end, next to figures, with a tone mark before or between, and sara ae typed as เเ
READINGS = [
    ("jamnuan-before-figure", f"ผู้ป่วยสะสมจ{AM}นวน 1,200 ราย", "quantities", [("1,200 ราย", 1200, "ราย", "ผู้ป่วยสะสม")]),
    ("unit-at-text-end", f"เรือประมงเข้าร่วม 35 ล{AM}", "quantities", [(f"35 ล{AM}", 35, "ลำ", "เรือประมง")]),
    ("unit-glued-to-figure", f"เรือประมง 35ล{AM} ออกทะเล", "quantities", [(f"35ล{AM}", 35, "ลำ", "เรือประมง")]),
    ("pair-at-text-start", f"{AM} 12 ราย", "quantities", [("12 ราย", 12, "ราย", None)]),
    ("ee-at-text-start", f"{EE}รงงานต่างด้าว 12 คน", "quantities", [("12 คน", 12, "คน", "แรงงานต่างด้าว")]),
    ("tone-before-pair", f"ปริมาณน{MAI_THO}{AM}ฝนสะสม 30 มิลลิเมตร", "quantities",
     [("30 มิลลิเมตร", 30, "มิลลิเมตร", "ปริมาณน้ำฝนสะสม")]),
    ("tone-between-pair", f"น{NIKHAHIT}{MAI_THO}{SARA_AA}หนัก 12 กิโลกรัม", "quantities",
     [("12 กิโลกรัม", 12, "กิโลกรัม", "น้ำหนัก")]),
    ("am-then-aa", f"ผลการด{SARA_AM}{SARA_AA}เนินงาน 45 โครงการ", "quantities", [("45 โครงการ", 45, "โครงการ", "ผลการดำเนินงาน")]),
    ("ee-in-multiplier", f"งบประมาณ 5 {EE}สนบาท", "money", [(f"5 {EE}สนบาท", 500000, "THB", "งบประมาณ")]),
    ("subject-after-ee", f"ต{AM}บลนี้มีครัวเรือน 1,250 ครัวเรือน {EE}ละประชากร 4,100 คน", "quantities",
     [("1,250 ครัวเรือน", 1250, "ครัวเรือน", None), ("4,100 คน", 4100, "คน", "ประชากร")]),
    ("percent-subject", f"ผู้ส{AM}เร็จการศึกษามีงานท{AM} ร้อยละ 85", "percentages", [("ร้อยละ 85", 85, None, "ผู้สำเร็จการศึกษา")]),
    ("money-subject", f"ราคาน{MAI_THO}{AM}มันดีเซล 30.5 บาท", "money", [("30.5 บาท", Decimal("30.5"), "THB", "ราคาน้ำมันดีเซล")]),
    ("organisation-name", f"ส{AM}นักงานต{AM}รวจแห่งชาติ ประชุม", "organisations",
     [(f"ส{AM}นักงานต{AM}รวจแห่งชาติ", None, None, "สำนักงานตำรวจแห่งชาติ")]),
]


def _reading(r: Record) -> tuple:
    unit = getattr(r, "unit", None) or getattr(r, "currency", None)
    return r.text, getattr(r, "value", None), unit, getattr(r, "subject", None) or getattr(r, "name", None)


@pytest.mark.parametrize("text,kind,expected", [c[1:] for c in READINGS], ids=[c[0] for c in READINGS])
def test_records_read_through_the_pairs(text: str, kind: str, expected: list[tuple]) -> None:
    report = tri.extract(text)
    assert [_reading(r) for r in getattr(report, kind)] == expected
    _assert_true_offsets(text, report)


MANY = (f"ท{AM}เนียบรัฐบาล ส{AM}นักงานประชาสัมพันธ์ {EE}จ้งว่า ผู้ป่วยสะสมจ{AM}นวน 1,200 ราย {EE}บ่งเป็นชาย 700 ราย {EE}ละหญิง "
        f"500 ราย ด{AM}เนินการตรวจ 3,000 ครั้ง ใช้งบประมาณ 2.5 ล้านบาท ส่งเรือ 12 ล{AM} ลงพื้นที่ ต{AM}บล 8 {EE}ห่ง ")


def test_many_pairs_in_a_long_text_read_in_pieces(monkeypatch) -> None:
    text = "\n\n".join(MANY * 3 for _ in range(12))  # 36 sentences of 11 pairs, paragraphs of three
    whole = tri.extract(text)
    _assert_true_offsets(text, whole)
    assert len(whole.quantities) == 36 * 6 and [c.status for c in whole.checks] == ["ok"] * 36  # 1,200 = 700 + 500
    assert {q.text for q in whole.quantities} == {"1,200 ราย", "700 ราย", "500 ราย", "3,000 ครั้ง", f"12 ล{AM}", f"8 {EE}ห่ง"}
    assert {q.unit for q in whole.quantities} == {"ราย", "ครั้ง", "ลำ", "แห่ง"}
    monkeypatch.setattr(extract_module, "PIECE_CHARS", len(MANY) * 3 + 40)  # a piece a paragraph or so
    pieces = tri.extract(text)
    _assert_true_offsets(text, pieces)
    assert pieces == whole  # cut at blank lines of the composed text: the same records, offsets into the original


def test_text_without_pairs_is_read_as_it_is(monkeypatch) -> None:
    text = "ผู้ป่วยสะสมจำนวน 1,200 ราย และเรือ 12 ลำ"
    assert not needs_composing(text) and compose_typed(text) is None
    assert compose_typed("ค่า ๐.๕ ํ") is None and compose_typed(f"A {EE} B เเเก") is None  # a lone nikhahit; เเ before no consonant
    read: list[str] = []
    real = extract_module._read
    monkeypatch.setattr(extract_module, "_read", lambda t, **o: read.append(t) or real(t, **o))
    tri.extract(text)
    tri.extract(f"จ{AM}นวน 3 ราย")
    assert read == [text, "จำนวน 3 ราย"]


# (id, text, composed, [(composed start, composed end, original start, original end)])
MAPS = [
    ("pair", f"จ{AM}นวน", "จำนวน", [(0, 2, 0, 3), (1, 5, 1, 6), (2, 5, 3, 6)]),
    ("tone-between-widens", f"น{NIKHAHIT}{MAI_THO}{SARA_AA}", f"น{MAI_THO}{SARA_AM}",
     [(0, 2, 0, 4), (2, 3, 1, 4), (0, 3, 0, 4), (1, 3, 1, 4)]),  # a boundary between the tone and sara am: whole group
    ("three-groups", f"{EE}ละ{AM} {SARA_AM}{SARA_AA}x", f"และ{SARA_AM} {SARA_AM}x", [(0, 1, 0, 2), (3, 4, 4, 6), (5, 7, 7, 10)]),
]


@pytest.mark.parametrize("text,composed,spans", [c[1:] for c in MAPS], ids=[c[0] for c in MAPS])
def test_offset_map(text: str, composed: str, spans: list[tuple[int, int, int, int]]) -> None:
    c = compose_typed(text)
    assert c is not None and c.text == composed
    for cs, ce, os_, oe in spans:
        assert (c.start_in_original(cs), c.end_in_original(ce)) == (os_, oe)
    assert c.end_in_original(len(composed)) == len(text) and c.start_in_original(0) == 0
    for p in range(len(text) + 1):  # original -> composed -> original never moves a boundary off a group's edge
        assert c.start_in_original(c.start_in_composed(p)) <= p <= c.end_in_original(c.end_in_composed(p))


CHECKED = f"ผู้ป่วยจ{AM}นวน 5 ราย {EE}บ่งเป็นชาย 3 ราย หญิง 2 ราย และเรือ 4 ล{AM}"


def test_checks_numbers_and_explanations_point_into_the_typed_text() -> None:
    report = tri.extract(CHECKED)
    (check,) = report.checks
    assert (check.kind, check.status) == ("sum", "ok")
    assert [CHECKED[s:e] for s, e in check.spans] == ["5 ราย", "3 ราย", "2 ราย"]
    assert [(n.text, n.value) for n in report.numbers] == [("5", 5), ("3", 3), ("2", 2), ("4", 4)]
    assert [(n.text, n.start) for n in tri.find_numbers(f"งบ 5 {EE}สนบาท")] == [(f"5 {EE}สน", 3)]
    boat = report.quantities[-1]
    lines = report.explain(boat).splitlines()
    assert lines[0] == f"quantity '4 ล{AM}' at {boat.start}-{boat.end}"
    assert "unit: 'ลำ' right after the figure" in lines[2]
    assert "subject: 'ผู้ป่วย'" in report.explain(report.quantities[0])
    assert "1. the total: '5 ราย' = 5" in report.explain(check)


def test_html_view_and_label_studio_task_use_the_typed_text() -> None:
    from thai_report_ie.labelstudio import report_to_task

    report = tri.extract(CHECKED)
    task = report_to_task(report)
    assert task["data"]["text"] == CHECKED
    regions = [r["value"] for r in task["predictions"][0]["result"]]
    assert regions and all(CHECKED[v["start"]:v["end"]] == v["text"] for v in regions)
    assert f"4 ล{AM}" in [v["text"] for v in regions]
    html = report._repr_html_()
    boat = report.quantities[-1]
    assert f'data-start="{boat.start}" data-end="{boat.end}"' in html and f"ล{AM}" in html


def test_batch_and_cli_read_as_extract(capsys, monkeypatch) -> None:
    from thai_report_ie.cli import main

    texts = [CHECKED, MANY, "ไม่มีตัวเลข"]
    assert [r for _, r in tri.extract_many(texts)] == [tri.extract(t) for t in texts]
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "-", "--jsonl", "text", "--format", "jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    boat = [r for r in out if r.get("unit") == "ลำ"]
    assert boat and all(texts[int(r["file"])][r["start"]:r["end"]] == r["text"] for r in boat)


def test_dask_partitions_read_as_extract() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from thai_report_ie.dask import extract_records

    frame = pd.DataFrame({"id": ["a", "b"], "text": [CHECKED, MANY]})
    got = extract_records(dd.from_pandas(frame, npartitions=2)).compute(scheduler="sync")
    expected = tri.to_dataframe(tri.extract_many(list(zip(frame["id"], frame["text"]))))
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected, check_dtype=False)
    assert all(dict(zip(frame["id"], frame["text"]))[d][s:e] == t
               for d, s, e, t in got[["doc_id", "start", "end", "text"]].values.tolist())


# random texts: report-like fragments with decomposed pairs and เเ inserted anywhere (inside words, next to digits)
FRAGMENTS = ["ผู้ป่วย", "จำนวน", "1,200", " ราย ", "แบ่งเป็น", "ชาย ", "12", " ลำ", "ร้อยละ ", "85", " ล้านบาท", "\n\n",
             "สำนักงาน", "ตำบล", "๓๕", "/", "2.5", " - ", "เมื่อ 5 มี.ค. 2567 ", "น้ำ", "กรม", "ประมง", " และ", "คน"]
INSERTS = [AM, MAI_THO + AM, NIKHAHIT + MAI_THO + SARA_AA, SARA_AM + SARA_AA, EE, EE + "ก", NIKHAHIT, "เเเ", AM + SARA_AA]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=16),
       st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INSERTS)), min_size=1, max_size=8))
def test_inserted_pairs_keep_every_offset_true(fragments: list[str], inserts: list[tuple[int, str]]) -> None:
    text = "".join(fragments)
    for at, piece in inserts:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    _assert_true_offsets(text, tri.extract(text))
    for n in tri.find_numbers(text):
        assert text[n.start:n.end] == n.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([t for _, t in SENTENCES]), st.data())
def test_any_choice_of_decomposed_vowels_reads_as_the_correct_text(text: str, data: st.DataObject) -> None:
    # decompose a random subset of the text's ำ and แ: the records are the correct text's, at mapped offsets
    places = [i for i, ch in enumerate(text) if ch == SARA_AM or (ch == "แ" and i + 1 < len(text) and "ก" <= text[i + 1] <= "ฮ")]
    chosen = data.draw(st.sets(st.sampled_from(places), min_size=1)) if places else set()
    typed = "".join((AM if ch == SARA_AM else EE) if i in chosen else ch for i, ch in enumerate(text))
    correct, got = tri.extract(text), tri.extract(typed)
    _assert_true_offsets(typed, got)
    assert [_fields(r) for r in got.records] == [_fields(r) for r in correct.records]
    c = compose_typed(typed)
    assert c is not None or not chosen
    if c is not None:
        assert [(c.start_in_original(r.start), c.end_in_original(r.end)) for r in correct.records] == \
               [(r.start, r.end) for r in got.records]


# v22: the same mark typed twice (drawn over itself, the reader sees one) is read once; (id, typed, correct)
SARA_A_HANG, SARA_U = "\u0e31", "\u0e38"
DOUBLED = [
    ("month-name", f"ประชุมเมื่อวันที่ 15 ธ{SARA_A_HANG}{SARA_A_HANG}นวาคม 2566 ณ ทำเนียบรัฐบาล",
     "ประชุมเมื่อวันที่ 15 ธันวาคม 2566 ณ ทำเนียบรัฐบาล"),
    ("vowel-below-in-month", f"เริ่มวันที่ 1 มิถ{SARA_U}{SARA_U}นายน 2567 จำนวน 30 ราย", "เริ่มวันที่ 1 มิถุนายน 2567 จำนวน 30 ราย"),
    ("tone-in-change-word", "ส่งออกข้าว 5 แสนตัน เพิ\u0e48\u0e48มขึ้นร้อยละ 3", "ส่งออกข้าว 5 แสนตัน เพิ่มขึ้นร้อยละ 3"),
    ("tone-in-subject", f"ผู้ป่วยท{SARA_A_HANG}{MAI_THO}{MAI_THO}งหมด 1,200 ราย", "ผู้ป่วยทั้งหมด 1,200 ราย"),
    ("three-times", f"วันที่ 5 ธ{SARA_A_HANG * 3}นวาคม 2566", "วันที่ 5 ธันวาคม 2566"),
]


@pytest.mark.parametrize("typed,correct", [c[1:] for c in DOUBLED], ids=[c[0] for c in DOUBLED])
def test_a_doubled_mark_reads_as_one(typed: str, correct: str) -> None:
    c = compose_typed(typed)
    assert needs_composing(typed) and c is not None and c.text == correct
    want, got = tri.extract(correct), tri.extract(typed)
    _assert_true_offsets(typed, got)
    assert [_fields(r) for r in got.records] == [_fields(r) for r in want.records]
    assert got.dates or got.quantities


def test_two_different_marks_stay_as_typed() -> None:
    assert compose_typed("ทั้งหมด นั่น ที่ ปู่") is None  # sara a-hang + tone, i + tone: correct Thai
    assert compose_typed("แแบบ") is None  # a doubled sara ae: no sure reading


# v22: tokenize() cuts where the composed reading is; each token is the original's slice. (id, typed, token texts)
TOKENS = [
    ("pair-in-word", f"ผู้ป่วยจ{AM}นวน 1,200 ราย", ["ผู้ป่วย", f"จ{AM}นวน", " ", "1,200", " ", "ราย"]),
    ("ee-word", f"ชาย {EE}ละหญิง", ["ชาย", " ", f"{EE}ละ", "หญิง"]),
    ("tone-between", f"น{NIKHAHIT}{MAI_THO}{SARA_AA}ท่วม 3 ราย", [f"น{NIKHAHIT}{MAI_THO}{SARA_AA}ท่วม", " ", "3", " ", "ราย"]),
    ("doubled-mark", f"เดือนธ{SARA_A_HANG}{SARA_A_HANG}นวาคม", ["เดือน", f"ธ{SARA_A_HANG}{SARA_A_HANG}นวาคม"]),
    ("correct-text", "ผู้ป่วยจำนวน 1,200 ราย", ["ผู้ป่วย", "จำนวน", " ", "1,200", " ", "ราย"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TOKENS], ids=[c[0] for c in TOKENS])
def test_tokenize_reads_the_composed_text(text: str, expected: list[str]) -> None:
    tokens = tri.tokenize(text)
    assert [t.text for t in tokens] == expected
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=16),
       st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INSERTS + [MAI_THO * 2, SARA_A_HANG * 2])),
                min_size=1, max_size=8))
def test_tokens_tile_any_typed_text(fragments: list[str], inserts: list[tuple[int, str]]) -> None:
    text = "".join(fragments)
    for at, piece in inserts:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    tokens = tri.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start:t.end] == t.text and t.start < t.end for t in tokens)


# v22: a user's lexicon word typed with decomposed vowels matches, in correct and in decomposed text alike
LEXICON_CASES = [
    ("unit-typed-decomposed", {"units": {f"ล{AM}เลียง": "classifier"}}, "ขนส่งสินค้า 12 ลำเลียง ไปยังท่าเรือ",
     "quantities", [("12 ลำเลียง", 12, "ลำเลียง")]),
    ("unit-both-decomposed", {"units": {f"ล{AM}เลียง": "classifier"}}, f"ขนส่งสินค้า 12 ล{AM}เลียง ไปยังท่าเรือ",
     "quantities", [(f"12 ล{AM}เลียง", 12, "ลำเลียง")]),
    ("unit-typed-ee", {"units": [f"{EE}พ็ค"]}, "ส่งนมกล่อง 500 แพ็ค", "quantities", [("500 แพ็ค", 500, "แพ็ค")]),
    ("unit-doubled-mark", {"units": {f"ตู้คอนเทนเนอร\u0e4c\u0e4c": "classifier"}}, "ส่งออก 350 ตู้คอนเทนเนอร์",
     "quantities", [("350 ตู้คอนเทนเนอร์", 350, "ตู้คอนเทนเนอร์")]),
    ("organisation-typed-decomposed", {"organisations": [{"organisation": f"ฟ้าใสส{AM}นักงานใหญ่", "acronym": "FSH"}]},
     "ผู้บริหาร FSH ชี้แจง", "organisations", [("FSH", None, "ฟ้าใสสำนักงานใหญ่")]),
]


@pytest.mark.parametrize("lexicons,text,kind,expected", [c[1:] for c in LEXICON_CASES], ids=[c[0] for c in LEXICON_CASES])
def test_lexicon_words_typed_decomposed_match(lexicons: dict, text: str, kind: str, expected: list[tuple]) -> None:
    report = tri.Extractor(**lexicons).extract(text)
    got = [(r.text, getattr(r, "value", None), getattr(r, "unit", None) or getattr(r, "name", None))
           for r in getattr(report, kind)]
    assert got == expected
    _assert_true_offsets(text, report)
