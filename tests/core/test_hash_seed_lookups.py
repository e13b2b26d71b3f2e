"""A look-up that takes the first word of a set that matches must not take it in the set's own order,
which the str hash seed decides (rev19 found "งบประมาณคงเหลือร้อยละ 20" read two ways by PYTHONHASHSEED;
rev20 put every such look-up over a word set through `lexicon.longest_first`)."""
from __future__ import annotations

from pathlib import Path

import regex

from thai_report_ie.lexicon import longest_first

PACKAGE = Path(__file__).resolve().parents[2] / "thai_report_ie"
# the first match taken from a word set read straight from the tables: next((x for x in w["…"] if …)),
# next(len(x) for x in _w()["…"] …), for x in words(…): … break/return
FIRST_OF_A_SET = regex.compile(
    r"next\(\(?[^()]*? for \w+ in (?:w|_w\(\)|_words\(\)|ws|_table\(\))\[|next\(\(?[^()]*? for \w+ in words\(")


def test_longest_first_is_one_order_whatever_the_set():
    a = frozenset(["เหลือ", "คงเหลือ", "ยอดคงเหลือ", "อื่น"])
    b = frozenset(reversed(["เหลือ", "คงเหลือ", "ยอดคงเหลือ", "อื่น"]))
    assert longest_first(a) == longest_first(b) == ("ยอดคงเหลือ", "คงเหลือ", "เหลือ", "อื่น")
    assert longest_first(frozenset(["ขบ", "กข"])) == ("กข", "ขบ")  # same length: by code point


def test_no_first_match_in_a_word_sets_own_order():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FIRST_OF_A_SET.search(line):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == []
