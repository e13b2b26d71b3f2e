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
import re
from bisect import bisect_left
from operator import methodcaller
from typing import Iterable, Iterator, NamedTuple, cast

from .. import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .._anchor_scan import anchor_hits
from ..document import Document
from ..lexicon import alternation, grammar, grammar_re, lexicon_cache, load_tsv, words
from ..records import DateMention, Record, leftmost_longest
from .quantities import is_label_before, unit_after

__all__ = ["extract_dates", "be_to_ce"]

BE_OFFSET = 543
BE_RANGE = (2400, 2700)
CE_RANGE = (1800, 2200)
# A year written without an era is Common era only up to here; "ปี 2150" in a Thai text is the
# Buddhist year of Ayutthaya's time (CE 1607), not a date two centuries ahead.
UNMARKED_CE_MAX = 2100
HISTORIC_BE_RANGE = (1800, BE_RANGE[0] - 1)


def be_to_ce(year_be: int) -> int:
    return year_be - BE_OFFSET


_SCORE_GOES_ON = "จาก|ขึ้นไป|ต่อ|เต็ม"


@lexicon_cache
def _tables():
    months = {r["word"]: (int(r["month"]), r["form"]) for r in load_tsv("months")}
    # "5 - 11 พ.ค": an abbreviation may lose its last dot; read so only right after a day
    open_abbr = {w[:-1]: (mo, "abbr_open") for w, (mo, f) in months.items()
                 if f == "abbr" and w.count(".") >= 2 and w[:-1] not in months}
    dw = load_tsv("date_words")
    prefixes = {r["word"]: r["value"] for r in dw if r["role"] == "year_prefix"}
    periods = {r["word"]: r["value"] for r in dw if r["role"] == "period_prefix"}
    short_year_ok = frozenset(r["word"] for r in dw if r.get("short") == "yes")
    relative = {r["word"]: r["value"] for r in dw if r["role"] in ("relative", "weekday")}
    ordinals = {r["word"]: r["value"] for r in dw if r["role"] == "ordinal"}
    mon = alternation(months)
    mon_day = alternation({**months, **open_abbr})
    mon_named = alternation(w for w, (_, f) in months.items() if f != "abbr")
    pre = alternation({**prefixes, **periods})
    eras = {w: v for w, v in prefixes.items() if v in ("be", "ce")}
    era = alternation(eras)
    join = grammar_re("date_range_join")
    quarter = alternation(r["word"] for r in dw if r["role"] == "quarter")
    half = alternation(r["word"] for r in dw if r["role"] == "half")
    ordinal = alternation(ordinals)
    sp = "[ ]{0,3}"  # runs of spaces, NBSP and zero-width spaces are one space in the view
    year_tail = rf"(?:{sp}(?P<era>{era}))?{sp}(?P<year>[0-9]{{4}}|[0-9]{{2}})(?![0-9/])"
    # a quarter or half, and the year it belongs to: ไตรมาส 1/2567, ไตรมาสแรกของปี 2567, ครึ่งปีหลัง 2565
    # and of a named year: "ไตรมาส 1 ปีงบประมาณ 2567" is the fiscal year's first quarter (v23; not the bare งบ)
    part_period = alternation(w for w, v in periods.items() if w.startswith("ปี") and v != "-")
    # not a range of years after it: "ไตรมาส 1 ปีงบประมาณ 2567-2568" is no quarter of 2567 alone (rev23b)
    # nor a range of quarters: "ไตรมาส 3/2566 - 3/2567" is no third quarter of 2566 alone (v24)
    year_range_on = (rf"{sp}[-–]{sp}(?:25|19|20)[0-9]{{2}}(?![0-9.,])|[-–][0-9]{{2}}(?![0-9.,])"
                     rf"|{sp}[-–]{sp}(?:{quarter}{sp})?[1-4]{sp}/")
    part_year = (rf"(?P<psep>{sp}/{sp}|{sp}(?:ของ)?{sp}(?:(?P<pper>{part_period})|ปี)?{sp}(?:(?P<pera>{era}){sp})?)"
                 rf"(?P<pyear>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.,]|{year_range_on})")
    # every date starts with a digit or the first letter of one of its words: a cheap first test
    # that spares the long alternation at most positions of a window
    firsts = regex.escape("".join(sorted({w[0] for w in (*months, *open_abbr, *prefixes, *periods,
                                                           *(r["word"] for r in dw if r["role"] in ("quarter", "half")))})))
    date_re = regex.compile(
        rf"""(?=[0-9{firsts}])(?<![0-9])(?:
          (?P<d1>[0-9]{{1,2}})(?:{sp}(?:-|(?:จน)?ถึง(?:วันที่)?){sp}(?P<d2>[0-9]{{1,2}}))?{sp}(?P<mon>{mon_day})(?:{year_tail})?
        | (?P<mr1>{mon}){sp}(?:{join}){sp}(?P<mr2>{mon})(?:{year_tail})?
        | (?P<mon2>{mon}){sp}(?:(?P<era2>{era}){sp})?(?P<year2>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.,])
        | (?P<prefix>{pre}){sp}(?:(?P<era3>{era}){sp})?(?P<year3>[0-9]{{4}}|[0-9]{{2}})
              (?:/(?P<ypair>[0-9]{{4}}|[0-9]{{2}}))?(?![0-9/])(?:{sp}(?:[-–]|(?P<to>ถึง)){sp}(?P<year4>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.,]))?
        | (?P<q>{quarter}){sp}(?:(?P<qn>[1-4])(?:{sp}(?:[-–]|ถึง){sp}(?:(?:{quarter}){sp})?(?P<qn2>[1-4]))?(?![0-9])
              |(?P<qord>{ordinal})){part_year}
        | (?P<h>{half})(?P<hord>{ordinal}){part_year}
        | (?<=(?:{grammar_re("month_word")}){sp})(?P<mon3>{mon})
        | (?P<mon4>{mon_named})
        )""",
        regex.VERBOSE,
    )
    rel_re = regex.compile(alternation(relative))
    anchors = tuple(sorted({*months, *open_abbr, *prefixes, *periods, *grammar("month_word"),
                            *(r["word"] for r in dw if r["role"] in ("quarter", "half"))}, key=len, reverse=True))
    titles = frozenset(r["title"] for r in load_tsv("person_titles"))
    day_labels = tuple(r["word"] for r in dw if r["role"] == "day_label")
    clock = alternation(r["word"] for r in dw if r["role"] == "clock")
    score = alternation(r["word"] for r in dw if r["role"] == "score")
    # the score's own phrase glued after its word ("80 คะแนนจากคะแนนเต็ม 100", "80 คะแนนขึ้นไป": rev22), unlike a new
    # phrase the word opens ("ปี 2566-67 คะแนนเฉลี่ยเพิ่มขึ้น")
    # after a two-digit "year": a time's minutes ("15 ม.ค. 10.30 น.", "13:30"), a figure broken by a mark
    # ("ปี ๒๕'๖๘") or running on after a comma ("งบ 12,34,567 บาท"), a clock word ("10 นาฬิกา"; not the title
    # น.ส.) or a score's word ("ปี 2565-80 คะแนน"): the two digits are no year
    not_short_year = regex.compile(rf"[.:'’,][0-9]|[ ]{{0,3}}(?:{clock})(?![\u0E01-\u0E2E.])|[ ]{{0,3}}(?:{score})(?:(?![\u0E01-\u0E4E])|(?:{_SCORE_GOES_ON}))")
    return _Tables(months={**months, **open_abbr}, prefixes=prefixes, periods=periods, short_year_ok=short_year_ok,
                   relative=relative, ordinals=ordinals, date_re=date_re, rel_re=rel_re, anchors=anchors,
                   eras=eras, titles=titles, day_labels=day_labels, not_short_year=not_short_year)


class _Tables(NamedTuple):
    months: dict
    prefixes: dict
    periods: dict
    short_year_ok: frozenset
    relative: dict
    ordinals: dict
    date_re: regex.Pattern
    rel_re: regex.Pattern
    anchors: tuple
    eras: dict
    titles: frozenset
    day_labels: tuple
    not_short_year: regex.Pattern


# a date may start this far before its month or year word ("15 - 31 ", "1 ถึงวันที่ 15 ": rev25, days joined by ถึง)
ANCHOR_BEFORE = 18
ANCHOR_AFTER = 28  # and end this far after it ("พ.ศ. 2560 - 2564", "มกราคม - กันยายน 2564")


@lexicon_cache
def _anchor_re(anchors: tuple[str, ...]) -> re.Pattern[str]:
    """Every position where an anchor starts, with the longest anchor there: one branch a first
    character, the rest of its anchors ahead (longest first, captured, not taken). A match takes
    one character, so anchors that overlap are all found, and the search skips in C to the next
    possible first character: one pass instead of a str.find loop a word."""
    rests: dict[str, set[str]] = {}
    for w in anchors:
        rests.setdefault(w[0], set()).add(w[1:])
    branches = [re.escape(c) + "(?=(" + "|".join(map(re.escape, sorted(r, key=lambda x: (-len(x), x)))) + "))"
                for c, r in sorted(rests.items())]
    return re.compile("|".join(branches))


_DIGIT_RUN = re.compile("[0-9]+")  # the view's only digits are ASCII
_MATCH_START = methodcaller("start")


def _anchor_spans(view: str, anchors: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(start, end of the longest anchor there) for every offset where an anchor starts, in order."""
    for anchor in _anchor_re(anchors).finditer(view):
        # every branch captures its anchor's rest: lastindex is always set
        yield anchor.start(), anchor.end(cast(int, anchor.lastindex))


def _date_matches(view: str, date_re: regex.Pattern, anchors: tuple[str, ...],
                  spans: Iterable[tuple[int, int]] | None = None):
    """Matches of the date pattern, searched only near a month or year word.

    Every date holds one of these words, and one search for them is several times faster than
    trying the whole pattern at every position of a long text. Only the longest anchor at a
    position makes a window: a shorter one's window lies inside it. Inside a window the pattern
    is tried only where a date can start (the first digit of a run, or a month, year, quarter
    or half word: the anchors), in order, from the end of the last match on: what `finditer`
    over the window finds, without trying every position. `spans`: the anchors' (start, end), when
    the caller has them already (`_anchor_scan.anchor_hits`).
    """
    merged: list[list[int]] = []
    starts: list[int] = []
    n = len(view)
    for i, anchor_end in spans if spans is not None else _anchor_spans(view, anchors):
        starts.append(i)
        lo, hi = max(0, i - ANCHOR_BEFORE), min(n, anchor_end + ANCHOR_AFTER)
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    if not merged:
        return
    # digit runs are looked for inside the windows only (about an eighth of a report); a run that
    # starts before a window gives its edge as a start, where the date pattern's (?<![0-9]) fails
    runs = _DIGIT_RUN.finditer
    starts = sorted({*starts, *(s for lo, hi in merged for s in map(_MATCH_START, runs(view, lo, hi)))})
    match = date_re.match
    k = 0
    for lo, hi in merged:
        k = bisect_left(starts, lo, k)
        pos = lo
        while k < len(starts) and starts[k] < hi:
            p = starts[k]
            k += 1
            if p < pos:
                continue
            m = match(view, p, hi)
            if m is not None:
                yield m
                pos = m.end()


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
    if era == "ce" or (not era and CE_RANGE[0] <= y <= UNMARKED_CE_MAX):
        return (y + BE_OFFSET, y) if CE_RANGE[0] <= y <= CE_RANGE[1] else (None, None)
    if BE_RANGE[0] <= y <= BE_RANGE[1]:
        return y, be_to_ce(y)
    if HISTORIC_BE_RANGE[0] <= y <= HISTORIC_BE_RANGE[1] and (era == "be" or len(raw) == 4):
        return y, be_to_ce(y)  # "พ.ศ. 2310", "ปี 2150": a Buddhist year in history
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
    t = _tables()
    out: list[Record] = []
    view, text = doc.view, doc.text
    hits = anchor_hits(doc)  # one automaton pass with the person titles; else the pattern's own pass
    for m in _label_days_dropped(doc, t, _date_matches(view, t.date_re, t.anchors, hits[1] if hits is not None else None)):
        start, end = m.span()
        if not doc.is_boundary(start) and not view[start - 1:start].isspace():
            # "ประจำปี 2569": a year word may close a longer token
            if not (m["prefix"] and doc.is_boundary(m.end("prefix"))):
                continue
        rec = None
        if m["mon"]:
            month, form = t.months[m["mon"]]
            if form == "abbr_open" and not m["year"] and _thai_letter_or_dot(view, m.end("mon")):
                continue  # "5 พ.คน" is no month
            if form == "short" and not m["year"] and not doc.is_boundary(m.end("mon")) \
                    and view[m.end("mon"):m.end("mon") + 1].isalpha():
                continue  # "รถขุด ชม.11 มีนายสุรชัย…": มีนา inside มี นาย is no month; "1 มกราคมท พ.ศ." stays
            if _SECTION_BEFORE.search(view, max(0, start - 2), start):
                continue  # "2.3.1 กค. ได้พิจารณา…": the last part of a section's number, then กค. (the ministry)
            day, end_day = int(m["d1"]), int(m["d2"]) if m["d2"] else None
            be, ce = _year(m["year"], t.eras.get(m["era"]))
            if m["year"] and len(m["year"]) == 2 and not _short_year(doc, t, end):
                be = ce = None  # "5 ม.ค. 10 ราย": the 10 counts something; "15 ม.ค. 10.30 น.": a time
            if m["year"] and be is None:  # "5 ม.ค. 12345": keep the day and month only
                end = m.end("mon")
            if end_day is not None and (end_day <= day or _DAY_BEFORE_RANGE.search(view, max(0, start - 8), start)):
                continue  # "15 - 16 - 17 มกราคม": a list of days, no range from the 16th
            if not (_valid_day(day, month, ce) and _valid_day(end_day, month, ce)):
                continue
            rec = DateMention(text[start:end], start, end, day=day, month=month, year_be=be, year_ce=ce,
                              iso=_iso(day, month, ce) if end_day is None else None, end_day=end_day,
                              rule="date.day_month" + ("_year" if be else ""))
        elif m["mr1"]:
            month, end_month = t.months[m["mr1"]][0], t.months[m["mr2"]][0]
            be, ce = _year(m["year"], t.eras.get(m["era"]))
            if m["year"] and (be is None or (len(m["year"]) == 2 and not _short_year(doc, t, end))):
                be = ce = None
                end = m.end("mr2")
            if not doc.is_boundary(end) and view[end:end + 1].isalpha():
                continue
            start_be = be if be is None or month <= end_month else be - 1
            rec = DateMention(text[start:end], start, end, month=month, end_month=end_month,
                              year_be=start_be, year_ce=be_to_ce(start_be) if start_be else None,
                              end_year_be=be if be != start_be else None,
                              end_year_ce=ce if be != start_be else None, rule="date.month_range")
        elif m["mon2"]:
            month, form = t.months[m["mon2"]]
            if len(m["year2"]) == 2 and (form != "abbr" or not _short_year(doc, t, end)):
                continue  # "ม.ค. 67" is a month and year; "มีนาคม 67" or "ก.พ. 10 ราย" may be anything
            be, ce = _year(m["year2"], t.eras.get(m["era2"]))
            if be is None:
                continue
            rec = DateMention(text[start:end], start, end, month=month, year_be=be, year_ce=ce, rule="date.month_year")
        elif m["prefix"]:
            rec = _year_with_prefix(doc, t, m)
        elif m["q"] or m["h"]:
            rec = _part_of_year(doc, t, m)
        else:
            word = m["mon3"] or m["mon4"]
            month, form = t.months[word]
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
            if be is not None and ce is not None:  # both or neither
                out.append(DateMention(n.text, n.start, n.end, year_be=be, year_ce=ce, end_year_be=be + 1,
                                       end_year_ce=ce + 1, rule="date.year_pair"))
        elif n.form == "date":
            d, mo, y = cast("tuple[int, int, int]", n.values)  # a numeric date's day, month and year
            be, ce = _year(str(y), None)
            if _valid_day(d, mo, ce):
                out.append(DateMention(n.text, n.start, n.end, day=d, month=mo, year_be=be, year_ce=ce,
                                       iso=_iso(d, mo, ce), rule="date.numeric"))
    for m in t.rel_re.finditer(view):
        if doc.is_boundary(m.start()) and doc.is_boundary(m.end()) and not _days_counted_before(doc, m.start()):
            out.append(DateMention(text[m.start():m.end()], m.start(), m.end(), relative=t.relative[m.group()],
                                   rule="date.relative"))
    return _join_ranges(doc, leftmost_longest(out))


_SHORT_SPACES = regex.compile(r"[ ]{0,2}")


def _days_counted_before(doc: Document, pos: int) -> bool:
    """ "ในช่วง 2-3 วันนี้", "ตลอด 2 วันนี้", "การประชุมสามวันนี้": a count of days right before วันนี้ makes it "these
    few days", not today. A label's number stays a label ("โควิด-19 วันนี้", "ครั้งที่ 2 วันนี้": today)."""
    if not doc.view.startswith("วันนี้", pos):
        return False
    for n in doc.numbers_between(max(0, pos - 40), pos):
        if n.end <= pos and _SHORT_SPACES.fullmatch(doc.view, n.end, pos) and n.form in ("number", "range", "words"):
            values = n.values if n.form == "range" else (n.value,)
            return all(isinstance(v, int) and 0 < v <= 30 for v in values) and not is_label_before(doc, n.start) \
                and not doc.view[max(0, n.start - PERCENT_WORD_REACH):n.start].rstrip(" ").endswith(PERCENT_WORDS)
    return False


PERCENT_WORDS = ("ร้อยละ",)  # "เพิ่มขึ้นร้อยละ 5 วันนี้…": a percentage, no count of days (rev17)
PERCENT_WORD_REACH = 8


_SECTION_BEFORE = regex.compile(r"[0-9]\.\Z")  # a digit and a point right before a day: a section number's part


def _thai_letter_or_dot(view: str, pos: int) -> bool:
    return pos < len(view) and (view[pos] == "." or "\u0e01" <= view[pos] <= "\u0e5b")


def _label_days_dropped(doc: Document, t: _Tables, matches: Iterable) -> Iterator:
    """The date matches, but a day right after a label word is the label's number ("ระยะที่ 3 ต.ค.-ธ.ค.",
    "ครั้งที่ 2 ก.พ. 67", "ข้อ 5 มี.ค."): the match is taken again from its month on (ต.ค.-ธ.ค., ก.พ. 67),
    or dropped. After วันที่ and the other day_label words (data/date_words.tsv) the number stays a day."""
    view = doc.view
    for m in matches:
        if m["mon"] and is_label_before(doc, m.start()) \
                and not view[max(0, m.start() - LABEL_WORD_REACH):m.start()].rstrip().endswith(t.day_labels):
            m = t.date_re.match(view, m.start("mon"), min(len(view), m.start("mon") + ANCHOR_AFTER + LABEL_WORD_REACH))
            if m is None:
                continue
        yield m


LABEL_WORD_REACH = 12  # a day_label word and the spaces after it


def _short_year(doc: Document, t: _Tables, end: int) -> bool:
    """Two digits after a month are its year unless a time, a broken figure or a count's unit follows."""
    return t.not_short_year.match(doc.view, end) is None and _year_follows(doc, t, end)


def _year_follows(doc: Document, t: _Tables, end: int) -> bool:
    """A two-digit number after a month is its year unless a count's unit follows it ("ก.พ. 10 ราย");
    a person's title after it is no unit ("20 ส.ค. 65 นายวิชัย")."""
    unit = unit_after(doc, end)
    if unit is None:
        return True
    return any(doc.view.startswith(title, unit.start) for title in t.titles)


@lexicon_cache
def _percent_after() -> regex.Pattern:
    """A percent mark or word right after a figure (percent_words suffix: %, เปอร์เซ็นต์ …): the figure is a percent."""
    return regex.compile(rf"[ ]?(?:{alternation(words('percent_words', role='suffix'))})")


def _year_with_prefix(doc: Document, t: _Tables, m) -> DateMention | None:
    """ "ปี 2566", "พ.ศ. 2566", "ปีงบประมาณ พ.ศ. 2568", "งบ 68", "ปีการผลิต 2566/67", "ปี 2563 - 2567"."""
    text = doc.text
    start, end = m.start(), m.end()
    word = m["prefix"]
    kind = t.prefixes.get(word)  # be, ce or "" for a year word; None for a period word
    period = t.periods.get(word)
    era = t.eras.get(m["era3"]) or (kind if kind in ("be", "ce") else None)
    raw = m["year3"]
    if len(raw) == 2:
        # "งบ 68", "ปี 64" — never "ปี 64 คน", "งบ 68 ล้านบาท", nor a duration's ปี ("3 ปี 64 ...")
        if word not in t.short_year_ok or m["era3"] or unit_after(doc, m.end("year3")) is not None \
                or _number_right_before(doc, start) or t.not_short_year.match(doc.view, m.end("year3")):
            return None  # also "ปี ๒๕'๖๘" (2568 broken by a mark), "ปี 10.30 น."
        if doc.numbers_between(m.start("year3"), m.start("year3") + 1) and \
                doc.numbers_between(m.start("year3"), m.start("year3") + 1)[0].end > m.end("year3") \
                and not m["ypair"] and not m["year4"]:
            return None  # "ปี 64.5" or a number that runs on
    be, ce = _year(raw, era)
    if be is None:
        return None
    end_be = None
    if m["ypair"]:
        pair = m["ypair"]
        nxt = int(pair) if len(pair) == 4 else be // 100 * 100 + int(pair)
        if nxt != be + 1:
            return None  # "2566/12" is no year pair
        end_be = nxt
    elif m["year4"] and m["to"] and (len(m["year4"]) != 4 or unit_after(doc, m.end("year4")) is not None
                                     or _percent_after().match(doc.view, m.end("year4"))):
        # "ปี 2566 ถึง 67 ราย", "ปี 2566 ถึง 2567 ราย": after ถึง only a whole year and no unit (v21), nor a
        # percent ("ในปี 2566 ถึง 2567 เปอร์เซ็นต์", rev22)
        end = m.end("year3")
    elif m["year4"]:  # "ปี 2563 - 2567", "ปี 2566 ถึง 2567" (v21), "ปีงบประมาณ 2566-67"
        pair = m["year4"]
        if len(pair) == 2:  # "ปีงบประมาณ 2566-67", "ปี 2565-66": the second year in its last two digits
            short_ok = unit_after(doc, m.end("year4")) is None and not t.not_short_year.match(doc.view, m.end("year4")) \
                and not _percent_after().match(doc.view, m.end("year4"))  # "ปีงบประมาณ 2566 - 75%": 75% in 2566 (rev21)
            # in the era the first year is written in: "ค.ศ. 2023-24" ends in 2024, "ปีงบ 67-68" in 2568
            end_be = _year(str(int(raw) // 100 * 100 + int(pair)), era)[0] if short_ok else None
        else:
            end_be, _ = _year(pair, era)
        if end_be is None or end_be <= be or _ANOTHER_YEAR.match(doc.view, end):
            # "ปีการศึกษา 2563-2564-2565": a list of years, not a range ending at the second
            end = m.end("year3")
            end_be = None
    if period is None and not kind:
        rule = "date.year.plain"
    else:
        rule = f"date.year.{'named' if period == '-' else period or kind}"
    return DateMention(text[start:end], start, end, year_be=be, year_ce=ce, end_year_be=end_be,
                       end_year_ce=be_to_ce(end_be) if end_be else None,
                       period=period if period and period != "-" else None, rule=rule)


_ANOTHER_YEAR = regex.compile(r"[ ]{0,3}[-–][ ]{0,3}[0-9]")
_DAY_BEFORE_RANGE = regex.compile(r"[0-9][ ]{0,3}[-–][ ]{0,3}\Z")


def _number_right_before(doc: Document, pos: int) -> bool:
    """A figure ends just before `pos` ("3 ปี 64"): the word at `pos` is that figure's unit."""
    lo = max(0, pos - 40)
    nums = doc.numbers_between(lo, pos)
    return bool(nums) and not doc.view[nums[-1].end:pos].strip()


_PERCENT_BEFORE = regex.compile(r"ร้อยละ[ ]*\Z")
# between two figures of a range or a list: "ร้อยละ 2 ถึง 3", "2.5 และ 3", "1, 2 หรือ 3" (rev23)
_YEAR_FIGURE = regex.compile(r"(?:25|19|20)[0-9]{2}|[๒][๕][๐-๙]{2}")
# (a line break too: "ร้อยละ 2 ถึง\r\n3 ไตรมาสแรก", rev23b)
_FIGURE_LINK = regex.compile(r"[ ]*(?:%|เปอร์เซ็นต์)?[ ]*(?:ถึง|[-–]|และ|หรือ|,)[ \t\r\n]*")
# a year word before a figure: "ปี 65 และ 3 ไตรมาสแรกของปี 67" (a two-digit year, rev23b)
_YEAR_WORD_RIGHT_BEFORE = regex.compile(r"(?:ปี|พ\.ศ\.|ค\.ศ\.)[ ]?\Z")


def _count_right_before(doc: Document, pos: int) -> tuple[int, int] | None:
    """(value, start) of a whole figure 1 to 4 that ends just before `pos` (spaces aside: "3 ไตรมาสแรก", "สองไตรมาส
    แรก"), no label's number nor a percent's, nor the last of a range or list of figures; else None (a decimal or a
    larger figure is some other figure's value)."""
    nums = doc.numbers_between(max(0, pos - 40), pos)
    if not nums or doc.view[nums[-1].end:pos].strip() or is_label_before(doc, nums[-1].start):
        return None  # "ข้อ 3 ไตรมาสแรกของปี 2567": a label's number counts nothing
    m = nums[-1]
    if not isinstance(m.value, int) or not 1 <= m.value <= 4 or "." in m.text \
            or _PERCENT_BEFORE.search(doc.view, max(0, m.start - 12), m.start):
        return None  # "ขยายตัวที่ร้อยละ 0.09 ไตรมาสแรก ปี 2564", "ร้อยละ 3 ไตรมาสแรก": another figure's value
    if len(nums) > 1 and _FIGURE_LINK.fullmatch(doc.view, nums[-2].end, m.start) \
            and not _YEAR_FIGURE.fullmatch(doc.view, nums[-2].start, nums[-2].end) \
            and not _YEAR_WORD_RIGHT_BEFORE.search(doc.view, max(0, nums[-2].start - 8), nums[-2].start):
        # "ขยายตัวร้อยละ 2 ถึง 3 ไตรมาสแรก", "1 หรือ 2 ไตรมาสแรก": the top of a range or list, no count (rev23); a year
        # before is no range's low: "ยอดขายทั้งปี 2566 และ 3 ไตรมาสแรกของปี 2567" counts three quarters
        return None
    return m.value, m.start


_QUARTER_DASH_BEFORE = regex.compile(r"[1-4][ ]{0,3}/[ ]{0,3}[0-9]{2,4}[ ]{0,3}[-–][ ]{0,3}\Z")


def _part_of_year(doc: Document, t: _Tables, m) -> DateMention | None:
    """ "ไตรมาส 1/2567", "ไตรมาสที่ 3 ปี 2566", "ไตรมาสแรกของปี 2567", "ครึ่งปีหลัง 2565": a quarter or half
    of a written year. Without a year the words name no calendar date, so nothing is emitted."""
    start, end = m.start(), m.end()
    if _QUARTER_DASH_BEFORE.search(doc.view, max(0, start - 16), start):
        return None  # "ไตรมาส 3/2566 - ไตรมาส 3/2567": a range's end alone (v24)
    raw, sep = m["pyear"], m["psep"]
    if len(raw) == 2 and "/" not in sep and "ปี" not in sep:
        return None  # "ไตรมาส 1 25 ราย" — a short year needs "/" or ปี before it
    if len(raw) == 2 and (unit_after(doc, end) is not None and not _year_follows(doc, t, end)
                          or t.not_short_year.match(doc.view, end)):
        return None
    be, ce = _year(raw, t.eras.get(m["pera"]))
    if be is None:
        return None
    period = t.periods.get(m["pper"]) if m["pper"] else None  # not ปีบัญชี ("-"): whose quarters are not written
    if m["q"]:
        last: int | None = None
        if m["qn"]:
            which = int(m["qn"])
            if m["qn2"]:  # "ไตรมาส 1 ถึง 3 ปี 2567", "ไตรมาส 1-3/2567": one record, as a range of days is
                last = int(m["qn2"])
                if last <= which:
                    return None  # "ไตรมาส 3 ถึง 1 ปี 2567": no range reads so
        else:
            which = {"first": 1, "last": 4}[t.ordinals[m["qord"]]]
            counted = _count_right_before(doc, start)
            if counted is not None:  # "3 ไตรมาสแรกของปี 2567" is quarters 1 to 3, not the first quarter
                count, start = counted  # the count is part of the span
                if count > 1:
                    which, last = (1, count) if which == 1 else (5 - count, 4)
        return DateMention(doc.text[start:end], start, end, year_be=be, year_ce=ce, quarter=which, end_quarter=last,
                           period=period, rule="date.quarter")
    which = {"first": 1, "last": 2}[t.ordinals[m["hord"]]]
    return DateMention(doc.text[start:end], start, end, year_be=be, year_ce=ce, half=which, period=period,
                       rule="date.half")


@lexicon_cache
def _range_join_re() -> regex.Pattern:
    return regex.compile(rf"[ ]{{0,3}}(?:{grammar_re('date_range_join')})[ ]{{0,3}}")


def _join_ranges(doc: Document, dates: list) -> list:
    """ "1 มกราคม - 24 ธันวาคม 2566", "16 ต.ค. – 30 ธ.ค. 64": two dates joined by a dash or ถึง, the first
    without a year of its own, are ONE record: the first date's fields plus `end_*` from the second. The first takes the year written at
    the end (the year before when its month comes later: "1 ธ.ค. - 31 ม.ค. 2567")."""
    join_re = _range_join_re()
    out: list = []
    i = 0
    while i < len(dates):
        a = dates[i]
        b = dates[i + 1] if i + 1 < len(dates) else None
        if b is not None and _joinable(a, b) and join_re.fullmatch(doc.view, a.end, b.start):
            out.append(_range(doc, a, b))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _joinable(a, b) -> bool:
    """Only a first date without its own year joins the next one: "1 มกราคม - 24 ธันวาคม 2566" is one
    range, but "27 มกราคม 2568 ถึงวันที่ 28 มีนาคม 2568" is two complete dates (as the gold marks them)."""
    if a.year_be is not None or a.relative or b.relative or not a.month or not b.month:
        return False
    if a.end_day or b.end_day or a.end_month or b.end_month:
        return False
    if a.quarter or a.half or b.quarter or b.half or a.period or b.period:
        return False
    return (a.day is None) == (b.day is None)


def _range(doc: Document, a, b) -> DateMention:
    be = None
    if b.year_be is not None:
        be = b.year_be if (a.month, a.day or 0) <= (b.month, b.day or 0) else b.year_be - 1
    ce = be_to_ce(be) if be else None
    if not _valid_day(a.day, a.month, ce):
        be = ce = None
    end_be = b.year_be if b.year_be != be else None
    return DateMention(doc.text[a.start:b.end], a.start, b.end, day=a.day, month=a.month, year_be=be, year_ce=ce,
                       end_day=b.day, end_month=b.month, end_year_be=end_be,
                       end_year_ce=be_to_ce(end_be) if end_be else None, rule="date.range")
