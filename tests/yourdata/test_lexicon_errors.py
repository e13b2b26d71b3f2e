"""A bad user lexicon fails at once, with the file and line (or the entry) and what to write."""
from __future__ import annotations

from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie import LexiconError

HEAD_U = "unit\tkind\tcode\tfactor\n"

BAD_FILES = [  # (file name, content, the message must contain)
    ("u.tsv", "# c\n" + HEAD_U + "ขบวน\tclassifer\n", "u.tsv:3: unknown unit kind 'classifer'"),
    ("u.tsv", HEAD_U + "ขบวน\tclassifier\n\tclassifier\n", "u.tsv:3: the unit is empty"),
    ("u.tsv", HEAD_U + "12\tclassifier\n", "u.tsv:2: the unit '12' has no letter"),
    ("u.tsv", HEAD_U + "ดอง\tcurrency\n", "u.tsv:2: the currency 'ดอง' needs its ISO 4217 code"),
    ("u.tsv", HEAD_U + "ตัน\tmeasure\t\tabc\n", "u.tsv:2: factor 'abc' of 'ตัน' is not a number"),
    ("u.tsv", HEAD_U + "ตัน\tmeasure\t\t-1\n", "must be a positive number"),
    ("u.tsv", HEAD_U + "ตัน\tmeasure\t\t1\textra\n", "u.tsv:2: 5 cells but the header has 4 columns"),
    ("u.tsv", HEAD_U + "ขบวน\tclassifier\nขบวน\tmeasure\n", "u.tsv:3: 'ขบวน' is given twice in units"),
    ("u.tsv", "word\tkind\nขบวน\tclassifier\n", "u.tsv:1: the header's first column 'word' names no section"),
    ("u.tsv", "unit\tcolour\n", "u.tsv:1: header ['unit', 'colour'] has unknown or repeated columns"),
    ("u.tsv", "# only comments\n", "u.tsv: no header row"),
    ("o.tsv", "organisation\tacronym\tcategory\nฟ้าใสกรุ๊ป\tFSG\tshop\n", "o.tsv:2: unknown category 'shop'"),
    ("o.tsv", "organisation\tacronym\n\tFSG\n", "o.tsv:2: the organisation name is empty"),
    ("s.tsv", "stop_word\tscope\nเข้าถึง\teverywhere\n", "s.tsv:2: unknown scope 'everywhere'"),
    ("l.json", '{"units": {"ขบวน": "classifier"},\n "organisations": [\n  {"organisation": "ฟ้าใส", "acronym": "F", "colour": 1}\n ]}\n',
     "unknown keys ['colour']"),
    ("l.json", '{"units": {\n "ขบวน": "classifier",\n "ตู้": "boxes"\n}}\n', "l.json:3 (units['ตู้']): unknown unit kind 'boxes'"),
    ("l.json", '{"units": [1, 2}', "l.json:1: not valid JSON"),
    ("l.json", '{"unit": []}', "a JSON lexicon is an object with the keys units, organisations, stop_words"),
    ("l.csv", "unit,kind\n", "unknown lexicon format: name the file .tsv"),
]


@pytest.mark.parametrize("name,content,message", BAD_FILES)
def test_a_bad_file_names_its_line_and_the_fix(tmp_path: Path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        tri.Extractor(lexicons=[path])
    assert message in str(e.value)
    assert str(path) in str(e.value)


def test_a_missing_file_says_so(tmp_path: Path):
    with pytest.raises(LexiconError, match="no such file"):
        tri.Extractor(units=tmp_path / "nope.tsv")


def test_a_file_given_as_the_wrong_section(tmp_path: Path):
    path = tmp_path / "o.tsv"
    path.write_text("organisation\nฟ้าใส\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="this is a organisations file .* but it was given as units"):
        tri.Extractor(units=path)


def test_not_utf8(tmp_path: Path):
    path = tmp_path / "u.tsv"
    path.write_bytes("unit\nขบวน\n".encode("tis-620"))
    with pytest.raises(LexiconError, match="u.tsv:2: not UTF-8"):
        tri.Extractor(units=path)


BAD_VALUES = [  # (keyword arguments, the message must contain)
    ({"units": {"ขบวน": "wagon"}}, "units['ขบวน']: unknown unit kind 'wagon'"),
    ({"units": ["ขบวน", ""]}, "units[1]: the unit is empty"),
    ({"units": "ขบวน"}, "no such file"),
    ({"units": 3}, "expected a list or a mapping"),
    ({"units": [{"colour": "x"}]}, "units[0]: an entry needs the key 'unit'"),
    ({"units": [3]}, "units[0]: an entry is a word, a tuple"),
    ({"organisations": [("ฟ้าใส", "F|")]}, None),
    ({"organisations": [("ฟ้าใส", "1|2")]}, "the acronym '1' is not a word"),
    ({"stop_words": {"ให้": "verbs"}}, "stop_words['ให้']: unknown scope 'verbs'"),
]


@pytest.mark.parametrize("kwargs,message", BAD_VALUES)
def test_a_bad_python_value_names_its_entry(kwargs, message):
    if message is None:  # an empty acronym between bars is only left out
        assert tri.Extractor(**kwargs).lexicons.added["org_known"][0]["acronyms"] == "F"
        return
    with pytest.raises(LexiconError) as e:
        tri.Extractor(**kwargs)
    assert message in str(e.value)


def test_lexicon_error_is_a_library_error_and_a_value_error():
    assert issubclass(LexiconError, tri.ThaiReportIEError) and issubclass(LexiconError, ValueError)
