"""The organisation model stacked on the rules, the organisation conventions as options of
`extract` and of the spaCy component, the known false alarms, and the linear acronym pass."""
from __future__ import annotations

import json
import pathlib
import random
import sys

import pytest

import thai_report_ie
from thai_report_ie import orgmodel
from thai_report_ie.document import Document
from thai_report_ie.extractors import organisations as orgs
from thai_report_ie.extractors.organisations import extract_organisations

REPO = pathlib.Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
MODEL = REPO / "thai_report_ie" / "data" / orgmodel.MODEL_FILE


# -- the model file ---------------------------------------------------------------------------

def test_model_ships_in_the_package_and_is_small():
    assert MODEL.exists()
    assert MODEL.stat().st_size <= 10 * 1024 * 1024
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "data/*.crfsuite" in pyproject and "python-crfsuite" in pyproject


def test_model_is_loaded_once_per_process():
    assert orgmodel.model_available()
    assert orgmodel._tagger() is orgmodel._tagger()


# -- known false alarms: never an organisation, with or without the model -----------------------

NOT_ORGANISATIONS = [
    ("million-baht", "โครงการนี้ใช้งบประมาณ 25 ลบ. ในปีนี้", "ลบ."),
    ("million-baht-glued", "กำไรสุทธิ 1,250ลบ. เพิ่มขึ้นจากปีก่อน", "ลบ."),
    ("head-then-verb", "กระทรวงยืนยันว่าจะเร่งดำเนินการให้แล้วเสร็จ", "กระทรวง"),
    ("head-then-common-word", "บริษัทเอกชนหลายแห่งเข้าร่วมโครงการ", "บริษัท"),
    ("academic-title", "โดย ผศ.ดร.สมชาย ใจดี อาจารย์ประจำคณะ กล่าวว่า", "ผศ."),
    ("police-rank", "พล.ต.อ.สมชาย ใจดี เดินทางมาตรวจเยี่ยม", "พล.ต.อ."),
    ("medical-title", "นพ.สมศักดิ์ รักษาดี เปิดเผยว่า", "นพ."),
    ("person-after-title", "นางสลินี มั่นคง กล่าวว่าตนได้รับแจ้ง", "สลินี"),
    ("disease-acronym", "กลุ่มผู้ป่วยโรคไม่ติดต่อเรื้อรัง (NCD) ได้รับการดูแล", "NCD"),
    ("project", "ความคืบหน้าโครงการรถไฟความเร็วสูงไทย–จีน ระยะที่ 1", "โครงการ"),
]


@pytest.mark.parametrize("model", [True, False], ids=["stacked", "rules"])
@pytest.mark.parametrize("case_id, text, absent", NOT_ORGANISATIONS, ids=[c[0] for c in NOT_ORGANISATIONS])
def test_known_false_alarms(case_id, text, absent, model):
    records = extract_organisations(Document(text), model=model)
    assert not any(absent in r.text for r in records), [(r.text, r.rule) for r in records]


# -- rules still decide what they know ------------------------------------------------------

RULES_KEEP = [
    # a body the known list lacks (o22 made สำนักงานคณะกรรมการพัฒนาระบบราชการ, this case's body before, a known one)
    ("acronym-defined", "สำนักงานคณะกรรมการพัฒนาระบบบริการประชาชน (กพป.) แจ้งว่า กพป. จะจัดประชุม",
     [("สำนักงานคณะกรรมการพัฒนาระบบบริการประชาชน", "กพป.", "org.head_acronym"), ("กพป.", "กพป.", "org.acronym_use")]),
    ("acronym-defined-known", "สำนักงานคณะกรรมการพัฒนาระบบราชการ (กพร.) แจ้งว่า กพร. จะจัดประชุม",
     [("สำนักงานคณะกรรมการพัฒนาระบบราชการ", "กพร.", "org.known"), ("กพร.", "กพร.", "org.acronym_use")]),
    ("known-body", "กระทรวงสาธารณสุขร่วมกับกรมควบคุมโรคแถลงข่าว",
     [("กระทรวงสาธารณสุข", None, "org.known"), ("กรมควบคุมโรค", None, "org.known")]),
    ("known-acronym", "ผู้แทนจาก UNICEF และ สวทช. เข้าร่วมประชุม",
     [("UNICEF", "UNICEF", "org.known_acronym"), ("สวทช.", "สวทช.", "org.known_acronym")]),
]


@pytest.mark.parametrize("case_id, text, want", RULES_KEEP, ids=[c[0] for c in RULES_KEEP])
def test_rules_decide_what_they_know(case_id, text, want):
    stacked = extract_organisations(Document(text))
    rules = extract_organisations(Document(text), model=False)
    assert [(r.text, r.acronym, r.rule) for r in stacked] == want
    assert stacked == rules


NO_STRETCH = [
    ("and", "ที่ประชุมคณะกรรมการพรรคและเซลล์พรรคทุกระดับได้หารือกัน", "และ"),
    ("verb", "คณะกรรมการพรรคกล่าวว่าจะเร่งดำเนินการ", "กล่าว"),
]


@pytest.mark.parametrize("case_id, text, word", NO_STRETCH, ids=[c[0] for c in NO_STRETCH])
def test_model_does_not_stretch_a_record_over_a_stop_word(case_id, text, word):
    for r in extract_organisations(Document(text)):
        assert word not in r.text, (r.text, r.rule)


# a model span begun inside an abbreviated position starts after it (the segmenter cut "ผบ|ก.")
PAST_POSITION = [
    ("commander", "รักษาราชการแทน ผบก.ภ.จว.ชลบุรี พร้อมด้วยคณะ", "ก.ภ.จว.ชลบุรี", "ภ.จว.ชลบุรี"),
    ("deputy-chief", "พ.ต.ท.สมหมาย ดีเลิศ รอง ผกก.สภ.บางพลี กล่าวว่า", "กก.สภ.บางพลี", "สภ.บางพลี"),
    ("not-a-position", "ทางกรมทางหลวงแจ้งว่า", "ทางหลวง", "ทางหลวง"),
    ("position-alone", "โดยมี ผกก. เป็นประธาน", "ก.", "ก."),
]


@pytest.mark.parametrize("case_id, text, model_span, start_at", PAST_POSITION, ids=[c[0] for c in PAST_POSITION])
def test_model_span_starts_past_a_position(case_id, text, model_span, start_at):
    scan = orgs._Scan(Document(text))
    s = text.index(model_span)
    assert text[scan.past_position(s):s + len(model_span)] == start_at


def test_parent_survives_the_model():
    text = "สำนักงานสาธารณสุขจังหวัดเชียงใหม่ สังกัด กระทรวงสาธารณสุข ออกประกาศ"
    by_text = {r.text: r for r in extract_organisations(Document(text))}
    assert by_text["สำนักงานสาธารณสุขจังหวัดเชียงใหม่"].parent == "กระทรวงสาธารณสุข"


MODEL_ADDS = [
    ("network", "เครือข่ายเกษตรกรรมทางเลือกภาคอีสาน จัดงานสัมมนา", "เครือข่ายเกษตรกรรมทางเลือกภาคอีสาน"),
]


@pytest.mark.parametrize("case_id, text, body", MODEL_ADDS, ids=[c[0] for c in MODEL_ADDS])
def test_model_adds_a_body_the_rules_miss(case_id, text, body):
    assert body not in [r.text for r in extract_organisations(Document(text), model=False)]
    got = [r for r in extract_organisations(Document(text)) if r.text == body]
    assert [(r.rule, r.name, text[r.start:r.end]) for r in got] == [("org.model", body, body)]


def test_model_spans_are_offset_true_and_one_per_mention():
    text = ("เครือข่ายผู้ติดเชื้อเอชไอวีแห่งประเทศไทย จับมือกับ สถานีพัฒนาที่ดินน่าน และ "
            "ทีมกู้ภัยสว่างแดนดิน ลงพื้นที่ช่วยเหลือผู้ประสบภัย ร่วมกับ Green Peace")
    records = extract_organisations(Document(text))
    for r in records:
        assert text[r.start:r.end] == r.text
    spans = sorted((r.start, r.end) for r in records)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans


def test_model_false_is_the_rules_alone():
    text = "สถานีพัฒนาที่ดินน่าน จับมือ เครือข่ายผู้ใช้ยาแห่งประเทศไทย จัดงาน"
    rules = extract_organisations(Document(text), model=False)
    assert not any(r.rule.startswith("org.model") for r in rules)
    assert thai_report_ie.extract(text, organisation_model=False).organisations == tuple(rules)


# -- conventions as options --------------------------------------------------------------------

DEFINITION = "สำนักงานคณะกรรมการพัฒนาระบบราชการ (กพร.) แจ้งว่า กพร. จะจัดประชุม"
INITIALS = "เจ้าหน้าที่ตำรวจตระเวนชายแดน (ตชด.) ลาดตระเวนพื้นที่"


@pytest.mark.parametrize("text, acronym", [(DEFINITION, "กพร."), (INITIALS, "ตชด.")])
def test_acronym_records_gives_the_acronym_at_its_definition_a_record(text, acronym):
    default = thai_report_ie.extract(text).organisations
    both = thai_report_ie.extract(text, acronym_records=True).organisations
    assert not any(r.rule == "org.acronym_definition" for r in default)
    defs = [r for r in both if r.rule == "org.acronym_definition"]
    assert [(d.text, d.acronym) for d in defs] == [(acronym, acronym)]
    d = defs[0]
    assert text[d.start - 1:d.end + 1] == f"({acronym})"
    full = [r for r in both if r.acronym == acronym and r.end <= d.start]
    assert full and d.name == full[0].name


PLACES = [
    ("hospital-after-thi", "ผู้ป่วยเข้ารับการรักษาที่โรงพยาบาลศิริราช", "โรงพยาบาลศิริราช", False),
    ("abbreviated-hospital", "นำส่งผู้บาดเจ็บที่ รพ.ศิริราช ทันที", "รพ.ศิริราช", False),
    ("university-after-na", "จัดการประชุม ณ มหาวิทยาลัยเชียงใหม่", "มหาวิทยาลัยเชียงใหม่", False),
    ("hospital-as-actor", "โรงพยาบาลศิริราชแถลงอาการของผู้ป่วย", "โรงพยาบาลศิริราช", True),
    ("ministry-after-thi", "หนังสือที่กระทรวงสาธารณสุขส่งมา", "กระทรวงสาธารณสุข", True),
    # o20: a station right after an officer's role names where the officer serves (ThaiNER: a place)
    ("o20-station-after-investigator", "ควบคุมตัวผู้ต้องหาส่งพนักงานสอบสวน สภ.เมืองลำพูน ดำเนินคดีต่อไป",
     "สภ.เมืองลำพูน", False),
    ("o20-station-after-police-glued", "เจ้าหน้าที่ตำรวจสน.ห้วยขวางเข้าตรวจค้นอาคารดังกล่าว", "สน.ห้วยขวาง", False),
    ("o20-station-after-rank-in-brackets", "พ.ต.ท.สมชาย ใจดี พนักงานสอบสวน (สบ2) สน.พญาไท รับแจ้งเหตุ",
     "สน.พญาไท", False),
    ("o20-station-after-deputy-inspector", "ร.ต.อ.สมศักดิ์ รักดี รอง สว.สอบสวน สภ.บ้านโป่ง รับแจ้งเหตุ",
     "สภ.บ้านโป่ง", False),
    ("o20-station-after-superintendent", "พ.ต.อ.วิชัย มั่นคง ผกก.สภ.บ้านโป่ง เปิดเผยว่า", "สภ.บ้านโป่ง", True),
    ("o20-station-as-actor", "สภ.เมืองลำพูน ร่วมกับเทศบาลจัดกิจกรรมพบประชาชน", "สภ.เมืองลำพูน", True),
    ("o20-division-after-police", "เจ้าหน้าที่ตำรวจกองบังคับการปราบปรามเข้าตรวจค้น", "กองบังคับการปราบปราม", True),
    ("o20-long-bracket-not-a-rank", "พนักงานสอบสวน (ตามคำสั่งแต่งตั้งของผู้บังคับบัญชา) สภ.เมืองลำพูน ได้รับแจ้ง",
     "สภ.เมืองลำพูน", True),
]


@pytest.mark.parametrize("case_id, text, body, kept", PLACES, ids=[c[0] for c in PLACES])
def test_places_as_organisations(case_id, text, body, kept):
    assert body in [r.text for r in thai_report_ie.extract(text).organisations]
    without = [r.text for r in thai_report_ie.extract(text, places_as_organisations=False).organisations]
    assert (body in without) == kept


def test_spacy_config_takes_the_options():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("th")
    nlp.add_pipe("thai_report_ie", config={"acronym_records": True, "places_as_organisations": False})
    doc = nlp(DEFINITION + " ผู้ป่วยเข้ารับการรักษาที่โรงพยาบาลศิริราช")
    rules = [s._.record.rule for s in doc.spans["thai_report_ie"] if s.label_ == "organisation"]
    assert "org.acronym_definition" in rules
    assert "โรงพยาบาลศิริราช" not in [s.text for s in doc.spans["thai_report_ie"]]
    plain = spacy.blank("th")
    plain.add_pipe("thai_report_ie")
    plain_doc = plain(DEFINITION)
    assert "org.acronym_definition" not in [s._.record.rule for s in plain_doc.spans["thai_report_ie"]]



def test_spacy_config_refuses_vetoes_without_the_model():
    spacy = pytest.importorskip("spacy")
    with pytest.raises(thai_report_ie.errors.OptionError) as caught:
        spacy.blank("th").add_pipe("thai_report_ie", config={"organisation_vetoes": True})
    assert "organisation_model=True" in str(caught.value)

# -- add_initials is linear: the span index answers what the pairwise scan did --------------------

def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(0, 60)
        out.append((s, s + rng.randrange(1, 12)))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_cover_agrees_with_the_pairwise_tests(seed):
    rng = random.Random(seed)
    spans = _spans(rng, rng.randrange(0, 8))
    cover = orgs._Cover(spans)
    for pos in range(-1, 75):
        assert cover.holds(pos) == any(s <= pos < e for s, e in spans)
        assert cover.reaches(pos) == any(s < pos <= e for s, e in spans)
        for end in (pos + 1, pos + 5):
            assert cover.overlaps(pos, end) == any(s < end and pos < e for s, e in spans)


def test_many_acronyms_keep_their_records():
    unit = "อาสาสมัครพิทักษ์ป่า (อสพ.) ร่วมกับ อสพ. ลาดตระเวน ที่สถานที่ราชการ (กขค.) "
    records = extract_organisations(Document(unit * 200), model=False)
    assert sum(r.text == "อาสาสมัครพิทักษ์ป่า" and r.acronym == "อสพ." for r in records) == 200
    assert sum(r.text == "อสพ." for r in records) == 200
    assert len(records) == 400


# -- the fixed split (needs ../shared) -------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "data" / "thainer_1_5" / "dev.jsonl").exists(), reason="no ../shared data")
def test_split_is_fixed_and_disjoint():
    sys.path.insert(0, str(REPO))
    from training import orgdata

    train = {r["id"] for r in orgdata.thainer("train")}
    held = {r["id"] for r in orgdata.thainer("heldout")}
    assert train and held and not train & held
    rows = [json.loads(line) for line in orgdata.THAINER.open(encoding="utf-8")]
    official_test = {r["id"] for r in rows if (r.get("meta") or {}).get("official_split_1_5") == "test"}
    assert not train & official_test


# -- the decoder in Python agrees with crfsuite's tagger ----------------------------------------

DECODER_TEXTS = [
    ("press-release", "นายกรัฐมนตรีมอบหมายให้กระทรวงสาธารณสุข (สธ.) และกรมควบคุมโรค เร่งจัดหาวัคซีน\n"
                      "โดยสำนักงานหลักประกันสุขภาพแห่งชาติจะสนับสนุนงบประมาณ 120 ล้านบาท"),
    ("crime-report", "เจ้าหน้าที่ตำรวจ สภ.เมืองเชียงใหม่ ร่วมกับ ตชด.33 จับกุมผู้ต้องหา 2 ราย พร้อมยาบ้า 4,000 เม็ด"),
    ("latin-names", "ทีมงานจากบริษัท ไทยเบฟ จำกัด ร่วมกับ Green Peace และ WHO ลงพื้นที่สำรวจ"),
    ("no-head-word", "เครือข่ายเกษตรกรรมทางเลือกภาคอีสาน จัดงานสัมมนาร่วมกับสมาคมผู้บริโภคสงขลา"),
    ("spaces-and-lines", "  ศาลอาญา   มีคำสั่ง \n\n  ให้ประกันตัว  ผู้ต้องหา  "),
    ("long-line", "คณะกรรมการพรรคประจำจังหวัด " * 80),
]


def _crfsuite_labels(text: str) -> list[list[str]]:
    doc = Document(text)
    toks, view = doc.tokens, doc.view
    tags = orgmodel.rule_tags(toks, orgs.rule_spans(doc))
    tagger, known = orgmodel._TAGGER[0], orgmodel._TAGGER[2]
    out = []
    for index in orgmodel.sequences(view, toks):
        seq = [toks[i] for i in index]
        feats = orgmodel._features(view, seq, orgmodel._word_parts(view, seq, known), [tags[i] for i in index])
        out.append(tagger.tag(feats))
    return out


@pytest.mark.parametrize("case_id, text", DECODER_TEXTS, ids=[c[0] for c in DECODER_TEXTS])
def test_python_decoder_gives_crfsuites_labels_and_marginals(case_id, text):
    assert orgmodel.model_available()
    doc = Document(text)
    view, toks = doc.view, doc.tokens
    words, bounds = orgmodel._bounds(view, toks)
    seq = [toks[i] for i in words]
    tags = orgmodel.rule_tags(seq, orgs.rule_spans(doc))
    em = orgmodel._emissions(view, seq, tags, bounds)
    labels = orgmodel._viterbi(em, orgmodel._weights()["trans"], bounds)
    want = _crfsuite_labels(text)
    assert [labels[lo:hi] for lo, hi in bounds] == want
    tagger, known = orgmodel._TAGGER[0], orgmodel._TAGGER[2]
    for lo, hi in bounds:
        part = seq[lo:hi]
        tagger.set(orgmodel._features(view, part, orgmodel._word_parts(view, part, known), tags[lo:hi]))
        mine = orgmodel._inside(em, lo, hi)
        assert mine == pytest.approx([1.0 - tagger.marginal("O", j) for j in range(hi - lo)], abs=1e-5)


# -- model_vetoes (ThaiNER's convention): off by default, drops only the rules' guesses -------------

VETOES = [
    # text, dropped with vetoes (a generic committee, a hospital named as a place), kept
    ("committee", "สมาชิกคณะกรรมการถาวร หัวหน้าคณะทำงาน ได้ประชุมร่วมกัน", ["คณะกรรมการถาวร"], []),
    ("hospital-as-place", "ผู้ป่วยถูกส่งตัวไปยังโรงพยาบาลผู้สูงอายุบางขุนเทียน", ["โรงพยาบาลผู้สูงอายุ"], []),
    ("police-station", "เจ้าหน้าที่ตำรวจ สภ.เมืองเชียงใหม่ จับกุมผู้ต้องหาพร้อมของกลาง", [], ["สภ.เมืองเชียงใหม่"]),
    ("company", "ทีมงานจากบริษัท ไทยเบฟ จำกัด ร่วมกับ Green Peace ลงพื้นที่", [], ["บริษัท ไทยเบฟ จำกัด"]),
    ("known-and-acronym", "สำนักงานคณะกรรมการพัฒนาระบบราชการ (กพร.) แจ้งว่า กพร. และกระทรวงสาธารณสุขจะจัดประชุม", [],
     ["สำนักงานคณะกรรมการพัฒนาระบบราชการ", "กพร.", "กระทรวงสาธารณสุข"]),
]


@pytest.mark.parametrize("case_id, text, dropped, kept", VETOES, ids=[c[0] for c in VETOES])
def test_model_vetoes(case_id, text, dropped, kept):
    doc = Document(text)
    stacked = extract_organisations(doc)
    vetoed = extract_organisations(doc, model_vetoes=True)
    assert [r.text for r in stacked if r.text in dropped] == dropped  # found without the vetoes
    assert not any(r.text in dropped for r in vetoed)
    assert all(any(r.text == k for r in vetoed) for k in kept)
    gone = [r for r in stacked if r not in vetoed]
    assert all(r.rule in orgs.MODEL_VETOES and r.acronym is None for r in gone)
    assert thai_report_ie.extract(text).organisations == tuple(extract_organisations(doc, model=False))
    assert thai_report_ie.extract(text, organisation_model=True, organisation_vetoes=True).organisations == tuple(vetoed)


BAD_OPTIONS = [  # options extract() refuses, with the option its error names
    ({"organisation_vetoes": True}, "organisation_vetoes"),  # the vetoes are the model's
    ({"organisation_model": "yes"}, "organisation_model"),
    ({"organisation_model": True, "organisation_vetoes": 1}, "organisation_vetoes"),
    ({"acronym_records": None}, "acronym_records"),
    ({"places_as_organisations": "False"}, "places_as_organisations"),
]


@pytest.mark.parametrize("options, named", BAD_OPTIONS, ids=[b[1] + str(i) for i, b in enumerate(BAD_OPTIONS)])
def test_extract_refuses_bad_organisation_options(options, named):
    with pytest.raises(thai_report_ie.errors.OptionError, match=named) as caught:
        thai_report_ie.extract("คณะกรรมการถาวร ได้ประชุมร่วมกัน", **options)
    assert isinstance(caught.value, ValueError) and caught.value.option == named


@pytest.mark.parametrize("case_id, text, absent", NOT_ORGANISATIONS, ids=[c[0] for c in NOT_ORGANISATIONS])
def test_known_false_alarms_with_vetoes(case_id, text, absent):
    records = extract_organisations(Document(text), model_vetoes=True, acronym_records=True)
    assert not any(absent in r.text for r in records), [(r.text, r.rule) for r in records]


def test_long_text_in_pieces_keeps_the_organisation_options(monkeypatch):
    import importlib

    extract_module = importlib.import_module("thai_report_ie.extract")
    monkeypatch.setattr(extract_module, "PIECE_CHARS", 300)
    text = "สำนักงานคณะกรรมการพัฒนาระบบราชการ (กพร.) จัดอบรมเจ้าหน้าที่\n" * 12
    assert len(text) > 300
    default = thai_report_ie.extract(text).organisations
    both = thai_report_ie.extract(text, acronym_records=True).organisations
    assert sum(r.rule == "org.acronym_definition" for r in both) == 12
    assert not any(r.rule == "org.acronym_definition" for r in default)
    assert all(text[r.start:r.end] == r.text for r in both)


# -- the crime-news proxy's keyword rule (benchmarks/eval_organisations.py --crime) ----------------

CRIME_LINES = [
    ("police", "เจ้าหน้าที่ตำรวจ สภ.เมืองลำปาง ออกตรวจพื้นที่", True),
    ("arrest", "เจ้าหน้าที่จับกุมผู้ต้องหาได้ 3 ราย", True),
    ("court-case", "ศาลนัดพิจารณาคดีในเดือนหน้า", True),
    ("health", "กระทรวงสาธารณสุขรณรงค์ฉีดวัคซีนในโรงเรียน", False),
    ("sport", "ทีมชาติไทยเอาชนะคู่แข่ง 2-0", False),
]


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="no ../shared tools")
@pytest.mark.parametrize("case_id, text, crime", CRIME_LINES, ids=[c[0] for c in CRIME_LINES])
def test_crime_proxy_keyword_rule(case_id, text, crime):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_organisations

    assert eval_organisations.is_crime(text) is crime


EXTREME_SCORES = [  # (B scores, I scores) less O's, far beyond what exp() holds
    ([800.0, -5.0, 0.0], [-800.0, 2.0, 0.0]),
    ([-900.0, -900.0], [-900.0, -900.0]),
    ([1e4], [1e4]),
    ([0.0] * 5, [750.0] * 5),
]


@pytest.mark.parametrize("bb, ii", EXTREME_SCORES)
def test_marginals_stay_probabilities_on_extreme_scores(bb, ii):
    if not orgmodel.model_available():
        pytest.skip("no organisation model")
    got = orgmodel._inside((bb, ii), 0, len(bb))
    assert len(got) == len(bb) and all(0.0 <= p <= 1.0 for p in got), got  # never nan or inf
    for b, i, p in zip(bb, ii, got):
        if max(b, i) >= 700:
            assert p == pytest.approx(1.0)  # a score that large is inside a name
        if max(b, i) <= -700:
            assert p == pytest.approx(0.0)


# -- decoding only where a name can be: the same labels as full Viterbi ------------------------

def _pruned_labels(em, trans, bounds) -> list[str]:
    labels = ["O"] * len(em[0])
    for a, part in orgmodel._viterbi_pruned(em, trans, bounds):
        labels[a:a + len(part)] = part
    return labels


@pytest.mark.parametrize("case_id, text", DECODER_TEXTS, ids=[c[0] for c in DECODER_TEXTS])
def test_pruned_viterbi_gives_full_viterbis_labels(case_id, text):
    assert orgmodel.model_available()
    doc = Document(text)
    words, bounds = orgmodel._bounds(doc.view, doc.tokens)
    seq = [doc.tokens[i] for i in words]
    em = orgmodel._emissions(doc.view, seq, orgmodel.rule_tags(seq, orgs.rule_spans(doc)), bounds)
    trans = orgmodel._weights()["trans"]
    assert _pruned_labels(em, trans, bounds) == orgmodel._viterbi(em, trans, bounds)


# (seed, tokens, sequence length, score shift): scores mostly against a name (as in reports), even,
# and mostly for one; transitions the model's and random ones
PRUNE_CASES = [(seed, n, cut, shift) for seed, (n, cut, shift) in enumerate(
    [(50, 50, -6.0), (300, 40, -8.0), (300, 7, -3.0), (200, 200, 0.0), (120, 13, 3.0), (1, 1, -1.0), (2, 1, 0.5)])]


@pytest.mark.parametrize("seed, n, cut, shift", PRUNE_CASES)
def test_pruned_viterbi_on_random_scores(seed, n, cut, shift):
    rng = random.Random(seed)
    bounds = [(lo, min(n, lo + cut)) for lo in range(0, n, cut)]
    for trans in (orgmodel._weights()["trans"], tuple(rng.uniform(-5, 5) for _ in range(9))):
        for _ in range(20):
            em = ([rng.gauss(shift, 4.0) for _ in range(n)], [rng.gauss(shift, 4.0) for _ in range(n)])
            assert _pruned_labels(em, trans, bounds) == orgmodel._viterbi(em, trans, bounds)
