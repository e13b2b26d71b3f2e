"""What `extract(text, subject_model=True)` costs: CPU seconds with the subject re-ranker off and on.

    python benchmarks/bench_subject_model.py [DATA.jsonl] [--limit 300] [--reps 3]

Both run in one process on the same documents, interleaved document by document (the order
alternated each document, so neither always runs on the other's warm caches), after a warm-up
of five documents each way. With `--reps R` each document is read R times each way and its
fastest time counts: on a shared, busy machine the minimum drifts least. Figures are CPU seconds
of this process (load from other processes disturbs them less than wall time), chars/s and the
ratio on / off.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _common import DEFAULT_DATA, code_version, load_texts  # benchmarks/ is the script's folder, on sys.path


def _cpu(fn, text: str) -> float:
    t0 = time.process_time()
    fn(text)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="JSON lines with a 'text' field")
    ap.add_argument("--limit", type=int, default=300, help="the first N documents (default 300)")
    ap.add_argument("--reps", type=int, default=1, help="read each document R times each way; its fastest counts")
    args = ap.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        print(f"bench_subject_model: data file not found: {path}", file=sys.stderr)
        return 2
    import thai_report_ie

    texts = load_texts(path, args.limit)
    modes = {"off": lambda t: thai_report_ie.extract(t), "on": lambda t: thai_report_ie.extract(t, subject_model=True)}
    for text in texts[:5]:
        for fn in modes.values():
            fn(text)
    total = dict.fromkeys(modes, 0.0)
    for k, text in enumerate(texts):
        order = list(modes) if k % 2 == 0 else list(reversed(modes))
        best = dict.fromkeys(modes, float("inf"))
        for _ in range(args.reps):
            for name in order:
                best[name] = min(best[name], _cpu(modes[name], text))
        for name in modes:
            total[name] += best[name]
    chars = sum(len(t) for t in texts)
    print(f"code {code_version()}: {len(texts)} documents, {chars:,} characters, reps {args.reps}")
    for name, secs in total.items():
        print(f"  subject_model {name:<3} {secs:7.2f} CPU s  {chars / secs:10,.0f} chars/s")
    print(f"  on / off: {total['on'] / total['off']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
