"""The spaCy component: spans, ents, extensions, alignment, multiprocessing, disk round trip.

Most cases feed the component a hand-made `Report` (through `extract`, patched) so that they
test the adapter whatever the extractors find today; the cases marked "real" run `extract`.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import ClassVar

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("pythainlp")

from spacy import displacy  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

import thai_report_ie  # noqa: E402
from thai_report_ie import spacy_component  # noqa: E402
from thai_report_ie.records import (  # noqa: E402
    Check, DateMention, Money, Organisation, Percentage, Quantity, Ratio, Record, Report,
)

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (ROOT / "seeds" / "000_94da9129867dff51.txt").read_text(encoding="utf-8")
KEY = spacy_component.SPANS_KEY

TEXT = ("สำนักงานคณะกรรมการการเลือกตั้ง (กกต.) รายงานว่ามีสมาชิกพรรคใหม่ 103/80 ราย "
        "คิดเป็นร้อยละ 128.75 ของเป้าหมาย ใช้งบประมาณ 1.5 ล้านบาท เมื่อวันที่ 5 มี.ค. 2567")


@dataclasses.dataclass(frozen=True, slots=True)
class Widget(Record):
    """A kind the component has never heard of: it must be handled like any other."""

    kind: ClassVar[str] = "widget"
    colour: str | None = None


def _at(text: str, piece: str, nth: int = 0) -> tuple[str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return piece, start, start + len(piece)


def _fake_report(text: str) -> Report:
    """Records of every kind on TEXT, with exact numbers and overlaps (ratio inside quantity)."""
    ratio = _at(text, "103/80")
    qty = _at(text, "103/80 ราย")
    pct = _at(text, "ร้อยละ 128.75")
    return Report(
        text=text,
        organisations=(Organisation(*_at(text, "สำนักงานคณะกรรมการการเลือกตั้ง"), name="สำนักงานคณะกรรมการการเลือกตั้ง",
                                    acronym="กกต.", rule="org.test"),),
        quantities=(Quantity(*qty, value=103, unit="ราย", subject="สมาชิกพรรคใหม่", rule="qty.test"),),
        ratios=(Ratio(*ratio, numerator=103, denominator=80, unit="ราย", stated_percent=Decimal("128.75"),
                      computed_percent=Fraction(103 * 100, 80), rule="ratio.test"),),
        percentages=(Percentage(*pct, value=Decimal("128.75"), relation="share"),),
        money=(Money(*_at(text, "1.5 ล้านบาท"), value=Decimal("1500000"), currency="THB", range=None),),
        dates=(DateMention(*_at(text, "5 มี.ค. 2567"), day=5, month=3, year_be=2567, year_ce=2024,
                           iso="2024-03-05"),),
        checks=(Check("ratio_percent", "ok", Decimal("128.75"), Fraction(515, 4),
                      (pct[1:], ratio[1:]), "103/80 is 128.75%, as stated", rule="check.test"),),
    )


@pytest.fixture
def fake_extract(monkeypatch):
    monkeypatch.setattr(spacy_component, "extract", _fake_report)
    return _fake_report


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    return nlp


def _summary(doc: Doc) -> list[tuple]:
    return [(s.label_, s.start_char, s.end_char, s._.record) for s in doc.spans[KEY]]


# -- packaging ---------------------------------------------------------------------------

SUBPROCESS_CASES = [
    pytest.param(
        "import sys, thai_report_ie as t; r = t.extract('มีสมาชิก 1,549 ราย'); r.to_dicts(); r._repr_html_();"
        "assert 'spacy' not in sys.modules, 'core imported spacy'; print('ok')",
        id="core-never-imports-spacy",
    ),
    pytest.param(
        "import spacy, sys; nlp = spacy.blank('th'); nlp.add_pipe('thai_report_ie');"
        "doc = nlp('มีสมาชิก 1,549 ราย'); assert 'thai_report_ie' in doc.spans; print('ok')",
        id="entry-point-without-import",
    ),
]


@pytest.mark.parametrize("code", SUBPROCESS_CASES)
def test_in_a_fresh_interpreter(code):
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


OFFLINE = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network use refused by the test")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import spacy
nlp = spacy.blank("th")
nlp.add_pipe("thai_report_ie")
doc = nlp("รายงานว่ามีสมาชิกพรรคใหม่ 103/80 ราย")
assert len(doc) > 3, [t.text for t in doc]
print("ok")
"""


def test_thai_tokenizer_and_component_work_offline(tmp_path):
    env = {**os.environ, "PYTHAINLP_DATA_DIR": str(tmp_path / "pythainlp-data"), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", OFFLINE], capture_output=True, text=True, timeout=300,
                         cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# -- what the component writes ------------------------------------------------------------

def test_every_record_becomes_a_span_labelled_with_its_kind(nlp, fake_extract):
    doc = nlp(TEXT)
    report = _fake_report(TEXT)
    spans = doc.spans[KEY]
    assert len(spans) == len(report.records)
    assert [(s.label_, s._.record) for s in spans] == [(r.kind, r) for r in report.records]
    for span in spans:
        rec = span._.record
        assert span.start_char <= rec.start < rec.end <= span.end_char
        assert TEXT[rec.start:rec.end] == rec.text


def test_exact_numbers_survive(nlp, fake_extract):
    doc = nlp(TEXT)
    ratio = next(s._.record for s in doc.spans[KEY] if s.label_ == "ratio")
    assert ratio.stated_percent == Decimal("128.75") and isinstance(ratio.stated_percent, Decimal)
    assert ratio.computed_percent == Fraction(515, 4) and isinstance(ratio.computed_percent, Fraction)


def test_checks_on_the_doc(nlp, fake_extract):
    doc = nlp(TEXT)
    assert doc._.checks == _fake_report(TEXT).checks
    assert isinstance(doc._.checks[0].spans[0], tuple)


def test_a_doc_not_through_the_component_has_no_records(nlp):
    doc = nlp.make_doc(TEXT)
    assert doc._.checks == ()
    assert doc[0:2]._.record is None


def test_ents_are_the_non_overlapping_records(nlp, fake_extract):
    doc = nlp(TEXT)
    labels = [(e.label_, e.text) for e in doc.ents]
    # The ratio sits inside the quantity: the longer one wins the entity slot.
    assert ("quantity", "103/80 ราย") in labels
    assert all(label != "ratio" for label, _ in labels)
    assert {label for label, _ in labels} == {"organisation", "quantity", "percentage", "money", "date"}
    for a, b in zip(doc.ents, doc.ents[1:]):
        assert a.end <= b.start


def _with_existing_ent(doc: Doc) -> Doc:
    """A doc whose tokens "สมาชิก" .. "103" already hold an entity from an earlier component."""
    start = next(t.i for t in doc if t.text == "สมาชิก")
    end = next(t.i for t in doc if t.text == "103") + 1
    doc.ents = [Span(doc, start, end, label="EARLIER")]
    return doc


ENT_POLICY_CASES = [
    # config, EARLIER kept?, quantity in ents?
    pytest.param({}, True, False, id="default-keeps-existing"),
    pytest.param({"overwrite_ents": True}, False, True, id="overwrite"),
    pytest.param({"write_ents": False}, True, False, id="no-ents"),
]


@pytest.mark.parametrize("config,earlier_kept,quantity_in_ents", ENT_POLICY_CASES)
def test_existing_ents(config, earlier_kept, quantity_in_ents, fake_extract):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config=config)
    doc = nlp.get_pipe("thai_report_ie")(_with_existing_ent(nlp.make_doc(TEXT)))
    labels = [e.label_ for e in doc.ents]
    assert ("EARLIER" in labels) == earlier_kept
    assert ("quantity" in labels) == quantity_in_ents
    assert len(doc.spans[KEY]) == len(_fake_report(TEXT).records)  # spans are written regardless
    if config.get("write_ents") is False:
        assert labels == ["EARLIER"]


def test_custom_spans_key(fake_extract):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"spans_key": "facts"})
    doc = nlp(TEXT)
    assert KEY not in doc.spans
    assert len(doc.spans["facts"]) == len(_fake_report(TEXT).records)


# -- alignment with spaCy's tokens ----------------------------------------------------------

ALIGN_TEXT = "รายงานว่ามีสมาชิกพรรคใหม่ 103/80 ราย ณ ปี 2567"

ALIGN_CASES = [
    # record text (its first occurrence), the span text spaCy's tokens give it
    pytest.param("103/80 ราย", "103/80 ราย", id="on-token-boundaries"),
    pytest.param("80", "/80", id="start-inside-a-token"),
    pytest.param("103/8", "103/80", id="end-inside-a-token"),
    pytest.param("ชิกพร", "สมาชิกพรรค", id="both-ends-inside-thai-words"),
    pytest.param("ย", "ราย", id="one-character"),
    pytest.param(ALIGN_TEXT, ALIGN_TEXT, id="whole-text"),
]


@pytest.mark.parametrize("piece,expected", ALIGN_CASES)
def test_records_expand_to_token_boundaries(piece, expected, monkeypatch):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    text = ALIGN_TEXT
    nth = 1 if piece == "ย" else 0  # the "ย" of "ราย", not of "รายงาน"
    record = Quantity(*_at(text, piece, nth), value=1)
    monkeypatch.setattr(spacy_component, "extract", lambda t: Report(text=t, quantities=(record,)))
    doc = nlp(text)
    (span,) = doc.spans[KEY]
    assert span.text == expected
    assert span._.record == record  # the record keeps its own offsets
    assert [e.text for e in doc.ents] == [expected]


def test_two_records_on_the_same_tokens_keep_both_kinds(monkeypatch):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    q = Quantity(*_at(ALIGN_TEXT, "103"), value=103)
    r = Ratio(*_at(ALIGN_TEXT, "103/80"), numerator=103, denominator=80)
    p = Percentage(*_at(ALIGN_TEXT, "80"), value=80)  # expands onto "/80"
    monkeypatch.setattr(spacy_component, "extract",
                        lambda t: Report(text=t, quantities=(q,), ratios=(r,), percentages=(p,)))
    doc = nlp(ALIGN_TEXT)
    got = {(s.label_, s.text): s._.record for s in doc.spans[KEY]}
    assert got == {("quantity", "103"): q, ("ratio", "103/80"): r, ("percentage", "/80"): p}
    assert [e.text for e in doc.ents] == ["103/80"]


def test_an_unknown_kind_is_carried_generically(monkeypatch):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    widget = Widget(*_at(ALIGN_TEXT, "ราย", 1), colour="blue")

    class _Report(Report):
        @property
        def records(self):
            return [widget]

    monkeypatch.setattr(spacy_component, "extract", lambda t: _Report(text=t))
    doc = Doc(nlp.vocab).from_bytes(nlp(ALIGN_TEXT).to_bytes())
    (span,) = doc.spans[KEY]
    assert (span.label_, span._.record) == ("widget", widget)


# -- serialisation, multiprocessing, disk ---------------------------------------------------

def test_doc_bytes_and_docbin_round_trip(nlp, fake_extract):
    doc = nlp(TEXT)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _summary(again) == _summary(doc)
    assert again._.checks == doc._.checks
    bin_ = DocBin(store_user_data=True, docs=[doc])
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert _summary(back) == _summary(doc)
    assert [(e.label_, e.text) for e in back.ents] == [(e.label_, e.text) for e in doc.ents]


PIPE_TEXTS = [TEXT, "ไม่มีตัวเลข", "", SEED_TEXT[:3000], "มีผู้เข้าร่วมกว่า 1,000 คน คิดเป็นร้อยละ 50"]


def test_pipe_with_two_processes_matches_one_real():
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    one = [(_summary(d), d._.checks, [(e.label_, e.text) for e in d.ents]) for d in nlp.pipe(PIPE_TEXTS)]
    two = [(_summary(d), d._.checks, [(e.label_, e.text) for e in d.ents])
           for d in nlp.pipe(PIPE_TEXTS, n_process=2, batch_size=2)]
    assert two == one
    real = thai_report_ie.extract(TEXT)
    assert [(s[0], s[3]) for s in one[0][0]] == [(r.kind, r) for r in real.records]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched extractor only reaches workers that are forked")
def test_pipe_with_two_processes_carries_records_and_checks(nlp, fake_extract):
    docs = list(nlp.pipe([TEXT] * 4, n_process=2, batch_size=1))
    expected = _fake_report(TEXT)
    for doc in docs:
        assert [s._.record for s in doc.spans[KEY]] == list(expected.records)
        assert doc._.checks == expected.checks


def test_to_disk_and_spacy_load_keep_the_config(tmp_path, fake_extract):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"spans_key": "facts", "overwrite_ents": True})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["thai_report_ie"]
    assert loaded.config["components"]["thai_report_ie"] == {
        "factory": "thai_report_ie", "spans_key": "facts", "write_ents": True, "overwrite_ents": True,
        "lexicons": None, "acronym_records": False, "places_as_organisations": True, "organisation_model": False,
        "organisation_vetoes": False, "subject_model": False}
    doc, again = nlp(TEXT), loaded(TEXT)
    assert [(s.label_, s.text, s._.record) for s in again.spans["facts"]] == \
        [(s.label_, s.text, s._.record) for s in doc.spans["facts"]]


# -- displaCy ---------------------------------------------------------------------------------

def test_displacy_renders_the_span_group_and_ents(nlp, fake_extract):
    doc = nlp(TEXT)
    html = displacy.render(doc, style="span", options={"spans_key": KEY}, page=False, jupyter=False)
    for span in doc.spans[KEY]:
        assert span.label_.upper() in html or span.label_ in html
    for token in ("103", "ราย", "128.75", "กกต."):
        assert token in html
    ents = displacy.render(doc, style="ent", page=False, jupyter=False)
    for ent in doc.ents:
        assert ent.label_ in ents
        assert ent.text.split()[0] in ents


# -- extensions ---------------------------------------------------------------------------------

def test_a_foreign_extension_is_replaced_with_a_warning():
    Doc.set_extension("checks", default="someone else's", force=True)
    try:
        with pytest.warns(RuntimeWarning, match="_.checks"):
            spacy_component._register_extensions()
        assert Doc.get_extension("checks")[2] is spacy_component._doc_checks
    finally:
        spacy_component._register_extensions()


def test_registering_again_is_silent(recwarn):
    spacy_component._register_extensions()
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


# -- one bad document never stops a batch -------------------------------------------------
#
# After issue 9 no known text makes `extract` raise (the last real trigger, a lone surrogate,
# now reads as U+FFFD in the view), so a failure is made the way the other multiprocess test
# does it: `spacy_component.extract` is patched in the parent before `nlp.pipe` forks its
# workers, and a fork copies the patched module into them. Under "spawn"/"forkserver" the
# workers would import the unpatched module, so the test is skipped there.

BAD_MARK = "เอกสารที่ทำให้พัง"


def _extract_or_fail(text: str) -> Report:
    if BAD_MARK in text:
        raise RuntimeError("simulated failure inside extract")
    return thai_report_ie.extract(text)


BATCH = [f"เอกสารที่ {i}: มีผู้เข้าร่วม {i + 10} คน คิดเป็นร้อยละ {i}.5" for i in range(6)]
BATCH[3] = f"{BAD_MARK} 99 คน"


@pytest.fixture
def failing_extract(monkeypatch):
    monkeypatch.setattr(spacy_component, "extract", _extract_or_fail)


def _check_batch(docs: list[Doc]) -> None:
    assert [d.text for d in docs] == BATCH
    for i, doc in enumerate(docs):
        if i == 3:
            assert doc._.extract_error == "RuntimeError: simulated failure inside extract"
            assert list(doc.spans[KEY]) == [] and doc._.checks == () and not doc.ents
        else:
            assert doc._.extract_error is None
            assert [s._.record.value for s in doc.spans[KEY] if s.label_ == "quantity"] == [i + 10]


def test_a_failing_doc_warns_and_the_batch_goes_on(failing_extract):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    with pytest.warns(thai_report_ie.errors.ExtractFailedWarning, match="simulated failure"):
        docs = list(nlp.pipe(BATCH))
    _check_batch(docs)


def test_spacy_error_handler_protocol_is_honoured(failing_extract):
    nlp = spacy.blank("th")
    component = nlp.add_pipe("thai_report_ie")
    seen = []
    component.set_error_handler(lambda name, proc, docs, e: seen.append((name, [d.text for d in docs], str(e))))
    docs = list(nlp.pipe(BATCH))
    _check_batch(docs)
    assert seen == [("thai_report_ie", [BATCH[3]], "simulated failure inside extract")]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched extractor only reaches workers that are forked")
def test_pipe_with_two_processes_finishes_with_a_failing_doc_in_the_middle(failing_extract):
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie")
    docs = list(nlp.pipe(BATCH, n_process=2, batch_size=1))
    _check_batch(docs)



# decomposed vowels (nikhahit + sara aa, เเ for แ): extract() reads them composed, and its offsets are the doc's own,
# so every record's span is the record's own characters (branch sa21)
DECOMPOSED = ("ผู้ป่วยจ\u0e4d\u0e32นวน 5 ราย เเบ่งเป็นชาย 3 ราย หญิง 2 ราย และเรือ 4 ล\u0e4d\u0e32 "
              "ส\u0e4d\u0e32นักงานต\u0e4d\u0e32รวจแห่งชาติ")


def test_decomposed_vowels_give_spans_on_the_records_own_characters(nlp):
    doc = nlp(DECOMPOSED)
    got = [(s.label_, s.text, s._.record.text, s._.record.start, s.start_char) for s in doc.spans[KEY]]
    assert [(label, text) for label, text, *_ in got] == [
        ("quantity", "5 ราย"), ("quantity", "3 ราย"), ("quantity", "2 ราย"), ("quantity", "4 ล\u0e4d\u0e32"),
        ("organisation", "ส\u0e4d\u0e32นักงานต\u0e4d\u0e32รวจแห่งชาติ")]
    assert all(text == record_text and start == start_char for _, text, record_text, start, start_char in got)
    spans = list(doc.spans[KEY])
    assert [s._.record.unit for s in spans[:4]] == ["ราย", "ราย", "ราย", "ลำ"]
    assert spans[4]._.record.name == "สำนักงานตำรวจแห่งชาติ"
    assert [c.status for c in doc._.checks] == ["ok"]
