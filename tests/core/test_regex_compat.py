"""`_regex_compat.compile`: the standard `re` engine only where it reads a pattern as `regex` does."""
import re

import pytest
import regex

from thai_report_ie import _regex_compat

ENGINE_CASES = [  # (pattern, flags, engine chosen)
    (r"(?:ร้อยละ|เปอร์เซ็นต์)[ ]?$", 0, "re"),
    (r"[ \t]{0,128}+(?P<kwa>กว่า)?", 0, "re"),
    (r"\(?(?:หน่วย)[ ]*+:", regex.MULTILINE, "re"),  # an escaped bracket made optional is no flag group
    (r"(?<![0-9])[0-9]{1,2}", 0, "re"),  # a fixed-width look-behind
    (r"(?<=\(|[^ ][ \t]+)-", 0, "regex"),  # a variable-width look-behind: re refuses it
    (r"[\p{L}\p{M}]", 0, "regex"),  # Unicode properties
    (r"\s+", 0, "regex"),  # shorthand classes: the engines' Unicode data differ
    (r"[^\s,]+", 0, "regex"),
    (r"\bคน\b", 0, "regex"),
    (r"\d+", 0, "regex"),
    (r"(?i)ab", 0, "regex"),  # inline flags
    (r"ab", regex.IGNORECASE, "regex"),  # case folding differs
    (r"จาก|ต่อ|ใน", regex.V0, "regex"),  # asked for on purpose (finditer(..., overlapped=True))
    (r"[[:alpha:]]", 0, "regex"),
    (r"(?:ร้อยละ){e<=1}", 0, "regex"),  # fuzzy matching in regex, literal braces in re
    (r"(?:ราย){1,3}+[0-9]{,2}", 0, "re"),  # plain repeats
    (r"(?<unit>คน)", 0, "regex"),  # a named group re does not know
    (r"[ก[:digit:]]", 0, "regex"),  # a POSIX class after another member of the set
    (r"[[:^alpha:]]+", 0, "regex"),
    (r"[\[:]", 0, "re"),  # an escaped bracket and a colon: no POSIX class
]


@pytest.mark.parametrize(("pattern", "flags", "engine"), ENGINE_CASES)
def test_engine_choice(pattern, flags, engine):
    compiled = _regex_compat.compile(pattern, flags)
    assert type(compiled) is (re.Pattern if engine == "re" else regex.Pattern)


TEXTS = [
    "ผู้ป่วยสะสม 2,237,121 ราย (ร้อยละ 12.5) เพิ่มขึ้นกว่า 30 คน\nหน่วย : ล้านบาท\t84,792",
    "  ไตรมาสที่ 3/2566 (ศบค.) ที่ กรุงเทพฯ –  ๑๒ ม.ค. ๖๗\u200bคน ๆ",
    "",
]
SAME_READING = [pattern for pattern, flags, engine in ENGINE_CASES if engine == "re"]


@pytest.mark.parametrize("pattern", SAME_READING)
def test_re_reads_what_regex_reads(pattern):
    ours, theirs = _regex_compat.compile(pattern, regex.MULTILINE), regex.compile(pattern, regex.MULTILINE)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            a, b = ours.match(text, pos), theirs.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_everything_else_is_regex():
    assert _regex_compat.escape is regex.escape
    assert _regex_compat.Pattern is regex.Pattern
    assert _regex_compat.V0 == regex.V0
