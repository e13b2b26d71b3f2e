"""Exact decimal arithmetic: one `Decimal` context wide enough for every figure the library accepts.

Python's default context keeps 28 significant digits, so "9999999999999999999999999999.9 ล้าน"
would silently become 1E+34 and a 25-digit ratio would make `quantize` raise. Every figure the
library accepts has at most `MAX_DIGITS` written digits (`numerals.MAX_DIGITS`) times a
multiplier of at most 10**`MAX_EXPONENT` (ล้าน written ten times); anything larger is refused
with `NumberParseError`. `PRECISION` leaves room for a sum, a product or a quotient of two such
figures, so arithmetic inside `exact_context()` never rounds a value the library reports.
"""
from __future__ import annotations

import decimal
import functools
from contextlib import AbstractContextManager
from typing import Any, Callable, TypeVar

__all__ = ["MAX_EXPONENT", "MAX_INTEGER_DIGITS", "PRECISION", "exact_context", "wide_decimal"]

MAX_EXPONENT = 60
"""Largest power of ten a chain of multiplier words may stand for (ล้าน × 10)."""

MAX_INTEGER_DIGITS = 30 + MAX_EXPONENT
"""Digits in the integer part of the largest figure the library accepts."""

PRECISION = 2 * (MAX_INTEGER_DIGITS + 30) + 20
"""Significant digits of the exact context: a ratio or product of two accepted figures, with
their 30 decimals, fits without rounding."""


def _context(*, trap_inexact: bool) -> decimal.Context:
    traps = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow]
    if trap_inexact:
        traps.append(decimal.Inexact)
    return decimal.Context(prec=PRECISION, Emax=10 * PRECISION, Emin=-10 * PRECISION,
                           rounding=decimal.ROUND_HALF_EVEN, traps=traps)


_EXACT = _context(trap_inexact=True)
_WIDE = _context(trap_inexact=False)


def exact_context(*, inexact_ok: bool = False) -> AbstractContextManager[decimal.Context]:
    """A local Decimal context of `PRECISION` digits.

    By default a rounded result raises `decimal.Inexact` (an `ArithmeticError`), so a value
    that cannot be computed exactly is refused, never rounded. `inexact_ok=True` is for
    quotients that are rounded on purpose (a check's "rounding" comparison).

    >>> from decimal import Decimal
    >>> with exact_context():
    ...     Decimal("9999999999999999999999999999.9") * 10**6
    Decimal('9999999999999999999999999999900000.0')
    """
    return decimal.localcontext(_EXACT if not inexact_ok else _WIDE)


_F = TypeVar("_F", bound=Callable[..., Any])


def wide_decimal(fn: _F) -> _F:
    """Run `fn` inside `exact_context(inexact_ok=True)`: its Decimal arithmetic keeps
    `PRECISION` digits (a 25-digit ratio is no overflow), its quotients may be rounded."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with exact_context(inexact_ok=True):
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
