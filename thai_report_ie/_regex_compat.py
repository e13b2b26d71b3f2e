"""The `regex` module, except that `compile` hands back a standard-library `re` pattern when `re`
reads the pattern exactly as `regex` does: `import thai_report_ie._regex_compat as regex`.

Why: the extractors call `match`/`search`/`fullmatch` on short windows some 400 times a document,
and a call costs `regex` about 0.5-1 µs more than `re` (its argument handling and state set-up;
measured 0.93 against 0.44 µs for a failed match, 1.5-1.9 against 0.8-0.95 µs for a search of a
40-character window). Most of the library's patterns are literal words, classes written out
(`[0-9๐-๙]`, `[ \\t]`), possessive repeats and fixed-width look-behinds, which both engines read the
same way (both are backtracking engines with leftmost-first alternation).

A pattern stays with `regex` when it uses anything the two engines may read differently or
`re` lacks: the shorthand classes `\\w \\W \\b \\B \\s \\S \\d \\D` (`regex` follows Unicode's
definitions and its own, newer Unicode data; `re` follows `str.isalnum`/`isspace`/`isdecimal`),
`\\p{..}`, `\\X`, `\\G`, named lists, POSIX classes, inline flags, a variable-width look-behind,
a brace that is not a plain `{m,n}` repeat (`regex` reads `(?:ab){e<=1}` as fuzzy matching, `re`
as literal text),
any flag other than VERBOSE/MULTILINE/DOTALL (IGNORECASE folds case differently), or possessive
repeats on a Python whose `re` has none (3.10). Everything else in this module is `regex`'s own.

One difference the pattern cannot show: a negative `pos`/`endpos` counts from the text's end in
`regex` (like a slice) and is read as 0 by `re`; callers clamp their windows (`max(0, ...)`).

`regex.V0` (regex's default reading anyway) is the way to ask for `regex` on purpose: for
`finditer(..., overlapped=True)`, and for a pattern scanned over a whole text rather than tried at
one position or in a short window. There `regex` often skips ahead faster than `re`: over 300
sample documents, the change-claim words (change_checks) 0.047 s against 0.067 s, a pattern
opening with an optional space or a look-behind up to 10-15x faster; others are faster with `re`
(the relative-date words 0.024 against 0.015 s). Measure before moving a whole-text scan.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Union

import regex as _regex

if TYPE_CHECKING:
    # the names the package reads from here; `Pattern` and `Match` are what `compile` hands
    # back, a pattern of either engine (one asked for with `V0` is always `regex`'s)
    from typing import TypeAlias

    from regex import DOTALL, MULTILINE, V0, VERBOSE, error, escape, search  # noqa: F401

    Pattern: TypeAlias = Union[re.Pattern[str], _regex.Pattern[str]]
    Match: TypeAlias = Union[re.Match[str], _regex.Match[str]]
    RegexPattern: TypeAlias = _regex.Pattern[str]  # what `compile(..., V0)` hands back (flags do not narrow in the types)
else:
    from regex import *  # noqa: F401,F403  (escape, search, VERBOSE, V0, ... as in `regex`)
    from regex import Match, Pattern, error  # not in regex.__all__

__all__ = [*_regex.__all__]

_SAME_FLAGS = _regex.VERBOSE | _regex.MULTILINE | _regex.DOTALL  # equal values in re and regex
_SCAN = re.compile(
    r"(\\[wWbBsSdDpPXLGNhHvVKmMRQE])"  # shorthand classes and regex-only escapes
    r"|\\."  # any other escaped character ("\\(", "\\.", "\\u0E01"): read alike
    r"|(\[:\^?[A-Za-z]+:\])"  # POSIX classes, anywhere in a set ("[a[:digit:]]": re reads "[a[:digit:]" then "]")
    r"|(\(\?(?!P[<=>]|[:=!#>]|<[=!]))"  # inline flags, (?|...), (?(...)), (?<name>...), (?R)
    r"|(\{(?![0-9]*(?:,[0-9]*)?\}))",  # not a plain {m,n}: regex reads "{e<=1}" as fuzzy matching
    re.DOTALL,
)


def _regex_only(pattern: str) -> bool:
    """Whether `pattern` uses something `re` reads differently or lacks (an escaped character
    is read alike by both, so "\\(?" is a literal bracket made optional, not a group)."""
    return any(m.lastindex for m in _SCAN.finditer(pattern))


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> Pattern:  # noqa: A001  (the name `regex` gives it)
    """`re.compile(pattern, flags)` when `re` reads `pattern` exactly as `regex` would, else
    `regex.compile(pattern, flags, **kwargs)` (see the module's docstring for when)."""
    if kwargs or not isinstance(pattern, str) or flags & ~_SAME_FLAGS or _regex_only(pattern):
        return _regex.compile(pattern, flags, **kwargs)
    try:
        return re.compile(pattern, flags)
    except re.error:  # a variable-width look-behind, possessive repeats before Python 3.11, ...
        return _regex.compile(pattern, flags)
