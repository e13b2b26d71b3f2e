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
from typing import Sequence

import regex

from .document import Document
from .exact import wide_decimal
from .extractors.quantities import unit_after
from .extractors.ratios import percent_of
from .lexicon import alternation, grammar, grammar_re, lexicon_cache, words
from .records import Check, Money, Percentage, Quantity, Ratio

__all__ = ["compare", "find_checks"]

MAX_PARTS = 12
SHARE_WINDOW = 400  # characters back from a share's part to look for its whole
NEAR_WHOLE = 120  # a guessed whole this close may report a mismatch
WHOLE_REACH = 40  # characters after "ของ"/"จากทั้งหมด" in which a bracketed whole may stand
SHARE_LOOKBACK = 30  # figures before (and after) a share's percent considered as its part and whole


def _decimals(stated) -> int:
    if isinstance(stated, Decimal):
        return max(0, -stated.as_tuple().exponent)
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


def _same_measure(a: Quantity | Money, b: Quantity | Money) -> bool:
    if type(a) is not type(b):
        return False
    return a.currency == b.currency if isinstance(a, Money) else a.unit == b.unit


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
    running = Fraction(0)
    for k, q in enumerate(parts, 1):
        running += Fraction(q.value)
        if k >= 2 and running == total.value:
            return parts[:k]
    return None


@lexicon_cache
def _clause_break_re() -> regex.Pattern:
    return regex.compile(rf"{grammar_re('clause_break')}|[ ]{{2}}")


FIRST_PART_GAP = 150  # an exact sum may start this far after its total (ทั้งสิ้น 157 รายการ มูลค่ารวม ...)


def _run_after(doc: Document, total, items, *, first_gap: int = PART_GAP) -> list:
    """Same-measure figures right after a total, each within PART_GAP of the one before; the run
    stops at a new clause (ซึ่ง, ทั้งนี้, a double space) and skips figures in parentheses
    (a breakdown inside the breakdown)."""
    run, last_end = [], total.end
    for q in items:
        if q.start < total.end:
            continue
        gap = doc.text[last_end:q.start]
        limit = PART_GAP if run else first_gap
        if len(gap) > limit or "\n" in gap or len(run) >= MAX_PARTS or (run and _clause_break_re().search(gap)):
            break
        if not _same_measure(q, total):
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


def _sum_check(total, parts, status: str, rule: str) -> Check:
    computed = sum((Fraction(q.value) for q in parts), Fraction(0))
    terms = " + ".join(_fmt(q.value) for q in sorted(parts, key=lambda q: q.start))
    return Check(
        kind="sum", status=status, stated=total.value, computed=computed,
        spans=((total.start, total.end), *sorted((q.start, q.end) for q in parts)),
        message=f"total {total.text!r} = {_fmt(total.value)}; parts {terms} = {_fmt(computed)}"
                + ("" if status == "ok" else " (does not add up)"),
        rule=rule,
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
    for i, total in enumerate(items):
        # a figure is a total when the text says so (ทั้งหมด, รวม) or breaks it down right after
        announced = breakdown_re.match(doc.view, total.end + (doc.view[total.end:total.end + 1] == " "))
        if total.value is None or not (total.qualifier == "total" or announced):
            continue
        if total.subject:
            same_subject = []
            for q in _after(items, i):
                if q.start - total.end > SUM_WINDOW or "\n" in doc.text[total.end:q.start] \
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
        run = _run_after(doc, total, _after(items, i))
        hit = _prefix_hit(total, run)
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.after"))
            continue
        if len(run) >= 2 and breakdown_re.search(doc.view, total.end, run[0].start):
            nested = breakdown_re.search(doc.view, run[0].end, run[-1].start)
            if not nested and not any(map(_inexact, [total, *run])) and _closed(doc, total, run):
                out.append(_sum_check(total, run, "mismatch", "check.sum.breakdown"))
            continue
        before = []  # parts written before their total: ชาย 10 คน หญิง 20 คน รวม 30 คน
        for q in reversed(items[:i]):
            if "\n" in doc.text[q.end:total.start] or not _same_measure(q, total) or q.value is None \
                    or q.qualifier == "total" or len(before) >= MAX_PARTS:
                break
            before.append(q)
        hit = _prefix_hit(total, before)
        if hit:
            out.append(_sum_check(total, hit, "ok", "check.sum.before"))
    return out


def _ratio_checks(ratios: Sequence[Ratio], linked: dict[int, Percentage]) -> list[Check]:
    out = []
    for r in ratios:
        pct = linked.get(r.start)
        if r.stated_percent is None or pct is None or r.computed_percent is None:
            continue
        relation = pct.relation or "share"
        if relation in ("over_target", "increase"):
            computed, what = r.computed_percent - 100, "above"
        elif relation in ("under_target", "decrease"):
            computed, what = 100 - r.computed_percent, "below"
        else:
            computed, what = r.computed_percent, "of"
        status, method = compare(r.stated_percent, computed)
        lead = f"{_fmt(r.numerator)}/{_fmt(r.denominator)} is {_fmt(computed)}% {what} {'target' if what != 'of' else 'the whole'}"
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


def _share_checks(doc: Document, items: Sequence[Quantity | Money], percentages: Sequence[Percentage],
                  linked_pcts: set[int]) -> list[Check]:
    """ "850 คน คิดเป็นร้อยละ 85 (จากทั้งหมด 1,000 คน)": a part, the stated share, and the whole.

    The whole is the figure written right after the percent (จากทั้งหมด X) when there is one;
    otherwise the nearest larger earlier figure of the same measure. That is a guess, so it
    may report a mismatch only when the whole stands close (NEAR_WHOLE characters), with no
    other percent between, and is not another share's written whole.
    """
    _, whole_re = _word_res()
    out = []
    explicit_wholes: set[int] = set()
    ends = [q.end for q in items]
    for p in percentages:
        if p.relation != "share" or p.value is None or p.start in linked_pcts:
            continue
        k = bisect.bisect_right(ends, p.start)  # items[:k] end at or before the percent
        before = [q for q in items[max(0, k - SHARE_LOOKBACK):k] if q.value is not None]
        if not before:
            continue
        part = before[-1]
        between = doc.text[part.end:p.start]
        if len(between) > 40 or doc.numbers_between(part.end, p.start):
            continue
        if {t.text for t in doc.tokens_after(part.end, 12) if t.end <= p.start} & _change_words():
            continue  # "เพิ่มขึ้น ... คิดเป็นร้อยละ": a change, not a share
        w = whole_re.match(doc.view, p.end)
        # the whole right after จากทั้งหมด/ของ, or in brackets just after: "ของส่วนราชการทั้งหมด (148 ส่วนราชการ)"
        whole = next((q for q in items[k:k + SHARE_LOOKBACK] if w and w.end() <= q.start <= w.end() + WHOLE_REACH
                      and _same_measure(q, part) and q.value and not doc.numbers_between(p.end, q.start)
                      and (q.start == w.end() or "(" in doc.text[w.end():q.start])), None)
        explicit = whole is not None
        if w and not explicit:
            continue  # "ร้อยละ 103 ของแผนการเบิกจ่าย": a share of a base the text names, not a figure
        if explicit:
            explicit_wholes.add(whole.start)
        if whole is None:
            whole = next((q for q in reversed(before[:-1]) if _same_measure(q, part) and q.value > part.value
                          and part.start - q.end <= SHARE_WINDOW and "\n" not in doc.text[q.end:part.start]),
                         None)
        if whole is None:
            continue
        computed = percent_of(part.value, whole.value)
        status, method = compare(p.value, computed)
        if status == "mismatch" and (_inexact(part) or _inexact(whole)):
            continue
        if status == "mismatch" and not explicit and (
                part.start - whole.end > NEAR_WHOLE or whole.start in explicit_wholes
                or any(whole.end <= o.start < p.start for o in percentages if o is not p)):
            continue
        out.append(Check(kind="share", status=status, stated=p.value, computed=computed,
                         spans=((p.start, p.end), (part.start, part.end), (whole.start, whole.end)),
                         message=f"{part.text!r} of {whole.text!r} is {_fmt(computed)}%; stated {_fmt(p.value)}%"
                                 + ("" if status == "ok" else f" ({method or 'does not match'})"),
                         rule="check.share" + ("" if explicit else ".nearest"), method=method))
        if not explicit:
            out[-1] = dataclasses.replace(out[-1], message=out[-1].message + f" (whole assumed: {whole.text!r})")
    return out


@wide_decimal  # exact at any size: a 25-digit figure is no overflow
def find_checks(doc: Document, *, quantities: Sequence[Quantity], money: Sequence[Money],
                ratios: Sequence[Ratio], percentages: Sequence[Percentage],
                linked: dict[int, Percentage]) -> list[Check]:
    items = sorted([*quantities, *money], key=lambda r: r.start)
    checks = _sum_checks(doc, items) + _ratio_checks(ratios, linked)
    checks += _share_checks(doc, items, percentages, {p.start for p in linked.values()})
    return sorted(checks, key=lambda c: c.spans[0])
