"""Where `extract()` spends its time: CPU seconds of each stage, each stage's own time.

    python benchmarks/stage_profile.py [DATA.jsonl] [--limit 400]

Every stage function is wrapped (wherever a module or the extractor tables hold it) by a timer
that charges a stage its own time: time spent in a stage nested inside it is the nested
stage's. "rest" is `extract()` less the stages (claims, linking glue, the Report). The wrappers
cost a little (a few microseconds a call); the shares are what to read.
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time
from functools import cached_property

from _common import DEFAULT_DATA, code_version, corpus_texts  # benchmarks/ is the script's folder, on sys.path

STAGES = [  # (stage, module, function name)
    ("normalise", "thai_report_ie.normalize", "normalise"),
    ("tokenize: Python side (chunks, offsets, kinds, Token tuples, acronyms)", "thai_report_ie.tokenize", "tokenize"),
    # what Document.tokens calls since sp16 (tokens and their starts together); absent before
    ("tokenize: Python side (chunks, offsets, kinds, Token tuples, acronyms)", "thai_report_ie.tokenize",
     "_tokens_and_starts"),
    ("numbers", "thai_report_ie.numerals", "find_numbers"),
    ("dates", "thai_report_ie.extractors.dates", "extract_dates"),
    ("percentages", "thai_report_ie.extractors.percentages", "extract_percentages"),
    ("ratios", "thai_report_ie.extractors.ratios", "extract_ratios"),
    ("quantities / money", "thai_report_ie.extractors.quantities", "extract_quantities"),
    ("subject reader", "thai_report_ie.phrases", "read_subject"),
    ("subject reader", "thai_report_ie.phrases", "read_subject_after"),
    ("linking", "thai_report_ie.linking", "ratio_parts"),
    ("linking", "thai_report_ie.linking", "mark_targets"),
    ("linking", "thai_report_ie.linking", "link_stated_percents"),
    ("checks", "thai_report_ie.checks", "find_checks"),
    ("checks", "thai_report_ie.plausibility", "find_implausible"),
    ("organisations", "thai_report_ie.extractors.organisations", "extract_organisations"),
    ("persons", "thai_report_ie.extractors.persons", "extract_persons"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="JSON lines with 'id' and 'text'")
    ap.add_argument("--limit", type=int, default=400, help="the first N documents (default 400)")
    args = ap.parse_args(argv)
    texts = corpus_texts("stage_profile", args.data, args.limit)
    if texts is None:
        return 2
    import thai_report_ie
    from thai_report_ie.document import Document

    own: dict[str, float] = {}
    stack: list[list[float]] = []  # [start, time of nested stages]
    clock = time.process_time

    def timed(stage: str, fn):
        def run(*a, **k):
            stack.append([clock(), 0.0])
            try:
                return fn(*a, **k)
            finally:
                start, nested = stack.pop()
                spent = clock() - start
                own[stage] = own.get(stage, 0.0) + spent - nested
                if stack:
                    stack[-1][1] += spent
        return run

    modules = [m for name, m in list(sys.modules.items()) if name.startswith("thai_report_ie") and m is not None]
    for stage, mod_name, fn_name in STAGES:
        orig = getattr(importlib.import_module(mod_name), fn_name, None)
        if orig is None:  # a function this version of the library does not have
            continue
        wrapped = timed(stage, orig)
        for mod in modules:
            for name, value in list(vars(mod).items()):
                if value is orig:
                    setattr(mod, name, wrapped)
                elif isinstance(value, dict) and orig in value.values():  # EXTRACTORS, INDEPENDENT
                    for key in [k for k, v in value.items() if v is orig]:
                        value[key] = wrapped
    for stage, attr in (("token boundaries", "_boundary_map"), ("digit scan", "digit_matches")):
        original = Document.__dict__[attr]
        prop = cached_property(timed(stage, original.func))
        prop.__set_name__(Document, attr)
        setattr(Document, attr, prop)
    import nlpo3  # tokenize fetches nlpo3.segment at each call (tokenize._segmenter)

    nlpo3.segment = timed("nlpo3 segment", nlpo3.segment)
    extract = timed("rest", thai_report_ie.extract)

    thai_report_ie.extract(texts[0])  # dictionaries loaded before timing
    own.clear()
    t0 = clock()
    for text in texts:
        extract(text)
    whole = clock() - t0
    print(f"{len(texts)} documents ({sum(map(len, texts)):,} characters) from {args.data}, commit {code_version()}")
    print(f"extract() whole: {whole:.2f} s CPU")
    for stage, spent in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:70s} {spent:6.2f} s  {spent / whole:5.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
