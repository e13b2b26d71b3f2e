"""Quantities and money: a number followed by a classifier, unit or currency.

"มีสมาชิกพรรคการเมือง 1,549 ราย" → Quantity(1549, unit="ราย", subject="สมาชิกพรรคการเมือง");
"งบประมาณ 1.5 ล้านบาท" → Money(1500000, "THB"). Ranges ("10-20 คน", "5 ถึง 10 ราย") keep
`value` empty and give `range`; a wrong single value would be worse than none.
"""
from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple, cast

from .. import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from ..document import Document
from ..exact import exact_context
from ..lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv, words
from ..numerals import MORE_THAN_MULT, PHONE_REACH, is_bare_multiplier, more_than_after
from ..linking import (LABEL_GAP, qualifier_start, bound_through, byline_end, count_word_start, label_before, only_a_time, qualifier_after, qualifier_before, qualifier_span_before, memoised, total_through,
                       subject_before)
from ..money_subjects import money_subject, new_value_of, total_words
from ..percent_subjects import vaccinated_count, vaccine_doses
from ..quantity_subjects import (PART_REACH, CYCLE_UNITS, PLACE_UNITS, with_relative_run, item_header_echo, shared_head_of_items, act_run_opens, head_past_asides, people_one_step_back, another_of_same, channel_of_act, divided_into, glued_to_last_classifier, head_past_gloss, noun_before_owner_acronym, without_joined_predicate, age_from, fold_of_unread_count, part_of_counted, restated_in_bracket, act_alone, act_of_object, appointees, area_phrase, echoed_head, ex_officio, goal_alone,
                                 people_of_section, head_before_relative_object, names_nothing, past_condition, body_setting_goal, agent_of_conveying, NATIONWIDE,
                                 people_before_relative, people_without_act, remainder_of, vaccine_of_doses,
                                 without_date_preposition, after_destination, spaced_list, people_of_age,
                                 old_value_holder, new_value_holder, thing_of_value, names_no_thing,
                                 without_glued_about, head_before_having_clause, thing_from_body, people_before_act,
                                 people_after_have, head_of_place_list, with_batch_tail, head_of_latin_name,
                                 without_nationwide, named_area, document_head,
                                 people_of_nationality, centre_name,
                                 breakdown_total, unit_noun_after_of, unit_head_across_space,
                                 head_of_manner, past_manner, measured_at, people_of_attribute,
                                 dimension_before, thing_before_spaced_dimension, noun_before_attributive, with_kinds_aside, people_of_company,
                                 with_object_demonstrative, alternative_before_slash, people_pair, people_pair_before,
                                 people_after_agent_verb,
                                 phrase_before_province, object_of_change, object_of_goal,
                                 without_change_verb,
                                 head_of_place_list_total, item_of_origin_list, label_before_colon,
                                 acronym_before_join, holder_of_measured_act, holdings_of_holders, priced_thing, whole_in_brackets,
                                 JOINER_UNITS)
from ..numerals import GAP
from ..quantity_gaps import next_round_shared, capacity_object, echo_before_each, dose_list_shared, holder_of_age, people_before_goal, denominator_of_from, head_before_date, pregnancy_age, shared_across_time, topic_of_listed_have
from ..phrases import Subject, _body_heads, _date_containing, _names_people, _unit_profile, read_subject, word_class
from ..records import Money, Number, Quantity, Record
from ..relations import with_change_relations
from ..subject_model import rerank

_GAP_RE = regex.compile(GAP)

__all__ = ["UnitMatch", "broken_figure", "broken_range_after", "broken_range_before", "extract_quantities", "in_hashtag",
           "open_low", "per_after", "per_before", "unit_after", "unit_kind"]

_COUNTABLE_FORMS = ("number", "words", "range")


class UnitMatch(NamedTuple):
    word: str
    kind: str  # classifier, measure, time, currency
    code: str | None
    factor: Decimal
    start: int
    end: int
    more_than: bool  # "1,000 กว่าคน"


# "X หรือ Y ก็ได้": "either will do", a permissive clause closed by ก็ได้; a figure read across it is no count of
# the alternatives before it (q44): "เกษตรกรจะเลือกปลูกข้าวหรือพืชอื่นก็ได้ 5 ไร่" (not ก็ได้รับ, ก็ได้ริเริ่ม: a verb)
_PERMISSIVE_END = regex.compile(r"ก็ได้(?![\u0e01-\u0e4e])")
# what makes ก็ได้ permissive: alternatives (หรือ) or an indefinite (ใด, ไหน, อะไร, ใคร) in its glued run; without
# them "ผลผลิตข้าวก็ได้ 600 กิโลกรัมต่อไร่" is "the yield came to", its subject kept (rev37r)
_PERMISSIVE_CHOICE = regex.compile(r"หรือ|ใด|ไหน|อะไร|ใคร")


def _permissive_across(doc: Document, start: int, end: int) -> bool:
    """A permissive "X หรือ Y ก็ได้" / "ที่ใดก็ได้" between `start` and `end`: ก็ได้ (not ก็ได้รับ…) whose glued run
    before it names a choice (_PERMISSIVE_CHOICE) (q44, narrowed by rev37r)."""
    for m in _PERMISSIVE_END.finditer(doc.text, start, end):
        run_start = max(doc.text.rfind(c, 0, m.start()) for c in " \u00a0\n") + 1
        if _PERMISSIVE_CHOICE.search(doc.text, run_start, m.start()) is not None:
            return True
    return False


@lexicon_cache
def _units() -> tuple[dict[str, dict[str, str]], tuple[int, ...], regex.Pattern]:
    # the hand-written lexicon wins over the one generated from ORCHID (data/build_units.py)
    table = {r["word"]: r for r in load_tsv("units_orchid")}
    table.update({r["word"]: r for r in load_tsv("units")})
    return table, tuple(sorted({len(w) for w in table}, reverse=True)), regex.compile(alternation(table))


def unit_kind(word: str | None) -> str | None:
    """The kind of a unit word in the unit lexicons (classifier, currency, time …), or None."""
    row = _units()[0].get(word or "")
    return row["kind"] if row is not None else None


@lexicon_cache
def _gap_re() -> regex.Pattern:
    return regex.compile(rf"{GAP}(?:(?P<kwa>{grammar_re('more_than_infix')}){GAP})?")


def unit_after(doc: Document, pos: int) -> UnitMatch | None:
    """The longest unit word right after `pos` (after any run of spaces, tabs, zero-width spaces) that ends
    on a token boundary."""
    return memoised(doc, "_unit_after", pos, _unit_after, pos)


def is_label_before(doc: Document, pos: int) -> bool:
    """`linking.label_before`, worked out once a figure (quantities and ratios both ask); its own first
    test (a label word's last character before the spaces) decides most figures without the search."""
    return memoised(doc, "_label_before", pos, _label_or_ordinal, pos)


def _label_or_ordinal(doc: Document, pos: int) -> bool:
    return label_before(doc, pos) or _ordinal_number(doc, pos) or _dose_ordinal(doc, pos)


# (rev36b) "รับวัคซีนเข็ม 4 แบบแปะผิวหนัง": one digit right after เข็ม glued after วัคซีน/ฉีด/รับ… (วัคซีนเข็ม, รับเข็ม)
# is the dose's order, the fourth dose, never a count of what follows (main read 4 แบบ); not after a count of doses
# ("ฉีดวัคซีน 2 เข็ม 300 คน", "ครบ 2 เข็ม 5 ราย": เข็ม is the unit there), not before a multiplier
_DOSE_BEFORE = regex.compile(r"(?:วัคซีน|ฉีด|รับ)[^\s0-9๐-๙]{0,20}เข็ม[ ]{1,3}\Z")  # a vaccination: "ใช้เข็ม 5 อัน" stays
_DOSE_DIGIT = regex.compile(r"[1-9๑-๙](?![0-9๐-๙]|[.,/][0-9๐-๙]|[ ]{0,3}(?:ล้าน|แสน|หมื่น|พัน|ร้อย))")


def _dose_ordinal(doc: Document, pos: int) -> bool:
    # _DOSE_BEFORE ends with เข็ม and one to three spaces at pos: without เข็ม in the seven characters before, no search
    # (s38: most figures)
    return doc.view.find(_DOSE_WORD, max(0, pos - 7), pos) >= 0 and _DOSE_DIGIT.match(doc.view, pos) is not None \
        and _DOSE_BEFORE.search(doc.view, max(0, pos - 40), pos) is not None


_DOSE_WORD = "เข็ม"


# an ordinal's number: one to three digits, no decimal or group after, no multiplier word ("แห่งที่ 2", not
# "เป้าหมายที่ 5 ล้านคน")
_ORDINAL_FIGURE = regex.compile(r"[0-9๐-๙]{1,3}(?![0-9๐-๙]|[.,][0-9๐-๙]|[ ]{0,3}(?:ล้าน|แสน|หมื่น|พัน|ร้อย))")


@lexicon_cache
def _ordinal_heads() -> frozenset[str]:
    """Words that, as the token right before ที่, make the next number an ordinal: the classifiers and time units
    (แห่งที่ 2, งวดที่ 3, ปีที่ 2) and phrase_words.tsv's ordinal_head and ordinal_noun (คนที่, จุดที่, งานที่, ขั้นที่ …)."""
    table = _units()[0]
    return frozenset(w for w, r in table.items() if r["kind"] in ("classifier", "time")) \
        | words("phrase_words", role="ordinal_head") | words("phrase_words", role="ordinal_noun")


def _ordinal_number(doc: Document, pos: int) -> bool:
    """ "ก่อสร้างอาคารแห่งที่ 2 แห่ง…", "งวดงานที่ 2 งวด 1/2567", "ทุนประเภทที่ 1 ทุนระดับปริญญาตรี": a small plain number
    after a classifier (or an ordinal head) and ที่, each its own token, is an ordinal, never a count of what follows
    it: a label, as "ครั้งที่ 3" is (rev26). ที่ glued into a word (เจ้าหน้าที่, พื้นที่, สถานที่) or after a verb, a
    preposition or a noun of value (อยู่ที่, ไว้ที่, เริ่มต้นที่, ราคาที่) leaves the figure a count or an amount."""
    view = doc.view
    j = pos
    while j > 0 and pos - j < LABEL_GAP and view[j - 1] == " ":
        j -= 1
    if not view.endswith(_ORDINAL_WORD, 0, j) or not doc.is_boundary(j - len(_ORDINAL_WORD)) \
            or _ORDINAL_FIGURE.match(view, pos) is None:
        return False
    before = doc.tokens_before(j - len(_ORDINAL_WORD), 2)
    if before and before[-1].text == " " and len(before) > 1:
        before = before[:-1]  # "แห่ง ที่ 2": one space between the head and ที่
    if not before or before[-1].text not in _ordinal_heads():
        return False
    # "ราคาจำหน่ายต่อชิ้นที่ 250 บาท", "ผู้ป่วย 20 ราย ที่ 5 รายเป็นเด็ก", "ต่ำสุดในรอบ 10 ปี ที่ 42 บาท": a head that is a per
    # unit (after ต่อ) or the unit of a count before it is no ordinal's head; ที่ is "at" or a relative word (rev26b)
    return _COUNTED_HEAD.search(doc.view, max(0, before[-1].start - 16), before[-1].start) is None


# what stands right before an ordinal head when the head is a per unit or a count's unit: ต่อ, or a count (no year)
_COUNTED_HEAD = regex.compile(r"(?:ต่อ|(?<![0-9.,/])(?!2[45][0-9]{2}(?![0-9]))[0-9][0-9,]*(?:\.[0-9]+)?[ ]?"
                              r"(?:ล้าน|แสน|หมื่น|พัน|ร้อย)?)[ ]?\Z")


_ORDINAL_WORD = "ที่"


@lexicon_cache
def _unit_lookup() -> tuple[dict[str, dict[str, str]], dict[str, tuple[int, ...]], regex.Pattern, frozenset[str]]:
    """(unit table, the first two characters of a unit word -> the lengths of the unit words they
    start, longest first (a one-character word under its character, after the longer ones), the gap
    pattern, the characters a gap may start with): what unit_after reads, fetched in one look-up.
    Two characters, not one: a Thai first letter starts dozens of unit words of a dozen lengths."""
    table, _, _ = _units()
    by_first: dict[str, set[int]] = {}
    for w in table:
        by_first.setdefault(w[:2], set()).add(len(w))
    for w in table:
        if len(w) == 1:  # after every longer word that starts with it
            for two, ns in by_first.items():
                if two[:1] == w:
                    ns.add(1)
    gap_starts = frozenset(" \t") | {w[:1] for w in grammar("more_than_infix")}
    return table, {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}, _gap_re(), gap_starts


def _unit_after(doc: Document, pos: int) -> UnitMatch | None:
    table, lengths_by_first, gap_re, gap_starts = _unit_lookup()
    view = doc.view
    if view.startswith(".-", pos) and pos and view[pos - 1].isdigit():
        # "15,000.- บาท", "500,000.-บาท": the closing mark of a whole amount, then its currency (rev27; a currency only)
        u = _unit_after(doc, pos + 2)
        return u if u is not None and u.kind == "currency" and u.factor == 1 and not u.more_than else None
    c = view[pos:pos + 1]
    if c in gap_starts:  # else the gap is empty and no กว่า follows: the unit (if any) starts at pos
        gap = gap_re.match(view, pos)
        p = gap.end() if gap else pos
        more_than = bool(gap and gap["kwa"])
        if more_than and not doc.is_boundary(cast("regex.Match", gap).end("kwa")):
            return None
        c = view[p:p + 1]
    else:
        p, more_than = pos, False
    lengths = lengths_by_first.get(view[p:p + 2]) or lengths_by_first.get(c)  # the common case: none
    if not lengths:
        return None
    cut = 0  # (rev36b) a longer classifier whose last letters the segmenter glued to the next word
    for n in lengths:
        w = view[p:p + n]
        row = table.get(w) if len(w) == n else None
        if row and not cut and row["kind"] == "classifier" and not _ends_word(doc, p + n):
            cut = n
        if row and (_ends_word(doc, p + n) or w == _TIMES and _glued_half(doc, p + n)):
            if cut and w not in words("phrase_words", role="person_unit") \
                    and (nxt := doc.tokens_after(p + n, 1)) and nxt[0].start == p + n \
                    and len(nxt[0].text) > cut - n and nxt[0].text.startswith(view[p + n:p + cut]) \
                    and nxt[0].text[cut - n:] in _CUT_UNIT_REST:
                # "10 เส้น|ทางใน|พื้นที่", "3 หน่วย|งานหลัก": the segmenter cut เส้นทาง, หน่วยงาน, whose tail opens the next
                # token; เส้น, หน่วย would be the unit cut short (the annotator's finding): the whole word is the unit.
                # Not after a person unit ("ผู้ป่วย 5 ราย|การ…" is no รายการ)
                # (rev36c) and only when the rest of that token is a grammatical word or หลัก ("ทาง|ใน", "งาน|หลัก"): a tail
                # opening a word of its own is no cut ("10 เส้น|ทางหลวง", "5 ตัว|อย่างไรก็ตาม", "500 หัว|ต่อเนื่อง", "5
                # โครงการ|หลักสูตร", "5 สาย|ทางด่วน": rev36b read เส้นทาง, ตัวอย่าง, หัวต่อ, โครงการหลัก, สายทาง)
                w, n, row = view[p:p + cut], cut, table[view[p:p + cut]]
            if not doc.is_boundary(p) or w in _CARBON and _CARBON_GOES_ON.match(view, p + n):
                continue  # "600 ตันคาร์บอน ไดออกไซด์", "ตันคาร์บอนเครดิต": not tonnes of carbon; ตัน as before (rev23b)
            if w[-1] == "." and _ABBREVIATION_GOES_ON.match(view, p + n):
                continue  # "1,200 ลบ.ฟ.": cubic feet, a longer abbreviation than ลบ. (ล้านบาท) the table lacks (rev31)
            if w[-1] == "." and (spaced := _SPACED_ABBREVIATION.match(view, p + n)) \
                    and (longer := table.get(w + spaced[1])) and longer["kind"] != row["kind"]:
                continue  # "120 ลบ. ม.": ลบ.ม. with a stray space (cubic metres), no ล้านบาท (rev38)
            end = p + n
            if w in _dashed_units():  # "160 ล้านคน - ครั้ง": person-trips, not people
                dash = _SPACED_DASH.match(view, end)
                second = next((x for x in _dashed_units()[w] if view.startswith(x, dash.end())
                               and _ends_word(doc, dash.end() + len(x))
                               and _EACH_OR_ORDINAL.match(view, dash.end() + len(x)) is None
                               and not _THAI_LETTER.match(view, dash.end() + len(x))), None) if dash else None
                if dash is not None and second is not None:
                    w, end = f"{w}-{second}", dash.end() + len(second)
                    row = table[w]
            return UnitMatch(w, row["kind"], row["code"] or None, Decimal(row["factor"] or "1"), p, end, more_than)
    return None


# a dotted abbreviation goes on into another dotted part: "ลบ.ฟ.", "ลบ.หลา." (not "กก.ละ", "กก.ต่อไร่": a word after it;
# nor an address's abbreviation glued after the unit: "12 กม.ต.หนองบัว", "3.5 กม.ม.4", "20 ลบ.จ.ลำปาง", rev31b)
_ABBREVIATION_GOES_ON = regex.compile(r"(?![ตอจมถซ]\.)[\u0E01-\u0E2E]{1,3}\.")
# one space, then a dotted part that makes the abbreviation a longer unit of another kind: "120 ลบ. ม." (rev38)
# (not a month or an address going on after it: "120 ลบ. ม.ค. 67", "20 ลบ. ม.4")
_SPACED_ABBREVIATION = regex.compile(r" ([\u0E01-\u0E2E]{1,3}\.)(?![\u0E01-\u0E2E0-9])")
# the rest of the next token after a longer classifier's tail the segmenter glued to it ("เส้น|ทางใน", "หน่วย|งานหลัก")
_CUT_UNIT_REST = frozenset({"ใน", "ของ", "ที่", "และ", "หรือ", "กับ", "จาก", "ซึ่ง", "เพื่อ", "หลัก"})
_CARBON = frozenset({"ตันคาร์บอน"})  # v23's unit: tonnes of carbon, which a word after may make another measure
# the word may wrap at a line end: "600 ตันคาร์บอน⏎ไดออกไซด์" is tonnes of CO2 as with a space (rev24)
# or after a tab, an empty line, or inside ได|ออกไซด์ (rev24b)
_CARBON_GOES_ON = regex.compile(r"[ \t]{0,3}(?:\r?\n[ \t]*){0,2}(?:ได(?:[ ]|\r?\n[ \t]*)?ออกไซด์|เครดิต)")


@lexicon_cache
def _dashed_units() -> dict[str, frozenset[str]]:
    """The units written as two words joined by a dash (คน-ครั้ง, คน-วัน): first word → second words."""
    out: dict[str, set[str]] = {}
    for w in _units()[0]:
        first, dash, second = w.partition("-")
        if dash and first and second:
            out.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in out.items()}


_SPACED_DASH = regex.compile(r"[ ]?[-–][ ]?")
_EACH_OR_ORDINAL = regex.compile(r"ละ|ที่")  # "500 คน - ครั้งละ 50 คน": a new phrase, not the unit คน-ครั้ง
# a word glued after the second ("20 คน - วันจันทร์ที่ 5", "500 คน - ครั้งแรก"): a new phrase, not คน-วัน (rev22)
_THAI_LETTER = regex.compile(r"[\u0E01-\u0E4E]")


@lexicon_cache
def _ordinal_re() -> regex.Pattern:
    return regex.compile(rf"(?:{grammar_re('ordinal_marker')})[ ]?")


def _ordinal_after(doc: Document, pos: int) -> bool:
    """ "ครั้งที่ 22" right after the unit: the classifier is an ordinal's, not a count's."""
    m = _ordinal_re().match(doc.view, pos)
    if not m:
        return False
    return bool(doc.numbers_between(m.end(), m.end() + 1))


@lexicon_cache
def _label_words() -> frozenset[str]:
    return words("references")


def _label_unit(doc: Document, unit: UnitMatch) -> bool:
    """ "ห้อง 1208 ชั้น 6", "ประตู 4 ชั้น 2": a label word with its own number after it is the next
    label, so the figure before it counts nothing."""
    if unit.word not in _label_words():
        return False
    g = _GAP_RE.match(doc.view, unit.end)
    assert g is not None  # GAP matches the empty string
    nxt = doc.numbers_between(g.end(), g.end() + 1)
    return bool(nxt) and nxt[0].form in ("number", "words")


@lexicon_cache
def _abbr_month_re() -> regex.Pattern:
    months = alternation(r["word"] for r in load_tsv("months") if r["form"] == "abbr")
    return regex.compile(rf"(?:{months}){GAP}$")


# ปี standing alone (after a space, a bracket or ใน/ประจำ/เมื่อ, not after a figure: "อายุ 20 ปี 15 คน")
_YEAR_WORD = regex.compile(r"(?:^|(?<![0-9])[\s(]|ใน|ประจำ|เมื่อ)ปี[ ]?\Z")
# "พ.ศ.2561-80 ฉบับปรับปรุง", "ปีงบประมาณ 2566-67 โครงการ": two digits after a year word's year and a dash end a
# range of years, when they are a later year ("ปี 2565 - 12 ราย": 2512 is no end of it, so 12 ราย is a count)
_YEAR_RANGE_END = regex.compile(r"(?:ปี[\u0E01-\u0E4E]{0,10}|พ\.ศ\.|ค\.ศ\.)[ ]?(?:(?:พ\.ศ\.|ค\.ศ\.)[ ]?)?"
                                r"(?:25|19|20)(?P<yy>[0-9]{2})[ ]?[-–][ ]?\Z")


_YEAR_WORD_YEAR = regex.compile(r"(?:ปี[\u0E01-\u0E4E]{0,10}|พ\.ศ\.|ค\.ศ\.)[ ]?(?:(?:พ\.ศ\.|ค\.ศ\.)[ ]?)?\Z")


def _year_of_year_word(doc: Document, m) -> bool:
    """ "ปี 2566 - 3,000 ราย": a year word's year is no range's low; the dash parts it from the figure of that year.
    So is a year written short ("ปีงบ 67 - 500 ล้านบาท", v24: main read the range 67 to 500 ล้านบาท)."""
    return (m.end - m.start == 4 and doc.view[m.start:m.start + 2] in ("25", "19", "20")
            or m.end - m.start == 2 and "40" <= doc.view[m.start:m.end] <= "99") \
        and _YEAR_WORD_YEAR.search(doc.view, max(0, m.start - 24), m.start) is not None


def _short_year(doc: Document, m) -> bool:
    """ "20 ส.ค. 65 นายวิชัย", "1 ส.ค. 65 กรณี...": two digits after an abbreviated month are its
    year, whatever word follows; so are two digits after ปี standing alone ("งานกาชาด ปี 66
    กระทรวงอุตฯ": the Red Cross fair of 2566, not 66 ministries), and after a year word's year and a dash
    ("แผน PDP พ.ศ.2561-80 ฉบับปรับปรุง": the plan of 2561 to 2580, not 80 editions) when they are a later year
    ("ปี 2565 - 12 ราย" is 12 ราย in 2565)."""
    if m.form != "number" or m.end - m.start != 2 or not doc.view[m.start:m.end].isdigit():
        return False
    lo = max(0, m.start - 12)
    if _abbr_month_re().search(doc.view, lo, m.start) or _YEAR_WORD.search(doc.view, lo, m.start):
        return True
    end = _YEAR_RANGE_END.search(doc.view, max(0, m.start - 32), m.start)
    return end is not None and int(doc.view[m.start:m.end]) > int(end["yy"])


def _shared_low(doc: Document, m, nxt) -> Number | None:
    """The low bound of "A ถึง B" (B higher than A). "2 ถึง 3 แสนบาท": a low figure below the high one's leading
    digits shares the multiplier written once after the high one (2 แสน), as "2-3 แสนบาท" does; "500,000 ถึง 1
    ล้านบาท": a low figure not below them cannot, it is whole when within one place of the high; "5 หมื่น ถึง 2 แสน":
    the low carries its own. None where the high figure's multiplier cannot be told ("2 ถึง 3 ล้าน 5 แสนบาท" is 2
    ล้าน or 2 ล้าน 5 แสน) or a whole low lies further below it ("900 ถึง 1 พันล้านบาท": 900 or 900 ล้าน, as the
    dash path reads it): then no record reads either figure (the high alone would give the range's top as the
    amount)."""
    if m.rule.endswith((".mult", ".chain")) or m.form == "words" and _MULT_WORD.search(m.text):
        if "ล้าน" not in m.text and "ล้าน" in nxt.text and m.value * 10 ** 6 < nxt.value:
            # "5 ร้อย - 6 ร้อยล้านบาท", "1 พัน - 2,500 ล้านบาท": the low (500) may share the high's ล้าน (500 ล้าน)
            return _parallel_low(doc, m, nxt)
        if _COMPOUND_MULT.search(nxt.text) and not _COMPOUND_MULT.search(m.text) \
                and ("ล้าน" not in m.text or m.value * 10 ** 6 < nxt.value):
            return None  # "5 ล้าน - 6 ล้านล้านบาท": the low may be 5 ล้าน or 5 ล้านล้าน; the text does not say
        return m.value  # "900 ล้าน - 1 พันล้านบาท": 900 ล้านล้าน is above the high, so the low is whole
    if nxt.form == "words":
        millions = nxt.text.count("ล้าน")
        places = [v for w, v in _PLACES if w in nxt.text]
        factor = 10 ** (6 * millions) if millions else max(places, default=1)
        with exact_context():
            bare: Decimal = Decimal(nxt.value) / factor
    elif nxt.rule.endswith((".mult", ".chain")):
        digits = _LEADING_FIGURE.match(doc.view, nxt.start)  # the view's digits are ASCII
        if not digits:
            return None
        try:
            bare = Decimal(digits.group().replace(",", ""))
        except ArithmeticError:
            return None
        if not bare or nxt.rule.endswith(".chain") and m.value < bare:
            return None
        with exact_context():
            factor = Decimal(nxt.value) / bare
    else:
        return m.value
    if factor == 1:
        return m.value
    if not m.value < bare:
        # a whole low within one place of the high ("500,000 ถึง 1 ล้าน", "15,000 ถึง 2 หมื่น"); further below it,
        # a multiplier may have been left out ("900 ถึง 1 พันล้าน": 900 ล้าน? "8 ถึง 6 ล้านตัน": 8 ล้าน?): not written
        return m.value if m.value * 10 >= nxt.value else None
    return _exact(cast(Number, m.value), Decimal(factor))


def _parallel_low(doc: Document, m, nxt) -> Number | None:
    """The low of "A W ถึง B W ล้าน" (W one place word: ร้อย, พัน, หมื่น, แสน; A and B figures with no place word,
    A below B): "5 พัน - 6 พันล้านบาท", "หนึ่งพันถึงสองพันล้านบาท", "2 แสนถึง 3 แสนล้านบาท" are 5 พันล้าน to 6
    พันล้าน …, the only reading that repeats the shape the writer wrote twice (read whole, the low would be a
    millionth of the high). Any other low under a high in ล้าน ("1 พัน - 2,500 ล้านบาท", "5 ร้อย - 1 พันล้านบาท",
    "หนึ่งพันถึงสองพันห้าร้อยล้านบาท") may be either: None."""
    low = _LOW_PLACE.fullmatch(doc.view, m.start, m.end)
    high = _HIGH_PLACE.fullmatch(doc.view, nxt.start, nxt.end)
    if not low or not high or low.group("w") != high.group("w"):
        return None
    place = Decimal(_PLACE_VALUE[low.group("w")])
    with exact_context():
        low_figure, high_figure = Decimal(m.value) / place, Decimal(nxt.value) / (place * 10 ** 6)
    if not low_figure < high_figure:
        return None
    return _exact(cast(Number, m.value), Decimal(10 ** 6))


_PLACE_VALUE = {"ร้อย": 100, "พัน": 10 ** 3, "หมื่น": 10 ** 4, "แสน": 10 ** 5}
_FIGURE = r"(?:[0-9][0-9,]*(?:\.[0-9]+)?|(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า))"  # no place word inside
_LOW_PLACE = regex.compile(rf"{_FIGURE}[ ]?(?P<w>ร้อย|พัน|หมื่น|แสน)")
_HIGH_PLACE = regex.compile(rf"{_FIGURE}[ ]?(?P<w>ร้อย|พัน|หมื่น|แสน)[ ]?ล้าน")
_MULT_WORD = regex.compile("พัน|หมื่น|แสน|ล้าน")
_COMPOUND_MULT = regex.compile(r"(?:พัน|หมื่น|แสน|ล้าน)[ ]?ล้าน")  # a multiplier over a multiplier: "พันล้าน", "แสนล้าน"
_PLACES = (("พัน", 10 ** 3), ("หมื่น", 10 ** 4), ("แสน", 10 ** 5))


def open_low(doc: Document, m) -> bool:
    """ "ค่าจ้าง 300 ถึง 400 บาท", "ว่าง 20 ถึง 24%": a bare figure right before ถึง and a higher figure is a range's
    low bound without ระหว่าง/ตั้งแต่/จาก before it when a word that introduces an amount comes right before it
    (`_range_lead_re`), and it is no year nor a label's number. Elsewhere A may be a name's number and ถึง "as many
    as" ("วัคซีนเข็ม 3 ถึง 5 ล้านโดส", "กลุ่ม 608 ถึง 1 ล้านคน", "ในปี 2566 ถึง 3,000 ราย"): the high figure alone
    then keeps its record, as before."""
    if m.form not in ("number", "words") or m.value is None or _short_year(doc, m) or is_label_before(doc, m.start):
        return False
    if m.form == "number" and _FOUR_DIGITS.fullmatch(doc.view, m.start, m.end) \
            and (1900 <= m.value <= 2100 or 2400 <= m.value <= 2700):
        return False  # a year, Common era or Buddhist
    lead = _range_lead_re().search(doc.view, max(0, m.start - RANGE_LEAD_REACH), m.start)
    return lead is not None and doc.is_boundary(lead.start()) \
        and not _YEAR_WORD.search(doc.view, max(0, m.start - 12), m.start)


_PLAIN_FIGURE = regex.compile(r"[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*(?:\.[0-9๐-๙]+)?|[0-9๐-๙]+(?:\.[0-9๐-๙]+)?")


def _bare_to_top(doc: Document, m, nxt) -> bool:
    """ "ผู้ป่วย 10 ถึง 20 ราย", "ฝนตก 30 ถึง 50 มิลลิเมตร": two plain figures (digits, no multiplier) joined by ถึง, the low
    one lower, no word before it that opens a range (`open_low` is asked first) and it no label's number, year or name's
    number. Either a range or the top "as many as" after a number that names something; which is not written, and
    the top alone is the wrong amount for the range. "วัคซีนเข็ม 3 ถึง 5 ล้านโดส" (a multiplier) and "โควิด 19 ถึง 78
    ราย" (a label's number) keep the top's record."""
    if nxt.form != "number" or nxt.value is None or m.value is None or m.value >= nxt.value:
        return False
    return _PLAIN_FIGURE.fullmatch(doc.view, nxt.start, nxt.end) is not None and bare_low(doc, m)


def _bare_to_multiplied_top(doc: Document, m, nxt) -> bool:
    """ "คาดว่าจะมีผู้ป่วย 3 ถึง 5 หมื่นราย", "ผู้ชุมนุม 2 ถึง 3 พันคน": a bare low (`bare_low`) below the leading digits of a
    top in digits and a multiplier word, nothing before it that opens a range and no noun that numbers name right before
    it (`_NAME_HEAD_BEFORE`): a range (3 to 5 หมื่น) or the top "as many as" after a name's number, which is not
    written; the top alone would be the range's top as if exact (rev30). "วัคซีนเข็ม 3 ถึง 5 ล้านโดส", "กลุ่ม 608 ถึง 1
    ล้านคน" keep the top's record (rev28)."""
    if nxt.form != "number" or not nxt.rule.endswith(".mult") or m.value is None or not bare_low(doc, m) \
            or _NAME_HEAD_BEFORE.search(doc.view, max(0, m.start - TERM_REACH), m.start):
        return False
    digits = _LEADING_FIGURE.match(doc.view, nxt.start)  # the view's digits are ASCII
    try:
        if digits is not None and m.value < Decimal(digits.group().replace(",", "")):
            return True
    except ArithmeticError:
        return False
    # (rev35) a low above the top's leading digits but below the top: "วงเงิน 900 ถึง 1.2 พันล้านบาท", "800 ถึง 1.5 ล้านบาท"
    # (900 ล้าน to 1.2 พันล้าน? 800 thousand?): a range whose low is in a smaller multiplier, not written; the top alone
    # would be the range's top as if exact (main read 1.2 พันล้านบาท)
    return isinstance(nxt.value, (int, Decimal)) and m.value < nxt.value


# a noun that a number names, right before A: "รถเมล์สาย 8 ถึง 12 คันต่อวัน" (line 8, up to 12 buses), "เข็ม 3", "กลุ่ม 608"
_NAME_HEAD_BEFORE = regex.compile(r"(?:สาย|เข็ม|รุ่น|เบอร์|เฟส|ระยะ|เขต|ห้อง|ซอย|หมู่|แบบ|ประเภท|กลุ่ม|รหัส)[ ]?\Z")


def _bare_rate_range(doc: Document, m, nxt) -> bool:
    """ "ลงพื้นที่ 2 ถึง 3 ครั้งต่อสัปดาห์", "ผู้ป่วย 10 ถึง 20 รายต่อวัน": a bare "A ถึง B" (`_bare_to_top`) whose top is a
    rate, its unit then ต่อ/ละ/a slash and what it is per: a range. "As many as B a week" after a name's number A is
    not how a report writes a rate, so the doubt that leaves a bare "A ถึง B" without a record does not hold, unless a
    noun that numbers take stands right before A (`_NAME_HEAD_BEFORE`; rev29)."""
    if not _bare_to_top(doc, m, nxt) or _NAME_HEAD_BEFORE.search(doc.view, max(0, m.start - TERM_REACH), m.start):
        return False
    unit = unit_after(doc, nxt.end)
    return unit is not None and unit.kind != "currency" and per_after(doc, unit.end)[0] is not None


_PLAIN_RANGE = regex.compile(r"[0-9]{1,3}[ ]?[-–][ ]?[0-9]{1,3}")  # the view's digits are ASCII


def _head_counted(doc: Document, mentions, k: int) -> bool:
    """ "มีห้อง 2 ถึง 3 ห้องต่อชั้น", "จัดห้อง 2 - 3 ห้อง": the word right before the low of two plain figures joined by ถึง or a
    dash is the classifier written after the top, so it is the thing counted, named first, and no label ("ห้อง 2", room
    2): the figures are one range. Read as a label, the top alone gave "3 ห้อง", a range's top as if exact (rev29b's
    leftover; rev30)."""
    m = mentions[k]
    if m.form == "range":  # "2 - 3 ห้อง", one mention
        top_end = m.end if m.values[0] < m.values[1] and _PLAIN_RANGE.fullmatch(doc.view, m.start, m.end) else None
    elif m.form == "number" and k + 1 < len(mentions) and _PLAIN_FIGURE.fullmatch(doc.view, m.start, m.end):
        nxt = mentions[k + 1]
        link = _range_res()[0].match(doc.view, m.end)
        top_end = nxt.end if link is not None and link.end() == nxt.start and nxt.form == "number" \
            and m.value is not None and nxt.value is not None and m.value < nxt.value \
            and _PLAIN_FIGURE.fullmatch(doc.view, nxt.start, nxt.end) else None
    else:
        top_end = None
    unit = unit_after(doc, top_end) if top_end is not None else None
    if unit is None or unit.kind != "classifier":
        return False
    j = m.start
    while j > 0 and m.start - j < LABEL_GAP and doc.view[j - 1] == " ":
        j -= 1
    return doc.view.endswith(unit.word, 0, j) and doc.is_boundary(j - len(unit.word))


def _classifier_label_top(doc: Document, mentions, k: int) -> int | None:
    """ "ห้องพักแต่ละห้อง 2 ถึง 3 คน", "อาคารมีชั้น 2 ถึง 3 ห้อง": a label's low whose head is a classifier (ห้อง, ชั้น),
    ถึง, then a higher plain figure with a unit: "each room 2 to 3 people" as likely as "room 2, as many as 3": the top
    alone is a range's top as if exact, so where the top ends (no record of it), else None (rev30's leftover; rev31).
    A head that counts nothing keeps the top ("โควิด 19 ถึง 78 ราย", rev28), so does a head glued after a noun
    ("นักเรียนห้อง 5 ถึง 40 คน"); the top's own classifier before the low is a range (`_head_counted`)."""
    m = mentions[k]
    if m.form != "number" or k + 1 == len(mentions) or m.value is None \
            or not _PLAIN_FIGURE.fullmatch(doc.view, m.start, m.end):
        return None
    nxt = mentions[k + 1]
    link = _range_res()[0].match(doc.view, m.end)
    if link is None or "ถึง" not in link.group() or link.end() != nxt.start or nxt.form != "number" \
            or nxt.value is None or not m.value < nxt.value or not _PLAIN_FIGURE.fullmatch(doc.view, nxt.start, nxt.end):
        return None
    unit = unit_after(doc, nxt.end)
    head = [t for t in doc.tokens_before(m.start, 2) if t.text.strip()][-1:]
    if unit is None or not head or head[0].end < m.start - LABEL_GAP:
        return None
    row = _units()[0].get(head[0].text)
    if row is None or row["kind"] != "classifier":
        return None
    owner = doc.tokens_before(head[0].start, 1)
    # "เด็กนักเรียนห้อง 3 ถึง 35 คน": a noun glued before the head owns the labelled room (the pupils of room 3, as many
    # as 35; rev30's guard); after แต่ละ, a verb or nothing the head may be what each figure is per
    glued_noun = bool(owner) and owner[0].end == head[0].start and word_class(owner[0].text) == "N"
    return None if glued_noun else unit.end


# a figure and a dotted abbreviation the unit table does not hold, then ถึง or a dash, right before a figure: "ระยะทาง 500 ม.
# ถึง 1 กม." (ม. may be หมู่ after a number, so it is no unit: rev29)
_UNREAD_UNIT_LOW = regex.compile(r"[0-9](?P<abbr>[ ]?[\u0E01-\u0E2E]{1,3}\.)[ ]{0,3}"
                                 r"(?:(?:จน)?ถึง|[-–])[ ]{0,3}\Z")  # the view's digits are ASCII
UNREAD_UNIT_REACH = 20  # characters before a figure searched for `_UNREAD_UNIT_LOW`


# the mirror after a measure: ถึง or a dash, then a figure and an unread abbreviation ("ความลึก 50 ซม. ถึง 1 ม."); the
# view's digits are ASCII; one dotted part only on either side: "ม.ค." is a month
_UNREAD_UNIT_TOP = regex.compile(r"[ ]{0,3}(?:(?:จน)?ถึง|[-–])[ ]{0,3}[0-9][0-9,]*+(?:\.[0-9]++)?+"
                                 r"(?P<abbr>[ ]?[\u0E01-\u0E2E]{1,3}\.)(?![\u0E01-\u0E2E]{1,3}\.)")


def _unread_unit_bound(doc: Document, m, unit: UnitMatch) -> bool:
    """The measure at `m` is one bound of a range whose other bound carries a unit abbreviation no record reads ("500 ม.
    ถึง 1 กม.", "50 ซม. ถึง 1 ม."): either bound alone would be a range's end read as if exact (rev30; rev29 had
    accepted the top as a bound). Measures only: "1 ม.ค. - 31 มี.ค." are dates."""
    if unit.kind != "measure":
        return False
    low = _UNREAD_UNIT_LOW.search(doc.view, max(0, m.start - UNREAD_UNIT_REACH), m.start)
    if low is not None and unit_after(doc, low.start("abbr")) is None:
        return True
    top = _UNREAD_UNIT_TOP.match(doc.view, unit.end)
    return top is not None and unit_after(doc, top.start("abbr")) is None


def bare_low(doc: Document, m) -> bool:
    """The figure at `m` is plain digits (no multiplier) and no label's number, year or name's number: the low of
    "A ถึง B" when nothing before it opens a range (`_bare_to_top`; percentages.py asks it for "5 ถึง 10%")."""
    if m.form != "number" or m.value is None or not _PLAIN_FIGURE.fullmatch(doc.view, m.start, m.end):
        return False
    return not (_short_year(doc, m) or is_label_before(doc, m.start) or _name_number(doc, m)
                or _FOUR_DIGITS.fullmatch(doc.view, m.start, m.end) and (1900 <= m.value <= 2100 or 2400 <= m.value <= 2700))


# a weight word before a bare ปอนด์ (rev27), with no word of money after it ("หนักใจกับค่าปรับ 200 ปอนด์", "ชั่งหมูได้ราคา
# 80 ปอนด์", "รุ่นน้ำหนัก 147 ปอนด์ คว้าเงินรางวัล 500 ปอนด์": sterling; rev27b) and not หนักใจ/หนักหน่วง (a burden)
_WEIGHT_BEFORE = regex.compile(r"(?:น้ำหนัก|หนัก(?!ใจ|หน่วง|แน่น)|ชั่ง)(?:(?!ค่า|เงิน|ราคา|ปรับ|รางวัล|บาท|ปอนด์)[^\n])*\Z")
_FOUR_DIGITS = regex.compile(r"[0-9]{4}")
# "แรงดันลม 30 ปอนด์ต่อตารางนิ้ว": pounds of force on a square inch, a pressure (psi), no sterling per square inch (rev31)
_PER_SQUARE_INCH = regex.compile(r"[ ]?(?:ต่อ|/)[ ]?(?:ตารางนิ้ว|ตร\.[ ]?นิ้ว)")
# "ปลาหนัก 5 ปอนด์ (2.27 กิโลกรัม)", "5 ปอนด์ (ประมาณ 2.3 กก.)": a bracket right after restates the pounds in a weight, so
# they are weighed, no sterling (rev35; main read 5 GBP)
_WEIGHT_RESTATED = regex.compile(r"[ ]?\([ ]?(?:ประมาณ|ราว|หรือ)?[ ]?(?P<n>[0-9๐-๙][0-9๐-๙,.]*)[ ]?(?P<u>กิโลกรัม|กก\.|กรัม|ก\.)")
_KG_PER_POUND = Decimal("0.45359237")


def _pounds_restated(doc: Document, m, end: int) -> bool:
    """The bracket after "N ปอนด์" is N pounds' weight (within a tenth), so the pounds are weighed (rev35). (rev35b) A
    bracket of another weight is no restatement: "ชาอังกฤษราคา 10 ปอนด์ (500 กรัม)" is a price for 500 g (rev35 read no
    money)."""
    g = _WEIGHT_RESTATED.match(doc.view, end)
    if g is None or not isinstance(m.value, (int, Decimal)) or m.value <= 0:
        return False
    try:
        said = Decimal(g.group("n").translate(_THAI_DIGITS).replace(",", "").rstrip("."))
    except ArithmeticError:
        return False
    kg = said if g.group("u") in ("กิโลกรัม", "กก.") else said / 1000
    return abs(kg - Decimal(m.value) * _KG_PER_POUND) <= Decimal(m.value) * _KG_PER_POUND / 10


GOLD_REACH = 40  # characters before a บาท figure searched for ทอง (gold is weighed in บาท)
_GOLD = "ทอง"
# น้ำหนัก/หนัก right before the figure, not a price's move ("ราคาทองคำปรับขึ้นหนัก 500 บาท": up sharply by 500 baht); a bare
# หนัก only glued to the gold itself or after a space, a figure or a bracket ("สร้อยคอทองคำหนัก", "ทองคำ 96.5% หนัก"): after
# another word it is "heavily" ("ผันผวนหนัก 600 บาท", "ขาดทุนหนัก 500 บาท": money; rev28b)
# The weight word may head a list of weights that ends at the figure: "หนัก 2 สลึง และ 1 บาท", "ทองคำแท่งหนัก 5 บาท และ
# 10 บาท" (each term closed by และ/หรือ/a comma; "ทองคำหนัก 1 บาท ราคา 41,000 บาท" is a price; rev29)
_GOLD_WEIGHT_BEFORE = regex.compile(r"(?:น้ำหนัก|(?<=ทอง|ทองคำ|แท่ง|รูปพรรณ|[ %0-9๐-๙)])หนัก)[ ]?"
                                    r"(?:[0-9๐-๙][0-9๐-๙.,]{0,5}[ ]?(?:บาท|สลึง|กรัม)[ ]?(?:,|และ|หรือ)[ ]?){0,3}\Z")
GOLD_WEIGHT_REACH = 56  # characters before a บาท figure searched for the weight word and its list (three terms)


# the gold itself right before the figure, or before a list of weights that ends at it, with no weight word: "ทองคำ 1 บาท",
# "ราคาทองคำ 1 บาท และ 2 บาท", "ทองคำ 96.5% 1 บาท" (rev30)
_GOLD_NAMED_BEFORE = regex.compile(r"ทอง(?:คำ)?(?:แท่ง|รูปพรรณ)?[ ]?(?:[0-9๐-๙][0-9๐-๙.]{0,4}[ ]?%[ ]?)?"
                                   r"(?:[0-9๐-๙][0-9๐-๙.,]{0,5}[ ]?(?:บาท|สลึง|กรัม)[ ]?(?:,|และ|หรือ)[ ]?){0,3}"
                                   r"\Z")
GOLD_PRICE_FLOOR = 100  # บาท: no price of a บาท of gold is lower (it passed 4,000 บาท before 1980), a weight seldom higher


def _gold_weighed(doc: Document, m) -> bool:
    """ "ทองคำหนัก 2 บาท", "ทองรูปพรรณน้ำหนัก 1 บาท", "หนัก 2 สลึง และ 1 บาท": a weight word right before the figure or
    before a list of weights that ends at it (`_GOLD_WEIGHT_BEFORE`), and gold before the weight word. Without gold a
    weight word may be a burden's ("ภาระหนัก 500 บาท"). Without a weight word, a figure under GOLD_PRICE_FLOOR right after
    the gold (`_GOLD_NAMED_BEFORE`): "ราคาทองคำ 1 บาท อยู่ที่ 41,000 บาท" weighs 1 บาท, "ราคาทองคำ 41,000 บาท" is a price."""
    lo = max(0, m.start - GOLD_WEIGHT_REACH)
    weight = _GOLD_WEIGHT_BEFORE.search(doc.view, lo, m.start)
    if weight is not None and _GOLD in doc.view[max(0, weight.start() - GOLD_REACH):m.start]:
        return True
    if m.value is None or not 0 < m.value < GOLD_PRICE_FLOOR or doc.view.find(_GOLD, lo, m.start) < 0:
        return False
    gold = _GOLD_NAMED_BEFORE.search(doc.view, lo, m.start)
    return gold is not None and doc.is_boundary(gold.start())  # not "ขนมฝอยทอง 5 บาท": a sweet's price
# a figure that is one term of a product or a ratio (rev28): "ขนาด 60 x 180 เมตร", "30 × 40 × 50 ซม." (one side, not the
# size; a measure only: "3 x 500 บาท" is a price each), "อัตราส่วนครู 1 : 20 คน" (a ratio's term, no 20 people)
_PRODUCT_BEFORE = regex.compile(r"[0-9๐-๙][ ]?[xX×][ ]?\Z")
# ต่อ likewise after the cue: "อัตราส่วนผู้ป่วยต่อแพทย์ 1 ต่อ 2,500 คน" (no 2,500 people; rev29); without the cue "250 ต่อ
# 180 เสียง" (a vote's two sides) keeps its count
_RATIO_TERM_BEFORE = regex.compile(r"[0-9๐-๙][ ]?(?::|ต่อ)[ ]?\Z")
# "อายุ 1 ขวบ 6 เดือน": the months after a child's years (ขวบ, no unit of the table) are the rest of one age, 18 months;
# 6 เดือน alone would be the wrong age (rev28)
_AGE_YEARS_BEFORE = regex.compile(r"[0-9๐-๙][ ]?ขวบ[ ]?\Z")
# "ผู้สูงอายุ 1 ใน 4 คน มีภาวะซึมเศร้า": a proportion's base, no four people (rev29); the ratio reader takes no "1 ใน N"
# (one of N). After เป็น/คือ the N are a real group ("เป็น 1 ใน 5 คนที่ได้รับรางวัล", "ซึ่งเป็น 1 ใน 7 เกาะ") and only people
# are read so: "1 ใน 7 สหกรณ์", "1 ใน 72 ล้านต้น" count real things
_PROPORTION_BASE_BEFORE = regex.compile(r"(?<![0-9๐-๙.,])(?<!(?:เป็น|คือ)[ ]?)[1๑][ ]?ใน[ ]?\Z")
# "อุณหภูมิลบ 5 องศาเซลเซียส": minus five degrees written as a word; 5 องศา alone would be the wrong temperature (rev29).
# Not ติดลบ (read as a decrease, rev28), บวกลบ (a margin) or ผลลบ (a negative result: "ผลลบ 298 ตัวอย่าง")
_MINUS_WORD_BEFORE = regex.compile(r"(?<!ติด|บวก|ผล)ลบ[ ]?\Z")
_DEGREE = "องศา"
TERM_REACH = 12  # characters before a figure searched for a product's x, a ratio's colon or an age's ขวบ
RATIO_CUE_REACH = 48  # characters before a colon's later term searched for อัตราส่วน/สัดส่วน (ratios.py's window + "1 : ")
RANGE_LEAD_REACH = 24  # characters before a range's low figure searched for the word that introduces it


@lexicon_cache
def _range_lead_re() -> regex.Pattern:
    """The word right before "A ถึง B" that makes A an amount: grammar.tsv range_lead, a qualifier written before a
    figure (ประมาณ, ไม่เกิน), a unit and ละ (วันละ, ไร่ละ; not ร้อยละ), or a Thai word of money (เงินชดเชย, ค่าเสียหาย)."""
    lead = words("grammar", role="range_lead") | words("qualifiers", position="before")
    return regex.compile(rf"(?:(?:{alternation(lead)})|(?<!ร้อย)(?<=\S)ละ|(?:เงิน|ค่า)[ก-ฮะ-ฺเ-์]{{0,12}})[ ]?\Z")


_LEADING_FIGURE = regex.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


@lexicon_cache
def _phone_prefix_re() -> regex.Pattern:
    """A phone marker (or a hotline marker: สายรับเรื่อง, Call Center), perhaps a Latin name or a Thai
    abbreviation (iBank, สปสช.), then only the digits, spaces and dashes of a phone number, to the end."""
    markers = alternation(grammar("phone_marker") | words("not_numbers", kind="hotline_marker"))
    return regex.compile(rf"(?:{markers})[.:]?(?:[ ](?:[A-Za-z]++|[\u0E01-\u0E2E][\u0E01-\u0E4E]{{1,7}}\.))?[ ]?"
                         rf"(?P<digits>[0-9][0-9 \-]*)?\Z")


_SHORT_HOTLINE = regex.compile(r"1[0-9]{3}")


@lexicon_cache
def _hotline_name_re() -> regex.Pattern:
    """A hotline word glued to a name, then the figure: "สายด่วนศูนย์ดำรงธรรม 1567"."""
    return regex.compile(rf"(?:{alternation(words('not_numbers', kind='hotline_marker'))})[\u0E01-\u0E4E]{{1,30}}[ ]?\Z")


def _phone_figure(doc: Document, m) -> bool:
    """ "โทร. 0 2537 8480 ศูนย์รับ-ส่งพัสดุ", "สายด่วน 1146 ระบบ CCTV": digits after a phone marker,
    with only the digits, spaces and dashes of a phone number between, four digits at least in
    all, are (part of) a phone number: they count nothing, whatever word follows them.
    "โทรศัพท์มือถือ 1 เครื่อง" (one digit) and "สายด่วน 1111 (24 ชม.)" (a bracket) are counts.
    A hotline word glued to its owner's name ("สายด่วนศูนย์ดำรงธรรม 1567") makes a short hotline
    number (four digits, the first 1) one too; a verb glued to โทร ("โทรสอบถาม 1500 ครั้ง") does not."""
    if m.form != "number" or not m.rule.startswith("num.digits"):
        return False
    lo = max(0, m.start - PHONE_REACH)
    pre = _phone_prefix_re().search(doc.view, lo, m.start)
    if pre is None:
        return _SHORT_HOTLINE.fullmatch(doc.view, m.start, m.end) is not None \
            and _hotline_name_re().search(doc.view, lo, m.start) is not None
    digits = sum(c.isdigit() for c in (pre["digits"] or "")) + sum(c.isdigit() for c in doc.view[m.start:m.end])
    return digits >= 4


@lexicon_cache
def _time_after_date_re() -> regex.Pattern:
    months = alternation(r["word"] for r in load_tsv("months") if r["form"] == "abbr")
    return regex.compile(rf"(?:{months})[ ]?[0-9]{{2,4}},[ ]?\Z")


def _time_after_date(doc: Document, m) -> bool:
    """ "เมื่อ 9 ธ.ค.63, 0930 พล.อ.…", "31 ม.ค.67, 1330 นาย Kazuya…": four bare digits right after a
    date and its comma are the time of day (13.30), as military news writes it, never a count of
    whatever word follows."""
    if m.form != "number" or not _FOUR_DIGITS.fullmatch(doc.view, m.start, m.end):
        return False
    if int(doc.view[m.start:m.start + 2]) > 24 or int(doc.view[m.start + 2:m.end]) > 59:
        return False
    return _time_after_date_re().search(doc.view, max(0, m.start - 16), m.start) is not None


NAME_REACH = 40  # characters back from a figure searched for the name or hashtag it belongs to
_HASHTAG = regex.compile(r"#[^\s#]{0,40}\Z")


def in_hashtag(view: str, pos: int) -> bool:
    """A figure starting at `pos` is inside a hashtag ("#กลาโหม135ปี", "#ปลอดบุหรี่100%"): a slogan's
    figure, no count and no percent."""
    lo = max(0, pos - NAME_REACH)
    return view.find("#", lo, pos) >= 0 and _HASHTAG.search(view, lo, pos) is not None  # no "#": no search (s38)


@lexicon_cache
def _name_number_res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a lane word glued to its name, a royal title glued to a name and ที่, a provincial cluster's
    name ending in a region's part, a king's name that takes its number), each pattern ending where
    the figure starts."""
    lanes = words("not_numbers", kind="address_head")
    regnal = alternation(words("not_numbers", kind="regnal_head"))
    cluster = alternation(words("not_numbers", kind="cluster_head"))
    part = alternation(words("not_numbers", kind="cluster_part"))
    king = alternation(words("not_numbers", kind="king_name"))
    return (regex.compile(rf"(?:{alternation(lanes)})[\u0E01-\u0E4E]{{1,30}}[ ]?\Z"),
            regex.compile(rf"(?:{regnal})[\u0E01-\u0E4E]{{1,30}}ที่[ ]?\Z"),
            regex.compile(rf"(?:{cluster})[\u0E01-\u0E4E]{{1,30}}(?:{part})[ ]?\Z"),
            regex.compile(rf"(?:{king})[ ]?\Z"))


KING_MAX = 10  # พระราม 1 to พระราม 10: the kings of the Chakri dynasty


def _name_number(doc: Document, m) -> bool:
    """The figure is part of a name, so the word after it counts nothing: a lane's number after the
    lane's name ("ซอยอ่อนนุช 86 เขตประเวศ"; ซอย is no unit, so "ซอยย่อย 20 ซอย" is no count either), a regnal number
    ("พระเจ้าเฟรดเดอริคที่ 9 แห่งประเทศเดนมาร์ก"), a provincial cluster's number 1 or 2
    ("กลุ่มจังหวัดภาคเหนือตอนล่าง 2 กิจกรรม"; "ภาคเหนือตอนล่าง 4 ปี" counts years), a king's number in a
    road's or a bridge's name ("ถนนพระราม 2 กม. ที่ 20+500", "สะพานพระราม 8 ช่วงเช้า"), a number inside a
    hashtag ("#กลาโหม135ปี")."""
    view = doc.view
    lo = max(0, m.start - NAME_REACH)
    if in_hashtag(view, m.start):
        return True
    lane, regnal, cluster, king = _name_number_res()
    for pattern in (lane, regnal, cluster, king):
        if pattern is cluster and (m.form != "number" or m.value not in (1, 2)):
            continue
        if pattern is king and (m.form != "number" or not _WHOLE.fullmatch(m.text) or not 0 < m.value <= KING_MAX):
            continue
        found = pattern.search(view, lo, m.start)
        if found and doc.is_boundary(found.start()):
            return True
    return False


@lexicon_cache
def _province_re() -> regex.Pattern:
    names = alternation(_provinces())
    return regex.compile(rf"(?P<name>{names})(?P<list>[ ,]*+(?:และ|หรือ)?[ ]?(?:จังหวัด)?(?:{names}))?")


@lexicon_cache
def _unit_led_names() -> tuple[str, ...]:
    return tuple(sorted(words("not_numbers", kind="unit_led_name")))


def _place_name_unit(doc: Document, unit: UnitMatch) -> bool:
    """ "โรงเรียนราชประชานุเคราะห์ 58 จังหวัดนนทบุรี", "คลอง 9 จังหวัดปทุมธานี": จังหวัด glued to a
    province's name starts that name, so the figure before it ends another name and counts no
    provinces. A list of provinces after it ("4 จังหวัดนราธิวาส ปัตตานี …") is a count. So does a
    place's name that begins with a unit word ("ฮอลล์ 5-6 เมืองทองธานี": halls, not cities)."""
    if doc.view.startswith(_unit_led_names(), unit.start):
        return True
    if unit.word != "จังหวัด":
        return False
    m = _province_re().match(doc.view, unit.end)
    return m is not None and not m["list"] and _ends_word(doc, m.end("name"))


@lexicon_cache
def _address_res() -> tuple[frozenset[str], regex.Pattern, regex.Pattern]:
    """(the admin words, a place's name and the next admin word after it, the word แห่ง glued to a
    law's or a country's name or one space before a law's)."""
    skip = alternation(words("not_numbers", kind="not_a_name"))
    nxt = alternation(words("not_numbers", kind="admin_next"))
    # a name starts with a consonant or a leading vowel (แพรกหนามแดง, โนนเมือง, เมืองราชบุรี)
    name = rf"(?!{skip})[\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E4E]{{1,30}}+"
    of = alternation(words("not_numbers", kind="of_word"))
    law = alternation(words("not_numbers", kind="of_law"))
    return (words("not_numbers", kind="admin_unit"), regex.compile(rf"{name}[ ]++(?:{nxt})"),
            regex.compile(rf"(?:{of})|[ ]?(?:{law})"))


def _address_unit(doc: Document, unit: UnitMatch) -> bool:
    """The word after the figure starts an address or means "of", so the figure counts nothing:
    "บ้านคลอง 33 อำเภอองครักษ์ จังหวัดนครนายก", "ถนนพระราม 4 เขตคลองเตย กรุงเทพฯ", "บ้านหนองบัว 2
    ตำบลโนนสูง อำเภอ…" (an admin word glued to a place's name, a higher admin word after it: the
    figure ends a name); "มาตรา 6 วรรคสอง แห่งพระราชบัญญัติ…", "…ที่ 9 แห่งประเทศเดนมาร์ก" (แห่ง glued to a law or a country),
    "มาตรา 70 และ 77 แห่ง พ.ร.บ. อุดมศึกษา" (one space before a law: the second section of a list).
    "9 ตำบลในอำเภอนากลาง", "4 อำเภอจังหวัดสงขลา", "51 อำเภอชายแดน" are counts."""
    admin, address, of = _address_res()
    if unit.word == "แห่ง":
        return of.match(doc.view, unit.end) is not None
    return unit.word in admin and address.match(doc.view, unit.end) is not None


_VERSION = regex.compile(r"[0-9]\.0")


def _version_label(doc: Document, m, unit: UnitMatch) -> bool:
    """ "PMQA ๔.๐ ระดับก้าวหน้า", "อุตสาหกรรม 4.0 ด้านต่างๆ": a count of things is whole, so one digit,
    a point and a zero before a classifier is a version's name (Thailand 4.0), not 4 ระดับ. An
    average says so (เฉลี่ย 2.0 คน) and is kept."""
    if unit.kind != "classifier" or m.form != "number" or not _VERSION.fullmatch(doc.view, m.start, m.end):
        return False
    return qualifier_before(doc, m.start) is None and "เฉลี่ย" not in doc.view[max(0, m.start - 12):m.start]


def _repeated_month(doc: Document, m, unit: UnitMatch) -> bool:
    """ "ดีเดย์ 11 เดือน 11": a number, เดือน and the same number again names a day (11.11, 9.9
    shopping days), not a duration; "9 เดือน 9 วัน" (a unit after the second) is one."""
    if unit.word != "เดือน" or m.form != "number":
        return False
    g = _GAP_RE.match(doc.view, unit.end)
    if g is None or g.end() == unit.end:
        return False
    nxt = doc.numbers_between(g.end(), g.end() + 1)
    if not nxt or nxt[0].start != g.end() or nxt[0].form != "number" or nxt[0].text != m.text:
        return False
    return doc.is_boundary(nxt[0].end) and unit_after(doc, nxt[0].end) is None


@lexicon_cache
def _dimension_frames() -> tuple[str, ...]:
    return tuple(sorted(words("not_numbers", kind="dimension_frame")))


def _dimension_term(doc: Document, m, unit: UnitMatch) -> bool:
    """ "การฉายภาพสามมิติ", "ออกแบบสามมิติ", "รูปแบบ 3 มิติ": 2, 3 or 4 มิติ right after an image,
    model, print or map word is the term 2-D/3-D/4-D, not a count of dimensions ("ทั้ง 4 มิติ",
    "ครอบคลุม 5 มิติ" are counts)."""
    if unit.word != "มิติ" or m.value not in (2, 3, 4):
        return False
    before = m.start - 1 if doc.view[m.start - 1:m.start] == " " else m.start
    return doc.view.endswith(_dimension_frames(), max(0, before - 12), before)


@lexicon_cache
def _pair_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(the second half's "one" right after a unit, the first half before a figure) of a
    "one X one Y" name; the halves may stand a space apart ("หนึ่งตำบล หนึ่งกลุ่มอาชีพ"), but
    หนึ่งใน after a space is "one of" ("…หนึ่งราย หนึ่งในนั้น"), no second half."""
    one = alternation(words("not_numbers", kind="pair_one"))
    return (regex.compile(rf"[ ]?(?:{one})(?!ใน)[\u0E01-\u0E4E]"),
            regex.compile(rf"(?:{one})[\u0E01-\u0E4E]{{1,12}}[ ]?\Z"))


@lexicon_cache
def _digit_pair_res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """(what opens a "1 X 1 Y" name: a quote, or a programme or policy word not itself counted;
    the second half's 1 after the first half's unit; the first half and its opening before a
    second half's 1)."""
    frame = alternation(words("not_numbers", kind="slogan_frame"))
    opening = rf"(?:[“\"‘']|(?<![0-9] )(?<![0-9])(?:{frame})[ ]?)"
    return (regex.compile(rf"{opening}\Z"), regex.compile(r"[ ]?1[ ]?[\u0E01-\u0E4E]"),
            regex.compile(rf"{opening}1[ ]?[\u0E01-\u0E4E]{{1,12}}[ ]?\Z"))


def _digit_pair(doc: Document, m, unit: UnitMatch) -> bool:
    """ "โครงการ “1 ตำบล 1 ดิจิทัล”", "นโยบาย 1 ครอบครัว 1 ทักษะ", "โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่": a
    "one X one Y" name written in digits, opened by a quote or by โครงการ/นโยบาย, is no count of one
    (either half). Without that opening it may be ("รวม 1 อำเภอ 1 ตำบล 5 หมู่บ้าน", "(1 ราย 1 แปลง)"), unless the
    second half's 1 stands before a word that is no unit ("(1 ตำบล 1 มหาวิทยาลัย)", "1 จังหวัด 1 โรงพยาบาล")."""
    if m.form != "number" or m.value != 1 or doc.view[m.start:m.end] != "1":
        return False
    opening, second, first = _digit_pair_res()
    lo = max(0, m.start - 30)
    half = second.match(doc.view, unit.end)
    if half and (opening.search(doc.view, lo, m.start) or unit.kind == "classifier"
                 and unit_after(doc, half.end() - 1) is None):
        return True  # "(1 ตำบล 1 มหาวิทยาลัย)": the second half's 1 counts no unit, so neither does the first
    return first.search(doc.view, lo, m.start) is not None


def _slogan(doc: Document, m, unit: UnitMatch) -> bool:
    """ "หนึ่งคนว่าย หลายคนให้": หนึ่ง glued to a classifier and answered by หลาย and the same classifier
    a few words on is a slogan (one swims, many give), not a count of one; "หนึ่งตำบลหนึ่งผลิตภัณฑ์"
    (OTOP), "หนึ่งอำเภอหนึ่งทุน", "หนึ่งแถบหนึ่งเส้นทาง": each half of a "one X one Y" name is none
    either. After a classifier, หนึ่ง is that classifier's ("บริษัทแห่งหนึ่ง คนรอง…": a certain
    company), so the word after it is not its unit."""
    if _digit_pair(doc, m, unit):
        return True
    if m.form != "words" or m.value != 1:
        return False
    if _after_classifier(doc, m.start):
        return True
    if unit.start != m.end:
        return False
    second, first = _pair_res()
    if second.match(doc.view, unit.end) or first.search(doc.view, max(0, m.start - 20), m.start):
        return True
    line_end = doc.view.find("\n", unit.end, unit.end + 30)
    window = doc.view[unit.end:unit.end + 30 if line_end < 0 else line_end]
    return any(f"{many}{unit.word}" in window for many in words("not_numbers", kind="many"))


def _after_classifier(doc: Document, pos: int) -> bool:
    """A classifier ends at `pos`, glued to what follows and starting on a token boundary."""
    table, lengths, _ = _units()
    view = doc.view
    for n in lengths:
        w = view[pos - n:pos] if pos >= n else ""
        row = table.get(w)
        if row is not None and row["kind"] == "classifier" and doc.is_boundary(pos - n):
            return True
    return False


@lexicon_cache
def _scheme_name_res() -> tuple[regex.Pattern, regex.Pattern]:
    return (regex.compile(rf"[ ]?(?:{alternation(words('not_numbers', kind='name_after_amount'))})"),
            regex.compile(rf"(?:{alternation(words('not_numbers', kind='name_before_amount'))})[ ]?\Z"))


SCHEME_BAHT = 30  # the universal health scheme is named by its fee: 30 บาท


def _scheme_name(doc: Document, m, unit: UnitMatch) -> bool:
    """ "นโยบาย 30 บาทรักษาทุกที่", "โครงการ 30 บาทรักษาทุกโรค", "ยกระดับ 30 บาท พลัส", "สิทธิบัตรทอง 30 บาท",
    "การยกระดับ 30 บาท ให้ประชาชน…": the amount is the universal health scheme's name, not a sum of 30 baht
    ("10,598 ล้านบาท รักษาการจ้างงาน" is a sum; a word before names the scheme only before 30 บาท)."""
    after, before = _scheme_name_res()
    if after.match(doc.view, unit.end) is not None:
        return True
    return unit.kind == "currency" and m.value == SCHEME_BAHT \
        and before.search(doc.view, max(0, m.start - 12), m.start) is not None


@lexicon_cache
def _label_head_re(kind: str) -> regex.Pattern:
    """not_numbers.tsv's words of one kind (level_head: ระดับ, ภาค; route_head: สาย) ending right before a
    figure, not after another figure (where the word is that figure's unit)."""
    heads = alternation(words("not_numbers", kind=kind))
    return regex.compile(rf"(?<![0-9] )(?<![0-9])(?:{heads})[ ]?\Z")


def _ends_right_before(doc: Document, pattern: regex.Pattern, pos: int, reach: int) -> bool:
    """`pattern` (anchored at its end, \\Z) matches within the `reach` characters before `pos`, from a
    token boundary: the word a label's number follows ("ระดับ 3", "สาย 45", "ห้องประชุม อก. 1")."""
    found = pattern.search(doc.view, max(0, pos - reach), pos)
    return found is not None and doc.is_boundary(found.start())


LEVEL_MAX = 20  # a level's or a region's number is small


def _level_label(doc: Document, m, unit: UnitMatch) -> bool:
    """ "เหลือระดับ 3 หลังสถานการณ์…", "ข้าราชการระดับ 10 นายขจิต…", "การไฟฟ้าภาค 1 นายถนอม…": a small
    whole number right after ระดับ or ภาค (a word of its own, not the unit of a figure before it) is
    the level's or the region's number, so the classifier after it counts nothing. A measure after
    it is kept ("ที่ระดับ 177.9 มม."), and so are "สถานียกระดับ 7 สถานี" (ยกระดับ is another word) and
    "4 ภาค 76 จังหวัด" (ภาค is the unit of 4)."""
    if unit.kind != "classifier" or m.form != "number" or m.value is None or not 0 < m.value <= LEVEL_MAX \
            or not _WHOLE.fullmatch(m.text):
        return False
    return _ends_right_before(doc, _label_head_re("level_head"), m.start, 8)


def _route_label(doc: Document, m, unit: UnitMatch) -> bool:
    """ "พนักงานขับรถโดยสารธรรมดา สาย 45 เขตการเดินรถที่ 3", "รถโดยสารปรับอากาศ สาย 8 เส้นทางเคหะ…": a whole
    number right after สาย (a word of its own, not the unit of a figure before it) is a bus route's number, so the
    classifier after it counts nothing. "3 สาย 45 กิโลเมตร" (สาย is the unit of 3), "สายละ 72 ธง" and a time after
    it ("มาสาย 5 นาที") are kept."""
    if unit.kind != "classifier" or m.form != "number" or not _WHOLE.fullmatch(m.text):
        return False
    return _ends_right_before(doc, _label_head_re("route_head"), m.start, 8)


@lexicon_cache
def _glued_name_re() -> regex.Pattern:
    """A place's name glued to the word before it (not a function word a count goes on with: ทั่ว, ใน, ของ)."""
    skip = alternation(words("not_numbers", kind="not_a_name"))
    return regex.compile(rf"(?!{skip})[\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E4E]{{2,30}}")


def _numbered_centre(doc: Document, m, unit: UnitMatch) -> bool:
    """ "ศูนย์บริการสาธารณสุข 14 แก้วศรีบุญเรือง": a whole number right after a head word whose places are numbered
    and named (not_numbers numbered_head), with the word after it glued to a name, is that place's number; the word
    is the name's first part, no classifier. "ศูนย์บริการสาธารณสุข 69 แห่ง ทั่วกรุงเทพฯ", "… 68 แห่งในกรุงเทพฯ" count,
    and so does a classifier of the places themselves whatever is glued to it ("69 แห่งครอบคลุมทุกเขต")."""
    if m.form != "number" or not _WHOLE.fullmatch(m.text) or _glued_name_re().match(doc.view, unit.end) is None \
            or unit.word in words("not_numbers", kind="numbered_head_unit"):
        return False
    return _ends_right_before(doc, _label_head_re("numbered_head"), m.start, _numbered_head_reach())


@lexicon_cache
def _numbered_head_reach() -> int:
    return max(map(len, words("not_numbers", kind="numbered_head")), default=0) + 2  # the head word and a space


@lexicon_cache
def _anniversary_body_re() -> regex.Pattern:
    """ปี, perhaps a space, then the head word of a ministry, a department, a bank or a university (org_heads.tsv)."""
    heads = alternation(r["head"] for r in load_tsv("org_heads")
                        if r["category"] in ("ministry", "department", "bank", "university"))
    return regex.compile(rf"[ ]?(?:{heads})")


def _series_anniversary(doc: Document, m, unit: UnitMatch) -> bool:
    """ "พันธบัตรออมทรัพย์ รุ่น 150 ปี กระทรวงการคลัง": a whole number of years right after a series word (not_numbers
    series_head: รุ่น), with a ministry, a department, a bank or a university after ปี, names the series after that
    body's anniversary; it is no bond's term. The series word stands alone (after a space, a quote or a bracket):
    "พันธบัตรรุ่น 10 ปี ธนาคาร…จัดจำหน่าย" and "พันธบัตรรุ่น 5 ปี อัตราดอกเบี้ย 2.5%" are terms and are kept."""
    if unit.word != "ปี" or m.form != "number" or not _WHOLE.fullmatch(m.text) \
            or _anniversary_body_re().match(doc.view, unit.end) is None:
        return False
    return _series_head_re().search(doc.view, max(0, m.start - 8), m.start) is not None


@lexicon_cache
def _series_head_re() -> regex.Pattern:
    heads = alternation(words("not_numbers", kind="series_head"))
    return regex.compile(rf"(?:^|(?<=[\s“\"(]))(?:{heads})[ ]?\Z")


@lexicon_cache
def _year_name_res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a plan named with its span, a place word and a celebration word glued to it, a place word standing alone),
    each ending where the figure starts."""
    plans = alternation(words("not_numbers", kind="plan_name"))
    places = alternation(words("not_numbers", kind="named_place"))
    feasts = alternation(words("not_numbers", kind="celebration"))
    return (regex.compile(rf"(?:{plans})(?:[ ]?ระยะ)?[ ]?\Z"),
            regex.compile(rf"(?:{places})(?:{feasts})[\u0E01-\u0E4E]{{0,20}}[ ]?\Z"),
            regex.compile(rf"(?:^|(?<=\s))(?:{places})[ ]\Z"))


NAMED_PLACE_MIN_YEARS = 100  # ศาลา 100 ปี: a place word alone before so many years names the place for a centenary


def _named_for_years(doc: Document, m, unit: UnitMatch) -> bool:
    """A whole number of years that is part of a name, no span nor age measured: the National Strategy's
    ("ตามยุทธศาสตร์ชาติ 20 ปี", "ยุทธศาสตร์ชาติระยะ 20 ปี (พ.ศ. 2561 - 2580)"), a place named for an anniversary
    ("ถนนสมโภชเชียงใหม่ 700 ปี", "สวนเฉลิมพระเกียรติ 700 ปี": a celebration word glued to the place word), and a
    place word standing alone before 100 years or more ("ณ ศาลา 100 ปี วัด…"). "สวนยางอายุ 7 ปี", "อาคารชุด…
    ระยะเวลา 30 ปี" and "ก่อสร้างอาคาร 2 ปี" are kept."""
    if unit.word != "ปี" or m.form != "number" or not _WHOLE.fullmatch(m.text):
        return False
    plan, feast, alone = _year_name_res()
    lo = max(0, m.start - NAME_REACH)
    for pattern in (plan, feast):
        found = pattern.search(doc.view, lo, m.start)
        if found and doc.is_boundary(found.start()):
            return True
    return m.value >= NAMED_PLACE_MIN_YEARS and alone.search(doc.view, lo, m.start) is not None


@lexicon_cache
def _road_code_re() -> regex.Pattern:
    codes = alternation(words("not_numbers", kind="road_code"))
    return regex.compile(rf"(?:{codes})[ ]?\Z")


def _road_number(doc: Document, m) -> bool:
    """ "ส่วนถนนสาย ทล. 4244 กม. ต.เบตง", "ทางหลวงหมายเลข 24 กม. ที่ 70+205": a whole number right after a road-number
    word (not_numbers road_code: ทล., ทช., หมายเลข) is the road's number, so the unit after it (here กม., its
    kilometre mark left out) measures nothing."""
    if m.form != "number" or not _WHOLE.fullmatch(m.text):
        return False
    found = _road_code_re().search(doc.view, max(0, m.start - 12), m.start)
    return found is not None and doc.is_boundary(found.start())


_RAI = "ไร่"
# after "N ไร่": งาน (a quarter ไร่) and ตารางวา (1/400 ไร่), or ตารางวา alone; the view's digits are ASCII
_NGAN_WAH = regex.compile(r"[ ]?(?:(?P<ngan>[0-3])[ ]?งาน(?:[ ]?(?P<wah>[0-9]{1,2}(?:\.[0-9]+)?)[ ]?(?:ตารางวา|ตร\.ว\.|ตร\.วา))?"
                          r"|(?P<wah_only>[0-9]{1,2}(?:\.[0-9]+)?)[ ]?(?:ตารางวา|ตร\.ว\.|ตร\.วา))")


def _ngan_wah_after(doc: Document, m, unit: UnitMatch, pos: int) -> tuple[Number, int] | None:
    """ "พื้นที่ 13 ไร่ 2 งาน", "127 ไร่ 1 งาน 59.7 ตร.วา", "3 ไร่ 50 ตารางวา": an area written out in ไร่, งาน and
    ตารางวา is one area (as "12-2-40 ไร่" is), so the record is its sum in ไร่ (1 ไร่ = 4 งาน = 400 ตารางวา); the
    whole ไร่ alone would understate it. (value, end) or None."""
    if unit.word != _RAI or m.form != "number" or not isinstance(m.value, int) or m.value < 0:
        return None
    g = _NGAN_WAH.match(doc.view, pos)
    if g is None or not _ends_word(doc, g.end()):
        return None
    wah = g["wah"] or g["wah_only"]
    ngan, end = Decimal(g["ngan"] or 0), g.end()
    half = _HALF.match(doc.view, end) if g["ngan"] and not wah else None
    if half is not None and _ends_word(doc, half.end()) and not _half_of_next_unit(doc, half.end()):
        ngan, end = ngan + Decimal(1) / 2, half.end()  # "3 ไร่ 2 งานครึ่ง": two and a half งาน
    with exact_context():
        value = (Decimal(m.value) + ngan / 4 + Decimal(wah or 0) / 400).normalize()
    return (int(value) if value == value.to_integral_value() else value), end


_BAHT = "บาท"
_SATANG = regex.compile(r"[ ]?(?:สตางค์|สต\.(?![\u0E01-\u0E4E]{1,2}\.))")  # สต. written short too: "12 บาท 75 สต." (rev35; main read 12 บาท and 0.75)


def _satang_after(doc: Document, mentions, k: int, unit: UnitMatch, pos: int) -> tuple[Number, int] | None:
    """ "20 บาท 50 สตางค์", "12 บาท 75 สต.", "…เจ็ดสิบสามบาทหกสิบห้าสตางค์": whole baht and then satang (1/100 บาท) are one amount, so
    the record is their sum in baht; the baht alone would leave the satang as a second amount. (value, end) or None."""
    m = mentions[k]
    if unit.word != _BAHT or not isinstance(m.value, int) or m.value < 0 or k + 1 >= len(mentions):
        return None
    nxt = mentions[k + 1]
    if not pos <= nxt.start <= pos + 1 or doc.view[pos:nxt.start].strip() or not isinstance(nxt.value, int) \
            or not 0 <= nxt.value < 100 or nxt.form not in ("number", "words"):
        return None
    g = _SATANG.match(doc.view, nxt.end)
    if g is None or not _ends_word(doc, g.end()):
        return None
    with exact_context():
        return (Decimal(m.value) + Decimal(nxt.value) / 100).normalize(), g.end()


@lexicon_cache
def _unit_parts() -> dict[str, tuple[tuple[str, int | None], ...]]:
    """grammar.tsv's unit_part rows: a larger unit → the smaller units that may follow it as one measure, each with
    how many of it make one larger (None where no exact number does: a month has 28 to 31 days), longest first."""
    out: dict[str, list[tuple[str, int | None]]] = {}
    for r in load_tsv("grammar"):
        if r["role"] == "unit_part":
            big, _, n = r["value"].partition("=")
            out.setdefault(big, []).append((r["word"], int(n) if n else None))
    return {k: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for k, v in out.items()}


_THAI_LETTER_OR_DOT = regex.compile(r"[\u0E01-\u0E4E.]")


def _part_unit(doc: Document, pos: int, parts) -> tuple[str, int | None, int] | None:
    """The smaller unit of a measure right after a figure at `pos` (one space allowed): (word, n, end) or None.
    An abbreviation must end there ("500 ม." but not "500 ม.ค.")."""
    at = pos + 1 if doc.view.startswith(" ", pos) else pos
    for word, n in parts:
        end = at + len(word)
        if doc.view.startswith(word, at) and (_ends_word(doc, end) \
                and not (word.endswith(".") and _THAI_LETTER_OR_DOT.match(doc.view, end))
                or _PART_OPENS_PHRASE.match(doc.view, end) is not None):
            # "2 ชั่วโมง 30 นาทีแรก", "5 กม. 800 ม.แรก": an order word glued after the part (one token, or after
            # the dot) still ends it; `_compound_after` then leaves the measure unread (rev23b: the first part alone
            # was read, 2 ชั่วโมง)
            return word, n, end
    return None


def _compound_after(doc: Document, mentions, k: int, unit: UnitMatch, pos: int,
                    top: int | None = None) -> tuple[Number | None, int, str] | None:
    """ "ระยะเวลา 2 ปี 6 เดือน", "3 ชั่วโมง 30 นาที", "1 กม. 500 ม.", "5 กก. 500 กรัม": a figure in a larger unit and
    then one in a smaller unit (grammar.tsv unit_part) are one measure. Either figure alone is a wrong one (2 ปี is
    not 2 ปี 6 เดือน), so the record is the whole measure in the smaller unit (30 เดือน, 210 นาที, 1,500 ม.),
    exact; where no exact number of the smaller makes one larger ("1 เดือน 15 วัน") the value is None and the
    caller emits nothing. So too (rev21) where the smaller part is a whole larger one or more ("2 ปี 12 เดือน",
    "3 กม. 1,200 ม.": which was meant is not written), the larger figure has decimals ("1.5 ปี 6 เดือน"), a half
    is glued after the last part ("2 ปี 6 เดือนครึ่ง"), or the figure is a range's top (`top`, the index of the
    range's top mention: "2 - 3 ปี 6 เดือน" is no range of 2 to 3 ปี). (value, end, smaller unit) or None when no
    smaller unit follows."""
    m = mentions[k]
    parts = _unit_parts()
    if unit.kind not in ("time", "measure") or unit.word not in parts:
        return None
    if top is not None:  # a range: any smaller part after its top leaves it unread
        m, k = mentions[top], top
    elif m.form not in ("number", "words") or not isinstance(m.value, (int, Decimal)) or m.value < 0:
        return None
    value: int | Decimal | None = m.value if top is None else None
    if isinstance(value, Decimal) and value != value.to_integral_value():
        value = None  # "1.5 ปี 6 เดือน": a larger part with decimals is not how a measure is written in parts
    big, end, j = unit.word, pos, k
    while j + 1 < len(mentions) and big in parts:
        nxt = mentions[j + 1]
        if nxt.start < end or nxt.form not in ("number", "words") \
                or not isinstance(nxt.value, (int, Decimal)) or nxt.value <= 0:
            break
        if doc.view[end:nxt.start].strip(" ") and not _wrapped_part(doc, m.start, end, nxt.start):
            break
        part = _part_unit(doc, nxt.end, parts[big])
        if part is None:
            break
        if value is not None and part[1] is not None and nxt.value < part[1]:
            with exact_context():
                value = value * part[1] + nxt.value
        else:
            value = None  # "2 ปี 15 เดือน": 3 ปี 3 เดือน or two figures; either part alone is no measure written
        big, end, j = part[0], part[2], j + 1
    if j == k:
        return None
    if j + 1 < len(mentions) and not doc.view[end:mentions[j + 1].start].strip(" ") \
            and unit_kind(getattr(unit_after(doc, mentions[j + 1].end), "word", None)) == unit.kind:
        value = None  # "5 กม. 50 ม. 20 ซม.": a further part the table does not join; the first parts alone fall short
    if _HALF.match(doc.view, end):
        value = None  # "2 ปี 6 เดือนครึ่ง": 30.5 เดือน; 30 would fall short
    if _PART_OPENS_PHRASE.match(doc.view, end):
        value = None  # "ยาว 5 กม. 800 เมตรแรกเป็นลูกรัง": the first 800 m of it, or the first 5.8 km: not written (rev23)
    return value, end, big


# an order word after a measure's last part: "800 เมตรแรก", "30 นาทีสุดท้าย", "6 เดือนต่อมา" may open a phrase of
# its own (the first 800 m of the 5 km) as well as end the measure
_PART_OPENS_PHRASE = regex.compile(r"[ ]?(?:แรก|สุดท้าย|ต่อมา|ถัดมา|ถัดไป)")


_ONE_LINE_BREAK = regex.compile(r"[ \t]*\r?\n[ \t]*")
_PROSE_BEFORE = regex.compile(r"[\u0E01-\u0E2E][^\n]*\Z")


def _wrapped_part(doc: Document, first: int, end: int, nxt: int) -> bool:
    """ "จำคุก 2 ปี\n6 เดือน": one line break (spaces aside) between a measure's parts, the first part's line
    holding words before its figure: a sentence wrapped at the line's end, so the parts are one measure as on one line
    (v22). A figure alone at its line's start ("ระยะเวลา\n2 ปี\n6 เดือน") may be a table's cell: the parts stay
    two, as before."""
    return _ONE_LINE_BREAK.fullmatch(doc.view, end, nxt) is not None \
        and _PROSE_BEFORE.search(doc.view, max(0, first - 80), first) is not None


# not "ครึ่งหนึ่ง" (half of them) nor ครึ่ง opening a half of something ("6 เดือนครึ่งปีหลัง", "ครึ่งแรก", "ครึ่งทาง")
_HALF = regex.compile(r"ครึ่ง(?!หนึ่ง|ปี|เดือน|วัน|ชั่วโมง|นาที|สัปดาห์|แรก|หลัง|ทาง|เทอม|ของ)")
_TIMES = "เท่า"
_LAND_PART = regex.compile(r"งาน|ตารางวา|ตร\.ว")  # the parts of a ไร่, which the unit list leaves to `_ngan_wah_after`


@lexicon_cache
def _half_part_re() -> regex.Pattern:
    return regex.compile(grammar_re("half_part"))


def _half_of_next_unit(doc: Document, pos: int) -> bool:
    """A unit glued right after ครึ่ง ("ไร่ครึ่งงาน", "เมตรครึ่งเซนติเมตร", "กิโลกรัมครึ่งขีด": a measure of grammar.tsv
    half_part, as a whole word): the half is that unit's, not the one before."""
    if pos >= len(doc.view) or doc.view[pos].isspace():
        return False
    part = _half_part_re().match(doc.view, pos)
    return _LAND_PART.match(doc.view, pos) is not None or unit_after(doc, pos) is not None \
        or part is not None and _ends_word(doc, part.end())


def _glued_half(doc: Document, pos: int) -> bool:
    """ครึ่ง from `pos` to a word's end: the segmenter keeps "เท่าครึ่ง" as one word, so เท่า ends inside it ("2
    เท่าครึ่ง", 2.5 times, which `_half_after` reads; before, no unit ended there and nothing was read)."""
    return doc.view.startswith("ครึ่ง", pos) and _ends_word(doc, pos + 5) and not _HALF_OF_TIME.match(doc.view, pos + 5)


# after เท่าครึ่ง, a time's half ("3 เท่าครึ่งปีแรก": three times in the first half-year, not 3.5 times; rev22) or a
# half of something ("ครึ่งหนึ่ง"); ของ stays ("1 เท่าครึ่งของค่าจ้าง" is 1.5 times the wage)
_HALF_OF_TIME = regex.compile(r"หนึ่ง|ปี|เดือน|วัน|ชั่วโมง|นาที|สัปดาห์|แรก|หลัง|ทาง|เทอม|ไตรมาส")


def _half_left(doc: Document, m, unit: UnitMatch, pos: int) -> bool:
    """ครึ่ง glued after a figure and its unit that `_half_after` did not read: "1 ล้านครึ่งคน" (the half is the
    multiplier's), "2 บาทครึ่ง", "10 คนครึ่ง". The figure alone would understate what is written, and the half
    is not read here: no record."""
    g = _HALF.match(doc.view, pos)
    return g is not None and _ends_word(doc, g.end()) or unit.word == _TIMES and _glued_half(doc, pos)


def _half_after(doc: Document, m, unit: UnitMatch, pos: int) -> tuple[Number, int] | None:
    """ "ภายใน 1 เดือนครึ่ง", "สองปีครึ่ง", "เพิ่มขึ้น 2 เท่าครึ่ง": ครึ่ง glued to a time unit or to เท่า adds half a
    unit, so the record is N and a half (1.5 เดือน); the whole number alone would understate it. "100 คนครึ่งหนึ่ง…"
    (half of them) and "6 เดือนครึ่งปีหลัง" (six months, the second half of the year) are no such half. (value, end)
    or None."""
    if (unit.kind not in ("time", "measure") and unit.word != _TIMES) or unit.factor != 1 \
            or m.form not in ("number", "words") or m.rule.endswith(".mult") or not isinstance(m.value, int) \
            or m.value < 0:
        return None
    if unit.word == _TIMES and _glued_half(doc, pos):  # "หนึ่งเท่าครึ่งของค่าจ้าง": the segmenter's one word
        with exact_context():
            return (Decimal(m.value) + Decimal(1) / 2).normalize(), pos + len("ครึ่ง")
    g = _HALF.match(doc.view, pos)
    if g is None or not _ends_word(doc, g.end()):
        return None
    if _half_of_next_unit(doc, g.end()):
        return None  # "3 ไร่ครึ่งงาน": 3 ไร่ and half a งาน, not 3.5 ไร่; `_half_left` drops the record
    with exact_context():
        return (Decimal(m.value) + Decimal(1) / 2).normalize(), g.end()


@lexicon_cache
def _room_code_re() -> regex.Pattern:
    rooms = alternation(words("not_numbers", kind="room_head"))
    return regex.compile(rf"(?<![0-9] )(?<![0-9])(?:{rooms})[ ](?:[A-Z]{{2,6}}|[\u0e01-\u0e2e]{{1,4}}\.)[ ]?\Z")


def _room_number(doc: Document, m, unit: UnitMatch) -> bool:
    """ "ณ ห้องประชุม อก. 1 อาคารสำนักงานปลัด…", "ณ ห้อง AOB 1 อาคาร AOB": a figure after a room word and the
    room's code, before a building word, is the room's number; the building word starts the building's name."""
    if unit.word not in words("not_numbers", kind="building_unit") or m.form != "number" or not _WHOLE.fullmatch(m.text):
        return False
    return _ends_right_before(doc, _room_code_re(), m.start, 24)


def _not_a_count(doc: Document, m, unit: UnitMatch) -> bool:
    """A single figure and its unit that name something rather than count it: a version, a day
    named by its date, the term 3-D, a slogan, a scheme, a level, a bus route, a room, a numbered centre, a series
    named for an anniversary, a plan or a place named with its years, a road's number (ศูนย์ as a centre is no number
    at all: numerals._noun_alone)."""
    return _version_label(doc, m, unit) or _repeated_month(doc, m, unit) or _dimension_term(doc, m, unit) \
        or _slogan(doc, m, unit) or _scheme_name(doc, m, unit) or _level_label(doc, m, unit) \
        or _route_label(doc, m, unit) or _room_number(doc, m, unit) or _numbered_centre(doc, m, unit) \
        or _series_anniversary(doc, m, unit) or _named_for_years(doc, m, unit) or _road_number(doc, m)


_FOUR_DIGITS = regex.compile(r"[0-9]{4}")
_COUNT_CUE = regex.compile(r"จำนวน[ ]?\Z")


def _bare_year(doc: Document, m, unit: UnitMatch) -> bool:
    """ "โคโรนา 2019 กระทรวงสาธารณสุข", "ปีใหม่ 2565 กระทรวงแรงงาน", "Festival 2024 กิจกรรม",
    "โอลิมปิก 2024 ทีมชาติไทย": four bare digits that read as a year (ค.ศ. 1900-2100, พ.ศ.
    2400-2600), written without a thousands comma, end a name; the classifier or time word after
    them starts the next phrase, so they count nothing. A count says so: a qualifier (กว่า 2000 คน)
    or จำนวน before it keeps the record; a measure or a currency (2500 บาท, 2000 ไร่) is kept."""
    if m.form != "number" or unit.kind not in ("classifier", "time") \
            or not _FOUR_DIGITS.fullmatch(doc.view, m.start, m.end):
        return False
    if not (1900 <= m.value <= 2100 or 2400 <= m.value <= 2600):
        return False
    return qualifier_before(doc, m.start) is None and not _COUNT_CUE.search(doc.view, max(0, m.start - 8), m.start)


_ENUMERATOR = regex.compile(r"[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2}")


def _enumerator(doc: Document, m, unit: UnitMatch) -> bool:
    """ "7.1 กรณีไม่ได้ลงจากเครื่อง" at the start of a line: a section number, not 7.1 cases. Before
    นาย anywhere ("…ในสาขาต่าง ๆ 2.1 นายวีระพงษ์…", "เวลา 10.00 นายสรวงศ์…") such a figure is a list
    number or a time of day: นาย counts whole officers, never 2.1 of them. One digit that opens a line
    glued to its word, the line going on ("3ประเทศสมาชิก RCEP รวม 15 ประเทศ …" under a rule of
    underscores), is a footnote's or a list item's number, not 3 countries; a cell "5คน" alone on its
    line stays a count."""
    if unit.kind != "currency" and unit.start == m.end and _ONE_DIGIT_FIGURE.fullmatch(m.text) \
            and _LINE_GOES_ON.match(doc.view, unit.end) and _opens_line(doc.view, m.start, " \t"):
        return True
    if unit.kind != "classifier" or not _ENUMERATOR.fullmatch(m.text):
        return False
    return unit.word == "นาย" or _opens_line(doc.view, m.start, " \t(")


_ONE_DIGIT_FIGURE = regex.compile(r"[0-9๐-๙]")
_LINE_GOES_ON = regex.compile(r"[ ]?[^\s]")  # after the word, more of the line (not a cell alone on its line)


def _exact(value: Number, factor: Decimal) -> Number:
    if factor == 1:
        return value
    if isinstance(value, Fraction):  # สองในสามล้านบาท: stays an exact fraction
        v = value * Fraction(factor)
        return v.numerator if v.denominator == 1 else v
    with exact_context():  # a 30-digit figure times ล้านบาท: exact, never rounded
        d = Decimal(value) * factor if not isinstance(value, Decimal) else value * factor
        return int(d) if d == d.to_integral_value() else d.normalize()


@lexicon_cache
def _range_res() -> tuple[regex.Pattern, regex.Pattern]:
    # up to three spaces around ถึง, as dates' (a no-break space is a space): "ระหว่าง 10  ถึง  30 ราย" (rev23b); a dash
    # keeps one (a spaced dash was left as it was: no reading checked)
    # จนถึง ("until") joins as ถึง does: "2 ล้าน 5 แสน จนถึง 3 ล้านบาท" (rev25: main read 3 ล้านบาท, the top alone)
    return (regex.compile(rf"[ ]{{0,3}}(?:จน)?ถึง[ ]{{0,3}}|[ ]?(?:{grammar_re('range_join')})[ ]?"),
            regex.compile(rf"(?:{grammar_re('range_open')})[ ]?$"))



# ---------------------------------------------------------------------------------------------
# Rates: "650 กก./ไร่", "10,000 บาท ต่อราย", "วันละ 1,000 คน", "กก.ละ 20 บาท"


@lexicon_cache
def _per_units() -> str:
    """The alternation of the units a rate may be per."""
    table, _, _ = _units()
    # a currency only as itself ("34.50 บาทต่อเหรียญสหรัฐฯ": an exchange rate), not a multiple of one (ล้านบาท)
    return alternation([w for w, r in table.items()
                        if (r["kind"] != "currency" or r["factor"] in ("", "1")) and "/" not in w]
                       + sorted(words("grammar", role="per_only")))


@lexicon_cache
def _rate_res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    per = _per_units()
    slash_only = alternation(words("grammar", role="slash_per"))  # "1,550 ลบ.ม./วิ": วิ only after a slash
    return (
        regex.compile(rf"/{GAP}(?P<per>{per}|{slash_only})"),
        regex.compile(rf"{GAP}(?P<link>{grammar_re('rate_per')}){GAP}(?P<per>{per})"),
        regex.compile(rf"(?P<per>{per}){GAP}(?:{grammar_re('rate_each')}){GAP}$"),
    )


_WORD_CHAR = regex.compile(r"[\p{L}\p{M}]")  # Thai tone marks and vowels above are marks, not letters


def _ends_word(doc: Document, pos: int) -> bool:
    """A word may end at `pos`: a token boundary, or no letter or mark follows ("ที" is not "ที่")."""
    return doc.is_boundary(pos) or not _WORD_CHAR.match(doc.view, pos)


def per_after(doc: Document, pos: int) -> tuple[str | None, int]:
    """The unit a rate is per, written after its figure: (per, end of the record).

    "650 กก./ไร่" → ("ไร่", after ไร่): the slash joins the rate into one unit, so the record
    runs to its end; "10,000 บาท ต่อราย", "180 มิลลิกรัมต่อวัน", "ร้อยละ 3 ต่อปี" → (per, pos):
    the record stays the figure and its unit, as annotators mark it. A rate per two units keeps
    both, joined by a slash as a compound unit is written: "200 บาทต่อคนต่อเดือน" → "คน/เดือน",
    "20 กิโลกรัม/ไร่/เดือน" → "ไร่/เดือน" (per คน alone would read a monthly sum as a one-off)."""
    slash, per_word, _ = _rate_res()
    m = slash.match(doc.view, pos)
    if m and _ends_word(doc, m.end()) and _slash_per_start(doc, m):
        if _unit_or(doc, pos, m["per"]):
            return None, pos
        second = _second_per(doc, m.end(), slash)
        if _numbered_period(doc, m.end() if second is None else second.end()):
            return None, pos
        return (m["per"], m.end()) if second is None else (f"{m['per']}/{second['per']}", second.end())
    m = per_word.match(doc.view, pos)
    if m and _per_word_at(doc, m) and not _amount_to_amount(doc, pos, m) and not _opens_a_name(doc, m):
        second = _second_per(doc, m.end(), per_word)
        if second is None and doc.view.startswith("/", m.end()):  # "ต่อคน/ต่อปี", "ต่อคน/ปี" (rev27)
            second = _second_per(doc, m.end() + 1, per_word) or _second_per(doc, m.end(), slash)
            if second is not None and unit_kind(second["per"]) != "time":
                second = None  # "ต่อคน/ต่อครัวเรือน": per one or the other, no chain
        if _numbered_period(doc, m.end() if second is None else second.end()):
            return None, pos
        if second is not None and _second_per(doc, second.end(), per_word) is not None:
            return None, pos  # "300 บาทต่อคนต่อวันต่อครั้ง": per three units, no two of them (rev35; main: คน/วัน)
        return (m["per"] if second is None else f"{m['per']}/{second['per']}"), pos
    m = _per_one_re().match(doc.view, pos)
    if m and _per_word_at(doc, m):  # "55.20 บาท ต่อ 1 หน่วย": per one unit is per the unit (v21)
        # the second written either way: "350 บาท ต่อ 1 วัน ต่อคน", "350 บาท ต่อ 1 วัน ต่อ 1 คน"
        second = _second_per(doc, m.end(), per_word) or _second_per(doc, m.end(), _per_one_re())
        if _numbered_period(doc, m.end() if second is None else second.end()) \
                or _further_link(doc, m.end() if second is None else second.end()):
            return None, pos
        return (m["per"] if second is None else f"{m['per']}/{second['per']}"), pos
    m = _RESTATED.match(doc.view, pos)
    if m is not None and _restates(doc, m.start(), m.end()):
        # "ค่าปรับ 5,000 บาท (ห้าพันบาท) ต่อวัน": the rate's per after the amount restated in brackets (rev33)
        per, end = per_after(doc, m.end())
        if per is not None and end == m.end():
            return per, pos
    close = _RESTATED_CLOSE.match(doc.view, pos)
    if close is not None:  # the restatement itself: "(ห้าพันบาท) ต่อวัน" is per วัน as the amount before it
        opened = doc.view.rfind("(", max(0, pos - RESTATED_REACH), pos)
        m = None if opened < 0 else _RESTATED.match(doc.view, opened)
        if m is not None and m.end() == close.end() and _restates(doc, opened, m.end()):
            per, end = per_after(doc, m.end())
            if per is not None and end == m.end():
                return per, pos
    return None, pos


# an amount restated in brackets right after a figure: digits or number words, perhaps a currency (บาท, บาทถ้วน), nothing
# else: "(ห้าพันบาท)", "(5,000 บาท)"; "(ชาย 5 คน)" is no restatement
_RESTATED = regex.compile(
    r"[ ]?\((?:[0-9๐-๙,. ]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|เอ็ด|ยี่|ร้อย|พัน|หมื่น|แสน|ล้าน|ศูนย์|จุด){1,40}+"
    r"(?:บาท(?:ถ้วน)?|สตางค์)?[ ]?\)")
_RESTATED_CLOSE = regex.compile(r"(?:ถ้วน)?[ ]?\)")
RESTATED_REACH = 64  # characters before a closing bracket searched for its opening one


def _restates(doc: Document, opened: int, closed: int) -> bool:
    """The bracket at `opened`…`closed` holds one number of the same value as the number ending right before it: a
    restatement. "ค่าปรับวันละ 500 บาท (5,000 บาท) ต่อครั้ง" is another amount, whose per is not the 500's (rev33b)."""
    starts = doc._number_starts
    k = bisect.bisect_left(starts, opened)
    inside = [n for n in doc.numbers[k:k + 2] if n.start < closed]
    if k == 0 or len(inside) != 1 or doc.numbers[k - 1].end < opened - RESTATED_GAP:
        return False
    return doc.numbers[k - 1].value == inside[0].value


RESTATED_GAP = 8  # characters between the number restated and its bracket: its unit, "บาท"


def _further_link(doc: Document, pos: int) -> bool:
    """A further ต่อ or slash after a rate's units: the rate goes on per more units. ต่อ as a word of its own only:
    "240 บาท ต่อ 1 คน ต่อ 1 วัน ต่อมาได้…", "…ต่อเนื่อง", "…ต่อไป" end the rate (rev23b: they made its ones counts)."""
    g = _per_word_res()[1].match(doc.view, pos)
    if g is None:  # "…ต่อ 1 วัน\r\nต่อ 1 ครั้ง": a link opening the next line (v24)
        b = _LINE_BREAK.match(doc.view, pos)
        g = None if b is None else _per_word_res()[1].match(doc.view, b.end())
    return g is not None and (g.group().endswith("/") or _ends_word(doc, g.end()))


@lexicon_cache
def _per_word_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(ต่อ, then one (1 or หนึ่ง, no further digit) and a unit it is per; a second ต่อ after it)."""
    table, _, _ = _units()
    per = alternation([w for w, r in table.items()
                       if (r["kind"] != "currency" or r["factor"] in ("", "1")) and "/" not in w]
                      + sorted(words("grammar", role="per_only")))
    link = grammar_re("rate_per")
    # a line may break around the link: "350 บาท ต่อ 1 คน\r\nต่อ 1 วัน", "10 ราย ต่อ\n1 วัน" (v24: main counted 1 วัน)
    gap = rf"(?:(?:[ \t]*+\r?\n){{1,2}}+[ \t]*+|{GAP})"  # a blank line too: a line opening with ต่อ 1 goes on
    return (regex.compile(rf"{gap}(?P<link>{link}){gap}(?:1|หนึ่ง)(?![0-9.,]){GAP}(?P<per>{per})"),
            regex.compile(rf"{GAP}(?:{link}|/)"))


def _per_one_re() -> regex.Pattern:
    return _per_word_res()[0]


_PERCENT_SIGN = regex.compile(r"[ ]?(?:%|เปอร์เซ็นต์)")


_LAST_PART = regex.compile(r"[ ]?(?:งาน|ตารางวา|ตร\.ว\.|สตางค์|สต\.)")  # the last part of an area or of baht and satang


def _per_one_denominator(doc: Document, mentions, k: int) -> bool:
    """ "55.20 บาท ต่อ 1 หน่วย", "ร้อยละ 5 ต่อ 1 ปี": the one after ต่อ is the denominator of the rate before it (its
    `per`), no count of its own, nor when the rate goes on per a unit no table holds ("120 บาท ต่อ 1 คน ต่อ 1 มื้อ",
    v24: main counted 1 คน; "ต่อ 1 วัน ต่อ 12 คน" stays po-18's). Not after a word: "ขยายเวลาต่อ 1 ปี" (one more year)
    is a count."""
    m = mentions[k]
    if k == 0 or m.value != 1 or m.form not in ("number", "words"):
        return False
    p = mentions[k - 1]
    ends = [p.end]
    u = unit_after(doc, p.end)
    if u is not None:
        ends.append(u.end)
    part = _LAST_PART.match(doc.view, p.end)
    if part is not None:
        ends.append(part.end())  # (rev35b) "13 ไร่ 2 งาน ต่อ 1 ครัวเรือน", "3 บาท 99 สต. ต่อ 1 หน่วย": per the one, as rev35 reads it
    sign = _PERCENT_SIGN.match(doc.view, p.end)
    if sign is not None:
        ends.append(sign.end())
    for e in ends:
        g = _per_one_re().match(doc.view, e)
        if g is not None and g.start() < m.start < g.end() \
                and (per_after(doc, e)[0] is not None or _long_per_chain(doc, g)
                     or _further_link(doc, g.end()) and not _numbered_period(doc, g.end())):
            return True
    return False


def _long_per_chain(doc: Document, g) -> bool:
    """ "350 บาท ต่อ 1 คน ต่อ 1 วัน ต่อ 1 ครั้ง": a rate per three units or more, the first written "ต่อ 1 X" (v23).
    `per_after` gives no per for it (unsure: a per holds two units), but each one of the chain is still a
    denominator, no count: "1 คน" per วัน/ครั้ง is no figure the text gives. Not when a later link numbers its unit
    ("ต่อ 1 คน ต่อ 1 วัน ต่อ 3 เดือน" is read by `_numbered_period`'s rule as before)."""
    if not _per_word_at(doc, g):
        return False
    _, per_word, _ = _rate_res()
    links, end = 1, g.end()
    while links < 6:
        nxt = _second_per(doc, end, _per_one_re()) or _second_per(doc, end, per_word)
        if nxt is None:
            break
        links, end = links + 1, nxt.end()
    return links >= 3 and not _numbered_period(doc, end)


@lexicon_cache
def _unit_or_pairs() -> dict[str, tuple[str, ...]]:
    """grammar.tsv's unit_or rows: the word after the slash → the units it is another name beside."""
    out: dict[str, list[str]] = {}
    for r in load_tsv("grammar"):
        if r["role"] == "unit_or":
            out.setdefault(r["value"], []).append(r["word"])
    return {k: tuple(v) for k, v in out.items()}


def _unit_or(doc: Document, pos: int, per: str) -> bool:
    """ "32 โครงการ/รายการ", "315 หมู่บ้าน/ชุมชน", "205 ประเทศ/เขตปกครอง": the slash joins two names of what is
    counted ("projects or items"), so the word after it is no unit the count is per."""
    return doc.view.endswith(_unit_or_pairs().get(per, ()), 0, pos)


_AMOUNT_AFTER = regex.compile(r"[ \t]{0,3}+[0-9][0-9,]*+(?:\.[0-9]++)?+[ ]?(?:ล้าน|แสน|หมื่น|พัน)?+")  # the view's digits are ASCII


_YEAR_AFTER = regex.compile(r"[ ]?(?:พ\.[ ]?ศ\.[ ]?)?[12][0-9]{3}(?![0-9])")  # the view's digits are ASCII


def _opens_a_name(doc: Document, m) -> bool:
    """(rev34) "งบ 10 ล้านบาท ต่อจังหวัดนครราชสีมา": a place's or a body's head word (grammar.tsv name_head: จังหวัด,
    โรงเรียน …) with a noun glued after it is the start of a name, and ต่อ is "to"; main read per จังหวัด. A unit, a time,
    a per link or a function word glued after it keeps the rate ("ต่อจังหวัดต่อปี", "ต่อจังหวัดโดยเฉลี่ย")."""
    if m["per"] not in grammar("name_head"):
        return False
    nxt = doc.tokens_after(m.end(), 1)
    if not nxt or nxt[0].start != m.end() or not _THAI_START.match(nxt[0].text):
        return False
    return word_class(nxt[0].text) == "N" and unit_kind(nxt[0].text) is None \
        and _rate_res()[1].match(doc.view, m.end()) is None and _kind_of_name_re().match(nxt[0].text) is None


@lexicon_cache
def _kind_of_name_re() -> regex.Pattern:
    """(rev34d) grammar.tsv name_kind: a word after the head that says which kind of it, not its name: "20,000 บาทต่อ
    โรงเรียนขนาดเล็ก" is per small school (24bcca5 read per โรงเรียน; rev34 no per)."""
    return regex.compile(rf"(?:{grammar_re('name_kind')})")


_THAI_START = regex.compile(r"[ก-ฮ]")


def _amount_to_amount(doc: Document, pos: int, m) -> bool:
    """ "หนี้สิน 3 ล้านบาท ต่อทุน 2 ล้านบาท": a sum in money right after a per word that is no unit (grammar.tsv's
    per_only: ทุน, งวด, กองทุน …) sets one amount against another (debt to capital), no rate per ทุน (l25: main read
    per ทุน). A count after it keeps the rate ("300 บาทต่อวัน 20 วัน": 300 baht a day for 20 days), and so does a
    sum that is itself a rate ("5,000 บาทต่องวด 6,000 บาทต่องวด", a list of rates). A year right after the word
    makes no rate either: "ต่อปีการศึกษา 2567" is that year's."""
    if not _noun_unit(m["per"]):
        return False
    if _YEAR_AFTER.match(doc.view, m.end()):
        return True  # "ต่อปีการศึกษา 2567": that year's, no rate (the word ต่อ may be "extend" there too)
    n = _AMOUNT_AFTER.match(doc.view, m.end())
    if n is None:
        return False
    u = unit_after(doc, n.end())
    if u is None or u.kind != "currency" or not _currency_ends_at(doc, pos):
        return False
    slash, per_word, _ = _rate_res()
    return slash.match(doc.view, u.end) is None and per_word.match(doc.view, u.end) is None


def _currency_ends_at(doc: Document, pos: int) -> bool:
    table, lengths, _ = _units()
    view = doc.view
    return any(pos >= n and (row := table.get(view[pos - n:pos])) is not None and row["kind"] == "currency"
               for n in lengths)


_NUMBERED_PERIOD = regex.compile(r"[ ]?(?:/|ต่อ)[ ]?[0-9]|ที่[ ]?[0-9]")  # the view's digits are ASCII


def _numbered_period(doc: Document, pos: int) -> bool:
    """ "45 บาท/คน/3 เดือน", "80 บาทต่อคนต่อ 3 เดือน": the rate goes on per a number of a second unit,
    which `per` (a unit) cannot hold; per คน alone would read a sum for three months as a one-off,
    so the record has no per (unsure) rather than a wrong one. Likewise an ordinal right after the unit:
    "250,000 บาท ต่องวดที่ 3" is the third instalment's sum, no rate (rev24b)."""
    if _NUMBERED_PERIOD.match(doc.view, pos) is not None:
        return True
    # (rev34) the number written in words, or a half: "500 บาทต่อคนต่อสามเดือน", "ต่อคนต่อครึ่งปี" (main read per คน)
    w = _PER_LINK.match(doc.view, pos)
    return w is not None and (_number_words_re().match(doc.view, w.end()) is not None
                              or doc.view.startswith(_HALF_WORD, w.end()))


_PER_LINK = regex.compile(r"[ ]?(?:/|ต่อ)[ ]?")
_HALF_WORD = "ครึ่ง"


def _slash_per_start(doc: Document, m) -> bool:
    """The unit after a rate's slash starts a word: a token boundary, or the slash right before it
    (the segmenter glues "/คน" into one token)."""
    return doc.is_boundary(m.start("per")) or doc.view[m.start("per") - 1] == "/"


def _per_word_at(doc: Document, m) -> bool:
    return _ends_word(doc, m.end()) and doc.is_boundary(m.start("link")) and doc.is_boundary(m.start("per"))


_LINE_BREAK = regex.compile(r"(?:[ \t]*+\r?\n){1,2}+")


def _second_per(doc: Document, pos: int, pattern: regex.Pattern):
    """The second unit of a rate per two units, written the way the first was (ต่อ … ต่อ …, / … /),
    or None. A ต่อ link may open the next line: "200 บาท ต่อคน\r\nต่อเดือน" (v24)."""
    m = pattern.match(doc.view, pos)
    if m is None and pattern is _rate_res()[1]:  # `_per_one_re` crosses line ends itself
        b = _LINE_BREAK.match(doc.view, pos)
        if b is not None:
            m = pattern.match(doc.view, b.end())
    if m is None or not _ends_word(doc, m.end()) \
            or not (doc.is_boundary(m.start("per")) or "link" not in pattern.groupindex and _slash_per_start(doc, m)):
        return None
    return m if "link" not in pattern.groupindex or _per_word_at(doc, m) else None


def per_before(doc: Document, pos: int) -> tuple[str | None, int]:
    """ "วันละ 1,000 คน", "คนละ 500 บาท", "กก.ละ 20 บาท": the unit each figure is per, and where
    that prefix starts (pos when there is none). A qualifier may stand between the prefix and the
    figure: "ลิตรละเกือบ 5 บาท", "คนละไม่เกิน 3,000 บาท". Worked out once a figure (the relations, the units and
    the subject readers ask it of the same figures; s27)."""
    return memoised(doc, "_per_before", pos, _per_before, pos)


def _per_before(doc: Document, pos: int) -> tuple[str | None, int]:
    m = _each_before(doc.view, pos) or _a_time_one(doc.view, pos)
    if m is None:
        qualifier, q_start = qualifier_span_before(doc, pos)
        if qualifier is not None:
            m = _each_before(doc.view, q_start) or _a_time_one(doc.view, q_start)
    if m is None:
        # "รายละจำนวน 3,000 บาท", "รายละไม่เกินจำนวน 100,000 บาท": จำนวน (and perhaps a qualifier) between the ละ and the figure (v33)
        j = count_word_start(doc, pos)
        if j is not None:
            m = _each_before(doc.view, j)
            if m is None:
                qualifier, q_start = qualifier_span_before(doc, j)
                if qualifier is not None:
                    m = _each_before(doc.view, q_start)
    if m and (doc.is_boundary(m.start()) or _glued_time_each(doc, m)) and not m["per"].endswith(REPEAT) \
            and not _part_of_time_before(doc, m):
        return m["per"], m.start()
    return _repeated_each(doc, pos)  # "12 ชุดๆละ": not per ชุดๆ


_NOT_EACH_HEAD = frozenset({"ครึ่ง", "ทุก", "กี่", "หลาย", "รอบ"})  # "ครึ่งปีละ": per half a year, no per ปี


@lexicon_cache
def _number_word_end_re() -> regex.Pattern:
    rows = load_tsv("numerals")
    return regex.compile(rf"(?:{alternation(sorted({r['word'] for r in rows} | _NOT_EACH_HEAD))})\Z")


# a small number right before the time unit of ละ (not a year: "ปี 2567 เดือนละ 600 บาท" keeps per เดือน; rev34d)
_COUNT_OF_TIME = regex.compile(r"(?<![0-9๐-๙.,])[0-9๐-๙]{1,3}[ ]?\Z")
_PART_OF_TIME = regex.compile(r"(?:ครึ่ง|ทุก[ ]?(?:[0-9๐-๙][0-9๐-๙.,]*|[ก-๙]{1,12}?)?)[ ]?\Z")


def _part_of_time_before(doc: Document, m) -> bool:
    """(rev34) "ตรวจครึ่งปีละ 1 ครั้ง", "ประชุมทุก 3 เดือนละ 1 ครั้ง": ละ after half a time unit, or after ทุก and a number of
    them, is per half a year or per three months, which `per` (a unit) cannot hold; main read per ปี / per เดือน. No per
    rather than a wrong one. After ทุก the words between must be a number: "ทุกเดือนละ" is no such case."""
    if unit_kind(m["per"]) != "time":
        return False
    if _COUNT_OF_TIME.search(doc.view, max(0, m.start() - 8), m.start()) is not None:
        return True  # (rev34d) "ประชุม 3 เดือนละ 1 ครั้ง", "6 เดือนละ 500 บาท": once per three months (both read per เดือน)
    h = _PART_OF_TIME.search(doc.view, max(0, m.start() - 24), m.start())
    if h is None:
        return False
    text = h.group().rstrip(" ")
    if text.startswith("ครึ่ง"):
        return True
    rest = text[len("ทุก"):].strip(" ")
    return bool(rest) and (rest[0] in "0123456789๐๑๒๓๔๕๖๗๘๙" or _number_words_re().fullmatch(rest) is not None)


@lexicon_cache
def _number_words_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(r['word'] for r in load_tsv('numerals'))})+")


def _glued_time_each(doc: Document, m) -> bool:
    """(rev34) "จ่ายเงินเดือนละไม่เกิน 5,000 บาท": the segmenter glues a time unit before ละ into the word before it
    (จ่ายเงินเดือน|ละ), and main read no per. ละ binds to the classifier right before it, so a time unit ending that token
    is the per, unless a number word or ครึ่ง/ทุก stands glued before it ("ครึ่งปีละ", "สองเดือนละ": per a number of
    months, which `per` cannot hold)."""
    if unit_kind(m["per"]) != "time" or not doc.is_boundary(m.end("per")):
        return False
    held = doc.tokens_before(m.end("per"), 1)
    if not held or held[0].end != m.end("per") or held[0].start >= m.start():
        return False
    head = doc.view[held[0].start:m.start()]
    return _number_word_end_re().search(head) is None and _DIGIT_END.search(head) is None


_DIGIT_END = regex.compile(r"[0-9๐-๙]\Z")


@lexicon_cache
def _own_per_re() -> regex.Pattern:
    """A rate's noun glued before ต่อ and the unit it is per, then a filler, right before a figure (grammar.tsv
    rate_noun, per_filler): "รายได้เฉลี่ยต่อครัวเรือน 27,350 บาท"."""
    per = _per_units()
    return regex.compile(rf"(?:{grammar_re('rate_noun')})[ ]?ต่อ[ ]?(?P<per>{per})(?:[ ]?ต่อ[ ]?(?P<per2>{per}))?"
                         rf"(?:[ ]?(?:{grammar_re('per_filler')}))?[ ]{{0,3}}\Z")


OWN_PER_REACH = 48  # characters before a figure searched for `_own_per_re`
OWN_PER_KINDS = frozenset({"currency", "measure"})  # the unit kinds a rate's noun before ต่อ may be an amount of


def own_per_before(doc: Document, pos: int, unit: UnitMatch) -> str | None:
    """The unit the figure at `pos` is per when a rate's noun names it before the figure ("ผลผลิตเฉลี่ยต่อไร่ 450
    กิโลกรัม" → ไร่; a qualifier may stand between: "ค่าใช้จ่ายต่อคนไม่เกิน 500 บาท"); None otherwise, or when the unit
    is the figure's own ("…ต่อครัวเรือน 1,200 ครัวเรือน" counts the households). main left these rates without their
    per (rev29's leftover; rev30). Money and measures only: the rate's nouns name an amount, and a count or a time
    after the per is another figure of the phrase ("ราคาเฉลี่ยต่อกิโลกรัม 3 เดือนแรก", "ผลผลิตต่อไร่ 3 พันธุ์"; rev30b)."""
    if unit.kind not in OWN_PER_KINDS and unit.kind != "time" and unit.word not in words("phrase_words", role="act_count") \
            or doc.view.find("ต่อ", max(0, pos - OWN_PER_REACH), pos) < 0:
        return None  # every match holds ต่อ: a window without one is not searched
    m = _own_per_re().search(doc.view, max(0, pos - OWN_PER_REACH), pos)
    if m is None:
        qualifier, q_start = qualifier_span_before(doc, pos)
        if qualifier is not None:
            m = _own_per_re().search(doc.view, max(0, q_start - OWN_PER_REACH), q_start)
    if m is None or not doc.is_boundary(m.start("per")) or m["per"] == unit.word \
            or not _ends_word(doc, m.end("per2") if m["per2"] else m.end("per")) \
            or unit.kind not in OWN_PER_KINDS and not _averaged_time_or_count(doc, m.start(), unit):
        return None
    return f"{m['per']}/{m['per2']}" if m["per2"] else m["per"]  # "ต่อคนต่อเดือน": คน/เดือน, as after a figure


_AVERAGE = "เฉลี่ย"
_TIME_NOUN = "เวลา"


def _averaged_time_or_count(doc: Document, start: int, unit: UnitMatch) -> bool:
    """A time or a count of occurrences may be a rate's own amount when the rate's noun is a bare เฉลี่ย right after
    เวลา or a verb: a time after เวลา ("ใช้เวลาเฉลี่ยต่อราย 3 วัน" → per ราย), a count of occurrences after a verb
    ("ให้บริการเฉลี่ยต่อวัน 3 ครั้ง" → per วัน). After an amount's noun a time or a count is another figure of the phrase
    ("ราคาเฉลี่ยต่อกิโลกรัม 3 เดือนแรก", "ราคาน้ำมันเฉลี่ยต่อลิตร 3 ครั้ง"; rev30b, whose cost these two were; rev31)."""
    if not doc.view.startswith(_AVERAGE, start):
        return False
    if unit.kind == "time":
        return doc.view.endswith(_TIME_NOUN, 0, start)
    before = doc.tokens_before(start, 1)
    return bool(before) and before[0].end == start and not doc.view.endswith(_TIME_NOUN, 0, start) \
        and word_class(before[0].text) == "V"


REPEAT = "ๆ"
# "ปีหนึ่งประมาณ 2 ล้านตัน", "ในเดือนหนึ่ง ๆ 500 ราย": a time unit with หนึ่ง right before the figure is per it, as ปีละ is (rev26)
_A_TIME_ONE = regex.compile(r"(?P<per>ปี|เดือน|วัน|สัปดาห์)หนึ่ง(?:[ ]?ๆ)?[ ]{0,3}$")


def _a_time_one(view: str, pos: int):
    """_A_TIME_ONE right before `pos` (within 16 characters), or None; a window without หนึ่ง (which every match
    holds) is not searched."""
    lo = max(0, pos - 16)
    if view.find(_ONE_WORD, lo, pos) < 0:
        return None
    return _A_TIME_ONE.search(view, lo, pos)


_ONE_WORD = "หนึ่ง"
_REPEATED_EACH = regex.compile(r"[0-9๐-๙][ ]?(?P<per>[ก-๙]{2,12}?)[ ]?(?P<each>ๆ[ ]?ละ)[ ]?")  # the view's digits are ASCII
REPEATED_EACH_REACH = 24  # characters before a figure searched for "N <unit> ๆ ละ"


def _repeated_each(doc: Document, pos: int) -> tuple[str | None, int]:
    """ "ถุงยังชีพ จำนวน 100 ชุด ๆ ละ 800 บาท": ๆ repeats the classifier of the count before it, so the
    figure is per that unit (ชุดละ), and the prefix starts at ๆ; (None, pos) otherwise. A per_only word too
    (grammar.tsv): "แบ่งจ่าย 2 งวด ๆ ละ 5,000 บาท" is per งวด (l25)."""
    lo = max(0, pos - REPEATED_EACH_REACH)
    if doc.view.find(REPEAT, lo, pos) < 0:
        return None, pos  # every match holds ๆ: a window without one is not searched
    table, _, _ = _units()
    for m in _REPEATED_EACH.finditer(doc.view, lo, pos):
        if m.end() == pos and (m["per"] in table and table[m["per"]]["kind"] == "classifier"
                               or _noun_unit(m["per"])) \
                and doc.is_boundary(m.start("per")):
            return m["per"], m.start("each")
    return None, pos


def _each_before(view: str, pos: int):
    """The "unit ละ" right before `pos` (within 24 characters), or None. The search tries the
    unit alternation at every position of the window, so a window without an ละ word (which
    every match holds) is not searched."""
    lo = max(0, pos - 24)
    each_words = _rate_each_words()
    if each_words and not any(view.find(w, lo, pos) >= 0 for w in each_words):
        return None
    return _rate_res()[2].search(view, lo, pos)


@lexicon_cache
def _rate_each_words() -> tuple[str, ...]:
    return tuple(grammar("rate_each"))


# ---------------------------------------------------------------------------------------------
# Table cells under a unit header: "หน่วย : ล้านบาท" ... "84,792"

TABLE_LINE_MAX = 120  # a longer line is prose: it ends the table a unit header governs
TABLE_LINES_MAX = 200  # and no header governs more lines than this


@lexicon_cache
def _table_header_re() -> regex.Pattern:
    table, _, _ = _units()
    cur = alternation(w for w, r in table.items() if r["kind"] == "currency")
    head = grammar_re("unit_heading")
    return regex.compile(
        rf"^[ \t]*+(?:\(?(?:{head})[ \t]*+:?[ \t]*+(?P<u1>{cur})\)?|\((?P<u2>{cur})\))(?=[ \t]*+$|[ \t]{{2,}})",
        regex.MULTILINE,
    )


@lexicon_cache
def _new_heading_re() -> regex.Pattern:
    """A line naming a unit of its own ("หน่วย : ราย", "ผู้โดยสาร (เที่ยว)") starts another table."""
    table, _, _ = _units()
    return regex.compile(rf"^\(?(?:{grammar_re('unit_heading')})[ ]*+:|\((?:{alternation(table)})\)")


_CELL_FIGURE = regex.compile(r"[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})++(?:\.[0-9๐-๙]++)?+")


def _table_blocks(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, unit word) of the lines a unit header governs: from the header to a blank
    line, a prose line (longer than TABLE_LINE_MAX), the next header or TABLE_LINES_MAX lines."""
    view = doc.view
    out: list[tuple[int, int, str]] = []
    for h in _table_header_re().finditer(view):
        if out and h.start() < out[-1][1]:
            out[-1] = (out[-1][0], h.start(), out[-1][2])
        pos, n = view.find("\n", h.end()), 0
        end = len(view) if pos < 0 else pos
        while pos >= 0 and n < TABLE_LINES_MAX:
            nxt = view.find("\n", pos + 1)
            line = view[pos + 1: len(view) if nxt < 0 else nxt].strip()
            if not line or len(line) > TABLE_LINE_MAX or _new_heading_re().search(line):
                break
            end, pos, n = (len(view) if nxt < 0 else nxt), nxt, n + 1
        out.append((h.start(), end, h["u1"] or h["u2"]))
    return out


_CELL_LEFT = regex.compile(r"(?:^|[ ]{2,}|\t)[ \t]*+$")
_CELL_RIGHT = regex.compile(r"[ \t]*+$|(?:[ ]{2,}|[ ]?\t)")


def _alone_in_cell(view: str, start: int, end: int) -> bool:
    """The figure is a whole table cell: a line's edge or a run of 2+ spaces (or a tab) each side."""
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", end)
    line_end = len(view) if line_end < 0 else line_end
    return bool(_CELL_LEFT.search(view[line_start:start])) and bool(_CELL_RIGHT.match(view[end:line_end]))


# A table written one cell a line: a figure, a percentage ("39.35", "(ร้อยละ 39.35)") or an empty "-"
_CELL_LINE = regex.compile(r"[ \t]*+(?:-|\(?(?:ร้อยละ[ ]?)?-?[0-9๐-๙][0-9๐-๙,]*+(?:\.[0-9๐-๙]++)?+%?\)?)[ \t]*+")
# a row label as written: after an item number ("2.", "1.1", "(3)"), a bullet or a total's รวม (a qualifier, as
# on a line of cells: "รวมสินทรัพย์   2,460.65" → สินทรัพย์), up to its line's end; one
# cell only (no run of 2+ spaces or a tab in it), ending in a Thai word (or one and a short number, a year)
_ROW_LABEL = regex.compile(r"[ \t]*+(?:(?:[0-9๐-๙]++(?:\.[0-9๐-๙]++)*+[.)]?+|\([0-9๐-๙]++\)|[-•●·])[ \t]++)?+"
                           r"(?:รวม[ ]?+(?=[ก-๛]))?+(?P<label>[^ \t\d(•●·-](?:[^\t ]|[ ](?=[^ \t]))*+(?<=[ก-๛)]|[ก-๛.][ ]?[0-9๐-๙]{1,4}))[ \t]*+")
_COLUMN_YEAR = regex.compile(r"(?:ปี[ก-๛]{0,10}|พ\.ศ\.|ค\.ศ\.)[ ]?(?:(?:พ\.ศ\.|ค\.ศ\.)[ ]?)?[0-9๐-๙]{2,4}")  # a column's head
ROW_CELLS_MAX = 8  # cells of one row a label is looked for above
ROW_LABEL_MAX = 60


def _row_label(doc: Document, pos: int, top: int) -> Subject | None:
    """A cell alone on its line, in a table written one cell a line ("รายจ่ายลงทุน\n648,667\n113,160"): the
    first line above that is no cell labels its row, within ROW_CELLS_MAX lines and below the unit header's
    line (`top`), and names the figure as written; a line of no Thai word ("Q1"), a year ("ปี 2562": a
    column's head), a line of two cells or of prose names nothing."""
    view = doc.view
    end, line_end = view.rfind("\n", top, pos), view.find("\n", pos)
    if not _CELL_LINE.fullmatch(view, end + 1, len(view) if line_end < 0 else line_end):
        return None  # not alone on its line: the cells before it on the line lead to the label
    for _ in range(ROW_CELLS_MAX):
        nl = view.rfind("\n", top, end)
        if nl < 0:
            return None  # the unit header's own line
        if not _CELL_LINE.fullmatch(view, nl + 1, end):
            label = _ROW_LABEL.fullmatch(view, nl + 1, end) if end - nl - 1 <= ROW_LABEL_MAX else None
            if label is None or _COLUMN_YEAR.fullmatch(label["label"]) or label["label"] in total_words():
                return None  # "รวม", "ทั้งสิ้น" alone: a total's row names no thing
            return Subject(label["label"], label.start("label"), label.end("label"))
        end = nl
    return None


def _table_money(doc: Document, m, blocks: list[tuple[int, int, str]]) -> Money | None:
    """A figure with no unit, alone in a cell of a table whose header says "หน่วย : ล้านบาท"."""
    if m.form != "number" or m.value is None or m.value < 0 or not _CELL_FIGURE.fullmatch(m.text):
        return None
    k = bisect.bisect_right(blocks, (m.start, len(doc.view) + 1, "")) - 1  # blocks are sorted, disjoint
    block = blocks[k] if k >= 0 and blocks[k][0] <= m.start < blocks[k][1] else None
    if block is None or not _alone_in_cell(doc.view, m.start, m.end):
        return None
    table, _, _ = _units()
    row = table[block[2]]
    subject = subject_before(doc, m.start) or _row_label(doc, m.start, block[0])  # through the cells before it
    return Money(m.text, m.start, m.end, value=_exact(m.value, Decimal(row["factor"] or "1")),
                 currency=row["code"] or None, rule="money.table_header", subject=subject.text if subject else None)


@lexicon_cache
def _superlative_re() -> regex.Pattern:
    return regex.compile(rf"(?:{grammar_re('superlative')})[ ]?\Z")


_LIST_AFTER = regex.compile(r"[ ]{0,3}(?:ได้แก่|คือ|ประกอบด้วย|ดังนี้)")


def _listed_superlative(doc: Document, m, unit: UnitMatch, end: int) -> bool:
    """ "ผลสัมฤทธิ์ต่ำสุด 5 โรงเรียน ได้แก่ …", "ผู้ป่วยสูงสุด 5 จังหวัด ได้แก่ …": a superlative right before a count of
    things that a list then names is the top (or bottom) N of a ranking, no bound (rev26b)."""
    return unit.kind == "classifier" and _LIST_AFTER.match(doc.view, end) is not None \
        and _ends_right_before(doc, _superlative_re(), m.start, 12)


def _ranked_superlative(doc: Document, m, unit: UnitMatch) -> bool:
    """ "จังหวัดที่พบจุดความร้อนสูงสุด 5 อันดับแรก", "โรคที่ให้บริการสูงสุด 5 อันดับ": สูงสุด before a count of
    places in a ranking says what is ranked (the top five), so it bounds nothing."""
    if unit.word not in grammar("rank_unit"):
        return False
    return _ends_right_before(doc, _superlative_re(), m.start, 12)


@lexicon_cache
def _goal_superlative_re() -> regex.Pattern:
    goals = alternation(w for w in words("phrase_words", role="target") if word_class(w) == "N")
    return regex.compile(rf"(?:{goals})(?:{grammar_re('superlative')})[ ]?\Z")


def _goal_superlative(doc: Document, m, unit: UnitMatch) -> bool:
    """ "โครงการมีเป้าหมายสูงสุด 2 ประการ": a superlative glued to a goal word before a count of items
    names the ultimate goals (two of them), so it bounds nothing; "เลือกได้สูงสุด 3 ข้อ" is at most three."""
    return unit.word in grammar("item_unit") and _ends_right_before(doc, _goal_superlative_re(), m.start, 20)


@lexicon_cache
def _relative_superlative_re() -> regex.Pattern:
    rel = grammar_re("superlative_relative")
    return regex.compile(rf"(?:{rel})[^\s]{{0,40}}?(?:{grammar_re('superlative')})(?:ถึง)?[ ]?\Z")


RELATIVE_REACH = 60  # characters before a figure searched for "ที่มี…สูงสุด"


@lexicon_cache
def _bid_superlative_re() -> regex.Pattern:
    return regex.compile(rf"(?:ผู้)?(?:{grammar_re('superlative_bid')})(?:{grammar_re('superlative')})[ ]?\Z")  # ผู้เสนอ|ราคา


def _bid_superlative(doc: Document, m, unit: UnitMatch) -> bool:
    """ "ผู้เสนอราคาต่ำสุด 5 ล้านบาท": a bid with a superlative glued right after it before an amount is the lowest (highest)
    bid, no bound (rev37); "เสนอราคาในวงเงินสูงสุด 5 ล้านบาท" (a cap) and "การเสนอราคาสูงสุด 5 ครั้ง" keep at most (rev37b)."""
    if unit.kind != "currency":
        return False
    found = _bid_superlative_re().search(doc.view, max(0, m.start - 24), m.start)
    # (rev37c) not a bid one is told to make ("กำหนดให้เสนอราคาต่ำสุด 5 ล้านบาท", "ผู้ประมูลต้องเสนอราคาต่ำสุด …": the
    # lowest price one may bid, at least); "ให้ผู้เสนอราคาต่ำสุด" names the bidder
    # (rev37d) only after a verb that sets the terms, then ให้ (กำหนดให้, ประกาศให้, ระบุให้): a bare ให้ may be causative
    # ("ทำให้เสนอราคาต่ำสุด", "ส่งผลให้…": the bid made), ต้อง may end ถูกต้อง ("ยื่นเอกสารถูกต้องเสนอราคาต่ำสุด 4.5 ล้านบาท")
    # and "ต้องเสนอราคาต่ำสุด/สูงสุด" may be the lowest (highest) bid one must make to win (rev37c read at least, at most)
    return found is not None and doc.is_boundary(found.start()) \
        and (found.group().startswith("ผู้") or _BID_REQUIRED.search(doc.view, max(0, found.start() - 16), found.start()) is None)


_BID_REQUIRED = regex.compile(r"(?:กำหนด|ประกาศ|ระบุ)[ ]?ให้[ ]?\Z")


def _relative_superlative(doc: Document, m) -> bool:
    """ "กทม. เป็นพื้นที่ที่มียอดผู้ติดเชื้อวันนี้สูงสุด 1,566 ราย", "จังหวัดที่มียอดใช้จ่ายสูงสุด 5 จังหวัด": ที่มี run
    together with no space through to สูงสุด picks the place with the most (the highest figure), so สูงสุด bounds
    nothing. "สมาชิกที่มีวินัยการชำระหนี้ วงเงินกู้สูงสุด 50,000 บาท" (a space: another clause) is at most."""
    found = _relative_superlative_re().search(doc.view, max(0, m.start - RELATIVE_REACH), m.start)
    return found is not None and doc.is_boundary(found.start())


@lexicon_cache
def _top_n_re() -> regex.Pattern:
    return regex.compile(rf"(?:{grammar_re('top_n')})")


_LIST_JOIN = regex.compile(r"[ ]?(?:และ|หรือ|,)[ ]?")
_WHOLE = regex.compile(r"[0-9๐-๙]{1,6}")


def _label_list(doc: Document, mentions, k: int) -> bool:
    """ "ทางหลวงแผ่นดินหมายเลข 2085 และ 2178 สายแยก…", "มาตรา 70 และ 77": a bare figure joined by และ,
    หรือ or a comma to a label's number right before it is the next label of the list, not a
    count of the word after it. A list's numbers are whole, run upwards and are alike in length:
    "ห้องประชุมชั้น 5 และ 300 คนเข้าร่วม" counts people, "ขนาดห้อง 47.42 และ 49.06 ตารางเมตร" measures."""
    m = mentions[k]
    if k == 0 or m.form != "number" or m.value is None:
        return False
    prev = mentions[k - 1]
    if prev.form != "number" or not _WHOLE.fullmatch(prev.text) or not _WHOLE.fullmatch(m.text) \
            or prev.value is None or not prev.value < m.value \
            or len(m.text) - len(prev.text) > 1 or not _LIST_JOIN.fullmatch(doc.view, prev.end, m.start):
        return False
    return is_label_before(doc, prev.start)


_GROUP = regex.compile(r"[0-9]{3}(?![0-9,])")  # a whole group, perhaps with decimals or a multiplier after it
_LEAD_GROUP = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})*")  # "1,234 567 บาท": a comma group before the space too
_SPACED_DIGITS = regex.compile(r"(?<![0-9,.])(?:[0-9] ){2,}[0-9]\Z")


def _space_grouped(doc: Document, mentions, k: int) -> bool:
    """ "จำนวน 1 234 567 คน" (or "12 , 500"): thousands grouped by spaces; the last group alone (567 คน) is not the figure, and the
    groups are not read together here: no record; nor with decimals or a multiplier after the last group ("1 200
    ล้านบาท" is 1,200 ล้าน, not 200 ล้าน; "1 234.50 บาท"). Not after a label's number ("ครั้งที่ 1 500 คน") nor after a
    figure glued to a word ("49 จังหวัด1 291 อำเภอ": a footnote's mark)."""
    m = mentions[k]
    # (s38) the pattern ends with a space and one digit: no search unless the character before the last is a space
    if k >= 2 and m.form == "number" and doc.view[m.end - 2:m.end - 1] == " " \
            and _SPACED_DIGITS.search(doc.view, max(0, m.start - 12), m.end):
        return True  # "มีผู้ใช้สิทธิ 1 2 3 4 5 ราย": digits spaced apart (a PDF's letter spacing): 5 ราย is no reading (v24)
    if k == 0 or m.form != "number" or not _GROUP.match(doc.view, m.start):
        return False
    prev = mentions[k - 1]
    gap = doc.view[prev.end:m.start]
    # "ยอดเงินฝาก 12 , 500 ล้านบาท": a comma spaced off the digits before it groups them as likely as it lists two
    # figures (v24: main read 500 ล้านบาท); "400, 500, 600 คัน" is a list
    if gap not in (" ", " , ", " ,") or not _LEAD_GROUP.fullmatch(doc.view, prev.start, prev.end):
        return False
    before = doc.view[prev.start - 1:prev.start] if prev.start else ""
    return not (before.isalnum() or unicodedata.category(before or " ").startswith("M")) \
        and not is_label_before(doc, prev.start)


_DOT_GROUP = regex.compile(r"[0-9]{1,3}\.[0-9]{3}")  # the view's digits are ASCII
_DOT_GROUP_END = regex.compile(r"(?<![0-9.,])[0-9]{1,3}\.[0-9]{3}(?![0-9.,])")  # either end of a range


def _dot_grouped_count(doc: Document, m, unit: UnitMatch, end: int) -> bool:
    """ "ผู้ป่วย 1.234 ราย": people or households are counted whole, so a figure with three digits after a dot and
    no multiplier is no count of 1.234; the dot may group thousands (1,234): no record. So for a range with such
    an end ("1.234 - 2.345 ราย", "1.234 ถึง 2 ราย"; m its low, `end` where it ends). "4.678 ล้านครัวเรือน",
    "1.5 คน ต่อครัวเรือน" and "เฉลี่ย 3.125 คน" (averages) are read."""
    if unit.word not in words("grammar", role="whole_count") \
            or "เฉลี่ย" in doc.view[max(0, m.start - 12):m.start]:  # "ขนาดครัวเรือนเฉลี่ย 3.125 คน": an average
        return False
    if m.form == "number" and end == m.end:
        return _DOT_GROUP.fullmatch(doc.view, m.start, m.end) is not None
    return m.form in ("number", "range") and _DOT_GROUP_END.search(doc.view, m.start, end) is not None \
        and not _MULT_WORD.search(doc.view, m.start, end)  # "1.234 - 2.345 ล้านคน" is read


def _dot_grouped_money(doc: Document, m, unit: UnitMatch, end: int) -> bool:
    """ "ราคา 12.500 บาท": an amount of money with three digits after a dot and no multiplier; a whole amount is
    written to two places (สตางค์) at most, so the dot may group thousands (12,500) as well: no record, rather than a
    value a thousand times too small. A price per unit (the caller asks none: "32.945 บาทต่อลิตร", "ลิตรละ 32.945 บาท",
    a fuel price to three places), "0.125 บาท" (no thousands start with 0) and "1.500 ล้านบาท" are read; a range with such
    an end ("12.500 - 15.000 บาท") likewise gives nothing."""
    if unit.kind != "currency" or m.form not in ("number", "range") or _MULT_WORD.search(doc.view, m.start, end):
        return False
    return any(not g.group().startswith("0") for g in _DOT_GROUP_END.finditer(doc.view, m.start, end))


def _multiplied_pair(doc: Document, m, nxt) -> bool:
    """ "รายได้ 3 ล้าน 5 แสน ถึง 4 ล้านบาท", "300 ล้าน ถึง 400 ล้านบาท": both figures of "A ถึง B" carry a multiplier
    word (ล้าน, แสน, หมื่น, พัน) written in digits and words: amounts, not a name's number ("วัคซีนเข็ม 3 ถึง 5 ล้านโดส",
    "กลุ่ม 608 ถึง 1 ล้านคน" have a bare low), so ถึง joins a range without ระหว่าง/ตั้งแต่ (rev25: main read the top
    alone, 4 ล้านบาท, a wrong amount). Not after a label's number."""
    return m.form == "number" and nxt.form == "number" and m.rule.endswith((".mult", ".chain")) \
        and nxt.rule.endswith((".mult", ".chain")) and not is_label_before(doc, m.start)


# between a low figure's unit and the high figure: ถึง, จนถึง or a dash, up to three spaces on a side
# (a tab too; a line end around ถึง: "100 บาท ถึง\n200 บาท"; not around a dash, which opens a bullet far more often,
# "100 บาท\n- 200 บาท", or closes a table row with an empty cell, "100 บาท -\n200 บาท")
_UNIT_PAIR_LINK = regex.compile(r"[ \t]{0,3}(?:[-–~]|(?:\r?\n[ \t]{0,3})?(?:จน)?ถึง(?:[ \t]{0,3}\r?\n)?)[ \t]{0,3}")
UNIT_PAIR_LINK_MAX = 21  # the longest _UNIT_PAIR_LINK: 3 spaces, CR LF and 3 spaces, จนถึง, 3 spaces and CR LF, 3 spaces
_LINK_CORE = regex.compile(r"[-–~]|ถึง")


def _link_hint(view: str, end: int, nxt_start: int) -> bool:
    """Whether a _UNIT_PAIR_LINK could end at `nxt_start` after a figure ending at `end`: its dash or ถึง stands in
    the last UNIT_PAIR_LINK_MAX characters before the next figure. A pair with neither (most figures) is not read
    as one (_mixed_time_pair, _unit_pair)."""
    return _LINK_CORE.search(view, max(end, nxt_start - UNIT_PAIR_LINK_MAX), nxt_start) is not None


_UNIT_PAIR_CHAIN = regex.compile(r"[ \t]{0,3}(?:(?:จน)?ถึง|[-–~])[ \t]{0,3}[0-9]")  # the view's digits are ASCII
_UNIT_PAIR_AFTER_LINK = regex.compile(r"(?:ถึง|[-–~])[ ]{0,3}\Z")  # the low itself after a link: a chain


def _unit_pair(doc: Document, mentions, k: int) -> tuple[tuple[Number, Number], int] | None:
    """ "รายได้ 3 ล้าน 5 แสนบาท ถึง 4 ล้านบาท", "ตั้งแต่ 400,000 บาท ถึง 2,000,000 บาท", "อายุ 15 ปี ถึง 18 ปี": a range
    whose bounds each carry the unit, joined by ถึง, จนถึง or a dash, the high bound higher: ((low, high) in the
    unit's base, where the high figure ends), so one range record reads both (rev25: main gave two amounts, the
    range's top an amount of its own). The units must be one (the same word, or the same currency); the low must
    have no per of its own ("100 บาทต่อคน ถึง 200 บาท") and no qualifier word inside ("1,000 กว่าบาท"). A falling
    pair ("500 บาท - 300 บาท": a sum, a change or a list) is left as it was."""
    m, nxt = mentions[k], mentions[k + 1]
    if m.form not in ("number", "words") or nxt.form not in ("number", "words") or m.value is None \
            or nxt.value is None:
        return None
    u1 = unit_after(doc, m.end)
    if u1 is None or u1.more_than:
        return None
    per1, link_at = per_after(doc, u1.end)[0], u1.end
    if per1 is not None:
        # "ค่าจ้าง 100 บาทต่อวัน ถึง 200 บาทต่อวัน": both bounds per one unit, one range per it (rev26); a per on the
        # low alone ("100 บาทต่อคน ถึง 200 บาท") or another per on the high leaves the two as they were
        slash, per_word, _ = _rate_res()
        pm = slash.match(doc.view, u1.end) or per_word.match(doc.view, u1.end)
        if pm is None or pm["per"] != per1:
            return None
        link_at = pm.end()
    link = _UNIT_PAIR_LINK.match(doc.view, link_at)
    if link is None or link.end() != nxt.start:
        return None
    u2 = unit_after(doc, nxt.end)
    if u2 is None or u2.more_than or is_label_before(doc, nxt.start):
        return None
    if per1 is not None and per_after(doc, u2.end)[0] != per1:
        return None
    third = mentions[k + 2] if k + 2 < len(mentions) else None
    u3 = unit_after(doc, third.end) if third is not None and not doc.view[u2.end:third.start].strip(" \t") else None
    if u3 is not None and u3.kind == u2.kind \
            or third is not None and u2.word == _RAI and _NGAN_WAH_NEXT.match(doc.view, third.end) \
            and not doc.view[u2.end:third.start].strip(" \t"):
        return None  # "2 บาท ถึง 3 บาท 50 สตางค์", "10 ไร่ ถึง 12 ไร่ 2 งาน": the top goes on in a second unit (rev26)
    if not (u1.word == u2.word or u1.kind == u2.kind == "currency" and u1.code is not None and u1.code == u2.code):
        return None
    low, high = _exact(cast(Number, m.value), u1.factor), _exact(cast(Number, nxt.value), u2.factor)
    if not low < high:
        return None
    if _UNIT_PAIR_CHAIN.match(doc.view, u2.end) or _UNIT_PAIR_AFTER_LINK.search(doc.view, max(0, m.start - 8), m.start):
        return None  # "100 บาท - 150 บาท - 200 บาท", "1 ไร่ - 5 ไร่ - 10 ไร่": a list of three, no range of two
    from .percentages import _from_a_level  # here: percentages imports this module
    if _from_a_level(doc, m.start):
        return None  # "ค่าแรงเพิ่มขึ้นจาก 300 บาท ถึง 400 บาท": the old and the new level, as percentages read it (v22)
    return (low, high), nxt.end


def _top_after_compound(doc: Document, low: Record, low_end: int, m) -> bool:
    """The figure `m` follows a record read from two figures ("1 บาท 50 สตางค์", "1 ปี 6 เดือน", "13 ไร่ 2 งาน") across
    ถึง, จนถึง or a dash alone, and carries a unit of the same kind (money after money, a count or measure after one):
    the top of a range whose low is that record."""
    if m.form not in ("number", "words") or m.value is None or _UNIT_PAIR_LINK.fullmatch(doc.view, low_end, m.start) is None:
        return False
    u = unit_after(doc, m.end)
    if u is None or not isinstance(low, (Quantity, Money)) or (u.kind == "currency") != isinstance(low, Money):
        return False
    row = _units()[0].get(low.unit or "") if isinstance(low, Quantity) else None
    return isinstance(low, Money) or row is not None and row["kind"] == u.kind  # "13 ไร่ 2 งาน ถึง 15 คน": no range


_NGAN_WAH_NEXT = regex.compile(r"[ ]{0,3}(?:งาน|ตารางวา|ตร\.ว\.|วา)")


# "ราคาเริ่มต้น 699 บาท", "ค่าโดยสารเริ่มต้นที่ 17 บาท", "เริ่มต้นเพียง 10,000 บาท": a price from which prices start
_PRICE_FROM = regex.compile(r"(?:(?:ราคา|ค่าโดยสาร|ค่าบริการ|ค่าธรรมเนียม|ค่าเข้าชม)[ ]?เริ่มต้น(?:ที่|เพียง|ตั้งแต่)?"
                            r"|เริ่มต้นเพียง)[ ]{0,3}$")
# "ให้แล้วเสร็จภายใน 15 วัน": a deadline; "ภายใน 24 ชั่วโมงที่ผ่านมา" is the window counted in, no bound
_WITHIN = regex.compile(r"ภายใน(?:ระยะเวลา)?[ ]{0,3}$")
_WINDOW_AFTER = regex.compile(r"[ ]{0,3}(?:ที่ผ่านมา|ที่แล้ว|นี้|แรก|ล่าสุด|ก่อนหน้า|หลังสุด)")


def _bound_by_context(doc: Document, start: int, end: int, unit: UnitMatch) -> str | None:
    """at_least for a price that prices start from (money: "ราคาเริ่มต้น 699 บาท"; not "งบประมาณเริ่มต้น", an initial
    budget), at_most for a time limit ("ภายใน 15 วัน"; not a window "ภายใน 3 วันที่ผ่านมา") (rev26)."""
    view = doc.view
    if unit.kind == "currency" and _PRICE_FROM.search(view, max(0, start - 24), start):
        return "at_least"
    if unit.kind == "time" and _WITHIN.search(view, max(0, start - 16), start) and not _WINDOW_AFTER.match(view, end):
        return "at_most"
    return None


_HOURS = {"นาที": 1 / 60, "ชั่วโมง": 1, "ชม.": 1, "วัน": 24, "สัปดาห์": 168, "เดือน": 720, "ปี": 8760}


def _mixed_time_pair(doc: Document, mentions, k: int) -> int | None:
    """ "6 เดือน - 5 ปี", "3 วัน ถึง 2 สัปดาห์": two durations in two time units joined by ถึง, จนถึง or a dash, the
    second the longer, neither with a per: where the second's unit ends (a range; neither bound alone is an amount
    the text gives), else None."""
    m, nxt = mentions[k], mentions[k + 1]
    if m.form not in ("number", "words") or nxt.form not in ("number", "words") or m.value is None or nxt.value is None:
        return None
    u1 = unit_after(doc, m.end)
    if u1 is None or u1.word not in _HOURS or u1.more_than:
        return None
    link = _UNIT_PAIR_LINK.match(doc.view, u1.end)
    if link is None or link.end() != nxt.start:
        return None
    u2 = unit_after(doc, nxt.end)
    if u2 is None or u2.word not in _HOURS or u2.word == u1.word or u2.more_than:
        return None
    if per_after(doc, u1.end)[0] is not None or per_after(doc, u2.end)[0] is not None:
        return None
    if not float(m.value) * _HOURS[u1.word] < float(nxt.value) * _HOURS[u2.word]:
        return None
    third = mentions[k + 2] if k + 2 < len(mentions) else None
    if third is not None and not doc.view[u2.end:third.start].strip(" \t"):
        u3 = unit_after(doc, third.end)
        if u3 is not None and u3.word in _HOURS:
            return u3.end  # "6 เดือน - 5 ปี 6 เดือน": the top's second part too
    return u2.end


def _compound_top_of(doc: Document, low: Record, m, unit: UnitMatch) -> bool:
    """The figure `m`, read as one measure in two units ("1 ปี 6 เดือน", "3 บาท 50 สตางค์"), follows the record `low`
    across ถึง, จนถึง or a dash alone, and `low` carries one unit of the same kind and no range or per of its own: the
    top of a range whose low is `low`."""
    if not isinstance(low, (Quantity, Money)) or low.range is not None or low.per is not None \
            or low.end > m.start or _UNIT_PAIR_LINK.fullmatch(doc.view, low.end, m.start) is None:
        return False
    if isinstance(low, Money):
        return unit.kind == "currency"
    row = _units()[0].get(low.unit or "")
    return row is not None and row["kind"] == unit.kind != "currency"


def _range_chain_tail(doc: Document, mentions, k: int) -> bool:
    """ "วงเงิน 2-3 ล้าน 5 แสนบาท", "5-6 พัน 300 คน": a figure right after a multiplied range with no unit, spaces
    between, is the tail of a chain the range does not join (2 to 3.5 ล้าน, or 2.5 to 3.5); read alone (5 แสนบาท)
    it is no amount the text gives: no record."""
    if k == 0:
        return False
    m, prev = mentions[k], mentions[k - 1]
    if m.form != "number" or doc.view[prev.end:m.start].strip(" ") or not prev.rule.endswith(".mult"):
        return False
    if prev.form == "range":
        return True
    # "6 ร้อย 50 ล้านบาท", "6 พัน 500 ล้านบาท": 650 ล้าน, 6,500 ล้าน written in two pieces the numerals do not
    # join (ล้าน closes the second), the second filling the places right below the first's; read alone, 50
    # ล้านบาท is no amount the text gives (rev20). "5 แสน 3 ล้านคน" (3 fills no place under แสน) is a list.
    place = _PLACE_END.search(doc.view, prev.start, prev.end) if prev.form == "number" and m.rule.endswith(".mult") else None
    digits = _LEADING_FIGURE.match(doc.view, m.start) if place is not None else None
    if place is None or digits is None or "." in digits.group():
        return False
    below = _PLACE_VALUE[place.group()]
    return below // 10 <= int(digits.group().replace(",", "")) < below


_PLACE_END = regex.compile(r"(?:ร้อย|พัน|หมื่น|แสน)$")


_BROKEN_GROUP = regex.compile(r"[0-9],[0-9]{0,2}[ \t\r]*\n[ \t]*$"  # the view's digits are ASCII; a Windows line end too
                               r"|[0-9]['’]$")  # "1'234'567 บาท": thousands grouped by apostrophes
# "2,500.\n75 ล้านบาท": a figure inside its line (not a list's number alone on it), its dot at the line's end,
# then one or two digits: the decimals
_BROKEN_DECIMAL = regex.compile(r"[^\s0-9.,][ ]?[0-9][0-9,]*\.[ \t\r]*\n[ \t]*$")
_DECIMALS = regex.compile(r"[0-9]{1,2}(?![0-9,])")


def broken_figure(doc: Document, m) -> bool:
    """ "ผู้ป่วย 12,\n345 ราย", "1,2\n34 ราย", "วงเงิน 2,500.\n75 ล้านบาท": a figure broken by a line end inside its
    thousands group or right after its decimal point; the part on the new line alone (345 ราย, 34 ราย, 75 ล้านบาท)
    is not the figure: no record. "1'234'567 บาท" (thousands grouped by apostrophes) likewise gives no 567 บาท
    (a range broken after its dash is `broken_range_before`'s). A list's number alone on its line ("2.\n75 ล้านบาท") is no broken figure, nor is a line after a sentence's full
    stop that opens with a longer figure ("ร้อยละ 12.\n2567 …")."""
    lo, view = max(0, m.start - 24), doc.view
    if view.find("\n", lo, m.start) < 0 and view[m.start - 1:m.start] not in ("'", "’"):
        return False  # every pattern below holds a line end but the apostrophe one: most figures stop here
    return bool(_BROKEN_GROUP.search(view, lo, m.start)) \
        or _DECIMALS.match(view, m.start) is not None and bool(_BROKEN_DECIMAL.search(view, lo, m.start))


# a range's link (a dash, ถึง) and a line end between its figures; the view's digits are ASCII. Not a dash opening
# the next line: "ปี 2566\n- 3,000 ราย" is a bullet far more often than "2\n- 3 ล้านบาท" is a range
_RANGE_LINK_BREAK = r"(?:[ ]?(?:[-–]|ถึง)[ \t\r]*\n[ \t]*|[ \t\r]*\n[ \t]*ถึง[ ]?)"
_BROKEN_RANGE_BEFORE = regex.compile(rf"(?:[0-9]|ร้อย|พัน|หมื่น|แสน|ล้าน){_RANGE_LINK_BREAK}$")
# or a dash on the same line spaced wider than the numerals' range takes: "ร้อยละ 2 -  3" (v24)
_BROKEN_RANGE_AFTER = regex.compile(rf"(?:{_RANGE_LINK_BREAK}|[ \t]{{2,3}}[-–][ \t]{{1,3}}|[ \t]?[-–][ \t]{{2,3}})[0-9]")


def broken_range_before(doc: Document, m) -> bool:
    """ "วงเงิน 2 -\n3 ล้านบาท", "ระหว่าง 2\nถึง 3 แสนบาท": the top of a range whose low stands on the line
    before; read alone (3 ล้านบาท) it would give the range's top as the amount: no record. So too "วงเงิน 2\n- 3
    ล้านบาท" and "วงเงิน 2\n-\n3 ล้านบาท" (`_dash_line_after_figure`)."""
    lo = max(0, m.start - 16)
    return doc.view.find("\n", lo, m.start) >= 0 and bool(_BROKEN_RANGE_BEFORE.search(doc.view, lo, m.start)) \
        or _dash_line_after_figure(doc, m)  # the pattern holds a line end: a str.find rules out most figures


# a dash opening the line of a figure, the line before ending in a bare figure (no unit, no dot or bracket after it)
# (or alone on its line: "วงเงิน 2\n-\n3 ล้านบาท", v23)
# (or on the figure's line with two spaces or more on a side of the dash, which the numerals' range does not take:
# "10 -  30 ราย", v24)
_DASH_LINE_AFTER_FIGURE = regex.compile(
    r"(?<![0-9.,/:])(?P<low>[0-9][0-9,]*(?:\.[0-9]+)?)(?:[ \t\r]*\n[ \t]*[-–][ \t\r]*(?:\n[ \t]*)?"
    r"|[ \t]{2,3}[-–][ \t]{1,3}|[ \t]?[-–][ \t]{2,3})$")
_YEAR_LIKE = regex.compile(r"[0-9]{4}")


def _dash_line_after_figure(doc: Document, m) -> bool:
    """ "วงเงิน 2\n- 3 ล้านบาท": the line before ends in a bare figure lower than this one, which no label (ปี,
    ที่, ข้อ, ตาราง …) numbers and which is no year: the layout reads a range broken before its dash, so the figure
    alone is its top, no amount (v21). A bullet after a label's number or a year ("ตารางที่ 2\n- 3 ล้านบาท",
    "ปี 2566\n- 3,000 ราย"), after a list's number ("2.\n- 3 ล้านบาท") or after a higher figure is kept."""
    # "2\n-  3 ล้านบาท": spaces after the dash (rev22); "2\n-\n3 ล้านบาท": a dash alone on its line (v23)
    # "10 -  30 ราย": a dash spaced wider than a range's on the figures' line (v24)
    before = doc.view[max(0, m.start - 6):m.start].rstrip(" \t\r\n")
    if not before.endswith(("-", "–")):
        return False  # the pattern ends in the dash right before the figure: most figures stop here
    g = _DASH_LINE_AFTER_FIGURE.search(doc.view, max(0, m.start - 40), m.start)
    if g is None or _YEAR_LIKE.fullmatch(g["low"]) or is_label_before(doc, g.start("low")):
        return False
    top = _LEADING_FIGURE.match(doc.view, m.start)
    if top is None:
        return False
    # on one line a falling pair is no reading either ("กิโลกรัมละ 30 -  20 บาท": 20 บาท alone, or 20 to 30)
    return "\n" not in g.group() or float(g["low"].replace(",", "")) < float(top.group().replace(",", ""))


def broken_range_after(doc: Document, end: int) -> bool:
    """ "ขยายตัวร้อยละ 2.5 -\n3.5": the low of a range whose top stands on the next line, or after a dash spaced wider
    than a range's ("ร้อยละ 2 -  3", v24): no record of it alone."""
    return _BROKEN_RANGE_AFTER.match(doc.view, end) is not None


def _low_text(doc: Document, m) -> str:
    """A figure's text; a range's low alone: "ระยะที่ 2 - 1,500 ล้านบาท" is a label's 2, whatever the top is grouped
    by (v23: main read the range 2 to 1,500 ล้านบาท, since the comma of the top let it past the label test)."""
    if m.form != "range":
        return m.text
    low = _LEADING_FIGURE.match(doc.view, m.start)
    return m.text if low is None else low.group()


def extract_quantities(doc: Document) -> list[Record]:
    """Quantity and Money records, in text order."""
    person_units, dose_alone = words("phrase_words", role="person_unit"), words("percent_subject_words", role="dose_alone")
    area_units = words("phrase_words", role="area_unit")  # counted areas: area_phrase reads their names (q29)
    out: list[Record] = []
    mentions = doc.numbers
    prev_end = byline_end(doc)  # "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-…": no subject reads into a page byline
    last: Quantity | Money | None = None
    last_left = prev_end  # the left limit the subject of `last` was read with
    skip_until = -1
    blocks = _table_blocks(doc)
    range_word, range_open = _range_res()
    top_n = _top_n_re()
    compound_last: tuple[int, int] | None = None  # (index in out, end) of the last record read as two figures
    for k, m in enumerate(mentions):
        if m.start < skip_until:
            continue
        if "," not in _low_text(doc, m) and (is_label_before(doc, m.start) or _label_list(doc, mentions, k)) \
                and not _head_counted(doc, mentions, k):
            top_end = _classifier_label_top(doc, mentions, k)
            if top_end is not None:  # "ห้องพักแต่ละห้อง 2 ถึง 3 คน": no record of the top alone
                skip_until = prev_end = max(prev_end, top_end)
            continue  # a label (ชั้น 3, โควิด-19) is part of a noun phrase, which a subject may hold
        if m.form not in _COUNTABLE_FORMS:
            prev_end = max(prev_end, m.end)
            continue
        low_high = m.values if m.form == "range" else None
        end = m.end
        # "5 ถึง 10 ราย": two numbers joined by ถึง
        if m.form != "range" and k + 1 < len(mentions):
            nxt = mentions[k + 1]
            g = range_word.match(doc.view, m.end)
            # "ถึง" makes a range after ระหว่าง/ตั้งแต่/จาก or a word that introduces an amount (open_low);
            # after a name's number it means "as many as" ("วัคซีนเข็ม 3 ถึง 5 ล้านโดส")
            if g and g.end() == nxt.start and nxt.form in ("number", "words") and nxt.value is not None \
                    and m.value is not None and m.value < nxt.value and not _year_of_year_word(doc, m) \
                    and ("ถึง" not in g.group() or range_open.search(doc.view, max(0, m.start - 10), m.start)
                         or open_low(doc, m) or _multiplied_pair(doc, m, nxt) or _bare_rate_range(doc, m, nxt)
                         or _head_counted(doc, mentions, k)
                         or m.form == "words" == nxt.form and not _after_classifier(doc, m.start)):
                # "สองถึงสามวัน": no name's number is written in words, but "วัคซีนเข็มสามถึง…": the third dose (rev26)
                low = _shared_low(doc, m, nxt)
                if low is None:  # "2 ถึง 3 ล้าน 5 แสนบาท": which multiplier the low shares is not written
                    skip_until = nxt.end
                    prev_end = max(prev_end, nxt.end)
                    continue
                low_high, end = (low, nxt.value), nxt.end
            elif g and "-" not in g.group() and g.end() == nxt.start and nxt.form in ("number", "words") \
                    and isinstance(nxt.value, (int, Decimal)) and isinstance(m.value, (int, Decimal)) \
                    and m.value > nxt.value and range_open.search(doc.view, max(0, m.start - 10), m.start) \
                    and not is_label_before(doc, m.start):
                skip_until = nxt.end  # "ผู้ป่วยระหว่าง 10 ถึง 3 ราย": a range written falling; 3 ราย alone is neither
                prev_end = max(prev_end, nxt.end)  # reading (rev23)
                continue
            elif g and "ถึง" in g.group() and g.end() == nxt.start \
                    and (_bare_to_top(doc, m, nxt) or _bare_to_multiplied_top(doc, m, nxt)):
                skip_until = nxt.end  # "ผู้ป่วย 10 ถึง 20 ราย" with no word to open a range: 10-20 or "as many as 20"
                prev_end = max(prev_end, nxt.end)  # after a number of its own; 20 ราย alone would overstate the
                continue  # first reading (rev28)
        if compound_last is not None and compound_last[0] == len(out) - 1 and low_high is None \
                and _top_after_compound(doc, out[-1], compound_last[1], m):
            # "1 บาท 50 สตางค์ ถึง 2 บาท", "1 ปี 6 เดือน ถึง 2 ปี", "13 ไร่ 2 งาน ถึง 15 ไร่": a range whose low is written in
            # two units; neither bound alone is the amount the text gives, so no record of either (rev25)
            out.pop()
            before = out[-1] if out else None
            last = before if isinstance(before, (Quantity, Money)) else None
            compound_last = None
            u = unit_after(doc, m.end)
            skip_until = prev_end = max(prev_end, u.end if u is not None else m.end)
            continue
        linked = low_high is None and k + 1 < len(mentions) and _link_hint(doc.view, m.end, mentions[k + 1].start)
        if linked:
            mixed_end = _mixed_time_pair(doc, mentions, k)
            if mixed_end is not None:
                # "เด็กอายุ 6 เดือน - 5 ปี": a range whose bounds are in two time units; 5 ปี alone is its top read as
                # an amount, so no record of either (rev26)
                skip_until = prev_end = max(prev_end, mixed_end)
                continue
        scaled = None
        if linked:
            scaled = _unit_pair(doc, mentions, k)
            if scaled is not None:  # "3 ล้าน 5 แสนบาท ถึง 4 ล้านบาท": one range, each bound with its unit
                low_high, end = scaled[0], scaled[1]
        if _phone_figure(doc, m) or _time_after_date(doc, m) or _space_grouped(doc, mentions, k) \
                or broken_figure(doc, m) or _range_chain_tail(doc, mentions, k) or broken_range_before(doc, m) \
                or _per_one_denominator(doc, mentions, k):
            prev_end = max(prev_end, m.end)
            continue
        unit = unit_after(doc, end)
        if unit is not None and _dot_grouped_count(doc, m, unit, end):
            prev_end = max(prev_end, unit.end)
            continue
        next_clause = None
        if unit is not None and not low_high and _spaced_classifier_after_money(doc, m, unit, prev_end):
            # "ยึดทรัพย์สินกว่า 150 ล้าน รายแรกค้นห้อง…": the amount is money; รายแรก starts the next clause
            top = top_n.match(doc.view, unit.end)
            next_clause, unit = (top.end() if top else unit.end), None
        if unit is not None and (_ordinal_after(doc, unit.end) or _label_unit(doc, unit)
                                 or _enumerator(doc, m, unit) or _short_year(doc, m)
                                 or (not low_high and _bare_year(doc, m, unit))
                                 or _name_number(doc, m) or _place_name_unit(doc, unit)
                                 or _address_unit(doc, unit)
                                 or (not low_high and _not_a_count(doc, m, unit))):
            prev_end = max(prev_end, unit.end)  # "Money Expo 2022 ครั้งที่ 22": 2022 counts nothing
            continue
        if unit is None:
            money = _table_money(doc, m, blocks) if blocks else None
            money = money or _implicit_money(doc, m, prev_end)
            if money is not None:
                out.append(money)
                last, last_left = money, prev_end
            prev_end = max(prev_end, m.end if next_clause is None else next_clause)
            continue
        if unit.kind == "currency" and is_bare_multiplier(m) and not more_than_after(doc.view, m.end):
            prev_end = max(prev_end, unit.end)
            continue  # "(ล้านบาท)", "ร้อยละ / ล้านบาท": a unit's name in a heading, no amount
        if unit.word == "ปอนด์" and (_WEIGHT_BEFORE.search(doc.view, max(0, m.start - 24), m.start)
                                     or _PER_SQUARE_INCH.match(doc.view, unit.end)
                                     or _pounds_restated(doc, m, unit.end)):
            prev_end = max(prev_end, unit.end)
            continue  # "น้ำหนัก 5 ปอนด์": the pound weighed, no sterling (rev27); no record, the table has no weight row
        if unit.word == "บาท" and _gold_weighed(doc, m):
            prev_end = max(prev_end, unit.end)
            continue  # "สร้อยคอทองคำหนัก 2 บาท": gold's weight unit (15.2 g), no money; the table has no weight row (rev28)
        if not low_high and _unread_unit_bound(doc, m, unit):
            prev_end = max(prev_end, unit.end)
            continue  # "500 ม. ถึง 1 กม.": a range across units, one bound unread; the other alone is no amount
        if _section_number(doc, m, unit):
            prev_end = max(prev_end, m.end)
            continue  # "2.3 คนทุกวัย" opening a line: a heading's number, no count
        if _tens_of(doc, m):
            prev_end = max(prev_end, m.end)
            continue  # "หลาย 10 ล้านบาท": tens of millions, no ten million (rev35)
        if _term(doc, m, unit):
            prev_end = max(prev_end, unit.end)
            continue  # "60 x 180 เมตร", "1 : 20 คน", "1 ขวบ 6 เดือน": no amount the figure alone states (rev28)
        per, rec_end = per_after(doc, unit.end)
        per_start = m.start
        half = _half_after(doc, m, unit, rec_end) if per is None and not low_high else None
        if half is None and _half_left(doc, m, unit, rec_end):
            prev_end = max(prev_end, rec_end)
            continue  # "1 ล้านครึ่งคน", "2 บาทครึ่ง": the figure alone would understate what is written
        area = (_ngan_wah_after(doc, m, unit, rec_end) or _satang_after(doc, mentions, k, unit, rec_end) or half) \
            if per is None and not low_high else None
        if area is not None:
            rec_end = area[1]  # "13 ไร่ 2 งาน": one area, the งาน and ตารางวา read into it
            if half is None:  # (rev35) the rate's per after the whole: "8 บาท 50 สต. ต่อเที่ยว", "1 บาท 25 สตางค์ต่อหน่วย"
                per, rec_end = per_after(doc, rec_end)
        compound = _compound_after(doc, mentions, k, unit, rec_end,
                                   top=(k if m.form == "range" else k + 1) if low_high else None) \
            if area is None and per is None else None
        unit_word = unit.word
        if compound is not None:
            if compound[0] is None:  # "1 เดือน 15 วัน": no exact measure, and either part alone is wrong
                skip_until = prev_end = max(prev_end, compound[1])
                continue
            area, unit_word = (compound[0], compound[1]), compound[2]
            per, rec_end = per_after(doc, compound[1])  # "5 กก. 500 กรัม ต่อกล่อง"
        if area is not None and not low_high and out and _compound_top_of(doc, out[-1], m, unit):
            # "ระยะเวลาการจ้าง 1 ปี - 1 ปี 6 เดือน", "2 บาท - 3 บาท 50 สตางค์": a range whose top is written in two units; 18
            # เดือน alone is the top read as an amount, and the low alone is no amount either: no record of either
            # (rev26, the mirror of rev25's compound low)
            out.pop()
            before = out[-1] if out else None
            last = before if isinstance(before, (Quantity, Money)) else None
            compound_last = None
            skip_until = prev_end = max(prev_end, rec_end)
            continue
        chain_start = None
        if per is None:
            per, per_start = per_before(doc, m.start)
        else:
            # "คนละ 500 บาทต่อเดือน": per คน and per เดือน, a chain as "500 บาทต่อคนต่อเดือน" is (rev26); per เดือน alone would
            # read each person's monthly sum as all of it
            each, each_start = per_before(doc, m.start)
            if each is not None and each not in per.split("/"):
                per, chain_start = f"{each}/{per}", each_start  # the subject is read before the figure, as it was
        own = own_per_before(doc, m.start, unit) if per_start == m.start and chain_start is None else None
        if own is not None:
            # "รายได้เฉลี่ยต่อครัวเรือน 27,350 บาท"; "…ต่อเดือน 15,000 บาทต่อคน": per month and per person, as "เดือนละ 15,000
            # บาทต่อคน" chains; the subject is still read before the figure
            per = own if per is None else per if own in per.split("/") else f"{own}/{per}"
        if per is None and _dot_grouped_money(doc, m, unit, end):
            prev_end = max(prev_end, rec_end)
            continue  # "ราคา 12.500 บาท": 12.5 or 12,500 (rev29b)
        top = top_n.match(doc.view, rec_end)
        if top and unit.kind == "classifier" and _ends_word(doc, top.end()) and doc.is_boundary(rec_end):
            rec_end = top.end()  # "3 อันดับแรก": the top three
        skip_until = rec_end
        qualifier = "more_than" if unit.more_than or m.rule == MORE_THAN_MULT else qualifier_before(doc, m.start)
        if qualifier is None and per_start != m.start:
            qualifier = qualifier_before(doc, per_start)  # "ไม่น้อยกว่า เดือนละ 5 แสนคน"
        if qualifier is None and chain_start is not None:
            qualifier = qualifier_before(doc, chain_start)  # "ไม่เกินคนละ 500 บาทต่อเดือน"
        if qualifier is None and total_through(doc, per_start):
            qualifier = "total"  # "รวมจำนวน 66,048 ราย", "รวมเป็นเงิน 300,000 บาท"
        if qualifier is None:
            qualifier = bound_through(doc, m.start)  # "ไม่เกินจำนวน 100,000 บาท": at most (v33)
        if qualifier is None:
            qualifier, _ = qualifier_after(doc, rec_end)
        if qualifier is None and not low_high:
            qualifier = _bound_by_context(doc, per_start, rec_end, unit)
        elif _ranked_superlative(doc, m, unit) or _goal_superlative(doc, m, unit) \
                or qualifier in ("at_most", "at_least") and (_relative_superlative(doc, m) or _bid_superlative(doc, m, unit)
                                                              or _listed_superlative(doc, m, unit, rec_end)):
            qualifier = None  # "สูงสุด 5 อันดับแรก": the top five, not at most five; "ที่มี…สูงสุด 1,566 ราย": the most
        subject = subject_before(doc, per_start, left_limit=prev_end)
        opened = _aside_before(doc, last, per_start) if subject is None else None
        if opened is not None:
            # "ผู้ได้รับวัคซีนครบตามเกณฑ์ (ได้รับวัคซีน 2 เข็ม) จำนวน 177,462 ราย": the figure in the aside is no
            # bound on this one's subject, which stands before the aside
            subject = subject_before(doc, opened, left_limit=last_left)
            if subject is not None and unit.word in person_units:
                # "ผู้ได้รับวัคซีนครบตามเกณฑ์ (…) จำนวน 177,462 ราย": the people, not the vaccine read inside them (rev22)
                subject = vaccinated_count(doc, opened, subject)
            if subject is not None and subject.end != opened:
                subject = None  # "ผู้ป่วยสะสม 500 ราย (…) 300 คน": a figure's phrase before the aside is that figure's
        record_left = prev_end
        if unit.word in person_units:
            subject = vaccinated_count(doc, per_start, subject)  # the people vaccinated, not their vaccine
        elif unit.word in dose_alone:
            subject = vaccine_doses(doc, per_start, subject)  # the vaccine given, not the people it was given to
        span_text = doc.text[m.start:rec_end]
        # a "number" or "words" mention always has its value; a range, its two bounds
        value = None if low_high else area[0] if area is not None else _exact(cast(Number, m.value), unit.factor)
        rng = scaled[0] if scaled is not None \
            else (_exact(low_high[0], unit.factor), _exact(low_high[1], unit.factor)) if low_high else None
        if subject is None and isinstance(last, Quantity) and last.unit == unit.word \
                and not doc.view[last.end:m.start].strip():
            subject_text = last.subject  # a list sharing one subject: 2,388 ราย ... 97 ราย
        elif subject is None and isinstance(last, Quantity) and last.subject is not None \
                and (last.unit == unit.word or unit.kind == "measure" and _measure_of_mass(last.unit, unit.word)
                     and not _names_people(last.subject)) \
                and _total_of_each(doc, last, m.start):
            # (q44) "เมล็ดพันธุ์ข้าว รายละ 25 กิโลกรัม รวม 120 ตัน": a total in another unit of weight, of the same thing
            # "ยาบ้า เป้ละ 150,000 เม็ด รวมทั้งสิ้น 1,350,000 เม็ด": the total of so much of a thing each counts that thing
            subject_text = last.subject
        elif subject is None and unit.kind == "measure" and per is not None and per_start != m.start \
                and isinstance(last, Quantity) and last.unit == per and not doc.view[last.end:per_start].strip():
            # "สินค้า… 2,736 กล่อง กล่องละ 20 กิโลกรัม": a measure of each thing the figure before counts
            # measures what it holds (not "6 รุ่น รุ่นละ 30 คน": the people of a batch are no batch)
            subject_text = last.subject
        else:
            subject_text = subject.text if subject else None
        rule = ("qty.range" if rng else "qty.number") + ("" if m.form != "words" else ".words")
        if m.rule == "num.rai_ngan_wah" or area is not None and unit.word == _RAI:
            rule = "qty.rai_ngan_wah"  # 12-2-40 ไร่, 13 ไร่ 2 งาน: one area, in ไร่
        elif half is not None and area is half:
            rule = "qty.half"  # 1 เดือนครึ่ง: 1.5 เดือน
        elif compound is not None:
            rule = "qty.compound"  # 2 ปี 6 เดือน: 30 เดือน
        if unit.kind == "currency":
            if subject_text == (subject.text if subject else None):  # money_subjects.py
                found = money_subject(doc, subject, pos=per_start, left_limit=prev_end)
                subject_text = found.text if found else None
            if (subject_text is None or word_class(subject_text) == "V") and isinstance(last, Money) \
                    and new_value_of(doc, per_start, last.start, last.subject):
                # "จาก 2,000 บาท เหลือ 500 บาท": the new value of the same thing; also where the reader took
                # the change's own verb ("จาก 300 บาท ปรับขึ้นเป็น 330 บาท" gave ปรับ)
                subject_text = last.subject
            if subject_text is None and isinstance(last, Money) and last.currency == unit.code and last.per == per \
                    and last.subject is not None and _bound_of(doc, last.end, m.start):
                # "โทษปรับตั้งแต่ 400,000 บาท ถึง 2,000,000 บาท": the upper bound of one amount, without the lower
                # bound's own word ("วงเงินกู้เริ่มต้น 5 แสนบาทถึงสูงสุด 5 ล้านบาท" → วงเงินกู้)
                subject_text = _without_lower_bound(last.subject)
            if subject_text is None and isinstance(last, Money) and last.currency == unit.code \
                    and last.subject is not None and _overall_cap_of(doc, last, per, m.start):
                # "วงเงิน 150 บาท/วัน หรือสูงสุดไม่เกิน 3,500 บาท": the overall cap of a rate is the cap of the
                # rate's money
                subject_text = last.subject
            if subject_text is None and isinstance(last, Quantity) and (last.subject is not None or _noun_unit(last.unit)) \
                    and _priced_each(doc, last, per, per_start, m.start):
                # "ถุงยังชีพ จำนวน 100 ชุด ๆ ละ 800 บาท", "รางวัลเลขท้าย 3 ตัว รางวัลละ 100 บาท": the price of each
                # thing the count before counts names that thing ("3 ทุน ๆ ละ 20,000 บาท": ทุน, a noun of its own)
                subject_text = last.subject or last.unit
            if subject_text is None and isinstance(last, Quantity) and _sum_of_count(doc, last, per, m.start):
                # "กองทุนในกำกับ 3 กองทุน 214,362 ล้านบาท", "ทุน 377 ทุนรวมกว่า 35 ล้านบาท": the sum of the things
                # the count right before it counts
                subject_text = last.subject or last.unit
            if only_a_time(subject_text):
                subject_text = None  # "แจงปีหน้า|เตรียม…": a time alone names no amount
            rec: Quantity | Money = Money(span_text, m.start, rec_end, value=value, currency=unit.code,
                                          subject=subject_text, qualifier=qualifier, range=rng, per=per,
                                          rule=rule.replace("qty", "money") + (".rate" if per else ""))
        else:
            if unit.kind == "classifier" and unit.word not in person_units \
                    and (subject_text is None or subject is not None and subject_text == subject.text):
                # "เปิดจุดจำหน่ายสลาก ทั่วภาคกลางได้ 209 จุด": the classifier's own noun before names what it counts (q25)
                echo = echoed_head(doc, unit.word, per_start, prev_end, subject if subject_text is not None else None)
                if echo is not None:
                    subject_text = echo.text
            if unit.kind == "classifier" and subject is not None and subject_text == subject.text:
                # "เจ้าหน้าที่อื่นๆ ที่มีโอกาสสัมผัสกับผู้ติดเชื้อ 1,120 คน": the officers, not those they meet (q25)
                head = head_before_relative_object(doc, unit.word, unit.word in person_units,
                                                   prev_end, subject)
                if head is not None:
                    subject_text = head.text
                elif unit.word in person_units:
                    # "ผู้ประกอบการร้านอาหารที่ขายอาหารผ่านแพลตฟอร์ม 80,000 ราย": the people, not what they sell (q26)
                    head = people_before_relative(doc, prev_end, subject)
                    if head is not None:
                        subject_text = head.text
                act = act_of_object(doc, unit.word, subject) if subject_text == subject.text else None
                if act is not None:
                    subject_text = act.text  # "ตรวจหาเชื้อ อีก 2 ครั้ง": the act counted, not its object (q25)
            if subject is not None and subject_text == subject.text:
                case = past_condition(doc, prev_end, subject)  # "…นอกเวลา กรณีเพิ่ม 1-2 เท่า": not the case (q25)
                if case is not False:
                    subject_text = case.text if isinstance(case, Subject) else None
            if subject is not None and subject_text == subject.text:
                # "โรงพยาบาลเอกชน 2,406 เตียง คงเหลือ 10 เตียง": what is left of the beds before, not "remaining" (q26)
                left = remainder_of(doc, subject, last.end if isinstance(last, Quantity) else None,
                                    last.unit if isinstance(last, Quantity) else None,
                                    last.subject if isinstance(last, Quantity) else None, unit.word)
                if left is not False:
                    subject_text = left
            people = people_without_act(subject_text) if _counts_people(unit.word) else None
            if people is None and subject is not None and subject_text == subject.text and _counts_people(unit.word):
                people = people_before_act(doc, subject, prev_end)  # "ผู้ป่วยปอดอักเสบ รักษาตัว…": across the space (q33)
            if people is not None:
                # "ประชาชนเดินทาง 40,000 คน": the people, not what they did (q26); only where the unit counts people:
                # "ผู้บริหารเข้าร่วมประชุม 12 ครั้ง" counts the meetings (rev27b)
                subject_text = people
            vaccine = vaccine_of_doses(doc, per_start, unit.word, subject_text)
            if vaccine is not False:
                subject_text = vaccine  # "ผู้ที่ฉีดวัคซีนครบ 2 เข็ม": the vaccine, not the people (q27)
            if subject is not None and subject_text == subject.text:
                subject_text = without_date_preposition(doc, subject)  # "…สำเร็จภายใน|วันที่ 26 มีนาคม 2566 …" (q27)
            if subject_text is not None and unit.kind == "classifier" and after_destination(doc, per_start):
                subject_text = None  # "กระจายวัคซีนไปยัง 77 จังหวัด": the provinces it went to (q27)
            if names_nothing(subject_text) or names_no_thing(subject_text) \
                    or subject is not None and subject_text is not None and subject.start < per_start \
                    and _permissive_across(doc, subject.start, per_start) \
                    or subject_text is not None and unit.word in area_units \
                    and doc.text[max(0, per_start - 16):per_start].rstrip(" \u00a0").endswith(NATIONWIDE) \
                    and not subject_text.startswith(_body_heads()) and not _names_people(subject_text) \
                    and not (subject_text.startswith(unit.word) and len(subject_text) > len(unit.word)) \
                    or subject_text is not None and unit.word in person_units and subject is not None \
                    and subject_text == subject.text and agent_of_conveying(doc, subject, per_start, unit.word) \
                    or subject is not None and subject_text is not None and subject.start <= per_start \
                    and doc.text.find(subject_text, subject.start, per_start) == subject.start \
                    and body_setting_goal(doc, subject, per_start):
                # "ยังไม่ถึงเป้า 1 แสนคน": the goal, not what is counted (q26); "ลดลงครึ่งหนึ่งจาก 200 ราย", "ในวันเสาร์
                # ที่ … 1 หน่วย": a fraction, a day (q32)
                subject_text = None
            if subject is not None and subject_text == subject.text:
                thing = thing_from_body(doc, subject, unit.word, prev_end)
                if thing is not False:
                    # "ได้รับเครื่องช่วยหายใจจาก กระทรวงสาธารณสุข 30 เครื่อง": the things, not the body they came from (q32)
                    subject_text = thing.text if isinstance(thing, Subject) else None
            subject_text = without_glued_about(subject_text)  # "ผู้เข้าร่วมร่วม 2 หมื่นคน": nearly, not joint (q32)
            if unit.kind == "classifier" and (subject_text is None or subject is not None and subject_text == subject.text):
                had = head_before_having_clause(doc, per_start, prev_end)
                if had is not None and (subject_text is None or subject is not None and had.start == subject.start):
                    subject_text = had.text  # "ทะเลสาบ… ที่ทั่วโลกมีอยู่ 117 แห่ง": the head, not who has them (q32)
            if unit.kind == "classifier" and subject is not None and subject_text == subject.text:
                thing = thing_of_value(doc, subject, unit.word)
                if thing is not None:
                    subject_text = thing.text  # "สร้างราคาหลักทรัพย์ 6 ตัว": the securities, not their price (q31)
            if subject is not None and subject_text == subject.text:
                goal = goal_alone(doc, subject, unit.word, prev_end)
                if goal is not False:
                    # "… เป้าหมาย 2 ล้านโดส": not the goal (q28); the act only for a measure ("การปรับปรุงคุณภาพดิน
                    # เป้าหมาย 14,000 ไร่"), not the provinces or offices it reaches ("การรณรงค์ เป้าหมาย 76 จังหวัด"; rev27c)
                    subject_text = goal.text if goal is not None and unit.kind == "measure" else None
            if subject_text is None and unit.word in person_units:
                # "กรรมการโดยตำแหน่ง จำนวนหกคน", "ผู้ประกันตนในมาตรา 39 จำนวน 1.9 ล้านคน": read past a stop (q29)
                member = ex_officio(doc, per_start, prev_end) or people_of_section(doc, per_start, prev_end)
                subject_text = member.text if member is not None else None
            if subject_text is None and unit.kind == "classifier":
                holder = old_value_holder(doc, per_start, rec_end, prev_end)
                if holder is not None:
                    subject_text = holder.text  # "จุดความร้อนจาก 110 จุด ลดเหลือ 17 จุด": an old value, no source (q30)
                elif isinstance(last, Quantity):
                    subject_text = new_value_holder(doc, (last.start, last.end, last.unit, last.subject), unit.word,
                                                    per_start)
            if unit.word in person_units and (subject_text is None
                                              or subject is not None and subject_text == subject.text):
                aged = people_of_age(doc, per_start, subject if subject_text is not None else None, last_left)
                if aged is not None:
                    subject_text = aged.text  # "เด็กอายุ 3 ขวบ 2 คน": the children, not ขวบ (q30)
            if subject is not None and subject_text == subject.text and unit.word in person_units:
                appointed = appointees(doc, subject, prev_end)  # "แต่งตั้งข้าราชการ…ให้ดำรงตำแหน่ง… 3 ราย" (q29)
                if appointed is not False:
                    subject_text = appointed.text if appointed is not None else None
            if subject is not None and subject_text == subject.text:
                listed = spaced_list(doc, subject, unit.word, prev_end)
                if listed is not None:
                    subject_text = listed.text  # "ครู นักเรียน และผู้ปกครอง จำนวน 120 คน": the whole list (q30)
            if unit.word in person_units and (subject_text is None
                                              or subject is not None and subject_text == subject.text):
                # across a count of no people before ("มีผู้ลงทะเบียน…ทั้ง 2 รูปแบบ กว่า 800 คน"), not across one of people
                # and only where the reader read nothing: "มีผู้ได้รับผลกระทบ 682 ครัวเรือน เสียชีวิต 11 ราย" (the dead)
                have_left = last_left if isinstance(last, Quantity) and last.unit not in person_units \
                    and subject_text is None else prev_end
                had = people_after_have(doc, per_start, subject if subject_text is not None else None, have_left)
                if had is not None:
                    had = people_pair(doc, had, per_start) or had  # "มีแพทย์ พยาบาลวิชาชีพ … 200 คน": the pair (q41)
                    subject_text = had.text  # "มีผู้ลงทะเบียนเข้าร่วมทั้ง 2 รูปแบบ กว่า 800 คน": who มี names (q35)
            if unit.word in person_units and isinstance(last, Quantity) and last.unit == unit.word:
                listed_head = head_of_place_list(subject_text, last.subject)
                if listed_head is not None:
                    subject_text = listed_head  # "คนงาน…ในสวีเดน 3,040 คน และฟินแลนด์ 2,214 คน": the workers (q35)
            if subject is not None and subject_text == subject.text:
                tail = with_batch_tail(doc, subject) or head_of_latin_name(doc, subject, prev_end) \
                    or document_head(doc, subject, unit.word, prev_end)  # "ประกาศ|กระทรวง… 2 ฉบับ": the notices (q36)
                if tail is None and unit.word in person_units:
                    tail = people_of_nationality(doc, subject, prev_end)  # "ผู้ลักลอบ… สัญชาติเมียนมา 19 คน" (q36)
                    if tail is not None:  # "ตำรวจจับกุม|ผู้ลักลอบเข้าเมืองโดยผิดกฎหมาย สัญชาติลาว 19 คน": q38's agent dropped (rev35c)
                        tail = people_after_agent_verb(doc, tail, unit.word, prev_end) or tail
                if tail is None and unit.word in person_units:
                    tail = people_after_agent_verb(doc, subject, unit.word, prev_end)  # "ตำรวจจับกุม|ผู้ต้องหา 12 ราย": the people (q38)
                    acted_end = len(doc.text[:per_start].rstrip(" \u00a0"))
                    if tail is None and subject.end < acted_end and " " not in doc.text[subject.end:acted_end]:
                        # "เจ้าหน้าที่กู้ภัย|นำส่งผู้บาดเจ็บ 3 ราย": the reader stopped at the agent; the people its
                        # verbs act on, glued on up to the figure, are what is counted (q44)
                        tail = people_after_agent_verb(
                            doc, Subject(doc.text[subject.start:acted_end], subject.start, acted_end), unit.word, prev_end)
                if tail is None and unit.word not in person_units and unit.word not in area_units:
                    tail = centre_name(doc, subject, per_start, prev_end)  # "ศูนย์|พักพิง… 42 แห่ง" (q36)
                if tail is None and unit.kind == "classifier":
                    # "ผลิตภัณฑ์ของ|กลุ่มอาชีพ… 15 กลุ่ม": the owner the classifier names (q37); "กลุ่มผู้ประกอบการ
                    # ช่างทอผ้า… 20 กลุ่ม": the unit's own noun heading an apposition across a space (q37)
                    tail = unit_noun_after_of(doc, subject, unit.word) \
                        or unit_head_across_space(doc, subject, unit.word, prev_end)
                if tail is None:
                    tail = head_of_manner(doc, subject, prev_end)  # "การเดินทาง|แบบกลุ่ม … สามเท่า": the head (q37)
                if tail is None:
                    # "แรงงานที่ทำงานโดยไม่ได้รับอนุญาต 12 คน": the noun before a manner adverb, with it (q39)
                    tail = past_manner(doc, subject, prev_end, unit.word in person_units)
                    if tail is not None and unit.word in person_units:
                        # "ตำรวจจับกุม|ผู้ลักลอบเข้าเมืองโดยผิดกฎหมาย 12 ราย": q38's agent + verb dropped from q39's phrase (rev35c)
                        tail = people_after_agent_verb(doc, tail, unit.word, prev_end) or tail
                if tail is None and unit.word in person_units:
                    tail = people_of_attribute(doc, subject)  # "รายได้|กลุ่มผู้มีบัตร… 1.6 แสนราย": the people (q39)
                if tail is None and unit.word in person_units:
                    tail = people_pair(doc, subject, per_start)  # "นักเรียน นักศึกษาผู้กู้ยืม … 560,000 ราย" (q41)
                if tail is None and unit.word in person_units:
                    tail = people_of_company(doc, subject, prev_end)  # "ลูกจ้าง บริษัท อัลฟ่าฯ 200 คน": the people (q41)
                if tail is None and unit.kind == "measure":
                    tail = measured_at(doc, subject)  # "จุ่มน้ำที่ความลึกระดับ 1 เมตร": the depth (q39)
                if tail is None and unit.kind == "measure":
                    tail = dimension_before(doc, subject, prev_end)  # "ความกว้าง|ช่องจราจร 3.50 เมตร": the extent (q41)
                if tail is None and unit.kind == "measure":
                    tail = thing_before_spaced_dimension(doc, subject, prev_end)  # "ถนนลาดยาง ความยาว 2.5 กม." (q43)
                if tail is None and unit.kind == "measure":
                    tail = holder_of_measured_act(doc, subject, prev_end)  # "อาหารปศุสัตว์ มีปริมาณส่งออก N ตัน" (q42)
                if tail is None and unit.kind in ("classifier", "measure"):
                    # "คุณลักษณะอัน|พึงประสงค์ของคนไทย 4 ประการ": the noun the attribute follows (q41)
                    tail = noun_before_attributive(doc, subject, prev_end)
                if tail is None and unit.kind in ("classifier", "measure"):
                    tail = alternative_before_slash(doc, subject, prev_end)  # "แผนงาน / |โครงการฟื้นฟู… 8 โครงการ" (q41)
                if tail is None and unit.kind in ("classifier", "measure") and unit.word not in person_units:
                    tail = with_kinds_aside(doc, subject, per_start)  # "ปลากินพืช (ตะเพียน/ปีกแดง) จำนวน 400,000 ตัว" (q41)
                if unit.kind in ("classifier", "measure"):
                    # "ผู้กระทำความผิดเกี่ยวกับกรณี|ดังกล่าว 744 ราย": the demonstrative of the preposition's object, also
                    # after the people another rule read ("ตำรวจจับกุม|ผู้ต้องหาเกี่ยวกับคดี|ดังกล่าว") (q41)
                    tail = with_object_demonstrative(doc, tail or subject, per_start) or tail
                if tail is not None:
                    # "เด็กและเยาวชนรุ่น|แรก", "ผู้ประกอบการคู่ค้าของ freshket 100 ราย", "ผู้ที่ Walk In" (q35)
                    subject_text = tail.text
            if unit.word in person_units and subject is not None and subject_text \
                    and subject.text.startswith(subject_text):
                # "มีครู อาจารย์ผู้สอน 45 คน", "มีนักเรียน นักศึกษา|เข้าร่วม…": the pair from its first noun (q43)
                pair = people_pair_before(doc, subject.start, subject.start + len(subject_text), prev_end, per_start)
                if pair is not None:
                    subject_text = pair.text
            if unit.word not in person_units and not _names_people(unit.word):  # "สมาชิกทั่วประเทศ 3 ล้านครัวเรือน" (rev33c)
                subject_text = without_nationwide(subject_text)  # "เรือนจำ…ทั่วประเทศ 18 แห่ง": where, not what (q35)
            if subject is None and subject_text is None and unit.kind == "classifier":
                labelled = label_before_colon(doc, qualifier_start(doc, per_start, left_limit=prev_end), prev_end,
                                              unit.word, rec_end)
                if labelled is not None:
                    subject_text = labelled.text  # "จำนวนผู้เข้าร่วม: 150 คน": the header line's label (q40)
            if subject_text is None and unit.kind == "classifier":
                named = named_area(doc, per_start, unit.word, prev_end)
                if named is not None:
                    subject_text = named.text  # "ปรับมาตรการในพื้นที่นำร่องการท่องเที่ยว 8 จังหวัด" (q35)
            if unit.kind == "classifier" and unit.word not in area_units and not _counts_people(unit.word) \
                    and isinstance(last, Quantity) and last.subject is None:
                # "มีศาสนสถานที่ได้รับผลกระทบใน 19 จังหวัด ได้แก่ … และสมุทรปราการ รวม 357 แห่ง": the head (q40)
                listed_total = head_of_place_list_total(doc, per_start, last.start, last.end, last.unit, last_left,
                                                        subject_text, unit.word)
                if listed_total is not None:
                    subject_text = listed_total.text
            areas = area_phrase(doc, subject, subject_text, unit.word, per_start)
            if areas is not None:
                subject_text = areas.text  # "พื้นที่|เฝ้าระวังสูง จำนวน 14 จังหวัด": the areas its words name (q29)
            if act_alone(subject_text, unit.word):
                subject_text = None  # "วิ่ง 6 เส้นทาง": an act alone names nothing counted (q31)
            if unit.kind in ("classifier", "measure") and (subject is None and subject_text is None
                                                            or subject is not None and subject_text == subject.text):
                # "ลดกำลังส่งจาก 500 วัตต์ ลงเหลือ 50 วัตต์": the object of the change both values measure (q38)
                changed = object_of_change(doc, qualifier_start(doc, per_start, left_limit=prev_end), rec_end, unit.word,
                                           prev_end)
                if changed is None and isinstance(last, Quantity) and last.unit == unit.word \
                        and len(doc.view[last.end:m.start]) <= NEW_VALUE_GAP \
                        and not any(c.isdigit() for c in doc.view[last.end:m.start]):
                    changed = object_of_change(doc, last.start, last.end, unit.word, max(0, last.start - NEW_VALUE_GAP * 4))
                if changed is None and subject is not None:
                    # "ลดแออัด|ขยาย|พื้นที่นอนให้ได้ 1.6 ตร.ม.": the object of the change the level is set for (q38)
                    changed = object_of_goal(doc, qualifier_start(doc, per_start, left_limit=prev_end), prev_end)
                if changed is None and subject is not None:
                    changed = without_change_verb(doc, subject, unit.word)  # "เพิ่ม|ปริมาณน้ำ… 20 ลบ.ม." (q38)
                if changed is not None and subject is not None and unit.word in person_units \
                        and changed.start < subject.start and _names_people(subject.text):
                    # (rev35c) "เพิ่มรายได้|เกษตรกรให้ได้ 500 ราย", "เพิ่มการจ้างงาน|ผู้สูงอายุให้ได้ 1,000 คน": a count of people
                    # counts the people the reader read; the object's words before them are what of theirs changes
                    changed = None
                if changed is not None and (subject is None or subject.end == changed.end
                                            or changed.start <= subject.start and subject.end <= changed.end):
                    # the reader's phrase inside the object, or with the verb glued in front ("เพิ่ม|จำนวนเตียง")
                    subject_text = changed.text
            if subject is None and subject_text is None and unit.kind == "classifier" and unit.word not in area_units:
                alone = read_subject(doc, qualifier_start(doc, per_start, left_limit=prev_end), left_limit=prev_end)
                if alone is not None and alone.text.startswith(PROVINCE_PREFIXES) and _one_province(alone.text):
                    placed = phrase_before_province(doc, alone, _counts_people(unit.word), prev_end)
                    if placed is not None:
                        subject_text = placed.text  # "ลูกจ้างบริษัท… จำกัด จังหวัดพระนครศรีอยุธยา 15 คน" (q38)
            if subject_text is not None and _one_province(subject_text) or only_a_time(subject_text):
                # "… และจังหวัดอุทัยธานี รวมเป็น 55 จังหวัด": one named place counts nothing; "ทั้ง|ปีมากกว่า
                # 2.9 ล้านคน": nor does a time alone
                subject_text = None
            elif subject_text is not None and _noun_unit(unit.word) and unit.word not in subject_text:
                # "เปิดเสนอขายพร้อมกันถึง 22 กองทุน": a classifier that is itself the noun (ทุน, กองทุน, งวด) names
                # the thing; a phrase that does not hold it is some other part of the clause (l25)
                subject_text = None
            if unit.word in person_units and subject_text is not None and not _names_people(subject_text) \
                    and subject_text.startswith(_body_heads()):
                total = breakdown_total(doc, out, m.start, person_units)
                if total is not None:
                    subject_text = total  # "…3,398 ราย แยกเป็นทั่วไป 3,396 ราย และจากเรือนจำ 2 ราย": the total's people (q36)
            if subject_text is None and _counts_people(unit.word) and isinstance(last, Quantity) \
                    and last.subject is not None and last.unit is not None and _counts_people(last.unit) \
                    and item_of_origin_list(doc, last.end, m.start, rec_end):
                subject_text = last.subject  # "ผู้สังเกตการณ์ 18 นาย จากออสเตรเลีย และอีก 5 คนจากอินเดีย" (q40)
            if subject is None and subject_text is None and unit.kind == "classifier" \
                    and (unit.word in JOINER_UNITS or _counts_people(unit.word)):
                # only a count of bodies or people counts the joiners: "มี สสส. เข้าร่วม 3 โครงการ" counts projects (rev36r)
                joined = acronym_before_join(doc, qualifier_start(doc, per_start, left_limit=prev_end), prev_end)
                if joined is not None:
                    subject_text = joined.text  # "มี อปท. เข้าร่วมทั่วประเทศ 101 องค์กร": the bodies that joined (q42)
            if subject is None and subject_text is None and unit.kind == "classifier" and isinstance(last, Quantity) \
                    and _run_head_echoed(doc, last, unit.word, m.start):
                subject_text = last.subject  # "มีหน่วยงานร่วมบูรณาการ 9 กระทรวง 16 หน่วยงาน": the head the run shares (q42)
            if subject is None and subject_text is None and isinstance(last, Quantity) and len(out) >= 2 \
                    and out[-1] is last and isinstance(out[-2], Quantity) \
                    and _total_over_base(doc, out[-2], last, unit.word, m.start, value):
                # "ธงตราสัญลักษณ์ฯ เส้นทางละ 72 คัน รวม 10 เส้นทาง 720 คัน": so much each, times the bases counted (q42)
                subject_text = out[-2].subject
            if subject_text is None:
                aged_from = age_from(doc, per_start, unit.word, prev_end)
                if aged_from is not None:
                    subject_text = aged_from.text  # "ผู้ที่มีอายุตั้งแต่ 60 ปี ขึ้นไป": the age (q45)
            if unit.kind == "classifier":
                restated = restated_in_bracket(doc, out, unit.word, per_start)
                if restated is not False:
                    # "… จำนวน 14 จังหวัด (จากเดิม 17 จังหวัด เป็น 14 จังหวัด)": what the figure before counts (q45)
                    subject_text = restated.text if restated is not None else None
            if subject is not None and subject_text == subject.text:
                fold = fold_of_unread_count(doc, out, subject, unit.word)
                if fold is not False:
                    subject_text = fold.text if fold is not None else None  # "…เวบพนัน 24,352 url เพิ่มขึ้น 37.6 เท่า" (q45)
            if unit.kind == "classifier" and out and out[-1] is last:
                at = doc.text.rfind(subject_text, max(0, per_start - PART_REACH), per_start) if subject_text else None
                part = part_of_counted(doc, out, unit.word, per_start, subject_text,
                                       at if at is None or at >= 0 else None, unit.word in person_units)
                if part is not None:
                    subject_text = part  # "… 83 โครงการ มูลค่า … ซึ่งมีการลงนามในสัญญาแล้ว 30 โครงการ": the projects (q45)
            if subject is None and subject_text is None and unit.kind == "classifier" and per is None \
                    and unit.word not in person_units and isinstance(last, Quantity) and last.unit in person_units:
                held = holdings_of_holders(doc, (last.start, last.end), unit.word, m.start, last_left)
                if held is not None:
                    subject_text = held.text  # "จัดที่ดินให้แก่เกษตรกร 14,071 ราย 16,672 แปลง": the land they got (q46)
            if subject is None and subject_text is None and unit.kind == "measure" and isinstance(last, Money):
                # "ข้าวเปลือกหอมมะลิ 15,000 บาท/ตัน ครัวเรือนละไม่เกิน 14 ตัน": the thing priced per ตัน (q46)
                subject_text = priced_thing(doc, last.end, last.per, last.subject, unit.word, m.start)
            if subject is None and subject_text is None and unit.kind == "classifier" and per is None:
                whole = whole_in_brackets(doc, m.start, unit.word, prev_end)
                if whole is not None:
                    subject_text = whole.text  # "ร้อยละ 99 ของส่วนราชการทั้งหมด (148 ส่วนราชการ)": the whole (q46)
            if unit.kind == "classifier" and per is None:
                subject_text = _q47_subject(doc, out, last, subject, subject_text, unit.word,
                                            qualifier_start(doc, per_start, left_limit=prev_end), prev_end,
                                            unit.word in person_units)
            subject_text = _gap_subject(doc, out, last, unit, per, per_start, m.start, rec_end, prev_end, subject_text)  # (q48)
            rec = Quantity(span_text, m.start, rec_end, value=value, unit=unit_word, subject=subject_text,
                           qualifier=qualifier, range=rng, per=per, rule=rule + (".rate" if per else ""))
        out.append(rec)
        last, last_left = rec, record_left
        prev_end = rec_end
        compound_last = (len(out) - 1, rec_end) if area is not None and rng is None and per is None else None
    out = _respective_shared(doc, out)
    out = rerank(doc, out)  # subject_model.py: the learned re-ranker, only where sure
    return with_change_relations(doc, out)  # relations.py: "ลดลง 20 คน" → decrease


def _left_of(out: list) -> int:
    """The end of the record before the last one in `out` (0 if none): the left limit the last one was read with."""
    return out[-2].end if len(out) >= 2 else 0


def _gap_subject(doc: Document, out: list, last, unit: UnitMatch, per, per_start: int, fig_start: int, rec_end: int,
                 prev_end: int, subject_text: str | None) -> str | None:
    """q48's readings across a gap (quantity_gaps.py), where the subject is still null (capacity_object also where
    the reader read only the words after กำลัง)."""
    start = qualifier_start(doc, per_start, left_limit=prev_end)
    if unit.kind == "measure":
        capacity = capacity_object(doc, last, unit.word, start, subject_text)
        if capacity is not None:
            return capacity  # "ลดกำลังส่งจาก 500 วัตต์ ลงเหลือ 50 วัตต์"
    if subject_text is not None:
        return subject_text
    before_last = _left_of(out) if out and out[-1] is last else prev_end  # the limit the figure before was read with
    if unit.kind == "measure":
        holder = holder_of_age(doc, last, unit.word, start, before_last)
        if holder is not None:
            return holder.text  # "สวนยางอายุ 7 ปีขึ้นไปที่เปิดกรีดแล้ว รายละไม่เกิน 25 ไร่"
    if unit.kind == "classifier" and _counts_people(unit.word):
        goal = people_before_goal(doc, start, before_last)
        if goal is not None:
            return goal.text  # "ส่วนเด็กอายุ 5-11 ปี เป้าหมาย 5.1 ล้านคน"
        dosed = dose_list_shared(doc, last, unit.word, start)
        if dosed is not None:
            return dosed  # "… 5.1 ล้านคน ฉีดเข็ม 1 แล้ว 2.8 ล้านคน"
    if unit.kind == "classifier" and per is not None:
        each = echo_before_each(doc, unit.word, fig_start, prev_end)
        if each is not None:
            return each.text  # "ในเที่ยวไปเฉลี่ยวันละ 3,700 เที่ยว"
    if unit.kind == "classifier" and per is None:
        shared = shared_across_time(doc, last, unit.word, start) or next_round_shared(doc, last, unit.word, start)
        if shared is not None:
            return shared  # "… ในเดือนมิถุนายน 2565 จำนวน 19 ครั้ง และเดือนกรกฎาคม 2565 จำนวน 17 ครั้ง"
        whole = denominator_of_from(doc, out, start, unit.word)
        if whole is not None:
            return whole.text  # "ระบบความปลอดภัยอัจฉริยะ (ADAS) อย่างน้อย 4 จาก 6 ระบบ"
        listed = topic_of_listed_have(doc, start, rec_end, unit.word, prev_end)
        if listed is not None:
            return listed.text  # "จุดอ่อนของอุตสาหกรรมนี้มี 2 เรื่อง คือ 1) …"
    if unit.kind == "classifier":
        dated = head_before_date(doc, out, start, prev_end, unit.word, rec_end, _counts_people(unit.word))
        if dated is not None:
            return dated.text  # "ยอดผู้ป่วย ยืนยันสะสมตั้งแต่ 1 ม.ค. 65 จำนวน 2,231,585 ราย"
    if unit.kind == "time":
        aged = pregnancy_age(doc, start, unit.word, prev_end)
        if aged is not None:
            return aged.text  # "สตรีมีครรภ์อายุครรภ์ 4 เดือนขึ้นไป"
    return None


@lexicon_cache
def _ratio_cues() -> frozenset[str]:
    return frozenset(words("phrase_words", role="ratio_cue"))


def _term(doc: Document, m, unit: UnitMatch) -> bool:
    """The figure at `m` is a product's later side before a measure (`_PRODUCT_BEFORE`), an age's months after its
    ขวบ (`_AGE_YEARS_BEFORE`), a proportion's base of people (`_PROPORTION_BASE_BEFORE`), degrees after the word ลบ
    (`_MINUS_WORD_BEFORE`) or a ratio's term after a colon or ต่อ (`_RATIO_TERM_BEFORE`) with อัตราส่วน/สัดส่วน before it."""
    lo = max(0, m.start - TERM_REACH)
    if unit.kind == "measure" and _PRODUCT_BEFORE.search(doc.view, lo, m.start):
        return True
    if unit.kind == "time" and _AGE_YEARS_BEFORE.search(doc.view, lo, m.start):
        return True
    if _counts_people(unit.word) and _PROPORTION_BASE_BEFORE.search(doc.view, lo, m.start):
        return True
    if unit.word.startswith(_DEGREE) and _MINUS_WORD_BEFORE.search(doc.view, lo, m.start):
        return True
    # a colon after a label's number ("ตารางที่ 1: 500 ราย", "รอบที่ 1 : 300 คน") heads a count
    # a bare อัตรา cues the term too: "ในอัตรา 1 ต่อ 1,000 คน", "อัตรา 1:1,000 คน" (no thousand people; rev33); it stays out
    # of phrase_words' ratio_cue, which makes a bare "x ต่อ y" a ratio record
    # (rev33b) the bare อัตรา right before the first term only: "อัตราการเข้าร่วมโครงการ รุ่นที่ 1: 350 คน" is a count
    return _RATIO_TERM_BEFORE.search(doc.view, lo, m.start) is not None \
        and (any(w in doc.view[max(0, m.start - RATIO_CUE_REACH):m.start] for w in _ratio_cues())
             or _RATE_TERM_BEFORE.search(doc.view, max(0, m.start - RATIO_CUE_REACH), m.start) is not None) \
        or _bare_rate_term(doc, m, unit)


# a rate's figure written bare (digits, a decimal part, no unit), then ต่อ, then the figure at hand (rev35)
# the base's own noun may stand between: "อัตราตายทารก 6.5 ต่อการเกิดมีชีพ 1,000 คน", "12 ต่อประชากร 100,000 คน"
_PER = "ต่อ"
_BARE_RATE_TERM = regex.compile(r"(?P<first>[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*(?:\.[0-9๐-๙]+)?)[ ]?(?P<per>ต่อ)[ ]?"
                                r"(?:[\u0E01-\u0E4E]{1,24}[ ]?)?\Z")
# what stands before a label's or a phone's number, not a rate's: "ข้อ 1 ต่อ…", "ครั้งที่ 2 ต่อ…", "4000 ต่อ 2325"
_LABEL_BEFORE_TERM = regex.compile(r"(?:(?<!อยู่|ไว้|ได้)ที่|ข้อ|มาตรา|ลำดับ|ฉบับ|หมู่|เลข|โทร\.?|[0-9๐-๙/:#.,()-])[ ]?\Z")


def _bare_rate_term(doc: Document, m, unit: UnitMatch) -> bool:
    """ "อัตราการตายของทารก 8.5 ต่อ 1,000 คน", "มีแพทย์ 1 ต่อ 2,000 คน": a bare figure (no unit: it counts nothing by
    itself) right before ต่อ makes the figure after it the rate's base, no count of a thousand people (rev35; main read
    1,000 คน). Not after a label's or a phone's number (`_LABEL_BEFORE_TERM`), nor a four-digit first term (a year)."""
    lo = max(0, m.start - TERM_REACH - 30)
    # (s38) every match holds ต่อ: none in the window, no search
    t = _BARE_RATE_TERM.search(doc.view, lo, m.start) if doc.view.find(_PER, lo, m.start) >= 0 else None
    if t is None:
        # not money: "1 ดอลลาร์สหรัฐ ต่อ 35 บาท" is an exchange rate, the 35 บาท its price, no base
        return unit.kind != "currency" and not _sides_of(unit) and _unit_rate_term(doc, m)
    if (t.start() > 0 and doc.view[t.start() - 1] in "0123456789๐๑๒๓๔๕๖๗๘๙,.") \
            or t.group("first").isdigit() and len(t.group("first")) == 4 or not isinstance(m.value, (int, Decimal)):
        return False
    try:
        first = Decimal(t.group("first").translate(_THAI_DIGITS).replace(",", ""))
    except ArithmeticError:
        return False
    return _rate_base(first, m.value) and _per_link(doc, t.start("per")) and not _sides_of(unit) \
        and _LABEL_BEFORE_TERM.search(doc.view, max(0, t.start() - 12), t.start()) is None \
        and _NAME_BEFORE_TERM.search(doc.view, max(0, t.start() - 12), t.start()) is None  # "ซอย 5", "เฟส 1" (rev35b)


def _per_link(doc: Document, at: int) -> bool:
    """The ต่อ at `at` is the rate's "per": a word of its own, and a word glued after it is the base's noun
    ("ต่อ|การเกิดมีชีพ", "ต่อ|ประชากร"). ต่อ the verb is not (rev35b): the segmenter keeps ต่อมา, ต่อเนื่อง, ต่อเติม, ต่อยอด,
    ต่อไป, ต่ออายุ whole, and a verb glued after it continues it ("ต่อ|ขยาย"): "จัดอบรม 1 ครั้ง ต่อเนื่อง 5 วัน",
    "พบผู้ป่วย 1 ราย ต่อมามีผู้ป่วยเพิ่มอีก 20 ราย" keep their counts (rev35 read the later figure as a rate's base)."""
    end = at + len("ต่อ")
    if not doc.is_boundary(end):
        return False
    nxt = doc.tokens_after(end, 1)
    if nxt and nxt[0].start == end and nxt[0].text in words("grammar", role="joined_object"):
        return False  # (rev36) "1 จุด ต่อ|สายไฟฟ้า 200 เมตร", "1 ปี ต่อ|สัญญาจ้าง 2 ปี": connect, renew (7327147's reading)
    return not nxt or nxt[0].start != end or not nxt[0].text.strip() or word_class(nxt[0].text) == "N"


# (rev35e) `_NAME_HEAD_BEFORE` but แบบ, ประเภท, กลุ่ม: "สอนแบบ 1 ต่อ 5 คน" (one-to-five), "พบในกลุ่ม 1 ต่อ 1,000 คน" are a
# ratio's terms, no count of 5 or 1,000 people (rev35b read one)
_NAME_BEFORE_TERM = regex.compile(r"(?:สาย|เข็ม|รุ่น|เบอร์|เฟส|ระยะ|เขต|ห้อง|ซอย|หมู่|รหัส)[ ]?\Z")


# the sides of a vote or a score, counts of their own: "ลงมติ 1 ต่อ 100 เสียง" (rev35b; rev35 read 100 เสียง a base)
_SIDES_UNITS = ("เสียง", "ประตู", "คะแนน")


def _sides_of(unit: UnitMatch) -> bool:
    return unit.word in _SIDES_UNITS


def _rate_base(first, value) -> bool:
    # a rate per a round base ("8.5 ต่อ 1,000 คน", "12 ต่อ 100,000 คน") or one per many ("1 ต่อ 2,000 คน"); a vote's or a
    # score's two sides ("ลงมติ 210 ต่อ 95 เสียง", rv29-18) are counts
    base = Decimal(value)
    return first < base and (first == 1 or (base >= 100 and base == Decimal(10) ** (len(str(int(base))) - 1)))


# after the first term's unit: ต่อ, perhaps the base's own noun, then the figure (rev35)
_UNIT_RATE_LINK = regex.compile(r"[ ]?ต่อ[ ]?(?:[\u0E01-\u0E4E]{1,24}[ ]?)?")


def _unit_rate_term(doc: Document, m) -> bool:
    """ "ห้องน้ำ 1 ห้องต่อ 50 คน", "อัตรา 1 เครื่องต่อ 5 คน": the figure after one thing with its unit and ต่อ is the rate's
    base, no count of 50 people (rev35; main read 50 คน). "ส่งมอบชุดตรวจ 500 ชุด ต่อ 10 โรงเรียน", "ราคา 100 บาท ต่อ 3
    ชิ้น" keep their counts."""
    if not isinstance(m.value, (int, Decimal)):
        return False
    k = bisect.bisect_left(doc._number_starts, m.start) - 1
    if k < 0:
        return False
    prev = doc.numbers[k]
    if prev.form != "number" or not isinstance(prev.value, (int, Decimal)) or m.start - prev.end > 48 \
            or not _PLAIN_FIGURE.fullmatch(doc.view, prev.start, prev.end):
        return False
    unit = unit_after(doc, prev.end)
    if unit is None or unit.kind not in ("classifier", "measure", "currency", "time"):
        return False
    link = _UNIT_RATE_LINK.match(doc.view, unit.end)
    if link is None or link.end() != m.start or not _per_link(doc, link.start() + link.group().index("ต่อ")):
        return False
    if _AFTER_PER_LINK.search(doc.view, max(0, prev.start - 5), prev.start):
        return False  # "350 บาท ต่อ 1 วัน ต่อ 12 คน": a chain of pers is read as po-18 / v24-g03 chose
    # one per many only: a round base after a figure with a unit ("20 บาทต่อ 1,000 บาท", "10 ราย ต่อ 1 ล้านคน") stays a
    # record of its own, as rev20 and po-12 chose
    return prev.value == 1 and _rate_base(Decimal(prev.value), m.value) and not is_label_before(doc, prev.start)


_AFTER_PER_LINK = regex.compile(r"(?:ต่อ|ละ|/)[ ]?\Z")


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


# a bare อัตรา, then the ratio's first term and its colon or ต่อ, nothing else between (rev33; rev33b)
_RATE_TERM_BEFORE = regex.compile(r"อัตรา[ ]?[0-9๐-๙][0-9๐-๙,.]*[ ]?(?::|ต่อ)[ ]?\Z")


def _counts_people(unit_word: str) -> bool:
    """Does the classifier count people (คน, ราย, ท่าน: person_unit), as `phrases._counted_noun` asks?"""
    return bool(_unit_profile(unit_word)[0])


RESPECTIVE_MAX = 12  # bare figures at most before the one that carries a respective list's unit
_RESPECTIVE_CLOSE = regex.compile(r"[ ]{0,2}ตามลำดับ")
_LIST_LINK = regex.compile(r"[ ]{0,2}(?:,|และ|หรือ)?[ ]{0,2}")
_CLOSING_LINK = regex.compile(r"[ ]{0,2}(?:และ|หรือ)[ ]{0,2}")
_LEAD_OF_OTHER = regex.compile(r"(?:ร้อยละ|เปอร์เซ็นต์|หมายเลข|เลขที่|ที่|ข้อ|มาตรา|ลำดับ|[$€£¥฿%/:#.-])[ ]{0,2}\Z")
_YEARLIKE = regex.compile(r"2[45][0-9]{2}|[12][0-9]{3}")


def _respective_shared(doc: Document, out: list[Record]) -> list[Record]:
    """ "ผู้ป่วยชายและหญิง 120 และ 80 ราย ตามลำดับ": the bare figures of a respective list share the unit written once
    after its last figure: a record each over the figure alone (rev27; main gave 80 ราย only). Only where ตามลำดับ
    follows the unit at once, the last link is และ/หรือ, every figure is plain digits (no multiplier, no year, no
    date, no label) and the unit carries no multiplier ("120 และ 80 ล้านบาท": is the 120 in ล้าน? not read)."""
    if "ตามลำดับ" not in doc.text:
        return out
    mentions = doc.numbers
    index = {m.start: i for i, m in enumerate(mentions)}
    taken = {(r.start) for r in out}
    added: list[Record] = []
    for rec in out:
        if not isinstance(rec, (Quantity, Money)) or rec.range is not None or rec.per is not None \
                or rec.qualifier is not None or not _RESPECTIVE_CLOSE.match(doc.view, rec.end):
            continue
        i = index.get(rec.start)
        if i is None or i == 0 or mentions[i].form != "number" or mentions[i].value != rec.value \
                or mentions[i].rule.endswith((".mult", ".chain")):
            continue
        if _CLOSING_LINK.fullmatch(doc.view, mentions[i - 1].end, rec.start) is None:
            continue
        chain = []
        j = i
        while j > 0:
            p = mentions[j - 1]
            if _LIST_LINK.fullmatch(doc.view, p.end, mentions[j].start) is None or p.form != "number" \
                    or p.value is None or p.rule.endswith((".mult", ".chain")) or p.start in taken \
                    or _YEARLIKE.fullmatch(doc.view, p.start, p.end) or _date_containing(doc, p.start) is not None \
                    or is_label_before(doc, p.start) or unit_after(doc, p.end) is not None:
                break
            chain.append(p)
            j -= 1
            if len(chain) > RESPECTIVE_MAX:
                break
        if len(chain) > RESPECTIVE_MAX:
            continue  # a run of bare figures longer than any list a report spreads over items: a table, no list
        if j > 0 and _LIST_LINK.fullmatch(doc.view, mentions[j - 1].end, mentions[j].start) is not None:
            continue  # the list runs on over a figure that is no bare one of it: which figures it holds is unclear
        if chain and _LEAD_OF_OTHER.search(doc.view, max(0, chain[-1].start - 12), chain[-1].start):
            continue  # "ร้อยละ 12 และ 15 ราย ตามลำดับ", "หมายเลข 3 และ 5 คน": the first figure is another thing's
        for p in chain:
            rule = "money.respective" if isinstance(rec, Money) else "qty.respective"
            # "ประมาณ 120 และ 80 ราย": the qualifier written right before this figure is its own (the list's links
            # hold none, so only the first figure can have one); a total word ("รวม 120 และ 80 ราย") is left out: it
            # may sum the list or lead it (rev27b)
            qualifier = qualifier_before(doc, p.start)
            added.append(dataclasses.replace(rec, text=p.text, start=p.start, end=p.end, value=p.value, rule=rule,
                                             relation=None, role=None,
                                             qualifier=None if qualifier == "total" else qualifier))
    if not added:
        return out
    return sorted(out + added, key=lambda r: r.start)



def _opens_line(view: str, pos: int, blank: str | None = None) -> bool:
    """Only `blank` characters (whitespace when None) stand between the line's start and `pos`:
    `not view[line_start:pos].strip(blank)`, reading back only over those characters (slicing from
    the line's start is quadratic on one long line)."""
    j = pos
    while j > 0 and view[j - 1] != "\n" and (view[j - 1].isspace() if blank is None else view[j - 1] in blank):
        j -= 1
    return j == 0 or view[j - 1] == "\n"


# หลาย / ไม่กี่ right before 10, 100, 1,000 … written in digits: "หลาย 10 ราย", "หลาย 100 ล้านบาท", "ไม่กี่ 10 ราย" say tens,
# hundreds (หลายสิบ, หลายร้อย), no figure of ten or a hundred (rev35; main read 10 ราย, 100 ล้านบาท)
# (rev35b) not the end of หลากหลาย ("various") or ทั้งหลาย ("all"): "พืชที่มีความหลากหลาย 100 ชนิด", "ท่านทั้งหลาย 100 ท่าน"
# count 100 (rev35 read none)
_MANY_BEFORE = regex.compile(r"(?:(?<!หลาก|ทั้ง)หลาย|ไม่กี่)[ ]?\Z")
_ONE_AND_ZEROS = regex.compile(r"(?:10{1,2}|1,000|10,000|100,000)(?![0-9,.])")


def _tens_of(doc: Document, m) -> bool:
    return m.form == "number" and _ONE_AND_ZEROS.match(doc.view, m.start, m.end) is not None \
        and _MANY_BEFORE.search(doc.view, max(0, m.start - 8), m.start) is not None


def _section_number(doc: Document, m, unit: UnitMatch) -> bool:
    """ "5.1 รายการ...", "2.3 คนทุกวัย": a decimal before a classifier, first on its line, numbers a
    section; a count of things is whole, and an average (2.3 คน ต่อครัวเรือน) stands inside a line."""
    if unit.kind != "classifier" or m.form != "number" or "." not in m.text:
        return False
    return _opens_line(doc.view, m.start)


IMPLICIT_MONEY_WINDOW = 30  # characters before the figure searched for a money word
IMPLICIT_MONEY_MIN = 100_000  # only large figures written with a multiplier: "2.5 ล้าน"


@lexicon_cache
def _money_context_re() -> regex.Pattern:
    return regex.compile(alternation(words("money_context")))


# after a multiplied figure: a Latin word (a unit the lexicon lacks: "10 ล้าน CC") or more of the multiplier
# ("5 แสนกว่าล้าน": over 500,000 million, not 500,000)
_NOT_IMPLICIT_AFTER = regex.compile(r"[ ]?(?:[A-Za-z]|(?:กว่า)?[ ]?(?:ล้าน|พัน|หมื่น|แสน))|ครึ่ง(?!หนึ่ง)")


def _money_before(doc: Document, m, prev_end: int) -> bool:
    """A money word (money_context.tsv) in the line before the figure, within IMPLICIT_MONEY_WINDOW characters."""
    lo = max(prev_end, m.start - IMPLICIT_MONEY_WINDOW)
    return "\n" not in doc.text[lo:m.start] and _money_context_re().search(doc.view, lo, m.start) is not None


def _spaced_classifier_after_money(doc: Document, m, unit: UnitMatch, prev_end: int) -> bool:
    """ "ตรวจยึดทรัพย์สินกว่า 150 ล้าน รายแรกค้นห้องพัก…": a figure with a multiplier after a money word, then a space
    and a classifier, is an amount of money; the classifier starts the next clause (the first case), it counts
    nothing of the amount. Written together it is a count ("ผู้ลงทะเบียน 4 แสนคนแรก")."""
    return unit.kind == "classifier" and m.form == "number" and m.rule.endswith(".mult") \
        and unit.start > m.end and doc.view[m.end:unit.start].isspace() and _money_before(doc, m, prev_end)


def _implicit_money(doc: Document, m, prev_end: int) -> Money | None:
    """ "ขายได้ 2 ล้าน": a multiplied figure with no unit, after a money word → Money, currency unknown. Not
    before a Latin word ("รับบริจาคโลหิต 10 ล้าน CC": a unit the lexicon lacks) nor before more of the
    multiplier ("งบประมาณ 5 แสนกว่าล้าน": the figure alone is not the amount) nor before ครึ่ง ("1 ล้านครึ่ง" is
    1.5 ล้าน, "2 แสนครึ่ง" 2.5 แสน: the figure alone would understate it)."""
    if m.form != "number" or not m.rule.endswith(".mult") or m.value is None or m.value < IMPLICIT_MONEY_MIN:
        return None
    nxt = doc.view[m.end:m.end + 1]
    if nxt and nxt.isalpha() and not doc.is_boundary(m.end) or _NOT_IMPLICIT_AFTER.match(doc.view, m.end):
        return None
    if not _money_before(doc, m, prev_end):
        return None
    subject = money_subject(doc, subject_before(doc, m.start, left_limit=prev_end), pos=m.start, left_limit=prev_end)
    per, end = per_after(doc, m.end)  # "1.3 หมื่นล้านต่อปี": per ปี; "2.5 ล้าน/เดือน" runs over the slash
    qualifier = qualifier_before(doc, m.start) or ("total" if total_through(doc, m.start) else None) \
        or bound_through(doc, m.start)
    if qualifier is None and per is None:
        qualifier, _ = qualifier_after(doc, end)  # "ได้รับเงิน 2 ล้านเศษ": more than, as "2 ล้านบาทเศษ"
    return Money(doc.text[m.start:end], m.start, end, value=m.value, currency=None,
                 subject=subject.text if subject else None, qualifier=qualifier,
                 per=per, rule="money.implicit")


@lexicon_cache
def _provinces() -> frozenset[str]:
    """Thailand's province names (PyThaiNLP's bundled list, read offline)."""
    from pythainlp.corpus import provinces

    return frozenset(cast("frozenset[str]", provinces()))  # the names (a list of dicts only with details=True)


BOUND_REACH = 24  # characters between an amount and the other bound of its range


@lexicon_cache
def _bound_re() -> regex.Pattern:
    # not a total's word: "…ของสินเชื่อ 2,000 ล้านบาท รวมทั้งสิ้นไม่เกิน 1,000 ล้านบาท" is a sum's cap, no bound (m27)
    joiners = words("phrase_words", role="range_joiner") \
        | (words("qualifiers", position="before") - words("qualifiers", qualifier="total"))
    return regex.compile(rf"[ ,\-–]*(?:(?:{alternation(joiners)})[ ,\-–]*)+")


def _bound_of(doc: Document, prev_end: int, start: int) -> bool:
    """ "ตั้งแต่ 400,000 บาท ถึง 2,000,000 บาท", "ขั้นต่ำ 30,000 บาท ถึงสูงสุด 200,000 บาท", "เริ่มต้นที่ 17 บาท สิ้นสุด
    43 บาท": only range words (phrase_words role range_joiner: ถึง, สูงสุด, สิ้นสุด) and qualifiers stand between the
    amount before and this one, so this one is the other bound of the same amount."""
    return 0 < start - prev_end <= BOUND_REACH and _bound_re().fullmatch(doc.view, prev_end, start) is not None


ASIDE_CHARS = 60  # characters of a parenthesised aside holding a figure ("(ได้รับวัคซีน 2 เข็ม)")
_ASIDE_CLOSE = regex.compile(r"[^()\n\d]{0,%d}\)[ ]?(?:จำนวน|รวม|ทั้งสิ้น)?[ ]?" % ASIDE_CHARS)


def _aside_before(doc: Document, last: Quantity | Money | None, pos: int) -> int | None:
    """Where the parenthesis opens when the record `last` stands inside an aside that closes right before the figure at
    `pos` (a count word and spaces aside): "ผู้ได้รับวัคซีนครบตามเกณฑ์ (ได้รับวัคซีน 2 เข็ม) จำนวน 177,462 ราย";
    None otherwise. The aside holds no other parenthesis, figure or line break."""
    if last is None or last.end > pos or _ASIDE_CLOSE.fullmatch(doc.view, last.end, pos) is None:
        return None
    lo = max(0, last.start - ASIDE_CHARS)
    opened = doc.view.rfind("(", lo, last.start)
    if opened < 0 or any(c in doc.view[opened + 1:last.start] for c in ")\n") \
            or doc.numbers_between(opened + 1, last.start):
        return None
    end = opened
    while end > 0 and doc.view[end - 1] == " ":
        end -= 1
    return end if end > 0 and not doc.view[end - 1].isspace() else None


CAP_GAP = 40  # characters between a rate's amount and the overall cap after it ("ต่อคนต่อวัน และไม่เกิน ")


@lexicon_cache
def _overall_cap_re() -> regex.Pattern:
    """The rest of a rate's per ("ต่อคนต่อวัน", "/คน/วัน", the record's span holding only its unit), a joiner (และ,
    หรือ, แต่, a comma), then total words and at_most words (qualifiers.tsv: รวม, ทั้งสิ้น, สูงสุด, ไม่เกิน …), ending in
    an at_most word."""
    rows = load_tsv("qualifiers")
    totals = alternation([r["word"] for r in rows if r["position"] == "before" and r["qualifier"] == "total"])
    caps = alternation([r["word"] for r in rows if r["position"] == "before" and r["qualifier"] == "at_most"])
    return regex.compile(rf"(?:[ ]?(?:/|ต่อ)[ ]?[^\s\d/,]{{1,10}}?(?=[ ,/]|ต่อ)){{0,3}}[ ,]*(?:(?:และ|หรือ|แต่)[ ]?)?"
                         rf"(?:(?:{totals}|{caps})[ ]?)*(?:{caps})[ ]?")


def _overall_cap_of(doc: Document, last: Money, per: str | None, start: int) -> bool:
    """ "วงเงิน 150 บาท/วัน หรือสูงสุดไม่เกิน 3,500 บาท", "ไม่เกิน 150 บาทต่อคนต่อวัน และไม่เกิน 3,000 บาท": the amount
    at `start`, with no per of its own, is the overall cap of the rate `last` right before it (a per of its own:
    บาท/วัน), only a joiner and cap words (ending in ไม่เกิน, สูงสุด …) between, on one line. Not after an amount
    with no per ("สินเชื่อ 20,000 ล้านบาท รวมทั้งสิ้นไม่เกิน 10,000 ล้านบาท" caps something else)."""
    if per is not None or last.per is None or not 0 < start - last.end <= CAP_GAP:
        return False
    return _overall_cap_re().fullmatch(doc.view, last.end, start) is not None


_EACH_OF_HEAD = regex.compile(r"[ ]?(?P<head>[ก-๙]{2,12}?)[ ]?ละ[ ]?")  # "… 3 ตัว| รางวัลละ |100 บาท"


def _priced_each(doc: Document, count: Quantity, per: str | None, per_start: int, start: int) -> bool:
    """ "ถุงยังชีพ จำนวน 100 ชุด ๆ ละ 800 บาท", "ผ้าห่ม 200 ผืน ผืนละ 150 บาท", "รางวัลเลขท้าย 3 ตัว รางวัลละ 100 บาท":
    the amount at `start` is per each thing the count right before it counts, its per being the count's classifier
    (spaces aside) or a word the count's subject starts with (รางวัล of รางวัลเลขท้าย). Not for people (role
    person_unit: "ผู้ประสบภัย 200 ราย รายละ 3,000 บาท" is money given to them, which they do not name)."""
    if count.unit in words("phrase_words", role="person_unit") or count.end > start:
        return False
    if per is not None and per_start != start and per == count.unit and not doc.view[count.end:per_start].strip():
        return True
    if per is not None and per_start != start and per not in (count.subject or ""):
        return False  # a per read before the amount that is neither the count's classifier nor its subject's head
    m = _EACH_OF_HEAD.fullmatch(doc.view, count.end, start)
    return m is not None and doc.is_boundary(m.start("head")) and count.subject is not None \
        and count.subject.startswith(m["head"]) and len(count.subject) > len(m["head"])


_SUM_OF_COUNT = regex.compile(r"[ ]{0,3}+(?:รวม(?:ทั้งสิ้น|ทั้งหมด)?+[ ]?(?:กว่า|ประมาณ|เกือบ)?+[ ]?)?+")


def _sum_of_count(doc: Document, count: Quantity, per: str | None, start: int) -> bool:
    """ "กองทุนในกำกับ 3 กองทุน 214,362 ล้านบาท", "ทุน 377 ทุนรวมกว่า 35 ล้านบาท": an amount right after a count of
    things (spaces and รวม aside), no per, is the money of those things: its subject is the count's, or the count's
    own word when that names the thing (grammar.tsv per_only: ทุน, กองทุน, งวด). Not after people (role
    person_unit: "ผู้ประสบภัย 200 ราย 3,000 บาท" is money given to them) nor after a time or a measure ("3 ปี
    500 ล้านบาท", "20 ตัน 1 ล้านบาท") (l25)."""
    if per is not None or count.per is not None or count.range is not None or count.end > start \
            or count.unit in words("phrase_words", role="person_unit") or unit_kind(count.unit) != "classifier" \
            or _SUM_OF_COUNT.fullmatch(doc.view, count.end, start) is None:
        return False
    return count.subject is not None or _noun_unit(count.unit)


def _noun_unit(unit: str | None) -> bool:
    """A noun that a rate may be per and, where units.tsv lists it, a count may count by (grammar.tsv per_only: ทุน,
    กองทุน, งวด, กรมธรรม์, ปีการศึกษา): "377 ทุน" counts ทุน, "ทุนละ", "ต่อทุน" are per it."""
    return unit in words("grammar", role="per_only")


def _without_lower_bound(subject: str) -> str:
    """The subject of a lower bound without its bound word at the end (phrase_words role lower_bound: เริ่มต้น, ขั้นต่ำ),
    when something is left."""
    for w in sorted(words("phrase_words", role="lower_bound"), key=len, reverse=True):
        if subject.endswith(w) and len(subject) > len(w):
            return subject[:-len(w)].rstrip(" ")
    return subject


EACH_REACH = 6  # characters before a figure searched for the ละ of "so much each" ("เป้ละ ", "ชุด ๆ ละ ")


@lexicon_cache
def _total_words_re() -> regex.Pattern:
    """Only words of a total or an estimate (qualifiers.tsv before the number: รวม, ทั้งสิ้น, ประมาณ) and spaces."""
    rows = [r["word"] for r in load_tsv("qualifiers") if r["position"] == "before" and r["qualifier"] in ("total", "approx")]
    return regex.compile(rf"(?:\s*(?:{alternation(rows)}))+\s*")


def _total_of_each(doc: Document, last: Quantity, start: int) -> bool:
    """The record before is so much of a thing each ("เป้ละ 150,000 เม็ด": a per, or Xละ right before the figure) and
    only total words stand between it and the figure at `start`, which is then their total, of the same thing. Not
    when the record counts (a classifier) and its subject is the thing each is for ("ห้องพักห้องละ 2 คน รวมทั้งสิ้น 300
    คน": no rooms; lo24)."""
    if not _total_words_re().fullmatch(doc.view, last.end, start) or not doc.view[last.end:start].strip():
        return False
    if last.per is not None and last.subject is not None and last.subject.startswith(last.per) \
            and _units()[0].get(last.unit or "", {}).get("kind") == "classifier":
        return False  # a measure of each ("ถุงยังชีพ 120 ถุง ถุงละ 4 กิโลกรัม รวมทั้งสิ้น 480 กิโลกรัม") weighs that thing
    return last.per is not None or doc.view[max(0, last.start - EACH_REACH):last.start].rstrip().endswith(EACH)


EACH = "ละ"
MASS_UNITS = frozenset(("กรัม", "กิโลกรัม", "กก.", "ตัน", "ตัน."))  # the units of weight: one thing weighed in either


def _measure_of_mass(a: str | None, b: str) -> bool:
    """Both units weigh (MASS_UNITS): a thing so much each in one may be totalled in the other (q44)."""
    return a in MASS_UNITS and b in MASS_UNITS


def _run_head_echoed(doc: Document, last: Quantity, unit_word: str, start: int) -> bool:
    """ "มีหน่วยงานร่วมบูรณาการ 9 กระทรวง 16 หน่วยงาน 3 รัฐวิสาหกิจ": a count right after another count of a different
    classifier (only spaces between), the reader finding nothing before it, shares that count's subject when the
    subject opens with this classifier's own noun: the classifier echoes the head the run breaks down (ANNOTATION.md:
    a list sharing one subject; q42). Not a short classifier (ใบ, คน), nor a subject that is the noun alone."""
    head = last.subject
    return head is not None and last.unit is not None and last.unit != unit_word and len(unit_word) >= 3 \
        and head.startswith(unit_word) and len(head) > len(unit_word) and not doc.view[last.end:start].strip()


def _total_over_base(doc: Document, each: Quantity, base: Quantity, unit_word: str, start: int,
                     value: Number | None) -> bool:
    """ "ธงตราสัญลักษณ์ฯ เส้นทางละ 72 คัน รวม 10 เส้นทาง 720 คัน": a count with nothing read before it, right after a
    count of the bases (only spaces between) that total words (รวม, ทั้งสิ้น) follow, itself right after so much of a
    thing each base (per = the bases' classifier, the same unit as this figure) totals that thing: the same subject
    (q42). The figure must be the product of the two, as the text's own arithmetic says; not people, nor a subject
    that names the bases themselves ("ห้องพักห้องละ 2 คน")."""
    if each.subject is None or each.unit != unit_word or each.per != base.unit or base.unit is None:
        return False
    if each.per is None or each.subject.startswith(each.per) or _counts_people(unit_word):
        return False  # "ห้องพักห้องละ 2 คน …": the subject names the bases, not what each holds (lo24)
    if not _total_words_re().fullmatch(doc.view, each.end, base.start) or doc.view[base.end:start].strip():
        return False
    return value is not None and each.value is not None and base.value is not None \
        and each.range is None and base.range is None and Fraction(each.value) * Fraction(base.value) == Fraction(value)


def _one_province(subject: str) -> bool:
    """True when a subject is one named province ("จังหวัดแพร่", "จ.แพร่", "แพร่"): a place, never what a count counts
    ("3) จ.สงขลา 15 อำเภอ": the districts, the classifier names them)."""
    for prefix in PROVINCE_PREFIXES:
        if subject.startswith(prefix):
            return subject[len(prefix):].lstrip() in _provinces()
    return subject in _provinces()


PROVINCE_PREFIXES = ("จังหวัด", "จ.")  # the word, and its abbreviation
NEW_VALUE_GAP = 20  # characters between an old value and its new one ("500 วัตต์ ลงเหลือ 50 วัตต์")


def _q47_subject(doc: Document, out: list, last, subject: Subject | None, subject_text: str | None, unit_word: str,
                 pos: int, prev_end: int, people: bool) -> str | None:
    """q47's rules (quantity_subjects.py, written from part W of benchmarks/q47_judged.jsonl), for a classifier's count
    with no per: a head before a Latin gloss or ประกอบด้วย, a division into parts, อีก after a figure of the same
    classifier, a noun before its owner's acronym, a word glued to the classifier before, a joined predicate, the
    channel of an act."""
    last_q = last if isinstance(last, Quantity) and out and out[-1] is last else None
    if subject_text is None:
        if not people and unit_word not in PLACE_UNITS:
            found = head_past_gloss(doc, pos, unit_word, prev_end)
            if found is not None:
                return found.text  # "ประสิทธิภาพภาครัฐ (Government Efficiency) ที่ปรับตัวดีขึ้น 3 อันดับ"
        if not people and unit_word not in PLACE_UNITS:
            found = shared_head_of_items(doc, pos, prev_end, unit_word)
            if found is not None:
                return found.text  # "ร่างกฎ ก.พ. ว่าด้วย… พ.ศ. .... และร่างกฎ ก.พ. ว่าด้วย… พ.ศ. .... รวม 2 ฉบับ"
        if not people:
            found = item_header_echo(doc, pos, unit_word, prev_end)
            if found is not None:
                return found.text  # "(2) เรื่องที่เห็นชอบให้เสนอ กนช. พิจารณา 7 เรื่อง"
        if unit_word not in PLACE_UNITS:
            found = head_past_asides(doc, pos, unit_word, prev_end)
            if found is not None:
                return found.text  # "มติคณะกรรมการ… (กพช.) ครั้งที่ 1/2564 เมื่อวันที่ 1 เมษายน 2564 จำนวน 5 เรื่อง"
        return another_of_same(doc, last_q, pos, unit_word)  # "พื้นที่ 4 แปลง อีก 1 แปลง"
    if people:
        back = people_one_step_back(doc, subject_text, pos, prev_end)
        if back is not None:
            return back.text  # "…ผู้ตรวจราชการกระทรวง สำนักงานปลัดกระทรวง จำนวน 2 ราย": the people, not their office
    if not people and unit_word not in CYCLE_UNITS and not subject_text.startswith(unit_word) \
            and divided_into(doc, pos, prev_end):
        return None  # "แบ่งการดำเนินการออกเป็น 2 กลุ่ม"
    if subject is not None and subject.text == subject_text:
        run = with_relative_run(doc, subject, unit_word, pos)
        if run is not None:
            return run.text  # "ผู้ป่วยที่รักษาตัวในโรงพยาบาลจำนวน 25,973 ราย": the clause the reader cut at ใน
        if glued_to_last_classifier(doc, last_q, subject, unit_word, pos):
            return None  # "10 หมวดสินค้า และ 1 หมวดบริการ"
        if not people:
            owned = noun_before_owner_acronym(doc, subject, unit_word, prev_end)
            if owned is not None:
                return owned.text  # "ร่างระเบียบและประกาศ กนช. 6 ฉบับ"
    if not people and subject is not None and subject.text == subject_text and act_run_opens(doc, subject):
        channel = channel_of_act(subject_text, unit_word)
        if channel is not None:
            return channel  # "การขับเคลื่อนยุทธศาสตร์ชาติผ่านแผน 3 ระดับ"
    return subject_text if people else without_joined_predicate(subject_text)  # "เรื่อง…ที่สำคัญและได้รับรองมติ… 5 เรื่อง"
