"""User lexicons: units, organisations and stop words added on top of the built-in ones.

Three sections, each given as a Python value or read from a TSV or JSON file:

=============  ===========================================  =============================================
section        TSV header (first column names the section)  becomes rows of
=============  ===========================================  =============================================
units          ``unit  kind  code  factor``                 data/units.tsv (kind: classifier, measure,
                                                            time, currency; default classifier)
organisations  ``organisation  acronym  aliases  category`` data/org_known.tsv (acronym and aliases:
                                                            several separated by "|")
stop_words     ``stop_word  scope``                         scope name → data/org_stops.tsv (ends the
                                                            names of bodies and persons), subject →
                                                            data/subject_words.tsv (ends a subject),
                                                            both (the default) → both
=============  ===========================================  =============================================

A TSV file has `#` comment lines anywhere, one header row, then one entry a line (tab-separated;
columns after the first may be left out). A JSON file is an object with any of the keys
"units", "organisations", "stop_words", each holding what the Python argument takes: a list of
words, a list of objects with the TSV columns as keys, or an object word → kind (units),
name → acronym (organisations), word → scope (stop words).

Every entry is checked; a bad one raises `LexiconError` naming the file and line (or the
argument and entry), what is wrong and what to write instead.
"""
from __future__ import annotations

import json
import os
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union

from .composed import compose_typed
from .errors import LexiconError
from .lexicon import Lexicons, load_tsv

__all__ = ["SECTIONS", "LexiconSource", "build_lexicons", "read_lexicon_file"]

LexiconSource = Union[str, "os.PathLike[str]", Mapping[str, Any], Iterable[Any]]

SECTIONS: dict[str, tuple[str, ...]] = {  # section -> its TSV columns (the first names the section)
    "units": ("unit", "kind", "code", "factor"),
    "organisations": ("organisation", "acronym", "aliases", "category"),
    "stop_words": ("stop_word", "scope"),
}
_FIRST_COLUMN = {cols[0]: section for section, cols in SECTIONS.items()}
# other first-column names accepted when the section is already known (units="my_units.tsv")
_FIRST_COLUMN_ALIASES = {"units": ("word",), "organisations": ("name", "organization"), "stop_words": ("word",)}
# what a Python mapping's values mean: {word: kind}, {name: acronym}, {word: scope}
_MAPPING_VALUE = {"units": "kind", "organisations": "acronym", "stop_words": "scope"}
UNIT_KINDS = ("classifier", "measure", "time", "currency")
SCOPES = ("both", "name", "subject")
MAX_WORD_CHARS = 120
_BAD_CHARS = re.compile(r"[\t\r\n|]")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


class _Entry(dict):
    """One user entry: its column values, and where it came from (for error messages)."""

    where: str = ""


# ------------------------------------------------------------------ reading files

def read_lexicon_file(path: str | os.PathLike[str], section: str | None = None) -> dict[str, list[_Entry]]:
    """The entries of one lexicon file, by section. `section` names the section when the file
    holds one only (``Extractor(units="my_units.tsv")``)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise LexiconError(str(p), "no such file; give the path of a .tsv or .json lexicon") from None
    except OSError as e:
        raise LexiconError(str(p), f"cannot read ({e.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise LexiconError(f"{p}:{line}", "not UTF-8 text; save the file as UTF-8") from None
    if p.suffix.lower() == ".json":
        return _read_json(text, str(p), section)
    if p.suffix.lower() in (".tsv", ".txt", ".tab"):
        return _read_tsv(text, str(p), section)
    raise LexiconError(str(p), "unknown lexicon format: name the file .tsv (tab-separated) or .json")


def _read_tsv(text: str, name: str, section: str | None) -> dict[str, list[_Entry]]:
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise LexiconError(name, "no header row; the first line that is not a # comment names the columns, "
                                 f"e.g. {' TAB '.join(SECTIONS['units'])}")
    n0, head_line = lines[0]
    header = [h.strip().lower() for h in head_line.split("\t")]
    sec = _section_of(header[0], section, f"{name}:{n0}")
    columns = SECTIONS[sec]
    header[0] = columns[0]
    unknown = [h for h in header if h not in columns]
    if unknown or len(set(header)) != len(header):
        raise LexiconError(f"{name}:{n0}", f"header {header} has unknown or repeated columns {unknown}; "
                                           f"a {sec} file may have the columns {', '.join(columns)} (tab-separated)")
    entries = []
    for n, ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise LexiconError(f"{name}:{n}", f"{len(cells)} cells but the header has {len(header)} columns "
                                              f"({', '.join(header)}); remove the extra tab(s)")
        e = _Entry({h: c.strip() for h, c in zip(header, cells)})
        e.where = f"{name}:{n}"
        entries.append(e)
    return {sec: entries}


def _section_of(first: str, section: str | None, where: str) -> str:
    if first in _FIRST_COLUMN:
        found = _FIRST_COLUMN[first]
        if section is not None and found != section:
            raise LexiconError(where, f"this is a {found} file (its first column is {first!r}) but it was given as {section}")
        return found
    if section is not None and first in _FIRST_COLUMN_ALIASES[section]:
        return section
    firsts = ", ".join(repr(c) for c in _FIRST_COLUMN)
    raise LexiconError(where, f"the header's first column {first!r} names no section; it must be one of {firsts} "
                              "(unit: a units file, organisation: bodies, stop_word: stop words)")


def _read_json(text: str, name: str, section: str | None) -> dict[str, list[_Entry]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise LexiconError(f"{name}:{e.lineno}", f"not valid JSON ({e.msg} at column {e.colno})") from None
    if isinstance(data, dict) and set(data) <= set(SECTIONS) and data:
        parts = data
    elif section is not None:
        parts = {section: data}
    else:
        raise LexiconError(name, f"a JSON lexicon is an object with the keys {', '.join(SECTIONS)}; got "
                                 f"{'keys ' + ', '.join(map(repr, data)) if isinstance(data, dict) else type(data).__name__}")
    out = {}
    for sec, value in parts.items():
        entries = list(_python_entries(sec, value, f"{name}: {sec}"))
        for entry in entries:
            entry.where = _json_line(text, name, entry)
        out[sec] = entries
    return out


def _json_line(text: str, name: str, e: _Entry) -> str:
    """`file:line (entry)`, the line where the entry's first value is written (best effort)."""
    word = e.get(next(iter(e)), "")
    pos = text.find(json.dumps(word, ensure_ascii=False)) if isinstance(word, str) and word else -1
    if pos < 0 and isinstance(word, str) and word:
        pos = text.find(json.dumps(word))
    line = f":{text.count(chr(10), 0, pos) + 1}" if pos >= 0 else ""
    return f"{name}{line} ({e.where.split(': ', 1)[-1]})"


# ------------------------------------------------------------------ Python values

def _python_entries(section: str, value: Any, where: str) -> Iterator[_Entry]:
    columns = SECTIONS[section]
    if isinstance(value, Mapping):
        for k, v in value.items():
            e = _Entry({columns[0]: k, _MAPPING_VALUE[section]: "" if v is None else v})
            e.where = f"{where}[{k!r}]"
            yield e
        return
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise LexiconError(where, f"expected a list or a mapping of entries, or a file path; got {type(value).__name__}")
    for i, item in enumerate(value):
        if isinstance(item, str):
            e = _Entry({columns[0]: item})
        elif isinstance(item, Mapping):
            first = next((k for k in (columns[0], *_FIRST_COLUMN_ALIASES[section]) if k in item), None)
            if first is None:
                raise LexiconError(f"{where}[{i}]", f"an entry needs the key {columns[0]!r}; got {sorted(item)}")
            extra = set(item) - {first, *columns}
            if extra:
                raise LexiconError(f"{where}[{i}]", f"unknown keys {sorted(extra)}; an entry may have {', '.join(columns)}")
            e = _Entry({columns[0] if k == first else k: v for k, v in item.items()})
        elif isinstance(item, (tuple, list)) and 1 <= len(item) <= len(columns):
            e = _Entry(zip(columns, item))
        else:
            raise LexiconError(f"{where}[{i}]", f"an entry is a word, a tuple ({', '.join(columns)}) or a dict; got {item!r}")
        e.where = f"{where}[{i}]"
        yield e


def _entries(section: str, value: LexiconSource | None) -> list[_Entry]:
    if value is None:
        return []
    if isinstance(value, (str, os.PathLike)):
        return read_lexicon_file(value, section).get(section, [])
    return list(_python_entries(section, value, section))


# ------------------------------------------------------------------ validation → built-in rows

def _text(e: _Entry, col: str, what: str, *, required: bool = False) -> str:
    v = e.get(col, "")
    if v is None:
        v = ""
    if not isinstance(v, str):
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) and col == "factor":
            v = str(v)
        else:
            raise LexiconError(e.where, f"{what} must be text, got {v!r}")
    v = v.strip()
    if required and not v:
        raise LexiconError(e.where, f"{what} is empty; write the word itself")
    if len(v) > MAX_WORD_CHARS:
        raise LexiconError(e.where, f"{what} {v[:30]!r}... is longer than {MAX_WORD_CHARS} characters")
    return _composed(v)


def _composed(word: str) -> str:
    """A word typed with decomposed or doubled vowels ("ส\u0e4d\u0e32นักงาน", "เเขวง") as `extract()` reads the text:
    composed (composed.py), so it matches what the reader sees (v22; before, it matched no text at all)."""
    c = compose_typed(word)
    return word if c is None else c.text


def _word(e: _Entry, col: str, what: str) -> str:
    w = _text(e, col, what, required=True)
    if _BAD_CHARS.search(w):
        raise LexiconError(e.where, f"{what} {w!r} holds a tab, line break or '|'; write one word an entry")
    if not any(c.isalpha() for c in w):
        raise LexiconError(e.where, f"{what} {w!r} has no letter; a word is needed")
    return w


def _unit_row(e: _Entry) -> dict[str, str]:
    word = _word(e, "unit", "the unit")
    if word[0].isdigit():
        raise LexiconError(e.where, f"the unit {word!r} starts with a digit; write the unit word only")
    kind = _text(e, "kind", "kind").lower() or "classifier"
    if kind not in UNIT_KINDS:
        raise LexiconError(e.where, f"unknown unit kind {kind!r} for {word!r}; use one of {', '.join(UNIT_KINDS)}")
    code = _text(e, "code", "code").upper()
    if kind == "currency" and not _CURRENCY_CODE.fullmatch(code):
        raise LexiconError(e.where, f"the currency {word!r} needs its ISO 4217 code in the code column (THB, USD, ...)")
    if kind != "currency" and code:
        raise LexiconError(e.where, f"a code is for currencies only; {word!r} is a {kind}: leave code empty")
    factor = _text(e, "factor", "factor")
    if factor:
        try:
            f = Decimal(factor)
        except InvalidOperation:
            raise LexiconError(e.where, f"factor {factor!r} of {word!r} is not a number (write e.g. 1000)") from None
        if not f.is_finite() or f <= 0:
            raise LexiconError(e.where, f"factor {factor!r} of {word!r} must be a positive number")
    return {"word": word, "kind": kind, "code": code, "factor": factor}


def _categories() -> frozenset[str]:
    return frozenset(r["category"] for r in load_tsv("org_known")) | {"other"}


def _org_row(e: _Entry, categories: frozenset[str]) -> dict[str, str]:
    name = _word(e, "organisation", "the organisation name")
    acronyms = _pipe_list(e, "acronym", "acronym")
    aliases = _pipe_list(e, "aliases", "alias")
    category = _text(e, "category", "category").lower() or "other"
    if category not in categories:
        raise LexiconError(e.where, f"unknown category {category!r} for {name!r}; use one of {', '.join(sorted(categories))}")
    return {"name": name, "acronyms": "|".join(acronyms), "aliases": "|".join(aliases), "category": category, "short": ""}


def _pipe_list(e: _Entry, col: str, what: str) -> list[str]:
    v = e.get(col)
    items = list(v) if isinstance(v, (list, tuple)) else _text(e, col, what).split("|")
    out = []
    for item in items:
        if not isinstance(item, str):
            raise LexiconError(e.where, f"an {what} must be text, got {item!r}")
        item = _composed(item.strip())
        if not item:
            continue
        if _BAD_CHARS.search(item) or not any(c.isalpha() for c in item):
            raise LexiconError(e.where, f"the {what} {item!r} is not a word (no letter, or a tab or line break in it)")
        out.append(item)
    return out


def _stop_rows(e: _Entry) -> list[tuple[str, dict[str, str]]]:
    word = _word(e, "stop_word", "the stop word")
    scope = _text(e, "scope", "scope").lower() or "both"
    if scope not in SCOPES:
        raise LexiconError(e.where, f"unknown scope {scope!r} for {word!r}; use name, subject or both")
    rows = []
    if scope in ("both", "name"):
        rows.append(("org_stops", {"word": word, "kind": "function"}))
    if scope in ("both", "subject"):
        rows.append(("subject_words", {"word": word, "role": "stop"}))
    return rows


def _check_conflicts(section: str, entries: list[_Entry], rows: list[dict[str, str]], key: str) -> list[dict[str, str]]:
    """Drop repeated entries; two entries for one word that disagree are an error."""
    seen: dict[str, tuple[dict[str, str], _Entry]] = {}
    out = []
    for e, r in zip(entries, rows):
        k = r[key]
        if k in seen:
            if seen[k][0] != r:
                raise LexiconError(e.where, f"{k!r} is given twice in {section} with different values "
                                            f"(first at {seen[k][1].where}); keep one")
            continue
        seen[k] = (r, e)
        out.append(r)
    return out


def build_lexicons(*, units: LexiconSource | None = None, organisations: LexiconSource | None = None,
                   stop_words: LexiconSource | None = None,
                   files: Iterable[str | os.PathLike[str]] = ()) -> Lexicons:
    """The built-in lexicons plus the user's entries, every entry checked (`LexiconError` if bad)."""
    given: dict[str, list[_Entry]] = {
        "units": _entries("units", units),
        "organisations": _entries("organisations", organisations),
        "stop_words": _entries("stop_words", stop_words),
    }
    sources = []
    for f in ([files] if isinstance(files, (str, os.PathLike)) else files):
        sources.append(str(f))
        for sec, entries in read_lexicon_file(f).items():
            given[sec] += entries
    added: dict[str, list[dict[str, str]]] = {}
    if given["units"]:
        rows = [_unit_row(e) for e in given["units"]]
        added["units"] = _check_conflicts("units", given["units"], rows, "word")
    if given["organisations"]:
        cats = _categories()
        rows = [_org_row(e, cats) for e in given["organisations"]]
        added["org_known"] = _check_conflicts("organisations", given["organisations"], rows, "name")
    for e in given["stop_words"]:
        for name, row in _stop_rows(e):
            if row not in added.setdefault(name, []):
                added[name].append(row)
    return Lexicons({k: tuple(v) for k, v in added.items()}, sources=tuple(sources))
