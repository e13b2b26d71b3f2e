"""The normalised view of a text: same length as the original, so offsets never move.

Thai digits become ASCII digits, the many spaces (NBSP, zero-width space, ...) become a plain
space and dashes become "-". Every change maps one character to one character, so an index
into the view is the same index into the original text: no offset map is needed.
"""
from __future__ import annotations

__all__ = ["normalise"]

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TABLE = {ord(c): str(i) for i, c in enumerate(_THAI_DIGITS)}
# zero-width and exotic spaces: Thai uses ZWSP as an invisible word break
for _c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"\
          "\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff":
    _TABLE[ord(_c)] = " "
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d":
    _TABLE[ord(_c)] = "-"
_TABLE[ord("\uff05")] = "%"  # fullwidth percent
_TABLE[ord("\u066a")] = "%"
_TABLE[ord("\uff0f")] = "/"
_TABLE[ord("\u2044")] = "/"


def normalise(text: str) -> str:
    """Return the same-length normalised view of `text`.

    >>> normalise("๑,๕๔๙ ราย")
    '1,549 ราย'
    """
    view = text.translate(_TABLE)
    assert len(view) == len(text)
    return view
