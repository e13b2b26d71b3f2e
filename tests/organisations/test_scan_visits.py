"""The organisation scan looks only at the tokens its automaton (pyahocorasick) points to: the same
records as walking every token, on texts dense in what lets a token through (start keys, glued
heads, known names after a position, abbreviations, acronyms defined and used later)."""
from __future__ import annotations

import random

import pytest

from thai_report_ie.document import Document
from thai_report_ie.extractors import organisations as orgs

TEXTS = [
    "กระทรวงสาธารณสุขร่วมกับสำนักงานคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.) จัดประชุม ก.พ.ร. ครั้งที่ 2",
    "รมว.สาธารณสุข ลงพื้นที่โรงพยาบาลศิริราช พร้อมด้วยปลัดกระทรวงวัฒนธรรม และ สธ.",
    "หัวหน้าพรรคชาติไทยกล่าวว่า ผู้บัญชาการทหารบกและ ตชด.32 ร่วมกับ สภ.เมือง รพ.ศิริราช ม.พะเยา",
    "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ หรือ ETDA แถลงว่า ETDA และ BOI จะร่วมมือกัน",
    "บริษัท ไทยออยล์ จำกัด (มหาชน) แจ้ง “สพต.” ว่า กม.ธ. และ มี.ค. ตร.ม. ไม่ใช่หน่วยงาน",
    "คณะกรรมการการเลือกตั้ง (กกต.) ชี้แจง กกต.ได้ส่งหนังสือถึง กกต. จังหวัด",
    # more acronyms than uses() looks for by str.find: the later ones go through the index of token texts
    " ".join(f"สำนักงานทดสอบที่{i} (ABC{chr(0x41 + i // 26)}{chr(0x41 + i % 26)}) แจ้งว่า ABC{chr(0x41 + i // 26)}{chr(0x41 + i % 26)} พร้อม" for i in range(70))
    + " " + " ".join(f"ABC{chr(0x41 + i // 26)}{chr(0x41 + i % 26)}" for i in range(70)),
    "",
    "...... ก.. .ก ฯ (ศบศ.) ศบศ. ศบศ",
]


def _records(text: str) -> list[tuple]:
    return [(o.start, o.end, o.name, o.acronym, o.parent, o.rule)
            for o in orgs.extract_organisations(Document(text), model=False)]


def _random_text(rng: random.Random) -> str:
    pieces = ["กระทรวง", "กรม", "สำนักงาน", "คณะกรรมการ", "โรงพยาบาล", "พรรค", "ก.พ.ร.", "(ก.พ.ร.)", " ",
              "ETDA", "(ETDA)", "หรือ", "ของ", "ได้", "จัด", "ประชุม", "สธ.", "รมว.", ".", "๑", "12", "ฯ",
              "หัวหน้า", "ผู้บัญชาการ", "ทหารบก", "จำกัด", "บริษัท", "\n", "“", "”", "มหาดไทย"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))


@pytest.mark.parametrize("text", TEXTS + [_random_text(random.Random(seed)) for seed in range(40)])
def test_visiting_the_automaton_tokens_finds_what_walking_every_token_finds(text, monkeypatch):
    driven = _records(text)
    monkeypatch.setattr(orgs, "_ahocorasick", None)
    assert driven == _records(text)


@pytest.mark.parametrize("text", TEXTS[:7])
def test_uses_by_find_and_by_the_index_agree(text, monkeypatch):
    scan = orgs._Scan(Document(text))
    words = {scan.word(i) for i in range(len(scan.toks))}
    for after in (0, 3):
        by_find = orgs._Scan(Document(text))
        by_sort = orgs._Scan(Document(text))
        by_sort._uses_found = orgs._USES_BY_FIND
        for w in sorted(words):
            by_find._uses_found = 0  # each word looked for by str.find
            if len(by_find.toks) > after:
                assert by_find.uses(w, after) == by_sort.uses(w, after), w


def test_a_users_lexicon_has_an_automaton_of_its_own(monkeypatch):
    from thai_report_ie.lexicon import activate
    from thai_report_ie.user_lexicon import build_lexicons

    text = "วิสาหกิจชุมชนบ้านหนองบัวพัฒนา (วชบ.) ร่วมกับ วชบ. และสำนักงานเกษตรอำเภอ"
    lexicons = build_lexicons(organisations={"วิสาหกิจชุมชนบ้านหนองบัวพัฒนา": "วชบ."})
    with activate(lexicons):
        driven = _records(text)
        monkeypatch.setattr(orgs, "_ahocorasick", None)
        walked = _records(text)
    assert driven == walked
    assert any(r[1] - r[0] == len("วิสาหกิจชุมชนบ้านหนองบัวพัฒนา") for r in driven), driven


# a known name written in a sentence, after a word that shares its first characters or not
FORM_CONTEXTS = ["{} แถลงข่าว", "ผู้แทน{}กล่าวว่า", "{}และ{}", "ที่{} ", "{}"]


@pytest.mark.parametrize("context", FORM_CONTEXTS)
def test_crowded_keys_find_what_the_whole_bucket_finds(context):
    """`_Words.deep` (the crowded first-four keys split by the first eight) gives `form_at` the
    same longest known form as trying every word of the key, longest first."""
    lex = orgs._lexicon()
    crowded = [f for k, (_, _) in lex.forms_by_char.deep.items() for f in lex.forms_by_char.long[k]]
    assert len(crowded) > 50
    for form in crowded:
        text = context.format(form, form)
        scan = orgs._Scan(Document(text))
        for t in scan.toks:
            want = next((f for f in lex.forms_by_char.long.get(text[t.start:t.start + 4], ())
                         if text.startswith(f, t.start) and scan.form_ends(t.start, f)), None)
            if want is not None:
                assert scan.form_at(t.start) == want, (text, t.start)
