"""Quantity subjects the reader leaves null where the text names what is counted across a gap (issue 10, q48).

Each rule runs only where the quantity's subject is still None (capacity_object also where the reader read only the
words after กำลัง), after every other rule of extractors/quantities.py; each reads a bounded stretch before the
figure, so the pass stays linear. The other rules: `head_before_date`, `capacity_object`, `holder_of_age`,
`people_before_goal`, `dose_list_shared`, `echo_before_each`, `next_round_shared` (each docstring has its sentence).

`shared_across_time`: "มีเหตุขัดข้องในเดือนมิถุนายน 2565 จำนวน 19 ครั้ง และเดือนกรกฎาคม 2565 จำนวน 17 ครั้ง" — the second
item of a list of periods shares the first item's subject.

`denominator_of_from`: "ติดตั้งระบบความปลอดภัยอัจฉริยะ (ADAS) อย่างน้อย 4 จาก 6 ระบบ" — the whole of an "x จาก y" counts
what the phrase before x names.

`pregnancy_age`: "สตรีมีครรภ์อายุครรภ์ 4 เดือนขึ้นไป" — an age of pregnancy takes อายุครรภ์, as an age written with อายุ
takes อายุ.

`topic_of_listed_have`: "จุดอ่อนของอุตสาหกรรมนี้มี 2 เรื่อง คือ 1) …" — a count of items (เรื่อง, ข้อ, ประการ …) after
มี, with the items listed right after it, counts the phrase before มี.
"""
from __future__ import annotations

import bisect

import regex

from .document import Document
from .phrases import Subject, _body_heads, _date_spans, _names_people, read_subject, word_class
from .lexicon import words
from .records import Token

LIST_REACH = 60  # characters between two items of a list of periods (the connector, the period, a count word)
MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
          "พฤศจิกายน", "ธันวาคม")
# a period: a date record (masked as NUL) or a bare month name ("ในเดือนมกราคม" is no date record)
_PERIOD = r"(?:\x00|%s)" % "|".join(MONTHS)
_PERIOD_ITEM = regex.compile(
    r"[ \u00a0]{0,3}+(?:และ|หรือ|ส่วน|,)?+[ \u00a0]{0,3}+(?:ใน|ช่วง|ณ|ประจำ)?+(?:เดือน|ปี|วันที่|ไตรมาส(?:ที่)?)?+"
    r"[ \u00a0]{0,3}+" + _PERIOD + r"[ \u00a0]{0,3}+(?:จำนวน|รวม|มี)?+[ \u00a0]{0,3}+")
_TRAILING_PERIOD = regex.compile(r"(?:ใน|ช่วง|ประจำ)?+(?:เดือน|ปี)?+[ \u00a0]?+(?:%s)\Z" % "|".join(MONTHS))


def _dates_masked(doc: Document, lo: int, hi: int) -> str:
    """doc.view[lo:hi] with every date record in it written as one NUL character."""
    starts, ends = _date_spans(doc)
    out, at = [], lo
    k = max(0, bisect.bisect_right(starts, lo) - 1)
    while k < len(starts) and starts[k] < hi:
        if ends[k] > at and starts[k] >= at:
            out.append(doc.view[at:starts[k]])
            out.append("\x00")
            at = min(ends[k], hi)
        k += 1
    out.append(doc.view[at:hi])
    return "".join(out)


# (rev38q) words that make a phrase a clause or a restricted set, not the name of what is counted: a relative
# clause's opener, a place preposition; and the classes of verbs and auxiliaries
_CLAUSE_WORDS = frozenset(("ที่", "ซึ่ง", "อัน", "ใน", "ได้", "แล้ว"))
_CLAUSE_CLASSES = frozenset(("V", "AUX"))
# (rev38q) heads of a body, a meeting or a place: what owns or hosts the things counted, never the things
_MEETING_HEADS = ("ที่ประชุม", "การประชุม")


def _clause_inside(doc: Document, start: int, end: int) -> bool:
    """(rev38q) A word after the phrase's first, inside doc.view[start:end], opens a clause or is a verb or an
    auxiliary: "โรงเรียนที่ผ่านการประเมิน", "ศูนย์ได้รับแจ้งเหตุ…", "อำเภอเมืองได้รับความเสียหาย". Strict: a noun with a
    glued verb ("ประเทศคู่|ค้า") is lost too (null rather than a clause read as the thing counted)."""
    inside = [t for t in doc.tokens_before(end, 16) if t.start >= start and t.kind == "word"]
    return any(t.text in _CLAUSE_WORDS or word_class(t.text) in _CLAUSE_CLASSES for t in inside[1:])


def _owner_or_place(text: str) -> bool:
    """(rev38q) A phrase opened by a body's head, a meeting or a place unit (จังหวัด, อำเภอ …) names who or where,
    not what is counted: "กรมป้องกันและบรรเทาสาธารณภัยในเดือน…", "จังหวัดขอนแก่นในปี 2565 จำนวน 15 อำเภอ"."""
    return text.startswith(_body_heads()) or text.startswith(_MEETING_HEADS) \
        or text.startswith(tuple(words("subject_context_words", role="place_unit")))


def shared_across_time(doc: Document, last, unit_word: str, pos: int) -> str | None:
    """ "มีเหตุขัดข้องในเดือนมิถุนายน 2565 จำนวน 19 ครั้ง และเดือนกรกฎาคม 2565 จำนวน 17 ครั้ง": a count whose only words
    before it, after the count just before, are a connector, one period (a date record, with ใน/เดือน/ปี …) and a count
    word, in the same unit as that count, repeats that count's subject for another period. Only where the count before
    was itself written with a period between its subject and its figure (so the two items are alike); None otherwise."""
    if last is None or getattr(last, "subject", None) is None or getattr(last, "unit", None) != unit_word:
        return None
    if pos - last.end > LIST_REACH or "\n" in doc.view[last.end:pos]:
        return None
    if _PERIOD_ITEM.fullmatch(_dates_masked(doc, last.end, pos)) is None:
        return None
    at = doc.view.rfind(last.subject, max(0, last.start - 120), last.start)
    if at < 0 or regex.search(_PERIOD, _dates_masked(doc, at, last.start)) is None:
        return None
    # "เหตุเพลิงไหม้ในเดือนมกราคม 12 ครั้ง และเดือนกุมภาพันธ์ 9 ครั้ง": the first item's month is no part of the thing
    cut = _TRAILING_PERIOD.search(last.subject)
    subject = last.subject[:cut.start()] if cut is not None and cut.start() >= 3 else last.subject
    if _owner_or_place(subject) or _clause_inside(doc, at, at + len(subject)) or subject == unit_word:
        return None  # (rev38q) a body, a place, a clause or the classifier alone is not repeated for the second item
    return subject if cut is None or cut.start() >= 3 else None


# x of "x จาก y", not an ordinal's or a label's number ("ลำดับที่ 114 จาก 217 ประเทศ", "ชั้น 5 จาก 5 ชั้น")
# (rev38q) nor "X เป็น 1 จาก 5 ประเทศ" (X is one of the five) nor a bare 1 ("ประเทศไทย 1 จาก 5 ประเทศ")
_FROM_BEFORE = regex.compile(r"(?<!ที่[ \u00a0]?|ลำดับ[ \u00a0]?|อันดับ[ \u00a0]?|ชั้น[ \u00a0]?|ข้อ[ \u00a0]?|ครั้ง[ \u00a0]?|ฉบับ[ \u00a0]?|เป็น[ \u00a0]?|[0-9๐-๙,./])"
                             r"(?:อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า|กว่า)?+[ \u00a0]?+[0-9๐-๙]{1,4}+[ \u00a0]?+จาก[ \u00a0]?+\Z")


def denominator_of_from(doc: Document, out: list, pos: int, unit_word: str) -> Subject | None:
    """ "ต้องมีการติดตั้งระบบความปลอดภัยอัจฉริยะ (ADAS) อย่างน้อย 4 จาก 6 ระบบ": the whole of a bare "x จาก y" (x a figure
    with no unit of its own) counts what the phrase read before x names, where that phrase opens with the classifier's
    own noun (of ≥ 3 characters): "ผ่านเกณฑ์ 4 จาก 6 ด้าน" reads a clause, not the aspects, and stays null."""
    if len(unit_word) < 3:
        return None
    m = _FROM_BEFORE.search(doc.view, max(0, pos - 24), pos)
    if m is None or regex.match(r"[^0-9๐-๙]*+[1๑][ \u00a0]?+จาก", m.group()) is not None:
        return None
    if out and out[-1].end > m.start():
        return None  # x is a record of its own ("4 คน จาก 6 คน"): its subject is read there
    left_limit = max(0, out[-1].end if out else 0, m.start() - 200)
    found = read_subject(doc, m.start(), left_limit=left_limit, _counted=True)
    if found is None or not found.text.startswith(unit_word) or found.text == unit_word or _names_people(found.text):
        return None
    if _clause_inside(doc, found.start, found.end):
        return None  # (rev38q) "โรงเรียนที่ผ่านการประเมิน 12 จาก 20 โรงเรียน": the clause names the 12, not the 20
    return found


_COUNT_WORDS_BEFORE = regex.compile(r"[ \u00a0]?+(?:จำนวน|รวม|ทั้งสิ้น|ทั้งหมด){0,2}+[ \u00a0]?+\Z")
_DATE_OPENER = regex.compile(r"(?:ตั้งแต่|จนถึง|ณ|ระหว่าง|เมื่อ|ภายใน|ใน(?:ช่วง)?+|ประจำ)(?:วันที่|เดือน|ปี(?:งบประมาณ)?+|ไตรมาส(?:ที่)?+)?+"
                             r"[ \u00a0]?+\Z")
SPACED_RUN = 15  # characters of a spaced run glued to the date's opener, kept with the people before it


def head_before_date(doc: Document, out: list, pos: int, left_limit: int, unit_word: str = "", rec_end: int = -1,
                     counts_people: bool = False) -> Subject | None:
    """ "ทำให้มียอดผู้ป่วย ยืนยันสะสมตั้งแต่ 1 ม.ค. 65 จำนวน 2,231,585 ราย": a count after a date opened by ตั้งแต่,
    จนถึง or ณ (and a count word) counts what the phrase before the opener names. Where the reader reads nothing there
    because a spaced run (ยืนยันสะสม) glued to the opener follows people, the people with that run. The reading
    crosses the date record (the caller's left limit is its end), not the quantity before it."""
    m = _COUNT_WORDS_BEFORE.search(doc.view, max(left_limit, pos - 24), pos)
    end = m.start() if m is not None else pos
    starts, ends = _date_spans(doc)
    k = bisect.bisect_right(starts, end - 1) - 1
    if k < 0 or ends[k] != end or starts[k] < left_limit and left_limit != ends[k]:
        return None
    left_limit = max(out[-1].end if out else 0, starts[k] - 200)
    if left_limit >= starts[k]:
        return None
    opener = _DATE_OPENER.search(doc.view, max(left_limit, starts[k] - 16), starts[k])
    if opener is None or opener.start() <= left_limit or not doc.is_boundary(opener.start()):
        return None  # (rev38q) an opener at a word's start: not the ใน of ภายใน read alone
    at = opener.start()
    found = read_subject(doc, at, left_limit=left_limit, _counted=True)
    if found is not None:
        # (rev38q) not a body, a meeting or a place ("ที่ประชุมคณะรัฐมนตรีเมื่อวันที่ …"), nor a clause with its verb
        # ("อำเภอเมืองได้รับความเสียหายเมื่อวันที่ …"); people may keep their verb ("ผู้ได้รับผลกระทบ ณ วันที่ …")
        if _owner_or_place(found.text) or not _names_people(found.text) and _clause_inside(doc, found.start, found.end):
            return None
        # (rev38q) a count of people counts people ("งานวันเด็กแห่งชาติเมื่อวันที่ … จำนวน 5,000 คน": the event, null);
        # a count of other things only a phrase whose items are listed right after ("มติ… เมื่อวันที่ … จำนวน 5 เรื่อง
        # ได้แก่"), not an event ("พายุโซนร้อนเมื่อวันที่ … จำนวน 120 หลัง") nor the classifier alone
        if found.text == unit_word or (not _names_people(found.text) if counts_people
                                       else rec_end < 0 or _LIST_AFTER.match(doc.view, rec_end) is None):
            return None
        before = doc.tokens_before(found.start, 1)
        if before and before[-1].kind == "word" and word_class(before[-1].text) in ("P", "C"):
            return None  # (rev38q) "ความร่วมมือระหว่างไทยกับ|ญี่ปุ่นเมื่อวันที่": the reader's phrase is a longer one's tail
        return found
    space = doc.view.rfind(" ", max(left_limit, at - SPACED_RUN - 1), at)
    if space < 0 or not _THAI_RUN.fullmatch(doc.view, space + 1, at):
        return None
    people = read_subject(doc, space, left_limit=left_limit, _counted=True)
    if people is None or people.end != space or not _names_people(people.text):
        return None
    return Subject(doc.view[people.start:at], people.start, at)


_THAI_RUN = regex.compile(r"[\u0e01-\u0e4e]{2,%d}+" % SPACED_RUN)


PREGNANCY_AGE = "อายุครรภ์"
_PREGNANCY_AGE = regex.compile(r"อายุครรภ์[ \u00a0]?+(?:ตั้งแต่|ไม่ต่ำกว่า|ไม่น้อยกว่า|มากกว่า|เกิน|ระหว่าง|ครบ)?+[ \u00a0]?+\Z")
PREGNANCY_UNITS = frozenset(("เดือน", "สัปดาห์", "วัน"))


def pregnancy_age(doc: Document, pos: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "สตรีมีครรภ์อายุครรภ์ 4 เดือนขึ้นไป": an age of pregnancy in months, weeks or days takes อายุครรภ์."""
    if unit_word not in PREGNANCY_UNITS:
        return None
    m = _PREGNANCY_AGE.search(doc.view, max(left_limit, pos - 24), pos)
    if m is None:
        return None
    return Subject(PREGNANCY_AGE, m.start(), m.start() + len(PREGNANCY_AGE))


# classifiers of items named in a list (issues, points, aspects), never of people, places or bodies
# (rev38q) heads of a phrase that names the listed items themselves (problems, causes, measures …), not their owner
# ("แผนปฏิบัติการฉบับนี้มี 4 ด้าน", "จังหวัดเชียงรายมี 3 มาตรการ": the plan and the province hold the items)
ITEM_HEADS = ("ปัญหา", "อุปสรรค", "สาเหตุ", "ปัจจัย", "จุดอ่อน", "จุดแข็ง", "ข้อเสนอ", "ข้อสังเกต", "ข้อจำกัด", "ข้อดี",
              "ข้อเสีย", "ข้อค้นพบ", "แนวทาง", "มาตรการ", "เงื่อนไข", "หลักเกณฑ์", "ประเด็น", "ความเสี่ยง", "ความท้าทาย",
              "ผลกระทบ", "ประโยชน์", "วัตถุประสงค์", "หลักการ", "สาระสำคัญ", "ขั้นตอน", "องค์ประกอบ", "โอกาส", "ภัยคุกคาม")
ITEM_UNITS = frozenset(("เรื่อง", "ข้อ", "ประการ", "ประเด็น", "ด้าน", "แนวทาง", "มาตรการ", "ส่วน", "ขั้นตอน"))
_HAVE_BEFORE = regex.compile(r"มี[ \u00a0]?+\Z")
_LIST_AFTER = regex.compile(r"[ \u00a0]{0,3}+(?::|คือ|ได้แก่|ดังนี้|ประกอบด้วย|\(?[1๑][.)])")


def topic_of_listed_have(doc: Document, pos: int, rec_end: int, unit_word: str, left_limit: int) -> Subject | None:
    """ "จุดอ่อนของอุตสาหกรรมศูนย์เหรียญมี 2 เรื่อง คือ 1) …": "X มี N เรื่อง" with the N items listed right after it
    (คือ, ได้แก่, ดังนี้, a colon or a first item number) counts X's items: X, the phrase the reader reads before มี. Only
    for a classifier of items (ITEM_UNITS), and not when X names people or a body ("กรมมี 3 ด้าน คือ": the body owns
    them)."""
    if unit_word not in ITEM_UNITS or _LIST_AFTER.match(doc.view, rec_end) is None:
        return None
    m = _HAVE_BEFORE.search(doc.view, max(left_limit, pos - 3), pos)
    if m is None or m.start() <= left_limit:
        return None
    found = read_subject(doc, m.start(), left_limit=left_limit, _counted=True)
    if found is None or found.end != m.start():
        return None  # (rev38q) the phrase must reach มี: not "แนวทางการ" cut out of "แนวทางการดำเนินงานของกระทรวงมี"
    said = _SAID.match(found.text)
    if said is not None and word_class(said.group(1)) == "V":
        # "โดยมองว่า|จุดอ่อนของ…": a verb of saying or thinking and its ว่า open the clause, not the phrase
        found = Subject(found.text[said.end():], found.start + said.end(), found.end)
    if _names_people(found.text) or found.text.startswith(_body_heads()) or not found.text.startswith(ITEM_HEADS):
        return None  # (rev38q) only a phrase that names the items (ITEM_HEADS), not a plan, a rule or a place
    return found


_SAID = regex.compile(r"([\u0e01-\u0e4e]{2,8}?)ว่า(?=[\u0e01-\u0e4e]{3})")


# a change verb glued to กำลัง + what the power or capacity is of, then จาก and the old value: "ลดกำลังส่งจาก"
_CAPACITY_FROM = regex.compile(r"(?:ลด|เพิ่ม|ขยาย|ปรับ(?:ลด|เพิ่ม)?+)(?P<obj>กำลัง[\u0e01-\u0e4e]{2,16}?)[ \u00a0]?+จาก(?:เดิม)?+[ \u00a0]?+\Z")
_NEW_VALUE_GAP = regex.compile(r"[ \u00a0]?+(?:ลง|ขึ้น)?+(?:มา)?+(?:เหลือ|เป็น)(?:เพียง)?+[ \u00a0]?+")
CAPACITY = "กำลัง"


def capacity_object(doc: Document, last, unit_word: str, pos: int, subject_text: str | None) -> str | None:
    """ "ไม่เห็นด้วยต่อการลดกำลังส่งจาก 500 วัตต์ ลงเหลือ 50 วัตต์", "ลดกำลังการผลิตจาก 500 ตัน เหลือ 50 ตัน": a change verb
    glued to กำลัง (power, capacity; the segmenter reads it as the auxiliary "is -ing" and the reader stops there) names
    what the old value measures, กำลัง with its glued words; the new value after (ลง)เหลือ/เป็น right after the old
    one in the same unit measures the same. Where the reader read nothing or the words after กำลัง alone (การผลิต)."""
    m = _CAPACITY_FROM.search(doc.view, max(0, pos - 30), pos)
    if m is not None:
        obj = m.group("obj")
    elif last is not None and getattr(last, "unit", None) == unit_word and getattr(last, "subject", None) \
            and last.subject.startswith(CAPACITY) and _NEW_VALUE_GAP.fullmatch(doc.view, last.end, pos):
        obj = last.subject
    else:
        return None
    if subject_text is not None and subject_text != obj[len(CAPACITY):]:
        return None
    return obj


AGE_HOLDER_GAP = 60  # characters between an age and a measure of what has that age
_AGE_WORD_BEFORE = regex.compile(r"อายุ[ \u00a0]?+(?:ไม่ต่ำกว่า|ไม่น้อยกว่า|ตั้งแต่|มากกว่า|เกิน)?+[ \u00a0]?+\Z")


# an area or a length of the thing that has the age (not a dose or a weight: "ส่วนเด็กอายุ 4 ปีขึ้นไปรับประทาน
# 3.5-5 มิลลิกรัม" measures the medicine)
HOLDER_MEASURES = frozenset(("ไร่", "งาน", "ตารางวา", "ตร.ว.", "ตารางเมตร", "ตร.ม.", "เฮกตาร์", "เมตร", "เซนติเมตร",
                             "กิโลเมตร", "กม."))


HOLDER_LENGTHS = frozenset(("เมตร", "เซนติเมตร", "กิโลเมตร", "กม."))


def holder_of_age(doc: Document, last, unit_word: str, pos: int, left_limit: int) -> Subject | None:
    """ "- เป็นสวนยางอายุ 7 ปีขึ้นไปที่เปิดกรีดแล้ว รายละไม่เกิน 25 ไร่": a measure (area, length, weight) after an age read
    as อายุ, with no figure or line break between, measures the thing the age is of: the phrase the reader reads before
    อายุ (not people: a measure of people is no measure of their age's holder)."""
    if unit_word not in HOLDER_MEASURES or last is None or getattr(last, "subject", None) != "อายุ" \
            or getattr(last, "unit", None) not in ("ปี", "เดือน"):
        return None
    gap = doc.view[last.end:pos]
    if len(gap) > AGE_HOLDER_GAP or "\n" in gap or any(c.isdigit() or "\u0e50" <= c <= "\u0e59" for c in gap):
        return None
    if unit_word in HOLDER_LENGTHS and _clause_inside(doc, last.end - 1, pos):
        return None  # (rev38q) "รถบรรทุกอายุ 15 ปี วิ่งได้วันละ 300 กิโลเมตร": a verb between, the length of a trip
    m = _AGE_WORD_BEFORE.search(doc.view, max(0, last.start - 24), last.start)
    if m is None or m.start() <= left_limit:
        return None
    end = m.start()
    run: list[Token] = []  # the glued nouns right before อายุ ("เป็น|สวน|ยาง" → สวนยาง); the reader would read the age's years there
    for t in reversed(doc.tokens_before(end, AGE_HOLDER_TOKENS)):
        if t.kind != "word" or t.end != (run[-1].start if run else end) or t.start < left_limit \
                or word_class(t.text) != "N":
            break
        run.append(t)
    if not run or len(doc.view[run[-1].start:end]) < 3 or any(_names_people(t.text) for t in run):
        return None
    return Subject(doc.view[run[-1].start:end], run[-1].start, end)


AGE_HOLDER_TOKENS = 4


_AGE_GOAL_BEFORE = regex.compile(r"อายุ[ \u00a0]?+[0-9๐-๙]{1,3}+(?:[ \u00a0]?+[-–][ \u00a0]?+[0-9๐-๙]{1,3}+)?+[ \u00a0]?+(?:ปี|ขวบ|เดือน)"
                                 r"(?:[ \u00a0]?+ขึ้นไป)?+[ \u00a0]{0,2}+(?:กลุ่ม)?+เป้าหมาย[ \u00a0]?+(?:จำนวน[ \u00a0]?+)?+\Z")


def people_before_goal(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ส่วนเด็กอายุ 5-11 ปี เป้าหมาย 5.1 ล้านคน": people + an age + the goal word before a count of people: the people
    (as people_of_age reads them before จำนวน)."""
    from .quantity_subjects import _people_glued_before  # the glued people before an age (q46's reading)
    m = _AGE_GOAL_BEFORE.search(doc.view, max(left_limit, pos - 60), pos)
    if m is None:
        return None
    end = m.start() - (doc.view[m.start() - 1:m.start()] == " ")
    return _people_glued_before(doc, end, left_limit)


_DOSE_ITEM = regex.compile(
    r"[ \u00a0]{0,2}+(?:คิดเป็น(?:ร้อยละ)?+[ \u00a0]?+[0-9๐-๙.,]{1,8}+[ \u00a0]?+%?+[ \u00a0]{0,2}+)?+(?:และ|,)?+[ \u00a0]{0,2}+"
    r"(?:ฉีด(?:วัคซีน)?+)?+เข็ม(?:ที่)?+[ \u00a0]?+[0-9๐-๙][ \u00a0]?+(?:ฉีด|ได้รับ)?+(?:ไป)?+แล้ว[ \u00a0]?+(?:จำนวน)?+[ \u00a0]{0,2}+")


def dose_list_shared(doc: Document, last, unit_word: str, pos: int) -> str | None:
    """ "เด็กอายุ 5-11 ปี เป้าหมาย 5.1 ล้านคน ฉีดเข็ม 1 แล้ว 2.8 ล้านคน คิดเป็น 54.5% และเข็ม 2 ฉีดแล้ว 8.9 แสนคน": a count
    of people whose only words before it, after a count of people just before, are a dose done (ฉีดเข็ม N แล้ว, a
    share of the count before allowed between) counts the same people."""
    if last is None or getattr(last, "unit", None) != unit_word or getattr(last, "subject", None) is None \
            or not _names_people(last.subject):
        return None
    if pos - last.end > LIST_REACH or _DOSE_ITEM.fullmatch(doc.view, last.end, pos) is None:
        return None
    return last.subject


_ONE_OF_THEM = ("นี้", "นั้น", "ต่อไป", "ถัดไป", "แรก", "สุดท้าย", "ก่อน", "ล่าสุด")  # (rev38q)
EACH_REACH = 40  # characters before a "Xละ N" figure searched for the classifier's own noun


def echo_before_each(doc: Document, unit_word: str, fig_start: int, left_limit: int) -> Subject | None:
    """ "ไว้อำนวยความสะดวกในเที่ยวไปเฉลี่ยวันละ 3,700 เที่ยว": a count after "Xละ" (a rate per X) counts the phrase the
    classifier's own noun opens right before it (with its glued words: เที่ยวไป), only spaces, เฉลี่ย and a bound word
    between. Only a classifier of ≥ 3 characters, its noun at a word boundary and other than the rate's X."""
    if len(unit_word) < 3:
        return None
    m = regex.search(r"(?P<head>%s[\u0e01-\u0e4e]{0,10}?)[ \u00a0]?+(?:โดย)?+(?:เฉลี่ย)?+[ \u00a0]?+(?P<each>[\u0e01-\u0e4e]{1,8}?)ละ"
                     r"[ \u00a0]?+(?:ประมาณ|กว่า|ไม่เกิน|ราว|สูงสุด)?+[ \u00a0]?+\Z" % regex.escape(unit_word),
                     doc.view, pos=max(left_limit, fig_start - EACH_REACH), endpos=fig_start)
    if m is None or not doc.is_boundary(m.start("head")) or m.group("each") == unit_word \
            or not doc.is_boundary(m.end("head")) or m.group("head").endswith(_ONE_OF_THEM):
        return None  # (rev38q) not "รอบนี้", "ครั้งต่อไป": one round named, not the rounds counted
    return Subject(m.group("head"), m.start("head"), m.end("head"))


ROUND_REACH = 200  # characters from the first round's count to the next round's
_NEXT_ROUND = regex.compile(r"(?:ส่วน|และ)[ \u00a0]?+(?P<label>รุ่น|กลุ่ม|ชุด|ล็อต|ระยะ)(?:ที่)?+[ \u00a0]?+(?:[2-9๒-๙]|สอง|สาม)"
                            r"[ \u00a0]?+(?:อีก|จำนวน)?+[ \u00a0]?+\Z")


def next_round_shared(doc: Document, last, unit_word: str, pos: int) -> str | None:
    """ "โดยมีเด็กและเยาวชนรุ่นแรกเข้าฝึกงาน… จำนวน 5 คน ซึ่ง… ส่วนรุ่น 2 อีก 5 คน": a count after "ส่วน|และ + รุ่น/กลุ่ม/ชุด
    + a later number" counts the same thing as the count just before in the same unit whose subject names the first
    round (…รุ่นแรก, …รุ่นที่ 1): that subject without its round. No figure or line break between the two counts."""
    if last is None or getattr(last, "unit", None) != unit_word or getattr(last, "subject", None) is None:
        return None
    m = _NEXT_ROUND.search(doc.view, max(last.end, pos - 30), pos)
    if m is None or pos - last.end > ROUND_REACH:
        return None
    gap = doc.view[last.end:m.start()]
    if "\n" in gap or any(c.isdigit() for c in gap):
        return None
    first = regex.search(r"%s(?:แรก|ที่[ \u00a0]?+[1๑]|[ \u00a0]?+[1๑])\Z" % m.group("label"), last.subject)
    if first is None or first.start() < 3:
        return None
    return last.subject[:first.start()].rstrip()
