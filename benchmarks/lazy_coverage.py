"""Would lazy tokenisation pay? Which segmenter chunks each stage of `extract()` asks about.

    python benchmarks/lazy_coverage.py [DATA.jsonl] [--limit 300]

`tokenize()` segments the text between protected spans (digit expressions, "(ABC)") in chunks of
at most MAX_PIECE characters; segmenting lazily means segmenting only the chunks some stage asks
about. This runs `extract()` (the code under test, unchanged) on a `Document` that records every
token question (`is_boundary`, `tokens_before/after`, `token_index_at`, `tokens`, `_starts`) and
the chunks a lazy Document would have had to segment to answer it (a question at a chunk's own
edge costs nothing: protected spans and chunk cuts are token boundaries). It prints, for each
stage, the share of the chunk characters it touches, and the union without the organisation and
person scans (which walk every token today). It also prints:

* the share of chunk characters in chunks that border a digit expression, and in chunks that hold
  something an organisation could start at (a head noun, a known name or short form, a
  minister's title, ".", "ฯ" or a Latin letter): a candidate-driven organisation scan would still
  segment those;
* whether cutting chunks more finely (at every space) gives the same tokens, i.e. whether finer
  laziness could keep the records identical.

Measurement only: nothing here changes the library.
"""
from __future__ import annotations

import argparse
import bisect
import re
import sys

from _common import DEFAULT_DATA, code_version, corpus_texts  # benchmarks/ is the script's folder, on sys.path


def chunks_of(doc) -> list[tuple[int, int, str | None]]:
    """(start, end, kind) of every chunk as `tokenize()` cuts it: kind is the protected span's
    kind, or None for text that the segmenter reads (the same cuts as tokenize._segment_gap)."""
    from thai_report_ie.tokenize import MAX_PIECE, _protected

    view, out, pos = doc.view, [], 0

    def gap(lo: int, hi: int) -> None:
        while lo < hi:
            cut = hi
            if hi - lo > MAX_PIECE:
                space = view.rfind(" ", lo + 1, lo + MAX_PIECE)
                cut = space if space > lo else lo + MAX_PIECE
            out.append((lo, cut, None))
            lo = cut

    for start, end, kind in _protected(view, doc.digit_matches):
        if start > pos:
            gap(pos, start)
        out.append((start, end, kind))
        pos = end
    if pos < len(view):
        gap(pos, len(view))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="JSON lines with 'id' and 'text'")
    ap.add_argument("--limit", type=int, default=300, help="the first N documents (default 300)")
    args = ap.parse_args(argv)
    texts = corpus_texts("lazy_coverage", args.data, args.limit)
    if texts is None:
        return 2

    import importlib

    ex = importlib.import_module("thai_report_ie.extract")
    from thai_report_ie.document import Document
    from thai_report_ie.extractors.organisations import _lexicon, _scan_automaton
    from thai_report_ie.extractors.persons import _title_starts
    from thai_report_ie.tokenize import _DICT_NAME, _segmenter

    stage = ["?"]
    inside = [False]
    touched: dict[str, set[int]] = {}

    class Recording(Document):
        def _chunks(self):
            if not hasattr(self, "_ch"):
                self._ch = chunks_of(self)
                self._ch_starts = [c[0] for c in self._ch]
            return self._ch

        def _mark(self, offset: int, *, edge_free: bool = True) -> None:
            ch = self._chunks()
            k = bisect.bisect_right(self._ch_starts, offset) - 1
            if k < 0 or k >= len(ch) or ch[k][2] is not None or (edge_free and ch[k][0] == offset):
                return
            touched.setdefault(stage[0], set()).add((id(self), k))

        def _mark_all(self) -> None:
            s = touched.setdefault(stage[0], set())
            s.update((id(self), k) for k, c in enumerate(self._chunks()) if c[2] is None)

        def __getattribute__(self, name):
            if name in ("tokens", "_starts", "_boundary_map", "boundaries") and not inside[0] and stage[0] != "-":
                Document.__getattribute__(self, "_mark_all")()
            return Document.__getattribute__(self, name)

        def _quiet(self, fn, *a):
            inside[0] = True
            try:
                return fn(*a)
            finally:
                inside[0] = False

        def is_boundary(self, offset: int) -> bool:
            self._mark(offset)
            return self._quiet(super().is_boundary, offset)

        def tokens_before(self, offset: int, limit: int = 30):
            got = self._quiet(super().tokens_before, offset, limit)
            self._mark(offset)
            for t in got:
                self._mark(t.start, edge_free=False)
            return got

        def tokens_after(self, offset: int, limit: int = 30):
            got = self._quiet(super().tokens_after, offset, limit)
            self._mark(offset)
            for t in got:
                self._mark(t.start, edge_free=False)
            return got

        def token_index_at(self, offset: int) -> int:
            self._mark_all()
            return self._quiet(super().token_index_at, offset)

    def labelled(name, fn):
        def run(*a, **k):
            old = stage[0]
            stage[0] = name
            try:
                return fn(*a, **k)
            finally:
                stage[0] = old
        return run

    ex.Document = Recording
    for table in (ex.EXTRACTORS, ex.INDEPENDENT):
        for name, fn in list(table.items()):
            table[name] = labelled(name, fn)
    for name in ("ratio_parts", "mark_targets", "link_stated_percents", "find_checks", "find_implausible"):
        setattr(ex, name, labelled(name, getattr(ex, name)))

    lex = _lexicon()
    words = set(lex.heads) | set(lex.forms) | set(lex.generic.get("minister_title", ())) | set(lex.shorts)
    org_start = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r"|[.A-Za-zฯ]")
    segment = _segmenter()

    titles = _title_starts()
    org_keys: set = set()
    automaton_keys: set = set()  # chunks the fifth session's automaton-driven organisation scan points into
    automaton = _scan_automaton()
    thai_dot = re.compile(r"[\u0E01-\u0E4E]\.")
    person_keys: set = set()
    total = border = org_hit = 0
    n_chunks = same_cut = 0
    sizes: dict[tuple[int, int], int] = {}
    docs = []
    for text in texts:
        stage[0] = "-"
        report_doc = Recording(text)
        docs.append(report_doc)  # kept alive: the id() keys stay unique
        chunks = report_doc._chunks()
        for k, (lo, hi, kind) in enumerate(chunks):
            if kind is not None:
                continue
            size = hi - lo
            sizes[(id(report_doc), k)] = size
            total += size
            if (k > 0 and chunks[k - 1][2] == "number") or (k + 1 < len(chunks) and chunks[k + 1][2] == "number"):
                border += size
            if org_start.search(report_doc.view, lo, hi):
                org_hit += size
                org_keys.add((id(report_doc), k))
            if automaton is not None and (next(automaton.iter(report_doc.view, lo, hi), None) is not None
                                          or thai_dot.search(report_doc.view, lo, hi)):
                automaton_keys.add((id(report_doc), k))
            if titles.search(report_doc.view, lo, hi):
                person_keys.add((id(report_doc), k))
            piece = report_doc.view[lo:hi]
            n_chunks += 1
            finer = [w for part in re.split(r"( )", piece) if part for w in segment(part, _DICT_NAME)]
            same_cut += finer == segment(piece, _DICT_NAME)
        ex.Document = lambda _t, _d=report_doc: _d  # extract() reads this very document
        stage[0] = "?"
        ex.extract(text)
        ex.Document = Recording

    def share(keys) -> str:
        return f"{sum(sizes[k] for k in keys) / total:.3f}"

    print(f"{len(docs)} documents from {args.data} (commit {code_version()}): {n_chunks:,} chunks, {total:,} chunk characters")
    for name in sorted(touched):
        print(f"  {name:22s} asks about chunks holding {share(touched[name])} of the chunk characters")
    rest = set().union(*(v for k, v in touched.items() if k not in ("organisations", "persons")))
    print(f"  all but organisations/persons: {share(rest)}")
    print(f"  chunks bordering a digit expression: {border / total:.3f}")
    print(f"  chunks where an organisation could start (head, known name, title, '.', 'ฯ', Latin): {org_hit / total:.3f}")
    print(f"  ... with the chunks where a person's title occurs: {share(rest | org_keys | person_keys)}"
          f" (without titles: {share(rest | org_keys)})")
    print(f"  chunks holding a match of the organisation scan's automaton or a Thai letter's dot: "
          f"{share(automaton_keys)}; with all but organisations/persons and the title chunks: "
          f"{share(rest | automaton_keys | person_keys)}")
    print(f"  chunks segmented identically when also cut at every space: {same_cut:,} of {n_chunks:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
