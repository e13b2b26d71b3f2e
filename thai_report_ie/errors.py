"""The library's exceptions, in one place, each saying what was wrong and what to do."""
from __future__ import annotations

__all__ = ["InputTypeError", "LexiconError", "NumberParseError", "ThaiReportIEError"]


class ThaiReportIEError(Exception):
    """Base class of every error this library raises on purpose."""


class NumberParseError(ThaiReportIEError, ValueError):
    """`parse_number` was given text that is not wholly a number."""

    def __init__(self, text: object, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"not a number: {text!r} ({reason})")


class InputTypeError(ThaiReportIEError, TypeError):
    """A function that reads text was given something that is not `str`."""

    def __init__(self, func: str, value: object) -> None:
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""
        super().__init__(f"{func}() expects str, got {type(value).__name__}{hint}")


def require_str(func: str, value: object) -> str:
    if not isinstance(value, str):
        raise InputTypeError(func, value)
    return value


class LexiconError(ThaiReportIEError, ValueError):
    """A user lexicon (a file or a Python value given to `Extractor`) has an entry that cannot be used.

    The message names the file (or argument) and the line (or entry), what is wrong and what to write."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")
