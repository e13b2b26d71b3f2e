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
   "ตั้งเป้ายอดส่งออก 2.8 แสนล้านบาท": a measure head (ยอด) or การ with the verbs glued after it.

When none applies the reader's phrase stands.
"""
from __future__ import annotations

import regex

from .document import Document
from .lexicon import alternation, lexicon_cache, words
from .phrases import Subject, _nounish_text, word_class

__all__ = ["money_subject", "past_filler", "without_leading_time"]

OF = "ของ"


@lexicon_cache
def _lead_times() -> tuple[str, ...]:
    """Times that may open a subject's phrase, longest first."""
    return tuple(sorted(words("percent_subject_words", role="lead_time"), key=len, reverse=True))


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
    boundary, is what is measured."""
    of_start = found.start - len(OF)
    if of_start <= 0 or doc.view[of_start:found.start] != OF or not doc.is_boundary(of_start):
        return found
    before = doc.view[max(0, of_start - max(map(len, _money_heads()))):of_start]
    for head in _money_heads():
        if before.endswith(head) and _starts_word(doc, of_start - len(head)):
            start = of_start - len(head)
            return Subject(doc.text[start:found.end], start, found.end)
    return found


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
    if found is None and pos is not None:
        found = past_filler(doc, pos, left_limit) or _act_before(doc, pos, left_limit)
    if found is None:
        return None
    return without_leading_time(doc, _head_before_of(doc, found))


FILLER_CHARS = 16  # characters of a filler (ถึง, ประมาณ) between a phrase and the amount


@lexicon_cache
def _filler_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('percent_subject_words', role='filler'))})[ ]?$")


def past_filler(doc: Document, pos: int, left_limit: int) -> Subject | None:
    """ "สร้างรายได้|ถึง 2.7 ล้านล้านบาท" → รายได้: a filler the reader does not step over, right before
    the amount, stands between it and the phrase that names what it measures."""
    from .linking import qualifier_start, subject_before

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
    from .linking import qualifier_start
    from .percent_subjects import nominalised_act

    return nominalised_act(doc, qualifier_start(doc, pos, left_limit=left_limit), left_limit, money=True)
