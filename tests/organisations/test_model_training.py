"""The organisation model's training script (training/train_orgs.py): the rules' spans it trains on
leave out the bare names mined from the training gold itself, and it rebuilds the shipped model
file byte for byte from ../shared data."""
from __future__ import annotations

import pathlib
import sys

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors.organisations import extract_organisations, rule_spans

REPO = pathlib.Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO))

pytest.importorskip("pycrfsuite")

# (id, text, span left out of the training features, span kept): own sentences in report style
MINED_CASES = [
    ("mined-newspaper", "เว็บไซต์ประชาไท รายงานว่า กรมควบคุมโรคได้ออกประกาศเตือนประชาชน", "ประชาไท", "กรมควบคุมโรค"),
    ("mined-police", "ผู้บัญชาการตำรวจแห่งชาติ สั่งการให้กระทรวงมหาดไทยประสานงาน", "ตำรวจแห่งชาติ", "กระทรวงมหาดไทย"),
]


@pytest.mark.parametrize("case_id,text,dropped,kept", MINED_CASES, ids=[c[0] for c in MINED_CASES])
def test_training_features_leave_out_names_mined_from_the_training_gold(case_id, text, dropped, kept):
    from training import train_orgs

    doc = Document(text)
    mined = train_orgs.mined_from_gold()
    assert dropped in mined
    run_time = {text[s:e]: rule for s, e, rule in rule_spans(doc)}
    assert run_time.get(dropped) == "org.short_name"  # the rules find it at run time ...
    trained = {text[s:e] for s, e, _ in train_orgs.training_spans(doc, mined)}
    assert dropped not in trained  # ... but the model is not shown it while training
    assert kept in trained and kept in run_time


def test_names_mined_from_thaigov_stay_in_the_training_features():
    from thai_report_ie.lexicon import load_tsv
    from training import train_orgs

    gov = {r["short"] for r in load_tsv("org_short_names") if r["source"] == "thaigov"}
    assert gov and not gov & train_orgs.mined_from_gold()


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "thainer_1_5" / "dev.jsonl").exists(), reason="no ../shared data")
def test_script_rebuilds_the_shipped_model(tmp_path):
    from thai_report_ie import orgmodel
    from training import orgdata, train_orgs

    out = tmp_path / "org_crf.crfsuite"
    train_orgs.train(list(orgdata.training_rows()), out, quiet=True)
    shipped = REPO / "thai_report_ie" / "data" / orgmodel.MODEL_FILE
    assert out.read_bytes() == shipped.read_bytes(), \
        "the shipped model is stale: run python training/train_orgs.py and commit thai_report_ie/data/org_crf.crfsuite"


# (token text, kind, kind-dependent feature): a word's features are cached by its text and kind, so a
# text first seen as one kind gives the other kind its own features (tagging and training do not
# depend on what the process read before)
KIND_CASES = [
    ("1", "number", "k=number"),
    ("25", "number", "k=number"),
]


@pytest.mark.parametrize("text,kind,feature", KIND_CASES, ids=[c[0] for c in KIND_CASES])
def test_word_features_are_cached_per_text_and_kind(text, kind, feature):
    from thai_report_ie import orgmodel

    for first in (kind, "word"):  # whichever kind the process saw first
        orgmodel._lexicons()["cache"].clear()
        orgmodel._word_features(text, first)
        assert feature in orgmodel._word_features(text, kind)
        assert feature not in orgmodel._word_features(text, "word")


def test_tagging_does_not_depend_on_what_was_tagged_before():
    from thai_report_ie import orgmodel

    if not orgmodel.model_available():
        pytest.skip("no organisation model installed")
    text = "ตำรวจภูธรภาค 1 ร่วมกับมูลนิธิกู้ภัยสว่างธรรม 25 หน่วย ลงพื้นที่ช่วยเหลือผู้ประสบภัย"
    for table in ("cache", "parts", "known_parts", "scores"):
        orgmodel._lexicons()[table].clear()
    fresh = [(o.text, o.rule) for o in extract_organisations(Document(text), model=True)]
    for table in ("cache", "parts", "known_parts", "scores"):
        orgmodel._lexicons()[table].clear()
    other = Document("ไข้หวัดนกสายพันธุ์ H5N1 และห้องประชุม อก.1")  # "1" inside a word, not a number
    assert ("1", "word") in [(t.text, t.kind) for t in other.tokens]
    extract_organisations(other, model=True)
    assert [(o.text, o.rule) for o in extract_organisations(Document(text), model=True)] == fresh


# o31's own annotations (training/data/org_thaigov_o31.jsonl, read by `train_orgs.py --extra`): passages of
# half-A thaigov documents only (the half that may be read), each span inside its text and on no other
OWN_ANNOTATIONS = REPO / "training" / "data" / "org_thaigov_o31.jsonl"


def test_own_annotations_are_half_a_passages_with_sound_spans():
    import hashlib
    import json

    # split on "\n" only: a passage may hold a Unicode line separator, which splitlines() would cut at
    rows = [json.loads(line) for line in OWN_ANNOTATIONS.read_text(encoding="utf-8").split("\n") if line.strip()]
    assert len(rows) == 300 and len({r["id"] for r in rows}) == 300
    for row in rows:
        doc_id = row["id"].split("-")[2]  # "o31-thaigov-<document id>-<passage>"
        assert int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2 == 0, row["id"]
        spans = sorted((e["start"], e["end"]) for e in row["entities"])
        assert all(e["label"] == "ORGANIZATION" for e in row["entities"])
        assert all(0 <= s < e <= len(row["text"]) and row["text"][s:e].strip() == row["text"][s:e]
                   for s, e in spans), row["id"]
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), row["id"]
    docs = SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
    if docs.exists():  # each passage is its document's own text
        texts = {d["id"]: d["text"] for d in map(json.loads, filter(None, docs.read_text(encoding="utf-8").split("\n")))}
        assert all(row["text"] in texts[row["id"].split("-")[2]] for row in rows)
