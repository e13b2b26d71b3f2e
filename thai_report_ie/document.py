"""The analysed text that every extractor reads: original, normalised view, tokens, numbers.

Built once per `extract()` call; tokens and numbers are computed lazily and cached, so an
extractor that needs neither costs nothing.
"""
from __future__ import annotations

import bisect
from functools import cached_property
from operator import itemgetter

from .normalize import normalise
from .records import NumberMention, Token

__all__ = ["Document"]

_START = itemgetter(1)  # Token.start


class Document:
    """One text under analysis. Offsets everywhere are offsets into `text`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.view = normalise(text)  # same length as text

    @cached_property
    def numbers(self) -> list[NumberMention]:
        from .numerals import find_numbers

        return find_numbers(self.text, _doc=self)

    @cached_property
    def digit_matches(self) -> list:
        """The digit expressions of the view (regex matches), found once: the tokeniser protects
        them and the number scanner reads them."""
        from .numerals import digit_expressions

        return list(digit_expressions(self.view))

    @cached_property
    def tokens(self) -> list[Token]:
        from .tokenize import _tokens_and_starts

        acronyms: list[int] = []
        tokens, starts = _tokens_and_starts(self.text, _doc=self, acronyms=acronyms)
        self.__dict__["_starts"] = starts  # the tokeniser's running sum holds them: no pass over the tokens
        self.__dict__["acronym_indices"] = acronyms  # and the tokeniser knows where it put each "(ABC)"
        return tokens

    @cached_property
    def acronym_indices(self) -> list[int]:
        """Indices of the "(ABC)" tokens (kind "acronym"), in order (set with the tokens; computed here only when a
        subclass or a test sets `tokens` itself)."""
        tokens = self.tokens
        got = self.__dict__.get("acronym_indices")
        return got if got is not None else [i for i, t in enumerate(tokens) if t.kind == "acronym"]

    @cached_property
    def _number_starts(self) -> list[int]:
        return [n.start for n in self.numbers]

    def numbers_between(self, lo: int, hi: int) -> list[NumberMention]:
        """Number mentions that start in [lo, hi), in order (a bisection, not a scan)."""
        starts = self._number_starts
        return self.numbers[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    @cached_property
    def _starts(self) -> list[int]:
        """The start of each token, in order (set with the tokens; computed here only when a
        subclass or a test sets `tokens` itself)."""
        tokens = self.tokens
        got = self.__dict__.get("_starts")
        return got if got is not None else list(map(_START, tokens))  # C-level: a token's start is its item 1

    @cached_property
    def _boundary_map(self) -> bytearray:
        """One byte an offset (0..len(text)): 1 where a token starts or ends. Tokens tile the
        text, so these are the token starts and the end of the text. A byte an offset, not a set
        of ints: about 1 byte a character instead of 30-60."""
        marks = bytearray(len(self.text) + 1)
        marks[0] = marks[-1] = 1
        for start in self._starts:
            marks[start] = 1
        return marks

    @property
    def boundaries(self) -> frozenset[int]:
        """Every offset where a token starts or ends (built on demand; prefer `is_boundary`)."""
        return frozenset(i for i, b in enumerate(self._boundary_map) if b)

    def is_boundary(self, offset: int) -> bool:
        return 0 <= offset <= len(self.text) and self._boundary_map[offset] == 1

    def token_index_at(self, offset: int) -> int:
        """Index of the token that contains `offset` (or starts there)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def tokens_before(self, offset: int, limit: int = 30) -> list[Token]:
        """Up to `limit` tokens ending at or before `offset`, nearest last."""
        tokens = self.tokens
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0 and tokens[i].end > offset:
            i -= 1
        lo = i - limit + 1
        return tokens[lo if lo > 0 else 0: i + 1]

    def tokens_after(self, offset: int, limit: int = 30) -> list[Token]:
        """Up to `limit` tokens starting at or after `offset`, nearest first."""
        i = bisect.bisect_left(self._starts, offset)
        return self.tokens[i: i + limit]
