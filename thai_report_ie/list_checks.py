"""List counts: a stated count and the items the text lists after it.

"ผู้ป่วย 3 กลุ่ม ได้แก่ ผู้ป่วยโรคไม่ติดต่อเรื้อรัง ผู้ป่วยโรคไตเรื้อรัง และผู้สูงอายุติดบ้าน" (inline,
the last item after และ) and "มี 5 มาตรการ ดังนี้ 1) ... 2) ... 5) ..." (numbered, across lines).

A numbered list runs 1, 2, 3 ... in one style right after the intro word; a count that differs
is a `mismatch` only when each item starts a line of its own, holds no figure but its number
(else the count may be a total of the items' figures), and the list is not followed by more
numbered lines (numbers inside one line skip and restart too often to prove anything).
An inline list is split at spaces and commas, which also stand inside items ("กรุงปารีส
สาธารณรัฐฝรั่งเศส") and go missing between them ("ชลบุรีนครศรีธรรมราช"), so it only ever gives
`ok`: when the pieces, or the pieces that start like the first and last item, number exactly
the count. A list that goes on (เป็นต้น, ฯลฯ) gives no check.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from . import _regex_compat as regex  # `re` where it reads a pattern as `regex` does: faster calls

from .document import Document
from .extractors.quantities import unit_after
from .lexicon import alternation, grammar_re, lexicon_cache, words
from .records import Check, Money, Quantity

_NUMBERED_LINE = regex.compile(r"\(?[0-9๐-๙]{1,2}[.)]")  # compiled once (no cache look-up a call)

__all__ = ["list_count_checks"]

MAX_COUNT = 30  # counts above this are not lists the text spells out
INLINE_REACH = 400  # characters after the intro word an inline list may run (on its line)
ITEM_GAP = 800  # at most this between two numbered items
MAX_LINE_ITEM = 200  # a numbered item longer than this may hold a list of its own
MIN_PREFIX = 3  # characters items must share to be counted by their common head word


class Item(NamedTuple):
    text: str
    start: int
    end: int


@lexicon_cache
def _res() -> dict[str, regex.Pattern]:
    intro = alternation(words("check_words", role="list_intro"))
    open_end = alternation(words("check_words", role="open_end"))
    return {
        # the count, an optional word glued after its classifier (3 อันดับแรก), then the intro word
        "intro": regex.compile(rf"[ ]?[^\s0-9๐-๙]{{0,10}}?[ ]?(?:{intro})[ ]?:?[ ]?"),
        "noun": regex.compile(r"[ ]?[^\s0-9๐-๙()]{1,12}"),
        "bare_intro": regex.compile(rf"[ ]?(?:{intro})"),
        "enum": regex.compile(r"(?:(?<=\s)|(?<=^)|(?<=[ก-๙]))(\()?([0-9๐-๙]{1,2})([.)])(?![0-9๐-๙.])"),
        "open_end": regex.compile(open_end),
        "piece": regex.compile(r"[^\s,]+"),
        "ordinal": regex.compile(rf"(?:{grammar_re('ordinal_marker')})[ ]?$"),
    }


def _count_spans(doc: Document, items: Sequence[Quantity | Money]):
    """(number mention, span of the count) for integers 2..MAX_COUNT followed by a noun and an
    intro word; the span is the quantity record's when there is one."""
    by_start = {q.start: q for q in items if isinstance(q, Quantity)}
    res = _res()
    for n in doc.numbers:
        if n.form not in ("number", "words") or n.value is None or n.value != int(n.value) \
                or not 2 <= n.value <= MAX_COUNT:
            continue
        q = by_start.get(n.start)
        m = res["intro"].match(doc.view, q.end if q is not None else n.end)
        if m is None:
            continue  # no intro word (ได้แก่, ดังนี้) after the count: the common case, decided first
        unit = unit_after(doc, n.end)
        if (unit is not None and unit.kind != "classifier") or (n.form == "words" and q is None):
            continue  # "4 ปี", "สี่ปี": a duration or measure counts no items
        if q is not None:
            if q.qualifier or q.relation or q.range:
                continue
        else:
            noun = res["noun"].match(doc.view, n.end)
            if noun is None or res["bare_intro"].match(doc.view, n.end):
                continue  # "ศตวรรษที่ 21 ได้แก่": no noun after the number, nothing counted
        if res["ordinal"].search(doc.view, max(0, n.start - 4), n.start):
            continue  # "ครั้งที่ 3 ได้แก่"
        span = (n.start, q.end) if q is not None else (n.start, _noun_end(doc, n.end, m))
        yield n, span, m.end()


def _noun_end(doc: Document, pos: int, intro: regex.Match) -> int:
    """End of the classifier word(s) between the count and its intro word (3 อันดับแรก)."""
    text = doc.view[pos:intro.end()]
    cut = min((text.find(w) for w in words("check_words", role="list_intro") if w in text), default=len(text))
    return pos + len(text[:cut].rstrip())


def _numbered(doc: Document, start: int) -> list[Item] | None:
    """Items 1, 2, 3 ... of one enumerator style starting right after `start`, or None."""
    res = _res()
    first = res["enum"].search(doc.view, start, start + 12)
    if first is None or first.group(2) != "1" or doc.view[start:first.start()].strip():
        return None
    style = (first.group(1), first.group(3))
    marks = [first]
    for m in res["enum"].finditer(doc.view, first.end(), first.end() + ITEM_GAP * 12):
        if (m.group(1), m.group(3)) != style:
            continue
        if m.start() - marks[-1].end() > ITEM_GAP:
            break
        k = int(m.group(2))
        if k == len(marks) + 1:
            marks.append(m)
        elif k == 1:
            break  # a new list starts
    if len(marks) < 2:
        return None
    out = []
    for a, b in zip(marks, [*marks[1:], None]):
        end = b.start() if b is not None else _line_end(doc, a.end())
        text = doc.text[a.start():end].rstrip(" \t\n,").removesuffix("และ").rstrip(" \t\n,")  # "2) ... และ 3)"
        out.append(Item(text, a.start(), a.start() + len(text)))
    return out


def _line_end(doc: Document, pos: int) -> int:
    nl = doc.text.find("\n", pos)
    return len(doc.text) if nl == -1 else nl


def _inline(doc: Document, start: int) -> list[Item] | None:
    """Pieces of an inline list closed by และ; None if the list has no closing และ on its line,
    or goes on (เป็นต้น, ฯลฯ)."""
    res = _res()
    end = min(_line_end(doc, start), start + INLINE_REACH)
    pieces: list[Item] = []
    depth = 0
    last = False
    for m in res["piece"].finditer(doc.view, start, end):
        text = m.group()
        if depth or (pieces and text.startswith("(")):
            prev = pieces[-1]
            pieces[-1] = Item(doc.text[prev.start:m.end()], prev.start, m.end())
        elif last:
            break
        else:
            if text == "และ":
                continue
            last = text.startswith("และ") or doc.view[max(start, m.start() - 4):m.start()].rstrip().endswith("และ")
            pieces.append(Item(doc.text[m.start():m.end()], m.start(), m.end()))
        depth = max(0, depth + text.count("(") - text.count(")"))
    if not last or len(pieces) < 2:
        return None
    if res["open_end"].search(doc.view, start, pieces[-1].end + 20):
        return None
    return pieces


def _by_head(pieces: list[Item]) -> list[Item]:
    """The pieces that start like the first and the last item (กรุง..., กลุ่ม..., โครงการ...)."""
    def bare(s: str) -> str:
        return s.removeprefix("และ")
    first, last = bare(pieces[0].text), bare(pieces[-1].text)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    if n < MIN_PREFIX:
        return []
    head = first[:n]
    return [p for p in pieces if bare(p.text).startswith(head)]


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _check(span: tuple[int, int], stated: int, items: list[Item], status: str, rule: str, text: str) -> Check:
    listed = " | ".join(_short(i.text.removeprefix("และ").strip()) for i in items)
    what = text[span[0]:span[1]]
    tail = "as stated" if status == "ok" else f"but the text lists {len(items)}"
    return Check(kind="list_count", status=status, stated=stated, computed=len(items),
                 spans=(span, *((i.start, i.end) for i in items)),
                 message=f"{what!r} = {stated}; items listed: {listed} = {len(items)}: {tail}", rule=rule)


def list_count_checks(doc: Document, items: Sequence[Quantity | Money]) -> list[Check]:
    out: list[Check] = []
    for n, span, start in _count_spans(doc, items):
        count = int(n.value)
        numbered = _numbered(doc, start)
        if numbered:
            if len(numbered) == count:
                out.append(_check(span, count, numbered, "ok", "check.list_count.numbered", doc.text))
            elif _one_a_line(doc, numbered):
                out.append(_check(span, count, numbered, "mismatch", "check.list_count.numbered", doc.text))
            continue
        pieces = _inline(doc, start)
        if pieces is None:
            continue
        if len(pieces) == count:
            out.append(_check(span, count, pieces, "ok", "check.list_count.inline", doc.text))
        elif len(pieces) > count and len(_by_head(pieces)) == count:
            out.append(_check(span, count, _by_head(pieces), "ok", "check.list_count.head", doc.text))
    return out


def _one_a_line(doc: Document, items: list[Item]) -> bool:
    """A numbered list whose structure is certain: each item starts a line of its own, and the
    line after the last item is not numbered (nothing numbered out of order or left out)."""
    for i in items:
        if doc.text[doc.text.rfind("\n", 0, i.start) + 1:i.start].strip() or "\n" in i.text \
                or len(i.text) > MAX_LINE_ITEM or len(doc.numbers_between(i.start, i.end)) > 1:
            return False  # an item with figures of its own ("1) ลำปาง 1 แห่ง") may be a breakdown
    rest = doc.view[items[-1].end:items[-1].end + 40].lstrip("\n ")
    return not _NUMBERED_LINE.match(rest)
