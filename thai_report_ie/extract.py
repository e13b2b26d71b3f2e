"""`extract()`: one pass from text to a `Report`.

Extractors are registered by record kind; each reads the shared `Document` and returns
records. Linking and checks run after all of them, since they read across kinds.
"""
from __future__ import annotations

from typing import Callable

from .document import Document
from .errors import require_str
from .records import Record, Report

__all__ = ["extract", "EXTRACTORS"]

MAX_CHARS = 50_000_000
"""Texts longer than this are refused: split them into documents first."""


def _registry() -> dict[str, Callable[[Document], list[Record]]]:
    reg: dict[str, Callable[[Document], list[Record]]] = {}
    try:
        from .extractors.organisations import extract_organisations
        reg["organisations"] = extract_organisations
    except ImportError:  # pragma: no cover - during development only
        pass
    try:
        from .extractors.persons import extract_persons
        reg["persons"] = extract_persons
    except ImportError:  # pragma: no cover
        pass
    return reg


EXTRACTORS = _registry()


def extract(text: str) -> Report:
    """Read one Thai text and return every record found in it.

    >>> report = extract("รับสมาชิกพรรคใหม่ได้ 103/80 ราย")
    >>> [m.text for m in report.numbers]
    ['103/80']
    """
    require_str("extract", text)
    if len(text) > MAX_CHARS:
        raise ValueError(f"extract() reads at most {MAX_CHARS:,} characters; got {len(text):,}: split the text")
    doc = Document(text)
    found: dict[str, tuple] = {"numbers": tuple(doc.numbers)}
    for name, fn in EXTRACTORS.items():
        found[name] = tuple(fn(doc))
    return Report(text=text, **found)
