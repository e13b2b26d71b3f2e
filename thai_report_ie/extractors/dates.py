"""Dates: Thai month names and abbreviations, Buddhist-era years, numeric dates, ranges.

"27 กุมภาพันธ์" → day 27, month 2; "ปี 2566" → year_be 2566, year_ce 2023; "15 ม.ค. 67" →
2567 BE (a two-digit year after a Thai month is Buddhist era); "15-31 กรกฎาคม 2564" → day 15,
end_day 31; "ปีงบประมาณ 2567" → period fiscal_year. The span starts at the day, not at "วันที่", and
keeps a year prefix (ปี, พ.ศ.) as the text writes it. Relative days (วันนี้, พรุ่งนี้) are
dates with `relative` set and no calendar fields.
"""
from __future__ import annotations

import calendar
import dataclasses

import regex

from ..document import Document
from ..lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv
from ..records import DateMention, Record, leftmost_longest
from .quantities import unit_after

__all__ = ["extract_dates", "be_to_ce"]

BE_OFFSET = 543
BE_RANGE = (2400, 2700)
CE_RANGE = (1800, 2200)


def be_to_ce(year_be: int) -> int:
    return year_be - BE_OFFSET


@lexicon_cache
def _tables():
    months = {r["word"]: (int(r["month"]), r["form"]) for r in load_tsv("months")}
    dw = load_tsv("date_words")
    prefixes = {r["word"]: r["value"] for r in dw if r["role"] == "year_prefix"}
    relative = {r["word"]: r["value"] for r in dw if r["role"] in ("relative", "weekday")}
    mon = alternation(months)
    mon_named = alternation(w for w, (_, f) in months.items() if f != "abbr")
    pre = alternation(prefixes)
    eras = {w: v for w, v in prefixes.items() if v in ("be", "ce")}
    era = alternation(eras)
    year_tail = rf"(?:[ ]?(?P<era>{era}))?[ ]?(?P<year>\d{{4}}|\d{{2}})(?![\d/])"
    date_re = regex.compile(
        rf"""(?<![\d])(?:
          (?P<d1>\d{{1,2}})(?:[ ]?-[ ]?(?P<d2>\d{{1,2}}))?[ ]?(?P<mon>{mon})(?:{year_tail})?
        | (?P<mon2>{mon})[ ]?(?:(?P<era2>{era})[ ]?)?(?P<year2>\d{{4}}|\d{{2}})(?![\d/.,])
        | (?P<prefix>{pre})[ ]?(?:(?P<era3>{era})[ ]?)?(?P<year3>\d{{4}})(?![\d/])(?:[ ]?-[ ]?(?P<year4>\d{{4}})(?![\d/]))?
        | (?<=(?:{grammar_re("month_word")})[ ]?)(?P<mon3>{mon})
        | (?P<mon4>{mon_named})
        )""",
        regex.VERBOSE,
    )
    rel_re = regex.compile(alternation(relative))
    anchors = tuple(sorted({*months, *prefixes, *grammar("month_word")}, key=len, reverse=True))
    return months, prefixes, relative, date_re, rel_re, anchors, eras


ANCHOR_BEFORE = 12  # a date may start this far before its month or year word ("15 - 31 ")
ANCHOR_AFTER = 24  # and end this far after it ("พ.ศ. 2560 - 2564")


def _date_matches(view: str, date_re: regex.Pattern, anchors: tuple[str, ...]):
    """Matches of the date pattern, searched only near a month or year word.

    Every date holds one of these words, and str.find over a few dozen words is several times
    faster than trying the whole pattern at every position of a long text.
    """
    windows = []
    for w in anchors:
        i = view.find(w)
        while i != -1:
            windows.append((max(0, i - ANCHOR_BEFORE), min(len(view), i + len(w) + ANCHOR_AFTER)))
            i = view.find(w, i + 1)
    windows.sort()
    merged: list[list[int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    for lo, hi in merged:
        yield from date_re.finditer(view, lo, hi)


def _year(raw: str | None, era: str | None) -> tuple[int | None, int | None]:
    """(year_be, year_ce) from a written year and its era ("be", "ce" or None when unwritten);
    (None, None) when it is no plausible year."""
    if raw is None:
        return None, None
    y = int(raw)
    if len(raw) == 2:
        if era == "ce":
            return None, None  # a two-digit CE year is too ambiguous to convert
        y += 2500
    if era == "ce" or (not era and CE_RANGE[0] <= y <= CE_RANGE[1]):
        return (y + BE_OFFSET, y) if CE_RANGE[0] <= y <= CE_RANGE[1] else (None, None)
    if BE_RANGE[0] <= y <= BE_RANGE[1]:
        return y, be_to_ce(y)
    return None, None


def _valid_day(day: int | None, month: int | None, year_ce: int | None) -> bool:
    if day is None:
        return True
    if month is None:
        return 1 <= day <= 31
    return 1 <= day <= calendar.monthrange(year_ce or 2000, month)[1]  # 2000: Feb 29 allowed


def _iso(day, month, year_ce) -> str | None:
    if day and month and year_ce:
        return f"{year_ce:04d}-{month:02d}-{day:02d}"
    return None


def extract_dates(doc: Document) -> list[Record]:
    months, prefixes, relative, date_re, rel_re, anchors, eras = _tables()
    out: list[Record] = []
    view, text = doc.view, doc.text
    for m in _date_matches(view, date_re, anchors):
        start, end = m.span()
        if not doc.is_boundary(start) and not view[start - 1:start].isspace():
            # "ประจำปี 2569": a year word may close a longer token
            if not (m["prefix"] and doc.is_boundary(m.end("prefix"))):
                continue
        rec = None
        if m["mon"]:
            month, form = months[m["mon"]]
            day, end_day = int(m["d1"]), int(m["d2"]) if m["d2"] else None
            be, ce = _year(m["year"], eras.get(m["era"]))
            if m["year"] and len(m["year"]) == 2 and unit_after(doc, end) is not None:
                be = ce = None  # "5 ม.ค. 10 ราย": the 10 counts something, it is no year
            if m["year"] and be is None:  # "5 ม.ค. 12345": keep the day and month only
                end = m.end("mon")
            if end_day is not None and end_day <= day:
                continue
            if not (_valid_day(day, month, ce) and _valid_day(end_day, month, ce)):
                continue
            rec = DateMention(text[start:end], start, end, day=day, month=month, year_be=be, year_ce=ce,
                              iso=_iso(day, month, ce) if end_day is None else None, end_day=end_day,
                              rule="date.day_month" + ("_year" if be else ""))
        elif m["mon2"]:
            month, form = months[m["mon2"]]
            if len(m["year2"]) == 2 and (form != "abbr" or unit_after(doc, end) is not None):
                continue  # "ม.ค. 67" is a month and year; "มีนาคม 67" or "ก.พ. 10 ราย" may be anything
            be, ce = _year(m["year2"], eras.get(m["era2"]))
            if be is None:
                continue
            rec = DateMention(text[start:end], start, end, month=month, year_be=be, year_ce=ce, rule="date.month_year")
        elif m["prefix"]:
            kind = prefixes[m["prefix"]]
            era = eras.get(m["era3"]) or (kind if kind in ("be", "ce") else None)
            be, ce = _year(m["year3"], era)
            if be is None:
                continue
            end_be = None
            if m["year4"]:
                end_be, _ = _year(m["year4"], era)
                if end_be is None or end_be <= be:
                    end = m.end("year3")
                    end_be = None
            rec = DateMention(text[start:end], start, end, year_be=be, year_ce=ce, end_year_be=end_be,
                              end_year_ce=be_to_ce(end_be) if end_be else None,
                              period="fiscal_year" if kind == "fiscal" else None, rule=f"date.year.{kind or 'plain'}")
        else:
            word = m["mon3"] or m["mon4"]
            month, form = months[word]
            if m["mon4"] and form == "short":
                continue
            if not doc.is_boundary(end) and view[end:end + 1].isalpha():
                continue
            rec = DateMention(text[start:end], start, end, month=month, rule="date.month")
        if rec:
            out.append(rec)
    # numeric dates found by the number scanner: 27/02/2567
    for n in doc.numbers:
        if n.form == "year_pair":  # crop or fiscal year 2566/67
            be, ce = _year(str(n.values[0]), None)
            if be is not None:
                out.append(DateMention(n.text, n.start, n.end, year_be=be, year_ce=ce, end_year_be=be + 1,
                                       end_year_ce=ce + 1, rule="date.year_pair"))
        elif n.form == "date":
            d, mo, y = n.values
            be, ce = _year(str(y), None)
            if _valid_day(d, mo, ce):
                out.append(DateMention(n.text, n.start, n.end, day=d, month=mo, year_be=be, year_ce=ce,
                                       iso=_iso(d, mo, ce), rule="date.numeric"))
    for m in rel_re.finditer(view):
        if doc.is_boundary(m.start()) and doc.is_boundary(m.end()):
            out.append(DateMention(text[m.start():m.end()], m.start(), m.end(), relative=relative[m.group()],
                                   rule="date.relative"))
    return _carry_range_year(view, leftmost_longest(out))


@lexicon_cache
def _range_join_re() -> regex.Pattern:
    return regex.compile(rf"[ ]?(?:{grammar_re('date_range_join')})[ ]?")


def _carry_range_year(view: str, dates: list) -> list:
    """ "1 เม.ย. - 16 ต.ค. 2564": the first date of a range takes the year written at its end."""
    out = list(dates)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.year_be is None and a.month and b.month and b.year_be and a.relative is None \
                and _range_join_re().fullmatch(view, a.end, b.start):
            be = b.year_be if a.month <= b.month else b.year_be - 1
            ce = be_to_ce(be)
            if _valid_day(a.day, a.month, ce):
                out[i] = dataclasses.replace(a, year_be=be, year_ce=ce, iso=_iso(a.day, a.month, ce) if not a.end_day else None,
                                             rule=a.rule + ".range_year")
    return out
