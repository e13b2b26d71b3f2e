"""Checks of the report's own arithmetic: totals against their parts, percents against ratios.

A check compares what the text states with what its own records imply, exactly (Fractions),
then allows for the stated precision: `ok` when equal, `rounding` when equal once the
computed value is rounded (half up) or truncated to the stated number of decimals (the
check's `method` says which), `mismatch` otherwise.
"""
from __future__ import annotations

import bisect
import dataclasses
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Sequence, cast

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .document import Document
from .exact import wide_decimal
from .extractors.quantities import unit_after
from .extractors.ratios import percent_of
from .lexicon import alternation, grammar, grammar_re, lexicon_cache, words
from .change_checks import Figures, change_checks, target_checks
from .list_checks import list_count_checks
from .records import Check, Money, Percentage, Quantity, Ratio

# compiled once: `regex.search(pattern_string, ...)` pays the module's cache look-up on every call
_WRITTEN_FIGURE = regex.compile(r"([0-9๐-๙][0-9๐-๙,]*)(?:\.([0-9๐-๙]+))?")
_OPEN_BRACKET = regex.compile(r"[ ]?\([ ]?")
_CLOSE_BRACKET = regex.compile(r"[ ]?\)")

__all__ = ["check_table_line", "compare", "find_checks"]

MAX_PARTS = 12
SHARE_WINDOW = 400  # characters back from a share's part to look for its whole
NEAR_WHOLE = 120  # a guessed whole this close may report a mismatch
WHOLE_REACH = 40  # characters after "ของ"/"จากทั้งหมด" in which a bracketed whole may stand
SHARE_LOOKBACK = 30  # figures before (and after) a share's percent considered as its part and whole


def _decimals(stated) -> int:
    if isinstance(stated, Decimal):
        exponent = stated.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0  # a str for NaN and infinities
    return 0


@wide_decimal  # exact at any size: a 25-digit figure is no overflow
def compare(stated, computed: Fraction) -> tuple[str, str | None]:
    """(status, method) of a stated figure against the exact computed one."""
    if Fraction(stated) == computed:
        return "ok", None
    places = Decimal(1).scaleb(-_decimals(stated))
    exact = Decimal(computed.numerator) / Decimal(computed.denominator)
    if exact.quantize(places, rounding=ROUND_HALF_UP) == Decimal(stated):
        return "rounding", "rounded"
    if exact.quantize(places, rounding=ROUND_DOWN) == Decimal(stated):
        return "rounding", "truncated"
    return "mismatch", None


@wide_decimal  # exact at any size: a 25-digit figure is no overflow
def _fmt(x) -> str:
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
        return f"{x.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP).normalize():f}"
    return f"{x}"


def _readable(x) -> str:
    """A number for a message: thousands separated, at most two decimals (238,900,000,000)."""
    text = _fmt(x)
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}" + (f".{frac}" if frac else "")


def _same_measure(a: Quantity | Money, b: Quantity | Money) -> bool:
    if type(a) is not type(b):
        return False
    # b is of a's type
    return a.currency == cast(Money, b).currency if isinstance(a, Money) else a.unit == cast(Quantity, b).unit


PART_GAP = 60  # at most this many characters between consecutive parts of a breakdown
SUM_WINDOW = 1_500  # parts naming the total's subject are looked for this far after it, in its line


@lexicon_cache
def _word_res() -> tuple[regex.Pattern, regex.Pattern]:
    breakdown = alternation(words("check_words", role="breakdown"))
    whole = alternation(words("check_words", role="whole"))
    return regex.compile(breakdown), regex.compile(rf"[ ]?(?:{whole})[ ]?")


@lexicon_cache
def _rounded_re() -> regex.Pattern:
    """A decimal with a multiplier word ("2.8 ล้าน"): a figure the text rounded."""
    from .numerals import multiplier_words

    return regex.compile(rf"[0-9๐-๙]\.[0-9๐-๙]+[ ]?(?:{alternation(multiplier_words())})")
_INEXACT = frozenset({"approx", "more_than", "less_than", "at_least", "at_most"})


def _inexact(q) -> bool:
    """A figure the text itself gives loosely (เกือบ 3,000; 2.8 ล้าน): it cannot prove a mismatch."""
    return q.qualifier in _INEXACT or bool(_rounded_re().search(q.text))


@lexicon_cache
def _change_words() -> frozenset[str]:
    from .lexicon import load_tsv

    return frozenset(r["word"] for r in load_tsv("percent_words") if r["relation"] in ("increase", "decrease"))


def _prefix_hit(total, parts) -> list | None:
    """The shortest run of two or more leading parts that adds up to the total exactly."""
    running: int | Fraction = 0  # an int while the parts are ints (exact, and cheaper than Fraction), else a Fraction
    for k, q in enumerate(parts, 1):
        running += q.value if type(q.value) is int else Fraction(q.value)
        if k >= 2 and running == total.value:
            return parts[:k]
    return None


@lexicon_cache
def _clause_break_re() -> regex.Pattern:
    return regex.compile(rf"{grammar_re('clause_break')}|[ ]{{2}}")


FIRST_PART_GAP = 150  # an exact sum may start this far after its total (ทั้งสิ้น 157 รายการ มูลค่ารวม ...)


def _run_after(doc: Document, total, items, *, first_gap: int = PART_GAP, interleaved: bool = False) -> list:
    """Same-measure figures right after a total, each within PART_GAP of the one before; the run
    stops at a new clause (ซึ่ง, ทั้งนี้, a double space) and skips figures in parentheses
    (a breakdown inside the breakdown). `interleaved`: the gap counts from the figure before
    of any measure ("ปีงบประมาณ 34 แห่ง จำนวน 84,792 ล้านบาท ... ปีปฏิทิน 10 แห่ง")."""
    run: list[Quantity | Money] = []
    last_end = total.end
    for q in items:
        if q.start < total.end:
            continue
        limit = PART_GAP if run else first_gap
        if q.start - last_end > limit:
            break  # (before slicing the gap: the next figure may be far away)
        gap = doc.text[last_end:q.start]
        if "\n" in gap or len(run) >= MAX_PARTS or (run and _clause_break_re().search(gap)):
            break
        if not _same_measure(q, total):
            if interleaved and run:
                last_end = q.end
            continue
        if q.value is None or q.qualifier == "total":
            break
        inside = doc.text[total.end:q.start]
        if inside.count("(") > inside.count(")"):
            continue
        run.append(q)
        last_end = q.end
    return run


def _unit_follows(doc: Document, n) -> bool:
    return unit_after(doc, n.end) is not None


def _closed(doc: Document, total, run) -> bool:
    """The run reads as a whole list: its last part comes after และ, and no figure of the same
    measure follows it closely (the list did not go on past where the run stopped)."""
    before_last = doc.text[(run[-2].end if len(run) > 1 else total.end):run[-1].start]
    if not any(w in before_last for w in grammar("list_last")):
        return False
    after = doc.text[run[-1].end:run[-1].end + PART_GAP]
    return not any(n.form in ("number", "words") and _unit_follows(doc, n)
                   for n in doc.numbers_between(run[-1].end, run[-1].end + PART_GAP + 1)) \
        or any(w in after for w in grammar("respectively"))


def _after(items: Sequence, i: int):
    """items[i + 1:] without copying or skipping (islice would walk the first i items)."""
    return (items[j] for j in range(i + 1, len(items)))


def _sum_check(total, parts, status: str, rule: str, *, method: str | None = None) -> Check:
    computed = sum((Fraction(q.value) for q in parts), Fraction(0))
    terms = " + ".join(_readable(q.value) for q in sorted(parts, key=lambda q: q.start))
    return Check(
        kind="sum", status=status, stated=total.value, computed=computed,
        spans=((total.start, total.end), *sorted((q.start, q.end) for q in parts)),
        message=f"total {total.text!r} = {_readable(total.value)}; parts {terms} = {_readable(computed)}"
                + {"ok": "", "rounding": " (the total is this, rounded)"}.get(status, " (does not add up)"),
        rule=rule, method=method,
    )


def _sum_checks(doc: Document, items: Sequence[Quantity | Money]) -> list[Check]:
    """Totals against their parts.

    `ok` when the parts that follow (the same subject anywhere in the line, or a run of
    figures right after the total) or that precede the total add up to it exactly;
    `mismatch` only when the text marks the breakdown (แบ่งเป็น, ประกอบด้วย, ...) and the
    run of parts after it does not add up: without such a word, parts are only a guess.
    """
    breakdown_re, _ = _word_res()
    out: list[Check] = []
    index: _MeasureIndex | None = None
    for i, total in enumerate(items):
        # a figure is a total when the text says so (ทั้งหมด, รวม) or breaks it down right after
        announced = breakdown_re.match(doc.view, total.end + (doc.view[total.end:total.end + 1] == " "))
        later = not announced and _announced_later(doc, total, items, i)
        if total.value is None:
            continue
        if not (total.qualifier == "total" or announced or later):
            implied = _implied_parts(doc, total, _after(items, i))
            if implied:
                out.append(_sum_check(total, implied, "ok", "check.sum.implied"))
            continue
        if total.subject:
            same_subject: list[Quantity | Money] = []
            for q in _after(items, i):
                if q.start - total.end > SUM_WINDOW or doc.text.find("\n", total.end, q.start) != -1 \
                        or len(same_subject) >= MAX_PARTS:
                    break
                if _same_measure(q, total) and q.qualifier == "total":
                    break
                if _same_measure(q, total) and q.subject == total.subject and q.value is not None:
                    same_subject.append(q)
            hit = _prefix_hit(total, same_subject)
            if hit:
                out.append(_sum_check(total, hit, "ok", "check.sum.subject"))
                continue
        hit = _prefix_hit(total, _run_after(doc, total, _after(items, i),
                                            first_gap=FIRST_PART_GAP))
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.after"))
            continue
        hit = _prefix_hit(total, _run_after(doc, total, _after(items, i), first_gap=LATER_REACH + FIRST_PART_GAP,
                                            interleaved=True)) if later or announced else None
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.after"))
            continue
        hit = _prefix_hit(total, _run_line(doc, total, _after(items, i))) if later or announced else None
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.line"))
            continue
        run = _run_after(doc, total, _after(items, i))
        hit = _prefix_hit(total, run)
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.after"))
            continue
        approx = _approx_hit(total, run)
        if approx:
            out.append(_sum_check(total, approx, "rounding", "check.sum.approx", method="rounded"))
            continue
        if len(run) >= 2 and announced:  # a mismatch needs the breakdown word right after the total
            parts = _breakdown_parts(doc, total, run, announced.end())
            if parts and index is None:
                index = _MeasureIndex(items)  # built once, at the first breakdown
            if parts and not _sums_elsewhere(items, i, parts, index=index):
                out.append(_sum_check(total, parts, "mismatch", "check.sum.breakdown"))
            continue
        lines = _run_across_lines(doc, total, _after(items, i)) if announced else []
        hit = _prefix_hit(total, lines) or _approx_hit(total, lines)
        if hit:
            out.append(_sum_check(total, hit, "ok" if _prefix_hit(total, lines) else "rounding",
                                  "check.sum.lines", method=None if _prefix_hit(total, lines) else "rounded"))
            continue
        before = _run_before(doc, total, items, i)
        hit = _prefix_hit(total, before)
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.before"))
            continue
        hit = _prefix_hit(total, _rows_above(doc, total, items, i))
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.rows"))
            continue
        approx = _approx_hit(total, before)
        if approx:
            out.append(_sum_check(total, approx, "rounding", "check.sum.approx", method="rounded"))
    return _siblings_dropped(out)


def _siblings_dropped(checks: list[Check]) -> list[Check]:
    """Without the unworded sums whose total and parts are all parts of one other sum (rev38): in
    "120 ราย แบ่งเป็น เชียงใหม่ 50 ราย ลำพูน 30 ราย ลำปาง 20 ราย ..." the 50 is a sibling of the 30 and
    the 20, no total of them, though it equals their sum."""
    implied = [c for c in checks if c.rule == "check.sum.implied"]
    if not implied:
        return checks
    groups = [frozenset(c.spans[1:]) for c in checks if c.rule != "check.sum.implied"]
    return [c for c in checks
            if c.rule != "check.sum.implied" or not any(frozenset(c.spans) <= g for g in groups)]


LATER_REACH = 120  # a breakdown word may follow its total this far ("36,151 ราย (หัก...) โดยแบ่งเป็น")


def _announced_later(doc: Document, total, items: Sequence, i: int) -> bool:
    """A breakdown word stands after the total, in its clause, before any other figure of its
    measure outside brackets: "3.5 ล้านล้านบาท (จากเดิม 3 ล้านล้านบาท) แบ่งเป็น ..."."""
    breakdown_re, _ = _word_res()
    m = breakdown_re.search(doc.view, total.end, total.end + LATER_REACH)
    if m is None or "\n" in doc.text[total.end:m.start()] or _clause_break_re().search(doc.view, total.end, m.start()):
        return False
    depth = 0
    for ch in doc.text[total.end:m.start()]:
        depth += (ch == "(") - (ch == ")")
    if depth:
        return False
    for q in _after(items, i):
        if q.start >= m.start():
            break
        inside = doc.text[total.end:q.start]
        if _same_measure(q, total) and inside.count("(") <= inside.count(")"):
            return False
    return True


def _run_before(doc: Document, total, items: Sequence, i: int) -> list:
    """Parts written before their total, nearest first: ชาย 10 คน หญิง 20 คน รวม 30 คน. Figures of
    another measure between them are passed over (ผู้ป่วย 7 กลุ่มโรค 407,285 ราย)."""
    before: list = []
    for q in (items[j] for j in range(i - 1, -1, -1)):
        if "\n" in doc.text[q.end:total.start] or len(before) >= MAX_PARTS:
            break
        if not _same_measure(q, total):
            if total.start - q.end > SUM_WINDOW:
                break
            continue
        if q.value is None or q.qualifier == "total":
            break
        before.append(q)
    return before


ROWS_SKIPPED = 3  # lines without a figure of the measure a table's rows may have between them


def _rows_above(doc: Document, total, items: Sequence, i: int) -> list:
    """A table's total row ("รวม 44 แห่ง    160,498") and the rows above it: one figure of the
    measure a line (the last), nearest line first, while few lines go without one. The total
    must open its line; only an exact sum of the nearest rows counts."""
    line_start = _line_start(doc, total.start)
    number_starts = doc._number_starts
    if bisect.bisect_left(number_starts, total.start) > bisect.bisect_left(number_starts, line_start) \
            or len(doc.text[line_start:total.start].strip()) > 12:
        return []  # the total does not open its line
    rows: list = []
    skipped, last_line = 0, line_start
    for q in (items[j] for j in range(i - 1, -1, -1)):
        if len(rows) >= MAX_PARTS:
            break
        q_line = _line_start(doc, q.start)
        if q_line == last_line:
            continue  # not the first figure of the measure on its line, or on the total's line
        gap_lines = _lines_between(doc, q.end, last_line)
        if gap_lines - 1 > ROWS_SKIPPED - skipped:
            break  # every figure further up is as far: none can be a row (linear, not a scan to the top)
        if not _same_measure(q, total) or q.value is None or q.qualifier == "total":
            continue
        skipped += max(0, gap_lines - 1)
        rows.append(q)
        last_line = q_line
    return rows


IMPLIED_GAP = 40  # at most this between the figures of an unworded sum ("1,000 เตียง ครองเตียง 451 เตียง ...")
IMPLIED_MIN = 10  # an unworded total smaller than this adds up by chance too often


def _implied_parts(doc: Document, total, items) -> list | None:
    """ "รองรับได้ 1,000 เตียง ครองเตียง 451 เตียง ยังว่างอยู่ 549 เตียง": a figure followed closely,
    in its clause, by two or three figures of its measure that add up to it exactly. Nothing says
    it is a sum, so only an exact sum of distinct figures counts, and never a mismatch."""
    if total.value < IMPLIED_MIN or _inexact(total):
        return None
    run: list[Quantity | Money] = []
    last_end = total.end
    for q in items:
        if q.start - last_end > IMPLIED_GAP:
            break  # (before slicing the gap: the next figure may be far away)
        gap = doc.text[last_end:q.start]
        if "\n" in gap or _clause_break_re().search(gap) or len(run) >= 3:
            break
        if not _same_measure(q, total) or q.value is None or _inexact(q) or q.qualifier:
            break
        run.append(q)
        last_end = q.end
    hit = _prefix_hit(total, run)
    if hit and len({q.value for q in hit}) == len(hit) and all(q.value for q in hit):
        return hit
    return None


def _run_line(doc: Document, total, items) -> list:
    """The figures of the total's measure after an announced total, anywhere in its line (outside
    brackets), up to the next total: "44 แห่ง แบ่งเป็น ... ปีงบประมาณ 34 แห่ง จำนวน 84,792 ล้านบาท
    หรือคิดเป็นร้อยละ 69 ... (ตั้งแต่ ...) และ ... ปีปฏิทิน 10 แห่ง". Only an exact sum of its first
    parts counts, so a long reach costs no false `ok`."""
    run: list = []
    for q in items:
        if q.start < total.end:
            continue
        if q.start - total.end > SUM_WINDOW or "\n" in doc.text[total.end:q.start] or len(run) >= MAX_PARTS:
            break
        if not _same_measure(q, total):
            continue
        if q.value is None or q.qualifier == "total":
            break
        inside = doc.text[total.end:q.start]
        if inside.count("(") > inside.count(")"):
            continue
        run.append(q)
    return run


LINE_PART_GAP = 300  # a part on a later line (a list item) stands at most this far after the one before


def _newlines(doc: Document) -> list[int]:
    """Offsets of the text's line breaks, found once a document."""
    cached = doc.__dict__.get("_newline_offsets")
    if cached is None:
        cached = doc.__dict__["_newline_offsets"] = [m.start() for m in _NEWLINE.finditer(doc.text)]
    return cached


def _line_start(doc: Document, pos: int) -> int:
    """doc.text.rfind("\n", 0, pos) + 1 by bisection (a long line makes the search quadratic)."""
    k = bisect.bisect_left(_newlines(doc), pos)
    return _newlines(doc)[k - 1] + 1 if k else 0


def _lines_between(doc: Document, lo: int, hi: int) -> int:
    """doc.text.count("\n", lo, hi) by bisection."""
    if hi <= lo:
        return 0
    nl = _newlines(doc)
    return bisect.bisect_left(nl, hi) - bisect.bisect_left(nl, lo)


def _line_number(doc: Document, pos: int) -> int:
    """doc.text.count("\n", 0, pos) by bisection: counting from the start is quadratic on long texts."""
    return bisect.bisect_left(_newlines(doc), pos)


def _run_across_lines(doc: Document, total, items) -> list:
    """Parts of an announced total given as list items on the lines after it
    ("รวม 3 แห่ง ดังนี้⏎1) ... 1 แห่ง⏎2) ... 2 แห่ง"): at most one figure of the measure a line."""
    run: list[Quantity | Money] = []
    last_end, lines_seen = total.end, set()
    for q in items:
        if q.start < total.end:
            continue
        gap = doc.text[last_end:q.start]
        if len(gap) > LINE_PART_GAP or len(run) >= MAX_PARTS or "\n\n" in gap:
            break
        if not _same_measure(q, total):
            continue
        if q.value is None or q.qualifier == "total":
            break
        line = _line_number(doc, q.start) if "\n" in gap or not run else None
        if line is None or line in lines_seen:
            return []  # two figures on one line: not a list of one part a line
        lines_seen.add(line)
        run.append(q)
        last_end = q.end
    return run if len(lines_seen) >= 2 else []


@lexicon_cache
def _list_joiner_re() -> regex.Pattern:
    return regex.compile(grammar_re("list_joiner"))


_NEWLINE = regex.compile("\n")


def _breakdown_parts(doc: Document, total, run: list, words_end: int) -> list | None:
    """The parts of an announced breakdown (แบ่งเป็น, จำแนกเป็น ...) when its structure is certain,
    else None. Certain means: one figure per item (no list word between the breakdown word and
    the first part: "ได้แก่ สามีและลูก ผู้โดยสาร 10 ราย" has an item without a figure), no
    breakdown inside the breakdown, exact figures, and a known end: the last part comes after
    และ with no figure of the measure closely after, or the next figure is larger than the total
    itself (ผู้ป่วยใหม่ 2,976 ราย จำแนกเป็น ... ผู้ป่วยสะสม 2,237,121 ราย). A part that is a rate the total
    is not (a per of its own: "รายละ 5,000 บาท", "ปีละ 5 ล้านบาท") or a change the total is not ("60 ราย
    เพิ่มขึ้น 10 ราย") is no share of it: the structure is not certain (rev38)."""
    breakdown_re, _ = _word_res()
    if _list_joiner_re().search(doc.view[words_end:run[0].start]):
        return None
    running = Fraction(0)
    kept: list[Quantity | Money] = []
    for q in run:
        if running + Fraction(q.value) > total.value and q.value > total.value and len(kept) >= 2:
            break
        running += Fraction(q.value)
        kept.append(q)
    if any(q.value > total.value for q in kept):
        return None  # a part larger than its total: the breakdown is of something else
    if any((q.per is not None and q.per != total.per) or (q.relation is not None and q.relation != total.relation)
           for q in kept):  # (rev38b: a bare part of a total per year or of a rise is its part: "ปีละ 10 ล้านบาท แบ่งเป็น …")
        return None  # a rate or a change among the parts (rev38): "แบ่งเป็นค่าตอบแทนรายละ 5,000 บาท …", "… 60 ราย เพิ่มขึ้น 10 ราย"
    closed = len(kept) < len(run) or _closed(doc, total, kept)
    nested = breakdown_re.search(doc.view, kept[0].end, kept[-1].start)
    if not closed or nested or any(map(_inexact, [total, *kept])) or _closed_early(doc, kept):
        return None
    return kept


def _closed_early(doc: Document, parts: list) -> bool:
    """A part before the last comes after และ: the list closed there and the figures after it
    say something else ("… ให้สุขศึกษา 84,973 ราย และให้บริการตรวจรักษา 81,963 ราย กว่าครึ่งเป็นโรค
    น้ำกัดเท้า 40,285 ราย …" breaks the last item down), so where the breakdown ends is not certain."""
    last_words = grammar("list_last")
    return any(any(w in doc.text[a.end:b.start] for w in last_words) for a, b in zip(parts, parts[1:-1]))


def _measure_of(q) -> tuple:
    """What `_same_measure` compares, as a key: two figures have the same measure iff equal keys."""
    return (type(q), q.currency) if isinstance(q, Money) else (type(q), q.unit)


class _MeasureIndex:
    """The figures of `items` by measure and exact value, and for each the nearest earlier figure of
    its measure with a value: `_sums_elsewhere` looks these up instead of scanning every figure."""

    def __init__(self, items: Sequence) -> None:
        self.counts: dict[tuple, int] = {}
        self.prev: list[int | None] = []
        last: dict[tuple, int] = {}
        for j, q in enumerate(items):
            key = _measure_of(q)
            self.prev.append(last.get(key))
            if q.value is not None:
                self.counts[key, Fraction(q.value)] = self.counts.get((key, Fraction(q.value)), 0) + 1
                last[key] = j


def _sums_elsewhere(items: Sequence, i: int, parts: list, *, index: _MeasureIndex | None = None) -> bool:
    """The parts add up to another figure of the measure (or to the total plus the figure before
    it): the breakdown belongs to a wider total, "กทม. 8,670 ราย และภูมิภาค 57,378 ราย แบ่งเป็น ..."."""
    total = items[i]
    index = index or _MeasureIndex(items)
    computed = sum((Fraction(q.value) for q in parts), Fraction(0))
    same = index.counts.get((_measure_of(total), computed), 0)  # the figures of the measure worth `computed`
    if same - (total.value is not None and Fraction(total.value) == computed) > 0:
        return True  # one besides the total itself
    j = index.prev[i]
    prev = items[j] if j is not None else None
    return prev is not None and Fraction(prev.value) + Fraction(total.value) == computed


def _approx_hit(total, parts) -> list | None:
    """The shortest run of two or more leading parts whose sum the total gives rounded: the total
    is a rounded figure ("2.4 แสนล้านบาท", "ประมาณ 240,000 ล้านบาท") and the parts are exact."""
    step = _rounding_step(total)
    if step is None or any(map(_inexact, parts)):
        return None
    running = Fraction(0)
    for k, q in enumerate(parts, 1):
        running += Fraction(q.value)
        if k >= 2 and abs(running - Fraction(total.value)) * 2 <= step and running != total.value:
            return parts[:k]
        if running > Fraction(total.value) + step:
            return None
    return None


def _rounding_step(total) -> Fraction | None:
    """The unit of the last digit a rounded total is written to (2.4 แสนล้าน → 1 หมื่นล้าน); None
    when the total is not written as a rounded figure."""
    if not _inexact(total) or total.qualifier in ("more_than", "less_than", "at_least", "at_most"):
        return None
    m = _WRITTEN_FIGURE.search(total.text)
    if m is None:
        return None
    written = Fraction(Decimal(m.group().replace(",", "")))
    if not written:
        return None
    scale = Fraction(total.value) / written
    if m.group(2):
        return scale / 10 ** len(m.group(2))
    digits = m.group(1).replace(",", "")
    return scale * 10 ** (len(digits) - len(digits.rstrip("0")))  # ประมาณ 240,000: to the ten thousand


def _ratio_checks(ratios: Sequence[Ratio], linked: dict[int, Percentage],
                  items: Sequence[Quantity | Money] = ()) -> list[Check]:
    """A ratio against its stated percent. A figure the text gives loosely proves no mismatch: one it
    rounded inside the ratio ("2.8 ล้านคน"), or a count at either end of the ratio with a qualifier
    ("เป้าหมายประมาณ 5,000 ราย … ได้ 4,100 ราย", "… ได้กว่า 1,850 คน"), as for sums."""
    loose = [q for q in items if _inexact(q)]
    loose_starts, loose_ends = {q.start for q in loose}, {q.end for q in loose}
    out = []
    for r in ratios:
        pct = linked.get(r.start)
        if r.stated_percent is None or pct is None or r.computed_percent is None:
            continue
        relation = pct.relation or "share"
        share = Fraction(r.computed_percent)  # percent_of's Fraction, or exact whatever number a caller gave
        if relation in ("over_target", "increase"):
            computed, what = share - 100, "above"
        elif relation in ("under_target", "decrease"):
            computed, what = 100 - share, "below"
        else:
            computed, what = share, "of"
        status, method = compare(r.stated_percent, computed)
        if status == "mismatch" and (_rounded_re().search(r.text) or r.start in loose_starts or r.end in loose_ends):
            continue  # "5.1 ล้านคน ... 2.8 ล้านคน" against 54.5%: a rounded figure proves no mismatch
        whole = "target" if what != "of" or r.rule == "ratio.target" else "the whole"  # result/target: of target
        lead = f"{_fmt(r.numerator)}/{_fmt(r.denominator)} is {_fmt(computed)}% {what} {whole}"
        places = _decimals(r.stated_percent)
        rounded = (Decimal(computed.numerator) / Decimal(computed.denominator)).quantize(
            Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        tail = {
            "ok": "as stated",
            "mismatch": f"not the stated {_fmt(r.stated_percent)}%",
        }.get(status, f"the stated {_fmt(r.stated_percent)}% is this {method} to {places} decimal(s)"
                      + (f" (rounded it would be {rounded}%)" if method == "truncated" else ""))
        out.append(Check(kind="ratio_percent", status=status, stated=r.stated_percent, computed=computed,
                         spans=((pct.start, pct.end), (r.start, r.end)), message=f"{lead}: {tail}",
                         rule=f"check.ratio_percent.{relation}", method=method))
    return out


GUESS_WINDOW = 2_000  # characters back (across lines) in which a share's unnamed whole may stand
GUESS_CANDIDATES = 8  # larger earlier figures of the same measure tried as a guessed whole


_PHRASE = regex.compile(r"[^\s()]{0,60}")


def _names_total(doc: Document, pos: int, total) -> bool:
    """The whole phrase after ของ at `pos` names this total: it holds the total's subject or
    ทั้งหมด ("ร้อยละ 96.86 ของจำนวนกลุ่มเป้าหมายที่โอนเงินไม่สำเร็จ"), not another base
    ("ร้อยละ 100 ของแผนการเบิกจ่าย")."""
    m = _PHRASE.match(doc.view, pos)
    assert m is not None  # {0,60}: matches the empty string
    phrase = m.group()
    if any(w in phrase for w in words("check_words", role="whole_all")):
        return True
    return bool(total.subject) and len(total.subject) >= 3 and total.subject in phrase


@lexicon_cache
def _of_these_re() -> regex.Pattern:
    return regex.compile(alternation(words("check_words", role="of_these")))


def _share_part(doc: Document, items: Sequence[Quantity | Money], k: int, p: Percentage):
    """The part of a share: the figure right before the percent ("850 คน คิดเป็นร้อยละ 85"),
    or right after it in brackets ("ภาคเกษตร ร้อยละ 18 (2,150 ล้านบาท)")."""
    after = items[k] if k < len(items) else None
    if after is not None and after.value is not None and _OPEN_BRACKET.fullmatch(doc.text[p.end:after.start]):
        return after  # "ภาคเกษตร 18% (2,150 ล้านบาท)": the amount in brackets is the percent's own
    before = items[k - 1] if k else None
    if before is not None and before.value is not None:
        between = doc.text[before.end:p.start]
        if len(between) <= 40 and not doc.numbers_between(before.end, p.start):
            if {t.text for t in doc.tokens_after(before.end, 12) if t.end <= p.start} & _change_words():
                return None  # "เพิ่มขึ้น ... คิดเป็นร้อยละ": a change, not a share
            return before
    return None


def _explicit_whole(doc: Document, items: Sequence[Quantity | Money], k: int, p: Percentage, part):
    """(whole word match, the figure it introduces or None): "ร้อยละ 44.2 ของการติดเชื้อทั้งประเทศ
    ที่มีจำนวน 36,290 ราย", "ของส่วนราชการทั้งหมด (148 ส่วนราชการ)". The figure is the first of the
    part's measure within WHOLE_REACH of the word, with no other number, clause break or line between."""
    _, whole_re = _word_res()
    anchor = p.end
    if part.start > p.start:  # "ร้อยละ 18 (2,150 ล้านบาท) ของมูลค่ารวม ...": the whole after the bracket
        close = _CLOSE_BRACKET.match(doc.view[part.end:part.end + 2])
        anchor = part.end + close.end() if close else part.end
    w = whole_re.match(doc.view, anchor)
    if not w:
        return None, None
    for q in items[k:k + SHARE_LOOKBACK]:
        if q.start < w.end() or q is part:
            continue
        if q.start > w.end() + WHOLE_REACH:
            break
        gap = doc.text[w.end():q.start]
        if "\n" in gap or ")" in gap or _clause_break_re().search(gap) or doc.numbers_between(anchor, q.start):
            break
        if _same_measure(q, part) and q.value:
            return w, q
    return w, None


def _guessed_wholes(doc: Document, items: Sequence[Quantity | Money], part, *, limit: int):
    """Earlier figures of the part's measure, larger than it, nearest first."""
    i = bisect.bisect_left(items, part.start, key=lambda q: q.start)
    n = 0
    for q in reversed(items[max(0, i - 200):i]):
        if part.start - q.end > limit or n >= GUESS_CANDIDATES:
            return
        # a 0 is no whole: "0 ราย ... -3 ราย คิดเป็นร้อยละ 5" once raised in compare (a share of nothing)
        if _same_measure(q, part) and q.value and q.value > part.value:
            n += 1
            yield q


RESPECTIVE_REACH = 60  # characters after a share's percent in which ตามลำดับ makes it one of a respective list


@lexicon_cache
def _respectively_re() -> regex.Pattern:
    return regex.compile(grammar_re("respectively"))


def _respective_after(doc: Document, p: Percentage) -> bool:
    """ตามลำดับ after the percent in its line: the percent is one of a list given for the figures before it in
    order, so the figure right before it is not its part."""
    m = _respectively_re().search(doc.view, p.end, p.end + RESPECTIVE_REACH)
    return m is not None and _RESPECTIVE_LIST.fullmatch(doc.view, p.end, m.start()) is not None


# (rev38b) between a listed percent and ตามลำดับ: only the list's other percents ("ร้อยละ 25 และ 30 ตามลำดับ", "ร้อยละ 25,
# 30 และร้อยละ 45 ตามลำดับ"); any word there ("ร้อยละ 90 รองลงมาคือจังหวัดลำพูนและลำปาง ตามลำดับ") closes another list
_RESPECTIVE_LIST = regex.compile(r"(?:[ ,]|และ|ร้อยละ)*+[0-9](?:[ ,.%0-9]|และ|ร้อยละ)*+")


@lexicon_cache
def _earlier_time_re() -> regex.Pattern:
    """An earlier time (ratio_words.tsv) or a comparison (percent_subject_words.tsv's base words of value compare:
    เทียบกับ, เมื่อเปรียบเทียบกับ …)."""
    return regex.compile(alternation(words("ratio_words", role="earlier")
                                     | words("percent_subject_words", role="base", value="compare")))


def _may_be_whole(doc: Document, near, part, p: Percentage) -> bool:
    """Whether a larger earlier figure may be the whole of a share's part (rev38). Not when the text
    shows the percent measures the part against something else, so a guessed whole would claim an
    error that is not there: a stated percent over 100 ("ผลการดำเนินงาน 1,200 ราย จากเป้าหมาย 1,000
    ราย คิดเป็นร้อยละ 120": a share of a larger whole is at most 100), a target part (the goal is the
    base an achievement is measured on, no part of the result before it), or an earlier time or a
    comparison between the two figures and the percent ("ผลผลิตปีนี้ 1,500 ตัน ปีก่อน 1,000 ตัน คิดเป็น
    ร้อยละ 50", "ยอดขาย 120 ล้านบาท เทียบกับ 100 ล้านบาท คิดเป็นร้อยละ 20": two figures compared, the
    second no part of the first)."""
    if p.value is None or p.value > 100 or part.role == "target" \
            or (part.per is not None and near.per != part.per):
        return False  # (a rate per another time is no whole either: "240,000 บาทต่อปี … 15,000 บาทต่อเดือน"; a bare part
        # of a whole per year is the year's: "งบประมาณปีละ 10 ล้านบาท เบิกจ่ายแล้ว 8 ล้านบาท คิดเป็นร้อยละ 70", rev38b)
    if _of_these_re().search(doc.view, near.end, part.start) is not None:
        return True  # (rev38b) "ทั้งหมด 1,000 ราย ในจำนวนนี้เป็นผู้ติดเชื้อซ้ำจากปีก่อน 300 ราย": the text names the whole
    if _earlier_time_re().search(doc.view, near.end, p.start) is not None:
        return False
    # two figures side by side may be siblings or two times: the stated percent may be the part's share of both
    # ("ชาย 1,000 ราย หญิง 800 ราย คิดเป็นร้อยละ 44.4": 800 of 1,800) or the change between them ("ปี 2566 1,000 ราย
    # ปี 2567 800 ราย คิดเป็นร้อยละ 20"): when such a reading gives it, the nearest figure is not shown to be the whole
    x, y = Fraction(near.value), Fraction(part.value)
    return all(compare(p.value, r)[0] == "mismatch" for r in (y / (x + y) * 100, (x - y) / x * 100))


def _share(part: Quantity | Money, whole: Quantity | Money) -> Fraction:
    """100 × part / whole: every whole tried is a figure other than 0 (`_explicit_whole`, the parent's
    test, `_guessed_wholes`)."""
    share = percent_of(part.value, whole.value)
    assert share is not None
    return share


def _share_check(p: Percentage, part, whole, status: str, method, rule: str, note: str = "") -> Check:
    computed = percent_of(part.value, whole.value)
    return Check(kind="share", status=status, stated=p.value, computed=computed,
                 spans=((p.start, p.end), (part.start, part.end), (whole.start, whole.end)),
                 message=f"{part.text!r} of {whole.text!r}: {_readable(part.value)} / {_readable(whole.value)} = "
                         f"{_fmt(computed)}%; stated {_fmt(p.value)}%"
                         + ("" if status == "ok" else f" ({method or 'does not match'})") + note,
                 rule=rule, method=method)


def _share_checks(doc: Document, items: Sequence[Quantity | Money], percentages: Sequence[Percentage],
                  linked_pcts: set[int], *, parents: dict | None = None) -> list[Check]:
    """ "850 คน คิดเป็นร้อยละ 85 (จากทั้งหมด 1,000 คน)": a part, the stated share, and the whole.

    Only percents whose relation is `share` (relations.py decides growth against share from the
    words, never from which numbers fit). The whole is, in this order: the figure the text
    introduces after the percent (ของ/จาก ... X), which may give a mismatch; the nearest larger
    earlier figure of the same measure, which may give a mismatch only when it stands close
    (NEAR_WHOLE), with no other percent between, is not another share's written whole and the
    text names no other base (ร้อยละ 103 ของแผน); otherwise a few larger earlier figures further
    back, across lines, reported only when one gives the stated percent (ok/rounding): a guess
    never proves a mismatch. Two structures make an earlier whole certain: the part is one of the
    parts of a total that adds up (`parents`: total span by part span) and the percent names a
    whole (ของ...), or the part follows its whole after ในจำนวนนี้ ("192 ราย ในจำนวนนี้ ... 78 ราย").
    """
    by_span = {(q.start, q.end): q for q in items}
    out = []
    explicit_wholes: set[int] = set()
    ends = [q.end for q in items]
    pct_starts = sorted(o.start for o in percentages)  # "another percent between": a bisection, not a scan
    for p in percentages:
        if p.relation != "share" or p.value is None or p.start in linked_pcts:
            continue
        if _respective_after(doc, p):
            continue  # "เด็ก 250 ราย และผู้สูงอายุ 300 ราย คิดเป็นร้อยละ 25 และ 30 ตามลำดับ": 25 is the first's (rev38)
        k = bisect.bisect_right(ends, p.start)  # items[:k] end at or before the percent
        part = _share_part(doc, items, k, p)
        if part is None:
            continue
        w, whole = _explicit_whole(doc, items, k, p, part)
        if whole is not None:
            explicit_wholes.add(whole.start)
            status, method = compare(p.value, _share(part, whole))
            if status == "mismatch" and (_inexact(part) or _inexact(whole)):
                continue
            out.append(_share_check(p, part, whole, status, method, "check.share"))
            continue
        parent_span = (parents or {}).get((part.start, part.end))
        parent = by_span.get(parent_span) if parent_span is not None else None
        if parent is not None and w is not None and parent.value and parent.value > part.value \
                and _names_total(doc, w.end(), parent):
            status, method = compare(p.value, _share(part, parent))
            if status != "mismatch" or not (_inexact(part) or _inexact(parent)):
                out.append(_share_check(p, part, parent, status, method, "check.share.total"))
                continue
        near = next(_guessed_wholes(doc, items, part, limit=SHARE_WINDOW), None)
        if near is not None and "\n" in doc.text[near.end:part.start]:
            near = None
        if near is not None:
            status, method = compare(p.value, _share(part, near))
            of_these = _of_these_re().search(doc.view, near.end, part.start)
            certain = ((w is None or of_these) and part.start - near.end <= NEAR_WHOLE
                       and near.start not in explicit_wholes
                       and not (near.end < p.start and bisect.bisect_left(pct_starts, p.start)
                                > bisect.bisect_left(pct_starts, near.end))
                       and not _inexact(part) and not _inexact(near)
                       and _may_be_whole(doc, near, part, p))
            if status != "mismatch" or certain:
                out.append(_share_check(p, part, near, status, method, "check.share.nearest",
                                        f" (whole assumed: {near.text!r})"))
                continue
        # a whole percent fits one in a hundred figures by chance: try fewer guesses for it
        tries = GUESS_CANDIDATES if _decimals(p.value) else 2
        for n, guess in enumerate(_guessed_wholes(doc, items, part, limit=GUESS_WINDOW)):
            if n >= tries:
                break
            status, method = compare(p.value, _share(part, guess))
            if status != "mismatch":
                out.append(_share_check(p, part, guess, status, method, "check.share.guessed",
                                        f" (whole assumed: {guess.text!r})"))
                break
    return out


APPROX_REACH = 3_000  # characters between a rounded figure and the exact one it rounds


@lexicon_cache
def _multiplier_re() -> regex.Pattern:
    from .numerals import multiplier_words

    return regex.compile(rf"[0-9๐-๙][ ]?(?:{alternation(multiplier_words())})")


def _approx_equal_checks(doc: Document, items: Sequence[Quantity | Money]) -> list[Check]:
    """ "กว่า 27 ล้านคน" ... "27,252,488 คน": a figure the text rounds (a multiplier word, ประมาณ,
    กว่า, เกือบ) and the exact figure of the same measure it rounds, within APPROX_REACH. The exact
    one must lie within one unit of the rounded one's last digit, on the side its qualifier says
    (กว่า: above). Only `rounding` is ever reported: a rounded figure proves nothing wrong."""
    out: list[Check] = []
    multiplied = _multiplier_re().search
    exact = Figures(q for q in items if q.value is not None and not _inexact(q) and not -1_000 < q.value < 1_000
                    and not multiplied(doc.view, q.start, q.end) and q.relation is None)
    if not exact:
        return out  # no exact figure for a rounded one to round
    for r in items:
        if r.value is None or r.relation or not (multiplied(doc.view, r.start, r.end)
                                                 or r.qualifier in ("approx", "more_than", "less_than")):
            continue
        step = _written_step(r)
        if step is None or step * 10 > abs(Fraction(r.value)):
            continue  # "1 ล้านตัน": one significant digit rounds almost anything
        value = Fraction(r.value)

        def method(q) -> str | None:
            v = Fraction(q.value)
            if r.qualifier == "less_than":
                return "rounded" if value - step / 2 <= v < value else None
            if value <= v < value + step:
                return "truncated" if v - value > step / 2 else "rounded"
            return "rounded" if r.qualifier != "more_than" and value - step / 2 <= v < value else None
        e = min((q for q in exact.between(r.start - APPROX_REACH, r.start + APPROX_REACH + 1)
                 if _same_measure(q, r) and q.value != r.value and method(q)),
                key=lambda q: abs(q.start - r.start), default=None)
        if e is None:
            continue
        out.append(Check(kind="approx_equal", status="rounding", stated=r.value, computed=e.value,
                         spans=((r.start, r.end), (e.start, e.end)),
                         message=f"{r.text!r} = {_readable(r.value)} is {e.text!r} = {_readable(e.value)} "
                                 f"{method(e)} to {_readable(step)}",
                         rule="check.approx_equal", method=method(e)))
    return out


def _written_step(q) -> Fraction | None:
    """The unit of the last digit a figure is written to: "27 ล้านคน" → 1,000,000; "2.4 แสน" → 10,000."""
    m = _WRITTEN_FIGURE.search(q.text)
    if m is None:
        return None
    written = Fraction(Decimal(m.group().replace(",", "")))
    if not written:
        return None
    scale = Fraction(q.value) / written
    return scale / 10 ** len(m.group(2) or "")


@wide_decimal  # exact at any size: a 25-digit figure is no overflow
def find_checks(doc: Document, *, quantities: Sequence[Quantity], money: Sequence[Money],
                ratios: Sequence[Ratio], percentages: Sequence[Percentage],
                linked: dict[int, Percentage]) -> list[Check]:
    items: list[Quantity | Money] = sorted([*quantities, *money], key=lambda r: r.start)
    sums = _sum_checks(doc, items)
    checks = sums + _ratio_checks(ratios, linked, items)
    parents = {part: c.spans[0] for c in sums if c.status == "ok" for part in c.spans[1:]}
    shares = _share_checks(doc, items, percentages, {p.start for p in linked.values()}, parents=parents)
    checks += shares
    checks += list_count_checks(doc, items)
    checks += target_checks(doc, [*items, *percentages], shares)
    checks += change_checks(doc, items, percentages)
    checks += _approx_equal_checks(doc, items)
    return sorted(checks, key=lambda c: c.spans[0])


def check_table_line(check: Check | dict, text: str) -> str:
    """The CLI table's line for a check. A mismatch stands out (MISMATCH, its kind) and quotes the
    words of every span it read, so the reader finds them in the text."""
    c = check.to_dict() if isinstance(check, Check) else check
    if c["status"] != "mismatch":
        return f"{'check':<13}{c['status']:<10} {c['message']}"
    where = " | ".join(f"{text[s:e]}@{s}" for s, e in c["spans"])
    return f"{'check':<13}{'MISMATCH':<10} {c['kind']}: {c['message']}  [{where}]"
