"""Percentages: "28.75%", "ร้อยละ 12.5", "12.5 เปอร์เซ็นต์", "ร้อยละห้าสิบ", ranges "ร้อยละ 80-90".

`relation` comes from the nearest relation word before the figure in the same clause
(เพิ่มขึ้น → increase, คิดเป็น → share, เกินเป้าหมาย → over_target, ...).
"""
from __future__ import annotations

import dataclasses
from typing import cast

from .. import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from ..document import Document
from ..lexicon import alternation, grammar_re, lexicon_cache, load_tsv, words
from ..linking import byline_end, only_a_time
from ..numerals import is_bare_multiplier
from ..percent_subjects import interest_rate_named, percent_subject, respective_figure_named, respectively_re
from ..phrases import _respective_list, read_respective, word_class
from ..records import Number, NumberMention, Percentage, Record
from ..relations import with_percent_relations
from ..subject_model import rerank
from .quantities import (bare_low, broken_figure, broken_range_after, broken_range_before, in_hashtag, is_label_before, open_low,
                         per_after, per_before, unit_after)

__all__ = ["extract_percentages", "relation_before"]

RELATION_WINDOW = 40  # characters before the figure searched for a relation word
MARGIN_REACH = 20  # characters before a percentage searched for a reference rate and a sign ("MOR/MLR + ")



@lexicon_cache
def _res():
    rows = load_tsv("percent_words")
    prefix = alternation(r["word"] for r in rows if r["role"] == "prefix")
    suffix = alternation(r["word"] for r in rows if r["role"] == "suffix")
    relations = {r["word"]: r["relation"] for r in rows if r["role"] == "relation"}
    return (
        regex.compile(rf"(?:{prefix})[ ]?\Z"),  # \Z: "ร้อยละ\n2563" (a table heading) is no prefix
        regex.compile(rf"[ ]?(?:{suffix})"),
        regex.compile(rf"(?:{alternation(relations)})", regex.V0),  # regex: finditer(overlapped=True)
        relations,
    )


@lexicon_cache
def _margin_re() -> regex.Pattern:
    """A reference rate (or several: "MOR/MLR") and a sign ending the text before a percentage."""
    rows = load_tsv("percent_subject_words")
    rate = alternation(r["word"] for r in rows if r["role"] == "reference_rate")
    sign = alternation(r["word"] for r in rows if r["role"] == "margin_sign")
    return regex.compile(rf"(?<![A-Za-z])(?:{rate})(?: ?/ ?(?:{rate}))* ?(?:{sign}) ?\Z")


def _margin(doc: Document, start: int) -> bool:
    """ "MRR-1.00% ต่อปี", "MOR/MLR + 0.75%", "MRR ลบ 0.50%": a margin over a bank's reference rate, not a rate
    (a loan at MRR-1.00% pays MRR less one point, not 1% a year) and not a percentage of anything: no record."""
    return _margin_re().search(doc.view, max(0, start - MARGIN_REACH), start) is not None


@lexicon_cache
def _list_gap_re() -> regex.Pattern:
    return regex.compile(rf"[ ]?(?:{grammar_re('list_joiner')})[ ]?")


def relation_before(doc: Document, pos: int, *, left_limit: int = 0) -> str | None:
    """The relation word nearest before `pos` (not crossing `left_limit`), mapped to its relation."""
    _, _, rel_re, relations = _res()
    lo = max(left_limit, pos - RELATION_WINDOW)
    best = None
    for m in rel_re.finditer(doc.view, lo, pos, overlapped=True):
        if doc.is_boundary(m.start()) and (best is None or m.start() > best.start()
                                           or (m.start() == best.start() and len(m.group()) > len(best.group()))):
            best = m
    return relations[best.group()] if best else None


RESPECTIVELY_REACH = 60  # characters after a listed percentage in which ตามลำดับ makes the list respective
MEASURE_GAP = 2  # spaces between a measure named once and the first figure of a respectively list


def _shared_subject(doc: Document, out: list[Percentage], start: int, end: int, rule: str) -> str | None:
    """ "มีความลาดชัน 9.5% และ 9.6%": a percentage written right after another, joined by และ/หรือ/a
    comma, shares its subject; not in a "respectively" list ("ร้อยละ 103 ร้อยละ 116 และร้อยละ 101
    ตามลำดับ", pct.list), whose items differ, nor when a verb follows it on its line ("…มีสัดส่วนสูงถึง 82% และ
    80.6% ให้ความสำคัญกับ…": it opens a clause of its own, a share of those who act)."""
    if rule == "pct.list" or not out or not out[-1].subject \
            or respectively_re().search(doc.view, start, start + RESPECTIVELY_REACH) or _verb_after(doc, end):
        return None
    return out[-1].subject if _list_gap_re().fullmatch(doc.view, out[-1].end, start) else None


def _verb_after(doc: Document, end: int) -> bool:
    """True when the first word after the figure, a space or none between on its line, is a verb that is no
    change word (a predicate of its own: "80.6% ให้ความสำคัญกับ…"); not "เพิ่มขึ้น", "ต่อปี", "ในบางจุด"."""
    word = next((t for t in doc.tokens_after(end, 2) if t.kind != "space"), None)
    if word is None or word.kind != "word" or "\n" in doc.view[end:word.start] or word.start - end > 1:
        return False
    return word_class(word.text) == "V" and word.text not in _change_words()


@lexicon_cache
def _change_words() -> frozenset[str]:
    return words("percent_subject_words", role="change") | words("percent_subject_words", role="complete")


def _respective_measure(doc: Document, out: list[Percentage], start: int) -> str | None:
    """ "มีความลาดชัน 9.5% และ 9.6% ตามลำดับ": in a respectively list whose items are not named (the
    reader found no item for this figure, nor for the one before), the figures measure the same
    thing: the subject of the figure before."""
    prev = out[-1] if out else None
    if prev is None or not prev.subject or not _list_gap_re().fullmatch(doc.view, prev.end, start) \
            or not respectively_re().search(doc.view, start, start + RESPECTIVELY_REACH) \
            or read_respective(doc, prev.start) is not None:
        return None
    named = doc.view.rfind(prev.subject, max(0, prev.start - len(prev.subject) - MEASURE_GAP), prev.start)
    if named < 0 or doc.view[named + len(prev.subject):prev.start].strip(" "):
        return None  # the thing measured must be named right before the first figure ("มีความลาดชัน 9.5%")
    return prev.subject


def _spaced_run(doc: Document, prev: Percentage, m: NumberMention) -> bool:
    """ "ขยายตัวร้อยละ 104.0 41.4 34.8 และ 15.0 ตามลำดับ": a bare decimal written one space after a
    percentage, in a run of figures closed by ตามลำดับ, is a percent too. Decimals only, each with no
    unit and the run joined by spaces and list words alone (`_respective_list`): "ร้อยละ 5 2 ราย" and
    "ร้อยละ 10 2566" are no such run."""
    if doc.view[prev.end:m.start] != " " or m.form != "number" or "." not in m.text \
            or "." not in prev.text or unit_after(doc, m.end) is not None:
        return False
    run = _respective_list(doc, m.start)
    return run is not None and run[2] <= prev.start


_LAST_ITEM = regex.compile(r"(?:\S[ \xa0]*,|\S[ \xa0]+และ|\S[ \xa0]+หรือ)[ \xa0]*\Z")


def _last_listed(doc: Document, subject: str | None, listed: tuple[int, int, int]) -> bool:
    """True when the reader's phrase for a figure of a respectively list that is not its last figure is
    the last item of a list written before it ("จีน และอินเดีย ขยายตัวร้อยละ 35.1 28.0 และ 27.5
    ตามลำดับ"): that item is the last figure's, and which item is this figure's was not found."""
    k, n, first = listed
    if subject is None or k == n - 1:
        return False
    at = doc.view.rfind(subject, max(0, first - RESPECTIVE_READ), first)
    return at > 0 and _LAST_ITEM.search(doc.view, max(0, at - 12), at) is not None


RESPECTIVE_READ = 200  # characters before a respectively list searched for the phrase the reader found
PERIOD_LIST_REACH = 80  # characters before a respectively list searched for the periods it follows
PREDICATE_CHARS = 40  # characters of predicate ("มีแนวโน้มขยายตัวสูงขึ้นที่") between the periods and the figures
_PERIODS = regex.compile(r"(?:ใน)?(?:ปี|ไตรมาสที่|ไตรมาส)[ ]?(\d{1,4})((?:[ ]?(?:,|และ|-|ถึง)[ ]?(?:ปี[ ]?)?\d{1,4})+)")
_PERIOD_SEP = regex.compile(r"[ ]?(,|และ|-|ถึง)[ ]?(?:ปี[ ]?)?(\d{1,4})")


def _measured_over_periods(doc: Document, listed: tuple[int, int, int], out: list[Percentage]) -> str | None:
    """ "มูลค่าการส่งออกของไทยในปี 2564 และ 2565 มีแนวโน้มขยายตัวที่ร้อยละ 10.0 และ 6.3 ตามลำดับ": the
    items a respectively list follows are periods (years, quarters), as many as its figures, so
    every figure measures the one thing named before the periods. None unless the periods stand
    right before the list's predicate (no figure, no line break between) and number exactly its
    figures; a dash or ถึง between two periods counts every period it spans ("ไตรมาสที่ 1-3")."""
    _, n, first = listed
    lo = max(0, first - PERIOD_LIST_REACH)
    found = None
    for m in _PERIODS.finditer(doc.view, lo, first):
        found = m
    if found is None or first - found.end() > PREDICATE_CHARS or not doc.is_boundary(found.start()):
        return None
    gap = doc.view[found.end():first]
    if "\n" in gap or any(c.isdigit() for c in gap):
        return None
    count, last = 1, int(found.group(1))
    for sep in _PERIOD_SEP.finditer(found.group(2)):
        value = int(sep.group(2))
        if sep.group(1) in ("-", "ถึง"):
            if not 0 < value - last < n:
                return None
            count += value - last
        else:
            count += 1
        last = value
    if count != n:
        return None
    # the last percentage before the periods (`out` is in text order)
    limit = max(byline_end(doc), next((r.end for r in reversed(out) if r.end <= found.start()), 0))
    subject = percent_subject(doc, found.start(), found.start(), left_limit=limit)
    at = doc.view.rfind(subject, max(0, found.start() - RESPECTIVE_READ), found.start()) if subject else -1
    if at > 0 and _LAST_ITEM.search(doc.view, max(0, at - 12), at) is not None:
        return None  # "ยอดส่งออกอาหาร และเครื่องดื่มในไตรมาสที่ 1 และ 2": the phrase's last part, not what is measured (rev18)
    return subject


def _items_between(doc: Document, subject: str, first: int) -> bool:
    """A list of items (และ, หรือ, a comma) stands between the reader's subject of a respectively list's first figure and
    that figure ("การส่งออกไปญี่ปุ่นและจีนขยายตัวร้อยละ 4.2 และ 3.6 ตามลำดับ": the figures are the items', which the
    items' reader did not split), or the subject is not found close before."""
    at = doc.view.rfind(subject, max(0, first - RESPECTIVE_READ), first)
    if at < 0 or _ITEM_JOIN.search(doc.view, at + len(subject), first) is not None:
        return True
    # "มีผู้ลงทะเบียน 8,500 ราย และผู้ผ่านการอบรม 6,200 ราย ขณะที่ความพึงพอใจอยู่ที่ร้อยละ 92 และ 88 ตามลำดับ": counted
    # figures on the line before may be the list's items (rev20)
    line = doc.view.rfind("\n", max(0, at - ITEM_FIGURE_CHARS), at)
    for m in doc.numbers_between(line + 1 if line >= 0 else max(0, at - ITEM_FIGURE_CHARS), at):
        unit = unit_after(doc, m.end) if m.form != "percent" else None
        if unit is not None and unit.kind != "time":
            return True
    return False


ITEM_FIGURE_CHARS = 120  # characters before a list's subject searched for counted figures that may be its items


_ITEM_JOIN = regex.compile(r"และ|หรือ|,")
_SIBLING_JOIN = regex.compile(r"[ ]*(?:และ|,)[ ]*(?:ร้อยละ[ ]?)?")  # between two figures of one respectively list
_TO = regex.compile(r"[ ]{0,3}(?:จน)?ถึง[ ]{0,3}")  # up to three spaces, as dates' joins: "ระหว่าง 1  ถึง  3%" (rev23b);
# จนถึง as ถึง: "ร้อยละ 10 จนถึงร้อยละ 20" (rev25: main read two percents, the top one a percent of its own)
_TO_OR_DASH = regex.compile(r"[ ]?(?:(?:จน)?ถึง|[-–])[ ]?")


# the view's digits are ASCII; "ร้อยละ 45.\n5 ของ…": a decimal broken at the line's end (not "ร้อยละ 45.\n5. …", a list's
# next item, nor "45.\n5)")
_CUT_AT_COMMA = regex.compile(r",[0-9]|\.[ \t\r]*\n[ \t]*[0-9]{1,2}(?![0-9.)])")  # "45.\r\n5" too
_FIGURE_FORMS = ("number", "words")  # "ร้อยละสองจุดห้าถึงสามจุดห้า" as "ร้อยละ 2.5 ถึง 3.5" (v19)


def _upper_bound(doc: Document, k: int, suffix_re: regex.Pattern) -> NumberMention | None:
    """ "ช่วงคาดการณ์ที่ร้อยละ 1.8 ถึง 2.8)": the bare figure after ร้อยละ X and ถึง, higher than X and
    followed by no unit and no percent word, is the top of a range of percents (the mention), else
    None. Without it the record read the range as its low end alone. "ร้อยละ 10 ถึง 20 ปี" (a unit
    after) and "ร้อยละ 5 ถึง 10%" (a percent of its own) are no such range."""
    nxt = _figure_after(doc, k, _TO)
    if nxt is None or not cast(Number, nxt.value) > cast(Number, doc.numbers[k].value) \
            or _year_top(cast(Number, doc.numbers[k].value), cast(Number, nxt.value)):
        return None
    if not doc.is_boundary(nxt.end) or suffix_re.match(doc.view, nxt.end) or unit_after(doc, nxt.end) is not None:
        return None
    return nxt


# after a percent: a word of points, so the figure is a difference of percentage points, no percent of anything;
# จุด only as a word of its own ("ร้อยละ 0.3 จุด", not "ร้อยละ 80 จุดตรวจ")
_POINTS_AFTER = regex.compile(r"[ ]?(?:พอยต์|พอยท์|พ้อยท์|พ้อยต์|พอยน์ท์|จุด(?![\u0E01-\u0E4E])|(?i:percentage[ ]points?|ppts?|pp)(?![A-Za-z]))")


def _negative(r: Percentage) -> bool:
    return (r.value is not None and r.value < 0) or (r.range is not None and r.range[0] < 0)


def _year_top(low: Number, high: Number) -> bool:
    """ "ร้อยละ 45 - 2568", "ร้อยละ 45 ถึง 2568": a percent up to 100, then a whole four-digit figure that is a year
    (Buddhist 2400-2700, Common era 1900-2100): no range of percents (rev25: main read 45 to 2568)."""
    return low <= 100 and isinstance(high, int) and (1900 <= high <= 2100 or 2400 <= high <= 2700)


def _figure_after(doc: Document, k: int, link: regex.Pattern) -> NumberMention | None:
    """The mention right after mention k and `link` (ถึง, a dash), when both are figures with a value; else None."""
    mentions = doc.numbers
    m = mentions[k]
    g = link.match(doc.view, m.end)
    if g is None or k + 1 >= len(mentions) or m.form not in _FIGURE_FORMS or m.value is None:
        return None
    nxt = mentions[k + 1]
    return nxt if nxt.start == g.end() and nxt.form in _FIGURE_FORMS and nxt.value is not None else None


def _lower_bound(doc: Document, k: int, out: list[Percentage]) -> NumberMention | None:
    """ "อัตราครองเตียงว่าง 20 ถึง 24%", "ขยายตัว 2.5 ถึง 3.0 เปอร์เซ็นต์": the bare figure right before ถึง and this
    percent, lower than it and no record's, is the bottom of a range of percents (the mention), else None. Without
    it the record read the range as its top alone. Not a year's or a label's number ("ปี 2566 ถึง 5%", "โควิด 19
    ถึง 78%": `quantities.open_low`), nor a percent of its own ("ร้อยละ 5 ถึง 10%": two records)."""
    mentions = doc.numbers
    m = mentions[k]
    if k == 0 or m.value is None:
        return None
    low = mentions[k - 1]
    if low.form != "number" or low.value is None or not low.value < m.value:
        return None
    # a decimal or negative low is no year's nor label's number: "ขยายตัวที่ 1.0 ถึง 2.0%", "-1.0 - 0.5%" (the
    # numerals read no range over a negative low); read alone the top would be the range's top as the value
    fractional = "." in low.text or low.value < 0
    if (_TO_OR_DASH if fractional else _TO).fullmatch(doc.view, low.end, m.start) is None \
            or (out and out[-1].end > low.start):
        return None
    if fractional:  # still no label's number: "ตามมาตรา 3.2 - 5% ของรายได้" is no range of 3.2 to 5% (rev21)
        return None if is_label_before(doc, low.start) else low
    return low if open_low(doc, low) or _range_opened(doc, low) else None


_TOLERANCE_BEFORE = regex.compile(r"[0-9๐-๙][ ]?(?:±|\+/-|\+-)[ ]?\Z")


def _bare_top(doc: Document, k: int, out: list[Percentage]) -> bool:
    """The percent at mention k tops "A ถึง B%" whose low A no reading takes (`_lower_bound`: a range, `_from_low`: the
    old level of "ขยายตัวจาก 2 ถึง 3%", give none): a plain figure lower than B, no record's, no label's, year's or
    name's number (`quantities.bare_low`), as quantities drop "ผู้ป่วย 10 ถึง 20 ราย"."""
    top = doc.numbers[k].value
    if k == 0 or top is None:
        return False
    low = doc.numbers[k - 1]
    if _TO.fullmatch(doc.view, low.end, doc.numbers[k].start) is None or (out and out[-1].end > low.start) \
            or low.value is None or not low.value < top:
        return False
    return bare_low(doc, low) and _lower_bound(doc, k, out) is None and _from_low(doc, k, out) is None


@lexicon_cache
def _range_open_re() -> regex.Pattern:
    return regex.compile(rf"(?:{grammar_re('range_open')})[ ]?\Z")


def _range_opened(doc: Document, low: NumberMention) -> bool:
    """ "อัตราภาษีระหว่าง 2 ถึง 3%", "ตั้งแต่ 2 ถึง 3%", "อยู่ในช่วงจาก 2 ถึง 3%": a word that opens a range right
    before the low figure (grammar range_open) makes it the range's low, as quantities read "ระหว่าง 5 ถึง 10 ราย"
    (v22; before, 3% alone: the range's top as the value). Not a year's or a label's number; after a change word
    จาก is `_from_a_level`'s."""
    if low.form != "number" or low.value is None or is_label_before(doc, low.start) \
            or (_FOUR_DIGITS.fullmatch(doc.view, low.start, low.end) is not None):
        return False
    return _range_open_re().search(doc.view, max(0, low.start - 10), low.start) is not None \
        and not _from_a_level(doc, low.start)


_FOUR_DIGITS = regex.compile(r"[0-9]{4}")


def _falling_opened(doc: Document, k: int) -> bool:
    """ "ระหว่าง 10 ถึง 3%": a word that opens a range, a bare figure, ถึง and this lower percent: a range written
    falling (a slip for 3 to 10, or 10 to 13): no reading is sure, so no record, as for money (rev23)."""
    mentions = doc.numbers
    if k == 0 or mentions[k].value is None:
        return False
    low = mentions[k - 1]
    return low.form == "number" and low.value is not None and low.value > cast(Number, mentions[k].value) \
        and _TO.fullmatch(doc.view, low.end, mentions[k].start) is not None \
        and _range_open_re().search(doc.view, max(0, low.start - 10), low.start) is not None \
        and not is_label_before(doc, low.start)


# between two percents of a range: ถึง or a dash, then ร้อยละ again or not ("10% ถึง 15%", "ร้อยละ 10 ถึงร้อยละ 15")
_PERCENT_TO = regex.compile(r"[ ]?(?:(?:จน)?ถึง|[-–])[ ]?(?P<prefix>ร้อยละ[ ]?)?")
# "เพิ่มขึ้นจากร้อยละ 1 ถึงร้อยละ 2": from one level to another as likely as a range: two records, as before; so too
# "จากเดิมร้อยละ 1", "จากระดับร้อยละ 60", "จากที่ร้อยละ 30" (rev22: each read a range of the old and the new level)
_FROM_AFTER_WORDS = r"จาก[ ]?(?:เดิม[ ]?)?(?:ที่[ ]?)?(?:ระดับ[ ]?)?(?:(?:ประมาณ|ราว(?:[ ]?ๆ)?)[ ]?)?"
_FROM_BEFORE = regex.compile(_FROM_AFTER_WORDS + r"\Z")
FROM_REACH = 24  # characters before a percent searched for _FROM_BEFORE
_CHAIN_AFTER = regex.compile(r"[ ]?(?:(?:จน)?ถึง|[-–])[ ]?(?:ร้อยละ[ ]?)?[0-9]")


@lexicon_cache
def _from_level_re() -> regex.Pattern:
    """A change word (percent_words relation increase/decrease, grammar change), a few letters of what changes, จาก."""
    changes = {r["word"] for r in load_tsv("percent_words") if r.get("relation") in ("increase", "decrease")} \
        | words("grammar", role="change")
    # จาก and the words that may stand between it and the old level ("ขยายตัวจากประมาณ 2 ถึง 3%": rev23)
    return regex.compile(rf"(?:{alternation(changes)})[\u0E01-\u0E4E]{{0,20}}[ ]?{_FROM_AFTER_WORDS}\Z")


def _from_a_level(doc: Document, pos: int) -> bool:
    """ "ขยายตัวจาก 2% ถึง 3%", "ปรับลดอัตราดอกเบี้ยจากร้อยละ 6 ถึง 5": after a change word, จาก A ถึง B is a change of
    the level from A to B as likely as a change of A to B percent (v22). Either reading makes the other's record
    wrong (a range [2, 3] increase, or 3% alone as the change), so each figure is a percent of its own, no range and
    no relation: what the text writes under both readings. Without a change word ("อยู่ในช่วงจาก 1 ถึง 3%") จาก opens
    a range, as before."""
    return _from_level_re().search(doc.view, max(0, pos - 40), pos) is not None


_AT_LEVEL = regex.compile(r"ที่[ ]?(?:ระดับ[ ]?)?\Z")
_RATES = ("อัตรา", "ดอกเบี้ย")  # a rate whose own level is a percent


def _rate_at_level(doc: Document, pos: int, subject: str | None) -> bool:
    """ "ดอกเบี้ยต่ำลงที่ร้อยละ 12 ต่อปี", "อัตราว่างงานลดลงที่ระดับร้อยละ 1.2": a change word, then ที่ (at) right
    before the figure of a rate that is itself a percent: the level the rate reached, no change of 12 points (v22's
    draw). A growth written so stays a change: "การส่งออกขยายตัวที่ร้อยละ 10.0" grew by 10%."""
    return subject is not None and subject.startswith(_RATES) \
        and _AT_LEVEL.search(doc.view, max(0, pos - 12), pos) is not None


def _from_top(doc: Document, k: int) -> NumberMention | None:
    """ "ขยายตัวจากร้อยละ 2 ถึง 3": the bare figure after ร้อยละ A and ถึง (or a dash), no unit after it, is the
    level the change reaches: a percent of its own (the mention), higher or lower than A; else None."""
    nxt = _figure_after(doc, k, _TO_OR_DASH)
    if nxt is None or nxt.rule.endswith(".mult") or not doc.is_boundary(nxt.end) \
            or unit_after(doc, nxt.end) is not None or _CHAIN_AFTER.match(doc.view, nxt.end):
        return None
    return nxt


def _from_low(doc: Document, k: int, out: list[Percentage]) -> NumberMention | None:
    """ "ขยายตัวจาก 2 ถึง 3%": the bare figure right after จาก (and a change word) and before ถึง or a dash and this
    percent is the level the change starts from: a percent of its own (the mention); else None."""
    mentions = doc.numbers
    m = mentions[k]
    if k == 0 or m.value is None:
        return None
    low = mentions[k - 1]
    if low.form not in _FIGURE_FORMS or low.value is None or low.rule.endswith(".mult") \
            or _TO_OR_DASH.fullmatch(doc.view, low.end, m.start) is None or (out and out[-1].end > low.start):
        return None
    return low if _from_a_level(doc, low.start) else None


def _percent_top(doc: Document, k: int, end: int, suffix_re: regex.Pattern) -> tuple[NumberMention, int] | None:
    """ "10% ถึง 15%", "10% - 15%", "ร้อยละ 10 ถึงร้อยละ 15", "5 เปอร์เซ็นต์ ถึง 8 เปอร์เซ็นต์": a percent right after
    this one (ending at `end`) and ถึง or a dash, higher than it, is the top of one range of percents, as "10-15%" is
    (v21; before, two records). (the top's mention, the range's end) or None. Not a chain ("5% - 10% - 15%"), nor a
    lower second figure ("ร้อยละ 15 ถึงร้อยละ 10")."""
    mentions = doc.numbers
    m = mentions[k]
    g = _PERCENT_TO.match(doc.view, end)
    if g is None or k + 1 >= len(mentions) or m.form not in ("percent", *_FIGURE_FORMS) or m.value is None:
        return None
    nxt = mentions[k + 1]
    if nxt.start != g.end() or nxt.value is None or not nxt.value > m.value or nxt.rule.endswith(".mult"):
        return None
    if nxt.form == "percent":
        top_end = nxt.end
    elif nxt.form in _FIGURE_FORMS and (suf := suffix_re.match(doc.view, nxt.end)) is not None \
            and (doc.is_boundary(suf.end()) or suf.group().strip() == "%"):
        top_end = suf.end()
    elif nxt.form in _FIGURE_FORMS and g["prefix"] and doc.is_boundary(nxt.end) and unit_after(doc, nxt.end) is None:
        top_end = nxt.end
    else:
        return None
    if g["prefix"] is None and nxt.form != "percent" and m.form != "percent" and suffix_re.match(doc.view, m.end) is None:
        return None  # "ร้อยละ 10 - 15 เปอร์เซ็นต์" reads as `_upper_bound`'s; here both figures carry their percent
    if _CHAIN_AFTER.match(doc.view, top_end):
        return None
    return nxt, top_end


_RATE = "อัตรา"


def _rate_glued(doc: Document, pos: int) -> bool:
    """ "ในอัตราร้อยละ 50 ของค่าจ้าง": the word splitter keeps อัตราร้อยละ as one token, so the percent word starts inside
    it; อัตรา (a rate) glued before it still leaves a percent (main read no record; rev29)."""
    return doc.view.endswith(_RATE, max(0, pos - len(_RATE)), pos) and doc.is_boundary(pos - len(_RATE))


def extract_percentages(doc: Document) -> list[Record]:
    prefix_re, suffix_re, _, _ = _res()
    out: list[Percentage] = []
    prev_end = byline_end(doc)  # no subject reads into a page byline (linking.byline_end)
    skip_until = -1
    last_items: dict[int, str | None] = {}  # a respectively list's first figure -> the last item before it
    list_subjects: dict[int, str] = {}  # a respectively list's first figure -> the reader's subject of it (no items)
    # starts of percents that are levels, no change: "จาก A ถึง B" after a change word, a rate's level after ที่
    from_to: set[int] = set()
    limits: list[int] = []  # the left limit before each mention, to take back when a bare low opens a range
    for k, m in enumerate(doc.numbers):
        limits.append(prev_end)
        if m.start < skip_until:
            continue
        start, end, rule = m.start, m.end, ""
        if m.form == "percent":
            rule = "pct.sign"
        elif m.form in ("number", "words", "range"):
            pre = prefix_re.search(doc.view, max(0, m.start - 8), m.start)
            suf = suffix_re.match(doc.view, m.end)
            if pre and (doc.is_boundary(pre.start()) or _rate_glued(doc, pre.start())):
                start, rule = pre.start(), "pct.prefix"
                if suf and suf.group().strip() == "%":
                    end = suf.end()
            elif suf and (doc.is_boundary(suf.end()) or suf.group().strip() == "%"):
                end, rule = suf.end(), "pct.suffix"
        if not rule and out and m.form in ("number", "words") and respectively_re().search(doc.view, m.end, m.end + 60) \
                and (_list_gap_re().fullmatch(doc.view, out[-1].end, m.start) or _spaced_run(doc, out[-1], m)) \
                and unit_after(doc, m.end) is None:
            rule = "pct.list"  # "ร้อยละ 52.6 และ 31.7 ตามลำดับ": the second figure is a percent too; not one with a
            # unit of its own ("ร้อยละ 12 และ 15 ราย ตามลำดับ": 15 ราย is a count; rev29)
        if rule and (is_bare_multiplier(m) or m.rule.endswith(".mult") or m.form == "words" and "ล้าน" in m.text):
            rule = ""  # "ร้อยละ" over "ล้านบาท" in a table header, "ร้อยละ 20 - 30 ล้านบาท": a million is no percent
        if rule and in_hashtag(doc.view, start):
            rule = ""  # "#ลดโลกร้อน100%": a figure inside a hashtag is a slogan's, as for quantities
        if rule and _CUT_AT_COMMA.match(doc.view, m.end):
            rule = ""  # "ร้อยละ 3,5": no thousands group (a decimal comma, or two figures): 3 is not what is written;
            # "ร้อยละ 45.\n5": a decimal broken by a line end
        if rule and broken_range_after(doc, m.end):
            rule = ""  # "ร้อยละ 2.5 -\n3.5": a range broken by a line end; its low alone is not the figure
        if rule and (broken_figure(doc, m) or broken_range_before(doc, m)):
            rule = ""  # "เพิ่มขึ้น 45.\n5%", "10 -\n15%": the decimals or a range's top alone on the new line
        if rule and m.form == "range" and is_label_before(doc, m.start):
            rule = ""  # "ตามมาตรา 3.2 - 5% ของรายได้": a section's number is no range's low (rev21)
        if rule and _POINTS_AFTER.match(doc.view, end):
            rule = ""  # "ลดลง 0.5 เปอร์เซ็นต์พอยต์", "เพิ่มขึ้นร้อยละ 0.3 จุด": percentage points, no percent (rev25)
        if rule and m.form == "range" and _year_top(m.values[0], m.values[1]):
            rule = ""  # "ร้อยละ 45 - 2568": a percent, then a year; no range of 45 to 2568 (rev25)
        if rule and _margin(doc, start):
            rule = ""  # "MRR-1.00% ต่อปี": a margin over a reference rate is no rate of 1%
        if rule in ("pct.sign", "pct.suffix") and _falling_opened(doc, k):
            rule = ""  # "อัตราภาษีระหว่าง 10 ถึง 3%": a range that falls; 3% alone is neither reading (rev23)
        if rule in ("pct.sign", "pct.suffix") and _TOLERANCE_BEFORE.search(doc.view, max(0, start - 8), start):
            rule = ""  # "3±0.5%", "3.0 +/- 0.5%": the margin around a figure, not a percent of its own (rev28)
        if rule in ("pct.sign", "pct.suffix") and m.form != "range" and _bare_top(doc, k, out):
            rule = ""  # "5 ถึง 10 เปอร์เซ็นต์": 5-10% or "as many as 10%", not written which; 10% alone overstates (rev28)
        if not rule:
            prev_end = max(prev_end, m.end)
            continue
        value, rng = m.value, None
        if m.form == "range":  # a range mention's two bounds
            value, rng = None, (m.values[0], m.values[1])
        from_level = m.form != "range" and _from_a_level(doc, start)
        # "จากเดิมร้อยละ 1 ถึงร้อยละ 2", "จากร้อยละ 10 ถึง 15": จาก right before opens two levels, not a range (rev22)
        from_before = rule == "pct.prefix" and _FROM_BEFORE.search(doc.view, max(0, start - FROM_REACH), start) is not None
        from_low = _from_low(doc, k, out) if rule in ("pct.sign", "pct.suffix") and m.form != "range" else None
        from_top = _from_top(doc, k) if (from_level or from_before) and rule == "pct.prefix" and end == m.end else None
        top = _upper_bound(doc, k, suffix_re) if rule == "pct.prefix" and end == m.end and not from_level \
            and not from_before else None
        if top is not None:  # _upper_bound checked that both values are there
            value, rng, end = None, (cast(Number, m.value), cast(Number, top.value)), top.end
            skip_until = top.end
        if from_top is not None:
            skip_until = from_top.end
        low = _lower_bound(doc, k, out) if rule in ("pct.sign", "pct.suffix") and rng is None and from_low is None \
            else None
        if low is not None:  # _lower_bound checked that both values are there
            value, rng, start = None, (cast(Number, low.value), cast(Number, m.value)), low.start
            # "เตียงสำหรับผู้ป่วยสีเขียวว่าง 20 ถึง 24%": the low, read as no record, set the limit past itself
            prev_end = min(prev_end, limits[k - 1])
        both = _percent_top(doc, k, end, suffix_re) \
            if rng is None and not (out and _TO_OR_DASH.fullmatch(doc.view, out[-1].end, start)) \
            and not _FROM_BEFORE.search(doc.view, max(0, start - FROM_REACH), start) else None
        if both is not None:  # "10% ถึง 15%": one range (v21)
            value, rng, end = None, (cast(Number, m.value), cast(Number, both[0].value)), both[1]
            skip_until = both[1]
        shared = _shared_subject(doc, out, start, end, rule)
        per, end = per_after(doc, end)  # "ร้อยละ 3 ต่อปี": per ปี
        if per is None:
            per, _ = per_before(doc, start)  # "ปันผลวันละ 7-15%", "ดอกเบี้ยปีละ 3%": per วัน, ปี
        # percent_subjects.py: the reader's phrase, changes, measures, objects, a phrase after the figure
        subject = percent_subject(doc, start, end, left_limit=prev_end, previous=out[-1] if out else None) \
            if shared is None else None
        if subject is None and shared is None:
            subject = _respective_measure(doc, out, start) or interest_rate_named(doc, start, end, per)
        listed = _respective_list(doc, start) if shared is None else None
        if listed is not None:
            item = read_respective(doc, start)  # "ตลาดญี่ปุ่น และตลาดจีน ขยายตัวร้อยละ 5.1 และ 3.2 ตามลำดับ"
            subject = item.text if item is not None else subject
            over = respective_figure_named(doc, listed) if item is None else None
            subject = over if over is not None else subject  # "จำนวน N หน่วย และมูลค่า M ล้านบาท ซึ่งเพิ่มขึ้น…ร้อยละ a และ b ตามลำดับ"
            if item is None and subject is None:  # "อัตราเงินเฟ้อในปี 2564 และ 2565 อยู่ที่ร้อยละ 1.2 และ 1.0 ตามลำดับ"
                subject = _measured_over_periods(doc, listed, out)
            elif item is None and _last_listed(doc, subject, listed):
                last_items[listed[2]] = subject  # "ตลาดสหรัฐฯ จีน และอินเดีย ขยายตัวร้อยละ 35.1 28.0 และ
                subject = None  # 27.5 ตามลำดับ": อินเดีย is the last figure's, not the first's
            if item is None and subject is None and listed[0] == listed[1] - 1:
                subject = last_items.get(listed[2])
            if item is None and over is None and subject is not None and listed[0] == 0 \
                    and not _items_between(doc, subject, start):
                list_subjects[listed[2]] = subject
            elif item is None and subject is None and listed[0] > 0 and out and out[-1].start >= listed[2] \
                    and _SIBLING_JOIN.fullmatch(doc.view, out[-1].end, start):
                # "…ต่อเนื่องจากไตรมาสที่ 1-2 ที่ร้อยละ 2.3 และ 2.5 ตามลำดับ": a list with no items of its own shares
                # the subject the reader gave its first figure
                subject = list_subjects.get(listed[2])
        if only_a_time(subject):
            subject = None  # "ปัจจุบัน 2.5%": a time alone measures nothing
        relation = relation_before(doc, start, left_limit=prev_end)
        if from_level or from_low is not None or _rate_at_level(doc, start, shared or subject):
            from_to.add(start)
        if from_low is not None:  # "ขยายตัวจาก 2 ถึง 3%": 2 is a percent of its own, the level changed from
            from_to.add(from_low.start)
            out.append(Percentage(doc.text[from_low.start:from_low.end], from_low.start, from_low.end,
                                  value=from_low.value, subject=shared or subject, rule="pct.from_to"))
        out.append(Percentage(doc.text[start:end], start, end, value=value, range=rng, per=per,
                              relation=relation, subject=shared or subject, rule=rule))
        if from_top is not None:  # "ขยายตัวจากร้อยละ 2 ถึง 3": 3 is ร้อยละ 3, the level reached
            from_to.add(from_top.start)
            top_per, top_end = per_after(doc, from_top.end)
            out.append(Percentage(doc.text[from_top.start:top_end], from_top.start, top_end, value=from_top.value,
                                  per=top_per, subject=shared or subject, rule="pct.from_to"))
            end = top_end
        prev_end = end
    out = rerank(doc, out)  # subject_model.py: the learned re-ranker, only where sure (shipped off)
    related = with_percent_relations(doc, out)  # relations.py: share/change/target from the words around
    # "ขยายตัวร้อยละ -1.5", "การส่งออกขยายตัว -1.5%": a growth written negative is a fall, no increase; the signed
    # value says it, so no relation (rev25: main read increase)
    related = [dataclasses.replace(r, relation=None)
               if isinstance(r, Percentage) and r.relation == "increase" and _negative(r) else r for r in related]
    if not from_to:
        return related
    # "ปรับลดอัตราดอกเบี้ยจากร้อยละ 6 ถึง 5": no change relation for either level (`_from_a_level`), nor for a
    # rate's level after ที่ (`_rate_at_level`)
    return [dataclasses.replace(r, relation=None)
            if isinstance(r, Percentage) and r.start in from_to and r.relation in ("increase", "decrease") else r
            for r in related]  # a share stays: "เพิ่มขึ้นจากร้อยละ 9 ของงบประมาณ … เป็นร้อยละ 20" is 9% of the budget
