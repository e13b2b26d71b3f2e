"""A learned re-ranker for quantity subjects, on top of the rules (phrases.py, subject_context.py).

For each quantity the rules have read, the candidates are: every span of words in a window
before the figure (WINDOW words, within the line), the rules' own answer, and null. Each
candidate is described by general features (the rules' answer: equal / contains / inside / none;
the word classes of its first and last word and of the words just outside it, its distance to the
figure, whether it crosses a verb, a space, punctuation or another figure, the unit's kind; words
themselves only when they are closed-class or in the project's word lists), and a linear model
(a softmax over the candidates, `training/train_subjects.py`) scores them. The model's best
candidate replaces the rules' answer only when it beats it by more than the margin stored with the
weights (chosen by grouped cross-validation): when unsure, the rules' answer stays.

Weights: `data/subject_rerank.json`, read once a process. Money and percentages are not re-ranked.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import math
from importlib.resources import files
from typing import NamedTuple

from .document import Document
from .lexicon import lexicon_cache, words
from .phrases import _orchid_classifiers, word_class
from .records import Quantity, Record

__all__ = ["Candidate", "MODEL_FILE", "candidates", "choose", "load_model", "read_weights", "rerank", "use_model"]

MODEL_FILE = "subject_rerank.json"
WINDOW = 16  # words (spaces not counted) read before the figure
MAX_LEN = 10  # words in a candidate span
_CLOSED = frozenset({"AUX", "ADV", "P", "C", "DET"})
_ROLES = (("subject_words", "stop"), ("subject_words", "connector"), ("subject_words", "lead"),
          ("phrase_words", "gap"), ("phrase_words", "date_lead"), ("phrase_words", "trail"),
          ("phrase_words", "null_before"), ("phrase_words", "distribution"), ("phrase_words", "dative"))

ENABLED = True
"""Set to False (training/train_subjects.py does, to read the rules' own answers) to switch the model off."""


class Candidate(NamedTuple):
    text: str | None  # None: the null candidate
    features: tuple[str, ...]


@lexicon_cache
def _roles() -> dict[str, str]:
    out: dict[str, str] = {}
    for table, role in _ROLES:
        for w in words(table, role=role):
            out.setdefault(w, role)
    return out


@lexicon_cache
def _trail_words() -> frozenset[str]:
    return words("phrase_words", role="trail")


def _word_key(tok) -> str:
    """A word's class, with the word itself when it is closed-class or in the project's lists."""
    if tok.kind == "space":
        return "NL" if "\n" in tok.text else "SP"
    if tok.kind == "number":
        return "NUM"
    c = word_class(tok.text)
    role = _roles().get(tok.text)
    if role or c in _CLOSED:
        return f"{c}:{tok.text}"
    return c


def _cls(tok) -> str:
    if tok.kind == "space":
        return "NL" if "\n" in tok.text else "SP"
    if tok.kind == "number":
        return "NUM"
    return word_class(tok.text)


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def _window(doc: Document, pos: int, left_limit: int) -> list:
    """Tokens before `pos`, back to WINDOW words, a line break or `left_limit` (the record before)."""
    toks = doc.tokens_before(pos, 3 * WINDOW)
    out: list = []
    n = 0
    for t in reversed(toks):
        if t.start < left_limit or (t.kind == "space" and "\n" in t.text):
            break
        out.append(t)
        if t.kind != "space":
            n += 1
            if n >= WINDOW:
                break
    out.reverse()
    return out


def _unit_kind(unit: str) -> str:
    from .extractors.quantities import _units

    row = _units()[0].get(unit)
    return row["kind"] if row else "other"


def _rule_rel(text: str, rule: str | None) -> str:
    if rule is None:
        return "rnone"
    if text == rule:
        return "req"
    if rule in text:
        return "rcontains"
    if text in rule:
        return "rinside"
    return "rdisjoint"


def candidates(doc: Document, rec: Quantity, *, left_limit: int = 0) -> list[Candidate]:
    """The candidates of one quantity record (rules' answer = rec.subject), each with its features.
    The first is null; the rules' answer is always among them."""
    unit = rec.unit or ""
    ukind = ("selfc" if unit in _orchid_classifiers() else "nounc") + "/" + _unit_kind(unit)
    toks = _window(doc, rec.start, left_limit)
    n = len(toks)
    rule = rec.subject
    before_num = _word_key(toks[-1]) if toks else "BOS"
    before_num2 = _word_key(toks[-2]) if n > 1 else "BOS"
    if before_num in ("SP",) and n > 1:
        before_num = "SP+" + before_num2
    common = (f"u={ukind}", )
    out: list[Candidate] = []
    null_f = ["null", f"null|{_rule_rel('', rule) if rule is None else 'rsome'}", f"null|u={ukind}",
              f"null|b={before_num}", f"null|u={unit}" if unit in _orchid_classifiers() else "null|u=other"]
    out.append(Candidate(None, tuple(null_f)))
    seen: set[str] = set()
    words_idx = [i for i, t in enumerate(toks) if t.kind != "space"]
    for a_pos, i in enumerate(words_idx):
        for j in words_idx[a_pos:a_pos + MAX_LEN]:
            text = doc.text[toks[i].start:toks[j].end]
            if text in seen:
                continue
            seen.add(text)
            out.append(Candidate(text, tuple(_span_features(toks, i, j, rule, text, unit, ukind)) + common))
    if rule is not None and rule not in seen:
        rel = "rfar" if rule not in doc.text[max(0, rec.start - 400):rec.start] else "rout"
        out.append(Candidate(rule, ("rule_only", f"rule_only|{rel}", f"rule_only|u={ukind}")))
    return out


def _span_features(toks, i: int, j: int, rule: str | None, text: str, unit: str, ukind: str) -> list[str]:
    span = toks[i:j + 1]
    inner = [t for t in span if t.kind != "space"]
    first, last = inner[0], inner[-1]
    fc, lc = _cls(first), _cls(last)
    fk, lk = _word_key(first), _word_key(last)
    left = toks[i - 1] if i > 0 else None
    left2 = toks[i - 2] if i > 1 else None
    lk_out = _word_key(left) if left is not None else "BOS"
    if lk_out == "SP":
        lk_out = "SP+" + (_word_key(left2) if left2 is not None else "BOS")
    gap = toks[j + 1:]
    gap_words = [t for t in gap if t.kind != "space"]
    rk_out = _word_key(gap[0]) if gap else "NUMBER"
    if rk_out == "SP":
        rk_out = "SP+" + (_word_key(gap[1]) if len(gap) > 1 else "NUMBER")
    classes = [_cls(t) for t in inner]
    dist = len(gap_words)
    rel = _rule_rel(text, rule)
    f = [
        "span", rel, f"{rel}|d={_bucket(dist)}",
        f"f={fk}", f"l={lk}", f"fc={fc}", f"lc={lc}", f"fc|lc={fc}|{lc}",
        f"lo={lk_out}", f"ro={rk_out}", f"lo|fc={lk_out}|{fc}", f"lc|ro={lc}|{rk_out}",
        f"d={_bucket(dist)}", f"len={_bucket(len(inner), (1, 2, 3, 4, 6))}",
        f"chars={_bucket(len(text), (3, 6, 10, 16, 25, 40))}",
        f"rel|fc={rel}|{fc}", f"rel|lc={rel}|{lc}",
    ]
    if "V" in classes[1:]:
        f.append("has_V_inside")
    if classes.count("V") >= 2:
        f.append("has_2V")
    if any(t.kind == "space" for t in span):
        f.append("has_space")
        f.append(f"has_space|{rel}")
    if "PUNC" in classes:
        f.append("has_punc")
    if any(t.kind == "number" for t in span):
        f.append("has_num")
    if any(c in ("C",) for c in classes[1:-1]):
        f.append("has_conj")
    if unit and unit in text:
        f.append(f"has_unit|{ukind}")
        if last.text == unit or last.text.endswith(unit):
            f.append("ends_unit")
    gclasses = {_cls(t) for t in gap_words}
    for g in sorted(gclasses):
        f.append(f"gap_has={g}")
    if any(t.kind == "space" for t in gap):
        f.append("gap_space")
    if not gap_words:
        f.append("adjacent")
    pattern = "-".join(classes[:2] + (["…"] if len(classes) > 4 else []) + classes[max(2, len(classes) - 2):])
    f.append(f"pat={pattern}")
    if lc in ("AUX", "ADV", "PUNC", "P", "C") or last.text in _trail_words():
        f.append(f"ends_bad={lc}")
    if fc in ("AUX", "ADV", "P", "C", "V"):
        f.append(f"starts_bad={fc}")
    lo_natural = left is None or left.kind == "space" or _cls(left) in ("PUNC",) or _roles().get(left.text) == "stop"
    f.append(f"lo_natural={lo_natural}|fc={fc}")
    if len(gap_words) == 1:
        f.append(f"gap1={_word_key(gap_words[0])}")
    f.append(f"u={ukind}|fc={fc}")
    return f


_FORCED: list = []  # use_model's (weights, margin), when set


def read_weights(path=None) -> tuple[dict[str, float], float, bool]:
    """(weights, margin, enabled) from the shipped data/subject_rerank.json (or `path`)."""
    if path is None:
        text = files("thai_report_ie.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    else:
        from pathlib import Path

        text = Path(path).read_text(encoding="utf-8")
    raw = json.loads(text)
    return dict(raw["weights"]), float(raw["margin"]), bool(raw.get("enabled", True))


def use_model(model: tuple[dict[str, float], float] | None) -> None:
    """Re-rank with these (weights, margin) whatever the shipped file says (None: back to the file).
    For measuring the model (benchmarks/eval_subjects.py --subject-model) and for tests."""
    _FORCED[:] = [model] if model is not None else []


@functools.lru_cache(maxsize=None)
def _shipped() -> tuple[dict[str, float], float] | None:
    try:
        weights, margin, enabled = read_weights()
    except (OSError, ValueError, KeyError):
        return None
    return (weights, margin) if enabled else None


def load_model() -> tuple[dict[str, float], float] | None:
    """(feature weights, margin) the re-ranker uses: use_model's, else the shipped file's when it
    is switched on ("enabled": true), else None (the rules' subjects stand)."""
    if _FORCED:
        return _FORCED[0]
    return _shipped()


def score(weights: dict[str, float], cand: Candidate) -> float:
    get = weights.get
    return math.fsum(get(f, 0.0) for f in cand.features)


def choose(cands: list[Candidate], rule: str | None, weights: dict[str, float], margin: float,
           policy: str = "fill_or_trim") -> str | None:
    """The model's answer: its best candidate when it beats the rules' answer by more than
    `margin` and the policy allows it, else the rules' answer. Policy "fill_or_trim" (shipped):
    the model may only name a subject where the rules found none, or cut the rules' subject to a
    part of it (a leading verb or clause, a trailing modifier); "any": any candidate."""
    scores = [score(weights, c) for c in cands]
    rule_k = next(k for k, c in enumerate(cands) if c.text == rule)
    order = sorted(range(len(cands)), key=lambda k: (-scores[k], k))
    for k in order:
        text = cands[k].text
        if scores[k] - scores[rule_k] <= margin:
            break
        if policy == "any" or (rule is None and text is not None) or (
                rule is not None and text is not None and text != rule and text in rule):
            return text
        if policy != "any":
            break  # only the model's first choice may override
    return rule


def rerank(doc: Document, records: list[Record]) -> list[Record]:
    """`records` with each quantity's subject re-ranked (see the module's doc); money and other
    records untouched."""
    if not ENABLED:
        return records
    model = load_model()
    if model is None:
        return records
    weights, margin = model
    out: list[Record] = []
    prev_end = 0
    for r in records:
        if type(r) is Quantity:
            cands = candidates(doc, r, left_limit=prev_end)
            got = choose(cands, r.subject, weights, margin)
            if got != r.subject:
                r = dataclasses.replace(r, subject=got)
        out.append(r)
        prev_end = r.end
    return out
