"""Checks of the report's own arithmetic: totals against their parts, percents against ratios.

A check compares what the text states with what its own records imply, exactly (Fractions),
then allows for the stated precision: `ok` when equal, `rounding` when equal once the
computed value is rounded (half up) or truncated to the stated number of decimals (the
check's `method` says which), `mismatch` otherwise.
"""
from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Sequence

from .document import Document
from .extractors.ratios import percent_of
from .records import Check, Money, Percentage, Quantity, Ratio

__all__ = ["compare", "find_checks"]

MAX_PARTS = 12
SHARE_WINDOW = 400  # characters back from a share's part to look for its whole


def _decimals(stated) -> int:
    if isinstance(stated, Decimal):
        return max(0, -stated.as_tuple().exponent)
    return 0


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


def _fmt(x) -> str:
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
        return f"{x.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP).normalize():f}"
    return f"{x}"


def _same_measure(a: Quantity | Money, b: Quantity | Money) -> bool:
    if type(a) is not type(b):
        return False
    return a.currency == b.currency if isinstance(a, Money) else a.unit == b.unit


def _sum_checks(doc: Document, items: Sequence[Quantity | Money]) -> list[Check]:
    out: list[Check] = []
    for i, total in enumerate(items):
        if total.qualifier != "total" or total.value is None:
            continue
        parts: list[Quantity | Money] = []
        for q in items[i + 1:]:
            if "\n" in doc.text[total.end:q.start] or len(parts) >= MAX_PARTS:
                break
            if not _same_measure(q, total):
                continue
            if q.qualifier == "total" or q.value is None:
                break
            if total.subject and q.subject != total.subject:
                if parts:
                    break
                continue
            parts.append(q)
        direction = "after"
        if len(parts) < 2:  # parts written before their total: ชาย 10 คน หญิง 20 คน รวม 30 คน
            parts = []
            for q in reversed(items[:i]):
                if "\n" in doc.text[q.end:total.start] or not _same_measure(q, total) or q.value is None \
                        or q.qualifier == "total" or len(parts) >= MAX_PARTS:
                    break
                parts.insert(0, q)
            direction = "before"
        if len(parts) < 2:
            continue
        running, hit = Fraction(0), None
        seq = parts if direction == "after" else list(reversed(parts))
        for k, q in enumerate(seq, 1):
            running += Fraction(q.value)
            if k >= 2 and running == total.value:
                hit = seq[:k]
                break
        if hit is None and direction == "before":
            continue  # parts before a total are only a guess: report a sum only when it holds
        used = hit or parts
        computed = sum((Fraction(q.value) for q in used), Fraction(0))
        status = "ok" if hit else "mismatch"
        terms = " + ".join(_fmt(q.value) for q in (used if direction == "after" else sorted(used, key=lambda q: q.start)))
        out.append(Check(
            kind="sum", status=status, stated=total.value, computed=computed,
            spans=((total.start, total.end), *sorted((q.start, q.end) for q in used)),
            message=f"total {total.text!r} = {_fmt(total.value)}; parts {terms} = {_fmt(computed)}"
                    + ("" if hit else " (does not add up)"),
            rule=f"check.sum.{direction}",
        ))
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
    out = []
    for p in percentages:
        if p.relation != "share" or p.value is None or p.start in linked_pcts:
            continue
        before = [q for q in items if q.end <= p.start and q.value is not None]
        if not before:
            continue
        part = before[-1]
        between = doc.text[part.end:p.start]
        if len(between) > 40 or any(n.start >= part.end and n.end <= p.start for n in doc.numbers):
            continue
        whole = next((q for q in reversed(before[:-1]) if _same_measure(q, part) and q.value > part.value
                      and part.start - q.end <= SHARE_WINDOW and "\n" not in doc.text[q.end:part.start]), None)
        if whole is None:
            continue
        computed = percent_of(part.value, whole.value)
        status, method = compare(p.value, computed)
        out.append(Check(kind="share", status=status, stated=p.value, computed=computed,
                         spans=((p.start, p.end), (part.start, part.end), (whole.start, whole.end)),
                         message=f"{part.text!r} of {whole.text!r} is {_fmt(computed)}%; stated {_fmt(p.value)}%"
                                 + ("" if status == "ok" else f" ({method or 'does not match'})"),
                         rule="check.share", method=method))
    return out


def find_checks(doc: Document, *, quantities: Sequence[Quantity], money: Sequence[Money],
                ratios: Sequence[Ratio], percentages: Sequence[Percentage],
                linked: dict[int, Percentage]) -> list[Check]:
    items = sorted([*quantities, *money], key=lambda r: r.start)
    checks = _sum_checks(doc, items) + _ratio_checks(ratios, linked)
    checks += _share_checks(doc, items, percentages, {p.start for p in linked.values()})
    return sorted(checks, key=lambda c: c.spans[0])
