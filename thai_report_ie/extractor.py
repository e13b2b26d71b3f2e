"""`Extractor`: `extract()` with the user's own lexicons and options, side by side with the default.

>>> import thai_report_ie as tri
>>> rail = tri.Extractor(units={"ขบวน": "classifier"})
>>> [(q.value, q.unit) for q in rail.extract("เปิดเดินรถเพิ่ม 12 ขบวน").quantities]
[(12, 'ขบวน')]
>>> tri.extract("เปิดเดินรถเพิ่ม 12 ขบวน").quantities
()
"""
from __future__ import annotations

import dataclasses
import inspect
import os
from typing import Any, Iterable

from .extract import extract
from .lexicon import Lexicons, activate
from .records import Report
from .user_lexicon import LexiconSource, build_lexicons

__all__ = ["Extractor"]


class Extractor:
    """An extractor with the user's additions on top of the built-in lexicons.

    `units`, `organisations`, `stop_words`: Python values or paths of TSV/JSON files (formats in
    `thai_report_ie.user_lexicon` and docs/your_data.md); `lexicons`: files holding any of the three
    sections (what the CLI's `--lexicon FILE` reads). Every other keyword is an option of
    `extract()`, passed on to each call. `Extractor()` gives exactly what `extract()` gives;
    extractors with different lexicons live side by side (each call activates its own, in its
    own thread or task only).
    """

    def __init__(self, *, units: LexiconSource | None = None, organisations: LexiconSource | None = None,
                 stop_words: LexiconSource | None = None,
                 lexicons: Iterable[str | os.PathLike[str]] | Lexicons = (), **options: Any) -> None:
        if isinstance(lexicons, Lexicons):
            if units is not None or organisations is not None or stop_words is not None:
                raise TypeError("Extractor(): give either a Lexicons object or units/organisations/stop_words, not both")
            self.lexicons = lexicons
        else:
            self.lexicons = build_lexicons(units=units, organisations=organisations, stop_words=stop_words,
                                           files=lexicons)
        _check_options(options)
        self.options = options

    def extract(self, text: str, **options: Any) -> Report:
        """`extract(text)` read with this extractor's lexicons and options (`options` override them)."""
        if options:
            _check_options(options)
        with activate(self.lexicons):
            report = extract(text, **{**self.options, **options})
        if self.lexicons.is_builtin:
            return report
        return _with_lexicons(report, self.lexicons)

    __call__ = extract

    def __repr__(self) -> str:
        opts = "".join(f", {k}={v!r}" for k, v in self.options.items())
        return f"Extractor({self.lexicons!r}{opts})"


def _with_lexicons(report: Report, lexicons: Lexicons) -> Report:
    """The report, remembering the lexicons it was read with (for `Report.explain`)."""
    if any(f.name == "lexicons" for f in dataclasses.fields(report)):
        return dataclasses.replace(report, lexicons=lexicons)
    return report


def _check_options(options: dict[str, Any]) -> None:
    """An option `extract()` does not take is an error now, not at the first text."""
    params = inspect.signature(extract).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return
    known = [n for n, p in params.items() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise TypeError(f"Extractor(): extract() takes no option {', '.join(map(repr, unknown))}; "
                        f"its options are: {', '.join(known) or 'none yet'}")
