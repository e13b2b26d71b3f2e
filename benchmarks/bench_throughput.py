"""Throughput of `thai_report_ie.extract()` against plain pythainlp newmm tokenisation.

One run over the thaigov sample (JSON lines with a "text" field) measures, on the same texts:

* chars/s of ``thai_report_ie.extract(text)``, by wall clock and by this process's CPU time
  (CPU time is less disturbed by other processes on a shared machine);
* chars/s of ``pythainlp.tokenize.word_tokenize(text, engine="newmm")`` (all defaults);
* their ratio, extract / newmm (target >= 2.5, issue 14; the earlier target was >= 1.0);
* peak memory: the tracemalloc peak of each phase (a separate, untimed pass, since tracing
  slows Python allocation several-fold) and the process's max RSS (``resource.getrusage``)
  after each phase.

Both are warmed up on one document before timing, so loading dictionaries, lexicons and
compiled patterns is excluded from the figures. Each timed phase runs the whole corpus once,
one document at a time, discarding results; ``--order interleaved`` instead runs both on each
document in turn (alternating which goes first), so that load from other processes, which
drifts over minutes, falls on both phases alike.

    python benchmarks/bench_throughput.py [DATA.jsonl] [--limit N] [--order newmm-first|extract-first|interleaved]
                                          [--no-tracemalloc] [--json OUT]
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Iterable

from _common import DEFAULT_DATA, code_version, load_texts  # benchmarks/ is the script's folder, on sys.path

TARGET = 2.5  # extract() at least 2.5x plain newmm tokenisation (issue 14)



def max_rss_mib() -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def timed_pass(fn: Callable[[str], object], texts: Iterable[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one pass over the texts."""
    gc.collect()
    w0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        fn(t)
    return time.perf_counter() - w0, time.process_time() - c0


def interleaved_passes(phases: dict[str, Callable[[str], object]], order: list[str],
                       texts: Iterable[str]) -> dict[str, tuple[float, float]]:
    """Both phases on each document in turn, so load from other processes hits both alike."""
    gc.collect()
    acc = {name: [0.0, 0.0] for name in order}
    for i, t in enumerate(texts):
        # alternate which phase goes first on each document
        for name in (order if i % 2 == 0 else order[::-1]):
            w0, c0 = time.perf_counter(), time.process_time()
            phases[name](t)
            acc[name][0] += time.perf_counter() - w0
            acc[name][1] += time.process_time() - c0
    return {name: (w, c) for name, (w, c) in acc.items()}


def traced_peak_mib(fn: Callable[[str], object], texts: Iterable[str]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        for t in texts:
            fn(t)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA),
                    help=f"JSON-lines file with a 'text' field (default: {DEFAULT_DATA})")
    ap.add_argument("--limit", type=int, default=None, help="read only the first N documents (default: all)")
    ap.add_argument("--order", choices=("newmm-first", "extract-first", "interleaved"), default="newmm-first",
                    help="newmm-first / extract-first: two whole-corpus passes in that order; interleaved: "
                         "both on each document in turn, alternating which goes first (default: newmm-first)")
    ap.add_argument("--no-tracemalloc", action="store_true", help="skip the (slow) tracemalloc passes")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON to OUT")
    args = ap.parse_args(argv)

    path = Path(args.data)
    if not path.is_file():
        print(f"bench_throughput: data file not found: {path}\n"
              f"  pass the path of thaigov_sample.jsonl as the first argument", file=sys.stderr)
        return 2
    texts = load_texts(path, args.limit)
    if not texts:
        print(f"bench_throughput: no documents in {path}", file=sys.stderr)
        return 2
    n_chars = sum(len(t) for t in texts)

    rss_start = max_rss_mib()
    version = code_version()
    import thai_report_ie
    from pythainlp.tokenize import word_tokenize

    def run_extract(text: str) -> object:
        return thai_report_ie.extract(text)

    def run_newmm(text: str) -> object:
        return word_tokenize(text, engine="newmm")

    phases = {"extract": run_extract, "newmm": run_newmm}
    order = ["extract", "newmm"] if args.order == "extract-first" else ["newmm", "extract"]

    # warm-up: one document each, so dictionary/lexicon loading is not timed
    warm = texts[0]
    for name in order:
        phases[name](warm)
    rss_after_warmup = max_rss_mib()

    load_start = os.getloadavg()[0]
    timing: dict[str, tuple[float, float]] = {}
    rss_after: dict[str, float] = {}
    if args.order == "interleaved":
        timing = interleaved_passes(phases, order, texts)
        rss_after = {name: max_rss_mib() for name in order}
    else:
        for name in order:
            timing[name] = timed_pass(phases[name], texts)
            rss_after[name] = max_rss_mib()
    load_end = os.getloadavg()[0]
    seconds = {name: timing[name][0] for name in order}
    cpu_seconds = {name: timing[name][1] for name in order}

    peaks: dict[str, float | None] = {name: None for name in order}
    if not args.no_tracemalloc:
        for name in order:
            peaks[name] = traced_peak_mib(phases[name], texts)

    cps = {name: n_chars / seconds[name] for name in order}
    cpu_cps = {name: n_chars / cpu_seconds[name] for name in order}
    ratio = cps["extract"] / cps["newmm"]
    cpu_ratio = cpu_cps["extract"] / cpu_cps["newmm"]

    print(f"data: {path}  ({len(texts)} documents, {n_chars:,} characters)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"pythainlp {__import__('pythainlp').__version__}, thai_report_ie {thai_report_ie.__version__} "
          f"(commit {version})")
    how = ("interleaved per document" if args.order == "interleaved" else " then ".join(order))
    print(f"order: {how}; both warmed up on one document first (dictionary loading excluded)")
    print(f"1-min load average: {load_start:.2f} at start of timing, {load_end:.2f} at end "
          f"(other processes on the machine slow the wall-clock figures)")
    print()
    print(f"{'phase':<10} {'wall s':>8} {'chars/s wall':>13} {'CPU s':>8} {'chars/s CPU':>12} "
          f"{'tracemalloc peak MiB':>21} {'max RSS after MiB':>18}")
    for name in ("extract", "newmm"):
        pk = "-" if peaks[name] is None else f"{peaks[name]:.1f}"
        print(f"{name:<10} {seconds[name]:>8.2f} {cps[name]:>13,.0f} {cpu_seconds[name]:>8.2f} "
              f"{cpu_cps[name]:>12,.0f} {pk:>21} {rss_after[name]:>18.1f}")
    print()
    verdict = "meets" if ratio >= TARGET else "MISSES"
    print(f"ratio extract/newmm: {ratio:.2f} wall, {cpu_ratio:.2f} CPU  ({verdict} target >= {TARGET} on wall time)")
    print(f"max RSS: start {rss_start:.1f} MiB, after warm-up {rss_after_warmup:.1f} MiB, "
          f"end {max_rss_mib():.1f} MiB")

    if args.json:
        out = {
            "data": str(path), "documents": len(texts), "chars": n_chars, "order": order,
            "commit": version, "cpu_count": os.cpu_count(), "python": platform.python_version(),
            "load_avg_1min": [load_start, load_end],
            "seconds": seconds, "chars_per_s": cps, "ratio_extract_over_newmm": ratio,
            "cpu_seconds": cpu_seconds, "chars_per_cpu_s": cpu_cps, "ratio_cpu": cpu_ratio,
            "tracemalloc_peak_mib": peaks, "max_rss_after_mib": rss_after,
            "max_rss_after_warmup_mib": rss_after_warmup, "max_rss_end_mib": max_rss_mib(),
        }
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
