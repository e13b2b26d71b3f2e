"""Lexicons: TSV data files under thai_report_ie/data, loaded once.

A file starts with `#` comment lines (what it is, where it comes from), then a header row,
then one entry a line. Code holds no word lists: it asks this module.

A `Lexicons` is the built-in files plus a user's rows added to some of them (see
`thai_report_ie.custom` and `Extractor`). While one is active (`activate`, a context variable,
so threads and async tasks each see their own), `load_tsv` and `words` read its rows, and every
function decorated with `lexicon_cache` keeps values of its own for it. With none active, the
built-in files are read, exactly as before.
"""
from __future__ import annotations

import contextlib
import contextvars
import hashlib
import inspect
import json
import threading
from collections import OrderedDict
from functools import cache, lru_cache, wraps
from importlib.resources import files
from typing import Any, Callable, Iterator, Mapping, TypeVar, overload

__all__ = ["Lexicons", "activate", "active", "alternation", "grammar", "grammar_re", "lexicon_cache",
           "lexicon_dict", "load_tsv", "words"]

F = TypeVar("F", bound=Callable[..., Any])

MAX_LEXICON_SETS = 16
"""Values are cached for at most this many distinct lexicon sets per function (least recently
used first out); the built-in set is always cached."""


class Lexicons:
    """The built-in lexicons plus rows a user adds to some files (`{"units": ({...}, ...)}`).

    Two `Lexicons` with the same added rows share a `key` (a fingerprint of the rows), and so
    share cached values. Rows are dicts keyed by the file's header; missing columns read "".
    """

    __slots__ = ("added", "key", "sources")

    def __init__(self, added: Mapping[str, tuple[Mapping[str, str], ...]] | None = None,
                 sources: tuple[str, ...] = ()) -> None:
        clean: dict[str, tuple[dict[str, str], ...]] = {}
        for name, rows in sorted((added or {}).items()):
            header = _builtin_header(name)
            full = tuple({h: str(r.get(h, "") or "").strip() for h in header} for r in rows)
            if full:
                clean[name] = full
        self.added = clean
        self.sources = tuple(sources)
        blob = json.dumps(clean, ensure_ascii=False, sort_keys=True)
        self.key = hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16] if clean else ""

    @property
    def is_builtin(self) -> bool:
        return not self.added

    def rows(self, name: str) -> tuple[dict[str, str], ...]:
        """The built-in rows of `data/<name>.tsv`, then the added ones."""
        extra = self.added.get(name)
        return _builtin_rows(name) + extra if extra else _builtin_rows(name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicons) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}: +{len(v)}" for k, v in self.added.items())
        return f"Lexicons({counts or 'built-in'})"

    def to_json(self) -> dict[str, list[dict[str, str]]]:
        """The added rows, JSON-safe (what `Lexicons.from_json` reads back)."""
        return {name: [dict(r) for r in rows] for name, rows in self.added.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, list[Mapping[str, str]]]) -> Lexicons:
        return cls({name: tuple(rows) for name, rows in data.items()})


BUILTIN = Lexicons()
_ACTIVE: contextvars.ContextVar[Lexicons | None] = contextvars.ContextVar("thai_report_ie_lexicons", default=None)


def active() -> Lexicons:
    """The lexicons in force here (the built-in set unless `activate` says otherwise)."""
    return _ACTIVE.get() or BUILTIN


@contextlib.contextmanager
def activate(lexicons: Lexicons | None) -> Iterator[Lexicons]:
    """Make `lexicons` the ones read inside the `with` block (in this thread or task only)."""
    lex = None if lexicons is None or lexicons.is_builtin else lexicons
    token = _ACTIVE.set(lex)
    try:
        yield lex or BUILTIN
    finally:
        _ACTIVE.reset(token)


def _active_key() -> str:
    lex = _ACTIVE.get()
    return lex.key if lex is not None else ""


_get_active = _ACTIVE.get
_PLAIN_WRAPPER = """def wrapper({args}):
    lex = _get_active()
    if lex is None:
        return builtin({args})
    return for_key(lex.key)({args})
"""


_WRAPPER_NAMES = frozenset({"lex", "_get_active", "builtin", "for_key"})  # the template's own names


def _plain_wrapper(fn: Callable[..., Any], builtin: Callable[..., Any],
                   for_key: Callable[[str], Callable[..., Any]]) -> Callable[..., Any] | None:
    """For a function of at most three plain parameters (no defaults, no *args or **kwargs), a
    wrapper with that very signature: about a third of the cost of one that packs `*args,
    **kwargs` (these caches are asked hundreds of times a document). None for other signatures."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return None
    if len(params) > 3 or any(p.kind is not p.POSITIONAL_OR_KEYWORD or p.default is not p.empty
                              or p.name in _WRAPPER_NAMES for p in params):
        return None
    namespace: dict[str, Any] = {"_get_active": _get_active, "builtin": builtin, "for_key": for_key}
    source = _PLAIN_WRAPPER.format(args=", ".join(p.name for p in params))
    # the file name names the cached function, so a profile tells one wrapper from another
    exec(compile(source, f"<lexicon_cache {fn.__module__}.{fn.__qualname__}>", "exec"), namespace)  # noqa: S102 - our own template
    return namespace["wrapper"]


@overload
def lexicon_cache(fn: F, *, maxsize: int | None = None) -> F: ...
@overload
def lexicon_cache(fn: None = None, *, maxsize: int | None = None) -> Callable[[F], F]: ...
def lexicon_cache(fn: F | None = None, *, maxsize: int | None = None) -> Any:
    """Cache a value derived from lexicon data (a compiled pattern, a lookup table).

    Every such cache in the extractors goes through this decorator, so that a set of lexicons
    other than the built-in one has values of its own: one cache per active `Lexicons` (by its
    key). `maxsize` bounds each cache (least recently used out), as `functools.lru_cache`."""
    if fn is None:
        return lambda f: lexicon_cache(f, maxsize=maxsize)
    builtin = lru_cache(maxsize=maxsize)(fn)
    others: OrderedDict[str, Callable[..., Any]] = OrderedDict()
    lock = threading.Lock()

    def for_key(key: str) -> Callable[..., Any]:
        with lock:
            got = others.get(key)
            if got is None:
                got = others[key] = lru_cache(maxsize=maxsize)(fn)
                while len(others) > MAX_LEXICON_SETS:
                    others.popitem(last=False)
            else:
                others.move_to_end(key)
            return got

    wrapper = _plain_wrapper(fn, builtin, for_key)
    if wrapper is None:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            lex = _get_active()
            if lex is None:
                return builtin(*args, **kwargs)
            return for_key(lex.key)(*args, **kwargs)
    wrapper = wraps(fn)(wrapper)

    def cache_clear() -> None:
        builtin.cache_clear()
        with lock:
            others.clear()

    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    wrapper.cache_info = builtin.cache_info  # type: ignore[attr-defined]  # the built-in lexicons' cache
    return wrapper


class LexiconDict:
    """A memo dict (`get`, `[k] = v`, `len`, `clear`) with one dict per active `Lexicons`: for a
    module-level memo of values derived from lexicon data, filled by hand."""

    __slots__ = ("_builtin", "_others", "_lock")

    def __init__(self) -> None:
        self._builtin: dict[Any, Any] = {}
        self._others: OrderedDict[str, dict[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def _current(self) -> dict[Any, Any]:
        lex = _ACTIVE.get()
        if lex is None:
            return self._builtin
        with self._lock:
            got = self._others.get(lex.key)
            if got is None:
                got = self._others[lex.key] = {}
                while len(self._others) > MAX_LEXICON_SETS:
                    self._others.popitem(last=False)
            return got

    def current(self) -> dict[Any, Any]:
        """The plain dict of the lexicons active now: for a loop that reads the memo many times
        under one set of lexicons, ask once and use the dict's own (C-level) `get`."""
        return self._current()

    def get(self, key: Any, default: Any = None) -> Any:
        if _get_active() is None:
            return self._builtin.get(key, default)
        return self._current().get(key, default)

    # the built-in lexicons (none active) are the common case: their dict without `_current`'s call
    def __getitem__(self, key: Any) -> Any:
        return (self._builtin if _get_active() is None else self._current())[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        (self._builtin if _get_active() is None else self._current())[key] = value

    def __contains__(self, key: Any) -> bool:
        return key in (self._builtin if _get_active() is None else self._current())

    def __len__(self) -> int:
        return len(self._builtin if _get_active() is None else self._current())

    def clear(self) -> None:
        self._current().clear()


def lexicon_dict() -> LexiconDict:
    """A module-level memo dict with one dict per active `Lexicons` (see `LexiconDict`)."""
    return LexiconDict()


def _read_builtin(name: str) -> str:
    path = files("thai_report_ie.data").joinpath(f"{name}.tsv")
    if not path.is_file():
        raise FileNotFoundError(f"no lexicon data/{name}.tsv in thai_report_ie")
    return path.read_text(encoding="utf-8")


@cache
def _builtin_header(name: str) -> tuple[str, ...]:
    lines = [ln for ln in _read_builtin(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(lines[0].split("\t"))


@cache
def _builtin_rows(name: str) -> tuple[dict[str, str], ...]:
    raw = _read_builtin(name)
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"data/{name}.tsv: {ln!r} has more cells than the header {header}")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=True)})
    return tuple(rows)


@lexicon_cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>.tsv` as dicts keyed by the header (plus the active user rows)."""
    return active().rows(name)


@lexicon_cache
def words(name: str, column: str = "word", **where: str) -> frozenset[str]:
    """The set of `column` values of rows matching every `where` column=value."""
    return frozenset(
        r[column] for r in load_tsv(name)
        if r[column] and all(r.get(k) == v for k, v in where.items())
    )


def grammar(role: str) -> frozenset[str]:
    """The words of one role in data/grammar.tsv (the small words the rules read around numbers)."""
    return words("grammar", role=role)


def grammar_re(role: str) -> str:
    """A regex alternation of one grammar role's words."""
    return alternation(grammar(role))


@lru_cache(maxsize=256)
def longest_first(items: frozenset[str]) -> tuple[str, ...]:
    """A word set in a fixed order, longest first (then by code point): a look-up that takes the first word
    of a set that matches must not take it in the set's own order, which a str hash seed decides
    (PYTHONHASHSEED), when two of its words match at once ("คงเหลือ" and "เหลือ" both ending a phrase)."""
    return tuple(sorted(items, key=lambda w: (-len(w), w)))


def alternation(items) -> str:
    """A regex alternation of literal words, longest first (so the longest always wins)."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))
