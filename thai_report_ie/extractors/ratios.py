"""Ratios: achieved/target "103/80 ราย", "3/3", and "x จาก y", "x ใน y", "x ต่อ y".

Never a ratio: dates (27/02/2567, found as dates), crop or fiscal years (2566/67), document,
order and address numbers (คำสั่งที่ 3858/2564, เลขที่ 12/3).
"""
from __future__ import annotations

from fractions import Fraction

import regex

from ..document import Document
from ..lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv
from ..linking import label_before, subject_before
from ..numerals import in_phone_number
from ..records import Ratio, Record
from .quantities import unit_after

__all__ = ["extract_ratios", "percent_of"]


@lexicon_cache
def _link() -> tuple[regex.Pattern, dict[str, str]]:
    """ "x จาก|ใน|ต่อ (ทั้งหมด) y" and each link word's kind (from, in, per)."""
    kinds = {r["word"]: r["value"] for r in load_tsv("grammar") if r["role"] == "ratio_link"}
    return regex.compile(rf"[ ]?(?P<word>{alternation(kinds)})(?:{grammar_re('ratio_filler')})?[ ]?"), kinds


def percent_of(numerator, denominator) -> Fraction | None:
    """100 × numerator / denominator, exactly; None when the denominator is zero."""
    if not denominator:
        return None
    return Fraction(numerator) * 100 / Fraction(denominator)


def extract_ratios(doc: Document) -> list[Record]:
    out: list[Record] = []
    mentions = doc.numbers
    prev_end = 0
    k = 0
    while k < len(mentions):
        m = mentions[k]
        rec = None
        if label_before(doc, m.start):
            prev_end = max(prev_end, m.end)
            k += 1
            continue
        if m.form == "ratio":
            num, den = m.values
            unit = unit_after(doc, m.end)
            end = unit.end if unit else m.end
            rec = (num, den, unit, m.start, end, "ratio.slash")
        elif m.form in ("number", "words") and m.value is not None and k + 1 < len(mentions) \
                and not in_phone_number(doc.view, m.start):  # "โทร. 0 2273 9020 ต่อ 3569": an extension
            # x [unit] จาก|ใน|ต่อ y [unit]
            unit_a = unit_after(doc, m.end)
            link_re, link_kinds = _link()
            link = link_re.match(doc.view, unit_a.end if unit_a else m.end)
            nxt = mentions[k + 1]
            if link and link.end() == nxt.start and nxt.form in ("number", "words") and nxt.value:
                unit_b = unit_after(doc, nxt.end)
                same_unit = unit_a is None or unit_b is None or unit_a.word == unit_b.word
                clause = {t.text for t in doc.tokens_before(m.start, 6) if t.start >= prev_end}
                kind = link_kinds[link["word"]]
                part_of_whole = kind == "per" or m.value <= nxt.value
                # a change, not a part of a whole: "เพิ่มขึ้น 5 คน จาก 10 คน" (whole tokens: ลดค่าปรับ is none)
                if same_unit and part_of_whole and not (kind == "from" and clause & grammar("change")) \
                        and (unit_b is None or unit_b.kind != "currency"):
                    end = unit_b.end if unit_b else nxt.end
                    rule = f"ratio.{kind}"
                    rec = (m.value, nxt.value, unit_b or unit_a, m.start, end, rule)
                    k += 1
        if rec:
            num, den, unit, start, end, rule = rec
            subject = subject_before(doc, start, left_limit=prev_end)
            out.append(Ratio(doc.text[start:end], start, end, numerator=num, denominator=den,
                             unit=unit.word if unit else None, subject=subject.text if subject else None,
                             computed_percent=percent_of(num, den), rule=rule))
            prev_end = end
        else:
            prev_end = max(prev_end, m.end)
        k += 1
    return out
