"""Speed of this checkout's `extract()` against an older commit's and plain newmm, in one process.

    python benchmarks/bench_compare.py --base 03a7b1e [DATA.jsonl] [--limit N]

The library at --base is exported with `git archive` into a temporary directory and imported
under another name, so both versions run in the same process, on the same documents,
interleaved document by document (the order rotated each document, so each goes first, second and
third equally often and none runs twice in a row: an order that merely alternated let the first and last
run back to back across documents, on warm caches, and read the checkout in the middle about 2-5% slower
than the same code as base), and load from other processes falls on all three alike. Figures are CPU seconds of this process (a busy machine
disturbs them less than wall time) and chars/s; then the ratio of each to newmm and the
speed-up of this checkout over the base.

    python benchmarks/bench_compare.py --base 3cea00c --reps 3

With `--reps R` (R > 1) the documents go in blocks of `--block` (default 20) and each block is
run R times by each of the three, the order rotated each run; a block's time is the fastest of its R runs and the
figures are the sums of those minima. On a shared VM whose speed drifts within seconds this reads
a few-percent change more steadily than one pass (the default, R = 1, is the one interleaved pass
described above).
"""
from __future__ import annotations

import argparse
import importlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_DATA, ROOT, code_version, corpus_texts  # benchmarks/ is the script's folder, on sys.path


def import_commit(commit: str, where: Path):
    """The library as it was at `commit`, imported as the package `tri_<commit>`."""
    data = subprocess.run(["git", "archive", commit, "thai_report_ie"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(where, filter="data")
    name = f"tri_{commit}"
    shutil.move(where / "thai_report_ie", where / name)
    tok = where / name / "tokenize.py"  # nlpo3 dictionaries are global by name: give the base its own
    tok.write_text(tok.read_text(encoding="utf-8").replace('"thai_report_ie_words_th"', f'"{name}_words_th"'),
                   encoding="utf-8")
    sys.path.insert(0, str(where))
    return importlib.import_module(name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--base", required=True, help="the git commit to compare against")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--reps", type=int, default=1, help="runs of each block by each version; the fastest counts (default 1)")
    ap.add_argument("--block", type=int, default=20, help="documents a block with --reps > 1 (default 20)")
    args = ap.parse_args(argv)
    texts = corpus_texts("bench_compare", args.data, args.limit)
    if texts is None:
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = import_commit(args.base, Path(tmp))
        import thai_report_ie
        from pythainlp.tokenize import word_tokenize

        fns = {f"base {args.base}": base.extract, f"this {code_version()}": thai_report_ie.extract,
               "newmm": lambda t: word_tokenize(t, engine="newmm")}
        for fn in fns.values():
            fn(texts[0])  # warm-up: dictionaries and lexicons loaded before timing
        cpu = _best_of_blocks(fns, texts, args.reps, args.block) if args.reps > 1 else _interleaved(fns, texts)
    n = sum(map(len, texts))
    how = "interleaved per document" if args.reps <= 1 else \
        f"blocks of {args.block} documents, each run {args.reps} times by each, fastest run summed"
    print(f"data: {args.data} ({len(texts)} documents, {n:,} characters), {how}, CPU time")
    for k, v in cpu.items():
        print(f"{k:<22} {v:8.2f} s CPU {n / v:12,.0f} chars/s   ratio to newmm {cpu['newmm'] / v:.2f}")
    old, new = list(cpu.values())[:2]
    print(f"speed-up of this checkout over {args.base}: {old / new:.2f}x")
    return 0


def _rotated(order: list[str], turn: int) -> list[str]:
    """`order` rotated left by `turn`: with three functions, A B C, B C A, C A B, ... no function runs twice in a row
    and each takes each place equally often.

    >>> [_rotated(["a", "b", "c"], t) for t in range(4)]
    [['a', 'b', 'c'], ['b', 'c', 'a'], ['c', 'a', 'b'], ['a', 'b', 'c']]
    """
    k = turn % len(order)
    return order[k:] + order[:k]


def _interleaved(fns: dict, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each function over all texts, one document at a time, the order rotated each document."""
    cpu = {k: 0.0 for k in fns}
    for i, text in enumerate(texts):
        for k in _rotated(list(fns), i):
            c0 = time.process_time()
            fns[k](text)
            cpu[k] += time.process_time() - c0
    return cpu


def _best_of_blocks(fns: dict, texts: list[str], reps: int, block: int) -> dict[str, float]:
    """The sum over blocks of documents of each function's fastest of `reps` runs of the block."""
    cpu = {k: 0.0 for k in fns}
    turn = 0
    for b in range(0, len(texts), block):
        chunk = texts[b:b + block]
        best = {k: float("inf") for k in fns}
        for _ in range(reps):
            order, turn = _rotated(list(fns), turn), turn + 1
            for k in order:
                c0 = time.process_time()
                for text in chunk:
                    fns[k](text)
                best[k] = min(best[k], time.process_time() - c0)
        for k in fns:
            cpu[k] += best[k]
    return cpu


if __name__ == "__main__":
    sys.exit(main())
