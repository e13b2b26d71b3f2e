"""What an amount of money measures: the constructions of money around the noun-phrase reader.

`money_subject(doc, found)` takes the phrase `linking.subject_before` read for an amount and
corrects what only money (and percentages, which share `without_leading_time`) says (words in
data/percent_subject_words.tsv):

1. **a time glued before the phrase** — "ปีที่ผ่านมารายได้จากการส่งออก 300 ล้านบาท": a time
   (ปีที่ผ่านมา, ปีนี้, ปัจจุบัน: role `lead_time`) opening the phrase says when, not what; the noun
   after it is the subject;
2. **a head before ของ** — "การเบิกจ่าย|ของรัฐวิสาหกิจ 84,792 ล้านบาท": when the reader stopped at
   ของ, the nominalised act or money word right before it (role `money_head`) is what the amount
   measures, so the subject is the whole "การเบิกจ่ายของรัฐวิสาหกิจ".

3. **nothing read** — "สร้างรายได้ถึง 2.7 ล้านล้านบาท": past a filler the reader stops at (ถึง, ประมาณ);
   "ตั้งเป้ายอดส่งออก 2.8 แสนล้านบาท": a measure head (ยอด) or การ with the verbs glued after it;
4. **the money frame** (role `money_frame`: เงิน, วงเงิน, ค่า…, มูลค่า, รายได้): when the reader found
   nothing ("สร้างรายได้ทะลุ 7 หมื่นล้าน"), only who gets the money ("ทำรายได้เพิ่มให้ชาวนา…ปีละ",
   "นำเงินเข้า กปถ. กว่า") or a time's unit ("มูลค่าการใช้สิทธิ… ณ เวลา 12.00 น. มีจำนวนกว่า"), the frame's
   phrase a few words before in the clause names the amount;
5. **the frame's own phrase** — a verb glued before the frame is dropped ("เรียกเก็บ|เงิน"), and a
   place or manner after it ("เม็ดเงิน|ในระบบ", "วงเงินลงทุน|ตามโครงการ": role `money_cut`) is cut.

6. **who is paid, and how** — a titled name ("ได้แก่ 1) นางสาว… จำนวน 44,450 บาท": the money phrase before
   ได้แก่), a recipient split by the segmenter (ให้|กับ), a bare rate word ("ให้ความช่วยเหลือ|อัตราเดียว ทุก ๆ
   ครัวเรือนละ": the phrase before it) and a bare สุทธิ name nothing themselves;
7. **a clause or a relative clause** — "กิจกรรมครั้งนี้|ดึงดูด|เงินลงทุน" (a closed noun and its verb before
   the money noun), "ราคาซื้อขายไบโอดีเซล ตามประกาศ สนพ. ซึ่งปัจจุบันอยู่ที่" (the head before ซึ่ง);
8. **a new value** — "จาก 2,000 บาท เหลือ 500 บาท": the old amount's subject, when it names money
   (`new_value_of`, read by extractors/quantities.py with the record before).
9. **a fine** — "หรือปรับไม่เกิน 100,000 บาท", "ถูกเปรียบเทียบปรับสูงสุด": the verb ปรับ alone is the subject
   (`_fine_before`; a penalty word before it, or เปรียบเทียบ glued);
10. **giving and spending** — an act of giving before the money noun is dropped ("การจัดสรร|งบประมาณ",
   "การจ่าย|เงินชดเชย", "ญาติ|นำ|เงิน"), and who is given it after ("งบกลาง|ช่วย|ชาวประมง"); an act of spending
   before a budget word stays ("ใช้จ่าย|งบประมาณ");
11. **what the reader read is no name** — one word after ต่อ is the per unit ("วงเงินกู้ต่อ|ราย"), a phrase after
   ตลอด is a scope, a "รายละ" amount measures the money given before ให้/ให้กับ/แก่, a phrase begun after a verb
   inside a run glued to a money frame is a piece of one name ("ค่าธรรมเนียม|การ|ตรวจ|ลง|ตรา"); ปรับ, แตะ, ตั้งแต่
   or a filler ending the phrase are dropped; a payer, a total word or a bare verb alone name nothing.

12. **people, a share, a fee** (mo13) — a phrase that opens with people names who pays or is paid: the money
   frame inside it, the object of their verb, else a frame before them, else null (`_past_people`); an amount
   after "N เท่า / N% ของ <base> หรือ|ไม่เกิน" caps the share's money, never the base (`_share_cap`); a bare ราคา,
   or an amount nothing names, restates a fee earlier in the line (`_fee_before`: อัตราค่าโดยสาร … ราคา 499 บาท);
13. **more of the same money** (mo13) — "as actually paid" (`_before_as_paid`: ค่ารักษาพยาบาลเท่าที่จ่ายจริงไม่เกิน),
   bare amounts in a list after ได้แก่/คือ (`_amount_list_header`), a rate word after goods or people
   (`_before_rate`), จำนวนเงิน (`_with_amount_word`), เงินสะพัด (`_whole_compound`), ด้วย + money
   (`_after_instrument`), a money frame's run before ของ, a new value after the old figure's year.

When none applies the reader's phrase stands.
"""
from __future__ import annotations

from functools import partial
from typing import overload

import regex

from .document import Document
from .records import Token
from .lexicon import alternation, lexicon_cache, load_tsv, longest_first, words
from .linking import only_a_time, qualifier_start, subject_before
from .phrases import (FROM, GLUED_AUX, WORD_CACHE, Subject, _nounish_text, _tag_table, _w, names_a_giver, read_subject,
                      word_class)
from .subject_context import _affiliation_before, _place_name

__all__ = ["money_subject", "names_money", "new_value_of", "past_filler", "without_leading_time", "without_speech_lead",
           "without_tail_qualifier"]

OF = "ของ"


@lexicon_cache
def _lead_times() -> tuple[str, ...]:
    """Times that may open a subject's phrase, longest first."""
    return tuple(sorted(words("percent_subject_words", role="lead_time"), key=len, reverse=True))


@overload
def without_leading_time(doc: Document, found: Subject) -> Subject: ...
@overload
def without_leading_time(doc: Document, found: Subject | None) -> Subject | None: ...
def without_leading_time(doc: Document, found: Subject | None) -> Subject | None:
    """ "ปีที่ผ่านมา|ยอดขายรถบรรทุก" → ยอดขายรถบรรทุก: a time word opening the phrase (at a word
    boundary, a noun after it, glued or after a space) is dropped."""
    if found is None or not found.text.startswith(_lead_times()):
        return found
    for t in _lead_times():
        if not found.text.startswith(t) or not doc.is_boundary(found.start + len(t)):
            continue
        start = found.start + len(t)
        while start < found.end and doc.view[start] == " ":
            start += 1
        rest = doc.text[start:found.end]
        first = next((tok.text for tok in doc.tokens_after(start, 1) if tok.kind == "word"), "")
        if len(rest) < 2 or not _nounish_text(first):
            return found
        return Subject(rest, start, found.end)
    return found


def _head_before_of(doc: Document, found: Subject) -> Subject:
    """ "แบ่งเป็นการเบิกจ่าย|ของรัฐวิสาหกิจปีงบประมาณ 34 แห่ง จำนวน 84,792 ล้านบาท": a phrase read right
    after ของ is the owner; a money head (role `money_head`) that ends right before ของ, at a word
    boundary, is what is measured, and so is a money frame's glued phrase ("ด้วยเงินรายได้สะสม|ของสถานศึกษา")."""
    of_start = found.start - len(OF)
    if of_start <= 0 or doc.view[of_start:found.start] != OF or not doc.is_boundary(of_start):
        return found
    before = doc.view[max(0, of_start - max(map(len, _money_heads()))):of_start]
    for head in _money_heads():
        if before.endswith(head) and _starts_word(doc, of_start - len(head)):
            start = of_start - len(head)
            return Subject(doc.text[start:found.end], start, found.end)
    run = doc.tokens_before(of_start, OF_RUN)
    for k in range(len(run) - 1, -1, -1):
        if run[k].kind != "word" or run[k].end != (run[k + 1].start if k + 1 < len(run) else of_start):
            break
        if _frame_at(run[k].text) == 0:
            start = _split_frame_start(doc, run[k].start)  # "เงินรายได้|สะสม|ของ|สถานศึกษา": the money's own run
            return Subject(doc.text[start:found.end], start, found.end)
    return found


OF_RUN = 4  # glued tokens before ของ searched for a money frame

def _starts_word(doc: Document, pos: int) -> bool:
    """A word boundary at `pos`, or a copula glued before it by the segmenter ("เป็น|การ" as เป็นการ)."""
    return doc.is_boundary(pos) or any(doc.view[pos - len(c):pos] == c and doc.is_boundary(pos - len(c))
                                       for c in words("percent_subject_words", role="copula"))


@lexicon_cache
def _money_heads() -> tuple[str, ...]:
    return tuple(sorted(words("percent_subject_words", role="money_head"), key=len, reverse=True)) or ("\0",)


def money_subject(doc: Document, found: Subject | None, *, pos: int | None = None,
                  left_limit: int = 0) -> Subject | None:
    """The reader's phrase for an amount of money, corrected as the module's docstring says; when the
    reader found none and `pos` (the figure's start) is given, the readings past a filler and of an act."""
    read = found  # the reader's own phrase, before any correction below
    fine = _fine_before(doc, pos, left_limit) if pos is not None else None
    if fine is not None:
        return fine  # "หรือปรับไม่เกิน 100,000 บาท", "ถูกเปรียบเทียบปรับสูงสุด": the fine, whatever the reader read past it
    share = _share_cap(doc, pos) if pos is not None else None
    if share is not None:
        return share[0]  # "วงเงินไม่เกิน 30% ของสินเชื่อเดิม หรือสูงถึง 1.5 ล้านบาท": the cap of the share's money
    if (found is None or found.text == HALF) and pos is not None:  # "ครึ่งหนึ่ง แต่ไม่เกิน": the share alone read (m34)
        capped = _capped_share(doc, pos) or _share_base(doc, pos)
        if capped is not None:
            return capped  # "ร่วมจ่ายค่าอาหาร…ร้อยละ 50 แต่ไม่เกิน 150 บาทต่อคนต่อวัน": the cap of the share's money (m26)
    if found is not None and pos is not None and _donors_after_thing(doc, found, pos, left_limit):
        return None  # "มอบโล่แก่ผู้บริจาครายใหญ่ 1 ล้านบาท": what the donors gave, named by no noun (m36)
    label = _echoed_label(doc, pos, left_limit) if pos is not None else None
    if label is not None and (found is None or not (found.start <= label.start and label.end <= found.end)):
        return label  # "รางวัลเลขท้าย 3 ตัว รางวัลละ 100 บาท": the label the per word repeats
    if found is not None and pos is not None:
        purposed = _money_before_purpose(doc, found, left_limit)
        if purposed is not None:
            return purposed  # "วงเงินปรับโครงสร้างหนี้เงินกู้เพื่อชดเชย|การขาดดุลงบประมาณ จำนวน": the money, with its purpose (m26)
    if found is not None:
        given = _money_before_giver(doc, found, left_limit)
        if given is not None:
            return given  # "งบประมาณส่วนตัว จากหัวหน้าส่วนราชการจังหวัด ท่านละ 1,000 บาท": the money, not its giver
    bare = found is not None and _bare_verb(found.text)  # "ระดับ 1 จ่าย 1,000 บาท": the verb names nothing (rev18)
    if pos is not None and (found is None or bare or _tier_label_at(doc, found.start, found.end) is not None):
        tier = _tier_header(doc, pos, found.start if found is not None and not bare else None)
        if tier is NO_FRAME:
            first = doc.tokens_after(found.start, 1) if found is not None and not bare else []
            if first and not _person(first[0].text):
                return None  # "แบ่งเป็น 2 ระดับ คือ ระดับประถม 300 บาท" with no sure frame: a tier names no money (rev18)
        elif tier is not None:
            return tier  # "แบ่งเป็น 3 ระดับ คือ ระดับ 1 … จ่ายไม่เกิน 1 แสนบาท": the list's money, not the tier
    if pos is not None and (found is None or found.text in words("percent_subject_words", role="rate_word")):
        rate = _before_rate(doc, pos, left_limit)
        if rate is not None:
            return rate[0]  # "ให้ความช่วยเหลือ|อัตราเดียว ทุก ๆ ครัวเรือนละ 9,000 บาท": what is paid at the rate
    elif pos is not None and found is not None and not names_money(found.text):  # found is not None here
        rate = _before_rate(doc, pos, left_limit)
        if rate is not None and rate[0] is not None and names_money(rate[0].text):
            return rate[0]  # "ปรับลดภาษีสรรพสามิต สำหรับน้ำมัน…ทุกประเภท|ในอัตรา 2.50 บาท": the tax, not the goods
    relative = _money_relative(doc, pos, left_limit) if pos is not None else None
    if relative is not None and (found is None or relative.start <= found.start and found.end <= relative.end):
        return relative  # "เงินที่รัฐร่วมจ่ายจำนวน 17,452.87 ล้านบาท": the money with the clause that tells which
    if found is None and pos is not None:
        old = _old_value(doc, pos)
        if old is not None and old < left_limit and not _money_before_year(doc, old, left_limit):
            return None  # the old amount is the record before: its subject is the new one's (new_value_of)
        if old is not None:  # "ขยายกรอบงบภัยพิบัติจาก 20 ล้านเพิ่มเป็น 50 ล้านบาท": no record at the old figure
            limit = left_limit if old >= left_limit else _line_start(doc, old)
            found = money_subject(doc, subject_before(doc, old, left_limit=limit), pos=old, left_limit=limit)
            return found if found is not None and names_money(found.text) else None
        found = past_filler(doc, pos, left_limit) or _act_before(doc, pos, left_limit) \
            or _relative_head(doc, pos, left_limit) or _before_as_paid(doc, pos, left_limit) \
            or _amount_list_header(doc, pos) or _quoted_money(doc, pos, left_limit) \
            or _total_after_count(doc, pos, left_limit)
    if found is None and pos is not None:
        found = _before_then_particle(doc, pos, left_limit)
    if pos is not None and found is not None and _titled_name(doc, found):
        header = _list_header(doc, found.start)  # "ได้แก่ 1) นางระพีพร วันสืบเชื้อ จำนวน 70,000 บาท": who is paid
        if header is not None:
            return header
        found = None  # a name alone: the money frame before it, if any, as when the reader finds nothing
    if pos is not None:
        found = _frame_before(doc, _before_scope(doc, _before_per_unit(doc, found, left_limit), left_limit), pos,
                              left_limit)
        found = _across_change_cut(doc, found, left_limit)
        theirs = False  # the people's own money: no frame nor fee before them names it (rev13)
        if found is not None and (who := _past_people(doc, found)) is not found:
            theirs = who is None and _own_money(doc, found)
            found = who if who is not None or theirs else _frame_before(doc, None, pos, left_limit)
        found = _given_before_per(doc, found, pos, left_limit)
        if found is None and not theirs:
            found = _fee_before(doc, qualifier_start(doc, pos, left_limit=left_limit))
    if pos is not None and (found is None or not names_money(found.text)) and not _received_money(doc, found, pos):
        fee = _fee_after(doc, pos)
        if fee is not None:
            return fee  # "มอบให้โรงเรียนบ้านนา จำนวน 50,000 บาท เป็นค่าอาหารกลางวัน": what the amount is paid as (m35)
    if pos is not None and (found is None or _place_name(found.text) or read is not None and _place_name(read.text)):
        place = next((x for x in (found, read) if x is not None and _place_name(x.text)), None)
        verb = _investing_verb(doc, pos, left_limit, place)
        if verb is not None:
            return verb  # "จะลงทุนในไทยสูงถึง": the flow, not the place (a bare verb, which the checks below drop)
    if found is None:
        return None
    found = _before_every(doc, found, left_limit)
    if found is None:
        return None
    if _url_piece(doc, found):
        return None  # "thailandpostmart.|com รวมขั้นต่ำ 1,000 บาท": a piece of a web address names nothing (m35)
    found = _past_size_word(doc, _past_rank_scope(doc, _with_contract_noun(doc, found), left_limit), left_limit)
    found = _past_place_of_act(doc, _before_from_old(doc, found), left_limit)
    found = _with_glued_frame(doc, _past_comparative_base(doc, _money_conjunct(doc, found, pos), left_limit))
    found = _money_before_recipient(doc, found, left_limit)
    if found is None:
        return None  # the m34 steps above keep a found phrase (they only move it); typed Optional
    found = without_tail_qualifier(doc, without_speech_lead(
        doc, _framed(doc, without_leading_time(doc, _head_before_of(doc, found)))))
    found = _without_agent_verb(doc, _money_noun_of_verb(doc, found))
    found = _without_beneficiary(doc, _without_give_act(doc, _without_named_agent(doc, found)))
    found = _with_spend_act(doc, _without_adjust_verb(doc, _without_reach_tail(doc, found)))
    found = _value_word_at_end(doc, _without_invest_place(doc, found))
    found = _whole_compound(doc, _fee_before_price(doc, _with_amount_word(doc, _amounting_to(doc, found))))
    found = _from_credit_line(doc, _before_affiliation(doc, _after_instrument(doc, found), left_limit))
    found = _before_manner(doc, found, left_limit)
    found = _with_part_head(doc, _across_letter_dash(doc, found))
    if found is not None and (found.text in _names_nothing() or found.text in total_words() or _bare_verb(found.text)
                              or found.text in words("percent_subject_words", role="money_agent")):
        return None  # "ปรับเพิ่มขึ้น|สุทธิ 505.88 ล้านบาท", "ครม.|เคาะ…": a qualifier, a rate word, a payer alone
    found = _without_destination(doc, _without_change_act(doc, found))
    if pos is not None:
        found = _without_reaching_clause(doc, found, pos, left_limit)
    found = _without_money_tail(doc, _without_figure_label(doc, found))
    if found is not None and (found.text in TIME_TAILS or _paid_to(doc, found)):
        return None  # "ใน 5 ปี|ข้างหน้า เพิ่มขึ้นเป็น …", "รัฐจะร่วมจ่ายให้|ร้านค้าอีก 100 บาท": a time, who is paid (m27)
    if found is not None and read is not None and (found.start, found.end) == (read.start, read.end):
        return _after_spaced_money(doc, found, left_limit)
    return found


# an act of changing, revising, allocating or topping up money, as การ + its verb (m27; ปรับปรุง, จัดสรร, เติม: m28)
_CHANGE_ACT = regex.compile(r"การ(?:ปรับปรุง|(?:ปรับ)?(?:เพิ่ม|ลด|ขยาย)(?:ขึ้น|ลง)?|จัดสรร|เติม)")
HOLDERS = ("เพดาน", "แผน", "กรอบ")  # nouns that hold an amount of the money named after them: เพดานค่าจ้าง, แผนการก่อหนี้ (m28),
# กรอบเงินทดลอง (m36)


def _without_change_act(doc: Document, found: Subject | None) -> Subject | None:
    """ "ด้วยการเพิ่มเงินลงทุนกว่า 5,000 ล้านบาท" → เงินลงทุน: an act of raising or cutting (การเพิ่ม, การปรับลด, การขยาย),
    revising, allocating or topping up (การปรับปรุง, การจัดสรร, การเติม) glued before a word opening with a money frame
    names the act; the money is what the amount measures. Not "การขยายตัว…" (a frame must open the rest at a token
    boundary) (m27). Also a holder of the money ("การเพิ่ม|เพดานค่าจ้าง", "การปรับปรุง|แผนการก่อหนี้ใหม่") and เงิน
    glued to the verb ("การ|จัดสรรเงิน|กองทุน…": the segmenter's cut) (m28)."""
    if found is None:
        return None
    m = _CHANGE_ACT.match(found.text)
    if m is None or m.end() == len(found.text):
        return found
    start = found.start + m.end()
    rest = doc.text[start:found.end]
    if doc.is_boundary(start) and rest.startswith(_frames() + HOLDERS) and names_money(rest) \
            or rest.startswith(MONEY_NOUN) and doc.is_boundary(start + len(MONEY_NOUN)):
        return Subject(rest, start, found.end)
    return found


# a phrase that alone after a count of time units names the time, not money: "ใน 5 ปีข้างหน้า" (m27)
TIME_TAILS = frozenset({"ข้างหน้า", "ที่ผ่านมา", "ก่อนหน้า", "ถัดไป"})
# a verb of paying with ให้/แก่ glued or one space before the phrase: what follows is who is paid (m27)
_PAID_TO = regex.compile(r"(?:จ่าย|โอน|ชดเชย|คืน)(?:เงิน)?[ ]?(?:ให้(?:แก่|กับ)?|แก่)[ ]?\Z")


def _paid_to(doc: Document, found: Subject) -> bool:
    """ "รัฐจะร่วมจ่ายให้ร้านค้าอีก 100 บาท": a phrase right after a verb of paying and ให้ (จ่ายให้, โอนเงินให้แก่) names
    who is paid, never what the amount is; not money itself ("จ่ายให้ค่าตอบแทนพิเศษ 5,000 บาท") (m27)."""
    return not names_money(found.text) and _PAID_TO.search(doc.view, max(0, found.start - 16), found.start) is not None


# "ไม่เกินร้อยละ 50 ของสินเชื่อที่อนุมัติทั้งหมด 2,000 ล้านบาท": a percent, ของ and a base run right before the amount
_SHARE_BASE = regex.compile(r"(?:ร้อยละ[ ]?[0-9๐-๙][0-9๐-๙.,]*|[0-9๐-๙][0-9๐-๙.,]*[ ]?(?:%|เปอร์เซ็นต์))[ ]?ของ"
                            r"(?P<base>[^\s0-9๐-๙]{1,40})[ ]?\Z")


def _share_base(doc: Document, pos: int) -> Subject | None:
    """ "…ไม่เกินร้อยละ 50 ของสินเชื่อที่อนุมัติทั้งหมด 2,000 ล้านบาท": an amount the reader names nothing for, right after
    a share's base (ร้อยละ N / N% + ของ + one run, then a total word at most), is that base's amount when the base names
    money; not when a joiner or a cap stands between (`_share_cap` reads those) (m27)."""
    q = qualifier_start(doc, pos)
    if doc.view[q:pos].strip(" ") not in total_words() and doc.view[q:pos].strip(" "):
        return None
    m = _SHARE_BASE.search(doc.view, max(_line_start(doc, pos), q - 60), q)
    if m is None or not names_money(m["base"]) or not doc.is_boundary(m.end("base")):
        return None
    return Subject(m["base"], m.start("base"), m.end("base"))


def _after_spaced_money(doc: Document, found: Subject, left_limit: int) -> Subject:
    """ "ขึ้นเงินเดือนข้าราชการ ป.ตรี 18,150 บาท": a phrase the reader read and no rule changed, naming no money, one space
    after a phrase that opens with a money frame and ends at that space, is a mark of that money (a grade, a body, a
    series), cut off by the space: the subject runs from the money phrase. Not people, a place or a time, which are
    who or where (m26)."""
    start = found.start - 1
    if start <= left_limit or doc.view[start] != " " or names_money(found.text) or _place_name(found.text) \
            or _person(found.text) or only_a_time(found.text):
        return found
    acronym = _ACRONYM_MARK.search(doc.view, max(left_limit, start - 20), start + 1)
    if acronym is not None:
        start = acronym.start()  # "สลากออมทรัพย์ ธอส. ชุดเกล็ดดาว": the issuer's acronym between the money and its series (m27)
    before = money_subject(doc, subject_before(doc, start, left_limit=left_limit), left_limit=left_limit)
    if before is None or before.end != start or " " in before.text \
            or not before.text.startswith(_frames() + (SECURITIES if acronym is not None else ())):
        return found
    return Subject(doc.text[before.start:found.end], before.start, found.end)


SECURITIES = ("สลาก", "พันธบัตร", "หุ้นกู้")  # a security sold by the unit, named by its issuer and series (m27)
_ACRONYM_MARK = regex.compile(r"(?<=[^\s])[ ](?:[ก-ฮ]{1,5}\.){1,4}[ ]\Z")  # " ธอส. ", " ธ.ก.ส. " before the mark


SHARE_CHARS = 40  # characters of a share's base ("ของ|ค่าจ้าง"), one run with no space
SHARE_REACH = 80  # characters between a share's figure and the amount capping it


@lexicon_cache
def _share_of_re() -> regex.Pattern:
    """What follows a multiplier or a percent figure up to an amount that caps it: its unit (เท่า, %), ของ, the
    base (one run, no space, no figure) and a joiner: หรือ (ระหว่าง), a cap word (a qualifier before a figure:
    สูงสุด, ขั้นต่ำ) or a bracket, up to the amount's own qualifier."""
    units = alternation(words("percent_words", role="suffix") | words("percent_subject_words", role="share_unit"))
    caps = alternation(r["word"] for r in load_tsv("qualifiers") if r["position"] == "before" and r["qualifier"] != "total")
    joiner = rf"(?:{alternation(words('percent_subject_words', role='share_joiner'))}|\(|{caps})"
    return regex.compile(rf"^[ ]?(?P<unit>{units})?[ ]?ของ[^\s\d]{{1,{SHARE_CHARS}}}(?:[ ]?{joiner}){{0,3}}[ ]?$")


def _share_cap(doc: Document, pos: int) -> tuple[Subject | None] | None:
    """ "รับเงินกู้สูงสุด 3 เท่าของยอดซื้อ หรือไม่เกิน 20 ล้านบาท", "จ่ายค่าทดแทนในอัตราร้อยละ 70 ของค่าจ้าง สูงสุดไม่เกิน
    14,000 บาท": an amount right after a share of a base (N เท่า / N% / ร้อยละ N + ของ + the base), joined by หรือ
    or opened by a cap (ไม่เกิน, สูงสุด), is the other limit of the money the share measures, never the base: a
    1-tuple with the money phrase read before the share (None when none names money there), or None when no
    share stands before the amount. "ร้อยละ 10 ของเงินเดือน 15,000 บาท" (no joiner, no cap) is the base's."""
    q = qualifier_start(doc, pos)
    line = _line_start(doc, pos)
    nums = [m for m in doc.numbers_between(max(line, q - SHARE_REACH), q) if m.end <= q]
    if not nums:
        return None
    m = nums[-1]
    between = doc.view[m.end:q]
    share = _share_of_re().match(between)
    if not share or q == pos and not _share_or_re().search(between) or doc.view[q:pos].strip(" ") in total_words():
        return None  # "ร้อยละ 50 ของสินเชื่อที่อนุมัติทั้งหมด 2,000 ล้านบาท": the base's own amount
    start = m.start
    prefix = next((w for w in longest_first(words("percent_words", role="prefix")) if doc.view.endswith(w, line, start)
                   or doc.view.endswith(w + " ", line, start)), None)
    if prefix is not None:
        start = doc.view.rindex(prefix, line, start)  # ร้อยละ 70: the percentage starts at its word
    elif share.group("unit") is None and not doc.view[m.start:m.end].endswith(tuple(words("percent_words", role="suffix"))):
        return None  # "20%" is one token; a bare number before ของ is no share
    found = _after_pay_verb(doc, money_subject(doc, subject_before(doc, start, left_limit=line), pos=start, left_limit=line))
    return (found if found is not None and names_money(found.text) else None,)


_PAY_VERB = regex.compile(r"(?:จ่าย|ชดเชย)(?=ค่า|เงิน)")


def _after_pay_verb(doc: Document, found: Subject | None) -> Subject | None:
    """ "กรณีทุพพลภาพจ่ายค่าทดแทนรายเดือน ในอัตราร้อยละ 70 ของค่าจ้าง สูงสุดไม่เกิน 14,000 บาท": a case and a verb of paying
    glued before the money (ค่า…, เงิน…) the share measures: the money from its frame, at a token boundary (m27)."""
    if found is None:
        return None
    m = _PAY_VERB.search(found.text)
    if m is None or not doc.is_boundary(found.start + m.end()):
        return found
    start = found.start + m.end()
    return Subject(doc.text[start:found.end], start, found.end)


@lexicon_cache
def _capped_share_re() -> regex.Pattern:
    """What stands between a percent figure and an at-most cap of the same money with no base between: the
    percent's unit (%, เปอร์เซ็นต์), then แต่ or หรือ (or nothing), up to the cap word."""
    units = alternation(words("percent_words", role="suffix"))
    return regex.compile(rf"^[ ]?(?:{units})?[ ]?(?:(?:{CAP_JOINERS})[ ]?)?$")


CAP_JOINERS = "แต่|หรือ"  # "ร้อยละ 50 แต่ไม่เกิน", "50% หรือสูงสุด"
HALF = "ครึ่งหนึ่ง"  # half: a share written without a figure
_HALF_BEFORE_CAP = regex.compile(rf"(?<=[^\s])(?:ให้)?{HALF}[ ]?(?:(?:{CAP_JOINERS})[ ]?)?$")


@lexicon_cache
def _at_most_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_tsv("qualifiers") if r["qualifier"] == "at_most" and r["position"] == "before")


def _capped_share(doc: Document, pos: int) -> Subject | None:
    """ "ภาครัฐจะร่วมจ่ายค่าอาหาร เครื่องดื่ม และสินค้าทั่วไปร้อยละ 50 แต่ไม่เกิน 150 บาทต่อคนต่อวัน": an amount the reader
    names nothing for, capped by an at-most word (ไม่เกิน, สูงสุด) right after a percent figure (ร้อยละ N, N%) with no
    base of its own ("ของ …", which `_share_cap` reads), caps the money the percentage is a share of: the money phrase
    read before the percentage, when it names money (`names_money`); else None (m26)."""
    q = qualifier_start(doc, pos)
    cap = doc.view[q:pos].strip(" ")
    if q == pos or not any(cap == w or cap.startswith(w) and cap[len(w):] in _at_most_words() for w in
                           _at_most_words() | {"สูงสุด"}):
        return None
    line = _line_start(doc, pos)
    half = _HALF_BEFORE_CAP.search(doc.view, max(line, q - SHARE_REACH), q)
    if half is not None:  # "รัฐบาลจะออกเงินให้ครึ่งหนึ่ง แต่ไม่เกิน 150 บาท": half, a share with no figure (m34)
        found = money_subject(doc, subject_before(doc, half.start(), left_limit=line), pos=half.start(), left_limit=line)
        return found if found is not None and names_money(found.text) else None
    nums = [m for m in doc.numbers_between(max(line, q - SHARE_REACH), q) if m.end <= q]
    if not nums or not _capped_share_re().match(doc.view[nums[-1].end:q]):
        return None
    m = nums[-1]
    start = m.start
    prefix = next((w for w in longest_first(words("percent_words", role="prefix")) if doc.view.endswith(w, line, start)
                   or doc.view.endswith(w + " ", line, start)), None)
    if prefix is not None:
        start = doc.view.rindex(prefix, line, start)  # ร้อยละ 50: the percentage starts at its word
    elif not (doc.view[m.start:m.end].endswith(tuple(words("percent_words", role="suffix")))
              or doc.view[m.end:q].lstrip(" ").startswith(tuple(words("percent_words", role="suffix")))):
        return None  # a bare figure before the cap is no share
    found = money_subject(doc, subject_before(doc, start, left_limit=line), pos=start, left_limit=line)
    from .percent_subjects import percent_subject  # percent_subjects imports this module

    # "ค่าที่พัก ค่าอาหาร และค่าเดินทางร้อยละ 40": the percentage's reading holds the whole list, the money one its last item
    read = percent_subject(doc, start, m.end, left_limit=line)
    at = doc.text.rfind(read, line, start) if read is not None and names_money(read) else -1
    if read is not None and at >= 0 and (found is None or not names_money(found.text)
                                         or at < found.start and at + len(read) == found.end and read.endswith(found.text)):
        return Subject(read, at, at + len(read))
    return found if found is not None and names_money(found.text) else None


@lexicon_cache
def _share_or_re() -> regex.Pattern:
    """The joiner that makes an amount with no qualifier of its own the share's other limit: หรือ, then at most
    one more joiner ("หรือระหว่าง", "หรือสูงถึง")."""
    joiners = alternation(words("percent_subject_words", role="share_joiner") - {OR})
    return regex.compile(rf"{OR}[ ]?(?:(?:{joiners})[ ]?)?$")


OR = "หรือ"


LINE_REACH = 400  # characters back searched for a line's start: farther, the reading's own bound is the line


def _line_start(doc: Document, pos: int) -> int:
    """Where the line holding `pos` starts, at most LINE_REACH characters back (keeps each reading bounded)."""
    lo = max(0, pos - LINE_REACH)
    return max(lo, doc.view.rfind("\n", lo, pos) + 1)


EXPENSE = "ค่า"  # the frame of an expense: what "as actually paid" reimburses
AS_PAID_TAIL = 32  # characters between "as actually paid" and the cap's qualifier ("แต่รวมกันทั้งหมดแล้ว", "รวมแล้วไม่เกินปีงบประมาณละ": m27)


@lexicon_cache
def _as_paid_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('percent_subject_words', role='as_paid'))})[^\d\n]{{0,{AS_PAID_TAIL}}}$")


def _before_as_paid(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ค่าใช้จ่ายในการจัดการศพเท่าที่จ่ายจริงไม่เกิน 40,000 บาท", "หักลดหย่อนค่าซ่อมแซมบ้านตามจำนวนที่จ่ายจริง แต่ไม่เกิน
    100,000 บาท": a cap after "as actually paid" (role `as_paid`: ตามที่จ่ายจริง, เท่าที่จ่ายจริง …) is the cap of the
    expense (ค่า…) glued right before that phrase, from the expense to the phrase (a place glued after the expense
    included: "…ค่าใช้จ่ายในการจัดการศพในต่างประเทศเท่าที่จ่ายจริง"); None when the phrase there names no expense
    ("มีสิทธิเบิกได้เท่าที่จ่ายจริง") or a date stands between."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    m = _as_paid_re().search(doc.view, max(left_limit, start - AS_PAID_TAIL - 24), start)
    if m is None or not doc.is_boundary(m.start()):
        return None
    found = money_subject(doc, subject_before(doc, m.start(), left_limit=left_limit), pos=m.start(), left_limit=left_limit)
    end = m.start() - 1 if doc.view[m.start() - 1:m.start()] == " " else m.start()
    if found is None or found.end > end or any(c.isspace() or c.isdigit() for c in doc.view[found.end:end]):
        return None  # "… ตั้งแต่วันที่ 1 มกราคม 2566 ตามจำนวนที่จ่ายจริง": a date, not the expense, before it
    expense = next((t for t in _word_tokens(doc, found) if t.kind == "word" and _frame_at(t.text) == 0
                    and t.text.startswith(EXPENSE)), None)
    if expense is None:
        return _item_expense(doc, m.start(), found)  # "สำหรับการเดินทางท่องเที่ยว…ได้ตามที่จ่ายจริง": no expense named
    return Subject(doc.text[expense.start:end], expense.start, end)  # "…หักลดหย่อน|ค่าซ่อมแซมบ้าน", "…ค่าใช้จ่าย…|ในต่างประเทศ"


# a list item's line opening with an expense: "2. ค่ารักษาพยาบาลสำหรับผู้ปฏิบัติงาน…" (a number, a bracket or a dash first)
_ITEM_EXPENSE = regex.compile(r"[ ]*(?:\(?[0-9๐-๙]{1,2}[.)][ ]?|[-•][ ]?)(?P<exp>%s[^\s0-9๐-๙()]{1,60}?)(?=สำหรับ|[ ])" % EXPENSE)
_CLAIM = regex.compile(r"(?:สิทธิ)?(?:เบิก|ขอรับ|ได้รับ)(?:ได้)?[ ]?\Z")


def _item_expense(doc: Document, at: int, found: Subject) -> Subject | None:
    """ "2. ค่ารักษาพยาบาลสำหรับผู้ปฏิบัติงาน… กรณีเข้ารับการรักษา… มีสิทธิเบิกได้เท่าที่จ่ายจริงรวมแล้วไม่เกิน 3,600 บาท": when
    the phrase before "as actually paid" is a claim (เบิกได้, มีสิทธิเบิก) naming no expense, the expense opening the list
    item's line names the cap: only with a list mark first, on the same line and no figure between (m27)."""
    if _CLAIM.search(doc.view, max(0, at - 16), at) is None:
        return None
    line = _line_start(doc, at)
    m = _ITEM_EXPENSE.match(doc.view, line, at)
    if m is None or any(c.isdigit() for c in doc.view[m.end():at]) or m.end("exp") > found.start:
        return None
    return Subject(m["exp"], m.start("exp"), m.end("exp"))


LIST_TAIL = 8  # characters of a modifier glued between a list header's money frame and the opener (พิเศษ)
LIST_STEP = 40  # characters searched for the opener or the amount before, at each step back
LIST_ITEMS = 8  # bare amounts before one in a list ("ได้แก่ 11 บาท 22 บาท 33 บาท")


@lexicon_cache
def _list_opener_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('check_words', role='list_intro'))})[ ]?:?[ ]?$")


PREVIOUS_AMOUNT = regex.compile(r"\d[\d,.]*[ ]?[^\s\d]{0,6}บาท[ ]?,?[ ]?(?:และ|หรือ)?[ ]?$")  # "22 บาท และ "


def _amount_list_header(doc: Document, pos: int) -> Subject | None:
    """ "ซื้อ voucher ได้ในราคาพิเศษ ได้แก่ 11 บาท 22 บาท 33 บาท และ 44 บาท": an amount in a list of bare amounts
    (nothing but other amounts in baht, และ/หรือ, between it and the list's opener: ได้แก่, คือ, ดังนี้, ประกอบด้วย)
    measures what the money phrase before the opener names, as every item of the list does; else None."""
    line = _line_start(doc, pos)
    end = qualifier_start(doc, pos)
    for _ in range(LIST_ITEMS + 1):
        opener = _list_opener_re().search(doc.view, max(line, end - LIST_STEP), end)
        if opener is not None:
            if not doc.is_boundary(opener.start()):
                return None
            found = _frame_phrase(doc, opener.start(), line, to_figure=False)
            stop = opener.start() - 1 if doc.view[opener.start() - 1:opener.start()] == " " else opener.start()
            if found is None or found.end > stop or stop - found.end > LIST_TAIL or " " in doc.view[found.end:stop]:
                return None  # "ค่าสมัครสมาชิกแบ่งเป็น 3 ระดับ คือ": the frame is no header of the list
            tail = [t for t in doc.tokens_after(found.end, LIST_TAIL) if t.end <= stop]
            if any(t.kind != "word" or word_class(t.text) not in ("ADJ", "N") for t in tail):
                return found  # "เงินชดเชย|เป็นงวด คือ": a predicate, not a modifier, before the opener
            return Subject(doc.text[found.start:stop], found.start, stop)  # "ราคา|พิเศษ ได้แก่": its glued modifier too
        previous = PREVIOUS_AMOUNT.search(doc.view, max(line, end - LIST_STEP), end)
        if previous is None:
            return None
        end = previous.start()
    return None


RELATIVES = ("ที่", "ซึ่ง")
RELATIVE_TOKENS = 8  # words of a relative clause between the money's phrase and the gap word before the figure
_CLOSED_BY = regex.compile(r"[ ]?(?:จำนวน|อยู่ที่)[ ]?$")  # a gap word closing the clause before the figure


def _money_relative(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "เงินที่รัฐร่วมจ่ายจำนวน 17,452.87 ล้านบาท", "ค่าที่ดินซึ่งต้องจ่ายเพิ่มเติม จำนวน": a money frame's phrase with a
    relative clause glued to it (ที่/ซึ่ง and its verbs), closed by จำนวน or อยู่ที่ before the figure: the clause
    says which money is meant and is part of its name; else None. Without the gap word the clause's verb may
    take the figure itself ("หนี้นอกระบบที่ไปกู้ยืมมาอีก 20,000 บาท"), and the phrase is left to the reader."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    gap = _CLOSED_BY.search(doc.view, max(left_limit, start - 12), start)
    if gap is None:
        return None
    toks = doc.tokens_before(gap.start(), RELATIVE_TOKENS)
    k = len(toks) - 1
    if k < 1 or toks[k].end != gap.start():
        return None
    while k > 0 and toks[k].kind == "word" and toks[k].text not in RELATIVES and toks[k - 1].end == toks[k].start:
        k -= 1
    clause = toks[k + 1:]
    if toks[k].text not in RELATIVES or not clause or not any(_verbish(t.text) for t in clause):
        return None
    framed = _frame_phrase(doc, toks[k].start, left_limit, to_figure=False)
    if framed is None or framed.end != toks[k].start:
        return None
    return Subject(doc.text[framed.start:gap.start()], framed.start, gap.start())


# between a relative clause and the figure, a word that makes the clause's verb take the figure as a level reached or
# a further amount: "ที่ถูกกด|เหลือ 8 บาท", "ที่อยู่|ในระดับ 34-35 บาท", "ที่ไปกู้ยืม|มาอีก 20,000 บาท" (m34)
_REACHED_BY = regex.compile(r"[ ]?(?:มา)?(?:อีก|เหลือ|ในระดับ)[ ]?$")


_PER_HEAD = regex.compile(r"(?:^|(?<=\s))(?P<head>[ก-์]{2,12})ละ[ ]?$")  # "… รางวัลละ " right before the amount
_PER_AT = regex.compile(r"(?P<head>[ก-์]{2,12}?)ละ[ ]?(?=[\d๐-๙]|ไม่|สูงสุด|ประมาณ)")
LABEL_REACH = 50  # characters before the per word searched for the label that repeats its head
TIME_HEADS = frozenset({"ปี", "เดือน", "วัน", "สัปดาห์", "ชั่วโมง", "นาที"})  # "เดือนละ": a period, no item's label
_YEAR_IN = regex.compile(r"(?<![\d,.])[12๑๒][\d๐-๙]{3}(?![\d,.])")  # a year (2568, 2025) in a would-be label
_AMOUNT_IN = regex.compile(r"\d[\d,.]*[ ]?(?:ล้าน|แสน|หมื่น|พัน)?[ ]?บาท")


def _echoed_label(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "รางวัลที่ 3 รางวัลละ 5,000 บาท", "รางวัลเลขท้าย 3 ตัว รางวัลละ 100 บาท": a per word (X + ละ) right before the amount
    whose X opens a label standing a little before it (after a space or at the line's start, not a count's
    classifier "500 ครัวเรือน ครัวเรือนละ") names each item paid: the label, its number and classifier included, is
    what the amount is (the reader cuts it at the number, or reads the item before). Else None (m34)."""
    at_pos = _PER_AT.match(doc.view, pos)  # the reading's position is the per word's when it stands before the figure
    if at_pos is not None and (pos == 0 or doc.view[pos - 1] in " \n\t"):
        head, per = at_pos.group("head"), pos
    else:
        start = qualifier_start(doc, pos, left_limit=left_limit)
        m = _PER_HEAD.search(doc.view, max(left_limit, start - 20), start)
        if m is None:
            return None
        head, per = m.group("head"), m.start("head")
    lo = max(_line_start(doc, per), per - LABEL_REACH)  # a number in the label ("ที่ 3") may be the record before
    at = doc.view.rfind(head, lo, per)
    while at >= lo:
        if at == 0 or doc.view[at - 1] in " \n\t":
            break
        at = doc.view.rfind(head, lo, at)
    if at < lo:
        return None
    label = doc.view[at:per].rstrip(" ")
    if label == head or head in TIME_HEADS or "\n" in label or _AMOUNT_IN.search(label) or only_a_time(label) or _YEAR_IN.search(label) \
            or doc.view[max(0, at - 12):at].rstrip(" ")[-1:].isdigit():
        return None  # "ปีงบประมาณ 2568 ปีละ …": a time, not an item paid
    return Subject(doc.text[at:at + len(label)], at, at + len(label))


FROM_OLD = "จากเดิม"  # "from the old (level)": what follows is the old value's clause, not a name


def _before_from_old(doc: Document, found: Subject | None) -> Subject | None:
    """ "ขยายวงเงิน|จาก|เดิม|กู้ได้ไม่เกิน 20,000 บาท เป็นไม่เกิน 50,000 บาท": จากเดิม inside the phrase opens the old
    value's clause; the thing changed is the part before it (วงเงิน), as when the reader stops at จาก (m34)."""
    if found is None:
        return found
    at = found.text.find(FROM_OLD)
    if at <= 0 or not doc.is_boundary(found.start + at):
        return found
    end = found.start + len(found.text[:at].rstrip(" "))
    head = Subject(doc.text[found.start:end], found.start, end)
    return head if names_money(head.text) else found


def _past_place_of_act(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "ควรมีเม็ดเงิน|เติม|ลง|ไป|ใน|ระบบ 2-3 แสนล้านบาท": a phrase naming no money right after ใน, with verbs glued before
    ใน and a money phrase glued before them, is where the money goes (or is used), not what it is: the money phrase
    is the subject (as `_before_manner` steps over verbs to the money before a manner). Not people (who, not where),
    nor with no verb between (the reader's own "X ใน Y") (m34)."""
    if found is None or names_money(found.text) or _person(found.text):
        return found
    at = found.start - len(MANNER_AFTER)
    if at <= left_limit or doc.view[at:found.start] != MANNER_AFTER or not doc.is_boundary(at):
        return found
    end = at
    for tok in reversed(doc.tokens_before(at, MANNER_VERBS)):
        if tok.kind != "word" or tok.end != end or word_class(tok.text) not in ("V", "AUX"):
            break
        end = tok.start
    if end == at or end <= left_limit:
        return found
    before = money_subject(doc, subject_before(doc, end, left_limit=left_limit), left_limit=left_limit)
    if before is None or before.end != end or not names_money(before.text):
        return found
    return before


def _without_money_tail(doc: Document, found: Subject | None) -> Subject | None:
    """ "ราคาตกเขียว|ปัจจุบัน", "ค่าปรับ|หนัก 30 ล้านวอน": a word of time (role `money_tail`) as the last token, glued
    after a phrase that names money, says when, not which money: dropped (m34). A word of degree (role `money_degree`:
    หนัก, มหาศาล) only right after the word that names the money ("ค่าปรับ|หนัก", "เม็ดเงิน|มหาศาล"): after another noun
    it is that noun's adjective ("ค่าเช่าเครื่องจักร|หนัก", "ค่าผ่านทางรถบรรทุก|หนัก") and stays (rev34c)."""
    if found is None:
        return found
    toks = _word_tokens(doc, found)
    if len(toks) < 2 or toks[-1].kind != "word" or toks[-2].kind != "word" or toks[-2].end != toks[-1].start:
        return found
    degree = toks[-1].text in words("percent_subject_words", role="money_degree")
    if toks[-1].text not in words("percent_subject_words", role="money_tail") \
            and not (degree and names_money(toks[-2].text)):
        return found
    head = Subject(doc.text[found.start:toks[-2].end], found.start, toks[-2].end)
    return head if names_money(head.text) else found


INTO = frozenset({"เข้า", "สู่", "เข้าสู่"})  # "เงินสมทบ|เข้า|กองทุน", "เม็ดเงิน|เข้าสู่|ระบบเศรษฐกิจ": where money goes


MIN_PLACE = 3  # characters of a destination glued to เข้า by the segmenter ("เข้า|บัญชี"): fewer are no noun


def _into(text: str) -> bool:
    """A verb of going into as a token of its own, or glued by the segmenter to the noun of where ("เข้าบัญชี")."""
    if text in INTO:
        return True
    verb = next((v for v in sorted(INTO, key=len, reverse=True) if text.startswith(v)), None)
    return verb is not None and len(text) - len(verb) >= MIN_PLACE and text[len(verb):] in _tag_table() \
        and word_class(text[len(verb):]) == "N"


def _without_destination(doc: Document, found: Subject | None) -> Subject | None:
    """ "จ่ายเงินสมทบ|เข้า|กองทุนสำหรับสมาชิก … ไม่เกิน 1,800 บาท", "เติมเม็ดเงิน|เข้าสู่|ระบบเศรษฐกิจ": a money noun opening the
    phrase, then a verb of going into (เข้า, สู่, เข้าสู่ as a token of its own) and where: the place the money goes
    is no part of what it is; the phrase ends before the verb (m34). Not a word that merely opens with เข้า
    (เข้าร่วม, นำเข้า are tokens of their own)."""
    if found is None:
        return found
    toks = _word_tokens(doc, found)
    if len(toks) < 3 or toks[0].start != found.start or toks[0].kind != "word" or _frame_at(toks[0].text) != 0:
        return found
    k = 1
    while k < len(toks) and toks[k].kind == "word" and toks[k].start == toks[k - 1].end \
            and not _into(toks[k].text) and word_class(toks[k].text) == "N":
        k += 1  # the money noun's own words
    if k >= len(toks) or not _into(toks[k].text) or toks[k].start != toks[k - 1].end \
            or toks[k].text in INTO and k == len(toks) - 1:
        return found
    end = toks[k - 1].end
    return Subject(doc.text[found.start:end], found.start, end)


_URL_BEFORE = regex.compile(r"(?:[A-Za-z0-9-]+\.)+\Z")  # "www.|thailandpostmart.|" glued before a Latin piece


def _url_piece(doc: Document, found: Subject) -> bool:
    """ "บนเว็บไซต์ thailandpostmart.com รวมขั้นต่ำ 1,000 บาท": a phrase of Latin letters alone glued after a dot that ends
    a run of Latin labels is the tail of a web address or a file name (com, th, go.th, pdf), which names nothing (m35)."""
    text = found.text
    if not text.isascii() or not text.replace(".", "").isalpha() or not text.islower() or found.start < 2:
        return False  # a capital opens a name's part, not a web tail: "Mr.|DIY", "SCBS.|Plus" (rev35d)
    return _URL_BEFORE.search(doc.view, max(0, found.start - 40), found.start) is not None


_RANK_SCOPE = regex.compile(r"(?:(?:สูง|ต่ำ|มาก|น้อย)(?:ที่สุด)?[ ]?)?(?:เป็น)?[ ]?(?:ลำดับ|อันดับ)(?:ที่)?[ ]?[0-9๐-๙]{1,3}[ ]?"
                         r"(?:ของ|ใน)[ ]?\Z")


def _past_rank_scope(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "จังหวัดระยองมีผลิตภัณฑ์มวลรวมจังหวัดสูงเป็นลำดับที่ 3 ของ|ประเทศ (857,191 ล้านบาท)": a phrase right after a rank
    ("(สูง)เป็นลำดับที่/อันดับ N ของ/ใน") is the field ranked in, not what the amount measures; the money phrase before the
    rank is, money frame or not (ผลิตภัณฑ์มวลรวม; m35). Kept when a place, people or a verb stand before the rank."""
    if found is None or names_money(found.text):
        return found
    line = _line_start(doc, found.start)
    m = _RANK_SCOPE.search(doc.view, max(line, found.start - 40), found.start)
    if m is not None and m.start() < left_limit <= m.end() and not any(c.isdigit() for c in doc.view[left_limit:m.end()]):
        left_limit = line  # the record before is the rank's own ordinal ("ลำดับที่ 3"): read past it
    if m is None or m.start() <= left_limit or not doc.is_boundary(m.start()):
        return found
    before = money_subject(doc, subject_before(doc, m.start(), left_limit=left_limit), left_limit=left_limit)
    if before is None or before.end != m.start() or _place_name(before.text) or _person(before.text) \
            or word_class(before.text) == "V" or _clause_verb(doc, before):
        return found  # "จังหวัดระยอง|สูงเป็นอันดับ 3 ของประเทศ": a place ranked names no money
    return before


NOMINALISERS = ("การ", "ความ")


def _clause_verb(doc: Document, found: Subject) -> bool:
    """ "กิจการร่วมค้า|ชนะ|การประมูล|เป็นลำดับที่ 1 ใน|โครงการ… 120,000 ล้านบาท": a phrase before a rank holding a verb
    of its own (not one made a noun by การ/ความ) is a clause, the winner ranked; the amount measures the field after
    the rank (rev35d). The tags call ชนะ a noun: a verb of the tag table glued after the phrase's first noun counts too."""
    toks = _word_tokens(doc, found)
    for k in range(1, len(toks)):
        prev, t = toks[k - 1], toks[k]
        if prev.text in NOMINALISERS or prev.end != t.start or t.text.startswith(NOMINALISERS) \
                or word_class(prev.text) == "P":
            continue  # "รายได้|จาก|การท่องเที่ยว": an act made a noun, or a preposition's object
        if word_class(t.text) == "V" and word_class(prev.text) != "ADV" or t.text in CLAUSE_VERBS:
            return True
    return False


CLAUSE_VERBS = frozenset({"ชนะ", "ได้รับ", "ได้"})  # verbs of winning or getting a rank the tags call nouns or aux



FEE = "ค่า"
FEE_TOKENS = 8  # words of the fee's phrase read after เป็น
FEE_STOPS = frozenset({"ให้", "แก่", "ให้แก่", "ให้กับ", "ที่", "ซึ่ง", "โดย", "ตาม", "จาก", "เพื่อ", "และ", "หรือ", "รวม"})
_AS_FEE_AFTER = regex.compile(r"[0-9๐-๙][0-9๐-๙,.]*[ ]?(?:(?:ล้าน|แสน|หมื่น|พัน)[ ]?)?บาท[ ]?(?:เพื่อ[ ]?)?เป็น[ ]?(?=ค่า)")


def _fee_after(doc: Document, pos: int) -> Subject | None:
    """ "มอบให้โรงเรียนบ้านนา จำนวน 50,000 บาท เป็นค่าอาหารกลางวัน": an amount in baht followed right away by (เพื่อ)เป็น +
    a fee or expense (ค่า…) is paid as that fee; when nothing before the amount names money, the fee's phrase is its
    subject (m35). Only ค่า: "เป็นเงินสด" is the manner of paying."""
    m = _AS_FEE_AFTER.match(doc.view, pos)
    if m is None:
        return None
    toks = doc.tokens_after(m.end(), FEE_TOKENS)
    if not toks or toks[0].kind != "word" or toks[0].start != m.end() or _frame_at(toks[0].text) != 0 \
            or not toks[0].text.startswith(FEE):
        return None
    end = toks[0].end
    for k in range(1, len(toks)):
        t = toks[k]
        if t.kind != "word" or t.start != end or t.text in FEE_STOPS or word_class(t.text) == "C" \
                or t.text == IN and not (k + 1 < len(toks) and toks[k + 1].text.startswith(ACTS)):
            break
        end = t.end
    if _FIGURE_NEXT.match(doc.view, end) or any(w in doc.view[m.end():end] for w in PERCENT_WORDS):
        return None  # "…12 ล้านบาท เป็นค่าก่อสร้าง 10 ล้านบาท และค่า…", "…เป็นค่าแรงร้อยละ 30": the fee is another figure's (rev35d)
    return Subject(doc.text[m.end():end], m.end(), end)


# after the fee's phrase, another amount or share the fee names: "เป็น|ค่าก่อสร้าง| 10 ล้านบาท", "ค่าแรง| ร้อยละ 30";
# not a count ("เป็นค่าใช้จ่าย 2 รายการ"; rev35d)
_FIGURE_NEXT = regex.compile(r"[ ]?(?:ร้อยละ|เปอร์เซ็นต์|[0-9๐-๙][0-9๐-๙,.]*[ ]?(?:(?:ล้าน|แสน|หมื่น|พัน)[ ]?)*(?:บาท|%))")
PERCENT_WORDS = ("ร้อยละ", "เปอร์เซ็นต์")


def _received_money(doc: Document, found: Subject | None, pos: int) -> bool:
    """ "ได้รับ|เงินรางวัล 30,000 บาท เป็นค่าใช้จ่าย…", "ได้รับ|ทุน 30,000 บาท เป็นค่าเล่าเรียน": a noun glued up to the
    amount (one space between at most) that a verb of receiving (ได้รับ, รับ) takes, or a phrase read that opens with
    เงิน, is the money received; the ค่า… after the amount says what it pays for, not what the amount is. Not an act
    received ("ได้รับ|การสนับสนุน"; rev35d)."""
    if found is not None and found.text.startswith(MONEY_NOUN):
        return True
    end = pos - 1 if pos > 0 and doc.view[pos - 1] == " " else pos
    run: list[Token] = []
    for t in reversed(doc.tokens_before(end, RECEIVED_RUN)):
        if t.kind != "word" or t.end != (run[-1].start if run else end):
            break
        run.append(t)
    run.reverse()
    for k, t in enumerate(run):
        rest = None
        if t.text in RECEIVING_VERBS:
            rest = doc.view[t.end:end]
        elif t.text == GOT and k + 1 < len(run) and run[k + 1].text.startswith(RECEIVE):
            rest = doc.view[run[k + 1].start + len(RECEIVE):end]  # "ได้|รับทุน": the segmenter's cut
        if rest and not rest.startswith(ACTS):
            return True
    return False


RECEIVED_RUN = 6  # glued words before an amount searched for a verb of receiving
GOT, RECEIVE = "ได้", "รับ"
RECEIVING_VERBS = frozenset({"ได้รับ", "รับ"})  # "ได้รับ|รางวัล N บาท": the money received


FIGURE_LABELS = ("ตัวเลข",)  # "ตัวเลข|เฉลี่ย|การใช้จ่าย": the figure of what follows
AVERAGE_WORDS = ("เฉลี่ย", "โดยเฉลี่ย")


def _without_figure_label(doc: Document, found: Subject | None) -> Subject | None:
    """ "มีตัวเลขเฉลี่ยการใช้จ่ายอยู่ที่ 50,000 บาท" → การใช้จ่าย: ตัวเลข ("the figure", with เฉลี่ย or not) opening the phrase
    before an act (การ…) or a money frame glued after it names only the amount itself; what follows it is what the amount
    measures (m35). Not ตัวเลข alone nor before another noun."""
    if found is None:
        return None
    toks = _word_tokens(doc, found)
    if len(toks) < 2 or toks[0].text not in FIGURE_LABELS or toks[0].start != found.start:
        return found
    k = 1
    if toks[k].text in AVERAGE_WORDS and k + 1 < len(toks):
        k += 1
    if toks[k].start != toks[k - 1].end or not (toks[k].text.startswith(ACTS) or _frame_at(toks[k].text) == 0):
        return found
    return Subject(doc.text[toks[k].start:found.end], toks[k].start, found.end)


SIZE_WORDS = frozenset({"ขนาด"})  # "X มี|ขนาด|(เท่ากับ) N": the size of X
HAVE = "มี"
SIZE_SCOPE = 8  # characters of a glued scope word (ทั่วโลก) between the phrase read and มี


def _past_size_word(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "ปริมาณสินทรัพย์ทางการเงินอิสลามทั่วโลกมี|ขนาด|เท่ากับ 4.925 ล้านล้านเหรียญสหรัฐ", "ตลาดอีคอมเมิร์ซไทยมีขนาด 4 แสนล้าน
    บาท": a bare size word (ขนาด) glued after มี names only the measure; what has that size, the phrase before มี, is what
    the amount measures (m35). Kept when no phrase stands there, or it names people or a place (a money frame after มี,
    มูลค่า/ราคา, is no size word: the released rows write those alone)."""
    if found is None or found.text not in SIZE_WORDS:
        return found
    have = doc.tokens_before(found.start, 1)
    if not have or have[-1].text != HAVE or have[-1].end != found.start or have[-1].start <= left_limit:
        return found
    before = money_subject(doc, subject_before(doc, have[-1].start, left_limit=left_limit), left_limit=left_limit)
    at = have[-1].start
    if before is None or not 0 <= at - before.end <= SIZE_SCOPE or " " in doc.view[before.end:at] \
            or _person(before.text) or _place_name(before.text):
        return found
    return Subject(doc.text[before.start:at], before.start, at)  # "…อิสลาม|ทั่วโลก|มี": a scope the reader cut, glued, kept


def _signer_before(doc: Document, toks: list) -> bool:
    """The words before "ใน<contract noun>" make a signer's clause: one of them is a verb (ลงนาม, เข้าร่วม…), or they
    open with a place or a body's head word (กรุงเทพมหานคร|ลงนาม, บริษัท…); not a noun of the contract's own content
    ("สิทธิประโยชน์|ใน|สัญญาสัมปทาน": what the amount measures; rev35d)."""
    first = toks[0].text if toks else ""
    return any(t.kind == "word" and word_class(t.text) == "V" for t in toks) or _place_name(first) \
        or first.startswith(tuple(words("grammar", role="name_head")))


IN = "ใน"
CONTRACT_NOUNS = ("สัญญา", "ข้อตกลง")  # a contract named by what it does: "สัญญา|สนับสนุน|ทางการเงิน"


def _with_contract_noun(doc: Document, found: Subject | None) -> Subject | None:
    """ "ร่วมลงนามในสัญญา|สนับสนุน|ทางการเงินของ EXIM BANK จำนวน 2,000 ล้านบาท": the reader starts the phrase at the verb
    after a contract noun (สัญญา, ข้อตกลง) glued before it, as it starts a clause; the verb is the contract's content and
    the contract is what the amount measures: the noun is put back (m35). Only for a phrase opening with a verb. A phrase
    holding "…ใน<contract noun>…" (ลงนามในสัญญา…) with no money named before ใน starts at the contract noun: the signer and
    the signing are dropped (not "ค่าปรับตามที่ระบุในสัญญา…")."""
    if found is None:
        return None
    toks = _word_tokens(doc, found)
    for k in range(1, len(toks) - 1):
        if toks[k].text == IN and toks[k + 1].text in CONTRACT_NOUNS and toks[k - 1].kind == "word" \
                and toks[k - 1].end == toks[k].start and toks[k + 2:k + 3] and _signer_before(doc, toks[:k]) \
                and not names_money(doc.text[found.start:toks[k].start]):
            # "กรุงเทพมหานคร|ลงนาม|ใน|สัญญา|จัดซื้อ…": the signer's clause is no part of the contract; a noun before ใน
            # ("สิทธิประโยชน์|ใน|สัญญาสัมปทาน") is a part of the contract, what the amount measures (rev35d)
            at = toks[k + 1].start
            return Subject(doc.text[at:found.end], at, found.end)
    before = doc.tokens_before(found.start, 1)
    first = next((t for t in doc.tokens_after(found.start, 1) if t.kind == "word"), None)
    if not before or before[-1].kind != "word" or before[-1].end != found.start or before[-1].text not in CONTRACT_NOUNS \
            or first is None or first.start != found.start or word_class(first.text) != "V":
        return found
    at = before[-1].start
    return Subject(doc.text[at:found.end], at, found.end)


RECIPIENT_MARKS = ("ให้แก่", "ให้กับ", "แก่")  # to whom money goes ("ให้" alone is as often causative: not read)
HAVE_WORDS = frozenset({"มี", "ที่มี", "ซึ่งมี"})  # "ที่มี|สินทรัพย์": the thing had is the one the amount measures
RECIPIENT_REACH = 60  # characters between the recipient word and the phrase the reader read after it


def _money_before_recipient(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "มอบสิทธิประโยชน์ว่างงาน|แก่|ลูกจ้าง บ.… ที่ถูกเลิกจ้างจากโควิด -19 กว่า 30 ล้านบาท": a phrase naming no money, read
    after แก่/ให้แก่/ให้กับ with no figure between, says who (or what) gets the money or a clause about them; the money
    phrase ending right at the recipient word is what the amount measures. Not a phrase glued right after มี (ที่มี,
    ซึ่งมี): the recipient's own asset, income or debt is measured ("ปล่อยสินเชื่อให้แก่วิสาหกิจที่มีสินทรัพย์ไม่เกิน
    200 ล้านบาท" → สินทรัพย์; rev34c). Else `found` (m34)."""
    if found is None or names_money(found.text) or found.start <= left_limit:
        return found
    had = doc.tokens_before(found.start, 1)
    if had and had[-1].kind == "word" and had[-1].end == found.start and had[-1].text in HAVE_WORDS:
        return found  # "…ให้แก่วิสาหกิจที่มี|สินทรัพย์ไม่เกิน 200 ล้านบาท": what the recipient has is measured (rev34c)
    lo = max(left_limit, found.start - RECIPIENT_REACH)
    view = doc.view[lo:found.start]
    if "\n" in view or any(c.isdigit() for c in view):
        return found
    at = max((view.rfind(w) for w in RECIPIENT_MARKS), default=-1)
    if at < 0:
        return found
    at += lo
    if doc.view.startswith("ให้", at - 3) and not doc.view.startswith("ให้", at):
        at -= 3  # "ให้|แก่" written as two tokens
    if at <= left_limit or not doc.is_boundary(at):
        return found
    raw = subject_before(doc, at, left_limit=left_limit)
    before = money_subject(doc, raw, left_limit=left_limit)
    if before is None or before.end != at \
            or not (names_money(before.text) or _given_thing(doc, raw, before) and not _new_predicate(doc, found)
                    and not _recipient_acts(doc, found)):
        return found
    return before


def _donors_after_thing(doc: Document, found: Subject, pos: int, left_limit: int) -> bool:
    """ "มอบโล่|แก่|ผู้บริจาค|รายใหญ่ 1 ล้านบาท": the phrase read names no money and ends at a recipient word
    (แก่/ให้แก่/ให้กับ) whose people run up to the figure and are named by a verb of their own money (role own_money:
    บริจาค, ลงทุน, ใช้จ่าย …, glued in ผู้บริจาค, นักลงทุน, or after ผู้(ที่)(ร่วม)). The amount is what those people
    gave or spent, which no noun names: not the worth of the thing given them (a shield, a certificate). True then, and
    the record's subject is null, as the people's phrase alone reads (m36). Not when a word after the recipient word
    opens with a money frame ("ผู้บริจาค|เงิน|สมทบ…": the reader reads that phrase), nor for a thing that names money.
    The people's run is glued words the figure closes: no space, digit or line break in it."""
    if names_money(found.text) or found.start < left_limit:
        return False
    verb = doc.tokens_before(found.start, 1)
    if not verb or verb[-1].kind != "word" or verb[-1].end != found.start or verb[-1].text not in AWARD_VERBS:
        return False  # "จำหน่าย|พันธบัตร…ให้แก่นักลงทุน", "ขาย|บ้าน…": what is sold or issued to them is what they pay for (rev36m)
    end = qualifier_start(doc, pos, left_limit=left_limit)
    toks = [t for t in doc.tokens_after(found.end, 16) if t.end <= end]
    while toks and toks[-1].kind != "word":
        toks.pop()
    k = 0
    mark = ""
    while k < len(toks) and toks[k].kind == "word" and mark + toks[k].text in RECIPIENT_MARK_PIECES:
        mark += toks[k].text
        k += 1
    if mark not in RECIPIENT_MARKS or toks[0].start != found.end:
        return False
    people = toks[k:]
    if not people or any(t.kind != "word" for t in people) or "\n" in doc.view[found.end:end] \
            or any(c.isdigit() for c in doc.view[found.end:end]):
        return False
    prefixes = tuple(words("percent_subject_words", role="person_prefix"))
    if not (_person(people[0].text) or people[0].text in prefixes):
        return False
    own = words("percent_subject_words", role="own_money")
    own = own - LOSS_ACTS  # "มอบปุ๋ยให้แก่เกษตรกรที่ขาดทุน|รายละ…", "ผู้สูญเสีย": people who lost money are given aid (rev36m)
    acts = [t for t in people if t.text in own or any(t.text.startswith(p) and t.text[len(p):] in own for p in prefixes)]
    return bool(acts) and not any(t.text.startswith(_frames()) for t in people if t not in acts)  # "ผู้บริจาค|เงิน…"


AWARD_VERBS = frozenset({"มอบ", "ส่งมอบ", "ประทาน", "พระราชทาน"})  # glued before the thing given to donors (rev36m)
LOSS_ACTS = frozenset({"ขาดทุน", "สูญเสีย"})  # own_money words of losing, not of paying out: their people receive (rev36m)
RECIPIENT_MARK_PIECES = frozenset({"ให้", "แก่", "ให้แก่", "ให้กับ"})  # a recipient word, whole or in the segmenter's pieces


PASSIVE_MARKS = frozenset({"ถูก", "ได้รับ", "โดน"})  # "ที่ถูก|เลิกจ้าง": what the recipient undergoes


def _recipient_acts(doc: Document, found: Subject) -> bool:
    """ "มอบเกียรติบัตรแก่ผู้บริจาค บริษัทเอกชน ที่ร่วม|สมทบ กว่า 2 ล้านบาท": the phrase read after the recipient is a
    verb the recipient does (not after ถูก/ได้รับ/โดน), so the amount is what they did (contributed, spent), not the
    worth of the thing given them; "…ที่ถูก|เลิกจ้าง กว่า 12 ล้านบาท" still gives the thing (rev35d)."""
    first = next((t for t in doc.tokens_after(found.start, 1) if t.kind == "word"), None)
    if first is None or first.start != found.start:
        return False
    before = doc.tokens_before(found.start, 1)
    glued = before[-1] if before and before[-1].kind == "word" and before[-1].end == found.start else None
    if glued is not None and glued.text in PASSIVE_MARKS:
        return False
    return _verbish(first.text) or glued is not None and _verbish(glued.text)  # "ที่ร่วม|สมทบ": the tags call สมทบ a noun


def _new_predicate(doc: Document, found: Subject) -> bool:
    """ "ให้สิทธิแก่ผู้ถือบัตร ซื้อ|สินค้าได้ไม่เกิน 300 บาท": the phrase read is the object of a verb that opens its glued run
    after a space, a new predicate (what the recipient may do), not a clause about the recipient (ที่/ซึ่ง…); m35."""
    toks = doc.tokens_before(found.start, 8)
    k = len(toks)
    while k > 0 and toks[k - 1].kind == "word" and toks[k - 1].end == (toks[k].start if k < len(toks) else found.start):
        k -= 1
    if k == len(toks):
        return False
    first = toks[k].text
    return not first.startswith(RELATIVES) and _verbish(first)


GIVING_VERBS = frozenset({"มอบ", "ให้", "จ่าย", "โอน"})  # "มอบ X แก่ Y": X is given, its worth the amount


def _given_thing(doc: Document, raw: Subject | None, before: Subject) -> bool:
    """ "มอบ|สิทธิประโยชน์ว่างงาน|แก่|ลูกจ้าง…", "ให้|ส่วนลด|แก่|ผู้ใช้ไฟฟ้า…": a noun phrase that a verb of giving (มอบ, ให้,
    จ่าย, โอน) takes right before it, with the recipient after แก่/ให้แก่/ให้กับ, is the thing given; the amount after the
    recipient is its worth though no money frame names it (m35). Not a person or a body given to."""
    if raw is None or _person(before.text) \
            or before.text in words("percent_subject_words", role="money_agent"):
        return False
    verb = doc.tokens_before(before.start, 1)
    return bool(verb) and verb[-1].kind == "word" and verb[-1].end == before.start and verb[-1].text in GIVING_VERBS \
        and word_class(before.text.split(" ")[0]) != "V"


GIVE = "ให้"  # glued before a money frame by the segmenter: "ทำ|ให้ราคา|ยางพารา" (to make the price of …)


def _with_glued_frame(doc: Document, found: Subject | None) -> Subject | None:
    """ "ทำ|ให้ราคา|ยางพารา|สูงขึ้นจาก 48 บาท": the segmenter glues ให้ to the money frame after it; the reader drops the
    token as a verb and keeps the goods alone. A phrase naming no money right after such a token gets its frame back:
    ราคายางพารา (m34)."""
    if found is None or names_money(found.text):
        return found
    before = doc.tokens_before(found.start, 1)
    if not before or before[-1].kind != "word" or before[-1].end != found.start \
            or not before[-1].text.startswith(GIVE) or _frame_at(before[-1].text[len(GIVE):]) != 0:
        return found
    at = before[-1].start + len(GIVE)
    return Subject(doc.text[at:found.end], at, found.end)


LEVEL_BEFORE_COMPARATIVE = ("ระดับ",)  # "ระดับ|ต่ำกว่า|ปริญญาตรี": a level's name, no comparison


def _past_comparative_base(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "สร้างรายได้สูงกว่า|พืชเชิงเดี่ยวบนพื้นที่สูง 9,000 - 14,000 บาทต่อไร่": a phrase naming no money right after a
    comparative (role `comparative`: สูงกว่า, ถูกกว่า …) is the base compared with, never what the amount measures; the
    money named before the comparative is (as percent_subjects reads "ถูกกว่าท้องตลาด 50%"). Kept when nothing before
    the comparative names money (m34)."""
    if found is None or names_money(found.text):
        return found
    end = found.start
    while end > left_limit and doc.view[end - 1] == " ":
        end -= 1
    word = max((w for w in words("percent_subject_words", role="comparative")
                if doc.view.endswith(w, max(0, end - len(w)), end)), key=len, default=None)
    if word is None:
        return found
    at = end - len(word)
    if at <= left_limit or not doc.is_boundary(at) \
            or doc.view.endswith(LEVEL_BEFORE_COMPARATIVE, max(0, at - 8), at):
        return found
    before = money_subject(doc, subject_before(doc, at, left_limit=left_limit), left_limit=left_limit)
    if before is None or before.end != at or not names_money(before.text):
        return found
    return before


AND = "และ"


def _money_conjunct(doc: Document, found: Subject | None, pos: int | None = None) -> Subject | None:
    """ "สนับสนุนบุคลากร|และ|งบประมาณ 10 ล้านดอลลาร์สหรัฐ", "จองซื้อทรัพย์ออนไลน์|และ|วางเงินประกัน 5,000 บาท": two things
    (or acts) joined by และ where only the last names money (a money frame in it, none before): the amount is that
    money's, not the other thing's; the phrase starts after และ (a verb glued before the frame is dropped later, as
    `_framed` does). When both name money ("ค่าชดเชยและค่าจ้าง…") the pair is the subject and stays (m34); so does it
    when a total word (รวม, ทั้งหมด …) stands between it and the figure: the sum is of both items ("ที่ดินและค่าก่อสร้าง
    อาคารรวมทั้งสิ้น 80 ล้านบาท"; rev34c)."""
    if found is None:
        return found
    if pos is not None and found.end <= pos \
            and doc.view[found.end:pos].strip(" ").startswith(tuple(total_words())):
        return found
    toks = _word_tokens(doc, found)
    ands = [k for k, t in enumerate(toks) if t.kind == "word" and t.text == AND and 0 < k < len(toks) - 1]
    if not ands:
        return found
    after = toks[ands[-1] + 1]
    if after.kind == "space":
        after = toks[ands[-1] + 2] if ands[-1] + 2 < len(toks) else None
    if after is None or after.kind != "word":
        return found
    nxt = next((t for t in toks if t.start == after.end), None)
    if word_class(after.text) == "V" and nxt is not None and nxt.kind == "word" and _frame_at(nxt.text) == 0:
        after = nxt  # "และ|วาง|เงินประกัน": the act's verb glued before the money is no part of its name
    rest = Subject(doc.text[after.start:found.end], after.start, found.end)
    before = doc.text[found.start:toks[ands[-1]].start]
    if names_money(before) or _frame_at(after.text) != 0:
        return found  # "อาคารและอุปกรณ์|ราคา 5 ล้านบาท": a frame after the list measures both items
    return rest


LEVEL_GAP = "ในระดับ"
COPULA_CLAUSES = frozenset({"ที่อยู่", "ซึ่งอยู่"})  # "ค่าเงินบาทที่อยู่|ในระดับ": the head is at the level


def _relative_verb(text: str) -> bool:
    """A token that is ที่/ซึ่ง glued to a verb ("ที่อยู่")."""
    return any(text.startswith(r) and _verbish(text[len(r):]) for r in RELATIVES)


def _without_reaching_clause(doc: Document, found: Subject | None, pos: int, left_limit: int) -> Subject | None:
    """ "ค่าเงินบาทที่อยู่|ในระดับ 34 -35 บาท", "ราคาตกเขียวปัจจุบันที่ถูกกด|เหลือ 8 บาท", "หนี้นอกระบบที่ไปกู้ยืม|มาอีก
    20,000 บาท": a phrase ending in a relative clause (ที่/ซึ่ง and a verb), then เหลือ, ในระดับ or (มา)อีก before the
    figure: the clause's verb takes the amount (the level it is at, the more borrowed), so the amount measures the
    head before ที่, and the clause is cut. With no such word between ("ค่าใช้จ่ายที่เพิ่มขึ้น 20 ล้านบาท",
    "งบประมาณที่จัดสรร"), and with จำนวน/อยู่ที่ closing the clause (`_money_relative`), the clause stays."""
    if found is None:
        return found
    start = qualifier_start(doc, pos, left_limit=left_limit)
    reached = _REACHED_BY.fullmatch(doc.view[found.end:start]) if found.end <= start else None
    if reached is None:
        return found
    toks = _word_tokens(doc, found)
    if len(toks) < 2:
        return found
    k = len(toks) - 1
    while k > 0 and toks[k].kind == "word" and toks[k].text not in RELATIVES and not _relative_verb(toks[k].text) \
            and toks[k - 1].end == toks[k].start:
        k -= 1
    clause = toks[k + 1:]
    if _relative_verb(toks[k].text):
        clause = toks[k:]  # "ที่อยู่" as one token (the segmenter's "address"): ที่ and its verb อยู่
    elif toks[k].text not in RELATIVES:
        return found
    if k < 1 or not clause or not any(_verbish(t.text) or _relative_verb(t.text) for t in clause) \
            or toks[k - 1].kind != "word" or toks[k - 1].end != toks[k].start:
        return found
    if LEVEL_GAP in reached.group() and doc.text[toks[k].start:found.end] not in COPULA_CLAUSES:
        return found  # "เงินที่เหลืออยู่|ในระดับ": a clause that says which money, not the copula of a level
    head = Subject(doc.text[found.start:toks[k].start], found.start, toks[k].start)
    return head if names_money(head.text) else found


# a name in quotation marks right before the figure, past a rate word ("รายละ") and เริ่มต้น ("starting at")
_QUOTED_BEFORE = regex.compile(r"[“\"](?P<name>[^“”\"\n]{2,60})[”\"][ ]?(?:[ก-์]{1,6}ละ[ ]?)?(?:เริ่มต้น[ ]?)?$")
QUOTED_REACH = 80  # characters before the figure searched for the quoted name


def _quoted_money(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "จะได้รับเงินช่วยเหลือ “ค่าปลงศพ” รายละไม่ต่ำกว่า 30,000 บาท", "“หุ้นกู้… i-EASY” เริ่มต้น 10,000 บาท": a quoted
    name standing right before the amount (a rate word or เริ่มต้น between) that opens with a money frame or a
    security names what the amount pays or buys; the reader does not step back over the closing mark."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    m = _QUOTED_BEFORE.search(doc.view, max(left_limit, start - QUOTED_REACH), start)
    if m is None:
        return None
    name = m.group("name").strip(" ")
    first = next((t for t in doc.tokens_after(m.start("name"), 1) if t.kind == "word"), None)
    if first is None or not (name.startswith(SECURITIES) or _frame_at(first.text) == 0 and name.startswith(_frames())):
        return None
    begin = m.start("name") + m.group("name").index(name)
    return Subject(doc.text[begin:begin + len(name)], begin, begin + len(name))


TIER_ITEMS = 8  # items of a tier list walked back through to its opener
TIER_REACH = 200  # characters before a tier list's opener searched for the money frame heading it
TIER_TOKENS = 40  # tokens before the opener searched (within TIER_REACH)
TIER_ITEM_CHARS = 120  # characters of one item from its label to its amount
TIER_WINDOW = 200  # characters before an amount searched for the item before's amount or the list's opener
TIER_AMOUNT = regex.compile(r"\d[\d,.]*[ ]?(?:ล้าน|แสน|หมื่น|พัน)?[ ]?บาท(?:[ ]?(?:/|ต่อ)[ ]?[^\s/\d]{1,10}){0,3}")
# (an item's amount and its per units: "27 บาทต่อไร่", "100 บาท/คน/เดือน")
TIER_LEAD = regex.compile(r"[\s\-•*·–,]*(?:\(?\d{1,2}[.)][ ]?)?(?:และ|หรือ)?[ ]?")  # a bullet, an enumerator, a joiner
TIER_AGE = regex.compile(r"\d{1,3}[ ]?(?:-|–|ถึง)[ ]?\d{1,3}[ ]?ปี|\d{1,3}[ ]?ปีขึ้นไป")  # "70-79 ปี", "90 ปีขึ้นไป"
BAHT_AFTER = regex.compile(r"[ ]?(?:ล้าน|แสน|หมื่น|พัน)?[ ]?บาท")
TOTAL_TO_OPENER = regex.compile(r"[ ,]*(?:โดย)?[ ]*")  # between a total and the opener of the tiers that break it down


@lexicon_cache
def _tier_opener_re() -> regex.Pattern:
    return regex.compile(alternation(words("check_words", role="list_intro") | words("percent_subject_words", role="tier_opener")))


@lexicon_cache
def _tier_labels() -> tuple[str, ...]:
    return tuple(sorted(words("percent_subject_words", role="tier_label"), key=len, reverse=True))


def _tier_label_at(doc: Document, start: int, end: int) -> int | None:
    """Where the tier's label starts when the text from `start` to `end` (an item before its amount, at most
    TIER_ITEM_CHARS) opens, after a bullet, an enumerator or a joiner, with one: a tier word (role tier_label)
    ending a word, or an age ("70-79 ปี"); else None."""
    at = TIER_LEAD.match(doc.view, start, end)
    k = at.end() if at is not None else start
    if end - k > TIER_ITEM_CHARS:
        return None  # a clause, not an item's label and its few words ("ระดับ 1 มีอาการป่วย… จ่ายไม่เกิน")
    if TIER_AGE.match(doc.view, k, end):
        return k
    first = doc.tokens_after(k, 1)
    if first and first[0].start == k and first[0].kind == "word" and _person(first[0].text):
        return k  # "คือ 1.เกษตรกรที่ผ่านการประเมิน… ไร่ละ 2,000 บาท": a group of people, who is paid
    for w in _tier_labels():
        if doc.view.startswith(w, k) and k + len(w) <= end and (doc.is_boundary(k + len(w)) or k + len(w) == end
                                                                 or doc.view[k + len(w)] in " 0123456789"):
            return k
    return None


NO_FRAME = Subject("", -1, -1)  # `_tier_header`: the items are tiers back to the list's opener, but no money frame heads it


def _tier_header(doc: Document, pos: int, label: int | None) -> Subject | None:
    """ "การจ่ายเงินช่วยเหลือเบื้องต้น … แบ่งเป็น 3 ระดับ คือ ระดับ 1 … จ่ายไม่เกิน 1 แสนบาท ระดับ 2 …", "อัตราค่าบริการ…
    ในอัตรา ผู้ใหญ่ 300 บาท เด็ก 150 บาท", a header line "…ดังนี้" over lines "- ระดับ 1 …": an amount in a list whose
    items, back to the list's opener, are all labelled by a tier (a level, an age, a group of people, an area: role
    tier_label; or people: a person word, who is paid) measures what the money phrase before the opener names,
    as every item does. None when an item is labelled otherwise (goods, a project, a clause: the label may name what is paid), no opener is found, or no
    money frame stands before it (another amount between). `label`: where the reader's phrase for the amount
    starts, which must be the item's label (None when it read none). NO_FRAME when the items are tiers back to
    the opener but no money frame stands before it (rev18)."""
    line = _line_start(doc, pos)
    cur = qualifier_start(doc, pos)
    memo: dict[tuple[int, int], Subject | None] = doc.__dict__.setdefault("_tier_headers", {})
    seen = []  # the items walked through (after the first, whose label is checked against the reader's): one answer
    header = None
    for _ in range(TIER_ITEMS):
        if label is None:
            if (cur, line) in memo:
                header = memo[cur, line]
                break
            seen.append((cur, line))
        done, header, line, cur = _tier_step(doc, cur, line, label)
        label = None
        if done:
            break
    for key in seen:
        memo[key] = header  # the next item's walk stops at this one: one step an item, not TIER_ITEMS
    return header


def _tier_step(doc: Document, cur: int, line: int, label: int | None) -> tuple[bool, Subject | None, int, int]:
    """One step of `_tier_header` from the amount whose qualifier starts at `cur` on the line from `line`: (True,
    the header or None, …) when the walk ends, else (False, None, the line, the item before's amount)."""
    last = None
    seg = max(line, cur - TIER_WINDOW)
    for m in TIER_AMOUNT.finditer(doc.view, seg, cur):
        last = m
    if last is not None:
        seg = last.end()
    opener = None
    for m in _tier_opener_re().finditer(doc.view, seg, cur):
        if doc.is_boundary(m.start()):
            opener = m
    at = _tier_label_at(doc, opener.end() if opener is not None else seg, cur)
    if at is None or label is not None and at != label:
        return True, None, line, cur  # "เรามีเด็กที่ได้เงิน 600 บาท": a phrase read from inside the item is no tier's label
    if opener is not None:
        return True, _tier_frame(doc, opener.start(), line) or NO_FRAME, line, cur
    if last is not None:
        return False, None, line, qualifier_start(doc, last.start())
    if seg != line or line == 0:
        return True, None, line, cur
    prev = _line_start(doc, line - 1)  # the item opens its line: the line before is the header or an item
    head = doc.view[prev:line - 1].rstrip()
    if head.endswith(":"):
        head = head[:-1].rstrip()
    opener = None
    for m in _tier_opener_re().finditer(doc.view, max(prev, prev + len(head) - 12), prev + len(head)):
        opener = m
    if opener is not None and opener.end() == prev + len(head):
        return True, _tier_frame(doc, opener.start(), prev) or NO_FRAME, line, cur
    first = TIER_AMOUNT.search(doc.view, prev, line)
    if first is None:
        return True, None, line, cur
    return False, None, prev, qualifier_start(doc, first.start())


def _tier_frame(doc: Document, end: int, line: int, *, total: bool = True) -> Subject | None:
    """The money frame's phrase nearest before a tier list's opener at `end` (on its line, TIER_REACH characters,
    no other amount between), with a rate word glued before it ("อัตรา|ค่าบริการ"); else None. An amount right
    before the opener ("งบกลาง 500 ล้านบาท โดยแบ่งเป็น ภาคเหนือ …") is the total the tiers break down: the frame
    before that amount names them (`total`: once, not for a total's total)."""
    toks = [t for t in doc.tokens_before(end, TIER_TOKENS) if t.start >= max(line, end - TIER_REACH)]
    rates = words("percent_subject_words", role="rate_word")
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.kind == "number" and BAHT_AFTER.match(doc.view, t.end):
            whole = TIER_AMOUNT.match(doc.view, t.start)
            if total and whole is not None and TOTAL_TO_OPENER.fullmatch(doc.view, whole.end(), end):
                return _tier_frame(doc, qualifier_start(doc, t.start), line, total=False)
            return None  # "ค่าสมัคร 500 บาท แบ่งเป็น 2 ระดับ คือ…": another amount between, no sure header
        if t.text in RECEIVED and k + 1 < len(toks):
            got = _received_before(doc, toks[k + 1].start, end)
            if got is not None:
                return got  # "…จะได้รับส่วนลด ดังนี้ ผู้ใช้ไฟ… 100 บาท": what is received, not the frame before (rev18)
        at = _frame_at(t.text) if t.kind == "word" else None
        if at is None:
            continue
        while at == 0 and k > 0 and toks[k - 1].end == toks[k].start and _frame_at(toks[k - 1].text) == 0:
            k -= 1  # "ค่า|เบี้ยประกัน": the frame glued before is the phrase's head
        run = toks[k:]
        while run and run[-1].kind == "space":
            run = run[:-1]
        # "การปรับเพิ่มเบี้ย|ยังชีพ|ผู้สูงอายุแบบขั้นบันได": a run glued up to the opener is read whole, verbs and all
        found = _frame_run(doc, run, at, to_figure=run[-1].end == end or doc.view[run[-1].end:end] == " ")
        t = toks[k]
        if at == 0 and k > 0 and toks[k - 1].text in rates and toks[k - 1].end == t.start:
            return Subject(doc.text[toks[k - 1].start:found.end], toks[k - 1].start, found.end)
        return found
    return None


RECEIVED = ("ได้รับ",)  # before the opener, what the tiers give: "ผู้ที่ค้างชำระค่าไฟฟ้าจะได้รับส่วนลด ดังนี้"


def _received_before(doc: Document, start: int, end: int) -> Subject | None:
    """The noun phrase from `start` (right after a verb of receiving) to the opener at `end`, spaces aside; else None."""
    stop = end
    while stop > start and doc.view[stop - 1] in " \t":
        stop -= 1
    s = read_subject(doc, stop)
    if s is None or s.start != start or s.end != stop:
        return None
    return s


AMOUNTING = regex.compile(r"เป็น[ ]?\Z")  # "… 661 คน เป็น|เงิน 6,232,081.54 บาท": "amounting to"
AMOUNTING_TOKENS = 30  # tokens back, in the line, searched for the money the amount totals


def _amounting_to(doc: Document, found: Subject | None) -> Subject | None:
    """ "จ่ายเงินสงเคราะห์ให้แก่ลูกจ้างงวดแรก จำนวน 661 คน เป็นเงิน 6,232,081.54 บาท" → เงินสงเคราะห์: เงิน alone
    after เป็น ("amounting to") names no money of its own; the money phrase earlier in the line does (the nearest
    frame longer than เงิน, across figures). Else `found`."""
    if found is None or found.text != MONEY_NOUN or not AMOUNTING.search(doc.view, max(0, found.start - 8), found.start):
        return found
    toks = doc.tokens_before(found.start, AMOUNTING_TOKENS)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.kind == "space" and "\n" in t.text:
            break
        at = _frame_at(t.text) if t.kind == "word" else None
        if at is None:
            continue
        framed = _frame_run(doc, toks[k:], at, to_figure=False)  # the frame and the nouns glued after it
        if framed.text == MONEY_NOUN:
            framed = _money_given(doc, toks[k:]) or framed
        if framed.text != MONEY_NOUN and len(framed.text) > len(MONEY_NOUN):
            return framed
    return found


_COUNT_BEFORE = regex.compile(r"\d[\d,.]*[ ]?[ก-์]{1,12}[ ]?$")  # "… 104 ราย " right before the total word
TOTAL_LEAD = regex.compile(r"(?:รวม(?:ทั้งสิ้น|ทั้งหมด)?|ทั้งสิ้น)")


def _a_count(doc: Document, count) -> bool:
    """True when the figure matched by `count` is followed by a unit that is no currency (a count: ราย, คน, แห่ง …)."""
    from .extractors.quantities import unit_after  # quantities imports this module

    num = next((m for m in doc.numbers_between(count.start(), count.end()) if m.start == count.start()), None)
    unit = unit_after(doc, num.end) if num is not None else None
    return unit is not None and unit.kind != "currency"


def _total_after_count(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "เกิดรายได้แก่ผู้ประกอบการ 104 ราย รวมกว่า 50 ล้านบาท", "มอบเงินช่วยเหลือแก่ผู้ประสบภัย 50 ราย รวม 250,000 บาท": a
    total word (รวม, รวมทั้งสิ้น …) right after a count of the receivers opens the amount the money named before them
    sums to, as `_amounting_to` reads "… 661 คน เป็นเงิน": the nearest money phrase in the line before the count, with
    no other amount between. Else None (m34)."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    if not TOTAL_LEAD.match(doc.view, start, pos):
        return None
    count = _COUNT_BEFORE.search(doc.view, max(0, start - 30), start)
    if count is None or not _a_count(doc, count):
        return None  # "ค่าอาหาร 120 บาทต่อหัว รวม 36,000 บาท": a rate before the total, no count of receivers
    toks = doc.tokens_before(count.start(), AMOUNTING_TOKENS)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.kind == "space" and "\n" in t.text or t.kind == "number":
            return None  # the line's start, or another figure: the count is not the money's receivers
        at = _frame_at(t.text) if t.kind == "word" else None
        if at is None:
            continue
        framed = _frame_run(doc, toks[k:], at, to_figure=False)
        if framed.text == MONEY_NOUN:
            framed = _money_given(doc, toks[k:]) or framed
        return framed if framed.end <= count.start() else None
    return None


def _with_amount_word(doc: Document, found: Subject | None) -> Subject | None:
    """ "จำนวนเงินให้กู้ตั้งแต่ 1 ล้านบาท", "เป็นจำนวนเงินภาษีที่คืนให้แล้ว 15,426 ล้านบาท" → จำนวนเงิน…: a measure word
    (role `amount_word`: จำนวน) glued before the money noun เงิน opening the phrase makes one noun with it, "the
    amount of money", which the annotators keep; the reader steps over จำนวน as a gap word, so it is put back."""
    return _with_glued_word(doc, found, MONEY_NOUN, "amount_word")


def _whole_compound(doc: Document, found: Subject | None) -> Subject | None:
    """ "พบเงินสะพัด 1.3 หมื่นล้าน" → เงินสะพัด: the phrase and the word glued after it make a money noun of their own
    (role `money_compound`: เงินสะพัด, "money in circulation"), which the reader cut at the verb; the whole noun is
    put back. "เม็ดเงิน|สะพัด" (the money circulates) stays เม็ดเงิน."""
    if found is None:
        return found
    nxt = next(iter(doc.tokens_after(found.end, 1)), None)
    if nxt is None or nxt.kind != "word" or nxt.start != found.end \
            or found.text + nxt.text not in words("percent_subject_words", role="money_compound"):
        return found
    return Subject(doc.text[found.start:nxt.end], found.start, nxt.end)


def _after_instrument(doc: Document, found: Subject | None) -> Subject | None:
    """ "พระราชทานเครื่องมือแพทย์|ด้วย|พระราชทรัพย์ส่วนพระองค์ จำนวน 190 ล้านบาท" → พระราชทรัพย์ส่วนพระองค์: an act
    and its object before an instrument word (role `instrument`: ด้วย, "with, paid from") say what the money bought;
    the noun phrase after it is the money the amount measures. Only when no money frame stands before the word
    ("ยอดใช้จ่าย|ด้วย e-voucher": the amount is the spending's)."""
    if found is None:
        return found
    toks = _word_tokens(doc, found)
    k = next((k for k, t in enumerate(toks) if t.text in words("percent_subject_words", role="instrument")), None)
    if k is None or k == 0 or k + 1 >= len(toks) or toks[k + 1].kind != "word" \
            or word_class(toks[k + 1].text) != "N" or any(_frame_at(t.text) is not None for t in toks[:k] if t.kind == "word"):
        return found
    return Subject(doc.text[toks[k + 1].start:found.end], toks[k + 1].start, found.end)


@lexicon_cache
def _investing_verb_re() -> regex.Pattern:
    verbs = alternation(words("percent_subject_words", role="money_verb"))
    places = alternation(words("percent_subject_words", role="money_verb_place"))
    tails = alternation(words("percent_subject_words", role="money_verb_tail"))
    return regex.compile(rf"(?P<verb>{verbs})(?:ใน(?:{places}))?(?:[ ]?ปี[ ]?\d{{4}})?(?:[ ]?(?:{tails})){{0,3}}[ ]?$")


def _investing_verb(doc: Document, pos: int, left_limit: int, place: Subject | None = None) -> Subject | None:
    """ "บริษัทพร้อมลงทุน 32,000 ล้านบาท", "มีแผนที่จะลงทุนอีกห้าหมื่นล้านบาท", "จะลงทุนในไทยสูงถึง 300,000 ล้านบาท": a verb of
    investing (role `money_verb`: ลงทุน, ร่วมลงทุน) right before the amount, past a qualifier, a filler (role
    `money_verb_tail`: อีก, ขั้นต่ำ, เริ่มต้น …), a year or the country invested in (role `money_verb_place`: ในไทย),
    names the flow the amount measures, as our annotators mark it (ลงทุน); only when the reader found nothing or only
    that place. Not a noun ending so ("การลงทุน", "นักลงทุน", "เงินลงทุน": the reader reads those), nor across a line."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    bound = left_limit
    if place is not None and place.start < left_limit:
        bound = _line_start(doc, pos)  # "ร่วมลงทุนในไทยปี 2566 สูงถึง": the reader read the place past the year's record (m34)
    lo = max(bound, start - INVEST_REACH)
    m = _investing_verb_re().search(doc.view, lo, start)
    if m is None and place is not None and lo < place.start - len(MANNER_AFTER) and place.end <= start \
            and doc.view.startswith(MANNER_AFTER, place.start - len(MANNER_AFTER)):
        # "จะลงทุนในเวียดนาม 2,000 ล้านดอลลาร์": any place the reader read after ใน, read as the listed countries are
        cut = place.start - len(MANNER_AFTER)
        m = _investing_verb_re().search(doc.view[lo:cut] + doc.view[place.end:start])
        if m is None or lo + m.end("verb") > cut:
            return None
        at = lo + m.start()
        if not doc.is_boundary(at) or doc.view[max(0, at - 4):at].endswith(NOUN_BEFORE_VERB):
            return None
        return Subject(doc.text[lo + m.start("verb"):lo + m.end("verb")], lo + m.start("verb"), lo + m.end("verb"))
    if m is None or not doc.is_boundary(m.start()) or doc.view[max(0, m.start() - 4):m.start()].endswith(NOUN_BEFORE_VERB):
        return None
    return Subject(doc.text[m.start("verb"):m.end("verb")], m.start("verb"), m.end("verb"))


INVEST_REACH = 40  # characters before an amount (its qualifier) searched for a verb of investing
NOUN_BEFORE_VERB = ("การ", "นัก", "เงิน", "จ่าย", "ค่า", "งบ")  # make the verb a noun: การลงทุน, รายจ่ายลงทุน


MANNER_AFTER = "ใน"  # "ในรูปแบบ…", "ในลักษณะ…", "ในระดับสูง": how, not what


def _without_invest_place(doc: Document, found: Subject | None) -> Subject | None:
    """ "พร้อมขยาย|การลงทุนในไทย|เพิ่มอีกกว่า 5,000 ล้านบาท", "มีการยื่นขอลงทุนในภาคเหนือกว่า 8,000 ล้านบาท": a noun of
    investing (a verb of role `money_verb` made a noun: การลงทุน, การยื่นขอลงทุน) ending in ใน + the place invested
    in (role `money_verb_place`, a province or country, or a region: ภาค…) is the flow; the place says where, as
    the bare verb's `_investing_verb` drops it (m33). Only a phrase that opens with การ and ends at the place."""
    if found is None or not found.text.startswith(NOMINALISER):
        return found
    m = _invest_place_re().search(found.text)
    if m is None:
        return found
    place = found.text[m.end("verb") + len(MANNER_AFTER):]
    if place == ABROAD:
        return found  # "การลงทุนในต่างประเทศ": outward investment, another flow than the investment (m33)
    if not (place in words("percent_subject_words", role="money_verb_place") or _place_name(place)
            or place.startswith(REGION) and place[len(REGION):].startswith(REGIONS)):
        return found
    end = found.start + m.end("verb")
    return Subject(doc.text[found.start:end], found.start, end)


ABROAD = "ต่างประเทศ"
REGION = "ภาค"  # "ในภาคเหนือ", "ในภาคตะวันออก": a region of the country
# the regions' own words: "การลงทุนในภาคอุตสาหกรรม", "ในภาคเกษตร" name a sector, what is invested in (rev33c)
REGIONS = ("เหนือ", "ใต้", "กลาง", "ตะวันออก", "ตะวันตก", "อีสาน")


@lexicon_cache
def _invest_place_re() -> regex.Pattern:
    verbs = alternation(words("percent_subject_words", role="money_verb"))
    return regex.compile(rf"(?P<verb>{verbs}){MANNER_AFTER}[^\s]{{2,30}}\Z")


def _before_manner(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "เพื่อรับเงินคืน|ใน|รูปแบบ e-Voucher สูงสุดไม่เกิน 7,000 บาท" → เงินคืน: a phrase after ใน that opens with a
    word of manner or level (role `manner`: รูปแบบ, ลักษณะ, หลักการ, ระดับสูง …) says how or at what level, never
    what the money is; the money phrase before ใน is, else nothing ("เห็นชอบในหลักการของโครงการ… จำนวน 8,382 ล้านบาท",
    "โดยจะเสนอในลักษณะถ้วนหน้า คนละ 600 บาท": null)."""
    if found is None:
        return found
    opens = found.start
    if not found.text.startswith(_manner_words()):
        # "เงินช่วยเหลือ|ในรูปแบบ|เงินโอน… 5,000 บาท": the phrase read is the manner's own, glued after its word
        word = next((w for w in _manner_words() if doc.view.startswith(w, found.start - len(w))), None)
        if word is None:
            return found
        opens = found.start - len(word)
    at = opens - len(MANNER_AFTER)
    if at < 1:  # (a negative start would read from the text's end)
        return found
    if doc.view[at:opens] != MANNER_AFTER:
        at -= 1  # "ใน รูปแบบ"
        if doc.view[at:opens] != MANNER_AFTER + " ":
            return found
    if at <= left_limit or not doc.is_boundary(at):
        return found
    before = money_subject(doc, subject_before(doc, at, left_limit=left_limit), pos=at, left_limit=left_limit)
    if before is not None and before.end <= at and names_money(before.text):
        return before  # "เพื่อรับเงินคืน|ในรูปแบบ…"
    end = at
    for tok in reversed(doc.tokens_before(at, MANNER_VERBS)):
        if tok.kind != "word" or tok.end != end or word_class(tok.text) not in ("V", "AUX"):
            break
        end = tok.start  # "ทุนสำรองระหว่างประเทศ ณ สิ้นเดือน… ยังคง|ทรงตัว|อยู่|ในระดับสูงที่": what stays at the level
    if end == at:
        return None
    before = money_subject(doc, subject_before(doc, end, left_limit=left_limit), pos=end, left_limit=left_limit)
    return before if before is not None and before.end <= end and names_money(before.text) else None


MANNER_VERBS = 4  # verbs glued before ใน stepped over to the money phrase they say something of


@lexicon_cache
def _manner_words() -> tuple[str, ...]:
    return longest_first(words("percent_subject_words", role="manner")) or ("\0",)


def _before_affiliation(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "การขยายวงเงินค้ำประกันสินเชื่อภายใต้ พ.ร.ก.ฟื้นฟู ระยะที่ 2 อีก 50,000 ล้านบาท": a phrase after สังกัด, or after
    ภายใต้ naming a body, a programme or a law (subject_context._affiliation_before), says under whom the money is;
    the money phrase before that word is what the amount measures. `found` stays when none names money there
    ("ภายใต้กรอบวงเงิน", "ภายใต้งบประมาณ" name the money themselves and are no affiliation)."""
    if found is None:
        return found
    under = found.text.rfind(UNDER)
    after = found.text[under + len(UNDER):].lstrip(" ")
    if under > 0 and after.startswith(MONEY_FRAMES) and names_money(after):
        # "การใช้จ่ายงบประมาณภายใต้|กรอบงบประมาณ 2,500 ล้านบาท": the money named after ภายใต้ is the amount's own (m33)
        start = found.end - len(after)
        return Subject(doc.text[start:found.end], start, found.end)
    at = _affiliation_before(doc, found)
    if at is None:
        return found
    before = money_subject(doc, subject_before(doc, at.start(), left_limit=left_limit), left_limit=left_limit)
    return before if before is not None and before.end <= at.start() and names_money(before.text) else found


UNDER = "ภายใต้"
# a frame of money after ภายใต้: กรอบวงเงิน, กรอบงบประมาณ, วงเงิน; not a bare งบ…, a fund's source, not its size:
# "ผลการเบิกจ่ายภายใต้งบลงทุนแล้ว 120,000 ล้านบาท" is what was paid (rev33c)
MONEY_FRAMES = ("กรอบ", "วงเงิน")


@lexicon_cache
def _credit_lines() -> tuple[str, ...]:
    return tuple(sorted(words("percent_subject_words", role="credit_line"), key=len, reverse=True))


def _from_credit_line(doc: Document, found: Subject | None) -> Subject | None:
    """ "ได้รับสิทธิ|วงเงิน 150 บาท/วัน", "สนับสนุนงบประมาณบางส่วน|วงเงินจำนวน", "การจองเต็ม|กรอบวงเงินรวม 100 ล้านบาท":
    an amount right after a credit line (role `credit_line`: วงเงิน, กรอบวงเงิน) is that line's ("X วงเงิน N", as our
    annotators mark it); the right, programme or act glued before it in the phrase is dropped, the line and what
    follows it kept ("…|วงเงินสนับสนุนจากรัฐ"). Kept whole: a noun of ความ heading it ("ความต้องการ|วงเงินสินเชื่อ"), an
    expense before it (ค่าไฟฟ้า|วงเงิน: what the line pays for) and spending it ("การใช้จ่าย|วงเงินสิทธิ์": the amount is
    the spending's, as _with_spend_act reads it)."""
    if found is None:
        return found
    text = found.text
    # the first credit line from the left: "กรอบ|วงเงิน" is met at กรอบ, before its วงเงิน
    i = next((i for i in range(len(text)) if text.startswith(_credit_lines(), i) and doc.is_boundary(found.start + i)), 0)
    lead = text[:i]
    lead_words = [t for t in doc.tokens_after(found.start, CREDIT_LEAD_TOKENS) if t.end <= found.start + i]
    if i < MIN_LEAD or lead.startswith(EXPENSE) or len(lead_words) == 1 and lead.startswith(NOUN_OF_QUALITY) \
            or any(w in lead for w in words("percent_subject_words", role="money_spend")):
        return found  # "ความต้องการ|วงเงิน…", "สนับสนุนค่าไฟฟ้า|วงเงิน" (what the line pays for), "การใช้จ่าย|วงเงินสิทธิ์"
    return Subject(doc.text[found.start + i:found.end], found.start + i, found.end)


NOUN_OF_QUALITY = "ความ"  # ความต้องการวงเงิน…: a noun that heads the credit line (one word; not "ความเห็นชอบ|การขยาย|วงเงิน")
CREDIT_LEAD_TOKENS = 12  # tokens read before a credit line to tell one ความ- word from a longer lead
MIN_LEAD = 2  # characters before the credit line: fewer are no word of their own


PRICE = "ราคา"
FEE_TOKENS = 24  # tokens back, in the line, searched for the fee a bare ราคา restates
BAHT_AFTER_FIGURE = regex.compile(r"\d[ ]?[^\s\d]{0,6}บาท")  # an amount in baht ("15 บาท", "2 ล้านบาท")


def _fee_before_price(doc: Document, found: Subject | None) -> Subject | None:
    """ "อัตราค่าโดยสาร (ไป - กลับ) ราคา 499 บาท", "ลดค่าโดยสารรถไฟฟ้าตลอดสาย ในราคา 20 บาท": a bare ราคา before the
    amount restates a fee named earlier in the line (role `fee`: ค่าโดยสาร, ค่าบริการ, ค่าเข้าชม …, with อัตรา before
    it), and the fee's phrase (its glued run up to a preposition or a relative word) is what the amount measures; no
    other amount may stand between. Else `found` ("จำหน่ายหมูในราคา 140 บาท": a price of goods stays ราคา)."""
    if found is None or found.text != PRICE:
        return found
    return _fee_before(doc, found.start) or found


def _fee_before(doc: Document, end: int) -> Subject | None:
    """The fee's phrase (role `fee`) nearest before `end` in the line, with no amount in baht nor another money noun
    between; else None.
    Also for an amount nothing else names ("คงอัตราค่าโดยสารตามข้อบังคับเดิม มี 16 สถานี เริ่มต้นที่ 14 บาท")."""
    line = _line_start(doc, end)
    toks = [t for t in doc.tokens_before(end, FEE_TOKENS) if t.start >= line]
    fees = tuple(words("percent_subject_words", role="fee"))
    stops = words("percent_subject_words", role="money_cut") | words("phrase_words", role="relative")
    rates = tuple(words("percent_subject_words", role="rate_word"))
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.kind != "word":
            continue
        if BAHT_AFTER_FIGURE.search(doc.view, t.start, end):
            return None  # "ค่าโดยสาร 15 บาท … ราคา": the fee names the amount before
        run = [t]
        for x in toks[k + 1:]:
            if x.kind != "word" or x.start != run[-1].end or x.text in stops:
                break
            run.append(x)
        glued = "".join(x.text for x in run)
        if glued.startswith(fees) or glued.startswith(rates) and any(glued[len(r):].startswith(fees) for r in rates):
            start = t.start
            if k > 0 and toks[k - 1].end == start and toks[k - 1].text in rates:
                start = toks[k - 1].start  # อัตรา|ค่าโดยสาร: the rate word names the fee with it
            return Subject(doc.text[start:run[-1].end], start, run[-1].end)
        if t.text.startswith(_frames()):
            return None  # "ฟรีค่าตั๋ว… ค่าเบี้ยเลี้ยงเดือนแรกจะได้รับ 80,000 เยน": a nearer money noun is the amount's
    return None


def _money_given(doc: Document, run: list) -> Subject | None:
    """ "จ่ายเงิน|สงเคราะห์|ให้แก่ลูกจ้าง": เงิน and the verbs glued after it up to a recipient word (ให้, แก่) name
    the money given (เงินสงเคราะห์, เงินช่วยเหลือ); None when no recipient closes the run."""
    recipients = words("percent_subject_words", role="recipient")
    for j in range(1, min(len(run), 4)):
        t = run[j]
        if t.kind != "word" or t.start != run[j - 1].end:
            return None
        if t.text in recipients or t.text + "".join(x.text for x in run[j + 1:j + 2]) in recipients:
            return Subject(doc.text[run[0].start:run[j - 1].end], run[0].start, run[j - 1].end) if j > 1 else None
        if word_class(t.text) not in ("V", "N"):
            return None
    return None


VALUE_WORD = "มูลค่า"


def _value_word_at_end(doc: Document, found: Subject | None) -> Subject | None:
    """ "การนำเข้าจากไทย|มูลค่า 87.18 ล้านเหรียญ", "8 รางวัลรวม|มูลค่า 1.6 ล้านบาท" → มูลค่า: the value word glued
    at the end of the phrase, right before the amount, is what the amount measures; the words before it say of
    what, which the project's annotations leave out ("…สินค้าไม่มี อย. มูลค่ากว่า 12 ล้านบาท" → มูลค่า, 18 rows).
    After a money phrase of its own (งบประมาณ, เงิน…) the value word is dropped instead."""
    if found is None or not found.text.endswith(VALUE_WORD) or found.text == VALUE_WORD:
        return found
    start = found.end - len(VALUE_WORD)
    if not doc.is_boundary(start):
        return found
    cut = start
    total = next((t for t in sorted(words("subject_context_words", role="total"), key=len, reverse=True)
                  if doc.text.endswith(t, found.start, start) and start - len(t) > found.start), None)
    if total is not None and doc.is_boundary(start - len(total)):
        cut = start - len(total)  # "เงินรางวัล|รวม|มูลค่า": the total word goes with the value word
    rest = Subject(doc.text[found.start:cut], found.start, cut)
    if any(_frame_at(t.text) == 0 for t in _word_tokens(doc, rest) if t.kind == "word"):
        # "งบประมาณ|มูลค่า", "มูลค่าการส่งออกทุเรียนสด|มูลค่า": a money phrase before names the amount itself
        return without_tail_qualifier(doc, rest)
    return Subject(doc.text[start:found.end], start, found.end)


COORDINATORS = frozenset({"และ", "หรือ", "แต่", "กับ"})  # join two clauses or names: no name runs across them
CUT_TOKENS = 4  # glued tokens between a money frame and a phrase the reader cut at a change word inside them


def _across_change_cut(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "ปรับลดค่าธรรมเนียม|การ|ตรวจ|ลง|ตรา (VISA) จาก 2,000 บาท": the reader's phrase names no money and
    starts right after a verb (ลง, "fall") inside a run glued to a money frame a few tokens before: the
    segmenter cut one name (ตรวจลงตรา) and the reader started at the noun after the verb; the name runs from
    the frame to the end of the phrase. Else `found`."""
    if found is None or any(_frame_at(t.text) is not None for t in _word_tokens(doc, found) if t.kind == "word"):
        return found
    before = [t for t in doc.tokens_before(found.start, CUT_TOKENS + 1) if t.start >= left_limit]
    if not before or before[-1].end != found.start or before[-1].kind != "word" \
            or word_class(before[-1].text) not in ("V", "AUX"):
        return found
    for k in range(len(before) - 2, -1, -1):
        t = before[k]
        if t.kind != "word" or t.end != before[k + 1].start or t.text in COORDINATORS:
            return found  # "วงเงินช่วยเหลือ|และ|กรมบัญชีกลาง…": a coordinator ends the name
        if _frame_at(t.text) == 0:
            start = _split_frame_start(doc, t.start)
            return Subject(doc.text[start:found.end], start, found.end)
    return found


PER_REACH = 160  # characters before a per-recipient amount ("รายละ") searched for the money given
PER_MARK = "ละ"
REPEAT = "ๆ"  # "3 ทุน ๆ ละ 20,000 บาท": the classifier repeated by the mark, then ละ
REPEAT_PER = ("ๆ ละ", "ๆละ")
DESTINATIONS = frozenset({"เข้า", "สู่"})  # recipient words that say where money goes ("โอนเงินเข้าบัญชี"), not to whom


@lexicon_cache
def _per_re() -> regex.Pattern:
    """A per word at the figure's per: a noun + ละ (รายละ, คนละ, ครัวเรือนละ; segmented ราย|ละ or whole)."""
    return regex.compile(rf"(?:[^\s\d]{{2,12}}?|{REPEAT}[ ]?){PER_MARK}(?=[\s\d]|ไม่|ประมาณ|สูงสุด)")


@lexicon_cache
def _per_end_re() -> regex.Pattern:
    return regex.compile(rf"(?:(?<![^\s\d])[^\s\d]{{2,12}}?|{REPEAT}[ ]?){PER_MARK}$")  # "ทุน ๆ ละ": the classifier repeated (m35)


def _given_before_per(doc: Document, found: Subject | None, pos: int, left_limit: int) -> Subject | None:
    """ "มอบเงินกรมธรรม์ให้กับ อสม.ที่ติดเชื้อโควิด 19 จากการปฏิบัติหน้าที่ รายละ 20,000 บาท" → เงินกรมธรรม์:
    an amount paid per recipient ("รายละ", "คนละ": a word ending in ละ at the figure's per), whose phrase
    names no money (the recipients, a condition), measures the money given to them: the nearest money frame
    before a recipient word (ให้, ให้กับ, แก่) in the same line, up to PER_REACH characters back and not past
    the record before. Else `found`."""
    q = qualifier_start(doc, pos, left_limit=left_limit)
    if not _per_re().match(doc.view, pos) and not _per_end_re().search(doc.view, max(0, q - 16), q):
        return found  # "รายละ 20,000 บาท" (the per read) or "รายละไม่เกิน 50,000 บาท" (a qualifier after it)
    pos = min(pos, q)
    repeated = found is not None and doc.view[found.end:pos].strip(" ") in REPEAT_PER  # "3 ทุน| ๆ ละ": the classifier
    if found is not None and not repeated \
            and any(_frame_at(t.text) is not None for t in _word_tokens(doc, found) if t.kind == "word"):
        return found
    lo = max(left_limit, pos - PER_REACH)
    count = _COUNT_BEFORE.search(doc.view, max(0, left_limit - 30), left_limit) if left_limit > 0 else None
    if count is not None and count.end() == left_limit and doc.view[left_limit:pos].strip(" ") in ("", AVERAGE) + REPEAT_PER \
            and _a_count(doc, count):
        # "มอบเงินช่วยเหลือแก่ผู้ประสบภัย 50 ราย รายละ 5,000 บาท": the record before counts the receivers; the money
        # given them is read past it, not past an amount before it (m34)
        lo = max(0, count.start() - PER_REACH)
        before = list(_AMOUNT_IN.finditer(doc.view, lo, count.start()))
        if before:
            lo = before[-1].end()
        hi = count.start()  # the count's own classifier is no money frame ("3 ทุน ๆ ละ": ทุน counts the grants; m35)
    else:
        hi = pos
    if "\n" in doc.text[lo:pos]:
        lo = doc.text.rindex("\n", lo, pos) + 1
    toks = [t for t in doc.tokens_before(pos, PER_REACH + 30) if t.start >= lo and t.end <= hi]
    recipients = words("percent_subject_words", role="recipient") - DESTINATIONS
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].kind != "word" or _frame_at(toks[k].text) is None:
            continue
        if _frame_at(toks[k].text) != 0:
            return found  # "ให้เงิน|ย้อนหลังคนละ": the nearest money noun is glued to its verb, read as it was
        j = k + 1
        while j < len(toks) and toks[j].kind == "word" and toks[j].start == toks[j - 1].end \
                and _frame_at(toks[j].text) is None and (word_class(toks[j].text) == "N" or _purpose_verb(toks[j].text, recipients)):
            j += 1  # เงิน|กรมธรรม์: the money noun's nouns; ทุน|ประกอบ|อาชีพ: its purpose's verb with them (m35)
        if j < len(toks) and toks[j].kind == "word" and toks[j].start == toks[j - 1].end and (
                toks[j].text in recipients or j + 1 < len(toks) and toks[j].text + toks[j + 1].text in recipients
                or _helps(toks, j)):
            start = _split_frame_start(doc, toks[k].start)  # วง|เงินช่วยเหลือ: the frame the segmenter cut
            return Subject(doc.text[start:toks[j - 1].end], start, toks[j - 1].end)
        return found  # the nearest money noun gives nothing to anyone: no reading
    return found


def _purpose_verb(text: str, recipients: frozenset[str]) -> bool:
    """A verb proper glued after a money noun before its recipient word, naming what the money is for ("ทุน|ประกอบ|อาชีพ|แก่");
    not a recipient word, a verb of helping or giving, or one opening with ให้ (m35)."""
    return word_class(text) == "V" and text not in recipients and text not in HELP_VERBS and text not in GIVING_VERBS \
        and not text.startswith(GIVE)


HELP_VERBS = frozenset({"ช่วย", "ช่วยเหลือ"})  # "สินเชื่ออิ่มใจ|จะ|ช่วยเหลือ|ผู้ประกอบการ… รายละ": the money helps them
WILL = "จะ"


def _helps(toks: list, j: int) -> bool:
    """ "สินเชื่อ|อิ่มใจ|จะ|ช่วยเหลือ|ผู้ประกอบร้านอาหาร… 40,000 ราย เฉลี่ยรายละ 50,000 บาท": a money phrase that is the
    subject of ช่วย/ช่วยเหลือ (after จะ or not), glued, reaches the people helped as a recipient word does (m35)."""
    if toks[j].text == WILL and j + 1 < len(toks) and toks[j + 1].start == toks[j].end:
        j += 1
    return toks[j].text in HELP_VERBS


AVERAGE = "เฉลี่ย"  # "… 40,000 ราย เฉลี่ยรายละ 50,000 บาท"
PER_WORD = "ต่อ"
TAIL_CHARS = 8  # characters of a glued modifier (เฉลี่ย) between a frame's phrase and the ต่อ of its per unit


PER_CHAIN = regex.compile(r"[^\s/\d]{1,12}(?:/[^\s/\d]{1,12}){1,2}")  # "ต่อ|คน/ทริป": a per of two or three units (m26)


def _before_per_unit(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "วงเงินสินเชื่อต่อ|ราย|สูงสุด 100,000 บาท": one word read right after ต่อ is the unit the amount is
    per (ANNOTATION.md's `per`), not what it measures; the money frame's phrase glued before ต่อ names it,
    and nothing does when none stands there ("ค้ำประกันต่อราย"). Else `found`."""
    if found is None:
        return found
    toks = _word_tokens(doc, found)
    before = doc.tokens_before(found.start, 1)
    if len(toks) != 1 and not PER_CHAIN.fullmatch(found.text) or not before or before[-1].text != PER_WORD \
            or before[-1].end != found.start:
        return found
    read = subject_before(doc, before[-1].start, left_limit=left_limit)
    if read is None or read.end != before[-1].start \
            or not any(_frame_at(t.text) is not None for t in _word_tokens(doc, read) if t.kind == "word"):
        read = _frame_phrase(doc, before[-1].start, left_limit, to_figure=True, spaces=0)  # "ราคาเฉลี่ย|ต่อ|หน่วย"
    if read is None or read.end != before[-1].start and (read.end < before[-1].start - TAIL_CHARS or " " in
                                                         doc.view[read.end:before[-1].start]):
        return None
    return read  # "มีราคา|เฉลี่ย|ต่อหน่วย" → ราคา: the frame's phrase, a short glued tail (เฉลี่ย) left out


def _before_scope(doc: Document, found: Subject | None, left_limit: int) -> Subject | None:
    """ "รัฐบาลให้วงเงินสนับสนุน|ตลอด|ระยะเวลาโครงการรวม 800 บาท": a phrase read right after a scope word
    (role `money_scope`: ตลอด) says over what the amount runs, not what it is; a money frame's phrase
    glued before the scope word names the amount. Else `found`."""
    if found is None:
        return found
    before = doc.tokens_before(found.start, 1)
    if not before or before[-1].kind != "word" or before[-1].end != found.start \
            or before[-1].text not in words("percent_subject_words", role="money_scope"):
        return found
    scope = before[-1]
    framed = _frame_phrase(doc, scope.start, left_limit, to_figure=False, spaces=0)
    if framed is None or framed.end != scope.start:
        return found
    return framed


EVERY = "ทุก"  # "กระจายรายได้ทุก|ภูมิภาค 1.8 หมื่นล้านบาท": what follows ทุก is what the sum runs over
EVERY_LEADS = ("รวม", "ของ", "ใน")  # glued before ทุก: "วงเงินกู้…รวมทุกสถาบันการเงิน", "งบประมาณของทุกเหล่าทัพ"


def _before_every(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "สร้างรายได้กระจายทุกภูมิภาคกว่า 1.8 หมื่นล้านบาท", "วงเงินกู้สูงสุดต่อรายรวมทุกสถาบันการเงินไม่เกิน 20
    ล้านบาท": a phrase read right after ทุก (every) says over what the amount runs, never what it is (as
    after ตลอด, `_before_scope`); the phrase before ทุก (with รวม/ของ/ใน glued before it) is, without a verb
    closing it ("รายได้|กระจาย"); None when the reader finds none there."""
    at = found.start - len(EVERY)
    if at < 0 or not doc.view.startswith(EVERY, at):  # (a negative start would read from the text's end)
        return found
    received = _frame_after_verb(doc, found)
    if received is not None:
        return received  # "ผู้ประกันตนทุก|มาตรา|ได้รับ|ค่าทำศพ 50,000 บาท": a clause after ทุก names the money (rev18)
    for lead in EVERY_LEADS:
        if at >= len(lead) and doc.view.startswith(lead, at - len(lead)) and doc.is_boundary(at - len(lead)):
            at -= len(lead)
            break
    if at <= left_limit or not doc.is_boundary(at):
        return None
    before = _before_per_unit(doc, read_subject(doc, at, left_limit=left_limit), left_limit)  # "…ต่อ|ราย|รวมทุก"
    if before is None:
        return None
    inside = [t for t in doc.tokens_before(before.end, 12) if t.start >= before.start and t.kind == "word"]
    while len(inside) > 1 and word_class(inside[-1].text) == "V":
        inside.pop()
    end = inside[-1].end if inside else before.end
    return Subject(doc.text[before.start:end], before.start, end)


def _frame_after_verb(doc: Document, found: Subject) -> Subject | None:
    """The money frame after a verb inside `found` ("มาตรา|ได้รับ|ค่า|ทำศพ" → ค่าทำศพ), through its end; else None."""
    toks = [t for t in doc.tokens_after(found.start, 12) if t.end <= found.end]
    verb = next((k for k, t in enumerate(toks) if k > 0 and t.kind == "word" and word_class(t.text) == "V"), None)
    if verb is None:
        return None
    frame = next((t for t in toks[verb + 1:] if t.kind == "word" and _frame_at(t.text) == 0), None)
    return Subject(doc.text[frame.start:found.end], frame.start, found.end) if frame is not None else None


FINE_CONTEXT_CHARS = 80  # characters before a fine's ปรับ searched for the offence or sentence it goes with


@lexicon_cache
def _fine_context_re() -> regex.Pattern:
    return regex.compile(alternation(words("percent_subject_words", role="fine_context")))


def _fine_before(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "มีโทษจำคุกไม่เกิน 5 ปี หรือ ปรับไม่เกิน 100,000 บาท", "จะถูกเปรียบเทียบปรับสูงสุด 5,000 บาท": the
    verb ปรับ (to fine, role `fine`), alone as a token right before the amount (a qualifier or ตั้งแต่
    between), names what the amount is: the fine (ANNOTATION.md: the word the text uses, here a verb, as
    the annotators write ปรับ / เปรียบเทียบปรับ); only with a penalty word (role `fine_context`: โทษ,
    จำคุก, ความผิด, เปรียบเทียบ …) in the clause before, so that a price "ปรับ" (adjust) names nothing."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    toks = [t for t in doc.tokens_before(start, 4) if t.start >= left_limit]
    while toks and (toks[-1].kind != "word" or toks[-1].text in words("percent_subject_words", role="fine_range")):
        toks.pop()  # spaces, and ตั้งแต่ ("ปรับตั้งแต่ 400,000 ถึง 2,000,000 บาท")
    if toks and toks[-1].text.startswith(PASSIVE) and toks[-1].text[len(PASSIVE):] in words("percent_subject_words",
                                                                                              role="fine"):
        at = toks[-1].start + len(PASSIVE)  # "จะ|ถูกปรับ 30 ล้านวอน" (one token): to be fined, the fine is ปรับ (m34)
        if not _fine_context_re().search(doc.view, max(0, at - FINE_CONTEXT_CHARS), at):
            return None
        return Subject(doc.text[at:toks[-1].end], at, toks[-1].end)
    if not toks or toks[-1].text not in words("percent_subject_words", role="fine"):
        return None
    fine = toks[-1]
    lead = toks[-2] if len(toks) > 1 and toks[-2].kind == "word" and toks[-2].end == fine.start else None
    if lead is not None and lead.text in words("percent_subject_words", role="fine_lead"):
        return Subject(doc.text[lead.start:fine.end], lead.start, fine.end)  # เปรียบเทียบปรับ: the settlement fine
    if lead is not None and word_class(lead.text) == "N":
        return None  # "ราคาปรับ": a noun before it makes ปรับ its predicate (a change), not a fine
    if not _fine_context_re().search(doc.view, max(0, fine.start - FINE_CONTEXT_CHARS), fine.start):  # a sentence before the record before counts
        return None
    return Subject(fine.text, fine.start, fine.end)


PASSIVE = "ถูก"  # the passive marker glued before ปรับ by the segmenter: "ถูกปรับ" (to be fined)
REMAINING = "คงเหลือ"  # what is left: a new value after จาก, and alone no name ("… เป็นเงิน 6,729 ล้านบาท คงเหลือจำนวน") (m26)
BARE_VERBS = frozenset({"ได้รับ", "เพิ่ม", "ขยาย", "สิ้นสุด", "เริ่มต้น", "จ่าย", REMAINING})  # alone before an amount: no name


def _bare_verb(text: str) -> bool:
    """ "ผู้ที่มีอายุ 60-69 ปี ได้รับ 100 บาท", "เริ่มต้นที่ 17 บาท": a phrase that is only a verb of receiving,
    change, reaching or completion (roles change, to, filler, complete, copula; gap and connector words) names
    nothing the amount measures."""
    if word_class(text) != "V":
        return False
    roles = ("change", "to", "filler", "complete", "copula")
    return text in BARE_VERBS or any(text in words("percent_subject_words", role=r) for r in roles) \
        or text in _w()["gap"] | _w()["connector"]


@lexicon_cache
def total_words() -> frozenset[str]:
    """Total words (qualifiers.tsv, qualifier total: รวม, ทั้งหมด, รวมทั้งหมด …): alone they name nothing."""
    from .lexicon import load_tsv

    return frozenset(r["word"] for r in load_tsv("qualifiers") if r["qualifier"] == "total")


MONEY_NOUN = "เงิน"
GLUED_MONEY_NOUNS = (MONEY_NOUN, "งบประมาณ")  # glued after a verb by the segmenter: รับเงิน|รางวัล, ตั้งงบประมาณ|รายจ่าย (m28)


def _money_noun_of_verb(doc: Document, found: Subject | None) -> Subject | None:
    """ "รับเงินรางวัล 50,000 บาท", segmented รับเงิน|รางวัล: the phrase the reader found starts after a
    verb glued to its object เงิน, and that money noun heads the phrase (เงินรางวัล), so it is put back; so is
    งบประมาณ ("ได้ตั้งงบประมาณ|รายจ่าย…" → งบประมาณรายจ่าย…) (m28)."""
    if found is None or found.text.startswith(MONEY_NOUN):
        return found
    before = doc.tokens_before(found.start, 1)
    if not before:
        return found
    verb = before[-1]
    noun = next((n for n in GLUED_MONEY_NOUNS if verb.text.endswith(n)), None)
    if verb.kind != "word" or verb.end != found.start or noun is None \
            or len(verb.text) <= len(noun) or word_class(verb.text[:-len(noun)]) != "V":
        return found
    start = verb.end - len(noun)
    return Subject(doc.text[start:found.end], start, found.end)


MONEY_NOUNS = (MONEY_NOUN, "งบ", "รายได้")  # "รัฐ|สูญ|รายได้ 280 ล้านบาท": what the state loses


def _without_agent_verb(doc: Document, found: Subject | None) -> Subject | None:
    """ "รัฐบาล|ช่วย|เงินทำศพผู้สูงอายุ", "ครม.|ไฟเขียว|งบกลาง…": a paying body (money_agent) and its verb
    before a money noun are a clause, agent and act; the money noun's phrase is what the amount measures.
    Only a whole agent token, one word that is no noun, and a word opening with เงิน, งบ or รายได้."""
    if found is None:
        return found
    toks = [t for t in doc.tokens_after(found.start, 4) if t.end <= found.end]
    if len(toks) < 3 or toks[0].start != found.start or any(t.kind != "word" for t in toks[:3]) \
            or not toks[2].text.startswith(MONEY_NOUNS):
        return found
    agent = toks[0].text in words("percent_subject_words", role="money_agent") and (
        word_class(toks[1].text) != "N" or toks[1].text in words("percent_subject_words", role="money_loss"))
    # "สงกรานต์|กระจาย|รายได้ทุกภูมิภาค": any noun as the clause's subject before a verb proper (m33)
    clause = word_class(toks[0].text) == "N" and word_class(toks[1].text) == "V" and not _person(toks[0].text) \
        and toks[0].text != NOMINALISER \
        and not toks[0].text.startswith(FEE)  # "การ|ลักลอบ|เงินตรา": การ makes the verb a noun, it is no subject;
    # "ค่าธรรมเนียม|โอน|เงิน…": a fee (a money frame) of an act on money is no paying body, it is the money (rev36m)
    if not (agent or clause):
        return found
    return Subject(doc.text[toks[2].start:found.end], toks[2].start, found.end)


NOMINALISER = "การ"
THEN = "ก็"  # "ราคาน้ำมันดีเซลก็|ต่ำกว่า 30 บาท": the particle between a topic and its predicate
THEN_OBJECT_VERBS = frozenset({"หัก", "รวม", "ไม่มี"})  # deducting, including, lacking: the money after them is
# their object, and the amount after ก็ is what is left or the total (rev36m)
THEN_TOKENS = 3  # words of the predicate between ก็ and the figure (ต่ำกว่า, สูง|ถึง, อยู่|ที่)
PREDICATE_CLASSES = frozenset({"V", "ADJ", "ADV", "AUX", "P", "C"})


def _before_then_particle(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ลดค่าพลังงานเชื้อเพลิงหรือน้ำมันดีเซลก็|ต่ำกว่า 30 บาท", "ค่าใช้จ่ายก็|สูง|ถึง 30 ล้านบาท": ก็ glued after a topic
    and before a short predicate of level (a comparative, a verb, สูงถึง, อยู่ที่) that runs to the figure: the
    reader stops at ก็ and reads nothing (the predicate may be the qualifier alone: ต่ำกว่า). The topic's phrase, read as the amount's own, is what the amount
    measures, when it names money (m36). Not when the predicate holds a noun or a digit, nor for people or a
    thing with no money frame ("นักเรียนก็ได้รับ 500 บาท": the money is never named)."""
    end = qualifier_start(doc, pos, left_limit=left_limit)
    toks = doc.tokens_before(end, THEN_TOKENS + 2)
    while toks and toks[-1].kind == "space":
        toks = toks[:-1]
    k = len(toks)
    while k > 0 and toks[k - 1].kind == "word" and toks[k - 1].text != THEN and len(toks) - k < THEN_TOKENS \
            and (word_class(toks[k - 1].text) in PREDICATE_CLASSES
                 or toks[k - 1].text in words("percent_subject_words", role="comparative")):
        k -= 1
    if k == len(toks) and end >= pos or k == 0 or toks[k - 1].text != THEN \
            or toks[k - 1].end != (toks[k].start if k < len(toks) else end) \
            or toks[k - 1].start <= left_limit:
        return None
    at = toks[k - 1].start
    before = doc.tokens_before(at, 1)
    if not before or before[-1].kind != "word" or before[-1].end != at:
        return None  # "… ก็": a ก็ that opens its own clause after a space has no topic glued to it
    topic = money_subject(doc, subject_before(doc, at, left_limit=left_limit), pos=at, left_limit=left_limit)
    if topic is None or topic.end != at or not names_money(topic.text) or _person(topic.text):
        return None
    i = doc.token_index_at(topic.start)
    if i < len(doc.tokens) and doc.tokens[i].start == topic.start:
        i -= 1  # the token before the topic, or the one it is cut from ("มี|เงิน" in มีเงิน)
    lead = doc.tokens[i] if 0 <= i < len(doc.tokens) else None
    piece = doc.text[lead.start:topic.start] if lead is not None and lead.kind == "word" \
        and lead.end >= topic.start else ""
    if piece in THEN_OBJECT_VERBS or piece in words("percent_subject_words", role="have"):
        return None  # "หลังหัก|ภาษีก็เหลือ…", "รวม|ค่าขนส่งก็เป็น…", "ไม่มี|เงินก็กู้ได้…": an object, not the topic (rev36m)
    return topic
AGENT_TOKENS = 4  # glued nouns of a body's name before its verb ("ธนาคาร|กรุงไทย|อนุมัติ|สินเชื่อ")


def _without_named_agent(doc: Document, found: Subject | None) -> Subject | None:
    """ "มาสด้า|ประกาศ|แผน|ลงทุน MHEV 5,000 ล้านบาท", "กระทรวงมหาดไทย|เสนอ|การเพิ่ม|กรอบเงินทดลอง…": a body's name (glued
    nouns, no person, no การ/ความ except an organisation's name that opens with การ, none naming money, no place) and
    the one verb of announcing, proposing or approving glued after it (role announce_verb: ประกาศ, เสนอ, อนุมัติ,
    เปิดเผย) are a clause's agent and predicate; the object after the verb, when it opens with a money frame or a holder of money (แผน, เพดาน) or
    with การ + a verb of change before one (`_CHANGE_ACT`, dropped later), is what the amount measures (m36). The
    rule m33 wrote (`_without_agent_verb`) takes one noun before เงิน/งบ/รายได้; this one a longer name and any frame.
    Other verbs after a body stay ("ธนาคาร|ปล่อย|สินเชื่อ…", which the subject re-ranker's option test pins). Not when
    the phrase opens with money ("เงินกู้|ช่วย|ค่าครองชีพ": the money is the subject), with people
    ("ผู้ประกอบการ|ใช้จ่าย…") or a nominaliser; not across a space or a preposition."""
    if found is None:
        return found
    toks = [t for t in doc.tokens_after(found.start, AGENT_TOKENS + 3) if t.end <= found.end]
    if not toks or toks[0].start != found.start:
        return found
    k = 0
    while k < len(toks) and k < AGENT_TOKENS and toks[k].kind == "word" and word_class(toks[k].text) == "N" \
            and (k == 0 or toks[k].start == toks[k - 1].end):
        k += 1
    if k == 0 or k + 1 >= len(toks) or toks[k].kind != "word" or toks[k].start != toks[k - 1].end \
            or word_class(toks[k].text) != "V" or toks[k + 1].start != toks[k].end:
        return found
    agent = doc.text[found.start:toks[k - 1].end]
    body = names_a_giver(agent)  # "การไฟฟ้านครหลวง": an organisation's head, though it opens with การ
    if any(f in agent for f in _frames()) or _person(toks[0].text) or _place_name(agent) \
            or any(t.text.startswith(NOMINALISERS) for t in toks[:k]) and not (body and k == 1):
        return found
    if toks[k].text not in words("percent_subject_words", role="announce_verb"):
        return found  # "ภาระ|ค้ำประกัน|สินเชื่อ", "ธนาคาร|ปล่อย|สินเชื่อ…": only a verb of announcing makes the cut
    start = toks[k].end
    rest = doc.text[start:found.end]
    change = _CHANGE_ACT.match(rest)
    held = rest[change.end():] if change is not None else rest
    if not held.startswith(_frames() + HOLDERS) or not names_money(held) or len(rest) < 3:
        return found
    return Subject(rest, start, found.end)


def _without_give_act(doc: Document, found: Subject | None) -> Subject | None:
    """ "ได้รับการจัดสรร|งบประมาณ… 17,200 ล้านบาท", "การสนับสนุน|เงินทุน", "การจ่าย|เงินช่วยเหลือเบื้องต้น",
    "ติดต่อญาติ|นำ|เงิน": an act of giving or paying (role `money_give`: จัดสรร, สนับสนุน, จ่าย, นำ …), as
    การ + verb or after a noun (who gives), right before a word opening with เงิน or งบ: the amount is the
    money given, so the phrase starts at the money noun; also after a clause's subject and verb read
    with it ("โรงเรียน|ได้รับ|การจัดสรร|งบประมาณ"). An act of spending or disbursing (ใช้จ่าย, เบิกจ่าย: not
    money_give) stays, as the annotators keep it ("การใช้จ่ายจากเงินรายได้สะสม", "ผลการเบิกจ่ายงบลงทุนสะสม"):
    what was spent is not the budget."""
    if found is None:
        return found
    toks = [t for t in doc.tokens_after(found.start, GIVE_TOKENS) if t.end <= found.end]
    give = words("percent_subject_words", role="money_give")
    for k, t in enumerate(toks):
        if t.kind != "word":
            return found  # a space: the act is no longer glued to the phrase's start
        if t.text.startswith(NOMINALISER) and t.text[len(NOMINALISER):] in give:
            money = k + 1  # การจัดสรร as one token
        elif k + 2 < len(toks) and toks[k + 1].text in give and toks[k + 2].start == toks[k + 1].end \
                and (t.text == NOMINALISER or k == 0 and word_class(t.text) == "N" and not t.text.startswith(FEE)):
            money = k + 2  # การ|จ่าย|เงิน…, ญาติ|นำ|เงิน (a noun, who gives, only opening the phrase; no fee:
            # "ค่าธรรมเนียม|โอน|เงิน…" is the fee, rev36m)
        else:
            continue
        if k > 0 and not any(word_class(x.text) == "V" for x in toks[:k]):
            return found  # "ผลการจัดสรร…": a noun before the act names it, not a clause
        if money >= len(toks) or toks[money].kind != "word" or not toks[money].text.startswith(MONEY_NOUNS) \
                or toks[money].start != toks[money - 1].end:
            return found
        return Subject(doc.text[toks[money].start:found.end], toks[money].start, found.end)
    return found


def _without_beneficiary(doc: Document, found: Subject | None) -> Subject | None:
    """ "ครม.ไฟเขียว|งบกลาง|ช่วย|ชาวประมงกว่า 1.6 พันล้านบาท" → งบกลาง, "จ่ายเงินสนับสนุน|เกษตรกร|ชาวไร่อ้อย" →
    เงินสนับสนุน: after a money noun opening the phrase, a verb of giving as a token of its own (money_give:
    ช่วย, ให้ …) with the people after it (role `person`, a word opening with ผู้/นัก/ชาว), or those people
    right after a money noun that is itself a giving (เงินสนับสนุน, เงินช่วยเหลือ, เงินอุดหนุน), say who gets
    the money, not what it is: the phrase ends before them. "เงิน|ทำศพ|ผู้สูงอายุ" (a purpose verb) and
    "เงิน|ช่วย|ค่าเก็บเกี่ยว" (what is given after the verb) stay."""
    if found is None:
        return found
    toks = [t for t in doc.tokens_after(found.start, GIVE_TOKENS) if t.end <= found.end]
    if len(toks) < 2 or toks[0].start != found.start:
        return found
    first, k = toks[0].text, 1
    if _frame_at(first) != 0 and len(toks) > 2 and toks[1].kind == "word" and toks[1].start == toks[0].end \
            and _frame_at(first + toks[1].text) == 0:
        first, k = first + toks[1].text, 2  # "วง|เงินช่วยเหลือ|เกษตรกร": a frame the segmenter split (m34)
    if _frame_at(first) != 0:
        return found
    give = words("percent_subject_words", role="money_give")
    head = k
    while k < len(toks) and toks[k].kind == "word" and toks[k].start == toks[k - 1].end \
            and word_class(toks[k].text) != "V" and toks[k].text not in give and not _person(toks[k].text):
        k += 1  # งบ|กลาง: the money noun's own words (nouns, modifiers)
    if k >= len(toks) or toks[k].kind != "word" or toks[k].start != toks[k - 1].end:
        return found
    giving = any(first[len(f):].startswith(tuple(give)) for f in _frames() if first.startswith(f))
    if not (toks[k].text in give and k + 1 < len(toks) and toks[k + 1].start == toks[k].end
            and _person(toks[k + 1].text) or giving and k == head and _person(toks[k].text)):
        return found  # "เงิน|ช่วย|ค่าเก็บเกี่ยว", "ยอดการ|โอน|เงิน": what is given follows, not who
    end = toks[k - 1].end
    return Subject(doc.text[found.start:end], found.start, end)


def _without_adjust_verb(doc: Document, found: Subject | None) -> Subject | None:
    """ "ราคา|ปรับ|ขึ้นมา 70 บาท", "ค่าโดยสาร|ปรับ|ไม่เกิน 5 บาท": ปรับ (role `fine`) as the last token of a
    longer phrase, after a word that makes no fine of it (not โทษ, เปรียบเทียบ: fine_lead, fine_context), is
    the verb of a change (to adjust), no part of what the amount measures: dropped."""
    if found is None:
        return found
    toks = _word_tokens(doc, found)
    fine = words("percent_subject_words", role="fine")
    if len(toks) < 2 or toks[-1].text not in fine and not (
            toks[-1].text.startswith(PASSIVE) and toks[-1].text[len(PASSIVE):] in fine) \
            or toks[-2].kind != "word" or toks[-2].end != toks[-1].start \
            or toks[-2].text in words("percent_subject_words", role="fine_lead") \
            or _fine_context_re().search(toks[-2].text):
        return found
    return Subject(doc.text[found.start:toks[-2].end], found.start, toks[-2].end)


REPEAT = "ๆ"  # the repetition mark: "X ๆ ละ N บาท" is "N baht each X"


def _without_reach_tail(doc: Document, found: Subject | None) -> Subject | None:
    """ "การค้าชายแดน…โตต่อเนื่องมูลค่า|แตะ 1.7 หมื่นล้านบาท", "หากฝ่าฝืนมีโทษปรับ|ตั้งแต่ 5,000 บาท": a verb of
    reaching (role `run_end`: ทะลุ, แตะ) or a range word (`fine_range`: ตั้งแต่) as the last token of a longer
    phrase says how far the amount goes, not what it is: dropped; so is the ๆ of "X ๆ ละ" (each X)."""
    if found is None:
        return found
    if found.text.endswith(REPEAT) and len(found.text.rstrip(REPEAT + " ")) >= 2 \
            and doc.view[found.end:found.end + 4].lstrip(" ").startswith(PER_MARK):  # not "ค่าใช้จ่ายอื่น ๆ"
        end = found.start + len(found.text.rstrip(REPEAT + " "))  # "3 ทุน ๆ ละ 20,000 บาท": ๆ ละ is "each"
        return Subject(doc.text[found.start:end], found.start, end)
    toks = _word_tokens(doc, found)
    tails = words("percent_subject_words", role="run_end") | words("percent_subject_words", role="fine_range") \
        | words("percent_subject_words", role="filler")
    if len(toks) < 2 or toks[-1].text not in tails or toks[-2].kind != "word":
        return found  # also a filler the reader kept ("สูงกว่าเป้าหมาย|ถึง", "…เพิ่มเติมอีก|ราว")
    return Subject(doc.text[found.start:toks[-2].end], found.start, toks[-2].end)


BUDGET = "งบ"


def _with_spend_act(doc: Document, found: Subject | None) -> Subject | None:
    """ "สงป. … โดยใช้จ่าย|งบประมาณแล้ว จำนวน 1,749,963.43 ล้านบาท" → ใช้จ่ายงบประมาณ: a verb of spending or
    disbursing (role `money_spend`: ใช้จ่าย, เบิกจ่าย) glued right before a budget word (งบ…) that opens the
    phrase names what the amount is, the part spent, not the budget (the dev gold keeps it: ใช้จ่ายงบประมาณ,
    ผลการเบิกจ่ายงบลงทุนสะสม); the reader drops a leading verb, so it is put back."""
    return _with_glued_word(doc, found, BUDGET, "money_spend")


def _with_glued_word(doc: Document, found: Subject | None, opening: str, role: str) -> Subject | None:
    """`found` with the word glued right before it put back, when `found` opens with `opening` and that word is
    a `role` row of percent_subject_words.tsv (the reader stepped over it as a gap word or a leading verb)."""
    if found is None or not found.text.startswith(opening):
        return found
    before = doc.tokens_before(found.start, 1)
    if not before or before[-1].kind != "word" or before[-1].end != found.start \
            or before[-1].text not in words("percent_subject_words", role=role):
        return found
    return Subject(doc.text[before[-1].start:found.end], before[-1].start, found.end)


def _person(text: str) -> bool:
    """A word naming people: role `person` (ประชาชน, เกษตรกร …) or `payee` (ลูกจ้าง, พนักงาน …), or opening with a
    person prefix (ผู้, นัก) or ชาว."""
    if text in words("percent_subject_words", role="person") or text in words("percent_subject_words", role="payee"):
        return True
    return text.startswith(tuple(words("percent_subject_words", role="person_prefix")) + ("ชาว",)) and len(text) > 3


def _people_opening(toks: list) -> int:
    """How many of `toks` name the people a phrase opens with: 1 for a person word ("ลูกจ้าง", "ผู้ประกันตน"), 2 for a
    person prefix the segmenter cut from the word glued after it ("ผู้|ได้รับบาดเจ็บ"); else 0."""
    if not toks or toks[0].kind != "word":
        return 0
    if _person(toks[0].text):
        return 1
    glued = len(toks) > 1 and toks[1].kind == "word" and toks[1].start == toks[0].end
    return 2 if glued and toks[0].text in words("percent_subject_words", role="person_prefix") else 0


PEOPLE_JOINS = frozenset({"-", "/", "และ"})  # "เกษตรกร-ผู้ค้า": people named together
MIN_OBJECT_CHARS = 4  # an object shorter than this is a frame the segmenter cut ("…ได้รับค่า|ฝากเก็บ")


def _past_people(doc: Document, found: Subject) -> Subject | None:
    """ "ช่วยชาวนา ไร่ละ 1,000 บาท", "ซึ่งนักศึกษาเริ่มต้นลงทุน…เดือนละ 100 บาท": a phrase that opens with people
    (a `person` word, ผู้/นัก/ชาว…) names who pays or is paid, never the money: the money frame inside it
    ("ผู้สนับสนุน|ค่าเบี้ยประกัน"), else the object of the people's verb ("เกษตรกร-ผู้ค้า|ทำ|สัญญาซื้อขาย"), else
    None (the caller then looks for a money frame before the people). A frame glued after a noun is that noun's
    ("ตลาดตราสาร|หนี้"), no money of its own. A phrase the reader began inside a
    relative clause ("ส่วนที่|ประชาชนจ่าย") is its head's, left as it is; so is any phrase that opens with no people."""
    toks = _word_tokens(doc, found)
    k = _people_opening(toks)
    if not k or _in_relative(doc, found.start):
        return found
    cut = k == 2  # "ผู้|ได้รับบาดเจ็บ": only a money frame after such people is read past them
    while k < len(toks) and (_person(toks[k].text) or toks[k].text in PEOPLE_JOINS):
        k += 1  # เกษตรกร|-|ผู้ค้า
    start = next((t.start for j, t in enumerate(toks[k:], k) if t.kind == "word" and _frame_at(t.text) == 0
                  and not (word_class(toks[j - 1].text) == "N" and not _person(toks[j - 1].text))), None)
    if start is None and cut:
        return found  # "ผู้|ที่ต้องการความช่วยเหลือ", "ผู้|มีบัตรสวัสดิการ": no money frame, the phrase stays
    if start is None and k + 1 < len(toks) and word_class(toks[k].text) == "V" and toks[k + 1].kind == "word" \
            and word_class(toks[k + 1].text) == "N":
        start = toks[k + 1].start  # the people's verb and its object: what is traded or given
    if start is None or found.end - start < MIN_OBJECT_CHARS:
        return None
    return Subject(doc.text[start:found.end], start, found.end)


PART_HEADS = ("ส่วน",)  # relative_pronoun words whose ที่ clause names a part of an amount ("ส่วนที่ประชาชนจ่าย")


def _with_part_head(doc: Document, found: Subject | None) -> Subject | None:
    """ "แบ่งเป็นส่วนที่|ประชาชนจ่ายสะสม 10,433.8 ล้านบาท": a phrase the reader began right after a relative ที่ glued
    to a part word (ส่วน, role relative_pronoun) is that part's clause: the part's head and ที่ are read with it
    ("ส่วนที่ประชาชนจ่ายสะสม"). Only when the part word starts a token ("แบ่งเป็น|ส่วน|ที่"), not inside a longer word
    ("สัดส่วนที่")."""
    if found is None:
        return None
    relative = words("phrase_words", role="relative")
    first = doc.tokens_after(found.start, 1)
    before = doc.tokens_before(found.start, 1 if first and first[0].text in relative else 2)
    if first and first[0].text in relative:
        before = before + first[:1]  # "ส่วน|ที่เหลือ": the reader kept ที่ and left the part word out
    if len(before) != 2 or before[1].text not in relative or before[0].end != before[1].start \
            or before[0].text not in PART_HEADS or before[0].text not in words("percent_subject_words", role="relative_pronoun") \
            or before[1].end > found.end or before[1].end != found.start and before[1].start != found.start:
        return found
    return Subject(doc.text[before[0].start:found.end], before[0].start, found.end)


def _own_money(doc: Document, found: Subject) -> bool:
    """True when the people's phrase holds a verb of their own money (role `own_money`: ใช้จ่าย, บริจาค, ขาดทุน …):
    "ค่าโดยสารเรือ นักท่องเที่ยวใช้จ่ายคนละ 1,500 บาท" is what the people spend, not a money frame before them (rev13)."""
    own = words("percent_subject_words", role="own_money")
    return any(t.kind == "word" and t.text in own for t in _word_tokens(doc, found))


def _in_relative(doc: Document, start: int) -> bool:
    """True when a relative word (ที่, ซึ่ง) glued to a noun stands right before `start`: "ส่วนที่|ประชาชนจ่าย"."""
    before = doc.tokens_before(start, 2)
    return len(before) == 2 and before[1].end == start and before[1].text in words("phrase_words", role="relative") \
        and before[0].kind == "word" and before[0].end == before[1].start and word_class(before[0].text) == "N"


GIVE_TOKENS = 8  # word tokens at the start of a money phrase searched for an act of giving


@lexicon_cache
def _names_nothing() -> frozenset[str]:
    """Words that, alone as an amount's phrase, name nothing: a bare qualifier (role names_nothing) or
    a bare rate word (role rate_word)."""
    return words("percent_subject_words", role="names_nothing") | words("percent_subject_words", role="rate_word")


NAME_CHARS = 40  # characters of a titled name (นางสาวนิลวรรณ ภูมี) before the end of the phrase read
HEADER_CHARS = 400  # characters between a list's ได้แก่ and an amount in one of its items


@lexicon_cache
def _titled_name_re() -> regex.Pattern:
    titles = alternation(words("person_titles", column="title", kind="civil"))
    return regex.compile(rf"(?:^|(?<=[\s().]))(?P<title>{titles})[^\s\d]+(?:[ ][^\s\d]+)?$")


def _titled_name(doc: Document, found: Subject) -> bool:
    """True when the phrase ends a titled name: a title token (นาย, not นายก|รัฐมนตรี) and one or two words
    (a name and surname), who gets the money, never what it is."""
    m = _titled_name_re().search(doc.view, max(0, found.start - NAME_CHARS), found.end)
    return m is not None and doc.is_boundary(m.start()) and doc.is_boundary(m.end("title"))


def _list_header(doc: Document, start: int) -> Subject | None:
    """For a titled name read at `start` (who gets the money): in a list after ได้แก่ on the same line, at
    most HEADER_CHARS before ("…รายที่เข้ารับเงินสิทธิประโยชน์ทดแทนฯ ได้แก่ 1) นาง… จำนวน 70,000 บาท 2) …"),
    the money frame's phrase before ได้แก่ (with the ฯ that ends it) names every item's amount; else None."""
    line_start = doc.view.rfind("\n", 0, start) + 1
    k = doc.view.rfind("ได้แก่", max(line_start, start - HEADER_CHARS), start)
    if k < 0 or not doc.is_boundary(k):
        return None
    end = k
    while end > line_start and doc.view[end - 1] in " ฯ":
        end -= 1  # "…ทดแทนฯ ได้แก่": the abbreviation mark would stop the frame's search
    found = _frame_phrase(doc, end, 0, to_figure=False)
    if found is None:
        return None
    tail = doc.view[found.end:k]
    if tail.startswith("ฯ"):
        found = Subject(doc.text[found.start:found.end + 1], found.start, found.end + 1)  # "ทดแทนฯ": the name's abbreviation mark
    return found


RATE_TOKENS = 8  # word tokens between a rate word (อัตรา) and the amount ("อัตราเดียว ทุก ๆ ครัวเรือนละ")


def _before_rate(doc: Document, pos: int, left_limit: int) -> tuple[Subject | None] | None:
    """ "เรียกเก็บเงิน|ในอัตรา|ลิตรละ 1 บาท", "ให้ความช่วยเหลือ|อัตราเดียว ทุก ๆ ครัวเรือนละ 9,000 บาท": a bare
    rate word (role rate_word) between a phrase and the amount says how the amount is paid, not what it
    is; the phrase before it (and before ใน/ตาม) names it, or, when that phrase names no money (the goods or whom
    the rate is for), the money frame's phrase before it in the clause. A 1-tuple with that subject (None when nothing
    stands before it), or None when no rate word is there."""
    end = qualifier_start(doc, pos, left_limit=left_limit)
    toks = [t for t in doc.tokens_before(end, RATE_TOKENS * 2) if t.start >= left_limit]
    rates = words("percent_subject_words", role="rate_word")
    n = 0
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.kind == "number" or "\n" in t.text:
            return None
        if t.kind != "word":
            continue
        n += 1
        if n > RATE_TOKENS:
            return None
        if t.text in rates:
            start = t.start
            if k > 0 and toks[k - 1].end == start and toks[k - 1].text in words("percent_subject_words", role="money_cut"):
                start = toks[k - 1].start  # ใน|อัตรา, ตาม|อัตรา
            if not _bare_rate_re().match(doc.view[t.end:end]):
                return None  # "อัตรา|ค่าโดยสารสายสีเหลือง เริ่มต้น": the rate word opens a phrase of its own
            given = _frame_before_recipient(doc, start, left_limit)
            if given is not None:
                return (given,)  # "โครงการจ่ายเงินช่วยเหลือพิเศษแก่|ผู้สูงอายุ ในอัตรา": the money given, not whom to
            found = subject_before(doc, start, left_limit=left_limit)
            if found is None or doc.view[found.end:start].strip(" ") or start - found.end > 1:
                return (None,)  # "ฤดูการผลิตปี 2565/2566 ในอัตรา…": a time, a figure, not the phrase, before it
            found = money_subject(doc, found)
            if found is not None and not any(
                    _frame_at(x.text) is not None for x in _word_tokens(doc, found) if x.kind == "word"):
                framed = _frame_phrase(doc, found.start, left_limit, to_figure=False)
                if framed is not None:
                    return (framed,)  # "ปรับลดภาษีสรรพสามิต สำหรับน้ำมัน…ทุกประเภท|ในอัตรา": the tax, not the goods
                if found.end < start:
                    return (None,)  # "…ให้มีคุณภาพดี ในอัตราไร่ละ": after a space, only an amount's own phrase
            return (found,)
    return None


RECIPIENT_PEOPLE_TOKENS = 3  # word tokens of the people after a recipient word ("ผู้|พิการ", "ผู้สูงอายุ|รายได้|น้อย")


def _frame_before_recipient(doc: Document, end: int, left_limit: int) -> Subject | None:
    """ "โครงการจ่ายเงินช่วยเหลือพิเศษแก่ผู้สูงอายุ ในอัตรา 100-250 บาท": when people (`_people_opening`, at most
    RECIPIENT_PEOPLE_TOKENS glued words) end right before `end` (one space between at most) after a recipient word
    (แก่, ให้แก่, ให้กับ: role recipient, glued or one space before them), the money frame's phrase before the
    recipient word names the money given; else None."""
    toks = doc.tokens_before(end, RECIPIENT_PEOPLE_TOKENS + 4)
    if toks and toks[-1].kind == "space" and toks[-1].text == " ":
        toks = toks[:-1]
    if not toks or toks[-1].kind != "word" or toks[-1].end != end and doc.view[toks[-1].end:end] != " ":
        return None
    k = len(toks) - 1
    while k > 0 and len(toks) - k < RECIPIENT_PEOPLE_TOKENS and toks[k - 1].kind == "word" \
            and toks[k - 1].end == toks[k].start and not _people_opening(toks[k:]):
        k -= 1
    if k == 0 or not _people_opening(toks[k:]):
        return None
    before = [t for t in toks[:k] if t.kind != "space"]
    if not before or before[-1].kind != "word" or doc.view[before[-1].end:toks[k].start] not in ("", " "):
        return None
    start = _recipient_start(before)
    return _frame_phrase(doc, start, left_limit, to_figure=False) if start is not None and start >= left_limit else None


@lexicon_cache
def _bare_rate_re() -> regex.Pattern:
    """What may stand between a bare rate word and the amount: เดียว, ทุก ๆ, a per word (ไร่ละ, ครัวเรือน|ละ)."""
    return regex.compile(r"^[ ]*(?:เดียว[ ]*)?(?:ทุก[ ]?ๆ[ ]*|ทุก[ ]*)?(?:[^\s\d]{1,14}ละ[ ]*)?$")


@lexicon_cache
def _old_value_re() -> regex.Pattern:
    to = alternation(words("percent_subject_words", role="to") | {REMAINING})  # "ลดลง จาก 2,037 ล้านบาท คงเหลือ …" (m26)
    lead = alternation(words("percent_subject_words", role="to_lead"))  # "ขยายเพิ่ม|เป็น"
    # the old amount's unit and per ("บาทต่อคนต่อวัน", "บาท ต่อเดือน"), its year, then the word to the new one
    return regex.compile(rf"^[ ]?(?:[^ \d]{{1,16}}[ ]?)?(?:(?:ต่อ|/)[^ \d]{{1,12}}[ ]?)?{OLD_VALUE_YEAR}"
                         rf"(?:(?:{lead})[ ]?)?(?:{to})[ ]?$")


OLD_VALUE_YEAR = r"(?:ใน(?:ปี)?[ ]?\d{4}[ ]?)?"  # "จาก 28,011 ล้านบาท ในปี 2563 เป็น …": the old amount's year


OLD_VALUE_REACH = 48  # characters between an old amount's start and its new value
OLD_VALUE_YEAR_RE = regex.compile(r"\d{4}")
OLD_VALUE_YEAR_BEFORE = regex.compile(r"ใน(?:ปี)?[ ]?$")


# "จากเดิมที่ 3,700 บาทต่อตัน เป็น"; a short verb after จากเดิม, "จากเดิมกู้ได้ไม่เกิน 20,000 บาท เป็น" (m34)
_FROM_AT_END = regex.compile(r"จาก(?:เดิม[^\s\d]{0,8}|(?:ที่)?)[ ]?$")
FROM_REACH = 20  # characters before the old amount's qualifier searched for จาก(เดิม…)


def _old_value(doc: Document, pos: int) -> int | None:
    """ "ราคายางพาราสูงขึ้นจาก 48 บาท|เป็น 95 บาท/กก.", "จาก 2,000 บาท เหลือ 500 บาท": the start of the old
    amount after จาก that the amount at `pos` replaces (เป็น, เหลือ between): the new value measures the
    same thing; else None."""
    pos = qualifier_start(doc, pos)  # "… เป็นไม่เกิน 50,000 บาท"
    nums = [m for m in doc.numbers_between(max(0, pos - OLD_VALUE_REACH), pos) if m.end <= pos]
    if len(nums) > 1 and OLD_VALUE_YEAR_RE.fullmatch(doc.view[nums[-1].start:nums[-1].end]) \
            and OLD_VALUE_YEAR_BEFORE.search(doc.view, max(0, nums[-1].start - 8), nums[-1].start):
        nums = nums[:-1]  # "… ในปี 2563 เป็น": the year is the old amount's, not the amount
    if not nums:
        return None
    m = nums[-1]
    lead = qualifier_start(doc, m.start)  # "จากเดิมไม่เกิน 20,000 บาท"
    if not _old_value_re().match(doc.view[m.end:pos]) or not (_FROM_AT_END.search(doc.view[max(0, lead - FROM_REACH):lead])
                                                              or _BY_AT_END.search(doc.view[max(0, lead - 12):lead])):
        return None
    return m.start


# "ปรับเพิ่มกรอบวงเงิน… อีก 10,000 ล้านบาท เป็น 20,000 ล้านบาท", "เพิ่ม 150 บาท เป็น 850 บาท": the amount of a change, then
# the level it brings the same money to (m27)
_BY_AT_END = regex.compile(r"(?:อีก|เพิ่ม(?:ขึ้น)?|ลด(?:ลง)?)[ ]?$")


def _money_before_year(doc: Document, old: int, left_limit: int) -> bool:
    """True when the record before (ending at `left_limit`) is the year after a bare old figure ("จาก 28,011 ในปี
    2563 เป็น …"), not the old amount: the old figure has no record to take the subject from."""
    nums = [m for m in doc.numbers_between(old, left_limit)]
    return len(nums) > 1 and nums[0].start == old and OLD_VALUE_YEAR_RE.fullmatch(doc.view[nums[-1].start:nums[-1].end]) \
        is not None and nums[-1].end == left_limit


def new_value_of(doc: Document, pos: int, previous_start: int, previous_subject: str | None) -> bool:
    """True when the amount at `pos` is the new value of the amount at `previous_start` ("จาก 2,000 บาท
    เหลือ 500 บาท") whose subject names money (`names_money`): it takes that amount's subject."""
    return previous_subject is not None and names_money(previous_subject) and _old_value(doc, pos) == previous_start


def _money_before_giver(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "ได้รับการสนับสนุนงบประมาณส่วนตัว จากหัวหน้าส่วนราชการจังหวัดเพชรบูรณ์ ท่านละ 1,000 บาท": a phrase read right
    after a spaced จาก that names a giver (people, a body: `names_a_giver`) says who gave the money; the phrase before
    จาก names it, when it names money (`names_money`); else None (r24)."""
    start = found.start - len(FROM)
    if start - 1 < left_limit or doc.view[start:found.start] != FROM or doc.view[start - 1] != " " \
            or not names_a_giver(found.text):
        return None
    before = money_subject(doc, subject_before(doc, start - 1, left_limit=left_limit), left_limit=left_limit)
    return before if before is not None and names_money(before.text) else None


PURPOSE = "เพื่อ"
PRICE_OF = ("ราคา", "มูลค่า")  # ending the phrase after a purpose: the figure is that thing's price or value
PURPOSE_VERBS = 2  # glued verb tokens between เพื่อ and the phrase the reader found ("เพื่อ|ชดเชย|การขาดดุล…")



# the year of a budget between its money phrase and เพื่อ, which the reader leaves out: "…รายจ่าย|ประจำปีงบประมาณ
# พ.ศ. 2564 เพื่อรองรับ…" (m28)
FISCAL_TAIL = regex.compile(r"(?:ประจำ)?ปี(?:งบประมาณ)?[ ]?(?:พ\.ศ\.[ ]?)?[0-9๐-๙]{4}")

def _money_before_purpose(doc: Document, found: Subject, left_limit: int) -> Subject | None:
    """ "การปรับเพิ่มวงเงินปรับโครงสร้างหนี้เงินกู้เพื่อชดเชย|การขาดดุลงบประมาณ จำนวน 120,000 ล้านบาท", "ตั้งงบประมาณ
    รายจ่าย… พ.ศ. 2564 เพื่อรองรับ|กรณีที่เกิดสถานการณ์ฉุกเฉิน จำนวน": a phrase the reader began right after เพื่อ and
    one or two glued verbs is the object of the purpose, not what the amount measures: the money phrase glued (or one
    space) before เพื่อ is, read with its purpose (as percent_subjects._past_purpose reads a share); None when no phrase
    opening with a money frame ends there (m26)."""
    toks = [t for t in doc.tokens_before(found.start, PURPOSE_VERBS + 1) if t.kind == "word"]
    at, verbs = found.start, 0
    while toks and toks[-1].text != PURPOSE and verbs < PURPOSE_VERBS and toks[-1].end == at \
            and word_class(toks[-1].text) == "V":
        at = toks[-1].start
        toks.pop()
        verbs += 1
    if not verbs or not toks or toks[-1].text != PURPOSE or toks[-1].end != at or toks[-1].start <= left_limit:
        return None
    if found.text.endswith(PRICE_OF):
        return None  # "เงินกู้เพื่อซื้อรถยนต์ราคา 800,000 บาท": the price of what is bought, not the loan (rev26b)
    end = toks[-1].start - (doc.view[toks[-1].start - 1:toks[-1].start] == " ")
    before = money_subject(doc, subject_before(doc, end, left_limit=left_limit), left_limit=left_limit)
    if before is None or not before.text.startswith(_frames()) \
            or before.end != end and FISCAL_TAIL.fullmatch(doc.view, before.end, end) is None:
        return None  # "รัฐบาลกู้เงิน|เพื่อซื้อ…": a payer and a verb before the money are no name of it
    return Subject(doc.text[before.start:found.end], before.start, found.end)


def names_money(text: str) -> bool:
    """True when a phrase holds a money frame (ราคา, ค่า…, งบ, เบี้ย) or opens with การ: a phrase an amount's
    new value may take over; the old amount's reading is not repeated when it names none ("…ลงตรา", a place)."""
    return text.startswith(tuple(words("percent_subject_words", role="cut_keep"))) or any(f in text for f in _frames())


def without_speech_lead(doc: Document, found: Subject | None) -> Subject | None:
    """ "เผย|ยอดส่งออก": a verb of saying (role speech_lead) opening the phrase is the headline's predicate,
    not what is measured; dropped, and a phrase of that verb alone names nothing."""
    if found is None:
        return None
    lead = next((t for t in doc.tokens_after(found.start, 1) if t.kind == "word"), None)
    if lead is None or lead.start != found.start or lead.text not in words("percent_subject_words", role="speech_lead"):
        return found
    start = lead.end
    while start < found.end and doc.text[start] == " ":
        start += 1
    return Subject(doc.text[start:found.end], start, found.end) if found.end - start >= 2 else None


ACTS = ("การ", "ผลการ")  # a phrase naming an act: its running total (สะสม) is part of it, as the dev gold marks it


@lexicon_cache
def _tail_qualifiers() -> tuple[str, ...]:
    """The tail qualifiers (role tail_qualifier), longest first."""
    return tuple(sorted(words("percent_subject_words", role="tail_qualifier"), key=len, reverse=True))


@overload
def without_tail_qualifier(doc: Document, found: Subject) -> Subject: ...
@overload
def without_tail_qualifier(doc: Document, found: Subject | None) -> Subject | None: ...
def without_tail_qualifier(doc: Document, found: Subject | None) -> Subject | None:
    """ "มูลค่า|สูงสุด", "ผู้เข้ารับบริการ|สะสม": a qualifier (role tail_qualifier) ending the phrase at a word
    boundary, after a noun or a modifier (…เงินเฟ้อทั่วไป|ในช่วง), says how the figure is taken, not what it
    measures; dropped."""
    tails = _tail_qualifiers()
    running = words("phrase_words", role="cumulative")
    while found is not None:
        text = found.text.rstrip(" ")
        w = next((w for w in tails if text.endswith(w) and len(text) > len(w)), None) or _rate_term(text)
        if w in running and text.startswith(tuple(words("percent_subject_words", role="money_lead")) + ACTS):
            # "ยอดขายสินค้าชุมชนสะสม", "ผลการเบิกจ่ายงบลงทุนสะสม": a running total is the measure's or the act's own name
            return found
        if not w:
            return found
        end = found.start + len(text) - len(w)
        if not (doc.is_boundary(end) or _glued_tail(doc, end, w)):
            return found
        while end > found.start and doc.text[end - 1] == " ":
            end -= 1
        last = [t for t in doc.tokens_before(end, 1) if t.kind == "word"]
        if end - found.start < 2 or not last \
                or not (_nounish_text(last[-1].text) or word_class(last[-1].text) in ("ADJ", "ADV")):
            return found
        found = Subject(doc.text[found.start:end], found.start, end)
    return found


@lexicon_cache
def _rate_terms() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The rate terms (longest first), the rate nouns and what a rate's phrase may open with."""
    ws = partial(words, "percent_subject_words")
    nouns = tuple(ws(role="rate_noun"))
    return tuple(sorted(ws(role="rate_term"), key=len, reverse=True)), nouns, nouns + tuple(ws(role="rate_word"))


def _rate_term(text: str) -> str | None:
    """ "ดอกเบี้ย|ต่ำ": the term (role rate_term) ending a phrase that opens with a
    rate (อัตรา, ดอกเบี้ย, ส่วนลด …) right after a rate noun, else None ("เงินกองทุนดอกเบี้ยต่ำ" names a fund)."""
    terms, nouns, openers = _rate_terms()
    if not text.startswith(openers):
        return None
    w = next((w for w in terms if text.endswith(w)), None)
    if w is None:
        return None
    rest = text[:-len(w)]
    return w if rest.endswith(nouns) or _rate_term(rest) is not None else None


FILLER_CHARS = 16  # characters of a filler (ถึง, ประมาณ) between a phrase and the amount


@lexicon_cache
def _filler_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('percent_subject_words', role='filler'))})[ ]?$")


def past_filler(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "สร้างรายได้|ถึง 2.7 ล้านล้านบาท" → รายได้: a filler the reader does not step over, right before
    the amount, stands between it and the phrase that names what it measures."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    m = _filler_re().search(doc.view, max(left_limit, start - FILLER_CHARS), start)
    if m is None or not doc.is_boundary(m.start()) or not doc.view[left_limit:m.start()].strip(" "):
        return None  # "ตั้งแต่ 400,000 บาท ถึง 2,000,000 บาท": a figure, not a phrase, before the filler
    return _whole_noun_phrase(doc, subject_before(doc, m.start(), left_limit=left_limit))


def _whole_noun_phrase(doc: Document, found: Subject | None) -> Subject | None:
    """`found` when it opens with a noun at the start of a dictionary word, else None: "เริ่มต้น|ที่ 17 บาท"
    (a verb), "เป้า|หมายปล่อยสินเชื่อ" (the reader cut a word) name nothing the text states."""
    if found is None:
        return None
    first = next((t for t in doc.tokens_after(found.start, 1) if t.kind == "word"), None)
    before = doc.tokens_before(found.start, 1)
    if first is None or not _nounish_text(first.text):
        return None
    if before and before[-1].kind == "word" and before[-1].end == found.start \
            and word_class(before[-1].text + first.text) == "N" and word_class(before[-1].text) != "N":
        return None
    return found


def _act_before(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ตั้งเป้า|ยอด|ส่งออก 2.8 แสนล้านบาท" → ยอดส่งออก, "วงเงิน|ก่อสร้าง 980 ล้านบาท" → วงเงินก่อสร้าง: a
    measure head, a money frame or การ with its verbs glued after it, right before the amount
    (percent_subjects.py reads the same run before a percentage)."""
    from .percent_subjects import nominalised_act  # percent_subjects imports this module

    return nominalised_act(doc, qualifier_start(doc, pos, left_limit=left_limit), left_limit, money=True)


FRAME_TOKENS = 10  # word tokens before the figure searched for a money frame
SPACES = (" ", "\xa0")  # one space, or one no-break space ("ขอรับเงิน\xa01,400\xa0บาท")
FRAME_SPACES = 2  # single spaces the search may cross ("… ณ เวลา 12.00 น. มีจำนวนกว่า")


@lexicon_cache
def _frames() -> tuple[str, ...]:
    return tuple(sorted(words("percent_subject_words", role="money_frame"), key=len, reverse=True))


MIN_REST = 3  # characters after a frame in a compound the table lacks: fewer are no word pair (ค่า|ย)


NET_WORDS = frozenset({"สุทธิ"})  # glued after a frame, a noun of the frame's own: net profit, net income


@lexicon_cache(maxsize=WORD_CACHE)
def _frame_at(text: str) -> int | None:
    """Where a money frame starts in a word: 0 when the word is a frame or a noun opening with one
    (วงเงินลงทุน, ค่าสมัคร, and ค่าเบี้ยเลี้ยง the table lacks; not ค่าย, ยอดเยี่ยม), the frame's offset when a verb is glued before it
    (เรียกเก็บ|เงิน, ชำระ|เงิน), else None."""
    table = _tag_table()
    for f in _frames():
        if text == f or text.startswith(f) and text[len(f):] in NET_WORDS:
            return 0  # "กำไรสุทธิ", "รายได้สุทธิ": a frame and "net", which the table lacks (m36)
        if text.startswith(f) and text[len(f):] in table and (
                word_class(text) == "N" or text not in table and word_class(text[len(f):]) == "N"):
            return 0  # also a compound the dictionary lacks, frame + noun: เงิน|รายได้ read as one token
        rest = text[len(f):]
        if text.startswith(f) and text not in table and len(rest) >= MIN_REST and word_class(text) == "N" \
                and any(rest[:k] in table and rest[k:] in table for k in range(1, len(rest))):
            return 0  # a noun the table lacks, frame + two words: ค่า|เบี้ย|เลี้ยง, ค่า|ครอง|ชีพ (not ค่าย…)
    copula = tuple(words("percent_subject_words", role="copula"))
    if text in table and not text.startswith(copula):
        return None  # a dictionary word is one word: การลงทุน, ลงทุน (not ลง|ทุน); but เป็น|หนี้
    for f in _frames():
        j = text.find(f, 2)
        if j > 0 and (_verbish(text[:j]) or text[:j] in words("percent_subject_words", role="causative")) \
                and (text[j:] == f or text[j + len(f):] in table):  # "ทำ|ให้ราคา": the causative glued
            return j
    return None


def _split_frame_start(doc: Document, start: int) -> int:
    """ "มีมูล|ค่า…", "วง|เงิน…": where a frame the segmenter cut starts (up to 3 characters before `start`)."""
    for k in (1, 2, 3):
        head = doc.view[max(0, start - k):start]
        if len(head) == k and any(len(f) > k and f.startswith(head) and doc.view.startswith(f[k:], start)
                                  for f in _frames()):
            return start - k
    return start


def _verbish(text: str) -> bool:
    """A verb, or two verbs the segmenter glued (เรียก|เก็บ)."""
    if word_class(text) in ("V", "ADV", "AUX"):
        return True
    return any(word_class(text[:k]) == "V" and word_class(text[k:]) == "V" and len(text[:k]) > 1
               for k in range(2, len(text) - 1) if text[:k] in _tag_table() and text[k:] in _tag_table())


def _word_tokens(doc: Document, found: Subject) -> list:
    return [t for t in doc.tokens_after(found.start, 24) if t.end <= found.end]


def _framed(doc: Document, found: Subject | None) -> Subject | None:
    """ "เรียกเก็บเงินในอัตรา" → เงิน: a verb glued before the frame opening the phrase is dropped, and the
    frame's phrase ends at a preposition (role money_cut) that no การ/ความ follows."""
    if found is None:
        return None
    lead = doc.tokens_before(found.start, 1)
    if lead and lead[-1].end == found.start and lead[-1].text in words("percent_subject_words", role="money_lead"):
        # "มียอด|การใช้จ่ายสะสม": the reader drops a leading ยอด, which for money names the amount itself
        found = Subject(doc.text[lead[-1].start:found.end], lead[-1].start, found.end)
    toks = _word_tokens(doc, found)
    if not toks or toks[0].kind != "word":
        return found
    at = _frame_at(toks[0].text)
    copula = tuple(words("percent_subject_words", role="copula"))
    glued = next((t for t in toks[1:] if t.kind == "word" and t.text.startswith(copula) and _frame_at(t.text)), None)
    clause = _clause_before_frame(toks) if at is None and glued is None else None
    if clause is not None:
        toks, at = toks[clause:], 0  # "กิจกรรมครั้งนี้|ดึงดูด|เงินลงทุน": a clause's subject and verb before the amount
    elif at is None and glued is not None:
        toks, at = [glued], _frame_at(glued.text)  # "ครัวเรือน|เป็นหนี้": what the copula makes it is the amount
    elif at is None and len(toks) > 1 and toks[1].start == toks[0].end and toks[1].kind == "word" \
            and _frame_at(toks[0].text + toks[1].text) == 0:
        at = 0  # "วง|เงินลงทุน": the segmenter cut the frame
    elif at is None and (price := _frame_after_cut(doc, toks)) is not None:
        return price  # "จำหน่ายหมู|ใน|ราคา", "ซื้อสลาก|ใน|ราคาที่": the price, not the goods
    if at is None:
        return found
    start = toks[0].start + at
    if at == 0 and start > found.start:
        start = max(found.start, _split_frame_start(doc, start))  # "มีมูล|ค่า": the reader's phrase opens mid-token
    end = found.end
    lead = doc.tokens_before(start, 1)
    if at == 0 and lead and lead[-1].end == start and lead[-1].text in words("percent_subject_words", role="money_lead"):
        start = lead[-1].start  # "ยอด|เงินหมุนเวียน", "เช็ค|เงินสด"
    cut = words("percent_subject_words", role="money_cut")
    nominal = words("percent_subject_words", role="cut_keep")
    for k in range(1, len(toks)):
        t = toks[k]
        if t.text in cut:
            nxt = next((x for x in toks[k + 1:] if x.kind == "word"), None)
            if nxt is None or not nxt.text.startswith(tuple(nominal)) and _frame_at(nxt.text) != 0:  # "รายได้จาก|ค่า…"
                end = t.start
                break
    while end > start and doc.text[end - 1] == " ":
        end -= 1
    if (start, end) == (found.start, found.end) or end - start < 2:
        return found
    return Subject(doc.text[start:end], start, end)


def _frame_after_cut(doc: Document, toks: list) -> Subject | None:
    """ "จำหน่ายหมู|ใน|ราคา": a phrase that ends with a money frame right after a preposition (role money_cut:
    ใน, ตาม) glued before it, with no frame before: goods, or an act on them, "at a price"; the price is what
    the amount measures. A relative ที่ may close the phrase, a segmenter's cut run through the frame
    ("ใน|รา|คาที่|ถูกกว่า")."""
    ws = [t for t in toks if t.kind == "word"]
    cut = words("percent_subject_words", role="money_cut")
    k = next((k for k in range(len(ws) - 2, 0, -1) if ws[k].text in cut), None)
    if k is None or ws[k].end != ws[k + 1].start or any(_frame_at(t.text) is not None for t in ws[:k]):
        return None
    start, end = ws[k + 1].start, ws[-1].end
    rest = doc.text[start:end]
    relative = next((r for r in longest_first(words("phrase_words", role="relative")) if rest.endswith(r)), None)
    if relative is not None and doc.text[start:end - len(relative)] in _frames():
        end -= len(relative)
    if doc.text[start:end] not in _frames() or "".join(t.text for t in ws[k + 1:]) != doc.text[start:ws[-1].end]:
        return None
    return Subject(doc.text[start:end], start, end)


def _clause_before_frame(toks: list) -> int | None:
    """ "กิจกรรม|ครั้งนี้|ดึงดูด|เงินลงทุน": where a money frame (a noun opening with one) starts in a phrase
    that opens with a noun closed by a demonstrative (นี้, นั้น, ครั้งนี้) and has a verb right before the frame:
    the closed noun phrase and the verb are a clause (who does what), the frame is the object the amount
    measures. None when no demonstrative closes the noun ("ภาระ|ค้ำประกัน|สินเชื่อ" is one name), when
    การ/ความ or a measure head makes the verb part of a name ("ผลการเบิกจ่าย|งบลงทุน") or no noun opens the
    phrase ("ใช้จ่าย|งบประมาณ")."""
    if len(toks) < 3 or toks[0].kind != "word" or word_class(toks[0].text) != "N":
        return None
    licence = _verb_licence()
    for k in range(2, len(toks)):
        t, prev = toks[k], toks[k - 1]
        if t.kind != "word" or prev.kind != "word":
            return None
        if any(x.text in licence or x.text.startswith(tuple(words("percent_subject_words", role="cut_keep")))
               for x in toks[:k]):
            return None
        if _frame_at(t.text) == 0 and prev.end == t.start and word_class(prev.text) == "V" \
                and word_class(toks[k - 2].text) == "DET":
            return k
    return None


AT_WORD = "ที่"  # "at" right before a figure: the money frame's phrase before it names the amount (m26)
_AT_BEFORE = regex.compile(rf"{AT_WORD}[ ]?$")


_HELD_GAP = regex.compile(r"[ ]*(?:[A-Za-z0-9][A-Za-z0-9.\-]{0,11}[ ]*)?(?:ไว้|อยู่)?[ ]*")  # "ราคาขายปลีก NGV ที่"


def _held_at(doc: Document, framed: Subject, at: int) -> bool:
    """True when the money frame's phrase stands right before a ที่ ("at") the figure follows: nothing but a Latin
    name (NGV) and ไว้/อยู่ between, and no noun glued before the frame ("ตราสาร|หนี้ที่" names an instrument, not an
    amount; "คณะอนุกรรมการต้นทุน… ประเมินไว้ที่" is far from it)."""
    if not _HELD_GAP.fullmatch(doc.view, framed.end, at):
        return False
    before = doc.tokens_before(framed.start, 1)
    return not (before and before[-1].kind == "word" and before[-1].end == framed.start
                and word_class(before[-1].text) == "N")


def _frame_before(doc: Document, found: Subject | None, pos: int, left_limit: int) -> Subject | None:
    """The money frame's phrase a few words before the figure, when the reader found nothing, only who
    gets the money (after a recipient word), or the unit of a time ("12.00 น."); else `found`."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    if found is None:
        time = _time_before(doc, start)
        if time is not None:
            start, left_limit = time, 0  # "มูลค่าการใช้สิทธิ… ณ เวลา 12.00 น. มีจำนวน 519.52 ล้านบาท": over the time
        elif (at := _AT_BEFORE.search(doc.view, max(left_limit, start - len(AT_WORD) - 1), start)) is not None \
                and at.start() > left_limit and doc.is_boundary(at.start()):
            framed = _frame_phrase(doc, at.start(), left_limit, to_figure=True)
            # "ตรึงราคาไว้|ที่ 318 บาท", "คงราคาขายปลีก NGV ที่ 15.59 บาท": the price held at it (m26)
            return framed if framed is not None and _held_at(doc, framed, at.start()) \
                and framed.text not in words("percent_subject_words", role="money_lead") else None
    if found is not None:
        if any(_frame_at(t.text) is not None for t in _word_tokens(doc, found) if t.kind == "word"):
            return found
        after = _frame_phrase(doc, start, max(left_limit, found.end), to_figure=False) if found.end < start else None
        if after is not None:
            # "ที่ประชุม|เห็นชอบปรับ|ค่าตอบแทนอาสาสมัคร จาก 1,000 บาท": the reader stopped at the agent; "ลูกค้าสนใจยื่นขอ
            # สินเชื่อเต็มกรอบ|วงเงิน 10,000 ล้านบาท": at what comes before the money frame
            return after
        before = [t for t in doc.tokens_before(found.start, 3) if t.kind != "space" or "\n" in t.text]
        if not before:
            return found
        last = before[-1]
        if last.kind == "number" and doc.view[last.end:found.start].strip(" ") == "":
            if not _is_time(doc, last):
                return found
            start = last.start  # "ณ เวลา 12.00 น.": a time's unit names nothing
            left_limit = 0  # the time, no record, set the limit; the frame's search stops at any figure
        elif last.kind == "word" and doc.view[last.end:found.start] in ("", " ") \
                and (recipient := _recipient_start(before)) is not None:
            start = recipient  # "ให้|ชาวนา…", "เข้า กปถ.", "ให้|กับ|ประเทศไทย": who gets the money
        else:
            return found
    framed = _frame_phrase(doc, start, left_limit, to_figure=found is None)
    leads, running = words("percent_subject_words", role="money_lead"), words("phrase_words", role="cumulative")
    if framed is not None and any(framed.text == m or framed.text[len(m):] in running and framed.text.startswith(m)
                                  for m in leads):
        return found  # "ทำยอด|สะสม|เกือบ 2 แสนล้านบาท": a bare measure word (and its running total) names nothing
    return framed or found


@lexicon_cache
def _time_gap_words() -> frozenset[str]:
    """Words that may stand between a time of day and the amount ("12.00 น. มีจำนวน"): gap, connector,
    possess (phrase_words.tsv) and filler words."""
    return _w()["gap"] | _w()["connector"] | _w()["possess"] | words("percent_subject_words", role="filler")


def _time_before(doc: Document, start: int) -> int | None:
    """Where a time of day ("12.00 น.", no record) starts when only gap words (มี, จำนวน, อยู่ที่) stand
    between it and `start`, else None."""
    gap = _time_gap_words()
    before = [t for t in doc.tokens_before(start, 8) if t.kind != "space" or "\n" in t.text]
    k = len(before) - 1
    while k >= 0 and before[k].kind == "word" and before[k].text in gap:
        k -= 1
    if k < 1 or before[k].kind != "word" or before[k - 1].kind != "number" \
            or doc.view[before[k - 1].end:before[k].start].strip(" "):
        return None
    return before[k - 1].start if _is_time(doc, before[k - 1]) else None


def _is_time(doc: Document, tok) -> bool:
    """A number token the numeral reader took for a time of day ("12.00" before น.), no record."""
    return any(m.form == "time" for m in doc.numbers_between(tok.start, tok.end))


def _recipient_start(before: list) -> int | None:
    """Where a recipient word ending `before` starts: one token (ให้, แก่, เข้า) or two the segmenter
    split (ให้|กับ, ให้|แก่), else None."""
    recipients = words("percent_subject_words", role="recipient")
    last = before[-1]
    if last.text in recipients:
        return last.start
    if len(before) > 1 and before[-2].kind == "word" and before[-2].end == last.start \
            and before[-2].text + last.text in recipients:
        return before[-2].start
    return None


RELATIVE_SPACES = 4  # single spaces between a relative clause's head and its ซึ่ง ("ราคา… ตามประกาศ สนพ. ซึ่ง")


@lexicon_cache
def _relative_re() -> regex.Pattern:
    times = alternation(words("percent_subject_words", role="lead_time"))
    fillers = alternation(words("percent_subject_words", role="filler") | words("percent_subject_words", role="copula"))
    return regex.compile(rf"ซึ่ง[ ]?(?:(?:{times})[ ]?)?(?:(?:{fillers})[ ]?)?$")


def _relative_head(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "ยึดราคาซื้อขายไบโอดีเซล ตามประกาศ สนพ. ซึ่งปัจจุบันอยู่ที่ 35.54 บาท": an amount that ends a relative
    clause (ซึ่ง, a time, อยู่ที่/เป็น) with no phrase of its own measures the clause's head: the money frame's
    phrase before ซึ่ง (a place or source after it, ตาม…, stepped over)."""
    start = qualifier_start(doc, pos, left_limit=left_limit)
    m = _relative_re().search(doc.view, max(left_limit, start - 30), start)
    if m is None or not doc.is_boundary(m.start()):
        return None
    return _frame_phrase(doc, m.start(), left_limit, to_figure=False, spaces=RELATIVE_SPACES)


def _frame_phrase(doc: Document, end: int, left_limit: int, *, to_figure: bool,
                  spaces: int = FRAME_SPACES) -> Subject | None:
    """The nearest money frame in the clause before `end` (FRAME_TOKENS words, FRAME_SPACES single
    spaces, no figure, line end or conjunction between) with the nouns glued after it; verbs after it
    belong to it only after การ/ความ, or when they run glued up to `end` ("มอบเงินกองทุนช่วยเหลือ 1 ลบ.")."""
    toks = doc.tokens_before(end, FRAME_TOKENS + spaces + 2)
    while toks and toks[-1].kind == "space" and toks[-1].text in SPACES:
        toks = toks[:-1]
    most, spaces, n = spaces, 0, 0
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.start < left_limit or t.kind == "number":
            return None
        if t.kind == "space":
            spaces += 1
            if t.text not in SPACES or spaces > most:
                return None
            continue
        n += 1
        if n > FRAME_TOKENS or word_class(t.text) in ("C", "PUNC") and t.text not in \
                words("percent_subject_words", role="recipient"):
            return None
        at = _frame_at(t.text)
        if at is not None:
            if at == 0 and k > 0 and t.text.startswith(BUDGET) and toks[k - 1].kind == "word" \
                    and toks[k - 1].end == t.start and toks[k - 1].text in MONEY_BEFORE_BUDGET and toks[k - 1].start >= left_limit:
                k -= 1  # "เตรียม|เงิน|งบประมาณ|ให้กู้ยืม": เงินงบประมาณ, the budget's money, is one noun (m35)
            return _frame_run(doc, toks[k:], at, to_figure=to_figure)
    return None


BUDGET = "งบ"
MONEY_BEFORE_BUDGET = frozenset({"เงิน", "วงเงิน"})  # glued before งบ…: "เงิน|งบประมาณ", "วงเงิน|งบประมาณ"


def _frame_run(doc: Document, run: list, at: int, *, to_figure: bool) -> Subject:
    """The frame (run[0], from `at`) and the nouns glued after it; its verbs too when the whole run is
    glued up to the figure (`to_figure`)."""
    nominal = _verb_licence()
    cut = words("percent_subject_words", role="money_cut")
    ends = _run_ends()
    stop_at = next((j for j in range(1, len(run)) if (run[j].text in ends or run[j].text.startswith(GLUED_AUX))
                    and not _miscut(run[j - 1], run[j])), len(run))
    run = run[:stop_at]  # "…ที่จัดหา|ได้คิด|เป็น": an auxiliary or a gap word ends the frame's run
    whole = to_figure and all(run[j].end == run[j + 1].start for j in range(len(run) - 1)) and all(
        t.kind == "word" and word_class(t.text) in ("N", "V", "ADJ") and t.text not in cut for t in run[1:])
    stop = len(run) if whole else 1
    trail = words("qualifiers")
    while whole and stop > 1 and (word_class(run[stop - 1].text) == "ADJ" or run[stop - 1].text in trail):
        stop -= 1  # "ราคาเกรดส่งออก|สูง|ถึง 160 บาท", "ยอด|สะสม|เกือบ": an adjective or a qualifier is no part of it
    if not whole:
        after_nominal = run[0].text in nominal or run[0].text[at:] in nominal
        j = 1
        while j < len(run):
            t, cls, width = run[j], word_class(run[j].text), 1
            if j + 1 < len(run) and run[j + 1].start == t.end and _tag_table().get(t.text + run[j + 1].text) == "N":
                cls, width = "N", 2  # "ยอด|คง|ค้าง": a noun the segmenter cut (not "การ|ใช้", a verb)
            elif _lending(run, j):
                cls, width = "N", 2  # "จำนวนเงิน|ให้|กู้", "วงเงิน|ให้|กู้ยืม": money to lend, not money given to someone
            elif t.text in words("percent_subject_words", role="time_tail") \
                    and run[j - 1].text in words("percent_subject_words", role="time"):
                cls = "N"  # "ค่าเบี้ยเลี้ยงเดือน|แรก": the first month's allowance, not the month's
            if t.start != run[j - 1].end or t.kind != "word" or cls not in ("N", "V", "ADJ") \
                    or cls != "N" and not after_nominal:
                break
            after_nominal = after_nominal or t.text in nominal
            stop = j + width
            j += width
    start, end = run[0].start + at, run[stop - 1].end
    if at == 0:
        start = _split_frame_start(doc, start)
    return Subject(doc.text[start:end], start, end)


LEND = ("ให้", ("กู้", "กู้ยืม"))  # ให้ + a verb of lending glued to it: "to lend", no recipient


def _lending(run: list, j: int) -> bool:
    """ "วงเงิน|ให้|กู้ยืม": ให้ at run[j] with a verb of lending glued after it (LEND) names the money's use."""
    return run[j].text == LEND[0] and j + 1 < len(run) and run[j + 1].start == run[j].end \
        and run[j + 1].text in LEND[1]


def _miscut(prev, tok) -> bool:
    """ "งบ|ประมาณการ": the segmenter cut a noun (งบประมาณ) and glued its end to the next word."""
    table = _tag_table()
    return prev.end == tok.start and any(table.get(prev.text + tok.text[:k]) == "N" and tok.text[k:] in table
                                         for k in range(1, len(tok.text)))


def _glued_tail(doc: Document, end: int, tail: str) -> bool:
    """ "มีมูล|ค่าสูงสุด": the segmenter glued the qualifier to a dictionary word that ends at `end`."""
    tok = next((t for t in doc.tokens_after(max(0, end - 12), 6) if t.start < end < t.end), None)
    return tok is not None and tok.end == end + len(tail) and tok.text.endswith(tail) \
        and tok.text[:-len(tail)] in _tag_table()


@lexicon_cache
def _verb_licence() -> frozenset[str]:
    """Words after which a frame's run keeps its verbs: การ/ความ, and the money and measure heads that
    open an act (ยอด|คงค้าง, วงเงิน|ให้กู้)."""
    return frozenset(words("percent_subject_words", role="cut_keep") | words("percent_subject_words", role="act_nominaliser")
                     | words("percent_subject_words", role="amount_nominaliser"))


@lexicon_cache
def _run_ends() -> frozenset[str]:
    return frozenset(_w()["gap"] | _w()["connector"] | words("percent_subject_words", role="run_end")
                     | words("percent_subject_words", role="filler")
                     | words("percent_subject_words", role="change") | words("qualifiers", position="before"))


LETTER_DASH_RE = regex.compile(r"(?<![A-Za-z])[A-Za-z] - \Z")  # "e - " before a Latin word, as "e - Voucher" is spaced


def _across_letter_dash(doc: Document, found: Subject | None) -> Subject | None:
    """ "สิทธิ e - Voucher สะสมสูงสุดไม่เกิน 7,000 บาท": a Latin letter and a spaced dash before a Latin word are the
    word's prefix (e-Voucher written with spaces); the reader stops at the dash and keeps the word alone. The subject
    runs from the letter, or from the phrase that ends a space before it ("สิทธิ e - Voucher"). Else `found`."""
    if found is None or not found.text[:1].isascii() or not found.text[:1].isalpha():
        return found
    m = LETTER_DASH_RE.search(doc.view, max(0, found.start - 4), found.start)
    if m is None:
        return found
    start = m.start()
    head = read_subject(doc, start)
    if head is not None and doc.view[head.end:start] == " " and len(head.text) > 1:
        start = head.start
    return Subject(doc.text[start:found.end], start, found.end)
