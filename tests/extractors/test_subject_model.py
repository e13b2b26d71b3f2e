"""The learned re-ranker of quantity, money and percentage subjects (thai_report_ie/subject_model.py).

The shipped file (data/subject_rerank.json) is an option, off by default: `extract(text,
subject_model=True)` re-ranks the kinds the training marked usable (docs/guide.md). These tests
check that it loads, that off it changes nothing, that the option moves the subjects it is known
to move, for that call only (its thread, the pieces of a long text, the spaCy component and
`Extractor` included), that a bad option is refused, what its candidates are, how `choose`
combines the model with the rules, that switched on it only moves subjects (never a value, unit or
offset), and that training/train_subjects.py trains the shipped weights again from the same rows.
"""
from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import json
import sys
import threading
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie import subject_model
from thai_report_ie.document import Document
from thai_report_ie.records import Quantity
from thai_report_ie.subject_model import Candidate, candidates, choose

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"

SENTENCES = [
    "ในปีนี้มีเกษตรกรเข้าร่วมโครงการทั้งหมด 1,250 ราย",
    "กรมชลประทานได้ก่อสร้างแหล่งน้ำขนาดเล็กแล้วเสร็จ 48 แห่ง",
    "ที่ประชุมรับทราบผลการตรวจสุขภาพนักเรียน จำนวน 3,400 คน",
    "โครงการนี้มีระยะเวลาดำเนินการ 3 ปี นำร่องใน 12 จังหวัด",
    "สำนักงานเขตได้แจกจ่ายถุงยังชีพให้แก่ผู้ประสบอุทกภัย 820 ชุด",
    "ปัจจุบันมีผู้ป่วยสะสม 2,140 ราย และเสียชีวิต 12 ราย",
]


@pytest.fixture(autouse=True)
def _model_off_after():
    yield
    subject_model.use_model(None)


def _shipped() -> tuple[dict[str, float], float]:
    weights, margin, _ = subject_model.read_weights()
    return weights, margin


def test_shipped_file_loads_and_is_an_option():
    models, enabled = subject_model.read_models()
    assert sorted(models) == ["money", "percentage", "quantity"]
    for weights, margin in models.values():
        assert len(weights) > 100 and all(isinstance(v, float) for v in weights.values())
        assert margin >= 0
    assert enabled is False  # off unless asked: extract(subject_model=True)
    assert all(subject_model.load_model(kind) is None for kind in models)
    usable = subject_model.usable_models()
    with subject_model.reranking(True):
        assert {kind: subject_model.load_model(kind) for kind in models} == {k: usable.get(k) for k in models}
    assert all(subject_model.load_model(kind) is None for kind in models)


# (sentence, record kind, the record's text, the rules' subject, the subject with subject_model=True): our own
# sentences, where the shipped model cuts a leading verb or its doer off the rules' subject (percentages: not
# re-ranked as shipped, see test_percentages_are_not_re_ranked_as_shipped)
OPTION_CASES = [
    ("ทางจังหวัดได้อพยพกลุ่มผู้ป่วยติดเตียง 6 ราย", "quantities", "6 ราย", "อพยพกลุ่มผู้ป่วยติดเตียง",
     "ผู้ป่วยติดเตียง"),
    # (q38: the rules now read "ตำรวจจับกุม|ผู้ต้องหาคดียาเสพติด 27 ราย" as the model does; a verb alone before the
    # people is still the model's to cut)
    ("ทางอำเภอได้อพยพผู้ประสบภัยน้ำท่วม 27 ราย", "quantities", "27 ราย", "อพยพผู้ประสบภัยน้ำท่วม",
     "ผู้ประสบภัยน้ำท่วม"),
    ("ธนาคารปล่อยสินเชื่อเพื่อที่อยู่อาศัย 5,000 ล้านบาท", "money", "5,000 ล้านบาท",
     "ธนาคารปล่อยสินเชื่อเพื่อที่อยู่อาศัย", "สินเชื่อเพื่อที่อยู่อาศัย"),
    ("จังหวัดขอรับการสนับสนุนงบประมาณจากกองทุน 3.2 ล้านบาท", "money", "3.2 ล้านบาท",
     "จังหวัดขอรับการสนับสนุนงบประมาณจากกองทุน", "งบประมาณจากกองทุน"),

]


def test_percentages_are_not_re_ranked_as_shipped():
    # the blind CV found no exact gain for percentages once the guards hold (training/train_subjects.py marks
    # the kind not usable): the option keeps the rules' subject the forced model would cut
    # (l34: the model rebuilt after this session's rules no longer cuts "ดอกเบี้ยพิเศษเริ่มต้นที่ ร้อยละ 2.99", the case
    # this test used; this one the forced model still answers where the rules say nothing: the growth of exports to
    # China is not the exports' growth)
    text = "การส่งออกขยายตัวร้อยละ 6 ซึ่งเป็นการขยายตัวจากตลาดจีนที่ร้อยละ 12"
    assert "percentage" not in subject_model.usable_models()
    assert _subject(tri.extract(text, subject_model=True), "percentages", "ร้อยละ 12") is None
    weights, _ = subject_model.read_models()[0]["percentage"]
    subject_model.use_model({"percentage": (weights, 0.0)})
    assert _subject(tri.extract(text), "percentages", "ร้อยละ 12") == "การส่งออก"


def _subject(report, kind: str, text: str) -> str | None:
    return next(r.subject for r in getattr(report, kind) if r.text == text)


@pytest.mark.parametrize("text,kind,figure,rules,model", OPTION_CASES, ids=[c[2] for c in OPTION_CASES])
def test_the_option_moves_a_subject_for_that_call_only(text, kind, figure, rules, model):
    off = tri.extract(text)
    assert _subject(off, kind, figure) == rules  # off by default
    assert tri.extract(text, subject_model=False) == off
    on = tri.extract(text, subject_model=True)
    assert _subject(on, kind, figure) == model
    assert dataclasses.replace(on, **{kind: getattr(off, kind)}) == off  # only that kind's records moved
    assert tri.extract(text) == off  # nothing left behind
    assert _subject(tri.Extractor(subject_model=True).extract(text), kind, figure) == model


def test_the_option_stays_in_its_thread():
    text, kind, figure, rules, _ = OPTION_CASES[0]
    seen: list = []
    with subject_model.reranking(True):  # as extract(subject_model=True) holds it while it reads
        worker = threading.Thread(target=lambda: seen.append(subject_model.load_model(kind="quantity")))
        worker.start()
        worker.join()
        assert subject_model.load_model(kind="quantity") is not None
        assert _subject(tri.extract(text), kind, figure) == rules  # each call says its own: off
    assert seen == [None]  # a new thread starts with it off
    assert subject_model.load_model(kind="quantity") is None


def test_a_long_text_in_pieces_keeps_the_option(monkeypatch):
    extract_module = importlib.import_module("thai_report_ie.extract")
    monkeypatch.setattr(extract_module, "PIECE_CHARS", 300)
    text = "".join(case[0] + "\n" for case in OPTION_CASES) * 4
    assert len(text) > 600
    for on in (False, True):
        report = tri.extract(text, subject_model=on)
        for case_text, kind, figure, rules, model in OPTION_CASES:
            got = [r.subject for r in getattr(report, kind) if r.text == figure]
            assert got == [model if on else rules] * 4


def test_a_kind_not_usable_keeps_the_rules_subjects(tmp_path):
    raw = json.loads((ROOT / "thai_report_ie" / "data" / subject_model.MODEL_FILE).read_text(encoding="utf-8"))
    assert sorted(subject_model.usable_models()) == sorted(k for k, m in raw["kinds"].items() if m["usable"])
    raw["kinds"]["money"]["usable"] = False  # as the training marks a kind the CV found no gain for
    path = tmp_path / "rerank.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert sorted(subject_model.usable_models(path)) == sorted(k for k, m in raw["kinds"].items()
                                                               if m["usable"] and k != "money")


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_bad_option_is_refused(value):
    with pytest.raises(tri.errors.OptionError, match="subject_model") as caught:
        tri.extract(OPTION_CASES[0][0], subject_model=value)
    assert caught.value.option == "subject_model"


def test_the_spacy_component_honours_the_option():
    spacy = pytest.importorskip("spacy")
    text = " ".join(case[0] for case in OPTION_CASES)
    for on in (False, True):
        nlp = spacy.blank("th")
        nlp.add_pipe("thai_report_ie", config={"subject_model": on})
        doc = nlp(text)
        assert [s._.record for s in doc.spans["thai_report_ie"]] == list(tri.extract(text, subject_model=on).records)
    assert tri.extract(text, subject_model=True).records != tri.extract(text).records


MIXED = [
    "ได้รับจัดสรรงบประมาณ 2.5 ล้านบาท เพื่อซ่อมแซมถนน 12 สาย",
    "อัตราการว่างงานอยู่ที่ร้อยละ 1.2 ลดลงจากปีก่อน",
    "ค่าเช่าบ้านเดือนละ 3,000 บาท และค่าน้ำค่าไฟประมาณ 800 บาท",
    "ผู้สูงอายุร้อยละ 35 มีรายได้ไม่ถึง 2,000 บาทต่อเดือน",
]


@pytest.mark.parametrize("text", MIXED + SENTENCES)
def test_every_kind_switched_on_moves_only_subjects(text):
    before = tri.extract(text)
    subject_model.use_model({kind: (w, 0.0) for kind, (w, _) in subject_model.read_models()[0].items()})
    after = tri.extract(text)
    for kind in ("quantities", "money", "percentages"):
        b_recs, a_recs = getattr(before, kind), getattr(after, kind)
        assert len(a_recs) == len(b_recs)
        for b, a in zip(b_recs, a_recs):
            assert dataclasses.replace(a, subject=b.subject) == b
            assert a.subject == b.subject or b.subject is None or (a.subject is not None and a.subject in b.subject)
            assert a.subject is None or a.subject in text


@pytest.mark.parametrize("text", SENTENCES)
def test_switched_off_changes_nothing(text):
    subject_model.ENABLED = False
    try:
        rules = tri.extract(text).quantities
    finally:
        subject_model.ENABLED = True
    assert tri.extract(text).quantities == rules


@pytest.mark.parametrize("margin", [None, 0.0])
@pytest.mark.parametrize("text", SENTENCES)
def test_switched_on_moves_only_subjects(text, margin):
    before = tri.extract(text)
    weights, shipped = _shipped()
    subject_model.use_model((weights, shipped if margin is None else margin))
    after = tri.extract(text)
    assert len(after.quantities) == len(before.quantities)
    for b, a in zip(before.quantities, after.quantities):
        assert dataclasses.replace(a, subject=b.subject) == b
        # fill_or_trim: a new subject is a part of the rules' one, or fills a null
        assert a.subject == b.subject or b.subject is None or (a.subject is not None and a.subject in b.subject)
        assert a.subject is None or a.subject in text
    assert after.money == before.money and after.percentages == before.percentages


CANDIDATE_CASES = [
    # (text, figure, a candidate that must be there)
    ("ในปีนี้มีเกษตรกรเข้าร่วมโครงการทั้งหมด 1,250 ราย", "1,250", "เกษตรกร"),
    ("ในปีนี้มีเกษตรกรเข้าร่วมโครงการทั้งหมด 1,250 ราย", "1,250", "เกษตรกรเข้าร่วมโครงการ"),
    ("กรมชลประทานได้ก่อสร้างแหล่งน้ำขนาดเล็กแล้วเสร็จ 48 แห่ง", "48", "แหล่งน้ำขนาดเล็ก"),
    ("สำนักงานเขตได้แจกจ่ายถุงยังชีพให้แก่ผู้ประสบอุทกภัย 820 ชุด", "820", "ถุงยังชีพ"),
]


@pytest.mark.parametrize("text,figure,wanted", CANDIDATE_CASES)
def test_candidates_reach_the_subject(text, figure, wanted):
    doc = Document(text)
    rec = next(q for q in tri.extract(text).quantities if q.text.startswith(figure))
    cands = candidates(doc, rec)
    texts = [c.text for c in cands]
    assert texts[0] is None  # null first
    assert wanted in texts and rec.subject in texts
    assert all(c.features for c in cands)
    assert all(t is None or t in text for t in texts)


def test_candidates_stay_on_the_line():
    text = "ผลการดำเนินงาน\nจำนวน 34 แห่ง"
    doc = Document(text)
    rec = tri.extract(text).quantities[0]
    assert all(c.text is None or "ผลการดำเนินงาน" not in c.text for c in candidates(doc, rec) if c.text != rec.subject)


# (text, record kind, the record's text, candidates the guards take away): our own sentences. Each is a
# candidate without the guards (subject_model.GUARDED), so the test shows the guard doing it.
GUARD_CASES = [
    ("กำหนดวงเงินขั้นต่ำ – 500 บาท", "money", "500 บาท", ["วงเงินขั้นต่ำ –", "–"]),  # a dash ends nothing
    ("โรงพยาบาลเร่งฉีดวัคซีนให้ประชาชน 3,000 คน", "quantities", "3,000 คน",
     ["เร่งฉีดวัคซีนให้ประชาชน", "ให้ประชาชน"]),  # no verb or preposition starts a subject
    ("คณะรัฐมนตรีเห็นชอบการดำเนินงาน 2 มาตรการ", "quantities", "2 มาตรการ",
     ["คณะรัฐมนตรีเห็นชอบการ", "ดำเนินงาน"]),  # การ stays glued to the word it makes a noun
    ("ที่ประชุมได้เห็นชอบแนวทางแล้ว ทั้ง 5 มาตรการ", "quantities", "5 มาตรการ",
     ["แนวทาง", "ที่ประชุม"]),  # a self-naming count left null: only its own noun named again fills it
    ("การอบรมครั้งนี้ใช้เวลาทั้งสิ้น 3 ชั่วโมง", "quantities", "3 ชั่วโมง", ["การอบรม", "ใช้เวลา"]),  # a duration
]


@pytest.mark.parametrize("text,kind,figure,gone", GUARD_CASES)
def test_guards_take_candidates_away(text, kind, figure, gone, monkeypatch):
    doc = Document(text)
    rec = next(r for r in getattr(tri.extract(text), kind) if r.text == figure)
    monkeypatch.setattr(subject_model, "GUARDED", False)
    unguarded = {c.text for c in candidates(doc, rec)}
    monkeypatch.setattr(subject_model, "GUARDED", True)
    guarded = {c.text for c in candidates(doc, rec)}
    assert set(gone) <= unguarded and not set(gone) & guarded
    assert None in guarded and rec.subject in guarded  # null and the rules' answer are always there


def test_a_kept_null_is_not_read():
    text = "การอบรมครั้งนี้ใช้เวลาทั้งสิ้น 3 ชั่วโมง"
    doc = Document(text)
    rec = tri.extract(text).quantities[0]
    assert rec.subject is None and [c.text for c in candidates(doc, rec)] == [None]
    assert candidates(doc, rec, only_if_movable=True) is None  # rerank leaves it as it is


def test_the_list_before_only_fills_or_is_a_span_here(monkeypatch):
    text = "จ่ายเงินช่วยเหลือ 5,000 บาท และเงินเดือน 12,000 บาท"
    doc = Document(text)
    first, second = tri.extract(text).money
    assert second.subject == "เงินเดือน"
    previous = dataclasses.replace(first, subject="เงิน")  # a part of this subject, inside its word
    monkeypatch.setattr(subject_model, "GUARDED", False)
    assert "เงิน" in [c.text for c in candidates(doc, second, left_limit=first.end, previous=previous)]
    monkeypatch.setattr(subject_model, "GUARDED", True)
    assert "เงิน" not in [c.text for c in candidates(doc, second, left_limit=first.end, previous=previous)]
    assert candidates(doc, second, left_limit=first.end, previous=previous, only_if_movable=True) is None


_C = [Candidate(None, ("null",)), Candidate("ตรวจพบผู้กระทำผิด", ("a",)), Candidate("ผู้กระทำผิด", ("b",)),
      Candidate("รถยนต์", ("c",))]
CHOOSE_CASES = [
    # (rule's answer, weights, margin, policy, expected)
    ("ตรวจพบผู้กระทำผิด", {"b": 3.0}, 1.0, "fill_or_trim", "ผู้กระทำผิด"),  # a trim, sure enough
    ("ตรวจพบผู้กระทำผิด", {"b": 3.0}, 4.0, "fill_or_trim", "ตรวจพบผู้กระทำผิด"),  # not sure enough: the rules stand
    ("ตรวจพบผู้กระทำผิด", {"c": 3.0}, 1.0, "fill_or_trim", "ตรวจพบผู้กระทำผิด"),  # another phrase: not allowed
    ("ตรวจพบผู้กระทำผิด", {"c": 3.0}, 1.0, "any", "รถยนต์"),
    ("ตรวจพบผู้กระทำผิด", {"null": 3.0}, 1.0, "fill_or_trim", "ตรวจพบผู้กระทำผิด"),  # never drops a subject
    (None, {"c": 3.0}, 1.0, "fill_or_trim", "รถยนต์"),  # fills a null
    (None, {"c": 3.0, "null": 2.5}, 1.0, "fill_or_trim", None),  # ... only by more than the margin
    ("ผู้กระทำผิด", {}, 0.0, "any", "ผู้กระทำผิด"),  # ties keep the rules' answer
]


@pytest.mark.parametrize("rule,weights,margin,policy,expected", CHOOSE_CASES)
def test_choose(rule, weights, margin, policy, expected):
    assert choose(_C, rule, weights, margin, policy) == expected


def test_a_quantity_model_leaves_money_alone():
    weights, _ = _shipped()
    subject_model.use_model((weights, 0.0))
    doc = Document("งบประมาณ 1.5 ล้านบาท")
    money = tri.extract("งบประมาณ 1.5 ล้านบาท").money
    assert subject_model.rerank(doc, list(money)) == list(money)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "gold" / "dev").exists() or not (SHARED / "data" / "thaigov_sample").exists(),
                    reason="needs ../shared (dev gold and the thaigov sample)")
def test_training_reproduces_the_shipped_file():
    spec = importlib.util.spec_from_file_location("train_subjects", ROOT / "training" / "train_subjects.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_subjects"] = mod
    spec.loader.exec_module(mod)
    shipped = json.loads((ROOT / "thai_report_ie" / "data" / subject_model.MODEL_FILE).read_text(encoding="utf-8"))
    # each kind's weights, trained again on the same rows (the CV that chose the margins is left out: minutes
    # more; `python training/train_subjects.py --check` rebuilds the whole file)
    exs = mod.examples(mod.training_rows())
    for kind in mod.KINDS:
        kexs = [e for e in exs if e["kind"] == kind]
        if mod.fingerprint(kexs) != shipped["kinds"][kind]["data"]:
            pytest.skip("the rules, word lists or annotations the model is trained on changed since the shipped file "
                        "was built: run python training/train_subjects.py")
        assert dict(sorted(mod.train(kexs).items())) == shipped["kinds"][kind]["weights"]
