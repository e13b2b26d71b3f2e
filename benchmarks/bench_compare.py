"""Speed of this checkout's `extract()` against an older commit's and plain newmm, in one process.

    python benchmarks/bench_compare.py --base 03a7b1e [DATA.jsonl] [--limit N]

The library at --base is exported with `git archive` into a temporary directory and imported
under another name, so both versions run in the same process, on the same documents,
interleaved document by document (alternating which goes first), and load from other
processes falls on all three alike. Figures are CPU seconds of this process (a busy machine
disturbs them less than wall time) and chars/s; then the ratio of each to newmm and the
speed-up of this checkout over the base.
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
        cpu = {k: 0.0 for k in fns}
        order = list(fns)
        for i, text in enumerate(texts):
            for k in order if i % 2 == 0 else order[::-1]:
                c0 = time.process_time()
                fns[k](text)
                cpu[k] += time.process_time() - c0
    n = sum(map(len, texts))
    print(f"data: {args.data} ({len(texts)} documents, {n:,} characters), interleaved per document, CPU time")
    for k, v in cpu.items():
        print(f"{k:<22} {v:8.2f} s CPU {n / v:12,.0f} chars/s   ratio to newmm {cpu['newmm'] / v:.2f}")
    old, new = list(cpu.values())[:2]
    print(f"speed-up of this checkout over {args.base}: {old / new:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
