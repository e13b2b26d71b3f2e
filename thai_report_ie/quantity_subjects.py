"""Quantity subjects the noun-phrase reader (phrases.py) leaves out or cuts short, read from the clause (issue 10).

`head_before_relative_object`: "เจ้าหน้าที่อื่นๆ ที่มีโอกาสสัมผัสกับผู้ติดเชื้อ 1,120 คน" counts the head of the relative
clause, not the object of its กับ.

`act_of_object`: "ตรวจหาเชื้อ อีก 2 ครั้ง" counts the act, not the germ.

`past_condition`: "ค่าตอบแทนนอกเวลา กรณีเพิ่ม 1-2 เท่า" multiplies the pay, not the case.

`echoed_head`: a count whose classifier is also the head noun of a phrase a little before it names that phrase as
what it counts, e.g. "เปิดจุดจำหน่ายสลาก 80 ทั่วภาคกลาง กรุงเทพ-ปริมณฑลได้ 209 จุด" (the selling points, not the
region read before ได้) and "มีหน่วยประกาศขาย 55,852 หน่วย" (the units for sale, where the reader stops at the verb
ขาย). Only a classifier that counts things (not people, times or measures), only its own word as a whole token, only
on the figure's line and after the previous record, and only across a short, known kind of gap: a name's number or a
year, a bracketed aside, a place (ทั่ว…, ใน…), "…ได้"/"…อีก", or a count word (จำนวน, รวม, กว่า).
"""
from __future__ import annotations

from typing import Literal

import regex

from .document import Document
from .lexicon import lexicon_cache, load_tsv, longest_first, words
from .linking import only_a_time, subject_before
from .phrases import (SHORT_UNIT, _TAG_FILES, Subject, names_a_giver, _agreeing_nouns, _act_head, _body_heads, _company_name, _date_containing, _effective_limit, _is_unit_word, _names_people,
                      read_subject, tag_dictionary, word_class)
from .records import Token
from .subject_context import _glued_clause_verb

ECHO_REACH = 90  # characters before the figure searched for the classifier's own noun
ECHO_PIECES = 3  # space-separated pieces allowed between that phrase and the figure
ECHO_PIECE_CHARS = 30  # characters of one such piece
ASIDE_CHARS = 40  # characters inside a bracketed aside between them
_OTHERS = regex.compile(r"(?:อื่น|ต่าง)(?: ?ๆ)?")  # "others", "various" after a head, which the reader leaves out
NOMINALISER = "การ"
WITH, RELATIVE = "กับ", "ที่"  # the preposition and the relative pronoun of head_before_relative_object
NUMBER_WORDS = frozenset(("สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"))  # the multipliers a classifier follows
_THAI = regex.compile(r"[\u0e01-\u0e4e]+(?: ๆ)?")  # a Thai word (ๆ spaced or not); no digit, Latin or punctuation


@lexicon_cache
def _echo_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    return (tuple(sorted(words("phrase_words", role="echo_lead"), key=len, reverse=True)),
            tuple(sorted(words("phrase_words", role="echo_end"), key=len, reverse=True)),
            words("phrase_words", role="echo_count"),
            words("phrase_words", role="echo_break") | words("subject_words", role="connector"))


@lexicon_cache
def _gap_re() -> regex.Pattern:
    # after the phrase: a name's number or a year ("สลาก 80", "ปี 2563/64"), an aside, then pieces
    return regex.compile(r"(?:[ \u00a0]+[0-9๐-๙][0-9๐-๙,./]*)?(?:[ \u00a0]*\([^()\n]{1,%d}\))?(?:[ \u00a0]*\($)?" % ASIDE_CHARS)


def _piece_ok(piece: str) -> bool:
    lead, end, count, _ = _echo_words()
    return piece != "ใน" and (piece in count or piece.startswith(lead) or piece.endswith(end))


def echoed_head(doc: Document, unit_word: str, pos: int, left_limit: int, current: Subject | None) -> Subject | None:
    """The phrase opened by the classifier's own noun before the figure at `pos`, or None (see the module's doc)."""
    if current is not None and current.text.startswith(unit_word):
        return None
    lo = max(_effective_limit(doc, left_limit), pos - ECHO_REACH)  # a bare number or a date is stepped over
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    if doc.text.find(unit_word, lo, pos) < 0:
        return None  # most counts: the classifier's word stands nowhere before them (no tokens looked at)
    toks = [t for t in doc.tokens_before(pos, 40) if t.start >= lo]
    _, _, count, stop = _echo_words()
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.text != unit_word or t.kind != "word" or k + 1 >= len(toks):
            continue
        if k > 0 and (toks[k - 1].kind == "number" or toks[k - 1].text in NUMBER_WORDS) and toks[k - 1].end == t.start:
            return None  # "ล้านต้น": the classifier of another figure, not a head noun
        j = k + 1
        while j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].kind == "word" \
                and _THAI.fullmatch(toks[j].text) and toks[j].text not in stop and toks[j].text not in count:
            j += 1
        if j == k + 1 or (j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].text.strip()
                          and toks[j].text not in count and toks[j].text != "("):
            return None  # the noun alone, or a phrase running on into a predicate ("ประเทศไทยอยู่…") or a sign
        end = toks[j - 1].end
        head = doc.text[t.start:end]
        if current is not None and current.start <= t.start:
            return None  # the reader's phrase holds this one already
        m = _gap_re().match(doc.text, end, pos)  # every part optional: it matches, if only the empty string
        if m is None:
            return None
        rest = doc.text[m.end():pos].split()
        if len(rest) > ECHO_PIECES or any(len(p) > ECHO_PIECE_CHARS or not _piece_ok(p) for p in rest):
            return None
        if m.group(0).strip() and doc.text[m.start():m.end()].lstrip(" \u00a0")[:1].isdigit() and head.endswith("ปี"):
            head, end = head[:-2], end - 2  # "มาตรการ…ฤดูแล้งปี 2563/64 (9 มาตรการ)": the year is no part of the head
        if any(c.isdigit() for c in head):
            return None
        return Subject(head, t.start, end)
    return None


RELATIVE_OBJECT_WORDS = 4  # words of a relative clause between ที่ and the กับ whose object the reader took


def head_before_relative_object(doc: Document, unit_word: str, person: bool, left_limit: int,
                                current: Subject | None) -> Subject | None:
    """The head of "HEAD ที่ V… กับ OBJECT N unit" where the reader read OBJECT, the object of the relative clause's
    preposition กับ: "เจ้าหน้าที่อื่นๆ ที่มีโอกาสสัมผัสกับผู้ติดเชื้อ 1,120 คน" counts the officers. Only where the
    head agrees with the unit as the object need not: people for a person classifier (not "ภารกิจที่เกี่ยวข้องกับ
    แรงงาน 38 ล้านคน", where the missions are no people), else a head opened by the classifier's own noun."""
    if current is None or not doc.text[max(0, current.start - 8):current.start].rstrip(" \u00a0").endswith(WITH):
        return None
    toks = doc.tokens_before(current.start, 12)
    k = len(toks) - 1
    while k >= 0 and not toks[k].text.strip():
        k -= 1
    if k < 1 or toks[k].text != WITH:
        return None
    j = k - 1
    while j >= 0 and k - j <= RELATIVE_OBJECT_WORDS and toks[j].kind == "word" and toks[j].text.strip() \
            and toks[j].text != RELATIVE:
        j -= 1
    if j < 1 or toks[j].text != RELATIVE or j == k - 1:
        return None
    head = read_subject(doc, toks[j].start, left_limit=left_limit, _counted=True)
    if head is None:
        return None
    between = doc.text[head.end:toks[j].start].rstrip()
    if between:
        if not _OTHERS.fullmatch(between):
            return None
        head = Subject(doc.text[head.start:head.end + len(between)], head.start, head.end + len(between))  # "…อื่นๆ"
    if person and not _names_people(head.text) or not person and not head.text.startswith(unit_word):
        return None
    return head


HAVE, STILL = "มี", "อยู่"  # the verb of "HEAD ที่ WHO มี(อยู่) N unit"
COUNT_WORD = "จำนวน"
_CLOSING = (")", "]", "”", "\"")  # a head read from right after one of these is the tail of a longer phrase
HAVER_WORDS = 3  # words of the haver between ที่ and มี ("ทั่วโลก", "ประเทศไทย")


def head_before_having_clause(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ทะเลสาบแบบลากูนขนาดใหญ่ ที่ทั่วโลกมีอยู่ 117 แห่ง", "แหล่งมรดกโลกที่ประเทศไทยมีอยู่ 7 แห่ง": a relative clause
    whose verb is มี (มีอยู่), right before the figure at `pos` (จำนวน allowed), says who has the things; the head before
    ที่ is what is counted. ที่ is a token of its own (not ที่ดิน), glued to ≤ HAVER_WORDS words up to มี; a space may
    stand before it. None otherwise."""
    toks = doc.tokens_before(pos, HAVER_WORDS + 6)
    k = len(toks) - 1
    while k >= 0 and (not toks[k].text.strip() or toks[k].text == COUNT_WORD):
        k -= 1
    if k >= 0 and toks[k].text == STILL:
        k -= 1
    if k < 1 or toks[k].text != HAVE:
        return None
    j = k - 1
    while j >= 0 and k - j <= HAVER_WORDS and toks[j].kind == "word" and toks[j].text != RELATIVE \
            and toks[j].end == toks[j + 1].start:
        j -= 1
    if j < 1 or j == k - 1 or toks[j].text != RELATIVE or toks[j].end != toks[j + 1].start:
        return None
    head = read_subject(doc, toks[j].start, left_limit=left_limit)
    if head is None or doc.text[head.end:toks[j].start].strip(" \u00a0") \
            or head.start > 0 and doc.text[head.start - 1] in _CLOSING:
        return None  # "ทะเลสาบแบบลากูน(lagoon)|ขนาดใหญ่": a head cut at a bracket is its tail alone
    return head


SOURCE = "จาก"  # "from": the source of what is given or sent


def thing_from_body(doc: Document, current: Subject | None, unit_word: str, left_limit: int) -> Subject | None | bool:
    """ "ได้รับเครื่องช่วยหายใจจาก กระทรวงสาธารณสุข 30 เครื่อง": a body's name (opened by an organisation's head word,
    org_heads.tsv) right after จาก is where the things come from; a classifier of objects (role object_unit: ลำ, คัน,
    เครื่อง) never counts a body. The things are the noun phrase glued or spaced right before จาก when one opens with a
    noun, else None (null: "…KA-32 ดับไฟป่า (ฮ.ปภ.32-04) จากกรม… จำนวน 1 ลำ"). False when `current` is no such body
    (leave it). Bodies counted after จาก ("จากมหาวิทยาลัย 20 แห่ง") are left."""
    if current is None or unit_word not in words("phrase_words", role="object_unit") \
            or not current.text.startswith(_body_heads()):
        return False
    window = doc.text[max(0, current.start - len(SOURCE) - 2):current.start]
    before = window.rstrip(" \u00a0")
    if not before.endswith(SOURCE):
        return False
    source = current.start - (len(window) - len(before)) - len(SOURCE)  # where จาก starts
    thing = read_subject(doc, source, left_limit=left_limit, _counted=True)
    if thing is None or doc.text[thing.end:source].strip(" \u00a0"):
        return None
    thing = _after_transfer_verb(doc, thing)  # "โรงพยาบาลได้รับ|เครื่องผลิตออกซิเจน": the thing received
    return thing if thing is not None and _opens_with_noun(doc, thing) else None


def _after_transfer_verb(doc: Document, found: Subject) -> Subject | None:
    """The phrase after the last verb of receiving or giving in `found` (roles receive_verb, give_verb: ได้รับ, มอบ), the
    whole phrase when none; None when the verb ends it."""
    verbs = words("phrase_words", role="receive_verb") | words("phrase_words", role="give_verb")
    start = found.start
    for tok in doc.tokens_after(found.start, 40):
        if tok.start >= found.end:
            break
        if tok.text in verbs:
            start = tok.end
    if start == found.start:
        return found
    return Subject(doc.text[start:found.end], start, found.end) if start < found.end else None


ACT_VERBS_MAX = 3  # verbs glued before an object that make the act a count of times counts


@lexicon_cache
def _not_act() -> frozenset[str]:
    """Verbs never read into an act counted: role act_not, a phrase's lead words (รวมถึง) and connectors, and the
    words before a date (สิ้น: "เมื่อสิ้นปีงบประมาณ ปีละ 1 ครั้ง")."""
    return words("phrase_words", role="act_not") | words("subject_words", role="lead") \
        | words("subject_words", role="connector") | words("phrase_words", role="date_lead")


def act_of_object(doc: Document, unit_word: str, current: Subject | None) -> Subject | None:
    """ "ตรวจหาเชื้อ อีก 2 ครั้ง", "สกัดกั้นยาเสพติดได้ 360 ครั้ง": a count of times (act_count: ครั้ง, รอบ) counts the act,
    so the verbs glued before the object the reader read belong to it (with a การ glued before them: "มีการพักหนี้มา
    13 ครั้ง" → การพักหนี้). Not an auxiliary (ได้, จะ, ต้อง, ถูก), nor a verb of occurring or having (role act_not:
    เกิด, พบ, มี, เป็น), a lead word (รวมถึง) or a date's (สิ้น): "เกิดอุบัติเหตุ 8 ครั้ง" counts the accidents; nor
    after a time alone ("ปีงบประมาณ ปีละ 1 ครั้ง")."""
    if current is None or unit_word not in words("phrase_words", role="act_count") or only_a_time(current.text):
        return None
    toks = doc.tokens_before(current.start, ACT_VERBS_MAX + 2)
    if not toks or toks[-1].end != current.start or word_class(current.text) == "V" \
            or current.text.startswith(NOMINALISER):
        return None
    inside = [t for t in doc.tokens_after(current.start, 12) if t.end <= current.end]
    if any(t.kind == "word" and word_class(t.text) == "V" and not (j > 0 and inside[j - 1].text == NOMINALISER
                                                                   and inside[j - 1].end == t.start)
           for j, t in enumerate(inside)):
        return None  # the reader read a verb with its object already ("…สกัดกั้นสินค้าเถื่อน"); a การ + verb is a noun
        # ("ตรวจติดตาม|ผลการรับรอง ปีละ 1 ครั้ง": the result of certifying, whose checking is counted; q36)
    k = len(toks)
    not_act = _not_act()
    while k > 0 and len(toks) - k < ACT_VERBS_MAX and toks[k - 1].kind == "word" \
            and (k == len(toks) or toks[k - 1].end == toks[k].start) and word_class(toks[k - 1].text) == "V" \
            and toks[k - 1].text not in not_act:
        k -= 1
    if k == len(toks):
        return None
    if k > 0 and toks[k - 1].text == NOMINALISER and toks[k - 1].end == toks[k].start:
        k -= 1
    start = toks[k].start
    if k > 0 and toks[k - 1].end == start and toks[k - 1].kind == "word" and word_class(toks[k - 1].text) == "V" \
            and not toks[k].text.startswith(NOMINALISER):
        return None  # a verb we may not cross (เกิด, มี): the clause's own, and what follows it is what is counted;
        # after it a การ + verb is the act itself, a noun ("มีการประชุม|คณะทำงาน แล้ว 2 ครั้ง" → การประชุมคณะทำงาน; q36)
    return Subject(doc.text[start:current.end], start, current.end)


def past_condition(doc: Document, left_limit: int, current: Subject | None) -> Subject | None | bool:
    """A subject that is a bare "in case" noun (role condition: กรณี) names nothing counted. "ในส่วนของค่าตอบแทน
    นอกเวลา กรณีเพิ่ม 1-2 เท่า": the phrase right before it, across a space, is what the case is of; where none
    stands there (a clause's start, a connector: "และกรณีมากกว่า 2 เท่า") the figure's subject is null. Returns
    False when `current` is no bare condition noun (leave it), else the phrase or None."""
    if current is None or current.text not in words("phrase_words", role="condition"):
        return False
    before = doc.text[:current.start]
    end = len(before.rstrip(" \u00a0"))
    if end == current.start or end <= left_limit:
        return None
    found = read_subject(doc, end, left_limit=left_limit, _counted=True)
    if found is None or found.end != end or found.text in words("subject_words", role="connector"):
        return None
    return found


TARGET_WORD = "เป้า"  # "ยังไม่ถึงเป้า 1 แสนคน", "เป็นไปตามเป้าช่วยได้ 372 เรื่อง": the goal word, not what is counted


def remainder_of(doc: Document, current: Subject | None, last_end: int | None, last_unit: str | None,
                 last_subject: str | None, unit_word: str) -> str | None | Literal[False]:
    """A subject that is a bare "remaining" word (role remainder: คงเหลือ) names nothing counted: "โรงพยาบาลเอกชน
    2,406 เตียง คงเหลือ 10 เตียง" counts what is left of the beds the figure right before counts, so it takes that
    figure's subject when only spaces or a comma stand between them and the unit is the same; else null. Returns
    False when `current` is no such word (leave it)."""
    if current is None or current.text not in words("phrase_words", role="remainder"):
        return False
    if last_end is not None and last_unit == unit_word and last_subject is not None \
            and not doc.text[last_end:current.start].strip(" \u00a0,"):
        return last_subject
    return None


def names_nothing(subject: str | None) -> bool:
    """A subject that names no thing a count counts: the goal word alone, or glued to the verb after it ("ยังไม่ถึงเป้า
    1 แสนคน", "เป็นไปตามเป้าช่วยได้ 372 เรื่อง"; เป้าหมาย, a whole noun, stays). (A country alone, "ไทย", was tried
    and left: the annotation batches take it as a subject.)"""
    if subject is None:
        return False
    if subject == TARGET_WORD:
        return True
    rest = subject[len(TARGET_WORD):]
    return subject.startswith(TARGET_WORD) and bool(rest) and word_class(rest) == "V"


GOAL_WORDS = ("เป้าหมาย", TARGET_WORD)  # the goal nouns, longest first
GOAL_SETTER_TOKENS = 3  # glued verb tokens between the body and the goal word ("ปรับ|ลด|เป้า")


def body_setting_goal(doc: Document, subject: Subject | None, pos: int) -> bool:
    """ "กระทรวงการคลังปรับลดเป้าลงเหลือ 10 ล้านคน", "กรมส่งเสริมการเกษตรตั้งเป้าหมายไว้ที่ 5,000 ราย": a body (an
    organisation's head word, a body that acts), glued verbs and a goal word (เป้า, เป้าหมาย, or ตั้งเป้า… in one
    token), then only words that are no noun (ลง, เหลือ, ไว้ที่, เป็น) before the figure: the body sets the target,
    and the target names nothing counted (ANNOTATION: the subject names what is counted; role target), so the
    subject is null (issue 10, q44). Not when a noun follows the goal word ("ปรับเป้านักท่องเที่ยว…": what the
    target counts), nor after people ("ผู้ลงทะเบียน ตั้งเป้า…" may be a topic), nor with no verb before the goal."""
    if subject is None or pos <= subject.start:
        return False
    toks = [t for t in doc.tokens_after(subject.start, 40) if t.end <= pos]
    if not toks or toks[0].start != subject.start:
        return False
    goal = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].kind == "word"
                 and toks[k].text.endswith(GOAL_WORDS)), None)
    if goal is None or goal == 0:
        return False
    if any(t.kind == "word" and word_class(t.text) == "N" or t.kind not in ("word", "space") for t in toks[goal + 1:]):
        return False  # a noun after the goal word names what it counts
    goal_tok = toks[goal]
    verbs_end = goal if goal_tok.text in GOAL_WORDS else goal + 1  # "ตั้งเป้า": the verb and the goal in one token
    first_verb = next((k for k in range(verbs_end) if toks[k].kind == "word" and word_class(toks[k].text) == "V"), None)
    if first_verb is None or first_verb == 0 or verbs_end - first_verb > GOAL_SETTER_TOKENS:
        return False
    if any(toks[k].kind != "word" or word_class(toks[k].text) != "V" for k in range(first_verb, verbs_end)):
        return False
    if any(toks[k].start != toks[k - 1].end for k in range(first_verb, goal + 1)):
        return False  # one glued run: body, verbs, goal
    body = doc.text[toks[0].start:toks[first_verb].start]
    if not body or body != body.strip() or _names_people(body):
        return False
    return body in words("phrase_words", role="agent_body") or body.startswith(_body_heads())


# a fraction word: how much of a thing changes ("ลดลงครึ่งหนึ่ง", "เพิ่มขึ้นเท่าตัว", "หนึ่งในสาม"), never the thing
_FRACTION = regex.compile(r"ครึ่ง(?:หนึ่ง)?|เท่าตัว|(?:หนึ่ง|สอง|สาม)ใน(?:สอง|สาม|สี่|ห้า|สิบ)")
_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")  # the days of the week, after วัน


@lexicon_cache
def _days_and_months() -> frozenset[str]:
    """A weekday after วัน ("วันเสาร์") and a month's full name, alone or after เดือน (data/months.tsv; not the
    abbreviations: ก.พ. is also the Civil Service Commission)."""
    months = {r["word"] for r in load_tsv("months") if r["form"] == "full"}
    return frozenset({"วัน" + d for d in _WEEKDAYS} | months | {"เดือน" + m for m in months})


def names_no_thing(subject: str | None) -> bool:
    """A subject that is a fraction word or a day or month alone: "ลดลงครึ่งหนึ่งจาก 200 ราย เหลือ 100 ราย" says how
    much the count fell, "ในวันเสาร์ที่ 28 … จำนวน 1 หน่วย" when it was counted; neither names what is counted
    (ANNOTATION.md: null when the text names nothing), so the record's subject is null (rev30, q31's leftovers)."""
    return subject is not None and (_FRACTION.fullmatch(subject) is not None or subject in _days_and_months())


_ABOUT = "ร่วม"  # "nearly", before a figure; also "joint" glued after a noun (บริษัทร่วม, จุดตรวจร่วม)


def without_glued_about(subject: str | None) -> str | None:
    """ "ผู้เข้าร่วมร่วม 2 หมื่นคน": a ร่วม glued after a phrase that already holds ร่วม is the figure's "nearly", not
    part of the thing (a noun is not made joint twice); the phrase without it. Only then: a noun's own ร่วม
    ("คณะกรรมการร่วม 3 คณะ", "บริษัทย่อยและบริษัทร่วม", "ผู้ร่วมงาน") stays."""
    if subject is None or not subject.endswith(_ABOUT) or _ABOUT not in subject[:-len(_ABOUT)]:
        return subject
    return subject[:-len(_ABOUT)]


@lexicon_cache
def _action_verbs() -> frozenset[str]:
    """ORCHID's action verbs (VACT: วิ่ง, วาง, คัดเลือก) that no other dictionary bundled with PyThaiNLP tags a noun
    (วัด is also a temple, ยานพาหนะ is tagged a verb by one and a noun by another)."""
    orchid, *others = _TAG_FILES
    acts = {w for w, tag in tag_dictionary(orchid).items() if tag == "VACT"}
    nouns = {w for name in others for w, tag in tag_dictionary(name).items() if tag in ("NOUN", "PROPN")}
    return frozenset(acts - nouns)


def act_alone(subject: str | None, unit_word: str) -> bool:
    """A subject that is one action verb alone before a count of things ("วาง 2 มาตรการ", "วิ่ง 6 เส้นทาง",
    "ดำเนินงานในพื้นที่ 12 จังหวัด จำนวน 39 แปลง"): it says what is done with the things, not what they are, so it
    names nothing counted (ANNOTATION.md: the noun phrase, without verbs). Not before people (a verb labels them: the
    batches read "…รายใหม่ 305 ราย เสียชีวิตเพิ่ม 1 ราย" as เสียชีวิต), nor before a count of occurrences (role
    act_count: "ให้บริการ 14 ล้านครั้ง" counts the act itself, as act_of_object reads). ORCHID's VACT only: the other
    dictionaries tag some nouns as verbs ("ยานพาหนะ 25 คัน"), and a state (VSTA: "ว่าง 180 เตียง") labels things;
    `_action_verbs` leaves out a word any dictionary tags a noun ("มีวัดที่… 12 แห่ง")."""
    return subject is not None and subject in _action_verbs() \
        and unit_word not in words("phrase_words", role="person_unit") \
        and unit_word not in words("phrase_words", role="act_count")


def thing_of_value(doc: Document, current: Subject | None, unit_word: str) -> Subject | None:
    """ "สร้างราคาหลักทรัพย์ 6 ตัว", "ราคายางทั้ง 2 ชนิด": a count's phrase that opens with a value word glued to a noun
    (role value_of: ราคา, มูลค่า) counts the things, not their value: the phrase after the word. None when `current`
    opens with no such word, or the word runs on into a verb or a quality ("มูลค่าเพิ่ม…", "ราคาคุ้มค่า"), or an
    abstract noun ("มูลค่าความเสียหาย": no thing), or the count is of occurrences (role act_count): "ราคาน้ำมันปรับขึ้น
    3 ครั้ง" counts the price's moves, not oil (rev30b)."""
    if current is None or unit_word in words("phrase_words", role="act_count"):
        return None
    for word in words("phrase_words", role="value_of"):
        if current.text.startswith(word) and len(current.text) > len(word):
            rest = doc.tokens_after(current.start + len(word), 1)
            if rest and rest[0].start == current.start + len(word) and rest[0].kind == "word" \
                    and _THAI.fullmatch(rest[0].text) and word_class(rest[0].text) == "N" \
                    and not rest[0].text.startswith(ABSTRACT_PREFIX):
                return Subject(current.text[len(word):], current.start + len(word), current.end)
    return None


ABSTRACT_PREFIX = "ความ"  # "มูลค่า|ความเสียหาย": a quality or state after a value word, no thing a classifier counts
GOAL_WORD = "เป้าหมาย"  # the goal noun, read alone before a count
ACT_BEFORE_GOAL = "การ"  # "ส่งเสริมการปรับปรุงคุณภาพดิน เป้าหมาย 14,000 ไร่": the act whose goal is counted


def goal_alone(doc: Document, current: Subject | None, unit_word: str, left_limit: int) -> Subject | None | Literal[False]:
    """ "ให้ประชาชน เป้าหมาย 2 ล้านโดส", "มีเป้าหมาย 154,000 คน", "(จากเป้าหมาย 47.68 ล้านคน)": เป้าหมาย read alone
    names the goal, not what it counts (q26 left it, a whole noun; no annotated row takes it, q28). The subject is
    then the act (การ…) the reader finds right before it across one space, else None. False when `current` is
    not เป้าหมาย alone, or when the classifier counts items or aspects ("เป้าหมาย 3 ประการ": the goals themselves;
    grammar role item_unit, phrase_words role aspect_unit)."""
    if current is None or current.text != GOAL_WORD:
        return False
    if unit_word in words("grammar", role="item_unit") or unit_word in words("phrase_words", role="aspect_unit"):
        return False
    if current.start < 2 or doc.text[current.start - 1] != " " or doc.text[current.start - 2] == " ":
        return None
    if unit_word in words("phrase_words", role="person_unit"):
        return None  # "การประชุมสัมมนาวิชาการ เป้าหมาย 500 คน": people are no act's output (rev27c)
    before = read_subject(doc, current.start - 1, left_limit=left_limit)
    if before is not None and before.text.startswith(ACT_BEFORE_GOAL) and before.end == current.start - 1:
        return before
    return None


OFFICIAL = "เจ้าหน้าที่"  # officials: a noun whose ที่ is no relative


def people_without_act(subject: str | None) -> str | None:
    """ "ประชาชนเดินทาง 40,000 คน", "ผู้โดยสารเดินทาง 2 แสนคน": a verb glued after the people that only says what
    they did (role people_act: เดินทาง) is no part of what is counted; the people are. A verb that narrows
    them (เสียชีวิต, ได้รับผลกระทบ) is not of that role and stays, and so does the verb of a relative clause
    ("ประชาชนที่เข้าร่วมงาน", "ผู้ที่ลงทะเบียนเข้าร่วมงาน": a ที่ in the head, เจ้าหน้าที่ aside, keeps the verb).
    None when `subject` is no such phrase."""
    if subject is None:
        return None
    for verb in words("phrase_words", role="people_act"):
        if subject.endswith(verb) and len(subject) > len(verb):
            head = subject[:-len(verb)]
            if head == head.rstrip() and head != "ผู้" and RELATIVE not in head.replace(OFFICIAL, "") \
                    and _names_people(head):
                return head
    return None


def people_before_act(doc: Document, subject: Subject, left_limit: int) -> str | None:
    """ "ผู้ป่วยปอดอักเสบ รักษาตัวอยู่ในโรงพยาบาล 879 ราย": where the reader read only a people_act verb (q33), the
    people phrase right before the one space in front of it is what is counted, as `people_without_act` drops the
    verb glued on. None when the subject is no such verb alone, no single space stands before it, or the phrase
    there names no people."""
    if subject.text not in words("phrase_words", role="people_act") or subject.start - 1 <= left_limit \
            or doc.text[subject.start - 1] != " ":
        return None
    before = read_subject(doc, subject.start - 1, left_limit=left_limit)
    if before is None or before.end != subject.start - 1 or not _names_people(before.text):
        return None
    return before.text


PERSON_NOMINALISER = "ผู้"  # "ผู้ที่จะเข้าร่วม…": the people named by the relative clause itself
COPULAS = frozenset(("เป็น", "คือ"))  # a predicate after which the clause names what is counted
RELATIVE_REACH = 6  # words between a relative ที่ and the object the reader read, or the figure


SUCH_AS = "ซึ่ง"  # the other relative pronoun: "ผู้ป่วยซึ่งเข้ารับการรักษาในโรงพยาบาล 25 ราย" reads as with ที่ (q29)


def _relative_word(token: str) -> bool:
    """True when `token` opens a relative clause: ที่ or ซึ่ง alone, or glued to an auxiliary ("ที่จะ", "ซึ่งจะ")."""
    for rel in (RELATIVE, SUCH_AS):
        if token == rel or token.startswith(rel) and word_class(token[len(rel):]) == "AUX":
            return True
    return False


def people_before_relative(doc: Document, left_limit: int, current: Subject | None) -> Subject | None:
    """People counted after "PEOPLE ที่ V… OBJECT N คน/ราย", where the reader read OBJECT, a thing the relative clause
    names ("ผู้ประกอบการร้านอาหารที่ขายอาหารผ่านแพลตฟอร์ม กว่า 80,000 ราย", "เกษตรกรที่ได้รับ GAP ทุเรียน 858 ราย"; ซึ่ง
    reads as ที่: "เกษตรกรซึ่งขึ้นทะเบียนปลูกข้าว 1,200 ราย"): the head before ที่ is what the person classifier counts,
    when it names people and OBJECT does not. The ที่ is a token of its own (or glued to an auxiliary: ที่จะ), glued to
    the words up to OBJECT (≤ RELATIVE_REACH of them, no space); the head stands right before it (an "อื่นๆ" glued on
    allowed, as for head_before_relative_object); not across a copula (เป็น, คือ: "ผู้ประสบภัยที่…ส่วนใหญ่เป็นโรค
    น้ำกัดเท้า 1,250 ราย" counts cases of the disease). Where the head is the bare ผู้ of "ผู้ที่…", the whole phrase
    from ผู้ to OBJECT names the people. None otherwise."""
    if current is None or _names_people(current.text) \
            or doc.text[max(0, current.start - 4):current.start].endswith(tuple(COPULAS)):
        return None
    toks = doc.tokens_before(current.start, RELATIVE_REACH + 1)
    k = len(toks)
    while k > 0 and toks[k - 1].kind == "word" and toks[k - 1].text.strip() and len(toks) - k <= RELATIVE_REACH \
            and (k == len(toks) or toks[k - 1].end == toks[k].start):
        k -= 1
        t = toks[k].text
        if t in COPULAS:
            return None  # "ผู้ประสบภัยที่เข้ารับการรักษาส่วนใหญ่เป็นโรคน้ำกัดเท้า 1,250 ราย": the cases of the disease
        if not _relative_word(t):
            continue
        if k > 0 and toks[k - 1].text == PERSON_NOMINALISER and toks[k - 1].end == toks[k].start \
                and toks[k - 1].start >= left_limit:
            return Subject(doc.text[toks[k - 1].start:current.end], toks[k - 1].start, current.end)  # "ผู้ที่จะ…"
        head = read_subject(doc, toks[k].start, left_limit=left_limit, _counted=True)
        if head is None:
            continue
        if not _names_people(head.text):
            head = people_of_attribute(doc, head) or head  # "สุขภาพ|ชาวไทยมุสลิมที่จะ…": the people (q39)
        between = doc.text[head.end:toks[k].start]
        if between and not _OTHERS.fullmatch(between):
            continue
        if _names_people(head.text) and head.end == toks[k].start - len(between):
            return Subject(doc.text[head.start:toks[k].start], head.start, toks[k].start) if between else head
    return None


VACCINE = "วัคซีน"  # the medicine word a count of doses (role dose_count: เข็ม) counts
DOSE_REACH = 50  # characters before a dose count searched for the vaccine it counts, on its line
DOSE_SPACE = frozenset((" ", "\u00a0"))
DOSE_LIST_JOINERS = ("และ", "หรือ", ",", "/")  # before the vaccine: it is listed with other medicines counted in doses
_DISEASE_NUMBER = regex.compile(r"(?:โควิด|COVID|โคโรนา)[ \u00a0-]?$")  # a disease name a number belongs to ("โควิด 19")


def _vaccine_name_end(doc: Document, start: int, pos: int) -> int:
    """The end of a vaccine's name opened by VACCINE at `start`: the nouns and Latin words glued on or one space away
    ("วัคซีนโควิด 19", "วัคซีน Sinovac", "วัคซีนเชื้อตาย"), a disease's number after its name; never past `pos`."""
    end = start + len(VACCINE)
    for t in doc.tokens_after(end, 8):
        if t.start >= pos:
            break
        gap = doc.text[end:t.start]
        if gap and (len(gap) > 1 or gap not in DOSE_SPACE):
            break
        if t.kind == "space":
            continue
        if t.text in words("phrase_words", role="dose_gap"):
            break  # "ประชาชนที่ฉีดวัคซีน จำนวน 2 เข็ม": จำนวน is the count's, not the vaccine's name (rev27b)
        if t.kind == "number" and _DISEASE_NUMBER.search(doc.text, 0, end) is not None \
                or t.kind == "word" and t.text not in words("percent_subject_words", role="dose_alone") \
                and word_class(t.text) == "N":
            end = t.end
            continue
        break
    return end


def vaccine_of_doses(doc: Document, pos: int, unit_word: str, current: str | None) -> str | None | Literal[False]:
    """A count of doses (role dose_count: เข็ม) counts the vaccine, not the people it was given to nor the evidence
    or the efficacy of it: "ผู้ที่ได้รับวัคซีน Sinovac ครบ 2 เข็ม" → วัคซีน Sinovac; "หลักฐานการได้รับวัคซีนโควิด-19 ครบ 2
    เข็ม" → วัคซีนโควิด-19. Where the reader read nothing ("ผู้ที่ฉีดวัคซีนครบ 2 เข็ม", "มีประวัติฉีดวัคซีน 2 เข็ม"), the
    vaccine named last within DOSE_REACH on the figure's line, when only spaces and the words of a dose's gap (role
    dose_gap: ครบ, แล้ว, อย่างน้อย) stand between its name and the figure; so too where it read the people only
    ("ผู้ปกครองที่ฉีดวัคซีนครบ 2 เข็ม": the reader cut the relative clause). Returns False when it leaves `current`."""
    if unit_word not in words("phrase_words", role="dose_count"):
        return False
    if current is not None and (VACCINE in current or not _names_people(current)):
        k = current.find(VACCINE)
        if k <= 0:
            return False  # none, or the phrase opens with the vaccine already ("วัคซีนเข็มกระตุ้น")
        if current[:k].rstrip().endswith(DOSE_LIST_JOINERS):
            return False  # "ยาและวัคซีนสำหรับสัตว์ 1 ล้านโดส": the vaccine is one of the things listed, all dosed (rev37r)
        rest = current[k:]
        for cut in sorted(words("phrase_words", role="dose_gap"), key=len, reverse=True):
            j = rest.find(cut, len(VACCINE))
            if j > 0:
                rest = rest[:j].rstrip()  # "ผู้ที่ได้รับวัคซีนไม่ครบตามเกณฑ์": the vaccine, not its shortfall
        return rest
    lo = max(0, pos - DOSE_REACH)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    start = doc.text.rfind(VACCINE, lo, pos)
    if start < 0:
        return False
    end = _vaccine_name_end(doc, start, pos)
    gap = words("phrase_words", role="dose_gap")
    for t in doc.tokens_after(end, 12):
        if t.start >= pos:
            break
        if t.kind != "space" and t.text not in gap:
            return False  # another word between: not this vaccine's count ("…วัคซีน แล้วให้ผู้ป่วย 2 เข็ม")
    return doc.text[start:end]


DATE_PREPOSITIONS = ("ภายใน", "ตั้งแต่")  # "by", "since": before a date, never the end of what is counted
DAY_WORD = "วันที่"


def without_date_preposition(doc: Document, found: Subject) -> str:
    """ "ผู้ที่ยืนยันตัวตนสำเร็จภายในวันที่ 26 มีนาคม 2566 จำนวน 12,565,862 ราย": the reader steps over the date and
    keeps the preposition glued before it (ภายใน, ตั้งแต่), which belongs to the date; the phrase without it. Only
    when a date (a record of the document's) follows the phrase, spaces and วันที่ aside, and a word of two or more
    characters is left. `found.text` when there is nothing to cut."""
    text = found.text
    prep = next((p for p in DATE_PREPOSITIONS if text.endswith(p) and len(text) - len(p) >= 2), None)
    if prep is None:
        return text
    q = found.end
    while q < len(doc.text) and doc.text[q] in DOSE_SPACE:
        q += 1
    if doc.text.startswith(DAY_WORD, q):
        q += len(DAY_WORD)
        while q < len(doc.text) and doc.text[q] in DOSE_SPACE:
            q += 1
    if _date_containing(doc, q) is None:
        return text
    return text[:-len(prep)].rstrip()


DESTINATION = "ไปยัง"  # "to": the places or groups a figure after it counts are where something went


def after_destination(doc: Document, pos: int) -> bool:
    """True when the count at `pos` follows ไปยัง, spaces aside: "กระจายวัคซีนจำนวนหนึ่งไปยัง 77 จังหวัด",
    "แจกจ่ายถุงยังชีพไปยัง 300 ครัวเรือน" count the places or households it went to, which the classifier names
    itself; what went there is no subject of that count (null, as for "ใน 27 จังหวัด")."""
    end = pos
    while end > 0 and doc.text[end - 1] in DOSE_SPACE:
        end -= 1
    return doc.text.endswith(DESTINATION, 0, end)



# the words glued after พื้นที่ that name the areas, then a space, จำนวน or a bracket: "เฝ้าระวังสูง จำนวน "
_AREA_TAIL = regex.compile(r"([\u0e01-\u0e4e]+)[ \u00a0]+(?:จำนวน[ \u00a0]*)?\(?")


def area_phrase(doc: Document, current: Subject | None, subject: str | None, unit_word: str,
                pos: int) -> Subject | None:
    """A count of administrative areas (phrase_words role area_unit: จังหวัด, อำเภอ, หมู่บ้าน) whose subject is the
    bare area word (role area_head: พื้นที่) the reader cut from the words glued after it, at their verb: "3) พื้นที่|
    เฝ้าระวังสูง จำนวน 14 จังหวัด", "(4) พื้นที่|เฝ้าระวังสูง (53 จังหวัด)" count the areas those words name. The phrase
    runs to its space, when only จำนวน or a bracket stands between it and the figure at `pos`, and the glued words are
    no gap, qualifier or change word (อีก, ประมาณ, เพิ่มขึ้น, ได้…). None otherwise (the reader's subject stays). The
    bare word alone ("แจ้งเตือนพื้นที่ 6 จังหวัด") was first read as null, as "ในพื้นที่ 13 จังหวัด" is, and withdrawn:
    the annotation batches read it both ways (null twice, พื้นที่ once in a held-out batch)."""
    if current is None or subject is None or current.text != subject \
            or subject not in words("phrase_words", role="area_head") \
            or unit_word not in words("phrase_words", role="area_unit"):
        return None
    m = _AREA_TAIL.fullmatch(doc.text, current.end, pos)
    if m is None or m[1].startswith(tuple(_gap_words())):
        return None
    return Subject(current.text + m[1], current.start, m.end(1))


@lexicon_cache
def _gap_words() -> frozenset[str]:
    """Words that may stand glued between a subject and its figure without naming anything: the reader's stops,
    connectors and leads (subject_words), qualifiers and change words (อีก, ได้, ประมาณ, จำนวน, เพิ่มขึ้น)."""
    return words("subject_words") | words("qualifiers") | words("relation_words")


EX_OFFICIO = "โดยตำแหน่ง"  # "ex officio": a member's kind, not the preposition โดย ("by") that stops the reader
_EX_OFFICIO_END = regex.compile(EX_OFFICIO + r"[ \u00a0]*(?:จำนวน[ \u00a0]*)?$")


def ex_officio(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "กรรมการโดยตำแหน่ง จำนวนหกคน", "กรรมการโดยตำแหน่งจำนวน 11 คน": the reader stops at โดย (a stop word) and
    reads nothing; the members are the people glued before โดยตำแหน่ง with it (not "โดยตำแหน่งงานว่าง", where
    โดย opens a sentence about vacancies: the figure must follow ตำแหน่ง, จำนวน and spaces aside). None otherwise."""
    m = _EX_OFFICIO_END.search(doc.text, max(left_limit, pos - 40), pos)
    if m is None:
        return None
    head = read_subject(doc, m.start(), left_limit=left_limit, _counted=True)
    if head is None or head.end != m.start() or not _names_people(head.text):
        return None
    end = m.start() + len(EX_OFFICIO)
    return Subject(doc.text[head.start:end], head.start, end)


# a law's section closing the phrase before a count, its preposition before it: "ในมาตรา 33 จำนวน ", "ตาม ม.35 "
_SECTION_END = regex.compile(r"(?:ใน|ตาม)?[ \u00a0]?(?:มาตรา|ม\.)[ \u00a0]?[0-9๐-๙]+[ \u00a0]*(?:จำนวน[ \u00a0]*)?$")
SECTION_REACH = 60  # characters before the figure searched for the section


def people_of_section(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ผู้ประกันตนในมาตรา 39 จำนวน 1.9 ล้านคน", "กลุ่มผู้ประกันตนตามมาตรา 39 จำนวน …", "ผู้พิการซึ่งได้รับสิทธิตาม
    ม.35 จำนวน 6 คน": the reader stops at the section's number (a law number, no record) and reads nothing; the people
    counted are the phrase before the section's preposition with the section (the head of a relative clause when the
    phrase is its object, as for people_before_relative; the people after a verb in it). Only where a phrase stands there that is no verb or time
    ("…คน และมาตรา 40 จำนวน 5,258,030 คน" stays null). None otherwise."""
    m = _SECTION_END.search(doc.text, max(left_limit, pos - SECTION_REACH), pos)
    if m is None:
        return None
    head = read_subject(doc, m.start(), left_limit=left_limit, _counted=True)
    if head is None or head.end != m.start() or word_class(head.text) == "V" or only_a_time(head.text):
        return None
    head = people_before_relative(doc, left_limit, head) or head
    start = _people_after_verb(doc, head)
    if not _holds_people(doc, start, head.end):
        return None  # "ศาลพิพากษาจำคุกตามมาตรา 157 จำนวน 3 คน": an act, not the people it is done to (rev28b)
    end = m.start() + len(m[0].rstrip(" \u00a0").removesuffix("จำนวน").rstrip(" \u00a0"))
    return Subject(doc.text[start:end], start, end)


def _holds_people(doc: Document, start: int, end: int) -> bool:
    """Does a word between `start` and `end` name people ("กลุ่ม|แรงงาน|อิสระ", "ผู้ประกันตน")? A court's act or a bill
    ("ศาลพิพากษาจำคุก", "ร่างกฎหมาย") before a section names no one counted."""
    return any(t.kind == "word" and t.start >= start and _names_people(t.text) for t in doc.tokens_before(end, 12))


def _people_after_verb(doc: Document, head: Subject) -> int:
    """Where the people of `head` start: after its last verb when people follow it ("ตำรวจจับกุม|ผู้ต้องหา": the
    accused, not the police's act), else at its start ("กลุ่มแรงงานอิสระ")."""
    toks = [t for t in doc.tokens_before(head.end, 12) if t.start >= head.start and t.kind == "word"]
    verbs = [k for k, t in enumerate(toks) if word_class(t.text) == "V"]
    if verbs:
        for t in toks[verbs[-1] + 1:]:
            if _names_people(t.text):
                return t.start
    return head.start


OFFICE_HOLD = "ดำรงตำแหน่ง"  # "to hold the office of": what the people appointed are made to do, no people
CAUSATIVES = ("ให้ไป", "ให้")  # glued before it: "แต่งตั้ง PEOPLE ให้(ไป)ดำรงตำแหน่ง…"
APPOINTEE_REACH = 80  # characters before ให้ searched for the people appointed


def appointees(doc: Document, current: Subject | None, left_limit: int) -> Subject | None | Literal[False]:
    """ "แต่งตั้งข้าราชการพลเรือนสามัญ สังกัดกระทรวงการต่างประเทศ ให้ดำรงตำแหน่งประเภทบริหารระดับสูง จำนวน 3 ราย":
    the reader reads the office the people are made to hold (a verb phrase); the people counted are the appointees
    before ให้: the glued words from the last people noun there (person_head: ข้าราชการ; one that opens a word run or
    follows a verb, no title: not a person's name, "นายสมชาย") to a space or ให้, on the figure's line, after the
    previous record. None when no such noun stands there (a verb phrase names no people);
    False when `current` is no such office phrase after ให้."""
    if current is None or not current.text.startswith(OFFICE_HOLD):
        return False
    before = doc.text[max(left_limit, current.start - len(CAUSATIVES[0])):current.start]
    cause = next((c for c in CAUSATIVES if before.endswith(c)), None)
    if cause is None:
        return False
    end = current.start - len(cause)
    start = max(left_limit, end - APPOINTEE_REACH, doc.text.rfind("\n", 0, end) + 1)
    toks = [t for t in doc.tokens_before(end, 30) if t.start >= start]
    titles = words("person_titles", "title")
    for k in range(len(toks) - 1, -1, -1):
        opens = k == 0 or toks[k - 1].end < toks[k].start or toks[k - 1].kind != "word" \
            or word_class(toks[k - 1].text) == "V"  # a noun of its own, not a piece of a name ("นายสม|ชาย")
        if toks[k].kind == "word" and opens and _names_people(toks[k].text) \
                and not any(toks[k].text.startswith(t) for t in titles):
            j = k
            while j + 1 < len(toks) and toks[j + 1].kind == "word" and toks[j + 1].start == toks[j].end:
                j += 1
            return Subject(doc.text[toks[k].start:toks[j].end], toks[k].start, toks[j].end)
    return None


LIST_AND = "และ"  # the word that closes a list before its last item
LIST_ITEMS = 6  # items read back before the last one, each a phrase of its own ended by one space
_LIST_ITEM_CHARS = 40  # characters of one item


def spaced_list(doc: Document, current: Subject | None, unit_word: str, left_limit: int) -> Subject | None:
    """ "มอบให้แก่ครู นักเรียน และผู้ปกครอง จำนวน 120 คน": the reader stops at the space before "และ" and keeps the last
    item only; a count after a list written with spaces counts the whole list (the annotation batches mark it so: "กำนัน
    ผู้ใหญ่บ้าน … และแพทย์ประจำตำบล"). The items before "และ" are read back one space at a time, each the glued words
    ending at its space from the first that names people (a verb glued before an item ends the list there:
    "เชิญ|ผู้ผลิต", "แก่|ครู").
    Only for a count of people, whose last item opens with a noun ("…ชาวเมียนมา และได้รับบาดเจ็บ 1 ราย": a verb
    closes a clause) and whose items read back each name people: spaced lists of places, crops or levels were read too
    and were mostly names a classifier counts ("นครศรีธรรมราช สงขลา และปัตตานี 3 จังหวัด") or not one list.
    None when no item is read (the reader's subject stays)."""
    if current is None or doc.text[max(0, current.start - 4):current.start] != " " + LIST_AND \
            or unit_word not in words("phrase_words", role="person_unit") \
            or not _opens_with_noun(doc, current):
        return None
    start, end = None, current.start - 4
    for _ in range(LIST_ITEMS):
        item = _people_glued_before(doc, end, left_limit)
        if item is None or end - item.start > _LIST_ITEM_CHARS:
            break
        start = item.start
        if doc.text[item.start - 1:item.start] != " ":
            break  # "เชิญ|ผู้ผลิต ผู้นำเข้า และ…": the first item, after the verb that opens the list
        end = item.start - 1
    if start is None:
        return None
    return Subject(doc.text[start:current.end], start, current.end)


def _opens_with_noun(doc: Document, found: Subject) -> bool:
    """The phrase's first token is a noun, not a verb the segmenter glued to what follows it ("ได้รับบาดเจ็บ")."""
    first = doc.tokens_after(found.start, 1)[0].text
    return word_class(first) == "N" and not _glued_clause_verb(first)


AGE_REACH = 60  # characters before a count of people searched for the age phrase that qualifies them
_AGE_BEFORE = regex.compile(r"อายุ[ ]?[\u0e01-\u0e4e]{0,12}[ ]?[0-9๐-๙]+(?:[ ]?[-–][ ]?[0-9๐-๙]+)?[ ]?(?:ปี|ขวบ|เดือน)"
                            r"(?:[ ]?ขึ้นไป)?[ ]*(?:จำนวน[ ]*)?\Z")


def people_of_age(doc: Document, pos: int, current: Subject | None, left_limit: int) -> Subject | None:
    """ "เด็กอายุ 3 ขวบ 2 คน", "นักเที่ยวเด็ก อายุต่ำกว่า 20 ปี จำนวน 143 ราย": a count of people right after an age
    ("อายุ", a bound word, a figure or a range, ปี/ขวบ/เดือน, ขึ้นไป, จำนวน) counts the people the age qualifies: the
    glued words before อายุ (or before one space) from the first that names people ("พบ|เด็ก" → เด็ก); the reader
    reads nothing there, or the age's own word (ขวบ: no unit, so no figure of its own). `left_limit` is the one the
    figure before was read with: the age is often that figure, whose phrase the people head. The age's figure stays
    out of the subject as any number does. None when no glued word names people ("เพศชาย อายุ…")."""
    m = _AGE_BEFORE.search(doc.text, max(left_limit, pos - AGE_REACH), pos)
    if m is None or current is not None and current.start < m.start():
        return None
    end = m.start() - (doc.text[m.start() - 1:m.start()] == " ")
    return _people_glued_before(doc, end, left_limit)


HEAD_TOKENS = 4  # glued tokens read back from a position for the people named there


def _people_glued_before(doc: Document, end: int, left_limit: int) -> Subject | None:
    """The words glued together that end at `end`, from the first of them (≤ HEAD_TOKENS back) that names people,
    after a verb or a preposition if any: "พบ|เด็ก" → เด็ก, "แก่|ครู" → ครู, "ครู" → ครู. The reader is not asked: at
    `end` it would read for the figure after it (an age's years: a duration, which names nothing). None when no glued
    word names people, or a noun stands glued before the first that does (it heads the phrase)."""
    run: list[Token] = []
    for t in reversed(doc.tokens_before(end, HEAD_TOKENS)):
        if t.kind != "word" or t.end != (run[-1].start if run else end) or t.start < left_limit:
            break
        run.append(t)
    k = max((k for k, t in enumerate(run) if _names_people(t.text)), default=None)
    if k is not None and k + 1 < len(run) and run[k + 1].text in words("subject_words", role="lead"):
        run = run[:k + 1]  # "ส่วน|เด็กอายุ 5-11 ปี จำนวน …": a lead word (ส่วน, และ) glued before the people heads nothing (q46)
    if k is None or k + 1 < len(run) and word_class(run[k + 1].text) == "N":
        return None  # "คณะ|ผู้บริหาร…", "สภา|เด็กและเยาวชน": a noun before the people word heads the phrase
    if any(word_class(t.text) == "V" for t in run[:k]):
        return None  # "เจ้าหน้าที่|ให้การต้อนรับ|ประชาชน": a clause, the people its agent
    return Subject(doc.text[run[k].start:end], run[k].start, end)


# จาก glued to the noun whose old value follows
_OLD_VALUE_FROM = regex.compile(r"(?<=[\u0e01-\u0e4e])จาก(?:เดิม)?[ ]?\Z")
# a new value's word, a change verb before it: "ลดเหลือ", " เป็น", "มาเป็น"
_NEW_VALUE = r"[ ]?(?:ลด|เพิ่ม|ปรับ)?(?:ขึ้น|ลง)?(?:มา)?(?:เหลือ|เป็น)[ ]?(?:จำนวน[ ]?)?"
_NEW_VALUE_AFTER = regex.compile(_NEW_VALUE + r"[0-9๐-๙]")
_NEW_VALUE_BETWEEN = regex.compile(_NEW_VALUE)
FROM_REACH = 16  # characters before a figure searched for its จาก/จากเดิม
_FROM_BEFORE = regex.compile(r"จาก(?:เดิม)?[ ]?[\u0e01-\u0e4e]{0,6}[ ]?\Z")  # an old value's จาก, a rate word after it


def old_value_holder(doc: Document, pos: int, end: int, left_limit: int) -> Subject | None:
    """ "จุดความร้อนจาก 110 จุด ลดเหลือ 17 จุด": a count after จาก glued to a noun, with a new value after it (เหลือ/
    เป็น + a figure), is the noun's old value, not a place things come from ("จาก 5 ประเทศ", which the reader reads as
    null, as "ใน 27 จังหวัด"): the phrase before จาก is what is counted. `pos` is where the figure starts, `end`
    where its record ends. Not after a spaced จาก ("ใน 3 อัตรา จาก 30 เท่า": what changes stands further back). None
    otherwise."""
    m = _OLD_VALUE_FROM.search(doc.text, max(left_limit, pos - FROM_REACH), pos)
    if m is None or not _NEW_VALUE_AFTER.match(doc.text, end):
        return None
    head = read_subject(doc, m.start(), left_limit=left_limit)
    if head is None or head.end != m.start() or names_no_thing(head.text):
        return None  # "ลดลงครึ่งหนึ่งจาก 200 ราย": the fraction glued before จาก is no holder (q32)
    return head


def new_value_holder(doc: Document, last: tuple[int, int, str | None, str | None], unit_word: str,
                     pos: int) -> str | None:
    """ "จุดความร้อนจาก 110 จุด ลดเหลือ 17 จุด": the new value after an old one of the same unit (`last`: its start,
    end, unit and subject; a figure after จาก/จากเดิม, a rate word allowed: "จากวันละ 850 คน"), only เหลือ/เป็น and a
    change verb between them, counts what the old one counts. Not after any figure ("ผู้ที่จมน้ำ 1 คน เป็น 7 คน": a
    sum). None otherwise."""
    start, end, unit, subject = last
    if subject is None or unit != unit_word or not _NEW_VALUE_BETWEEN.fullmatch(doc.text, end, pos) \
            or not _FROM_BEFORE.search(doc.text, max(0, start - FROM_REACH), start):
        return None
    return subject


HAVE = "มี"  # "there are": the people named right after it are what a count of people later in the clause counts
HAVE_REACH = 150  # characters before the figure searched for that มี, on the figure's line
HAVE_TOKENS = 8  # glued tokens read after มี
_HAVE_STOPS = frozenset(("ทั้ง", "ทั้งหมด", "ทั้งสิ้น", "อยู่", "รวม", "กว่า", "จำนวน", "ประมาณ", "ราว", "เกือบ",
                         "สูงสุด", "มากที่สุด"))  # a superlative after the people ranks them: no part of them


NOT = "ไม่"  # "ไม่มี": there is none
COPULA = "เป็น"  # "มี X เป็นประธาน": with X as …


def people_after_have(doc: Document, pos: int, current: Subject | None, left_limit: int) -> Subject | None:
    """ "ซึ่งมีผู้ลงทะเบียนเข้าร่วมทั้ง 2 รูปแบบ กว่า 800 คน", "มีประชาชนทยอยเดินทางกลับ… หลังฉลองวันหยุด… จำนวน 48,677
    คน": a count of people whose reader read nothing, or no people (the holiday), counts the people named glued right
    after the clause's มี: a "ผู้…" phrase whole up to a count word glued on (ทั้ง, รวม, อยู่; "ผู้|ลงทะเบียน|เข้าร่วม"),
    or a people noun alone, the words glued after it being what they did ("ประชาชน|ทยอย|เดินทาง"), with a people noun
    joined by และ ("เด็กและเยาวชน"). Only on the figure's line, within HAVE_REACH, the มี a token of its own (not
    "มีนาคม", "สามี"), after `left_limit` (the record before: "มีผู้ติดเชื้อ 100 ราย เสียชีวิต 2 ราย" gives the second
    count nothing of it) and before what the reader read. The caller asks only for a unit that counts people. None
    otherwise."""
    if current is not None and _names_people(current.text):
        return None
    line = doc.text.rfind("\n", 0, pos) + 1
    lo = max(line, left_limit, pos - HAVE_REACH)
    hi = current.start if current is not None else pos
    at = doc.text.rfind(HAVE, lo, hi)
    while at >= lo:
        toks = doc.tokens_after(at, HAVE_TOKENS + 1)
        if toks and toks[0].start == at and toks[0].text == HAVE:
            break
        at = doc.text.rfind(HAVE, lo, at)
    else:
        return None
    if doc.text[:at].rstrip(" ").endswith(NOT):
        return None  # "ไม่มีผู้เสียชีวิต แต่บาดเจ็บ 12 ราย": the people after ไม่มี are none, never the count's (rev33c)
    run: list[Token] = []
    copula = -1
    for t in toks[1:]:
        if t.text == COPULA and t.start == (run[-1].end if run else toks[0].end):
            copula = t.start  # "มีผู้ว่าราชการจังหวัด|เป็น|ประธาน": with X as the chair (rev33c)
            break
        if t.kind != "word" or t.start != (run[-1].end if run else toks[0].end) or t.text in _HAVE_STOPS or t.end > hi \
                or len(run) >= 2 and _relative_word(t.text):
            break  # "ผู้|มา|รับบริการ|ที่ศูนย์…": a ที่ after the phrase opens where, or a clause of its own
        run.append(t)
    while run and word_class(run[-1].text) == "AUX":
        run.pop()  # "ผู้ป่วยติดบ้านติดเตียง|ต้อง|อพยพ": the auxiliary before the act the reader read
    if not run or not _names_people(run[0].text):
        return None
    if run[0].text.startswith(PERSON_NOMINALISER):
        if len(run) < 2 and run[0].text == PERSON_NOMINALISER:
            return None
        end = run[-1].end  # "ผู้|ลงทะเบียน|เข้าร่วม": the relative phrase names the people
    else:
        from .subject_context import _place_names
        end = run[0].end
        if len(run) > 2 and run[1].text == LIST_AND and _names_people(run[2].text):
            end = run[2].end  # "เด็ก|และ|เยาวชน"
        elif len(run) > 1 and run[1].text in _place_names():
            end = run[1].end  # "นักท่องเที่ยว|มาเลเซีย": people of a country
        batch = _BATCH_AFTER.match(doc.text, end)
        if batch is not None and batch.end() <= hi:
            end = batch.end()  # "นักศึกษา|รุ่น|แรก": the batch they are of
    if end == copula:
        return None  # the people named right before เป็น + a role ("เป็นประธาน", "เป็นตัวแทน") are no count's (rev33c)
    return Subject(doc.text[run[0].start:end], run[0].start, end)


IN = "ใน"


def head_of_place_list(current: str | None, last_subject: str | None) -> str | None:
    """ "คนงานเก็บผลไม้ป่าในสวีเดน จำนวน 3,040 คน และฟินแลนด์ จำนวน 2,214 คน": a count of people whose reader read a
    country or a province alone (no people) after a count of the same unit whose subject is "HEAD ใน PLACE" counts
    the people of HEAD in this place too: HEAD (the annotation batches mark it so). `last_subject` is the subject of
    the record right before (the caller checks its unit is the same). None when `current` is no place name alone or
    the record before reads no HEAD ใน PLACE."""
    from .subject_context import _place_names
    if current is None or last_subject is None:
        return None
    places = _place_names()
    name = current[len(IN):] if current.startswith(IN) else current
    if name not in places:
        return None
    k = last_subject.rfind(IN)
    if k <= 0 or last_subject[k + len(IN):].strip() not in places:
        return None
    head = last_subject[:k].rstrip()
    return head if _names_people(head) else None


BATCH = "รุ่น"  # a batch or generation of people: "เด็กและเยาวชนรุ่นแรก"
_BATCH_TAIL = regex.compile(r"แรก|สุดท้าย|ล่าสุด|ที่[ \u00a0]?[0-9๐-๙]+(?![0-9๐-๙.,])")
_BATCH_AFTER = regex.compile(BATCH + "(?:" + _BATCH_TAIL.pattern + ")")  # รุ่น and its word: "นักศึกษา|รุ่น|แรก"


def with_batch_tail(doc: Document, found: Subject) -> Subject | None:
    """ "มีเด็กและเยาวชนรุ่นแรกเข้าฝึกงาน… จำนวน 5 คน": the reader cut the phrase after รุ่น, the segmenter having glued
    nothing after it; the batch's own word glued on (แรก, สุดท้าย, ล่าสุด, ที่ N) belongs to the phrase. None when
    the subject does not end with รุ่น or no such word follows it."""
    if not found.text.endswith(BATCH):
        return None
    m = _BATCH_TAIL.match(doc.text, found.end)
    if m is None:
        return None
    return Subject(doc.text[found.start:m.end()], found.start, m.end())


_LATIN = regex.compile(r"[A-Za-z][A-Za-z0-9 .&'’-]*")
OF = "ของ"


def head_of_latin_name(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """A subject read as a Latin name alone, which the reader reaches across a space and stops at: "ผู้ประกอบการคู่ค้า
    ของ freshket จำนวน 100 ราย" counts the partners, the head before ของ (the name is whose they are); "ผู้ที่ Walk In
    112,296 คน" counts the people the ผู้ที่ before names (the phrase from ผู้). The head before ของ is read back
    over glued words (≤ HEAD_TOKENS, not across a preposition or a conjunction) from the first that names people, so
    a thing's owner named in Latin stays as read. None when the subject
    is not Latin alone or neither stands before it."""
    if not _LATIN.fullmatch(found.text):
        return None
    before = doc.text[max(left_limit, found.start - 8):found.start]
    for lead in (PERSON_NOMINALISER + RELATIVE, PERSON_NOMINALISER):
        if before.rstrip(" ").endswith(lead) and found.start - len(before) + len(before.rstrip(" ")) - len(lead) >= left_limit:
            start = found.start - (len(before) - len(before.rstrip(" "))) - len(lead)
            if start > 0 and regex.match(r"[\u0e01-\u0e4e]", doc.text[start - 1]) \
                    and not doc.text[:start].endswith((LIST_AND, "หรือ")):
                return None  # "…ผู้" glued to a word before it (not และ/หรือ): no nominaliser
            return Subject(doc.text[start:found.end], start, found.end)
    stripped = before.rstrip(" ")
    if not stripped.endswith(OF):
        return None
    of_at = found.start - (len(before) - len(stripped)) - len(OF)
    run: list[Token] = []  # "ให้กับ|ผู้ประกอบการ|คู่|ค้า|ของ" → ผู้ประกอบการคู่ค้า
    for t in reversed(doc.tokens_before(of_at, HEAD_TOKENS)):
        if t.kind != "word" or t.end != (run[-1].start if run else of_at) or t.start < left_limit \
                or word_class(t.text) in ("P", "C"):
            break
        run.append(t)
    k = max((k for k, t in enumerate(run) if _names_people(t.text)), default=None)
    return None if k is None else Subject(doc.text[run[k].start:of_at], run[k].start, of_at)


NATIONWIDE = ("ทั่วประเทศ", "ทั้งประเทศ")  # "nationwide": where, not what is counted


def without_nationwide(subject: str | None) -> str | None:
    """ "เรือนจำและทัณฑสถานทั่วประเทศ กว่า 18 แห่ง", "ปริมาณน้ำใช้การทั้งประเทศ 41,879 ล้าน ลบ.ม.": "nationwide" glued
    after the thing counted says where it is, no part of it. The caller asks only for units that count no people
    ("ประชาชนทั่วประเทศ" is how the annotation batches name the people of a whole country). The subject unchanged
    otherwise."""
    if subject is None:
        return None
    for w in NATIONWIDE:
        if subject.endswith(w) and len(subject) > len(w) and subject[-len(w) - 1] != " ":
            # people stay nationwide whatever unit counts them: "เกษตรกรทั่วประเทศ 4.6 ล้านครัวเรือน" (rev33c)
            return subject if _names_people(subject[:-len(w)]) else subject[:-len(w)]
    return subject


REGION = "ภาค"  # a region of the country: "ภาคเหนือ", "ภาคใต้"


def named_area(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "ปรับมาตรการในพื้นที่นำร่องการท่องเที่ยว 8 จังหวัด", "ถนนที่ได้รับผลกระทบจากอุทกภัยในพื้นที่ภาคใต้ 2 จังหวัด": a
    count of administrative areas (role area_unit) that the reader left null, as it does "ใน 27 จังหวัด", counts the
    areas a named area phrase right before it names: from the area word (role area_head: พื้นที่) inside the phrase
    read before the figure to its end, when words follow that word (the bare "ในพื้นที่ 13 จังหวัด" stays null, as
    the annotation batches read it) and only spaces or จำนวน stand between the phrase and the figure, and the words
    name no region (ภาค…). The caller asks only where the reader's subject is null. None otherwise."""
    if unit_word not in words("phrase_words", role="area_unit"):
        return None
    found = read_subject(doc, pos, left_limit=left_limit)
    if found is None or not regex.fullmatch(r"[ \u00a0]*(?:จำนวน[ \u00a0]*)?", doc.text[found.end:pos]):
        return None
    best = None
    for head in words("phrase_words", role="area_head"):
        k = found.text.rfind(head)
        if k >= 0 and (best is None or k > best[0]) and len(found.text) > k + len(head) \
                and not found.text[k + len(head)].isspace():
            best = (k, head)
    if best is None:
        return None
    start = found.start + best[0]
    rest = doc.text[start + len(best[1]):found.end]
    if rest.startswith(tuple(_gap_words())) or rest.startswith(REGION):
        # "พื้นที่|เพิ่มขึ้น…": a change or gap word, no name; "ในพื้นที่ภาคเหนือ 9 จังหวัด": a region's provinces,
        # which the golden rows read as null (r21-region-provinces-null), as the bare "ใน 9 จังหวัด"
        return None
    return Subject(doc.text[start:found.end], start, found.end)


_RELATIVE_OPENERS = ("ที่", "ซึ่ง")  # a token opening with these ("ที่อยู่ระหว่าง…") may open a relative clause
# "ประกาศเรื่อง |", "ร่างฯ ของ|", "ประกาศเรื่อง การกำหนด|": between the noun and the subject (a การ-act the reader cut)
_DOCUMENT_GAP = regex.compile(r"ฯ?(?:เรื่อง[ \u00a0]?|[ \u00a0]?ของ)?(?:การ[\u0e01-\u0e4e]{1,15})?")
DOCUMENT_REACH = 32  # characters before the subject searched for the document noun


def document_head(doc: Document, found: Subject, unit_word: str, left_limit: int) -> Subject | None:
    """ "เผยแพร่ประกาศ|กระทรวงสาธารณสุข 2 ฉบับ", "ออกประกาศเรื่อง การกำหนดสินค้าและบริการควบคุม รวม 3 ฉบับ", "ร่างฯ
    ของประชาชนและพรรคการเมืองอีก 6 ฉบับ": a count of documents (role document_unit: ฉบับ) counts the document a noun the
    tagger reads as a verb names (role document_noun: ประกาศ, ร่าง, คำสั่ง), so where that noun stands as a word of its
    own right before the subject the reader read (glued, or with ฯ, เรื่อง and a space, or ของ between them, and a การ-act
    glued to the subject that the reader cut) the subject opens with it. Inside the subject, a law noun (role
    law_noun: พระราชกฤษฎีกา, กฎหมาย …) right after a verb glued before it is the document the
    verb makes ("ขยายระยะเวลาในการออก|กฎหมายลำดับรอง 1 ฉบับ", "ได้ตราต่ออายุ|พระราชกฤษฎีกา… 2 ฉบับ"): the subject opens
    with the noun, when no relative word (a token opening with ที่ or ซึ่ง) stands before it ("กฎหมายลำดับรองที่อยู่
    ระหว่างการยก|ร่าง" stays whole). None otherwise."""
    if unit_word not in words("phrase_words", role="document_unit"):
        return None
    nouns = words("phrase_words", role="law_noun")
    inside = [t for t in doc.tokens_after(found.start, 16) if t.end <= found.end]
    relative = [_relative_word(u.text) or u.text.startswith(_RELATIVE_OPENERS) for u in inside]
    end = found.end  # a trailing adverb is no part of the law's name ("พระราชกฤษฎีกา|ต่อเนื่อง มาอีก 2 ฉบับ")
    while inside and len(inside) > 1 and inside[-1].end == end and word_class(inside[-1].text) == "ADV":
        end = inside.pop().start
    for j, t in enumerate(inside):
        # "ใน|การออกกฎหมาย|ลำดับรอง": a law noun glued after a การ-act inside one token opens the subject there
        hit = next((n for n in nouns if t.text.endswith(n) and t.text.startswith(NOMINALISER)
                    and len(t.text) > len(n) + len(NOMINALISER)), None)
        if hit is not None and not any(relative[:j]):
            start = t.end - len(hit)
            return Subject(doc.text[start:end], start, end)
    for j in range(len(inside) - 1, 0, -1):
        t, prev_t = inside[j], inside[j - 1]
        if t.kind == "word" and t.text in nouns and prev_t.end == t.start and prev_t.kind == "word" \
                and word_class(prev_t.text) in ("V", "AUX") and not any(relative[:j]):
            return Subject(doc.text[t.start:end], t.start, end)
    lo = max(left_limit, found.start - DOCUMENT_REACH)
    before = doc.text[lo:found.start]
    for noun in words("phrase_words", role="document_noun"):
        k = before.rfind(noun)
        while k >= 0:
            start = lo + k
            if _DOCUMENT_GAP.fullmatch(doc.text[start + len(noun):found.start]):
                toks = doc.tokens_after(start, 1)
                prev = doc.tokens_before(start, 1)
                if toks and toks[0].start == start and toks[0].text == noun and (not prev or prev[-1].end == start):
                    return Subject(doc.text[start:found.end], start, found.end)
            k = before.rfind(noun, 0, k)
    return None


NATIONALITY = "สัญชาติ"  # "of nationality": after people, which people; alone it names no one


def people_of_nationality(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "พบผู้ลักลอบเข้าเมืองโดยผิดกฎหมาย สัญชาติเมียนมา 19 คน", "จับกุมแรงงานต่างด้าว สัญชาติกัมพูชา 12 คน": a count of
    people whose subject the reader read as "สัญชาติ X" alone, after one space, counts the people the phrase before the
    space names, with their nationality (the annotation batches keep both). Only when that phrase ends right at the
    space and names people; None otherwise (the reader's subject stays)."""
    if not found.text.startswith(NATIONALITY) or len(found.text) == len(NATIONALITY) \
            or doc.text[found.start - 1:found.start] != " ":
        return None
    end = found.start - 1
    if end <= left_limit:
        return None
    people = read_subject(doc, end, left_limit=left_limit, _counted=True)
    if people is not None and people.end == end:
        people = past_manner(doc, people, left_limit, True) or people  # "ผู้ลักลอบเข้าเมืองโดยผิดกฎหมาย" (q39)
    if people is None or people.end != end or not _names_people(people.text) or NATIONALITY in people.text:
        return None
    return Subject(doc.text[people.start:found.end], people.start, found.end)


CENTRE_VERBS = 2  # verbs glued after a centre word that name what it does ("ศูนย์|ช่วยเหลือ|สังคม…", "ศูนย์|พักพิง")


def centre_name(doc: Document, found: Subject, pos: int, left_limit: int) -> Subject | None:
    """ "เปิดศูนย์พักพิงในเชียงใหม่รวม 42 แห่ง" (read ศูนย์), "ศูนย์ช่วยเหลือสังคมตำบลที่มีอยู่ 8,000 กว่าแห่ง" (read
    สังคมตำบล): a centre word (role centre_head: ศูนย์) glued before a verb names a centre by what it does, one noun
    that the reader cuts at the verb. When the reader read the centre word alone, the verbs glued after it (≤
    CENTRE_VERBS) and the nouns and adjectives glued after them are added (up to a preposition, a conjunction or a
    space: "พื้นที่|เฝ้าระวัง|สูง"); when it read the nouns after the verbs, the centre word and its verbs glued before
    them are. Also พื้นที่ ("พื้นที่|ปลูก|ทุเรียน 15,111 ไร่"). Not after a verb of going glued before the centre word
    (role to_place: "ลง|พื้นที่|ตรวจเยี่ยม|บ้านผู้ป่วย 80 หลัง", "เข้า|พื้นที่|สำรวจ|บ้านเรือน"): there the word is where one
    goes and the verbs after it a second predicate, what one does there, whose object is counted (rev34c). None
    otherwise."""
    heads = words("phrase_words", role="centre_head")
    if found.text in heads:
        run: list[Token] = []
        for t in doc.tokens_after(found.end, 8):
            if t.kind != "word" or t.start != (run[-1].end if run else found.end) or t.end > pos:
                break
            cls = word_class(t.text)
            verbs = sum(1 for r in run if word_class(r.text) == "V")
            if cls == "V" and verbs < CENTRE_VERBS and all(word_class(r.text) == "V" for r in run) \
                    and t.text not in _not_act() and t.text not in words("subject_words", role="stop"):
                run.append(t)
            elif cls in ("N", "ADJ") and run and t.text not in words("subject_words", role="stop"):
                run.append(t)
            else:
                break
        if not run:
            return None
        return Subject(doc.text[found.start:run[-1].end], found.start, run[-1].end)
    toks = doc.tokens_before(found.start, CENTRE_VERBS + 2)
    k = len(toks)
    while k > 0 and len(toks) - k < CENTRE_VERBS and toks[k - 1].kind == "word" \
            and toks[k - 1].end == (toks[k].start if k < len(toks) else found.start) \
            and word_class(toks[k - 1].text) == "V" and toks[k - 1].text not in _not_act():
        k -= 1
    if k == len(toks) or k == 0 or toks[k - 1].text not in heads or toks[k - 1].end != toks[k].start \
            or toks[k - 1].start < left_limit:
        return None
    if k >= 2 and toks[k - 2].kind == "word" and toks[k - 2].end == toks[k - 1].start \
            and toks[k - 2].text in words("phrase_words", role="to_place"):
        return None  # "ลง|พื้นที่|ตรวจเยี่ยม|บ้าน… 80 หลัง": the area is where one goes, the verbs after it what one does there (rev34c)
    start = toks[k - 1].start
    return Subject(doc.text[start:found.end], start, found.end)


BREAKDOWN_REACH = 200  # characters after a breakdown word in which a count of people is one of its parts


def breakdown_total(doc: Document, totals: list, pos: int, person_units: frozenset[str]) -> str | None:
    """ "ผู้ติดเชื้อโควิด-19 รายใหม่ 3,398 ราย แยกเป็นทั่วไป 3,396 ราย และจากเรือนจำ/ที่ต้องขัง 2 ราย", "…รวมทั้งสิ้น 165
    ท่าน ประกอบด้วย สำนักงานปลัดกระทรวงอุตสาหกรรม จำนวน 53 ท่าน": a count of people that is a part of a total broken
    down (role breakdown_word: แบ่งเป็น, แยกเป็น, ประกอบด้วย…), whose own subject is a body (an office, a department, a
    prison: where they are from, opened by an org_heads.tsv head), counts the people the total counts, as the
    annotation batches read it; a part that names people keeps its own ("แบ่งเป็นผู้มีสิทธิสวัสดิการแห่งรัฐ 39,399 ราย
    ผู้มีบัตรคนพิการ 4,300 ราย"), and so does a part named by an act ("ประกอบด้วย การเยี่ยมบ้าน 103,254 ราย") or a
    profession the people words do not list ("แพทย์ 10 คน พยาบาล 72 คน"): the caller asks only for a body. The
    total is the last count of people (`totals`: the records read so far) that ends right before the breakdown word
    (spaces or a comma between), on the figure's line, within BREAKDOWN_REACH before it, and whose subject names
    people; every record read between the breakdown word and the figure is a count of people too (a part of the
    same breakdown: "200 คน แบ่งเป็น 4 กลุ่ม และกระทรวงสาธารณสุขส่งวิทยากร 20 คน" breaks the people into groups, and the
    20 are not among its parts; rev34c). None otherwise."""
    lo = max(0, pos - BREAKDOWN_REACH)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    best = -1
    for w in words("phrase_words", role="breakdown_word"):
        best = max(best, doc.text.rfind(w, lo, pos))
    if best < 0:
        return None
    if any(rec.start > best and getattr(rec, "unit", None) is not None and rec.unit not in person_units for rec in totals):
        return None  # "200 คน แบ่งเป็น 4 กลุ่ม และกระทรวง…ส่งวิทยากร 20 คน": the parts are not people (rev34c)
    for rec in reversed(totals):
        if rec.end > best:
            continue
        if getattr(rec, "unit", None) not in person_units or rec.end < lo:
            return None
        if doc.text[rec.end:best].strip(" \u00a0,") or not rec.subject or not _names_people(rec.subject):
            return None
        return rec.subject
    return None


OF_WORD = "ของ"  # "ผลิตภัณฑ์ของ|กลุ่มอาชีพ… 15 กลุ่ม": what the possessor owns is not what its classifier counts


def unit_noun_after_of(doc: Document, found: Subject, unit_word: str) -> Subject | None:
    """ "จำหน่ายผลิตภัณฑ์ของกลุ่มอาชีพสมาชิกกองทุนพัฒนาบทบาทสตรี จำนวน 15 กลุ่ม": a count whose classifier is a noun
    that the reader's subject holds right after ของ (a token of its own, the next token opening with the unit word)
    counts the possessor, not the thing possessed: the subject opens at the unit word. Only when more than the
    unit word follows it (the possessor is named), for a classifier of ≥ 3 characters, and not when a token before
    ของ opens with the unit word as well ("กลุ่มย่อยของกลุ่มเกษตรกร… 8 กลุ่ม", "บริษัทลูกของบริษัท… 6 บริษัท": the
    thing owned is of the unit's kind, and is what is counted; rev34e), nor for a person classifier (rev34e); None
    otherwise."""
    if len(unit_word) < 3 or unit_word in words("phrase_words", role="person_unit"):
        return None  # ราย counts people and is no noun: "รายงาน", "รายชื่อ" are other words (rev34e)
    toks = [t for t in doc.tokens_after(found.start, 24) if t.end <= found.end]
    for j in range(len(toks) - 1):
        t, nxt = toks[j], toks[j + 1]
        if t.kind == "word" and t.text == OF_WORD and j > 0 and nxt.start == t.end and nxt.kind == "word" \
                and nxt.text.startswith(unit_word) and found.end - nxt.start > len(unit_word):
            if any(u.kind == "word" and u.text.startswith(unit_word) for u in toks[:j]):
                return None  # "กลุ่มย่อยของกลุ่มเกษตรกร… 8 กลุ่ม": the thing owned is of the unit's kind too, it is counted (rev34e)
            return Subject(doc.text[nxt.start:found.end], nxt.start, found.end)
    return None


def unit_head_across_space(doc: Document, found: Subject, unit_word: str, left_limit: int) -> Subject | None:
    """ "พระราชทานพระวโรกาสให้กลุ่มผู้ประกอบการ ช่างทอผ้าและงานหัตถกรรม จำนวน 20 กลุ่ม": a noun phrase opened by
    the unit's own noun (glued to more words) and ending at one space right before the reader's subject heads it —
    the phrase after the space says which: the count is of the head phrase with its apposition. Only for a
    classifier of ≥ 3 characters that the reader's subject does not itself hold and that is no person classifier
    (phrase_words person_unit: ราย is no noun, "รายละเอียด", "รายงาน" are other words; rev34e); None otherwise."""
    if len(unit_word) < 3 or unit_word in found.text or doc.text[found.start - 1:found.start] != " " \
            or unit_word in words("phrase_words", role="person_unit"):
        return None  # ราย counts people and is no noun: "มีรายละเอียด ผู้ได้รับผลกระทบ 50 ราย" (rev34e)
    end = found.start - 1
    if end <= left_limit:
        return None
    head = read_subject(doc, end, left_limit=left_limit, _counted=True)
    if head is None or head.end != end or not head.text.startswith(unit_word) or len(head.text) <= len(unit_word) \
            or " " in head.text:
        return None
    first = doc.tokens_after(head.start, 1)
    if not first or first[0].start != head.start or not first[0].text.startswith(unit_word):
        return None
    return Subject(doc.text[head.start:found.end], head.start, found.end)


MANNER = "แบบ"  # "การเดินทาง|แบบกลุ่ม": a manner modifier, no head of its own


def head_of_manner(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "การเดินทางแบบกลุ่ม … เพิ่มขึ้นกว่าสามเท่า" (read แบบกลุ่ม): a subject that opens with แบบ ("of the kind …") is a
    modifier whose head the reader cut off; the noun phrase glued right before it (no space) is what is counted, with
    its modifier. Only when แบบ is a token of its own followed by more, and the phrase before ends right at it and
    opens with a noun or a การ-act; None otherwise."""
    first = doc.tokens_after(found.start, 1)
    if not first or first[0].text != MANNER or first[0].start != found.start or len(found.text) <= len(MANNER) \
            or found.start <= left_limit:
        return None
    head = read_subject(doc, found.start, left_limit=left_limit, _counted=True)
    if head is None or head.end != found.start or not _opens_with_noun(doc, head):
        return None
    return Subject(doc.text[head.start:found.end], head.start, found.end)


BY = "โดย"  # "by": after a space it opens a clause (its agent or means); glued after a verb, before a manner word, an adverb
BY_GAP = 8  # characters of a manner phrase's first word (ไม่, ผิด) the reader may have trimmed between โดย and its phrase


def past_manner(doc: Document, found: Subject, left_limit: int, people: bool) -> Subject | None:
    """ "พบผู้ลักลอบเข้าเมืองโดยผิดกฎหมาย …", "ตรวจพบแรงงานที่ทำงานโดยไม่ได้รับอนุญาต จำนวน 12 คน": a โดย glued to the verb
    before it and followed by a manner word (role manner_after_by: ไม่, ผิด, ถูกต้อง) opens an adverb saying how, not a
    clause; the reader stopped at it and read the adverb's words as the subject. For a count of people whose phrase
    ending right at โดย names people, the subject is that phrase with the adverb (as the batches keep a relative clause
    after people). Not for things ("รถโดยสารโดยไม่เก็บค่าโดยสาร 20 คัน": the adverb's verb phrase would be kept), not
    after a space ("… โดยไม่…" may open a clause), not when no token starts at โดย (ผู้โดยสาร); None when the
    reader's subject does not follow such a โดย."""
    at = doc.text.rfind(BY, max(left_limit, found.start - len(BY) - BY_GAP), found.start)
    if at <= left_limit or doc.text[at - 1].isspace() or any(c.isspace() for c in doc.text[at:found.start]):
        return None
    by = doc.tokens_after(at, 1)
    if not by or by[0].start != at or by[0].text != BY:
        return None
    if not doc.text[by[0].end:found.end].startswith(tuple(words("phrase_words", role="manner_after_by"))):
        return None
    head = read_subject(doc, at, left_limit=left_limit, _counted=True)
    if head is None or head.end != at:
        return None
    if not people or not _names_people(head.text):
        return None
    return Subject(doc.text[head.start:found.end], head.start, found.end)


AT = "ที่"  # "at", before a measure noun; elsewhere the relative pronoun
LEVEL = "ระดับ"  # "level", glued after the measure noun ("ความลึกระดับ 1 เมตร"): no part of what is measured
DIMENSION_NOUN = "ความ"  # the dimension words that are nouns (ความลึก), not the adjectives (ลึก)


def measured_at(doc: Document, found: Subject) -> Subject | None:
    """ "โดยการจุ่มน้ำที่ความลึกระดับ 1 เมตร", "ควรเปิดแอร์ที่อุณหภูมิ 27 องศา": a measure whose subject ends with ที่ and a
    measure noun (a dimension noun, role dimension: ความลึก, ความสูง; role measured_at: อุณหภูมิ, ความเร็ว), a glued
    ระดับ allowed after it: ที่ is "at", the figure is the depth or temperature at which the act is done, so the noun
    alone is the subject (ANNOTATION.md: the noun phrase naming what is measured). Only when ที่, the noun (and ระดับ)
    are tokens of their own ending the subject; None otherwise."""
    nouns = {w for w in words("phrase_words", role="dimension") if w.startswith(DIMENSION_NOUN)} \
        | words("phrase_words", role="measured_at")
    toks = [t for t in doc.tokens_after(found.start, 40) if t.end <= found.end]
    if toks and toks[-1].text == LEVEL:
        toks = toks[:-1]
    if len(toks) < 3 or toks[-1].text not in nouns or toks[-2].text != AT or toks[-2].end != toks[-1].start:
        return None
    noun = toks[-1]
    return Subject(noun.text, noun.start, noun.end)


def _before_subject(left_limit: int, found: Subject) -> int:
    """The limit glued words before `found` are read to: the previous record's end, or the text's start when that
    record stands after the subject (the reader read past a date: "โครงการ… ปี 2567 จำนวน 8 โครงการ"); the words
    read are glued Thai nouns, which no record's figure is."""
    return left_limit if left_limit <= found.start else 0


def dimension_before(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ความกว้างช่องจราจร 3.50 เมตร", "สะพานที่มีความยาวช่วงข้ามแม่น้ำเท่ากับ 150 เมตร": a measure whose subject the reader
    opens right after a glued dimension noun (role dimension, the ความ- words: ความกว้าง, ความยาว; one token or split
    ความ|กว้าง) names the extent of the thing, dimension first: the dimension noun is the head of the phrase (as the
    batches keep "ความกว้างช่องจราจร", q39's goldens "ความสูง"), so the subject opens at it (issue 10, q41). Not a
    dimension noun after the subject (`phrases._drop_dimension` reads "ไหล่ทาง|ความกว้าง" as the ไหล่ทาง measured), nor
    across a space or the previous record. None when no such noun stands glued before the subject."""
    left_limit = _before_subject(left_limit, found)
    nouns = {w for w in words("phrase_words", role="dimension") if w.startswith(DIMENSION_NOUN) and w != DIMENSION_NOUN}
    toks = doc.tokens_before(found.start, 2)
    if not toks or toks[-1].end != found.start or toks[-1].kind != "word":
        return None
    start = None
    if toks[-1].text in nouns:
        start = toks[-1].start
    elif len(toks) == 2 and toks[0].end == toks[1].start and toks[0].text + toks[1].text in nouns:
        start = toks[0].start
    if start is None or start < left_limit:
        return None
    return Subject(doc.text[start:found.end], start, found.end)


def thing_before_spaced_dimension(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ก่อสร้างถนนลาดยาง ความยาว 2.5 กิโลเมตร", "ขุดลอกคลองส่งน้ำ ความกว้าง 4 เมตร": a measure whose subject the
    reader found is a dimension word alone (role dimension: ความยาว, ความกว้าง, ยาว …) written one space after a noun
    phrase names which extent of that thing the measure gives; the space stands where a glued phrase has none
    ("ถนนลาดยางความยาว 2.5 กิโลเมตร" → ถนนลาดยาง, `phrases._drop_dimension`), so the thing is what is measured, as
    glued (issue 10, q43). Only one space (no line break) and a noun phrase the reader reads right up to it, opening
    with a noun, after the previous record; not after a verb (มี: "แนวป้องกันน้ำท่วมมีความยาว 160 เมตร" keeps
    ความยาว, as tt-103), a figure ("กว้าง 6 เมตร ความยาว 2.5 กิโลเมตร": a second dimension) or another dimension or
    extent word (ขนาด, ระยะทาง, which name the extent alone). A work and its verb before the thing ("งานปรับปรุง|
    สะพานรถไฟ ความยาว 110 เมตร") leave the verb's object, the thing built. Not after a preposition glued before the
    phrase ("ในพื้นที่…", "ตลอดแนว"), nor a place, a person or a body (`_no_measured_thing`) (rev37t). None otherwise."""
    if found.text not in words("phrase_words", role="dimension"):
        return None
    if doc.text[found.start - 1:found.start] != " " or doc.text[found.start - 2:found.start - 1] in (" ", "\n", ""):
        return None
    left_limit = _before_subject(left_limit, found)
    thing = read_subject(doc, found.start - 1, left_limit=left_limit, _counted=True)
    if thing is None or thing.end != found.start - 1 or thing.start < left_limit or " " in thing.text \
            or any(c.isdigit() for c in thing.text):
        return None
    toks = [t for t in doc.tokens_after(thing.start, 12) if t.end <= thing.end]
    if not toks or toks[0].kind != "word" or word_class(toks[0].text) != "N" \
            or any(word_class(t.text) == "V" for t in toks[-1:]):
        return None
    if thing.text.endswith(tuple(words("phrase_words", role="dimension"))) \
            or thing.text.endswith(tuple(words("phrase_words", role="extent_noun"))):
        return None
    glued = doc.tokens_before(thing.start, 1)
    if glued and glued[-1].end == thing.start and glued[-1].kind == "word" and word_class(glued[-1].text) == "P":
        return None  # "ในพื้นที่อำเภอเมือง ความยาว…", "ตลอดแนว ความยาว…": after a preposition, where, not what (rev37t)
    verbs = [k for k, t in enumerate(toks) if k > 0 and t.kind == "word" and word_class(t.text) == "V"]
    if verbs:
        # "งานปรับปรุง|สะพานรถไฟ ความยาว 110 เมตร": a work and its verb before the thing; the verb's object is measured
        rest = toks[verbs[-1] + 1:]
        if not rest or rest[0].kind != "word" or word_class(rest[0].text) != "N":
            return None
        if not _does_works(toks[0].text):
            return None  # "งูเหลือมกินไก่ ความยาว 3 เมตร", "น้ำป่า…ท่วมบ้านเรือน ความสูง 1 เมตร": the agent is measured (rev37t)
        thing = Subject(doc.text[rest[0].start:thing.end], rest[0].start, thing.end)
        toks = rest
    if _no_measured_thing(thing.text, toks[0].text):
        return None
    return thing


SPACED_DIMENSION_NOT_THINGS = ("บริเวณ", "หมู่บ้าน", "ประเทศ")  # besides PLACE_OPENERS: where a length is, not what


WORK_NOUN = "งาน"  # "works" ("งานปรับปรุง|สะพานรถไฟ"): a work whose verb's object is the thing built


def _does_works(first: str) -> bool:
    """True when a phrase opening with the token `first` before a verb is one that carries out works on the verb's
    object: a work or a programme (งาน, โครงการ, การ…), people, a body or an administrative area ("อำเภอเมืองได้
    ดำเนินงานซ่อมแซม|สะพานไม้"); not a thing or an animal that acts on another ("งูเหลือม|กิน|ไก่", "ต้นไม้…"),
    whose own extent a spaced dimension after the clause gives (rev37t)."""
    return first.startswith(WORK_NOUN) or _act_head(first) or first.startswith(PERSON_NOMINALISER) \
        or first in words("subject_context_words", role="person_head") or first.startswith(_body_heads()) \
        or first.startswith(PLACE_OPENERS)


def _no_measured_thing(text: str, first: str) -> bool:
    """True when a phrase (`text`, its first token `first`) before a spaced dimension word is a place ("ตำบลบ้านใหม่
    ความยาว…"), a person ("ผู้ต้องหา ความสูง…") or a body ("กรมทางหลวง ความยาว…"): none is a thing a length or a
    width is of, so the dimension word stays the subject (rev37t)."""
    return text.startswith(PLACE_OPENERS + SPACED_DIMENSION_NOT_THINGS) or first.startswith(PERSON_NOMINALISER) \
        or first in words("subject_context_words", role="person_head") or first.startswith(_body_heads())


ATTRIBUTIVE = "อัน"  # "which is", between a noun and its attribute ("คุณลักษณะอันพึงประสงค์"); also a classifier
ATTRIBUTIVE_TOKENS = (ATTRIBUTIVE, "อันเป็น")  # the segmenter keeps "อันเป็น" ("which is") one token (rev36q)
ATTRIBUTED_NOUN_TOKENS = 3  # glued noun tokens read before อัน
ATTRIBUTE_TOKENS = 5  # glued tokens of the attribute read between อัน and the subject the reader found (rev36q)


def noun_before_attributive(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ส่งเสริมคุณลักษณะอันพึงประสงค์ของคนไทย 4 ประการ": a count whose subject the reader opens right after a glued
    อัน that follows a noun reads only the attribute; อัน joins the attribute to the noun before it (คุณลักษณะ อัน
    พึงประสงค์, "qualities that are desired"), which is what is counted, so the subject opens at that noun, with อัน
    (issue 10, q41). The noun is the run of glued noun tokens (tagged N, Thai, at most three) right before อัน,
    stopping at a verb, a stop word or the previous record. None when no such อัน and noun stand there: อัน after a
    figure is a classifier ("2 อัน"), after a verb or a determiner no attribute of a noun ("เป็นอัน…", "ทั้งอัน").
    The reader may also open later, at the object inside the attribute ("ค่านิยมอันดีงามของ|สังคมไทย 12 ประการ"): อัน
    then stands glued before the subject across at most ATTRIBUTE_TOKENS glued Thai words, and the noun before it is
    still what is counted (rev36q)."""
    left_limit = _before_subject(left_limit, found)
    toks = doc.tokens_before(found.start, ATTRIBUTED_NOUN_TOKENS + ATTRIBUTE_TOKENS + 1)
    # the อัน: right before the subject, or glued before the attribute whose object the reader kept alone
    # ("ค่านิยมอันดีงามของ|สังคมไทย 12 ประการ", "ยาเสพติดอันเป็นภัยต่อ|สังคม 3 ชนิด"; rev36q)
    k, glued_to = len(toks) - 1, found.start
    while k >= 0 and toks[k].end == glued_to and toks[k].kind == "word" and toks[k].text not in ATTRIBUTIVE_TOKENS \
            and _THAI.fullmatch(toks[k].text) and len(toks) - 1 - k < ATTRIBUTE_TOKENS and toks[k].start >= left_limit:
        glued_to = toks[k].start
        k -= 1
    if k < 1 or toks[k].text not in ATTRIBUTIVE_TOKENS or toks[k].end != glued_to:
        return None
    start = None
    glued_to = toks[k].start
    for t in reversed(toks[:k]):
        if t.end != glued_to or t.kind != "word" or t.start < left_limit or not _THAI.fullmatch(t.text) \
                or word_class(t.text) != "N" or t.text in words("subject_words", role="stop"):
            break
        start = glued_to = t.start
    if start is None:
        return None
    return Subject(doc.text[start:found.end], start, found.end)


ORDINAL_MARK = "ที่"  # after an ordinal noun, before its number ("ระยะที่สอง")
_KINDS_ASIDE = regex.compile(r" ?\(([\u0e01-\u0e4e]+(?:/[\u0e01-\u0e4e]+)+)\)")  # "(ตะเพียน/ปีกแดง/ปลาจาด)"


def with_kinds_aside(doc: Document, found: Subject, pos: int) -> Subject | None:
    """ "ปลากินพืช (ตะเพียน/ปีกแดง/ปลาจาด) จำนวน 400,000 ตัว": a bracket right after the subject listing kinds of it
    split by "/" (Thai words only: no figure, date, Latin name or abbreviation) says which the count is of, and the
    batches keep it in the subject (td-70), while the reader stops before the bracket. The subject then runs to the
    bracket's end (issue 10, q41). Only when nothing but spaces and at most one count word (role echo_count: จำนวน,
    รวม, ทั้งสิ้น) stand between the bracket and the figure at `pos`; not a bracket of one word, an acronym ("(อปท.)"),
    a gloss ("(Green Bond)") or a period ("(ต.ค. 62–ก.ย. 63)"), which the dev gold and the batches leave out. The
    caller asks it for counts of things only: after people a bracket "(ชาย/หญิง)" splits them rather than naming their
    kinds. None otherwise."""
    m = _KINDS_ASIDE.match(doc.text, found.end)
    if m is None or m.end() > pos:
        return None
    items = m.group(1).split("/")
    if any(_is_unit_word(item) for item in items):
        return None  # "ปริมาณน้ำฝนสะสม (มิลลิเมตร/ปี) 1,200 มิลลิเมตร": a header's unit, no kinds (rev36q)
    ordinals = tuple(w + ORDINAL_MARK for w in words("phrase_words", role="ordinal_noun"))
    if any(item.startswith(ordinals) for item in items):
        return None  # "อาคารเรียน (ระยะที่หนึ่ง/ระยะที่สอง) 4 หลัง": phases, ordinals of one thing, no kinds (rev36q)
    gap = doc.text[m.end():pos].strip()
    if gap and gap not in words("phrase_words", role="echo_count"):
        return None
    return Subject(doc.text[found.start:m.end()], found.start, m.end())


COMPANY = "บริษัท"  # a company's title word, before its name


def people_of_company(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ตัวแทนลูกจ้างและลูกจ้าง บริษัท อัลฟ่าฯ จำนวน 200 คน", "ลูกจ้าง บริษัท สยามฟู้ด จำกัด 150 คน": a count of people whose
    subject the reader reads as a company's name (บริษัท … or the name after it) names whose people they are, not the
    people: a company is no person. When a phrase naming people stands right before บริษัท (glued or one space
    before), it is what is counted, and the company stays as the batches write it (to-15, tr-42: "ลูกจ้างบริษัท …
    จำกัด"): the subject runs from the people to the name's end (issue 10, q41). None when the subject is no company
    name, or no people stand before บริษัท ("ตามคำสั่ง บริษัท … 200 คน")."""
    text = doc.text
    cstart = None
    if found.text.startswith(COMPANY):
        cstart = found.start
    else:
        j = found.start - 1 if found.start > 0 and text[found.start - 1] == " " else found.start
        if text[:j].endswith(COMPANY):
            cstart = j - len(COMPANY)
    if cstart is None or cstart <= left_limit:
        return None
    pos = cstart - 1 if text[cstart - 1] == " " else cstart
    if pos <= left_limit:
        return None
    phrase = read_subject(doc, pos, left_limit=left_limit)
    if phrase is None or phrase.end != pos:
        return None
    # the people open the phrase, or a token inside it after a lead the reader kept ("…ที่ผ่านมา|ตัวแทนลูกจ้าง…")
    start = next((t.start for t in doc.tokens_after(phrase.start, 40) if t.start < pos and t.kind == "word"
                  and _names_people(text[t.start:pos])), None)
    if start is None:
        return None
    return Subject(text[start:found.end], start, found.end)


TOPIC_DEMONSTRATIVE = "นั้น"  # also closes a topic ("ส่วนนักท่องเที่ยวจากต่างประเทศนั้น มีจำนวน …")


def with_object_demonstrative(doc: Document, found: Subject, pos: int | None = None) -> Subject | None:
    """ "จับกุมผู้กระทำความผิดเกี่ยวกับกรณีดังกล่าวแล้ว รวมทั้งสิ้น 744 ราย", "ผู้เสียชีวิตจากเหตุการณ์ดังกล่าว จำนวน 2 ราย": a
    demonstrative (role demonstrative: ดังกล่าว, นี้, นั้น) glued right after a subject that ends with a preposition
    (tagged P: เกี่ยวกับ, จาก, ภายใต้, ใน) and its object nouns points at that object ("the case above"), not at the head
    counted, so it is part of the phrase, as the batches write it (ta-01); the reader drops it as it drops a
    demonstrative after the head ("คณะทำงานดังกล่าว 67 ราย" → คณะทำงาน, which stays). The subject then runs to the
    demonstrative's end (issue 10, q41). None when no such word is glued after the subject or no preposition and
    object nouns close it, nor for นั้น with more than spaces and one count word (role echo_count) between it and the
    figure at `pos`: there it closes a topic the clause after it speaks of ("ส่วนนักท่องเที่ยวจากต่างประเทศนั้น มีจำนวน
    1.2 ล้านคน", "ผู้สมัครจากภาคเอกชนนั้น มีจำนวน 40 คน"), which is no part of what is counted (rev36q)."""
    nxt = doc.tokens_after(found.end, 1)
    if not nxt or nxt[0].start != found.end or nxt[0].text not in words("phrase_words", role="demonstrative"):
        return None
    if nxt[0].text == TOPIC_DEMONSTRATIVE:
        gap = doc.text[nxt[0].end:pos].strip() if pos is not None and pos >= nxt[0].end else None
        if gap is None or gap and gap not in words("phrase_words", role="echo_count"):
            return None
    toks = [t for t in doc.tokens_after(found.start, 40) if t.end <= found.end]
    k = len(toks) - 1
    while k > 0 and toks[k].kind == "word" and word_class(toks[k].text) == "N" and toks[k - 1].end == toks[k].start:
        k -= 1
    if k < 1 or k == len(toks) - 1 or toks[k].kind != "word" or word_class(toks[k].text) != "P" \
            or toks[k].end != toks[k + 1].start:
        return None
    return Subject(doc.text[found.start:nxt[0].end], found.start, nxt[0].end)


_SLASH_BEFORE = regex.compile(r"(?: / |/)\Z")  # "แผนงาน / โครงการ…": one alternative before the other
SLASH_ALTERNATIVE_TOKENS = 2  # glued noun tokens of the alternative before the slash


def alternative_before_slash(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "สำหรับแผนงาน / โครงการฟื้นฟูเกษตรกรผู้ประสบอุทกภัย ปี 2567 จำนวน 8 โครงการ": a subject the reader opens right
    after a slash (spaced on both sides or on neither) whose other side is a noun names one thing by two words
    ("plans or projects"); the reader stops at the slash and keeps the second alone. The subject then opens at the
    noun before the slash, as the batches write it (tl-38) (issue 10, q41). The noun is one or two glued Thai noun
    tokens (tagged N) that open a phrase: not glued to a noun before them, and not a unit after a figure ("1 วัน/
    ขนมจีน": a rate's unit), nor a date or an abbreviation (no digit or dot). None otherwise."""
    left_limit = _before_subject(left_limit, found)
    m = _SLASH_BEFORE.search(doc.text, max(0, found.start - 3), found.start)
    if m is None or m.end() != found.start:
        return None
    toks = doc.tokens_before(m.start(), SLASH_ALTERNATIVE_TOKENS + 2)
    if not toks or toks[-1].end != m.start():
        return None
    k = len(toks) - 1
    start = None
    while k >= 0 and len(toks) - k <= SLASH_ALTERNATIVE_TOKENS:
        t = toks[k]
        if t.kind != "word" or not _THAI.fullmatch(t.text) or word_class(t.text) != "N" or t.start < left_limit \
                or (start is not None and t.end != start):
            break
        start = t.start
        k -= 1
    if start is None:
        return None
    if k >= 0 and toks[k].end == start and (toks[k].kind != "word" or word_class(toks[k].text) == "N"):
        return None  # the nouns run on past the reach; a preposition or verb glued before them opens no part
    prev = doc.text[:start].rstrip(" ")
    if prev and prev[-1].isdigit():
        return None  # "1 วัน/ขนมจีน 4 ภาค": the unit of a figure before
    alternative = doc.text[start:m.start()]
    aspect = next((w for w in longest_first(words("phrase_words", role="aspect_unit")) if alternative.startswith(w)), None)
    if aspect is not None and alternative != aspect:
        return None  # "ด้านเศรษฐกิจ / โครงการส่งเสริมอาชีพ": the field a heading names, then the item, no alternative (rev36q)
    return Subject(doc.text[start:found.end], start, found.end)


PAIR_RELATIVES = ("ผู้", "ที่", "ซึ่ง")  # after these the words are a relative clause of the noun, not a clause of its own


def _noun_phrase_alone(doc: Document, start: int, end: int) -> bool:
    """True when the glued words from `start` to `end` are a noun phrase: nouns and prepositions ("เยาวชนในชุมชน",
    "พยาบาลวิชาชีพ"), or a noun and a relative clause opened by ผู้/ที่ ("นักศึกษาผู้กู้ยืม"); False when a verb, an
    auxiliary, an adverb or a conjunction follows the noun ("แพทย์ให้การรักษาแล้ว", "เจ้าหน้าที่ได้รับการอบรม")."""
    toks = [t for t in doc.tokens_after(start, 40) if t.end <= end]
    for j, t in enumerate(toks):
        if t.text in PAIR_RELATIVES:
            return True
        if j > 0 and (t.kind != "word" or word_class(t.text) not in ("N", "P")):
            return False
    return True


_SPACED_PHRASE = regex.compile(r" ([\u0e01-\u0e4e]+)")  # one space, then a glued Thai phrase


def people_pair(doc: Document, found: Subject, pos: int) -> Subject | None:
    """ "ซึ่งมีนักเรียน นักศึกษาผู้กู้ยืม ได้รับความรู้… แล้วกว่า 560,000 ราย", "มีครู อาจารย์ผู้สอน เข้าร่วมอบรมกว่า 3,000 คน":
    a count of people whose subject is a people phrase the reader stopped at one space before a second phrase naming
    people (glued up to the next space) reads half a pair of nouns written with a space for และ (นักเรียน นักศึกษา, ครู
    อาจารย์), which the batches keep whole (tr-78): the subject runs to the second phrase's end (issue 10, q41). Only
    when the subject is glued words naming people, the second phrase ends before the figure at `pos`, and no และ
    follows it (a longer list: "ผู้เข้าร่วมงาน ผู้ชมออนไลน์ และ…", left to `spaced_list`). None when the words after the
    space name no people (what they did: "มีประชาชน เดินทางมา…")."""
    if " " in found.text or not _names_people(found.text):
        return None
    m = _SPACED_PHRASE.match(doc.text, found.end)
    if m is None or m.end() >= pos or not _names_people(m.group(1)):
        return None
    if not _noun_phrase_alone(doc, m.start(1), m.end()):
        return None  # "ซึ่งมีผู้บาดเจ็บ แพทย์ให้การรักษาแล้ว 7 ราย": a clause, its agent and verb, not a pair (rev36q)
    after = doc.text[m.end():m.end() + 5]
    if after.startswith(LIST_AND) or after.lstrip(" ").startswith(LIST_AND):
        return None
    return Subject(doc.text[found.start:m.end()], found.start, m.end())


# glued before the pair's first noun: a verb or word it opens after; not โดย, which before people names an agent
# ("จับกุมโดยตำรวจ ผู้ต้องหาถูกควบคุมตัว 5 ราย"; "โดยมี…" has มี glued before the noun) (rev37t)
PAIR_OPENERS = ("มี", "ได้แก่", "ทั้ง", "และ")


def _pair_goes_on(doc: Document, end: int, pos: int) -> bool:
    """True when the words from `end` (a people pair's end) to the figure at `pos` say only how many there are or what
    the people themselves did or underwent: nothing Thai, a count word (จำนวน, กว่า, …), or a clause opened by a verb
    of taking part or undergoing (roles people_act, undergo_verb, clause_verb: เข้าร่วม…, เข้ารับ…, ได้รับ…); False
    for any other verb, whose clause makes the second noun its agent ("มีผู้บาดเจ็บ เจ้าหน้าที่กู้ภัยนำส่ง…")."""
    rest = doc.text[end:pos].lstrip(" \u00a0")
    if not _THAI.search(rest):
        return True
    _, _, count, _ = _echo_words()
    if rest.split(" ", 1)[0] in count or rest.startswith(COUNT_WORD):
        return True
    verbs = words("phrase_words", role="people_act") | words("phrase_words", role="undergo_verb") \
        | words("subject_context_words", role="clause_verb")
    return rest.startswith(tuple(verbs))


def people_pair_before(doc: Document, start: int, end: int, left_limit: int, pos: int) -> Subject | None:
    """ "มีครู อาจารย์ผู้สอน 45 คน", "มีนักเรียน นักศึกษาเข้าร่วมโครงการ 50 คน": a count of people whose subject (from
    `start` to `end`) is glued words naming people standing one space after a single glued noun naming people reads
    the second half of a pair written with a space for และ (ครู อาจารย์, นักเรียน นักศึกษา), which the batches keep
    whole (tr-78; `people_pair` reads the pair when the reader stops at its first half): the subject opens at the
    first noun (issue 10, q43). Only when that noun is one token, tagged N, after the previous record, glued after
    มี / ได้แก่ / ทั้ง / และ (PAIR_OPENERS), which open a list of who is there; not after a space or a line's
    start ("ผู้ว่าราชการจังหวัด เกษตรกร…": a headline's agent, then the people), nor after a verb ("ตำรวจจับกุม
    ผู้ต้องหา") or inside a longer phrase, and
    only when what follows the pair up to the figure at `pos` is a count or a clause of the people's own
    (`_pair_goes_on`). None otherwise."""
    text = doc.text[start:end]
    if " " in text or not _names_people(text) or doc.text[start - 1:start] != " " or start - 1 <= left_limit:
        return None
    toks = doc.tokens_before(start - 1, 3)
    if not toks or toks[-1].end != start - 1:
        return None
    first = toks[-1]
    if first.kind != "word" or not _THAI.fullmatch(first.text) or not _names_people(first.text) \
            or word_class(first.text) != "N" or first.start < left_limit:
        return None
    if first.text.startswith(("ผู้", "ที่")) and len(first.text) <= 3 or first.text.endswith("ฯ"):
        return None
    before = toks[-2] if len(toks) >= 2 else None
    if before is None or before.end != first.start or before.text not in PAIR_OPENERS:
        return None  # "ผู้ว่าฯ เกษตรกร…" (a headline's agent), "ตำรวจจับกุม…": no opener glued before the first noun
    if not _pair_goes_on(doc, end, pos):
        return None
    return Subject(doc.text[first.start:end], first.start, end)


PEOPLE_GROUP = "กลุ่ม"  # "group", before people ("กลุ่มผู้มีบัตรสวัสดิการแห่งรัฐ")


def people_of_attribute(doc: Document, found: Subject) -> Subject | None:
    """ "ดูแลสุขภาพชาวไทยมุสลิม… 6,603 คน", "ยกระดับรายได้กลุ่มผู้มีบัตรสวัสดิการแห่งรัฐ แล้วกว่า 1.6 แสนราย", "ตัวเลข
    นักท่องเที่ยวต่างชาติสะสม… 6.4 ล้านคน": a count of people whose subject opens with a noun of what people have or are
    described by (role people_attribute: สุขภาพ, รายได้, ร่างกาย, ตัวเลข) glued to a phrase naming people (or กลุ่ม
    and such a phrase) counts the people: the subject opens after the noun. None when the phrase after it names no
    people or the subject does not open with such a noun."""
    for word in words("phrase_words", role="people_attribute"):
        if not found.text.startswith(word) or len(found.text) == len(word):
            continue
        rest = found.text[len(word):]
        nxt = doc.tokens_after(found.start + len(word), 1)
        if not nxt or nxt[0].start != found.start + len(word):
            return None
        if _names_people(rest) or rest.startswith(PEOPLE_GROUP) and _names_people(rest[len(PEOPLE_GROUP):]):
            return Subject(rest, found.start + len(word), found.end)
    return None


AGENT_VERB_TOKENS = 3  # glued tokens of an agent and its verb before the people it acts on
SERIAL_VERBS = 1  # a second verb glued before that verb ("นำ|ส่ง", "ควบคุม|ตัว…"): one act in series (q44)


def people_after_agent_verb(doc: Document, found: Subject, unit_word: str = "", left_limit: int = 0) -> Subject | None:
    """ "ตำรวจจับกุมผู้ต้องหา 12 ราย", "เจ้าหน้าที่ช่วยเหลือผู้ประสบภัย 300 คน": a count of people whose subject runs
    agent + verb + a ผู้-phrase (the verb glued in front, the reader reading the clause whole) counts the verb's object,
    the people the ผู้-phrase names; the agent before the verb does what is counted to them (issue 10, q38). Only when
    the verb (tagged V, not a copula) stands right before the ผู้-token, everything before it is glued nouns (at most
    AGENT_VERB_TOKENS tokens, no การ/ความ act, no relative, preposition or conjunction), and the ผู้-phrase is more
    than ผู้ alone; None otherwise ("ผู้ติดเชื้อ…" opening with ผู้, "เตียงเพื่อรองรับผู้ติดเชื้อ": a preposition)."""
    toks = [t for t in doc.tokens_after(found.start, 40) if t.end <= found.end]
    if not toks or toks[0].start != found.start:
        return None
    if unit_word in words("phrase_words", role="agent_unit"):
        return None  # "ตำรวจควบคุมผู้ชุมนุม 300 นาย": นาย counts the officers who act, not the people acted on (rev35c)
    glued = doc.tokens_before(found.start, 1)
    if glued and glued[0].end == found.start and glued[0].end > left_limit and glued[0].kind == "word" \
            and word_class(glued[0].text) == "V":
        # "บรรจุ|ครูสอนผู้พิการ 30 คน", "มี|ครูสอนผู้ใหญ่ 15 คน": a verb glued before the agent takes the whole as its object,
        # a noun phrase (the agent and what it does), no clause of its own (rev35c)
        return None
    for k in range(1, min(len(toks), AGENT_VERB_TOKENS + 1 + SERIAL_VERBS)):
        t = toks[k]
        if not t.text.startswith(PERSON_NOMINALISER) or t.start != toks[k - 1].end:
            continue
        verb = toks[k - 1].text
        if word_class(verb) != "V" and verb not in words("phrase_words", role="convey_verb") or verb in COPULAS:
            return None  # (ควบคุมตัว, นำตัว, ORCHID's nouns, are verbs of conveying: "เจ้าหน้าที่ควบคุมตัวผู้ต้องหา"; rev37r)
        before = toks[:k - 1]
        if len(before) > 1 and before[-1].kind == "word" and word_class(before[-1].text) == "V" \
                and before[-1].text not in COPULAS:
            before = before[:-1]  # "เจ้าหน้าที่กู้ภัย|นำ|ส่ง|ผู้บาดเจ็บ": two verbs in series, one act (q44)
        elif k > AGENT_VERB_TOKENS:
            return None
        if any(b.kind != "word" or word_class(b.text) != "N" or b.text.startswith(("การ", "ความ"))
               or _relative_word(b.text) for b in before):
            return None
        if any(toks[j].start != toks[j - 1].end for j in range(1, k)):
            return None  # a space inside: not one glued clause
        if t.text == PERSON_NOMINALISER and found.end <= t.end:
            return None
        return Subject(doc.text[t.start:found.end], t.start, found.end)
    return None


PASSIVES = ("ถูก", "โดน")  # the passive markers: the people before them undergo the act


def agent_of_conveying(doc: Document, subject: Subject | None, pos: int, unit_word: str) -> bool:
    """ "เจ้าหน้าที่กู้ภัยนำส่งโรงพยาบาลแล้ว 2 ราย", "ตำรวจควบคุมตัวไว้ 4 ราย": the reader's phrase opens with people glued
    to a verb of taking people somewhere or into custody (role convey_verb), and after the verb, up to the figure, only
    glued words naming no people (a place, แล้ว, ไว้): the people the verb takes are left unnamed, the phrase names
    who takes them, so a count of people there (not a count of the agents: role agent_unit, นาย) has no subject
    (issue 10, q44). False where people follow the verb (people_after_agent_verb reads them) or a space stands inside."""
    if subject is None or unit_word in words("phrase_words", role="agent_unit") or pos <= subject.end:
        return False
    end = len(doc.text[:pos].rstrip(" \u00a0"))
    span = doc.text[subject.start:end]
    if not span or any(c in " \u00a0\n" for c in span):
        return False
    for verb in sorted(words("phrase_words", role="convey_verb"), key=len, reverse=True):
        i = span.find(verb)
        if i <= 0:
            continue
        head, rest = span[:i], span[i + len(verb):]
        body = not _names_people(head) and head.startswith(_body_heads())  # "โรงพยาบาลชุมชนส่งต่อ 15 ราย" (rev37r)
        if not (_names_people(head) or body) or RELATIVE in head.replace(OFFICIAL, "") or PERSON_NOMINALISER in head \
                or head.endswith(tuple(words("phrase_words", role="undergo_verb")) + PASSIVES):
            # "ผู้ป่วยที่นำส่ง…": a relative clause names the people taken; "ผู้|อพยพ": a ผู้-noun (evacuees), and
            # "ผู้บาดเจ็บถูกนำส่ง…": a passive, name the people taken themselves
            return False
        if PERSON_NOMINALISER in rest or rest and _names_people(rest):
            return False
        if not body and not head.startswith(tuple(words("phrase_words", role="convey_agent"))):
            return False  # "คนไข้ส่งต่อจาก…", "แรงงานต่างด้าวส่งตัวกลับ…": people who are taken, a topic, not who takes them (rev37r)
        verb_end = subject.start + i + len(verb)
        nxt = next((t for t in doc.tokens_after(verb_end, 1) if t.start == verb_end and t.end <= end), None)
        if nxt is not None and nxt.kind == "word" and word_class(nxt.text) == "N" \
                and not nxt.text.startswith(_body_heads() + PLACE_OPENERS):
            return False  # "อาสาสมัครกู้ภัยลำเลียงสิ่งของ 50 คน": a thing conveyed, no destination: the agents are counted (rev37r)
        return True
    return False


PLACE_OPENERS = ("จังหวัด", "จ.", "อำเภอ", "อ.", "ตำบล", "ต.", "พื้นที่")  # a phrase that is itself a place
LIST_ENDS = ("และ", "หรือ", ",")


def phrase_before_province(doc: Document, found: Subject, counts_people: bool, left_limit: int) -> Subject | None:
    """ "ลูกจ้างบริษัท แพน การ์ด จำกัด จังหวัดพระนครศรีอยุธยา จำนวน 15 คน": where the reader read only the province
    written after one space (one named place, which counts nothing), the province is a modifier of place of the
    phrase right before the space, and the two together name what is counted, as a province glued on does
    ("เกษตรกรจังหวัดอุดรธานี 120 ราย"; issue 10, q38). `found` is the province phrase the caller found alone. Only
    when the phrase before ends at the space, names people for a count of people (`counts_people`) or opens with a
    noun otherwise, and is no place itself nor a list's open end; None otherwise."""
    if found.start - 1 <= left_limit or doc.text[found.start - 1] != " ":
        return None
    before = read_subject(doc, found.start - 1, left_limit=left_limit)
    if not counts_people:
        return None  # "ของโรงพยาบาล… จังหวัดจันทบุรี จำนวน 3 รายการ": things are as often of the place's owner
    if before is not None and any(t.kind == "word" and word_class(t.text) != "N"
                                  for t in doc.tokens_after(before.start, 40) if t.end <= before.end):
        return None  # "ด่านตรวจ|คนเข้าเมืองสะเดา จังหวัดสงขลา": a verb inside, the reader started mid-name
    toks = doc.tokens
    i = doc.token_index_at(found.start - 2)
    company = _company_name(doc, toks, i, left_limit) if toks[i].end == found.start - 1 else None
    if company:  # "ลูกจ้างบริษัท … จำกัด จังหวัด…": the people of a company, as before a count
        before = Subject(doc.text[company[0].start:company[-1].end], company[0].start, company[-1].end)
    if before is None or before.end != found.start - 1:
        return None
    text = before.text
    if text.startswith(PLACE_OPENERS) or text.endswith(LIST_ENDS) or not _names_people(text):
        return None
    left = doc.tokens_before(before.start, 2)
    if len(left) == 2 and left[1].end == before.start and left[0].end == left[1].start \
            and word_class(left[1].text) == "V" and word_class(left[0].text) == "N":
        return None  # "ด่าน|ตรวจ|คนเข้าเมืองสะเดา จังหวัดสงขลา": noun + verb + the phrase, one name the reader cut
    return Subject(doc.text[before.start:found.end], before.start, found.end)


CHANGE_OBJECT_TOKENS = 4  # glued tokens of the object between a verb of change and จาก
_FROM_OLD = regex.compile(r"จาก(?:อัตรา)?(?:เดิม)?[ ]?\Z")  # "จาก 500 วัตต์", "จากอัตราเดิม 60 เท่า"


@lexicon_cache
def _to_new_re() -> regex.Pattern:
    # after the old value's unit (and a per, "ต่อวัน"): a direction or change word maybe (roles to_direction, to_lead:
    # ลง, ขึ้น, เพิ่ม), then เป็น/เหลือ (role to), then the new figure
    def alt(words_: frozenset[str]) -> str:
        return "|".join(sorted(map(regex.escape, words_), key=len, reverse=True))
    lead = words("percent_subject_words", role="to_direction") | words("percent_subject_words", role="to_lead")
    return regex.compile(r"\A(?:[ ]?(?:ต่อ|/)[^ 0-9๐-๙]{1,8})?[ ]?(?:" + alt(lead) + r")?[ ]?(?:"
                         + alt(words("percent_subject_words", role="to")) + r")[ ]?(?:ประมาณ|กว่า)?[ ]?[0-9๐-๙]")


def object_of_change(doc: Document, start: int, old_end: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "ลดกำลังส่งจาก 500 วัตต์ ลงเหลือ 50 วัตต์", "ได้งานเพิ่มจาก 380 เที่ยว เพิ่มเป็น 700 เที่ยว": a verb of change
    (role to_lead: ลด, เพิ่ม, ขยาย, ปรับ), its object glued after it, then จาก and the old value, and after the old
    value a new one (เป็น/เหลือ, role to) in the same unit: the object is what both values measure (issue 10, q38),
    as "X ลดลงจาก …" is read by `before_change_from`. `start` is where the old figure starts (a qualifier before
    it aside), `old_end` where its unit ends. None unless the object is glued nouns (at most CHANGE_OBJECT_TOKENS),
    the verb glued right before them, and the new value in the same unit follows."""
    if unit_word in words("check_words", role="fold"):
        return None  # "ปรับอัตราเงินชดเชยจาก 10 เท่า เป็น 20 เท่าของค่าจ้าง": multiples read null (golden r11-times-from-null)
    m = _FROM_OLD.search(doc.view, max(left_limit, start - 14), start)
    if m is None:
        return None
    after = doc.view[old_end:old_end + 40]
    n = _to_new_re().match(after)
    if n is None:
        return None
    rest = after[n.end() - 1:]
    k = 0
    while k < len(rest) and (rest[k].isdigit() or rest[k] in ",."):
        k += 1
    if not rest[k:].lstrip(" ").startswith(unit_word):
        return None  # "จาก 9 ปี เป็น 12 ปี": the same unit, else not one measure changing
    toks = [t for t in doc.tokens_before(m.start(), CHANGE_OBJECT_TOKENS + 1) if t.end > left_limit]
    if not toks or toks[-1].end != m.start():
        return None
    lead_words = _transitive_leads()
    if toks[-1].text in lead_words:  # "ได้|งาน|เพิ่ม|จาก 380 เที่ยว": the verb after its subject, the glued nouns before it
        obj: list[Token] = []
        for t in reversed(toks[:-1]):
            if t.kind != "word" or t.end != (obj[0].start if obj else toks[-1].start) or word_class(t.text) != "N":
                break
            obj.insert(0, t)
        if not obj or len(obj) == len(toks) - 1:
            return None  # nothing, or the nouns may run on past the reach
        stop = toks[len(toks) - 2 - len(obj)]
        if stop.end == obj[0].start and stop.kind == "word" and word_class(stop.text) == "P":
            # "ร้านค้าใน|ตลาดเพิ่มจาก 50 ร้าน", "เตียงผู้ป่วยของ|โรงพยาบาล…": the nouns after a glued preposition are its
            # object, the place or owner of what changes, not it (rev35c; main read null)
            return None
        if stop.end == obj[0].start and stop.kind == "word" and word_class(stop.text) == "V":
            head = doc.tokens_before(stop.start, 1)
            if head and head[0].end == stop.start and head[0].end > left_limit and head[0].kind == "word" \
                    and (_relative_word(head[0].text) or head[0].text in _agreeing_nouns(unit_word)):
                # "โรงเรียนที่|สอน|ภาษาจีนเพิ่มจาก 12 แห่ง": the verb in a relative clause, its object no head;
                # "รถ|เก็บ|ขยะเพิ่มจาก 3 คัน": คัน counts the รถ the verb's phrase names (rev35c; main read null)
                return None
        got = Subject(doc.text[obj[0].start:obj[-1].end], obj[0].start, obj[-1].end)
        return None if names_nothing(got.text) or names_no_thing(got.text) else got
    return _glued_object(doc, toks, lead_words, words_only=True)


def _glued_object(doc: Document, toks: list[Token], lead_words: frozenset[str], words_only: bool) -> Subject | None:
    """The object glued after the last verb of change (one of `lead_words`) among `toks`, glued tokens read right to
    left: nouns and verbs, the first a noun (`words_only`: every one a word token). None when a token is not glued,
    no such verb is found, or the object names nothing."""
    for j in range(len(toks) - 1, -1, -1):
        t = toks[j]
        if t.kind != "word" or (j + 1 < len(toks) and t.end != toks[j + 1].start):
            return None
        if t.text in lead_words:
            obj = toks[j + 1:]
            if not obj or any((words_only and o.kind != "word") or word_class(o.text) not in ("N", "V") for o in obj) \
                    or word_class(obj[0].text) != "N":
                return None
            got = Subject(doc.text[obj[0].start:obj[-1].end], obj[0].start, obj[-1].end)
            return None if names_nothing(got.text) or names_no_thing(got.text) else got
    return None


_TO_GOAL = regex.compile(r"(?:ให้ได้|ให้เหลือ|ให้ถึง|เป็น|เหลือ)[ ]?\Z")  # "ขยายพื้นที่นอนให้ได้ 1.6 ตร.ม."


def object_of_goal(doc: Document, start: int, left_limit: int) -> Subject | None:
    """ "ตั้งเป้าลดแออัดขยายพื้นที่นอนให้ได้ 1.6 ตร.ม.", "เพิ่มกำลังผลิตเป็น 500 ตัน": a verb of change (role to_lead),
    its object glued after it, then ให้ได้/เป็น/เหลือ and the level: the object is what the level measures, not the
    words glued before the verb (issue 10, q38; percent_subjects reads "เพิ่มภาษีมูลค่าเพิ่มเป็นร้อยละ 10" so).
    `start` is where the figure starts (a qualifier before it aside). None unless the object is glued nouns (at most
    CHANGE_OBJECT_TOKENS, the first a noun) right after the verb and right before the goal word."""
    m = _TO_GOAL.search(doc.view, max(left_limit, start - 8), start)
    if m is None:
        return None
    toks = [t for t in doc.tokens_before(m.start(), CHANGE_OBJECT_TOKENS + 1) if t.end > left_limit]
    if not toks or toks[-1].end != m.start():
        return None
    if toks[-1].text + m.group().rstrip() in _linking_words():
        return None  # "ลดขยะคิดเป็น 12 ตัน", "เพิ่มผลผลิตข้าวรวมเป็น …": เป็น of a sum or a share, no goal (rev35c)
    return _glued_object(doc, toks, _transitive_leads(), words_only=False)


@lexicon_cache
def _linking_words() -> frozenset[str]:
    """A verb + เป็น that links a figure as a sum or a share (คิดเป็น, รวมเป็น: the reader's stop and gap words, the
    totals), not a change's goal."""
    return words("subject_words", role="stop") | words("phrase_words", role="gap") \
        | words("subject_context_words", role="total")


def without_change_verb(doc: Document, found: Subject, unit_word: str) -> Subject | None:
    """ "เพิ่ม|ปริมาณน้ำผ่านเขื่อนเจ้าพระยา ๒๐ ลูกบาศก์เมตร", "คัดผลงานวิจัย…": a subject opening with a verb of change
    (role to_lead: เพิ่ม, ลด, ขยาย, ปรับ) glued to its object names the act, not what the figure measures; the
    object does (issue 10, q38; released rows read the object: ub-36, tl-07, te-42). Not for a count of acts (role
    act_count: ครั้ง, รอบ: "ปรับ… 3 ครั้ง" counts the changes). None unless the verb is a token of its own glued to a
    noun and more follows."""
    if unit_word in words("phrase_words", role="act_count") or doc.text[max(0, found.start - 3):found.start] == "การ" \
            or doc.text[max(0, found.start - 4):found.start] == "ความ":
        return None  # "การ|ปรับระดับของพื้นที่…": an act named by การ + its verb is one noun the reader cut
    lead = next((w for w in sorted(_transitive_leads(), key=len, reverse=True)
                 if found.text.startswith(w)), None)
    if lead is None or not doc.is_boundary(found.start + len(lead)) and not _segmenter_compound(doc, found, lead):
        return None
    rest = found.text[len(lead):]
    first = Document(rest).tokens[0].text if rest.strip() else ""
    if len(rest) < MIN_OBJECT or len(first) < 3 or word_class(first) != "N" or first in _orchid_classifier_words() \
            or _glued_clause_verb(first):
        return None  # "ขยายตัว", "เพิ่มขึ้น", "ลดลง": a change alone, no object
    return Subject(rest, found.start + len(lead), found.end)


MIN_OBJECT = 4  # characters of an object left after the verb of change


def _segmenter_compound(doc: Document, found: Subject, lead: str) -> bool:
    """ "เพิ่มปริมาณ|น้ำ": the segmenter glued the verb to its object's first word in one token."""
    first = doc.tokens_after(found.start, 1)
    # (rev35c) only a verb glued to an amount's noun (ปริมาณ, ราคา, น้ำหนัก: roles measure_head, extent_noun, count_word):
    # a dictionary word of a verb of change and another noun is a word of its own ("ลดหย่อน", "ปรับอากาศ"), no change of
    # an object; cutting it left "หย่อนโทษผู้ต้องขัง", "อากาศห้องเรียน"
    return bool(first) and first[0].start == found.start and first[0].text.startswith(lead) \
        and len(first[0].text) > len(lead) and first[0].text[len(lead):] in _amount_nouns()


@lexicon_cache
def _amount_nouns() -> frozenset[str]:
    return words("phrase_words", role="measure_head") | words("phrase_words", role="extent_noun") \
        | words("phrase_words", role="count_word")


@lexicon_cache
def _orchid_classifier_words() -> frozenset[str]:
    from .phrases import _orchid_classifiers
    return _orchid_classifiers()


@lexicon_cache
def _transitive_leads() -> frozenset[str]:
    """The verbs of change that take an object (role to_lead: ลด, เพิ่ม, ขยาย, ปรับ), not the intransitive ones a
    change word also lists (role change_from: ลดลง, เพิ่มขึ้น: "ลดลงครึ่งหนึ่งจาก 240 ราย" has no object)."""
    return words("percent_subject_words", role="to_lead") - words("subject_context_words", role="change_from")


# q40: the subject a list away. "มีศาสนสถานที่ได้รับผลกระทบใน 19 จังหวัด ได้แก่ จังหวัดเชียงราย … และสมุทรปราการ รวม 357
# แห่ง": the total after a list of the provinces the head was found in counts the head.
PLACE_LIST_MAX = 600  # characters of the province list between ได้แก่ and รวม
_PLACE_TOTAL_BEFORE = regex.compile(r"รวม(?:ทั้งสิ้น|ทั้งหมด)?[ ]*(?:จำนวน[ ]*)?$")
_PLACE_LIST = regex.compile(r"[ ]*ได้แก่[ ]*(?P<items>[^0-9๐-๙()\n:;“”\"]+?)[ ]*$")
_IN_AREA_BEFORE = regex.compile(r"ใน(?:พื้นที่)?[ ]?$")
_HAVE_BEFORE = regex.compile(r"มี[ ]?$")
_PLACE_PREFIX = regex.compile(r"^(?:และ|หรือ)?(?:จังหวัด|จ\.|ประเทศ)?")


def _only_place_names(items: str) -> bool:
    """Whether `items` ("จังหวัดเชียงราย เชียงใหม่ … และสมุทรปราการ") lists place names only: each piece between
    spaces or commas, without a leading และ/หรือ and จังหวัด/จ./ประเทศ, a province or a country."""
    from .subject_context import _place_names
    places = _place_names()
    pieces = [p for p in regex.split(r"[ ,]+", items) if p and p not in ("และ", "หรือ")]
    return len(pieces) >= 2 and all(_PLACE_PREFIX.sub("", p) in places for p in pieces)


def head_of_place_list_total(doc: Document, pos: int, last_start: int, last_end: int, last_unit: str | None,
                             left_limit: int, current: str | None, unit_word: str | None = None) -> Subject | None:
    """ "มีศาสนสถานที่ได้รับผลกระทบใน 19 จังหวัด ได้แก่ จังหวัดเชียงราย เชียงใหม่ … และสมุทรปราการ รวม 357 แห่ง": a
    total (รวม, รวมทั้งสิ้น) right after a ได้แก่ list of place names only, which lists the N provinces (districts…) of
    "มี HEAD ใน(พื้นที่) N จังหวัด" before it, counts HEAD (the annotation batches mark it so, ti-13). HEAD must hold
    a relative clause (ที่ …: the things found there, "ถนนทางหลวงชนบทที่ประสบอุทกภัย"); "มีสถานการณ์ใน 10 จังหวัด …
    รวม 90,507 ครัวเรือน" names no thing counted. `pos` is where the total's figure starts (after its qualifier);
    `last_start`/`last_end`/`last_unit` the count of areas right before; `left_limit` where the reader of HEAD
    stops; `current` the total's subject so far, None or the list's last place (the reader reads "…และสมุทรปราการ").
    The caller checks the total is a classifier of things (no area, no people)."""
    from .subject_context import _place_names
    if current is not None and _PLACE_PREFIX.sub("", current) not in _place_names() \
            or last_unit not in words("phrase_words", role="area_unit"):
        return None
    total = _PLACE_TOTAL_BEFORE.search(doc.view, max(last_end, pos - 30), pos)
    if total is None:
        return None
    listed = _PLACE_LIST.fullmatch(doc.view, last_end, total.start())
    if listed is None or len(listed["items"]) > PLACE_LIST_MAX or not _only_place_names(listed["items"]):
        return None
    area = _IN_AREA_BEFORE.search(doc.view, max(0, last_start - 12), last_start)
    if area is None:
        return None
    head = read_subject(doc, area.start(), left_limit=left_limit)
    if head is None or head.end != area.start() \
            or not _HAVE_BEFORE.search(doc.view, max(0, head.start - 3), head.start):
        return None
    inside = [t for t in doc.tokens_before(head.end, 40) if head.start < t.start]
    if not any(t.text == RELATIVE for t in inside) or not counts_thing_named(head.text, unit_word):
        return None  # "มีโรงเรียนที่ได้รับความเสียหายใน 4 จังหวัด ได้แก่ … รวม 126 ครัวเรือน": the total counts no school (rev35f)
    return head


def counts_thing_named(head: str, unit_word: str | None) -> bool:
    """Whether the classifier `unit_word` can count what the noun phrase `head` names, as `phrases._topic_of_have`
    asks of "X มี N": people for a person classifier (people or households for a household one), else not people
    and a phrase opened by the classifier's own noun ("หน่วยงานที่เข้าร่วม" … หน่วยงาน), by a noun the classifier, or
    the classifier it is built on, counts (role counted_by: ถนน … สาย, สายทาง), or a thing for แห่ง/ชนิด (role
    whole_unit; not an act, a condition or a place unit). "มีโรงเรียนที่ได้รับความเสียหาย … รวม 126 ครัวเรือน", "…
    รวม 3 ครั้ง", "หมายเหตุ: 3 รายการ" name nothing the classifier counts (rev35f)."""
    if not unit_word or not head:
        return False
    households = tuple(words("phrase_words", role="household"))
    people = _names_people(head)
    if unit_word in households:
        return people or head.startswith(households)
    if unit_word in words("phrase_words", role="person_unit"):
        return people and not head.startswith(households)
    if people:
        return False
    if len(unit_word) >= SHORT_UNIT and head.startswith(unit_word):
        return True
    counted = [r["word"] for r in load_tsv("phrase_words") if r["role"] == "counted_by" and unit_word.startswith(r["value"])]
    if any(head.startswith(n) for n in counted):
        return True
    ctx = "subject_context_words"
    return unit_word in words("phrase_words", role="whole_unit") \
        and not head.startswith(tuple(words("phrase_words", role="condition"))) \
        and not head.startswith(tuple(words(ctx, role="place_unit"))) \
        and not head.startswith(tuple(words(ctx, role="act_prefix"))) and head not in words(ctx, role="act_object")


# q40: "ผู้สังเกตการณ์ 18 นาย จากออสเตรเลีย และอีก 5 คนจากอินเดีย": the items of a list by origin share the people.
_ORIGIN_GAP = regex.compile(r"[ ]*จาก[ ]?(?P<place>[^ 0-9๐-๙,]+?)[ ]*,?[ ]*(?:และ|ตลอดจน)?[ ]*(?:อีก)?[ ]*")
_ORIGIN_AFTER = regex.compile(r"[ ]*จาก[ ]?(?P<place>[^ 0-9๐-๙,\n]+)")


def _opens_with_place(run: str, whole: bool) -> bool:
    """Whether `run` (after จาก) is a province or country (จังหวัด/ประเทศ before it allowed): the whole run, or,
    when not `whole`, a run that opens with one ("อินเดีย" in "อินเดียเข้าร่วม")."""
    from .subject_context import _place_names
    name = _PLACE_PREFIX.sub("", run)
    if whole:
        return name in _place_names()
    return any(name.startswith(p) for p in _place_names() if len(p) >= 2)


def item_of_origin_list(doc: Document, last_end: int, pos: int, rec_end: int) -> bool:
    """Whether the count at `pos`…`rec_end` is the next item of a list of people by origin after the count of
    people ending at `last_end`: "ผู้สังเกตการณ์ 18 นาย จากออสเตรเลีย และอีก 5 คนจากอินเดีย", "นักศึกษา 30 คนจาก
    ญี่ปุ่น 25 คนจากเกาหลีใต้": nothing between them but จาก + a province or country (and และ/ตลอดจน/อีก, a comma),
    and จาก + a place right after this one too. The caller checks both count people, the one before has a subject
    and this one's reader read none; it then carries the one before's ("in a list sharing one subject every item
    carries it")."""
    gap = _ORIGIN_GAP.fullmatch(doc.view, last_end, pos)
    if gap is None or not _opens_with_place(gap["place"], whole=True):
        return False
    after = _ORIGIN_AFTER.match(doc.view, rec_end, rec_end + 40)
    return after is not None and _opens_with_place(after["place"], whole=False)


# q40: "จำนวนผู้เข้าร่วม: 150 คน", "- สถานประกอบการที่ได้รับการตรวจ : 45 แห่ง": a header line's label and its value.
_COLON_BEFORE = regex.compile(r"[ ]*:[ ]*$")
_LINE_LEAD = regex.compile(r"[ ]*(?:[-•*][ ]*|[0-9๐-๙]{1,2}[.)][ ]*|\([0-9๐-๙]{1,2}\)[ ]*)?(?:จำนวน[ ]?)?")
COLON_LABEL_MAX = 80  # characters of a label before its colon


def label_before_colon(doc: Document, pos: int, left_limit: int, unit_word: str | None = None,
                       record_end: int | None = None) -> Subject | None:
    """ "จำนวนผู้เข้าร่วม: 150 คน": a count written after a colon whose label is the whole head of its line (only a
    bullet or a list number and จำนวน before it) is counted by the thing the label names ("key: value" lines of a
    report). `pos` is where the figure starts after its qualifier. The label must be a noun phrase the reader
    reads to the colon (a time alone after it allowed: "ผู้ป่วยรายใหม่วันนี้ : 20 ราย"); a goal word (เป้าหมาย: …),
    a day or a fraction name nothing. None otherwise (a colon inside prose, "ดังนี้: 1) …", is no label). With
    `unit_word` and `record_end` (the classifier, where the record ends) the line must end with the value (a bracket
    after it allowed), the classifier must not count areas and must count what the label names (rev35f)."""
    colon = _COLON_BEFORE.search(doc.view, max(left_limit, pos - 12), pos)
    if colon is None:
        return None
    end = colon.start()
    line_start = doc.view.rfind("\n", 0, end) + 1
    if end - line_start > COLON_LABEL_MAX or line_start < left_limit:
        return None
    label = read_subject(doc, end, left_limit=line_start)
    if label is None or _LINE_LEAD.fullmatch(doc.view, line_start, label.start) is None:
        return None
    gap = doc.view[label.end:end].strip()
    if gap and not only_a_time(gap):
        return None
    if label.text.startswith(TARGET_WORD) or names_nothing(label.text) or names_no_thing(label.text) \
            or only_a_time(label.text):
        return None
    if unit_word is not None and record_end is not None:
        # rev35f: a "key: value" line ends with its value ("โฆษกรัฐบาล: 2,000 คน ได้รับเงินแล้ว" is a speaker's
        # words); a count of areas names its areas itself ("สถานที่: 5 จังหวัด"); the label names what the
        # classifier counts ("ช่วงบ่าย: 120 คน", "หมายเหตุ: 3 รายการ" name none), a แห่ง/ชนิด thing by a relative
        # clause ("ชุมชนที่เข้าร่วม: 30 แห่ง"; not "ภาคเหนือ: 30 แห่ง", "สถานะ: 3 แห่ง")
        line_end = doc.view.find("\n", record_end)
        rest = doc.view[record_end:line_end if line_end >= 0 else len(doc.view)].strip(" \u00a0\t\r")
        if rest and not rest.startswith("(") or unit_word in words("phrase_words", role="area_unit") \
                or not counts_thing_named(label.text, unit_word):
            return None
        if unit_word in words("phrase_words", role="whole_unit") and not label.text.startswith(unit_word) \
                and not any(t.text in (RELATIVE, SUCH_AS) for t in doc.tokens_before(label.end, 40)
                            if label.start < t.start):
            return None
    return label


AMOUNT_HEAD = "ปริมาณ"  # "amount of": before a verb alone it names an attribute of a thing, not the thing
HAVE = "มี"
HOLDER_TOKENS = 4  # glued tokens of the thing's noun phrase before มี
HOLDER_OPENERS = frozenset(("และ", "ส่วน"))  # glued before the thing's phrase, they open it ("และอาหารปศุสัตว์")


def _holder_noun(t: Token) -> bool:
    return t.kind == "word" and word_class(t.text) == "N" and t.text not in HOLDER_OPENERS


def holder_of_measured_act(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "อาหารปศุสัตว์ มีปริมาณส่งออก 105,461 ตัน", "ข้าวหอมมะลิมีปริมาณการผลิต 5 ล้านตัน": a measure whose subject is
    ปริมาณ + a verb or an การ-act alone (no object after it) measures how much of the thing before มี is exported or
    produced; that thing is what is measured (ANNOTATION.md: the noun phrase naming what is counted), ปริมาณ + the act
    its attribute (q42). The thing: a run of glued nouns (≤ HOLDER_TOKENS, the first after a space, a sign, a
    conjunction or the left limit) right before มี (one space allowed). None when anything else stands there
    ("โดยมีปริมาณนำเข้า 300 ตัน": no thing), when the act has an object ("มีปริมาณส่งออกข้าว": the reader's phrase
    stands) or when ปริมาณ is followed by a noun ("มีปริมาณผลผลิต")."""
    toks = [t for t in doc.tokens_after(found.start, 8) if t.end <= found.end]
    if len(toks) != 2 or toks[0].text != AMOUNT_HEAD or toks[0].start != found.start \
            or toks[1].start != toks[0].end or toks[1].kind != "word" \
            or not (word_class(toks[1].text) == "V" or toks[1].text.startswith(NOMINALISER) and len(toks[1].text) > 3):
        return None
    before = doc.tokens_before(found.start, 2 * HOLDER_TOKENS + 4)
    if not before or before[-1].text != HAVE or before[-1].end != found.start:
        return None
    end = len(before) - 2
    if end >= 0 and before[end].kind == "space" and before[end].text == " ":
        end -= 1
    if end < 0 or not _holder_noun(before[end]) or before[end].start < left_limit:
        return None
    k = end
    while k > 0 and end - k < HOLDER_TOKENS - 1 and _holder_noun(before[k - 1]) and before[k - 1].end == before[k].start \
            and before[k - 1].start >= left_limit:
        k -= 1
    if k > 1 and before[k - 1].text == AND_WORD and before[k - 1].end == before[k].start \
            and before[k - 2].end == before[k - 1].start and _holder_noun(before[k - 2]) \
            and before[k - 2].start >= left_limit:
        # "มันสำปะหลังและข้าวโพด มีปริมาณการผลิตรวม …": both conjuncts are measured, not the last alone (rev36r)
        j = k - 2
        while j > 0 and k - 2 - j < HOLDER_TOKENS - 1 and _holder_noun(before[j - 1]) \
                and before[j - 1].end == before[j].start and before[j - 1].start >= left_limit:
            j -= 1
        k = j
    if k > 0 and before[k - 1].end == before[k].start and before[k - 1].kind == "word" \
            and before[k - 1].text not in HOLDER_OPENERS:
        return None  # the run is the tail of a longer phrase (a verb, a preposition before it)
    first = before[k]
    holder = doc.text[first.start:before[end].end]
    from .subject_context import _place_names
    if _names_people(first.text) or first.text.startswith(PLACE_OPENERS + ("ประเทศ",)) \
            or _PLACE_PREFIX.sub("", holder) in _place_names():
        return None  # "ประเทศไทยมีปริมาณส่งออก…", "เกษตรกรมีปริมาณผลิต…": who exports, not what
    if _not_a_holder(doc, first, holder):
        return None
    return Subject(holder, first.start, before[end].end)


AND_WORD = "และ"


def _not_a_holder(doc: Document, first: Token, holder: str) -> bool:
    """A phrase before "มีปริมาณ + an act" that says who, where or when, not what is measured (rev36r): a body
    opened by an organisation's head (org_heads.tsv: "บริษัทผู้ผลิต", "ด่านศุลกากร", "สหกรณ์…"), a works or a
    trading place (`site`: "โรงงานน้ำตาล", "ท่าเรือแหลมฉบัง"), a noun that is its own classifier of places or bodies
    (`self_unit`, `place_unit`: "ภาคตะวันออกเฉียงเหนือ"), or a time ("เดือนมกราคม", "ไตรมาสแรก")."""
    t = first.text
    if t in words("subject_context_words", role="site") \
            or t.startswith(tuple(words("subject_context_words", role="self_unit")
                                  | words("subject_context_words", role="place_unit"))):
        return True  # "ภาคใต้" glued in one token: a region
    if t in words("phrase_words", role="time_alone") or t in words("phrase_words", role="same_time") \
            or _date_containing(doc, first.start) is not None:
        return True
    return any(holder.startswith(h) and (len(h) >= LONG_BODY_HEAD or doc.is_boundary(first.start + len(h)))
               for h in _body_heads())  # a short head (กรม, กอง) only as a word of its own: not "กรมธรรม์"


LONG_BODY_HEAD = 5  # an organisation head this long opens a body even glued inside one token ("บริษัทผู้ผลิต")


_ACRONYM_END = regex.compile(r"(?<=[ \u00a0(])([\u0e01-\u0e2e]{2,6}\.(?:[\u0e01-\u0e2e]{1,4}\.)*)$")
ACRONYM_CHARS = 16  # characters searched before the space before the verb
HAVE_CHARS = 4  # characters before the acronym searched for มี and its space
JOIN_VERBS = frozenset(("เข้าร่วม",))  # "to join": the joiners are what a count after it counts
# the classifiers of bodies a count after "มี ACRONYM เข้าร่วม" may count (people units too); not a place's own
# classifier ("กทม. เข้าร่วม 50 เขต"), an occasion ("2 รอบ", "12 ครั้ง") or a project ("3 โครงการ") (rev36r)
JOINER_UNITS = frozenset(("แห่ง", "องค์กร", "หน่วยงาน", "หน่วย", "สถาบัน", "โรงเรียน", "โรงพยาบาล", "บริษัท"))


def acronym_before_join(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "โดยปัจจุบันมี อปท. เข้าร่วมทั่วประเทศ 101 องค์กร": a count the reader finds nothing for, after มี, a space, a
    dotted Thai acronym, a space and a verb of joining (a scope such as ทั่วประเทศ glued after it, spaces and nothing
    else before the figure), counts the bodies the acronym names: the verb is what they did, as "ประชาชนเข้าร่วมงาน"
    counts the people (q27); the reader stops at the space and keeps nothing (q42). Only an acronym that มี and a space introduce
    (not one ending a name, "…กระทรวง อว. เข้าร่วม", not a unit, "5 กม. เข้าร่วม"), not inside a date; None otherwise."""
    toks = [t for t in doc.tokens_before(pos, 8) if t.start >= left_limit]
    k = len(toks) - 1
    while k >= 0 and toks[k].kind == "space":
        k -= 1
    if k > 0 and toks[k].text in words("subject_context_words", role="place_only") and toks[k - 1].end == toks[k].start:
        k -= 1
    if k < 2 or toks[k].text not in JOIN_VERBS or toks[k - 1].kind != "space" or toks[k - 1].text != " ":
        return None
    end = toks[k - 1].start
    m = _ACRONYM_END.search(doc.text, max(left_limit, end - ACRONYM_CHARS), end)
    if m is None or _date_containing(doc, m.start(1)) is not None:
        return None
    before = doc.text[max(left_limit, m.start(1) - HAVE_CHARS):m.start(1)]
    if not before.endswith(HAVE + " ") or m.start(1) - len(HAVE) - 1 < left_limit:
        return None  # "…ในสังกัดกระทรวง อว. เข้าร่วม": the acronym ends a name; "5 กม. เข้าร่วม": a unit
    return Subject(m.group(1), m.start(1), m.end(1))


PART_RELATIVE = "ซึ่ง"  # "which": a relative clause on the figure right before it
OF_THESE = regex.compile(r"[ \u00a0]*(?:โดย)?[ \u00a0]?ในจำนวน(?:นี้|ดังกล่าว|นั้น)")  # "of these", opening the gap
PART_ASIDE_CHARS = 45  # characters between the total's figure and ซึ่ง: its value ("มูลค่า 2.03 ล้านล้านบาท")
PART_CLAUSE_CHARS = 60  # characters of the clause between ซึ่ง / ในจำนวนนี้ and the figure
COPULA_OPEN = regex.compile(r"[ \u00a0]*(?:ในจำนวน(?:นี้|ดังกล่าว|นั้น))?[ \u00a0]*(?:จะ|ก็)?(?:เป็น|คือ)")  # a clause naming a kind
PART_REACH = 120  # characters before the figure searched for the reader's phrase


def part_of_counted(doc: Document, records: list, unit_word: str, pos: int, subject: str | None,
                    subject_start: int | None, person: bool) -> str | None:
    """ "โครงการที่รัฐดำเนินการเอง 83 โครงการ มูลค่า 2.03 ล้านล้านบาท ซึ่งมีการลงนามในสัญญาแล้ว 30 โครงการ", "… จำนวน 10
    เรื่อง ซึ่งตรวจสอบแล้วไม่พบข้อมูลการทุจริต จำนวน 7 เรื่อง", "หญิงตั้งครรภ์… 192 ราย ในจำนวนนี้เสียชีวิตจากโควิด 19 ถึง 78
    ราย": a figure inside a clause that ซึ่ง (a relative on the count right before it) or ในจำนวนนี้ ("of these") opens
    counts a part of what that count counts, in the same classifier; the clause's verb and its object (การลงนามในสัญญา,
    ข้อมูลการทุจริต) are what happened to the part, not the part. The count's subject, or None (the reader's stands):
    only on one line, with the total the nearest count before (money between only before ซึ่ง, as the total's value),
    nothing recorded inside the clause, and not where the reader's phrase names people ("ซึ่งมีผู้เสียชีวิต 5 ราย"),
    opens with the classifier's own noun ("ซึ่งมีโครงการลงทุน 30 โครงการ": a kind of its own), holds the count's
    subject ("การประชุม 5 ครั้ง ซึ่งเป็นการประชุมออนไลน์ 3 ครั้ง") or follows a copula that names the part's own kind
    ("ซึ่งในจำนวนนี้เป็นธุรกิจค้าที่ดิน 26,038 ราย") (q45)."""
    total = None
    between = []
    for rec in reversed(records):
        if rec.kind == "quantity":
            total = rec
            break
        if rec.kind != "money":
            return None
        between.append(rec)
    if total is None or total.subject is None or total.unit != unit_word or total.end > pos:
        return None
    gap = doc.view[total.end:pos]
    if "\n" in gap:
        return None
    these = OF_THESE.match(gap)
    if these is not None and not between:
        clause = total.end + these.end()
    else:
        at = gap.find(PART_RELATIVE)
        if at < 0 or at > PART_ASIDE_CHARS or not doc.is_boundary(total.end + at) \
                or any(c in gap[:at] for c in "()[]“”\"") \
                or any(ch.isdigit() for ch in gap[:at]) and not between \
                or not between and _place_before_relative(doc, total.end, total.end + at):
            return None  # (rev37s) a phrase with a preposition between the count and ซึ่ง: the clause is on its noun
        clause = total.end + at + len(PART_RELATIVE)
    if pos - clause > PART_CLAUSE_CHARS or any(rec.start >= clause for rec in between):
        return None
    if subject is not None and (subject_start is None or subject_start < clause or _names_people(subject)
                                or subject.startswith(unit_word) or total.subject in subject):
        return None
    if subject is not None and COPULA_OPEN.match(doc.view, clause, subject_start):
        return None  # "ซึ่งในจำนวนนี้เป็นธุรกิจค้าที่ดิน อสังหาริมทรัพย์ 26,038 ราย": the copula names the part's own kind
    whole = these is None or bool(between)  # a ซึ่ง clause, on the whole count; not one of these ("ในจำนวนนี้")
    if subject is not None and subject_start is not None \
            and not _names_other_than_part(doc, subject, subject_start, clause, unit_word, person,
                                                       whole and OF_THESE.match(doc.view, clause) is None):
        return None
    if person and subject is None:
        return None  # "ในจำนวนนี้เป็นชาย 50 คน": the clause names no one the reader found; not guessed
    return total.subject


# (rev37s) ในจำนวนนี้ and spaces only: a noun right after them lists the part's own kinds ("ในจำนวนนี้ร้านอาหาร 30 แห่ง")
PART_BARE_OPEN = regex.compile(r"[ \u00a0]*(?:ในจำนวน(?:นี้|ดังกล่าว|นั้น))?[ \u00a0]*\Z")
LOCATIVE = ("ใน", "ภายใน", "ณ")  # "ซึ่งตั้งอยู่ในนิคมอุตสาหกรรม 2 แห่ง": a place the places are in


def _names_other_than_part(doc: Document, subject: str, subject_start: int, clause: int, unit_word: str,
                           person: bool, on_whole: bool) -> bool:
    """ (rev37s) The reader's phrase inside the clause is what the part has or what befell it ("ซึ่งมีโรคประจำตัว
    120 ราย", "ในจำนวนนี้มีใบอนุญาตถูกต้อง 25 แห่ง", "ซึ่งมีการลงนามในสัญญาแล้ว 30 โครงการ"), so the count's subject
    may replace it; not where it names a thing the classifier counts, of its own kind: people anywhere in a count of
    people ("ซึ่งจ้างแรงงานต่างด้าว 800 ราย"); the act a count of times counts (act_count: "ซึ่งมีการแถลงข่าว 2 ครั้ง");
    a noun the classifier agrees with (counted_by: "ซึ่งมีรถนำขบวน 2 คัน", "ซึ่งมีอาคารเรียน 6 หลัง"); a noun right
    after ในจำนวนนี้ under a classifier of things ("ในจำนวนนี้ร้านอาหาร 30 แห่ง", as after เป็น); a place after ใน under
    a classifier of places in a ซึ่ง clause, which says where the whole count is ("ซึ่งตั้งอยู่ในนิคมอุตสาหกรรม 2 แห่ง";
    "ในจำนวนนี้ตั้งอยู่ในโรงเรียน 120 แห่ง" is a part of them)."""
    toks = [t for t in doc.tokens_after(subject_start, 16) if t.end <= subject_start + len(subject) and t.kind == "word"]
    if person and (any(_names_people(doc.text[t.start:subject_start + len(subject)]) for t in toks)
                   or any(_verb_then_people(t.text) for t in toks)):
        return False  # a glued verb before the people: "จ้างแรงงาน|ต่างด้าว"
    if unit_word in words("phrase_words", role="act_count") and subject.startswith(NOMINALISER):
        return False
    if subject.startswith(_agreeing_nouns(unit_word)):
        return False
    if not person and PART_BARE_OPEN.match(doc.view[clause:subject_start]) and toks \
            and word_class(toks[0].text) == "N" \
            and not subject.startswith(tuple(words("subject_context_words", role="act_prefix"))):
        return False
    before = doc.tokens_before(subject_start, 1)
    return not (on_whole and _counts_places(unit_word) and before and before[-1].end == subject_start
                and before[-1].text in LOCATIVE)


@lexicon_cache
def _long_person_heads() -> tuple[str, ...]:
    """person_head words of four characters or more (แรงงาน, เจ้าหน้าที่), found inside a token too; the short ones
    (ผู้, นัก, คน) are parts of other words (หนัก, คนละ), and not_people (สมาชิก) are left out (rev37s)."""
    ctx = "subject_context_words"
    return tuple(w for w in words(ctx, role="person_head") if len(w) >= 4 and w not in words(ctx, role="not_people"))


def _verb_then_people(token: str) -> bool:
    """ "จ้างแรงงาน": a token the segmenter glued of a verb and a person_head word (not "โรงพยาบาล": โรง is no verb)."""
    for w in _long_person_heads():
        k = token.find(w)
        if k > 0 and word_class(token[:k]) == "V":
            return True
    return False


def _place_before_relative(doc: Document, start: int, end: int) -> bool:
    """ (rev37s) "ตรวจร้านค้า 50 แห่ง ในอำเภอเมือง ซึ่งมีตลาดสด 3 แห่ง", "แพทย์ 20 คน ไปยังศูนย์พักพิง ซึ่งมีความจุ 300 คน":
    a phrase with a preposition between the count and ซึ่ง, whose noun the clause is on; not a predicate of the
    count ("… 6,733,557 คน ผ่านขั้นตอนการตรวจสอบซึ่งได้รับสิทธิ…")."""
    words_between = [t for t in doc.tokens_after(start, 12) if t.end <= end and t.kind == "word"]
    return any(word_class(t.text) == "P" for t in words_between) \
        or any(a.end == b.start and word_class(a.text + b.text) == "P"  # ไป|ยัง: ไปยัง split by the segmenter
               for a, b in zip(words_between, words_between[1:]))


def _counts_places(unit_word: str) -> bool:
    return any(r["word"] == unit_word and r["role"] == "count_group" and r["value"] == "place"
               for r in load_tsv("phrase_words"))


_FIGURE = r"[0-9๐-๙][0-9๐-๙,.]*"
_RESTATED_OLD = regex.compile("(" + _FIGURE + r")[ \u00a0]?([^\s()0-9๐-๙]{1,24})[ \u00a0]?\(จาก(?:เดิม)?[ \u00a0]?(?:"
                              + _FIGURE + r"[ \u00a0]?[^\s()0-9๐-๙]{1,24}[ \u00a0]?(?:เป็น|เหลือ)[ \u00a0]?)?\Z")
RESTATED_REACH = 90  # characters before the figure searched for the figure the bracket restates


def restated_in_bracket(doc: Document, records: list, unit_word: str, pos: int) -> Subject | None | Literal[False]:
    """ "พื้นที่เฝ้าระวังสูง จำนวน 14 จังหวัด (จากเดิม 17 จังหวัด เป็น 14 จังหวัด)", "พื้นที่ควบคุมสูงสุดและเข้มงวด จำนวน 6
    พื้นที่/จังหวัด (จากเดิม 0 จังหวัดเป็น 6 พื้นที่/จังหวัด)": the old and new values in a bracket opened by จาก(เดิม)
    right after a figure of the same classifier (its unit holding this one's) restate how that figure came about; they
    count what it counts, not the classifier the reader takes before them ("พื้นที่/จังหวัด") nor a phrase cut short.
    The figure's subject: its record's, or the phrase before it where it is no record (its unit unread); False where no
    such bracket stands (q45)."""
    m = _RESTATED_OLD.search(doc.view, max(0, pos - RESTATED_REACH), pos)
    if m is None or unit_word not in m.group(2).split("/"):
        return False  # (rev37s) the classifier itself, not a word it starts ("120 รายการ (จาก 15 ราย)": 15 sellers)
    fig = m.start(1)
    pool = _pool_of(doc, m, pos)
    left = 0
    for rec in records:
        if rec.start == fig and rec.kind == "quantity":
            if rec.subject is None:
                return None
            at = doc.text.rfind(rec.subject, max(0, fig - 200), fig)
            if at < 0 or pool and _picked_from_pool(doc, rec.subject, at):
                return None
            return Subject(rec.subject, at, at + len(rec.subject))
        if rec.end <= fig:
            left = max(left, rec.end)
    found = subject_before(doc, fig, left_limit=left)
    return None if found is not None and pool and _picked_from_pool(doc, found.text, found.start) else found


def _figure_value(text: str) -> float | None:
    try:
        return float(text.translate(_THAI_DIGITS).replace(",", "").rstrip("."))
    except ValueError:
        return None


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _pool_of(doc: Document, m: regex.Match, pos: int) -> bool:
    """ (rev37s) "ผู้ผ่านการคัดเลือก 20 คน (จาก 150 คน)": a bare จาก (no เดิม, no "… เป็น") before a figure larger than
    the one before the bracket may give the pool it was picked from, not its old value."""
    if "เดิม" in m.group(0)[m.end(2) - m.start(0):] or pos != m.end(0) or "เป็น" in doc.view[m.end(2):pos] \
            or "เหลือ" in doc.view[m.end(2):pos]:
        return False
    n = regex.match(_FIGURE, doc.view[pos:pos + 24])
    old, new = _figure_value(m.group(1)), _figure_value(n.group()) if n else None
    return old is not None and new is not None and new > old


def _picked_from_pool(doc: Document, subject: str, at: int) -> bool:
    """ (rev37s) A subject that names those picked from a pool, which the pool's figure does not count: one opened by
    an agent's ผู้ ("ผู้ผ่านการคัดเลือก") or holding a relative clause ("โรงเรียนที่ผ่านการประเมิน")."""
    toks = [t for t in doc.tokens_after(at, 16) if t.end <= at + len(subject) and t.kind == "word"]
    return subject.startswith(PERSON_NOMINALISER) or any(_relative_word(t.text) for t in toks[1:])


MULTIPLIER = "เท่า"  # "times": a fold of the count right before it
_FOLD_CHANGE = regex.compile(r"[ \u00a0]*(?:เพิ่ม|ลด|ขยายตัว|สูงขึ้น|มากขึ้น)")  # the change the fold measures
ORDINAL = "ที่"
# (rev37s) the classifiers the library does not read are Latin words (url, accounts, TEU); a Thai word right after a
# label's number (ไตรมาส 3, มาตรา 40, เฟส 3, a list's "1.") opens the phrase the fold is of, which the reader found
_UNREAD_CLASSIFIER = regex.compile(r"[A-Za-z]")


def fold_of_unread_count(doc: Document, records: list, subject: Subject, unit_word: str) -> Subject | None | Literal[False]:
    """ "ปิดกั้นเวบพนัน 24,352 url เพิ่มขึ้น 37.6 เท่า": a fold whose phrase opens right after a figure (digits and at
    most a space) took that figure's classifier (url, url/รายการ), which the library does not read as a unit: the fold
    multiplies what that figure counts, named before it. That phrase (the reader's at the figure; its record's subject if
    it is one), or None; False where the phrase does not open right after a figure, no change word (เพิ่ม…, ลด…) follows
    it ("รัชกาลที่ ๗ ขนาด ๔ เท่า": the size's fold) or the figure is an ordinal's (q45); and (rev37s) where the phrase
    opens with no Latin letter or the figure is in a date."""
    if unit_word != MULTIPLIER:
        return False
    m = regex.search("(" + _FIGURE + r")[ \u00a0]?\Z", doc.view[max(0, subject.start - 24):subject.start])
    if m is None or not _FOLD_CHANGE.match(doc.view, subject.end) or not _UNREAD_CLASSIFIER.match(subject.text):
        return False  # (rev37s) a Thai phrase after a number names a thing of its own ("ไตรมาส 3 กำไรสุทธิเพิ่มขึ้น")
    fig = max(0, subject.start - 24) + m.start(1)
    if doc.view[max(0, fig - 4):fig].rstrip(" \u00a0").endswith(ORDINAL) or _date_containing(doc, fig) is not None:
        return False  # "รัชกาลที่ ๗ ขนาด ๔ เท่า": an ordinal's number, no count; "ในปี 2023 GDP เพิ่มขึ้น": a year
    left = 0
    for rec in records:
        if rec.start == fig:
            return None if rec.subject is None else Subject(rec.subject, 0, 0)
        if rec.end <= fig:
            left = max(left, rec.end)
    return subject_before(doc, fig, left_limit=left)


AGE = "อายุ"
_AGE_FROM = regex.compile(AGE + r"[ \u00a0]?(?:ตั้งแต่|ระหว่าง)[ \u00a0]?\Z")  # "age from", "age between"
AGE_UNITS = frozenset(("ปี", "เดือน", "ขวบ"))


def age_from(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "ผู้ที่มีอายุตั้งแต่ 60 ปี ขึ้นไป": an age written with อายุ takes อายุ, as "อายุ 60 ปีขึ้นไป" and "อายุไม่ต่ำกว่า
    60 ปี" do; the reader stops at the preposition ตั้งแต่ (or ระหว่าง) the bound opens with. The word, or None (q45)."""
    if unit_word not in AGE_UNITS:
        return None
    m = _AGE_FROM.search(doc.view, max(left_limit, pos - 16), pos)
    if m is None or not doc.is_boundary(m.start() + len(AGE)) \
            or _NOT_AN_AGE_BEFORE.search(doc.view, max(0, m.start() - 4), m.start()):
        return None  # (rev37s) "ผู้สูงอายุตั้งแต่ 60 ปี", "หมดอายุตั้งแต่ 6 เดือน", "ต่ออายุตั้งแต่ 1 ปี": อายุ ends another word
    return Subject(AGE, m.start(), m.start() + len(AGE))


# (rev37s) a verb or adjective glued before อายุ makes another word: สูงอายุ (elderly), หมดอายุ (expired), ต่ออายุ
# (renewed), ขยายอายุ (extended)
_NOT_AN_AGE_BEFORE = regex.compile(r"(?:สูง|หมด|ต่อ|ขยาย)\Z")


HOLDINGS_REACH = 150  # characters before a count of people searched for the noun their holdings' classifier agrees with
HOLDINGS_GAP = 2  # characters (spaces only) between the people's figure and the holdings' figure


def holdings_of_holders(doc: Document, holders: tuple[int, int], unit_word: str, pos: int,
                        left_limit: int) -> Subject | None:
    """ "ส.ป.ก. ได้จัดที่ดินให้แก่เกษตรกรไปแล้ว 14,071 ราย 16,672 แปลง": a count right after a count of people (only
    a space between the two figures) whose classifier agrees with only some nouns (phrase_words counted_by: แปลง
    counts ที่ดิน, หลัง counts บ้าน) counts what those people were given or hold; the thing is the nearest noun before
    the people's figure, on its line and with no other figure between, that the classifier agrees with (a whole
    token, no longer compound). None when the classifier agrees with no listed noun, or no such noun stands there
    (q46)."""
    nouns = _agreeing_nouns(unit_word)
    start, end = holders
    gap = doc.text[end:pos]
    if not nouns or not gap or len(gap) > HOLDINGS_GAP or gap.strip():
        return None
    lo = max(_effective_limit(doc, left_limit), start - HOLDINGS_REACH)
    line = doc.text.rfind("\n", lo, start)
    lo = line + 1 if line >= 0 else lo
    toks = [t for t in doc.tokens_before(start, 60) if t.start >= lo]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.kind == "number" or any(c.isdigit() for c in t.text):
            return None  # another figure between: the noun is that figure's
        if t.kind == "word" and t.text in nouns:
            return Subject(t.text, t.start, t.end)
    return None


PRICED_GAP = 30  # characters between a price per unit and the amount in that unit that follows it


def priced_thing(doc: Document, money_end: int, money_per: str | None, money_subject: str | None, unit_word: str,
                 pos: int) -> str | None:
    """ "1) ข้าวเปลือกหอมมะลิ 15,000 บาท/ตัน ครัวเรือนละไม่เกิน 14 ตัน": an amount in the unit a price right before it
    is per (the money's per is this unit) counts the thing priced, the money's subject. Only on the same line, with
    no figure between and a short gap, and only when the money's subject names a thing, not a money word (ราคา,
    ค่า, วงเงิน …: percent_subject_words money_frame, anywhere in it) or a discount; None otherwise (q46)."""
    if money_per != unit_word or not money_subject:
        return None
    gap = doc.text[money_end:pos]
    if len(gap) > PRICED_GAP or "\n" in gap or any(c.isdigit() for c in gap):
        return None
    if any(w in money_subject for w in (*words("percent_subject_words", role="money_frame"), DISCOUNT)):
        return None  # "ผู้มีสิทธิได้รับส่วนลดค่าน้ำมัน…": a money word anywhere in it, the money is no thing's price
    toks = [t for t in doc.tokens_after(money_end, 16) if t.end <= pos]
    for k, t in enumerate(toks):
        if t.kind == "word" and word_class(t.text) == "N" and t.text not in PRICED_GAP_NOUNS \
                and not _before_each(toks, k):
            return None  # "ข้าวเปลือกเจ้า 8,000 บาท/ตัน ส่วนปุ๋ยแจก 2 ตัน": a noun between names another thing (rev37t)
    at = doc.text.rfind(money_subject, max(0, money_end - PRICED_REACH), money_end)
    if at < 0:
        return None
    before = doc.text[max(0, at - len(LAST_CONJUNCT_MARKS[0]) - 1):at].rstrip()
    joined = next((w for w in LAST_CONJUNCT_MARKS if before.endswith(w)), None)
    if joined is not None:
        ahead = doc.text[max(0, at - len(joined) - ITEM_JOIN_CHARS):at - len(joined)]
        if not any(c.isdigit() for c in ahead):
            # "กุ้งทะเล หรือหอยทะเล ไร่ละ 11,780 บาท": the money's subject is a list's last conjunct, not the thing;
            # not "… 25 ตัน และข้าวเปลือกเหนียว ตันละ 12,000 บาท": there และ joins items, each with its figures
            return None
    return money_subject


EACH = "ละ"  # glued after the noun of a per-each amount ("ครัวเรือนละไม่เกิน 14 ตัน")


def _before_each(toks: list[Token], k: int) -> bool:
    """True when token `k` is glued, with only nouns between, to a ละ after it: the noun of a per-each amount
    ("ครัวเรือน|ละ", "เกษตรกร|ราย|ละ"), which says whose share the amount is, not what it weighs (rev37t)."""
    for j in range(k + 1, len(toks)):
        if toks[j].start != toks[j - 1].end or toks[j].kind != "word":
            return False
        if toks[j].text == EACH:
            return True
        if word_class(toks[j].text) != "N":
            return False
    return False
PRICED_GAP_NOUNS = ("จำนวน", "ปริมาณ")  # count nouns that may stand between a price and the amount priced


ITEM_JOIN_CHARS = 10  # characters before และ/หรือ in which the previous item's figure ends


PRICED_REACH = 200  # characters before the price's end searched for its subject
LAST_CONJUNCT_MARKS = ("หรือ", "และ")  # before a subject: it is the last item of a list the reader cut


DISCOUNT = "ส่วนลด"  # "ส่วนลดค่าน้ำมัน 5 บาท/ลิตร จำนวน 50 ลิตร": the litres are the fuel's, not the discount's


WHOLE_REACH = 60  # characters between the opening of "ของ X" and the bracket that gives X's count


def whole_in_brackets(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "คิดเป็นร้อยละ 99 ของส่วนราชการทั้งหมด (148 ส่วนราชการ)": a count in brackets right after "ของ X", where X opens
    with the classifier's own noun (a token of its own), gives the size of the whole X: the count counts X. The
    phrase runs from that noun to the bracket, on one line, with a trailing total word (phrase_words trail:
    ทั้งหมด, ทั้งสิ้น) dropped. Only for a classifier of ≥ 3 characters; None otherwise (q46)."""
    if len(unit_word) < 3:
        return None
    end = pos
    while end > 0 and doc.text[end - 1] in " \u00a0":
        end -= 1
    if end == 0 or doc.text[end - 1] != "(":
        return None
    end -= 1
    while end > 0 and doc.text[end - 1] in " \u00a0":
        end -= 1
    lo = max(_effective_limit(doc, left_limit), end - WHOLE_REACH)
    toks = [t for t in doc.tokens_before(end, 30) if t.start >= lo and t.end <= end]
    if not toks or "\n" in doc.text[toks[0].start:end] or "(" in doc.text[toks[0].start:end]:
        return None
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.kind == "word" and t.text.startswith(unit_word) and toks[k - 1].text == OF_WORD \
                and toks[k - 1].end == t.start:
            stop = end
            for w in words("phrase_words", role="trail"):
                if doc.text.endswith(w, t.start, stop) and stop - len(w) > t.start:
                    stop -= len(w)
                    break
            return Subject(doc.text[t.start:stop], t.start, stop)
    return None


# q47: rules written from part W of q47's judged sample (benchmarks/q47_judged.jsonl) and invented sentences; part T
# was only scored. Each reads a short window before the figure, on its line.
Q47_REACH = 160  # characters before the figure searched for a head before a bracketed gloss or ประกอบด้วย
CONSIST = "ประกอบด้วย"
# a bracketed Latin gloss, then a link to the figure: ประกอบด้วย, a short relative clause (ที่ + Thai letters), จำนวน
_GLOSS_LINK = regex.compile(r"(?P<gloss>[ ]?\([A-Za-z][A-Za-z0-9 .,:&'/-]{0,60}\))?[ ]?"
                            r"(?P<link>" + CONSIST + r"|ที่[\u0e01-\u0e4e]{1,30}+)?[ \u00a0]{0,8}+(?:จำนวน[ \u00a0]?)?\Z")
# a ที่ clause ending in a preposition: the figure is its object, not a count of the head (rev38s)
_GLOSS_LINK_PREP = regex.compile(r"(?:ใน|กับ|แก่|จาก|ของ|ต่อ|ถึง|ให้|ยัง|ไปยัง|ผ่าน)\Z")
# units that count people, bodies or places, where an acronym before the figure may be what is counted
_BODY_UNITS = frozenset(("แห่ง", "องค์กร", "หน่วยงาน", "หน่วย", "สถาบัน", "บริษัท", "ศูนย์", "สาขา", "คณะ", "กอง", "ประเทศ",
                         "จังหวัด", "อำเภอ", "ตำบล", "หมู่บ้าน", "ชุมชน", "โรงเรียน", "โรงพยาบาล"))


# places counted by their own classifier ("ครอบคลุมกว่า 200 ประเทศ"): no head before a gloss names them
PLACE_UNITS = frozenset(("ประเทศ", "จังหวัด", "อำเภอ", "ตำบล", "หมู่บ้าน", "เขต", "ภูมิภาค", "ทวีป", "เมือง"))


def head_past_gloss(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "ประสิทธิภาพภาครัฐ (Government Efficiency) ที่ปรับตัวดีขึ้น 3 อันดับ", "โครงการพัฒนาโครงสร้างพื้นฐานที่สำคัญ
    (EEC Project List) ประกอบด้วย 6 โครงการ": a bracketed Latin gloss stops the reader; the phrase before it, read up to
    the bracket, is what is counted. Also "มาตรการเร่งด่วน ประกอบด้วย 3 มาตรการ" with no gloss. After ประกอบด้วย the
    phrase must open with the classifier's own noun (a whole consisting of N of its own kind): "แผนฯ ประกอบด้วย 4
    ยุทธศาสตร์" counts strategies, not the plan. Only where the reader found nothing; the caller leaves out places
    counted by their classifier ("เวสเทิร์น ยูเนี่ยน (Western Union) ที่ให้บริการครอบคลุมกว่า 200 ประเทศ") (q47)."""
    lo = max(_effective_limit(doc, left_limit), pos - Q47_REACH)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    m = _GLOSS_LINK.search(doc.view, lo, pos)
    if m is None or m.group("gloss") is None and m.group("link") != CONSIST:
        return None
    end = m.start()
    while m.group("gloss") is None and doc.view[end - 1:end] in (" ", "\u00a0") and end > lo:
        end -= 1
    found = read_subject(doc, end, left_limit=lo)
    if found is None or found.end != end or len(found.text) < 2:
        return None
    if m.group("link") == CONSIST and not found.text.startswith(unit_word):
        return None
    if not found.text.startswith(unit_word) and (found.text.startswith(_body_heads()) or _GLOSS_LINK_PREP.search(
            m.group("link") or "")):
        # "บริษัทนำเทคโนโลยี… (Artificial Intelligence) ที่พัฒนาขึ้นเองไปใช้ใน 4 โรงงาน": a body, or a clause whose
        # preposition governs the figure (rev38s)
        return None
    return found


# "แบ่งการดำเนินการออกเป็น 2 กลุ่ม": a division into parts; what is divided is no thing the parts count
_DIVIDED = regex.compile(r"(?:(?<!ส่วน)แบ่ง(?!ปัน)|(?<!คัด|แตก|ทาง|สี่|สาม|ห้า)แยก|จำแนก)"
                         r"[\u0e01-\u0e4e]{0,40}+(?<=เป็น)[ ]?(?:จำนวน[ ]?)?\Z")


# rounds, times and phases: "แบ่งการคัดเลือกออกเป็น 3 รอบ" counts the selection's rounds (r10j keeps การคัดเลือก)
CYCLE_UNITS = frozenset(("รอบ", "ครั้ง", "ระยะ", "งวด", "ช่วง", "ภาค", "ปี", "เดือน", "วัน"))


def divided_into(doc: Document, pos: int, left_limit: int) -> bool:
    """ "กิจการก๊าซฯ แบ่งการดำเนินการออกเป็น 2 กลุ่ม", "แยกขยะเป็น 3 ประเภท": a classifier right after (แบ่ง|แยก|
    จำแนก)…เป็น counts the parts a thing is divided into; the classifier names them, so no subject (q47). The caller
    keeps counts of people ("ผู้ป่วย 30 ราย แยกเป็น 20 ราย …") and a phrase opening with the classifier's own noun
    ("แบ่งตามกลุ่มข้อหาความผิดเป็น 3 กลุ่ม": the groups themselves)."""
    lo = max(_effective_limit(doc, left_limit), pos - 60)
    # (rev38s: not แยก inside คัดแยก/แตกแยก/ทางแยก, nor แบ่ง inside ส่วนแบ่ง; a guard against a rise "…เพิ่มขึ้นเป็น N"
    # was tried and dropped: it made one annotated row worse, none better)
    return _DIVIDED.search(doc.view, lo, pos) is not None


_ANOTHER = regex.compile(r"[ ]?อีก[ ]?(?:จำนวน[ ]?)?\Z")


def another_of_same(doc: Document, last, pos: int, unit_word: str) -> str | None:
    """ "ให้เอกชนเช่าพื้นที่ 4 แปลง อีก 1 แปลงเป็นพื้นที่ส่วนกลาง": อีก right after a figure of the same classifier
    (only a space between) counts more of what that figure counts: its subject (q47)."""
    if last is None or getattr(last, "unit", None) != unit_word or not getattr(last, "subject", None):
        return None
    gap = doc.view[last.end:pos]
    if len(gap) > 8 or not _ANOTHER.fullmatch(gap):
        return None
    at = doc.view.rfind(last.subject, max(0, last.start - 200), last.start)
    if at < 0 or any(t.text in (RELATIVE, WHICH) for t in doc.tokens_after(at, 30) if t.end <= at + len(last.subject)):
        return None  # "โรงเรียนที่ผ่านการประเมิน 45 แห่ง อีก 5 แห่งไม่ผ่าน": the clause need not hold (rev38s)
    return last.subject


_THAI_ACRONYM = regex.compile(r"(?:[\u0e01-\u0e2e]{1,5}\.){1,4}+[\u0e01-\u0e2e]{0,5}+\.?")


def noun_before_owner_acronym(doc: Document, found: Subject, unit_word: str, left_limit: int) -> Subject | None:
    """ "เห็นชอบร่างระเบียบและประกาศ กนช. 6 ฉบับ": a dotted Thai acronym alone after a space is the body owning the
    noun before it, when the classifier counts no bodies or people (ฉบับ, เรื่อง, โครงการ): the noun and the acronym.
    The noun must end right at that space ("ได้รับอนุมัติจาก กนช. 6 ฉบับ" keeps the acronym) (q47)."""
    if unit_word in _BODY_UNITS or not _THAI_ACRONYM.fullmatch(found.text) or found.start < 2 \
            or doc.view[found.start - 1] != " " or not "\u0e01" <= doc.view[found.start - 2] <= "\u0e4e":
        return None
    head = read_subject(doc, found.start - 1, left_limit=left_limit)
    if head is None or head.end != found.start - 1 or _THAI_ACRONYM.fullmatch(head.text) \
            or head.text.startswith(_body_heads()) or _names_people(head.text):
        return None  # "ที่ประชุมมอบหมาย ป.ป.ช. 2 เรื่อง": a body or people and its verb, no noun owned (rev38s)
    toks = [t for t in doc.tokens_after(head.start, 4) if t.end <= head.end]
    start = head.start
    if len(toks) >= 2 and toks[0].kind == "word" and toks[1].kind == "word" and word_class(toks[0].text) == "V":
        start = toks[1].start  # "เห็นชอบ|ร่างประกาศ กสทช.": a leading verb the reader kept
    return Subject(doc.text[start:found.end], start, found.end)


_JOINED_ITEM = regex.compile(r"[ ]?(?:และ|หรือ|,)[ ]?")


def glued_to_last_classifier(doc: Document, last, found: Subject, unit_word: str, pos: int) -> bool:
    """ "กำหนดเป็น 10 หมวดสินค้า และ 1 หมวดบริการ": the reader crossed และ and took the word glued to the figure
    before's classifier, of the same classifier: that word names the earlier item, not this one (q47)."""
    return last is not None and getattr(last, "unit", None) == unit_word and found.start == last.end \
        and _JOINED_ITEM.fullmatch(doc.view[found.end:pos]) is not None


# a second predicate joined by และ and an auxiliary: "…ที่สำคัญและได้รับรองมติการประชุม"
_AND_AUX = regex.compile(r"และ(?:ได้(?!เปรียบ|เสีย)|จะ|ยัง(?!ชีพ)|ต้อง(?!ขัง|ห้าม)"
                         r"|กำลัง(?!พล|การ|ไฟ|คน|ซื้อ|แรง|ทหาร|ผลิต|ส่ง|ใจ)|เคย)")
# (rev38s: กำลังพล, กำลังการผลิต, ถุงยังชีพ, ต้องห้าม are nouns)
_IMPORTANT = "ที่สำคัญ"  # "important": a fixed modifier, no relative clause


def without_joined_predicate(subject: str | None) -> str | None:
    """ "ที่ประชุมได้พิจารณาและมีมติในเรื่องเชิงนโยบายที่สำคัญและได้รับรองมติการประชุมเรียบร้อยแล้ว จำนวน 5 เรื่อง": และ
    then an auxiliary (ได้, จะ, ยัง, ต้อง, กำลัง, เคย) opens the clause's next predicate; the subject ends before it (q47)."""
    if not subject:
        return subject
    m = _AND_AUX.search(subject)
    if m is None or m.start() < 2 or "ที่" in subject[:m.start()].replace(_IMPORTANT, "") or "ซึ่ง" in subject[:m.start()]:
        return subject  # "โครงการที่ผ่านการพิจารณาและได้รับอนุมัติ": the relative clause goes on
    return subject[:m.start()]


THROUGH = "ผ่าน"
_EVENT_UNITS = frozenset(("ครั้ง", "รอบ", "วัน", "ครั้ง/ปี"))


def act_run_opens(doc: Document, found: Subject) -> bool:
    """The run of Thai letters (no space) holding `found` opens with การ, at most 40 characters before it: the phrase
    is part of an act written as one run ("การขับเคลื่อน|ยุทธศาสตร์ชาติผ่านแผน")."""
    lo = max(0, found.start - 40)
    k = found.start
    while k > lo and "\u0e01" <= doc.view[k - 1] <= "\u0e4e":
        k -= 1
    return doc.view.startswith("การ", k)


CHANNEL_LEVEL_UNITS = frozenset(("ระดับ",))  # levels a channel has: "ผ่านกลไก 3 ระดับ" (q47 W #87)


def channel_of_act(subject: str | None, unit_word: str) -> str | None:
    """ "การขับเคลื่อนยุทธศาสตร์ชาติผ่านแผน 3 ระดับ": an act (การ…) done through something counted in a classifier of
    things counts that something, the phrase after ผ่าน. Not "ผ่านการ…" (passed), not a count of events (ครั้ง, รอบ)
    (q47). The phrase after ผ่าน, or None where the rule does not apply."""
    if not subject or unit_word in _EVENT_UNITS:
        return None
    k = subject.find(THROUGH, 3)
    if k < 0 or subject.find(THROUGH, k + 1) >= 0:
        return None
    rest = subject[k + len(THROUGH):]
    if not rest.startswith(unit_word) and unit_word not in CHANNEL_LEVEL_UNITS:
        return None  # "การจำหน่ายสินค้าผ่านช่องทางออนไลน์ 500 รายการ": the items, not the channel (rev38s)
    if len(rest) < 2 or rest.startswith(("การ", " ", "มา", "พ้น", "เกณฑ์", "ความ")) or subject[k - 3:k] == "ที่":
        return None
    return rest


# the pieces the reader may be stopped by between a phrase and its count: a bracket, a meeting's number, a date (with
# เมื่อ/วันที่ before it), a goal's complement (ให้ครบ, ให้ได้), จำนวน; read right to left
_STEP_COUNT = regex.compile(r"[ ]?จำนวน[ ]?\Z")
_STEP_MEETING = regex.compile(r"[ ]?ครั้งที่[ ]?[0-9๐-๙]{1,4}+(?:/[0-9๐-๙]{2,4}+)?[ ]?\Z")
_STEP_DATE_LEAD = regex.compile(r"[ ]?(?:เมื่อ(?:วันที่)?|วันที่|ณ(?:[ ]?วันที่)?)[ ]?\Z")
_STEP_GOAL = regex.compile(r"[ ]?ให้(?:ครบ|ได้|ถึง)[ ]?\Z")
_DATE_BOUND = regex.compile(r"(?:แต่|จาก|ถึง|ก่อน|หลัง|ภายใน)[ ]?\Z")  # a date as a bound: นับแต่, ตั้งแต่, จนถึง …
SKIP_STEPS = 6  # pieces stepped over at most
BRACKET_CHARS = 40  # characters inside a bracket stepped over


VACCINE, DOSE = "วัคซีน", "โดส"
TIME_WORDS = frozenset(("เดือน", "วัน", "ปี", "ช่วง", "ระหว่าง", "ประจำปี", "ปีงบประมาณ", "พ.ศ."))


def head_past_asides(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "เสนอมติคณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) ครั้งที่ 1/2564 (ครั้งที่ 153) เมื่อวันที่ 1 เมษายน 2564 จำนวน
    5 เรื่อง", "เห็นชอบแผนการจัดหาวัคซีน… ให้ครบ จำนวน 150,000,000 โดส": where the reader found nothing, step right to
    left over brackets, a meeting's number, a date (and เมื่อ/วันที่ before it), a goal's complement (ให้ครบ/ให้ได้/
    ให้ถึง) and จำนวน, at least one piece other than จำนวน and other than a date, on the figure's line; the phrase
    ending right there (q47). Over a date alone ("งานวันเด็กแห่งชาติเมื่อวันที่ 14 มกราคม 2566 จำนวน 5,000 คน": an event,
    no subject) `quantity_gaps.head_before_date` decides (l38)."""
    lo = max(_effective_limit(doc, left_limit), pos - Q47_REACH)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    e, stepped, dated = pos, 0, 0
    for _ in range(SKIP_STEPS):
        m = _STEP_COUNT.search(doc.view, lo, e) or _STEP_MEETING.search(doc.view, lo, e) \
            or _STEP_GOAL.search(doc.view, lo, e)
        if m is not None:
            stepped += m.re is not _STEP_COUNT
            e = m.start()
            continue
        k = e - 1 if doc.view[e - 1:e] != " " else e - 2
        if k >= lo and doc.view[k] == ")":
            o = doc.view.rfind("(", max(lo, k - BRACKET_CHARS), k)
            if o < 0 or ")" in doc.view[o:k]:
                break
            e, stepped = o, stepped + 1
            continue
        start = _date_containing(doc, k) if k >= lo else None
        if start is not None and start >= lo:
            e, stepped, dated = start, stepped + 1, dated + 1
            lead = _STEP_DATE_LEAD.search(doc.view, lo, e)
            if lead is not None:
                e = lead.start()
            if _DATE_BOUND.search(doc.view, lo, e):
                return None  # "ภายใน 30 วัน นับแต่วันที่ 1 มกราคม 2564": a bound of a time, no aside
            continue
        break
    if not stepped or stepped == dated:
        return None  # (l38) a date alone stepped over: quantity_gaps.head_before_date reads it, with rev38q's checks
    if doc.view[e - 1:e] == " ":
        e -= 1
    found = read_subject(doc, e, left_limit=lo)
    if found is None or found.end != e or len(found.text) < 2 or only_a_time(found.text) \
            or found.text in TIME_WORDS:
        return None  # "ภายในเดือน|กันยายน 2563 จำนวน 1 โครงการ": the date's own word
    if not found.text.startswith(unit_word) and unit_word not in GENERIC_BODY_UNITS \
            and found.text.startswith(tuple(PLACE_UNITS) + _body_heads()):
        return None  # "ตรวจราชการจังหวัดเชียงราย (อ.แม่สาย) จำนวน 3 จุด": the place or body, not the points (rev38s)
    k = found.text.find(VACCINE)
    if unit_word == DOSE and k > 0:
        return Subject(found.text[k:], found.start + k, found.end)  # "แผนการจัดหา/จัดซื้อ|วัคซีน…": the doses' vaccine
    return found


_MAIN_PREDICATE = regex.compile(r"ได้(?!รับ)|ให้|สั่ง")  # after a ซึ่ง clause: the sentence's own predicate
PEOPLE_BACK_REACH = 250  # characters before a count of people searched for the people a clause or an affiliation follows
WHICH = "ซึ่ง"


def people_one_step_back(doc: Document, subject: str, pos: int, left_limit: int) -> Subject | None:
    """A count of people whose phrase names no people, one step after the people it counts: an affiliation after a
    space ("แต่งตั้งข้าราชการพลเรือนสามัญให้ดำรงตำแหน่งผู้ตรวจราชการกระทรวง สำนักงานปลัดกระทรวง จำนวน 2 ราย": the
    office the post belongs to) or a ซึ่ง clause on the people ("กรรมการผู้ทรงคุณวุฒิซึ่งมีผลงานและประสบการณ์ด้าน…
    ด้านสังคมสงเคราะห์ที่เกี่ยวข้อง จำนวนไม่เกิน 5 คน": a field of their experience). The people phrase that ends right
    before the space or the ซึ่ง, on the figure's line, or None (q47)."""
    if _names_people(subject):
        return None
    lo = max(_effective_limit(doc, left_limit), pos - PEOPLE_BACK_REACH)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    at = doc.view.rfind(subject, lo, pos)
    if at < 0:
        return None
    ends = []
    if subject.startswith(_body_heads()) and doc.view[at - 1:at] == " ":
        ends.append(at - 1)  # an affiliation after a space
    which = doc.view.rfind(WHICH, lo, at)
    # not across the sentence's predicate: "…ซึ่งลงพื้นที่ได้สั่งการให้อพยพ…" (rev38s)
    if which > lo and not _MAIN_PREDICATE.search(doc.view, which, at):
        ends.append(which)  # a ซึ่ง clause before the phrase
    for end in ends:
        head = read_subject(doc, end, left_limit=lo)
        if head is None or head.end != end:
            continue
        for k in range(len(head.text) - 1):
            # "ดำรงตำแหน่ง|ผู้ตรวจราชการกระทรวง": a leading verb and its object kept by the reader; the people after it
            if (k == 0 or doc.is_boundary(head.start + k)) and _names_people(head.text[k:]):
                return Subject(head.text[k:], head.start + k, head.end)
    return None


# a list item's enumerator, then its header up to the figure (no digit, bracket or line break inside)
_ITEM_HEADER = regex.compile(r"(?:\([0-9๐-๙]{1,2}\)|(?<![0-9๐-๙.])[0-9๐-๙]{1,2}\))[ ]?(?P<head>[^0-9๐-๙()\n]{2,70}?)[ ]?"
                             r"(?:จำนวน[ ]?)?\Z")


_HEADER_PREDICATE = regex.compile(r" (?:ได้|จะ|ยัง|กำลัง|อยู่ระหว่าง|ต้อง|แล้ว|มี|เป็น)")


def item_header_echo(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "(2) เรื่องที่เห็นชอบให้เสนอ กนช. พิจารณา 7 เรื่อง": a list item's header that opens with the classifier's own
    noun and runs to the figure is what the item counts, verbs, acronyms and spaces inside it kept (the reader stops at
    the acronym). Only where the reader found nothing (q47)."""
    lo = max(_effective_limit(doc, left_limit), pos - 90)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    m = _ITEM_HEADER.search(doc.view, lo, pos)
    if m is None:
        return None
    head = m.group("head").strip()
    if not head.startswith(unit_word) or head == unit_word or head.endswith(("ละ", "ได้แก่", "ประกอบด้วย")):
        return None
    start = m.start("head") + (len(m.group("head")) - len(m.group("head").lstrip()))
    pred = _HEADER_PREDICATE.search(head)
    if pred is not None:  # "(1) เรื่องร้องเรียนที่ได้รับ ได้ดำเนินการแล้วเสร็จ 45 เรื่อง": its predicate (rev38s)
        head = head[:pred.start()]
        if head == unit_word or head.endswith((RELATIVE, WHICH)) or _THAI_ACRONYM.search(head):
            return None
    return Subject(doc.text[start:start + len(head)], start, start + len(head))


TITLES_REACH = 400  # characters before a total searched for the items it sums
_TOTAL_BEFORE = regex.compile(r"รวม(?:ทั้งสิ้น|ทั้งหมด)?[ ]?\Z")
AND, TOTAL = "และ", "รวม"
ITEM_JOINS = 4  # และ read back from a total at most
SHARED_MIN = 6  # characters the items' shared opening holds at least


GENERIC_BODY_UNITS = frozenset(("แห่ง", "หน่วยงาน", "องค์กร", "หน่วย"))  # classifiers any body is counted by


def shared_head_of_items(doc: Document, pos: int, left_limit: int, unit_word: str = "") -> Subject | None:
    """ "ร่างกฎ ก.พ. ว่าด้วยหลักเกณฑ์… พ.ศ. .... และร่างกฎ ก.พ. ว่าด้วยการให้… พ.ศ. .... รวม 2 ฉบับ": a total after items
    joined by และ that open alike counts what the items are, their shared opening cut before its first verb,
    preposition or conjunction after a noun (ร่าง|กฎ ก.พ.|ว่าด้วย → ร่างกฎ ก.พ.). The last item runs from a และ to the
    total word (รวม, or the qualifier รวม the caller stepped over; not จำนวน: "ป้องกันและบรรเทาสาธารณภัย … จากกรม
    ป้องกันและบรรเทาสาธารณภัย จำนวน 1 ลำ"), the earlier one opens with the same
    words on the figure's line. Only where the reader found nothing (q47)."""
    lo = max(_effective_limit(doc, left_limit), pos - TITLES_REACH)
    line = doc.text.rfind("\n", lo, pos)
    lo = line + 1 if line >= 0 else lo
    m = _TOTAL_BEFORE.search(doc.view, max(lo, pos - 12), pos)
    if m is None and not doc.view.startswith(TOTAL, pos):
        return None  # no total: "ทั้งเมนูอาชีพด้านปศุสัตว์ … และเมนูอาชีพด้านประมง โดยสามารถ… ได้ 2 ช่องทาง"
    end = m.start() if m is not None else pos
    while end > lo and doc.view[end - 1] == " ":
        end -= 1
    k = doc.view.rfind(AND, lo, end)
    best, best_first = 0, -1
    for _ in range(ITEM_JOINS):  # the longest shared opening over the last few และ: one inside an item shares less
        if k <= lo:
            break
        first = k + len(AND)
        while first < end and doc.view[first] == " ":
            first += 1
        item = doc.view[first:end]
        j = doc.view.find(item[:SHARED_MIN], lo, k) if len(item) >= SHARED_MIN and doc.is_boundary(first) else -1
        while 0 <= j < k:
            n = 0
            while n < len(item) and j + n < k and doc.view[j + n] == item[n]:
                n += 1
            if n > best and doc.is_boundary(j):
                best, best_first = n, first
            j = doc.view.find(item[:SHARED_MIN], j + 1, k)
        k = doc.view.rfind(AND, lo, k)
    head = _cut_head(doc, best_first, best_first + best) if best >= SHARED_MIN else None
    if head is None or head.text.startswith(tuple(PLACE_UNITS)) \
            or head.text.startswith(_body_heads()) and not head.text.startswith(unit_word) \
            and unit_word not in GENERIC_BODY_UNITS:
        return None  # "อำเภอน้ำหนาว อำเภอหล่มเก่า และอำเภอหล่มสัก รวม 39 ครอบครัว": places the count is in;
        # "สำนักงานเขตพื้นที่… เขต 1 และสำนักงานเขตพื้นที่… เขต 2 รวม 150 โรงเรียน": the offices owning them (rev38s)
    return head


def _cut_head(doc: Document, start: int, end: int) -> Subject | None:
    """The opening [start, end) kept up to its first verb, preposition, conjunction or auxiliary after a noun, on
    token boundaries, without trailing spaces."""
    toks = [t for t in doc.tokens_after(start, 20) if t.end <= end]
    keep, noun = start, False
    for t in toks:
        cls = word_class(t.text) if t.kind == "word" else ("SPACE" if not t.text.strip() else "N")
        if noun and cls in ("V", "P", "C", "AUX", "ADV"):
            break
        if cls != "SPACE":
            noun = noun or cls == "N"
            keep = t.end
    text = doc.text[start:keep]
    if not noun or len(text) < SHARED_MIN:
        return None
    return Subject(text, start, keep)


# a relative clause run on to the figure with no space: ที่ + Thai letters, then จำนวน or ใน at most
_RELATIVE_RUN = regex.compile(r"ที่(?!ผ่านมา)(?P<clause>[\u0e01-\u0e4e]{2,50}+)\Z")
_RUN_TAIL = regex.compile(r"(?:จำนวน|ใน|รวม|ทั้งสิ้น|ทั้งหมด|อีก|เพิ่มเติม)\Z")
_MOSTLY = regex.compile(r"ส่วน(?:ใหญ่|มาก)")  # "mostly": the clause's predicate follows ("…ที่ลงทะเบียน|ส่วนใหญ่อยู่ใน…")
# the figure's own predicate at a clause's end (rev38s: เหลือ, "…ลดลงเหลือ 300 ราย")
_CHANGE_END = regex.compile(r"(?:เพิ่ม|ลด|สูง|ต่ำ|มาก|น้อย|ขึ้น|ลง|กว่า|ถึง|อยู่|ได้|แล้ว|เป็น|มี|คือ|ละ|เหลือ)\Z")
RANK = "อันดับ"


def with_relative_run(doc: Document, found: Subject, unit_word: str, pos: int) -> Subject | None:
    """ "มีจำนวนผู้ป่วยที่รักษาตัวในโรงพยาบาลจำนวน 25,973 ราย", "การเปลี่ยนแปลงแนวปฏิบัติที่สำคัญในระบบการเงินของไทยใน 3
    เรื่อง": a relative clause running from the reader's phrase to the figure with no space is part of what is counted
    (the reader cut it at its preposition); the clause without a trailing จำนวน/ใน/รวม. Not a top-N (อันดับ: dev-05
    keeps the head), not ที่ผ่านมา, not a clause ending in a change, comparison, auxiliary or copula word (the
    figure's predicate) (q47)."""
    if unit_word.startswith(RANK):
        return None
    gap = doc.view[found.end:pos].rstrip(" \u00a0")
    m = _RELATIVE_RUN.fullmatch(gap) if gap.startswith("ที่") else None
    if m is None:
        return None
    clause = m.group("clause")
    mostly = _MOSTLY.search(clause)
    if mostly is not None:
        clause = clause[:mostly.start()]
    tail = _RUN_TAIL.search(clause)
    if tail is not None:
        clause = clause[:tail.start()]
    if len(clause) < 2 or _CHANGE_END.search(clause) or names_a_giver(clause):
        return None  # "มูลนิธิที่กระทรวงมหาดไทยเสนอให้จดทะเบียนใหม่อีก 4 แห่ง": a clause with its agent is left cut (r10b)
    end = found.end + len("ที่") + len(clause)
    if not doc.is_boundary(end):
        return None
    return Subject(doc.text[found.start:end], found.start, end)
