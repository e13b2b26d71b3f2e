"""The organisation model: a CRF over tokens, stacked on the organisation rules.

The rules (`extractors/organisations.py`) find what their lexicons know; this model reads the
tokens with the rules' spans and rule ids as features, beside head/known-name/abbreviation
lexicons, PyThaiNLP's bundled ORCHID tags, character classes and the neighbouring words, and
tags each token B (a name starts), I (it goes on) or O. Its spans fill in what the rules cannot
reach: proper names with no head word, Latin-script names, heads the lexicon lacks.

The model file `data/org_crf.crfsuite` is derived data: `training/train_orgs.py` rebuilds it
from ThaiNER 1.5 (CC-BY 3.0) and the Thai-NNER sample (CC-BY-SA 3.0), see docs/guide.md. It is
read once per process (python-crfsuite, no download). Without it, or with `model=False`, the
organisation pass is the rules alone.

>>> from thai_report_ie.document import Document
>>> doc = Document("ทีมงาน Green Peace ลงพื้นที่")
>>> token_features(doc.view, doc.tokens, [])[0][:3]
('w=ทีมงาน', 'p=NCMN', 'suf=าน')
"""
from __future__ import annotations

import re
from bisect import bisect_left
from importlib.resources import files
from typing import Any, Sequence

from .lexicon import lexicon_cache
from .records import Token

__all__ = ["MODEL_FILE", "MAX_SEQUENCE", "model_available", "sequences", "tag_spans", "token_features", "use_model"]

MODEL_FILE = "org_crf.crfsuite"
MAX_SEQUENCE = 200  # tokens a tagged sequence holds at most (cut at a space before that)
_THAI = re.compile(r"[\u0E01-\u0E4E]+")
_NEWLINE = re.compile(r"\n")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")
_ABBREVIATION = re.compile(r"[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.(?:[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.){0,5}")
_FEATURE_CACHE_LIMIT = 1 << 17


# ---------------------------------------------------------------- lexicon features of a word

@lexicon_cache
def _lexicons() -> dict[str, Any]:
    from .extractors import organisations as orgs

    lex = orgs._lexicon()
    return {
        "lex": lex,
        "tags": orgs._orchid_tags(),
        "generic": {w: k for k, ws in lex.generic.items() for w in ws},
        "cache": {},
        "parts": {},
        "known_parts": {},
    }


def _char_class(w: str) -> str:
    if w.isspace():
        return "space"
    if _THAI.fullmatch(w):
        return "thai"
    if w.isdigit():
        return "digit"
    if _LATIN.fullmatch(w):
        if w.isupper():
            return "LATIN"
        return "Latin" if w[0].isupper() else "latin"
    if w[:1] == "(" or w[-1:] == ")":
        return "paren"
    if _ABBREVIATION.fullmatch(w):
        return "abbr"
    if "." in w:
        return "dotted"
    if any(c.isalnum() for c in w):
        return "mixed"
    return "punct"


def _word_features(w: str, kind: str) -> tuple[str, ...]:
    """Features of one token that depend on its text only (cached per text)."""
    lx = _lexicons()
    cache = lx["cache"]
    got = cache.get(w)
    if got is not None:
        return got
    if len(cache) >= _FEATURE_CACHE_LIMIT:
        cache.clear()
        lx["parts"].clear()
        lx["known_parts"].clear()
    lex = lx["lex"]
    cls = _char_class(w)
    out = ["w=" + (w if len(w) <= 20 else w[:20])]
    if cls != "thai":
        out.append("c=" + cls)
    if kind != "word":
        out.append("k=" + kind)
    if cls == "thai":
        out.append("p=" + lx["tags"].get(w, "UNK"))
        if len(w) > 2:
            out.append("suf=" + w[-2:])
    head = lex.heads_by_char.first(w, 0)
    if head is not None:
        out.append("head=" + lex.heads[head][0])
        if head == w:
            out.append("head_alone")
    form = lex.forms.get(w)
    if form is not None:
        out.append("form=" + form.rule)
    elif lex.forms_by_char.first(w, 0) is not None:
        out.append("form_start")
    for table, name in ((lex.stops, "stop"), (lex.not_acronyms, "notacr"), (lx["generic"], "generic")):
        k = table.get(w)
        if k is not None:
            out.append(name + "=" + k)
    if w in lex.prefixes:
        out.append("prefix")
    if kind == "acronym" or cls == "abbr":
        inner = w.strip("() ")
        k = lex.not_acronyms.get(inner) or lex.not_acronyms.get(inner[:inner.find(".") + 1])
        if k is not None:
            out.append("notacr=" + k)
    got = tuple(out)
    cache[w] = got
    return got


def _parts(w: str, kind: str, known: frozenset[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """A word's own features, and those it gives as the left and as the right neighbour (its text,
    and its tag or else its class), cached per text; with `known`, only the features the model
    has weights for (the others change nothing but cost a look-up each)."""
    lx = _lexicons()
    table = lx["parts"] if known is None else lx["known_parts"]
    got = table.get(w)
    if got is None:
        f = _word_features(w, kind)
        near = f[:2]  # the text, and the tag (Thai) or else the class
        got = (f, tuple("-1:" + x for x in near), tuple("+1:" + x for x in near))
        if known is not None:
            got = tuple(tuple(x for x in part if x in known) for part in got)
        table[w] = got
    return got


_BOS = ("-1:BOS",)
_EOS = ("+1:EOS",)
_NONE: tuple[str, ...] = ()
_SPACES = {(False, False): _NONE, (True, False): ("sp<",), (False, True): ("sp>",), (True, True): ("sp<", "sp>")}


def token_features(view: str, toks: Sequence[Token], rule_tags: Sequence[str],
                   known: frozenset[str] | None = None) -> list[tuple[str, ...]]:
    """Feature strings of each token (spaces are not tokens here: `sequences` leaves them out,
    and a token says whether a space stands before or after it): its own, its neighbours', and
    the rules' tag on it and on its neighbours (`rule_tags[i]` such as "B:org.head",
    "I:org.head" or ""). With `known`, a word's features are only those in it."""
    parts = _word_parts(view, toks, known)
    return _features(view, toks, parts, rule_tags)


def _word_parts(view: str, toks: Sequence[Token], known: frozenset[str] | None) -> list[tuple[tuple[str, ...], ...]]:
    table = _lexicons()["parts" if known is None else "known_parts"]
    parts = []
    for t in toks:
        w = view[t.start:t.end]
        parts.append(table.get(w) or _parts(w, t.kind, known))
    return parts


def _features(view: str, toks: Sequence[Token], parts: Sequence[tuple[tuple[str, ...], ...]],
              rule_tags: Sequence[str]) -> list[tuple[str, ...]]:
    """`token_features` from the words' cached parts, in one pass over the tokens."""
    n = len(toks)
    out = []
    for k in range(n):
        t = toks[k]
        f = parts[k][0] + (parts[k - 1][1] if k else _BOS) + (parts[k + 1][2] if k + 1 < n else _EOS) \
            + _SPACES[t.start > 0 and view[t.start - 1] == " ", view.startswith(" ", t.end)]
        if rule_tags:
            r = rule_tags[k]
            if r:
                f += ("r=" + r,)
            if k + 1 < n and rule_tags[k + 1]:
                f += ("r+1=" + rule_tags[k + 1][0],)
            if k and rule_tags[k - 1]:
                f += ("r-1=" + rule_tags[k - 1][0],)
        out.append(f)
    return out


# ---------------------------------------------------------------- sequences and spans

def sequences(view: str, toks: Sequence[Token]) -> list[list[int]]:
    """Indices of the tokens to tag together, spaces left out: cut at line breaks, and before
    MAX_SEQUENCE tokens (at a token after a space, when there is one)."""
    words = [i for i, t in enumerate(toks) if t.kind != "space"]
    starts = [toks[i].start for i in words]
    cuts = sorted({bisect_left(starts, m.start()) for m in _NEWLINE.finditer(view)})
    cuts.append(len(words))
    out = []
    lo = 0
    for cut in cuts:
        while cut - lo > MAX_SEQUENCE:
            k = j = lo + MAX_SEQUENCE
            while j > lo + 1 and view[starts[j] - 1] != " ":
                j -= 1
            j = j if j > lo + 1 else k
            out.append(words[lo:j])
            lo = j
        if cut > lo:
            out.append(words[lo:cut])
            lo = cut
    return out


def rule_tags(toks: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """Per token, "B:rule"/"I:rule" when a rule span covers it, else ""."""
    tags = [""] * len(toks)
    if not spans:
        return tags
    starts = [t.start for t in toks]
    for s, e, rule in spans:
        k = max(0, bisect_left(starts, s) - 1)
        first = True
        while k < len(toks) and toks[k].start < e:
            if toks[k].end > s:
                tags[k] = ("B:" if first else "I:") + rule
                first = False
            k += 1
    return tags


def spans_from_labels(toks: Sequence[Token], labels: Sequence[str], index: Sequence[int]) -> list[tuple[int, int]]:
    """Character spans of the B/I runs in `labels`, the labels of the tokens `index`."""
    out = []
    start = None
    last = None
    for k, lab in enumerate(labels):
        t = toks[index[k]]
        if lab == "B" or (lab == "I" and start is None):
            if start is not None:
                out.append((start, last))
            start, last = t.start, t.end
        elif lab == "I":
            last = t.end
        else:
            if start is not None:
                out.append((start, last))
            start = None
    if start is not None:
        out.append((start, last))
    return out


# ---------------------------------------------------------------- the model file

_TAGGER: list[Any] = []  # [tagger or None, the model's bytes, its attributes], filled once per process


def _tagger() -> Any:
    if not _TAGGER:
        data = b""
        try:
            import pycrfsuite

            data = files("thai_report_ie.data").joinpath(MODEL_FILE).read_bytes()
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(data)
            known = _known(tagger)
        except (ImportError, OSError, ValueError):
            tagger, known = None, None  # no python-crfsuite or no model file: the rules alone
        # crfsuite reads the model in place: its bytes must live as long as the tagger
        _TAGGER[:] = [tagger, data, known]
    return _TAGGER[0]


def _known(tagger: Any) -> frozenset[str]:
    """The attributes the model has weights for."""
    return frozenset(a for a, _ in tagger.info().state_features)


def use_model(tagger: Any) -> None:
    """Tag with `tagger` (a pycrfsuite.Tagger) from now on in this process (training/train_orgs.py's
    --check, tuning); the cached features are dropped."""
    _TAGGER[:] = [tagger, b"", _known(tagger)]
    _lexicons()["known_parts"].clear()


def model_available() -> bool:
    """Is the organisation model installed (python-crfsuite and the model file)?"""
    return _tagger() is not None


def tag_spans(view: str, toks: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The model's organisation spans over the document, given the rules' (start, end, rule)."""
    tagger = _tagger()
    if tagger is None or not toks:
        return []
    tags = rule_tags(toks, spans)
    out: list[tuple[int, int]] = []
    known = _TAGGER[2]
    for index in sequences(view, toks):
        seq = [toks[i] for i in index]
        labels = tagger.tag(_features(view, seq, _word_parts(view, seq, known), [tags[i] for i in index]))
        if "B" in labels or "I" in labels:
            out += spans_from_labels(toks, labels, index)
    return out
