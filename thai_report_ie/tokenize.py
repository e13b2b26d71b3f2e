"""Offset-true tokenisation: pythainlp's dictionary (plus data/segment_words.tsv) with the nlpo3
segmenter, around protected spans.

Digit expressions ("103/80", "28.75%", "1,549", "27/02/2567") and parenthesised acronyms
("(NSOs)", "(ศบศ.)") are protected: they stay single tokens. The text between them is
segmented in chunks of at most MAX_PIECE characters, cut at a space where there is one, so
the cost stays linear however long the text (one unsplit string makes newmm quadratic). Joining the tokens gives back the text.

Engine choice (measured on thaigov press releases, this 2-core machine, CPU time): nlpo3
segments with the same pythainlp dictionary as newmm, with 0.993-0.9995 token-boundary
agreement, and is a Rust wheel with no download. This whole function runs at about 1.2 M
chars/s against pythainlp `word_tokenize(engine="newmm")` at about 0.38 M chars/s. pythainlp's
`word_tokenize` is not called: its `join_broken_num` is quadratic on long digit runs (numbers
are ours to join), "mm" recurses too deep on long words, "longest" lowercases Latin text and
the ICU wrapper inserts spaces.
"""
from __future__ import annotations

import threading
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, Iterable

import regex

from .errors import require_str
from .numerals import digit_expressions
from .records import Token

if TYPE_CHECKING:
    from .document import Document

__all__ = ["tokenize"]

_DICT_NAME = "thai_report_ie_words_th"
_dict_lock = threading.Lock()
_dict_loaded = False

_ACRONYM = regex.compile(
    r"\((?:[A-Za-z][A-Za-z0-9&\-]{0,14}|(?:[\u0E01-\u0E2E]\.?){2,8}|(?:[\u0E01-\u0E2E]{1,3}\.){2,6})\)"
)
MAX_PIECE = 2_000  # longer text between protected spans is segmented in chunks of about this size
_SPACE, _WORD = "space", "word"
_new_token = tuple.__new__  # Token(...) without the Python-level __new__: tuple.__new__(Token, fields)


def _segmenter():
    global _dict_loaded
    import nlpo3

    if not _dict_loaded:
        with _dict_lock:
            if not _dict_loaded:
                msg, ok = _load_words(nlpo3)
                if not ok:  # pragma: no cover - only on a broken pythainlp install
                    raise RuntimeError(f"cannot load pythainlp's word list into nlpo3: {msg}")
                _dict_loaded = True
    return nlpo3.segment


def segment_words() -> list[str]:
    """The words data/segment_words.tsv adds to pythainlp's word list ("ซิโนแวค", "อย่างน้อย")."""
    from importlib.resources import files

    rows = files("thai_report_ie.data").joinpath("segment_words.tsv").read_text(encoding="utf-8").splitlines()
    rows = [r for r in rows if r and not r.startswith("#")]
    return [r.split("\t", 1)[0] for r in rows[1:]]  # rows[0] is the header


def segment_recut_words() -> dict[str, tuple[str, str]]:
    """The words data/segment_recut_words.tsv re-cuts after a token they took letters from: word → (head, tail)
    ("คาที่" → ("คา", "ที่"): "รา|คาที่" is cut again "ราคา|ที่")."""
    from importlib.resources import files

    rows = files("thai_report_ie.data").joinpath("segment_recut_words.tsv").read_text(encoding="utf-8").splitlines()
    cells = [r.split("\t") for r in rows if r and not r.startswith("#")]
    return {c[0]: (c[1], c[2]) for c in cells[1:]}  # cells[0] is the header


_RECUT = segment_recut_words()


def _recut(words: list[str]) -> list[str]:
    """`words` with each segment_recut_words() word that follows a token it took letters from cut again: the token plus
    the word's head when that is a word of pythainlp's list ("รา" + "คา" = ราคา), then the tail; else as it was
    ("เสียชีวิต|คาที่": เสียชีวิตคา is no word)."""
    from .thai_repair import _dictionary

    dictionary = _dictionary()
    words = list(words)
    for i in range(1, len(words)):
        cut = _RECUT.get(words[i])
        if cut is not None and words[i - 1] + cut[0] in dictionary:
            words[i - 1] += cut[0]
            words[i] = cut[1]
    return words


def _load_words(nlpo3) -> tuple[str, bool]:
    """Load pythainlp's bundled word list and segment_words() into nlpo3 under _DICT_NAME.
    nlpo3 reads a dictionary from a file only, so the two lists are written to a temporary file
    first (about 60,000 lines, a few milliseconds), which is removed once loaded."""
    import os
    import tempfile
    from importlib.resources import files

    source = files("pythainlp.corpus").joinpath("words_th.txt")
    bundled = source.read_text(encoding="utf-8")
    try:
        fd, path = tempfile.mkstemp(prefix="thai_report_ie_words_", suffix=".txt")
    except OSError as e:  # no writable temporary directory: pythainlp's list alone, and say so
        import warnings

        warnings.warn(f"thai_report_ie: cannot write a temporary word list ({e}); segmenting with pythainlp's "
                      "word list alone, without data/segment_words.tsv", RuntimeWarning, stacklevel=4)
        from importlib.resources import as_file

        with as_file(source) as bundled_path:
            return nlpo3.load_dict(str(bundled_path), _DICT_NAME)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(bundled.rstrip("\n") + "\n" + "\n".join(segment_words()) + "\n")
        return nlpo3.load_dict(path, _DICT_NAME)
    finally:
        os.unlink(path)


_KIND_BY_SPACE = (_WORD, _SPACE)  # indexed by word.isspace(): the token kind of a segmenter word
_isspace = str.isspace


def _segment_gap(tokens: list[Token], text: str, view: str, lo: int, hi: int, segment,
                 shared: dict[str, str] | None = None, starts: list[int] | None = None) -> None:
    """Append the tokens of view[lo:hi] (text between protected spans), in chunks of at most
    MAX_PIECE characters cut at whitespace where there is any; a chunk whose segmentation does
    not add up to it becomes one token (never trust a segmenter with offsets).

    No per-token Python work beyond making the token: offsets come from one running sum, the
    token texts are the segmenter's words wherever the original equals the view, and a word's
    kind is `str.isspace` mapped to "space"/"word" (C-level maps, no dictionary look-up). With
    `shared`, equal words share one string (fewer bytes for a long text, more time: `tokenize`
    passes none). With `starts`, each token's start is appended to it too (the running sum already
    holds them: `Document._starts` without a pass over the tokens)."""
    while lo < hi:
        cut = hi
        if hi - lo > MAX_PIECE:
            space = view.rfind(" ", lo + 1, lo + MAX_PIECE)
            cut = space if space > lo else lo + MAX_PIECE
        piece = view[lo:cut]
        words = segment(piece, _DICT_NAME)
        if any(w in piece for w in _RECUT):
            words = _recut(words)  # "รา|คาที่" cut again "ราคา|ที่" (segment_recut_words.tsv)
        offsets = list(accumulate(map(len, words), initial=lo))
        if offsets[-1] != cut:
            words, offsets = [piece], [lo, cut]
        kinds: Iterable[str] = map(_KIND_BY_SPACE.__getitem__, map(_isspace, words))  # of the view's words: ZWSP is a space
        if text is not view and text[lo:cut] != piece:  # Thai digits or odd spaces: the token text is the original's
            kinds = list(kinds)
            words = [text[a:b] for a, b in zip(offsets, offsets[1:])]
        if shared is not None:
            words = map(shared.setdefault, words, words)
        tokens.extend(map(_new_token, repeat(Token), zip(words, offsets, offsets[1:], kinds)))
        if starts is not None:
            del offsets[-1]
            starts += offsets
        lo = cut


def _protected(view: str, digit_matches: Iterable | None = None) -> list[tuple[int, int, str]]:
    if digit_matches is None:
        digit_matches = digit_expressions(view)
    spans = [(m.start(), m.end(), "number") for m in digit_matches if m.end() > m.start()]
    spans += [(m.start(), m.end(), "acronym") for m in _ACRONYM.finditer(view)]
    spans.sort()
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out


def tokenize(text: str, *, _doc: Document | None = None) -> list[Token]:
    """Tokens of `text` with true offsets; "".join(t.text for t in tokens) == text.

    >>> [t.text for t in tokenize("รับสมาชิกได้ 103/80 ราย (NSOs)")]
    ['รับ', 'สมาชิก', 'ได้', ' ', '103/80', ' ', 'ราย', ' ', '(NSOs)']

    Text typed with decomposed or doubled vowels is cut where its composed reading is (composed.py, as `extract()`
    reads it), each token the original's slice: "จ\u0e4dา" + "นวน" is one token, as จำนวน is.
    """
    if _doc is None:
        from .composed import compose_typed

        require_str("tokenize", text)
        composed = compose_typed(text)
        if composed is not None:
            return _tokens_in_original(composed, _tokens_and_starts(composed.text)[0])
    return _tokens_and_starts(text, _doc=_doc)[0]


def _tokens_in_original(composed, tokens: list[Token]) -> list[Token]:
    """Tokens of the composed text mapped back to the original (v22): each token's span moves by what the composing
    removed before it, and its text is the original's slice. A boundary strictly inside a composed group (the tone mark
    and sara am that "\u0e4d\u0e49\u0e32" became; no segmenter cuts there) joins the two tokens, so the tokens still
    tile the original."""
    original = composed.original
    out: list[Token] = []
    for t in tokens:
        start, end = composed.start_in_original(t.start), composed.end_in_original(t.end)
        if out and start < out[-1].end:  # the boundary fell inside a group: one token
            prev = out.pop()
            start, kind = prev.start, prev.kind
        else:
            kind = t.kind
        out.append(_new_token(Token, (original[start:end], start, end, kind)))
    return out


def _tokens_and_starts(text: str, *, _doc: Document | None = None,
                       acronyms: list[int] | None = None) -> tuple[list[Token], list[int]]:
    """`tokenize(text)` and the start of each token, in order (what `Document` keeps as `_starts`). With `acronyms`,
    the index of each "(ABC)" token is appended to it (`Document.acronym_indices`, without a pass over the tokens)."""
    require_str("tokenize", text)
    if not text:
        return [], []
    view = _doc.view if _doc is not None else None
    if view is None:
        from .normalize import normalise

        view = normalise(text)
    segment = _segmenter()
    tokens: list[Token] = []
    starts: list[int] = []
    pos = 0

    for start, end, kind in _protected(view, _doc.digit_matches if _doc is not None else None):
        if start > pos:
            _segment_gap(tokens, text, view, pos, start, segment, starts=starts)
        if acronyms is not None and kind == "acronym":
            acronyms.append(len(tokens))
        tokens.append(_new_token(Token, (text[start:end], start, end, kind)))
        starts.append(start)
        pos = end
    if pos < len(text):
        _segment_gap(tokens, text, view, pos, len(text), segment, starts=starts)
    return tokens, starts
