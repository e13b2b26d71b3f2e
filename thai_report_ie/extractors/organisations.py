"""Organisation records: named bodies, their acronyms and the bodies they belong to.

One left-to-right scan over the document's tokens. A name opens at a head noun ("กระทรวง",
"สหภาพ", ...), a known name or written form, or an abbreviation ("กกต.", "ธ.ก.ส.", "BOI"), and runs
over the words after it until a stop word, a number, a space or punctuation ends it. The words live
in `data/org_*.tsv`; this module holds only the logic.

>>> from thai_report_ie.document import Document
>>> [o.text for o in extract_organisations(Document("ศาลอาญาได้ให้ประกันตัว"))]
['ศาลอาญา']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..document import Document
from ..lexicon import load_tsv
from ..records import Organisation, Token

__all__ = ["extract_organisations"]

MAX_NAME_TOKENS = 16
MAX_NAME_CHARS = 120
MAX_ACRONYM_REACH = 14  # tokens a name may be stretched over to reach its "(ABC)"
MAX_COMPANY_REACH = 10  # tokens between "บริษัท" and "จำกัด" across spaces

_THAI_WORD = re.compile(r"[\u0E01-\u0E4E]+")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E2E]")
_VOWEL_OR_MARK = re.compile(r"[\u0E30-\u0E4E]")
# an abbreviation: Thai syllable-initial runs each closed by a dot ("กกต.", "ธ.ก.ส.", "สภ.อ.");
# every repetition ends in a literal "." that the classes exclude, so matching is linear
_ABBREVIATION = re.compile(r"[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.(?:[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.){0,4}")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-]{1,14}")
_PAREN_INNER = re.compile(r"\(\s*([^()]{1,20}?)\s*\)")
_LINKS = ("ของ", "ประจำ", "สังกัด")


@dataclass(frozen=True, slots=True)
class _Form:
    """A known written form: the canonical name it stands for and the acronym it is, if any."""

    name: str
    acronym: str | None
    rule: str


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    name: str
    rule: str
    acronym: str | None = None
    parent: str | None = None


# ---------------------------------------------------------------- lexicons (loaded once)

def _by_first_char(items) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in items:
        if w:
            out.setdefault(w[0], []).append(w)
    for lst in out.values():
        lst.sort(key=len, reverse=True)
    return out


@cache
def _heads() -> tuple[dict[str, tuple[str, bool]], dict[str, list[str]]]:
    heads = {r["head"]: (r["category"], r["needs_name"] != "0") for r in load_tsv("org_heads")}
    return heads, _by_first_char(heads)


@cache
def _prefixes() -> dict[str, tuple[str, str]]:
    return {r["prefix"]: (r["category"], r["stands_for"]) for r in load_tsv("org_prefixes")}


@cache
def _stops() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in load_tsv("org_stops")}


@cache
def _generic() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in load_tsv("org_generic"):
        out.setdefault(r["kind"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _not_acronyms() -> frozenset[str]:
    return frozenset(r["abbreviation"] for r in load_tsv("org_not_acronyms"))


@cache
def _known() -> tuple[dict[str, _Form], dict[str, list[str]]]:
    forms: dict[str, _Form] = {}
    for r in load_tsv("org_known"):
        name = r["name"]
        forms.setdefault(name, _Form(name, None, "org.known"))
        for alias in filter(None, r["aliases"].split("|")):
            forms.setdefault(alias, _Form(name, None, "org.known_alias"))
        for acr in filter(None, r["acronyms"].split("|")):
            forms.setdefault(acr, _Form(name, acr, "org.known_acronym"))
    return forms, _by_first_char(forms)


# ---------------------------------------------------------------- the scan

class _Scan:
    """State of one scan over one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.view = doc.view
        self.toks: list[Token] = doc.tokens
        self.starts = {t.start: i for i, t in enumerate(self.toks)}
        self.ends = {t.end for t in self.toks}
        self.ends.add(len(self.view))
        self.heads, self.heads_by_char = _heads()
        self.forms, self.forms_by_char = _known()
        self.stops = _stops()
        self.generic = _generic()
        self.defined: dict[str, str] = {}  # acronym defined in this text -> full name

    # -- small predicates

    def word(self, i: int) -> str:
        t = self.toks[i]
        return self.view[t.start:t.end]

    def is_thai_word(self, i: int) -> bool:
        t = self.toks[i]
        return t.kind == "word" and _THAI_WORD.fullmatch(self.view, t.start, t.end) is not None

    def head_at(self, pos: int) -> str | None:
        """The longest head noun starting at `pos` (which is a token start)."""
        for h in self.heads_by_char.get(self.view[pos:pos + 1], ()):
            if self.view.startswith(h, pos):
                return h
        return None

    def form_at(self, pos: int) -> str | None:
        """The longest known written form starting at `pos` and ending on a token boundary."""
        for f in self.forms_by_char.get(self.view[pos:pos + 1], ()):
            if self.view.startswith(f, pos):
                end = pos + len(f)
                if end in self.ends or f.endswith(".") or f.endswith("ฯ"):
                    return f
        return None

    def starts_body(self, i: int) -> bool:
        """Does token i open a head noun or a known name?"""
        if i >= len(self.toks):
            return False
        pos = self.toks[i].start
        return self.head_at(pos) is not None or self.form_at(pos) is not None

    def next_index(self, i: int, skip_space: bool = True) -> int:
        j = i + 1
        if skip_space and j < len(self.toks) and self.toks[j].kind == "space" and self.toks[j].end - self.toks[j].start == 1:
            j += 1
        return j

    # -- name extension after a head

    def extend(self, j: int, category: str) -> tuple[int, int, str]:
        """Consume name tokens from index j; return (end offset, next index, why it stopped)."""
        toks, view, stops, generic = self.toks, self.view, self.stops, self.generic
        end = toks[j - 1].end if j > 0 else 0
        n = 0
        while j < len(toks) and n < MAX_NAME_TOKENS:
            t = toks[j]
            w = view[t.start:t.end]
            prev = view[toks[j - 1].start:toks[j - 1].end] if j > 0 else ""
            if t.kind == "space":
                k = j + 1
                if t.end - t.start > 2 or k >= len(toks):
                    return end, j, "space"
                nw = view[toks[k].start:toks[k].end]
                if nw in generic.get("continuation", ()):
                    end, j, n = toks[k].end, k + 1, n + 1
                    continue
                if nw == "(" and view.startswith(("(มหาชน)", "(องค์การมหาชน)"), toks[k].start):
                    close = view.index(")", toks[k].start) + 1
                    return close, self.starts.get(close, len(toks)), "space"
                if prev in generic.get("numbered", ()) and toks[k].kind == "number" and len(nw) <= 4:
                    return toks[k].end, k + 1, "number"
                if category == "company":
                    stop = self.company_end(k)
                    if stop is not None:
                        return stop, self.starts.get(stop, len(toks)), "space"
                return end, j, "space"
            if t.kind == "number":
                if prev in generic.get("numbered", ()) and len(w) <= 4:
                    return t.end, j + 1, "number"
                return end, j, "number"
            if w == "(" and view.startswith(("(มหาชน)", "(องค์การมหาชน)"), t.start):
                close = view.index(")", t.start) + 1
                return close, self.starts.get(close, len(toks)), "paren"
            if w == "-" and n and j + 1 < len(toks) and self.is_thai_word(j + 1):
                end, j, n = t.end, j + 1, n + 1
                continue
            if not self.is_thai_word(j):
                return end, j, "punct"
            if w.endswith("ฯ"):
                return t.end, j + 1, "abbrev"
            kind = stops.get(w)
            if kind is not None:
                if w == "ประจำ" and not self.starts_body(self.next_index(j)):
                    end, j, n = t.end, j + 1, n + 1
                    continue
                if w == "และ":
                    closing = self.closing_after(j + 1)
                    if closing is not None:
                        end, j, n = toks[closing].end, closing + 1, n + 3
                        continue
                if w in generic.get("numbered", ()) and j + 1 < len(toks) and toks[j + 1].kind == "number":
                    return toks[j + 1].end, j + 2, "number"
                return end, j, "stop"
            end, j, n = t.end, j + 1, n + 1
        return end, j, "length"

    def closing_after(self, i: int) -> int | None:
        """Index of a closing word ("แห่งชาติ") within a few plain name tokens from i, if any."""
        closing = self.generic.get("closing", ())
        for k in range(i, min(i + 6, len(self.toks))):
            if not self.is_thai_word(k):
                return None
            w = self.word(k)
            if k == i and self.starts_body(k):
                return None
            if w in closing:
                return k
            if w in self.stops:
                return None
        return None

    def company_end(self, i: int) -> int | None:
        """End offset of "... จำกัด" (and " (มหาชน)") reached over spaced words from index i."""
        for k in range(i, min(i + MAX_COMPANY_REACH, len(self.toks))):
            t = self.toks[k]
            w = self.view[t.start:t.end]
            if w == "จำกัด":
                end = t.end
                rest = self.view[end:end + 16]
                m = re.match(r"\s?\((?:มหาชน)\)", rest)
                return end + m.end() if m else end
            if t.kind not in ("word", "space") or w in self.stops:
                return None
        return None

    # -- acronyms in parentheses

    def paren_after(self, end: int) -> tuple[str, int] | None:
        """("ABC", end of "(ABC)") when an acronym in parentheses follows `end`, else None."""
        i = self.starts.get(end)
        if i is None:
            return None
        if self.toks[i].kind == "space" and self.toks[i].end - self.toks[i].start <= 2:
            i += 1
        if i >= len(self.toks) or self.toks[i].kind != "acronym":
            return None
        t = self.toks[i]
        m = _PAREN_INNER.fullmatch(self.view, t.start, t.end)
        if not m:
            return None
        inner = m.group(1)
        if inner in _not_acronyms():
            return None
        return inner, t.end

    def stretch_to_paren(self, j: int) -> int | None:
        """From a name that stopped at token j, the end offset right before a "(ABC)" within reach."""
        for k in range(j, min(j + MAX_ACRONYM_REACH, len(self.toks))):
            t = self.toks[k]
            if t.kind == "acronym":
                return self.toks[k - 1].start if self.toks[k - 1].kind == "space" else t.start
            if t.kind == "space":
                if k + 1 < len(self.toks) and self.toks[k + 1].kind == "acronym" and t.end - t.start <= 2:
                    continue
                return None
            if not self.is_thai_word(k) and self.word(k) != "-":
                return None
            if k > j and self.head_at(t.start) is not None:
                return None
        return None

    # -- the records

    def generic_name(self, head: str, text: str) -> bool:
        g = self.generic
        rest = text[len(head):].strip()
        if text in g.get("name", ()) or rest in g.get("modifier", ()):
            return True
        for mod in g.get("modifier", ()):
            if len(mod) >= 3 and rest.startswith(mod):
                return True
        return False

    def from_head(self, i: int, head: str) -> tuple[_Found, int] | None:
        t = self.toks[i]
        view = self.view
        category, needs_name = self.heads[head]
        word = view[t.start:t.end]
        if any(word.startswith(p) for p in self.generic.get("token_prefix", ())):
            return None
        head_end = t.start + len(head)
        if head_end != t.end and head_end not in self.ends:
            # the head ends inside this token: the token's rest is the start of the name
            pass
        j = i + 1
        while j < len(self.toks) and self.toks[j].end <= head_end:
            j += 1
        end, j, why = self.extend(j, category)
        end = max(end, head_end)
        rule = "org.head"
        acronym = None
        paren = self.paren_after(end)
        if paren is None and why in ("stop", "length"):
            stretched = self.stretch_to_paren(j)
            if stretched is not None and stretched > end:
                paren = self.paren_after(stretched)
                if paren is not None:
                    end, rule = stretched, "org.head_acronym"
        if paren is not None:
            acronym = paren[0]
        text = view[t.start:end]
        if needs_name and (end == head_end or self.generic_name(head, text)) and acronym is None:
            return None
        if end - t.start > MAX_NAME_CHARS:
            return None
        name = " ".join(text.split())
        nxt = paren[1] if paren is not None else end
        return _Found(t.start, end, name, rule, acronym), nxt

    def from_form(self, i: int, form: str) -> tuple[_Found, int]:
        t = self.toks[i]
        f = self.forms[form]
        end = t.start + len(form)
        found = _Found(t.start, end, f.name, f.rule, f.acronym)
        paren = self.paren_after(end) if f.acronym is None else None
        if paren is not None:
            found.acronym = paren[0]
            return found, paren[1]
        return found, end

    def from_abbreviation(self, i: int) -> tuple[_Found | None, int]:
        """An abbreviation at token i: a known or defined acronym, a prefix + name, or unknown."""
        t = self.toks[i]
        view = self.view
        m = _ABBREVIATION.match(view, t.start)
        if not m or (t.start > 0 and _THAI_LETTER.match(view, t.start - 1)):
            return None, t.end
        abbr = m.group()
        end = m.end()
        # the longest dotted prefix that is a known prefix ("สภ.อ." before "สภ.")
        for cut in sorted({k + 1 for k, c in enumerate(abbr) if c == "."}, reverse=True):
            pre = abbr[:cut]
            if pre in _prefixes():
                nstart = t.start + cut
                name_found = self.prefix_name(nstart)
                if name_found is not None:
                    nend, nxt = name_found
                    stands_for = _prefixes()[pre][1]
                    rest = view[nstart:nend].strip()
                    return _Found(t.start, nend, stands_for + rest, "org.prefix"), nxt
                break
        if abbr in self.defined:
            return _Found(t.start, end, self.defined[abbr], "org.acronym_use", abbr), end
        if abbr in _not_acronyms() or _VOWEL_OR_MARK.search(abbr):
            return None, end
        letters = abbr.replace(".", "")
        if not 2 <= len(letters) <= 7:
            return None, end
        # a following Thai word glued to the abbreviation ("ผบ.ตร.", "จ.เชียงใหม่") is not ours
        return _Found(t.start, end, abbr, "org.abbreviation", abbr), end

    def prefix_name(self, pos: int) -> tuple[int, int] | None:
        """(end, next offset) of the name after an abbreviated head at `pos`, if one follows."""
        view = self.view
        i = self.starts.get(pos)
        if i is None:
            return None
        if self.toks[i].kind == "space" and self.toks[i].end - self.toks[i].start == 1:
            i += 1
        if i >= len(self.toks) or not self.is_thai_word(i) or self.word(i) in self.stops:
            return None
        end, _, _ = self.extend(i + 1, "prefix")
        end = max(end, self.toks[i].end)
        if end - pos > 60:
            return None
        return end, end

    def run(self) -> list[_Found]:
        toks, view = self.toks, self.view
        out: list[_Found] = []
        pos_done = 0
        for i, t in enumerate(toks):
            if t.start < pos_done or t.kind in ("space", "number"):
                continue
            if t.kind == "acronym":
                continue
            cands: list[tuple[_Found, int]] = []
            form = self.form_at(t.start)
            abbr = _ABBREVIATION.match(view, t.start)
            if form is not None and abbr and abbr.end() > t.start + len(form) and abbr.group() in _not_acronyms():
                form = None  # "ตร." of "ตร.ม." (square metres)
            if form is not None:
                cands.append(self.from_form(i, form))
            w = view[t.start:t.end]
            if w in self.defined and (i + 1 >= len(toks) or not self.is_thai_word(i + 1) or t.end in self.ends):
                cands.append((_Found(t.start, t.end, self.defined[w], "org.acronym_use", w), t.end))
            head = self.head_at(t.start)
            if head is not None and (t.start + len(head) in self.ends or len(head) >= 3):
                got = self.from_head(i, head)
                if got is not None:
                    cands.append(got)
            if not cands and _THAI_LETTER.match(view, t.start):
                found, nxt = self.from_abbreviation(i)
                if found is not None:
                    cands.append((found, nxt))
            if not cands:
                continue
            found, nxt = max(cands, key=lambda c: (c[0].end, c[0].rule != "org.head"))
            if found.acronym and found.rule in ("org.head", "org.head_acronym", "org.known", "org.known_alias"):
                self.defined.setdefault(found.acronym, found.name)
            out.append(found)
            pos_done = max(nxt, found.end)
        self.add_initials(out)
        self.link_parents(out)
        return out

    def add_initials(self, out: list[_Found]) -> None:
        """A "(ตชด.)" after a phrase with no head: the phrase whose initials spell it is a body."""
        taken = {(f.end, f.acronym) for f in out}
        covered = [(f.start, f.end) for f in out]
        for i, t in enumerate(self.toks):
            if t.kind != "acronym" or i == 0:
                continue
            m = _PAREN_INNER.fullmatch(self.view, t.start, t.end)
            if not m:
                continue
            inner = m.group(1)
            letters = inner.replace(".", "")
            if not _THAI_LETTER.match(letters) or _VOWEL_OR_MARK.search(letters) or inner in _not_acronyms():
                continue
            j = i - 1
            if self.toks[j].kind == "space":
                j -= 1
            if j < 0 or not self.is_thai_word(j):
                continue
            end = self.toks[j].end
            if any(s < end <= e for s, e in covered) or any(e == end for e, _ in taken):
                continue
            k0 = j
            while k0 - 1 >= 0 and j - (k0 - 1) < MAX_ACRONYM_REACH and self.is_thai_word(k0 - 1) \
                    and self.word(k0 - 1) not in self.stops:
                k0 -= 1
            best = None
            for k in range(k0, j):  # leftmost start whose initials spell the acronym
                if self.word(k)[0] == letters[0] and _subsequence(letters[1:], self.view[self.toks[k].start + 1:end]):
                    best = k
                    break
            if best is None:
                continue
            start = self.toks[best].start
            name = self.view[start:end]
            if len(name) < 2 * len(letters):
                continue
            out.append(_Found(start, end, name, "org.acronym_initials", inner))
            self.defined.setdefault(inner, name)
        out.sort(key=lambda f: f.start)
        # bare uses of an acronym defined by initials, later in the text
        if not self.defined:
            return
        seen = {(f.start, f.end) for f in out}
        for i, t in enumerate(self.toks):
            w = self.view[t.start:t.end]
            if w in self.defined and (t.start, t.end) not in seen and not any(f.start <= t.start < f.end for f in out):
                out.append(_Found(t.start, t.end, self.defined[w], "org.acronym_use", w))
        out.sort(key=lambda f: f.start)

    def link_parents(self, out: list[_Found]) -> None:
        """ "X ของ Y", "X ประจำ Y", "X สังกัด Y": Y is X's parent when Y is a body found here."""
        by_start = {f.start: f for f in out}
        for f in out:
            pos = f.end
            if self.view.startswith(" ", pos):
                pos += 1
            for link in _LINKS:
                if self.view.startswith(link, pos):
                    q = pos + len(link)
                    if self.view.startswith(" ", q):
                        q += 1
                    parent = by_start.get(q)
                    if parent is not None and parent is not f:
                        f.parent = parent.name
                    break


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


def extract_organisations(doc: Document) -> list[Organisation]:
    """Organisation records of `doc`, in text order; `text == doc.text[start:end]` always."""
    try:
        found = _Scan(doc).run()
    except Exception:  # pragma: no cover - an extractor must never raise on text
        return []
    text = doc.text
    out = []
    for f in found:
        if not 0 <= f.start < f.end <= len(text):
            continue
        out.append(Organisation(text[f.start:f.end], f.start, f.end, name=f.name,
                                acronym=f.acronym, parent=f.parent, rule=f.rule))
    return out
