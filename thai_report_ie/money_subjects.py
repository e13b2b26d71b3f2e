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

When none applies the reader's phrase stands.
"""
from __future__ import annotations

from .document import Document
from .lexicon import lexicon_cache, words
from .phrases import Subject, _nounish_text

__all__ = ["money_subject", "without_leading_time"]

OF = "ของ"


@lexicon_cache
def _lead_times() -> tuple[str, ...]:
    """Times that may open a subject's phrase, longest first."""
    return tuple(sorted(words("percent_subject_words", role="lead_time"), key=len, reverse=True))


def without_leading_time(doc: Document, found: Subject | None) -> Subject | None:
    """ "ปีที่ผ่านมา|ยอดขายรถบรรทุก" → ยอดขายรถบรรทุก: a time word opening the phrase (at a word
    boundary, a noun after it, glued or after a space) is dropped."""
    if found is None:
        return None
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


def money_subject(doc: Document, found: Subject | None) -> Subject | None:
    """The reader's phrase for an amount of money, corrected as the module's docstring says."""
    if found is None:
        return None
    return without_leading_time(doc, _head_before_of(doc, found))
