"""Lexicons: TSV data files under thai_report_ie/data, loaded once.

A file starts with `#` comment lines (what it is, where it comes from), then a header row,
then one entry a line. Code holds no word lists: it asks this module.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["alternation", "grammar", "grammar_re", "lexicon_cache", "load_tsv", "words"]


def lexicon_cache(fn):
    """Cache a value derived from lexicon data (a compiled pattern, a lookup table).

    Every such cache in the extractors goes through this decorator, so that a set of lexicons
    other than the built-in one can have values of its own."""
    return cache(fn)


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>.tsv` as dicts keyed by the header."""
    raw = files("thai_report_ie.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
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


@cache
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


def alternation(items) -> str:
    """A regex alternation of literal words, longest first (so the longest always wins)."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))
