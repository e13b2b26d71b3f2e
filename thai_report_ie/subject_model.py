"""A learned re-ranker of subjects (quantity, money, percentage), on top of the rules (phrases.py,
subject_context.py, money_subjects.py, percent_subjects.py).

For each record the rules have read, the candidates are: every span of words in a window before
the figure (WINDOW words, within the line, after the record before it), the rules' own answer, the
subject of the previous record of the same kind, and null, less what the guards rule out before
anything is scored (ANNOTATION.md's nulls for durations, ages and self-naming counts; spans that
start with a verb or a function word, start or end on a dash, or cut a bound prefix from its word:
`_kept_null`, `_self_naming`, `_edges`). Each candidate is described by general features (the
rules' answer: equal / contains / inside / none; the word classes of its first and last word and of
the words just outside it, those words themselves (a weight is learned only for words seen in
training), its distance to the figure, whether it crosses a verb, a space, punctuation or another
figure, the unit's or record's kind), and a linear model a record kind (a
softmax over the candidates, `training/train_subjects.py`) scores them. The model's best candidate
replaces the rules' answer only when it beats it by more than the margin stored with the weights
(chosen by grouped cross-validation on rows no rule was tuned on) and only to fill a null or cut
the rules' subject down: when unsure, the rules' answer stays.

Weights: `data/subject_rerank.json` (one model a record kind), read once a process. It is an
option, off by default ("enabled": false): `extract(text, subject_model=True)` re-ranks the kinds
the training marked "usable" (the cross-validation found a gain on the blind rows), each at its own
margin; the gain on new text is small and the re-ranker costs time (docs/guide.md, "A learned
re-ranker, an option"). The option holds for one call, in its own thread or task (a context
variable, `reranking`); `use_model` forces models on every call, to measure them.
"""
from __future__ import annotations

import dataclasses
import functools
import json
from contextlib import contextmanager
from contextvars import ContextVar
from importlib.resources import files
from itertools import repeat
from typing import Iterator, NamedTuple, TypeVar

from .document import Document
from .lexicon import lexicon_cache, words
from .phrases import _orchid_classifiers, word_class
from .records import Money, Percentage, Quantity, Record

__all__ = ["Candidate", "MODEL_FILE", "candidates", "choose", "load_model", "read_models", "read_weights", "rerank",
           "reranking", "usable_models", "use_model"]

MODEL_FILE = "subject_rerank.json"
WINDOW = 16  # words (spaces not counted) read before the figure
MAX_LEN = 10  # words in a candidate span
_CLOSED = frozenset({"AUX", "ADV", "P", "C", "DET"})
_ROLES = (("subject_words", "stop"), ("subject_words", "connector"), ("subject_words", "lead"),
          ("phrase_words", "gap"), ("phrase_words", "date_lead"), ("phrase_words", "trail"),
          ("phrase_words", "null_before"), ("phrase_words", "distribution"), ("phrase_words", "dative"))

ENABLED = True
GUARDED = True  # the hard constraints on candidates (`_kept_null`, `_edges`); off only to measure them
LEXICAL = True  # features naming the span's first and last words and the words just outside it
PREVIOUS = True  # the previous record's subject is a candidate
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


def _buckets(edges: tuple[int, ...]) -> list[str]:
    """_bucket(n, edges) for n = 0 … edges[-1] + 1 (read it at min(n, len - 1)): a look-up, once a span."""
    return [_bucket(n, edges) for n in range(edges[-1] + 2)]


_LEN_BUCKETS = _buckets((1, 2, 3, 4, 6))
_CHARS_BUCKETS = _buckets((3, 6, 10, 16, 25, 40))


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


_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _kept_null(rec: Record) -> bool:
    """A quantity the rules leave without a subject because the text names nothing beyond its unit
    (ANNOTATION.md): a duration or an age (a time unit: "2 ชั่วโมง", "อายุ 60 ปี"). The model may not fill
    it: the convention keeps the null, and the few named durations (ระยะเวลา…) are not worth the many
    false fills."""
    return type(rec) is Quantity and rec.subject is None and _unit_kind(rec.unit or "") == "time"


def _self_naming(rec: Record) -> str | None:
    """The unit of a quantity the rules leave null whose classifier is a noun used as its own classifier
    (ORCHID tags it a noun: "2 มาตรการ", "ทั้ง 4 ศูนย์", "ใน 27 จังหวัด"): the count names what it counts,
    so only a phrase naming that noun again ("หน่วยงานร่วมบูรณาการ 16 หน่วยงาน", "ข้าวกล่อง 200 กล่อง") fills it."""
    if type(rec) is not Quantity or rec.subject is not None:
        return None
    unit = rec.unit or ""
    return unit if _unit_kind(unit) == "classifier" and unit not in _orchid_classifiers() else None


def _edges(toks, classes) -> tuple[list[bool], list[bool]]:
    """Where a candidate may start and end (by token index): never on a dash or a punctuation mark ("วงเงิน
    ขั้นต่ำ –"), never starting with a verb, an auxiliary, an adverb, a preposition or a conjunction (a
    subject is a noun phrase, ANNOTATION.md), and never cutting a bound prefix from the word glued after it,
    which it makes a noun ("การ|ดำเนินงาน", "ผู้|ประกอบการ"). (A dictionary compound is never split: the
    segmenter keeps every dictionary word whole, so a span never cuts one.)"""
    n = len(toks)

    def glued(a: int, b: int) -> bool:
        return toks[a].text in _BOUND_PREFIXES and toks[b].kind == "word"

    starts, ends = [False] * n, [False] * n
    for k, t in enumerate(toks):
        if t.kind == "space" or classes[k] == "PUNC" or t.text[0] in _DASHES or t.text[-1] in _DASHES:
            continue
        starts[k] = classes[k] not in _NOT_FIRST and not (k > 0 and glued(k - 1, k))
        ends[k] = not (k + 1 < n and glued(k, k + 1))
    return starts, ends


_NOT_FIRST = frozenset({"V", "AUX", "ADV", "P", "C"})
_BOUND_PREFIXES = frozenset({"การ", "ความ", "ผู้"})  # never a word alone when glued before another


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


def _record_kind(rec: Record) -> str:
    """What the unit features say of a record: for a quantity its classifier's kind, for money and
    percentages the record kind and how it was read."""
    if type(rec) is Quantity:
        unit = rec.unit or ""
        return ("selfc" if unit in _orchid_classifiers() else "nounc") + "/" + _unit_kind(unit)
    if isinstance(rec, Money):
        return "money/" + ("per" if rec.per else "flat")
    per = getattr(rec, "per", None)
    return "pct/" + (rec.rule or "") + ("/per" if per else "")


def candidates(doc: Document, rec: Quantity | Money | Percentage, *, left_limit: int = 0,
               previous: Record | None = None, only_if_movable: bool = False) -> list[Candidate] | None:
    """The candidates of one quantity, money or percentage record (rules' answer = rec.subject), each
    with its features. The first is null; the rules' answer is always among them; so is the subject
    of `previous` (the record of the same kind before it, if any: lists and ranges share one).
    `only_if_movable` (`rerank`): None, before any feature is built, when the rules' subject cannot move
    under the shipped policy (no candidate is a part of it: `choose` could only keep it)."""
    rule = rec.subject
    if GUARDED and _kept_null(rec):  # the null stands: nothing to read
        return None if only_if_movable else [_null_candidate(rec, _window(doc, rec.start, left_limit))]
    toks = _window(doc, rec.start, left_limit)
    n = len(toks)
    classes = [_cls(t) for t in toks]
    words_idx = [i for i, t in enumerate(toks) if t.kind != "space"]
    starts, ends = _edges(toks, classes) if GUARDED else ([True] * n, [True] * n)
    own = _self_naming(rec) if GUARDED else None
    spans: list[tuple[int, int, str]] = []  # (first word's place in words_idx, last's, text)
    seen: set[str] = set()
    for a_pos, i in enumerate(words_idx):
        for b_pos in range(a_pos, min(a_pos + MAX_LEN, len(words_idx))):
            j = words_idx[b_pos]
            text = doc.text[toks[i].start:toks[j].end]
            if text in seen or text != rule and not (starts[i] and ends[j] and (own is None or own in text)):
                continue
            seen.add(text)
            spans.append((a_pos, b_pos, text))
    prev = getattr(previous, "subject", None) if PREVIOUS and previous is not None else None
    if prev and GUARDED and (own is not None and own not in prev or rule is not None and prev != rule
                             and prev not in seen):
        # a self-naming count (see `_self_naming`); and the phrase of the list before only fills a null or
        # is a span here: never a cut of the rules' subject inside its words ("เงินเดือน" → the list's "เงิน")
        prev = None
    if only_if_movable and rule is not None and not (
            any(text != rule and text in rule for _, _, text in spans) or (prev and prev != rule and prev in rule)):
        return None
    unit = getattr(rec, "unit", None) or ""
    ukind = _record_kind(rec)
    keys = [_word_key(t) for t in toks]
    common = (f"u={ukind}", )
    out: list[Candidate] = [_null_candidate(rec, toks, keys)]
    lefts: dict[int, tuple[str, ...]] = {}  # built once a word, only for words some candidate starts or ends on
    rights: dict[int, tuple[tuple[str, ...], str]] = {}
    for a_pos, b_pos, text in spans:
        i, j = words_idx[a_pos], words_idx[b_pos]
        if i not in lefts:
            lefts[i] = _left_features(toks, keys, classes, i, ukind)
        if j not in rights:
            rights[j] = _right_features(toks, keys, classes, j)
        pair = _pair_features(toks, classes, words_idx[a_pos:b_pos + 1], rule, text, unit, ukind, rights[j][1])
        out.append(Candidate(text, lefts[i] + rights[j][0] + pair + common))
    if rule is not None and rule not in seen:
        rel = "rfar" if rule not in doc.text[max(0, rec.start - 400):rec.start] else "rout"
        out.append(Candidate(rule, ("rule_only", f"rule_only|{rel}", f"rule_only|u={ukind}")))
        seen.add(rule)
    if prev and previous is not None:
        gap = doc.text[previous.end:rec.start]
        shape = ("prev_subject", f"prev_subject|{_rule_rel(prev, rule)}", f"prev_subject|u={ukind}",
                 f"prev_subject|gap={_bucket(len(gap), (2, 10, 30, 80, 200))}",
                 "prev_subject|nl=" + str("\n" in gap))
        k = next((k for k, c in enumerate(out) if c.text == prev), None)
        if k is None:
            out.append(Candidate(prev, shape + ("prev_only",)))
        else:
            out[k] = out[k]._replace(features=out[k].features + shape)
    return out


def _null_candidate(rec: Quantity | Money | Percentage, toks: list, keys: list[str] | None = None) -> Candidate:
    """The null candidate: what the rules' answer and the word before the figure say for no subject."""
    unit = getattr(rec, "unit", None) or ""
    ukind = _record_kind(rec)
    if keys is None:
        keys = [_word_key(t) for t in toks[-2:]]
    before_num = keys[-1] if toks else "BOS"
    if before_num == "SP" and len(keys) > 1:
        before_num = "SP+" + keys[-2]
    return Candidate(None, ("null", f"null|{'rnone' if rec.subject is None else 'rsome'}", f"null|u={ukind}",
                            f"null|b={before_num}",
                            f"null|u={unit}" if unit in _orchid_classifiers() else "null|u=other"))


def _left_features(toks, keys, classes, i: int, ukind: str) -> tuple[str, ...]:
    """What a span starting at word i says about its start and the word before it."""
    fc, fk = classes[i], keys[i]
    left = toks[i - 1] if i > 0 else None
    lk_out = keys[i - 1] if i > 0 else "BOS"
    if lk_out == "SP":
        lk_out = "SP+" + (keys[i - 2] if i > 1 else "BOS")
    f = [f"f={fk}", f"fc={fc}", f"lo={lk_out}", f"lo|fc={lk_out}|{fc}"]
    if LEXICAL:  # the words themselves: a weight is learned only for those seen in training (MIN_COUNT)
        f += [f"fw={toks[i].text}", f"fw|u={toks[i].text}|{ukind.split('/')[0]}"]
        if left is not None and left.kind != "space":
            f.append(f"low={left.text}")
    if fc in ("AUX", "ADV", "P", "C", "V"):
        f.append(f"starts_bad={fc}")
    lo_natural = left is None or left.kind == "space" or classes[i - 1] == "PUNC" or _roles().get(left.text) == "stop"
    f.append(f"lo_natural={lo_natural}|fc={fc}")
    f.append(f"u={ukind}|fc={fc}")
    return tuple(f)


def _right_features(toks, keys, classes, j: int) -> tuple[tuple[str, ...], str]:
    """What a span ending at word j says about its end and the gap to the figure; and the gap's length in
    words, bucketed (`_pair_features` reads it: once a word, not once a span)."""
    last, lc, lk = toks[j], classes[j], keys[j]
    n = len(toks)
    rk_out = keys[j + 1] if j + 1 < n else "NUMBER"
    if rk_out == "SP":
        rk_out = "SP+" + (keys[j + 2] if j + 2 < n else "NUMBER")
    gap_idx = [k for k in range(j + 1, n) if toks[k].kind != "space"]
    dist = len(gap_idx)
    dist_bucket = _bucket(dist)
    f = [f"l={lk}", f"lc={lc}", f"ro={rk_out}", f"lc|ro={lc}|{rk_out}", f"d={dist_bucket}"]
    if LEXICAL:
        f.append(f"lw={last.text}")
        if j + 1 < n and toks[j + 1].kind != "space":
            f.append(f"row={toks[j + 1].text}")
    for g in sorted({classes[k] for k in gap_idx}):
        f.append(f"gap_has={g}")
    if any(toks[k].kind == "space" for k in range(j + 1, n)):
        f.append("gap_space")
    if not gap_idx:
        f.append("adjacent")
    if lc in ("AUX", "ADV", "PUNC", "P", "C") or last.text in _trail_words():
        f.append(f"ends_bad={lc}")
    if dist == 1:
        f.append(f"gap1={keys[gap_idx[0]]}")
    return tuple(f), dist_bucket


def _pair_features(toks, classes, inner: list[int], rule: str | None, text: str, unit: str, ukind: str,
                   dist_bucket: str) -> tuple[str, ...]:
    """What depends on both ends: the span's words (`inner`: their indexes, spaces left out), its
    relation to the rules' answer."""
    i, j = inner[0], inner[-1]
    cls = [classes[k] for k in inner]
    fc, lc = cls[0], cls[-1]
    rel = _rule_rel(text, rule)
    f = ["span", rel, f"{rel}|d={dist_bucket}", f"fc|lc={fc}|{lc}",
         f"len={_LEN_BUCKETS[min(len(inner), 7)]}", f"chars={_CHARS_BUCKETS[min(len(text), 41)]}",
         f"rel|fc={rel}|{fc}", f"rel|lc={rel}|{lc}"]
    if "V" in cls[1:]:
        f.append("has_V_inside")
    if cls.count("V") >= 2:
        f.append("has_2V")
    if len(inner) != j - i + 1:
        f.append("has_space")
        f.append(f"has_space|{rel}")
    if "PUNC" in cls:
        f.append("has_punc")
    if "NUM" in cls:
        f.append("has_num")
    if "C" in cls[1:-1]:
        f.append("has_conj")
    if unit and unit in text:
        f.append(f"has_unit|{ukind}")
        if toks[j].text.endswith(unit):
            f.append("ends_unit")
    f.append("pat=" + "-".join(cls[:2] + (["…"] if len(cls) > 4 else []) + cls[max(2, len(cls) - 2):]))
    return tuple(f)


_FORCED: list = []  # use_model's {kind: (weights, margin)}, when set
KINDS = {Quantity: "quantity", Money: "money", Percentage: "percentage"}
Model = tuple[dict[str, float], float]  # (feature weights, margin)


def _read_file(path=None) -> dict:
    """The model file's JSON: the shipped data/subject_rerank.json, or `path`."""
    if path is None:
        text = files("thai_report_ie.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    else:
        from pathlib import Path

        text = Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def read_models(path=None) -> tuple[dict[str, Model], bool]:
    """({record kind: (weights, margin)}, enabled) from the shipped data/subject_rerank.json (or `path`)."""
    raw = _read_file(path)
    models = {kind: (dict(m["weights"]), float(m["margin"])) for kind, m in raw["kinds"].items()}
    return models, bool(raw.get("enabled", True))


def usable_models(path=None) -> dict[str, Model]:
    """The models of the kinds the training marked "usable" (a gain on the blind rows in cross-validation):
    those `extract(subject_model=True)` re-ranks with; the other kinds keep the rules' subjects."""
    raw = _read_file(path)
    return {kind: (dict(m["weights"]), float(m["margin"])) for kind, m in raw["kinds"].items()
            if m.get("usable", True)}


def read_weights(path=None, kind: str = "quantity") -> tuple[dict[str, float], float, bool]:
    """(weights, margin, enabled) of one record kind's model (see read_models)."""
    models, enabled = read_models(path)
    weights, margin = models[kind]
    return weights, margin, enabled


def use_model(model: Model | dict[str, Model] | None) -> None:
    """Re-rank with these models on every call, whatever the option and the shipped file say:
    {kind: (weights, margin)}, or one (weights, margin) for quantities alone (None: back to the
    option). For measuring the model (benchmarks/eval_subjects.py --subject-model) and for tests;
    process-wide, unlike the option."""
    if isinstance(model, tuple):
        model = {"quantity": model}
    _FORCED[:] = [model] if model is not None else []


_ON: ContextVar[bool] = ContextVar("subject_model", default=False)  # extract(subject_model=...) of this call


@contextmanager
def reranking(on: bool) -> Iterator[None]:
    """Within it, in this thread or task only, the shipped re-ranker re-ranks the usable kinds' subjects
    when `on` (`extract(subject_model=True)` reads the text within it); a new thread starts with it off."""
    token = _ON.set(on)
    try:
        yield
    finally:
        _ON.reset(token)


@functools.lru_cache(maxsize=None)
def _shipped() -> tuple[dict[str, Model], bool] | None:
    """(the usable kinds' models, whether the file is switched on for every call), or None without a file."""
    try:
        return usable_models(), read_models()[1]
    except (OSError, ValueError, KeyError):
        return None


def _active() -> dict[str, Model] | None:
    """The models the re-ranker uses now: use_model's, else the shipped usable ones when this call asked
    for them (or the file is switched on), else None (the rules' subjects stand)."""
    if _FORCED:
        return _FORCED[0]
    shipped = _shipped()
    if shipped is None or not (_ON.get() or shipped[1]):
        return None
    return shipped[0]


def load_model(kind: str = "quantity") -> Model | None:
    """(feature weights, margin) the re-ranker uses now for a record kind (see `_active`), else None."""
    models = _active()
    return models.get(kind) if models else None


def score(weights: dict[str, float], cand: Candidate) -> float:
    return sum(map(weights.get, cand.features, repeat(0.0)))  # in the features' order: the same float each time


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


R = TypeVar("R", bound=Record)


def rerank(doc: Document, records: list[R]) -> list[R]:
    """`records` with each quantity's, money record's or percentage's subject re-ranked by its kind's
    model (see the module's doc); other records, and kinds with no model, untouched."""
    models = _active() if ENABLED else None
    if not models:
        return records
    out: list[R] = []
    prev_end = 0
    last: dict[type, R] = {}
    for r in records:
        kind = KINDS.get(type(r))
        model = models.get(kind) if kind else None
        if model is not None and isinstance(r, (Quantity, Money, Percentage)):
            cands = candidates(doc, r, left_limit=prev_end, previous=last.get(type(r)), only_if_movable=True)
            got = choose(cands, r.subject, model[0], model[1]) if cands is not None else r.subject
            if got != r.subject:
                r = dataclasses.replace(r, subject=got)
        out.append(r)
        last[type(r)] = r
        prev_end = r.end
    return out
