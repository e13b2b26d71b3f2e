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
from bisect import bisect_left, bisect_right
from math import exp
from importlib.resources import files
from typing import Any, Sequence

from .lexicon import lexicon_cache
from .normalize import normalise
from .records import Token

__all__ = ["MODEL_FILE", "MAX_SEQUENCE", "model_available", "sequences", "tag_spans", "token_features", "use_model"]

MODEL_FILE = "org_crf.crfsuite"
MAX_SEQUENCE = 200  # tokens a tagged sequence holds at most (cut at a space before that)
_THAI = re.compile(r"[\u0E01-\u0E4E]+")
_NEWLINE = re.compile(r"\n")
_SPACE = re.compile(" ")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")
_ABBREVIATION = re.compile(r"[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.(?:[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.){0,5}")
_FEATURE_CACHE_LIMIT = 1 << 17


# ---------------------------------------------------------------- lexicon features of a word

# org_generic.tsv kinds the scan applies only after the model (extract_organisations drops a body
# named after a law's title and stretches a unit's name over its "และ..." end), or added after it was
# trained and read by the scan alone (late verbs, places the segmenter cuts, Latin body words, a seat after "ณ"): no
# feature of the model, so the shipped model does not hang on them
_AFTER_MODEL = frozenset({"law_title", "and_tail", "late_verb", "cut_place", "region_prefix", "latin_body_word",
                          "latin_event_word", "after_name", "indefinite", "late_quantity", "late_public_suffix",
                          "place_start", "place_start_not", "place_word", "station_unit",
                          "brand_word", "late_deed", "late_deed_prefix", "bare_head", "place_role", "role_place_head",
                          "late_task_deed", "late_name", "late_prefix", "late_generic_word",
                          "late_not_acronym", "of_place", "tail_place", "late_deputy_title", "deputy_word",
                          "late_adjective", "late_and_not", "royal_rank", "royal_word",
                          "late_between", "late_ordinal_category", "late_ordinal_not",
                          "late_patronage", "late_end_deed", "seat_continuation", "seat_category", "seat_prefix",
                          "branch_word", "branch_category", "late_end_adjective", "bare_not_after", "task_head",
                          "province_office", "late_headline_not_verb", "surname_head",
                          "headline_change_verb"})


@lexicon_cache
def _lexicons() -> dict[str, Any]:
    from .extractors import organisations as orgs

    lex = orgs._lexicon()
    return {
        "lex": lex,
        "tags": orgs._orchid_tags(),
        "generic": {w: k for k, ws in lex.generic.items() if k not in _AFTER_MODEL for w in ws},
        # the scan's stop words less the verbs and quantifiers added after the model was trained
        "stops": {w: k for w, k in lex.stops.items()
                  if w not in lex.generic.get("late_verb", ()) and w not in lex.generic.get("late_quantity", ())},
        "cache": {},
        "parts": {},
        "known_parts": {},
        "scores": {},  # token text -> its summed weights (`_word_scores`): this lexicon's, this model's
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
    key = _key(w, kind)
    got = cache.get(key)
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
    for table, name in ((lx["stops"], "stop"), (lex.not_acronyms, "notacr"), (lx["generic"], "generic")):
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
    cache[key] = got
    return got


def _key(w: str, kind: str) -> str | tuple[str, str]:
    """The cache key of a token: its text, and its kind when that is not "word" (a few features
    depend on it: "1" is a number or, glued in a word, a word)."""
    return w if kind == "word" else (w, kind)


def _parts(w: str, kind: str, known: frozenset[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """A word's own features, and those it gives as the left and as the right neighbour (its text,
    and its tag or else its class), cached per text; with `known`, only the features the model
    has weights for (the others change nothing but cost a look-up each)."""
    lx = _lexicons()
    table = lx["parts"] if known is None else lx["known_parts"]
    key = _key(w, kind)
    got = table.get(key)
    if got is None:
        f = _word_features(w, kind)
        near = f[:_NEAR]  # the text, and the tag (Thai) or else the class
        got = (f, tuple("-1:" + x for x in near), tuple("+1:" + x for x in near))
        if known is not None:
            got = tuple(tuple(x for x in part if x in known) for part in got)
        table[key] = got
    return got


_NEAR = 2
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
        parts.append(table.get(w if t.kind == "word" else (w, t.kind)) or _parts(w, t.kind, known))
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
    words, bounds = _bounds(view, toks)
    return [words[lo:hi] for lo, hi in bounds]


def _bounds(view: str, toks: Sequence[Token]) -> tuple[list[int], list[tuple[int, int]]]:
    """The indices of the tokens that are no space, and the sequences as [lo, hi) ranges of them."""
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
            out.append((lo, j))
            lo = j
        if cut > lo:
            out.append((lo, cut))
            lo = cut
    return words, out


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
    out: list[tuple[int, int]] = []
    start: int | None = None
    last = 0  # set with `start`, read only while it is set
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
    _lexicons()["scores"].clear()


def model_available() -> bool:
    """Is the organisation model installed (python-crfsuite and the model file)?"""
    return _tagger() is not None


# ---------------------------------------------------------------- decoding in Python

# The tagger's own decoding wants every token's features as strings, built and handed over one by
# one; that was most of the model's cost. The model is linear: a token's score for a label is the
# sum of its features' weights. A word's features are the same wherever it stands, so the sum of
# its own features' weights, and of those it gives its neighbours, is cached per word; a token's
# scores are then a few additions, and Viterbi over three labels runs here. Same labels as
# `pycrfsuite.Tagger.tag` (tests/organisations/test_model.py checks it).

_LABELS = ("B", "I", "O")
_ZERO = (0.0, 0.0, 0.0)


def _weights() -> dict[str, Any]:
    """The model's weights: per attribute a (B, I, O) vector, the transitions, and the per-word
    score cache; read from the tagger once (and again after `use_model`)."""
    if len(_TAGGER) < 4:
        tagger = _tagger()
        attr: dict[str, list[float]] = {}
        trans: dict[tuple[str, str], float] = {}
        if tagger is not None:
            info = tagger.info()
            for (a, label), w in info.state_features.items():
                attr.setdefault(a, [0.0, 0.0, 0.0])[_LABELS.index(label)] += w
            trans = dict(info.transitions)
        vec = {a: tuple(v) for a, v in attr.items()}
        _TAGGER.append({
            "attr": vec,
            "trans": tuple(trans.get((a, b), 0.0) for a in _LABELS for b in _LABELS),
            "space": {k: _less_o(_sum(vec, f)) for k, f in _SPACES.items()},
            "bos": (0.0,) * 2 + _less_o(vec.get(_BOS[0], _ZERO)) + (0.0,) * 2,
            "eos": (0.0,) * 4 + _less_o(vec.get(_EOS[0], _ZERO)),
            "rules": {},
            # per feature of a word: its weights (less O's) on the word, on the next token (as
            # "-1:" + feature) and on the previous one (as "+1:" + feature)
            "own": {a: _less_o(v) for a, v in vec.items()},
            "as_prev": {a[3:]: _less_o(v) for a, v in vec.items() if a.startswith("-1:")},
            "as_next": {a[3:]: _less_o(v) for a, v in vec.items() if a.startswith("+1:")},
        })
    return _TAGGER[3]


def _less_o(v: tuple[float, ...]) -> tuple[float, float]:  # (B, I, O)
    return (v[0] - v[2], v[1] - v[2])


def _sum(vec: dict[str, tuple[float, ...]], feats: Sequence[str]) -> tuple[float, float, float]:
    b = i = o = 0.0
    for f in feats:
        v = vec.get(f)
        if v is not None:
            b += v[0]
            i += v[1]
            o += v[2]
    return (b, i, o)


def _word_scores(w: str, kind: str) -> tuple[float, ...]:
    """A token text's summed weights (its normalised view's features), each label's less O's (Viterbi's choice is the same): of its own
    features (B, I), of those it gives the next token as its left neighbour (B, I), and of those
    it gives the previous one as its right neighbour (B, I); cached per text."""
    ws = _weights()
    cache = _lexicons()["scores"]
    key = _key(w, kind)
    got = cache.get(key)
    if got is None:
        if len(cache) >= _FEATURE_CACHE_LIMIT:
            cache.clear()
        f = _word_features(normalise(w), kind)
        got = ()
        for table, feats in ((ws["own"], f), (ws["as_prev"], f[:_NEAR]), (ws["as_next"], f[:_NEAR])):
            b = i = 0.0
            for x in feats:
                v = table.get(x)
                if v is not None:
                    b += v[0]
                    i += v[1]
            got += (b, i)
        cache[key] = got
    return got


def _emissions(view: str, seq: Sequence[Token], tags: Sequence[str],
               bounds: Sequence[tuple[int, int]] | None = None) -> tuple[list[float], list[float]]:
    """Each token's B and I scores less its O score: `_features`' weights, summed per word.
    `seq` holds the sequences `bounds` ([lo, hi) ranges, default one sequence over it all)."""
    ws = _weights()
    lx = _lexicons()
    if lx.get("scores_for") is not _TAGGER[0]:  # another model since these were summed
        lx["scores"].clear()
        lx["scores_for"] = _TAGGER[0]
    cache = lx["scores"]
    n = len(seq)
    bounds = bounds if bounds is not None else [(0, n)]
    # keyed by the token's own text (its hash already made by the tokeniser); the features are
    # the normalised view's, a character-by-character function of it
    sc = [cache.get(w if kind == "word" else (w, kind)) or _word_scores(w, kind) for w, _, _, kind in seq]
    bos, eos = ws["bos"], ws["eos"]
    bb = [x[0] + y[2] + z[4] for x, y, z in zip(sc, [bos, *sc], [*sc[1:], eos])]
    ii = [x[1] + y[3] + z[5] for x, y, z in zip(sc, [bos, *sc], [*sc[1:], eos])]
    firsts = set()
    for lo, hi in bounds:  # a sequence's first token has no left neighbour, its last no right one
        firsts.add(lo)
        for k in {lo, hi - 1}:
            y = sc[k - 1] if k > lo else bos
            z = sc[k + 1] if k + 1 < hi else eos
            bb[k] = sc[k][0] + y[2] + z[4]
            ii[k] = sc[k][1] + y[3] + z[5]
    space = ws["space"]
    for k, key in _spaced(view, seq).items():
        v = space[key & 1 == 1, key & 2 == 2]
        bb[k] += v[0]
        ii[k] += v[1]
    if tags:
        near = {j for k, t in enumerate(tags) if t for j in (k - 1, k, k + 1) if 0 <= j < n}
        if near:
            rules, vec = ws["rules"], ws["attr"]
            for k in sorted(near):
                rule_key = (tags[k], tags[k + 1][:1] if k + 1 < n and k + 1 not in firsts else "",
                            tags[k - 1][:1] if k and k not in firsts else "")
                if not (rule_key[0] or rule_key[1] or rule_key[2]):
                    continue
                v = rules.get(rule_key)
                if v is None:
                    b, i, o = _sum(vec, [x + y for x, y in zip(("r=", "r+1=", "r-1="), rule_key) if y])
                    v = rules[rule_key] = (b - o, i - o)
                bb[k] += v[0]
                ii[k] += v[1]
    return bb, ii


def _spaced(view: str, seq: Sequence[Token]) -> dict[int, int]:
    """The tokens of `seq` with a space right before them (1), after them (2) or both (3), found
    from the spaces of the view (a few a line) rather than token by token."""
    starts = [t[1] for t in seq]
    n = len(seq)
    out: dict[int, int] = {}
    if not n:
        return out
    for m in _SPACE.finditer(view, max(0, starts[0] - 1), seq[-1][2] + 1):
        p = m.start()
        k = bisect_right(starts, p)  # the first token starting after the space
        if k and seq[k - 1][2] == p:
            out[k - 1] = out.get(k - 1, 0) | 2
        if k < n and starts[k] == p + 1:
            out[k] = out.get(k, 0) | 1
    return out


def _viterbi(em: tuple[Sequence[float], Sequence[float]], trans: Sequence[float],
             bounds: Sequence[tuple[int, int]] | None = None) -> list[str]:
    """The best labels (B, I, O) of each sequence in `bounds` (default one over all of `em`), as
    crfsuite's Viterbi (the first label wins a tie); `em` holds each token's B and I scores less
    its O score."""
    bb, ii = em
    labels: list[str] = []
    for lo, hi in (bounds if bounds is not None else [(0, len(bb))]):
        path = _best_path(em, trans, lo, hi, (bb[lo], ii[lo], 0.0), o_after=False)
        labels += [_LABELS[k] for k in path]
    return labels


def _best_path(em: tuple[Sequence[float], Sequence[float]], trans: Sequence[float], a: int, e: int,
               first: tuple[float, float, float], *, o_after: bool) -> list[int]:
    """The best label indexes (0 B, 1 I, 2 O) of tokens [a, e), in text order, given token a's B, I and
    O scores `first`; with `o_after`, the path goes on to an O after e. Back pointers are packed in
    one int a token (9 * B's + 3 * I's + O's); the first label wins a tie, as in crfsuite."""
    t_bb, t_bi, t_bo, t_ib, t_ii, t_io, t_ob, t_oi, t_oo = trans
    bb, ii = em
    pb, pi, po = first
    back = []
    for k in range(a + 1, e):
        x, y, z = pb + t_bb, pi + t_ib, po + t_ob
        if x >= y and x >= z:
            nb, ptr = x, 0
        elif y >= z:
            nb, ptr = y, 9
        else:
            nb, ptr = z, 18
        x, y, z = pb + t_bi, pi + t_ii, po + t_oi
        if x >= y and x >= z:
            ni = x
        elif y >= z:
            ni, ptr = y, ptr + 3
        else:
            ni, ptr = z, ptr + 6
        x, y, z = pb + t_bo, pi + t_io, po + t_oo
        if x >= y and x >= z:
            no = x
        elif y >= z:
            no, ptr = y, ptr + 1
        else:
            no, ptr = z, ptr + 2
        back.append(ptr)
        pb, pi, po = nb + bb[k], ni + ii[k], no
    if o_after:
        pb, pi, po = pb + t_bo, pi + t_io, po + t_oo
    best = 0 if pb >= pi and pb >= po else 1 if pi >= po else 2
    path = [best]
    for ptr in reversed(back):
        best = (ptr // 9, ptr // 3 % 3, ptr % 3)[best]
        path.append(best)
    path.reverse()
    return path


# ---------------------------------------------------------------- decoding only where a name can be

# Most tokens of a report are O on any best path, and the model need not decode them: a run of
# non-O labels (B or I tokens between two O's, or a sequence's edge) is worth taking only if its
# score beats the all-O labels over the same tokens, and that gain has an upper bound from the
# tokens' own scores and the transitions' best cases. A token no run with a bound >= 0 can hold is O
# on every best path; Viterbi then runs only on the stretches of the other tokens (about one token
# in twelve on thaigov reports), each from an O before it (or the sequence's start) to an O after
# it (or its end). Same labels as `_viterbi` (tests/organisations/test_model.py checks it).

_PRUNE_MARGIN = 1e-9  # times the largest magnitude summed: a bound this far below 0 still counts (rounding)


def _bound_constants(trans: Sequence[float]) -> tuple[float, ...]:
    """Per token, the most a B or I can gain on O: as a run's first token (after an O), inside a
    run, and the run's way out to an O; all less the O to O transition they replace."""
    t_bb, t_bi, t_bo, t_ib, t_ii, t_io, t_ob, t_oi, t_oo = trans
    return (t_ob - t_oo, t_oi - t_oo,  # a run starts: O -> B, O -> I
            max(t_bb, t_ib) - t_oo, max(t_bi, t_ii) - t_oo,  # inside a run: -> B, -> I
            max(t_bo, t_io) - t_oo)  # the run ends: -> O


def _stretches(em: tuple[Sequence[float], Sequence[float]], trans: Sequence[float],
               bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The stretches [a, b) of tokens that may be in a name, with their sequence's [lo, hi): for
    each token k, the best bound of a run through it is L[k] (the best run start..k, its first
    token's gain as a start, the others' inside) plus S[k] (the best way on from k: more tokens,
    then out to an O, or to the sequence's end); k may be in a name when that is >= 0."""
    import numpy as np

    bb, ii = em
    n = len(bb)
    if not n or not bounds:
        return []
    s_b, s_i, c_b, c_i, out_ = _bound_constants(trans)
    b = np.fromiter(bb, float, n)
    i = np.fromiter(ii, float, n)
    lo = np.fromiter((x for x, _ in bounds), np.intp, len(bounds))
    hi = np.fromiter((y for _, y in bounds), np.intp, len(bounds))
    v = np.maximum(b + c_b, i + c_i)  # a token inside a run
    w = np.maximum(b + s_b, i + s_i)  # a token starting a run after an O
    w[lo] = np.maximum(b[lo], i[lo])  # ... or at its sequence's start
    c = np.cumsum(v)
    seq = np.zeros(n, np.intp)
    seq[lo[1:]] = 1
    seq = np.cumsum(seq)  # each token's sequence number
    # L[k] = C[k] + max over p in [lo, k] of (w[p] - C[p]); each sequence lifted K above the one before
    x = w - c
    y = c + out_
    y[hi - 1] = c[hi - 1]  # the sequence's last token: no way out to pay
    spread = float(max(x.max() - x.min(), y.max() - y.min())) * 2.0 + 1.0
    lift = seq * spread
    left = c + np.maximum.accumulate(x + lift) - lift
    # S[k] = max over q in [k, hi) of (C[q] + out) - C[k]; a later sequence K below the one before
    right = np.maximum.accumulate((y - lift)[::-1])[::-1] + lift - c
    ok = left + right >= -_PRUNE_MARGIN * (1.0 + spread * len(bounds))
    first = ok.copy()
    first[1:] &= ~ok[:-1]
    first[lo] = ok[lo]
    last = ok.copy()
    last[:-1] &= ~ok[1:]
    last[hi - 1] = ok[hi - 1]
    out = []
    for a, e in zip(np.flatnonzero(first).tolist(), (np.flatnonzero(last) + 1).tolist()):
        k = int(seq[a])
        out.append((a, e, int(lo[k]), int(hi[k])))
    return out


def _viterbi_pruned(em: tuple[Sequence[float], Sequence[float]], trans: Sequence[float],
                    bounds: Sequence[tuple[int, int]]) -> list[tuple[int, list[str]]]:
    """`_viterbi`'s labels where they may be other than O: (first token, labels) per stretch."""
    t_ob, t_oi, t_oo = trans[6:]
    bb, ii = em
    out = []
    for a, e, lo, hi in _stretches(em, trans, bounds):
        # from the sequence's start, or from an O before it; to an O after it, unless at the sequence's end
        first = (bb[a], ii[a], 0.0) if a == lo else (t_ob + bb[a], t_oi + ii[a], t_oo)
        path = _best_path(em, trans, a, e, first, o_after=e < hi)
        if any(x != 2 for x in path):
            out.append((a, [_LABELS[k] for k in path]))
    return out


def tag_spans(view: str, toks: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The model's organisation spans over the document, given the rules' (start, end, rule)."""
    return tag(view, toks, spans)[0]


def tag(view: str, toks: Sequence[Token], spans: Sequence[tuple[int, int, str]],
        probes: Sequence[tuple[int, int]] = ()) -> tuple[list[tuple[int, int]], list[float]]:
    """The model's organisation spans over the document, given the rules' (start, end, rule);
    and for each probe (start, end), sorted, the model's highest probability that one of the
    tokens there is in a name (1.0 when the model is absent)."""
    if _tagger() is None or not toks:
        return [], [1.0] * len(probes)
    words, bounds = _bounds(view, toks)
    seq = [toks[i] for i in words]
    tags = rule_tags(seq, spans)
    em = _emissions(view, seq, tags, bounds)
    out: list[tuple[int, int]] = []
    for a, labels in _viterbi_pruned(em, _weights()["trans"], bounds):
        out += spans_from_labels(seq, labels, range(a, a + len(labels)))
    return out, _probe(seq, em, bounds, probes) if probes else []


def _probe(seq: Sequence[Token], em: tuple[Sequence[float], Sequence[float]],
           bounds: Sequence[tuple[int, int]], probes: Sequence[tuple[int, int]]) -> list[float]:
    """`tag`'s probes: the model's marginals (forward-backward, as crfsuite's `marginal`), only
    on the sequences that hold a probe."""
    starts = [seq[lo].start for lo, _ in bounds]
    out = []
    last, inside = -1, []
    for s, e in probes:
        k = max(0, bisect_left(starts, s + 1) - 1)
        lo, hi = bounds[k] if bounds else (0, 0)
        if k != last:
            inside = _inside(em, lo, hi)
            last = k
        best = 0.0
        for j in range(lo, hi):
            if seq[j].start < e and seq[j].end > s:
                best = max(best, inside[j - lo])
        out.append(best)
    return out


def _inside(em: tuple[Sequence[float], Sequence[float]], lo: int, hi: int) -> list[float]:
    """P(label != O) of each token of the sequence [lo, hi), by forward-backward (scaled)."""
    if hi <= lo:
        return []
    bb_, bi_, bo_, ib_, ii_, io_, ob_, oi_, oo_ = (exp(t) for t in _weights()["trans"])
    bb, ii = em
    # each token's three potentials scaled by one factor (its largest is 1): the marginals are the
    # same, and no score, however large or small, overflows or leaves all three at zero
    top = [max(b, i, 0.0) for b, i in zip(bb[lo:hi], ii[lo:hi])]
    xb = [exp(v - t) for v, t in zip(bb[lo:hi], top)]
    xi = [exp(v - t) for v, t in zip(ii[lo:hi], top)]
    xo = [exp(-t) for t in top]
    n = hi - lo
    fb, fi, fo = [xb[0]], [xi[0]], [xo[0]]
    a, b, c = xb[0], xi[0], xo[0]
    for j in range(1, n):
        a, b, c = ((a * bb_ + b * ib_ + c * ob_) * xb[j], (a * bi_ + b * ii_ + c * oi_) * xi[j],
                   (a * bo_ + b * io_ + c * oo_) * xo[j])
        z = a + b + c or 1.0
        a, b, c = a / z, b / z, c / z
        fb.append(a)
        fi.append(b)
        fo.append(c)
    out = [0.0] * n
    a = b = c = 1.0
    for j in range(n - 1, -1, -1):
        m0, m1, m2 = fb[j] * a, fi[j] * b, fo[j] * c
        z = m0 + m1 + m2
        out[j] = (m0 + m1) / z if z else 0.0
        if j:
            ya, yb, yc = xb[j] * a, xi[j] * b, xo[j] * c  # beta of token j-1 from token j's
            a, b, c = bb_ * ya + bi_ * yb + bo_ * yc, ib_ * ya + ii_ * yb + io_ * yc, ob_ * ya + oi_ * yb + oo_ * yc
            z = a + b + c or 1.0
            a, b, c = a / z, b / z, c / z
    return out
