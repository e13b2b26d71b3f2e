"""What a percentage measures: the constructions of percentages around the noun-phrase reader.

`percent_subject(doc, start, left_limit=..., previous=...)` asks `linking.subject_before` (the
noun-phrase reader of `phrases.py`) for the phrase before the figure, and handles before and after
that reading what only percentages say (words in data/percent_subject_words.tsv):

1. **a change and its comparison base** — "ปริมาณการจำหน่ายปุ๋ยลดลงจากช่วงเดียวกันปีก่อนที่ร้อยละ 4.2":
   the base (จาก/เมื่อเทียบกับ … up to the figure) is no subject, what changes stands before the
   change word; a change the reader does not skip (เติบโต, โต, สูงขึ้น) is stepped over the same way
   ("รายได้เกษตรกรเติบโต 6%", "จีดีพีปี 2567 โต 3.1%"), and so is completion ("เสร็จครบถ้วน 100%"), and a
   change with an adverb after it (role change_adverb: "การส่งออกขยายตัวต่อเนื่องที่ร้อยละ 7.7");
   never a change glued to การ/อัตรา/ความ ("อัตราการเติบโต" is a name);
2. **a change tied to the figure before** — "12,000 คนต่อวัน ซึ่งเพิ่มขึ้นจากปีที่แล้ว 15%",
   "ร้อยละ 4.2 และลดลงเมื่อเทียบกับเดือนก่อนหน้าที่ร้อยละ 1.5": the subject of that figure;
   "ส่งเสริม X ให้เติบโตปีละ 4%": X;
3. **a measure word alone** ("มูลค่า", "สัดส่วน") names nothing: "X มีมูลค่า N ล้านบาท ขยายตัวร้อยละ M"
   measures X, "X 120 โครงการ มูลค่ารวม N คิดเป็นร้อยละ M" what the count counts; null otherwise;
4. **the object of a reducing verb** — "ลดค่าใช้จ่ายด้านพลังงานลง 15%" → ค่าใช้จ่ายด้านพลังงาน,
   "สิทธิลดหย่อนภาษีเงินได้นิติบุคคลร้อยละ 50" → ภาษีเงินได้นิติบุคคล;
5. **a predicate verb alone** before the figure, after a space: "เตียงสำหรับผู้ป่วยอาการหนัก (ICU)
   ว่าง 12%" → the noun phrase before it (across one parenthesis).

6. **a split การ with its verbs** ("มีการ|ประกาศ|ขาย|เพิ่มขึ้นร้อยละ 13.4" → การประกาศขาย), never การ alone;
   the owner of a nominalised change ("การเติบโตของการเงินอิสลาม 11%" → การเงินอิสลาม);
7. **the new value of the percentage before** ("จากร้อยละ 30 เป็นร้อยละ 60"), and a bare year in a
   comparison base ("เพิ่มขึ้นจากเทศกาลปีใหม่ 2567 ประมาณ 5%") read as part of the base;
8. **the share of the figure before** in a parenthesis or after หรือ/คิดเป็น: that figure's subject
   (money's corrections included, money_subjects.py); not after a total or another percentage;
9. **a rate noun** (ส่วนลด, ดอกเบี้ย, ภาษี, ส่วนแบ่ง) inside the phrase starts it, and a phrase after
   ใน/ของ belongs to one before it ("มีส่วนแบ่ง|ในตลาดโลก"); a time opening the phrase is dropped;
10. **a list of nouns before และ** ("ค่าอาหาร เครื่องดื่ม และสินค้าทั่วไป") belongs to the last item
    (not when ตามลำดับ spreads it over figures); a phrase read after the figure keeps its glued
    relative clause ("ของผู้|ที่เข้ารับการฉีด"); people before a verb the reader stopped at are the subject;
11. **an act alone before a completion** ("ขณะนี้ขุดลอกได้แล้ว 6.61%", "ก่อสร้างแล้วเสร็จ 45%"), when nothing
    else is read: the act is what is measured (`_act_alone`; no gap, copula, change or light verb).
12. **a forecast** between what changes and the change ("อุตสาหกรรมถุงมือยางที่คาดว่าในปี 2563 จะขยายตัว…",
    role `expect`) is stepped over; two change words are one ("ขยายตัวเพิ่มขึ้น"); the old value after จาก
    ("เติบโตร้อยละ 3.2 จาก ร้อยละ 1.5") measures what the percentage before does;
13. **where a thing went** (ไป/ไปถึง/สู่/กลับมายัง + phrase) is no subject: the phrase before that word is;
14. **people vaccinated**: after a vaccination predicate (role `vaccinate`), the people before it (`_vaccinated_people`);
15. **เป็น + a noun phrase** after a percentage with nothing (or a remainder) before it names the part (`_copula_phrase_after`).
16. **people named with a number** before a vaccination predicate ("กลุ่ม 608", "กลุ่มเด็กอายุ 12-17 ปี", a time word
    such as ขณะนี้ between), and vaccination **coverage** (ครอบคลุม): the act, not the place after ใน (`_coverage_act`);
17. **a rate's average** (อัตราดอกเบี้ยเฉลี่ย) kept, โดยเฉลี่ย dropped; a **frame noun** opening the phrase (แนวโน้ม,
    สถานการณ์, สถิติ; not ปัญหา) dropped; a **tally** glued before it (ยอด|จำหน่าย|กาแฟ) kept; a **setting verb** (กำหนด)
    inside it: what follows; a **ratio** X ต่อ Y (หนี้สาธารณะต่อ GDP): X;
18. **a figure run** ("…ได้ 106,231 ล้านบาท 69,705 บัญชี เพิ่มขึ้น 5.20%"): the amount's subject; an **act alone before a
    share's count** ("และส่งออก จำนวน 92,451 ตัน หรือร้อยละ 12.45"); the **new value after the old one's year** ("จาก 11%
    ในปี 2563 เป็น 21%"); "X ที่มีสัดส่วน N%" after a space: X;
19. when nothing else names it: **a name closed by a law's section** ("ผู้ประกันตนมาตรา 40") or **a quoted name**
    ("ยอดขายรถ… “ซีพี โฟตอน” ในประเทศ").

20. **the people vaccinated, named with a number, a class, a place or a negation** ("กลุ่ม 608 ในจังหวัดน่าน ได้รับวัคซีน…",
    "กลุ่มผู้ป่วย 7 กลุ่มโรค", "นักเรียนชั้น ป.1-ป.6", "อสม. 850 คน", "ยังไม่ได้รับวัคซีน"; `_people_with_tail`), never
    the vaccine or dose the predicate names ("ได้รับเข็มกระตุ้นเพียง 38.2%" → null); a count of people after such a
    predicate (or after taking a medicine) counts those people, with their relative clause when ที่ opens it, or
    nothing (`vaccinated_count`, also called by quantities.py for person classifiers).

21. **a worked formula** before the figure ("คำนวณประสิทธิผลวัคซีน (1-0.090) x 100 = 90.65 เปอร์เซ็นต์"): the phrase
    right before the formula, a verb of computing (role formula_lead) dropped (`_formula_named`);
22. **a headline's verb of feeling** (role feeling_lead: ปลื้ม, พอใจ) inside the phrase, with who feels it before:
    what follows it ("นายกรัฐมนตรีปลื้ม|จีดีพีไทย…โตอีก ร้อยละ 4.5" → จีดีพีไทย); อีก after a change is one of its
    adverbs ("โตอีก", "ลงอีก").

23. **a table written one cell a line**: a share in a parenthesis alone on its line, right below a figure alone on its
    line, is its row's: the label line above the run of cells (`_table_row_label`); a **vaccination item** ("- ฉีดแล้ว
    ร้อยละ 95") under a numbered group label and a vaccine's Latin name: the group (`_vaccinated_group_above`);
24. **a poll's people** before a verb of opinion and what it is about ("ประชาชนพึงพอใจต่อการดำเนินงาน…ในระดับมาก ร้อยละ
    97.64", `_poll_holder`); a **cap word** after เคลื่อนไหวใน/อยู่ใน ("เงินเฟ้อ…จะยังคงเคลื่อนไหวในกรอบร้อยละ 0.7-1.7"):
    the phrase before the verb (`_moving_in_band`); a **Latin acronym** after สำหรับ heading a bound's ที่ ("สำหรับ NPLs
    ที่ไม่เกินร้อยละ 50 ของสินเชื่อ", `_acronym_before`); a share of a **total after one phrase of its own** ("จำนวนสินค้า…
    รวมทั้งสิ้น 6,998 รายการ คิดเป็นร้อยละ 73.21"): that phrase, as the count reads it (`_total_alone`).
25. **a rate named by a glued change** ("บวกอัตรา|เพิ่มอีกร้อยละ 2" → อัตราเพิ่ม, `_rate_named_by_change`); a **reducing
    verb's object before ให้** ("ลดราคาให้ 20%" → ราคา, `_reduced_before_give`); an **alternative bound** whose restated
    figure names nothing gives null, not the relative clause's last noun (`_alternative_bound`; p28).
26. **who benefits is no subject**: "ลดภาษีให้ผู้ประกอบการร้อยละ 30" → ภาษี (`_reduced_for_beneficiary`); an **acronym's
    changed object** before a new level ("สศช.แนะเพิ่มภาษีมูลค่าเพิ่มเป็นร้อยละ 10" → ภาษีมูลค่าเพิ่ม, `_object_set_to`); the
    **new level's เป็น/เหลือ and its verb** are no part of an act or a reading ("ยอดส่งออกขยายตัวเพิ่มเป็น", "ค่าจ้างขั้นต่ำ
    ปรับ|ขึ้นเป็น", `_without_level_verb`); a **purpose** one or two spaces and a parenthesis away from its noun (p29).

When none of these applies the reader's answer stands; when a construction is found but its
subject is not, the answer is null, never the nearest words.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

import regex

from . import _regex_compat
from .document import Document
from .lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv, longest_first, words
from .linking import Subject, only_a_time, qualifier_before, qualifier_span_before, qualifier_start, subject_after, subject_before
from .money_subjects import (_lead_times, _person, money_subject, past_filler, total_words, without_leading_time,
                             without_speech_lead, without_tail_qualifier)
from .records import NumberMention, Token
from .subject_context import _place_name, across_dash, agent_before_verb
from .phrases import (WINDOW_TOKENS, _body_heads, _tag_table, _collect, _is_unit_word, _orchid_classifiers, _date_containing, _figure_start, _names_people, _nounish_text, _qty,
                      _trim, _unit_of_number_at, _w, read_subject, word_class)
from .phrases import _nominalised_act as _nominalised_act_word

__all__ = ["interest_rate_named", "percent_subject", "respective_figure_named", "vaccinated_count", "vaccine_doses"]

YEAR_RANGE = (1900, 2700)  # a bare four-digit number in this range, in a comparison base, is a year (CE or BE)
ACT_TOKENS = 4  # tokens of verbs (and their object) after a split การ read as one nominalised act
SHARE_GAP_CHARS = 24  # characters of หรือ/คิดเป็น/ประมาณ between a figure and the share of what it counts
CLAUSE_TOKENS = 8  # tokens of a relative clause kept after a phrase read after the figure

CHANGE_REACH = 110  # characters before a figure searched for a change and its comparison base
BASE_CHARS = 70  # a comparison base ("จากช่วงเดียวกันของปีก่อน") is at most this long
FIGURE_REACH = 24  # characters between a figure and the change word tied to it (unit, ต่อวัน, ซึ่ง)
PAREN_CHARS = 40
RATE_MARKS = ("ต่อ", "/")  # open a rate's tail after a figure's unit ("คนต่อวัน", "บาท/ตัน")
BASE_WORD_CHARS = 24  # characters before a phrase searched for the comparison word that makes it a base
OWNER_GAP_CHARS = 16  # characters between a measure word and what stands before it (ซึ่งเป็น, " (")  # a parenthesis this short between a noun phrase and its predicate is stepped over


class _Change(NamedTuple):
    head: int  # where the words before the change end (the change word, or its joiner)
    joiner: str  # the joiner or causative before the change, "" when none


@lexicon_cache
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in load_tsv("percent_subject_words"):
        out.setdefault(r["role"], set()).add(r["word"])
        if r["role"] == "change" and r["value"] == "reader":
            out.setdefault("reader_change", set()).add(r["word"])
        if r["role"] == "base" and r["value"] == "compare":
            out.setdefault("compare", set()).add(r["word"])
        if r["role"] == "relative" and r["value"] == "head":
            out.setdefault("relative_head", set()).add(r["word"])
        if r["role"] == "interest" and r["value"] == "rate":
            out.setdefault("interest_rate", set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


@lexicon_cache
def _change_re() -> regex.Pattern:
    w = _words()
    one = alternation(w['change'])  # "ขยายตัวเพิ่มขึ้น": two change words read as one
    change = f"(?:(?:{one})(?:[ ]?(?:{one}))?)|(?:(?:{alternation(w['complete'])})[ ]?){{1,3}}"
    return regex.compile(
        rf"(?P<join>(?:{alternation(w['joiner'] | w['causative'])})[ ]?)?"
        rf"(?P<prebase>(?:{alternation(w['compare'])})[^\n,()%]{{1,{BASE_CHARS}}}?[ ]?)?"
        rf"(?P<expect>(?:{alternation(w['expect'])})[ ]?(?:(?:ใน|ทั้ง)?ปี[ ]?\d{{4}}[ ]?)?)?"
        rf"(?P<aux>(?:{alternation(w['aux'])})[ ]?)*"
        rf"(?:(?P<change>{change})(?P<adverb>[ ]?(?:{alternation(w['change_adverb'])}))?"
        rf"(?P<base>[ ]?(?:{alternation(w['base'])})[^\n,()%]{{0,{BASE_CHARS}}}?)?"
        rf"|(?P<cmp>{alternation(w['comparative'])})(?P<cmpbase>[ ]?[^\n,()%]{{1,{BASE_CHARS}}}?))"
        rf"(?P<fill>(?:[ ]?(?:{alternation(w['filler'])}))*)[ ]?$")


@lexicon_cache
def _change_anchor_re() -> _regex_compat.Pattern:
    """The words one of which every match of `_change_re` holds (its change, completion or comparative word)."""
    w = _words()
    return _regex_compat.compile(alternation(w["change"] | w["complete"] | w["comparative"]))


RATE_NOUN = "อัตรา"
RATE_CHANGES = frozenset({"เพิ่ม", "ลด"})  # bare change verbs the reader skips; glued after อัตรา they name a rate


def _rate_named_by_change(doc: Document, found: Subject, pos: int) -> Subject:
    """ "…และบวกอัตรา|เพิ่มอีกร้อยละ 2 ต่อปี": a change word glued right after อัตรา is part of the rate's name
    (`_glued_to_name`), so the change finder leaves it, but the reader skips it as a change and reads up to อัตรา:
    when only that change word and fillers (อีก) stand between the reading and the figure, the subject is the rate
    named, from อัตรา through the change word ("อัตราเพิ่ม"), not what the reading held before it (p28)."""
    if not found.text.endswith(RATE_NOUN) or not doc.is_boundary(found.end - len(RATE_NOUN)):
        return found
    gap = doc.view[found.end:pos]
    w = _words()
    # bare เพิ่ม/ลด only: "ปรับอัตรา|เพิ่มขึ้นร้อยละ 5" measures what the rate belongs to, not an อัตราเพิ่มขึ้น (rev27c)
    change = next((c for c in sorted(RATE_CHANGES, key=len, reverse=True) if gap.startswith(c)), None)
    if change is None or not doc.is_boundary(found.end + len(change)):
        return found
    rest = gap[len(change):].replace(" ", "")
    for word in sorted(w["filler"] | w["change_adverb"], key=len, reverse=True):
        rest = rest.replace(word, "")
    if rest:
        return found
    lo = found.end - len(RATE_NOUN)
    return Subject(doc.text[lo:found.end + len(change)], lo, found.end + len(change))


def _glued_to_name(doc: Document, pos: int) -> bool:
    """A change word right after การ/อัตรา/ความ (no space, `nominal_end` rows) is part of a noun:
    "อัตราการเติบโต"."""
    ends = tuple(_words()["nominal_end"])
    before = doc.view[max(0, pos - max(map(len, ends))):pos]
    # at a word boundary: "บริการ|เพิ่มขึ้น" ends in การ, but บริการ is no nominaliser
    return any(before.endswith(e) and doc.is_boundary(pos - len(e)) for e in ends)


def _find_change(doc: Document, pos: int, left_limit: int) -> _Change | None:
    """The change (with its base and fillers) that ends right before the figure at `pos`, when it
    is one the reader does not handle itself: with a comparison base, a joiner or a causative, or a
    change or completion word the reader does not skip."""
    lo = max(left_limit, pos - CHANGE_REACH)
    if _change_anchor_re().search(doc.view, lo, pos) is None:
        return None  # no change, completion or comparative word in reach: _change_re cannot match (s27)
    m = _change_re().search(doc.view, lo, pos)
    if m is not None and m.group("cmp"):
        return _comparative_change(doc, m)
    for _ in range(2):  # "อัตรา|เติบโต|เพิ่มขึ้น" (a name, then a change): the second word, not "…โต|เพิ่มขึ้น"
        if m is None or m.group("join") or m.group("change").strip() in _words()["change"] \
                or not m.group("change").startswith(tuple(_words()["change"])) \
                or (doc.is_boundary(m.start("change")) and not _glued_to_name(doc, m.start("change"))):
            break
        m = _change_re().search(doc.view, m.start("change") + 1, pos)
    if m is None:
        return None
    change_start = m.start("change")
    change = m.group("change").strip()
    join = (m.group("join") or "").strip()
    if not doc.is_boundary(change_start) or (join and not doc.is_boundary(m.start("join"))):
        return None
    if not join and _glued_to_name(doc, change_start):
        return None
    for group in ("base", "prebase"):
        if m.group(group) and any(_date_containing(doc, n.start) is None and not _is_year(n)
                                  for n in doc.numbers_between(m.start(group), m.end(group))):
            return None  # "เพิ่มขึ้นจาก 100 ราย เป็น 120 ราย": a figure in the base, not a date
    if m.group("prebase") and (not doc.is_boundary(m.start("prebase"))
                               or not _base_closed(doc, m.start("prebase"), m.end("prebase"))):
        return None  # the base is a noun phrase ("…เดือนเดียวกันของปีก่อน"), not "…ของปีก่อน กล่าวคือ"
    expect = m.group("expect") and doc.is_boundary(m.start("expect"))
    if not m.group("base") and not m.group("prebase") and not join and not expect and not m.group("adverb") \
            and change in _words()["reader_change"]:
        fig = _figure_ending_before(doc, change_start)
        if fig is None or not _has_unit(doc, fig):
            return None  # "การส่งออกขยายตัวร้อยละ 5": the reader skips the change word itself
        return _Change(change_start, "")  # "ยางสังเคราะห์ 2,599 ล้านบาท ขยายตัว 124.3%": the change of that figure
    aux = m.group("aux") and doc.is_boundary(m.start("aux"))  # not "เศรษฐ|กิจจะ": cut off after the reading
    # "ดัชนีราคาส่งออก … เมื่อเทียบกับเดือนเดียวกันของปีก่อน สูงขึ้นร้อยละ 1.9": a base before the change too
    head = m.start("join") if join else m.start("prebase") if m.group("prebase") else \
        (m.start("expect") if expect else m.start("aux") if aux else change_start)
    return _Change(head, join)


NOMINALISER_TAIL = "การ"  # "อัตรา|การ": a head whose nominalised act follows it
_CHANGE_TO_FIGURE = regex.compile(r"(?P<change>[ก-๙]+?)[ ]?(?:ที่)?[ ]?\Z")


def _with_nominalised_change(doc: Document, found: Subject | None, pos: int) -> Subject | None:
    """ "การส่งออกทั้งปีมีอัตราการเติบโตที่ร้อยละ 5.5", "คิดเป็นอัตราการขยายตัวที่ร้อยละ 13.1": the reader steps
    over a change word and ที่ before the figure, and a phrase it reads ending with การ glued to that change word
    ("อัตรา|การ") is cut inside its own name: การ nominalises the verb after it, and the phrase is the rate of that
    change (อัตราการเติบโต, as "อัตราการว่างงาน" is read whole). Only when the change word alone (then ที่ or
    spaces) stands between the phrase and the figure."""
    if not isinstance(found, Subject) or not found.text.endswith(NOMINALISER_TAIL) \
            or len(found.text) <= len(NOMINALISER_TAIL) or found.end >= pos \
            or not doc.is_boundary(found.end - len(NOMINALISER_TAIL)):
        return found  # not "บุคลากรที่เข้าร่วมโครงการ|เพิ่มขึ้น 50%": โครงการ is a word of its own, no การ of an act
    m = _CHANGE_TO_FIGURE.fullmatch(doc.view, found.end, pos)
    if m is None or m.group("change") not in _words()["change"]:
        return found
    end = m.end("change")
    return Subject(doc.text[found.start:end], found.start, end)


def _base_closed(doc: Document, lo: int, hi: int) -> bool:
    """The comparison base view[lo:hi] (spaces after it allowed) ends as a noun phrase does ("…เดือนเดียวกันของปีก่อน"),
    with a year or a date ("เมื่อเทียบกับเดือนกุมภาพันธ์ 2564"), or with a time word and its tail ("…ไตรมาสก่อนหน้า"):
    not "…ของปีก่อน กล่าวคือ"."""
    end = _before_spaces(doc, hi)
    if _nounish_text(_last_word(doc, end)):
        return True
    text = doc.view[lo:end]
    if end == hi and " " not in text and any(text.startswith(c + m) for c in _words()["compare"]
                                             for m in _words()["measure"]):
        return True  # "…ที่ผลิตในประเทศเมื่อเทียบกับมูลค่ายานำเข้าเพิ่มขึ้นร้อยละ 10": a measure glued to the change word
    if text.endswith(tuple(_words()["base_tail"])) and any(t in text for t in _words()["time"]):
        return True
    nums = doc.numbers_between(lo, end)
    if not nums or nums[-1].end != end:
        return False
    return _is_year(nums[-1]) or _date_containing(doc, nums[-1].start) is not None


def _comparative_change(doc: Document, m) -> _Change | None:
    """ "19.27 ล้านตัว ซึ่งน้อยกว่าปี 2563 ที่ ร้อยละ 12.61": a comparative (สูงกว่า, ต่ำกว่า, น้อยกว่า) with a time
    as its base, joined to the figure before (ซึ่ง/และ), is the change of that figure; alone it is no change
    read here (the reader's answer stands)."""
    join = (m.group("join") or "").strip()
    base = m.group("cmpbase")
    if not join or not doc.is_boundary(m.start("join")) or not doc.is_boundary(m.start("cmp")) \
            or not any(t in base for t in _words()["time"]) \
            or any(_date_containing(doc, n.start) is None and not _is_year(n)
                   for n in doc.numbers_between(m.start("cmpbase"), m.end("cmpbase"))):
        return None
    return _Change(m.start("join"), join)


def _before_spaces(doc: Document, pos: int) -> int:
    """`pos` moved back over the spaces right before it: len(doc.view[:pos].rstrip(" ")) without
    copying the text up to `pos` (a copy a figure is quadratic on a long text)."""
    while pos > 0 and doc.view[pos - 1] == " ":
        pos -= 1
    return pos


def _figure_ending_before(doc: Document, pos: int) -> int | None:
    """Start of a figure (count, money, percentage) that ends right before `pos`, a rate's tail
    ("คนต่อวัน") and spaces allowed between, and one short parenthesis after it
    ("20.45 เซนต์/ปอนด์ (15.41 บาท/กก.) เพิ่มขึ้น")."""
    before = doc.view[max(0, pos - PAREN_CHARS):pos].rstrip(" ")
    if before.endswith(")") and "(" in before:
        pos = _before_spaces(doc, max(0, pos - PAREN_CHARS) + before.rindex("("))
    lo = max(0, pos - FIGURE_REACH)
    nums = doc.numbers_between(max(0, lo - RANGE_CHARS), pos)
    if not nums or (nums[-1].start < lo and (nums[-1].form != "range" or nums[-1].end < lo)):
        return None
    m = nums[-1]
    tail = doc.view[m.end:pos]
    if "\n" in tail:
        return None
    stripped = tail.rstrip(" ")
    end = m.end + len(stripped)
    start = _figure_start(doc, end)
    for per in RATE_MARKS:
        if start is None and per in stripped:
            # "12,000 คนต่อวัน", "12,604 บาท/ตัน": the figure before its rate's tail
            start = _figure_start(doc, m.end + len(stripped[:stripped.index(per)].rstrip(" ")))
    if start is None and m.form != "percent" and not _is_year(m) and _date_containing(doc, m.start) is None:
        unit = _qty().unit_after(doc, m.end)
        unit = unit if unit is not None and unit.kind != "classifier" else None  # "2563 หมวด|กระเบื้อง" is no figure
        glued = [t for t in doc.tokens_before(end, 3) if unit is not None and t.start >= unit.end]
        if unit is not None and len(glued) == 1 and glued[0].start == unit.end and glued[0].end == end \
                and glued[0].kind == "word" and word_class(glued[0].text) == "N":
            start = _figure_start(doc, unit.end)  # "1.18 ล้านตันข้าวเปลือก": a noun glued to the unit says of what
    return start


RANGE_CHARS = 16  # a range ("20.45 - 20.98 เซนต์") may start this much before FIGURE_REACH


SAME_PERIOD_CHARS = 24  # characters of "ในช่วงเวลาเดียวกัน" and its spaces, between a figure and a joined change
_SAME_PERIOD = regex.compile(r"ใน(?:ช่วง)?(?:ระยะ)?(?:เวลา)?(?:ปี|เดือน)?เดียวกัน[ ]?\Z")


def _read_before_change(doc: Document, ch: _Change, left_limit: int, previous) -> Subject | str | None:
    """What changes: the noun before ให้ (causative), the subject of the figure the change is tied
    to (the previous percentage's, as a string), or the phrase before the change word."""
    w = _words()
    if ch.joiner in w["causative"]:
        found = _as_subject(read_subject(doc, ch.head, left_limit=left_limit, _counted=False))
        return _causee(doc, found) if found else None
    fig = _figure_ending_before(doc, ch.head)
    if fig is None and ch.joiner:
        same = _SAME_PERIOD.search(doc.view, max(0, ch.head - SAME_PERIOD_CHARS), ch.head)
        if same is not None and doc.is_boundary(same.start()):
            # "…ที่พบจุดความร้อนสะสม จำนวน 122,687 จุด ในช่วงเวลาเดียวกัน หรือลดลงกว่าร้อยละ 52": the period closes the figure
            fig = _figure_ending_before(doc, same.start())
    if fig is not None:
        if doc.view.startswith(tuple(w["complete"]), ch.head) and _measured(doc, fig):
            return None  # "ถนนสาย… ระยะทาง 12.242 กิโลเมตร คืบหน้ากว่า ร้อยละ 34": the work progresses, not its length
        if previous is not None and previous.start == fig:
            return previous.subject
        # "…ได้ 106,231 ล้านบาท 69,705 บัญชี เพิ่มขึ้น": the run's first figure, not the unit before the second
        return _figure_run_subject(doc, fig) or _as_subject(read_subject(doc, fig, _counted=False)) \
            or _count_subject(doc, fig)
    if ch.joiner:
        return None  # "… และเพิ่มขึ้นจากปีก่อนร้อยละ 5" with no figure before it: the text does not say
    if previous is not None and doc.view.startswith(tuple(w["compare"]), ch.head) \
            and _period_after_figure(doc, previous.end, ch.head):
        # "…สูงขึ้นร้อยละ 0.23 (MoM) ไตรมาสที่ 1 ปี 2564 เทียบกับไตรมาสเดียวกันของปีก่อน ลดลงร้อยละ 0.53": another
        # period of what the percentage before measures
        return previous.subject
    found = subject_before(doc, ch.head, left_limit=left_limit) or nominalised_act(doc, ch.head, left_limit) \
        or _head_of_relative_change(doc, ch.head, left_limit)
    if found is not None and doc.view[found.end:found.end + len(RELATIVE_CHANGE) + 1].lstrip(" ").startswith(RELATIVE_CHANGE) \
            and doc.view[found.end:ch.head].strip(" ") in ("", RELATIVE_CHANGE):
        found = _compared_before_relative(doc, found)  # "…มากกว่าจีน ที่เติบโตเฉลี่ย 5.06%": จีน (p35)
    if found is not None and found.text.startswith(tuple(w["place"])):
        return _thing_before_place(doc, found)  # "ก่อสร้างสะพานข้ามคลอง อำเภอเมือง คืบหน้า 60%": the bridge, not where
    if found is not None and doc.view.startswith(tuple(w["complete"]), ch.head) \
            and any(word_class(t.text) in ("V", "AUX") for t in doc.tokens_before(ch.head, 4)
                    if t.start >= found.end and t.kind == "word"):
        return None  # "ให้ภาครัฐเข้าไป|ดำเนินการแล้ว 100%": the phrase before a verb is who acts, not what is done
    return found


ROAD_CODE_CHARS = 24  # characters of "ถนนสาย ชบ.3023 " before the place that says where the road is
_ROAD_CODE = regex.compile(r"(?:ถนน|ทางหลวง)(?:สาย|หมายเลข)?[ ]?(?:[ก-ฮ]{1,3}\.[ ]?)?\d{1,5}\Z")


def _thing_before_place(doc: Document, place: Subject) -> Subject | None:
    """ "ก่อสร้างสะพานข้ามคลอง อำเภอเมือง คืบหน้า 60%", "ก่อสร้างถนนสาย ชบ.3023 จังหวัดชลบุรี คืบหน้ากว่า 34%": a place
    read before a change or progress says where the work is; what progresses is the phrase one space before it (the
    act of building trimmed by the reader), or a road named by its code, which the reader cannot read (the code is a
    number). None when neither stands there."""
    end = place.start - 1
    if end <= 0 or doc.view[end] != " " or doc.view[end - 1] == " ":
        return None
    road = _ROAD_CODE.search(doc.view, max(0, end - ROAD_CODE_CHARS), end)
    if road is not None and doc.is_boundary(road.start()):
        return Subject(doc.text[road.start():end], road.start(), end)
    return _phrase_ending_at(doc, end, spaces=0)


_HAVE_BEFORE = regex.compile(r"มี[ ]?\Z")  # "… มีร้อยละ 35": a verb of having right before the figure


def _group_that_has(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """"ผู้ป่วยที่หายแล้วมีร้อยละ 35", "เด็กที่มีภาวะอ้วนมีร้อยละ 12": a group defined by a relative clause, then มี right
    before the figure: the share is of that group (the reader reads nothing after มี). Only a phrase holding ที่/ซึ่ง:
    "บริษัทมีร้อยละ 35" names nothing the share is of (p31)."""
    m = _HAVE_BEFORE.search(doc.view, max(left_limit, pos - 4), pos)
    if m is None or not doc.is_boundary(m.start()):
        return None
    found = subject_before(doc, m.start(), left_limit=left_limit)
    if found is None:
        return None
    found = _with_relative_head(doc, found)
    return found if any(r in found.text[1:] for r in ("ที่", "ซึ่ง")) else None


def _before_bare_year(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "การค้าชายแดนกับเมียนมา 2568 ขยายตัว 9.3%": a bare year between spaces right before the change word of the
    figure at `pos` (no ปี) stopped the reader; it is the period, and the phrase before it is what changes. Only a
    four-digit year after a word (not after a figure, a unit or a line start), then a change word the reader skips,
    fillers and spaces, nothing else."""
    nums = doc.numbers_between(max(left_limit, pos - BARE_YEAR_REACH), pos)
    if not nums or not _is_year(nums[-1]) or _date_containing(doc, nums[-1].start) is not None:
        return None
    year = nums[-1]
    gap = doc.view[year.end:pos]
    if not gap.startswith(" ") or "\n" in gap or not gap.strip().startswith(tuple(_words()["change"])):
        return None
    if year.start == 0 or doc.view[year.start - 1] != " ":
        return None
    end = _before_spaces(doc, year.start)
    if end <= left_limit or doc.view[end - 1] in "\n0123456789,-–" or _figure_ending_before(doc, year.start) is not None:
        return None
    if doc.view.endswith(YEAR_LIST_JOINERS, max(0, end - 4), end) or doc.numbers_between(max(0, end - YEAR_LIST_CHARS), end):
        return None  # "ในปี 2566 และ 2567 ลดลงร้อยละ 4.1 และ 2.3 ตามลำดับ": a list of periods, read by the list's rules
    return subject_before(doc, year.start, left_limit=left_limit)


YEAR_LIST_JOINERS = ("และ", "หรือ", "ถึง")  # before a bare year: it is the last of a list or range of periods
YEAR_LIST_CHARS = 24  # characters before a bare year searched for another figure (a list of periods)


BARE_YEAR_REACH = 40  # characters between a bare year and the figure its change word sizes ("2568 ขยายตัวร้อยละ ")


RELATIVE_CHANGE = "ที่"  # a relative pronoun right before a change word: "หมวดเหล็กและผลิตภัณฑ์เหล็ก ที่ปรับตัวสูงขึ้น…"


def _head_of_relative_change(doc: Document, head: int, left_limit: int) -> Subject | None:
    """ "โดยเฉพาะหมวดเหล็กและผลิตภัณฑ์เหล็ก ที่|ปรับตัวสูงขึ้นอย่างต่อเนื่องที่ร้อยละ 23.7": the change is said of the
    relative clause's head, the noun phrase right before ที่ (one space allowed); None when no phrase ends there."""
    rel = head - len(RELATIVE_CHANGE)
    if rel <= left_limit or not doc.view.startswith(RELATIVE_CHANGE, rel) or not doc.is_boundary(rel) \
            or not any(t.start == rel and t.text == RELATIVE_CHANGE for t in doc.tokens_before(head, 1)):
        return None
    found = _as_subject(read_subject(doc, rel, left_limit=left_limit, _counted=False))
    if found is None or doc.view[found.end:rel] not in ("", " ") or not _nounish_text(_first_word(doc, found)):
        return None
    return _compared_before_relative(doc, found)


@lexicon_cache
def _inner_comparative_re() -> regex.Pattern:
    # inside a noun phrase, between two nouns, มากกว่า compares too ("อัตราการเติบโตมากกว่าจีน"); before a figure it is a
    # qualifier, which is why the role `comparative` leaves it out
    return regex.compile(alternation(_words()["comparative"] | {"มากกว่า"}))


def _compared_before_relative(doc: Document, found: Subject) -> Subject:
    """ "ซึ่งเป็นอัตราการเติบโตมากกว่าจีน ที่|เติบโตเฉลี่ย 5.06%": when the head read before ที่ holds a comparative, the
    relative clause is said of the noun closest to it, the one compared with after the comparative (p35); not a
    level's name ("ระดับต่ำกว่าปริญญาตรี") and not when no noun follows the comparative inside the head."""
    inside = None
    for m in _inner_comparative_re().finditer(doc.view, found.start + 1, found.end):
        inside = m
    if inside is None or not doc.is_boundary(inside.start()) or not doc.is_boundary(inside.end()) \
            or _names_a_level(doc, inside.start()):
        return found
    start = inside.end()
    while start < found.end and doc.view[start] == " ":
        start += 1
    after = [t for t in doc.tokens_after(start, 1) if t.kind == "word" and t.end <= found.end]
    if not after or not _nounish_text(after[0].text) or after[0].text in _stop_words() \
            or _names_a_time(doc.text[start:found.end]):
        return found  # "ยอดขายสูงกว่าปีก่อน ที่เพิ่มขึ้น": a time compared with is no thing
    return Subject(doc.text[start:found.end], start, found.end)


_PERIOD_GAP_TAG = regex.compile(r"[ ]?\([^()\n]{1,10}\)")  # "(MoM)", "(YoY)" after a figure


def _period_after_figure(doc: Document, fig_end: int, head: int) -> bool:
    """Only a date stands between a figure ending at `fig_end` (and its short bracketed tag) and `head`: a new period
    of the same series ("ร้อยละ 0.23 (MoM) ไตรมาสที่ 1 ปี 2564 |เทียบกับ…")."""
    if not 0 < head - fig_end <= PERIOD_GAP_CHARS:
        return False
    tag = _PERIOD_GAP_TAG.match(doc.view, fig_end, head)
    lo = tag.end() if tag else fig_end
    while lo < head and doc.view[lo] == " ":
        lo += 1
    hi = _before_spaces(doc, head)
    # one date, from `lo` to `hi`
    return hi > lo and _date_containing(doc, lo) == lo and _date_containing(doc, hi - 1) == lo \
        and _date_containing(doc, hi) != lo


PERIOD_GAP_CHARS = 48  # characters between a figure and the comparison base of the next period ("(MoM) ไตรมาสที่ 1 ปี 2564 ")


def _measured(doc: Document, fig: int) -> bool:
    """The figure at `fig` is a measure (a length, an area, a weight), not a count or an amount."""
    unit = _unit_of_number_at(doc, fig)
    return unit is not None and unit.kind == "measure"


def _words_of(doc: Document, found: Subject) -> list:
    return [t for t in doc.tokens_before(found.end, 24) if t.start >= found.start and t.kind == "word"]


def _causee(doc: Document, found: Subject) -> Subject:
    """ "แผนส่งเสริมอุตสาหกรรมแปรรูปอาหาร|ให้เติบโต": what a causative makes change is the object of
    the first verb of the phrase before ให้ that a noun follows (อุตสาหกรรมแปรรูปอาหาร)."""
    toks = _words_of(doc, found)
    for k in range(len(toks) - 1):
        if word_class(toks[k].text) == "V" and _nounish_text(toks[k + 1].text):
            start = toks[k + 1].start
            return Subject(doc.text[start:found.end], start, found.end)
    return found


ACT_NOMINALISERS = ("การ", "ความ")  # glued to a verb they make a noun: "กำลัง|การผลิต" is no predicate (p35)


def _without_trailing_verb(doc: Document, found: Subject) -> Subject:
    """ "การท่องเที่ยวโดยรวมของจังหวัดตรังคึกคัก|เพิ่มขึ้น": one verb glued after the head noun and
    before a change word is a predicate, not part of what is measured; not inside a relative clause
    or after an auxiliary, and not a nominalised act ("อัตราการใช้กำลัง|การผลิต|ปรับตัวเพิ่มขึ้น": การผลิต is
    a noun the tokenizer tags as a verb; p35)."""
    if not doc.view.startswith(tuple(_words()["change"]), found.end):
        return found  # "…ราษฎร์บูรณะ", "ผลการเบิกจ่ายงบลงทุน": a name may end in a verb
    toks = _words_of(doc, found)
    if len(toks) < 2 or word_class(toks[-1].text) != "V" or toks[-2].end != toks[-1].start \
            or toks[-1].text.startswith(ACT_NOMINALISERS) \
            or not _nounish_text(toks[-2].text) or toks[-2].text in _w()["nominaliser"] | _w()["act"] \
            or any(word_class(t.text) in ("AUX", "C") for t in toks):
        return found
    end = toks[-2].end
    return Subject(doc.text[found.start:end], found.start, end)


def _duration_before(doc: Document, pos: int) -> int | None:
    """Start of a duration right before the figure ("ลดดอกเบี้ย 6 เดือนแรก 0.25%"), else None."""
    nums = doc.numbers_between(max(0, pos - FIGURE_REACH), pos)
    if not nums:
        return None
    m = nums[-1]
    unit = _qty().unit_after(doc, m.end)
    if unit is None or unit.kind != "time":
        return None
    rest = doc.view[unit.end:pos].strip(" ")
    if rest and rest not in _words()["time_tail"]:
        return None
    return qualifier_start(doc, m.start)


def _past_base(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ดัชนีราคาผู้ผลิต เดือนมีนาคม 2564 เมื่อเทียบกับเดือนเดียวกันปีก่อน สูงขึ้นร้อยละ 2.6": a phrase
    read right after a comparison word (or after จาก, when it is a time) is the base; what changes
    stands before that word. None when the phrase before is a base too, or nothing."""
    m = _base_end_re().search(doc.view, max(0, found.start - BASE_WORD_CHARS), found.start)
    if m is None or not doc.is_boundary(m.start()):
        return found
    word = m.group().strip()
    if word not in _words()["compare"] and not found.text.startswith(tuple(_words()["time"])):
        return found  # "รายได้จาก|การท่องเที่ยว": จาก before a thing is no base
    before = _as_subject(read_subject(doc, m.start(), _counted=False))
    if before is None or _base_end_re().search(doc.view, max(0, before.start - BASE_WORD_CHARS), before.start):
        return None
    return before


OF = "ของ"


def _with_head_before_of(doc: Document, found: Subject) -> Subject:
    """ "GDP ของไทยจะเติบโต 5.5%": a phrase read right after ของ is the owner; the head noun before
    ของ (across one space) is what is measured, so the subject is the whole "GDP ของไทย"."""
    before = doc.view[max(0, found.start - len(OF) - 1):found.start]
    if not before.rstrip(" ").endswith(OF):
        return found
    of_start = found.start - (len(before) - len(before.rstrip(" "))) - len(OF)
    if not doc.is_boundary(of_start):
        return found
    head = _phrase_ending_at(doc, of_start, spaces=1)
    if head is None or not _nounish_text(_first_word(doc, head)):
        head = _glued_act_before(doc, of_start)  # "การท่องเที่ยว|โดยรวม|ของจังหวัดตรัง": one token การ + verb (p39)
        if head is None:
            return found
    return Subject(doc.text[head.start:found.end], head.start, found.end)


def _glued_act_before(doc: Document, end: int) -> Subject | None:
    """ "การท่องเที่ยว|โดยรวม|ของจังหวัดตรัง": a token การ + a verb (tagged a verb, so the reader reads nothing)
    ending at `end`, or before one tail qualifier glued after it (โดยรวม), as the head before ของ (p39)."""
    toks = [t for t in doc.tokens_before(end, 3) if t.end <= end]
    if len(toks) >= 2 and toks[-1].text in _words()["tail_qualifier"] and toks[-1].start == toks[-2].end:
        toks = toks[:-1]
    if not toks or toks[-1].kind != "word" or not toks[-1].text.startswith(ACT_WORD) \
            or word_class(toks[-1].text) != "V" or not _nominalised_act_word(toks[-1].text):
        return None
    act = toks[-1]
    prev = toks[-2] if len(toks) >= 2 else None
    if prev is not None and prev.kind == "word" and prev.end == act.start \
            and (word_class(prev.text) == "P" or prev.text in words("subject_context_words", role="purpose")):
        # "สินเชื่อ|เพื่อ|การท่องเที่ยว|ของธนาคาร": the act is the object of a glued preposition (เพื่อ, ใน, จาก); a noun
        # phrase glued before that word is the head (rev37p); not after ให้ ("ส่งผลให้|การท่องเที่ยว…", p39's reading)
        head = _phrase_ending_at(doc, prev.start, spaces=0)
        if head is not None and head.end == prev.start and _nounish_text(_first_word(doc, head)):
            return Subject(doc.text[head.start:end], head.start, end)
    return Subject(doc.text[act.start:end], act.start, end)


def _first_word(doc: Document, found: Subject) -> str:
    toks = _words_of(doc, found)
    return toks[0].text if toks else ""


_YEAR_LABEL = r"(?:ใน)?ปี[ ]?(?:พ\.ศ\.[ ]?)?\d{4}[ ]?(?:อยู่)?ที่[ ]?\Z"
_YEAR_ITEM = regex.compile(r"(?P<lead>โดย|และ|,)[ ]?" + _YEAR_LABEL)
_YEAR_LABEL_ALONE = regex.compile(_YEAR_LABEL)
YEAR_ITEM_CHARS = 30  # characters of "โดยปี พ.ศ. 2564 อยู่ที่ " before a percentage
LEAD_STATES = ("ใกล้เคียงเดิม", "คงเดิม", "ทรงตัว")  # a state said of the lead before โดย: "…พื้นฐานใกล้เคียงเดิม โดย"


def _year_item_named(doc: Document, pos: int, previous) -> str | None:
    """ "ประมาณการอัตราเงินเฟ้อพื้นฐานใกล้เคียงเดิม โดยปี 2564 ที่ร้อยละ 0.3 และปี 2565 ที่ร้อยละ 0.4": a percentage the
    reader names nothing for, labelled by a year alone after โดย, measures what the phrase right before โดย names
    (a state word after it, ใกล้เคียงเดิม, dropped); the next year's item after และ (or a comma), right after a
    percentage that is itself labelled by a year, measures what that one does. None otherwise."""
    m = _YEAR_ITEM.search(doc.view, max(0, pos - YEAR_ITEM_CHARS), pos)
    if m is None:
        return None
    if m.group("lead") == "โดย":
        cut = m.start()
        while cut > 0 and doc.view[cut - 1] == " ":
            cut -= 1
        state = next((s for s in LEAD_STATES if doc.view.startswith(s, cut - len(s))), None)
        if state is not None:
            cut -= len(state)
        head = _phrase_ending_at(doc, cut, spaces=0)
        if head is None or head.end != cut or _names_nothing(head.text) or _names_a_time(head.text):
            return None
        return head.text
    if previous is None or previous.subject is None or previous.end > m.start() \
            or doc.view[previous.end:m.start()].strip(" "):
        return None
    before = qualifier_start(doc, previous.start, left_limit=0)
    if _YEAR_LABEL_ALONE.search(doc.view, max(0, before - YEAR_ITEM_CHARS), before) is None:
        return None
    return previous.subject


_GIVEN_EXTRA = regex.compile(r"เพิ่ม(?:ให้)?(?:[ ]?อีก)?[ ]?\Z")
GIVEN_EXTRA_CHARS = 16  # characters of "เพิ่มให้อีก " before a percentage


def _benefit_given_extra(doc: Document, pos: int) -> Subject | None:
    """ "ผู้ชนะการประมูลยังได้รับส่วนลดราคาพิเศษเพิ่มให้อีก 10%": a bare เพิ่ม ("give extra", with ให้/อีก) glued after a
    benefit (relation_words.tsv role benefit: ส่วนลด, เงินคืน) gives more of it; the figure is the benefit's size
    (relations.py reads no rise there either), so the benefit's words, glued before เพิ่ม (no space, digit or bracket
    between), are the subject. None when no benefit word opens them."""
    m = _GIVEN_EXTRA.search(doc.view, max(0, pos - GIVEN_EXTRA_CHARS), pos)
    if m is None or not doc.is_boundary(m.start()):
        return None
    b = _benefit_before_re().search(doc.view, max(0, m.start() - BENEFIT_PHRASE_CHARS), m.start())
    if b is None or not (doc.is_boundary(b.start()) or doc.is_boundary(b.end("word"))):
        return None  # "ได้รับเงิน|คืน": the segmenter glues เงิน to รับ, the word's end is a boundary
    return Subject(b.group(), b.start(), b.end())  # "ส่วน|ลดราคา|พิเศษ": the segmenter cuts the word, so read by letters


BENEFIT_PHRASE_CHARS = 30  # characters of "ส่วนลดราคาพิเศษ" glued before เพิ่ม


@lexicon_cache
def _benefit_before_re() -> regex.Pattern:
    return regex.compile(rf"(?P<word>{alternation(words('relation_words', role='benefit'))})[^\s\d%()]{{0,24}}\Z")


def _phrase_ending_at(doc: Document, end: int, *, spaces: int | None = None) -> Subject | None:
    """The noun phrase that ends at `end` (spaces before it skipped, at most `spaces` of them when
    given), read and trimmed as the reader does, without the reader's look at the figure after it
    (a duration there names no subject)."""
    toks = doc.tokens_before(end, WINDOW_TOKENS)
    i = len(toks) - 1
    while i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text:
        if spaces is not None and len(toks[i].text) > spaces:
            return None
        i -= 1
    if i < 0 or toks[i].kind != "word":
        return None
    picked = _trim(_collect(toks, i, 0), counted=False)
    if not picked:
        return None
    return Subject(doc.text[picked[0].start:picked[-1].end], picked[0].start, picked[-1].end)


def _as_subject(found) -> Subject | None:
    return Subject(*found) if found else None


def _without_measure_state(found: Subject) -> Subject:
    """ "มูลค่าสูง", "มูลค่าค่อนข้างน้อย" (role measure_state after a measure word): the measure word alone, which the
    measure's owner then replaces; "ปัญหาหนี้ครัวเรือนสูง" (a problem_lead, a glued noun and a state): the noun; the
    phrase unchanged otherwise ("อัตราการตายจากภาวะไข้จากเม็ดเลือดขาวต่ำ" names a
    rate of something low, no measure and its state)."""
    for word in _words()["measure"]:
        if found.text.startswith(word) and found.text[len(word):] in _words()["measure_state"]:
            return Subject(word, found.start, found.start + len(word))
    for lead in _words()["problem_lead"]:
        if not found.text.startswith(lead):
            continue
        for state in _words()["measure_state"]:
            inner = found.text[len(lead):len(found.text) - len(state)]
            if found.text.endswith(state) and inner and " " not in inner:
                # "ท่ามกลางปัญหาหนี้ครัวเรือนสูง ล่าสุดอยู่ที่ระดับ 90.7% ต่อ GDP": the debt is measured, its height is the problem
                return Subject(inner, found.start + len(lead), found.end - len(state))
    return found


@lexicon_cache
def _owner_gap_re() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?:(?P<rel>{alternation(w['relative'])})[ ]?)?"
                         rf"(?:(?P<verb>{alternation(w['have'] | w['share'])})[ ]?)?[ (]*$")


def _measure_owner(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "X มีมูลค่า N", "X คิดเป็นสัดส่วน", "X ซึ่งเป็นสัดส่วน": X; "X 120 โครงการ มูลค่ารวม N",
    "15,458 หน่วย (สัดส่วน 9.5%)": what the figure before counts; None after ที่ (a relative
    clause's head is too often not what is measured: "นักลงทุนอันดับหนึ่งที่มีสัดส่วน"), when
    nothing is found, or when the owner is itself a measure ("ปริมาณส่งออก 98,066 ตัน มูลค่า …")."""
    m = _owner_gap_re().search(doc.view, max(0, found.start - OWNER_GAP_CHARS), found.start)
    assert m is not None  # every part is optional and $ matches at the window's end
    rel, verb = m.group("rel"), m.group("verb")
    if "\n" in m.group() or (m.group() and not doc.is_boundary(m.start())):
        return None
    spaced = rel in _words()["relative_head"]
    if spaced and doc.view[m.start() - 1:m.start()] != " ":
        return _subject_of_copula(doc, m.start())
    # "รองจากจีน ที่มีสัดส่วน 20.7%", "และด้านสังคม ที่มีสัดส่วนร้อยละ 17.68": after a space the relative clause says the
    # share of the item right before it (a list's or a comparison's), read below like "X มีสัดส่วน"
    head = m.start()
    fig = _figure_ending_before(doc, head)
    if fig is not None:
        owner = _as_subject(read_subject(doc, fig))
    elif verb or rel:
        # the measure was reached through the figure it names (left_limit is that figure's end)
        owner = _as_subject(read_subject(doc, head, _counted=False))
        owner = _before_destination(doc, owner) if owner else None
    elif m.group() == " " and _spaced_measure(doc, found):
        # "จีนมีการยื่นคำขอลงทุนในไทย มูลค่ารวม 25,000 ล้านบาท เพิ่มขึ้นร้อยละ 87": the phrase before the spaced measure
        # word of the figure owns it
        owner = _as_subject(read_subject(doc, head, _counted=False))
        owner = _before_destination(doc, owner) if owner else None
    else:
        return None
    if owner is None or owner.text.startswith(tuple(_words()["measure"])) or _names_nothing(owner.text):
        return None  # "…5.00 ล้านบาท 24,998 หน่วย (สัดส่วน 15.3%) มูลค่า": a unit read before a count names no owner
    owner = _past_vague_count(doc, owner)  # "กลุ่มลูกค้าร้านอาหารหลาย ๆ |เจ้า|ซึ่งเป็นสัดส่วน": the customers (p35)
    being = tuple(_words()["copula"] - _words()["have"])
    if spaced and any(t.text.endswith(being) for t in _words_of(doc, owner)):
        # "จีนถือเป็นคู่ค้าอันดับหนึ่งของไทย ที่มีสัดส่วน…": a clause, not the item's name; the noun before the copula
        return _before_copula_word(doc, owner, being)
    before = [t for t in doc.tokens_before(owner.start, 2) if t.kind == "word"]
    if spaced and before and before[-1].text.endswith(being) and owner.start - before[-1].end <= 1:
        return None  # "ทั้งนี้ถือเป็น|ตลาดสำคัญ ที่มีสัดส่วน 12%": the copula's complement, not the item (rev13)
    return owner


DATED_SCOPE_CHARS = 45  # characters of "ณ + a time" between a phrase and ในภาพรวม
DATE_LEAD_CHARS = 10  # characters between ณ and the date it opens ("สิ้นเดือน ", "ต้นเดือน", "วันที่")


def _owner_before_dated_scope(doc: Document, measure: Subject) -> Subject | None:
    """ "ความคืบหน้า ณ สิ้นเดือน พฤศจิกายน 2565 ในภาพรวมอยู่ที่ 10.453%": a measure word glued after ใน (ในภาพรวม: overall)
    right after "ณ + a time" is a scope, not the measure; the phrase before ณ is what is measured. None unless the
    stretch between ณ and ใน is a date (a short lead allowed) and a phrase ends right before " ณ" (p36)."""
    if not doc.view.endswith("ใน", 0, measure.start):
        return None
    at = measure.start - len("ใน")
    lo = max(0, at - DATED_SCOPE_CHARS)
    k = doc.view.rfind(" ณ ", lo, at)
    if k < 0 or "\n" in doc.view[k:at]:
        return None
    last = len(doc.view[:at].rstrip(" ")) - 1
    date = _date_containing(doc, last) if last > k + 3 else None
    if date is None or not 0 <= date - (k + 3) <= DATE_LEAD_CHARS:
        return None  # "ณ สิ้นเดือน|พฤศจิกายน 2565": a date (สิ้นเดือน, ต้นเดือน before it) ends right before ใน
    owner = _as_subject(read_subject(doc, k, _counted=False))
    if owner is None or owner.end != k or _names_nothing(owner.text) or owner.text in _words()["measure"]:
        return None
    return owner


def _people_base_of_share(doc: Document, measure: Subject, end: int) -> Subject | None:
    """ "พนักงานติดตั้งแอปฯ ในสัดส่วน 99.96% ของจำนวนพนักงานทั้งหมด": a share word (role share_word) glued after ใน, a
    space before ใน, the figure right after it and ของ + people after the figure: the share is of those people, as
    the reader gives it when ใน is glued to the clause ("…ติดตั้งแอปในสัดส่วน…"); the base after ของ, only when the
    same people open a word shortly before (the clause's actor: "พนักงาน|ติดตั้ง…"). None when the base names no people
    ("ถือหุ้น ในสัดส่วน 49% ของทุนจดทะเบียน" stays unread) or other people ("นักเรียนสอบผ่าน ในสัดส่วน… ของผู้เข้าสอบ") (p37)."""
    if measure.text not in _words()["share_word"] or not doc.view.endswith(" ใน", 0, measure.start) \
            or not _BASE_AFTER.match(doc.view, end):
        return None
    after = subject_after(doc, end)
    if after is None or not _opens_with_people(doc, after):
        return None
    named = doc.text.rfind(after.text, max(0, measure.start - SHARE_GROUP_CHARS), measure.start)
    if named < 0 or not doc.is_boundary(named):
        return None
    # "ที่มีลูกจ้างตั้งแต่ 100 คน ต้องจ้าง|คนพิการ| ในสัดส่วน… ของลูกจ้าง": other people between them and the share word
    # are the ones the share is of, not the base's people (rev35d)
    gap_start = named + len(after.text)
    if any(t.kind == "word" and t.start >= gap_start and _opens_with_people(doc, Subject(t.text, t.start, t.end))
           for t in doc.tokens_after(gap_start, SHARE_GROUP_CHARS) if t.end <= measure.start):
        return None
    return after  # the same people named before the clause


SHARE_GROUP_CHARS = 60  # characters before ในสัดส่วน searched for the people its base names


def _glued_owner(doc: Document, measure: Subject) -> Subject | None:
    """ "โดยเป็นการนำเข้าจากไทยมูลค่า 87.18 ล้านเหรียญสหรัฐฯ คิดเป็นสัดส่วนร้อยละ 33.05": the figure before the share has
    a bare measure word for its subject, glued after the noun phrase it measures; that phrase is what the share is of
    (p35). None unless a phrase the reader reads ends right at the measure word, opens with a noun and is no measure,
    time or unit itself."""
    if measure.start == 0 or not doc.is_boundary(measure.start) or doc.view[measure.start - 1] in " \n":
        return None
    # the measure was reached through the figure it names: `left_limit` (that figure's end) lies after it
    owner = _as_subject(read_subject(doc, measure.start, _counted=False))
    if owner is None or owner.end != measure.start or not _nounish_text(_first_word(doc, owner)) \
            or owner.text.startswith(tuple(_words()["measure"])) or _names_nothing(owner.text) \
            or _names_a_time(owner.text):
        return None
    prep = next((p for p in GLUED_OWNER_PREPOSITIONS if doc.view.endswith(p, 0, owner.start)), None)
    if prep is not None:
        # "การนำเข้า|จาก|ไทย|มูลค่า": the reader stops at the preposition; the act before it heads the phrase, or none
        at = owner.start - len(prep)
        head = _as_subject(read_subject(doc, at, _counted=False))
        if head is None or head.end != at or not _nounish_text(_first_word(doc, head)):
            head = _glued_act(doc, at)  # "เป็นการ|นำเข้า|จาก": the act, การ split off the copula
        if head is None:
            return None
        return Subject(doc.text[head.start:owner.end], head.start, owner.end)
    return owner


GLUED_OWNER_PREPOSITIONS = ("จาก", "ใน", "ไป", "สู่", "ของ")  # glued before the phrase a glued measure's owner ends with


SCOPE_BRACKET_CHARS = 40  # characters inside a bracket that says what a phrase leaves out or takes in


@lexicon_cache
def _scope_bracket_re() -> regex.Pattern:
    return regex.compile(rf"[ ]?\((?:{alternation(_words()['bracket_scope'])})[^()\n]{{1,{SCOPE_BRACKET_CHARS}}}\)")


def _with_scope_bracket(doc: Document, found: Subject, pos: int) -> Subject:
    """ "ในขณะที่อุตสาหกรรมอาหาร (ไม่รวมน้ำตาล) คาดว่า… จะขยายตัวเพิ่มขึ้นร้อยละ 1.2": a bracket right after the phrase
    read (one space allowed) that opens with a word of inclusion or exclusion (role bracket_scope: ไม่รวม, รวม, ยกเว้น)
    bounds what is measured: it stays, as the annotators keep it. Not when the figure itself is inside (p36)."""
    m = _scope_bracket_re().match(doc.view, found.end)
    if m is None or m.end() > pos:
        return found  # "ผู้ป่วย (รวมร้อยละ 20)": the figure's own bracket
    return Subject(doc.text[found.start:m.end()], found.start, m.end())


def _with_glued_scope(doc: Document, found: Subject) -> Subject:
    """ "ตัวเลขผู้ติดเชื้อทั่วโลกเพิ่มสูงขึ้นถึง 30%": a scope word (subject_context_words place_only: ทั่วโลก, ทั่วประเทศ,
    ทุกจังหวัด…) glued right after the phrase read, a word of its own, is part of what is measured (the annotated rows
    keep it: "ตัวเลขผู้ติดเชื้อทั่วโลก", "ประชาชนทั่วประเทศ"); the tokenizer tags ทั่วโลก a determiner and the reader
    stops before it. Otherwise unchanged (p36)."""
    if found.end >= len(doc.view) or doc.view[found.end] in " \n":
        return found
    toks = doc.tokens_after(found.end, 1)
    if not toks or toks[0].start != found.end or toks[0].kind != "word" \
            or toks[0].text not in words("subject_context_words", role="place_only"):
        return found
    return Subject(doc.text[found.start:toks[0].end], found.start, toks[0].end)


def _act_across_preposition(doc: Document, found: Subject) -> Subject:
    """ "หลังยอด|เสียชีวิต|จาก|อุบัติเหตุ|ลดลงเกือบ 20%", "ยอด|ส่งออก|ไป|จีน|เพิ่มขึ้น 12%": a phrase read glued after a
    preposition (จาก, ใน, ไป, สู่, ของ) that closes a nominalised act (role act_nominaliser: ยอด, การ, and 1 to
    ACT_TOKENS verbs all glued, none a change, filler, completion or new-level word) is the act's complement: the act
    heads the subject. Otherwise unchanged (p36)."""
    prep = next((p for p in GLUED_OWNER_PREPOSITIONS if doc.view.endswith(p, 0, found.start)), None)
    if prep is None:
        return found
    at = found.start - len(prep)
    if not doc.is_boundary(at) or not doc.is_boundary(found.start):
        return found  # "ภายใน": no preposition of its own
    toks = doc.tokens_before(at, ACT_TOKENS + 1)
    i = len(toks) - 1
    if i < 0 or toks[i].end != at:
        return found
    k = i
    while k >= 0 and i - k < ACT_TOKENS and toks[k].kind == "word" and word_class(toks[k].text) == "V" \
            and (k == i or toks[k].end == toks[k + 1].start):
        k -= 1
    if k < 0 or k == i or toks[k].text not in _words()["act_nominaliser"] or toks[k].end != toks[k + 1].start \
            or any(t.text in _act_tail_words() for t in toks[k + 1:i + 1]):
        return found  # "การลดลง|ของ|หมวดอาหาร…": a change of the thing, which stays the subject
    return Subject(doc.text[toks[k].start:found.end], toks[k].start, found.end)


def _glued_act(doc: Document, end: int) -> Subject | None:
    """ "เป็นการ|นำเข้า" ending at `end`: การ (alone or closing a token the segmenter glued: เป็นการ, มีการ) and one verb
    glued after it, the act การนำเข้า; None otherwise."""
    toks = [t for t in doc.tokens_before(end, 2)]
    if len(toks) < 2 or toks[-1].end != end or toks[-2].end != toks[-1].start or word_class(toks[-1].text) != "V" \
            or not toks[-2].text.endswith("การ"):
        return None
    start = toks[-2].end - len("การ")
    return Subject(doc.text[start:end], start, end)


_VAGUE_COUNT = regex.compile(r"(?:^|(?<=[^ ]))(?:หลาย|บาง)(?:[ ]?ๆ)?[ ]?\Z")  # "หลาย ๆ ", "หลาย", "บาง" before a classifier


def _past_vague_count(doc: Document, owner: Subject) -> Subject:
    """ "กลุ่มลูกค้าร้านอาหารหลาย ๆ เจ้าซึ่งเป็นสัดส่วนกว่า 85%": an owner that is one word after a vague count (หลาย, บาง,
    หลาย ๆ) is that count's classifier; the noun phrase glued before the count is what is measured (p35). The owner
    stands when no phrase ends right there."""
    if len([t for t in _words_of(doc, owner) if t.kind == "word"]) != 1:
        return owner
    m = _VAGUE_COUNT.search(doc.view, max(0, owner.start - 8), owner.start)
    if m is None or not doc.is_boundary(m.start()):
        return owner
    head = _as_subject(read_subject(doc, m.start(), _counted=False))
    if head is None or head.end != m.start():
        return owner
    lead = next((f for f in _frame_leads() if head.text.startswith(f)), None)
    if lead is not None:  # "สถานการณ์|ปัจจุบัน|กลุ่มลูกค้า…": the frame and the time before the thing go
        head = without_leading_time(doc, Subject(head.text[len(lead):], head.start + len(lead), head.end))
    if not _nounish_text(_first_word(doc, head)) or _names_a_time(head.text):
        return owner
    return head


def _before_copula_word(doc: Document, owner: Subject, being: tuple[str, ...]) -> Subject | None:
    """ "จีนถือเป็นคู่ค้าอันดับหนึ่งของไทย| ที่มีสัดส่วนถึงร้อยละ 17": the phrase read before a spaced ที่มี holds a copula
    word (เป็น, ถือเป็น, คือ); what the share measures is the noun phrase before it, when that opens the phrase and is a
    noun ("ทั้งนี้ถือเป็นตลาดสำคัญ ที่มีสัดส่วน 12%": none; a measure word, a time or a unit: none)."""
    toks = _words_of(doc, owner)
    k = next(i for i, t in enumerate(toks) if t.text.endswith(being))
    if k == 0 or toks[k].text not in _words()["copula"] | _words()["copula_word"] \
            or not _nounish_text(toks[0].text) or toks[0].text in _stop_words():
        return None
    found = Subject(doc.text[owner.start:toks[k - 1].end], owner.start, toks[k - 1].end)
    if found.text.startswith(tuple(_words()["measure"])) or _names_nothing(found.text):
        return None
    return found


MEASURE_SIZE_CHARS = 24  # characters of "สัดส่วนสูงถึง " before a percentage


@lexicon_cache
def _measure_size_re() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?:{alternation(w['measure'])})(?:[ ]?(?:{alternation(w['share_size'] | w['filler'])}))+[ ]?\Z")


def _measure_before_size(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ภาคบริการมีสัดส่วนสูงถึง 82%", "…โภชนาการ มีสัดส่วนมากถึง 82%": a bare measure word with only an adverb of
    size or a filler (roles share_size, filler) between it and the figure, when the reader found nothing: the
    measure word, whose owner _measure_owner reads before it ("X มีสัดส่วน") or none."""
    m = _measure_size_re().search(doc.view, max(left_limit, pos - MEASURE_SIZE_CHARS), pos)
    if m is None or not doc.is_boundary(m.start()):
        return None
    word = next(w for w in longest_first(_words()["measure"]) if doc.view.startswith(w, m.start()))
    return Subject(word, m.start(), m.start() + len(word))


SPACED_MEASURE_GAP = 10  # characters between a bare measure word and its figure ("รวม ", "ประมาณ ", "รวมกว่า ")


def _spaced_measure(doc: Document, found: Subject) -> bool:
    """The bare measure word names the figure right after it ("มูลค่ารวม 25,000 ล้านบาท", "มูลค่าประมาณ 1.92
    ล้านเหรียญ"), and a noun phrase ends right before its space: that phrase is what the figure measures (not when
    glued: "การนำเข้าจากไทยมูลค่า 87.18 ล้านเหรียญสหรัฐฯ" would give ไทย, cut at จาก)."""
    if found.text not in _words()["measure"]:
        return False
    nums = doc.numbers_between(found.end, found.end + SPACED_MEASURE_GAP + 1)
    if not nums or "\n" in doc.view[found.end:nums[0].start]:
        return False
    gap = 1 if doc.view[found.start - 1:found.start] == " " else 0
    before = doc.tokens_before(found.start - gap, 1)
    return bool(before) and before[-1].end == found.start - gap and before[-1].kind == "word" \
        and not _is_year(nums[0])


COPULA_REACH = 12  # characters between a relative clause's head and the copula before it ("ขึ้นมาเป็น")


def _subject_of_copula(doc: Document, rel: int) -> Subject | None:
    """ "จีนขึ้นมาเป็นนักลงทุนอันดับหนึ่ง|ที่มีสัดส่วนถึงร้อยละ 18": the head before ที่ is what X is
    said to be; X, the noun phrase before the copula (across auxiliaries glued to it), is what the
    share measures. None when no copula stands before the head ("นักลงทุนอันดับหนึ่งที่มีสัดส่วน")."""
    head = _phrase_ending_at(doc, rel, spaces=1)
    if head is None:
        return None
    toks = [t for t in doc.tokens_before(head.start, 6) if t.kind == "word"]
    k = len(toks) - 1
    if k < 0 or toks[k].text not in _words()["copula"] or head.start - toks[k].end > 1:
        return None
    k -= 1
    while k >= 0 and toks[k].end == toks[k + 1].start and word_class(toks[k].text) == "AUX":
        k -= 1
    cop = toks[k + 1].start
    if head.start - cop > COPULA_REACH + len(head.text):
        return None
    owner = _phrase_ending_at(doc, cop, spaces=0)
    if owner is None or not _nounish_text(_first_word(doc, owner)) \
            or owner.text.startswith(tuple(_words()["measure"])):
        return None
    return owner


def _before_destination(doc: Document, owner: Subject) -> Subject:
    """ "ส่งออกโกโก้และของปรุงแต่งจากโกโก้ไปตลาดโลกมีมูลค่า": a phrase after ไป/สู่ is where the thing
    went; the thing is the phrase before that word."""
    before = doc.view[max(0, owner.start - 10):owner.start]  # "กลับมายัง" is 9 characters
    dest = next((d for d in sorted(_words()["destination"], key=len, reverse=True) if before.endswith(d)), None)
    if dest is None or not doc.is_boundary(owner.start - len(dest)):
        return owner
    thing = _as_subject(read_subject(doc, owner.start - len(dest), _counted=False))
    return thing or owner


def _reduced_object(doc: Document, found: Subject) -> Subject:
    """ "ลดค่าใช้จ่ายด้านพลังงาน" → ค่าใช้จ่ายด้านพลังงาน, "การชดเชยอัตราดอกเบี้ย" → อัตราดอกเบี้ย: what
    follows a reducing verb inside the phrase (also when the segmenter glued the verb to it)."""
    toks = [t for t in doc.tokens_before(found.end, 16) if t.start >= found.start and t.kind == "word"]
    for k, t in enumerate(toks):
        cut = _reduce_prefix(t.text)
        if cut and cut < len(t.text) and _nounish_text(t.text[cut:]):
            start = t.start + cut  # "ลด|ค่าใช้จ่าย" glued into one token
        elif cut == len(t.text) and k + 1 < len(toks) and toks[k + 1].start == t.end and _nounish_text(toks[k + 1].text):
            start = toks[k + 1].start
        else:
            continue
        return Subject(doc.text[start:found.end], start, found.end)
    return found


@lexicon_cache
def _reduce_words() -> tuple[str, ...]:
    """The reducing verbs, with การ before them too, longest first."""
    reduce = _words()["reduce"]
    return tuple(sorted(reduce | {"การ" + r for r in reduce}, key=len, reverse=True))


def _reduce_prefix(text: str) -> int:
    """Length of the reducing verb that `text` starts with (การ included), 0 when none."""
    return next((len(r) for r in _reduce_words() if text.startswith(r)), 0)


GIVE = "ให้"
GIVE_FILLERS = ("อีก",)  # "ลดราคาให้อีก 10%"
ALLOWANCE = "ลดหย่อน"  # a deduction allowed, no reducing verb
DISCOUNT_HEAD = "ส่วน"  # "ส่วน|ลด…": the segmenter's cut of the noun ส่วนลด, no reducing verb


def _give_before(doc: Document, pos: int, left_limit: int) -> int | None:
    """Offset of a benefactive ให้ (a filler such as อีก allowed after it) right before the figure at `pos` and after
    `left_limit`, None when there is none."""
    end = _before_spaces(doc, pos)
    for filler in GIVE_FILLERS:
        if doc.view.endswith(filler, max(0, end - len(filler)), end) and doc.is_boundary(end - len(filler)):
            end = _before_spaces(doc, end - len(filler))
    give = end - len(GIVE)
    if give <= left_limit or not doc.view.endswith(GIVE, give, end) or not doc.is_boundary(give):
        return None
    return give


def _reduced_before_give(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "โรงพยาบาลลดราคาให้ 20%", "ลดค่าธรรมเนียมให้อีกร้อยละ 50": a reducing verb (role reduce) and its object before
    a benefactive ให้ right before the figure: the object is what the figure reduces (the reader reads nothing after
    ให้). Only when the phrase before ให้ opens with the reducing verb; None otherwise (p28)."""
    give = _give_before(doc, pos, left_limit)
    if give is None:
        return None
    toks = [t for t in doc.tokens_before(give, 6) if t.start >= left_limit]
    k = len(toks)
    while k > 0 and toks[k - 1].kind == "word" and toks[k - 1].end == (toks[k].start if k < len(toks) else give):
        k -= 1
        if _reduce_prefix(toks[k].text):
            if doc.view.startswith(ALLOWANCE, toks[k].start):
                return None  # "ลดหย่อนภาษีให้ 30%": an allowance, not the tax cut by 30% (rev27c)
            if doc.view.endswith(DISCOUNT_HEAD, max(0, toks[k].start - len(DISCOUNT_HEAD)), toks[k].start) \
                    or any(c in doc.view[toks[k].start:give] for c in RATE_CHANGES - {"ลด"}):
                return None  # "ส่วน|ลดราคาพิเศษเพิ่มให้อีก 10%": the discount (ส่วนลด) given, and an extra one
            phrase = Subject(doc.text[toks[k].start:give], toks[k].start, give)
            found = _reduced_object(doc, phrase)
            return None if found is phrase or _reduce_prefix(found.text) else found
    return None


def _paid_before_give(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """"ภาครัฐจะร่วมจ่ายค่าจ้างให้ร้อยละ 50": an act of paying or supporting (role body_act, its verbs glued) and the
    nouns glued after it right before a benefactive ให้ and the figure: the nouns are what the figure pays a share of
    (the reader reads nothing after ให้), as `_reduced_before_give` reads a reducing verb's object (p31)."""
    give = _give_before(doc, pos, left_limit)
    if give is None:
        return None
    toks = [t for t in doc.tokens_before(give, 6) if t.start >= left_limit and t.kind == "word"]
    k = len(toks)
    while k > 0 and word_class(toks[k - 1].text) == "N" and toks[k - 1].end == (toks[k].start if k < len(toks) else give):
        k -= 1
    if k == len(toks) or _person(toks[k].text):
        return None  # "สนับสนุนพนักงานให้ร้อยละ 20": people supported are whom it is given to, not what
    v = k
    while v > 0 and word_class(toks[v - 1].text) == "V" and toks[v - 1].end == toks[v].start:
        v -= 1
    if v == k or not "".join(t.text for t in toks[v:k]).endswith(tuple(_words()["body_act"])):
        return None
    return Subject(doc.text[toks[k].start:give], toks[k].start, give)


def _reduced_for_beneficiary(doc: Document, found: Subject, left_limit: int) -> Subject:
    """ "รัฐบาลลดภาษีให้ผู้ประกอบการร้อยละ 30": the reader reads who benefits, right after ให้ (ให้แก่, ให้กับ); when a
    reducing verb and its object stand before that ให้ (`_reduced_before_give` read at the ให้), the object is what
    the figure reduces, not the beneficiary (p29)."""
    end = _before_spaces(doc, found.start)
    for word in sorted(_words()["given_to"] - {GIVE}, key=len, reverse=True):
        if word.startswith(GIVE) and doc.view.endswith(word, max(0, end - len(word)), end):
            end -= len(word) - len(GIVE)  # "ให้แก่|ผู้ประกอบการ": read the reducing verb before its ให้
            break
    if not doc.view.endswith(GIVE, max(0, end - len(GIVE)), end):
        return found
    return _reduced_before_give(doc, end, left_limit) or found


TO_LEAD_TOKENS = 4  # tokens of a changed object between a verb of change and the new level's เป็น/เหลือ
_AGENT_ACRONYM = regex.compile(r"(?:[ก-ฮ]{1,5}\.){1,4}|[A-Z]{2,8}")  # "สศช.", "ธ.ก.ส.", "BOI": a body's acronym


def _object_set_to(doc: Document, found: Subject, pos: int) -> Subject:
    """ "สศช.แนะเพิ่มภาษีมูลค่าเพิ่มเป็นร้อยละ 10": a verb of change (role to_lead), its object glued after it, then
    the new level's word (role to: เป็น, เหลือ) right before the figure: the figure is the object's new level. When
    the reader stopped before the verb (an acronym glued to the verbs: who advises or acts), the object is the
    subject (p29). Only after an acronym: a noun phrase read there may be what changes, its verb's object a measure of
    it; an acronym names who acts."""
    if not _AGENT_ACRONYM.fullmatch(found.text):
        return found
    w = _words()
    end = _before_spaces(doc, pos)
    toks = [t for t in doc.tokens_before(end, TO_LEAD_TOKENS + 2) if t.start >= found.end]
    if len(toks) < 3 or toks[-1].end != end or toks[-1].text not in w["to"]:
        return found
    k = len(toks) - 2
    while k > 0 and toks[k].kind == "word" and toks[k].end == toks[k + 1].start and toks[k].text not in w["to_lead"]:
        k -= 1
    if toks[k].text not in w["to_lead"] or k == len(toks) - 2 or toks[k].end != toks[k + 1].start \
            or word_class(toks[k + 1].text) != "N":
        return found
    return Subject(doc.text[toks[k + 1].start:toks[-2].end], toks[k + 1].start, toks[-2].end)


TARGET_REACHED = regex.compile(r"[ ]?ให้ได้[ ]?(?:ไม่น้อยกว่า|อย่างน้อย|ถึง|ประมาณ|กว่า)?[ ]?")  # "…ให้ได้ (ถึง) 55%"


def _act_toward_target(doc: Document, found: Subject, pos: int) -> Subject:
    """ "การเพิ่มพื้นที่สีเขียวของประเทศให้ได้ 55%": a nominalised verb of change (การ + role to_lead) glued to its
    object, then ให้ได้ right before the figure: the figure is the level the object is to reach, so the object is
    what it measures, as "เพิ่มพื้นที่ป่าให้ได้ร้อยละ 55" already reads (พื้นที่ป่า) (p35). Only a noun right after
    the verb; not before another word than ให้ได้ and its fillers."""
    if not found.text.startswith("การ") or not TARGET_REACHED.fullmatch(doc.view, found.end, pos):
        return found
    toks = _words_of(doc, found)
    if len(toks) < 3 or toks[0].text != "การ" or toks[1].text not in _words()["to_lead"] \
            or toks[0].end != toks[1].start or toks[1].end != toks[2].start or word_class(toks[2].text) != "N":
        return found
    return Subject(doc.text[toks[2].start:found.end], toks[2].start, found.end)


def _names_body(text: str) -> bool:
    """A body that acts: an organisation's head word opening it (org_heads.tsv: กรม, บริษัท …), a governing body
    (phrase_words agent_body: รัฐบาล) or a sector (owner_only: ภาครัฐ, ภาคเอกชน)."""
    return text.startswith(_body_heads()) or text in words("phrase_words", role="agent_body") \
        or text in words("phrase_words", role="owner_only")


def _body_act_object(doc: Document, found: Subject, pos: int) -> Subject:
    """The reader's phrase is a body, then an act of spending, paying or supporting (role body_act) with its object and
    only auxiliaries (ได้, แล้ว) stand before the figure: "ภาครัฐเบิกจ่ายงบลงทุนได้ร้อยละ 75", "กรมบัญชีกลางเบิกจ่าย
    งบประมาณได้แล้วร้อยละ 92.5 ของวงเงิน": the percent is of the object, not of the body that acts (p31). People
    stay (a share of people who act is theirs: "ประชาชนได้รับวัคซีน…"), and so does a body that holds or has."""
    if not _names_body(found.text):
        return found
    gap = [t for t in doc.tokens_before(pos, 12) if t.start >= found.end]
    if not gap or gap[0].start != found.end or any(t.kind != "word" and (t.kind != "space" or "\n" in t.text)
                                                    for t in gap):
        return found
    gap = [t for t in gap if t.kind == "word"]
    v = 1 if gap and word_class(gap[0].text) == "V" else 0  # the act may be cut in glued verbs ("เบิก|จ่าย")
    while 0 < v < len(gap) and word_class(gap[v].text) == "V" and gap[v].start == gap[v - 1].end:
        v += 1
    if "".join(t.text for t in gap[:v]) not in _words()["body_act"]:
        return found
    k = v
    while k < len(gap) and word_class(gap[k].text) == "N":
        k += 1
    if k == v or any(word_class(t.text) not in ("AUX", "ADV") for t in gap[k:]):
        return found
    return Subject(doc.text[gap[v].start:gap[k - 1].end], gap[v].start, gap[k - 1].end)


TALLY_TAIL = "สะสม"  # after an act, makes it a tally of the people who did it ("ผู้ป่วยรักษาหายสะสม")


def _agent_before_act(doc: Document, found: Subject) -> Subject:
    """ "ผู้ติดเชื้อรักษาหาย|แล้ว 94.3%", "บุคลากรสมัครใจถ่ายโอน|ไปมากกว่าร้อยละ 70", "นิติบุคคลสัญชาติไทยถือหุ้น|ไม่น้อยกว่า
    ร้อยละ 49": who acts, then their act with no object (role agent_act) glued after them: the share is of those
    who act, not of the act; the segmenter tags some of these verbs as nouns (สมทบ, ถือหุ้น), so the list says
    where the agent ends. Only nouns before the act (no relative ที่: "ผู้ที่ถือหุ้น" names the holders whole)."""
    toks = _words_of(doc, found)
    for k in range(1, len(toks)):
        t = toks[k]
        if t.start != toks[k - 1].end or not _nounish_text(toks[k - 1].text) \
                or word_class(toks[k - 1].text) != "N" or toks[k - 1].text in _stop_words():
            return found
        if doc.view.startswith(tuple(_words()["agent_act"]), t.start):
            if any(u.text == TALLY_TAIL for u in toks[k + 1:]):
                return found  # "ผู้ติดเชื้อรักษาหายสะสม": the act and its tally name the people counted (ti-77's convention)
            return Subject(doc.text[found.start:t.start], found.start, t.start)
    return found


def _without_level_verb(doc: Document, found: Subject, pos: int) -> Subject:
    """ "ยอดจำหน่ายกาแฟปรับ|เพิ่มเป็นร้อยละ 12": the reader skips "เพิ่มเป็น" as a gap and keeps the verb of change glued
    before it (role to_lead: ปรับ); with only change words, a direction (ขึ้น) and a new level's word (role to) between
    the reading and the figure, that verb is no part of what reaches the level (p29)."""
    w = _words()
    gap = [t for t in doc.tokens_before(pos, 4) if t.start >= found.end and t.kind == "word"]
    level = w["to_lead"] | w["to_direction"] | w["change"] | w["to"]  # "ปรับ|ขึ้น|เป็น", "ปรับ|เพิ่มขึ้น|เป็น"
    if not gap or gap[-1].text not in w["to"] or any(t.text not in level for t in gap):
        return found
    toks = _words_of(doc, found)
    k = len(toks)
    while k > 1 and toks[k - 1].text in w["to_lead"] and toks[k - 1].end == (toks[k].start if k < len(toks) else found.end):
        k -= 1
    if k == len(toks):
        return found
    return Subject(doc.text[found.start:toks[k - 1].end], found.start, toks[k - 1].end)


MAX_PREDICATE = 3  # tokens of a predicate standing alone before a figure ("ต้องพร้อมใช้", "ว่าง")
PREDICATE_SIZE = frozenset({"ถึง", "ได้ถึง"})  # glued after such a predicate, before its figure


def _predicate_only(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "เตียงสำหรับผู้ป่วยอาการหนัก (ICU) ว่าง 12%", "อุปกรณ์ทุกอย่างนั้น ต้องพร้อมใช้ 100 เปอร์เซ็นต์":
    a predicate alone before the figure (verbs and auxiliaries, no copula), after a space: the
    noun phrase before it (across one short parenthesis) is what it says of."""
    toks = doc.tokens_before(pos, 8)
    i = len(toks) - 1
    while i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text:
        i -= 1
    if i > 0 and toks[i].kind == "word" and toks[i].text in PREDICATE_SIZE and toks[i - 1].kind == "word" \
            and toks[i - 1].end == toks[i].start:
        i -= 1  # "ส.ส. ได้รับเลือกตั้ง|ถึง|ร้อยละ 95": a size word between the predicate and its figure
    k = i
    copula = _words()["copula"]
    while k >= 0 and i - k < MAX_PREDICATE and toks[k].kind == "word" \
            and word_class(toks[k].text) in ("V", "ADJ", "AUX") and toks[k].text not in copula \
            and toks[k].text not in _w()["connector"] | _w()["gap"] \
            and (k == i or toks[k].end == toks[k + 1].start):
        k -= 1
    if k == i or k < 0 or toks[k].kind != "space" or "\n" in toks[k].text:
        return None
    end = toks[k].start
    run = Subject(doc.text[toks[k + 1].start:toks[i].end], toks[k + 1].start, toks[i].end)
    if _word_ending_at(doc, end, _words()["item_opener"]) is not None:
        return run  # "สาเหตุที่ทำให้เกิดอุบัติเหตุสูงสุด ได้แก่ ขับรถเร็ว ร้อยละ 41.37": an act listed as an item is what the share is of
    if doc.view[end - 1:end] == ")":
        open_ = doc.view.rfind("(", max(0, end - PAREN_CHARS), end)
        if open_ < 0:
            return None
        end = _before_spaces(doc, open_)
    fig = _figure_ending_before(doc, end)
    if fig is not None:
        if not _has_unit(doc, fig) and _in_item_list(doc, end):
            # "ได้แก่ ขับรถเร็ว ร้อยละ 41.37 ดื่มแล้วขับ ร้อยละ 21.17 ตัดหน้ากระชั้นชิด ร้อยละ 20.20": the next item of a list
            # an item opener starts, not the percentage before's item ("ประชาชนร้อยละ 60 เห็นด้วย ร้อยละ 30 ไม่เห็นด้วย": a
            # poll's share and its answer, the people before stay)
            return run
        # "ยางสังเคราะห์ 2,599 ล้านบาท ขยายตัว 124.3%": the change of the figure before
        return _as_subject(read_subject(doc, fig, _counted=False))
    if end <= left_limit or not _last_word(doc, end):
        return None
    found = _as_subject(read_subject(doc, end, left_limit=left_limit, _counted=False))
    if found is None or found.text.startswith(tuple(_words()["place"])):
        return None  # "ก่อสร้างถนนสาย ชบ.3023 จังหวัดชลบุรี คืบหน้ากว่า 34%": a place is where, not what
    base = _base_before(doc, found.start)
    if base is not None:
        # "ดัชนีราคา… เมื่อเทียบกับเดือนเดียวกันปีก่อน สูงขึ้นร้อยละ 5.4": the phrase read is the
        # comparison base; what changes stands before it
        found = _as_subject(read_subject(doc, base, left_limit=left_limit, _counted=False))
        if found is not None and _base_before(doc, found.start) is not None:
            return None
    return found


ITEM_LIST_REACH = 160  # characters back from an item to the opener of its list ("ได้แก่ ขับรถเร็ว ร้อยละ 41.37 …")


def _in_item_list(doc: Document, end: int) -> bool:
    """True when an item opener (ได้แก่, อาทิ, เช่น) stands shortly before `end` on its line, after a space, and only
    percentages stand between it and `end`: "ได้แก่ ขับรถเร็ว ร้อยละ 41.37 ดื่มแล้วขับ ร้อยละ 21.17 |ตัดหน้ากระชั้นชิด" lists
    items with their shares, and what starts at `end` is the next item."""
    lo = max(0, end - ITEM_LIST_REACH)
    nl = doc.text.rfind("\n", lo, end)
    lo = nl + 1 if nl >= 0 else lo
    opener = None
    for opener in _item_opener_re().finditer(doc.view, lo, end):
        pass  # the last one
    if opener is None or not doc.is_boundary(opener.start()) or doc.view[opener.end():opener.end() + 1] != " ":
        return False
    nums = doc.numbers_between(opener.end(), end)
    return bool(nums) and all(_PERCENT_BEFORE.search(doc.view, max(0, n.start - 8), n.start) is not None
                              or _PERCENT_AFTER.match(doc.view, n.end) is not None for n in nums)


MIXED = "ผสม"
MIXED_TOKENS = 12  # tokens before ผสม searched for a relative word of the phrase
MIXED_CLAUSE_TOKENS = 3  # glued tokens before the phrase searched for the relative word of a clause it is the object of


def _mixed_in(doc: Document, found: Subject, pos: int) -> Subject:
    """ "เหล็กกล้าทรงแบนเคลือบสังกะสีผสมอะลูมิเนียม 5%", "น้ำมันดีเซลผสมไบโอดีเซล 7%": a percentage right after
    "X ผสม Y" (glued, no space in Y) is the share of Y in the mixture, not of X."""
    at = found.text.rfind(MIXED)
    if at <= 0 or doc.view[found.end:pos].strip(" "):
        return found
    start = found.start + at + len(MIXED)
    if found.end - start < 2 or " " in doc.view[start:found.end] \
            or not (doc.is_boundary(found.start + at) and doc.is_boundary(start)):
        return found
    # "ครัวเรือนที่ใช้ยาสีฟันผสมฟลูออไรด์ 80%", "ผู้ใช้น้ำมันดีเซลผสมไบโอดีเซล": the phrase names the people (or the
    # things of a relative clause) who use the mixture, not the mixture, so the share is theirs (rev25b)
    # ("ครัวเรือนที่ใช้|ยาสีฟันผสม…": the reader kept the object of such a clause; its relative word is glued before it)
    relative = words("phrase_words", role="relative")
    if _opens_with_people(doc, found) or any(t.kind == "word" and t.text in relative and t.start >= found.start
                                             for t in doc.tokens_before(found.start + at, MIXED_TOKENS)):
        return found
    back = doc.tokens_before(found.start, MIXED_CLAUSE_TOKENS)
    for t in reversed(back):
        if t.kind != "word":
            break
        if t.text in relative:
            return found
    return Subject(doc.text[start:found.end], start, found.end)


PURPOSE = "เพื่อ"
PURPOSE_VERBS = 2  # glued verb tokens between เพื่อ and the phrase the reader found ("เพื่อ|พัฒนา|บุคลากร")


def _past_purpose(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "มีเงินเหลือใช้เพื่อ|ดำรงชีพไม่น้อยกว่า 30%", "จัดสรรงบเพื่อพัฒนา|บุคลากร 20%": a phrase the reader found right
    after เพื่อ (and at most two glued verbs) is the purpose, not what is measured: the noun phrase glued before เพื่อ
    is, read with its purpose ("งบเพื่อพัฒนาบุคลากร"); None when none is read there."""
    at = found.start
    if doc.view[at - 1:at] == " ":
        at -= 1
    toks = [t for t in doc.tokens_before(at, PURPOSE_VERBS + 1) if t.kind == "word"]
    verbs = 0
    while toks and toks[-1].text != PURPOSE and verbs < PURPOSE_VERBS and toks[-1].end == at \
            and word_class(toks[-1].text) == "V":
        at = toks[-1].start
        toks.pop()
        verbs += 1
    if not toks or toks[-1].text != PURPOSE or toks[-1].end != at or toks[-1].start <= left_limit:
        return found
    before = _as_subject(read_subject(doc, toks[-1].start, left_limit=left_limit, _counted=False))
    if before is None or not _PURPOSE_GAP.fullmatch(doc.view, before.end, toks[-1].start):
        return None
    return Subject(doc.text[before.start:found.end], before.start, found.end)


# between a noun phrase and its เพื่อ: nothing, or spaces with at most one parenthesis ("สินเชื่อดอกเบี้ยต่ำ (Soft Loan)
# เพื่อเสริมสภาพคล่อง 77.58%": the loan named with its purpose, p29)
_PURPOSE_GAP = regex.compile(rf"(?:[ ]{{1,2}}(?:\([^()\n]{{1,{PAREN_CHARS}}}\)[ ]{{1,2}})?)?")


# a list item's marker at a line's start or after a comma ("- ", "• ", "2.", "3) "), then a label of Thai letters alone
# (no space, digit, dot or Latin letter) and at most one space before the figure (or its qualifier)
_ITEM_LABEL = regex.compile(r"(?:^|\n|,[ ]?)[ \t]*(?:[-•▪●][ ]?|\d{1,2}[.)][ ]?)([ก-ฮะ-ฺเ-๎]{2,24})[ ]?\Z")
ITEM_LABEL_CHARS = 40  # characters before a percentage searched for its item's marker and label


def _item_label(doc: Document, pos: int) -> Subject | None:
    """ "แบ่งเป็น⏎- บาดเจ็บ 10-19%⏎- บาดเจ็บเกิน 20%", "4 ส่วน คือ 1.อปท.จัดเก็บเอง ร้อยละ 10, 2.รัฐจัดเก็บให้ ร้อยละ 30": when
    no reader finds a phrase, the label of a list item standing alone between its marker and the percentage is what
    the share is of, verbatim (as an act listed after ได้แก่ is, `_predicate_only`); not a change, a qualifier or a
    filler word alone."""
    m = _ITEM_LABEL.search(doc.view, max(0, pos - ITEM_LABEL_CHARS), pos)
    if m is None:
        return None
    label = m.group(1)
    w = _words()
    if label in w["change"] | w["filler"] | w["remainder"] or label in _w()["target"] or label in _w()["gap"]:
        return None
    return Subject(label, m.start(1), m.end(1))


TABLE_ROW_LINES = 8  # lines above a percentage's cell searched for its row's label (figures and shares between)
TABLE_LABEL_CHARS = 60  # a row label is a line this short or shorter
_BARE_CELL = regex.compile(r"\(?[ ]?(?:ร้อยละ[ ]?)?[-+]?\d[\d,]*(?:\.\d+)?[ ]?%?[ ]?\)?")  # a cell (stripped): a figure alone
_ROW_LABEL = regex.compile(r"[ก-๛][ก-๛A-Za-z.()/ ]*(?: (?:พ\.ศ\.|ปี)[ ]?25\d\d)?")  # a label (stripped): words, a year at most


BAND_VERB_CHARS = 30  # characters of the verb and its auxiliaries before "ในกรอบ" ("จะยังคงเคลื่อนไหว")
_IN_BAND = regex.compile(r"(?:(?:จะ|ยังคง|ยัง|คง)[ ]?)*(?:เคลื่อนไหว|อยู่)ใน\Z")


def _moving_in_band(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "เงินเฟ้อในปี 2564 จะยังคงเคลื่อนไหวในกรอบร้อยละ 0.7-1.7": a cap word alone (role cap: กรอบ) read after
    "(จะ)(ยังคง)เคลื่อนไหวใน/อยู่ใน" is the band the thing moves in, not what is measured: the phrase before the
    verb (a time after it dropped by the reader) is; None when none is read there."""
    if found.text not in _words().get("cap", frozenset()):
        return found
    m = _IN_BAND.search(doc.view, max(left_limit, found.start - BAND_VERB_CHARS), found.start)
    if m is None:
        return found
    return subject_before(doc, m.start(), left_limit=left_limit)


POLL_CHANGE_STEMS = frozenset({"ลด", "เพิ่ม", "ขยาย", "หด"})  # change verbs the relation reader may read in a poll's object
POLL_NOT = "ไม่"  # a negation glued before the verb of opinion ("ไม่พึงพอใจ", "ไม่เห็นด้วย")
POLL_OBJECT_CHARS = 90  # characters of what people feel about, glued after ต่อ/กับ, before a poll's share


@lexicon_cache
def _poll_object_re() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?P<verb>{alternation(w['opinion'] | w['feeling_lead'])})(?:ต่อ|กับ)"
                         rf"[^ \n\d()%,]{{2,{POLL_OBJECT_CHARS}}}[ ]?\Z")


def _poll_holder(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ประชาชนพึงพอใจต่อการดำเนินงานหลักประกันสุขภาพแห่งชาติในระดับมากถึงมากที่สุด ร้อยละ 97.64": a share right after
    a verb of opinion and what it is about (ต่อ/กับ + a glued phrase, one space at most before the figure) measures the
    people who hold it: the phrase glued before the verb, when it names people (`_opens_with_people`); else None.
    Not with a change word before the figure."""
    m = _poll_object_re().search(doc.view, max(left_limit, pos - POLL_OBJECT_CHARS - 12), pos)
    if m is None or not doc.is_boundary(m.start("verb")) \
            or any(c in doc.view[m.end("verb"):pos] for c in _words()["change"] | _words()["reader_change"] | POLL_CHANGE_STEMS):
        return None  # "นักท่องเที่ยวพอใจต่อบริการของสนามบินเพิ่มขึ้นร้อยละ 5": a change is read as a change; so is a bare
        # change verb in what is felt about ("…ต่อมาตรการลดค่าไฟฟ้า ร้อยละ 18" is read as a decrease: no people then, rev27b)
    people = _as_subject(read_subject(doc, m.start("verb"), left_limit=left_limit, _counted=False))
    if people is None or people.end != m.start("verb") or not _opens_with_people(doc, people):
        return None
    if people.text.endswith(POLL_NOT) and len(people.text) > len(POLL_NOT) and doc.is_boundary(people.end - len(POLL_NOT)):
        # "ประชาชนไม่พึงพอใจต่อ…": the negation is the opinion's, not part of the people (rev27b)
        return Subject(people.text[:-len(POLL_NOT)], people.start, people.end - len(POLL_NOT))
    return people


POLL_LEVELS = ("มากที่สุด", "น้อยที่สุด", "มาก", "ปานกลาง", "น้อย")  # the levels a poll's answers are graded in
POLL_LEVEL_OBJECT_CHARS = 60  # characters of what is felt about, glued between the verb and อยู่ในระดับ
POLL_LEVEL_GAP = 12  # characters between the figure before (a poll item's) and the next item's verb


@lexicon_cache
def _poll_level_re() -> regex.Pattern:
    level = f"(?:{alternation(POLL_LEVELS)})"
    return regex.compile(
        rf"(?P<have>มีความ)?(?P<not>{POLL_NOT})?(?P<verb>{alternation(_words()['opinion'])})"
        rf"(?:(?:[^ \n\d()%,]{{0,{POLL_LEVEL_OBJECT_CHARS}}}?อยู่ใน|อยู่ใน|ใน)?ระดับ[ ]?{level}(?:[ ]?(?:-|–|ถึง)[ ]?{level})?"
        rf"|เลย)[ ]?\Z")


def _poll_level_item(doc: Document, pos: int, left_limit: int) -> regex.Match | None:
    m = _poll_level_re().search(doc.view, max(left_limit, pos - POLL_LEVEL_OBJECT_CHARS - 40), pos)
    return m if m is not None and doc.is_boundary(m.start()) else None


def _poll_level_holder(doc: Document, pos: int, left_limit: int, previous) -> str | None:
    """ "ประชาชนมีความพึงพอใจอยู่ในระดับมาก-มากที่สุดร้อยละ 33.9 พึงพอใจระดับปานกลางร้อยละ 40.9 พึงพอใจในระดับน้อย-
    น้อยที่สุดร้อยละ 18.9 และไม่พึงพอใจเลยร้อยละ 6.3": a share right after a verb of opinion graded in a level (ระดับ
    มาก/ปานกลาง/น้อย…, or ไม่…เลย) measures the people who answered so, never the level nor the feeling: the people glued
    before the verb (or มีความ), else those of the poll item right before (its figure only a joiner away: the same
    poll's next answer, when those are people). None otherwise: the older readings stand (a feeling noun opening the
    phrase, "ความพึงพอใจต่อ…อยู่ในระดับมาก ร้อยละ 80", is kept as the annotators keep it) (p35)."""
    m = _poll_level_item(doc, pos, left_limit)
    if m is None or (m.group().endswith(("เลย", "เลย ")) and previous is None):
        return None
    start = m.start()
    people = _as_subject(read_subject(doc, start, left_limit=left_limit, _counted=False))
    if people is not None and people.end == start and _opens_with_people(doc, people):
        return people.text  # "ประชาชน|มีความพึงพอใจ…"
    if previous is not None and 0 <= start - previous.end <= POLL_LEVEL_GAP \
            and doc.view[previous.end:start].strip(" ,") in ("", "และ", "ส่วน", "ขณะที่"):
        first = _poll_level_item(doc, qualifier_start(doc, previous.start, left_limit=0), 0)
        if first is not None and _names_people_before(doc, previous.subject, previous.start):
            return previous.subject  # "…ร้อยละ 33.9 พึงพอใจระดับปานกลางร้อยละ 40.9": the same people answering
        polled = _people_of_survey(doc, first.start()) if first is not None else None
        if polled is not None:
            # "ผลสำรวจความคิดเห็นประชาชนพบ มีความพึงพอใจ…ระดับมาก ร้อยละ 33.9 พึงพอใจระดับปานกลางร้อยละ 40.9": the first
            # answer keeps its feeling noun as the annotators keep it; the next answers are the people polled (p37)
            return polled.text
    return None


# "ผลสำรวจความคิดเห็นประชาชนพบ ", "ผลการสำรวจความคิดเห็นของประชาชน พบว่า ": a survey of the people, then what it found
_SURVEY_OF_PEOPLE = regex.compile(r"(?:ผลสำรวจ|ผลการสำรวจ)(?:ความคิดเห็น)?(?:ของ)?(?P<people>[^\s\d]{2,30}?)[ ]?พบ(?:ว่า)?[ ]?\Z")
SURVEY_CHARS = 60  # characters before a graded answer searched for the survey that found it


def _people_of_survey(doc: Document, start: int) -> Subject | None:
    """ "ผลสำรวจความคิดเห็นประชาชนพบ มีความพึงพอใจ…อยู่ในระดับมาก": a graded answer (item at `start`) right after
    "ผลสำรวจ(ความคิดเห็น)(ของ) + people + พบ(ว่า)": those people answered; only when the word after the survey opens
    with people. The caller asks it only for the next answer after that first one (the first keeps the older reading,
    its feeling noun "ความพึงพอใจ…" as the annotators keep it) (p37)."""
    m = _SURVEY_OF_PEOPLE.search(doc.view, max(0, start - SURVEY_CHARS), start)
    if m is None or not doc.is_boundary(m.start("people")) or not doc.is_boundary(m.end("people")):
        return None
    people = Subject(m.group("people"), m.start("people"), m.end("people"))
    return people if _opens_with_people(doc, people) else None


POLL_PEOPLE_REACH = 300  # characters before a poll item's figure searched for the people its subject names


def _names_people_before(doc: Document, subject: str | None, before: int) -> bool:
    """True when `subject` (a record's) stands in the text before `before` and opens with people."""
    if not subject:
        return False
    at = doc.text.rfind(subject, max(0, before - POLL_PEOPLE_REACH), before)
    return at >= 0 and _opens_with_people(doc, Subject(subject, at, at + len(subject)))


def _table_row_label(doc: Document, pos: int, end: int) -> Subject | None:
    """ "รายจ่ายลงทุน⏎648,667⏎113,160⏎(ร้อยละ 17.44)⏎287,288⏎(ร้อยละ 44.29)": a table written one cell a line, a
    share in a parenthesis alone on its line right below a figure alone on its line: the share of that row, so
    the row's label, the first line above the run of figure and share cells (at most TABLE_ROW_LINES), is what it
    measures; the label has no figure of its own but a year ("งบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2564")."""
    if not doc.text[max(0, pos - PAREN_OPEN_CHARS - 1):pos].rstrip(" \t").endswith("("):
        return None  # most percentages: no parenthesis opens right before them (no line searched)
    line_start = doc.text.rfind("\n", 0, pos) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    if doc.text[line_start:pos].strip(" \t") != "(" or doc.text[end:line_end].strip(" \t") != ")" or line_start == 0:
        return None
    hi = line_start - 1  # the line break above the share's line
    cells = 0
    for _ in range(TABLE_ROW_LINES):
        lo = doc.text.rfind("\n", 0, hi) + 1
        line = doc.text[lo:hi].strip(" \t")
        if len(line) <= TABLE_LABEL_CHARS and _BARE_CELL.fullmatch(line):
            if cells == 0 and "(" in line:
                return None  # the line right above must be the figure the share is of, not another share
            cells += 1
            if lo == 0:
                return None
            hi = lo - 1
            continue
        if cells == 0 or len(line) > TABLE_LABEL_CHARS or line.endswith(":") or not _ROW_LABEL.fullmatch(line):
            return None
        at = doc.text.index(line, lo)
        if not _names_row(doc, line, at):
            return None
        return Subject(line, at, at + len(line))
    return None


SHARE_LABELS = ("สัดส่วน", "อัตราส่วน")  # a numbered row naming a ratio (NOT_ROW_LABELS leaves สัดส่วน alone out)
_NUMBERED_ROW = regex.compile(r"\(?\d{1,2}\)[ ]?(?P<label>[ก-๛][^\n\d%:]{1,80}?)[ \t]*")  # "(3) สัดส่วน…", "3) อัตรา…"


def _numbered_row_label(doc: Document, pos: int, end: int) -> Subject | None:
    """ "(3) สัดส่วนหนี้สาธารณะที่เป็นเงินตราต่างประเทศต่อหนี้สาธารณะทั้งหมด⏎ไม่เกินร้อยละ 10⏎1.05": a table written one
    cell a line, a percentage alone on its line (its bound word before it) right below a numbered item's label, "(N)"
    or "N)" and words only (no figure, no colon): the row's label is what the figure measures (the ratio's steps then
    give its numerator). None when the line above is anything else (p37)."""
    line_start = doc.text.rfind("\n", 0, pos) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    if line_start < 2 or doc.text[line_start:pos].strip(" \t") or doc.text[end:line_end].strip(" \t"):
        return None
    above = doc.text.rfind("\n", 0, line_start - 1) + 1
    m = _NUMBERED_ROW.fullmatch(doc.view, above, line_start - 1)
    if m is None:
        return None
    label = m.group("label").rstrip(" ")
    if label.startswith(LEVEL_WORDS) or label in _words()["grade_label"] or label.startswith(tuple(_words()["comparative"])):
        # "(2) ระดับดีมาก⏎ร้อยละ 90", "(1) ดีเยี่ยม", "(1) ต่ำกว่า ยี่สิบปี": a grade or a band names a rating's or a range's
        # band, not what is measured (rev35d)
        return None
    if not label.startswith(SHARE_LABELS) and not _names_row(doc, label, m.start("label")):
        return None  # "สัดส่วน…ต่อ…" is a ratio's row (the ratio's steps read its numerator), not the column's word
    return Subject(label, m.start("label"), m.start("label") + len(label))


# a line that names no row's thing: a note, a unit, a column's word ("หมายเหตุ", "จำนวน", "ร้อยละ"; rev27b)
NOT_ROW_LABELS = ("หมายเหตุ", "ที่มา", "แหล่งที่มา", "หน่วย", "จำนวน", "ร้อยละ", "ตาราง", "สัดส่วน", "ผลต่าง")


def _names_row(doc: Document, line: str, at: int) -> bool:
    """Does a table's label line name a thing of its own: not a total ("รวมทั้งสิ้น"), a change ("เพิ่มขึ้น", "ลดลงจาก
    ปีก่อน"), a note or a column's word (NOT_ROW_LABELS), nor a line opening with a verb (rev27b)?"""
    w = _words()
    if line.startswith(NOT_ROW_LABELS) or line.startswith(tuple(total_words())) \
            or line.startswith(tuple(w["change"] | w["reader_change"])):
        return False
    first = doc.tokens_after(at, 1)
    return not first or word_class(first[0].text) == "N"


GROUP_LINES = 4  # lines above a vaccination item searched for its group's numbered label
GROUP_LABEL_CHARS = 160  # a group's label line (stripped) is this short or shorter
_GROUP_LABEL = regex.compile(r"\(\d{1,2}\)[ ]?(?P<label>[ก-๛][ก-๛ ]*?)(?:[ ]+(?:เช่น|อาทิ|ได้แก่)[ ].*)?")
_VACCINE_NAME = regex.compile(r"[A-Za-z][A-Za-z0-9 \-]{0,30}")  # "Sinovac", "AstraZeneca" (stripped)
_ITEM_LINE = regex.compile(r"[ \t]*[-•▪●]")


_ITEM_TEXT = regex.compile(r"[ \t]*[-•▪●][ \t]*")


def _item_text_start(doc: Document, line_start: int) -> int:
    """Where the text of the list item on the line at `line_start` starts, after its mark and spaces."""
    mark = _ITEM_TEXT.match(doc.text, line_start)
    return mark.end() if mark is not None else line_start


def _vaccinated_group_above(doc: Document, pos: int) -> Subject | None:
    """ "(1) บุคลากรทางการแพทย์⏎Sinovac⏎- ฉีดแล้ว ร้อยละ 95⏎- ฉีดเสร็จสิ้น 2 เข็ม ครบร้อยละ 100": a vaccination item
    ("- " and a vaccination predicate, no people in the item) under a numbered group label, a vaccine's Latin name
    and the group's other items between: the share of that group vaccinated, the label (examples after เช่น/อาทิ
    dropped)."""
    line_start = doc.text.rfind("\n", 0, pos) + 1
    if line_start == 0 or not _ITEM_LINE.match(doc.text, line_start) or _vaccination_predicate(doc, pos) is None \
            or not _vaccinate_re().match(doc.text, _item_text_start(doc, line_start)) \
            or _vaccinated_people(doc, pos) is not None:
        return None  # "- ครูฉีดแล้ว ร้อยละ 80": the item names its own people; "- ผลข้างเคียงหลังฉีด ร้อยละ 5" its own thing
        # (the item must open with the vaccination predicate: rev27b)
    hi = line_start - 1
    for _ in range(GROUP_LINES):
        lo = doc.text.rfind("\n", 0, hi) + 1
        line = doc.text[lo:hi].strip(" \t")
        m = _GROUP_LABEL.fullmatch(line) if len(line) <= GROUP_LABEL_CHARS else None
        if m is not None:
            at = doc.text.index(line, lo) + m.start("label")
            return Subject(m.group("label"), at, at + len(m.group("label")))
        if not (_ITEM_LINE.match(line) or _VACCINE_NAME.fullmatch(line)) or lo == 0:
            return None
        hi = lo - 1
    return None


_PERCENT_BEFORE = regex.compile(r"ร้อยละ[ ]?\Z")  # a number written as a percentage, its word before it
_PERCENT_AFTER = regex.compile(r"[ ]?(?:%|เปอร์เซ็นต์)")  # or its sign after it


@lexicon_cache
def _item_opener_re() -> regex.Pattern:
    return regex.compile(alternation(_words()["item_opener"]))


def _relative_predicate(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "อัตราดอกเบี้ยในตลาดที่สูงถึง 28%": a relative clause that is only a predicate (verbs, adjectives,
    fillers: สูงถึง, ลดลงเหลือ) before the figure says it of its head, the noun phrase before ที่/ซึ่ง."""
    toks = [t for t in doc.tokens_before(pos, 8) if t.end <= pos]
    i = len(toks) - 1
    while i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text:
        i -= 1
    k = i
    w = _words()
    verbs = []
    while k >= 0 and i - k < MAX_PREDICATE and toks[k].kind == "word" and toks[k].text not in w["relative"] \
            and (word_class(toks[k].text) in ("V", "ADJ", "AUX") or toks[k].text in w["filler"]) \
            and toks[k].text not in w["copula"] and _glued_relative(toks[k].text) is None:
        verbs.append(toks[k].text)
        k -= 1
    if k < 1 or toks[k].kind != "word" or (k < i and toks[k].end != toks[k + 1].start):
        return None
    glued = _glued_relative(toks[k].text)  # "ที่สูง" as one token
    if glued is not None:
        verbs.append(toks[k].text[glued:])
    elif toks[k].text not in w["relative"]:
        return None
    if not any(word_class(v) in ("V", "ADJ") for v in verbs) or toks[k].start <= left_limit:
        return None
    head = _as_subject(read_subject(doc, toks[k].start, left_limit=left_limit, _counted=False))
    if head is None or doc.view[head.end:toks[k].start].strip(" "):
        return None  # the reader cut the head short of ที่ (a clause inside a clause): it cannot tell
    return head


@lexicon_cache
def _relative_share_re() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?:{alternation(w['relative'])})[ ]?(?:(?:{alternation(w['share'])})|(?P<have>{alternation(w['have'])}))"
                         rf"(?:{alternation(w['measure'])})?[ ]?(?:(?:{alternation(w['filler'])})[ ]?)?\Z")


RELATIVE_SHARE_REACH = 40  # characters of "ซึ่งคิดเป็นสัดส่วนประมาณ " before a percentage


def _relative_share(doc: Document, pos: int, left_limit: int, end: int | None = None) -> Subject | None:
    """ "ผู้สูงอายุซึ่งคิดเป็นร้อยละ 20 ของประชากร", "…คือ จีน ซึ่งคิดเป็น 98.6% ของมูลค่าส่งออก": a relative clause that
    only says the share (ซึ่ง/ที่ + คิดเป็น) gives the percentage to its head, the phrase before ซึ่ง, not to the
    whole named after ของ; also ที่มี when the whole follows ("ผู้ป่วยกลุ่มสีเขียวที่มีกว่าร้อยละ 90 ของผู้ติดเชื้อ"); None
    when the reader finds no phrase ending right there."""
    m = _relative_share_re().search(doc.view, max(left_limit, pos - RELATIVE_SHARE_REACH), pos)
    if m is None or not doc.is_boundary(m.start()):
        return None
    if m.group("have") and (end is None or not doc.view[end:end + len(OF) + 1].lstrip(" ").startswith(OF)):
        return None  # "จังหวัดที่มีร้อยละ…" without a whole after: not a share said of the head
    head = _as_subject(read_subject(doc, m.start(), left_limit=left_limit, _counted=False))
    if head is None or doc.view[head.end:m.start()].strip(" "):
        return None
    return head


def _glued_relative(text: str) -> int | None:
    """Length of ที่/ซึ่ง a segmenter glued to a verb or adjective ("ที่สูง"), else None."""
    for r in longest_first(_words()["relative"]):
        if text.startswith(r) and len(text) > len(r) and word_class(text[len(r):]) in ("V", "ADJ"):
            return len(r)
    return None


@lexicon_cache
def _base_end_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_words()['base'])})[ ]?$")


def _base_before(doc: Document, pos: int) -> int | None:
    """Start of a comparison-base word (จาก, เมื่อเทียบกับ) that ends right before `pos`, else None."""
    m = _base_end_re().search(doc.view, max(0, pos - 24), pos)
    return m.start() if m and doc.is_boundary(m.start()) else None


def _last_word(doc: Document, end: int) -> str:
    toks = doc.tokens_before(end, 1)
    return toks[-1].text if toks and toks[-1].kind == "word" else ""


@lexicon_cache
def _stop_words() -> frozenset[str]:
    return words("subject_words", role="stop")


def percent_subject(doc: Document, start: int, end: int, *, left_limit: int = 0, previous=None) -> str | None:
    """The subject of the percentage at [`start`, `end`) (see the module's docstring), or None;
    `previous` is the percentage record before it in the document, if any. A phrase after the figure
    (สำหรับ/ของ …) is read only when nothing before it was found and no construction was; a name closed by a
    section number ("ผู้ประกันตนมาตรา 40") is read when nothing else was."""
    paid = _payment_sized(doc, start, end, left_limit)
    if paid is not None:
        return paid  # "ผู้ประกันตนได้รับเงินทดแทนในอัตราร้อยละ 70 ของค่าจ้าง": the payment, not who gets it nor its base
    found = _percent_subject(doc, start, end, left_limit=left_limit, previous=previous)
    if _RATE_LEAD.search(doc.view, max(0, start - RATE_LEAD_CHARS), start):
        found = _rate_of_act(doc, start, found, left_limit)
    if found is None:
        pos = qualifier_start(doc, start, left_limit=0)
        if _period_part_of_previous(doc, pos, previous):
            return previous.subject  # "SMEs ส่วนใหญ่ 69.84% … โดยแบ่งเป็นในระหว่างปี 2566 ที่ 36.90%": a part of that share
        beneficiary = _next_beneficiary(doc, pos, previous)
        if beneficiary is not None:
            return beneficiary  # "รางวัลนำจับสำหรับเจ้าหน้าที่ 25% สำหรับประชาชนผู้แจ้งเบาะแส 5%": the same reward (p36)
        year_item = _year_item_named(doc, pos, previous)
        if year_item is not None:
            return year_item  # "ประมาณการอัตราเงินเฟ้อพื้นฐานใกล้เคียงเดิม โดยปี 2564 ที่ร้อยละ 0.3 และปี 2565 ที่ร้อยละ 0.4"
        extra = _benefit_given_extra(doc, pos)
        if extra is not None:
            return extra.text  # "ได้รับส่วนลดราคาพิเศษเพิ่มให้อีก 10%": the size of the extra discount
        group = _group_that_has(doc, pos, left_limit)
        if group is not None:
            return group.text  # "ผู้ป่วยที่หายแล้วมีร้อยละ 35": the group defined by its clause
        adjusted = _figure_adjusted_by(doc, pos, left_limit)
        if adjusted is not None:
            return adjusted.text  # "ขึ้นเงินเดือนข้าราชการ ป.ตรี 18,150 บาท โดยจะปรับขึ้นในอัตรา 10%": the salary (p38)
        bracketed = _before_note_bracket(doc, pos, left_limit)
        if bracketed is not None:
            return bracketed.text  # "แบ่งจ่ายเงินงวดผ่อนชำระ [ตัดเงินต้น ตัดดอกเบี้ย] เหลือ 25%": the instalment (p38)
        named = _section_named(doc, pos) or _quoted_named(doc, pos)
        return named.text if named is not None else None
    if previous is not None and PERIOD_LABEL.fullmatch(found) \
            and _period_part_of_previous(doc, qualifier_start(doc, start, left_limit=0), previous):
        return previous.subject  # "ลดลงร้อยละ 8 แยกเป็นไตรมาสแรก 3% และไตรมาสที่สอง 5%": the period is the item's label (rev18)
    if _ENGLISH_WORDS.fullmatch(found):
        return _english_subject(doc, qualifier_start(doc, start, left_limit=0), found)
    if found.lower() in _words()["en_tail"]:
        return None  # "… from 11% in 2020 to 21%": an English function word alone names nothing
    return found


PAYMENT_CHARS = 90  # characters before a percent searched for the payment it sizes
_BASE_AFTER = regex.compile(r"[ ]?ของ")  # "ร้อยละ 70 ของค่าจ้าง": a base follows the figure


@lexicon_cache
def _payment_re() -> regex.Pattern:
    # a payment word (after a paying or receiving verb, or opening a word), the rest of its noun, a case it is paid in,
    # a receiver after ให้, then ในอัตรา, up to the figure
    w = _words()
    return regex.compile(
        rf"(?:(?<![ก-๙])|(?<={alternation(w['payment_verb'])}))(?P<pay>{alternation(w['payment'])})(?P<tail>[ก-๙]{{0,30}}?)"
        rf"(?P<case>[ ]?(?:ใน)?กรณี[ก-๙]{{1,30}}?)?(?:ให้(?:แก่|กับ)?[ก-๙]{{1,30}}?)?[ ]?(?:ในอัตรา)?[ ]?\Z")


def _payment_sized(doc: Document, start: int, end: int, left_limit: int) -> str | None:
    """A percent sizing a benefit or payment: "ได้|รับเงิน|ทดแทน ร้อยละ 45 ของค่าจ้าง", "ประโยชน์ทดแทนในกรณีว่างงาน ในอัตรา
    ร้อยละ 50", "จ่ายเงินปันผลให้สมาชิกในอัตราร้อยละ 6": the payment word (role payment) with the rest of its noun and the
    case it is paid in. The readers give who receives or pays it, or the base after ของ when the segmenter glues the
    verb to the payment ("รับเงิน|ทดแทน"); so only when a base follows the figure or ในอัตรา leads it, and the rest of the
    noun is an act (การ…) or nouns, never a verb of change ("ค่าจ้างเพิ่มขึ้นร้อยละ 3 ของ…" is the reader's) (p31)."""
    rated = _RATE_LEAD.search(doc.view, max(0, start - RATE_LEAD_CHARS), start) is not None
    if not rated and not _BASE_AFTER.match(doc.view, end):
        return None
    m = _payment_re().search(doc.view, max(left_limit, start - PAYMENT_CHARS), start)
    if m is None or not rated and _share_of_receivers(doc, m.start("pay"), end):
        return None
    tail = m.group("tail")
    if tail and not tail.startswith("การ") \
            and any(t.kind == "word" and word_class(t.text) != "N" for t in doc.tokens_after(m.start("tail"), 8)
                    if t.end <= m.end("tail")):
        return None
    return doc.text[m.start("pay"):m.end("case") if m.group("case") else m.end("tail")]


def _share_of_receivers(doc: Document, pay: int, end: int) -> bool:
    """With no ในอัตรา, a percent whose base after ของ names people ("แรงงานที่ได้รับค่าจ้างต่ำกว่าเกณฑ์ร้อยละ 15 ของแรงงาน
    ทั้งหมด") or whose payment a receiver's noun holds ("ผู้ได้รับบำนาญร้อยละ 30 ของ…", "ผู้รับ|บำนาญ") is a share of the
    people who receive it, not the payment's size (rev30b)."""
    if _receiver_noun_re().search(doc.view, max(0, pay - RECEIVER_NOUN_CHARS), pay):
        return True
    of = _BASE_AFTER.match(doc.view, end)
    if of is None:
        return False
    base = [t for t in doc.tokens_after(of.end(), 3) if t.kind != "space"]
    return bool(base) and base[0].kind == "word" and (_person(base[0].text) or _names_people(base[0].text))


RECEIVER_NOUN_CHARS = 12  # characters before a payment word searched for ผู้ and a receiving verb


@lexicon_cache
def _receiver_noun_re() -> regex.Pattern:
    # ผู้(ขอ) and a paying or receiving verb glued before the payment: "ผู้ได้รับ|บำนาญ", "ผู้ขอรับ|ประโยชน์ทดแทน"
    return regex.compile(rf"ผู้(?:ขอ)?(?:{alternation(_words()['payment_verb'])})\Z")


RATE_LEAD_CHARS = 64  # characters before a figure searched for ในอัตรา and a holding clause before it
RATE_ACT_CHARS = 80  # characters before ในอัตรา searched for the phrase the reader read
_RATE_LEAD = regex.compile(r"ในอัตรา[ ]?\Z")
# "โอนสิทธิ ประโยชน์ และพันธะ ซึ่งบริษัทถืออยู่ในอัตรา": a holding clause; what it holds stands before ซึ่ง
_HELD_BY = regex.compile(r"(?P<which>[ ]?ซึ่ง)[ ]?[^\s]{0,24}?ถือ(?:ไว้|อยู่)?(?:ทั้งหมด)?ในอัตรา[ ]?\Z")


def _rate_of_act(doc: Document, start: int, found: str | None, left_limit: int) -> str | None:
    """A percent glued after ในอัตรา is the rate of what the clause before it pays, lends or holds, never the clause:
    "X ซึ่งบริษัทถืออยู่ในอัตราร้อยละ 10" → X, what is held, not the holder with its verb ("บริษัทถือ");
    "สถาบันการเงินปล่อยสินเชื่อให้แก่ผู้ประกอบการในอัตราร้อยละ 1.99" → สินเชื่อ, the object after the actor's verb;
    a phrase opening with a verb is read from the verb's object ("ทยอยปรับอัตราเงินเดือน…" → อัตราเงินเดือน…); an actor's
    act (role rate_act) or a leading verb with no noun after it ("สำนักงานจ่าย") names nothing: None (p30)."""
    held = _HELD_BY.search(doc.view, max(0, start - RATE_LEAD_CHARS), start)
    if held is not None:
        before = subject_before(doc, held.start("which"), left_limit=left_limit)
        return before.text if before is not None else None
    if found is None:
        return None
    lo = max(left_limit, start - RATE_LEAD_CHARS - RATE_ACT_CHARS)
    at = doc.text.rfind(found, lo, start)
    if at < 0:
        return found
    lent = _lent_before_receiver(doc, at, lo)
    if lent is not None:
        return lent or None
    toks = [t for t in doc.tokens_after(at, 24) if t.end <= at + len(found) and t.kind == "word"]
    paid = _object_of_act_in(doc, toks)
    if paid is not None:
        return doc.text[paid:at + len(found)]  # "ความช่วยเหลือในการออก|ค่าใช้จ่ายเงินสมทบในอัตรา 40%" (p38)
    verbs = [k for k, t in enumerate(toks) if word_class(t.text) == "V"]
    if not verbs:
        return found
    k = verbs[0]
    if k > 0 and (toks[k].text not in _words()["rate_act"]
                  or any(t.text in _w()["relative"] | _w()["nominaliser"] | _w()["act"] for t in toks[:k])):
        return found  # "อัตราอากรตอบโต้…", "เงินทดแทนการขาดรายได้", "สถาบันการเงินที่เข้าร่วม…": a noun phrase's own verb
    objects = [t for t in toks[k + 1:] if _nounish_text(t.text) and word_class(t.text) == "N"]
    if not objects:
        return None  # "สำนักงานจ่าย|ในอัตรา": an act with no object names no rate
    return doc.text[objects[0].start:at + len(found)]


def _object_of_act_in(doc: Document, toks: list) -> int | None:
    """ "จะให้ความช่วยเหลือในการออกค่าใช้จ่ายเงินสมทบในอัตรา 40%": a noun + ใน|การ + an act of paying, lending or
    charging (role rate_act: ออก as in ออกค่าใช้จ่าย, จ่าย, คืน …) + a noun, all glued: the rate after ในอัตรา is of
    what the act pays (its object), not of the help or the act; the object's start, or None (p38)."""
    acts = _words()["rate_act"]
    charges = tuple(_words()["rate_noun"] | _words()["fee"] | _words()["interest"])
    for j in range(1, len(toks) - 3):
        a, b, verb, obj = toks[j:j + 4]
        if a.text == "ใน" and b.text == "การ" and verb.text in acts and a.end == b.start and b.end == verb.start \
                and verb.end == obj.start and word_class(obj.text) == "N" and _nounish_text(obj.text):
            if doc.view[toks[0].start:a.start].startswith(charges):
                return None  # "ดอกเบี้ย|ในการออกพันธบัตรในอัตรา 2.5%", "ภาษีมูลค่าเพิ่ม|ในการจ่ายค่าบริการ": the charge (rev36p)
            return obj.start
    return None


# "ให้สินเชื่อแก่|สหกรณ์…", "…แก่สหกรณ์การเกษตร เพื่อนำไปให้|สมาชิกกู้ยืม": a receiver, after a dative and its purpose clause
_RECEIVER_LEAD = regex.compile(r"(?P<dative>ให้แก่|ให้กับ|แก่)(?:[^\s]{1,40}?[ ]?เพื่อ[^\s]{0,30}?)?\Z")
RECEIVER_LEAD_CHARS = 80  # characters before the receiver searched for its dative and a purpose clause
LENDING = frozenset({"กู้", "กู้ยืม", "ให้กู้", "ให้กู้ยืม", "ปล่อยกู้"})  # a loan named by the verb alone: no noun to rate


def _lent_before_receiver(doc: Document, at: int, lo: int) -> str | None:
    """The reader's phrase at `at` is who receives a loan or a payment after แก่/ให้แก่/ให้กับ (or a purpose clause after
    it): the rate after ในอัตรา is of what is given, the nouns right after ให้ or an act of paying or lending (role
    rate_act) before the dative ("ธนาคารให้สินเชื่อแก่สหกรณ์" → สินเชื่อ); a loan named only by its verb ("ให้กู้แก่…")
    names nothing: "". None when no dative leads the phrase or no such act stands before it (p31)."""
    m = _RECEIVER_LEAD.search(doc.view, max(lo, at - RECEIVER_LEAD_CHARS), at)
    if m is None:
        return None
    toks = [t for t in doc.tokens_before(m.start("dative"), 12) if t.kind == "word"]
    if toks and toks[-1].end == m.start("dative") and toks[-1].text in LENDING:
        return ""
    k = len(toks)
    while k > 0 and word_class(toks[k - 1].text) == "N":
        k -= 1
    if k == len(toks) or k == 0 or not (toks[k - 1].text == GIVE or toks[k - 1].text in _words()["rate_act"]):
        return None
    return doc.text[toks[k].start:toks[-1].end]


_ENGLISH_WORDS = regex.compile(r"[A-Za-z][A-Za-z'’\-]*(?: [A-Za-z0-9][A-Za-z0-9'’\-]*){2,}")  # three words or more
ENGLISH_CLAUSE_CHARS = 160  # characters of an English clause read back from a percentage
_ENGLISH_STOP = regex.compile(r"(?:[.;:!?](?![0-9])|\n|, )")  # a sentence or clause ends (not a decimal point)


@lexicon_cache
def _english_res() -> tuple[regex.Pattern, ...]:
    w = _words()
    det = rf"(?:(?:{alternation(w['en_determiner'])}) )?"
    np = r"(?P<np>[A-Za-z][A-Za-z0-9'’\- ]*?)"
    aux = rf"(?:(?:{alternation(w['en_aux'])}) )+(?:[a-z]+ed (?:to )?|[a-z]+ to )?(?:be )?"  # "is set to", "is expected to"
    change = rf"(?:{alternation(w['en_change'])}) (?:{alternation(w['en_change_prep'])})(?: (?:{alternation(w['en_filler'])}))?"
    # "Renewable power production capacity in Vietnam is targeted to increase from 11%", "the GDP … is expected to grow by"
    predicate = regex.compile(rf"{det}{np} {aux}{change}\Z")
    # "saw the number of visitors grow by 71%": a determiner opens the phrase before a bare change verb
    bare = regex.compile(rf"(?:{alternation(w['en_determiner'])}) {np} {change}\Z")
    # "a 3-year tenor and fixed interest rate of 2.25%": the rate
    rate = regex.compile(rf"{det}(?P<np>[A-Za-z][A-Za-z'’\- ]*? (?:{alternation(w['en_rate'])})) of(?: (?:{alternation(w['en_filler'])}))?\Z")
    # "Exports of rice rose by 12%": the clause is the phrase and its change
    plain = regex.compile(rf"\A{det}{np} {change}\Z")
    return predicate, bare, rate, plain


def _english_subject(doc: Document, pos: int, found: str) -> str | None:
    """An English phrase read before a percentage: the noun phrase before its predicate ("…capacity in Vietnam is targeted
    to increase from 11%" → "Renewable power production capacity in Vietnam"), before a bare change verb after a
    determiner ("saw the number of visitors grow by 71%"), or the rate before "of" ("fixed interest rate of 2.25%"); a
    phrase ending in a function word (role en_tail: "an increase of", "economy representing approximately") names
    nothing read right: None (the reader takes English words as they come)."""
    lo = max(0, pos - ENGLISH_CLAUSE_CHARS)
    for stop in _ENGLISH_STOP.finditer(doc.view, lo, pos):
        lo = stop.end()
    clause = doc.view[lo:pos].rstrip(" ")
    for n, rx in enumerate(_english_res()):
        m = rx.search(clause)
        if m is not None:
            words = m.group("np").split(" ")
            if n == 1:  # a bare change verb: the phrase opens at the last determiner ("… we saw the number of …")
                dets = [k for k, w in enumerate(words) if w.lower() in _words()["en_determiner"]]
                words = words[dets[-1] + 1:] if dets else words
            for k in range(len(words) - 1, -1, -1):  # the phrase after the clause's last joiner ("… tenor and fixed …")
                if words[k] in _words()["en_joiner"]:
                    words = words[k + 1:]
                    break
            while words and words[0].lower() in _words()["en_determiner"]:
                words = words[1:]
            if words and words[-1] not in _words()["en_tail"]:
                return " ".join(words)
    return None if found.rsplit(" ", 1)[-1].lower() in _words()["en_tail"] else found


BREAKDOWN_REACH = 200  # characters between a percentage and the opener of the periods that break it down
PERIOD_LABEL_CHARS = 40  # characters of one period's label ("ในระหว่างปี 2566 ที่")


@lexicon_cache
def _breakdown_opener_re() -> regex.Pattern:
    return regex.compile(alternation(_words()["breakdown_opener"]))


PERIOD_LABEL = regex.compile(r"[ ]*(?:และ|หรือ|,)?[ ]*(?:ใน)?(?:ระหว่าง|หลัง|ก่อน|ช่วง|ภายใน)?[ ]*(?:ปี|ไตรมาส|เดือน|ครึ่งปี)"
                             r"[^\n%]{0,30}?[ ]*(?:ที่|อยู่ที่)?[ ]*")


BENEFICIARY_REACH = 60  # characters between the figure before and this one, a beneficiary phrase only
BENEFICIARY_CHARS = 40  # characters of that phrase (no space, figure or bracket)


@lexicon_cache
def _beneficiary_gap_re() -> regex.Pattern:
    return regex.compile(rf"[ ]?(?P<word>{alternation(_words()['beneficiary'])})[^\d\n,()%ๆ ]{{1,{BENEFICIARY_CHARS}}}[ ]?")


def _next_beneficiary(doc: Document, pos: int, previous) -> str | None:
    """ "มีรางวัลนำจับสำหรับเจ้าหน้าที่ 25% สำหรับประชาชนผู้แจ้งเบาะแส 5%": a percentage that nothing before names,
    with only a beneficiary phrase (role beneficiary: สำหรับ, แก่, ให้แก่ + a word run) between it and the figure before,
    whose subject is a head + the same beneficiary word + its own beneficiary, is the same thing's share for the
    next beneficiary: the head (รางวัลนำจับ). None otherwise (p36)."""
    if previous is None or not previous.subject or not 0 < pos - previous.end <= BENEFICIARY_REACH:
        return None
    m = _beneficiary_gap_re().fullmatch(doc.view, previous.end, pos)
    if m is None:
        return None
    k = previous.subject.find(m.group("word"))
    head = previous.subject[:k].rstrip(" ") if k > 0 else ""
    return head if head and not _names_nothing(head) else None


PARALLEL_ITEM_CHARS = 60  # the longest item between และ and the verb that repeats before the next figure


@lexicon_cache
def _parallel_item_re() -> regex.Pattern:
    return regex.compile(rf"[ ]?และ[ ]?(?P<item>[^\d\n,%ๆ]{{2,{PARALLEL_ITEM_CHARS}}}?)[ ]?(?P<verb>{alternation(_words()['to'])})[ ]?")


def _next_item_for_beneficiary(doc: Document, pos: int, previous) -> str | None:
    """ "ปรับลดอัตราภาษีสรรพสามิตสำหรับการผลิตรถยนต์ Hybrid (HEV) เหลือร้อยละ 6 - 9 และรถยนต์ Mild Hybrid (MHEV)
    เหลือร้อยละ 10 - 12": the figure before was set for a beneficiary (its subject: a head + สำหรับ/แก่ + the first
    item, its figure after a verb of setting, role to: เหลือ, เป็น); "และ + a second item + the same verb" before this
    one repeats the setting for the next item: the same head (the tax rate), not the item. None otherwise (p38)."""
    if previous is None or not previous.subject or not 0 < pos - previous.end <= PARALLEL_ITEM_CHARS + 12:
        return None
    m = _parallel_item_re().fullmatch(doc.view, previous.end, pos)
    if m is None or "(" in m.group("item") and ")" not in m.group("item") \
            or not doc.view[max(0, previous.start - 12):previous.start].rstrip(" ").endswith(m.group("verb")):
        return None
    at = doc.text.rfind(previous.subject, 0, previous.start)  # where the subject was read, for its word boundaries
    word = next((w for w in sorted(_words()["beneficiary"], key=len, reverse=True) if w in previous.subject), None)
    k = previous.subject.find(word) if word else -1
    if word and k > 0 and (at < 0 or not doc.is_boundary(at + k) or not doc.is_boundary(at + k + len(word))):
        return None  # "ค่าเช่าแผงตลาดขอน|แก่น…": แก่ inside a word is no beneficiary (rev36p)
    head = previous.subject[:k].rstrip(" ") if k > 0 else ""
    first = next((t for t in doc.tokens_after(m.start("item"), 1) if t.kind == "word"), None)
    if first is None or len(first.text) < 2 or first.text not in previous.subject[k + len(word or ""):]:
        return None  # "…สำหรับลูกจ้างเป็นร้อยละ 5 และสัดส่วนผู้ใช้สิทธิเป็นร้อยละ 30": another thing, not a next item
    toks = [t for t in doc.tokens_after(m.start("item"), 20) if t.end <= m.end("item") and t.kind == "word"]
    if any(word_class(t.text) == "V" and (i == 0 or toks[i - 1].text not in _VERB_HEADS) for i, t in enumerate(toks)):
        return None  # "…และเกษตรกรรายใหม่ได้รับเงินเพิ่มเป็นร้อยละ 60": a clause of its own, not an item
    return head if head and not _names_nothing(head) else None


def _period_part_of_previous(doc: Document, pos: int, previous) -> bool:
    """ "SMEs ส่วนใหญ่ 69.84% คาดว่า… โดยแบ่งเป็นในระหว่างปี 2566 ที่ 36.90% และหลังปี 2566 ที่ 32.94%": a percentage
    that nothing names, labelled by a period alone, in a list (role breakdown_opener) that breaks down the
    percentage before it in the line (or the item before it in that list), is a part of that share: it measures
    what that one does."""
    if previous is None or previous.subject is None or not 0 <= pos - previous.end <= BREAKDOWN_REACH \
            or "\n" in doc.view[previous.end:pos]:
        return False
    label_start = previous.end
    opener = None
    for m in _breakdown_opener_re().finditer(doc.view, previous.end, pos):
        opener = m
    if opener is not None:
        label_start = opener.end()
    elif pos - previous.end > PERIOD_LABEL_CHARS:
        return False
    else:
        # the item before opened the list: its own label follows the opener ("…แบ่งเป็นในระหว่างปี 2566 ที่ 36.90%")
        before = doc.view[max(0, previous.start - PERIOD_LABEL_CHARS - 12):previous.start]
        if not any(_breakdown_opener_re().finditer(before)):
            return False
    return pos - label_start <= PERIOD_LABEL_CHARS and PERIOD_LABEL.fullmatch(doc.view, label_start, pos) is not None


QUOTE_CHARS = 40  # characters of a quoted name ("“ซีพี โฟตอน”")
QUOTES = (("“", "”"), ('"', '"'))


@lexicon_cache
def _after_quote_re() -> regex.Pattern:
    """What may stand between a quoted name and the figure: a place glued after it (ในประเทศ), a time (ปีนี้),
    then change, to, filler, auxiliary and completion words."""
    w = _words()
    gap = alternation(w["change"] | w["to"] | w["filler"] | w["aux"] | w["complete"] | DONE_WORDS)
    return regex.compile(rf"[ ]?(?P<tail>(?:ใน|ของ)[\p{{Thai}}]{{1,20}}?)?(?:(?:{alternation(w['lead_time'])})[ ]?)?"
                         rf"[ ]?(?:(?:{gap})[ ]?)+")


def _quoted_named(doc: Document, pos: int) -> Subject | None:
    """ "ยอดขายรถเพื่อการพาณิชย์ “ซีพี โฟตอน” ในประเทศปีนี้เพิ่มขึ้น 38%": a name in quotes stops the reader; when
    nothing else names the percentage and only a place glued after the quote, a time and change or filler words
    stand between it and the figure, the noun phrase before the quote, the quoted name and the place are the
    subject. The phrase before must be a noun phrase; a quote alone names nothing here."""
    lo = max(0, pos - SECTION_REACH - QUOTE_CHARS)
    lo = max(lo, doc.text.rfind("\n", lo, pos) + 1)
    for open_q, close_q in QUOTES:
        close = doc.text.rfind(close_q, lo, pos)
        if close < 0:
            continue
        open_ = doc.text.rfind(open_q, max(lo, close - QUOTE_CHARS), close)
        if open_ < 0 or open_ == close:
            continue
        m = _after_quote_re().fullmatch(doc.view, close + 1, pos)
        if m is None or doc.numbers_between(close, pos):
            return None
        said = [t for t in doc.tokens_before(open_, 3) if t.kind == "word"]
        if said and said[-1].text in _words()["quote_intro"]:
            return None  # "นายกฯ กล่าวว่า “…” เพิ่มขึ้น 10%": a quote of what was said names nothing (rev13)
        head = _phrase_ending_at(doc, open_, spaces=1)
        if head is None or not _nounish_text(_first_word(doc, head)):
            return None
        head = _with_purpose_modifier(doc, head)  # "ยอดขายรถ|เพื่อ|การพาณิชย์ “ซีพี โฟตอน”": the vehicles' sales (p38)
        head = without_leading_time(doc, _with_tally_lead(doc, head))  # "เดือนนี้|ผู้เข้าร่วม…", "ยอด|จำหน่าย…"
        end = m.end("tail") if m.group("tail") else close + 1
        return Subject(doc.text[head.start:end], head.start, end)
    return None


SECTION_REACH = 60  # characters between a section number closing a name and the percentage


@lexicon_cache
def _section_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_words()['section'])})[ ]?\d{{1,3}}(?:/\d{{1,2}})?")


def _section_named(doc: Document, pos: int) -> Subject | None:
    """ "ลดอัตราเงินสมทบผู้ประกันตนมาตรา 40 เหลือร้อยละ 60", "ผู้ประกันตน ม.33 เพิ่มขึ้นร้อยละ 2.1": a section number of a
    law (role `section`: มาตรา, ม.) is no figure but part of the name before it; the reader stops at its number, so
    when nothing else names what the percentage measures, the phrase before the section word and the section
    are the subject, provided only change, to, filler, auxiliary and completion words stand between it and the
    figure ("ลด" before the phrase is dropped as a reducing verb's)."""
    lo = max(0, pos - SECTION_REACH)
    lo = max(lo, doc.text.rfind("\n", lo, pos) + 1)
    m = None
    for m in _section_re().finditer(doc.view, lo, pos):
        pass
    if m is None or not doc.is_boundary(m.start()) or doc.numbers_between(m.end(), pos):
        return None
    w = _words()
    gap_words = w["change"] | w["to"] | w["filler"] | w["aux"] | w["complete"] | DONE_WORDS
    for t in doc.tokens_after(m.end(), SECTION_REACH):
        if t.start >= pos:
            break
        if t.kind == "space" and "\n" not in t.text:
            continue
        if t.kind != "word" or not (t.text in gap_words or word_class(t.text) == "AUX"):
            return None  # "ผู้ประกันตนมาตรา 33 ได้รับเงินชดเชยร้อยละ 50": another phrase stands between
    name = _phrase_ending_at(doc, m.start(), spaces=1)
    if name is None or not _nounish_text(_first_word(doc, name)) and not _reduce_prefix(name.text):
        return None
    found = _reduced_object(doc, Subject(doc.text[name.start:m.end()], name.start, m.end()))
    return None if _reduce_prefix(found.text) else found


def _percent_subject(doc: Document, start: int, end: int, *, left_limit: int = 0, previous=None) -> str | None:
    left_limit = _before_year(doc, left_limit)
    pos = qualifier_start(doc, start, left_limit=left_limit)
    if _target_of_previous(doc, pos, previous) or _new_value_of_previous(doc, pos, previous) \
            or _old_value_of_previous(doc, pos, previous) or _range_end_of_previous(doc, pos, previous) \
            or _second_whole_of_previous(doc, pos, end, previous):
        return previous.subject  # "สำเร็จร้อยละ 90.85 (เป้าหมายร้อยละ 100)", "จากร้อยละ 30 เป็นร้อยละ 60": the same thing
    if _forecast_band_of_previous(doc, pos, previous):
        return previous.subject  # "ขยายตัวร้อยละ 3.5 ต่อปี (โดยมีช่วงคาดการณ์ที่ร้อยละ 3.0 ถึง 4.0)": the same thing
    parallel = _next_item_for_beneficiary(doc, pos, previous)
    if parallel is not None:
        return parallel  # "ลดอัตราภาษีสำหรับรถยนต์ HEV เหลือร้อยละ 6 และรถยนต์ MHEV เหลือร้อยละ 10": the tax rate (p38)
    if _next_answer_of_group(doc, pos, end, previous):
        return previous.subject  # "ประชาชนร้อยละ 83.7 ติดตามข่าวสาร… ร้อยละ 16.3 ไม่ติดตาม": the same people (p35)
    if _dose_sibling(doc, pos, previous):
        return previous.subject  # "ฉีดเข็ม 1 ไปแล้วร้อยละ 70 เข็ม 2 ประมาณ ร้อยละ 50": the same people, another dose
    alternative = _alternative_bound(doc, start, previous)
    if alternative is not None:
        return alternative or None  # "…ไม่เกินร้อยละ 12 ของงบประมาณในระยะเวลา 5 ปี หรือไม่เกินร้อยละ 15 ในระยะเวลา 10 ปี"
    computed = _formula_named(doc, pos)
    if computed is not None:
        return computed.text  # "คำนวณประสิทธิผลวัคซีน (1-0.090) x 100 = 90.65 เปอร์เซ็นต์": what the formula computes
    holder = _poll_holder(doc, pos, left_limit)
    if holder is not None:
        return holder.text  # "ประชาชนพึงพอใจต่อการดำเนินงาน…ในระดับมากถึงมากที่สุด ร้อยละ 97.64": the people polled
    graded = _poll_level_holder(doc, pos, left_limit, previous)
    if graded is not None:
        return graded  # "ประชาชนมีความพึงพอใจอยู่ในระดับมาก…ร้อยละ 33.9 พึงพอใจระดับปานกลางร้อยละ 40.9" (p35)
    group = _vaccinated_group_above(doc, pos)
    if group is not None:
        return group.text  # "(1) บุคลากรทางการแพทย์⏎Sinovac⏎- ฉีดแล้ว ร้อยละ 95": the group the item is under
    covering = _coverage_act(doc, pos, left_limit)
    if covering is not None and _vaccinated_people(doc, pos) is None:
        return covering.text  # "ฉีดวัคซีนในพื้นที่ครอบคลุมแล้วกว่า 80%": the act covers, not the place
    of_figure = False  # found as the subject of the figure the percentage is a share of
    ch = _find_change(doc, pos, left_limit)
    if ch is not None:
        found = _read_before_change(doc, ch, left_limit, previous)
        if found is None:
            found = _vaccinated_people(doc, pos) or _act_alone(doc, pos, left_limit) \
                or _plus_group_before(doc, pos)  # "ขุดลอกได้แล้ว 6.61%"; "อาเซียน+3 เติบโต 3.2%" (p37)
        elif not isinstance(found, str) and _vaccine_received(doc, pos, found):
            found = _vaccinated_people(doc, pos)  # "อสม. 850 คน ได้รับวัคซีนครบแล้ว 97%": the people, not the vaccine
        if found is None or isinstance(found, str):
            return found
    else:
        found = _figure_before_paren(doc, pos, left_limit) or _figure_before_share(doc, pos, end)
        of_figure = found is not None
        found = found or subject_before(doc, start, left_limit=left_limit) \
            or _head_before_bound(doc, pos, start, left_limit) \
            or _predicate_only(doc, pos, left_limit) \
            or _relative_predicate(doc, pos, left_limit) \
            or _relative_share(doc, pos, left_limit, end) \
            or _before_bare_year(doc, pos, left_limit) \
            or _measure_before_size(doc, pos, left_limit) \
            or _reduced_before_give(doc, pos, left_limit) \
            or _paid_before_give(doc, pos, left_limit) \
            or _numerator_before_denominator(doc, pos, left_limit) \
            or _per_unit_compared_before(doc, pos, left_limit) \
            or _plus_group_before(doc, pos)
        if not of_figure:
            found = _with_nominalised_change(doc, found, pos)  # "มีอัตราการ|เติบโตที่ร้อยละ 5.5": not อัตราการ (p39)
        if found is not None and not of_figure:
            found = _with_share_relative(doc, found, pos)  # "หน่วยงานของรัฐ|ที่…แล้ว|จำนวนทั้งสิ้น N โครงการ คิดเป็น…" (p38)
            found = _rate_named_by_change(doc, found, pos)  # "บวกอัตรา|เพิ่มอีกร้อยละ 2": the rate อัตราเพิ่ม
            found = _reduced_for_beneficiary(doc, found, left_limit)  # "ลดภาษีให้ผู้ประกอบการร้อยละ 30": the tax
            found = _object_set_to(doc, found, pos)  # "สศช.แนะเพิ่มภาษีมูลค่าเพิ่มเป็นร้อยละ 10": the tax
            found = _act_toward_target(doc, found, pos)  # "การเพิ่มพื้นที่สีเขียวให้ได้ 55%": the green area (p35)
            found = _without_level_verb(doc, found, pos)  # "ยอดจำหน่ายกาแฟปรับ|เพิ่มเป็นร้อยละ 12": not ปรับ
            found = _body_act_object(doc, found, pos)  # "ภาครัฐเบิกจ่ายงบลงทุนได้ร้อยละ 75": the investment budget
        vaccinated = _vaccinated_people(doc, pos)
        if vaccinated is not None and (found is None or found.end > vaccinated.end):
            found = vaccinated  # "ประชาชนในประเทศได้รับการฉีดวัคซีนแล้วกว่า 80%": the people, not their act or the dose
        elif vaccinated is None and found is not None and _vaccine_received(doc, pos, found):
            # "ปัจจุบันได้รับเข็มกระตุ้นเพียง 38.2%": the dose received is not what is measured; no people named, unless
            # a relative clause stands between them and the predicate ("กลุ่มผู้สูงอายุซึ่งเป็นกลุ่มเสี่ยง… ได้รับเข็ม
            # กระตุ้นเพียง 43.4%": the group, p35)
            found = _people_before_clause(doc, pos)
        elif vaccinated is None and found is None:
            found = _people_before_clause(doc, pos)  # "กลุ่ม 608 ที่มีความเสี่ยง… ควรได้รับวัคซีนเข็มกระตุ้น…ร้อยละ 70"
        if found is None:
            duration = _duration_before(doc, pos)
            found = _phrase_ending_at(doc, duration) if duration is not None else None
        if found is None:
            found = nominalised_act(doc, pos, left_limit)
        if found is None:
            found = _act_alone(doc, pos, left_limit)
        if found is None:
            row = _table_row_label(doc, pos, end)
            if row is not None:
                return row.text  # "รายจ่ายลงทุน⏎648,667⏎113,160⏎(ร้อยละ 17.44)": the table row's label
        if found is None:
            found = _numbered_row_label(doc, pos, end)  # "(3) สัดส่วนหนี้…ต่อหนี้สาธารณะทั้งหมด⏎ไม่เกินร้อยละ 10" (p37)
        if found is None:
            label = _item_label(doc, pos)
            if label is not None:
                return label.text  # "- บาดเจ็บเกิน 20%": the item's label, verbatim
        if found is None or found.text in _words()["remainder"]:
            after = subject_after(doc, end) if found is None else None  # "ร้อยละ 87 สำหรับการลงทุนจากจีน", "70% ของข่าวสาร…"
            if after is not None and after.text in _words()["act_nominaliser"]:
                after = _act_after(doc, after)  # "ร้อยละ 50 ของการ|สนับสนุน…": the act, never การ alone
            if after is not None:
                after = _with_glued_and_item(doc, after)  # "60% ของประสบการณ์อาหารและ|เครื่องดื่มยอดนิยม" (p36)
            after = after or _copula_phrase_after(doc, end)  # "ส่วนที่เหลืออีกร้อยละ 37 เป็นผู้ประกอบการ…"
            if after is not None or found is None:
                return _with_dose_count(doc, _with_object_list(doc, _with_relative_clause(doc, after))).text \
                    if after else None
    if ch is None:
        found = _past_purpose(doc, found, left_limit)  # "มีเงินเหลือใช้เพื่อ|ดำรงชีพ 30%": the purpose is no subject
        if found is None:
            return None
    if found.text in _words()["act_nominaliser"]:
        found = nominalised_act(doc, pos, left_limit)  # "มีการ|ขยายตัว|ร้อยละ 5": the act, not การ
        if found is None:
            return None
    if found.text in _words().get("bound_noun", frozenset()):
        found = _bound_noun_named(doc, found)  # "จ่ายค่า|ประกัน|ชดเชยเต็ม 100%": ค่าประกันชดเชย, never ค่า alone
    if ch is None:
        found = _past_lone_copula(doc, found, pos, left_limit)  # "…ต่อ GDP ที่อยู่ที่ร้อยละ 62": not an address
        found = _without_stock_predicate(doc, found, pos, left_limit)  # "เตียงผู้ป่วยสีแดงใน กทม.ว่าง 10%"
        if found is None:
            return None
        compared = _past_comparative(doc, found, pos, end, left_limit, previous)
        if compared is None or isinstance(compared, str):
            return compared  # "ภาคอื่น" after "สูงกว่า": a base; the figure before's subject, or nothing named near
        found = compared
    found = _past_base(doc, found, left_limit)
    if found is not None:
        found = _past_start_time(doc, found, left_limit)  # "ดอกเบี้ยคงที่ เริ่ม|ต้นปีแรกเพียง 5.99%": not ต้นปีแรก (p35)
    if found is None:
        return None
    if ch is None:
        found = _before_destination(doc, found)  # "ให้รายได้ไปถึงท้องถิ่นอยู่ที่ ร้อยละ 35": where it went is no subject
    found = _without_measure_state(found)  # "มีมูลค่าสูงที่สุด 34,622 ล้านบาท ขยายตัว 10.6%": how large, not what
    if found.text in _words()["measure"]:
        owner = _measure_owner(doc, found, left_limit)
        if owner is None and ch is None and of_figure:
            owner = _glued_owner(doc, found)  # "เป็นการนำเข้าจากไทย|มูลค่า 87.18 ล้านเหรียญฯ คิดเป็น…" (p35)
        if owner is None:
            owner = _owner_before_dated_scope(doc, found)  # "ความคืบหน้า ณ สิ้นเดือน… 2565 ใน|ภาพรวม|อยู่ที่ 10.4%" (p36)
        if owner is None and ch is None and not of_figure:
            owner = _people_base_of_share(doc, found, end)  # "พนักงานติดตั้งแอปฯ ใน|สัดส่วน 99.96% ของจำนวนพนักงาน…" (p37)
        if owner is None and not (ch is None and of_figure):
            return None
        if owner is not None and ch is None:
            compared = _past_comparative(doc, owner, pos, end, left_limit, previous)
            owner = compared if isinstance(compared, Subject) else owner  # "…แพงกว่าราคาควบคุมมีสัดส่วน 12%": the goods
        found = owner or found  # "มีมูลค่าถึง 518,480 ล้านบาท คิดเป็นสัดส่วนร้อยละ 60.3": the share of the value itself
    found = _with_agent(doc, _with_project_head(doc, _with_head_before_of(doc, found)))
    found = _without_share_word(doc, _after_set_verb(doc, _numerator_of_ratio(doc, found)))
    found = _owner_of_change_noun(doc, found)
    found = _rate_noun_head(doc, _without_frame_lead(doc, without_leading_time(doc, _with_tally_lead(doc, found))))
    found = _rate_noun_before(doc, found)
    if not _respective_after(doc, end):
        found = _whole_list(doc, found)  # not "ตลาดสหรัฐฯ จีน และอินเดีย ขยายตัวร้อยละ 35.1 28.0 และ 27.5 ตามลำดับ"
        found = _place_pair(doc, found)  # "ผู้ป่วยติดเชื้อในกทม. และ|ปริมณฑล"
        found = _same_head_list(doc, found)  # "ผู้ป่วยอาการหนัก และ|ผู้ป่วยใส่ท่อช่วยหายใจ เพิ่มขึ้น 45%" (p34)
        found = _with_same_tail_item(doc, found, pos)  # "อัตราดอกเบี้ยเงินฝากประจำ และใบรับเงินฝากประจำ … 0.50%" (p38)
    found = _category_with_have(doc, found, end)  # "หมวดยาสูบและเครื่องดื่ม|มี|แอลกอฮอล์ สูงขึ้นร้อยละ 0.01"
    found = _outside_setting(doc, found, pos)  # "มีการเว้นระยะห่างเมื่อเข้าห้าง ตลาด และร้านค้าต่างๆ 85%": not where or when
    found = _without_time_tail(doc, _across_spaced_preposition(doc, found))
    found = _without_copula_tail(doc, found, pos)  # "สูงกว่าค่าเฉลี่ยของโลกที่อยู่ที่ 32.7%": the average, not its address
    found = _without_predicate_clause(doc, found, pos)  # "รัฐวิสาหกิจปีปฏิทินที่เบิกจ่ายได้ไม่ต่ำกว่าร้อยละ 95"
    if ch is None and not doc.view[found.end:pos].strip(" "):
        found = _property_tail(doc, found)  # "ข้าวเปลือกเจ้าความชื้น 15%", not "จุดความร้อนมีจำนวนลดลง…"
    found = without_speech_lead(doc, without_tail_qualifier(doc, _whole_first_word(doc, found)))
    found = _without_raised_target(doc, found, pos)  # "เล็ง|เพิ่ม|เป้า|ตลาดในประเทศโต 40%": the market grows (p38)
    found = _without_measure_verb(doc, found, pos)  # "วัด|ความเข้มข้นของออกซิเจนในเลือดได้ต่ำกว่า 94%" (p38)
    if ch is not None:  # a poll ("ประชาชนพอใจนโยบายแก้หนี้ ร้อยละ 70") measures who feels, not what is felt about
        found = _without_feeling_lead(doc, found)  # "นายกรัฐมนตรีปลื้ม|จีดีพีไทย…โตอีกร้อยละ 4.5": the GDP
    elif found is not None:
        found = _opinion_holder(doc, found)  # "มีประชาชนเห็นด้วยร้อยละ 85.1": the people
    if found is None:
        return None  # "กษ. เผย ร้อยละ 5": a verb of saying names nothing
    # "ครู - บุคลากร": one pair across a spaced dash; "ส.ส.|ได้รับ|เลือกตั้งถึงร้อยละ 95": a share of the people
    found = agent_before_verb(doc, across_dash(doc, found), person=True)
    found = _agent_before_act(doc, found)  # "บุคลากรสมัครใจถ่ายโอนไปมากกว่าร้อยละ 70": the people who act
    found = _people_before_cut_verb(doc, found)  # "นักท่องเที่ยว… (Short haul) เดิน|ทางเข้าประเทศไทย เพิ่มขึ้น…" (p37)
    found = _with_tally_clause(doc, found, pos)  # "ผู้ป่วย|รักษาหาย|สะสมกว่า 80%": the running tally's name (p39)
    found = _mixed_in(doc, found, pos)  # "เหล็กเคลือบสังกะสีผสม|อะลูมิเนียม 5%": the share of what is mixed in
    found = _holder_of_shares(doc, _trade_with_partner(doc, _head_of_place_examples(doc, found)))
    if ch is None:
        found = _people_with_property(doc, found)
    found = _moving_in_band(doc, found, left_limit)  # "เงินเฟ้อ…จะยังคงเคลื่อนไหวใน|กรอบ ร้อยละ 0.7-1.7": the inflation
    if found is None:
        return None
    band = _price_band_end(doc, found, pos)
    if band is not None:
        return doc.text[found.start:band]  # "ราคา 1.01 - 1.50 ล้านบาท เพิ่มขึ้นร้อยละ 4.0": the band, not ราคา alone
    found = _with_dose_count(doc, found)  # "ผู้ที่ฉีดวัคซีนครบ|2 เข็ม": the doses say who is counted (p34)
    found = _with_relative_term(doc, found, pos)  # "หนี้|ที่ไม่ก่อให้เกิดรายได้ (NPL)": one term (p35)
    found = _with_copula_head(doc, found)  # "ก๊าซมีเทนที่เป็น|ก๊าซติดไฟกว่า 50%": the head and its clause (p35)
    found = _with_spaced_copula_head(doc, found, pos)  # "หนี้ ที่เป็นภาระต่อ|งบประมาณเพิ่มขึ้นร้อยละ 88" (p38)
    found = _act_across_preposition(doc, found)  # "ยอด|เสียชีวิต|จาก|อุบัติเหตุ|ลดลง 20%": the tally, not อุบัติเหตุ (p36)
    found = _with_glued_scope(doc, found)  # "ตัวเลขผู้ติดเชื้อ|ทั่วโลก|เพิ่มสูงขึ้นถึง 30%": the scope stays (p36)
    found = _with_scope_bracket(doc, found, pos)  # "อุตสาหกรรมอาหาร (ไม่รวมน้ำตาล) … ขยายตัวร้อยละ 1.2" (p36)
    found = _with_paired_act(doc, found)  # "การจัดซื้อ จัดจ้าง|ผลิตภัณฑ์…ไม่น้อยกว่าร้อยละ 30": both acts under การ (p37)
    found = _with_relative_before_passive(doc, found, pos)  # "แร่|ที่ผลิตเองในไทย|ถูกใช้ในประเทศแล้วกว่า 90%" (p37)
    found = _with_count_word(doc, found)  # "มีจำนวน|หน่วยเพิ่มขึ้นร้อยละ 4.5": the number of units, not หน่วย alone (p39)
    found = _with_glued_act_head(doc, found)  # "การท่องเที่ยว|เชิงสุขภาพเพิ่มขึ้น…": the act the noun qualifies (rev37p)
    text = _without_trailing_aux(_with_average(doc, _reduced_object(doc, _without_trailing_verb(doc, found))).text)
    if _names_nothing(text) or text in _w()["target"] or _names_a_time(text) \
            or (text.startswith("การ") and text[3:] in _w()["target"]):
        return None  # "ต่อปี (4.90%)": a unit, "มีเป้าหมายให้ลดลง", "มีการตั้งเป้าร้อยละ 35": a target word, names nothing
    return text


TALLY_WORD = "สะสม"  # "ผู้ป่วย|รักษาหาย|สะสม": closes the name of a running tally of people
TALLY_CHARS = 20  # characters of the verb phrase between the people and สะสม
_TALLY_GAP = regex.compile(rf"[ก-๙]{{2,{TALLY_CHARS}}}?{TALLY_WORD}[ ]?\Z")


def _with_tally_clause(doc: Document, found: Subject, pos: int) -> Subject:
    """ "พบผู้ป่วยรักษาหายสะสมกว่า 80% ของผู้ติดเชื้อทั้งหมด": a people word, a verb phrase glued after it and สะสม
    glued after that, right before the figure's qualifiers, name one running tally (the patients recovered so far,
    as "ผู้ป่วยสะสม" and "ผู้ป่วยกลับบ้านสะสม" do); the reader stops at the verb and keeps the people alone. The
    phrase runs on to สะสม when nothing but Thai letters stands between (no space, figure or relative ที่/ซึ่ง)."""
    if found is None or not _is_people(found.text) or found.end >= pos:
        return found
    gap = doc.view[found.end:pos]
    if _TALLY_GAP.fullmatch(gap) is None or gap.startswith(("ที่", "ซึ่ง", "และ", "ของ")):
        return found
    end = found.end + len(gap.rstrip(" "))
    return Subject(doc.text[found.start:end], found.start, end)


COUNT_WORD = "จำนวน"  # "จำนวน|หน่วย": the number of the units, a measure


def _with_glued_act_head(doc: Document, found: Subject) -> Subject:
    """ "การท่องเที่ยวเชิงสุขภาพเพิ่มขึ้นร้อยละ 12", "ส่งผลให้การผลิตน้ำมันลดลงร้อยละ 10": the segmenter keeps การ and
    its verb in one token tagged a verb (p39's `_glued_act_start`), the reader reads only the noun glued after it; the
    act is the head and the noun its object or qualifier (การผลิตน้ำมัน), when a change word glued after the noun
    says the act changed (not "การควบคุมค่าบริการให้ไม่เกินร้อยละ 10"). Only when the act opens the phrase (nothing
    glued before it, or a conjunction such as ให้, ว่า): not a verb's object ("ลด|การผลิต|น้ำมัน"), not after a
    noun or a preposition glued before it (rev37p)."""
    toks = [t for t in doc.tokens_before(found.start, 2) if t.end <= found.start]
    if not toks or toks[-1].end != found.start or toks[-1].kind != "word" or not toks[-1].text.startswith(ACT_WORD) \
            or word_class(toks[-1].text) != "V" or not _nominalised_act_word(toks[-1].text):
        return found
    act = toks[-1]
    if len(toks) == 2 and toks[0].end == act.start and toks[0].kind == "word" and word_class(toks[0].text) != "C":
        return found
    after = doc.tokens_after(found.end, 1)
    if not after or after[0].start != found.end or after[0].text not in _words()["change"]:
        return found  # "การควบคุม|ค่าบริการให้ไม่เกินร้อยละ 10": the figure bounds the object, no change of the act
    return Subject(doc.text[act.start:found.end], act.start, found.end)


def _with_count_word(doc: Document, found: Subject) -> Subject:
    """ "บ้านเดี่ยวมีจำนวนหน่วยเพิ่มขึ้นร้อยละ 4.5", "มีสัดส่วนจำนวนหน่วยเป็นร้อยละ 67.6": the reader steps over
    จำนวน before a noun and keeps the noun; when that noun is a unit word alone (หน่วย, ราย), it names nothing by
    itself, and จำนวน glued before it is the measure the percentage is of: the number of units (as a count's subject
    "จำนวนหน่วยประกาศขาย" keeps it). A counted_unit row only, not a noun that names its own thing (ผู้ป่วย,
    ครัวเรือน, โครงการ), nor a true classifier: "ผู้ป่วยโรคไข้เลือดออกมีจำนวน|รายลดลงร้อยละ 30", "รถยนต์มีจำนวน|คัน…",
    "…มีจำนวน|ครั้งลดลง…" count the noun before มี, and จำนวนราย names nothing more than ราย (null stays; rev37p)."""
    if found.text not in _words().get("counted_unit", ()) or found.start < len(COUNT_WORD) \
            or doc.view[found.start - len(COUNT_WORD):found.start] != COUNT_WORD \
            or not doc.is_boundary(found.start - len(COUNT_WORD)) or _is_people(found.text):
        return found
    return Subject(doc.text[found.start - len(COUNT_WORD):found.end], found.start - len(COUNT_WORD), found.end)


def _people_before_cut_verb(doc: Document, found: Subject) -> Subject:
    """ "มีนักท่องเที่ยวกลุ่มตลาดระยะใกล้ (Short haul) เดินทางเข้าประเทศไทย เพิ่มขึ้นร้อยละ 29.28": the segmenter cut a
    verb across two words (เดิน|ทางเข้า) and the reader read from the second; the verb glued before the phrase and the
    opening of its first word make a verb (เดินทาง): the phrase is the clause's predicate, and the people the reader
    reads before the verb are its agent. Unchanged unless those are people (p37)."""
    toks = [t for t in doc.tokens_before(found.start, 1) if t.kind == "word"]
    first = next((t for t in doc.tokens_after(found.start, 1) if t.kind == "word"), None)
    if not toks or first is None or first.start != found.start or toks[-1].end != found.start \
            or word_class(toks[-1].text) != "V":
        return found
    prev = toks[-1]
    table = _tag_table()
    if not any(table.get(prev.text + first.text[:n]) == "V" for n in range(2, len(first.text))):
        return found
    agent = subject_before(doc, prev.start)
    return agent if agent is not None and _opens_with_people(doc, agent) else found


# "ที่ผลิตเองในไทย|ถูก|ใช้ในประเทศแล้วกว่า ": a relative clause, then a passive predicate glued up to the figure
# ("ถูกกว่า", "ถูกลง", "ถูกต้อง": ถูก "cheap" or "right", no passive; rev35d)
_RELATIVE_THEN_PASSIVE = regex.compile(r"(?P<rel>ที่[^\s\d%()]{2,40}?)ถูก(?!กว่า|ลง|ต้อง|ที่สุด|สุด)[^\s\d%()]{1,40}?[ ]?\Z")


def _with_relative_before_passive(doc: Document, found: Subject, pos: int) -> Subject:
    """ "โดยแร่ที่ผลิตเองในไทยถูกใช้ในประเทศแล้วกว่า 90%": the reader stops at ที่; a relative clause glued after the
    phrase and then ถูก + a verb (the passive predicate, the sentence's own) up to the figure: the clause belongs to
    the subject ("แร่ที่ผลิตเองในไทย"), the predicate does not. Only with nothing but the clause and the predicate
    between the phrase and the figure (no space, figure or bracket) (p37)."""
    m = _RELATIVE_THEN_PASSIVE.fullmatch(doc.view, found.end, pos)
    if m is None or not doc.is_boundary(m.start("rel")) or not doc.is_boundary(m.end("rel")):
        return found
    return Subject(doc.text[found.start:m.end("rel")], found.start, m.end("rel"))


# "อาเซียน+3 เติบโต ": a group named with +N (อาเซียน+3, ASEAN+6), then a change verb, up to the figure
_PLUS_GROUP = regex.compile(r"\+(?P<n>\d{1,2})[ ]?(?P<verb>[ก-๙]{2,12})[ ]?\Z")


def _plus_group_before(doc: Document, pos: int) -> Subject | None:
    """ "ในปี 2565 ที่ผ่านมาอาเซียน+3 เติบโต 3.2%": the reader stops at the number of a group's +N, so nothing is read;
    a name glued before "+N" and a change verb (role change) alone between it and the figure: the group with its +N
    is what changed. The left limit is not used: the +N's own number sets it. None otherwise (p37)."""
    m = _PLUS_GROUP.search(doc.view, max(0, pos - 24), pos)
    if m is None or m.group("verb") not in _words()["change"]:
        return None
    name = _as_subject(read_subject(doc, m.start(), _counted=False))
    if name is None or name.end != m.start() or not _nounish_text(_first_word(doc, name)) or _names_nothing(name.text):
        return None
    if not name.text.upper().endswith(tuple(w.upper() for w in _words()["plus_group"])):
        return None  # "ผ่านเกณฑ์+1 เพิ่มขึ้น 4%", "ปรับลด+5 ลดลง 3%": a +N after no group of countries (rev35d)
    return Subject(doc.text[name.start:m.end("n")], name.start, m.end("n"))


PAIRED_PREFIX = 3  # characters two acts of a pair share at their start (จัด|ซื้อ จัด|จ้าง, อนุ|มัติ อนุ|ญาต)


def _with_paired_act(doc: Document, found: Subject) -> Subject:
    """ "หน่วยงานของรัฐในการจัดซื้อ จัดจ้างผลิตภัณฑ์และบริการนวัตกรรม…ไม่น้อยกว่าร้อยละ 30": two acts written as a pair
    with a space between (the words open with the same syllable: จัดซื้อ จัดจ้าง), the first after การ; the reader
    stops at the space and reads from the second; the act is both under การ: "การจัดซื้อ จัดจ้างผลิตภัณฑ์…". Only one
    space, การ a token of its own or opening the first word, and the two words not the same; else unchanged (p37)."""
    if found.start < 2 or doc.view[found.start - 1] != " ":
        return found
    first = next((t for t in doc.tokens_after(found.start, 2) if t.kind == "word"), None)
    toks = [t for t in doc.tokens_before(found.start - 1, 2) if t.kind == "word"]
    if first is None or first.start != found.start or not toks or toks[-1].end != found.start - 1:
        return found
    prev = toks[-1]
    if prev.text.startswith(NOMINAL_ACT) and len(prev.text) > len(NOMINAL_ACT):
        act_start, act = prev.start, prev.text[len(NOMINAL_ACT):]
    elif len(toks) == 2 and toks[0].text == NOMINAL_ACT and toks[0].end == prev.start:
        act_start, act = toks[0].start, prev.text
    else:
        return found
    word = first.text
    if act == word or len(act) <= PAIRED_PREFIX or len(word) <= PAIRED_PREFIX \
            or act[:PAIRED_PREFIX] != word[:PAIRED_PREFIX] or word_class(act) != "V":
        return found
    if word_class(word) != "V" and act + word not in _tag_table():
        return found  # "จากการประเมิน ประชาชน|ร้อยละ 85": a noun after the act is no second act of a pair (rev35d)
    return Subject(doc.text[act_start:found.end], act_start, found.end)


NOMINAL_ACT = "การ"


FIGURE_LIST_REACH = 240  # characters before a respectively list of percentages searched for the figures it follows
FIGURE_LIST_GAP = 120  # characters between the last of those figures and the list (its predicate: ซึ่งเพิ่มขึ้นจากปี 2564 ถึง)
ITEM_GAP_CHARS = 12  # characters between an item of that list and its figure ("มีจำนวน ")
PERCENT_PREFIX_CHARS = 8  # characters of ร้อยละ and a space before the list's first number
FIGURE_JOIN_CHARS = 30  # characters between two figures of the list before: a joiner, มี, the next figure's noun


@lexicon_cache
def _figure_join_re() -> regex.Pattern:
    # "162,320 หน่วย และมูลค่า 961,757 ล้านบาท": a joiner, then the next figure's own noun (no figure, no clause mark)
    return regex.compile(rf"[ ]*(?:,|และ|หรือ)[ ]*(?:มี)?[ ]*[^\d\n,()%]{{0,{FIGURE_JOIN_CHARS}}}")


@lexicon_cache
def _loose_join_re() -> regex.Pattern:
    return regex.compile(rf"[^\d\n]{{0,{FIGURE_JOIN_CHARS}}}")


@lexicon_cache
def respectively_re() -> regex.Pattern:
    """The words that make a list respective (grammar.tsv role respectively: ตามลำดับ)."""
    return regex.compile(grammar_re("respectively"))


def respective_figure_named(doc: Document, listed: tuple[int, int, int]) -> str | None:
    """ "…ที่มีจำนวน 162,320 หน่วย และมูลค่า 961,757 ล้านบาท ซึ่งเพิ่มขึ้นจากปี 2564 ถึงร้อยละ 52.6 และ 31.7
    ตามลำดับ": a respectively list of n percentages (`listed`: this one's index, n, the first's start) whose items
    are the n figures (counts, amounts) listed right before its predicate: the k-th percentage measures what the
    k-th figure counts, the subject that figure gets. None unless exactly n figures are joined there (และ, a comma),
    no figure before them joins the list, and no figure but a date or a year stands between them and the list."""
    k, n, first = listed
    head = doc.numbers_between(first, first + 1) or doc.numbers_between(first, first + PERCENT_PREFIX_CHARS)
    if not head or _date_containing(doc, head[0].start) is not None or _is_year(head[0]):
        return None  # "…จากปี 2565 ร้อยละ 8.1 และ 11.5": a year read into the list, which figure is which is unsure
    lo = max(0, first - FIGURE_LIST_REACH)
    line = doc.text.rfind("\n", lo, first)
    lo = line + 1 if line >= 0 else lo
    figures: list[tuple[int, int]] = []  # (start, end with the unit) of the counts and amounts before the list
    for m in doc.numbers_between(lo, first):
        if _date_containing(doc, m.start) is not None or _is_year(m):
            continue
        unit = _qty().unit_after(doc, m.end) if m.form != "percent" else None
        if unit is None or unit.kind == "time":
            figures = []  # a percentage, a bare number or a duration: the run of figures, if any, starts after it
            continue
        figures.append((m.start, unit.end))
    if len(figures) < n or first - figures[-1][1] > FIGURE_LIST_GAP or respectively_re().search(doc.view, figures[-1][1], first):
        return None
    if any(doc.is_boundary(t.start()) for t in _list_turn_re().finditer(doc.view, figures[-1][1], first)):
        return None  # "… 3 ราย ขณะที่วัคซีนครอบคลุมร้อยละ 80 และ 75 ตามลำดับ": another subject's list (rev20)
    run = figures[-n:]
    join = _figure_join_re()
    if any(join.fullmatch(doc.view, end, start) is None for (_, end), (start, _) in zip(run, run[1:])):
        return None  # anything but a joiner and the next figure's noun between two figures: no list
    if len(figures) > n and _loose_join_re().fullmatch(doc.view, figures[-n - 1][1], run[0][0]):
        return None  # the run of figures is longer than the list of percentages ("4.2 ล้านตัน 3.1 ล้านตัน และ …")
    found = _subject_of_figure(doc, run[k][0])
    # the figure's own item: its subject stands after the figure before it ("…หน่วย และมูลค่า 961,757"), or close
    # before the first; a subject read further back ("ค่าเฉลี่ยต่อไตรมาส|ในปี 2565 ที่มีจำนวน…") is no item's name
    own = run[k - 1][1] if k else max(lo, run[0][0] - 2 * FIGURE_JOIN_CHARS)
    if found is None or found.start < own or _names_nothing(found.text):
        return None
    gap = doc.view[found.end:run[k][0]]
    if len(gap) > ITEM_GAP_CHARS or any(c.isdigit() for c in gap):
        return None  # the item names its figure right before it ("มีจำนวน", "และมูลค่า"), nothing else between
    return found.text


@lexicon_cache
def _list_turn_re() -> regex.Pattern:
    return regex.compile(alternation(_words()["list_turn"]))


FORMULA_CHARS = 40  # characters of a worked formula between what it computes and its result ("(1-0.090) x 100 = ")


@lexicon_cache
def _formula_re() -> regex.Pattern:
    # "(1-0.090) x 100 = ", "(45/60) × 100 = ", "45/60 x 100 = ": a share worked out from a fraction, its result after =
    term = r"[0-9][0-9.,]{0,12}"
    return regex.compile(rf"(?:\([ ]?{term}[ ]?[-–/][ ]?{term}[ ]?\)|{term}[ ]?/[ ]?{term})[ ]?[x×X*][ ]?100[ ]?=[ ]?$")


def _formula_named(doc: Document, pos: int) -> Subject | None:
    """ "คำนวณประสิทธิผลวัคซีน (1-0.090) x 100 = 90.65 เปอร์เซ็นต์": a percentage that is the result of a formula
    written before it measures the noun phrase right before the formula (a verb of computing, role formula_lead,
    dropped); None when no formula stands there or no phrase before it."""
    m = _formula_re().search(doc.view, max(0, pos - FORMULA_CHARS), pos)
    if m is None:
        return None
    found = _phrase_ending_at(doc, m.start(), spaces=1)
    if found is None:
        return None
    unit = _qty().unit_after(doc, found.start)
    if unit is not None and unit.end >= found.end:
        return None  # "…จากงบ 1,000 ล้านบาท (800/1000) x 100 = 80%": a figure's unit, no phrase, before the formula (rev20)
    toks = _words_of(doc, found)
    if toks and toks[0].text in _words()["formula_lead"]:
        rest = [t for t in toks[1:] if t.kind == "word"]
        if not rest:
            return None
        found = Subject(doc.text[rest[0].start:found.end], rest[0].start, found.end)
    return found


def _without_feeling_lead(doc: Document, found: Subject | None) -> Subject | None:
    """ "นายกรัฐมนตรีปลื้ม|จีดีพีไทย", "นายกฯ พอใจ|เศรษฐกิจ": a headline's verb of feeling (role feeling_lead) inside
    the phrase, with who feels it before, is the headline's predicate; what follows it, when it opens with a noun,
    is what is measured. Called only when a change word comes before the figure (…โตอีก ร้อยละ 4.5): in a poll
    with none ("ผู้ตอบแบบสอบถามชื่นชมการทำงานของรัฐบาล ร้อยละ 62") the share is of who feels (rev20)."""
    if found is None:
        return None
    toks = _words_of(doc, found)
    for i, t in enumerate(toks):
        if i and t.text in _words()["feeling_lead"]:
            if i + 1 >= len(toks) or not _nounish_text(toks[i + 1].text):
                return found
            nxt = toks[i + 1]
            return Subject(doc.text[nxt.start:found.end], nxt.start, found.end)
    return found


def _opinion_holder(doc: Document, found: Subject) -> Subject:
    """ "มีประชาชน|เห็นด้วย|ร้อยละ 85.1", "ผู้ตอบแบบสอบถาม|ชื่นชม|การทำงานของรัฐบาล ร้อยละ 62": a verb of opinion (roles
    `opinion`, `feeling_lead`; ไม่ before it kept out) after the people who hold it: a poll's share of those people,
    so the subject is the people alone (a subject holds no verb). Not when what precedes names no people
    ("ดัชนีความเชื่อมั่น", "ความพึงพอใจ": the verb is inside a noun), and only with no change word before the figure."""
    toks = _words_of(doc, found)
    opinions = _words()["opinion"] | _words()["feeling_lead"]
    k = next((i for i, t in enumerate(toks) if i and t.text in opinions), None)
    if k is None or toks[k - 1].end != toks[k].start:
        return found
    if toks[k - 1].text == "ไม่":
        k -= 1  # "ประชาชน|ไม่|เห็นด้วย"
    if k == 0 or toks[k - 1].text in ("ความ", "การ") or any(toks[i].end != toks[i + 1].start for i in range(k - 1)):
        return found
    people = Subject(doc.text[found.start:toks[k - 1].end], found.start, toks[k - 1].end)
    return people if _opens_with_people(doc, people) else found


ACT_TOKENS_ALONE = 3  # glued tokens of an act (a verb and its object) standing alone before a percentage
ACT_OPENERS = ("และ", "โดย", "หรือ", "ซึ่ง")  # words after which a clause, and so an act, starts
DONE_WORDS = frozenset({"แล้ว", "ไปแล้ว"})  # with the complete words: the act before them is (partly) done


def _with_tally_lead(doc: Document, found: Subject) -> Subject:
    """ "ยอด|จำหน่าย|กาแฟเพิ่มขึ้น 22%", "ยอด|การค้นหาเพิ่มขึ้น 80%": a tally word (role `tally_lead`: ยอด) glued before
    the phrase, or before a verb glued to it, heads the measure (the sales of coffee, not coffee); the reader
    stops at the verb or drops the tally word, so the phrase is extended back to it."""
    toks = [t for t in doc.tokens_before(found.start, 2) if t.kind == "word"]
    if not toks or toks[-1].end != found.start:
        return found
    leads = _words()["tally_lead"]
    k = len(toks) - 1
    if toks[k].text not in leads and word_class(toks[k].text) == "V" and k >= 1 and toks[k - 1].end == toks[k].start:
        k -= 1  # "ยอด|จำหน่าย|กาแฟ": the verb between the tally and its object
    if not (toks[k].text in leads or toks[k].text.startswith(tuple(leads)) and word_class(toks[k].text) == "N") \
            or not doc.is_boundary(toks[k].start):
        return found  # "ยอดจำหน่าย|กาแฟ" segmented as one noun is the same tally; not "ยอดเยี่ยม"
    return Subject(doc.text[toks[k].start:found.end], toks[k].start, found.end)


def _without_frame_lead(doc: Document, found: Subject) -> Subject:
    """ "แนวโน้ม|การจ้างงานเพิ่มขึ้น 2%", "สถานการณ์|เศรษฐกิจไทยที่คาดว่าจะขยายตัวร้อยละ 3", "สถิติ|การฉีดวัคซีน…": a
    frame noun opening the phrase (role `frame_lead`: the trend, the situation, the problem, the statistics of X)
    says how X is looked at; the percentage measures X, so the frame is dropped when a noun follows it."""
    lead = next((f for f in _frame_leads() if found.text.startswith(f) and doc.is_boundary(found.start + len(f))), None)
    if lead is None:
        return found
    start = found.start + len(lead)
    while start < found.end and doc.view[start] == " ":
        start += 1
    after = [t for t in doc.tokens_after(start, 2) if t.kind == "word" and t.end <= found.end]
    first = after[0].text if after else ""
    # "เป้าหมาย|กำลัง|การผลิตไฟฟ้า": a word read as an auxiliary alone may open a compound noun with the next one
    pair = first + after[1].text if len(after) == 2 and after[1].start == after[0].end \
        and word_class(first) == "AUX" else first
    if found.end - start < 2 or not (_nounish_text(first) or _nounish_text(pair)):
        return found
    return Subject(doc.text[start:found.end], start, found.end)


@lexicon_cache
def _frame_leads() -> tuple[str, ...]:
    return tuple(sorted(_words()["frame_lead"], key=len, reverse=True))


def _with_average(doc: Document, found: Subject) -> Subject:
    """ "อัตราดอกเบี้ย|เฉลี่ย 1.08% ต่อปี", "มีอัตราการเติบโต|เฉลี่ยร้อยละ 4.6": an average word glued right after a rate
    (a phrase that opens with a rate word or ends with a rate noun, roles `rate_head` and `rate_noun`) names
    the rate (the average rate), so it stays in the subject; the reader stops before it, as it does before
    "ผู้โดยสาร|เฉลี่ย 5,000 คน", where it only qualifies the figure. Not "โดยเฉลี่ย" (an adverb)."""
    w = _words()
    avg = next((a for a in longest_first(w["average"]) if doc.view.startswith(a, found.end)), None)
    if avg is None or not doc.is_boundary(found.end + len(avg)) \
            or not (found.text.startswith(tuple(w["rate_head"])) or found.text.endswith(_rate_nouns())):
        return found
    end = found.end + len(avg)
    return Subject(doc.text[found.start:end], found.start, end)


def _not_an_act(text: str) -> bool:
    """A word that is no act of its own before a percentage: any word the percentage reader gives a role
    (change, copula, filler, measure …), a gap or connector of the phrase reader, or a light verb."""
    return any(text in ws for role, ws in _words().items() if role not in ("vaccinate", "people")) \
        or text in _w()["gap"] | _w()["connector"] \
        or text in LIGHT_VERBS or bool(_change_re().fullmatch(text))


LIGHT_VERBS = frozenset({"ได้รับ", "ให้", "ได้", "อยู่", "คงที่", "ครอบคลุม", "รวมถึง", "มี", "เป็น"})


def _act_alone(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ขณะนี้ขุดลอกได้แล้ว 6.61%", "จำหน่ายในประเทศ 80% และส่งออก 20%", "ก่อสร้างแล้วเสร็จ 45%": when
    nothing else names what a percentage measures and an act stands alone right before it (a verb first, then
    nouns or verbs glued to it; only completion and filler words such as ได้แล้ว, แล้วเสร็จ, กว่า after it),
    opening a clause (after a space, a line, และ/โดย/หรือ/ซึ่ง or a time such as ขณะนี้), the act is what is
    measured: how much of it is done, or its share (the annotators write ขุดลอก, ส่งออก). A verb of having,
    being or receiving (copula, ได้รับ) is no act of its own."""
    toks = [t for t in doc.tokens_before(pos, 12) if t.start >= left_limit]
    i = len(toks) - 1
    if i >= 0 and toks[i].kind == "space" and toks[i].text in (" ", "\xa0"):
        i -= 1
    tail = _words()["complete"] | _words()["filler"]
    done = False
    while i >= 0 and toks[i].kind == "word" and toks[i].text in tail:
        done = done or toks[i].text in _words()["complete"] | DONE_WORDS
        i -= 1  # ได้|แล้ว, แล้วเสร็จ, กว่า
    if not done:
        return None  # only a completion says how much of an act is done ("ส่งออก 20%" stays unread)
    k = i
    while k >= 0 and i - k < ACT_TOKENS_ALONE and toks[k].kind == "word" and word_class(toks[k].text) in ("V", "N") \
            and (k == i or toks[k].end == toks[k + 1].start) and toks[k].text not in tail \
            and toks[k].text not in words("percent_subject_words", role="lead_time"):
        k -= 1
    first = k + 1
    while first <= i and word_class(toks[first].text) != "V":
        first += 1  # the act opens with its verb: "ประเทศ|ส่งออก" → ส่งออก only when a clause opens before it
    if first > i or first != k + 1 or any(_not_an_act(t.text) for t in toks[first:i + 1]):
        return None  # "เพิ่มขึ้น 5%", "คิดเป็น|แล้ว": a change, a gap or a copula is no act
    if k >= 0 and not (toks[k].kind == "space" or toks[k].text in ACT_OPENERS
                       or toks[k].text in words("percent_subject_words", role="lead_time")):
        return None
    return Subject(doc.text[toks[first].start:toks[i].end], toks[first].start, toks[i].end)


def _with_project_head(doc: Document, found: Subject) -> Subject:
    """ "โครงการก่อสร้าง|อาคารผู้ป่วยนอก คืบหน้า 55%": the reader stops at the verb (a count would count
    the อาคาร); a percentage right after a project head, its verb and the object measures the project."""
    toks = [t for t in doc.tokens_before(found.start, 2) if t.kind == "word"]
    if len(toks) < 2 or toks[-1].end != found.start or toks[-2].end != toks[-1].start \
            or word_class(toks[-1].text) != "V" or toks[-2].text not in _words()["project"] \
            or toks[-1].text in _words()["copula"] | _words()["have"]:
        return found
    return Subject(doc.text[toks[-2].start:found.end], toks[-2].start, found.end)


TARGET_GAP_CHARS = 16  # characters between a percentage and the "(เป้าหมาย" that gives its target


def _target_of_previous(doc: Document, pos: int, previous) -> bool:
    """True when only an opening parenthesis and a target word (or a cap word, role cap: กรอบ, เพดาน) stand between
    the percentage before and this one ("ได้ร้อยละ 90 (เป้าหมายร้อยละ 100)", "อยู่ที่ร้อยละ 56.74 (กรอบไม่เกินร้อยละ 60)")."""
    if previous is None or previous.subject is None or not 0 <= pos - previous.end <= TARGET_GAP_CHARS:
        return False
    gap = doc.view[previous.end:pos].strip(" ")
    if not gap.startswith("("):
        return False
    word = gap[1:].strip(" ")
    return word in _w()["target"] or word in _words().get("cap", frozenset())  # "อยู่ที่ร้อยละ 56.74 (กรอบไม่เกินร้อยละ 60)"


FORECAST_GAP_CHARS = 24  # characters of " ต่อปี " or " ของ GDP " between a forecast and the parenthesis of its band
_FORECAST_BAND = regex.compile(r"\([ ]?(?:โดย)?(?:มี)?(?:ช่วง|กรอบ)(?:การ)?(?:คาดการณ์|ประมาณการ)(?:อยู่)?(?:ที่|ระหว่าง)?[ ]?\Z")


def _forecast_band_of_previous(doc: Document, pos: int, previous) -> bool:
    """True when the percentage is the band of the forecast before it, in a parenthesis that opens right after that
    forecast ("ขยายตัวร้อยละ 3.5 ต่อปี (โดยมีช่วงคาดการณ์ที่ร้อยละ 3.0 ถึง 4.0)"): the band measures the same thing;
    the band's own word (ช่วงคาดการณ์) names nothing, so the band is null when the forecast's subject is."""
    if previous is None or not 0 < pos - previous.end <= FORECAST_GAP_CHARS + PAREN_CHARS:
        return False
    m = _FORECAST_BAND.search(doc.view, previous.end, pos)
    return m is not None and m.start() - previous.end <= FORECAST_GAP_CHARS \
        and not any(c.isdigit() for c in doc.view[previous.end:m.start()])


SECOND_WHOLE_CHARS = 80  # characters of " ของผลิตภัณฑ์มวลรวมจังหวัด และ" between two shares of one part
_SECOND_WHOLE = regex.compile(r"[ ]?ของ[^\n()%,\d ๐-๙]{1,70}?(?:[ ](?:และ|หรือ)|[ ]?,)[ ]?\Z")  # no figure, no clause between


def _second_whole_of_previous(doc: Document, pos: int, end: int, previous) -> bool:
    """ "ผลิตภัณฑ์มวลรวมภาคเกษตร 80,165 ล้านบาท (คิดเป็นร้อยละ 56.2 ของผลิตภัณฑ์มวลรวมจังหวัด และร้อยละ 5.9 ของ
    ผลิตภัณฑ์มวลรวมภาคเกษตรของประเทศ)": the same part measured against a second whole, when the percentage before
    named its part (not its whole) and this one names its own whole after ของ."""
    if previous is None or previous.subject is None or not 0 < pos - previous.end <= SECOND_WHOLE_CHARS:
        return False
    gap = doc.view[previous.end:pos]
    if _SECOND_WHOLE.match(gap) is None or previous.subject in gap:
        return False
    return doc.view[end:end + len(OF) + 1].lstrip(" ").startswith(OF)


def _across_spaced_preposition(doc: Document, found: Subject) -> Subject:
    """ "ถนนใน|␣|อบต./หมู่บ้าน", "เงินสมทบจาก|␣|อปท.": a preposition (role spaced_preposition) ends no phrase; the noun
    phrase glued before it, the preposition and the space belong to the subject."""
    if doc.view[found.start - 1:found.start] != " ":
        return found
    cut = found.start - 1
    prep = next((p for p in longest_first(_words()["spaced_preposition"]) if doc.view.startswith(p, cut - len(p))), None)
    if prep is None or not doc.is_boundary(cut - len(prep)):
        return found
    head = _phrase_ending_at(doc, cut - len(prep), spaces=0)
    if head is None or head.end != cut - len(prep) or not _nounish_text(_last_word(doc, head.end)):
        return found
    return Subject(doc.text[head.start:found.end], head.start, found.end)


_PRICE_BAND = regex.compile(r"[ ]?(?:(?:ไม่เกิน|ไม่ถึง|ต่ำกว่า|มากกว่า|สูงกว่า|เกินกว่า|ตั้งแต่|ระหว่าง)[ ]?)?\d[\d,]*(?:\.\d+)?"
                            r"(?:[ ]?[-–][ ]?\d[\d,]*(?:\.\d+)?)?[ ]?(?:ล้านบาท|ลบ\.|บาท)(?:[ ]?ขึ้นไป)?")


def _price_band_end(doc: Document, found: Subject, pos: int) -> int | None:
    """End of the price band right after a bare price word (role price_band): "ราคา|1.01 - 1.50 ล้านบาท", "ระดับราคา|
    มากกว่า 10.00 ล้านบาท"; None when the word stands alone or the band does not end before the percentage."""
    if found.text not in _words()["price_band"]:
        return None
    m = _PRICE_BAND.match(doc.view, found.end, pos)
    if m is None or "\n" in doc.view[m.end():pos]:
        return None
    return m.end()


_TRADE_PARTNER = regex.compile(r"(?:มูลค่า|ดุล)?การ(?:ค้า|ส่งออก|นำเข้า)(?:ชายแดน|ผ่านแดน|ระหว่างประเทศ)?กับ\Z")
TRADE_PARTNER_CHARS = 40  # characters of "มูลค่าการค้าระหว่างประเทศกับ" before a country


def _trade_with_partner(doc: Document, found: Subject) -> Subject:
    """ "การค้าชายแดนกับ|เมียนมา 2568 ขยายตัว 9.3%": the reader stops at กับ and keeps the country; a trade (its
    value, its balance) with a named country is what grows, so the subject is the trade with it. Only a phrase of
    named places (not "ร่วมมือกับ|ภาคเอกชน"), glued after กับ. Not "การส่งออกไปจีน": where goods went is no
    subject (rule 13), the partner of a trade names which trade it is."""
    if not (_place_name(found.text) or found.text in _words().get("trade_partner", frozenset())):
        return found
    m = _TRADE_PARTNER.search(doc.view, max(0, found.start - TRADE_PARTNER_CHARS), found.start)
    if m is None or not doc.is_boundary(m.start()):
        return found
    return Subject(doc.text[m.start():found.end], m.start(), found.end)


HAVE_RELATIVE = "ที่มี"


def _people_with_property(doc: Document, found: Subject) -> Subject:
    """ "ร้อยละของประชากรไทยที่มี|ความรอบรู้ด้านการใช้ยาสมเหตุผล อย่างน้อยร้อยละ 50", "ผู้สูงอายุที่มี|ความรอบรู้ด้านสุขภาพ
    ร้อยละ 50": the reader stops at ที่มี and keeps the property; a share of people who have it counts the people, so
    the subject is the people with their ที่มี clause (a frame lead such as ร้อยละของ dropped). Only people (a person
    word opening the phrase glued before ที่มี); only shares (the caller's: no change)."""
    if not found.text.startswith(PROPERTY) or doc.view[found.start - len(HAVE_RELATIVE):found.start] != HAVE_RELATIVE:
        return found
    cut = found.start - len(HAVE_RELATIVE)
    head = _phrase_ending_at(doc, cut, spaces=0)
    if head is None or head.end != cut:
        return found
    head = _without_frame_lead(doc, head)
    toks = _words_of(doc, head)
    if not toks or not (_person(toks[0].text) or toks[0].text in _words()["people"]):
        return found  # "ผู้สูงอายุ", "ประชาชน", "ประชากร" (role people); not "สินค้าที่มี|ความปลอดภัย"
    return Subject(doc.text[head.start:found.end], head.start, found.end)


_EXAMPLES_BEFORE = regex.compile(r"(?:อาทิ|เช่น)[ ]?([^\n%\d()]{0,60}?)[ ]?\Z")
EXAMPLES_CHARS = 72  # characters of "อาทิ ปทุมธานี พระนครศรีอยุธยา " before the last example


def _head_of_place_examples(doc: Document, found: Subject) -> Subject:
    """ "ภาคกลาง อาทิ ปทุมธานี พระนครศรีอยุธยา ได้กว่า 30%": the reader keeps the last example; places given as
    examples (อาทิ/เช่น) of the phrase before them are not what the figure is said of, that phrase is (read right
    before อาทิ, across one space). Only when every example is a named place."""
    if not _place_name(found.text):
        return found
    m = _EXAMPLES_BEFORE.search(doc.view, max(0, found.start - EXAMPLES_CHARS), found.start)
    if m is None or (m.group(1).strip(" ") and not _place_name(m.group(1).strip(" "))):
        return found
    head = _phrase_ending_at(doc, m.start(), spaces=1)
    if head is None or _place_name(head.text) or _names_nothing(head.text) or _names_a_time(head.text):
        return found
    return head


SHAREHOLDER = "ผู้ถือหุ้น"
_HOLDER_COPULA = regex.compile(r"(?:[ ]?ซึ่ง)?เป็น\Z")
_COMPANY_BEFORE = regex.compile(r"บริษัท[ ]?[^\n()%\d]{1,60}?จำกัด(?:[ ]?\(มหาชน\))?[ ]?\Z")
HOLDER_CHARS = 80  # characters of a company's whole name ("บริษัท ปตท. จำกัด (มหาชน) ") before ซึ่งเป็น


def _holder_of_shares(doc: Document, found: Subject) -> Subject:
    """ "โดยมีกระทรวงการคลังเป็น|ผู้ถือหุ้นใหญ่เกินกว่าร้อยละ 50", "บริษัท ปตท. จำกัด (มหาชน) ซึ่งเป็น|ผู้ถือหุ้นสัดส่วน
    ร้อยละ 74.16 ของ…": the share is the one the holder holds; the holder, named right before (ซึ่ง)เป็น, is the
    subject, not "ผู้ถือหุ้น…". A shareholder with no holder named before it stays."""
    if not found.text.startswith(SHAREHOLDER):
        return found
    m = _HOLDER_COPULA.search(doc.view, max(0, found.start - 8), found.start)
    if m is None:
        return found
    company = _COMPANY_BEFORE.search(doc.view, max(0, m.start() - HOLDER_CHARS), m.start())
    if company is not None and doc.is_boundary(company.start()):
        end = company.start() + len(company.group().rstrip(" "))
        return Subject(doc.text[company.start():end], company.start(), end)
    holder = _phrase_ending_at(doc, m.start(), spaces=1)
    if holder is None or doc.view[holder.end:m.start()].strip(" "):
        return found
    text = holder.text
    for lead in ("โดยมี", "มี"):
        if text.startswith(lead) and len(text) > len(lead) + 2:
            return Subject(text[len(lead):], holder.start + len(lead), holder.end)
    return holder


def _without_share_word(doc: Document, found: Subject) -> Subject:
    """ "มีสัดส่วน|ผู้สูงอายุ 20%" → ผู้สูงอายุ, "สัดส่วน|ของ|ประชากรสูงอายุ" → ประชากรสูงอายุ: a share word (role
    `share_word`) opening the phrase says the figure is a share, which the percentage says already; what it is
    a share of is the subject (the annotated rows never keep สัดส่วน). Only before a noun, not a verb or an
    adverbial (สัดส่วน|ค้ำประกัน, สัดส่วน|ทางการตลาด), not when a bare measure word would be left, nor in a
    compound name (role `share_keep`: สัดส่วนตลาด, the market share)."""
    toks = [t for t in _words_of(doc, found)]
    if len(toks) < 2 or toks[0].text not in _words()["share_word"] or toks[0].start != found.start:
        return found
    k = 2 if toks[1].text == OF and len(toks) > 2 else 1
    head = toks[k]
    if head.kind != "word" or word_class(head.text) != "N" or head.text in _stop_words() \
            or head.text in _words()["measure"] or head.text.startswith(tuple(_words()["adverbial_head"])) \
            or doc.view[toks[k - 1].end:head.start] or doc.text[head.start:found.end] in _words()["share_keep"]:
        return found  # "สัดส่วนตลาด": the market share, one name
    return Subject(doc.text[head.start:found.end], head.start, found.end)


def _numerator_of_ratio(doc: Document, found: Subject) -> Subject:
    """ "หนี้สาธารณะต่อ GDP อยู่ที่ร้อยละ 62.4", "สัดส่วนหนี้ครัวเรือนต่อจีดีพี 89.6%": a ratio of two things (X ต่อ Y, role
    `ratio_word`) measures X against Y; X, the numerator, is the subject (the reader stops at ต่อ and reads Y,
    or reads the two as one). Not a rate's unit after ต่อ ("ค่าใช้จ่ายต่อหัว", "ต่อคน", "ต่อปี": a unit word),
    and None of this when no noun phrase ends right before ต่อ."""
    w = _words()
    word = next((r for r in longest_first(w["ratio_word"]) if r in found.text[1:]), None)
    if word is not None:
        at = found.start + found.text.index(word, 1)
        if doc.is_boundary(at) and doc.is_boundary(at + len(word)) and not _unit_after_ratio(doc, at + len(word)) \
                and _ratio_terms(doc, found.start, at + len(word)):
            end = _before_spaces(doc, at)
            return Subject(doc.text[found.start:end], found.start, end) if end - found.start > 1 else found
        return found
    before = doc.view[max(0, found.start - 6):found.start].rstrip(" ")
    word = next((r for r in longest_first(w["ratio_word"]) if before.endswith(r)), None)
    if word is None or _unit_after_ratio(doc, found.start):
        return found
    at = found.start - (len(doc.view[max(0, found.start - 6):found.start]) - len(before)) - len(word)
    if not doc.is_boundary(at) or not doc.is_boundary(at + len(word)):
        return found  # "อุปกรณ์|ต่อพ่วง": one word
    numerator = _phrase_ending_at(doc, at, spaces=1)
    if numerator is None or not _nounish_text(_first_word(doc, numerator)) \
            or not _ratio_terms(doc, numerator.start, at + len(word)):
        return found
    return numerator


def _after_set_verb(doc: Document, found: Subject) -> Subject:
    """ "การกำหนด|สัดส่วนการจ้างงานบุคลากรไทยมากกว่าร้อยละ 70", "ธนาคารกำหนด|สัดส่วนภาระหนี้…ไม่เกินร้อยละ 40": a verb
    of setting a requirement (role `set_verb`) inside the phrase, with who sets it before it, says the figure is
    required; what it is required of follows the verb (a share word after it is dropped next)."""
    toks = _words_of(doc, found)
    for k, t in enumerate(toks[:-1]):
        if t.text not in _words()["set_verb"]:
            continue
        if any(b.text in _words()["set_passive"] for b in toks[max(0, k - 2):k]):
            return found  # "ผู้ที่ได้รับ|การกำหนด|ตำแหน่ง": who is set upon, not a requirement (rev13)
        nxt = toks[k + 1]
        if doc.view[t.end:nxt.start].strip(" ") or not (nxt.text in _words()["share_word"] or _nounish_text(nxt.text)):
            return found
        return Subject(doc.text[nxt.start:found.end], nxt.start, found.end)
    return found


@lexicon_cache
def _denominator_before_re() -> regex.Pattern:
    # "…ต่อจีดีพีอยู่ที่ ": ต่อ, an aggregate amounts are set against, an address or copula, up to the figure
    return regex.compile(rf"ต่อ[ ]?(?:{alternation(_words()['ratio_denominator'])})[ ]?(?:อยู่ที่|ที่|คิดเป็น|เท่ากับ)?[ ]?\Z")


def _numerator_before_denominator(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """"หนี้ครัวเรือนต่อจีดีพีอยู่ที่ร้อยละ 90.8": the reader reads nothing after an aggregate (role ratio_denominator)
    that closes a ratio right before the figure; X of "X ต่อ Y", the numerator, is the subject, as `_numerator_of_ratio`
    gives it when the reader reads Y (p31)."""
    m = _denominator_before_re().search(doc.view, max(left_limit, pos - DENOMINATOR_CHARS), pos)
    if m is None or not doc.is_boundary(m.start()):
        return None
    numerator = _phrase_ending_at(doc, m.start(), spaces=1)
    if numerator is None or numerator.start < left_limit or not _nounish_text(_first_word(doc, numerator)):
        return None
    return numerator


DENOMINATOR_CHARS = 48  # characters before a figure searched for "ต่อ Y" and its copula


def _ratio_terms(doc: Document, start: int, denominator: int) -> bool:
    """True when X ต่อ Y is a ratio: a share word opens X ("สัดส่วนภาระหนี้ต่อรายได้"), or Y is an aggregate that
    amounts are set against (role `ratio_denominator`: GDP, รายได้, สินทรัพย์). Not "ความกังวลต่อสถานการณ์",
    "การปรับตัวต่อผลกระทบ": ต่อ there is "toward", and the phrase is one name."""
    w = _words()
    opener = doc.view[max(0, start - SHARE_OPENER_CHARS):start + SHARE_OPENER_CHARS]
    if any(sw in opener for sw in w["share_word"]):
        return True
    return doc.view[denominator:denominator + UNIT_PEEK].lstrip(" ").startswith(tuple(w["ratio_denominator"]))


SHARE_OPENER_CHARS = 8  # characters around a ratio's first term searched for สัดส่วน/อัตราส่วน


def _unit_after_ratio(doc: Document, pos: int) -> bool:
    """True when the word at `pos` (spaces skipped) is a unit or a time ("ต่อหัว", "ต่อคน", "ต่อปี"): a rate, not a ratio.
    An aggregate amounts are set against (role ratio_denominator) is never a unit, though its first token may be
    one ("ต่อผลิตภัณฑ์|มวลรวมในประเทศ": ผลิตภัณฑ์ also counts products)."""
    rest = doc.view[pos:pos + UNIT_PEEK].lstrip(" ")
    if rest.startswith(tuple(_words()["ratio_denominator"])):
        return False
    if rest.startswith(tuple(_words()["ratio_unit"] | _words()["time"])):
        return True
    first = next((t.text for t in doc.tokens_after(pos, 3) if t.kind == "word"), "")
    return not first or _is_unit_word(first)


UNIT_PEEK = 16  # characters after ต่อ looked at for a rate's unit


def _with_agent(doc: Document, found: Subject) -> Subject:
    """ "ผู้โดยสารใช้|บริการ 45%": the reader stops at the verb; people right before the verb and its
    object are who the share counts, so the subject is the people (ผู้โดยสาร), as the project's
    annotations of real reports mark it (a subject holds no verb: ANNOTATION.md)."""
    toks = [t for t in doc.tokens_before(found.start, 2) if t.kind == "word"]
    if len(toks) < 2 or toks[-1].end != found.start or toks[-2].end != toks[-1].start \
            or word_class(toks[-1].text) != "V" or toks[-1].text in _words()["copula"] | _words()["have"]:
        return found
    person = toks[-2].text
    if not (person.startswith(tuple(_words()["person_prefix"])) and len(person) > 3 or person in _words()["person"]):
        return found
    return Subject(toks[-2].text, toks[-2].start, toks[-2].end)


def _whole_first_word(doc: Document, found: Subject) -> Subject:
    """ "จัด|การมูลฝอยติดเชื้อ": a phrase that starts inside a word the reader split (data: whole) starts
    with that word."""
    for word in longest_first(_words()["whole"]):
        for cut in range(1, len(word)):
            if word[cut:] and found.text.startswith(word[cut:]) and doc.view[found.start - cut:found.start] == word[:cut] \
                    and doc.is_boundary(found.start - cut):
                start = found.start - cut
                return Subject(doc.text[start:found.end], start, found.end)
    return found


def _without_time_tail(doc: Document, found: Subject) -> Subject:
    """ "ดัชนีราคาส่งออกเดือน|นี้ 2.1%": a month or a time with นี้ glued at the end of the phrase says when, not
    what. A time with its ordinal stays ("อัตราดอกเบี้ยปีแรก 1.99%": the rate of the first year, as three annotated
    rows write it, tq-67, ts-99, tf-87, against one, tp-24 "อัตรากำไรปีแรก" → อัตรากำไร)."""
    toks = _words_of(doc, found)
    w = _words()
    k = len(toks)
    ordinal = {t + tail for t in w["time"] for tail in w["time_tail"]}
    if k >= 2 and toks[-1].text in _month_words() and toks[-1].text not in w["time"] | ordinal:
        k -= 1  # "ดัชนี…ม.ค.": a month (not "ปีแรก", which names the first year's rate: "อัตราดอกเบี้ยปีแรก")
    elif k >= 2 and toks[-1].text in w["time"] and toks[-1].text != "ช่วง" and toks[-2].end == toks[-1].start \
            and doc.view.startswith(THIS_TIME, found.end):
        k -= 1  # "การส่งออกเดือน|นี้": the reader stops before นี้; the time says when
    if k < len(toks) and k >= 2 and toks[k - 1].text == IN and toks[k - 1].end == toks[k].start:
        k -= 1  # "การส่งออกใน|ปี|นี้": the time's ใน goes with it
    if k == len(toks) or toks[k - 1].end != toks[k].start \
            or not (_nounish_text(toks[k - 1].text) or word_class(toks[k - 1].text) == "ADJ"):
        return found  # "ยอดขายในประเทศ|ปี|นี้": a modifier (ADJ) may end what is left, a verb may not
    return Subject(doc.text[found.start:toks[k - 1].end], found.start, toks[k - 1].end)


PROPERTY = "ความ"
IN = "ใน"
THIS_TIME = ("นี้", "ที่แล้ว", "ที่ผ่านมา")  # after a time word ending the phrase: "เดือนนี้", "ปีที่แล้ว"


def _property_tail(doc: Document, found: Subject) -> Subject:
    """ "ข้าวเปลือกเจ้าความชื้น 15%", "ราคาความชื้นไม่เกิน 15%": a ความ noun glued at the end of the
    phrase after a noun is the property the percentage measures, the words before it what has it;
    after a measure word (ระดับ, อัตรา, ดัชนี) it stays part of the name ("ระดับความพึงพอใจ")."""
    toks = _words_of(doc, found)
    if len(toks) < 2:
        return found
    last, before = toks[-1], toks[-2]
    if not last.text.startswith(PROPERTY) or len(last.text) <= len(PROPERTY) + 1 or before.end != last.start \
            or not _nounish_text(before.text) or before.text.startswith(PROPERTY) \
            or any(before.text.endswith(h) for h in _words()["property_head"]) or word_class(before.text) == "V":
        return found  # "…เพื่อชดเชย|ความเสียหาย": the object of a verb, no property of a thing
    return Subject(doc.text[last.start:found.end], last.start, found.end)


def _without_copula_tail(doc: Document, found: Subject, pos: int) -> Subject:
    """ "ค่าเฉลี่ยของโลกที่อยู่ที่ 32.7%": a relative copula glued at the end of the phrase (role copula_tail: ที่อยู่,
    segmented as one word, "address") with nothing or ที่ alone between it and the figure says where the thing stands, so
    it is cut; the phrase before it is the subject. Not when nothing else is left (`_past_lone_copula` reads that)."""
    toks = _words_of(doc, found)
    if len(toks) < 2 or toks[-1].text not in _words()["copula_tail"] or toks[-2].end != toks[-1].start \
            or doc.view[found.end:pos].strip(" ") not in _words()["copula_tail_to"] | {""}:
        return found
    return Subject(doc.text[found.start:toks[-2].end], found.start, toks[-2].end)


def _past_lone_copula(doc: Document, found: Subject, pos: int, left_limit: int) -> Subject:
    """ "สัดส่วนหนี้สาธารณะต่อจีดีพี ที่อยู่ที่ร้อยละ 62": the copula alone after a space, with nothing or ที่ alone
    between it and the figure, names nothing (it read as "address"); the phrase before the space is the subject."""
    w = _words()
    if found.text not in w["copula_tail"] or doc.view[found.end:pos].strip(" ") not in w["copula_tail_to"] | {""} \
            or found.start <= left_limit or not doc.view[found.start - 1].isspace():
        return found
    return subject_before(doc, found.start, left_limit=left_limit) or found


def _without_stock_predicate(doc: Document, found: Subject, pos: int, left_limit: int) -> Subject | None:
    """ "ห้องแยกว่าง 13%", "เตียงผู้ป่วยโควิดสีแดงใน กทม.ว่าง 10%", "เตียงสีแดงในภูมิภาคยังเหลือประมาณ 30%": a predicate of
    what is left or free (role stock_predicate: ว่าง, เหลือ) glued at the end of the phrase, with only fillers between
    it and the figure, says how much of the thing before it is left; the thing is read before the predicate (and
    the auxiliaries before it) as before a figure, as `_predicate_only` reads it after a space. None when nothing
    stands there: the predicate alone names nothing."""
    w = _words()
    # the longest word that ends the phrase ("คงเหลือ" before "เหลือ"): a set's order changes with the hash seed
    word = max((p for p in w["stock_predicate"] if found.text.endswith(p)), key=len, default=None)
    if word is None or doc.view[found.end:pos].strip(" ") not in w["filler"] | {""}:
        return found
    at = found.end - len(word)
    if not doc.is_boundary(at):
        return found  # "ช่องว่าง": part of a word
    before = doc.tokens_before(at, 1)
    if before and before[-1].kind == "word" and before[-1].end == at and word_class(before[-1].text) == "AUX":
        at = before[-1].start  # "ยัง|เหลือ"
    if at <= left_limit:
        return None
    thing = subject_before(doc, at, left_limit=left_limit)
    if thing is not None and (_place_name(thing.text) or thing.text in w["place_short"]):
        lo = max(0, thing.start - len(IN) - 1)
        named = doc.view[lo:thing.start].rstrip(" ")
        if named.endswith(IN):  # "เตียงผู้ป่วยโควิดสีแดงใน กทม.|ว่าง": the beds, not the city
            thing = subject_before(doc, lo + len(named) - len(IN), left_limit=left_limit)
    return thing


PREDICATE_GAP_CHARS = 40  # characters of ได้, fillers and change words between a predicate clause and its figure
PASSIVE = ("ถูก", "โดน")  # open a passive verb, or stand before one, the tag table may hold as a noun ("ถูกกระทำ", "ถูก|หลอก")


@lexicon_cache
def _predicate_gap_words() -> tuple[str, ...]:
    """What may stand between a predicate clause and its figure (`_without_predicate_clause`), longest first."""
    w = _words()
    return tuple(sorted(w["filler"] | w["share_size"] | w["change"] | w["change_adverb"] | {"ได้"}, key=len, reverse=True))


def _without_predicate_clause(doc: Document, found: Subject, pos: int) -> Subject:
    """ "รัฐวิสาหกิจปีปฏิทินที่เบิกจ่ายได้ไม่ต่ำกว่าร้อยละ 95", "เพศหญิงที่ถูกกระทำมากถึง 78%": a relative clause of verbs
    alone (ที่ glued after the head, no noun after it) that runs up to the figure, with only ได้, fillers and change
    words between, is the figure's predicate, not part of what it measures: the head before ที่ is the subject. Not
    after a pronoun head (ผู้ที่, สิ่งที่: role relative_pronoun), nor for a setting verb ("ตามเกณฑ์ที่กำหนด": as
    set), nor when a clause of its own stands between
    ("ประชาชนที่มาลงทะเบียนให้ครบ 100%": ให้ opens the main predicate, the clause names the people)."""
    toks = _words_of(doc, found)
    w = _words()
    rel = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].text in w["relative_head"]), None)
    if rel is None or toks[rel - 1].end != toks[rel].start or toks[rel - 1].text in w["relative_pronoun"]:
        return found
    clause = toks[rel + 1:]
    if not clause or any(t.start != p.end for p, t in zip(toks[rel:], clause)) \
            or not all(word_class(t.text) in ("V", "AUX") or t.text.startswith(PASSIVE) or p.text in PASSIVE
                       for p, t in zip(toks[rel:], clause)) \
            or clause[0].text in w["set_verb"]:
        return found  # "ตามเกณฑ์ที่กำหนด", "เป้าหมายที่กำหนดไว้": as set, a modifier of the noun, not the figure's predicate
    if pos - found.end > PREDICATE_GAP_CHARS:
        return found
    gap = doc.view[found.end:pos]
    for word in _predicate_gap_words():
        gap = gap.replace(word, " ")
    if gap.strip(" "):
        return found
    return Subject(doc.text[found.start:toks[rel - 1].end], found.start, toks[rel - 1].end)


RELATIVE = "ที่"
# open the clause that bounds what stands before them: the relative ที่, and ให้ of a limit set on it
# ("การควบคุมค่าบริการให้ไม่เกินร้อยละ 12 ของงบประมาณ": the cost, not the budget; p21)
BOUND_OPENERS = (RELATIVE, "ให้")


def _head_before_bound(doc: Document, pos: int, start: int, left_limit: int) -> Subject | None:
    """ "ชดเชยความเสียหายสำหรับ NPLs ที่ไม่เกินร้อยละ 50 ของสินเชื่อ": a relative ที่ (or ให้, "ควบคุมค่าบริการให้ไม่เกิน
    ร้อยละ 12") before a bound written before the figure (ไม่เกิน, ไม่ต่ำกว่า, กว่า: `pos` < `start`) opens the clause
    that bounds what stands before it; the reader stops at ที่/ให้, so the phrase before it is read. Only with a qualifier between: "ค่าเฉลี่ยที่ 32.7%" is read as before."""
    if pos >= start:
        return None
    for word in BOUND_OPENERS:
        rel = doc.view.rfind(word, max(left_limit, pos - len(word) - 1), pos)
        if rel >= 0 and not doc.view[rel + len(word):pos].strip(" ") and doc.is_boundary(rel):
            return _as_subject(read_subject(doc, rel, left_limit=left_limit, _counted=False)) \
                or _acronym_before(doc, rel, left_limit)
    return None


_ACRONYM_BEFORE = regex.compile(r"(?<=(?:สำหรับ|แก่|ของ)[ ]?)(?P<x>[A-Z]{2,8}s?)[ ]?\Z")  # "สำหรับ NPLs ": capitals, a plural s


def _acronym_before(doc: Document, rel: int, left_limit: int) -> Subject | None:
    """ "ร้อยละ 100 สำหรับ NPLs ที่ไม่เกินร้อยละ 50 ของสินเชื่อ": a Latin acronym alone right after สำหรับ/แก่/ของ and
    right before the relative ที่ of a bound heads it, where the reader reads no Latin word after a figure's สำหรับ
    (not "สินค้า ABC ที่…": the acronym is part of a name there)."""
    m = _ACRONYM_BEFORE.search(doc.view, max(left_limit, rel - 12), rel)
    return Subject(m.group("x"), m.start("x"), m.end("x")) if m is not None else None


SETTING_VERBS = 2  # verb tokens between a time opener and the phrase read after it ("เมื่อ|เข้า|ห้าง")
SETTING_PAREN_CHARS = 40  # characters of a parenthesis between the thing and the setting after it ("(Febrile neutropenia) ")


def _outside_setting(doc: Document, found: Subject, pos: int) -> Subject:
    """ "มีการเว้นระยะห่างเมื่อเข้าห้าง ตลาด และร้านค้าต่างๆ 85%", "ขุดลอกคูคลองจุดต่าง ๆ ตลอดเส้นลำน้ำ เกือบครบ 100%": a phrase
    read right after a setting opener (role setting_opener: a time clause's เมื่อ, ภายหลัง with its verb, or a place's
    ตลอด, บริเวณ) names when or where, not what the figure measures; when it runs up to the figure (only ได้, fillers,
    size, change and completion words or a determiner between), the noun phrase before the opener is the subject (a
    short parenthesis between is stepped over). Not after มี or เป็น ("เมื่อมีส.ส.ได้รับเลือกตั้ง": the clause's own
    subject), and nothing changes when no noun phrase stands before the opener."""
    toks = list(doc.tokens_before(found.start, SETTING_VERBS + 2))
    while toks and toks[-1].kind == "space" and toks[-1].text == " ":
        toks.pop()
    w = _words()
    verbs = 0
    while toks and toks[-1].kind == "word" and toks[-1].text not in w["setting_opener"] and verbs < SETTING_VERBS \
            and word_class(toks[-1].text) in ("V", "AUX") and toks[-1].text not in w["have"] | w["copula"]:
        toks.pop()
        verbs += 1
    if not toks or toks[-1].kind != "word" or toks[-1].text not in w["setting_opener"] \
            or (verbs == 0) != (toks[-1].text in w["setting_place"]):
        return found  # a time opener takes its verb ("เมื่อ|ออก|นอกบ้าน"), a place opener the place itself ("ตลอด|เส้นลำน้ำ")
    if pos - found.end > PREDICATE_GAP_CHARS:
        return found
    allowed = set(_predicate_gap_words()) | w["complete"] | DONE_WORDS
    if any(t.kind != "space" and t.text not in allowed and word_class(t.text) != "DET"
           for t in doc.tokens_after(found.end, pos - found.end) if t.start < pos):
        return found  # "ต่าง ๆ", "เกือบ|ครบ" may stand there; another word opens a predicate of its own
    opener = toks[-1].start
    close = doc.view[:opener].rstrip(" ")
    if close.endswith(")"):
        open_ = doc.view.rfind("(", max(0, len(close) - SETTING_PAREN_CHARS), len(close))
        if open_ < 0 or "\n" in doc.view[open_:opener]:
            return found
        opener = open_
    for t in reversed(doc.tokens_before(opener, 3)):
        if t.kind == "space" and t.text == " " or t.kind == "word" and word_class(t.text) == "DET":
            opener = t.start  # "คูคลองจุดต่าง ๆ ตลอด…": the phrase ends before its determiner
        else:
            break
    before = _as_subject(read_subject(doc, opener, _counted=False))
    if before is None or not _nounish_text(_first_word(doc, before)) or doc.numbers_between(before.end, found.start):
        return found
    return before


def _without_trailing_aux(text: str) -> str:
    """ "เศรษฐกิจจะ" (segmented เศรษฐ|กิจจะ) → เศรษฐกิจ: an auxiliary never ends a subject."""
    for a in sorted(_words()["aux"], key=len, reverse=True):
        if text.endswith(a) and len(text) > len(a) + 1:
            return text[:-len(a)].rstrip(" ")
    return text


@lexicon_cache
def _month_words() -> frozenset[str]:
    """Month names and abbreviations (data/months.tsv), also after เดือน, and a time word alone or with
    an ordinal ("ปีแรก"): "ดัชนีอุตฯ ม.ค. ขยายตัว", "โดยปีแรกเพียง 5.99%" name a time, not a thing."""
    months = {r["word"] for r in load_tsv("months")}
    w = _words()
    times = {t + tail for t in w["time"] for tail in w["time_tail"] | {""}}
    return frozenset(months | {"เดือน" + m for m in months} | times)


def _names_a_time(text: str) -> bool:
    """A month, a time word alone or with an ordinal, also as the owner of the rest ("ปีแรกของสัญญา")."""
    times = _month_words()
    return text in times or (OF in text and text[:text.index(OF)] in times)


NAMELESS_UNIT_KINDS = ("time", "currency", "measure")


def _names_nothing(text: str) -> bool:
    """A unit of time, money or measure, or a true classifier (ORCHID tags it C…: กลุ่ม, ประเภท),
    standing alone names nothing; a noun that serves as its own classifier (ครัวเรือน) does."""
    row = _qty()._units()[0].get(text)
    return row is not None and (row["kind"] in NAMELESS_UNIT_KINDS or text in _orchid_classifiers())


def _is_year(n: NumberMention) -> bool:
    """A bare four-digit number that reads as a year ("เทศกาลปีใหม่ 2567"), though no date record holds it."""
    return n.text.isdigit() and len(n.text) == 4 and YEAR_RANGE[0] <= int(n.text) <= YEAR_RANGE[1]


@lexicon_cache
def _new_value_re() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?:(?P<change>{alternation(w['change'])}|(?:{alternation(w['to_direction'])})(?=[ ]?(?:{alternation(w['to'])})))[ ]?)?"
                         rf"(?P<to>(?:{alternation(w['to'])}))?")


NEW_VALUE_GAP = 24  # characters between an old percentage and its new value ("ลดลงเหลือ", "เป็น")
YEAR_GAP_CHARS = 20  # more characters when the old value's year stands in the gap ("ในปี พ.ศ. 2563")
OLD_WHOLE_CHARS = 32  # characters of an old share's whole after ของ ("งบประมาณบัตรทองในปัจจุบัน")


@lexicon_cache
def _value_year_re() -> regex.Pattern:
    """The year of an old value, right after it: "ในปี 2563", "ณ สิ้นปี พ.ศ. 2563" (role `value_year`)."""
    w = _words()
    return regex.compile(rf"(?:(?:{alternation(w['value_year'])})[ ]?)*(?:(?:พ\.ศ\.|ค\.ศ\.)[ ]?)?\d{{4}}[ ]?")


@lexicon_cache
def _old_whole_re() -> regex.Pattern:
    """The whole of an old share, right after it, up to a `to` word: "ร้อยละ 9| ของงบประมาณบัตรทองในปัจจุบัน |เป็น"."""
    return regex.compile(rf"ของ[ ]?[^\d\n,()%]{{1,{OLD_WHOLE_CHARS}}}?[ ]?(?=(?:{alternation(_words()['to'])})\Z)")


def _new_value_of_previous(doc: Document, pos: int, previous) -> bool:
    """True when the percentage is the new value of the one before: "จากร้อยละ 30 เป็นร้อยละ 60",
    "ที่สูงถึง 28% ลดเหลือ 16 - 18%" (a change word, or เป็น/เหลือ after a จาก before the old value), "จากร้อยละ 1
    ลงเหลือร้อยละ 0.01" (a direction, role to_direction, before เหลือ/เป็น counts as a change word)."""
    if previous is None or previous.subject is None or not 0 < pos - previous.end <= NEW_VALUE_GAP + YEAR_GAP_CHARS:
        return False
    gap = doc.view[previous.end:pos].strip(" ")
    year = _value_year_re().match(gap)  # "จาก 11% ในปี 2563 เป็นไม่น้อยกว่า 21%": the old value's year
    whole = _old_whole_re().match(gap)  # "จากร้อยละ 9 ของงบประมาณบัตรทองในปัจจุบัน เป็นร้อยละ 20": the old share's whole
    if year is not None:
        gap = gap[year.end():]
    elif whole is not None:
        gap = gap[whole.end():]
        if gap not in _words()["to"]:
            return False  # only เป็น/เหลือ after the whole: the new share of the same whole
    elif pos - previous.end > NEW_VALUE_GAP:
        return False
    m = _new_value_re().fullmatch(gap)
    if m is None or not (m.group("change") or m.group("to")) or (year is not None and m.group("change")):
        return False
    if m.group("change"):
        return True
    before = doc.view[max(0, previous.start - 8):previous.start].rstrip(" ")
    return before.endswith(tuple(_words()["base"]))


def _old_value_of_previous(doc: Document, pos: int, previous) -> bool:
    """True when the percentage is the old value of the change before: "เศรษฐกิจจะเติบโตได้ร้อยละ 3.2 จาก
    ร้อยละ 1.5 ในปี 2564" (only a base word such as จาก between a change's percentage and this one)."""
    if previous is None or previous.subject is None or not 0 < pos - previous.end <= EARLIER_PERIOD_GAP \
            or getattr(previous, "relation", None) not in ("increase", "decrease"):
        return False
    gap = doc.view[previous.end:pos].strip(" ")
    if gap in _words()["base"]:
        return pos - previous.end <= NEW_VALUE_GAP
    m = _earlier_period_re().fullmatch(gap)
    return m is not None and any(t in m.group("when") for t in _words()["time"])


EARLIER_PERIOD_GAP = 64  # characters of " ซึ่งเป็นการขยายตัวต่อเนื่องจากไตรมาสที่ 1-2 ที่ " between a percentage and the earlier one


@lexicon_cache
def _earlier_period_re() -> regex.Pattern:
    """ "เติบโตได้ดีที่ร้อยละ 4.5 |ซึ่งเป็นการขยายตัวต่อเนื่องจากไตรมาสที่ 1-2 ที่| ร้อยละ 2.3": the change continued from an
    earlier period, whose figure follows: the same series."""
    w = _words()
    return regex.compile(rf"(?:ซึ่ง|และ)?[ ]?(?:เป็นการ)?(?:{alternation(w['change'])})(?:[ ]?ต่อเนื่อง)?[ ]?จาก"
                         rf"(?P<when>[^\n%()]{{1,30}}?)[ ]?(?:ที่|ซึ่งอยู่ที่|อยู่ที่)?")


def _without_negator(doc: Document, found: Subject) -> Subject | None:
    """ "ยอดขาย|ไม่|ต่ำกว่าเป้าหมาย ร้อยละ 5": a negator token (grammar role negator) that ends the subject right before
    a comparative (spaces between allowed) negates the comparison, not the subject: left out (lo24; the reader keeps a
    final ไม่ for "ถนนที่สัญจรไม่ได้ 21 สาย")."""
    after = found.end
    while doc.view.startswith(" ", after):
        after += 1
    if not _comparative_re().match(doc.view, after):
        return found
    for neg in grammar("negator"):
        start = found.end - len(neg)
        if start >= found.start and doc.view.startswith(neg, start) and doc.is_boundary(start):
            cut = _before_spaces(doc, start)
            return Subject(doc.text[found.start:cut], found.start, cut) if cut > found.start else None
    return found


COMPARED_GAP = 12  # characters between a percentage and the comparative after it ("คืบหน้า 43.06% เร็วกว่าแผน")


def _past_comparative(doc: Document, found: Subject, pos: int, fig_end: int, left_limit: int,
                      previous) -> Subject | str | None:
    """ "นำสินค้าราคาประหยัดถูกกว่าท้องตลาดประมาณ 50-60%", "คืบหน้า 43.06% เร็วกว่าแผน 0.19%": the phrase right after
    a comparative (role `comparative`) is the base compared with, not what the figure measures. The subject is the
    percentage's before the comparative when one stands right there, else the phrase before the comparative, else
    None. A base the figure is said to be ("สูงกว่าค่าเฉลี่ยของโลกที่อยู่ที่ 32.7%") stays. When the figure is a share
    (`_share_of_category`), the comparative and its base belong to a category: see `_compared_category`."""
    tail = doc.view[found.start:pos].rstrip(" ")
    if tail.endswith(("ที่", "คือ")) or "อยู่ที่" in tail:
        return found
    trimmed = _without_negator(doc, found)
    if trimmed is None:
        return None
    found = trimmed
    share = _share_of_category(doc, found, pos, fig_end)
    inside = _comparative_re().search(doc.view, found.start + 1, found.end)
    if inside is not None and doc.is_boundary(inside.start()) and not _names_a_level(doc, inside.start()):
        if share:
            return _with_relative_head(doc, found)  # "เด็กน้ำหนักน้อยกว่าเกณฑ์ ร้อยละ 8.2 ของเด็กทั้งหมด"
        return Subject(doc.text[found.start:inside.start()].rstrip(" "), found.start,
                       _before_spaces(doc, inside.start()))  # "ราคาน้ำมันในประเทศไทยต่ำกว่ามาเลเซีย 20%"
    end = _before_spaces(doc, found.start)
    word = _word_ending_at(doc, end, _words()["comparative"])
    per = _per_unit_compared(doc, end) if word is None else None
    if per is not None:
        return per  # "ค่าใช้จ่ายต่อหัว|สูง|กว่านักท่องเที่ยวถึง 70%": the rate compared, not the base (p37)
    if word is None:
        return found
    cmp_start = end - len(word)
    if _names_a_level(doc, cmp_start):
        return found
    if share:
        return _compared_category(doc, found, cmp_start, left_limit)
    if previous is not None and previous.subject is not None and 0 <= cmp_start - previous.end <= COMPARED_GAP \
            and doc.view[previous.end:cmp_start].strip(" ") in ("", "ซึ่ง", "("):
        return previous.subject
    if cmp_start <= left_limit:
        return None
    return subject_before(doc, cmp_start, left_limit=left_limit)


def _per_unit_compared(doc: Document, end: int) -> Subject | None:
    """ "ค่าใช้จ่ายต่อหัวสูงกว่า|นักท่องเที่ยวโดยรวมถึง 70-125%": a comparative (role comparative) ending at `end` that the
    segmenter cut inside a word (หัว|สูง is a word of its own) right after ต่อ + a per-unit noun (role ratio_unit) or a
    unit: the rate before it ("ค่าใช้จ่ายต่อหัว") is what is compared, the reader's phrase ending before ต่อ with its
    unit. None when no comparative ends there, it starts at a word boundary (the older steps read it), or no noun
    phrase ends right before ต่อ (p37)."""
    word = max((w for w in _words()["comparative"] if doc.view.endswith(w, max(0, end - len(w)), end)), key=len,
               default=None)
    if word is None:
        return None
    cmp_start = end - len(word)
    if doc.is_boundary(cmp_start):
        return None
    m = _PER_UNIT_END.search(doc.view, max(0, cmp_start - 12), cmp_start)
    if m is None or not doc.is_boundary(m.start()) or not (m.group("unit") in _words()["ratio_unit"]
                                                            or _is_unit_word(m.group("unit"))):
        return None
    head = _as_subject(read_subject(doc, m.start(), _counted=False))
    if head is None or head.end != m.start() or not _nounish_text(_first_word(doc, head)) or _names_nothing(head.text):
        return None
    return Subject(doc.text[head.start:cmp_start], head.start, cmp_start)


_PER_UNIT_END = regex.compile(r"ต่อ(?P<unit>[ก-๙]{1,8})\Z")  # "ต่อหัว", "ต่อคน" right before a glued comparative
COMPARED_TAIL_CHARS = 50  # characters between a comparative and the figure (its base and ถึง)
_COMPARED_TAIL = regex.compile(r"[^\s\d%()]{1,40}?[ ]?\Z")


def _per_unit_compared_before(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "(Gulf) ที่มีค่าใช้จ่ายต่อหัวสูงกว่านักท่องเที่ยวโดยรวมถึง 70-125%": nothing read before the figure; the base
    of a comparison glued up to it (no space, figure or bracket between): the per-unit rate compared
    (`_per_unit_compared`), when the comparative is one the segmenter cut inside a word (p37)."""
    lo = max(left_limit, pos - COMPARED_TAIL_CHARS)
    for m in _comparative_re().finditer(doc.view, lo, pos):
        if _COMPARED_TAIL.fullmatch(doc.view, m.end(), pos):
            if any(t.kind == "word" and t.text in SHARE_PREDICATES for t in doc.tokens_after(m.end(), 12) if t.end <= pos):
                return None  # "ครัวเรือนที่มีรายได้ต่อหัวสูงกว่าเส้นความยากจน|มี|ร้อยละ 90": a share of the units so described (rev35d)
            return _per_unit_compared(doc, m.end())
    return None


# a predicate between a comparison's base and the figure: the figure is a share of what the clause describes (rev35d)
SHARE_PREDICATES = frozenset({"มี", "คิดเป็น", "เป็น", "อยู่ที่", "มีสัดส่วน", "สัดส่วน"})


LEVEL_WORDS = ("ระดับ",)  # glued before a comparative, a level's name: "ผู้สำเร็จการศึกษาระดับต่ำกว่าปริญญาตรี"


def _names_a_level(doc: Document, at: int) -> bool:
    """True when a level word is glued right before the comparative at `at`: "ระดับ|ต่ำกว่า|ปริญญาตรี" names a level
    of education, no difference and no base."""
    return doc.view.endswith(LEVEL_WORDS, max(0, at - max(map(len, LEVEL_WORDS))), at)


SHARE_TAIL = ("คิดเป็น", "สัดส่วน", "เหลือ")  # between a phrase and its figure: the figure is a level or a share


def _share_of_category(doc: Document, found: Subject, pos: int, fig_end: int) -> bool:
    """True when the percentage after a comparative's phrase is no difference but the share or level of a category
    the comparative draws: a share word between ("…ต่ำกว่าค่าปกติ คิดเป็นร้อยละ 30", "…ลดลงเหลือร้อยละ 6.3") or ของ
    right after the figure ("…น้อยกว่าเกณฑ์ ร้อยละ 8.2 ของเด็กทั้งหมด")."""
    if any(w in doc.view[found.end:pos] for w in SHARE_TAIL):
        return True
    return doc.view[fig_end:fig_end + COMPARED_GAP].lstrip(" ").startswith("ของ")


def _compared_category(doc: Document, base: Subject, cmp_start: int, left_limit: int) -> Subject | None:
    """ "นักเรียนที่มีคะแนนสูงกว่าค่าเฉลี่ยระดับประเทศคิดเป็นร้อยละ 41": the reader found the base alone; the share is of
    the category, from the phrase before the comparative through the base, with the head of a relative clause
    (`_with_relative_head`); None when no phrase stands before the comparative (the base alone is never it)."""
    if cmp_start <= left_limit:
        return None
    before = subject_before(doc, cmp_start, left_limit=left_limit)
    if before is None or before.end != cmp_start:
        return _relative_clause_category(doc, base, cmp_start, left_limit)
    return _with_relative_head(doc, Subject(doc.text[before.start:base.end], before.start, base.end))


RELATIVE_VERBS = 3  # verb tokens glued between a relative opener and a comparative ("สินค้าที่|ขาย|แพงกว่า")


def _relative_clause_category(doc: Document, base: Subject, cmp_start: int, left_limit: int) -> Subject | None:
    """ "สินค้าที่ขายแพงกว่าราคาควบคุมมีสัดส่วน 12%": no phrase ends before the comparative because a relative clause's
    verb does; the head noun before ที่/ซึ่ง, the clause and the base name the category; None when no such clause."""
    toks = doc.tokens_before(cmp_start, RELATIVE_VERBS + 1)
    k = len(toks) - 1
    while k >= 0 and len(toks) - 1 - k < RELATIVE_VERBS and toks[k].kind == "word" and word_class(toks[k].text) == "V" \
            and toks[k].end == (toks[k + 1].start if k + 1 < len(toks) else cmp_start):
        k -= 1
    if k < 0 or k == len(toks) - 1 or toks[k].text not in RELATIVE_OPENERS or toks[k].end != toks[k + 1].start:
        return None
    head = subject_before(doc, toks[k].start, left_limit=left_limit)
    if head is None or head.end != toks[k].start:
        return None
    return Subject(doc.text[head.start:base.end], head.start, base.end)


RELATIVE_OPENERS = ("ที่มี", "ซึ่งมี", "ที่")  # between a head noun and the clause that draws its category


def _with_relative_head(doc: Document, found: Subject) -> Subject:
    """ "ครัวเรือนที่มี|รายได้ต่ำกว่าเส้นความยากจน": a phrase right after a relative opener takes the noun phrase before
    it as its head, when one ends right there."""
    word = _word_ending_at(doc, found.start, RELATIVE_OPENERS)
    if word is None:
        return found
    at = found.start - len(word)
    head = subject_before(doc, at)
    if head is None or head.end not in (at, _before_spaces(doc, at)):
        return found  # "ธุรกิจ SME ซึ่งมี|รายได้…": one space may stand before the opener
    return Subject(doc.text[head.start:found.end], head.start, found.end)


def _word_ending_at(doc: Document, end: int, words: Iterable[str]) -> str | None:
    """The longest of `words` that ends at `end`, when it starts at a word boundary; None when none ends there or
    the longest starts inside a word."""
    word = max((w for w in words if doc.view.endswith(w, max(0, end - len(w)), end)), key=len, default=None)
    return word if word is not None and doc.is_boundary(end - len(word)) else None


@lexicon_cache
def _comparative_re() -> regex.Pattern:
    return regex.compile(alternation(_words()["comparative"]))


RANGE_JOINS = frozenset({"-", "–", "ถึง"})  # between the ends of a range written with its percent sign twice


def _range_end_of_previous(doc: Document, pos: int, previous) -> bool:
    """True when the percentage is the high end of a range whose low end is the one before, each with its own
    sign: "อัตราดอกเบี้ย 28% - 33% ต่อปี", "อัตราเงินเฟ้อ 1.5% ถึง 2.0%", "ร้อยละ 1.5 - ร้อยละ 2.0"."""
    if previous is None or previous.subject is None or not 0 < pos - previous.end <= NEW_VALUE_GAP:
        return False
    gap = doc.view[previous.end:pos].strip(" ")
    if gap in RANGE_JOINS:
        return True
    # "เศรษฐกิจไทยอยู่ระหว่างหดตัวร้อยละ 1.7 ถึงขยายตัวที่ร้อยละ 3.0": a range from a fall to a rise, one thing
    w = _words()
    for join in RANGE_JOINS:
        rest = gap[len(join):].strip(" ") if gap.startswith(join) else ""
        for filler in sorted(w["filler"], key=len, reverse=True):
            if rest.endswith(filler):
                rest = rest[:-len(filler)].strip(" ")
                break
        if rest in w["change"]:
            return True
    return False


@lexicon_cache
def _act_tail_words() -> frozenset[str]:
    """Change, filler, completion and new-level words (role to: เป็น, เหลือ): dropped from the end of a nominalised
    act's verbs ("ยอด|ส่งออก|ขยายตัว|เพิ่ม|เป็นร้อยละ 8" → ยอดส่งออก: the level reached is no part of the act, p29)."""
    return frozenset(_words()["change"] | _words()["filler"] | _words()["complete"] | _words()["to"])


def nominalised_act(doc: Document, end: int, left_limit: int, *, money: bool = False) -> Subject | None:
    """ "ตลาดมีการ|ประกาศ|ขาย|เพิ่มขึ้นร้อยละ 13.4" → การประกาศขาย, "มีการ|ขยายตัว|ร้อยละ 5" → การขยายตัว: a
    split การ with its verbs (and their object) glued after it, right before the figure or the change,
    names the act the percentage measures; a change word or filler ending the run is dropped when a
    verb stays. None when no such การ stands there. For an amount of money (`money`), a money frame
    (role amount_nominaliser: "วงเงิน|ก่อสร้าง 980 ล้านบาท") opens such a run too."""
    toks = doc.tokens_before(end, ACT_TOKENS + 3)
    i = len(toks) - 1
    while i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text and len(toks[i].text) == 1:
        i -= 1
    if i < 0 or toks[i].kind != "word":
        return None
    k = i
    acts = _words()["act_nominaliser"] | (_words().get("amount_nominaliser", frozenset()) if money else frozenset())
    while k >= 0 and i - k < ACT_TOKENS and toks[k].kind == "word" and toks[k].text not in acts \
            and word_class(toks[k].text) in ("V", "N", "ADJ") and toks[k].text not in _w()["connector"] \
            and (k == i or toks[k].end == toks[k + 1].start):
        k -= 1
    glued = None if money else _glued_act_start(toks, k, i, left_limit)
    if glued is not None:  # "การท่องเที่ยว|เพิ่มขึ้นร้อยละ 5": การ glued to its verb in one token, nouns after it (p39)
        last = glued
        while last < i and toks[last + 1].start == toks[last].end and word_class(toks[last + 1].text) == "N":
            last += 1
        run = toks[glued:last + 1]
        opener = toks[glued]
    elif k < 0 or k == i or toks[k].text not in acts or toks[k].end != toks[k + 1].start \
            or word_class(toks[k + 1].text) != "V" or toks[k].start < left_limit:
        return None
    else:
        run = toks[k + 1:i + 1]
        opener = toks[k]
    skip = _act_tail_words()
    leveled = False  # a new level's เป็น/เหลือ dropped: the verb of change before it goes too ("ส่งออก|เพิ่ม|เป็น")
    while len(run) > 1 and (run[-1].text in skip or leveled and run[-1].text in _words()["to_lead"]):
        leveled = leveled or run[-1].text in _words()["to"]
        run.pop()
    if all(t.text in _modifiers() for t in run):
        return None  # "ทำยอด|สะสม 2 แสนล้านบาท": a measure and a modifier name nothing
    return Subject(doc.text[opener.start:run[-1].end], opener.start, run[-1].end)


def _glued_act_start(toks: list, k: int, i: int, left_limit: int) -> int | None:
    """ "ส่งผลให้การท่องเที่ยวเพิ่มขึ้นร้อยละ 50": the segmenter keeps การ and its verb in one token
    (การท่องเที่ยว), which the dictionaries tag as a verb, so the reader reads nothing; the index of the first
    such token (การ + a verb) in the glued run toks[k + 1:i + 1], else None."""
    for j in range(k + 1, i + 1):
        t = toks[j]
        if t.start >= left_limit and t.text.startswith(ACT_WORD) and word_class(t.text) == "V" \
                and _nominalised_act_word(t.text):
            before = toks[j - 1] if j > 0 else None
            if before is not None and before.end == t.start and word_class(before.text) == "V":
                return None  # "- ผ่าน|การประเมิน ร้อยละ 90": a verb's object, the phrase is the verb's (the item label)
            return j
    return None


ACT_WORD = "การ"  # a token opening with it and a verb after it is a nominalised act
AND_ITEM_TOKENS = 3  # glued noun tokens of a second item after และ joined to a phrase read after the figure


def _with_glued_and_item(doc: Document, after: Subject) -> Subject:
    """ "โดยกว่า 60% ของประสบการณ์อาหารและเครื่องดื่มยอดนิยมบน Traveloka": a phrase read after the figure that stops
    at และ glued to it and to a noun goes on through the second item, the nouns glued after และ (up to
    AND_ITEM_TOKENS; a verb, a preposition or a space ends it): the whole is both. Otherwise unchanged (p36)."""
    if not doc.view.startswith("และ", after.end) or not doc.is_boundary(after.end):
        return after
    toks = doc.tokens_after(after.end, AND_ITEM_TOKENS + 1)
    if not toks or toks[0].text != "และ":
        return after
    end = toks[0].end
    taken = 0
    for t in toks[1:]:
        if t.kind != "word" or t.start != end or word_class(t.text) != "N" or not _nounish_text(t.text):
            break
        end, taken = t.end, taken + 1
    if not taken:
        return after
    return Subject(doc.text[after.start:end], after.start, end)


def _bound_noun_named(doc: Document, found: Subject) -> Subject:
    """ "บสย. จ่ายค่า|ประกัน|ชดเชยเต็ม 100%": a noun that names nothing alone (role bound_noun: ค่า) with verbs
    glued after it is one noun (ค่าประกัน, ค่าชดเชย); a change, filler, completion or degree word (role degree:
    เต็ม) ending the run is dropped. No verb glued after it: unchanged (p36)."""
    run = _act_after(doc, found)
    if run is None:
        return found
    toks = _words_of(doc, run)
    stop = _act_tail_words() | _words().get("degree", frozenset())
    while len(toks) > 1 and toks[-1].text in stop:
        toks.pop()
    return Subject(doc.text[found.start:toks[-1].end], found.start, toks[-1].end)


def _act_after(doc: Document, nominaliser: Subject) -> Subject | None:
    """ "ร้อยละ 50 ของการ|สนับสนุน|ด้าน…": a split การ read after the figure with the verbs glued after it (up to
    ACT_TOKENS), as `nominalised_act` reads one before it; None when no verb follows."""
    run: list[Token] = []
    for t in doc.tokens_after(nominaliser.end, ACT_TOKENS):
        if t.kind != "word" or t.start != (run[-1].end if run else nominaliser.end) or word_class(t.text) != "V":
            break
        run.append(t)
    return Subject(doc.text[nominaliser.start:run[-1].end], nominaliser.start, run[-1].end) if run else None


def _figure_before_paren(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ผู้ประกอบการภาคเอกชน 485.593 ตัน/วัน (ร้อยละ 50)": a percentage in a parenthesis right after a
    figure (its unit and rate tail included) measures what that figure counts."""
    before = doc.view[max(0, pos - 4):pos].rstrip(" ")
    if before.endswith(("+", "-")):
        before = before[:-1].rstrip(" ")  # "1.18 ล้านตัน (+19%)": the sign of a change
    if not before.endswith("("):
        return None
    paren = max(0, pos - 4) + len(before) - 1
    fig = _figure_ending_before(doc, _before_spaces(doc, paren))
    return _subject_of_figure(doc, fig) if fig is not None and _has_unit(doc, fig) else None


def _figure_run_subject(doc: Document, fig: int) -> Subject | None:
    """ "ปล่อยสินเชื่อใหม่ได้ 106,231 ล้านบาท 69,705 บัญชี เพิ่มขึ้น 5.20%": a figure that names nothing, right after
    another figure (its unit, then spaces only), states the same thing in another unit; the subject of the
    figure before it (a run of two, no further) is what changes or what the share is of."""
    before = _figure_ending_before(doc, fig)
    if before is None or before >= fig or not _is_amount(doc, before) or doc.view[before:fig].count("(") \
            or "\n" in doc.view[before:fig]:
        return None  # "ได้รับครบ 2 เข็ม 9,152,799 ราย": a count before a count is part of a name, not the same thing
    return _subject_of_figure(doc, before)


def _is_amount(doc: Document, fig: int) -> bool:
    """True when the figure at `fig` is an amount of money (a currency after its number)."""
    nums = doc.numbers_between(fig, fig + 1)
    unit = _qty().unit_after(doc, nums[0].end) if nums and nums[0].form != "percent" else None
    return unit is not None and unit.kind == "currency"


MIN_THING_UNIT = 4  # characters of a noun used as its own classifier that names what a share is of (not คน, ตัว)
COUNT_WORDS = ("จำนวน",)  # between an act and the count of what it moved ("และส่งออก จำนวน 92,451 ตัน")


def _act_before_count(doc: Document, fig: int) -> Subject | None:
    """ "…แปรรูป จำนวน 300,000 ตัน หรือร้อยละ 50.2 และส่งออก จำนวน 178,000 ตัน หรือร้อยละ 29.7": when the count
    before a share names nothing, an act standing alone before it (a verb first, glued words after it, opening a
    clause after และ/หรือ/โดย/ซึ่ง, a space or a line, or the first item after a breakdown opener, "แบ่งเป็น
    กระจายภายในประเทศ จำนวน …"; จำนวน between allowed) is what the share measures, as the annotators write ส่งออก.
    Not a verb of having, being or changing (`_not_an_act`)."""
    toks, i, k = _run_before_count(doc, fig, ("V", "N"))
    first = k + 1
    if first > i or word_class(toks[first].text) != "V" or any(_not_an_act(t.text) for t in toks[first:i + 1]):
        return None
    if k >= 0 and not (toks[k].text in ACT_OPENERS or toks[k].kind == "space"
                       and ("\n" in toks[k].text or k == 0 or toks[k - 1].kind == "number"
                            or _after_breakdown_opener(doc, toks[k].start))):
        return None  # "ผลผลิตลำไย|ใช้…", "หลอกลวงซื้อขายสินค้า ระงับ 17,954 บัญชี": the predicate of the noun before it
    return Subject(doc.text[toks[first].start:toks[i].end], toks[first].start, toks[i].end)


def _after_breakdown_opener(doc: Document, at: int) -> bool:
    """True when a breakdown opener (แบ่งเป็น, segmented แบ่ง|เป็น) ends right before `at`."""
    return doc.view.endswith(tuple(_words()["breakdown_opener"]), max(0, at - BREAKDOWN_OPENER_CHARS), at)


BREAKDOWN_OPENER_CHARS = 12  # characters of the longest breakdown opener (จำแนกเป็น)


def _run_before_count(doc: Document, fig: int, classes: tuple[str, ...] | None = None) -> tuple[list, int, int]:
    """The tokens before the count at `fig`; i, the last of them before it once spaces (not a line break) and
    จำนวน are stepped over; k, the token before the run of up to ACT_TOKENS_ALONE glued word tokens ending at i
    (of word classes `classes`, any when None). The run is toks[k + 1:i + 1], empty when k == i."""
    toks = doc.tokens_before(fig, ACT_TOKENS_ALONE + 4)
    i = len(toks) - 1
    while i >= 0 and (toks[i].kind == "space" and "\n" not in toks[i].text or toks[i].text in COUNT_WORDS):
        i -= 1
    k = i
    while k >= 0 and i - k < ACT_TOKENS_ALONE and toks[k].kind == "word" \
            and (classes is None or word_class(toks[k].text) in classes) and (k == i or toks[k].end == toks[k + 1].start):
        k -= 1
    return toks, i, k


def _predicate_of_category(doc: Document, fig: int) -> bool:
    """A verb standing alone before the count, after a space that follows a word: the predicate of a
    category named before it ("หลอกลวงขายสินค้าออนไลน์ ระงับ 12,300 บัญชี"), as `_act_before_count` reads it."""
    toks, i, k = _run_before_count(doc, fig)
    return 0 < k + 1 <= i and word_class(toks[k + 1].text) == "V" and toks[k].kind == "space" \
        and "\n" not in toks[k].text and k > 0 and toks[k - 1].kind == "word"


def _has_unit(doc: Document, fig: int) -> bool:
    """True when the figure at `fig` is a count or an amount (a unit after its number), not a percentage
    ("MRR-2% ต่อปี (4.90%)": the second percentage restates the first, whose phrase is no subject)."""
    nums = doc.numbers_between(fig, fig + 1)
    return bool(nums) and nums[0].form != "percent" and _qty().unit_after(doc, nums[0].end) is not None


def _count_subject(doc: Document, fig: int) -> Subject | None:
    """ "มีนักท่องเที่ยว…กว่า 7,000,000 คน เพิ่มขึ้นจากปี 2566 ร้อยละ 24.53": when the act reading of the
    figure before a change finds nothing, a count (a classifier after it) changes by what it counts,
    the subject the count gets as a record."""
    nums = doc.numbers_between(fig, fig + 1)
    unit = _qty().unit_after(doc, nums[0].end) if nums and nums[0].form != "percent" else None
    return _subject_of_figure(doc, fig) if unit is not None and unit.kind == "classifier" else None


def _subject_of_figure(doc: Document, fig: int, depth: int = 0) -> Subject | None:
    """The subject the figure at `fig` gets as a record: the count's, or the amount's (money_subjects.py);
    for the amount of a change stated with its base ("ผลผลิต 7.35 ล้านตัน เพิ่มขึ้นจากปีก่อน 1.18 ล้านตัน"),
    the subject of the figure that changes (ผลผลิต), as `_read_before_change` reads it."""
    ch = _find_change(doc, fig, 0) if depth == 0 else None
    if ch is not None and not ch.joiner:
        before = _figure_ending_before(doc, ch.head)
        if before is not None:
            return _subject_of_figure(doc, before, depth=1)
    found = subject_before(doc, fig)
    nums = doc.numbers_between(fig, fig + 1)
    unit = _qty().unit_after(doc, nums[0].end) if nums else None
    if unit is not None and unit.kind == "currency":
        return money_subject(doc, found, pos=fig)
    if unit is not None and unit.word in _w()["person_unit"]:
        found = vaccinated_count(doc, fig, found)  # as the count's own record reads it
    if found is not None and only_a_time(found.text):
        return None  # "เพิ่มขึ้นจากสัปดาห์ที่ผ่านมา (82 ส่วนราชการ …": a time names nothing the figure counts
    if found is not None:
        found = _with_both_kinds(doc, found)  # "นักท่องเที่ยว|ทั้ง|ชาวไทย|และ|ชาวต่างชาติ|เดินทาง…" (p37)
    return found or past_filler(doc, fig, 0)  # "มีคดีค้ามนุษย์ถึง 182 คดี คิดเป็น 71%": past ถึง, as for money


BOTH_WORD, AND_WORD = "ทั้ง", "และ"
BOTH_ITEM_TOKENS = 3  # noun tokens of each item of "ทั้ง A และ B"


def _with_both_kinds(doc: Document, found: Subject) -> Subject:
    """ "มีนักท่องเที่ยวทั้งชาวไทยและชาวต่างชาติเดินทางเข้ามาท่องเที่ยวกว่า 7,000,000 คน เพิ่มขึ้น… ร้อยละ 24.53": people
    glued to "ทั้ง A และ B" (A and B nouns, at most BOTH_ITEM_TOKENS tokens each, a verb or a space right after B) are
    the people of both kinds: the subject keeps the pair. Unchanged when the subject names no people or anything else
    stands there (p37)."""
    toks = doc.tokens_after(found.end, 2 * BOTH_ITEM_TOKENS + 4)
    if not toks or toks[0].start != found.end or toks[0].text != BOTH_WORD or not _opens_with_people(doc, found):
        return found
    k, items, end = 1, 0, found.end
    while items < 2:
        n = 0
        while k < len(toks) and toks[k].kind == "word" and toks[k].text != AND_WORD and word_class(toks[k].text) == "N":
            k, n = k + 1, n + 1
        if not 1 <= n <= BOTH_ITEM_TOKENS:
            return found
        items += 1
        item = doc.view[toks[k - n].start:toks[k - 1].end]
        if item.startswith(tuple(grammar("name_head"))) or _place_name(item) or _names_a_time(item):
            return found  # "ผู้ป่วยทั้ง|โรงพยาบาลรัฐ|และ|โรงพยาบาลเอกชน": where they are, not a kind of the people (rev35d)
        end = toks[k - 1].end
        if items == 1:
            if k >= len(toks) or toks[k].text != AND_WORD:
                return found
            k += 1
    if k < len(toks) and not (toks[k].kind == "space" or word_class(toks[k].text) == "V"):
        return found
    return Subject(doc.text[found.start:end], found.start, end)


@lexicon_cache
def _share_gap_re() -> regex.Pattern:
    w = _words()
    # "(สัดส่วน 2.5%)", "คิดเป็นสัดส่วนมากถึงร้อยละ 60.3": a parenthesis may open the gap, the measure word สัดส่วน
    # may name the share, and an adverb of size may stand before the figure
    return regex.compile(rf"(?P<paren>\([ ]?)?(?:(?P<join>{alternation(w['joiner'])})[ ]?)?"
                         rf"(?P<share>(?:{alternation(w['share'])})[ ]?)?(?P<measure>{SHARE_MEASURE}[ ]?)?"
                         rf"(?:(?:{alternation(w['filler'] | w['share_size'])})[ ]?)?$")


PAREN_OPEN_CHARS = 2  # characters (a parenthesis and a space) before a count that opens a parenthesis
SHARE_MEASURE = "สัดส่วน"  # names the share after a share word or an opening parenthesis ("(สัดส่วน 2.5%)")


def _figure_before_share(doc: Document, pos: int, end: int | None = None) -> Subject | None:
    """ "การเบิกจ่ายของรัฐวิสาหกิจ 34 แห่ง จำนวน 84,792 ล้านบาท หรือคิดเป็นร้อยละ 69": a share stated right
    after a figure (หรือ/คิดเป็น between) is the share of what that figure counts: the figure's subject. So is one
    after an adverb of size alone when ของ follows it (`end`: the percentage's end): "มีผู้ลงทะเบียน 18,400 คน
    สูงถึงร้อยละ 92 ของเป้าหมาย" is of the people registered, not of the target."""
    if not doc.numbers_between(max(0, pos - SHARE_GAP_CHARS - FIGURE_REACH - PAREN_CHARS), pos):
        return None  # no figure near: nothing to restate (most percentages, skipped cheaply)
    m = _share_gap_re().search(doc.view, max(0, pos - SHARE_GAP_CHARS), pos)
    if m is None or not doc.is_boundary(m.start()) \
            or not (m.group("share") or m.group("join") in _words()["or"] or m.group("paren") and m.group("measure")
                    or _size_of_whole(doc, m, end)):
        return None  # "… 2.7 ล้านล้านบาท หรือราว 16%": หรือ restates the amount; "… ราย และ 16%" is another figure
    fig = _figure_ending_before(doc, m.start())
    if fig is None:
        return None
    if qualifier_before(doc, fig) == "total":
        return _total_alone(doc, fig)  # "รวม 1,283,286 ราย คิดเป็นร้อยละ 96": a total's list, not one phrase, names it
    fig = _spread_figure(doc, fig)  # "ผู้เข้าร่วมงาน 2,400 คน จาก 60 ประเทศ คิดเป็นร้อยละ 35": of the people
    if doc.view[max(0, fig - PAREN_OPEN_CHARS):fig].rstrip(" ").endswith("("):
        thing = _thing_of_unit(doc, fig)
        if thing is not None:
            return thing  # "…ลดลง (56 ส่วนราชการ คิดเป็นร้อยละ 38)": the count opens the parenthesis, its unit names it
    own = _subject_of_figure(doc, fig)
    bounded = _bounded_category(doc, fig, own)
    if bounded is not None:
        return bounded  # "เกษตรกรที่มีอายุมากกว่า 60 ปี คิดเป็นร้อยละ 45": of the farmers, not of their age
    if own is not None and _object_of_verb(doc, own):
        thing = _thing_of_unit(doc, fig)
        if thing is not None and not own.text.startswith(thing.text):
            return thing  # "ผ่านเกณฑ์ 38 โรงเรียน คิดเป็นร้อยละ 76": of the schools, not of the criterion
        act = _act_before_count(doc, fig)
        if act is not None and act.end == own.end and act.start < own.start:
            return act  # "แบ่งเป็น กระจายภายในประเทศ จำนวน 116,868 ตัน หรือร้อยละ 35.54": the item is the act
    if own is not None:
        own = _with_counted_relative(doc, own, fig)  # "หน่วยงานของรัฐ|ที่ได้ดำเนินการ…แล้ว|จำนวนทั้งสิ้น 5,247,846 โครงการ"
    return own or _figure_run_subject(doc, fig) or _thing_of_unit(doc, fig) or _act_before_count(doc, fig)


MAIN_CLAUSE_QUANTIFIERS = ("ส่วนใหญ่", "ส่วนมาก")  # "ร้านค้าที่ลงทะเบียน|ส่วนใหญ่อยู่ใน…": the main clause begins
_COUNTED_RELATIVE = regex.compile(r"(?:ที่|ซึ่ง)[^\s\d()\[\]\"“”,]{2,80}?(?=จำนวน(?:ทั้งสิ้น|ทั้งหมด|รวม)?[ ]?$)")


def _with_share_relative(doc: Document, found: Subject, pos: int) -> Subject:
    """`_with_counted_relative` for a phrase read before a figure the share restates ("… จำนวน N โครงการ
    คิดเป็นร้อยละ …", the share gap of `_figure_before_share`) when that path named nothing (p38)."""
    nums = doc.numbers_between(found.end, pos)
    if not nums:
        return found
    m = _share_gap_re().search(doc.view, max(0, pos - SHARE_GAP_CHARS), pos)
    if m is None or not doc.is_boundary(m.start()) or not (m.group("share") or m.group("join") in _words()["or"]):
        return found
    fig = _figure_ending_before(doc, m.start())
    if fig is None or fig != nums[0].start:
        return found
    return _with_counted_relative(doc, found, fig)


def _with_counted_relative(doc: Document, own: Subject, fig: int) -> Subject:
    """ "หน่วยงานของรัฐที่ได้ดำเนินการจัดซื้อจัดจ้างและก่อหนี้แล้วจำนวนทั้งสิ้น 5,247,846 โครงการ คิดเป็นร้อยละ 98.34":
    a relative clause (ที่/ซึ่ง, a word of its own) glued after the figure's subject and running, with no space,
    figure or bracket, up to the จำนวน right before the figure belongs to the noun phrase: it says which of them
    the share counts, so the share keeps it even when the count's reader stopped before it (p38). Not ที่ผ่านมา (a
    time), nor a clause the word list calls a time."""
    tok = next((t for t in doc.tokens_after(own.end, 1) if t.kind == "word"), None)
    if tok is None or tok.start != own.end or tok.text not in ("ที่", "ซึ่ง"):
        return own
    m = _COUNTED_RELATIVE.match(doc.view[:fig].rstrip(" "), own.end)
    if m is None or not doc.is_boundary(m.end()) or m.group().startswith(("ที่ผ่านมา", "ที่แล้ว")) \
            or _names_a_time(m.group()[len(tok.text):]) or any(q in m.group() for q in MAIN_CLAUSE_QUANTIFIERS) \
            or any(_date_containing(doc, i) is not None for i in range(own.end, m.end())):
        return own  # "…ในรอบแรกเมื่อเดือนมกราคม|จำนวน 400 คน": a date in the clause is trimmed later, leaving a stump (rev36p)
    return Subject(doc.text[own.start:m.end()], own.start, m.end())


TOTAL_ALONE_CHARS = 60  # characters before a total's phrase searched for another figure (the items of a list)


def _total_alone(doc: Document, fig: int) -> Subject | None:
    """ "จำนวนสินค้าที่ให้สิทธิพิเศษ ภายใต้โครงการฯ รวมทั้งสิ้น 6,998 รายการ คิดเป็นร้อยละ 73.21": a total after one
    phrase of its own (no figure on its line within TOTAL_ALONE_CHARS before the phrase, no count or amount between
    the phrase and the total; an ordinal "ระยะที่ 2" may stand there) is the share of what that phrase names, as the
    count's record reads it; None after a list of figures."""
    own = _subject_of_figure(doc, fig)
    if own is None:
        return None
    line = doc.text.rfind("\n", 0, own.start) + 1
    nums = doc.numbers_between(fig, fig + 1)
    unit = _qty().unit_after(doc, nums[0].end) if nums else None
    before = doc.numbers_between(max(line, own.start - TOTAL_ALONE_CHARS), own.start)
    if unit is not None and unit.kind == "classifier" and before:
        # "รวมสะสม 34,292,537 โดส เป็นผู้ได้รับเข็ม 1 รวม 24,542,140 ราย คิดเป็นร้อยละ 34.1": items of a list are
        # counted in the total's own unit; a figure before in another unit (โดส, not ราย) is no item of it (p34)
        before = [n for n in before if (u := _qty().unit_after(doc, n.end)) is None or u.word == unit.word]
    if before or any(_has_unit(doc, n.start) for n in doc.numbers_between(own.start, fig)):
        return None  # another figure before the phrase, or a count or an amount after it: a list's total
    return _with_counted_relative(doc, own, fig)  # "หน่วยงานของรัฐ|ที่ได้ดำเนินการ…แล้ว|จำนวนทั้งสิ้น …" (p38)


def _size_of_whole(doc: Document, m: regex.Match, end: int | None) -> bool:
    """True when the gap is an adverb of size alone (สูงถึง, มากถึง) and ของ follows the percentage: a share."""
    return end is not None and m.group().strip(" ") in _words()["share_size"] \
        and doc.view[end:end + COMPARED_GAP].lstrip(" ").startswith(OF)


BOUNDS = frozenset({"more_than", "less_than", "at_least", "at_most"})
ALTERNATIVE_REACH = 120  # characters between a bounded figure and the bound that restates it after หรือ/และ
ALTERNATIVE_FIGURES = 3  # numbers looked at, nearest first, for that figure (a duration may stand between)
_ALTERNATIVE_JOIN = regex.compile(r"(?:หรือ|และ)[ ]?\Z")


def _alternative_bound(doc: Document, start: int, previous) -> str | None:
    """ "การควบคุมค่าบริการให้ไม่เกินร้อยละ 12 ของงบประมาณในระยะเวลา 5 ปี หรือไม่เกินร้อยละ 15 ในระยะเวลา 10 ปี",
    "ยื่นขอสินเชื่อได้ไม่เกิน 20 ล้านบาท สำหรับลูกหนี้รายใหม่ และไม่เกินร้อยละ 30 ของวงเงินเดิม": a bound (ไม่เกิน,
    ไม่น้อยกว่า …) right after หรือ/และ restates the bound of a figure shortly before with the same qualifier (an
    alternative or a second limit): the percentage measures what that figure does (the percentage before's subject,
    or the amount's or count's, `_subject_of_figure`). None when no such figure stands within reach on the line (the
    readers after this one answer) or it is a duration; "" when the figure is there but names nothing ("ยื่นขอสินเชื่อได้ไม่เกิน 20 ล้านบาท
    สำหรับลูกหนี้ที่ไม่มีสินเชื่อกับสถาบันการเงิน และไม่เกินร้อยละ 30 ของ…": the reader would take the last noun of the
    relative clause between, สถาบันการเงิน; the construction is found, its subject is not: null, p28)."""
    q, q_start = qualifier_span_before(doc, start)
    join = _ALTERNATIVE_JOIN.search(doc.view, max(0, q_start - 6), q_start) if q in BOUNDS else None
    if join is None or not doc.is_boundary(join.start()):
        return None
    lo = max(0, q_start - ALTERNATIVE_REACH)
    nl = doc.text.rfind("\n", lo, q_start)
    lo = nl + 1 if nl >= 0 else lo
    for n in reversed(doc.numbers_between(lo, q_start)[-ALTERNATIVE_FIGURES:]):
        if previous is not None and previous.start <= n.start < previous.end:
            if qualifier_before(doc, previous.start) != q:
                return None
            return previous.subject
        if qualifier_before(doc, n.start) == q:
            if _is_year(n) or _date_containing(doc, n.start) is not None or not _has_unit(doc, n.start):
                return None
            found = _subject_of_figure(doc, n.start)
            if found is not None:
                return found.text
            unit = _qty().unit_after(doc, n.end)
            # a duration names no thing ("ใช้เวลาไม่เกิน 2 ปี และไม่เกินร้อยละ 10 ของงบประมาณ": the readers after this one)
            return None if unit is None or unit.kind == "time" else ""
    return None


def _bounded_category(doc: Document, fig: int, own: Subject | None) -> Subject | None:
    """ "ประชาชนที่มีอายุน้อยกว่า 25 ปี คิดเป็นร้อยละ 30", "ธุรกิจ SME ซึ่งมีรายได้ต่ำกว่า 1.8 ล้านบาท คิดเป็นร้อยละ 85":
    a figure after a bound (น้อยกว่า, ไม่เกิน …) that its own phrase (อายุ, รายได้) ends at, inside a relative
    clause, draws a category: the share is of the clause's head with the clause and the bound, through the unit;
    None when no relative clause heads the phrase ("ผู้ลงทะเบียนมากกว่า 5,000 คน": the count's own qualifier)."""
    if own is None:
        return None
    q, q_start = qualifier_span_before(doc, fig)
    if q not in BOUNDS or _before_spaces(doc, q_start) != own.end:
        return None
    nums = doc.numbers_between(fig, fig + 1)
    unit = _qty().unit_after(doc, nums[0].end) if nums and nums[0].form != "percent" else None
    if unit is None:
        return None
    whole = _with_relative_head(doc, Subject(doc.text[own.start:unit.end], own.start, unit.end))
    return whole if whole.start < own.start else None


def _object_of_verb(doc: Document, found: Subject) -> bool:
    """True when a verb is glued right before `found` ("ผ่าน|เกณฑ์", "ได้รับ|แบบรายงาน"): the phrase is that verb's
    object, which a count in a noun of its own (`_thing_of_unit`: "38 โรงเรียน") does not count."""
    toks = doc.tokens_before(found.start, 1)
    if not toks or toks[-1].kind != "word" or toks[-1].end != found.start or word_class(toks[-1].text) != "V":
        return False
    verb = toks[-1].start
    lo = max(0, verb - ITEM_OPENING_CHARS)  # a bounded look back: linear in the text
    newline = doc.view.rfind("\n", lo, verb)
    if newline < 0 and lo > 0:
        return True  # more of its line stands before the verb than an item's number
    return not _ITEM_OPENING.fullmatch(doc.view, newline + 1, verb)  # "(1) สอบถาม|ข้อมูล…": an item's label, verb and all


ITEM_OPENING_CHARS = 8  # characters before a verb that open a list item: "(12) ", "- "


_ITEM_OPENING = regex.compile(r"[ \t]*(?:[(\[]?[0-9๐-๙]{1,2}[.)\]]?|[-•*])?[ \t]*")  # nothing, or an item's number


# between a figure and the places or groups it is spread over ("ใน 8 จังหวัด", "ในพื้นที่ 6 อำเภอ", "กระจายไปยัง 25 จังหวัด")
DISTRIBUTION_JOINS = ("จาก", "ใน", "ในพื้นที่", "กระจายใน", "กระจายไปยัง", "กระจายไป")


def _spread_figure(doc: Document, fig: int) -> int:
    """The figure a share after the figure at `fig` is of: the figure right before it when `fig` only tells where
    that one is spread ("2,400 คน จาก 60 ประเทศ", "1.2 ล้านคน ใน 8 จังหวัด"), else `fig` itself."""
    at = _before_spaces(doc, fig)
    word = _word_ending_at(doc, at, DISTRIBUTION_JOINS)
    if word is None:
        return fig
    first = _figure_ending_before(doc, _before_spaces(doc, at - len(word)))
    return fig if first is None else first


def _thing_of_unit(doc: Document, fig: int) -> Subject | None:
    """ "ผ่านการประเมิน 120 โรงเรียน คิดเป็นร้อยละ 80", "(56 ส่วนราชการ คิดเป็น ร้อยละ 38)": when the count before
    a share names nothing, a noun used as its own classifier (not one ORCHID tags a classifier: แห่ง, ราย)
    is what the share is of; the classifier word itself, as the annotators write it."""
    nums = doc.numbers_between(fig, fig + 1)
    if not nums or nums[0].form == "percent":
        return None
    unit = _qty().unit_after(doc, nums[0].end)
    if unit is None or unit.kind != "classifier" or unit.word in _orchid_classifiers() \
            or len(unit.word) < MIN_THING_UNIT or word_class(unit.word) != "N":
        return None
    read = read_subject(doc, fig)
    if read is not None and _place_name(read.text):
        return None  # "…อยู่ในจังหวัดเชียงใหม่ จำนวน 7,105 ร้าน คิดเป็น 3.4%": a list item named by its place
    if _predicate_of_category(doc, fig):
        return None  # "1.หลอกลวงขายสินค้าออนไลน์ ระงับ 12,300 บัญชี คิดเป็น 41.2%": a list item's share (p13: null)
    return Subject(doc.text[unit.start:unit.end], unit.start, unit.end)


VACCINE_REACH = 90  # characters between a vaccination predicate and the percentage it states


@lexicon_cache
def _vaccinate_re(counted: bool = False) -> regex.Pattern:
    """A vaccination predicate; for a count of people also taking a medicine (role `medicate`: "ที่ใช้ยาอินซูลิน"),
    for a percentage also an act said to take place (role `vaccinate_said`: "ครูมีการฉีดวัคซีนแล้ว 85%"; a count
    after it counts the acts: "มีการฉีดวัคซีนแล้ว 1,500 ราย")."""
    w = _words()
    acts = w["vaccinate"] | w["medicate"] if counted else w["vaccinate"] | w["vaccinate_said"]
    return regex.compile(rf"(?:(?:{alternation(w['aux'] | w['modal'])})[ ]?)?(?:(?:{alternation(w['vaccinate_not'])})[ ]?)?"
                         rf"(?:{alternation(acts)})")


@lexicon_cache
def _vaccinate_anchors(counted: bool = False) -> tuple[str, ...]:
    """The acts of `_vaccinate_re` that hold no other one: every match of it holds one of these (ฉีด, รับวัคซีน…)."""
    w = _words()
    acts = w["vaccinate"] | w["medicate"] if counted else w["vaccinate"] | w["vaccinate_said"]
    return tuple(sorted(a for a in acts if a and not any(b != a and b and b in a for b in acts)))


def _vaccination_predicate(doc: Document, pos: int, *, counted: bool = False) -> regex.Match | None:
    """The last vaccination predicate (role `vaccinate`, a negation before it kept: "ยังไม่ได้รับวัคซีน") that the
    figure at `pos` states something of, within VACCINE_REACH on its line: None across a clause comma or
    another percentage, and None for an act noun ("สถิติการฉีดวัคซีน": การ glued before it). `counted`: the
    figure counts people, so another count of people between ("… 7.5 หมื่นคน เข็มสอง 5.1 หมื่นคน") is no
    figure of this predicate either."""
    lo = _vaccine_reach_start(doc, pos)  # the figures between the predicate and this one (doses) set no limit
    if not any(doc.view.find(a, lo, pos) >= 0 for a in _vaccinate_anchors(counted)):
        return None  # no act word in reach: no predicate (most figures; s27)
    m = None
    for m in _vaccinate_re(counted).finditer(doc.view, lo, pos):
        pass
    if m is None or not (doc.is_boundary(m.start()) or _after_person_prefix(doc, m.start(), lo)) \
            or _clause_comma(doc.view[m.end():pos]) or doc.view.endswith(tuple(_words()["act_nominaliser"]), lo, m.start()) \
            or any(n.form == "percent" or _percent_word_before(doc, n.start)
                   or counted and _counts_people(doc, n.start) for n in doc.numbers_between(m.end(), pos)):
        return None
    return m


def _after_person_prefix(doc: Document, start: int, lo: int) -> bool:
    """True when a person prefix, at a word boundary, is glued right before `start` ("ผู้|รับวัคซีน", one token):
    the predicate opens the people's own name."""
    return any(doc.view.endswith(p, lo, start) and doc.is_boundary(start - len(p)) for p in _words()["person_prefix"])


def _counts_people(doc: Document, start: int) -> bool:
    unit = _unit_of_number_at(doc, start)
    return unit is not None and unit.word in _w()["person_unit"]


def _vaccinated_people(doc: Document, pos: int) -> Subject | None:
    """ "ครู - บุคลากรต้องฉีดวัคซีนครบโดสไม่น้อยกว่า 85%", "อสม.ทั่วประเทศ เข้ารับวัคซีน … ให้ได้ครบ 100%": a
    percentage of vaccination measures the people before the predicate (a person word opening their phrase),
    not the act or the dose; not inside a relative phrase ("ผู้ที่ฉีดวัคซีน…", "ผู้ได้รับวัคซีน…"), and not
    across a comma, a line or another percentage."""
    m = _vaccination_predicate(doc, pos)
    if m is None:
        return None
    lo = _vaccine_reach_start(doc, pos)
    return _people_before_predicate(doc, m, lo) or _vaccinated_place(doc, m, lo)


def _vaccinated_place(doc: Document, m: regex.Match, lo: int) -> Subject | None:
    """ "ภาคตะวันออกฉีดได้สูงสุด 40%", "จังหวัดภูเก็ต ฉีดวัคซีนแล้วร้อยละ 70": a region (a partition word of
    subject_context_words that starts with ภาค) or a named province or country glued or a space before the
    vaccination predicate: the share of its people vaccinated, so the place is the subject (no people named)."""
    end = _before_spaces(doc, m.start())
    limit = max([lo] + [n.end for n in doc.numbers_between(lo, end)])
    found = _as_subject(read_subject(doc, end, left_limit=limit, _counted=False))
    if found is None or doc.view[found.end:end].strip(" "):
        return None
    return found if _place_name(found.text) or found.text.startswith(_regions()) and " " not in found.text else None


@lexicon_cache
def _regions() -> tuple[str, ...]:
    return tuple(w for w in words("subject_context_words", role="partition") if w.startswith("ภาค"))


def vaccinated_count(doc: Document, pos: int, found: Subject | None) -> Subject | None:
    """ "นักเรียนชั้นมัธยมศึกษาปีที่ 2 เข้ารับการฉีดวัคซีน จำนวน 240 คน", "กลุ่มเด็ก อายุ 5-11 ปี ฉีดแล้ว 12,480 คน":
    a count of people (`pos` before its person classifier) after a vaccination predicate counts the people before
    the predicate, not the vaccine, the act or the dose the reader took from it ("…ยังไม่ได้รับการฉีดวัคซีน จำนวน
    960 ราย" → การฉีดวัคซีน, "ตรวจพบเชื้อและได้รับวัคซีน…" → a fragment): the people, or None when none stand there.
    `found` (the reader's phrase) stands when a person word opens it or when it is no reading of the predicate."""
    if found is not None and _opens_with_people(doc, found):
        return found
    m = _vaccination_predicate(doc, pos, counted=True)
    if m is None or found is not None and not (found.start < m.end() and found.end > m.start()
                                                or found.text in _words()["dose_alone"]):
        return found
    if found is not None and found.start < m.start() and _ends_with_relative(doc, found.start, m.start()):
        return found  # "กลุ่มเป้าหมายที่ยังไม่ได้รับวัคซีน 45,000 คน": the reader read the people with their clause
    lo = _vaccine_reach_start(doc, pos)
    return _people_before_predicate(doc, m, lo) or _people_with_relative(doc, m, pos, lo) or _recipients_after(doc, m, pos)


def vaccine_doses(doc: Document, pos: int, found: Subject | None) -> Subject | None:
    """ "ฉีดวัคซีนให้ประชาชนแล้ว 83 ล้านโดส", "ฉีดวัคซีนแก่ผู้ต้องขังไปแล้วทั้งสิ้น 263,301 โดส": doses (`pos` before a
    `dose_alone` unit) count the vaccine given, not the people it was given to: when the reader's phrase is the
    recipients right after a `given_to` word after a vaccination predicate, the vaccine the predicate names
    (from its medicine word up to the given_to word), or None when it names none ("ฉีดให้ประชาชน"). A phrase the
    reader began right after the predicate's medicine word, spaces between allowed, is that medicine's name
    ("ฉีดวัคซีน|ไข้หวัดใหญ่…", "ฉีดวัคซีน HPV 1 ล้านโดส")."""
    if found is None:
        return None
    m = _vaccination_predicate(doc, pos)
    if m is not None and _before_spaces(doc, found.start) == m.end() and m.group().endswith(tuple(_w()["medicine"])):
        start = m.end() - next(len(w) for w in longest_first(_w()["medicine"]) if m.group().endswith(w))
        found = Subject(doc.text[start:found.end], start, found.end)
    to = _before_spaces(doc, found.start)
    place = _word_ending_at(doc, to, PLACE_PREPOSITIONS) if m is not None else None
    if m is not None and place is not None and _before_spaces(doc, to - len(place)) == m.end():
        return _vaccine_named(doc, m.start(), m.end())  # "ฉีดวัคซีนที่จุดให้บริการ 120,000 โดส": where, not what
    word = _word_ending_at(doc, to, _words()["given_to"])  # ให้แก่ before แก่
    if word is None:
        return found
    to -= len(word)
    if m is None:
        return _delivered_vaccine(doc, to) or found  # "ส่งมอบวัคซีนให้โรงพยาบาลชุมชน 20,000 โดส": the vaccine
    if not m.end() <= to <= m.end() + RECIPIENT_GAP or _clause_comma(doc.view[m.end():to]):
        return found
    med = next((x for x in regex.finditer(alternation(_w()["medicine"]), doc.view[m.start():to])), None)
    if med is None:
        return None
    start, end = m.start() + med.start(), _before_spaces(doc, to)
    return Subject(doc.text[start:end], start, end)


PLACE_PREPOSITIONS = ("ที่", "ณ")  # between a vaccination predicate and where it was given
DELIVERY_GAP = 40  # characters between a medicine word and the given_to word of a delivery ("ส่งมอบวัคซีน…ให้")


def _vaccine_named(doc: Document, start: int, end: int) -> Subject | None:
    """The vaccine a vaccination predicate (doc.view[start:end]) names, from its medicine word; None when none."""
    med = next((x for x in regex.finditer(alternation(_w()["medicine"]), doc.view[start:end])), None)
    if med is None:
        return None
    return Subject(doc.text[start + med.start():end], start + med.start(), end)


def _delivered_vaccine(doc: Document, to: int) -> Subject | None:
    """ "ส่งมอบวัคซีนไข้หวัดใหญ่ให้โรงพยาบาลส่งเสริมสุขภาพตำบล 15,000 โดส": doses given to a place or people with no
    vaccination predicate (a delivery) count the medicine named before the given_to word at `to`: the last medicine
    word at a word boundary within DELIVERY_GAP on its line, through `to`; None when none stands there."""
    lo = max(0, to - DELIVERY_GAP)
    lo = doc.view.rfind("\n", lo, to) + 1 or lo
    med = None
    for med in regex.finditer(alternation(_w()["medicine"]), doc.view[lo:to]):
        pass
    if med is None or not doc.is_boundary(lo + med.start()) or _clause_comma(doc.view[lo + med.start():to]) \
            or doc.numbers_between(lo + med.start(), to):
        return None
    start, end = lo + med.start(), _before_spaces(doc, to)
    return Subject(doc.text[start:end], start, end)


def _ends_with_relative(doc: Document, lo: int, end: int) -> bool:
    end = _before_spaces(doc, end)
    return any(doc.view.endswith(r, lo, end) and doc.is_boundary(end - len(r)) for r in _words()["relative"])


def _people_with_relative(doc: Document, m: regex.Match, pos: int, lo: int) -> Subject | None:
    """ "ผู้ต้องขังที่ได้รับวัคซีนครบ 3 เข็มแล้ว จำนวน 18,500 ราย", "ให้ผู้รับวัคซีนครบ 2 เข็ม ประมาณ 4 แสนคน": the predicate
    opens a relative clause on people (ที่/ซึ่ง right before it, or a person prefix glued to it: ผู้|รับวัคซีน): the
    people and the clause up to the count (`_clause_stop`) name what is counted."""
    rel = _before_spaces(doc, m.start())
    rel_word = next((r for r in longest_first(_words()["relative"]) if doc.view.endswith(r, lo, rel) and doc.is_boundary(rel - len(r))), None)
    end = rel if rel_word is None else _before_spaces(doc, rel - len(rel_word))
    prefix = next((p for p in longest_first(_words()["person_prefix"]) if doc.view.endswith(p, lo, end) and doc.is_boundary(end - len(p))), None)
    if prefix is not None:
        start = end - len(prefix)  # "ผู้|รับวัคซีน…", "ผู้ที่ได้รับวัคซีน…": the prefix heads the people
    elif rel_word is not None:
        people = _people_named_before(doc, end, lo) or _people_read_before(doc, end, lo) or _people_with_tail(doc, end, lo)
        if people is None:
            return None
        start = people.start
    else:
        return None
    stop = _clause_stop(doc, m.end(), pos)
    return Subject(doc.text[start:stop], start, stop)


def _recipients_after(doc: Document, m: regex.Match, pos: int) -> Subject | None:
    """ "ได้ฉีดวัคซีนให้กับเด็ก 5-11 ปี ในอำเภอเมืองไปแล้ว 2,130 คน": the people a vaccination is given to (after a
    `given_to` word: ให้กับ, ให้แก่, ให้, แก่) and right before the count are what it counts."""
    stop = _clause_stop(doc, m.end(), pos)
    to = _recipient_re().search(doc.view, m.end(), stop)
    if to is None or to.start() - m.end() > RECIPIENT_GAP or not doc.is_boundary(to.start()) \
            or _clause_comma(doc.view[m.end():to.start()]):
        return None
    people = _people_with_tail(doc, stop, to.end()) or _people_read_before(doc, stop, to.end())
    return people if people is not None and people.start == to.end() else None


RECIPIENT_GAP = 30  # characters of manner words between a vaccination predicate and the word before its recipients


@lexicon_cache
def _recipient_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_words()['given_to'])})[ ]?")


def _clause_stop(doc: Document, start: int, pos: int) -> int:
    """Where the words naming a count's people end before the count at `pos` (from `start`, the predicate's end): a
    qualifier (ประมาณ), a time closing the clause ("ช่วงเดือนมกราคม 2565", role `clause_time`) and fillers (แล้ว,
    จำนวน, role `count_filler`) dropped from the end."""
    stop = _before_spaces(doc, qualifier_start(doc, pos, left_limit=start))
    when = _clause_time_re().search(doc.view, start, stop)
    if when is not None and doc.is_boundary(when.start()):
        stop = _before_spaces(doc, when.start())  # "…ครบ 2 เข็ม|ช่วงเดือนมกราคม 2565 ประมาณ 3.2 หมื่นคน": when is no name
    while True:  # "…ครบ 3 เข็ม|แล้ว จำนวน": each filler at the end dropped
        filler = next((w for w in _count_fillers() if doc.view.endswith(w, start, stop) and doc.is_boundary(stop - len(w))),
                      None)
        if filler is None:
            return stop
        stop = _before_spaces(doc, stop - len(filler))


@lexicon_cache
def _count_fillers() -> tuple[str, ...]:
    return tuple(sorted(_words()["count_filler"], key=len, reverse=True))  # ไปแล้ว before แล้ว


def _opens_with_people(doc: Document, found: Subject) -> bool:
    first = _first_word(doc, found)
    heads, not_people = _person_heads()
    return _is_people(first) or _is_people(found.text) or first.startswith(heads) and not first.startswith(not_people)


@lexicon_cache
def _person_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """How a noun naming people starts (subject_context_words `person_head`), and look-alikes that do not (`not_people`)."""
    return (tuple(words("subject_context_words", role="person_head")),
            tuple(words("subject_context_words", role="not_people")))


TIME_BETWEEN_CHARS = 40  # characters of a dated time phrase between people and their vaccination predicate


@lexicon_cache
def _time_between_re() -> regex.Pattern:
    """A dated time phrase (role `clause_time` + a day, month or year, ending in the month or year) ending where a
    vaccination predicate starts."""
    months = alternation(r["word"] for r in load_tsv("months") if r["form"] in ("full", "abbr"))
    return regex.compile(rf"(?:{alternation(_words()['clause_time'])})[ ]?(?:(?:วันที่|เดือน)[ ]?)?[\d\-– ]{{0,12}}"
                         rf"(?:{months})(?:[ ]?\d{{2,4}})?[ ]?$")


@lexicon_cache
def _clause_time_re() -> regex.Pattern:
    """A time phrase closing a relative clause (role `clause_time`, a figure or month after it)."""
    months = alternation(r["word"] for r in load_tsv("months") if r["form"] == "full")
    return regex.compile(rf"(?:{alternation(_words()['clause_time'])})[ ]?[^\n,%]{{0,40}}?(?:\d|{months})")


def _vaccine_received(doc: Document, pos: int, found: Subject) -> bool:
    """True when `found` is the vaccine or dose a vaccination predicate before the percentage names ("ได้รับ|วัคซีน
    เข็มกระตุ้น"): opened by a `medicine` or `dose_alone` word and overlapping the predicate."""
    m = _vaccination_predicate(doc, pos)
    return m is not None and found.start < m.end() and found.end > m.start() \
        and found.text.startswith(tuple(_w()["medicine"] | _words()["dose_alone"]))


def _vaccine_reach_start(doc: Document, pos: int) -> int:
    lo = max(0, pos - VACCINE_REACH)
    return max(lo, doc.text.rfind("\n", lo, pos) + 1)


CLAUSE_HEAD_REACH = 160  # characters before a vaccination predicate searched for people a relative clause is said of
_RELATIVE_OPENER = regex.compile(r"ซึ่ง|ที่")
_TOPIC_SWITCH = regex.compile(r"[ ](?:ขณะที่|ส่วน|สำหรับ|ทั้งนี้|นอกจากนี้)")  # a new topic opened after a space


_TERM_ACRONYM = regex.compile(r"[ ]?(?:\([A-Z]{2,5}s?\)|[A-Z]{2,5}s?(?=[ )]))")  # "(NPL)", " NPLs"
_TERM_TO_FIGURE = regex.compile(r"[ ]*(?:ที่)?[ ]*")  # between the acronym and the figure's qualifier


START_VERB = "เริ่ม"  # the segmenter splits เริ่มต้น (from, starting) as เริ่ม|ต้น… before a time: "เริ่ม|ต้นปีแรก"


def _past_start_time(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ดอกเบี้ยคงที่ เริ่มต้นปีแรกเพียง 5.99%ต่อปี": a phrase ต้น + a time (ปีแรก, เดือนแรก) glued after เริ่ม is the
    segmenter's cut of "starting (in) the first year", a time, no thing: the phrase before เริ่ม (a space allowed) is
    the subject, or None when none ends there (p35)."""
    lead = found.start - len(START_VERB)
    if not found.text.startswith("ต้น") or lead <= left_limit or not doc.view.startswith(START_VERB, lead) \
            or not _names_a_time(found.text[len("ต้น"):]):
        return found
    before = subject_before(doc, lead, left_limit=left_limit)
    if before is None or doc.view[before.end:lead].strip(" ") or lead - before.end > 1:
        return None
    return before


COPULA_RELATIVES = ("ที่เป็น", "ซึ่งเป็น")  # open a relative clause saying what the head is


def _with_copula_head(doc: Document, found: Subject) -> Subject:
    """ "ซึ่งได้ก๊าซมีเทนที่เป็น|ก๊าซติดไฟกว่า 50%", "มีสมาชิกที่เป็น|ลูกหนี้สหกรณ์ 16,756 คน คิดเป็นร้อยละ 76": a phrase
    glued after ที่เป็น/ซึ่งเป็น is the complement of a relative clause; the share is of its head so described, the noun
    phrase ending right before the relative (p35). Not when no noun phrase ends there, nor a measure word or a time."""
    rel = next((r for r in COPULA_RELATIVES if doc.view.endswith(r, 0, found.start)), None)
    if rel is None or not doc.is_boundary(found.start - len(rel)):
        return found
    at = found.start - len(rel)
    head = _as_subject(read_subject(doc, at, _counted=False))
    if head is None or head.end != at or not _nounish_text(_first_word(doc, head)) \
            or head.text in _words()["measure"] or _names_nothing(head.text) or _names_a_time(head.text):
        return found
    head = _object_of_clause(doc, head)
    if head is None:
        return found
    return Subject(doc.text[head.start:found.end], head.start, found.end)


_VERB_HEADS = ("ผู้", "การ", "ความ", "นัก", "ที่", "ซึ่ง")  # a verb after these is part of a noun (ผู้|ตอบ, การ|ผลิต)


def _object_of_clause(doc: Document, head: Subject) -> Subject | None:
    """ "ผู้ประกอบการได้รับ|สินเชื่อ|ที่เป็นเงินทุนหมุนเวียน": a head the reader read as a clause (a noun, then a verb
    that no ผู้/การ/ความ/นัก/ที่ makes part of a noun) stands for the verb's object, the noun phrase after its last such
    verb; None when no noun follows it (rev34b). A head with no such verb stands."""
    toks = [t for t in _words_of(doc, head) if t.kind == "word"]
    cut = None
    for i in range(1, len(toks)):
        if word_class(toks[i].text) == "V" and toks[i - 1].text not in _VERB_HEADS \
                and not toks[i].text.startswith(ACT_NOMINALISERS):
            cut = i
    if cut is None:
        return head
    if cut + 1 >= len(toks) or not _nounish_text(toks[cut + 1].text):
        return None
    return Subject(doc.text[toks[cut + 1].start:head.end], toks[cut + 1].start, head.end)


def _with_relative_term(doc: Document, found: Subject, pos: int) -> Subject:
    """ "หนี้|ที่ไม่ก่อให้เกิดรายได้ (NPL) 4.31%", "ความเสียหายที่เกิดจากหนี้|ที่ไม่ก่อให้เกิดรายได้ NPLs ที่ไม่เกินร้อยละ
    50": a phrase ending in the head of a fixed term that holds a relative clause (role `relative_term`) with the rest
    of the term glued after it takes the term whole, and the term's acronym when only the figure's qualifier (and a
    ที่) stands after that (p35)."""
    for term in _words()["relative_term"]:
        cut = term.index("ที่")
        head, rest = term[:cut], term[cut:]
        if not found.text.endswith(head) or not doc.view.startswith(rest, found.end):
            continue
        end = found.end + len(rest)
        acronym = _TERM_ACRONYM.match(doc.view, end, pos)
        if acronym is not None and _TERM_TO_FIGURE.fullmatch(doc.view, acronym.end(), pos):
            end = acronym.end()
        return Subject(doc.text[found.start:end], found.start, end)
    return found


def _people_before_clause(doc: Document, pos: int) -> Subject | None:
    """ "กลุ่มผู้สูงอายุซึ่งเป็นกลุ่มเสี่ยงสูงที่จะป่วยหนัก… ได้รับเข็มกระตุ้นเพียง 43.4%", "กลุ่ม 608 ที่มีความเสี่ยง
    ป่วยหนัก… ควรได้รับวัคซีนเข็มกระตุ้นอย่างน้อยร้อยละ 70": the vaccination predicate before the figure is said of the
    people a relative clause (ซึ่ง/ที่, glued or one space after them) describes; the first such people on the line
    within CLAUSE_HEAD_REACH, after the last other percentage, the head alone (p35). None when no people stand before a
    relative opener there."""
    m = _vaccination_predicate(doc, pos)
    if m is None:
        return None
    lo = max(0, m.start() - CLAUSE_HEAD_REACH)
    lo = max(lo, doc.text.rfind("\n", lo, m.start()) + 1)
    for n in doc.numbers_between(lo, m.start()):
        if n.form == "percent" or _percent_word_before(doc, n.start):
            lo = n.end
    for rel in _RELATIVE_OPENER.finditer(doc.view, lo, m.start()):
        if not doc.is_boundary(rel.start()) or _clause_comma(doc.view[rel.start():m.start()]) \
                or _TOPIC_SWITCH.search(doc.view, rel.start(), m.start()):
            continue  # "ผู้สูงอายุที่… ขณะที่|เด็ก… ได้รับเข็มกระตุ้น": another topic opens between
        at = _before_spaces(doc, rel.start())
        if rel.start() - at > 1:
            continue
        people = _people_named_before(doc, at, lo) or _people_read_before(doc, at, lo)
        if people is not None and people.end == at:
            return people
    return None


def _people_before_predicate(doc: Document, m: regex.Match, lo: int) -> Subject | None:
    """The people the vaccination predicate `m` is said of, standing right before it (from `lo` on), or None."""
    end = _before_time_word(doc, _before_spaces(doc, m.start()))  # "…ของภาครัฐ|ขณะนี้|ได้รับการฉีดวัคซีน"
    when = _time_between_re().search(doc.view, max(lo, end - TIME_BETWEEN_CHARS), end)
    if when is not None and doc.is_boundary(when.start()):
        end = _before_spaces(doc, when.start())  # "กลุ่มเด็ก 5-11 ปี|ตั้งแต่ 3-14 มี.ค. ฉีดไปแล้ว": when, between
    if doc.view[max(lo, end - len(WHICH)):end] == WHICH and doc.is_boundary(end - len(WHICH)):
        # "การฉีดวัคซีนให้กับประชากรในพื้นที่ ซึ่ง|ขณะนี้|ฉีดเข็ม 1 ไปแล้วร้อยละ 70": ซึ่ง relates the predicate to the
        # people the clause before ends with; only people read there (a person word opening the phrase) count
        return _people_read_before(doc, _before_spaces(doc, end - len(WHICH)), lo)
    return _people_named_before(doc, end, lo) or _people_read_before(doc, end, lo) or _people_with_tail(doc, end, lo)


WHICH = "ซึ่ง"
# between two percentages: a dose's label alone ("เข็ม 2 ประมาณ ", "และเข็มที่ 3 ", "เข็มกระตุ้น ") after a share of people
# vaccinated; the same people took that dose
_DOSE_SIBLING = regex.compile(r"[ ]?(?:และ|,)?[ ]?(?:เข็ม(?:ที่)?[ ]?[0-9๐-๙]|เข็มกระตุ้น)[ ]?(?:ประมาณ|กว่า|แล้ว|ไปแล้ว)?[ ]?")


_DOSE_LABEL_END = regex.compile(r"(?:เข็ม(?:ที่)?[ ]?[0-9๐-๙]|เข็มกระตุ้น)[ ]?(?:ประมาณ|กว่า|แล้ว|ไปแล้ว)?[ ]?\Z")


ANSWER_GAP_CHARS = 80  # characters of the previous share's predicate between it and the next share of the same group
_ANSWER_JOINERS = r"(?:,|และ|ส่วน|ขณะที่)"  # what joins one answer of a series to the next
_ANSWER_GAP = regex.compile(rf"[^\d\n.:;()%]{{2,{ANSWER_GAP_CHARS}}}?(?:[ ]+|[ ]*{_ANSWER_JOINERS}[ ]*)\Z")


ANSWER_CHAIN = 4  # shares of one group's answers walked back to the first, which names the group
_ANSWER_FIGURE = regex.compile(r"(?:ร้อยละ[ ]?[0-9๐-๙][0-9๐-๙.,]*|[0-9๐-๙][0-9๐-๙.,]*[ ]?(?:%|เปอร์เซ็นต์))")


def _starts_predicate(doc: Document, at: int) -> bool:
    """True when a verb (a negation before it allowed) opens the words right after a figure at `at`."""
    toks = [t for t in doc.tokens_after(at, 3) if not (t.kind == "space" and "\n" not in t.text)]
    if not toks or toks[0].kind != "word":
        return False
    first = toks[0].text
    if first == POLL_NOT and len(toks) > 1 and toks[1].kind == "word" and toks[1].start == toks[0].end:
        first = toks[1].text
    elif first.startswith(POLL_NOT) and len(first) > len(POLL_NOT):
        first = first[len(POLL_NOT):]
    return word_class(first) == "V"


_ANSWER_JOINER = regex.compile(rf"{_ANSWER_JOINERS}[ ]?")


def _names_group_before(doc: Document, lo: int, pos: int) -> bool:
    """True when the last chunk (after a space) between the previous figure's predicate (from `lo`) and the figure at
    `pos` is not that predicate's first chunk and opens with people or a body: a new group named for this figure
    ("…ผ่านเกณฑ์การประเมิน ครูผู้สอน ร้อยละ 95"; rev34b)."""
    text = doc.view[lo:pos].rstrip(" ")
    cut = text.rfind(" ")
    if cut <= 0 or not text[:cut].strip(" "):
        return False
    start = lo + cut + 1
    joiner = _ANSWER_JOINER.match(doc.view, start, lo + len(text))
    if joiner is not None:
        start = joiner.end()
    end = lo + len(text)
    if start >= end:
        return False
    chunk = Subject(doc.text[start:end], start, end)
    return _opens_with_people(doc, chunk) or _names_body(chunk.text)


def _next_answer_of_group(doc: Document, pos: int, end: int, previous) -> bool:
    """True for "ประชาชนร้อยละ 83.7 ติดตามข้อมูลข่าวสารของรัฐบาล ร้อยละ 16.3 ไม่ติดตาม": the share before names its
    group right before its figure (people, the phrase the figure's subject is), a predicate follows each figure, and only
    that predicate (no figure, no sentence mark) stands between the two: the next share is of the same group, whatever
    noun the first predicate ends with (p35)."""
    if previous is None or not previous.subject or pos <= previous.end:
        return False
    gap = _ANSWER_GAP.match(doc.view, previous.end, pos)
    if gap is None or gap.end() != pos or not _starts_predicate(doc, previous.end) or not _starts_predicate(doc, end) \
            or _change_anchor_re().search(doc.view, previous.end, pos) is not None:
        return False  # "ประชาชนร้อยละ 70 ใช้บริการ… รายได้ลดลงร้อยละ 5 ทำให้…": a change before the figure is its own
    if _names_group_before(doc, previous.end, pos):
        return False  # "นักเรียนร้อยละ 80 ผ่านเกณฑ์การประเมิน ครูผู้สอน ร้อยละ 95 ผ่าน…": the teachers' own share (rev34b)
    first = previous.start
    for _ in range(ANSWER_CHAIN):  # "…ร้อยละ 60 เห็นด้วย ร้อยละ 30 ไม่เห็นด้วย และร้อยละ 10 ไม่แสดงความเห็น": back to the first
        subject_end = _before_spaces(doc, first)
        at = subject_end - len(previous.subject)
        if at >= 0 and doc.view[at:subject_end] == previous.subject:
            return _opens_with_people(doc, Subject(previous.subject, at, subject_end))
        figure = None
        for figure in _ANSWER_FIGURE.finditer(doc.view, max(0, first - ANSWER_GAP_CHARS - 20), first):
            pass
        if figure is None or not _starts_predicate(doc, figure.end()):
            return False
        gap = _ANSWER_GAP.match(doc.view, figure.end(), first)
        if gap is None or gap.end() != first:
            return False
        first = figure.start()
    return False


def _dose_sibling(doc: Document, pos: int, previous) -> bool:
    """True when only a dose's label stands between the previous percentage and this one, and the previous one was
    a vaccination share with people as its subject (a vaccination predicate before it): "…ให้กับประชากรในพื้นที่
    ซึ่งขณะนี้ฉีดเข็ม 1 ไปแล้วประมาณร้อยละ 70 เข็ม 2 ประมาณ ร้อยละ 50"."""
    if previous is None or previous.subject is None or previous.end > pos or pos - previous.end > 24:
        return False
    if _DOSE_SIBLING.fullmatch(doc.view, previous.end, pos) is None:
        return False
    before = qualifier_start(doc, previous.start, left_limit=0)
    return _vaccination_predicate(doc, before) is not None \
        or _DOSE_LABEL_END.search(doc.view, max(0, before - 24), before) is not None  # a dose sibling itself


def _people_read_before(doc: Document, end: int, lo: int) -> Subject | None:
    """The reader's phrase ending at `end` (after the last figure), when a person word opens it."""
    limit = max([lo] + [n.end for n in doc.numbers_between(lo, end)])
    found = _as_subject(read_subject(doc, end, left_limit=limit, _counted=False))
    if found is None or doc.view[found.end:end].strip(" ") or found.text in _words()["person_prefix"]:
        return None
    found = without_leading_time(doc, found)  # "วันนี้|แรงงานต่างด้าว ได้รับวัคซีนแล้ว 58%" (rev13)
    first = _first_word(doc, found) if found is not None else ""
    if not (_is_people(first) or _is_people(found.text)):
        return None
    return found


@lexicon_cache
def _people_tail_re() -> regex.Pattern:
    """People named with what the reader stops at (a figure, a class, a place after them): a person word
    (`people`, `person`, subject_context_words `person_head`; a `group` word may open it), glued letters,
    then one or more of an age ("ที่มีอายุ 12 ปีขึ้นไป", "5-11 ปี"), a number of groups ("7 กลุ่มโรค", role
    `people_tail_unit`), a class ("ชั้น ม.1-ม.6", `people_tail_grade`), a place ("ในจังหวัดลำปาง",
    `people_tail_place`), and last, maybe, their own count ("อสม. 1,200 คน": not part of the name)."""
    w = _words()
    heads = (w["people"] | w["person"] | words("subject_context_words", role="person_head")) \
        - words("subject_context_words", role="not_people") - _w()["person_unit"]
    num = r"\d[\d,]*(?:\.\d+)?"
    span = rf"{num}(?:[ ]?[-–][ ]?{num})?"
    years, tail = alternation(w["age_unit"]), alternation(w["age_tail"])
    said = rf"(?:{alternation(w['relative'])})?(?:{alternation(w['have'])})?(?:{alternation(w['age'])})[ ]?"
    age = (rf"(?:{said}\d{{1,3}}(?:[ ]?[-–][ ]?\d{{1,3}})?[ ]?(?:{years})(?:{tail})?"  # "ที่มีอายุ 12 ปีขึ้นไป"
           rf"|\d{{1,3}}[ ]?[-–][ ]?\d{{1,3}}[ ]?(?:{years})(?:{tail})?|\d{{1,3}}[ ]?(?:{years})(?:{tail}))")  # "5-11 ปี", "60 ปีขึ้นไป"
    groups = rf"{span}[ ]?(?:{alternation(w['people_tail_unit'])})"
    grade = rf"(?:{alternation(w['people_tail_grade'])})[ ]?[^\s,()%/]{{1,20}}?(?:[ ]?\d{{1,2}})?"
    place = rf"(?:{alternation(w['place_in'])})?[ ]?(?:{alternation(w['people_tail_place'])})[^\s\d,()%/]{{0,20}}"
    return regex.compile(rf"(?P<head>(?:(?:{alternation(w['group'])})[ ]?)?(?:{alternation(heads)})[^\s\d,()%/]{{0,24}}?)"
                         rf"(?P<tail>(?:[ ]?(?:{age}|{groups}|{grade}|{place}))*)"
                         rf"(?P<count>[ ]?{num}[ ]?(?:{alternation(_w()['person_unit'])}))?[ ]?$")


def _people_with_tail(doc: Document, end: int, lo: int) -> Subject | None:
    """ "กลุ่ม 608 ในจังหวัดลำปาง", "กลุ่มเสี่ยง 7 กลุ่มโรค", "นักเรียนชั้น ม.1-ม.6", "อสม. 1,200 คน" before a
    vaccination predicate: the people, named with the figure, class or place the reader stops at (`_people_tail_re`);
    None unless such a tail or a count follows the person word, and the whole stands from a word boundary to `end`."""
    rx = _people_tail_re()
    m = rx.search(doc.view, lo, end)
    while m is not None and not doc.is_boundary(m.start()):
        m = rx.search(doc.view, m.start() + 1, end)
    if m is None or not (m.group("tail") or m.group("count")):
        return None
    stop = _before_spaces(doc, m.start("count") if m.group("count") else end)
    return Subject(doc.text[m.start():stop], m.start(), stop)


COVERAGE_REACH = 90  # characters between a vaccination act and the percentage its coverage states


@lexicon_cache
def _coverage_re() -> regex.Pattern:
    w = _words()
    tail = alternation(w["complete"] | w["filler"] | DONE_WORDS)
    return regex.compile(rf"(?P<act>(?:{alternation(w['act_nominaliser'])})?(?:{alternation(w['vaccinate'])}))"
                         rf"(?P<where>[ ]?(?:{alternation(w['rate_link'])})[^\n,%()]{{1,60}}?)?[ ]?"
                         rf"(?:{alternation(w['coverage'])})[ ]?(?:(?:{tail})[ ]?)*$")


def _coverage_act(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ฉีดวัคซีนครอบคลุมกว่า 80%", "ฉีดวัคซีนในพื้นที่ครอบคลุมแล้ว 80%", "ภาพรวมการฉีดในกลุ่ม 18 ปีขึ้นไป ครอบคลุมแล้ว
    90%": a coverage word (role `coverage`) right before the figure says how far the vaccination act before it
    (a `vaccinate` word, การ glued before it kept) reaches; where or whom it reaches (after ใน/ของ) is not what
    is measured. People before the act are (`_vaccinated_people`, tried first by the caller)."""
    lo = max(0, pos - COVERAGE_REACH)  # the ages or doses in the place phrase set no limit, another percentage does
    lo = max(lo, doc.text.rfind("\n", lo, pos) + 1)
    m = _coverage_re().search(doc.view, lo, pos)
    if m is None or not doc.is_boundary(m.start()) or not doc.is_boundary(m.end("act")) \
            or any(n.form == "percent" or _percent_word_before(doc, n.start) for n in doc.numbers_between(m.end("act"), pos)):
        return None
    return Subject(doc.text[m.start():m.end("act")], m.start(), m.end("act"))


def _clause_comma(text: str) -> bool:
    """True when `text` holds a comma that is not a thousands separator ("33,313 คน" holds none)."""
    return any(c == "," and not (0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit())
               for k, c in enumerate(text))


def _before_time_word(doc: Document, end: int) -> int:
    """`end` moved back over a time word (role `lead_time`: ขณะนี้, ปัจจุบัน) that ends there at a word boundary,
    and the spaces before it: "บุคลากรทางการแพทย์ขณะนี้ได้รับการฉีดวัคซีน" says it of the people before the time."""
    for t in _lead_times():
        if doc.view.endswith(t, 0, end) and doc.is_boundary(end - len(t)):
            return _before_spaces(doc, end - len(t))
    return end


@lexicon_cache
def _age_tail_re() -> regex.Pattern:
    """An age range closing a group of people: "อายุ 12-17 ปี", "อายุ 60 ปีขึ้นไป" (role `age`, `age_unit`, `age_tail`)."""
    w = _words()
    return regex.compile(rf"[ ]?(?:{alternation(w['age'])})[ ]?\d{{1,3}}(?:[ ]?[-–][ ]?\d{{1,3}})?[ ]?"
                         rf"(?:{alternation(w['age_unit'])})(?:{alternation(w['age_tail'])})?$")


def _people_named_before(doc: Document, end: int, lo: int) -> Subject | None:
    """People whose name holds a number, ending at `end`: a `people` row with a digit ("กลุ่ม 608"), or a group
    of people closed by its age ("กลุ่มเด็กอายุ 12-17 ปี": the phrase before อายุ must name people). The reader
    stops at such a number (it takes it for a figure), so the name is read here, whole, or None."""
    named = next((p for p in _numbered_people() if doc.view.endswith(p, 0, end) and doc.is_boundary(end - len(p))), None)
    if named is not None:
        return Subject(doc.text[end - len(named):end], end - len(named), end)
    m = _age_tail_re().search(doc.view, max(lo, end - AGE_CHARS), end)
    if m is None or not doc.is_boundary(m.start() + (doc.view[m.start()] == " ")):
        return None
    people = _phrase_ending_at(doc, m.start(), spaces=1)  # not read_subject: the age after it reads as a duration
    if people is None or people.start < lo or doc.numbers_between(people.start, people.end) \
            or not (_is_people(_first_word(doc, people)) or _is_people(people.text)):
        return None
    return Subject(doc.text[people.start:end], people.start, end)


AGE_CHARS = 24  # characters of an age range closing a group of people ("อายุ 12-17 ปีขึ้นไป")


@lexicon_cache
def _numbered_people() -> tuple[str, ...]:
    return tuple(sorted((p for p in _words()["people"] if any(c.isdigit() for c in p)), key=len, reverse=True))


def _is_people(text: str) -> bool:
    w = _words()
    group = next((g for g in longest_first(w["group"]) if text.startswith(g) and len(text) > len(g)), None)
    if group is not None and text not in w["people"]:
        text = text[len(group):].lstrip(" ")  # "กลุ่มนักเรียน", "กลุ่ม ผู้ประกอบการ": a group of people
    return text in w["person"] or text in w["people"] or text.startswith(tuple(w["person_prefix"])) and len(text) > 3


def _percent_word_before(doc: Document, start: int) -> bool:
    return doc.view[max(0, start - 8):start].rstrip(" ").endswith("ร้อยละ")


def _copula_phrase_after(doc: Document, end: int) -> Subject | None:
    """ "ซึ่งพบว่าร้อยละ 63 เป็นผู้ประกอบการที่ผลิตเสื้อผ้า", "ส่วนที่เหลืออีกร้อยละ 37 เป็น…": with nothing (or only a
    remainder) before it, a percentage followed by เป็น + a noun phrase is the share of what that phrase names; so
    with คือ, a space allowed after it ("ส่วนอีก 70% คือ ผู้ประกอบการรายย่อย");
    not "เป็นเงิน …" (an amount), "เป็นอันดับ …" (a rank) or a figure ("เป็นร้อยละ 60")."""
    toks = doc.tokens_after(end, CLAUSE_TOKENS + 3)
    k = 0
    while k < len(toks) and toks[k].kind == "space" and "\n" not in toks[k].text:
        k += 1
    glued = k < len(toks) and _glued_copula_noun(toks[k].text)
    if k >= len(toks) or toks[k].text not in ("เป็น", "คือ") and not glued:
        return None
    if toks[k].text == "คือ" and k + 1 < len(toks) and toks[k + 1].text == " ":
        k += 1  # "ส่วนอีก 70% คือ ผู้ประกอบการรายย่อย": คือ may stand a space before what it names
    picked: list[Token] = []
    if glued:  # "ซึ่งกว่า 50% เป็นเรื่อง|ความสัมพันธ์…": the segmenter's เป็นเรื่อง, the copula and its noun (p37)
        t = toks[k]
        if k + 1 < len(toks) and toks[k + 1].start == t.end and (
                word_class(toks[k + 1].text) == "ADJ" or toks[k + 1].text.startswith(WORTH)):
            return None  # "ร้อยละ 25 เป็นเรื่อง|ปกติ", "…เป็นเรื่อง|น่ากังวล": a judgement of the matter, no kind of it (rev35d)
        picked.append(Token(t.text[len(COPULA):], t.start + len(COPULA), t.end, t.kind))
    for t in toks[k + 1:]:
        if t.kind != "word" or t.text in _stop_words() or word_class(t.text) in ("C", "PUNC") \
                or len(picked) >= CLAUSE_TOKENS:
            break
        picked.append(t)
    picked = _trim(picked, counted=False)
    if not picked or picked[0].start != (toks[k].start + len(COPULA) if glued else toks[k].end) \
            or not _nounish_text(picked[0].text) \
            or picked[0].text in _words()["copula_not"] or doc.numbers_between(picked[0].start, picked[-1].end + 2):
        return None
    end_at = picked[-1].end
    quoted = _QUOTED_NAME.match(doc.view, end_at) if glued else None
    if quoted is not None:
        end_at = quoted.end()  # "เป็นเรื่อง "ความสัมพันธ์ในครอบครัว"": the quoted name of the matter (p37)
    elif glued and len(picked) == 1:
        return None  # "ร้อยละ 40 เป็นเรื่อง|ที่ต้องแก้ไข…": a bare เรื่อง names no matter (rev35d)
    return Subject(doc.text[picked[0].start:end_at], picked[0].start, end_at)


COPULA = "เป็น"
WORTH = "น่า"  # "น่ากังวล", "น่าสนใจ": a judgement, not a noun
_QUOTED_NAME = regex.compile(r"[ ]?[\"“][^\"”\n]{1,40}[\"”]")  # a quoted name right after a noun


GLUED_COPULA_NOUNS = ("เรื่อง",)  # nouns of a matter the segmenter glues to เป็น (เป็นเรื่อง): not เป็นต้น, เป็นครั้ง…


def _glued_copula_noun(word: str) -> bool:
    """True for a token the segmenter glued from เป็น and a matter's noun (เป็นเรื่อง), no dictionary word of its own;
    kept to GLUED_COPULA_NOUNS: เป็น glued to other nouns is an idiom too often (เป็นต้น, เป็นครั้งแรก, เป็นหลัก)."""
    return word.startswith(COPULA) and word[len(COPULA):] in GLUED_COPULA_NOUNS and word not in _tag_table()


_OBJECT_LIST = regex.compile(r"(?:[ ][^\s\d,()%]{2,30}){1,5}[ ]และ[ ]?[^\s\d,()%]{2,30}(?=[\s,.)]|\Z)")


LIST_CLAUSE_OPENERS = frozenset({"ส่วน", "ส่วนที่เหลือ", "ขณะที่", "สำหรับ", "ทั้งนี้", "นอกจากนี้", "โดย"})


def _with_object_list(doc: Document, found: Subject) -> Subject:
    """ "ร้อยละ 37 เป็นผู้ประกอบการที่ผลิตผ้าทอพื้นเมือง| ผ้าบาติก ผ้ามัดย้อม เคหะสิ่งทอ และสินค้าแปรรูปจากสิ่งทอ": a phrase
    read after the figure that ends in a relative clause's verb and its object goes on through the objects listed after
    it, one space apart and closed by และ + the last (p35); only after a relative clause (ที่/ซึ่ง + a verb), the first
    item and the last opening with a noun."""
    toks = _words_of(doc, found)
    if not any(t.text in _words()["relative"] or _glued_relative(t.text) is not None for t in toks[1:]):
        return found
    m = _OBJECT_LIST.match(doc.view, found.end)
    if m is None:
        return found
    items = [t for t in doc.tokens_after(found.end, 40) if t.kind == "word" and t.end <= m.end()]
    heads = [t for t in items if doc.view[t.start - 1] == " " or doc.view[t.start - 3:t.start] == "และ"]
    heads = [t for t in heads if t.text != "และ"]
    if any(word_class(t.text) in ("AUX", "C") and t.text != "และ" for t in items) \
            or any(t.text in LIST_CLAUSE_OPENERS for t in heads):
        # "…ผู้ที่ทำงานในภาคเกษตร ส่วนที่เหลือทำงานในภาคบริการ และ…", "…ที่ใช้น้ำบาดาล ทางจังหวัดจะเร่งขุดสระ และ…": an
        # auxiliary, a conjunction or a word opening another topic makes a clause of its own, no listed object (rev34b)
        return found
    if len(heads) < 2 or not _nounish_text(heads[0].text) or not _nounish_text(heads[-1].text):
        return found  # the first item and the one after และ open with nouns (a segmenter's tag may miss one between)
    return Subject(doc.text[found.start:m.end()], found.start, m.end())


def _with_relative_clause(doc: Document, found: Subject) -> Subject:
    """ "70% ของข่าวสาร|ที่แพร่กระจายบนโซเชียลมีเดีย", "ร้อยละ 98 ของผู้|ที่เข้ารับการฉีด|จะมี…": a phrase read
    after the figure keeps the relative clause glued after it, up to a space, an auxiliary or a stop."""
    toks = doc.tokens_after(found.end, CLAUSE_TOKENS + 1)
    if not toks or toks[0].start != found.end or toks[0].kind != "word" \
            or not toks[0].text.startswith(tuple(_words()["relative"])):
        return found
    end, verbs = found.end, 0
    for k, t in enumerate(toks):
        cls = word_class(t.text)
        if t.kind != "word" or (k and (t.start != toks[k - 1].end or cls in ("AUX", "C", "PUNC")
                                       or t.text in _words()["copula"])):
            break  # "…ที่ขายในช่วงมอเตอร์โชว์ปีนี้|เป็น…": a copula opens the predicate
        verbs += cls == "V" or (k == 0 and _glued_relative(t.text) is not None)
        end = t.end
    if not verbs:
        return found
    return Subject(doc.text[found.start:end], found.start, end)


def _owner_of_change_noun(doc: Document, found: Subject) -> Subject:
    """ "มีการเติบโตของการเงินอิสลาม 11%" → การเงินอิสลาม: the percentage is the growth; what grows is
    the owner after ของ of a nominalised change (การเติบโต, การขยายตัว; ของ may be glued to the owner)."""
    heads = _change_nouns()
    if not found.text.startswith(heads):
        return found
    for head in heads:
        if not found.text.startswith(head):
            continue
        rest = found.text[len(head):].lstrip(" ")
        if not rest.startswith(OF) or len(rest) < len(OF) + 2:
            return found
        start = found.end - len(rest) + len(OF)
        while doc.view[start] == " ":
            start += 1
        return Subject(doc.text[start:found.end], start, found.end)
    return found


@lexicon_cache
def _change_nouns() -> tuple[str, ...]:
    """การ (or another act word) glued to a change word, longest first: การเติบโต, การขยายตัว."""
    w = _words()
    return tuple(sorted({a + c for a in w["act_nominaliser"] for c in w["change"]}, key=len, reverse=True))


def _rate_noun_head(doc: Document, found: Subject) -> Subject:
    """ "สิทธิ์ส่วนลดค่าโดยสาร 5%" → ส่วนลดค่าโดยสาร, "การจัดเก็บภาษีเงินได้ร้อยละ 10" → ภาษีเงินได้: a noun
    that is itself a rate (role `rate_noun`: ส่วนลด, ดอกเบี้ย, ภาษี) inside the phrase is what the
    percentage gives; what stands before it (the right, the code, the act) is not. After a measure word
    the rate noun keeps it, whole: "คิดเงินงวดจาก|อัตราดอกเบี้ย" → อัตราดอกเบี้ย; not after ของ (the owner rule
    reads it), after a rate noun of its own ("ส่วนลดอัตราดอกเบี้ย 0.25%": the discount) nor after a product named with
    its rate (role `rate_owner`: "สินเชื่ออัตราดอกเบี้ยพิเศษ 3%", as the annotators keep it)."""
    for noun in _rate_nouns():
        at = found.text.find(noun, 1)
        if at < 0:
            continue
        measure = next((m for m in longest_first(_words()["measure"]) if found.text.endswith(m, 0, at)), None)
        if measure is not None and at > len(measure) and doc.is_boundary(found.start + at - len(measure)) \
                and not found.text[:at - len(measure)].rstrip(" ").endswith(
                    tuple(_w()["of"]) + _rate_nouns() + tuple(_words().get("rate_owner", ()))):
            # "คิดเงินงวดจาก|อัตราดอกเบี้ย 3.90%" → อัตราดอกเบี้ย: the rate noun with its measure word, whole
            start = found.start + at - len(measure)
            return Subject(doc.text[start:found.end], start, found.end)
        if not doc.is_boundary(found.start + at):
            continue
        head = found.text[:at].rstrip(" ")
        if head.endswith(tuple(_words()["measure"])) or head.endswith(tuple(_w()["of"])) \
                or head.endswith(tuple(grammar("list_joiner") | set(PAIR_MARKS))) \
                or any(r in head for r in _words()["relative"]):
            return found
        start = found.start + at
        return Subject(doc.text[start:found.end], start, found.end)
    return found


@lexicon_cache
def _rate_nouns() -> tuple[str, ...]:
    return tuple(sorted(_words().get("rate_noun", ()), key=len, reverse=True))


def _before_year(doc: Document, left_limit: int) -> int:
    """The left limit moved back over a bare year that ends it ("ใช้บริการเพิ่มขึ้นจากเทศกาลปีใหม่ 2567
    ประมาณ 5%": the year is part of a comparison base, not a figure that owns the words before it), to the
    end of the number before the year (or CHANGE_REACH characters before it)."""
    nums = doc.numbers_between(max(0, left_limit - 8), left_limit)
    if not nums or nums[-1].end != left_limit or not _is_year(nums[-1]) or _qty().unit_after(doc, left_limit):
        return left_limit  # "2000 คน" is a count
    lo = max(0, nums[-1].start - CHANGE_REACH)
    before = doc.numbers_between(lo, nums[-1].start)
    return max(lo, before[-1].end) if before else lo


PAIR_MARKS = ("-", "/")  # join two nouns into one pair ("เงินต้น-ดอกเบี้ย"): no rate noun is cut out of it
LIST_ITEMS = 4  # items of a list "A B และ C" read before the last one
ITEM_TOKENS = 3  # nouns glued into one list item


def _noun_run_before(toks: list, k: int) -> int | None:
    """Index of the first token of the run of glued nouns that ends at toks[k], None when toks[k] is no noun."""
    j = k
    while j >= 0 and k - j < ITEM_TOKENS and toks[j].kind == "word" and word_class(toks[j].text) == "N" \
            and toks[j].text not in _w()["connector"] and not _is_unit_word(toks[j].text) and "." not in toks[j].text \
            and (j == k or toks[j].end == toks[j + 1].start):
        j -= 1
    return None if j == k else j + 1


def _whole_list(doc: Document, found: Subject) -> Subject:
    """ "ร่วมจ่ายค่าอาหาร เครื่องดื่ม และสินค้าทั่วไปร้อยละ 50" → ค่าอาหาร เครื่องดื่ม และสินค้าทั่วไป: a
    phrase read right after และ (the reader stops there) is the last item of a list of nouns; the
    items before it (runs of nouns, separated by a space or a comma; two at least, none a unit) belong
    to the subject."""
    toks = doc.tokens_before(found.start, LIST_ITEMS * (ITEM_TOKENS + 2) + 2)
    i = len(toks) - 1
    if i >= 0 and toks[i].kind == "space" and toks[i].text == " ":
        i -= 1
    if i < 1 or toks[i].text not in grammar("list_last"):
        return found
    k, first, items = i - 1, None, 0
    while k >= 0 and items < LIST_ITEMS:
        if toks[k].kind == "space" and toks[k].text == " ":
            k -= 1
        start = _noun_run_before(toks, k) if k >= 0 else None
        if start is None:
            break
        first, items, k = start, items + 1, start - 1
        if k >= 0 and toks[k].text == ",":
            k -= 1
        elif not (k >= 0 and toks[k].kind == "space" and toks[k].text == " "):
            break  # "ร่วมจ่าย|ค่าอาหาร": the list opens after the verb glued to its first item
    if first is None or items < 2:
        return found  # "… บาท และมีผลการเบิกจ่าย": one word before และ is as often a clause's end as an item
    if k >= 0 and toks[k].text in _words()["list_head"] and toks[k].end == toks[first].start:
        first, k = k, k - 1  # "กลุ่ม|เนื้อสัตว์ เป็ดไก่ และสัตว์น้ำ": a heading word glued to the first item opens the list
    if k >= 0 and toks[k].kind == "word" and toks[k].end == toks[first].start and word_class(toks[k].text) == "N":
        return found  # the first item runs on into more nouns: not where the list starts
    begin = toks[first].start
    return Subject(doc.text[begin:found.end], begin, found.end)


CATEGORY_CHARS = 48  # characters of a category's name before its มี/ไม่มี/ไม่ใช่ ("หมวดอาหารและเครื่องดื่ม")


@lexicon_cache
def _category_have_re() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?:{alternation(w['list_head'])})[^\s\d()]{{1,{CATEGORY_CHARS}}}?[ ]?"
                         rf"(?:{alternation(w['category_have'])})\Z")


_BREAKDOWN_AFTER = regex.compile(r"[ ]*(?:\(|ได้แก่)")


def _category_with_have(doc: Document, found: Subject, end: int) -> Subject:
    """ "หมวดอาหารและเครื่องดื่มไม่มีแอลกอฮอล์ ร้อยละ 0.26 ได้แก่ …", "หมวดยาสูบและเครื่องดื่มมีแอลกอฮอล์ สูงขึ้นร้อยละ 0.01
    (เบียร์)": the reader stops at มี/ไม่มี/ไม่ใช่ (role category_have); after a heading word (role list_head) on a token
    boundary, and with the category's items after the figure (ending at `end`: a bracket or ได้แก่), they are part of
    the category's name, which is read whole. Not "กลุ่มเกษตรกรมีรายได้เพิ่มขึ้นร้อยละ 5" (no items: what they have)."""
    if not _BREAKDOWN_AFTER.match(doc.view, end):
        return found
    m = _category_have_re().search(doc.view, max(0, found.start - CATEGORY_CHARS - 8), found.start)
    if m is None or not doc.is_boundary(m.start()) or not doc.is_boundary(found.start):
        return found
    return Subject(doc.text[m.start():found.end], m.start(), found.end)


NOMINALISERS = frozenset({"การ", "ความ"})  # open an act or a quality, never a place
PLACE_TOKENS = 3  # tokens of the first place of a pair after ใน ("กทม.", "ภาค|เหนือ")


def _place_pair(doc: Document, found: Subject) -> Subject:
    """ "ผู้ป่วยติดเชื้อโควิด-19 ในกทม. และ|ปริมณฑล 16,045 ราย", "ผู้ป่วยในภาคเหนือ และ|ภาคอีสาน เพิ่มขึ้นร้อยละ 12": a
    phrase read right after และ (the reader stops there when a space stands before it) that closes a pair of
    places after ใน (role `place_in`) belongs, with the pair, to the noun phrase before ใน; not when nothing ends
    right before ใน, or a figure stands inside the pair."""
    toks = doc.tokens_before(found.start, PLACE_TOKENS + 6)
    i = len(toks) - 1
    if i < 1 or toks[i].text not in grammar("list_last") or toks[i].end != found.start:
        return found
    first = _first_word(doc, found)
    if _person(first) or first in NOMINALISERS:
        return found  # "ฝนตกหนักในภาคใต้ และ|นักท่องเที่ยว": people or an act close no pair of places (rev13)
    i -= 1
    if toks[i].kind == "space" and "\n" not in toks[i].text and len(toks[i].text) == 1:
        i -= 1
    k = i
    while k >= 0 and i - k < PLACE_TOKENS and toks[k].kind == "word" and toks[k].text not in _words()["place_in"] \
            and (k == i or toks[k].end == toks[k + 1].start):
        k -= 1
    if k < 0 or k == i or toks[k].text not in _words()["place_in"] or toks[k].end != toks[k + 1].start:
        return found
    at = toks[k].start
    owner = _as_subject(read_subject(doc, at, _counted=False))  # "โควิด-19": a name's number, which the reader keeps
    if owner is None or doc.view[owner.end:at].strip(" ") or doc.numbers_between(at, found.start) \
            or not _nounish_text(_first_word(doc, owner)):
        return found
    return Subject(doc.text[owner.start:found.end], owner.start, found.end)


def _rate_noun_before(doc: Document, found: Subject) -> Subject:
    """ "มีส่วนแบ่ง|ในตลาดโลก 24.8%" → ส่วนแบ่งในตลาดโลก: a phrase read right after ใน/ของ that follows a
    rate noun (role `rate_noun`) belongs to it: the rate is what the percentage gives."""
    toks = [t for t in doc.tokens_before(found.start, 3) if t.kind == "word"]
    if len(toks) < 2 or toks[-1].end != found.start or toks[-1].text not in _words()["rate_link"]:
        return found
    for noun in _rate_nouns():
        if doc.view[toks[-1].start - len(noun):toks[-1].start] == noun and doc.is_boundary(toks[-1].start - len(noun)):
            start = toks[-1].start - len(noun)
            return Subject(doc.text[start:found.end], start, found.end)
    return found


RESPECTIVE_CHARS = 120  # characters after a percentage searched for the ตามลำดับ that spreads a list over figures


def _respective_after(doc: Document, end: int) -> bool:
    """True when ตามลำดับ follows the percentage: the list before it is spread over the figures, one item each."""
    return any(w in doc.view[end:end + RESPECTIVE_CHARS] for w in grammar("respectively"))


@lexicon_cache
def _modifiers() -> frozenset[str]:
    """Words that only modify a measure (สะสม, รวม: the reader's trail and gap_alone words)."""
    return words("phrase_words", role="trail") | words("phrase_words", role="gap_alone")


INTEREST_REACH = 120  # characters of the line before a rate searched for the interest it is
INTEREST_NEAR = 40  # without ต่อปี after it, the interest word must stand this close
INTEREST_TAIL = 2  # nouns glued after อัตราดอกเบี้ย kept with it (นโยบาย, เงินฝาก|ประจำ)


def interest_rate_named(doc: Document, start: int, end: int, per: str | None) -> str | None:
    """ "อัตราดอกเบี้ยเดือนที่ 1 - 6 คงที่เท่ากับ 1.99% ต่อปี, เดือนที่ 7 - 36 คงที่เท่ากับ 3.19% ต่อปี":
    when nothing else names what a percentage measures and the line names an interest rate before it, a
    yearly rate (ต่อปี), or a figure close to the word, is that rate: the last อัตราดอกเบี้ย within
    INTEREST_REACH characters (with a noun or two glued after it: อัตราดอกเบี้ยนโยบาย), else the last
    ดอกเบี้ย. Not a margin over a reference rate ("MRR - 1.00%"), nor its restatement in brackets, nor a
    share ("ร้อยละ 3 ของ…"), nor a figure a bracket after the word stands before unless it is a yearly
    rate, nor one a verb other than a rate's level (คงที่, เท่ากับ, อยู่ที่, เหลือ …) stands before
    ("ดอกเบี้ยลดลง ทำให้เติบโตได้ 4% ต่อปี", "ดอกเบี้ยเงินฝาก ต้องหักภาษี 15%": another thing's figure).
    The first figure after a period of the schedule glued to the word ("อัตราดอกเบี้ยปีที่ 1 คงที่เท่ากับ 1.95%",
    no figure between) is that period's rate, the period kept as the annotators write it (tr-132, tj-89); the
    figures after it ("…, ปีที่ 2 - 3 คงที่เท่ากับ 3.50%") get the word alone."""
    line_start = doc.text.rfind("\n", max(0, start - INTEREST_REACH), start) + 1
    if per == "ปี" and line_start > 0 and not doc.view[line_start:start].strip():
        header = _rate_column_header(doc, line_start)
        if header is not None:
            return header
    window_start = max(line_start, start - INTEREST_REACH)
    before = doc.view[window_start:start].rstrip()
    w = _words()
    if before.endswith(tuple(w["margin_sign"])) or before.endswith("(") or doc.view[end:end + 20].lstrip().startswith("ของ"):
        return None  # "MRR-1.5% ต่อปี (5.25%)": a parenthesised figure restates the one before it, left unread there
    for word in _interest_words():
        at = doc.text.rfind(word, window_start, start)
        if at >= 0:
            break
    else:
        return None
    if per != "ปี" and (start - (at + len(word)) > INTEREST_NEAR or any(c in doc.view[at:start] for c in ")]")):
        return None  # "เงินงวดผ่อนชำระ [ตัดเงินต้น ตัดดอกเบี้ย] เหลือ 25%": the interest a bracket closed is no rate
    between = [t for t in doc.tokens_after(at + len(word), INTEREST_REACH) if t.end <= start]
    if any(t.kind == "word" and word_class(t.text) == "V" and t.text not in w["rate_level"] for t in between):
        return None  # "หลังลดอัตราดอกเบี้ย ไตรมาส 2 ขยายตัว 1.8%": the figure is of what the verb says
    if _new_item_after_rate(doc, between) or any(_counted_figure(doc, t) for t in between):
        return None  # "ดอกเบี้ยเงินฝาก 1% ต่อปี ผลตอบแทนพันธบัตร… 2.6% ต่อปี", "…วงเงินไม่เกิน 2 ล้านบาท 80%"
    name_end = at + len(word)
    if word in w["interest_rate"]:
        for t in between[:INTEREST_TAIL]:
            if t.start != name_end or t.kind != "word" or word_class(t.text) != "N" \
                    or t.text.startswith(tuple(w["rate_period"])) or _percent_word_before(doc, t.end) \
                    or t.text in _w()["stop"]:
                break
            name_end = t.end
    named = _with_average(doc, Subject(doc.text[at:name_end], at, name_end))
    label = _RATE_PERIOD_LABEL.match(doc.view, named.end) if named.end == name_end else None
    if label is not None and not doc.numbers_between(label.end(), start):
        return doc.text[at:label.end()]  # "อัตราดอกเบี้ยปีที่ 1 คงที่เท่ากับ 1.95% ต่อปี": the first year's rate
    if named.end == name_end:  # "อัตราดอกเบี้ยเงินฝากประจำ และใบรับเงินฝากประจำ ประเภท 2 ปี … 0.50%": both (p38)
        named = _with_same_tail_item(doc, named, start)
    return named.text


# a period of a rate's schedule glued after the interest word: "ปีที่ 1", "เดือนที่ 1 - 6"
_RATE_PERIOD_LABEL = regex.compile(r"(?:ปี|เดือน)ที่[ ]?\d{1,2}(?:[ ]?(?:-|–|ถึง)[ ]?\d{1,2})?(?![\d.])")


TERM_END = regex.compile(r"\d{1,2}[ ]?(?:ปี|เดือน)[ \t\xa0]*\Z")  # a table row's label: the bond's term ("7 ปี")
HEADER_LINES = 2  # lines above a rate's row label searched for the table's column header


def _rate_column_header(doc: Document, line_start: int) -> str | None:
    """ "รุ่นอายุและอัตราดอกเบี้ย ⏎ (จ่ายดอกเบี้ยทุก 3 เดือน) 7 ปี ⏎ 2.65% ต่อปี": a yearly rate alone on its line, under
    a row labelled by a term (the line before ends with N ปี/เดือน), in a table whose column header (one of the
    HEADER_LINES lines above the label's) ends with the rate word (role interest with value rate, อัตราดอกเบี้ย): that
    word; else None."""
    label_start = doc.view.rfind("\n", max(0, line_start - 1 - INTEREST_REACH), line_start - 1) + 1
    if not TERM_END.search(doc.view, label_start, line_start - 1):
        return None
    end = label_start - 1
    w = _words()
    for _ in range(HEADER_LINES):
        if end <= 0:
            return None
        start = doc.view.rfind("\n", max(0, end - INTEREST_REACH), end) + 1
        text = doc.view[start:end].rstrip()
        word = next((r for r in sorted(w["interest_rate"], key=len, reverse=True) if text.endswith(r)), None)
        if word is not None:
            at = start + len(text) - len(word)
            return doc.text[at:at + len(word)]
        end = start - 1
    return None


@lexicon_cache
def _interest_words() -> tuple[str, ...]:
    """The interest words in the order a line is searched for them: the rate itself (value rate, อัตราดอกเบี้ย)
    before the interest (ดอกเบี้ย: "(จ่ายดอกเบี้ยทุก 3 เดือน)" is no name), longest first within each."""
    w = _words()
    return tuple(sorted(w["interest"], key=lambda word: (word not in w["interest_rate"], -len(word), word)))


def _new_item_after_rate(doc: Document, between: list) -> bool:
    """A noun other than a period's (ปีที่ 2, เดือนที่ 7) or a change's opens the words right after a
    percentage among `between` (past its ต่อปี and a comma): a new item with a rate of its own."""
    toks = [t for t in between if t.kind != "space"]
    w = _words()
    for k, t in enumerate(toks):
        if t.kind != "number" or not (t.text.endswith("%") or _percent_word_before(doc, t.start)):
            continue
        j = k + 1
        if j < len(toks) and toks[j].text == RATE_MARKS[0]:
            j += 2  # "1% ต่อ|ปี"
        while j < len(toks) and toks[j].text == ",":
            j += 1
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and nxt.kind == "word" and word_class(nxt.text) == "N" and not nxt.text.startswith(tuple(w["rate_period"])) \
                and nxt.text not in w["change"] and nxt.text not in w["to"]:
            return True
    return False


def _counted_figure(doc: Document, t) -> bool:
    """Token t is a figure with a unit other than a time's (an amount, a count): what follows it is no
    longer about the rate's schedule (ปีที่ 2, 3 ปีแรก, 12 เดือน stay within it)."""
    if t.kind != "number":
        return False
    unit = _unit_of_number_at(doc, t.start)
    return unit is not None and unit.kind != "time"


_DOSE_COUNT = regex.compile(r"[ \u00a0]?[0-9๐-๙]{1,2}[ \u00a0]?เข็ม")  # "ครบ 2 เข็ม", "ครบ๓เข็ม"
DOSE_DONE = "ครบ"  # "ได้รับวัคซีนครบ": complete, a count of doses follows


def _with_dose_count(doc: Document, found: Subject) -> Subject:
    """ "ร้อยละ 98 ของผู้ที่ฉีดวัคซีนซิโนแวคครบ|2 เข็ม", "ผู้ได้รับวัคซีนครบ 3 เข็ม คิดเป็นร้อยละ 40": a phrase that
    ends with ครบ (complete) right before a count of doses is cut at the number by the reader; the doses say which
    people are counted (the annotators keep "ครบ 2 เข็ม", td-147), so they join the subject (p34)."""
    text = found.text.rstrip(" \u00a0")
    if not text.endswith(DOSE_DONE) or len(text) <= len(DOSE_DONE):
        return found
    end = found.start + len(text)
    m = _DOSE_COUNT.match(doc.view, end)
    if m is None or not doc.is_boundary(m.end()):
        return found
    return Subject(doc.text[found.start:m.end()], found.start, m.end())


# words that make an item a clause of its own: "ราคาข้าวเปลือกทรงตัว และราคายางพาราเพิ่มขึ้นร้อยละ 5" (the rubber's
# price alone rose 5%; the rice's held): a change, a completion, or a steady or record state (rev33c)
ITEM_PREDICATES = frozenset(("ต่อเนื่อง", "อย่างต่อเนื่อง", "ทรงตัว", "ชะลอตัว", "คงที่", "เป็นประวัติการณ์", "แล้ว"))


def _predicated(doc: Document, start: int, end: int) -> bool:
    """Does the list item at `start`…`end` carry its own predicate (a word of ITEM_PREDICATES, a change or a
    completion word as a token of its own)? Then it is a clause before และ, no item of the figure's list (rev33c)."""
    preds = ITEM_PREDICATES | _words()["change"] | _words()["complete"]
    toks = [t for t in doc.tokens_after(start, SAME_HEAD_ITEM_CHARS) if t.end <= end and t.kind == "word"]
    for k, t in enumerate(toks):
        if t.text in ITEM_RELATIVES:
            return False  # "ผู้ป่วยที่รักษาหายแล้ว และผู้ป่วยที่…": a relative clause's own verbs describe the item
        if t.text in preds or t.text == ABLE and k == len(toks) - 1:
            return True  # "ผู้ป่วยเบาหวานกลับบ้านได้ ผู้ป่วย…": an item ending in ได้ says what it can do
    return False


ITEM_RELATIVES = frozenset(("ที่", "ซึ่ง"))
ABLE = "ได้"


SAME_HEAD_ITEMS = 4  # items of a list whose items repeat one head word, read back from the last one
SAME_HEAD_ITEM_CHARS = 60  # characters of one such item
_LIST_AND = regex.compile(r"[ ]?และ[ ]?\Z")


def _same_head_list(doc: Document, found: Subject) -> Subject:
    """ "ผู้ป่วยอาการหนักปอดอักเสบ และผู้ป่วยใส่ท่อช่วยหายใจ เพิ่มขึ้นประมาณ 45%": the reader stops after และ, so the
    subject is the last item; when the item before และ (a run with no space in it, a comma or a space before it)
    opens with the same head word as the last one (ผู้ป่วย … ผู้ป่วย …), the two are one list and the figure is
    theirs. Every earlier item that also opens with that head word joins (a list of three stays three: "เศรษฐกิจ
    ชีวภาพ เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเขียว", never its last two alone); an item glued after other words
    ("แก่ธุรกิจ|เศรษฐกิจชีวภาพ") joins from its head word and closes the list. A list of different heads is
    `_whole_list`'s (p34)."""
    toks = doc.tokens_after(found.start, 1)
    if not toks or toks[0].kind != "word" or toks[0].start != found.start:
        return found
    head = toks[0].text
    if len(head) < 3 or head in _words()["act_nominaliser"] or not found.text.startswith(head) \
            or found.text == head:
        return found
    m = _LIST_AND.search(doc.view, max(0, found.start - 6), found.start)
    if m is None or not doc.is_boundary(m.start()):
        return found
    first, cut, items = None, m.start(), 0
    while items < SAME_HEAD_ITEMS and cut > 0:
        lo = max(0, cut - SAME_HEAD_ITEM_CHARS)
        sep = max(doc.text.rfind(" ", lo, cut), doc.text.rfind(",", lo, cut), doc.text.rfind("\n", lo, cut))
        if sep < 0 and lo > 0:
            break  # no space within reach: no item of a list
        run_start = sep + 1  # past the space, the comma or the line's end (0: the text opens with the item)
        at = doc.text.find(head, run_start, cut)
        if at < 0 or cut - at <= len(head) or not doc.is_boundary(at) or doc.numbers_between(at, cut) \
                or _predicated(doc, at, cut):
            break
        first, items = at, items + 1
        rate = max((doc.text.rfind(w, run_start, at) for w in _words()["rate_head"]), default=-1)
        if rate >= 0 and doc.is_boundary(rate):
            first = rate  # "อัตรา|ดอกเบี้ยเงินฝากออมทรัพย์ และเงินฝากประจำ ลดลง 0.25%": the rate heads the list (rev36p)
        if at > run_start or sep < 0 or doc.text[sep] == "\n":
            break  # "แก่ธุรกิจ|เศรษฐกิจชีวภาพ": the first item is glued to the words before it; a line opens it
        cut = sep
        while cut > 0 and doc.text[cut - 1] in " ,":
            cut -= 1
    if first is None:
        return found
    return Subject(doc.text[first:found.end], first, found.end)


TARGET_MOVED = ("ขึ้น", "ลง", "อีก", "เพิ่มขึ้น", "ลดลง")  # after the phrase: the target itself moves by the figure ("เพิ่มเป้า…ขึ้นอีก 2%")


def _with_moved_target(doc: Document, found: Subject, pos: int) -> Subject:
    """ "ธปท. เตรียมปรับลดเป้า|เงินเฟ้อลง 0.5%", "ปรับเป้า|ผลผลิตข้าวนาปีเพิ่มขึ้น 3%": the phrase read starts right after
    a verb of change (role to_lead) + a target word, all glued, and the figure follows with ขึ้น/ลง/อีก/เพิ่มขึ้น/ลดลง:
    the figure moves the target, not the thing, so the target word heads the phrase (rev36p). Not after ตั้ง (ตั้งเป้า:
    the figure is the goal for the thing), nor with a verb of growth (โต, ขยายตัว) or เป็น after the phrase."""
    if not doc.view[found.end:pos].lstrip(" ").startswith(TARGET_MOVED):
        return found
    before = [t for t in doc.tokens_before(found.start, 2) if t.kind == "word"]
    if len(before) < 2 or before[-1].end != found.start or before[-1].text not in _w()["target"] \
            or before[-2].end != before[-1].start or before[-2].text not in _words()["to_lead"]:
        return found
    return Subject(doc.text[before[-1].start:found.end], before[-1].start, found.end)


def _without_raised_target(doc: Document, found: Subject | None, pos: int) -> Subject | None:
    """ "เล็งเพิ่มเป้าตลาดในประเทศโต 40%", "ปรับเพิ่มเป้าหมายยอดขายรถยนต์เป็น 10%": verbs of change (role to_lead)
    glued before a target word (เป้า, เป้าหมาย) open the phrase: the verb raises or lowers the target of what follows,
    and the percentage measures that thing, as "ตั้งเป้า|ยอดขาย" and the frame lead เป้าหมาย read it. Both dropped when a
    noun follows them glued; unchanged otherwise (p38)."""
    if found is None:
        return None
    moved = _with_moved_target(doc, found, pos)
    if moved is not found:
        return moved
    toks = [t for t in doc.tokens_after(found.start, 6) if t.end <= found.end]
    k = 0
    while k < len(toks) and toks[k].kind == "word" and toks[k].text in _words()["to_lead"]             and toks[k].start == (found.start if k == 0 else toks[k - 1].end):
        k += 1
    if k == 0 or k + 1 >= len(toks) or toks[k].text not in _w()["target"] or toks[k].start != toks[k - 1].end:
        return found
    nxt = toks[k + 1]
    if nxt.kind != "word" or nxt.start != toks[k].end or not _nounish_text(nxt.text) \
            or nxt.text in _words()["measure"] or found.end - nxt.start < 2:
        return found
    if doc.view[found.end:pos].lstrip(" ").startswith(TARGET_MOVED):
        # "เล็งเพิ่มเป้าการส่งออกขึ้นอีก 2%": the target is raised by the figure, not the exports: the target stays (rev36p)
        return Subject(doc.text[toks[k].start:found.end], toks[k].start, found.end)
    return Subject(doc.text[nxt.start:found.end], nxt.start, found.end)


SAME_TAIL_CHARS = 6  # characters the two items must end with alike ("…เงินฝากประจำ และใบรับเงินฝากประจำ")
SAME_TAIL_ITEM_CHARS = 40  # the longest item after และ
_AND_ITEM = regex.compile(r" ?และ([^\s\d%(),]{2,40})(?=[\s(]|$)")


def _with_same_tail_item(doc: Document, found: Subject, pos: int) -> Subject:
    """ "ปรับขึ้นอัตราดอกเบี้ยเงินฝากประจำ และใบรับเงินฝากประจำ ประเภท 2 ปี … 0.10 - 0.50% ต่อปี": the reader stops
    before และ, but the item glued after it ends with the same words as the phrase read (≥ 6 characters, a word
    boundary in the phrase): two things of one kind listed before the figure, which is theirs. The second item must
    stand before the figure, no percentage between, and have a head of its own (p38)."""
    m = _AND_ITEM.match(doc.view, found.end, pos)
    if m is None or not doc.is_boundary(m.start(1)) or m.end(1) > pos:
        return found
    item = m.group(1)
    if item == found.text or any(w in doc.view[m.end(1):pos] for w in ("%", "ร้อยละ", "เปอร์เซ็นต์")):
        return found
    same = 0
    while same < min(len(item), len(found.text)) and item[-1 - same] == found.text[-1 - same]:
        same += 1
    cut = found.end - same
    if same < SAME_TAIL_CHARS or same >= len(item) or cut <= found.start or not doc.is_boundary(cut) \
            or not doc.is_boundary(m.end(1)):
        return found
    first = next((t for t in doc.tokens_after(m.start(1), 1) if t.kind == "word"), None)
    if first is None or first.start != m.start(1) or not _nounish_text(first.text) \
            or first.text in _words()["act_nominaliser"] and not found.text.startswith(first.text):
        return found
    return Subject(doc.text[found.start:m.end(1)], found.start, m.end(1))


MEASURED_OPENERS = ("ความ", "ค่า")  # a measure noun after a verb of measuring: ความเข้มข้น, ค่าออกซิเจน


def _without_measure_verb(doc: Document, found: Subject | None, pos: int) -> Subject | None:
    """ "(2)วัดความเข้มข้นของออกซิเจนในเลือดได้ต่ำกว่า 94%": a verb of measuring (role measure_verb: วัด, ตรวจวัด)
    opens the phrase, glued before a measure noun (ความ…, ค่า…), and ได้ alone stands between the phrase and the figure's
    qualifiers ("ได้รับงบ…" is another clause): the
    figure is the value the measure was found at, so the verb is dropped (วัด alone is also a temple's name: only
    before ความ/ค่า). Unchanged otherwise (p38)."""
    if found is None:
        return None
    verb = next((v for v in sorted(_words().get("measure_verb", ()), key=len, reverse=True)
                 if found.text.startswith(v)), None)
    if verb is None:
        return found
    start = found.start + len(verb)
    if not doc.is_boundary(start) or not doc.view.startswith(MEASURED_OPENERS, start) \
            or doc.view[found.end:pos].strip(" ") != "ได้" or found.end - start < 4:
        return found
    return Subject(doc.text[start:found.end], start, found.end)


CLAUSE_PREPOSITIONS = ("ต่อ", "ของ", "จาก", "ใน", "กับ")  # end a relative clause's complement before the phrase read
SPACED_RELATIVE = "ที่เป็น"  # after a space, ซึ่งเป็น mostly comments on the clause before ("…มา ซึ่งเป็นผลจาก…"), no head
SPACED_CLAUSE_CHARS = 30  # the longest "ที่เป็น + complement + preposition" before the phrase read


def _with_spaced_copula_head(doc: Document, found: Subject, pos: int) -> Subject:
    """ "โดยหนี้ ที่เป็นภาระต่องบประมาณเพิ่มขึ้นร้อยละ 88": a space before ที่เป็น, and the reader read only the
    noun after the clause's preposition (ต่อ, ของ, จาก, ใน, กับ). The glued run "ที่เป็น + words + preposition" right
    before the phrase read is a relative clause, and the noun phrase right before its space is its head: the share is
    of the head so described, as `_with_copula_head` reads it when no space stands there (p38). Not when no noun
    phrase ends right before the space, nor a measure word or a time."""
    if not doc.view[found.end:pos].strip(" "):
        return found  # "…ที่เป็นอุปสรรคต่อ|เกษตรกรร้อยละ 60 ระบุว่า…": the figure right after the noun counts that group (rev36p)
    sp = doc.text.rfind(" ", max(0, found.start - SPACED_CLAUSE_CHARS), found.start)
    if sp <= 0 or doc.text[sp - 1] == " ":
        return found
    run = doc.view[sp + 1:found.start]
    rel = SPACED_RELATIVE if run.startswith(SPACED_RELATIVE) else None
    if rel is None or len(run) <= len(rel) or not run.endswith(CLAUSE_PREPOSITIONS) or any(c.isdigit() for c in run):
        return found
    last = next((t for t in doc.tokens_before(found.start, 1) if t.kind == "word"), None)
    if last is None or last.end != found.start or last.text not in CLAUSE_PREPOSITIONS:
        return found
    head = _as_subject(read_subject(doc, sp, _counted=False))
    if head is None or head.end != sp or not _nounish_text(_first_word(doc, head)) \
            or head.text in _words()["measure"] or _names_nothing(head.text) or _names_a_time(head.text):
        return found
    return Subject(doc.text[head.start:found.end], head.start, found.end)


# a note in square brackets (words only) right before the figure, a verb of setting (role to) between them
_NOTE_BRACKET = regex.compile(r"\[[^\[\]\d%\n]{2,60}\][ ]?(?:เหลือ|เป็น)?[ ]?\Z")


def _before_note_bracket(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "สามารถเลือกแบ่งจ่ายเงินงวดผ่อนชำระ [ตัดเงินต้น ตัดดอกเบี้ย] เหลือ 25%": nothing was read before the figure,
    and a note in square brackets (words only, no figure) stands right before it, with at most เหลือ/เป็น between:
    the note says how the thing is taken, and the noun phrase right before the bracket (one space allowed) is what
    the figure measures, as it is without the note. Not when no noun phrase ends there, a time, or a phrase with a
    verb of its own (a clause: "ลูกหนี้เลือกผ่อนชำระเงินงวด [...] เหลือ 30%" stays unread, r12) (p38)."""
    m = _NOTE_BRACKET.search(doc.view, max(left_limit, pos - 90), pos)
    if m is None:
        return None
    at = m.start()
    while at > left_limit and doc.view[at - 1] == " ":
        at -= 1
    if m.start() - at > 1:
        return None
    found = _as_subject(read_subject(doc, at, _counted=False))
    if found is None or found.end != at or not _nounish_text(_first_word(doc, found)) \
            or _names_nothing(found.text) or _names_a_time(found.text) or found.text in _words()["measure"]:
        return None
    toks = [t for t in doc.tokens_after(found.start, 20) if t.end <= found.end and t.kind == "word"]
    if any(word_class(t.text) == "V" and (i == 0 or toks[i - 1].text not in _VERB_HEADS) for i, t in enumerate(toks)):
        return None  # "ลูกหนี้เลือกผ่อนชำระเงินงวด [ตัดเงินต้น ตัดดอกเบี้ย] เหลือ 30%": a clause read, not a noun phrase
    if found.text in NOT_ROW_LABELS:
        return None  # "หมายเหตุ [ข้อมูลจากกรมการค้าภายใน] 5%": a note's label names nothing (rev36p)
    if any(t.text in _words()["quote_intro"] for t in toks):
        return None  # "นายกรัฐมนตรีกล่าวว่า [ดูรายละเอียดแนบท้าย] 10%": a speaker, not a noun phrase (rev36p)
    return found


@lexicon_cache
def _adjusted_by_re() -> regex.Pattern:
    verbs = alternation(_words()["to_lead"])
    return regex.compile(rf"[ ]โดย(?:จะ)?(?:มีการ)?(?:{verbs})ในอัตรา[ ]?\Z")


def _figure_adjusted_by(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ขึ้นเงินเดือนข้าราชการ ป.ตรี 18,150 บาท โดยจะปรับขึ้นในอัตรา 10%": nothing was read before the percentage,
    and only "โดย(จะ) + a verb of change (role to_lead) + ในอัตรา" stands between it and a figure before (ในอัตรา
    required: "… ราย โดยลดลง 5%" may compare another count): the clause
    says how that figure's thing is changed, so the percentage is of that thing, the figure's own subject. None when
    the figure has none or no figure ends right before โดย (p38)."""
    m = _adjusted_by_re().search(doc.view, max(0, pos - 40), pos)
    if m is None:
        return None
    fig = _figure_ending_before(doc, m.start())  # before the left limit: the figure is a money or quantity record
    if fig is None:
        return None
    num = next(iter(doc.numbers_between(fig, m.start())), None)
    unit = _qty().unit_after(doc, num.end) if num is not None else None
    if unit is None or unit.kind != "currency":
        return None  # "จ่ายเบี้ยยังชีพให้ผู้สูงอายุกว่า 11 ล้านคน โดยจะปรับเพิ่มในอัตรา 5%": the people are paid, not adjusted (rev36p)
    own = _subject_of_figure(doc, fig)
    if own is None or _names_nothing(own.text) or _names_a_time(own.text):
        return None
    return own


PURPOSE_WORD = "เพื่อ"


def _with_purpose_modifier(doc: Document, head: Subject) -> Subject:
    """ "ยอดขายรถเพื่อการพาณิชย์ “ซีพี โฟตอน” ในประเทศ": the reader stops at เพื่อ, a purpose clause's opener, but
    เพื่อ glued between a noun and a nominalised act (การ…) makes a modifier of kind, "vehicles for commerce"
    (รถเพื่อการพาณิชย์, สินเชื่อเพื่อการเกษตร): the noun phrase before it heads the phrase. Unchanged when a verb,
    a space or nothing nounish stands before เพื่อ (p38)."""
    at = head.start - len(PURPOSE_WORD)
    if not head.text.startswith("การ") or at <= 0 or not doc.view.startswith(PURPOSE_WORD, at) \
            or not doc.is_boundary(at):
        return head
    last = next((t for t in doc.tokens_before(at, 1) if t.kind == "word"), None)
    if last is None or last.end != at or word_class(last.text) != "N":
        return head
    before = _phrase_ending_at(doc, at, spaces=0)
    if before is None or before.end != at or not _nounish_text(_first_word(doc, before)):
        return head
    return Subject(doc.text[before.start:head.end], before.start, head.end)
