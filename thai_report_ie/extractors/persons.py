"""Person records: a title written right before a name ("นายสมชาย ใจดี", "สหายเหงียน ทันห์ นาม").

The record's span is the name without its title; `title` holds the title as written.
Conservative on purpose: a person is found only after a title from `data/person_titles.tsv`, and
the name is the run of Thai words after it plus at most two more space-separated words (a family
name; Vietnamese names have three parts), each short and none a stop word, position or head noun.

>>> from thai_report_ie.document import Document
>>> [(p.name, p.title) for p in extract_persons(Document("สหายเหงียน ทันห์ นาม - สมาชิก"))]
[('เหงียน ทันห์ นาม', 'สหาย')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import methodcaller

from .._anchor_scan import anchor_hits
from ..document import Document
from ..lexicon import lexicon_cache, load_tsv
from ..records import Person

__all__ = ["extract_persons"]

MAX_GIVEN_NAME_CHARS = 20
MAX_PART_CHARS = 16  # a family name or a further part of a name
MAX_LAST_PART_CHARS = 6  # a third part ("นาม" of "เหงียน ทันห์ นาม") is short
SPACED_KINDS = frozenset({"military", "police", "academic", "medical", "royal", "comrade"})
# Thai letters, vowels and marks, but not "ฯ" (an abbreviated name ends there) nor "ๆ"
_THAI_WORD = re.compile(r"[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E]+")
_MATCH_START = methodcaller("start")


@lexicon_cache
def _titles() -> tuple[dict[str, str], dict[str, list[str]]]:
    titles = {r["title"]: r["kind"] for r in load_tsv("person_titles")}
    by_char: dict[str, list[str]] = {}
    for t in titles:
        by_char.setdefault(t[0], []).append(t)
    for lst in by_char.values():
        lst.sort(key=len, reverse=True)
    return titles, by_char


@lexicon_cache
def _titles_by_two() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Titles of two or more characters keyed by their first two, longest first; and the
    one-character titles (tried last, as the shortest)."""
    titles, _ = _titles()
    by_two: dict[str, list[str]] = {}
    for t in titles:
        if len(t) >= 2:
            by_two.setdefault(t[:2], []).append(t)
    return ({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_two.items()},
            frozenset(t for t in titles if len(t) == 1))


@lexicon_cache
def _not_name_words() -> frozenset[str]:
    """Words that end a name: the organisation extractor's stop words and head nouns (less the
    heads that open a body only as a word of their own, which surnames start with: "กองจันทร์")."""
    words = {r["word"] for r in load_tsv("org_stops")}
    words |= {r["head"] for r in load_tsv("org_heads")}
    words -= {r["word"] for r in load_tsv("org_generic") if r["kind"] == "whole_head"}
    return frozenset(words)


def extract_persons(doc: Document) -> list[Person]:
    """Person records of `doc` in text order; `text == doc.text[start:end]` always."""
    try:
        return _scan(doc)
    except Exception:  # pragma: no cover - an extractor never raises on text
        return []


@lexicon_cache
def _title_starts() -> re.Pattern[str]:
    """Where a title starts: its first character, then (ahead, not taken) the rest of some title
    of two or more characters; or a one-character title. Each match takes one character, so
    overlapping starts are all found, and the branches start with a literal, so the search skips
    in C to the next possible first character (a Python step at every token cost twice as much)."""
    by_two, singles = _titles_by_two()
    rests: dict[str, set[str]] = {}
    for bucket in by_two.values():
        for title in bucket:
            rests.setdefault(title[0], set()).add(title[1:])
    branches = [re.escape(c) + "(?=" + "|".join(map(re.escape, sorted(r, key=lambda x: (-len(x), x)))) + ")"
                for c, r in sorted(rests.items())]
    branches += [re.escape(c) for c in sorted(singles)]
    return re.compile("|".join(branches) if branches else r"(?!)")


def _scan(doc: Document) -> list[Person]:
    view, text = doc.view, doc.text
    by_two, singles = _titles_by_two()
    titles, _ = _titles()
    stop = _not_name_words()
    starts = doc._starts
    toks: list | None = None  # the tokens, asked for at the first title
    n = len(starts)
    out: list[Person] = []
    done = 0
    hits = anchor_hits(doc)  # one automaton pass with the date anchors; else the pattern's own pass
    title_starts = hits[0] if hits is not None else map(_MATCH_START, _title_starts().finditer(view))
    for s in title_starts:
        if s < done:
            continue
        i = bisect_left(starts, s)  # the token that starts at s, if any
        if i == n or starts[i] != s:
            continue
        if toks is None:
            toks = doc.tokens
        if toks[i].kind != "word":
            continue
        # the longest title at the token's start
        title = None
        bucket = by_two.get(view[s:s + 2])
        if bucket is not None:
            for x in bucket:
                if view.startswith(x, s):
                    title = x
                    break
        if title is None:
            if not singles or view[s] not in singles:
                continue
            title = view[s]
        # Tokens are in text order and do not overlap (they tile the text), so the token that
        # ends or starts at `pos` (after this token's start) is found by walking on from i.
        pos = s + len(title)
        if not title.endswith("."):
            k = i
            while k < n and toks[k][2] < pos:
                k += 1
            if k == n or toks[k][2] != pos:
                continue  # "นายก" is not "นาย" + a name
            if titles[title] in SPACED_KINDS and view.startswith(" ", pos) and _THAI_WORD.match(view, pos + 1):
                pos += 1  # "พลเอก ไพบูลย์ คุ้มฉายา": ranks and degrees are often written apart
        elif view.startswith(" ", pos) and not view.startswith("  ", pos):
            pos += 1  # "ดร. สมชาย"
        j = i + 1  # the (last) token that starts at pos, as {t.start: i for i, t in ...}.get(pos)
        while j < n and toks[j][1] < pos:
            j += 1
        if j < n and toks[j][1] == pos:
            while j + 1 < n and toks[j + 1][1] == pos:
                j += 1
        else:
            # the title ends inside a token ("พล.อ.ประยุทธ์" may be one piece): take the token's rest
            j = i
        # the given name: Thai words up to a space, a stop word or punctuation
        k, name_end = j, pos
        while k < len(toks) and toks[k].kind == "word":
            w = view[max(toks[k].start, pos):toks[k].end]
            if not w or not _THAI_WORD.fullmatch(w) or w in stop:
                break
            name_end = toks[k].end
            k += 1
        if name_end - pos < 2 or name_end - pos > MAX_GIVEN_NAME_CHARS:
            continue
        parts = [view[pos:name_end]]
        # up to two more parts, each after one space
        while len(parts) < 3 and k + 1 < len(toks) and toks[k].kind == "space" and toks[k].end - toks[k].start == 1:
            m = k + 1
            part_end = toks[m].start
            bad = False
            while m < len(toks) and toks[m].kind == "word" and _THAI_WORD.fullmatch(view, toks[m].start, toks[m].end):
                if view[toks[m].start:toks[m].end] in stop:
                    bad = True
                    break
                part_end = toks[m].end
                m += 1
            part = view[toks[k + 1].start:part_end]
            limit = MAX_PART_CHARS if len(parts) == 1 else MAX_LAST_PART_CHARS
            if bad or not part or len(part) > limit or (m < len(toks) and toks[m].kind == "word"
                                                         and not view[toks[m].start:toks[m].end].isspace()
                                                         and _THAI_WORD.match(view, toks[m].start)):
                break
            parts.append(part)
            name_end = part_end
            k = m
        # the record spans the name; the title travels in `title` (as the seed gold has it)
        out.append(Person(text[pos:name_end], pos, name_end, name=" ".join(parts),
                          title=title, rule="person.title"))
        done = name_end
    return out
