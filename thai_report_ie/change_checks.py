"""Checks across time and against goals: achieved vs target, percent changes, folds.

- `achieved_vs_target`: a result and the target it is measured against. From a share whose
  whole is a target ("1,283,286 ราย คิดเป็นร้อยละ 96 จากเป้าหมายที่ตั้งไว้ 1,342,409 ราย"), or
  from a claim (เป็นไปตามเป้าหมาย, สูงกว่าเป้าหมาย, ต่ำกว่าเป้าหมาย) between a result and a target
  figure: `ok` when the figures bear the claim out, `mismatch` when they contradict it, both exact
  and the target written right after the claim. A claim whose target stands elsewhere in the
  text (an earlier goal figure) can only be borne out: it never proves a mismatch.
- `percent_change`: a stated increase/decrease percent against the figures before and after
  ("จาก 1,200 คน เป็น 1,500 คน เพิ่มขึ้นร้อยละ 25", "1,500 คน เพิ่มขึ้นร้อยละ 25 จาก 1,200 คน").
- `fold`: "เพิ่มขึ้น 3 เท่า" against the two figures. Thai writes N เท่า both for new = N × old and
  for new − old = N × old, so either reading that gives the stated figure is `ok`/`rounding`; a fall
  ("ลดลง 4 เท่า", 400 → 100) is read the other way round, old = N × new or old − new = N × new (rev38).

Growth against share is the percentage's `relation` (relations.py), never a matter of which
numbers fit. A figure the text gives loosely (กว่า, ประมาณ, 2.8 ล้าน) never proves a mismatch.
"""
from __future__ import annotations

import bisect
from decimal import Decimal
from fractions import Fraction
from typing import Iterable, Iterator, Sequence, cast

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .document import Document
from .lexicon import alternation, lexicon_cache, words
from .records import Check, Money, Percentage, Quantity

__all__ = ["change_checks", "target_checks"]

TARGET_REACH = 200  # characters before a figure in which a target word makes it a target
CLAIM_REACH = 150  # characters between a result and the claim after it
CLAIM_NEAR = 25  # a contradicted claim proves a mismatch only this close after its result
CLAIM_TARGET_GAP = 35  # characters between a claim and the target figure written right after it
REMEMBERED_NEAR = 40  # a claim about a target stated earlier stands this close after its result
TARGET_MEMORY = 800  # an earlier target figure may be this far back (same or neighbouring sentences)
CHANGE_REACH = 120  # characters around a change percent / fold in which its two figures stand
PAIR_GAP = 40  # at most this between "จาก X เป็น Y" and the change it states
SLACK = Fraction(1, 20)  # beyond this relative difference a change is no rounding of its figures


@lexicon_cache
def _res() -> dict[str, regex.Pattern]:
    def alt(role: str) -> str:
        return alternation(words("check_words", role=role))
    return {
        "target": regex.compile(alt("target")),
        "claim": regex.compile(rf"(?P<under>{alt('under')})|(?P<over>{alt('over')})|(?P<met>{alt('met')})",
                               regex.V0),  # regex: scanned over the whole text, where it is faster than re
        "from_to": regex.compile(rf"(?:{alt('from')})[ ]?$"),
        "to": regex.compile(rf"^[ ]?(?:{alt('to')})[ ]?$"),
        "to_end": regex.compile(rf"(?:{alt('to')})[ ]?$"),
        "from": regex.compile(rf"(?:{alt('from')})"),
        "fold": regex.compile(rf"[ ]?(?:{alt('fold')})"),
        "target_link": regex.compile(alt("target_link")),
        "clause": regex.compile(r"\n|[ ]{2}"),
        "link": _link_re(),
        "link_earlier": _link_re(earlier=True),
        "claim_negator": regex.compile(rf"(?:{alt('claim_negator')})[ ]?$"),
    }


def _link_re(earlier: bool = False) -> regex.Pattern:
    """The words that may stand between "จาก X เป็น Y" and the change it states (rev38): change words,
    fillers, from/to words and data/check_words.tsv's change_link words, spaces, commas and brackets;
    possessive, so a gap is read once. With `earlier` (rev38b) also an earlier time or a comparison the
    change is measured from ("เป็น 1,500 คน เพิ่มขึ้นจากปีก่อนร้อยละ 25"): most often the change of จาก X เป็น Y
    itself, but X may be of another time than the one named ("เพิ่มขึ้นจากเดือนก่อนร้อยละ 5"), so such a pair
    proves no mismatch."""
    link = words("check_words", role="change_link") | words("check_words", role="from") \
        | words("check_words", role="to")
    if earlier:
        link |= words("ratio_words", role="earlier") | words("ratio_words", role="earlier_lead") \
            | words("percent_subject_words", role="base", value="compare")
    change = frozenset(w for role in ("before", "before_whole", "filler")
                       for w in words("relation_words", role=role))
    return regex.compile(rf"(?:[ ,()]|{alternation(link | change)})*+")


@lexicon_cache
def _core(roles: tuple[str, ...]) -> str | None:
    """The longest string that every word of these check_words roles contains ("เป้า" in every
    target and claim word), or None: where it does not occur, none of the words does, and a
    str.find says so faster than a scan with the alternation."""
    ws = [w for role in roles for w in words("check_words", role=role)]
    if not ws:
        return None
    shortest = min(ws, key=len)
    for n in range(len(shortest), 0, -1):
        for i in range(len(shortest) - n + 1):
            part = shortest[i:i + n]
            if all(part in w for w in ws):
                return part
    return None


_CLAIM_ROLES = ("under", "over", "met")


@lexicon_cache
def _claim_core_offsets() -> tuple[int, ...]:
    """Where `_core` of the claim words stands inside each of them (every offset, sorted)."""
    core = cast(str, _core(_CLAIM_ROLES))
    offsets = set()
    for role in _CLAIM_ROLES:
        for w in words("check_words", role=role):
            i = w.find(core)
            while i >= 0:
                offsets.add(i)
                i = w.find(core, i + 1)
    return tuple(sorted(offsets))


def _claims(view: str) -> Iterator:
    """What `_res()["claim"].finditer(view)` finds, the pattern tried only where a claim word can start: its core
    (`_core`, "เป้า") found by `str.find`, less each offset the core stands at inside a claim word; in text order, from
    the end of the last match on, as `finditer` goes (s38: no scan of the whole text with the alternation)."""
    claim = _res()["claim"]
    core = _core(_CLAIM_ROLES)
    if core is None:
        yield from claim.finditer(view)
        return
    offsets = _claim_core_offsets()
    starts: set[int] = set()
    p = view.find(core)
    while p >= 0:
        starts.update(p - k for k in offsets if p >= k)
        p = view.find(core, p + 1)
    end = 0
    for s in sorted(starts):
        if s < end:
            continue
        m = claim.match(view, s)
        if m is not None:
            yield m
            end = m.end()


class Figures(list):
    """Records in text order with a window lookup by bisection: every check reads only the
    figures near its words, so the pass stays linear in the text."""

    def __init__(self, records: Iterable) -> None:
        super().__init__(sorted(records, key=lambda r: r.start))
        self.starts = [r.start for r in self]

    def between(self, lo: int, hi: int) -> list:
        return self[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


def _measure(r) -> tuple | None:
    if isinstance(r, Percentage):
        return ("%",)
    if isinstance(r, Money):
        return ("money", r.currency)
    if isinstance(r, Quantity):
        return ("qty", r.unit)
    return None


def _value(r):
    return r.value if r.value is not None else None


def _inexact(r) -> bool:
    from .checks import _inexact as loose
    return loose(r) if isinstance(r, (Quantity, Money)) else r.value is None


def _fmt(x) -> str:
    """A readable number: thousands separated, at most two decimals (1,283,286; 95.6)."""
    from .checks import _readable
    return _readable(Fraction(x) if not isinstance(x, int) else x)


def _is_target(doc: Document, r, figures: Sequence, i: int) -> bool:
    """A goal figure: role="target" (linking), or a target word before it in its sentence with no
    other figure of its measure between ("ตั้งเป้า ... ให้ได้ประมาณ 25 - 28 ล้านคน")."""
    if getattr(r, "role", None) == "target":
        return True
    lo = max(0, r.start - TARGET_REACH)
    core = _core(("target",))
    if core is not None and doc.view.find(core, lo, r.start) == -1:
        return False  # no target word before the figure (a target word holds the core)
    m = None
    for m in _res()["target"].finditer(doc.view, lo, r.start):
        pass
    if m is None or "\n" in doc.text[m.end():r.start]:
        return False
    return not any(_measure(f) == _measure(r) and m.end() <= f.start for f in figures[max(0, i - 6):i])


def _meets(claim: str, achieved, target) -> bool | None:
    """Whether the figures bear the claim out (None when they cannot say)."""
    a = _value(achieved)
    if a is None:
        return None
    if target.value is None and getattr(target, "range", None):
        low, high = target.range
        if claim == "met":
            return Fraction(a) >= Fraction(low)
        if claim == "over":
            return Fraction(a) > Fraction(high)
        return Fraction(a) < Fraction(low)
    t = _value(target)
    if t is None:
        return None
    a, t = Fraction(a), Fraction(t)
    return {"met": a >= t, "over": a > t, "under": a < t}[claim]


def _target_text(t) -> str:
    if t.value is None and getattr(t, "range", None):
        return f"{_fmt(t.range[0])}–{_fmt(t.range[1])}"
    return _fmt(t.value)


def _avt(achieved, target, claim: str | None, status: str, rule: str) -> Check:
    a = Fraction(achieved.value)
    if target.value is not None:
        t = Fraction(target.value)
        pct = a / t * 100 if t else None
        gap = a - t
        how = (f"{_fmt(a)} / {_fmt(t)} = {_fmt(pct)}% of target; "
               + (f"met, {_fmt(gap)} over" if gap > 0 else "met exactly" if gap == 0 else f"not met, {_fmt(-gap)} short"))
    else:
        pct, how = None, f"{_fmt(a)} against the target {_target_text(target)}"
    said = {"met": "the text says met", "over": "the text says above target",
            "under": "the text says below target", None: "no claim"}[claim]
    tail = "" if status != "mismatch" else " (the figures contradict it)"
    return Check(kind="achieved_vs_target", status=status, stated=target.value, computed=a,
                 spans=((achieved.start, achieved.end), (target.start, target.end)),
                 message=f"achieved {achieved.text!r}, target {target.text!r}: {how}; {said}{tail}", rule=rule)


def target_checks(doc: Document, figures: Sequence, shares: Iterable[Check]) -> list[Check]:
    """Achieved vs target from shares of a target and from claims (see the module doc)."""
    figures = Figures(figures)
    by_span = {(f.start, f.end): f for f in figures}
    out: list[Check] = []
    targets = Figures(f for i, f in enumerate(figures) if (f.value is not None or getattr(f, "range", None))
                      and _is_target(doc, f, figures, i))
    target_starts = {t.start for t in targets}
    for c in shares:
        part, whole = by_span.get(c.spans[1]), by_span.get(c.spans[2])
        if part is not None and whole is not None and whole.start in target_starts and c.rule == "check.share":
            out.append(_avt(part, whole, None, "ok", "check.achieved_vs_target.share"))
    for m in _claims(doc.view):
        claim = cast(str, m.lastgroup)  # each alternative is a named group
        if _res()["claim_negator"].search(doc.view, max(0, m.start() - 8), m.start()):
            continue  # "ไม่ต่ำกว่าเป้าหมาย", "ยังไม่บรรลุเป้าหมาย": the claim denied, not made (rev38)
        achieved = _result_before(doc, figures, m.start(), target_starts)
        if achieved is None or achieved.value is None:
            continue
        target = _target_after(doc, figures, m.end(), achieved, margin_possible=claim != "met")
        explicit = target is not None
        if target is None and m.start() - achieved.end <= REMEMBERED_NEAR:
            target = next((t for t in reversed(targets.between(achieved.start - TARGET_MEMORY, achieved.start))
                           if t.end <= achieved.start and _measure(t) == _measure(achieved)), None)
        if target is None or target is achieved:
            continue
        verdict = _meets(claim, achieved, target)
        if verdict is None:
            continue
        if verdict:
            out.append(_avt(achieved, target, claim, "ok", "check.achieved_vs_target.claim"))
        elif explicit and not _inexact(achieved) and not _inexact(target) and m.start() - achieved.end <= CLAIM_NEAR:
            out.append(_avt(achieved, target, claim, "mismatch", "check.achieved_vs_target.claim"))
    return out


def _result_before(doc: Document, figures: Figures, pos: int, target_starts: set[int]):
    """The figure right before a claim, in its sentence: the result the claim is about (not a
    rate, "ครัวเรือนละ 2 ต้น")."""
    for f in reversed(figures.between(pos - CLAIM_REACH - 200, pos)):
        if f.end > pos:
            continue
        if pos - f.end > CLAIM_REACH or _res()["clause"].search(doc.view, f.end, pos) or getattr(f, "per", None):
            return None
        if f.start not in target_starts and (f.value is not None):
            return f
        return None
    return None


def _target_after(doc: Document, figures: Figures, pos: int, achieved, *, margin_possible: bool):
    """The target figure written right after a claim ("สูงกว่าเป้าหมายที่ตั้งไว้ ... 3 แสน"); a bare
    number there takes the result's measure. After สูงกว่า/ต่ำกว่าเป้าหมาย a figure is the margin
    ("สูงกว่าเป้าหมายถึง 3,914 ล้านบาท") unless ที่/ไว้ make it the target."""
    if margin_possible:
        link = _res()["target_link"].search(doc.view, pos, pos + CLAIM_TARGET_GAP)
        if link is None or not doc.is_boundary(link.start()):
            return None
    for f in figures.between(pos, pos + CLAIM_TARGET_GAP + 1):
        gap = doc.text[pos:f.start]
        if len(gap) > CLAIM_TARGET_GAP or gap.count(" ") > 1 or "\n" in gap:
            break
        if _measure(f) == _measure(achieved):
            return f
        break
    for n in doc.numbers_between(pos, pos + CLAIM_TARGET_GAP + 1):
        gap = doc.text[pos:n.start]
        if gap.count(" ") > 1 or "\n" in gap or n.value is None or n.form not in ("number", "words"):
            break
        if any(f.start <= n.start < f.end for f in figures.between(n.start - 200, n.start + 1)):
            break
        if isinstance(achieved, (Quantity, Money)) and Fraction(n.value) > 1:
            return type(achieved)(n.text, n.start, n.end, value=n.value, **_measure_fields(achieved))
        break
    return None


def _measure_fields(r) -> dict:
    return {"currency": r.currency} if isinstance(r, Money) else {"unit": r.unit}


# ---------------------------------------------------------------- percent change and fold

def _from_to(doc: Document, figures: Figures, lo: int, hi: int, measure) -> tuple | None:
    """ "จาก X เป็น Y" within [lo, hi): the figures before and after, same measure."""
    res = _res()
    cands = [f for f in figures.between(lo, hi) if f.value is not None and _measure(f) == measure]
    for x, y in zip(cands, cands[1:]):
        if res["from_to"].search(doc.view, max(0, x.start - 8), x.start) and res["to"].match(doc.view[x.end:y.start]):
            return x, y
    return None


def _from_after(doc: Document, figures: Figures, pos: int, measure, *, same_unit: bool = True):
    """X in "... จาก(เดิม) X" or "... จาก<period> ที่มีจำนวน X" after `pos`, in its line."""
    m = _res()["from"].search(doc.view, pos, pos + 12)
    if m is None:
        return None, False
    for f in figures.between(m.end(), m.end() + CHANGE_REACH + 1):
        if f.value is None:
            continue
        if f.start - m.end() > CHANGE_REACH or "\n" in doc.text[m.end():f.start]:
            return None, False
        f_measure = _measure(f)
        if f_measure == measure or (not same_unit and f_measure and f_measure[0] == measure[0]):
            return f, f.start - m.end() <= 2
        if f.start - m.end() <= 2:
            return None, False
    return None, False


def _figure_before(doc: Document, figures: Figures, pos: int, measure):
    """The figure right before a change word (the new level): "1,500 คน เพิ่มขึ้นร้อยละ 25"."""
    for f in reversed(figures.between(pos - 240, pos)):
        if f.end > pos:
            continue
        if pos - f.end > 40 or "\n" in doc.text[f.end:pos]:
            return None
        if _measure(f) == measure and f.value is not None:
            return f
        if not isinstance(f, Percentage):
            return None
    return None


def _status(stated, readings: list[Fraction], certain: bool) -> tuple[str, str | None, Fraction] | None:
    """(status, method, the reading it rests on) of a stated change against its readings; None
    when nothing can be said (close but not a rounding, or a mismatch on an uncertain pair)."""
    from .checks import compare
    best = None
    for r in readings:
        status, method = compare(stated, r)
        if status != "mismatch":
            return status, method, r
        best = r if best is None or abs(r - Fraction(stated)) < abs(best - Fraction(stated)) else best
    if best is not None and abs(best - Fraction(stated)) <= _last_digit(stated):
        return "rounding", "inputs rounded", best
    if certain and best is not None and abs(best - Fraction(stated)) > abs(Fraction(stated)) * SLACK:
        return "mismatch", None, best
    return None


def _last_digit(stated) -> Fraction:
    if isinstance(stated, Decimal):
        exponent = stated.as_tuple().exponent  # a str for NaN and infinities
        return Fraction(1, 10 ** max(0, -exponent)) if isinstance(exponent, int) else Fraction(1)
    return Fraction(1)


def change_checks(doc: Document, figures: Sequence, percentages: Sequence[Percentage]) -> list[Check]:
    figures = Figures(figures)
    out: list[Check] = []
    for p in percentages:
        if p.relation not in ("increase", "decrease") or p.value is None:
            continue
        c = _percent_change(doc, figures, p)
        if c is not None:
            out.append(c)
    fold_re = _res()["fold"]
    for n in doc.numbers:
        if n.form not in ("number", "words") or n.value is None:
            continue
        fold = fold_re.match(doc.view, n.end)
        if fold is None or (doc.view[fold.end():fold.end() + 1].isalpha() and not doc.is_boundary(fold.end())):
            continue
        before = doc.view[max(0, n.start - 15):n.start]
        if _res()["from_to"].search(before) or _res()["to_end"].search(before):
            continue  # "จาก 50 เท่า เป็น 80 เท่า": a level of a change in multiples, not a stated fold
        c = _fold(doc, figures, n, fold.end())
        if c is not None:
            out.append(c)
    return out


FOLD_WORD_REACH = 16  # characters before a fold's number in which its change word stands ("เพิ่มขึ้นถึง 2 เท่า")


@lexicon_cache
def _rise_re() -> regex.Pattern:
    """The last change word before a fold's number, a rise (relation_words.tsv before, increase) or a fall."""
    rise = words("relation_words", role="before", relation="increase")
    fall = words("relation_words", role="before", relation="decrease")
    return regex.compile(rf"(?:(?P<rise>{alternation(rise)})|(?P<fall>{alternation(fall)}))")


def _rise_before(doc: Document, start: int) -> bool:
    """Whether the change word nearest before a fold's number is a rise ("เพิ่มขึ้น 2 เท่า") (rev38b)."""
    last = None
    for m in _rise_re().finditer(doc.view, max(0, start - FOLD_WORD_REACH), start):
        last = m
    return last is not None and last.group("rise") is not None


def _pair(doc: Document, figures: Figures, start: int, end: int, measure_of) -> tuple | None:
    """(before, after, certain) for a change stated at [start, end)."""
    lo = max(0, start - CHANGE_REACH)
    line_lo = doc.text.rfind("\n", lo, start) + 1  # (from lo: a line break before it changes nothing)
    pair = _from_to(doc, figures, max(lo, line_lo), end + CHANGE_REACH, measure_of)
    if pair is None:
        return None
    x, y = pair
    gap = (y.end, start) if y.end <= start else (end, x.start) if end <= x.start else None
    if gap is None or gap[1] - gap[0] > PAIR_GAP or doc.numbers_between(gap[0], gap[1]) \
            or _res()["clause"].search(doc.view, gap[0], gap[1]):
        return None  # the change is stated next to its figures, with nothing between but change words
    if _res()["link"].fullmatch(doc.view, gap[0], gap[1]):
        return x, y, True
    if _res()["link_earlier"].fullmatch(doc.view, gap[0], gap[1]):
        return x, y, False  # "… เพิ่มขึ้นจากปีก่อนร้อยละ 25": an ok still shows, no mismatch (rev38b)
    return None


def _before_after(doc: Document, figures: Figures, start: int, end: int, measure, *,
                  same_unit: bool = True) -> tuple | None:
    """(before, after, certain) for a change stated at [start, end): the figures written next to it
    ("จาก X เป็น Y"), else the figure before it and a "จาก X" after it (never certain). None when
    there is no such pair or the earlier figure is zero; a loose figure makes the pair uncertain."""
    pair = _pair(doc, figures, start, end, measure)
    if pair is None:
        after = _figure_before(doc, figures, start, measure)
        if after is None:
            return None
        before, _ = _from_after(doc, figures, end, measure, same_unit=same_unit)
        if before is None:
            return None
        pair = (before, after, False)
    before, after, certain = pair
    if not before.value:
        return None
    return before, after, certain and not _inexact(before) and not _inexact(after)


def _percent_change(doc: Document, figures: Figures, p: Percentage) -> Check | None:
    for measure in {_measure(f) for f in figures.between(p.start - CHANGE_REACH, p.start + CHANGE_REACH + 1)
                    if isinstance(f, (Quantity, Money))}:
        pair = _before_after(doc, figures, p.start, p.end, measure)
        if pair is None:
            continue
        before, after, certain = pair
        x, y = Fraction(before.value), Fraction(after.value)
        change = (y - x) / x * 100
        computed = change if p.relation == "increase" else -change
        verdict = _status(p.value, [computed], certain)
        if verdict is None:
            continue
        status, method, _ = verdict
        word = "up" if change >= 0 else "down"
        return Check(kind="percent_change", status=status, stated=p.value, computed=computed,
                     spans=((p.start, p.end), (before.start, before.end), (after.start, after.end)),
                     message=f"{before.text!r} → {after.text!r}: ({_fmt(y)} − {_fmt(x)}) / {_fmt(x)} = "
                             f"{word} {_fmt(abs(change))}%; stated {p.relation} {_fmt(p.value)}%"
                             + ("" if status == "ok" else f" ({method or 'does not match'})"),
                     rule="check.percent_change" + ("" if certain else ".from"), method=method)
    return None


def _fold(doc: Document, figures: Figures, n, end: int) -> Check | None:
    near = [f for f in figures.between(n.start - CHANGE_REACH, n.start + CHANGE_REACH + 1)
            if isinstance(f, (Quantity, Money)) and not (f.start <= n.start < f.end)]
    for measure in {_measure(f) for f in near}:
        pair = _before_after(doc, figures, n.start, end, measure, same_unit=False)
        if pair is None:
            continue
        before, after, certain = pair
        x, y = Fraction(before.value), Fraction(after.value)
        if y < x and not y:
            continue  # down to nothing: no multiple
        readings: list[Fraction] = [y / x, (y - x) / x]
        if y < x and not _rise_before(doc, n.start):
            # "ลดลงจาก 400 ราย เหลือ 100 ราย หรือลดลง 4 เท่า": Thai gives a fall as the old over the new (rev38); the part
            # kept or lost is a fold below 1 ("เหลือ 200 ราย หรือลดลง 0.5 เท่า", rev38b); a rise word over a fall reads
            # as written (no agreement: "จาก 400 ราย เป็น 200 ราย เพิ่มขึ้น 2 เท่า", rev38b)
            times, more, reading_words = x / y, (x - y) / y, ("times smaller", "times less")
            shown = f"{_fmt(x)} / {_fmt(y)}"
            # (a stated 1 or more is no part kept or lost: "ลดลง 1 เท่า" is no rounded 0.75)
            readings = [y / x, (x - y) / x] if n.value < 1 else [times, more]
            if n.value < 1:
                reading_words = (reading_words[0], f"{reading_words[1]}; {_fmt(y / x)} kept, {_fmt((x - y) / x)} lost")
        else:
            times, more, reading_words = y / x, (y - x) / x, ("times", "times more")
            shown = f"{_fmt(y)} / {_fmt(x)}"
        verdict = _status(n.value, readings, certain)
        if verdict is None:
            continue
        status, method, reading = verdict
        return Check(kind="fold", status=status, stated=n.value, computed=reading,
                     spans=((n.start, end), (before.start, before.end), (after.start, after.end)),
                     message=f"{before.text!r} → {after.text!r}: {shown} = {_fmt(times)} {reading_words[0]} "
                             f"({_fmt(more)} {reading_words[1]}); stated {doc.text[n.start:end]!r}"
                             + ("" if status == "ok" else f" ({method or 'does not match'})"),
                     rule="check.fold" + ("" if certain else ".from"), method=method)
    return None
