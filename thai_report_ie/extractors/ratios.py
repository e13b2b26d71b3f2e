"""Ratios: achieved/target "103/80 ราย", "3/3", and "x จาก y", "x ใน y", "x ต่อ y"; and a result set
against a target stated before it in the same sentence ("เป้าหมาย 14,000 ไร่ ผลการดำเนินงาน 13,696 ไร่",
`target_ratios`).

Never a ratio: dates (27/02/2567, found as dates), crop or fiscal years (2566/67), document,
order and address numbers (คำสั่งที่ 3858/2564, เลขที่ 12/3).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import cast

from .. import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from ..document import Document
from ..lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv, words
from ..linking import subject_before
from ..numerals import in_phone_number
from ..phrases import word_class
from ..records import Number, Ratio, Record
from .quantities import UnitMatch, is_label_before, per_before, unit_after, unit_kind

__all__ = ["extract_ratios", "percent_of", "target_ratios"]


@lexicon_cache
def _link() -> tuple[regex.Pattern, dict[str, str]]:
    """ "x จาก|ใน|ต่อ (ทั้งหมด) y" and each link word's kind (from, in, per)."""
    kinds = {r["word"]: r["value"] for r in load_tsv("grammar") if r["role"] == "ratio_link"}
    return regex.compile(rf"[ ]?(?P<word>{alternation(kinds)})(?P<whole>{grammar_re('ratio_filler')})?[ ]?"), kinds


@lexicon_cache
def _link_noun() -> tuple[regex.Pattern, dict[str, str]]:
    """ "x จาก<noun>[ทั้งหมด] y", "(จากกรอบวงเงิน y)", "x ต่อ<noun> y": a link word, then a noun
    phrase written without spaces or digits (at most MAX_LINK_NOUN characters), then y."""
    kinds = {r["word"]: r["value"] for r in load_tsv("grammar") if r["role"] == "ratio_link"}
    return regex.compile(
        rf"[ ]?\(?(?P<word>{alternation(kinds)})(?P<noun>[\u0E01-\u0E4E]{{1,{MAX_LINK_NOUN}}}?)"
        rf"(?P<whole>{grammar_re('ratio_filler')})?[ ]?"), kinds


@lexicon_cache
def _link_word_re() -> regex.Pattern:
    """Any link word: none between two figures means no ratio of them (a test before the rest)."""
    return regex.compile(alternation(w for w in _link()[1]))


MAX_LINK_NOUN = 40
NEVER_IN_ONE = 1  # "1 ใน 8": "one of", not a ratio


def _noun_link(doc: Document, pos: int, nxt_start: int):
    """(kind, noun text) when view[pos:nxt_start] is a link word with a noun phrase, else None."""
    link_re, kinds = _link_noun()
    m = link_re.fullmatch(doc.view, pos, nxt_start)
    if not m or not doc.is_boundary(m.start("noun")):
        return None
    return kinds[m["word"]], m["noun"], bool(m["whole"])


def percent_of(numerator, denominator) -> Fraction | None:
    """100 × numerator / denominator, exactly; None when the denominator is zero."""
    if not denominator:
        return None
    return Fraction(numerator) * 100 / Fraction(denominator)


@lexicon_cache
def _count_groups() -> dict[str, str]:
    return {r["word"]: r["value"] for r in load_tsv("phrase_words") if r["role"] == "count_group"}


_CLASSIFIER_WORD = regex.compile(r"[ ]?(?P<w>[\u0E01-\u0E4E]{1,12})")


def _grouped_classifier_after(doc: Document, pos: int):
    """A classifier the unit table lacks but data/phrase_words.tsv groups ("301 วัด จาก...")."""
    m = _CLASSIFIER_WORD.match(doc.view, pos)
    if not m or m["w"] not in _count_groups() or not doc.is_boundary(m.end()):
        return None
    return UnitMatch(m["w"], "classifier", None, Decimal(1), m.start("w"), m.end(), False)


RATIO_CUE_WINDOW = 40  # characters before x searched for อัตราส่วน/สัดส่วน


@lexicon_cache
def _phrase_words(role: str) -> frozenset[str]:
    from ..lexicon import words

    return words("phrase_words", role=role)


def _ratio_cue(doc: Document, pos: int) -> bool:
    lo = max(0, pos - RATIO_CUE_WINDOW)
    return any(w in doc.view[lo:pos] for w in _phrase_words("ratio_cue"))


_NEXT_WORD = regex.compile(r"[ ]?(?P<w>[\u0E01-\u0E4E]+)")
CHANGE_AFTER = "เป็น"  # "จาก 30 เท่า เป็น 60 เท่า": a change from y to something
CHANGE_REACH = 16  # characters after y searched for "เป็น <number>"
OLD = "เดิม"  # "(จากเดิม 20 จังหวัด เป็น 8 จังหวัด)": the old value, not a whole
OF = "ของ"  # "1 ใน 3 ของ...": a fraction; "1 ใน 3 โครงการ": one of three


ORDINAL = "ที่"


def _ordinal(before: list) -> bool:
    """ "จุดที่ 3", "บุตรคนที่ 2", "อันดับที่ 5": a classifier + ที่ right before the number."""
    from .quantities import _units

    last = before[-1].text
    if not last.endswith(ORDINAL):
        return False
    head = last[:-len(ORDINAL)] or (before[-2].text if len(before) > 1 else "")
    return head in _units()[0] or head in _phrase_words("rank") or any(
        head.endswith(u) for u in _phrase_words("ordinal_head"))


@lexicon_cache
def _change_after() -> regex.Pattern:
    """ "เป็น 60" right after y (not "คิดเป็น", a share word from percent_words.tsv)."""
    shares = [w[:-len(CHANGE_AFTER)] for w in words("percent_words", role="relation")
              if w.endswith(CHANGE_AFTER) and len(w) > len(CHANGE_AFTER)]
    not_after = "".join(f"(?<!{regex.escape(h)})" for h in shares)
    return regex.compile(rf"{not_after}{CHANGE_AFTER}[ ]?[0-9๐-๙]")


@lexicon_cache
def _ratio_words_res() -> tuple[regex.Pattern, regex.Pattern]:
    """ "[ใน|เมื่อ…] ปีก่อน…" right after y, and "ของ<scope>" right after "x ใน y" (data/ratio_words.tsv)."""
    earlier = rf"[ ]?(?:(?:{alternation(words('ratio_words', role='earlier_lead'))})[ ]?)?" \
              rf"(?:{alternation(words('ratio_words', role='earlier'))})"
    scope = rf"[ ]?{OF}[ ]?(?:{alternation(words('ratio_words', role='rank_scope'))})"
    return regex.compile(earlier), regex.compile(scope)


@lexicon_cache
def _levels() -> tuple[str, ...]:
    return tuple(sorted(words("ratio_words", role="level")))


def _earlier_after(doc: Document, end: int) -> bool:
    """ "1,200 ตัน จาก 1,500 ตัน ในปีก่อน": y is an earlier time's figure, x its new level."""
    return _ratio_words_res()[0].match(doc.view, end) is not None


def _rank_scope_after(doc: Document, end: int) -> bool:
    """ "อยู่ 1 ใน 10 ของโลก": one of the top ten in a place, no fraction."""
    m = _ratio_words_res()[1].match(doc.view, end)
    return m is not None and doc.is_boundary(m.end())


def _never(doc: Document, m, nxt, unit_b, kind: str, noun: str, *, whole: bool = False, unit_a=None) -> bool:
    """Never ratios: ranks and ordinals before x ("ติดอันดับ 1 ใน 30", "จุดที่ 3 จาก..."), "1 ใน N"
    followed by what it is one of, a change "จาก y เป็น z", an old value "จากเดิม y", "x จาก y" with
    an earlier time after y ("จาก 1,500 ตัน ในปีก่อน"; not after a whole word: "จากทั้งหมด 1,500 ครัวเรือน
    ของปีที่ผ่านมา" is a part of last year's whole), "x ใน y ของโลก" (a rank)."""
    before = [t for t in doc.tokens_before(m.start, 3) if t.kind != "space"]
    if before and (before[-1].text in _phrase_words("rank") or _ordinal(before)):
        return True
    # "Xที่ 12 จาก 30": an ordinal; "อยู่ที่ 45.2 จาก 48.0", "ระดับ 45.2 จากระดับ 48.0": a level and its old value
    if kind == "from" and (before and (before[-1].text.endswith(ORDINAL) or before[-1].text in _levels())
                           or noun.startswith(_levels())):
        return True
    end = unit_b.end if unit_b else nxt.end
    # "จาก 10 ล้านคนในปีก่อน": x's unit glued to the next word (คนใน), unread as y's: the earlier time after it
    glued = unit_b is None and unit_a is not None and doc.view.startswith(unit_a.word, end)
    earlier_at = end + len(unit_a.word) if glued else end
    after = _NEXT_WORD.match(doc.view, end)
    if kind == "in" and m.value == 1 and after and not after["w"].startswith(OF):
        return True
    if kind == "from" and (noun.startswith(OLD) or _change_after().search(doc.view, end, end + CHANGE_REACH)
                           or not whole and _earlier_after(doc, earlier_at)):
        return True
    if kind == "in" and _rank_scope_after(doc, end):
        return True
    return False


CODE_REACH = 40  # characters each side searched for another slash in the same run (bounded: linear time)
CODE_GLUE = "/-_.:"  # glued to x or y, makes "x/y" part of a code or an address: ชธ/ป3/1, 42-2565/800-2565
QUOTES_OPEN, QUOTES_CLOSE = "\"“‘'", "\"”’'"  # “80/20”: a quoted slogan or name, no count
_LATIN = regex.compile(r"[A-Za-z]")
_LEADING_ZERO = regex.compile(r"(?<![0-9๐-๙.,])[0๐][0-9๐-๙]")


def _glued_code(doc: Document, m) -> bool:
    """ "ชธ/ป3/1", "…/42-2565/800-2565-…": x/y inside a longer run with another slash or a code mark."""
    view = doc.view
    lo, hi = m.start, m.end
    while lo > max(0, m.start - CODE_REACH) and not view[lo - 1].isspace():
        lo -= 1
    while hi < min(len(view), m.end + CODE_REACH) and not view[hi].isspace():
        hi += 1
    if "/" in view[lo:m.start] or "/" in view[m.end:hi]:
        return True
    before, after = view[m.start - 1:m.start], view[m.end:m.end + 1]
    return bool(before and (before in CODE_GLUE or _LATIN.match(before) or before.isdigit())) \
        or bool(after and (after in CODE_GLUE.replace(".", "") or _LATIN.match(after)))


_OPEN_PAREN_GAP = regex.compile(r"[ ]?\([ ]?")


# a session's number and the Buddhist era's year in two digits (2540-2599), the view's digits ASCII
_SESSION_YEAR = regex.compile(r"[0-9]{1,3}[ ]?/[ ]?[4-9][0-9]")
SPLIT_LEAD_TOKENS = 8  # how far back (spaces count) a split word may open the phrase before "x/y" ("สัดส่วน|การ|ลงทุน|ภาครัฐ|ต่อ|เอกชน")


def _split_lead_before(doc: Document, pos: int) -> bool:
    """A split word (ratio_words split_lead: สัดส่วน, อัตราส่วน) among the last SPLIT_LEAD_TOKENS tokens before `pos`,
    inside the line and with no figure between (rev20: "แบ่งสัดส่วนผลประโยชน์ 60/40", not only "สัดส่วน 60/40")."""
    leads = words("ratio_words", role="split_lead")
    for t in reversed(doc.tokens_before(pos, SPLIT_LEAD_TOKENS)):
        if "\n" in t.text or t.kind == "number" or any(c.isdigit() for c in t.text):
            return False
        if t.kind == "word" and any(t.text.endswith(w) or t.text.startswith(w) for w in leads):
            return True
    return False


SESSION_TOKENS = 6  # how far back (spaces count) a meeting word may stand before "x/yy" ("ประชุม| |กบ|ส.| |2/67")
_SESSION_PREFIXES = ("การ", "ที่")  # "การประชุม", "ที่ประชุม": the segmenter keeps them one token


def _session_before(doc: Document, pos: int) -> bool:
    """A meeting word (ratio_words session_lead) opening one of the last SESSION_TOKENS tokens before `pos`, perhaps after
    การ/ที่, inside the line and with no figure or verb between: "มติที่ประชุม 3/67", "ประชุม กบส. 2/67"; not "ผู้เข้าประชุม
    45/50" (45 of 50 attendees), nor "ที่ประชุมมีผู้เห็นด้วย 45/60" (a vote: a verb says what the figure is of; rev30b)."""
    leads = words("ratio_words", role="session_lead")
    for t in reversed(doc.tokens_before(pos, SESSION_TOKENS)):
        if "\n" in t.text or t.kind == "number" or any(c.isdigit() for c in t.text):
            return False
        head = t.text
        for prefix in _SESSION_PREFIXES:
            head = head.removeprefix(prefix)
        if t.kind == "word" and any(head.startswith(w) for w in leads):
            return True
        if t.kind == "word" and word_class(t.text) == "V":
            return False
    return False


def _slash_never(doc: Document, m, unit, prev) -> bool:
    """Never a ratio though written x/y: part of a code, URL or address (ชธ/ป3/1), a fixed phrase
    (24/7, data/ratio_words.tsv), a pair beside a Latin word or unit ("100/100 Mbps", "BEARING
    116/18.7 NM"), a quoted slogan (“80/20”), a sub-number in brackets after a label's number
    ("มาตรา 27 (14/2)"), a figure with a leading zero ("ที่ นร 0723/130"), an ordinal or chapter
    number ("ขบวนที่ 903/904", "หมวด 7/1"), a split of a hundred ("สัดส่วน 60/40"), a rate's amount after X-ละ
    ("ครั้งละ 1/2 เม็ด": half a tablet)."""
    view = doc.view
    if _glued_code(doc, m) or m.text.replace(" ", "") in words("ratio_words", role="slash_phrase") \
            or _LEADING_ZERO.search(m.text):
        return True  # "ที่ นร 0723/130": a letter number; no count is written with a leading zero
    tokens = [t for t in doc.tokens_before(m.start, 3) if t.kind != "space"]
    if tokens and (_ordinal(tokens) or tokens[-1].text in words("ratio_words", role="slash_label")
                   or unit is None and tokens[-1].text.endswith(ORDINAL)):
        return True  # "ขบวนที่ 903/904", "หมวด 7/1": a number of a train, a chapter ("อยู่ที่ 103/80 ราย" counts)
    if unit is None and m.values[0] + m.values[1] == 100 and _split_lead_before(doc, m.start):
        return True  # "สัดส่วน 60/40", "สัดส่วนการลงทุนภาครัฐต่อเอกชน 60/40": a whole split 60 to 40, not 60 of 40 (150 %)
    if unit is None and _SESSION_YEAR.fullmatch(doc.view, m.start, m.end) \
            and _session_before(doc, m.start):
        return True  # "มติที่ประชุม 3/67", "ประชุม กบส. 2/67": a meeting's number and its year, no 3 of 67 (rev30)
    if per_before(doc, m.start)[0] is not None:
        return True  # "ครั้งละ 1/2 เม็ด", "ไร่ละ 1/2 กระสอบ": the amount of a rate, a fraction (half a tablet), no x of y
    before = view[max(0, m.start - 2):m.start].rstrip(" ")
    after = view[m.end:m.end + 2].lstrip(" ")
    if (before and _LATIN.match(before[-1]) or unit is None and after and _LATIN.match(after[0])):
        return True
    if before[-1:] and before[-1] in QUOTES_OPEN and after[:1] and after[0] in QUOTES_CLOSE:
        return True
    return prev is not None and _OPEN_PAREN_GAP.fullmatch(view[prev.end:m.start]) is not None \
        and is_label_before(doc, prev.start)


def _same_count(unit_a, unit_b) -> bool:
    """Two classifiers that count the same things (คน/ราย, แห่ง/วัด)."""
    groups = _count_groups()
    return unit_a.word in groups and groups.get(unit_a.word) == groups.get(unit_b.word)


def _is_ratio(num, den, unit_a, unit_b, kind: str, *, noun_between: bool, whole: bool = False,
              cue: bool = False) -> bool:
    """Two counts of one thing. Never: a change, a distribution ("30 แห่ง ใน 22 จังหวัด"), "1 ใน 8"
    (one of), a rate between measures; money only with a named whole ("จากกรอบวงเงิน")."""
    kinds = {u.kind for u in (unit_a, unit_b) if u is not None}
    same_unit = unit_a is None or unit_b is None or unit_a.word == unit_b.word
    if "time" in kinds or "measure" in kinds and kind != "from":
        return False
    if "currency" in kinds and not (noun_between and kind == "from" and kinds == {"currency"}
                                    and unit_a is not None and unit_b is not None):
        return False
    if kind == "in":  # "1 ใน 10 หน่วยงาน" is "one of ten", "1 ใน 3 ของ..." a third
        return same_unit and not noun_between and not (num == NEVER_IN_ONE and unit_b is not None) and num <= den
    if kind == "per":
        if unit_a is None and unit_b is None:
            return cue  # "อัตราส่วน ... 1 ต่อ 4"; else a phone extension (9020 ต่อ 3569) or a rate
        return unit_a is not None and unit_b is not None and kinds == {"classifier"} and (same_unit or noun_between)
    # from: a part of a whole
    if num > den or "measure" in kinds and not (noun_between or whole):
        return False  # "80 กม. จาก 120 กม.": a bare จาก between measures may be a change
    return same_unit or (noun_between and kinds == {"classifier"} and (whole or _same_count(unit_a, unit_b)))


def extract_ratios(doc: Document) -> list[Record]:
    out: list[Record] = []
    mentions = doc.numbers
    link_re, link_kinds = _link()
    link_word = _link_word_re()
    prev_end = 0
    k = 0
    while k < len(mentions):
        m = mentions[k]
        # numerator, denominator, unit, start, end, rule, the denominator's unit
        rec: tuple[Number, Number, UnitMatch | None, int, int, str, UnitMatch | None] | None = None
        pair = False
        if m.form == "ratio":
            num, den = m.values
            unit = unit_after(doc, m.end)
            end = unit.end if unit else m.end
            # "ขนาด 4/6 นิ้ว", "10/20 กม.", "500/1,000 บาท": a slash between measures, durations or amounts
            # writes a size, a km marker or two choices, not a part of a whole; only counts make a ratio
            if not _slash_never(doc, m, unit, mentions[k - 1] if k else None) \
                    and (unit is None or unit.kind == "classifier"):
                rec = (num, den, unit, m.start, end, "ratio.slash", None)
        elif m.form in ("number", "words") and m.value is not None and k + 1 < len(mentions) \
                and mentions[k + 1].form in ("number", "words") and mentions[k + 1].value \
                and link_word.search(doc.view, m.end, mentions[k + 1].start):
            # x [unit] จาก|ใน|ต่อ y [unit]: the link word lies between the two figures
            unit_a = unit_after(doc, m.end) or _grouped_classifier_after(doc, m.end)
            link = link_re.match(doc.view, unit_a.end if unit_a else m.end)
            nxt = mentions[k + 1]
            noun = None
            if link is None or link.end() != nxt.start:
                link = None
                noun = _noun_link(doc, unit_a.end if unit_a else m.end, nxt.start)
            # "โทร. 0 2273 9020 ต่อ 3569": an extension (asked only once a link word is there)
            if (link is not None or noun is not None) and not in_phone_number(doc.view, m.start):
                unit_b = unit_after(doc, nxt.end)
                if link is not None:
                    kind, whole = link_kinds[link["word"]], bool(link["whole"])  # จากทั้งหมด
                else:
                    assert noun is not None  # a link word or a noun link was found
                    kind, whole = noun[0], noun[2]  # จาก<noun>ทั้งหมด
                clause = {t.text for t in doc.tokens_before(m.start, 6) if t.start >= prev_end}
                if _is_ratio(m.value, nxt.value, unit_a, unit_b, kind, noun_between=noun is not None,
                             whole=whole, cue=_ratio_cue(doc, m.start)) \
                        and not (kind == "from" and clause & grammar("change")) \
                        and not _never(doc, m, nxt, unit_b, kind, noun[1] if noun is not None else "", whole=whole,
                                       unit_a=unit_a):
                    end = unit_b.end if unit_b else nxt.end
                    if "(" in doc.text[m.end:nxt.start] and doc.text.startswith(")", end):
                        end += 1  # "12,000 ล้านบาท (จากกรอบวงเงิน 20,000 ล้านบาท)": the whole parenthesis
                    rule = f"ratio.{kind}" + (".noun" if noun is not None else "")
                    # nxt.value: checked (as mentions[k + 1].value) above
                    rec, pair = (m.value, cast(Number, nxt.value), unit_a or unit_b, m.start, end, rule, unit_b), True
        if rec and is_label_before(doc, m.start):
            rec = None  # a label (ชั้น 3, คำสั่งที่ 3858/2564) is no ratio; asked only of a ratio found
        if rec:
            if pair:
                k += 1  # x จาก y: y is read too
            num, den, unit, start, end, rule, unit_b = rec
            subject = subject_before(doc, start, left_limit=prev_end)
            den_unit = unit_b.word if unit_b and unit and unit_b.word != unit.word else None
            out.append(Ratio(doc.text[start:end], start, end, numerator=num, denominator=den,
                             unit=unit.word if unit else None, subject=subject.text if subject else None,
                             computed_percent=percent_of(num, den), rule=rule, denominator_unit=den_unit))
            prev_end = end
        else:
            prev_end = max(prev_end, m.end)
        k += 1
    return out


TARGET_PAIR_REACH = 120  # characters from a target figure to the result set against it


@lexicon_cache
def _achieved_re() -> regex.Pattern:
    """A word saying the figure after it was reached (ดำเนินการได้, ผลการดำเนินงาน, แล้ว); not
    "แล้วเสร็จ" (to be finished: part of a goal)."""
    return regex.compile(rf"(?:{alternation(words('check_words', role='achieved'))})(?!เสร็จ)")


@lexicon_cache
def _earlier_re() -> regex.Pattern:
    """An earlier time (ปีก่อน, ปีที่ผ่านมา, เดือนที่แล้ว …: data/ratio_words.tsv, role earlier)."""
    return regex.compile(alternation(words("ratio_words", role="earlier")))


def target_ratios(doc: Document, quantities, money, ratios, *, dates=()) -> list[Ratio]:
    """achieved/target across clauses: a quantity marked `role: target` ("เป้าหมาย 154,000 คน"), then,
    in the same sentence and within TARGET_PAIR_REACH characters, after a word saying what was
    reached, the first quantity in the same unit that is no target itself ("ซึ่งดำเนินการได้ 162,705
    คน"): a ratio result/target spanning both, rule ratio.target. A goal's other figures may stand
    between ("เป้าหมาย 14,000 ไร่ 4,000 ราย ผลการดำเนินงาน 13,696 ไร่ 4,008 ราย" gives two ratios);
    a non-target figure in the same unit before the result word ends the search (it is the result,
    or something else, unstated), and so does a second target in the same unit (a result after it is
    that target's, not both), and any other figure before the result word but a duration makes
    the pair unsure ("เป้าหมาย ... 1,131 ราย ทุนทรัพย์ 121 ล้านบาท ... 33 ครั้งที่ผ่านมา ไกล่เกลี่ยสำเร็จ
    24,478 ราย": a result of other events), so no ratio; so does an earlier time between the two
    ("เป้าหมาย 500 ราย ขณะที่ปีก่อนทำได้ 430 ราย": another period's result; the earlier words of
    data/ratio_words.tsv, which keep "x จาก y ในปีก่อน" from being a ratio too). Never when the result
    already lies in a ratio, is a range or a rate, or is given with another unit. `dates`: a year written
    between the two that differs from the year written before the target ("ตั้งเป้าปี 2567 ไว้ 1,200 ตัน ขณะที่
    ปี 2566 ทำได้ 900 ตัน") makes the result another year's, so no ratio."""
    achieved, earlier = _achieved_re(), _earlier_re()
    in_ratio = _inside_any(ratios)
    qs = sorted((q for q in quantities if q.unit is not None), key=lambda q: q.start)
    others = sorted(f.start for f in (*quantities, *money)  # figures that make a pair unsure
                    if f.role != "target" and unit_kind(getattr(f, "unit", None)) != "time")
    named = words("check_words", role="target") | words("check_words", role="achieved")
    years = sorted((d.start, d.year_be) for d in dates if d.year_be is not None)
    out: list[Ratio] = []
    for i, target in enumerate(qs):
        if target.role != "target" or target.value is None or target.per is not None:
            continue
        for j in range(i + 1, len(qs)):  # not qs[i + 1:]: a copy of the rest for each target is quadratic
            result = qs[j]
            if result.start - target.end > TARGET_PAIR_REACH or "\n" in doc.text[target.end:result.start]:
                break
            if result.role == "target" and result.unit == target.unit:
                break  # "เป้าหมาย 300 คน และปี 2568 เป้าหมาย 450 คน ดำเนินการได้ 120 คน": the result is the later target's
            if result.role == "target" or result.unit != target.unit:
                continue
            said = achieved.search(doc.view, target.end, result.start)
            if said is None or not doc.is_boundary(said.start()) or result.value is None or result.per is not None \
                    or in_ratio(result.start) or bisect_left(others, said.start()) > bisect_left(others, target.end) \
                    or earlier.search(doc.view, target.end, result.start) \
                    or _another_year(doc, years, target, result.start):
                break  # "เป้าหมาย 500 ราย ขณะที่ปีก่อนทำได้ 430 ราย": an earlier period's result
            start, end = target.start, result.end
            # the goal's phrase names what both count; the result's is most often the act that reached
            # it ("ดำเนินการได้ 120 คน" → ดำเนินการ), so it is never taken; not เป้าหมาย itself either
            subject = target.subject if target.subject and not any(w in target.subject for w in named) else None
            out.append(Ratio(doc.text[start:end], start, end, numerator=result.value, denominator=target.value,
                             unit=target.unit, subject=subject,
                             computed_percent=percent_of(result.value, target.value), rule="ratio.target"))
            break
    return out


def _another_year(doc: Document, years: list[tuple[int, int]], target, result_start: int) -> bool:
    """A year written between a target and its result that differs from the year written before the
    target in its line ("ตั้งเป้าปี 2567 ไว้ 1,200 ตัน ขณะที่ปี 2566 ทำได้ 900 ตัน"), or two different years
    between: the result may be another year's."""
    k = bisect_left(years, (target.end, 0))
    between = {y for s, y in years[k:bisect_left(years, (result_start, 0))]}
    if not between:
        return False
    line_start = doc.text.rfind("\n", 0, target.start) + 1
    lo = bisect_left(years, (max(line_start, target.start - TARGET_PAIR_REACH), 0))
    before = [y for s, y in years[lo:bisect_left(years, (target.start, 0))]]
    return len(between) > 1 or bool(before) and between != {before[-1]}


def _inside_any(records) -> Callable[[int], bool]:
    """A test of whether a position lies inside one of `records` (start <= pos < end), answered by
    bisection over their starts and the furthest end up to each, not by a scan of every record."""
    spans = sorted((r.start, r.end) for r in records)
    starts = [s for s, _ in spans]
    furthest: list[int] = []
    for _, e in spans:
        furthest.append(max(e, furthest[-1]) if furthest else e)

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos)
        return k > 0 and furthest[k - 1] > pos
    return inside
