"""Where `extract()`'s time goes, stage by stage, in an older commit and in this checkout, in one process.

    python benchmarks/bench_stages.py --base 9c6ae33 [DATA.jsonl] [--limit N]

Each document is read by both versions in turn (alternating which goes first), one stage at a
time in `extract()`'s order: the Document (normalised view), its tokens and boundary map, its
number mentions, each extractor of EXTRACTORS, linking, checks, plausibility, organisations,
persons. The subject reader (`linking.subject_before`), which the percentage, ratio and quantity
extractors call, is timed on its own and taken out of theirs. Figures are CPU seconds of this
process. The stages are forced in this order, so a stage that would have triggered an earlier
one (the first `is_boundary` tokenises the text) does not pay for it here.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import importlib
import sys
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_DATA, code_version, corpus_texts  # benchmarks/ is the script's folder, on sys.path
from bench_compare import import_commit


def _version(package: str, first_text: str) -> dict:
    sub = lambda name: importlib.import_module(f"{package}.{name}")  # noqa: E731
    v = {"E": sub("extract"), "Document": sub("document").Document, "L": sub("linking"),
         "R": sub("records"), "checks": sub("checks").find_checks,
         "plausibility": sub("plausibility").find_implausible, "subject": [0.0]}
    v["E"].extract(first_text)  # warm-up: lexicons, patterns and the segmenter loaded before timing
    original = v["L"].subject_before
    spent = v["subject"]

    def timed_subject(*args, **kwargs):
        t0 = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - t0

    for name in ("quantities", "percentages", "ratios"):
        sub(f"extractors.{name}").subject_before = timed_subject
    return v


def _run(v: dict, text: str, acc: dict[str, float]) -> None:
    clock = time.process_time
    E, L, R = v["E"], v["L"], v["R"]

    def stage(name, fn, *args, **kwargs):
        t0 = clock()
        out = fn(*args, **kwargs)
        acc[name] = acc.get(name, 0.0) + clock() - t0
        return out

    doc = stage("document (normalise)", v["Document"], text)
    stage("tokens + boundaries", lambda: doc._boundary_map)
    stage("number mentions", lambda: doc.numbers)
    taken, claimed = bytearray(len(text)), []
    for name, fn in E.EXTRACTORS.items():
        s0, t0 = v["subject"][0], clock()
        claimed += E._claim(fn(doc), taken)
        subject = v["subject"][0] - s0
        acc[name] = acc.get(name, 0.0) + clock() - t0 - subject
        acc["subject reader"] = acc.get("subject reader", 0.0) + subject
    t0 = clock()
    claimed = sorted(claimed + L.ratio_parts(doc, claimed), key=lambda r: r.start)
    of = lambda cls: [r for r in claimed if type(r) is cls]  # noqa: E731
    quantities, money = L.mark_targets(doc, of(R.Quantity)), L.mark_targets(doc, of(R.Money))
    ratios, percentages = of(R.Ratio), of(R.Percentage)
    linked = L.link_stated_percents(doc, ratios, percentages)
    ratios = [dataclasses.replace(r, stated_percent=linked[r.start].value) if r.start in linked else r
              for r in ratios]
    acc["linking"] = acc.get("linking", 0.0) + clock() - t0
    stage("checks", v["checks"], doc, quantities=quantities, money=money, ratios=ratios,
          percentages=percentages, linked=linked)
    stage("plausibility", v["plausibility"], doc, quantities=quantities, dates=of(R.DateMention))
    stage("organisations", E.extract_organisations, doc, acronym_records=False, model=False,
          places_as_organisations=True)
    stage("persons", E.extract_persons, doc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--base", required=True, help="the git commit to compare against")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    texts = corpus_texts("bench_stages", args.data, args.limit)
    if texts is None:
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        names = {"base": import_commit(args.base, Path(tmp)).__name__, "this": "thai_report_ie"}
        versions = {k: _version(name, texts[0]) for k, name in names.items()}
        acc: dict[str, dict[str, float]] = {k: {} for k in versions}
        gc.collect()
        for i, text in enumerate(texts):
            for k in ("base", "this") if i % 2 == 0 else ("this", "base"):
                _run(versions[k], text, acc[k])
    base, this = acc["base"], acc["this"]
    tb, tt = sum(base.values()), sum(this.values())
    print(f"data: {args.data} ({len(texts)} documents, {sum(map(len, texts)):,} characters), interleaved, CPU s")
    print(f"| stage | base {args.base} | share | this {code_version()} | share | speed-up |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(base, key=lambda n: -base[n]):
        b, t = base[name], this.get(name, 0.0)
        print(f"| {name} | {b:.3f} | {100 * b / tb:.1f}% | {t:.3f} | {100 * t / tt:.1f}% | {b / t if t else 0:.2f}x |")
    print(f"| all stages | {tb:.3f} | 100% | {tt:.3f} | 100% | {tb / tt:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
