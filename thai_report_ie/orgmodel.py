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
['w=ทีมงาน', 'c=thai', 'p=NCMN']
"""
from __future__ import annotations

import re
from importlib.resources import files
from typing import Any, Sequence

from .lexicon import lexicon_cache, load_tsv
from .records import Token

__all__ = ["MODEL_FILE", "MAX_SEQUENCE", "model_available", "sequences", "tag_spans", "token_features"]

MODEL_FILE = "org_crf.crfsuite"
MAX_SEQUENCE = 200  # tokens a tagged sequence holds at most (cut at a space before that)
_THAI = re.compile(r"[\u0E01-\u0E4E]+")
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
        "left": {},
        "right": {},
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
        lx["left"].clear()
        lx["right"].clear()
    lex = lx["lex"]
    cls = _char_class(w)
    out = ["w=" + (w if len(w) <= 20 else w[:20]), "c=" + cls]
    if kind != "word":
        out.append("k=" + kind)
    if cls == "thai":
        out.append("p=" + lx["tags"].get(w, "UNK"))
        if len(w) > 2:
            out += ["pre=" + w[:2], "suf=" + w[-2:]]
        out.append("n=" + str(min(len(w), 8)))
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


def _side(w: str, kind: str, side: str) -> tuple[str, ...]:
    """Features a neighbour gives: its text, class and tag, under a name saying which side."""
    lx = _lexicons()
    table = lx[side]
    got = table.get(w)
    if got is None:
        f = _word_features(w, kind)
        mark = "-1:" if side == "left" else "+1:"
        got = tuple(mark + x for x in f[:3] if not x.startswith(("n=",)))
        table[w] = got
    return got


def token_features(view: str, toks: Sequence[Token], rule_tags: Sequence[str]) -> list[list[str]]:
    """Feature strings of each token: its own, its neighbours', and the rules' tag on it
    (`rule_tags[i]` such as "B:org.head", "I:org.head" or "" outside every rule span)."""
    words = [view[t.start:t.end] for t in toks]
    kinds = [t.kind for t in toks]
    n = len(toks)
    own = [_word_features(w, k) for w, k in zip(words, kinds)]
    out: list[list[str]] = []
    for i in range(n):
        f = list(own[i])
        f += _side(words[i - 1], kinds[i - 1], "left") if i > 0 else ("-1:BOS",)
        f += _side(words[i + 1], kinds[i + 1], "right") if i + 1 < n else ("+1:EOS",)
        if i > 1:
            f.append("-2:" + own[i - 2][0])
        if i + 2 < n:
            f.append("+2:" + own[i + 2][0])
        r = rule_tags[i] if rule_tags else ""
        if r:
            f += ["r=" + r, "rb=" + r[0]]
        else:
            f.append("r=O")
        if i > 0 and rule_tags and rule_tags[i - 1]:
            f.append("r-1=" + rule_tags[i - 1][0])
        if i + 1 < n and rule_tags and rule_tags[i + 1]:
            f.append("r+1=" + rule_tags[i + 1][0])
        out.append(f)
    return out


# ---------------------------------------------------------------- sequences and spans

def sequences(view: str, toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges [lo, hi) to tag one at a time: cut at line breaks, and at a space
    before MAX_SEQUENCE tokens (or at MAX_SEQUENCE when there is none)."""
    out = []
    lo = 0
    last_space = -1
    for i, t in enumerate(toks):
        if t.kind == "space":
            if "\n" in view[t.start:t.end]:
                if i > lo:
                    out.append((lo, i))
                lo, last_space = i + 1, -1
                continue
            last_space = i
        if i - lo + 1 >= MAX_SEQUENCE:
            cut = last_space if last_space > lo else i
            out.append((lo, cut))
            lo, last_space = cut, -1
    if lo < len(toks):
        out.append((lo, len(toks)))
    return out


def rule_tags(toks: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """Per token, "B:rule"/"I:rule" when a rule span covers it, else ""."""
    tags = [""] * len(toks)
    if not spans:
        return tags
    from bisect import bisect_left

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


def spans_from_labels(toks: Sequence[Token], labels: Sequence[str], offset: int = 0) -> list[tuple[int, int]]:
    """Character spans of the B/I runs in `labels` (tokens `offset`...); spaces never end one."""
    out = []
    start = None
    last = None
    for k, lab in enumerate(labels):
        t = toks[offset + k]
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
    # a run that ends on a space token ends before it
    return [(s, e) for s, e in out if e > s]


# ---------------------------------------------------------------- the model file

_TAGGER: list[Any] = []  # [tagger or None, the model's bytes], filled once per process


def _tagger() -> Any:
    if not _TAGGER:
        data = b""
        try:
            import pycrfsuite

            data = files("thai_report_ie.data").joinpath(MODEL_FILE).read_bytes()
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(data)
        except (ImportError, OSError, ValueError):
            tagger = None  # no python-crfsuite or no model file: the rules alone
        # crfsuite reads the model in place: its bytes must live as long as the tagger
        _TAGGER[:] = [tagger, data]
    return _TAGGER[0]


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
    for lo, hi in sequences(view, toks):
        seq = toks[lo:hi]
        if not any(t.kind != "space" for t in seq):
            continue
        labels = tagger.tag(token_features(view, seq, tags[lo:hi]))
        out += spans_from_labels(toks, labels, lo)
    return out
