"""Tokenisation: protected expressions stay whole, and tokens join back to the text exactly."""
import pytest

from thai_report_ie import tokenize

WHOLE = [
    ("ratio", "รับสมาชิกพรรคใหม่ได้ 103/80 ราย", "103/80"),
    ("percent", "เกินเป้าหมายที่ตั้งไว้ 28.75% จัดตั้ง", "28.75%"),
    ("thousands", "มีสมาชิกพรรคการเมือง 1,549 ราย", "1,549"),
    ("thai-digits", "มีสมาชิก ๑,๕๔๙ ราย", "๑,๕๔๙"),
    ("date", "ประชุมเมื่อ 27/02/2567 ที่ศาลากลาง", "27/02/2567"),
    ("range", "ผู้เข้าร่วม 10-20 คน", "10-20"),
    ("latin-acronym", "ในวิสาหกิจที่ไม่ใช่ของรัฐ (NSOs) ของจังหวัด", "(NSOs)"),
    ("thai-acronym", "ศูนย์บริหารสถานการณ์เศรษฐกิจ (ศบศ.) ประชุม", "(ศบศ.)"),
    ("thai-acronym-dots", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.) ให้", "(ธ.ก.ส.)"),
    ("decimal", "ขยายตัวร้อยละ 3.5 ในปีนี้", "3.5"),
]


@pytest.mark.parametrize("case,text,expected", WHOLE, ids=[c[0] for c in WHOLE])
def test_expression_is_one_token(case, text, expected):
    tokens = tokenize(text)
    assert expected in [t.text for t in tokens]
    for t in tokens:
        assert text[t.start:t.end] == t.text


JOIN = [
    "BTO- บ่ายวันที่ 27 กุมภาพันธ์ คณะกรรมการกำกับดูแล (NSOs)\nบรรทัดใหม่\t\tแท็บ",
    "ข้อความ\u200bมี\u200bช่องว่างความกว้างศูนย์ และ\u00a0NBSP",
    "Mixed English text, 1,234.5 units; and ไทย",
    "",
    "การ" * 5000,
    "1" * 100_000,
    "(" * 1000 + ")" * 1000,
]


@pytest.mark.parametrize("text", JOIN, ids=range(len(JOIN)))
def test_tokens_join_back_to_text(text):
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:]))


def test_number_words_are_not_split_out_of_words():
    texts = [t.text for t in tokenize("เขาสามารถเข้าร่วมพันธมิตรได้")]
    assert "สามารถ" in texts and "พันธมิตร" in texts


@pytest.mark.parametrize("bad", [None, 12, b"bytes", ["list"]])
def test_non_str_raises_type_error_naming_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        tokenize(bad)


# data/segment_words.tsv: words pythainlp's list lacks, which the segmenter otherwise cuts so that a
# neighbour takes some of their letters (sentences written for these tests)
SEGMENT_WORDS = [
    ("vaccine", "บุคลากรที่ได้รับวัคซีนซิโนแวคครบ 2 เข็ม", "ซิโนแวค", "โนแวค"),
    ("medicine", "กระจายยาฟาวิพิราเวียร์ให้โรงพยาบาล 2 ล้านเม็ด", "ฟาวิพิราเวียร์", None),
    ("at-least", "เศรษฐกิจจะขยายตัวอย่างน้อยร้อยละ 3", "อย่างน้อย", "ตัวอย่าง"),
    ("trail", "การแข่งขันวิ่งเทรลระยะทาง 21 กิโลเมตร", "เทรล", "รล"),
]


@pytest.mark.parametrize("case,text,word,not_token", SEGMENT_WORDS, ids=[c[0] for c in SEGMENT_WORDS])
def test_segment_words_stay_whole(case, text, word, not_token):
    texts = [t.text for t in tokenize(text)]
    assert word in texts
    assert not_token is None or not_token not in texts
    if case == "at-least":
        assert "ขยายตัว" in texts  # the verb gets its own letters back


def test_segment_words_are_words_pythainlp_lacks():
    from pythainlp.corpus import thai_words

    from thai_report_ie.tokenize import segment_words

    added = segment_words()
    assert added and len(added) == len(set(added))
    assert not set(added) & thai_words()  # a word the bundled list has needs no row
    assert all(w.strip() == w and w for w in added)


def test_no_writable_temp_dir_falls_back_to_pythainlps_list_with_a_warning():
    """The word list is written to a temporary file for nlpo3; where none can be written the
    segmenter still loads (pythainlp's list alone) and says so. Run in a fresh process: the
    dictionary is loaded once per process."""
    import subprocess
    import sys

    code = (
        "import tempfile, warnings\n"
        "def no_temp(*a, **k): raise PermissionError(13, 'read-only file system')\n"
        "tempfile.mkstemp = no_temp\n"
        "import thai_report_ie as tri\n"
        "with warnings.catch_warnings(record=True) as got:\n"
        "    warnings.simplefilter('always')\n"
        "    toks = [t.text for t in tri.tokenize('บุคลากรที่ได้รับวัคซีนซิโนแวคครบ 2 เข็ม')]\n"
        "assert any('segment_words' in str(w.message) for w in got), [str(w.message) for w in got]\n"
        "assert 'ซิโนแวค' not in toks and 'วัคซีน' in toks\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize("text, cut, not_cut", [
    ("ขายได้ในราคาที่ตลาดกำหนด 45 บาท", ["ราคา", "ที่"], "คาที่"),  # รา|คาที่ cut again: ราคา is a word
    ("ซ่อมแซมหลังคาที่ชำรุด 20 หลัง", ["หลังคา", "ที่"], "คาที่"),
    ("มีผู้เสียชีวิตคาที่ 2 ราย", ["ผู้เสียชีวิต", "คาที่"], "คา"),  # "on the spot" stays: เสียชีวิตคา is no word
])
def test_segment_recut_words(text, cut, not_cut):
    """data/segment_recut_words.tsv: a word the segmenter glued the last letters of the word before into is cut again
    where the two pieces are words of pythainlp's list, and left whole where they are not; offsets stay true."""
    from pythainlp.corpus import thai_words

    from thai_report_ie.tokenize import segment_recut_words

    recut = segment_recut_words()
    assert recut and set(recut) <= thai_words()
    assert all(word == head + tail for word, (head, tail) in recut.items())
    toks = tokenize(text)
    texts = [t.text for t in toks]
    assert any(texts[i:i + len(cut)] == cut for i in range(len(texts))), texts
    assert not_cut not in texts
    assert all(text[t.start:t.end] == t.text for t in toks)


def _segment_words_added():
    from thai_report_ie.tokenize import segment_words

    return segment_words()
