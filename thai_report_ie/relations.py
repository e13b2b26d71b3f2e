"""Relations: what a percentage, amount or count says about other figures, from the words around it.

A percentage is a `share` of a whole ("คิดเป็นร้อยละ 40", "ร้อยละ 40 ของ..."), a change over time
(`increase`/`decrease`: "เพิ่มขึ้นร้อยละ 5", "ขยายตัวร้อยละ 3 จากช่วงเดียวกันของปีก่อน"), or a
result against a target (`over_target`/`under_target`). A quantity or money figure carries
`increase`/`decrease` when it states a change ("ลดลง 20 คน", "เพิ่มขึ้น 3 เท่า"); a figure after a
change word and เป็น/เหลือ is the new level, not the change ("เพิ่มขึ้นเป็น 500 คน"), and has none.

The checks decide growth against share from this field, never from which numbers happen to fit.
Words live in data/relation_words.tsv.
"""
from __future__ import annotations

import bisect
import dataclasses
from fractions import Fraction
from typing import TYPE_CHECKING, Sequence, TypedDict, cast

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .document import Document
from .lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv, longest_first
from .records import Money, Percentage, Quantity, Record

_OPEN_BRACKET = regex.compile(r"[ ]?\([ ]?")  # compiled once (no cache look-up a call)

__all__ = ["change_relation", "with_change_relations", "with_percent_relations"]

BEFORE_WINDOW = 40  # characters before a figure searched for its relation word
AFTER_WINDOW = 40  # characters after a percent searched for a comparison with an earlier time
CLAUSE_REACH = 100  # characters back, within the clause, for a change word behind "คิดเป็น"
LIST_GAP = 60  # at most this between two percents of one list ("ร้อยละ 87 สำหรับจีน และร้อยละ 147")
FILLER_GAP = 14  # at most this between a change word and the quantity it changes by
CHANGES = ("increase", "decrease")
TARGETS = ("over_target", "under_target")
FIGURE_RELATIONS = (*CHANGES, *TARGETS)  # what an amount or count may state
# a wrapped line or spaces between (rev24b); ปรับ or ปรับตัว between: "ราคาไม่ได้ปรับเพิ่มขึ้น 5 บาท", "ไม่ปรับลด 5 บาท"
# (rev25: main read increase, decrease)
# (rev35) ไม่มีการ too: "ไม่มีการเพิ่มขึ้น 10 ราย", "ไม่มีการปรับเพิ่มขึ้น 10 บาท" (main: increase)
# (rev35b) แทนที่จะ ("instead of") too: "แทนที่จะเพิ่มขึ้น 10 ราย กลับลดลง 5 ราย" (rev35's leftover: increase)
_NEGATION_BEFORE = regex.compile(r"(?:ไม่(?:ได้|ใช่|มีการ)?|มิได้|แทนที่จะ)\s{0,3}(?:ปรับ(?:ตัว)?[ ]?)?\Z")


def _negated(doc: Document, m: regex.Match) -> bool:
    """A comparison with a target or plan, or a change word, right after ไม่, ไม่ได้, ไม่ใช่ or มิได้ ("ไม่ต่ำกว่าเป้าหมาย",
    "ไม่ได้ช้ากว่ากำหนด", "มิได้ต่ำกว่าเป้าหมาย", "ไม่ได้เพิ่มขึ้นร้อยละ 5"): it says what the result is not, so no
    relation (rev24; ไม่ใช่, มิได้, a wrapped line or spaces between, and change words: rev24b)."""
    return _NEGATION_BEFORE.search(doc.view, max(0, m.start() - 20), m.start()) is not None \
        or _NO_SUCH_BEFORE.search(doc.view, max(0, m.start() - 40), m.start()) is not None \
        or _NO_REPORT_BEFORE.search(doc.view, max(0, m.start() - 48), m.start()) is not None


def _bare_none_negates(doc: Document, m: regex.Match, start: int) -> bool:
    """rev37's bare ไม่มี before the change word `m` of the figure at `start` (see `_BARE_NONE_BEFORE`), but not for a
    count of those who have none (rev37b): a count of people, households or areas (phrase_words person_unit, household,
    area_unit) whose denied noun is no such bearer, "ไม่มีไฟฟ้าใช้ลดลง 20 หมู่บ้าน", "แรงงาน ไม่มีงานทำเพิ่มขึ้น 10,000 คน" (the
    villages without power fell by 20; rev37 read no relation). "ไม่มีผู้ป่วยเพิ่มขึ้น 10 ราย" (a people head under the
    denial), "ไม่มีหมู่บ้านเพิ่มขึ้น 5 หมู่บ้าน", "ไม่มีรถเมล์เพิ่มขึ้น 20 คัน", a percentage or an amount stay negated."""
    d = _BARE_NONE_BEFORE.search(doc.view, max(0, m.start() - 48), m.start())
    if d is None:
        return False
    from .phrases import _unit_of_number_at  # (phrases reads the quantities extractor, which imports this module)
    unit = _unit_of_number_at(doc, start)
    if unit is None or unit.word not in _bearer_units():
        return True
    denied = doc.view[d.start() + len(_NONE_OF):d.end()]
    # an act or a quality denied (การ, ความ: "ไม่มีการจ้างงานเพิ่มขึ้น 10,000 คน") is no thing the people lack: negated
    if denied.startswith((unit.word, "การ", "ความ")) or _people_head_re().search(denied) is not None:
        return True
    # (rev37c) those without something only when the text says so: the thing lacked and what it is for ("ไม่มีไฟฟ้าใช้",
    # "ไม่มีงานทำ", "ไม่มีที่ดินทำกิน"), or the bearers named right before ("ผู้ว่างงานและไม่มีรายได้"); a bare noun may be
    # what is counted, "ไม่มีอาสาสมัครเพิ่มขึ้น 20 คน", "ไม่มีกำลังพลเพิ่มขึ้น 20 นาย" (no such rise: rev37b read increase)
    # (rev37d) the bearers joined to ไม่มี by และ/หรือ only, one phrase of those counted ("ผู้ว่างงานและไม่มีรายได้"): after ยัง,
    # ก็, แต่ … the bearers are a clause's subject and the noun lacked what rises ("ชาวบ้านยังไม่มีอาสาสมัครเพิ่มขึ้น 20 คน",
    # "ทหารยังไม่มีกำลังเสริมเพิ่มขึ้น 200 นาย": no such rise; rev37c read increase)
    bearer = _WORD_BEFORE_NONE.search(doc.view, max(0, d.start() - 30), d.start())
    if bearer is not None and not bearer.group().rstrip().endswith(_BEARER_JOINS):
        bearer = None
    return _LACKED_FOR.search(denied) is None \
        and (bearer is None or _people_head_re().search(bearer.group()) is None
             and not any(u in bearer.group() for u in _bearer_units()))


_BEARER_JOINS = ("และ", "หรือ")


# (rev37d) not after a verb of coming or going: "ไม่มีอาสาสมัครมาทำเพิ่มขึ้น 20 คน", "ไม่มีแรงงานเข้ามาอยู่…" — the one
# coming does it, no thing lacked for use (rev37c read increase)
_LACKED_FOR = regex.compile(r"(?<!มา|ไป|มาทำ|ไปทำ)(?:ใช้|ทำ|ทำกิน|กิน|ดื่ม|อยู่|อาศัย|เรียน)\Z")  # "ไม่มีไฟฟ้าใช้": lacking it for use (rev37c)
_WORD_BEFORE_NONE = regex.compile(r"\S+[ ]?\Z")


_NONE_OF = "ไม่มี"


@lexicon_cache
def _bearer_units() -> frozenset[str]:
    return frozenset(r["word"] for r in load_tsv("phrase_words") if r["role"] in ("person_unit", "household", "area_unit"))


@lexicon_cache
def _people_head_re() -> regex.Pattern:
    return regex.compile(alternation(r["word"] for r in load_tsv("phrase_words") if r["role"] == "people_head"))


# (rev37) "ไม่มีงบประมาณเพิ่มขึ้น 5 ล้านบาท", "ไม่มีผู้ป่วยเพิ่มขึ้น 10 ราย": a bare ไม่มี opening its clause (after a space,
# the text's start, ยัง, แต่, และ, ก็, จึง or นี้), a noun glued on, then the change word: no such rise (main read increase).
# Not glued after another word ("คนไม่มีงานทำเพิ่มขึ้น 10,000 คน": the jobless rose), nor across แต่/ขณะที่/ทำให้/ส่งผล
# (rev37b) also after ที่ผ่านมา, ปัจจุบัน, ล่าสุด ("ที่ผ่านมาไม่มีผู้ป่วยเพิ่มขึ้น 10 ราย": rev37 read increase); not across ว่า, a
# reported clause ("ไม่มีใครคาดว่ายอดขายจะเพิ่มขึ้นร้อยละ 20": the rise is said; rev37 read none), but ว่าง, ว่าจ้าง, ว่าการ
# (rev37c) only after a doubt (ข้อสงสัย, ข้อกังขา: "ไม่มีข้อสงสัยว่ารายได้เพิ่มขึ้นร้อยละ 5", doubt denied, the rise said); no
# sign, evidence, data, trend or one expecting it ("ไม่มีสัญญาณว่ายอดขายจะลดลงร้อยละ 5", "ไม่มีหลักฐานว่าราคาเพิ่มขึ้นร้อยละ 10",
# "ไม่มีใครคาดว่ายอดขายจะเพิ่มขึ้นร้อยละ 20") says the change happened: the denial reaches over ว่า (rev37b read the change)
_BARE_NONE_BEFORE = regex.compile(r"(?:(?<!\S)|(?<=ยัง|แต่|และ|ก็|จึง|นี้|ที่ผ่านมา|ปัจจุบัน|ล่าสุด))ไม่มี(?!แค่|เพียง|เฉพาะ)"
                                  r"(?:(?!แต่(?!ง)|ขณะที่|ทำให้|ส่งผล|(?<=สงสัย|กังขา)ว่า(?!ง|จ้าง|ราชการ|การ))[^\s0-9]){1,30}\Z")


# (rev36) "ไม่มีรายงานผู้ป่วยรายใหม่เพิ่มขึ้น 10 ราย", "ไม่มีการรายงานผู้ป่วยเพิ่มขึ้น 10 ราย" (rev35b's leftover): no report of such a
# rise, so no relation; not inside a relative clause ("ผู้ที่ไม่มีรายงานตัวเพิ่มขึ้น 10 ราย": those who did not report in rose)
# (rev36b) nor across แต่ or ขณะที่ glued on ("ไม่มีรายงานผู้เสียชีวิตแต่ผู้ป่วยเพิ่มขึ้น 10 ราย": the rise is said; rev36 dropped it)
_NO_REPORT_BEFORE = regex.compile(r"(?<!ที่)(?<!ซึ่ง)(?<!ผู้)(?:ยัง)?ไม่มี(?:การ)?รายงาน(?!ตัว)(?:(?!แต่(?!ง)|ขณะที่)[^\s0-9]){0,30}\Z")


# "ไม่ได้มีผู้ติดเชื้อเพิ่มขึ้น 10 ราย": ไม่ได้มี/มิได้มี and a noun glued on before the change word says no such thing
# rose, so no relation (rev26); not inside a relative clause ("ผู้ที่ไม่ได้มีงานทำเพิ่มขึ้น 10 ราย": the jobless rose),
# nor ไม่มี alone (rev25: "ผู้ที่ไม่มีงานทำเพิ่มขึ้น")
# nor "ไม่ได้มีแค่/เพียง/เฉพาะ …" ("รายได้ไม่ได้มีแค่ยอดขายที่เพิ่มขึ้น 10%": not only that, the rise stands; rev26b)
_NO_SUCH_BEFORE = regex.compile(r"(?<!ที่)(?<!ซึ่ง)(?<!ผู้)(?:ไม่ได้|มิได้)มี(?!แค่|เพียง|เฉพาะ)[^\s0-9]{1,30}\Z")


@lexicon_cache
def _table() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in load_tsv("relation_words"):
        out.setdefault(r["role"], {})[r["word"]] = r["relation"]
    out["before"].update(out.get("before_whole", {}))  # read as before words, only as whole tokens
    return out


def _at_word(doc: Document, m: regex.Match) -> bool:
    """A relation word found at a token boundary; a before_whole word ends at one too ("GDP โต 3.5%", not
    the โต of "ตลาดหุ้นโตเกียว")."""
    return doc.is_boundary(m.start()) and not _other_word(doc, m) \
        and (m.group() not in _table().get("before_whole", {}) or doc.is_boundary(m.end()) and not _size_of_bearer(doc, m))


def _other_word(doc: Document, m: regex.Match) -> bool:
    """A relation word that a glued ending makes into another word (role before_not: ลด|หย่อน, "ลดหย่อนภาษีร้อยละ 30"
    is a tax allowance of 30%, no cut of anything over time)."""
    return bool(_before_not_re().match(doc.view, m.end()))


@lexicon_cache
def _before_not_re() -> regex.Pattern:
    return regex.compile(alternation(frozenset(_table().get("before_not", {}))) or r"(?!)")


_SIZE_WORD = "โต"
_PERCENT_NEXT = regex.compile(r"[ ]?(?:ร้อยละ|[0-9][0-9,]*(?:\.[0-9]+)?[ ]?(?:%|เปอร์เซ็นต์))")


def _size_of_bearer(doc: Document, m: regex.Match) -> bool:
    """ "ปลาโต 2 กิโลกรัม", "ปลานิลตัวโต 2 กิโลกรัม": a bare โต right after a token naming a living thing or its body
    (role size_bearer, whole tokens: not ลูกค้า, ต้นทุน, โครงการ) is that thing's size, not a growth (v23);
    "ยอดขายโต 20 ล้านบาท" stays an increase."""
    if m.group() != _SIZE_WORD or _PERCENT_NEXT.match(doc.view, m.end()):
        return False  # "การส่งออกกุ้งโต 12%": no size is a percent, the export grows (rev24)
    before = doc.tokens_before(m.start(), limit=2)
    if not before or before[-1].end != m.start():
        return False
    bearers = _table().get("size_bearer", {})
    # the segmenter cuts some names the list holds whole: "ปลา|นิล", "กุ้ง|ขาว"
    return before[-1].text in bearers or len(before) == 2 and before[0].end == before[1].start \
        and before[0].text + before[1].text in bearers


if TYPE_CHECKING:  # "before" is always `regex`'s pattern (V0), for finditer(overlapped=True)
    _Patterns = TypedDict("_Patterns", {"before": regex.RegexPattern, "level": regex.Pattern, "whole": regex.Pattern,
                                        "compare": regex.Pattern, "filler": regex.Pattern, "joiner": regex.Pattern,
                                        "break": regex.Pattern})


@lexicon_cache
def _bound_fillers() -> list[str]:
    """A bound written with ไม่ (qualifiers.tsv: ไม่เกิน, ไม่ต่ำกว่า, ไม่ถึง …) or อย่างน้อย may stand between a change word
    and its figure: "ราคาน้ำมันเพิ่มขึ้นไม่เกิน 5 บาท" rises by at most 5 (m27). Not สูงสุด/ต่ำสุด: "เพิ่มขึ้นสูงสุด 50 ล้านบาท
    ต่อราย จากเดิม 15 ล้านบาท" names the new level."""
    return [r["word"] for r in load_tsv("qualifiers") if r["position"] == "before"
            and r["qualifier"] in ("at_most", "at_least", "less_than")
            and (r["word"].startswith("ไม่") or r["word"] == "อย่างน้อย")]


@lexicon_cache
def _res() -> _Patterns:
    t = _table()
    return {
        "before": cast("regex.RegexPattern", regex.compile(alternation(t["before"]), regex.V0)),  # regex: finditer(overlapped=True)
        "level": regex.compile(rf"[ ]?(?:{alternation(t['level'])})"),
        "whole": regex.compile(rf"[ ]?(?:{alternation(t['whole'])})"),
        "compare": regex.compile(alternation(t["compare"])),
        "filler": regex.compile(rf"^(?:[ ]?(?:{alternation([*t['filler'], *_bound_fillers()])}))*[ ]?$"),
        "joiner": regex.compile(rf"^[^\n]*(?:{grammar_re('list_joiner')})[ ]?$|^[ ]*$"),
        "break": regex.compile(rf"\n|{grammar_re('clause_break')}"),
    }


def _prev_number_end(doc: Document, pos: int) -> int:
    """Where the number before `pos` ends (0 when none): a relation word never reaches past it."""
    nums = doc.numbers
    i = bisect.bisect_left(doc._number_starts, pos) - 1
    return nums[i].end if i >= 0 else 0


def _word_before(doc: Document, pos: int, left: int) -> regex.Match | None:
    """The relation word nearest before `pos` (the longest at a tie), on a token boundary."""
    best = None
    for m in _res()["before"].finditer(doc.view, max(left, pos - BEFORE_WINDOW), pos, overlapped=True):
        if not _at_word(doc, m):
            continue
        if best is None or m.start() > best.start() or (m.start() == best.start() and m.end() > best.end()):
            best = m
    return best


def change_relation(doc: Document, start: int, end: int | None = None) -> str | None:
    """increase/decrease when a change word stands right before the figure at `start`
    ("ลดลง 20 คน", "เพิ่มขึ้นอีก 3 เท่า"), over_target/under_target after "สูงกว่าเป้าหมายถึง";
    None for a level ("เพิ่มขึ้นเป็น 500 คน") or no such word."""
    left = max(_prev_number_end(doc, start), start - FILLER_GAP - 12)
    m = _word_before(doc, start, left)
    if m is None:
        return _change_from_base(doc, start) or _change_from_year(doc, start, end) \
            or _verb_then_direction(doc, _each_start(doc, start), act_ok=False)
    relation = _table()["before"][m.group()]
    if relation in FIGURE_RELATIONS and (_negated(doc, m) or _bare_none_negates(doc, m, start)):
        return None  # "โครงการไม่ได้ช้ากว่ากำหนด 30 วัน": not behind, the text states no result against the plan
    if relation in CHANGES and _both_ways(doc, m, relation):
        return None  # "เพิ่มขึ้น/ลดลง 20 ราย": a column of either direction, the figure's own not said (rev35)
    each = _each_start(doc, start)
    gap = doc.view[m.end():each]
    if relation in FIGURE_RELATIONS and each != start and _TO_EACH.search(gap):
        return _change_from_base(doc, start)  # "เพิ่มขึ้นถึงกิโลกรัมละ 200 บาท": up to a price, a level (rev22)
    if relation not in FIGURE_RELATIONS or not _res()["filler"].match(gap):
        return _change_from_base(doc, start) or _verb_then_direction(doc, each, act_ok=False)
    return relation


# (rev35) a change word of the other direction joined to the one before a figure: "เพิ่มขึ้น/ลดลง 20 ราย", "เพิ่ม-ลด 20
# ราย", "เพิ่มขึ้นหรือลดลง 20 ราย", "ลดลง (เพิ่มขึ้น) 20 ราย" (a table's column of either sign; main read decrease)
_CLOSED_AFTER = regex.compile(r"[ ]?\)")
_EITHER_JOIN = regex.compile(r"[ ]?(?:/|-|–|และ|หรือ|\()[ ]?\Z")


def _both_ways(doc: Document, m: regex.Match, relation: str) -> bool:
    j = _EITHER_JOIN.search(doc.view, max(0, m.start() - 6), m.start())
    if j is None:
        return False
    if "(" in j.group() and not _CLOSED_AFTER.match(doc.view, m.end()):
        return False  # (rev35b) "ราคาลดลง (เพิ่มขึ้น 2 บาท ในเดือนก่อน)": a bracket of its own says its rise; rev35 read none
    for w in _res()["before"].finditer(doc.view, max(0, j.start() - 12), j.start(), overlapped=True):
        if w.end() == j.start() and _table()["before"].get(w.group()) in CHANGES \
                and _table()["before"][w.group()] != relation:
            return True
    return False


_TO_EACH = regex.compile(r"ถึง[ ]?\Z")  # ถึง right before the unit a figure is per: the level reached


def _each_start(doc: Document, start: int) -> int:
    """Where the unit the figure at `start` is per begins ("ลดลง|ลิตรละ 50 สตางค์": a cut of 50 สตางค์ a litre, the
    change word before the per), else `start`."""
    from .extractors.quantities import per_before  # quantities imports this module

    per, per_start = per_before(doc, start)
    return per_start if per is not None else start


BASE_REACH = 48  # characters before a figure searched for "<change word> จาก <base>"
_FROM = "จาก"  # the word every _BASE match holds
_BASE = regex.compile(r"[ ]?จาก(?!เดิม)[^0-9\n]{0,30}?(?:ก่อนหน้า|ก่อน|ที่แล้ว|ที่ผ่านมา|ปัจจุบัน)")


YEAR_BASE_REACH = 48  # characters before a figure searched for "<change word> จากปี <year>"
_YEAR_BASE = regex.compile(r"จาก[ ]?(?:ปี(?:งบประมาณ)?|ช่วงเดียวกันของปี)[ ]?(?:(?:พ\.ศ\.|ค\.ศ\.)[ ]?)?[0-9]{4}(?![0-9])")


def _change_from_year(doc: Document, start: int, end: int | None = None) -> str | None:
    """ "ยอดขายเพิ่มขึ้นจากปี 2565 ร้อยละ 8.1", "ผู้ป่วยลดลงจากปี พ.ศ. 2565 จำนวน 300 ราย": a change word, จาก and the year it
    is measured against, then the figure over filler words only: the size of the change (the year, a number, keeps
    the change word out of the other readers' reach). Not "…จากปี 2565 ที่ร้อยละ 8.1" (the old level) nor "…เป็น 300 ราย",
    nor a figure (ending at `end`) followed by its new level ("…จากปี 2565 จำนวน 300 ราย เป็น 450 ราย")."""
    base = None
    for base in _YEAR_BASE.finditer(doc.view, max(0, start - YEAR_BASE_REACH), start):
        pass  # the last one before the figure
    if base is None or not _res()["filler"].match(doc.view[base.end():start]):
        return None
    if end is not None and _TO_LEVEL_AFTER.match(doc.view, end, min(len(doc.view), end + OLD_LEVEL_REACH)):
        return None  # "เพิ่มขึ้นจากปี 2565 จำนวน 300 ราย เป็น 450 ราย": the year's own level, then the new (rev21)
    left = max(_prev_number_end(doc, base.start()), base.start() - FILLER_GAP - 12)
    m = _word_before(doc, base.start(), left)
    if m is None or _table()["before"][m.group()] not in CHANGES or doc.view[m.end():base.start()].strip(" "):
        return None
    return _table()["before"][m.group()]


def _change_from_base(doc: Document, start: int) -> str | None:
    """ "ลดลงจากปีก่อน 0.11 ล้านตัน", "เพิ่มขึ้นจากช่วงเดียวกันของปีก่อน 1.79 ล้านไร่": a change word, จาก and the
    time it is measured against (…ก่อน, ที่แล้ว, ที่ผ่านมา, ปัจจุบัน), then the figure over filler words only: the
    size of the change. Not จากเดิม (the old value may follow), nor "…ก่อนหน้าที่ 50.8 จุด" (the old level)."""
    left = max(_prev_number_end(doc, start), start - BASE_REACH)
    if doc.view.find(_FROM, left, start) < 0:
        return None  # _BASE needs its จาก before the figure: skip the scan of change words (most figures; s27)
    for m in _res()["before"].finditer(doc.view, left, start, overlapped=True):
        relation = _table()["before"][m.group()]
        if relation not in CHANGES or not _at_word(doc, m):
            continue
        base = _BASE.match(doc.view, m.end(), start)
        if base is not None and _res()["filler"].match(doc.view[base.end():start]):
            return relation
    return None


def _out_of_reach(doc: Document, m: regex.Match, pos: int) -> bool:
    """The relation word `m` speaks of something else than the figure at `pos`: it stands inside brackets closed
    before the figure ("สินเชื่อบ้าน (พร้อมขอกู้เพิ่ม) อัตราดอกเบี้ยต่ำคงที่ 3.50%"), or on an earlier line with words
    other than fillers between ("…ปรับตัวเพิ่มขึ้น⏎นอกจากนั้น SMEs ส่วนใหญ่ 69.84%"; "เพิ่มขึ้น⏎ร้อยละ 5" stays)."""
    gap = doc.view[m.end():pos]
    close = gap.find(")")
    if close >= 0 and "(" not in gap[:close]:
        return True
    return "\n" in gap and not _res()["filler"].match(gap.replace("\n", " ").strip())


_TARGET_ASIDE = regex.compile(r"\((?P<inside>[^()\n]{1,40})\)[ ]?\Z")  # "(เป้าหมาย 10%) " right before a figure


def _change_before_target_aside(doc: Document, pos: int) -> str | None:
    """ "ยอดส่งออกขยายตัว (เป้าหมาย 10%) 12%": brackets holding a target (เป้า…) and its figure stand between a change
    word (fillers and spaces between) and the figure at `pos`, fillers after them: the figure is the change's size and
    the bracket its target, so the change word's relation (lo24). None when no change word stands right before the
    brackets, or the brackets hold no target ("ลดลง (จาก 10%) 8%": an old level, two readings)."""
    aside = _TARGET_ASIDE.search(doc.view, max(0, pos - 44), pos)
    if aside is None or not _TARGET_BETWEEN.match(aside.group("inside").lstrip(" ")):
        return None
    opened = aside.start()
    m = _word_before(doc, opened, _prev_number_end(doc, opened))
    if m is None or _table()["before"][m.group()] not in CHANGES or not _res()["filler"].match(doc.view[m.end():opened]):
        return None
    return _table()["before"][m.group()]


def _percent_relation(doc: Document, p: Percentage, prev: Percentage | None, prev_rel: str | None) -> str | None:
    res, table = _res(), _table()["before"]
    left = _prev_number_end(doc, p.start)
    m = _word_before(doc, p.start, left)
    if m is not None and _out_of_reach(doc, m, p.start):
        m = None
    if m is None:
        aside = _change_before_target_aside(doc, p.start)
        if aside is not None:
            return aside  # "ยอดส่งออกขยายตัว (เป้าหมาย 10%) 12%": the change, its target set aside in brackets
    whole_after = res["whole"].match(doc.view, p.end)
    compare_after = res["compare"].search(doc.view, p.end, p.end + AFTER_WINDOW)
    if compare_after and res["break"].search(doc.view, p.end, compare_after.start()):
        compare_after = None
    if m is not None:
        relation = table[m.group()]
        if relation in FIGURE_RELATIONS and (_negated(doc, m) or _bare_none_negates(doc, m, p.start)):
            return None  # "ยอดขายไม่ต่ำกว่าเป้าหมาย ร้อยละ 5", "ยอดขายไม่ได้เพิ่มขึ้นร้อยละ 5": at least the target, no result under it (rev24)
        if relation in CHANGES and _both_ways(doc, m, relation):
            return None  # "เพิ่มขึ้น/ลดลงร้อยละ 5": either direction (rev35)
        if relation in CHANGES and (named := _MEASURE_NAMED.search(doc.view, max(0, m.start() - 12), m.start())) \
                and m.group() in ("ลด", "เพิ่ม") and " " in doc.view[m.end():p.start] \
                and (whole_after or _WORD_AFTER_SPACE.search(doc.view, m.end(), p.start)
                     or _POLL_AFTER.match(doc.view, p.end)
                     or _poll_before(doc, named.start(), prev, p)):
            # (rev36c) "นโยบายลดค่าไฟฟ้า ของรัฐบาล ประชาชนร้อยละ 85 เห็นด้วย": the change verb names a policy; the figure
            # a space and another word on is a poll's share, not the cut (main read decrease); "นโยบายเพิ่มค่าแรง
            # ขั้นต่ำ ร้อยละ 5" (only the object, then the figure) keeps its increase unless a whole follows ("นโยบายเพิ่ม
            # รายได้ ร้อยละ 60 ของครัวเรือน…": a share)
            return "share" if whole_after else None
        if relation in CHANGES and m.group() in ("ลด", "เพิ่ม") and " " in doc.view[m.end():p.start] \
                and (_POLL_AFTER.match(doc.view, p.end)
                     or _ACT_NAMED.search(doc.view, max(0, m.start() - 3), m.start())
                     and _poll_before(doc, m.start() - 3, prev, p)):
            # (rev37) "การลดภาษี ผู้ตอบร้อยละ 70 เห็นด้วย", "ผู้ตอบเห็นด้วยกับการลดภาษี ร้อยละ 70": a poll's verb after the
            # figure, or before the act the change verb names, makes the figure the share agreeing, whatever names the
            # change (main read decrease); a space must stand between the change verb and the figure
            return "share" if whole_after else None
        level = res["level"].match(doc.view, m.end())
        if relation in CHANGES and level and m.end() < p.start and not _from_base(doc, level, p.start):
            # "เพิ่มขึ้นเป็นร้อยละ 40": the new level, which is a share when a whole follows
            return "share" if whole_after else None
        reached = _reached(doc, relation, m.end(), p.start) if relation in CHANGES and m.end() < p.start else None
        if reached == "level" or reached == "goal" and whole_after:
            # "เพิ่มอัตราภาษีเป็น 10%", "เพิ่มพื้นที่ป่าให้ได้ร้อยละ 55 ของประเทศ": the level the change's object reaches
            return "share" if whole_after else None
        if relation in CHANGES and m.end() < p.start and _level_object_to_goal(doc, m.end(), p.start):
            # "การเพิ่มพื้นที่สีเขียวของประเทศให้ได้ 55%", "เพิ่มอัตราการจ้างงานให้ถึงร้อยละ 80": the object is measured in
            # percent itself (a rate, a share, an area's cover), so the goal is the level it is to reach (rev34b); after a
            # cut with a whole named, "ลดอัตราการใช้น้ำให้ได้ร้อยละ 10 ของปริมาณเดิม" may be the cut's size: no relation
            return "share" if whole_after and relation == "increase" else None
        if relation == "decrease" and _down_to(doc, m.end(), p.start):
            return None  # "ลดอัตราดอกเบี้ยเงินกู้เหลือ 1.00% ต่อปี": the rate left, not the cut
        if relation in CHANGES and _old_level(doc, p):
            return None  # "ลดอัตราภาษีจาก 5% เหลือ 2%": the level before the change, not its size
        if relation in CHANGES and _TARGET_BETWEEN.search(doc.view, m.end(), p.start):
            return None  # "มีรายได้เพิ่มมากขึ้น ตามเป้าหมาย ร้อยละ 35": the goal's level, not the size of a change
        if relation in CHANGES and _prolonged(doc, m.start()):
            return None  # "ขยายเวลาการลดอัตราภาษีมูลค่าเพิ่ม (VAT) 7%": the rate a measure keeps, not a cut by 7%
        if relation == "increase" and _benefit_given(doc, m, p.start):
            return None  # "เพิ่มส่วนลดค่าที่พักร้อยละ 40", "ส่วนลดราคาพิเศษเพิ่มให้อีก 10%": the discount's size, no rise
        if relation == "share" and not whole_after and _RATE_LEVEL_NOUN.search(doc.view, m.end(), p.start):
            return None  # "ดอกเบี้ยบวกเพิ่ม 0.25% ต่อปี (คิดเป็นอัตราดอกเบี้ย 1.1% ต่อปี)": the rate reached, no change nor part
        if relation == "share" and not whole_after:
            change = _change_in_clause(doc, m.start())
            if change:
                return change  # "เพิ่มขึ้น 2,000 คน คิดเป็นร้อยละ 20": the size of the change
        return relation
    if whole_after or _amount_in_brackets(doc, p.end):
        return "share"  # "ร้อยละ 40 ของ...", "ภาคเกษตร 18% (2,150 ล้านบาท)": a part of a whole
    if compare_after:
        return "decrease" if p.value is not None and p.value < 0 else None
    if prev is not None and prev_rel and prev.end <= p.start and p.start - prev.end <= LIST_GAP \
            and not doc.numbers_between(prev.end, p.start) and res["joiner"].match(doc.view[prev.end:p.start]):
        return prev_rel  # "เพิ่มขึ้นร้อยละ 87 สำหรับจีน และร้อยละ 147 สำหรับญี่ปุ่น"
    return _compared_change(doc, p.start) or _change_from_year(doc, p.start, p.end) or _nominal_change(doc, p.start) \
        or _verb_then_direction(doc, p.start) or _change_of_figure_before(doc, p)


# a policy or measure named by the change it makes ("นโยบายลดค่าไฟฟ้า", "มาตรการเพิ่มค่าแรง") (rev36c)
# also a proposal, a guideline, a (draft) law or a strategy so named ("ร่างกฎหมายลดภาษี", "ข้อเสนอเพิ่มค่าแรง") (rev36d)
_MEASURE_NAMED = regex.compile(r"(?:นโยบาย|มาตรการ|โครงการ|แผน|แผนงาน|ข้อเสนอ|แนวทาง|กฎหมาย|ยุทธศาสตร์)\Z")
_WORD_AFTER_SPACE = regex.compile(r"[ ]+[^\s0-9๐-๙]")
# a poll's verb right after the figure ("แนวทางลดความเหลื่อมล้ำ ร้อยละ 55 เห็นด้วย": a share agreeing, no cut) (rev36d)
# (rev37b) ระบุว่า/ตอบว่า between ("การลดภาษี ผู้ตอบร้อยละ 70 ระบุว่าเห็นด้วย": rev37 read decrease)
_POLL_AFTER = regex.compile(r"[ ]{0,3}(?:(?:ระบุ|ตอบ)ว่า[ ]?)?(?:ไม่)?(?:เห็นด้วย|พึงพอใจ)")
# a poll's verb right before the policy ("ประชาชนเห็นด้วยกับนโยบายลดค่าไฟฟ้า ร้อยละ 85": the share agreeing) (l36)
_ACT_NAMED = regex.compile(r"การ\Z")  # "เห็นด้วยกับการลดภาษี": the act named by its change verb (rev37)
# (rev37) and เห็นชอบ/สนับสนุน with a poll's respondents glued before them ("ประชาชนสนับสนุนนโยบายลดค่าไฟฟ้า ร้อยละ 85":
# main read decrease); a body's approval stays the measure's own cut ("ครม.เห็นชอบนโยบายลดภาษี ร้อยละ 10"); (rev37d) those
# interviewed too ("ผู้ให้สัมภาษณ์สนับสนุนการลดภาษี ร้อยละ 64": rev37c's leftover, decrease)
_POLL_BEFORE = regex.compile(r"(?:(?:เห็นด้วย|พึงพอใจ)"
                             r"|(?:ประชาชน|ผู้ตอบ(?:แบบสอบถาม|แบบสำรวจ)?|กลุ่มตัวอย่าง|ผู้(?:ให้|ถูก)สัมภาษณ์)(?:ส่วนใหญ่)?"
                             r"(?:เห็นชอบ|สนับสนุน))"
                             r"(?:กับ|ต่อ)?[ ]?\Z")
POLL_REACH = 40  # characters before the policy (or การ) searched for a poll's verb


def _poll_before(doc: Document, at: int, prev: Percentage | None, p: Percentage) -> bool:
    """A poll's verb right before the policy (or การ) at `at`, whose share is not already given by a percentage right
    before the verb (rev37b): "ผู้ตอบแบบสอบถามร้อยละ 60 เห็นด้วยกับการเพิ่มภาษี ร้อยละ 2" says 60 agree, so 2 is the rise
    they agree with (rev37 read none)."""
    poll = _POLL_BEFORE.search(doc.view, max(0, at - POLL_REACH), at)
    if poll is None:
        return False
    if not poll.group().startswith(_POLL_VERBS) and doc.view.endswith(_ASKED, 0, poll.start()):
        return False  # "รัฐบาลขอให้ประชาชนสนับสนุนการลดใช้พลังงาน ร้อยละ 10": the people asked to back a cut, no poll
    if poll.group().startswith(_POLL_VERBS):
        run = _GLUED_BEFORE.search(doc.view, max(0, poll.start() - POLL_REACH), poll.start())
        if run is not None and _stance_body(run.group()) and _REPORTED not in run.group() \
                and _people_head_re().search(run.group()) is None:
            # a body glued before the verb (org_heads.tsv, org_known.tsv acronyms): "ที่ประชุมเห็นด้วยกับการเพิ่มค่าแรง
            # ขั้นต่ำ ร้อยละ 5", "ครม.เห็นด้วยกับมาตรการลดภาษี ร้อยละ 10" take a stance on the measure, whose own cut the
            # figure is (l36 and rev37 read none; a body's share of votes would stand before the verb)
            return False
    if prev is not None and prev.end <= poll.start() \
            and _SHARE_THEN_POLL.fullmatch(doc.view, prev.end, poll.start()) is not None:
        # (rev37c) only a figure right after the measure's object that ends the sentence is the measure's change; a
        # second share follows the first ("ผู้ตอบร้อยละ 60 เห็นด้วยกับการลดภาษี ร้อยละ 25 ไม่แน่ใจ", "… และร้อยละ 30
        # ไม่แสดงความเห็น": rev37b read decrease)
        return not (_OBJECT_THEN_FIGURE.fullmatch(doc.view, at, p.start) is not None
                    and _FIGURE_ENDS.match(doc.view, p.end) is not None)
    return True


_POLL_VERBS = ("เห็นด้วย", "พึงพอใจ")
_REPORTED = "ว่า"  # "สถาบันวิจัยพบว่าผู้ตอบเห็นด้วย…": the body reports a poll (no body's stance); nor with people in the run
_GLUED_BEFORE = regex.compile(r"(?<!\S)[^\s]{1,40}\Z")


def _stance_body(run: str) -> bool:
    """The glued run before a poll's verb names one body (rev37b: an org_heads.tsv head or an org_known.tsv acronym
    opening it). (rev37c) A bare head names one body only for a council (ที่ประชุม, สภา: the meeting held); a bare
    "บริษัท", "โรงเรียน", "ธนาคาร", a head and a kind ("บริษัทเอกชน", grammar.tsv name_kind) or a plural ("ส่วนใหญ่") are the
    units a survey asks, whose share the figure may be ("โรงเรียนเห็นด้วยกับการลดเวลาเรียน ร้อยละ 70": rev37b read
    decrease)."""
    m = _body_re().match(run)
    if m is None:
        return False
    rest = run[m.end():]
    if not rest:
        return m.group() in _acronyms() or _head_category().get(m.group()) == "council"
    if rest.startswith(_name_kinds()) or _PLURAL.search(rest) is not None:
        return False
    # (rev37d) a head of bodies a survey counts by the many (a company, a bank, a co-operative, a school, a hospital …)
    # names one body only as a known name or with แห่ง: "บริษัทจดทะเบียนเห็นด้วยกับการลดภาษี ร้อยละ 55", "สหกรณ์การเกษตร…"
    # are kinds whose share the figure may be (rev37c read decrease); "ธนาคารแห่งประเทศไทย", "ธนาคารออมสิน" stay one body
    if _head_category().get(m.group()) in _UNIT_CATEGORIES:
        return _OF_PLACE in rest or any(run.startswith(n) for n in _known_names())
    return True


_UNIT_CATEGORIES = frozenset({"company", "bank", "association", "school", "hospital", "university", "foundation",
                              "union", "media", "local", "faculty", "office", "other", "fund", "party"})  # org_heads.tsv
_OF_PLACE = "แห่ง"


@lexicon_cache
def _known_names() -> tuple[str, ...]:
    return tuple(n for r in load_tsv("org_known") for n in (r["name"], *(r.get("aliases") or "").split("|")) if n)


_PLURAL = regex.compile(r"ส่วนใหญ่|ทั้งหมด|ต่าง[ ]?ๆ|หลาย|ทั่วไป|ทั่วประเทศ")


@lexicon_cache
def _acronyms() -> frozenset[str]:
    return frozenset(a for r in load_tsv("org_known") for a in (r.get("acronyms") or "").split("|") if a)


@lexicon_cache
def _head_category() -> dict[str, str]:
    return {r["head"]: r["category"] for r in load_tsv("org_heads")}


@lexicon_cache
def _name_kinds() -> tuple[str, ...]:
    return tuple(r["word"] for r in load_tsv("grammar") if r["role"] == "name_kind")


@lexicon_cache
def _body_re() -> regex.Pattern:
    heads = {r["head"] for r in load_tsv("org_heads")}
    acronyms = {a for r in load_tsv("org_known") for a in (r.get("acronyms") or "").split("|") if a}
    return regex.compile(rf"(?:{alternation(heads | acronyms)})")
_ASKED = "ให้"
_SHARE_THEN_POLL = regex.compile(r"[ ]{0,3}(?:ระบุว่า|ตอบว่า)?[ ]?")
_OBJECT_THEN_FIGURE = regex.compile(r"[^\s0-9]+[ ]{1,3}")  # the measure glued whole, then the figure (rev37c)
# nothing of the sentence after the figure (rev37c), or a per of time (rev37d: not any ต่อ, "ร้อยละ 25 ต่อต้าน", "ร้อยละ 25
# ต่อไป" go on with a share's own verb; rev37c read decrease)
_FIGURE_ENDS = regex.compile(r"[ ]*(?:\Z|[\r\n.;)]|ต่อ[ ]?(?:ปี|เดือน|ไตรมาส|สัปดาห์|วัน)(?![ก-ฮ]))")

# a rate's noun between คิดเป็น and its figure: the figure is the level of that rate (p25)
_RATE_LEVEL_NOUN = regex.compile(r"(?:อัตรา)?(?:ดอกเบี้ย|ภาษี)")


BENEFIT_CHARS = 40  # characters before a bare increase verb searched for the benefit it adds ("ส่วนลด On top เพิ่มอีก")


def _benefit_given(doc: Document, m: regex.Match, pos: int) -> bool:
    """An increase verb that adds a benefit whose size is the figure (role benefit: ส่วนลด, เงินคืน): the benefit is
    its object, between the verb and the figure ("เพิ่มส่วนลดค่าที่พักร้อยละ 40"), or the verb is a bare เพิ่ม ("give
    extra": เพิ่มให้, เพิ่มอีก) after the benefit in the same clause ("ได้รับส่วนลดราคาพิเศษเพิ่มให้อีก 10%"): the
    text says how large the discount is, not what rises by that much. "ส่วนลดเพิ่มขึ้นร้อยละ 5" (a change word of its
    own, the discount rises) and "เพิ่มอัตราเงินสมทบร้อยละ 2" stay increases."""
    if not _table().get("benefit"):
        return False
    if any(_benefit_at(doc, b) for b in _benefit_re().finditer(doc.view, m.end(), pos)):
        return True
    if m.group() != BARE_ADD:
        return False
    lo = max(_prev_number_end(doc, m.start()), m.start() - BENEFIT_CHARS)
    line = doc.view.rfind("\n", lo, m.start())  # the same clause: not across a line break
    given = _GIVE_EXTRA.match(doc.view, m.end()) is not None
    return any(_benefit_at(doc, b) and (given or not _OWN_SUBJECT.search(doc.view, b.end(), m.start()))
               for b in _benefit_re().finditer(doc.view, line + 1 if line >= 0 else lo, m.start()))


# a Thai word after a space, glued to a bare เพิ่ม without ให้/อีก: the verb's own subject, so what rises is that, not
# the benefit before it ("…ได้รับส่วนลดแล้ว ยอดขายเพิ่ม 10%"; "ส่วนลด On top เพิ่มอีก", "ส่วนลด ค่าอาหารเพิ่มให้อีก" still
# add to the benefit; lo24)
_OWN_SUBJECT = regex.compile(r" [ก-๙]+\Z")
_GIVE_EXTRA = regex.compile(r"[ ]?(?:ให้|อีก)")


def _benefit_at(doc: Document, b: regex.Match) -> bool:
    """A benefit word that starts or ends a token ("ได้รับเงิน|คืน": the segmenter glues เงิน to รับ)."""
    return doc.is_boundary(b.start()) or doc.is_boundary(b.end())


BARE_ADD = "เพิ่ม"  # the bare verb "add", which gives extra of what stands before it ("ส่วนลด…เพิ่มให้อีก")


@lexicon_cache
def _benefit_re() -> regex.Pattern:
    return regex.compile(alternation(frozenset(_table().get("benefit", {}))))


# a target word between a change word and its figure (um-80); not กลุ่มเป้าหมาย, the people a measure is for:
# "เพิ่มรายได้ให้เกษตรกรกลุ่มเป้าหมายร้อยละ 15" is a rise (rev24)
_TARGET_BETWEEN = regex.compile("(?<!กลุ่ม)เป้า")


DIRECTION_REACH = 100  # characters before a figure searched for the change verb a direction particle (ลง, ขึ้น) completes
_DIRECTION = regex.compile(r"(?P<dir>ลง|ขึ้น)(?:[ ]?(?:อีก|ประมาณ|ราว|เพียง|ได้))*[ ]?\Z")
_DIRECTIONS = {"ลง": "decrease", "ขึ้น": "increase"}


def _verb_then_direction(doc: Document, pos: int, *, act_ok: bool = True) -> str | None:
    """ "ลดอัตราดอกเบี้ยเงินกู้จากผลิตภัณฑ์สินเชื่อที่ผู้กู้ใช้อยู่ลงอีก 0.25%-0.50% ต่อปี": a direction particle (ลง, ขึ้น) as its
    own word right before the figure (fillers between) completes a change verb of the same direction earlier in the
    clause (ลด … ลง, ปรับ … ขึ้น; no number, line or clause break between): the size of that change. With `act_ok` false
    (a count or measure) not when the verb's object is an act ("ลดการดื่มลง 2.8 ล้านคน": the people who cut down)."""
    d = _DIRECTION.search(doc.view, max(0, pos - 16), pos)
    if d is None or not doc.is_boundary(d.start()):
        return None
    want = _DIRECTIONS[d.group("dir")]
    left = max(_prev_number_end(doc, d.start()), d.start() - DIRECTION_REACH)
    for brk in _direction_break_re().finditer(doc.view, left, d.start()):
        left = brk.end()
    for rx in (_res()["before"], _adjust_re()):
        for m in rx.finditer(doc.view, left, d.start()):
            if doc.is_boundary(m.start()) and (rx is _adjust_re() or _at_word(doc, m) and _table()["before"][m.group()] == want):
                if not act_ok and (doc.view.startswith(ACT, m.end()) or _clause_opened(doc, m.end(), d.start())):
                    return None
                return want
    return None


@lexicon_cache
def _adjust_re() -> regex.Pattern:
    t = _table()  # not ปรับ|ปรุง ("improve"): role adjust_not
    return regex.compile(rf"(?:{alternation(frozenset(t.get('adjust', {})))})(?!{alternation(frozenset(t.get('adjust_not', {})))})")


ACT = "การ"  # opens an act: "ลดการดื่มลง"
_CLAUSE_OPENERS = regex.compile(r"ที่|ให้")


def _clause_opened(doc: Document, lo: int, hi: int) -> bool:
    """A relative or caused clause (ที่, ให้ as words of their own) opens between a change verb and a count's direction
    particle: the particle may end that clause's own verb ("ปรับรูปแบบงานที่จัดขึ้น 10 วัน": held for 10 days; "ลดความ
    แออัด ให้ผู้โดยสารลง 2 สถานี": they get off at 2; rev23), so it states no change of the count."""
    return any(doc.is_boundary(w.start()) and doc.is_boundary(w.end()) for w in _CLAUSE_OPENERS.finditer(doc.view, lo, hi))


@lexicon_cache
def _direction_break_re() -> regex.Pattern:
    """A new clause between a change verb and its direction particle: a line break or a clause_break word, not
    สำหรับ, which names whom the change is for inside its object ("ลดอัตราดอกเบี้ยสำหรับลูกค้ารายย่อยลงอีก 0.50%")."""
    return regex.compile(r"\n|" + alternation(frozenset(grammar("clause_break")) - {"สำหรับ"}))


BRACKET_UNIT_CHARS = 24  # characters of a unit between a figure and the bracket of its percentage ("5,000 ราย (")
_BRACKET_BEFORE = regex.compile(r"[^0-9\n()]{0,%d}\([ ]?\Z" % BRACKET_UNIT_CHARS)


def _change_of_figure_before(doc: Document, p: Percentage) -> str | None:
    """ "ผู้ว่างงานลดลงจากปีก่อน 3,200 คน (-0.1%)": a percentage in brackets right after a figure that states a change is
    the same change in percent; none when its sign says otherwise (an increase with a negative percent)."""
    i = bisect.bisect_left(doc._number_starts, p.start) - 1
    if i < 0 or not _BRACKET_BEFORE.fullmatch(doc.view, doc.numbers[i].end, p.start):
        return None
    relation = change_relation(doc, doc.numbers[i].start, doc.numbers[i].end)
    if relation not in CHANGES or relation == "increase" and p.value is not None and p.value < 0:
        return None
    return relation


def _prolonged(doc: Document, pos: int) -> bool:
    """A word that keeps a measure in force (role prolong: ขยายเวลา, คง) stands right before the change word at `pos`,
    การ between allowed: the figure after it is the level the measure keeps."""
    lo = max(0, pos - PROLONG_CHARS)
    before = doc.view[lo:pos].rstrip(" ").removesuffix("การ").rstrip(" ")
    return any(before.endswith(w) and doc.is_boundary(lo + len(before) - len(w)) for w in _table().get("prolong", {}))


PROLONG_CHARS = 24  # characters searched before a change word for a word that keeps a measure in force


NOMINAL_REACH = 100  # characters before a percent searched for "การ<change word>ของ <what changes>"
_NOMINAL_TAIL = regex.compile(r"ของ[^0-9\n()%]{1,80}?[ ]?\Z")


def _nominal_change(doc: Document, pos: int) -> str | None:
    """ "ตามการลดลงของหมวดอาหารและเครื่องดื่มไม่มีแอลกอฮอล์ ร้อยละ 0.26": a change word made a noun by การ, then ของ and
    what changes, then the figure (no number, bracket or line between): the size of that change."""
    left = max(_prev_number_end(doc, pos), pos - NOMINAL_REACH)
    for m in _res()["before"].finditer(doc.view, left, pos):
        relation = _table()["before"][m.group()]
        if relation in CHANGES and doc.view.endswith("การ", left, m.start()) and doc.is_boundary(m.start() - 3) \
                and _NOMINAL_TAIL.match(doc.view, m.end(), pos) \
                and not any(w in doc.view[m.end():pos] for w in _table()["level"] if w != FROM):
            return relation  # not "…ของราคาน้ำมันจนอยู่ที่ 10%": a level
    return None


FROM = "จาก"
# "ลดลงจาก(เดิม)(ที่) ร้อยละ 9", "เพิ่มขึ้นจากที่เคยต่ำสุดร้อยละ 0.5": the old level, with or without a new one after it; เคย
# ("once") and where it peaked or bottomed out (`_FROM_BEFORE`'s words) say so as เดิม does (rev30; rev29b asked for a
# new level after it)
_OLD_LEVEL_LEAD = regex.compile(r"[ ]?(?:เดิม)?[ ]?(?:ที่)?[ ]?(?:เคย[ ]?(?:สูงสุด|ต่ำสุด|สูงถึง|ต่ำถึง|อยู่ที่|มี|ทำได้)?)?"
                                r"[ ]?(?:ระดับ)?[ ]?\Z")


def _from_base(doc: Document, level: regex.Match, pos: int) -> bool:
    """ "เพิ่มขึ้นจากปีก่อน ร้อยละ 5", "ลดลงจากช่วงเดียวกันของปีก่อน ร้อยละ 3": จาก names the base the change is
    measured against, words stand between it and the figure, so the figure is the change's size; not
    "ลดลงจาก(เดิม)(ที่) ร้อยละ 9" (the old level itself), nor a level named after the base
    ("เพิ่มขึ้นจากเดือนที่ผ่านมาอยู่ที่ระดับร้อยละ 66.41")."""
    if level.group().strip() != FROM or _OLD_LEVEL_LEAD.match(doc.view, level.end(), pos) is not None:
        return False
    return not any(w in doc.view[level.end():pos] for w in _table()["level"] if w != FROM)  # "…อยู่ที่ระดับร้อยละ 66"


COMPARED_REACH = 80  # characters before a percent searched for "<change word> เมื่อเทียบกับ <base>"
_COMPARED = regex.compile(r"[ ]?เมื่อเทียบกับ[^0-9\n]{1,50}?(?:ที่)?[ ]*\Z")


def _compared_change(doc: Document, pos: int) -> str | None:
    """ "ลดลงเมื่อเทียบกับเดือนก่อนหน้าหลังขจัดผลทางฤดูกาลที่ ร้อยละ -2.5": a change word, then เมื่อเทียบกับ and
    its base, then the percent (after ที่, "at"): the size of the change, however long the base. No figure, line
    or other change word between."""
    left = max(_prev_number_end(doc, pos), pos - COMPARED_REACH)
    nl = doc.text.rfind("\n", left, pos)
    left = nl + 1 if nl >= 0 else left
    found = None
    for m in _res()["before"].finditer(doc.view, left, pos, overlapped=True):
        if _at_word(doc, m) and _table()["before"][m.group()] in CHANGES:
            found = m  # the last change word before the figure
    if found is None:
        return None
    return _table()["before"][found.group()] if _COMPARED.match(doc.view, found.end(), pos) else None


def _amount_in_brackets(doc: Document, pos: int) -> bool:
    """A bracketed figure right after the percent: the amount the percent is a share of a whole for."""
    m = _OPEN_BRACKET.match(doc.view[pos:pos + 3])
    return m is not None and bool(doc.numbers_between(pos + m.end(), pos + m.end() + 1))


def _change_in_clause(doc: Document, pos: int) -> str | None:
    """A change word earlier in the clause that ends at `pos` (not across a line or ซึ่ง/ทั้งนี้)."""
    res, table = _res(), _table()["before"]
    lo = max(0, pos - CLAUSE_REACH)
    brk = None
    for brk in res["break"].finditer(doc.view, lo, pos):
        pass
    if brk is not None:
        lo = brk.end()
    found = None
    for m in res["before"].finditer(doc.view, lo, pos):
        if _at_word(doc, m) and table[m.group()] in CHANGES and _states_amount(doc, m.end(), pos) \
                and not _out_of_reach(doc, m, pos):  # "ยอดขาย (เพิ่มขึ้น 5%) ส่วนแบ่งตลาด 20%": closed in its brackets (rev23)
            found = table[m.group()]
    return found


def _states_amount(doc: Document, pos: int, limit: int) -> bool:
    """A change word at `pos` states its size: a number follows it over filler words only
    ("เพิ่มขึ้น 2,000 คน"), or it starts from a figure ("ลดลงจาก 100 คน")."""
    nums = doc.numbers_between(pos, limit)
    if not nums:
        return False
    gap = doc.view[pos:nums[0].start].lstrip()
    for word in longest_first(frozenset(_table()["from"])):  # "จากเดิม" before "จาก", whatever the hash seed
        gap = gap.removeprefix(word)
    return bool(_res()["filler"].match(gap))


_DOWN_TO = regex.compile("เหลือ")
# "จากเดิมที่ร้อยละ 12"; "จากที่เคยสูงสุดร้อยละ 5.2 เหลือร้อยละ 1.1", "จากเดิมที่เคยอยู่ที่…": the old level where it peaked
# or bottomed out, still the old level (main gave it the change's relation; rev29b)
_FROM_BEFORE = regex.compile(r"จาก(?:เดิม)?[ ]?(?:ที่[ ]?)?(?:เคย[ ]?(?:สูงสุด|ต่ำสุด|สูงถึง|ต่ำถึง|อยู่ที่|มี|ทำได้)?[ ]?)?"
                             r"(?:ร้อยละ[ ]?)?\Z")
FROM_REACH = 30  # characters before an old level searched for its จาก
# after an old level: other old levels joined to it, its rate's tail, then the new one ("5% และ 3% เหลือ 2%",
# "จาก 5% เป็น 7%", "จากร้อยละ 1 ลงเหลือร้อยละ 0.01", "จาก 5% ต่อปี เหลือ 3% ต่อปี": the direction ลง/ขึ้น may lead it)
_TO_LEVEL_AFTER = regex.compile(r"(?:[ ]?(?:และ|หรือ|,)[ ]?(?:ร้อยละ[ ]?)?[0-9][0-9.,]*[ ]?%?)*(?:[ ]?ต่อปี)?"
                                r"[ ]?(?:ลง|ขึ้น)?(?:เหลือ|เป็น|มาอยู่ที่|มาเป็น)[ ]?"
                                r"(?:เพียง[ ]?)?(?:ร้อยละ[ ]?)?[0-9]")
_JOINED_AFTER = regex.compile(r"[ ]?(?:และ|หรือ|,)[ ]?(?:ร้อยละ[ ]?)?[0-9]")
_JOINED_BEFORE = regex.compile(r"(?:และ|หรือ|,)[ ]?(?:ร้อยละ[ ]?)?\Z")
OLD_LEVEL_REACH = 40  # characters after a percentage searched for its new level


def _old_level(doc: Document, p: Percentage) -> bool:
    """The percentage is the level a change starts from: after จาก/จากเดิม, or joined to other levels, and followed by
    the new level (เป็น/เหลือ + a figure): "ลดอัตราภาษีจาก 5% เหลือ 2%", "ที่มีอัตรา 5% และ 3% เหลือ 2%". Not "ลดลง 5%
    เหลือ 20%" (no จาก, nothing joined: the size of the cut, then the level)."""
    view = doc.view
    if not _TO_LEVEL_AFTER.match(view, p.end, min(len(view), p.end + OLD_LEVEL_REACH)):
        return False
    if _FROM_BEFORE.search(view, max(0, p.start - FROM_REACH), p.start):
        return True
    return _JOINED_AFTER.match(view, p.end) is not None or _JOINED_BEFORE.search(view, max(0, p.start - 12), p.start) is not None


@lexicon_cache
def _reached_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(level words with and without ให้, ให้ + goal words), longest first."""
    t = _table()
    levels = [w for w in t["level"] if w != FROM]
    return (longest_first(frozenset(levels + ["ให้" + w for w in levels])),
            longest_first(frozenset("ให้" + w for w in t["goal"])))


def _word_ending(doc: Document, lo: int, hi: int, candidates: tuple[str, ...]) -> bool:
    """One of `candidates` ends view[lo:hi] (a space after it allowed) on a token boundary, with something other than
    a space or line break before it inside the span (a space between allowed): not the end of ช่วย|เหลือ or จำเป็น
    (rev21), and "ลงมา|อยู่ที่" reads อยู่ที่."""
    view = doc.view
    end = hi - 1 if hi > lo and view[hi - 1] == " " else hi
    for w in candidates:
        at = end - len(w)
        if at <= lo or not view.startswith(w, at) or not doc.is_boundary(at):
            continue
        j = at - 2 if view[at - 1] == " " else at - 1
        if j >= lo and view[j] not in " \n":
            return True
    return False


def _reached(doc: Document, relation: str, lo: int, hi: int) -> str | None:
    """ "เพิ่มอัตราภาษีเป็น 10%", "ลดอัตราดอกเบี้ยลงมาอยู่ที่ร้อยละ 2.25": the change word has its object after it
    and a level word right before the figure (เป็น, เหลือ, อยู่ที่, with or without ให้), so the figure is the
    level the object reaches, not the change's size: "level". After an increase, ให้ได้/ให้ถึง ("เพิ่มพื้นที่ป่าให้ได้
    ร้อยละ 55 ของประเทศ") name a level only when a whole follows: "goal". Else None. Not after a decrease:
    "ลดการปล่อยก๊าซให้ได้ร้อยละ 20 ของ…" is a cut by 20%, its base after ของ. The word stands on a token boundary
    ("เพิ่มเงินช่วยเหลือ 20%" is an increase: เหลือ ends ช่วยเหลือ)."""
    levels, goals = _reached_words()
    if _word_ending(doc, lo, hi, levels):
        return "level"
    return "goal" if relation == "increase" and _word_ending(doc, lo, hi, goals) else None


@lexicon_cache
def _level_objects() -> tuple[str, ...]:
    return tuple(_table().get("level_object", {}))


def _level_object_to_goal(doc: Document, lo: int, hi: int) -> bool:
    """ "เพิ่ม|พื้นที่สีเขียวของประเทศให้ได้ 55%": between a change word (ending at `lo`) and the figure (at `hi`), its
    object opens with a noun measured in percent (role level_object: อัตรา, สัดส่วน, พื้นที่ …) and ให้ + a goal or
    level word (ให้ได้, ให้ถึง, ให้เป็น) ends the span: the figure is the level the object is to reach, no change's size
    (rev34b). "เพิ่มรายได้เกษตรกรให้ได้ร้อยละ 10" (income is no percent: a rise by 10%) stays."""
    obj = doc.view[lo:hi].lstrip(" ")
    if not obj.startswith(_level_objects()) or not doc.is_boundary(hi - len(obj)):
        return False
    levels, goals = _reached_words()
    return _word_ending(doc, lo, hi, goals) or _word_ending(doc, lo, hi, tuple(w for w in levels if w.startswith("ให้")))


def _down_to(doc: Document, lo: int, hi: int) -> bool:
    """เหลือ ("down to") stands, as a word, between a decrease word and the figure it governs."""
    return any(doc.is_boundary(m.start()) for m in _DOWN_TO.finditer(doc.view, lo, hi))


def with_percent_relations(doc: Document, records: Sequence[Record]) -> list[Record]:
    """The percentages among `records` with `relation` read from the words around them."""
    out: list[Record] = []
    prev: Percentage | None = None
    prev_rel: str | None = None
    for r in records:
        if isinstance(r, Percentage):
            rel = _percent_relation(doc, r, prev, prev_rel)
            if rel != r.relation:
                r = dataclasses.replace(r, relation=rel)
            prev, prev_rel = r, rel
        out.append(r)
    return out


def with_change_relations(doc: Document, records: Sequence[Record]) -> list[Record]:
    """Quantities and money with `relation` increase/decrease when they state a change."""
    out: list[Record] = []
    prev: Quantity | Money | None = None
    for r in records:
        if isinstance(r, (Quantity, Money)) and r.relation is None:
            rel = change_relation(doc, r.start, r.end)
            if rel in TARGETS and prev is not None and _achieved_before(doc, prev, r) \
                    and not _gap_of_earlier(doc, out, prev, r):
                rel = None
            if rel == "increase" and _below_zero(r):
                rel = None  # (rev35) "เพิ่มขึ้น -20 ราย", "ขยายตัว -2.5 พันล้านบาท": a rise by a negative, not said (as for percents)
            if rel:
                r = dataclasses.replace(r, relation=rel)
        if isinstance(r, (Quantity, Money)):
            prev = r
        out.append(r)
    return out


def _below_zero(r: Quantity | Money) -> bool:
    if r.value is not None:
        return r.value < 0
    return r.range is not None and any(v is not None and v < 0 for v in r.range)


# a comparison that puts the result below the target: lower than it, short of it, or done in less time than planned
# — the comparison right before the figure, not an earlier one ("ต่ำกว่าปีก่อน แต่สูงกว่าเป้าหมาย 100 ราย" stays unsure)
_ACHIEVED_LOWER = regex.compile(r"(?:ต่ำกว่า|ไม่ถึง|เร็วกว่า)(?:เป้าหมาย|เป้า|แผนงาน|แผน|กำหนด)[^0-9\n]{0,12}\Z")
GOAL_REACH = 120  # characters at most between a goal stated first and the achieved figure after it


def _same_measure(a: Quantity | Money, b: Quantity | Money) -> bool:
    if isinstance(a, Money) and isinstance(b, Money):
        return a.currency == b.currency
    return isinstance(a, Quantity) and isinstance(b, Quantity) and a.unit == b.unit


def _gap_of_earlier(doc: Document, out: Sequence[Record], prev: Quantity | Money, r: Quantity | Money) -> bool:
    """(rev35b) A figure of the same measure on the line before the result, which the result and the figure at hand
    differ by: "เป้าหมาย 1,000 ราย ดำเนินการได้ 1,200 ราย สูงกว่าเป้าหมาย 200 ราย" (1,200 − 1,000 = 200): the goal was
    stated, so the figure is the gap and keeps over/under_target (main's reading; rev35 dropped it). (rev35e) The earlier
    figure must be the goal (`linking.target_role`): "ปีก่อนผลิตได้ 800 ตัน ปีนี้ผลิตได้ 1,000 ตัน สูงกว่าเป้าหมาย 200 ตัน" (last year's
    output, 200 the target or the gap?) stays unsure (rev35b read over_target on the coincidence)."""
    if r.value is None or prev.value is None:
        return False
    for e in reversed(out):
        if not isinstance(e, (Quantity, Money)) or e.end > prev.start:
            continue
        if prev.start - e.end > GOAL_REACH or "\n" in doc.view[e.end:r.start]:
            break
        if _same_measure(e, prev) and e.value is not None \
                and abs(Fraction(prev.value) - Fraction(e.value)) == Fraction(r.value):
            from .linking import target_role  # roles are set after relations: ask the goal word's reader (rev35e)
            return target_role(doc, e.start) is not None
    return False


ACHIEVED_REACH = 60  # characters at most between an achieved figure and the figure after its comparison with a target


def _achieved_before(doc: Document, prev: Quantity | Money, r: Quantity | Money) -> bool:
    """ "ผลการดำเนินงาน 1,200 ราย สูงกว่าเป้าหมาย 1,000 ราย", "เบิกจ่ายได้ 850 ล้านบาท ต่ำกว่าเป้าหมาย 1,000 ล้านบาท": a
    figure in the same unit, on the same line, just before the comparison with the target is the result, so the figure
    after it may be the target itself or the gap: no over/under_target (rev35; main read it the gap)."""
    if type(prev) is not type(r) or not 0 <= r.start - prev.end <= ACHIEVED_REACH or "\n" in doc.view[prev.end:r.start]:
        return False
    if _ACHIEVED_LOWER.search(doc.view, max(prev.end, r.start - 40), r.start) and r.value is not None and prev.value is not None \
            and r.value < prev.value:
        # (rev35b) the result below the target ("ใช้เวลา 300 วัน เร็วกว่ากำหนด 30 วัน", "เบิกจ่าย 850 ล้านบาท ต่ำกว่าแผน 100
        # ล้านบาท"): a target is then above the result, so a figure below it is the gap (main's reading; rev35 dropped it)
        return False
    if isinstance(r, Money):
        return isinstance(prev, Money) and prev.currency == r.currency
    return isinstance(prev, Quantity) and prev.unit == r.unit
