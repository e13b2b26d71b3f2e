"""Linking: what a number counts (its subject), qualifiers, labels, stated percents, targets.

`subject_before` drops a qualifier written before the number (กว่า, ไม่เกิน) and asks the
noun-phrase reader (`phrases.read_subject`) for the subject: "มีองค์กรพรรคการเมืองทั้งหมด 73 องค์กร"
→ องค์กรพรรคการเมือง; None when the text names nothing. `mark_targets` sets role "target" on
goals (เป้าหมาย, ตั้งเป้า, ให้ได้); `ratio_parts` keeps the quantities of a ratio in words.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Any, Callable, Hashable, Sequence, TypeVar

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .document import Document
from .lexicon import BUILTIN, alternation, grammar, grammar_re, lexicon_cache, load_tsv, words
from .lexicon import _get_active as _active_or_none  # the active lexicons, None for the built-in ones
from .phrases import Subject, word_class  # one subject type (text, start, end) for phrases and linking alike
from .records import Money, Percentage, Quantity, Ratio, Record
from .phrases import (_date_containing, _unit_of_number_at, _w, names_medicine_for_people, ranked_things, read_respective, read_subject, read_subject_after,
                      word_class)
from .subject_context import before_change_from, refine, with_purpose_head

__all__ = ["Subject", "bound_through", "count_word_start", "label_before", "link_stated_percents", "mark_targets", "qualifier_after", "qualifier_before",
           "quantities_of", "ratio_parts", "subject_after", "subject_before", "target_role"]

@lexicon_cache
def _glue_re() -> regex.Pattern:
    """Words the segmenter may glue to a following qualifier: หรือ|ไม่เกิน → "หรือไม่", "เกิน"."""
    return regex.compile(rf"(?:{grammar_re('glue')})$")


def _token_inner_starts(doc: Document, offset: int) -> set[int]:
    """Where a qualifier may start inside a token: after ไม่ (ไม่|ต่ำกว่า split oddly), never inside
    a noun such as งบประมาณ (ประมาณ is a qualifier only as a word of its own)."""
    toks = doc.tokens_before(offset + 1, 1)
    before = doc.view[toks[0].start:offset] if toks else ""
    return {offset} if any(before.endswith(w) for w in grammar("negator")) else set()


def subject_before(doc: Document, pos: int, *, left_limit: int = 0) -> Subject | None:
    """The noun phrase naming what the number at `pos` counts, or None if the text names none."""
    # a qualifier written before the number is not part of the subject, however it was tokenised
    start = qualifier_start(doc, pos, left_limit=left_limit)
    # "… ตามลำดับ": the k-th figure of a respective list belongs to the k-th item listed before it
    found = read_respective(doc, start) or read_subject(doc, start, left_limit=left_limit)
    found = _before_place(doc, start, found, left_limit)
    changed = before_change_from(doc, pos, start, left_limit)
    if changed is not None:
        found = changed[0]  # "X ลดลงจาก 28,000 ล้านบาท": the old value of X, whatever the reader read past จาก
    found = refine(doc, pos, found)  # subject_context.py: lists and totals, tails, fragments
    found = with_purpose_head(doc, pos, found)  # "สินเชื่อเพื่อการเกษตร": not the purpose alone
    found = ranked_things(doc, pos, left_limit) or found  # "ประเทศที่มีผู้ติดเชื้อสูงสุด 3 อันดับแรก" → ประเทศ
    if names_medicine_for_people(doc, start, found):
        found = refine(doc, pos, None)  # read as if nothing stood before the figure: the people, if named
        found = None if names_medicine_for_people(doc, start, found) else found
    return Subject(*found) if found else None


AT = "ณ"  # "ศูนย์ช่วยเหลือ… ณ สำนักงานเจ้าท่า… จำนวน 8 สาขา": what follows ณ is where


def _before_place(doc: Document, pos: int, found: Subject | None, left_limit: int) -> Subject | None:
    """ "การลงทะเบียน ณ ศูนย์อำนวยการแก้ไขหนี้นอกระบบ 1,300 ราย": a phrase read right after ณ names where people
    were counted, not the people; the phrase before ณ does, if the reader finds one there that opens with a
    person head or การ (else nothing: a place alone is no subject, nor a verb's object, "มาใช้|บริการ ณ …").
    Only for people: after a place, other classifiers often belong to it ("ณ บิ๊กซี 65 สาขา", "ณ ตึกหลัก
    27 ชั้น") and percentages to a rate named there ("ณ อัตราคิดลดร้อยละ 12")."""
    if found is None:
        return found
    at = doc.view.rfind(AT, max(left_limit, found.start - 3), found.start)
    if at < 0 or doc.view[at + len(AT):found.start].strip(" ") or not doc.is_boundary(at):
        return found
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.word not in _w()["person_unit"]:
        return found
    before = read_subject(doc, at, left_limit=left_limit, _counted=True)
    if before is not None and len(before.text) < MIN_BEFORE_PLACE:
        return found  # a bare prefix (ผู้) is no reading; keep the reader's
    if before is not None and not before.text.startswith(_people_or_act()):
        return None  # "มีผู้|มา|ใช้|บริการ ณ …" read บริการ, "…เปิดรับสมัคร ณ …": neither the people nor their act
    return before


@lexicon_cache
def _people_or_act() -> tuple[str, ...]:
    """How a phrase before ณ that names the people counted opens: a person head (ผู้…, ประชาชน, แรงงาน) or
    the act they were counted at (การลงทะเบียน)."""
    return tuple(words("subject_context_words", role="person_head") | {ACT})


ACT = "การ"


MIN_BEFORE_PLACE = 3  # characters of a phrase read before ณ (not a bare ผู้)


_FUNCTION_CLASSES = frozenset({"C", "AUX", "ADV", "P", "DET"})


def only_a_time(subject: str | None) -> bool:
    """A subject that is a time alone (phrase_words role time_alone: ปี, ปีหน้า, ปัจจุบัน, ก่อนหน้านี้), or a function
    word alone (a conjunction, auxiliary, adverb, preposition or determiner as a whole: "แล้วจะ", "สุด"; l25): it
    names nothing a figure counts or measures, so the record's subject is null."""
    if subject is None:
        return False
    subject = subject.strip()
    return subject in words("phrase_words", role="time_alone") or word_class(subject) in _FUNCTION_CLASSES


def qualifier_start(doc: Document, pos: int, *, left_limit: int = 0) -> int:
    """Where a qualifier written before the number at `pos` starts (กว่า, ไม่เกิน), else `pos`:
    the same test `subject_before` makes, for readers that look at the words before it. Worked out once a
    position and left limit (s27)."""
    return memoised(doc, "_qualifier_start", (pos, left_limit), _qualifier_start, pos, left_limit)


def _qualifier_start(doc: Document, pos: int, left_limit: int) -> int:
    q = _qualifier_res()[0].search(doc.view, max(left_limit, pos - _qualifier_reach()), pos)
    if q is None:
        return pos
    if doc.is_boundary(q.start()) or q.start() in _token_inner_starts(doc, q.start()):
        return q.start()
    glued = _glued_start(doc, q.start())
    if glued is None:
        than = _than_in_word(doc, q.start(), q.group().strip())
        return pos if than is None else than
    return glued


def _than_in_word(doc: Document, start: int, word: str) -> int | None:
    """Where the กว่า of a comparative qualifier (เล็กกว่า, ต่ำกว่า) starts when its stem is glued into the token before
    ("ขนาดเล็ก|กว่า", "ราคาต่ำ|กว่า") and กว่า is a token of its own, else None. The stem still gives the direction (less
    than; main read the bare กว่า's more than, rev33); the qualifier's start stays at กว่า, so the noun keeps its stem."""
    if not word.endswith(_THAN) or word == _THAN:
        return None
    than = start + len(word) - len(_THAN)
    return than if doc.is_boundary(than) else None


def _glued_start(doc: Document, start: int) -> int | None:
    """Where the phrase of a qualifier starting inside a token (at `start`) begins, or None when
    it is no qualifier there. "หรือไม่เกิน": the segmenter may glue the qualifier to a word before
    it (grammar.tsv glue: หรือไม่|เกิน), and then the qualifier starts at `start`. "เพิ่มเติมอีกราว
    98.94 ล้านบาท" cut อี|กราว: the glue word itself is split, its end in the qualifier's token, so
    the phrase starts at the glue word and no subject ends in "อี"."""
    glue = _glue_re().search(doc.view, max(0, start - 4), start)
    if glue is None:
        return None
    split = doc.is_boundary(glue.start()) and any(doc.is_boundary(i) for i in range(glue.start() + 1, start))
    return glue.start() if split else start


def subject_after(doc: Document, end: int) -> Subject | None:
    """A subject written right after a figure ("ร้อยละ 87 สำหรับการลงทุนจากจีน"), for a figure with
    none before it; None when the text names none there."""
    found = read_subject_after(doc, end)
    return Subject(*found) if found else None


@lexicon_cache
def _qualifier_res() -> tuple[regex.Pattern, regex.Pattern, dict[tuple[str, str], str]]:
    rows = load_tsv("qualifiers")
    table = {(r["word"], r["position"]): r["qualifier"] for r in rows}
    before = alternation(r["word"] for r in rows if r["position"] == "before")
    after = alternation(r["word"] for r in rows if r["position"] == "after")
    # up to QUALIFIER_GAP spaces before the figure: the view writes a no-break space as a space, so "มากกว่า\u00a0 50
    # คน" and "กว่า  1,000,000 คน" are two (v23's draw: both lost their qualifier); a justified line may hold more
    # ("มากกว่า    50 คน", four: v24). Spaces only: no word stands between
    return (regex.compile(rf"(?:{before})[ ]{{0,{QUALIFIER_GAP}}}$"), regex.compile(rf"[ ]?(?:{after})"), table)


QUALIFIER_GAP = 6


LABEL_GAP = 3  # spaces (in the view) a label word may stand before its number


@lexicon_cache
def _label_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('references'))})[ ]{{0,{LABEL_GAP}}}$")


@lexicon_cache
def _label_reach() -> int:
    """How far back label_before searches: the longest label word and LABEL_GAP spaces."""
    return max(map(len, words("references"))) + LABEL_GAP


_AT = "ที่"
_PER_BEFORE = regex.compile(r"ต่อ[ ]?\Z")


@lexicon_cache
def _label_last_chars() -> frozenset[str]:
    return frozenset(w[-1] for w in words("references") if w)


@lexicon_cache
def _label_last_two() -> frozenset[str]:
    """The last two characters of each label word (a one-character word: that character alone)."""
    return frozenset(w[-2:] for w in words("references") if w)


def label_before(doc: Document, pos: int) -> bool:
    """True when the number at `pos` is a label (ชั้น 3, ครั้งที่ 22, คำสั่งที่ 3858/2564), not a count.

    Up to LABEL_GAP spaces may stand between the label word and the number: the view writes a
    no-break or zero-width space as a space, so "ชั้น\u200b ๙" and "หมู่ที่\u00a0 7" are two."""
    view = doc.view
    j = pos
    while j > 0 and pos - j < LABEL_GAP and view[j - 1] == " ":
        j -= 1
    last = view[j - 1] if j > 0 else ""
    if last != "\n" and (last not in _label_last_chars() or view[j - 2:j] not in _label_last_two()
                         and view[j - 1:j] not in _label_last_two()):
        # no label word can end here (a word ends right at j: no label word ends with a space): skip the search (most
        # numbers; s38: its last two characters too)
        return False
    m = _label_re().search(view, max(0, pos - _label_reach()), pos)
    if m is None or not doc.is_boundary(m.start()):
        return False
    # "ได้รับการรับรอง ISO 12 แห่ง": a standard's number has three digits or more (ISO 9001, IEC 61850); one or two are a
    # count of what holds it (rev33b)
    if m.group().rstrip(" ") in _STANDARDS and not _STANDARD_NUMBER.match(view, pos):
        return False
    # "ค่าใช้จ่ายเฉลี่ยต่อคนที่ 750 บาท": a label word ending in ที่ right after ต่อ is a per unit and "at", no label
    return not (m.group().rstrip(" ").endswith(_AT) and _PER_BEFORE.search(view, max(0, m.start() - 4), m.start()))


_STANDARDS = frozenset({"ISO", "IEC", "ISO/IEC"})
_STANDARD_NUMBER = regex.compile(r"[0-9๐-๙]{3}")


@lexicon_cache
def _qualifier_reach() -> int:
    """How far before a number its qualifier may start: the longest such word and QUALIFIER_GAP spaces."""
    return QUALIFIER_GAP + max((len(r["word"]) for r in load_tsv("qualifiers") if r["position"] == "before"), default=0)


@lexicon_cache
def _total_through_re() -> regex.Pattern:
    totals = alternation(r["word"] for r in load_tsv("qualifiers") if r["position"] == "before" and r["qualifier"] == "total")
    merge = grammar_re("merge_verb")
    return regex.compile(rf"(?<!{merge})(?P<total>{totals})[ ]?(?P<filler>{grammar_re('total_filler')})[ ]{{0,{QUALIFIER_GAP}}}$")


@lexicon_cache
def _total_through_reach() -> int:
    filler = max(map(len, grammar("total_filler")), default=0)
    return _qualifier_reach() + 1 + filler


@lexicon_cache
def _filler_needs() -> dict[str, str]:
    """A filler that follows only a total's word holding this (grammar.tsv value): เป็น only after รวม."""
    return {r["word"]: r["value"] for r in load_tsv("grammar") if r["role"] == "total_filler" and r["value"]}


@lexicon_cache
def _filler_last_letters() -> frozenset[str] | None:
    """The last letters of the total fillers; None when one ends with a space (then no pre-check)."""
    last = frozenset(w[-1] for w in grammar("total_filler") if w)
    return None if " " in last else last


def _filler_may_end(view: str, pos: int) -> bool:
    """May a total filler end before the spaces (at most QUALIFIER_GAP) at `pos`, or before those at a line break
    right before `pos` (the pattern's `$`)? A necessary test for `_total_through_re`, without its search."""
    last = _filler_last_letters()
    if last is None:
        return True
    for end in (pos, pos - 1) if pos > 0 and view[pos - 1] == "\n" else (pos,):
        j = end
        while j > 0 and end - j < QUALIFIER_GAP and view[j - 1] == " ":
            j -= 1
        if j > 0 and view[j - 1] in last:
            return True
    return False


def total_through(doc: Document, pos: int) -> bool:
    """A total's word with จำนวน, เงิน or เป็น (grammar.tsv total_filler) between it and the number at `pos`:
    "รวมจำนวน 66,048 ราย", "รวมเป็นเงิน 300,000 บาท", "ทั้งหมดจำนวน 500 ราย", "รวมเป็น 24,330 ล้านบาท" are totals.
    Only the record's qualifier reads it: the words stay what the subject reader reads ("รวมเป็นเงิน" names
    เงิน), so `qualifier_span_before` does not. The total's word must start a word ("รวบรวมจำนวน 500 ตัวอย่าง",
    "ภาพรวมจำนวน" are no totals) and follow no verb of merging ("ยุบรวมเป็น 5 แห่ง": five after a merger, no
    sum; grammar.tsv merge_verb); a bare เป็น only after รวม ("ทั้งหมดเป็น 20 ราย" may be a part of all: rev24b)."""
    if not _filler_may_end(doc.view, pos):
        return False  # (s38) no filler's last letter before the spaces: no search (most figures)
    m = _total_through_re().search(doc.view, max(0, pos - _total_through_reach()), pos)
    if m is None or not doc.is_boundary(m.start()):
        return False
    need = _filler_needs().get(m["filler"])
    return need is None or need in m["total"]


# จำนวน right before a figure, perhaps with spaces: "ไม่เกินจำนวน 100,000 บาท", "รายละจำนวน 3,000 บาท" (v33)
_COUNT_WORD = "จำนวน"
_COUNT_BEFORE = regex.compile(rf"{_COUNT_WORD}[ ]{{0,{QUALIFIER_GAP}}}\Z")


def count_word_start(doc: Document, pos: int) -> int | None:
    """Where a bare จำนวน written right before the figure at `pos` starts (a word of its own), else None."""
    m = _COUNT_BEFORE.search(doc.view, max(0, pos - len(_COUNT_WORD) - QUALIFIER_GAP), pos)
    if m is None or not doc.is_boundary(m.start()):
        return None
    return m.start()


def bound_through(doc: Document, pos: int) -> str | None:
    """A bound's qualifier with จำนวน between it and the figure at `pos`: "ไม่เกินจำนวน 100,000 บาท" at most,
    "ไม่น้อยกว่าจำนวน 500 คน" at least, "มากกว่าจำนวน 20 ราย" more than (v33). As `total_through`, only the record's
    qualifier reads it; a total's word is `total_through`'s, and only a comparative's word (…เกิน, …กว่า) is read. จำนวน must stand right before the figure: "ไม่เกินจำนวนที่
    กำหนด 5 ราย" is no bound of the 5."""
    j = count_word_start(doc, pos)
    if j is None:
        return None
    qualifier, start = qualifier_span_before(doc, j)
    # a comparative's word only (…เกิน, …กว่า): "พื้นที่ควบคุมสูงสุด จำนวน 45 จังหวัด" names a zone, no bound of the 45
    if qualifier not in _BOUNDS or not doc.view[start:j].rstrip(" ").endswith(_BOUND_ENDS):
        return None
    return qualifier


_BOUNDS = frozenset({"at_most", "at_least", "more_than", "less_than"})
_BOUND_ENDS = ("เกิน", "กว่า")


@lexicon_cache
def _byline_re() -> regex.Pattern:
    return regex.compile(rf"\s*(?:{grammar_re('page_byline')})")


def byline_end(doc: Document) -> int:
    """Where a page byline the text opens with ends ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-", the page title of
    thaigov.go.th before each headline), else 0: the left limit of every subject read, so a figure
    in the headline never takes the byline as what it counts."""
    m = _byline_re().match(doc.view)
    return m.end() if m else 0


def qualifier_before(doc: Document, pos: int) -> str | None:
    """The qualifier written right before a number (ทั้งหมด 73, กว่า 1,000, ประมาณ 50)."""
    return qualifier_span_before(doc, pos)[0]


def qualifier_span_before(doc: Document, pos: int) -> tuple[str | None, int]:
    """(the qualifier written right before a number, where its word starts), or (None, pos). Worked out once a
    position: per_before, the subject readers and the relations ask it of the same figures (s27)."""
    return memoised(doc, "_qualifier_span_before", pos, _qualifier_span_before, pos)


_T = TypeVar("_T")


def memoised(doc: Document, name: str, key: Hashable, compute: Callable[..., _T], *args: Any) -> _T:
    """`compute(doc, *args)`, worked out once a `key` in the document's memo `name`: a memo kept on the document
    (key -> answer) for one look-up under the active lexicons. The extractors, the subject reader and the checks ask
    the same questions about the same figures (the unit after a number about three times), and the answer is worked
    out once. Asked some 140 times a document, so one frame: the memo and the active lexicons are read here, not in
    helpers of their own (s29: two calls fewer a look-up)."""
    lex = _active_or_none() or BUILTIN  # lexicon.active(), inlined
    got = doc.__dict__.get(name)
    if got is None or got[0] is not lex:
        got = doc.__dict__[name] = (lex, {})
    memo: dict[Hashable, Any] = got[1]
    if key in memo:
        return memo[key]
    found = memo[key] = compute(doc, *args)
    return found


_SUM = "รวม"
_ESTIMATE = "ประมาณการ"  # the estimate (a noun): after a comparative the figure is a margin or the estimate itself (rev38)
_THAN_BEFORE = regex.compile(r"กว่า[ ]?\Z")
# (rev37) financial statements before a glued รวม: "งบการเงินรวม", "งบแสดงฐานะการเงินรวม", "งบกำไรขาดทุนเบ็ดเสร็จรวม" are
# consolidated statements (of a group), so รวม there adds nothing up
_STATEMENTS_BEFORE = regex.compile(r"(?:งบการเงิน|ฐานะการเงิน|งบกำไรขาดทุน(?:เบ็ดเสร็จ)?|งบกระแสเงินสด)\Z")


def _qualifier_span_before(doc: Document, pos: int) -> tuple[str | None, int]:
    before_re, _, table = _qualifier_res()
    window = doc.view[max(0, pos - _qualifier_reach()):pos]
    m = before_re.search(window)
    if not m:
        return None, pos
    start = pos - len(window) + m.start()
    word = m.group().strip()
    if _denied_bound(doc, start + len(m.group()) - len(m.group().lstrip()), word):
        return None, pos  # "ไม่ได้ไม่ถึง 100 คน", "ไม่ใช่น้อยกว่า 500 คน": a bound denied, no qualifier (rev35)
    stem_start = start  # where the comparative's word starts, for its negation (ไม่|นาน|กว่า)
    sooner = False  # เร็ว|กว่า before a time (rev34)
    if not doc.is_boundary(start):
        glued = _glued_start(doc, start)
        if glued is None:
            glued = _than_in_word(doc, start, word)  # "ขนาดเล็ก|กว่า 5 ซม.": less than (rev33)
            if glued is None:
                return None, pos
        else:
            stem_start = glued
        start = glued
    qualifier = table.get((word, "before"))
    if word == _SUM and _STATEMENTS_BEFORE.search(doc.view, max(0, start - 24), start):
        return None, pos  # (rev37) "งบการเงินรวม 500 ล้านบาท": consolidated statements, no total (main read total)
    if word == _ESTIMATE and _THAN_BEFORE.search(doc.view, max(0, start - 4), start):
        return None, pos  # (rev38) "รายได้สูงกว่าประมาณการ 500 ล้านบาท": the margin over the estimate, no approximation
    if word == _THAN:
        split = _split_comparative_re().search(doc.view, max(0, start - 12), start)
        if split is not None and doc.is_boundary(split.start()):
            # "จุดวาบไฟต่ำ กว่า 60 องศา": a stray space inside ต่ำกว่า, less than, not กว่า's more than; the
            # qualifier's start stays at กว่า, as with ไม่ เกิน below
            qualifier = table[(split.group().rstrip() + _THAN, "before")]
        else:
            stem = _comparative_stem(doc, start, pos)
            if stem is None:
                stem = _time_comparative_stem(doc, start, pos)
                sooner = stem is not None
            if stem is not None:  # "ขนาดเล็ก|กว่า 5 เซนติเมตร": less than; "ไม่นาน|กว่า 30 นาที": at most (rev33)
                qualifier, stem_start = stem
    if word in _PEAKS and _PAST_BEFORE.search(doc.view, max(0, start - 4), start):
        return None, pos  # "ลดลงจากที่เคยสูงสุด 1,200 ราย เหลือ 300 ราย": where it once peaked, a level, no bound (rev29b)
    if qualifier in _NEGATED:
        # (rev34) a bare กว่า after an adjective of the act's own extent (grammar.tsv act_comparative: นาน, เร็ว): "ห้ามจอดรถ
        # นานกว่า 15 นาที", "ห้ามขับรถเร็วกว่า 80 กม./ชม." cap the time or the speed as "ห้ามจอดรถเกิน 15 นาที" does
        capped, capped_start = word, stem_start
        if word == _THAN:
            act = stem_start if sooner else _act_comparative_start(doc, start, pos)  # เร็วกว่า before a time is one too
            if act is not None:
                capped, capped_start = _EXCEED_ACT, act
        no_one = _no_one_before(doc, capped_start, capped, pos)
        cannot = _cannot_exceed(doc, capped_start, capped, pos)
        if no_one is _UNSURE or cannot is _UNSURE:
            # (rev34) "ผู้สูงอายุไม่มีผู้ดูแลเกิน 500 คน", "ผู้ป่วยไม่สามารถเข้ารับการรักษาได้มากกว่า 2,000 ราย": those without (who
            # could not), or a cap? no qualifier rather than a wrong one
            return None, pos
        # ไม่ before the act's adjective: "ไม่เร็วกว่า 80 กม./ชม." is at most (rev34)
        if (_not_let(doc, capped_start, pos)
                or _forbidden_before(doc, capped_start, capped) or no_one or cannot):
            # "ตรึงราคาดีเซลไม่ให้เกิน 30 บาท": "not let it exceed" is at most, not more than; the
            # qualifier's start stays at เกิน, so what is read before it does not move
            qualifier = _NEGATED[qualifier]
        elif sooner:
            return None, pos  # (rev34) "แล้วเสร็จเร็วกว่า 7 วัน": in under seven days, or more than seven days early? unsure
        else:
            denied = _denied_clause(doc, capped_start, pos)
            if denied is None and _bare_none_before(doc, capped_start, capped, pos):
                return None, pos  # (rev36) "ไม่มีรายงานผู้ป่วยเกิน 5 ราย", "ไม่มีค่าใช้จ่ายเกิน 1 ล้านบาท": no more than? unsure
            if denied == "cap":
                qualifier = _NEGATED[qualifier]  # (rev35) "ไม่มีหมู่บ้านใดมีผู้ป่วยเกิน 10 ราย": at most, as ไม่มีผู้ใด
            elif denied:
                return None, pos  # (rev35) "ไม่น่าจะเกิน 100 คน", "ไม่เคยมีผู้เข้าชมเกิน 1,000 คน": a cap or a count? unsure
    return qualifier, start


_EXCEED_ACT = "เกิน"  # an act's extent compared with a bare กว่า reads as its เกิน (rev34)
# (rev35) a negated modal, adverb or finding glued before a bare comparative, no space between: "ไม่น่าจะเกิน 100 คน",
# "ไม่ค่อยเกิน 100 คน", "ไม่เคยมีผู้เข้าชมเกิน 1,000 คน", "ไม่พบผู้ป่วยเกิน 10 ราย", "ไม่มีโรงเรียนใดมีนักเรียนเกิน 500 คน"
# (main: more than each). A cap ("no more than") or those counted? no qualifier. Not a time ("ไม่พบผู้ติดเชื้อรายใหม่มากกว่า
# 7 วัน": for more than 7 days), nor after a relative word ("ผู้ที่ไม่เคยได้รับวัคซีนกว่า 300 คน" count those never vaccinated)
# ไม่มีผู้ (ใด) is `_no_one_before`'s: "ไม่มีผู้ใดคาดว่าจะมีนักท่องเที่ยวเกิน 10,000 คน" stays more than (rv33b-11)
# (rev35b) not ไม่น่าเชื่อ ("incredibly": "เพิ่มขึ้นอย่างไม่น่าเชื่อกว่า 1,000 ตัน" more than), nor ใดๆ ("ไม่มีค่าใช้จ่ายใดๆ
# แก่ผู้เข้าร่วมกว่า 500 คน": no cost whatsoever, then the more than 500 who came; rev35 read at most)
# (rev35e) ใดๆ followed by the noun's own predicate (มี, ที่, ซึ่ง) is still "none of them": "ไม่มีหมู่บ้านใดๆมีผู้ป่วยเกิน 10
# ราย", "ไม่มีโรงเรียนใดๆ ที่มีนักเรียนเกิน 500 คน" are at most (rev35b read more than); ไม่น่าเชื่อว่า ("hard to believe
# that") is a modal's doubt again: "ไม่น่าเชื่อว่าจะมีผู้ป่วยเกิน 100 ราย" unsure (rev35b: more than)
# (rev36) not มีเพียง/มีแต่/มีเฉพาะ after ใดๆ ("there is only": "ไม่มีการแจ้งเหตุใดๆ มีเพียงผู้มาติดต่อกว่า 30 ราย" is more than 30
# who came; rev35e read at most). A space after ใดๆ may end the denied clause: before a bare มี ("ไม่มีความเสียหายใดๆ
# มีผู้อพยพกว่า 500 คน": no damage, and more than 500 evacuated; rev35e read at most) it is unsure (group spaced), and
# ที่ผ่านมา after it is a time phrase, no relative clause ("ไม่มีความเสียหายใดๆ ที่ผ่านมามีผู้ป่วยสะสมกว่า 1,000 ราย": more
# than). ไม่มีผู้…ใด(ๆ), a space, then มี/ที่/ซึ่ง (group people), which `_no_one_before` does not reach across the space:
# "ไม่มีผู้ป่วยรายใด มีอาการรุนแรงเกิน 3 วัน" (at most) or "ไม่มีผู้เสียชีวิตรายใด มีผู้บาดเจ็บกว่า 20 ราย" (more than)? unsure
# (main read more than); not แต่อย่างใด ("at all")
# (rev36b) ที่ผ่านการ…, ที่ผ่านเกณฑ์… open the relative clause ("ไม่มีค่าใช้จ่ายใดๆ ที่ผ่านการอนุมัติเกิน 1 ล้านบาท": at most,
# as rev35e read; rev36's ที่(?!ผ่าน) read more than), and ใดๆ + a space + ที่ผ่านมา is unsure, as a bare มี is: the time
# phrase may stand inside the denied clause ("ไม่มีพื้นที่ใดๆ ที่ผ่านมามีฝนตกเกิน 100 มิลลิเมตร": at most; rev36 read more
# than) or open a clause of its own ("ไม่มีความเสียหายใดๆ ที่ผ่านมามีผู้ป่วยสะสมกว่า 1,000 ราย": more than)
_DENIED_CLAUSE = regex.compile(r"(?:ไม่(?:น่าจะ|น่า(?!เชื่อ(?!ว่า))|ค่อย|เคย|พบ)"
                               r"|ไม่มี(?!ผู้)[^\s]{1,30}ใด(?:(?![ ]?ๆ)|[ ]?ๆ(?=มี(?!เพียง|แต่|เฉพาะ)|ที่|ซึ่ง)"
                               r"|[ ]?ๆ[ ](?P<spaced>)(?=มี(?!เพียง|แต่|เฉพาะ)|ที่|ซึ่ง))"
                               r"|ไม่มีผู้[^\s]{0,30}(?<!อย่าง)ใด(?:[ ]?ๆ)?[ ](?P<people>)(?=มี(?!เพียง|แต่|เฉพาะ)|ที่|ซึ่ง))"
                               r"[^\s]{0,40}\Z")
# (rev35b) a token between the denial and the comparative that opens a clause of its own: "ไม่พบความผิดปกติแต่มีผู้
# เฝ้าระวังกว่า 200 คน", "ไม่ค่อยมีฝนตกจึงมีพื้นที่แล้งกว่า 500 ไร่", "ไม่เคยมีมาก่อนโดยมีผู้มาเที่ยวกว่า 2 หมื่นคน" keep more
# than (rev35 read none). `_NO_ONE_CUT`'s clause openers, but not ว่า (a reported clause stays unsure, as rev35 chose) nor
# และ/หรือ (which may join two nouns under the denial)
# (rev35e) not ซึ่ง (a relative clause on the noun the denial governs: "ไม่มีจังหวัดใดซึ่งมีผู้ติดเชื้อเกิน 100 ราย" at most,
# "ไม่พบผู้ป่วยซึ่งมีอาการรุนแรงเกิน 5 ราย" unsure; rev35b read more than); an opener right before the comparative opens
# nothing ("ไม่เคยมีผู้ป่วยมากจนเกิน 100 ราย": so many as to exceed); not a condition glued inside the denial (หาก, ถ้า, เมื่อ:
# "ไม่พบผู้ป่วยหากนับเฉพาะรายใหม่เกิน 10 ราย", "ไม่น่าจะเพิ่มขึ้นเมื่อเทียบกับปีก่อนเกิน 100 ราย" stay unsure), nor ส่วน (glued, it
# is a noun's head: "ไม่พบส่วนต่างเกิน 10 ล้านบาท", at most or more than? unsure)
_DENIED_CLAUSE_CUT = frozenset(("แต่", "จึง", "จน", "โดย", "ทำให้", "ส่งผล", "ส่งผลให้", "ขณะ", "ขณะที่",
                                "ทั้งนี้", "เนื่องจาก", "เพราะ", "แม้", "แม้ว่า"))


def _denied_clause(doc: Document, start: int, pos: int) -> str | None:
    """ "cap" for ไม่มี + a noun + ใด before the comparative (nothing of the kind exceeds it: at most, rev29b's leftover
    "ไม่มีหมู่บ้านใดมีผู้ป่วยเกิน 10 ราย"), unless ว่า opens a reported clause between; "unsure" for the other denials of
    `_DENIED_CLAUSE`, but not before a time nor after a relative word; None when none stands before it."""
    d = _DENIED_CLAUSE.search(doc.view, max(0, start - 72), start)
    if d is None:
        return None
    before = doc.tokens_before(d.start(), 1)
    if before and before[0].end == d.start() and _RELATIVE_WORD.fullmatch(before[0].text):
        return None
    if before and before[0].end == d.start() and before[0].text in _RELATIVE_BEFORE_DENIAL:
        return None  # (rev35b) a token, not a word's end: "เจ้าหน้าที่ไม่พบผู้ติดเชื้อเกิน 10 ราย" is no relative clause
    if any(t.start >= d.start() + 3 and t.text in _DENIED_CLAUSE_CUT and t.end < start
           for t in doc.tokens_before(start, 16)):
        return None
    if d.start("people") >= 0 or d.start("spaced") >= 0 and doc.view.startswith((_HAS, _IN_THE_PAST), d.start("spaced")):
        return "unsure"  # (rev36) see _DENIED_CLAUSE; (rev36b) ที่ผ่านมา likewise
    if d.group().startswith(_NONE_OF) and _REPORTED not in doc.view[d.start():start]:
        rel = _RELATIVE_AFTER_ANY.search(doc.view, d.start(), start)
        if rel is not None:
            nxt = doc.tokens_after(rel.end(), 1)
            if nxt and nxt[0].start == rel.end() and nxt[0].end <= start and word_class(nxt[0].text) == "N":
                return "unsure"  # (rev35e) see _RELATIVE_AFTER_ANY
        if any(t.start > d.start() and t.end < start and t.text in _PREPOSITION_IN_DENIAL for t in doc.tokens_before(start, 16)):
            # (rev36) the figure counts a preposition's object, not the denied noun's extent: "ไม่มีค่าใช้จ่ายใดๆ ที่เรียกเก็บ
            # จากผู้เข้าร่วมกว่า 500 คน" (no charge on the 500-odd who came; rev35e read at most): unsure
            return "unsure"
        return "cap"
    if _counts_the_subject(doc, d, start, pos):
        return None
    unit = _unit_of_number_at(doc, pos)
    # (rev37) a time keeps its more than only after ไม่พบ ("ไม่พบผู้ติดเชื้อรายใหม่มากกว่า 14 วัน": none found for more than 14
    # days); after ไม่เคย/ไม่ค่อย/ไม่น่า(จะ) the time is the denied act's own length ("ไม่เคยมีฝนตกติดต่อกันเกิน 10 วัน": never
    # more than ten days running, "ไม่น่าจะเกิน 3 วัน": likely no more than three; main read more than): unsure
    if unit is not None and unit.kind == "time" and not d.group().startswith(_NOT_FOUND):
        # (rev37b) but a span up to now keeps it: "ไม่เคยได้รับเงินเดือนมานานกว่า 3 เดือน", "ไม่เคยมีฝนตกมาเป็นเวลากว่า 3
        # เดือน", "ไม่เคยเกิดขึ้นในรอบกว่า 50 ปี" (for more than; rev37 read none); "แห้งขอดนานกว่า 1 เดือน" stays unsure
        span = _SPAN_SO_FAR.search(doc.view, max(0, start - 16), start)
        if span is not None and (span.group("long") or span.group("long2") or doc.view.startswith(_LONG, start)) \
                and not doc.view.startswith(_OVER, start):
            # (rev37c) only with กว่า, the idiom of a span up to now; เกิน after ไม่เคย bounds the act ("ไม่เคยเกิน"):
            # "ไม่เคยหยุดงานมาแล้วเกิน 5 วัน", "ไม่เคยมีฝนตกมาเป็นเวลาเกิน 10 วัน" may be never more than (rev37b read more
            # than): unsure; "มาแล้วกว่า 3 เดือน", "มานานกว่า 3 เดือน" keep it
            return None
    return "unsure" if unit is None or unit.kind != "time" or not d.group().startswith(_NOT_FOUND) else None


_LONG = "นาน"
_OVER = "เกิน"
# มา after a verb, then the time (มานาน, มาเป็นเวลา, มาแล้ว), or ในรอบ: the span up to now (rev37b)
_SPAN_SO_FAR = regex.compile(r"(?:มา(?P<long>นาน|เป็นเวลา(?:นาน)?|แล้ว(?:เป็นเวลา)?)?|(?P<long2>ในรอบ))[ ]?\Z")


_NONE_OF = "ไม่มี"
_NOT_FOUND = "ไม่พบ"
_HAS = "มี"
_IN_THE_PAST = "ที่ผ่านมา"
# (rev36) ไม่มี opening its clause (after a space, a bracket or ยัง), a noun glued after it and เกิน/มากกว่า: "ไม่มีรายงาน
# ผู้ป่วยเกิน 5 ราย" (no report of more than five: main read more than), "ไม่มีค่าใช้จ่ายเกิน 1 ล้านบาท", "ไม่มีโครงการที่มีงบประมาณ
# เกิน 10 ล้านบาท" (none exceeds: at most) — a cap, or those without? no qualifier. Not ไม่มีผู้ (`_no_one_before`), not
# a bare กว่า ("ไม่มีน้ำประปาใช้กว่า 200 ครัวเรือน": more than 200 without), not a time ("ไม่มีฝนตกเกิน 30 วัน": for more than)
_BARE_NONE = regex.compile(r"(?:(?<![^\s(\"“])|(?<=ยัง))ไม่มี(?!ผู้)[^\s]{1,40}\Z")
_RELATIVE_NONE = regex.compile(r"(?<=ที่|ซึ่ง)ไม่มี(?!ผู้)[^\s]{1,40}\Z")  # an amount no one of them has
_BARE_NONE_WORDS = frozenset({"เกิน", "เกินกว่า", "มากกว่า"})


def _bare_none_before(doc: Document, start: int, word: str, pos: int) -> bool:
    if word not in _BARE_NONE_WORDS:
        return False
    d = _BARE_NONE.search(doc.view, max(0, start - 48), start)
    if d is None:
        d = _RELATIVE_NONE.search(doc.view, max(0, start - 48), start)
        if d is None or (u := _unit_of_number_at(doc, pos)) is None or u.kind != "currency":
            return False  # after ที่/ซึ่ง only an amount: "ครัวเรือนที่ไม่มีรายได้เกิน 100,000 บาท" (main: more than)
    if any(t.start >= d.start() + 3 and t.text in _DENIED_CLAUSE_CUT and t.end < start
                        for t in doc.tokens_before(start, 16)):
        return False
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.kind in ("currency", "measure"):
        return True  # an amount or a measure of what ไม่มี denies: "ไม่มีค่าใช้จ่ายเกิน 1 ล้านบาท"
    if unit.word not in words("phrase_words", role="person_unit"):
        return False  # "ไม่มีไฟฟ้าใช้เกิน 20 หมู่บ้าน": the villages without, more than (main's reading); a time likewise
    # people counted by a word under the denial ("ไม่มีรายงานผู้ป่วยเกิน 5 ราย"), not those without ("ไม่มีงานทำมากกว่า 1,000 คน")
    return any(t.start >= d.start() + 5 and _people_head_re().match(t.text) for t in doc.tokens_before(start, 16))


# (rev35e) ใด(ๆ) then ที่/ซึ่ง and a noun: the relative clause has a subject of its own, which the figure may count
# ("ไม่มีค่าใช้จ่ายใดที่ผู้เข้าร่วมกว่า 500 คนต้องจ่าย": more than 500 came, none paid; rev35 read at most): unsure.
# "ไม่มีโรงเรียนใดที่มีนักเรียนเกิน 500 คน" (ที่ then มี) stays at most
_RELATIVE_AFTER_ANY = regex.compile(r"ใด[ ]?(?:ๆ[ ]?)?(?:ที่|ซึ่ง)")
_RELATIVE_BEFORE_DENIAL = frozenset(("ที่", "ซึ่ง", "ผู้", "ผู้ที่", "อัน"))
_PREPOSITION_IN_DENIAL = frozenset(("จาก", "แก่", "ให้แก่", "ให้กับ", "กับ", "สำหรับ", "ต่อ"))
_FINDING_OR_HABIT = ("ไม่เคย", "ไม่พบ", "ไม่ค่อย")
_PER_AFTER = regex.compile(r"[ ]?(?:ต่อ|ละ|/)")


def _counts_the_subject(doc: Document, d: regex.Match, start: int, pos: int) -> bool:
    """(rev35b) People named right before ไม่เคย/ไม่พบ/ไม่ค่อย, a count of people after the comparative and no people
    between: the figure counts those people, the ones who never did (main's more than: "ผู้สูงอายุไม่เคยตรวจสุขภาพกว่า 3,000
    คน", "ผู้ป่วยไม่พบเชื้อซ้ำกว่า 50 ราย"; rev35 read none). People between are the verb's object, capped or not:
    "แพทย์ไม่เคยตรวจผู้ป่วยเกิน 50 คน" stays unsure; so do the modals ("ประชาชนไม่น่าจะเดินทางกลับเกิน 100 คน")."""
    lead = next((w for w in _FINDING_OR_HABIT if d.group().startswith(w)), None)
    if lead is None or d.start() + len(lead) >= start or not _clause_names_people(doc, d.start()):
        return False  # nothing between: "ผู้ป่วยไม่ค่อยเกิน 10 รายต่อวัน" (seldom more than ten) stays unsure
    if doc.view.startswith(_EXCEED_ACT, start) or doc.view.startswith("มี", d.start() + len(lead)):
        return False  # (rev35e) "ผู้เข้าชมไม่เคยมีเกิน 500 คน", "…ไม่เคยมีมากกว่า 500 คน": never exceeded, a cap? unsure
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.word not in words("phrase_words", role="person_unit"):
        return False
    if _PER_AFTER.match(doc.view, unit.end):
        return False  # (rev35e) "นักท่องเที่ยวไม่เคยมาเที่ยวมากกว่า 1,000 คนต่อวัน": a rate never reached, no count; unsure
    return not any(t.start >= d.start() + 3 and _people_head_re().match(t.text) for t in doc.tokens_before(start, 16))


_REPORTED = "ว่า"
# (rev35) a denial glued right before a bound's word: "ไม่ได้ไม่ถึง 100 คน" (not under a hundred), "มิใช่ไม่เกิน 10 ราย",
# "ไม่ใช่น้อยกว่า 500 คน" (main: less than, at most, less than). ไม่ใช่/มิใช่/หาใช่ deny any bound; ไม่ได้/มิได้ only a bound
# that is itself negated (ไม่…): "เดินทางกลับไม่ได้กว่า 200 ราย" is the more than 200 who could not go back
_DENIAL_BEFORE = regex.compile(r"(?P<deny>ไม่ใช่|มิใช่|หาใช่|ไม่ได้|มิได้)[ ]?\Z")
_DENY_ANY = ("ไม่ใช่", "มิใช่", "หาใช่")


def _denied_bound(doc: Document, start: int, word: str) -> bool:
    """The bound's word at `start` stands right after a denial (`_DENIAL_BEFORE`): two negations, no qualifier read."""
    d = _DENIAL_BEFORE.search(doc.view, max(0, start - 8), start)
    if d is None:
        return False
    if d.group("deny") in _DENY_ANY:
        return True
    return word.startswith("ไม่") and not _cannot_before(doc, d.start())


def _cannot_before(doc: Document, lead: int) -> bool:
    """(rev35b) ไม่ได้ after a verb, or in a relative clause, is "cannot", no denial: "แรงงานเดินทางกลับไม่ได้ไม่ต่ำกว่า 200
    ราย", "ผู้ป่วยที่เข้ารับการรักษาไม่ได้ไม่ต่ำกว่า 1,000 ราย" are at least (rev35 read none). A verb or a relative word among
    the tokens glued before it, back to a space."""
    end = lead
    for t in reversed(doc.tokens_before(lead, 10)):
        if t.end != end or not t.text.strip():
            break
        if end == lead and (t.text in _RELATIVE_BEFORE_DENIAL or word_class(t.text) in ("AUX", "ADJ", "ADV")):
            # (rev35e) a modal, a relative word or a modifier right before it: "ผู้ติดเชื้ออาจไม่ได้ไม่ถึง 100 คน" (may not be under
            # a hundred), "ยอดผู้ลงทะเบียนซึ่งไม่ได้ไม่ถึง 500 คน", "ความเสียหายที่แท้จริงไม่ได้ไม่ถึง 10 ล้านบาท" deny the bound
            # (rev35b read less than)
            return False
        if t.text.startswith(("ที่", "ซึ่ง")) or word_class(t.text) == "V":
            return True
        end = t.start
    return False


_UNSURE = object()


@lexicon_cache
def _act_comparative_re() -> regex.Pattern:
    return regex.compile(rf"(?:{grammar_re('act_comparative')})(?P<space>[ ]?)\Z")


def _act_comparative_start(doc: Document, than: int, pos: int) -> int | None:
    """Where an adjective of an act's own extent (grammar.tsv act_comparative: value time, นาน; value measure, เร็ว) glued
    before the bare กว่า at `than` (perhaps the end of a longer token: "ใช้เวลานาน|กว่า"), or one space before it, starts,
    when the figure at `pos` is of that kind; None otherwise (rev34). Before a count the adjective is no extent of it:
    "หลังจากนั้นไม่นานกว่า 500 คนก็เดินทางมาถึง" stays more than (rev33b)."""
    m = _act_comparative_re().search(doc.view, max(0, than - 8), than)
    if m is None or (m["space"] and not doc.is_boundary(m.end() - 1)):
        return None
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.kind != _act_kinds().get(m.group().rstrip(" ")):
        return None
    return m.start()


@lexicon_cache
def _act_kinds() -> dict[str, str]:
    return {r["word"]: r["value"] for r in load_tsv("grammar") if r["role"] == "act_comparative"}


@lexicon_cache
def _time_comparative() -> tuple[regex.Pattern, dict[str, str]]:
    rows = [r for r in load_tsv("grammar") if r["role"] == "time_comparative_stem"]
    return (regex.compile(rf"(?P<stem>{alternation(r['word'] for r in rows)})(?P<space>[ ]?)\Z"),
            {r["word"]: r["value"] for r in rows})


def _time_comparative_stem(doc: Document, than: int, pos: int) -> tuple[str, int] | None:
    """(rev34) เร็ว before a bare กว่า and a time: "ไม่เร็วกว่า 7 วัน", "ห้ามยื่นคำขอเร็วกว่า 7 วัน" are no sooner than seven
    days, at least (main read more than, and kept it after ไม่); the bare "เร็วกว่า 7 วัน" (in under seven days, or more than
    seven days early?) gets no qualifier. Before a speed (กม./ชม.) the bare กว่า's more than stays. (direction, where the
    stem starts) or None."""
    stem_re, table = _time_comparative()
    m = stem_re.search(doc.view, max(0, than - 8), than)
    if m is None or (m["space"] and not doc.is_boundary(m.end("stem"))):
        return None
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.kind != "time":
        return None
    return table[m["stem"]], m.start()


# (rev34) ไม่สามารถ / ไม่อาจ opening the clause, then the comparative glued after ได้: "ไม่สามารถกู้ยืมได้เกิน 5 ล้านบาท",
# "โรงพยาบาลไม่สามารถรองรับผู้ป่วยได้มากกว่า 300 ราย" say what cannot be exceeded: at most (main read more than). A bare
# กว่า stays: "ไม่สามารถเดินทางกลับบ้านได้กว่า 200 ราย" counts those who could not. ไม่ควร ("should not") and ไม่ให้ / มิให้
# ("not let") before a verb phrase likewise, with no ได้: "ไม่ควรดื่มเกิน 2 แก้ว", "ไม่ให้จอดรถเกิน 15 นาที" (the short form,
# one verb of the figure's own move, is `_NOT_LET`'s); after ไม่ให้ the next word must be a verb: "ไม่ให้ความร่วมมือเกิน 50
# ราย" (did not give) counts those who did not
_CANNOT_BEFORE = regex.compile(r"(?P<lead>ไม่สามารถ|ไม่อาจ)[^\s]{0,40}ได้[ ]?\Z")
_SHOULD_NOT_BEFORE = regex.compile(r"(?P<lead>ไม่ควร(?:จะ)?|ไม่ให้|มิให้)[^\s]{1,40}\Z")
_LET = ("ไม่ให้", "มิให้")


def _cannot_exceed(doc: Document, start: int, word: str, pos: int) -> bool | object:
    """True: the clause caps the figure at `pos`; False: no such clause; _UNSURE: a count of people whose clause opens
    with people ("ผู้ป่วยไม่สามารถ…ได้มากกว่า 2,000 ราย": more than 2,000 could not, or no more than 2,000 can?)."""
    if word not in _EXCEED:
        return False
    lead = _CANNOT_BEFORE.search(doc.view, max(0, start - FORBID_REACH), start) \
        or _SHOULD_NOT_BEFORE.search(doc.view, max(0, start - FORBID_REACH), start)
    if lead is None or not doc.is_boundary(lead.start()) or not doc.is_boundary(lead.end("lead")):
        return False
    no_verb = False
    if lead["lead"] in _LET:
        nxt = doc.tokens_after(lead.end("lead"), 1)
        if _MANAGED.search(doc.view, max(0, start - 4), start):
            return False  # (rev34d) "ช่วยไม่ให้ตกงานได้มากกว่า 3,000 คน": more than 3,000 were kept in work, no cap
        no_verb = not nxt or word_class(nxt[0].text) != "V"
    # a relative word, a condition or a reason between them opens another clause (as for ห้าม)
    between = [t for t in doc.tokens_before(start, 14) if t.start >= lead.end("lead")]
    if any(_FORBID_DESCRIBED.fullmatch(t.text) and t.text != _WHO for t in between):
        return False
    # (rev34d) a clause of its own after จึง / แต่ / ส่วน: "…ไม่ควรตื่นตระหนกจึงเปิดรับผู้ป่วยเกิน 300 ราย" (False); after โดย or
    # แล้ว what was done, or the manner of the act? "เพื่อไม่ให้เกิดการระบาดโดยตรวจไปแล้วเกิน 5,000 ราย" (rev34 read at most):
    # no qualifier
    if any(_CANNOT_CUT.fullmatch(t.text) for t in between):
        return False
    if no_verb:
        # not a verb after ไม่ให้: "ไม่ให้ความร่วมมือเกิน 50 ราย" counts those who did not (more than stays); (rev34e) a time,
        # a measure or money is no such count: "เพื่อไม่ให้ผู้ป่วยรอนานเกิน 2 ชั่วโมง", "ไม่ให้ขึ้นราคาเกิน 5 บาท" (a cap, or
        # how long / how much?): no qualifier rather than more than (24bcca5 and rev34 read more than)
        unit = _unit_of_number_at(doc, pos)
        return False if unit is None or unit.kind == _COUNT_KIND else _UNSURE
    if any(_CANNOT_DONE.fullmatch(t.text) for t in between):
        return _UNSURE
    if lead["lead"] in _CANNOT:
        held = _cannot_counts_held(doc, lead, start, pos)
        if held is not None:
            return held
    elif _people_object_counted(doc, between, pos):
        return _UNSURE
    return _UNSURE if _people_before_counted(doc, lead.start(), pos) else True


_CANNOT = ("ไม่สามารถ", "ไม่อาจ")
_CANNOT_CUT = regex.compile(r"จึง|แต่|ส่วน|ทั้งนี้|ว่า|แม้(?:ว่า)?")  # a whole token
_CANNOT_DONE = regex.compile(r"โดย|แล้ว")  # a whole token
_MANAGED = regex.compile(r"ได้[ ]?\Z")
_COUNT_KIND = "classifier"


def _cannot_counts_held(doc: Document, lead, start: int, pos: int) -> bool | object | None:
    """(rev34d) Where "ไม่สามารถ…ได้ + comparative" may count the things that could not rather than cap the act: False
    (keep the bare comparative), _UNSURE (no qualifier), or None (the cap stands).
    - a relative word glued before ไม่สามารถ: the clause describes the head it counts: "ถนนที่ไม่สามารถสัญจรได้มากกว่า
      120 สาย" counts more than 120 roads (a count: False); "สินค้าที่ไม่สามารถส่งออกได้เกิน 5 ล้านตัน" (goods that could
      not be shipped, or a cap on what can be?) _UNSURE;
    - a space between ได้ and a count's comparative sets the count apart: "…จนไม่สามารถสัญจรได้ มากกว่า 40 หมู่บ้าน" (False);
    - a count of things (no people) after a subject glued before ไม่สามารถ: "โรงเรียนไม่สามารถเปิดการเรียนการสอนได้มากกว่า
      1,000 แห่ง" (more than 1,000 schools could not open, or a cap?) _UNSURE;
    - a time after a word glued before ไม่สามารถ: "ระบบ…ทำให้ไม่สามารถใช้งานได้เกิน 3 ชั่วโมง", "ผู้สูญหายไม่สามารถติดต่อได้
      นานกว่า 24 ชั่วโมง" (how long the state lasted, or a cap?) _UNSURE; at a clause's start ("ไม่สามารถจอดรถได้นานกว่า 15
      นาที") the cap stands.
    rev34 capped all of them (24bcca5 read more than).
    (rev34e) A count of acts (phrase_words act_count) in the first two cases is no thing that could not but how often
    the act may be done: "บัตรที่ไม่สามารถใช้ได้เกิน 3 ครั้ง", "ผู้ประกันตนไม่สามารถเบิกได้ เกิน 3 ครั้งต่อปี" (a cap, or the
    times it failed?) _UNSURE, not more than."""
    unit = _unit_of_number_at(doc, pos)
    kind = unit.kind if unit is not None else None
    person = unit is not None and unit.word in words("phrase_words", role="person_unit")
    before = doc.tokens_before(lead.start(), 1)
    glued = bool(before) and before[0].end == lead.start() and bool(before[0].text.strip())
    acts = unit is not None and unit.word in words("phrase_words", role="act_count")
    if glued and _RELATIVE_WORD.fullmatch(before[0].text):
        return False if kind == _COUNT_KIND and not acts else _UNSURE
    if kind == _COUNT_KIND and doc.view[start - 1:start] == " ":
        return _UNSURE if acts else False
    if glued and kind == _COUNT_KIND and not person and unit.word not in words("phrase_words", role="act_count"):
        return _UNSURE  # not a count of acts: "ผู้ประกันตนไม่สามารถเบิกได้เกิน 3 ครั้งต่อปี" stays at most
    if glued and kind == "time":
        return _UNSURE
    return None


def _people_object_counted(doc: Document, between: list, pos: int) -> bool:
    """(l34) After ไม่ควร / ไม่ให้ + a verb, a word naming people between the lead and the comparative is the verb's object,
    and a count (a classifier) is of them: "ไม่ควรละเลยเกษตรกรมากกว่า 2 ล้านครัวเรือน" (more than two million households
    should not be neglected; rev34 read at most) and "ไม่ควรรับนักเรียนเกิน 40 คน" (a cap) read alike, so no qualifier.
    A time or a measure stays capped ("ไม่ควรให้ผู้ป่วยรอนานเกิน 30 นาที")."""
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.kind != _COUNT_KIND:
        return False
    return any(_people_head_re().match(t.text) for t in between if t.text.strip())


def _people_before_counted(doc: Document, lead: int, pos: int) -> bool:
    """The figure at `pos` counts people and a word naming people ends right before `lead` (glued or one space)."""
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.word not in words("phrase_words", role="person_unit"):
        return False
    return _clause_names_people(doc, lead)


# ห้าม opening the clause a เกิน ends, no space between them: "ห้ามจำหน่ายสุราเกิน 2 ขวดต่อคน" (forbidden beyond 2: at
# most 2) (rev31)
# ไม่อนุญาต(ให้) is the same ban: "ไม่อนุญาตให้ชุมนุมเกิน 50 คน" (rev33)
_FORBID_BEFORE = regex.compile(r"(?P<lead>ห้าม|ไม่อนุญาต(?:ให้)?)[^\s]{0,40}\Z")
FORBID_REACH = 56  # characters before เกิน searched for `_FORBID_BEFORE`
# the comparatives of an amount ห้าม caps (rev33: มากกว่า, สูงกว่า, ต่ำกว่า, น้อยกว่า too: "ห้ามเก็บค่าบริการสูงกว่า 50 บาท" at
# most, "ห้ามจ่ายค่าจ้างต่ำกว่า 350 บาท" at least); not a size's comparative (เล็กกว่า, สั้นกว่า …), which describes the thing
# ("ห้ามจับปลาขนาดเล็กกว่า 5 ซม.": fish smaller than 5 cm)
_EXCEED = frozenset({"เกิน", "เกินกว่า", "มากกว่า", "สูงกว่า", "ต่ำกว่า", "น้อยกว่า"})
# between ห้าม and เกิน, a token that makes เกิน describe who or what is forbidden rather than the forbidden amount: a
# relative word ("ห้ามรถที่มีน้ำหนักเกิน 10 ตัน": trucks of more than 10 tonnes), a person or a receiver ("ห้ามขายแก่
# ผู้มีอายุเกิน…"), an age; or a condition or a reason opening another clause, whose เกิน is no part of what is
# forbidden ("ห้ามมิให้นำเข้าเว้นแต่มีปริมาณเกิน 5 กิโลกรัม": more than 5 is the exception; "ห้ามเข้าพื้นที่เพราะมีผู้ป่วย
# เกิน 50 ราย": the reason; rev31b)
# (rev33b) a time clause or a result opens another clause too: "ห้ามออกเรือขณะคลื่นสูงกว่า 2 เมตร", "ไม่อนุญาตให้จัดงานทำให้
# ผู้ค้าขาดรายได้เกิน 3 ล้านบาท", "ห้ามจำหน่ายส่งผลให้ขาดทุนเกิน…" keep more than
_FORBID_DESCRIBED = regex.compile(r"ที่|ซึ่ง|แก่|ผู้(?:มี)?|.*อายุ|เว้น(?:แต่)?|ยกเว้น|หาก|ถ้า|เมื่อ|เนื่องจาก|เพราะ|กรณี"
                                  r"|ขณะ(?:ที่)?|ทำให้|ส่งผล(?:ให้)?"
                                  r"|หลัง(?:จาก)?|ระหว่าง")  # a whole token
# (rev34d) a time clause after หลัง / ระหว่าง describes when: "ห้ามลงเล่นน้ำหลังฝนตกหนักนานกว่า 2 ชั่วโมง" (rain lasting
# more than two hours; rev34 read at most), "ห้ามออกเรือระหว่างคลื่นสูงเกิน 2 เมตร" (waves higher than two metres)
_NOT_FORBID = regex.compile(r"ไม่[ ]?\Z")  # "ไม่ห้ามหากปริมาณเกิน 10 ตัน": nothing is forbidden (rev31b)


def _forbidden_before(doc: Document, start: int, word: str) -> bool:
    """ห้าม opens the clause ended by the เกิน at `start` (`_FORBID_BEFORE`): what is forbidden is the excess, so the
    figure is a cap, as after ไม่ให้ (main read "ห้ามบรรทุกน้ำหนักเกิน 25 ตัน" as more than 25; rev30's leftover). Not
    when a token between them names who or what is forbidden (`_FORBID_DESCRIBED`): the comparative describes it. ไม่มี
    is left: "ไม่มีผู้ป่วยเกิน 10 ราย" is a cap, but "เกษตรกรไม่มีที่ดินเกิน 500 ราย" counts those without."""
    if word not in _EXCEED:
        return False
    lead = _FORBID_BEFORE.search(doc.view, max(0, start - FORBID_REACH), start)
    # ห้าม a whole token: not "ห้ามล้อ" (a brake), "ห้ามเลือด" (to staunch), rev31b
    if lead is None or not doc.is_boundary(lead.start()) or not doc.is_boundary(lead.end("lead")) \
            or _NOT_FORBID.search(doc.view, max(0, lead.start() - 4), lead.start()):
        return False
    between = [t for t in doc.tokens_before(start, 14) if t.start >= lead.end("lead")]
    if any(_FORBID_DESCRIBED.fullmatch(t.text) and not (t.text == _WHO and _people_after(doc, start))
           for t in between):
        return False
    # "ห้ามทำประมงพื้นที่น้ำลึกเกิน 5 เมตร", "ห้ามก่อสร้างบนที่ดินลาดชันเกิน 35 องศา": a place, then its depth or slope right
    # before the comparative: the figure describes where, more than it (rev31b's leftover; rev33)
    # (rev33b) the depth or slope must be the place's, the word right before it land or water: "ห้ามขุดบ่อบาดาลในเขต
    # เทศบาลลึกเกิน 150 เมตร" is the well's depth, at most
    return not (between and _DEPTH_OR_SLOPE.search(between[-1].text) and any(_PLACE_WORD.fullmatch(t.text) for t in between)
                and _terrain_before_depth(between))


def _terrain_before_depth(between: list) -> bool:
    last = between[-1].text
    depth = _DEPTH_OR_SLOPE.search(last)
    before = last[:depth.start()] if depth is not None and depth.start() > 0 else \
        (between[-2].text if len(between) > 1 else "")
    return _TERRAIN.fullmatch(before) is not None


_WHO = "ผู้"
# a bare ผู้ between ห้าม and เกิน names who is forbidden ("ห้ามผู้มีอายุเกิน 65 ปี") unless the figure counts those people:
# "ห้ามผู้เข้าเยี่ยมเกิน 2 คน" is at most two visitors (rev33)
_PEOPLE_AFTER = regex.compile(r"[^\S\n]*[0-9๐-๙][0-9๐-๙,]*[^\S\n]*(?:คน|ท่าน|ราย(?!การ|ได้|งาน))")
_DEPTH_OR_SLOPE = regex.compile(r"(?:ลึก|ลาดชัน|ชัน|ความลาด)\Z")
# land or water that has a depth or a slope, the word right before ลึก/ลาดชัน (rev33b)
_TERRAIN = regex.compile(r"(?:พื้นที่|ที่ดิน|บริเวณ|เขต)?(?:ภูเขา|ไหล่เขา|เนิน(?:เขา)?|ทะเล|น้ำ|ลำน้ำ|แหล่งน้ำ)|พื้นที่|ที่ดิน|บริเวณ|ระดับน้ำ")
_PLACE_WORD = regex.compile(r"พื้นที่|บริเวณ|เขต|ที่ดิน|บน|ใน|แหล่งน้ำ|ทะเล|ลำน้ำ|ระดับน้ำ")


_EXCEED_WORD = regex.compile(r"(?:เกินกว่า|เกิน|มากกว่า)")


def _people_after(doc: Document, start: int) -> bool:
    m = _EXCEED_WORD.match(doc.view, start)
    return m is not None and _PEOPLE_AFTER.match(doc.view, m.end()) is not None


# ไม่มี opening a clause, then ผู้ ("there is no one …"): "ไม่มีผู้ป่วยเกิน 10 ราย", "ยังไม่มีผู้ใดได้รับเงินเกิน 5,000 บาท" are
# at most (rev31 left it). Only at a clause's start: after a space, a bracket or the text's start (perhaps after ยัง/และ/
# แต่/โดย/ก็), or glued after ว่า or a determiner ("พบว่าไม่มีผู้ป่วยเกิน…", "ในปีนี้ไม่มีผู้สมัครเกิน…"). After a noun it is
# "X has no …": "เกษตรกรไม่มีที่ดินเกิน 500 ราย", "ครัวเรือนที่ไม่มีผู้สูงอายุเกิน 200 ครัวเรือน" count those without (rev33)
_NO_ONE_BEFORE = regex.compile(r"(?:(?<![^\s(\"“])|(?<=ว่า)|(?<=นี้)|(?<=นั้น)|(?<=ดังกล่าว))(?P<lead>(?:ยัง|และ|แต่|โดย|ก็)?ไม่มีผู้)[^\s]{0,40}\Z")
# (rev33b) and a time clause, a result, ส่วน ("as for"), ทั้งนี้/ซึ่ง, or ว่า opening what is said or expected: "ไม่มีผู้ได้รับ
# บาดเจ็บขณะที่บ้านเรือนเสียหายเกิน 20 หลัง", "ไม่มีผู้ใดคาดว่าจะมีผู้ร่วมงานเกิน 5,000 คน" keep more than
_NO_ONE_CUT = regex.compile(r"เว้น(?:แต่)?|ยกเว้น|หาก|ถ้า|เมื่อ|เนื่องจาก|เพราะ|กรณี|แต่|และ|หรือ"
                            r"|ขณะ(?:ที่)?|ทำให้|ส่งผล(?:ให้)?|ส่วน|ทั้งนี้|ซึ่ง|ว่า"
                            r"|จึง|จน|โดย|แม้(?:ว่า)?")  # a whole token
# (rev34d) จึง / จน / โดย open a clause of their own: "ตรวจแล้วไม่มีผู้ติดเชื้อจึงปล่อยตัวผู้ถูกกักตัวเกิน 300 คน" (released
# more than 300; rev34's glued ไม่มีผู้ and 24bcca5's at a clause start read at most)


def _no_one_before(doc: Document, start: int, word: str, pos: int) -> bool | object:
    """True: "ไม่มีผู้…เกิน" caps the figure at `pos`; False: it does not; _UNSURE: it may count those without."""
    if word not in _EXCEED:
        return False
    lead = _NO_ONE_BEFORE.search(doc.view, max(0, start - FORBID_REACH), start)
    glued = None
    if lead is None:
        glued = _NO_ONE_GLUED.search(doc.view, max(0, start - FORBID_REACH), start)
        if glued is None or not doc.is_boundary(glued.start()):
            return False
        lead = glued
    elif not doc.is_boundary(lead.start()):
        return False
    if any(_NO_ONE_CUT.fullmatch(t.text) for t in doc.tokens_before(start, 14) if t.start >= lead.end("lead")):
        return False
    unit = _unit_of_number_at(doc, pos) if glued is None else None  # glued: only a count of people (_glued_no_one)
    if unit is not None and unit.kind == "time" and _ANY.search(doc.view, lead.end("lead"), start) is None:
        # (rev34d) how long no one…, or no one longer than? "จังหวัดนี้ไม่มีผู้ติดเชื้อรายใหม่นานกว่า 28 วัน", "ไม่มีผู้ป่วยรายใหม่
        # ติดต่อกันเกิน 14 วัน" are more than (rev34 and 24bcca5 read at most): unsure. With ใด ("any") no one's act
        # exceeds it: "ไม่มีผู้ใดรอนานกว่า 30 นาที", "ไม่มีผู้ติดเชื้อรายใดกักตัวเกิน 14 วัน" (rv33-33) stay at most
        return _UNSURE
    return True if glued is None else _glued_no_one(doc, glued.start(), pos)


# (rev34) ไม่มีผู้ glued after another word: "จากการตรวจสอบไม่มีผู้ป่วยรายใหม่เกิน 10 ราย", "อุทกภัยไม่มีผู้เสียชีวิตเกิน 2 ราย" are
# caps of people when the figure counts people and the word before is a verb, a place or an event (no one there); after a
# word naming people ("ผู้สูงอายุไม่มีผู้ดูแลเกิน 500 คน": more than 500 old people have no carer, or none has more than
# 500?) it is unsure: no qualifier. A figure of another unit ("ครัวเรือนไม่มีผู้สูงอายุเกิน 200 ครัวเรือน") counts those
# without: more than, as main read; after a relative word (ที่, ซึ่ง) likewise
_ANY = regex.compile(r"ใด")
_NO_ONE_GLUED = regex.compile(r"(?P<lead>ไม่มีผู้)[^\s]{0,40}\Z")
_RELATIVE_WORD = regex.compile(r"ที่|ซึ่ง|อัน")  # a whole token
@lexicon_cache
def _people_head_re() -> regex.Pattern:
    return regex.compile(alternation(words("phrase_words", role="people_head")))


def _glued_no_one(doc: Document, lead: int, pos: int) -> bool | object:
    before = doc.tokens_before(lead, 1)
    if not before or before[0].end != lead or _RELATIVE_WORD.fullmatch(before[0].text):
        return False
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.word not in words("phrase_words", role="person_unit"):
        return False
    # a word naming people opens the words glued before it: unsure ("ผู้ป่วยติดเตียงในพื้นที่ไม่มีผู้ดูแลเกิน 500 ราย")
    return _UNSURE if _clause_names_people(doc, lead) else True


def _clause_names_people(doc: Document, lead: int) -> bool:
    """A word naming people (phrase_words people_head) among the words glued before `lead`, back to a space, or the
    word (one space between) right before it."""
    heads: list[str] = []
    end = lead
    for t in reversed(doc.tokens_before(lead, 10)):
        if not t.text.strip():
            if heads or end - t.end > 1:
                break
            end = t.start
            continue
        if t.end != end:
            break
        heads.append(t.text)
        end = t.start
    return any(_people_head_re().match(h) for h in heads)


_THAN = "กว่า"
_PEAKS = frozenset({"สูงสุด", "สูงสุดถึง", "ต่ำสุด"})  # after เคย ("had peaked at"): a past level, not a bound
_PAST_BEFORE = regex.compile(r"เคย[ ]?\Z")


@lexicon_cache
def _comparative_stem_re() -> tuple[regex.Pattern, dict[str, str]]:
    rows = [r for r in load_tsv("grammar") if r["role"] == "comparative_stem"]
    return (regex.compile(rf"(?P<stem>{alternation(r['word'] for r in rows)})(?P<space>[ ]?)\Z"),
            {r["word"]: r["value"] for r in rows})


_SIZED_UNITS = frozenset({"measure", "time"})


def _comparative_stem(doc: Document, than: int, pos: int) -> tuple[str, int] | None:
    """(the direction, where the stem starts) of an adjective of grammar.tsv's comparative_stem glued before the bare กว่า
    at `than` or one space before it ("ขนาดเล็ก|กว่า", "ไม่นาน|กว่า", "ตื้น กว่า"), else None. A stem of less than only
    before a measure or a time: before a count the adjective is the thing's ("ภาพยนตร์สั้นกว่า 100 เรื่อง": more than a
    hundred short films), and กว่า keeps its more than (rev33)."""
    stem_re, table = _comparative_stem_re()
    m = stem_re.search(doc.view, max(0, than - 8), than)
    if m is None or (m["space"] and not doc.is_boundary(m.end("stem"))):
        return None
    direction = table[m["stem"]]
    # every stem only before a measure or a time (rev33b: "อาการไม่หนักกว่า 1,200 ราย", "ไม่นานกว่า 500 คน" are more than 1,200
    # mild cases and "soon, more than 500 people", not at most), and one that fits it: a weight's stem (เบา, หนัก) before a
    # weight, a duration's (นาน) before a time, a size's (เล็ก, สั้น, ลึก …) not before an amount of weight or volume
    # ("เก็บขยะชิ้นเล็กกว่า 5 ตัน": more than 5 tonnes of small litter)
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.kind not in _SIZED_UNITS:
        return None
    stem = m["stem"]
    amount = _AMOUNT_UNIT.fullmatch(unit.word) is not None
    if (stem in _WEIGHT_STEMS) != amount or (stem in _TIME_STEMS and unit.kind != "time"):
        return None
    return direction, m.start()


_WEIGHT_STEMS = frozenset({"เบา", "หนัก"})
_TIME_STEMS = frozenset({"นาน"})
# a unit of weight or volume: an amount of stuff, which no size adjective compares (rev33b)
_AMOUNT_UNIT = regex.compile(r"(?:กิโล|มิลลิ|ไมโคร)?กรัม|ตัน|(?:มิลลิ)?ลิตร|ลูกบาศก์.{1,12}|กก\.?|ก\.ก\.|ลบ\.ม\.|ซีซี|ขีด")


@lexicon_cache
def _split_comparative_re() -> regex.Pattern:
    """The stem of a before-qualifier written with กว่า (น้อย, ต่ำ, ถูก of น้อยกว่า, ต่ำกว่า, ถูกกว่า), then one stray space,
    right before a bare กว่า."""
    stems = {r["word"][:-len(_THAN)] for r in load_tsv("qualifiers")
             if r["position"] == "before" and r["word"].endswith(_THAN) and r["word"] != _THAN}
    return regex.compile(rf"(?:{alternation(stems)})[ ]\Z")


@lexicon_cache
def _leads_into_share_re() -> regex.Pattern:
    """A half or a percent word (ครึ่ง, ร้อยละ + a figure) on the same line right after a qualifier word: the word
    qualifies the share it leads into, not the figure before it."""
    prefixes = alternation(words("percent_words", role="prefix"))
    return regex.compile(rf"[ \t]*(?:ครึ่ง|(?:{prefixes})[ \t]*[0-9๐-๙])")


_NEGATED = {"more_than": "at_most", "less_than": "at_least"}
# ไม่ (ให้) right before the comparative, with at most one verb of the figure's own move or a modal between
# ("ไม่ลดลงต่ำกว่า 100 ราย", "ไม่เพิ่มขึ้นเกิน 5 ล้านบาท", "ไม่ควรเกิน", "ไม่ให้ลดต่ำกว่า": at least / at most; main
# read the bare comparative's opposite; rev29); "ไม่ เกิน 3 ปี": a stray space inside ไม่เกิน. A longer gap ("ผู้ที่ไม่ได้
# รับวัคซีนมากกว่า 500 คน") leaves ไม่ to its own verb. ไม่เคย ("never") negates as ไม่ให้ does: "ไม่เคยลดลงต่ำกว่า 100 ราย"
# is at least 100 (rev29b). มิให้ is the written form of ไม่ให้: "ควบคุมราคามิให้เกิน 30 บาท" (rev31)
# (rev34) ไม่ได้ too, before a verb of the figure's move: "ไม่ได้เพิ่มขึ้นมากกว่า 100 ราย" is at most (main: more than); the
# bare "ไม่ได้มากกว่า" is qualifiers.tsv's
# (rev34d) ปรับขึ้น / ปรับลด(ลง) too: "ราคาน้ำมันไม่ได้ปรับขึ้นมากกว่า 2 บาท" is at most (24bcca5 and rev34 read more than)
_NOT_LET = regex.compile(r"(?:ไม่(?:ให้|เคย)?|มิให้)(?:ควร|ลด|ลดลง|เพิ่ม|เพิ่มขึ้น|สูง|สูงขึ้น|ต่ำลง|ขยับ|ปรับ|ปรับขึ้น|ปรับลด"
                         r"|ปรับลดลง)?[ ]?\Z"
                         r"|ไม่ได้(?:ลด|ลดลง|เพิ่ม|เพิ่มขึ้น|สูงขึ้น|ต่ำลง|ขยับ|ปรับ|ปรับขึ้น|ปรับลด|ปรับลดลง)[ ]?\Z")
NOT_LET_REACH = 16  # characters before a comparative searched for its negation


def _not_let(doc: Document, start: int, pos: int) -> bool:
    """`_NOT_LET` right before the comparative at `start`, unless a relative word glued before the negation makes the
    clause describe the things a count counts (rev34d): "สินค้าที่ไม่ได้ปรับมากกว่า 200 รายการ", "สินค้าที่ไม่ปรับมากกว่า 200
    รายการ" count more than 200 items not adjusted (rev34 and 24bcca5 read at most). A price or a measure keeps it: "ราคา
    ที่ไม่ลดลงต่ำกว่า 30 บาท" is at least 30."""
    m = _NOT_LET.search(doc.view, max(0, start - NOT_LET_REACH), start)
    if m is None:
        return False
    before = doc.tokens_before(m.start(), 1)
    if before and before[0].end == m.start() and _RELATIVE_WORD.fullmatch(before[0].text):
        unit = _unit_of_number_at(doc, pos)
        if unit is not None and unit.kind == _COUNT_KIND:
            return False
    return True


def qualifier_after(doc: Document, pos: int) -> tuple[str | None, int]:
    """A qualifier right after a unit (73 องค์กร ทั้งสิ้น): (qualifier, its end) or (None, pos)."""
    _, after_re, table = _qualifier_res()
    m = after_re.match(doc.view, pos)
    if not m or not doc.is_boundary(m.end()):
        return None, pos
    word = m.group().strip()
    if (word, "before") in table and _leads_into_share_re().match(doc.view, m.end()):
        return None, pos  # "ตรวจรักษา 81,963 ราย กว่าครึ่งเป็น…", "กว่าร้อยละ 60": the next clause's share
    if (word, "before") in table and doc.numbers_between(m.end(), m.end() + 2):
        # "อายุ 5-17 ปี ทั้งหมด 10.47 ล้านคน": a word that may stand on either side qualifies the
        # figure it leads into, not the one before it
        k = doc.numbers_between(m.end(), m.end() + 2)[0].start
        if not doc.view[m.end():k].strip(" \t"):  # on the same line: "ทั้งหมด\n2. …" opens a list item
            return None, pos
    return table.get((word, "after")), m.end()


STATED_PERCENT_WINDOW = 80  # characters after a ratio in which its stated percent may stand


def link_stated_percents(doc: Document, ratios: Sequence[Ratio],
                         percentages: Sequence[Percentage]) -> dict[int, Percentage]:
    """Map ratio start → the percentage the text states for it ("103/80 ราย เกินเป้าหมาย 28.75%").

    The percentage is the first one after the ratio, in the same line, within
    STATED_PERCENT_WINDOW characters, with no other number between them.
    """
    import bisect

    starts = [p.start for p in percentages]
    linked: dict[int, Percentage] = {}
    taken: set[int] = set()
    for r in ratios:
        k = bisect.bisect_left(starts, r.end)
        if k == len(percentages):
            continue
        p = percentages[k]
        if p.start - r.end > STATED_PERCENT_WINDOW:
            continue  # (before slicing the gap: the next percent may be far away)
        gap = doc.text[r.end:p.start]
        if p.start in taken or len(gap) > STATED_PERCENT_WINDOW or "\n" in gap:
            continue
        if doc.numbers_between(r.end, p.start):
            continue
        if not _stated_for(doc, r, p):
            continue
        linked[r.start] = p
        taken.add(p.start)
    return linked


@lexicon_cache
def _stated_link_res() -> tuple[regex.Pattern, regex.Pattern]:
    """What may stand between a ratio and the percent stated for it (change and share words, fillers, check_words.tsv
    change_link, from/to, target and claim words, whole words, spaces, commas, brackets; possessive), and an earlier time or a comparison right after a
    change percent ("เพิ่มขึ้นร้อยละ 10 จากปีก่อน")."""
    link = frozenset(w for role in ("change_link", "from", "to", "target", "target_link", "met", "over", "under", "whole",
                                    "whole_all") for w in words("check_words", role=role)) \
        | frozenset(w for role in ("before", "before_whole", "filler") for w in words("relation_words", role=role))
    earlier = words("ratio_words", role="earlier") | words("percent_subject_words", role="base", value="compare")
    link |= _STATED_AT  # (rev38b) "45/50 แห่ง อยู่ที่ร้อยละ 90", "45/50 แห่ง = ร้อยละ 90", "45/50 แห่ง : ร้อยละ 90"
    return (regex.compile(rf"(?:[ ,()\[\]=:]|{alternation(link)})*+"),
            regex.compile(rf"[ ]?(?:{alternation(words('ratio_words', role='earlier_lead') | words('check_words', role='from'))})?"
                          rf"[ ]?(?:{alternation(earlier)})"))


_STATED_AT = frozenset({"อยู่ที่"})  # a level stated for the ratio itself (rev38b; not ครอบคลุม: "ครอบคลุมร้อยละ 70 ของพื้นที่")
_UP = ("increase", "over_target")
_DOWN = ("decrease", "under_target")


def _stated_for(doc: Document, r: Ratio, p: Percentage) -> bool:
    """Whether the percent after a ratio may be the one the text states for it (rev38). Not when another word stands
    between ("45/50 แห่ง ส่วนภาคเหนือร้อยละ 80", "120 คน จากผู้เข้าสอบ 150 คน โดยผู้สอบผ่านเพิ่มขึ้นร้อยละ 20": another
    thing's percent), when a change runs against the ratio ("41 จาก 50 แห่ง เพิ่มขึ้นร้อยละ 10": 41 is no rise over 50),
    or when a change percent is measured against an earlier time ("103/80 ราย เพิ่มขึ้นร้อยละ 15 จากปีก่อน")."""
    gap_re, earlier_re = _stated_link_res()
    if not gap_re.fullmatch(doc.view, r.end, p.start):
        return False
    if r.numerator is not None and r.denominator is not None:
        if p.relation in _UP and not r.numerator > r.denominator:
            return False
        if p.relation in _DOWN and not r.numerator < r.denominator:
            return False
    return not (p.relation in _UP + _DOWN and earlier_re.match(doc.view, p.end))


TARGET_WINDOW = 60  # characters before a figure searched for a target word (เป้าหมาย, ตั้งเป้า, ให้ได้)


@lexicon_cache
def _target_res() -> tuple[regex.Pattern, regex.Pattern]:
    return (regex.compile(alternation(words("phrase_words", role="target"))),
            regex.compile(rf"(?:{alternation(words('phrase_words', role='compare'))})[ ]?$"))


@lexicon_cache
def _target_names() -> tuple[str, ...]:
    return tuple(words("phrase_words", role="target_name"))


_NO_GOAL_BEFORE = regex.compile(r"(?:ไม่(?:ได้|มีการ)?|มิได้)[ ]?\Z")  # a goal word negated (rev35)
# a goal moved by the figure: ลง / ขึ้น (a word of its own, not ลงทุน, ขึ้นทะเบียน), perhaps อีก, then the figure
_GOAL_MOVED_BY = regex.compile(r"(?P<by>ลง|ขึ้น)[ ]?(?:อีก[ ]?)?")
# (rev36) a goal adjusted (ปรับ, ปรับเพิ่ม, ปรับลด right before the goal word), then a change word and the figure: the
# figure is the change, no goal ("ตั้งเป้าหมายเพิ่มขึ้น 100 ราย", a goal of growth, stays one)
_GOAL_CHANGED_BY = regex.compile(r"(?P<by>เพิ่มขึ้น|ลดลง|เพิ่ม|ลด|อีก)[ ]?(?:อีก[ ]?)?")
# (rev37) the same with the goal's noun glued between ("ปรับเป้าหมายการผลิตเพิ่มขึ้น 100 ตัน", "ปรับลดเป้าหมายการผลิตลง 100
# ตัน"): เพิ่มขึ้น/ลดลง/ขึ้น/ลง/อีก as words of their own only (not ลงทุน)
_GOAL_NOUN_CHANGED_BY = regex.compile(r"[^\s0-9]{1,20}?(?P<by>เพิ่มขึ้น|ลดลง|ขึ้น|ลง|อีก)[ ]?(?:อีก[ ]?)?")
_GOAL_ADJUSTED = regex.compile(r"ปรับ(?:เพิ่ม|ลด|ขึ้น)?[ ]?\Z")
_NOT_A_GOAL = ("ให้ได้รับ",)  # ให้|ได้รับ, to be given ("โดยให้ได้รับค่าตอบแทน"), not ให้ได้ N, to reach N
REACH_WORD = "ให้ได้"  # "to reach": a goal only of a figure in its own phrase, not of one clauses later
REACH_SPACES = 2  # spaces between ให้ได้ and a figure that end its phrase ("ให้ได้ผลเป็นรูปธรรม ซึ่ง… และจะให้เวลา 2 วัน")
_WORD_SPACE = regex.compile(r"(?<![0-9๐-๙]) (?![0-9๐-๙])")  # a space between words (not one beside a figure or year)
# (l38, a65's vm-16) ทำให้ได้ is "resulted in" ("การตรวจค้นทำให้ได้ของกลางกว่า 2 ล้านเม็ด": seized, no goal) unless a
# word of intent or obligation stands just before ทำ ("ต้องทำให้ได้ 100 ราย", "เพื่อทำให้ได้", "จะทำให้ได้": a goal)
_CAUSED = "ทำ"
_INTENT_BEFORE_CAUSED = regex.compile(r"(?:ต้อง|จะ|เพื่อ|มุ่ง|ตั้งใจ|พยายาม|ต้องการ|เร่ง)[ ]?(?:สามารถ[ ]?)?\Z")


def target_role(doc: Document, pos: int) -> str | None:
    """ "target" when the figure at `pos` is a goal: a target word before it in the same clause
    ("ตั้งเป้าหมายรายได้ 3.5 ล้านล้านบาท", "ให้ได้ 25 - 28 ล้านคน", "จากเป้าหมายที่ตั้งไว้ 1,342,409 ราย"),
    with no other figure between them. After เกิน/สูงกว่า the figure is the excess ("สูงกว่าเป้าหมาย
    ถึง 3,914 ล้านบาท") unless the target is named ("สูงกว่าเป้าหมายที่ตั้งไว้ ... 3 แสน")."""
    target_re, compare_re = _target_res()
    lo = max(0, pos - TARGET_WINDOW)
    nl = doc.text.rfind("\n", lo, pos)
    lo = nl + 1 if nl >= 0 else lo
    hit = None
    for m in target_re.finditer(doc.view, lo, pos):
        if not doc.is_boundary(m.start()) or doc.view.startswith(_target_names(), m.start()):
            continue  # "เป้าหมายการพัฒนาที่ยั่งยืน 17 ข้อ": a name (the SDGs), no goal of the figure
        if doc.view.startswith(_NOT_A_GOAL, m.start()):
            continue  # "โดยให้ได้รับค่าตอบแทน 350,000 บาท": to be paid, no goal ("ตั้งเป้าหมายรับ…" stays one)
        before = doc.tokens_before(m.start(), 1)
        if before and before[0].end == m.start() and word_class(before[0].text) == "N" \
                and word_class(m.group()) != "V":  # not กรม|ตั้งเป้าหมาย: a verb is no compound
            continue  # a compound: กลุ่มเป้าหมาย, อุตสาหกรรมเป้าหมาย
        if _NO_GOAL_BEFORE.search(doc.view, max(0, m.start() - 12), m.start()):
            hit = None  # (rev35) "ปีนี้ไม่ได้ตั้งเป้าหมาย 100 ราย": no goal was set (main: target)
            continue
        hit = m
    if hit is None:
        return None
    if hit.group() == REACH_WORD and len(_WORD_SPACE.findall(doc.view, hit.end(), pos)) >= REACH_SPACES:
        return None  # (l37) "นำไปปฏิบัติให้ได้ผลเป็นรูปธรรม ซึ่งยินดี… และจะให้เวลา 2 วัน": the result reached, no goal of 2 days
    caused = hit.start() - len(_CAUSED)
    if hit.group() == REACH_WORD and caused >= 0 and doc.view.startswith(_CAUSED, caused) and doc.is_boundary(caused) \
            and not _INTENT_BEFORE_CAUSED.search(doc.view, max(0, caused - 16), caused):
        return None  # (l38) "ทำให้ได้ของกลางกว่า 2 ล้านเม็ด": a result, no goal
    moved = _GOAL_MOVED_BY.match(doc.view, hit.end())
    if moved is not None and moved.end() == pos and doc.is_boundary(hit.end() + len(moved.group("by"))):
        return None  # (rev35b) "ปรับลดเป้าหมายลง 50 ราย": the goal cut by 50, no goal of 50 ("…ลงเหลือ 50 ราย" stays one)
    changed = _GOAL_CHANGED_BY.match(doc.view, hit.end())
    if changed is not None and changed.end() == pos and doc.is_boundary(hit.end() + len(changed.group("by"))) \
            and _GOAL_ADJUSTED.search(doc.view, max(0, hit.start() - 12), hit.start()):
        return None  # (rev36) "ปรับเป้าหมายเพิ่มขึ้น 100 ราย เป็น 600 ราย": the goal raised by 100, no goal of 100
    changed = _GOAL_NOUN_CHANGED_BY.match(doc.view, hit.end())
    if changed is not None and changed.end() == pos and doc.is_boundary(changed.start("by")) \
            and doc.is_boundary(changed.end("by")) \
            and _GOAL_ADJUSTED.search(doc.view, max(0, hit.start() - 12), hit.start()):
        return None  # (rev37) "ปรับเป้าหมายการผลิตเพิ่มขึ้น 100 ตัน": the goal's noun glued between, still raised by 100
    for n in doc.numbers_between(hit.end(), pos):
        if n.form not in ("date",) and not _in_date(doc, n.start) \
                and not (_horizon(doc, hit.end(), n) and _figure_after(doc, n)):  # a horizon only with a goal after it (rev26b)
            return None  # another figure stands between: the target word is its
    here = doc.numbers_between(pos, pos + 1)
    if here and _horizon(doc, hit.end(), here[0]) and _figure_after(doc, here[0]):
        return None  # "ตั้งเป้า 5 ปี มีนักท่องเที่ยว 1 ล้านคน": 5 ปี is when, the 1 ล้านคน the goal (rev26)
    if compare_re.search(doc.view, max(0, hit.start() - 8), hit.start()) and \
            not doc.view.startswith("ที่", hit.end()):
        return None
    return "target"


_HORIZON_GAP = regex.compile(r"[ ]{0,3}(?:(?:ภายใน|ใน|อีก|ระยะ(?:เวลา)?|ช่วง)[ ]{0,3})?")
HORIZON_REACH = 80  # characters after a horizon in which the goal's own figure may stand, on its line


def _horizon(doc: Document, target_end: int, n) -> bool:
    """The figure `n` follows the target word at once (ภายใน, ใน, อีก, ระยะ between or nothing) and counts time
    ("ตั้งเป้า 5 ปี", "ตั้งเป้าภายใน 3 ปี"): when the goal is reached, no figure of the goal itself."""
    from .extractors.quantities import unit_after

    gap = _HORIZON_GAP.match(doc.view, target_end)
    if gap is None or gap.end() != n.start or n.form != "number":
        return False
    unit = unit_after(doc, n.end)
    return unit is not None and unit.kind == "time"


def _figure_after(doc: Document, n) -> bool:
    """Another figure (no date) after `n` on its line within HORIZON_REACH characters: the goal the horizon is of."""
    stop = doc.view.find("\n", n.end, n.end + HORIZON_REACH)
    stop = n.end + HORIZON_REACH if stop < 0 else stop
    old = _OLD_VALUE_WORD.search(doc.view, n.end, stop)
    if old is not None:
        stop = old.start()  # "ตั้งเป้า 30 นาที จากเดิม 60 นาที": the figure after จาก/เทียบ is the old one, no goal (rev26b)
    return any(m.start > n.end and m.form not in ("date",) and not _in_date(doc, m.start)
               for m in doc.numbers_between(n.end, stop))


_OLD_VALUE_WORD = regex.compile(r"จาก|เทียบ|เดิม")


def _in_date(doc: Document, offset: int) -> bool:
    return _date_containing(doc, offset) is not None


TARGET_CARRY_WINDOW = 160  # characters after a target figure in which its parts or revision may stand


@lexicon_cache
def _carry_re() -> regex.Pattern:
    return regex.compile(alternation(words("phrase_words", role="target_carry")))


_Amount = TypeVar("_Amount", Quantity, Money)


def mark_targets(doc: Document, records: list[_Amount]) -> list[_Amount]:
    """Records with `role` set to "target" where `target_role` says so, and the figures a target is
    split into or revised from right after it (others' roles are kept)."""
    import dataclasses

    out: list[_Amount] = []
    carry_from: int | None = None  # end of the last target figure whose parts may follow
    carry_unit = None  # and its unit
    carrying = False
    revised = False  # the target figure's clause changes a goal ("เพิ่มเป้าหมาย…"): what follows จากเดิม is the old goal
    for r in sorted(records, key=lambda r: r.start):
        is_target = r.role is None and target_role(doc, r.start) is not None and not _counts_goals(r) \
            and not _goal_word_counted(doc, r) \
            and not _has_goals_of(doc, r) and not _past_period(doc, r)
        if is_target:  # a goal of its own: does its clause change a goal?
            revised = _revises_target(doc, r.start)
        if r.role is None and not is_target and carry_from is not None:
            gap = doc.text[carry_from:r.start]
            listed = gap.lstrip(" )").startswith(("และ", "หรือ", ","))  # the next part of the same list
            # "เป้าหมาย 14,000 ไร่ 4,000 ราย": a figure in another unit right after it, the same goal's
            beside = not gap.strip(" ") and _unit(r) is not None and _unit(r) != carry_unit
            carried = _carry_re().search(gap)
            if carried is not None and carried.group().endswith("เดิม") \
                    and not (revised or _OLD_TARGET_AFTER.match(gap, carried.end())):
                carried = None  # "ตั้งเป้า 30 นาที จากเดิม 60 นาที": the old value, no target (rev27)
            if len(gap) <= TARGET_CARRY_WINDOW and "\n" not in gap and not _past_period(doc, r) \
                    and (carrying and listed or beside or carried):
                is_target = True
                carrying = True
        if is_target:
            r = dataclasses.replace(r, role="target")
            carry_from, carry_unit = r.end, _unit(r)
        else:
            carry_from, carrying = None, False
        out.append(r)
    return out


_PAST_PERIOD = regex.compile(r"[ ]{0,2}(?:ที่ผ่านมา|ที่แล้ว)")


def _past_period(doc: Document, r: Quantity | Money) -> bool:
    """ "ซึ่งในช่วง 8 เดือนที่ผ่านมา", "ในรอบ 6 เดือนที่แล้ว": a period of time ending ที่ผ่านมา/ที่แล้ว is behind the
    report, never a goal, whatever target word stands before it (rev27b)."""
    from .extractors.quantities import unit_kind

    return isinstance(r, Quantity) and unit_kind(r.unit) == "time" \
        and _PAST_PERIOD.match(doc.view, r.end) is not None


# "ปรับเป้าหมาย", "เพิ่มเป้าหมาย", "ลดเป้า", "เป้าหมายใหม่": the clause changes a goal, so the figure after จากเดิม is the
# old goal (dev-03 "เพิ่มเป้าหมาย… ให้ได้ 3.5 ล้านล้านบาท (จากเดิม 3 ล้านล้านบาท)"); after a goal merely set ("ตั้งเป้า 30 นาที
# จากเดิม 60 นาที") it is the old state of things, no goal, and nothing tells the two apart but these words (rev27).
_REVISED_TARGET = regex.compile(r"(?:ปรับ|เพิ่ม|ลด|ขยาย|ทบทวน|เปลี่ยน|แก้ไข)(?:เพิ่ม|ลด|ขึ้น|ลง)?[ ]{0,2}(?:ค่า)?เป้า|เป้า(?:หมาย)?ใหม่")
# "จากเดิมที่ตั้งไว้ 3,000 ราย", "จากเดิมที่ตั้งเป้า…": the old figure named as a goal
_OLD_TARGET_AFTER = regex.compile(r"[ ]{0,2}(?:ที่)?[ ]{0,2}(?:ตั้ง(?:ไว้|เป้า)|กำหนด(?:ไว้)?|เป้า)")


def _revises_target(doc: Document, pos: int) -> bool:
    """A goal-changing word before the figure at `pos`, on its line within TARGET_WINDOW * 2 characters."""
    lo = max(0, pos - 2 * TARGET_WINDOW)
    nl = doc.text.rfind("\n", lo, pos)
    lo = nl + 1 if nl >= 0 else lo
    return _REVISED_TARGET.search(doc.view, lo, pos) is not None


# "มีเป้าหมายการดำเนินงาน 4 ประการ": มี + the goal word + a nominalised act (การ/ความ…) right before a count of items
_HAS_GOALS_OF = regex.compile(r"มี[ ]?เป้า(?:หมาย)?[ ]?(?:การ|ความ)[^\s\d()]{1,40}[ ]?$")


def _has_goals_of(doc: Document, record: Quantity | Money) -> bool:
    """ "มีเป้าหมายการดำเนินงาน 4 ประการ": the body has goals of an act, and the count of items right after the act
    counts those goals (as `_counts_goals` does where the goal word opens the subject); no goal of its own.
    "มีเป้าหมายการจ้างงาน 500 คน" stays one: คน counts no items of a list."""
    return isinstance(record, Quantity) and record.unit in grammar("item_unit") \
        and _HAS_GOALS_OF.search(doc.view, max(0, record.start - TARGET_WINDOW), record.start) is not None


_CASE_ITEM = "เรื่อง"


@lexicon_cache
def _goal_word_before_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('phrase_words', role='target'))})(?:ไว้)?[ ]{{0,3}}\Z")


def _goal_word_counted(doc: Document, record: Quantity | Money) -> bool:
    """(rev34) "ตั้งเป้าหมาย 5 ด้าน ได้แก่…", "กำหนดเป้าหมายไว้ 4 ข้อ": a count of items (grammar.tsv item_unit) right after the
    goal word, nothing between, counts the goals; no goal of its own (main marked "5 ด้าน" a target: its subject is no goal
    word, so `_counts_goals` did not see it)."""
    # not เรื่อง: it counts cases too ("ตั้งเป้าหมายไว้ 1,200 เรื่อง" may be 1,200 complaints to settle)
    if not isinstance(record, Quantity) or record.unit not in grammar("item_unit") or record.unit == _CASE_ITEM:
        return False
    m = _goal_word_before_re().search(doc.view, max(0, record.start - 24), record.start)
    return m is not None and doc.is_boundary(m.start())


def _counts_goals(record: Quantity | Money) -> bool:
    """ "มีเป้าหมาย 3 ข้อ", "เป้าหมายสูงสุด 2 ประการ": a count of items whose subject is the goal word itself
    counts the goals; it is no goal of its own ("ตั้งเป้าหมายผลิตตำรา 20 เรื่อง" stays one: ตำรา is the goal)."""
    subject = getattr(record, "subject", None)
    return isinstance(record, Quantity) and record.unit in grammar("item_unit") and subject is not None \
        and subject.startswith(tuple(words("phrase_words", role="target")))


def _unit(record: Quantity | Money) -> str | None:
    """A quantity's unit, or a money record's currency."""
    return getattr(record, "unit", None) or getattr(record, "currency", None)


# The word ratios whose figures are counts of their own: "301 วัด จาก 360 แห่ง" holds 360 real temples. The figures of
# "เด็ก 3 ใน 10 คน" (ratio.in) and "1 ต่อ 4 คน" (ratio.per) are the terms of a proportion: no 10 children are counted (rev28)
PART_RATIO_RULES = ("ratio.from",)


def quantities_of(doc: Document) -> list[Record]:
    """The document's quantity and money records, extracted once a document: `extract()` runs this
    in place of the quantity extractor, so `ratio_parts` can take a ratio's parts from it."""
    cached = doc.__dict__.get("_quantities")
    if cached is None:
        from .extractors.quantities import extract_quantities

        cached = doc.__dict__["_quantities"] = extract_quantities(doc)
    return list(cached)


def ratio_parts(doc: Document, claimed: Sequence[Record]) -> list[Record]:
    """The quantities a ratio in words is made of ("301 วัด จากคำขอให้รับรองทั้งหมด 360 แห่ง" holds
    301 วัด and 360 แห่ง): records of their own beside the ratio, as the gold marks them. A slash
    ratio ("103/80 ราย") and a proportion ("3 ใน 10 คน") have no parts. Runs the quantity extractor again only when
    a ratio of parts exists."""
    spans = sorted((r.start, r.end) for r in claimed if getattr(r, "rule", "").startswith(PART_RATIO_RULES))
    if not spans:
        return []
    taken = {(r.start, r.end) for r in claimed}
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans starting so far
    out = []
    for q in quantities_of(doc):  # inside some span <=> a span starting at or before q reaches its end
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and q.end <= reach[i] and (q.start, q.end) not in taken:
            out.append(q)
    return out
