"""The user lexicons of the spaCy component: built from its config, saved with the pipeline.

Config `lexicons` is None, a list of lexicon file paths, or inline entries
{"units": ..., "organisations": ..., "stop_words": ...} (what `Extractor` takes). `nlp.to_disk`
writes the built entries to `<component dir>/lexicons.json`, and `spacy.load` reads them back,
so a saved pipeline keeps its lexicons even where the original files are not.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .errors import LexiconError
from .lexicon import BUILTIN, Lexicons
from .user_lexicon import SECTIONS, build_lexicons

__all__ = ["ComponentLexicons", "FILE_NAME"]

FILE_NAME = "lexicons.json"


def _build(config: Any) -> Lexicons:
    if config is None or config == {} or config == []:
        return BUILTIN
    if isinstance(config, (str, os.PathLike)):
        return build_lexicons(files=[config])
    if isinstance(config, dict):
        unknown = set(config) - set(SECTIONS)
        if unknown:
            raise LexiconError("config lexicons", f"unknown keys {sorted(unknown)}; use {', '.join(SECTIONS)}, "
                                                  "or give a list of lexicon files")
        return build_lexicons(**{k: v for k, v in config.items() if v is not None})
    if isinstance(config, (list, tuple)):
        return build_lexicons(files=list(config))
    raise LexiconError("config lexicons", f"expected a list of lexicon files or a dict of entries, got {type(config).__name__}")


class ComponentLexicons:
    """Lexicons from the config, built at once; a missing file waits for `from_disk` (a saved
    pipeline carries its lexicons), and is an error only if the component runs without them."""

    def __init__(self, config: Any) -> None:
        self._lexicons: Lexicons | None = None
        self._error: LexiconError | None = None
        try:
            self._lexicons = _build(config)
        except LexiconError as e:
            if "no such file" not in str(e):
                raise
            self._error = e

    def get(self) -> Lexicons:
        if self._lexicons is None:
            assert self._error is not None
            raise self._error
        return self._lexicons

    def to_disk(self, path: Any) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        data = self.get().to_json()
        (p / FILE_NAME).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    def from_disk(self, path: Any) -> None:
        f = Path(path) / FILE_NAME
        if f.is_file():
            self._lexicons = Lexicons.from_json(json.loads(f.read_text(encoding="utf-8")))
            self._error = None
