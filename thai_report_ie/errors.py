"""The library's exceptions, in one place, each saying what was wrong and what to do."""
from __future__ import annotations

__all__ = ["ExtractFailedWarning", "InputTypeError", "NumberParseError", "ThaiReportIEError"]


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


class ExtractFailedWarning(RuntimeWarning):
    """`extract` raised on one document of a batch: that document got no records, the batch went on.

    The message names the document (its first characters) and the error; report the text to
    the maintainers with the traceback from `extract(text)` run on it alone."""


def require_str(func: str, value: object) -> str:
    if not isinstance(value, str):
        raise InputTypeError(func, value)
    return value
