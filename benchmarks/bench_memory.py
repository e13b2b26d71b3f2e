"""Peak memory (max RSS) of one very long text, and of `extract_many` over a long JSON-lines stream.

    python benchmarks/bench_memory.py text --chars 10000000       # one 10 M-character text
    python benchmarks/bench_memory.py stream --mb 200 [--jobs 2]  # extract_many over a 200 MB JSONL stream

`text` joins the thaigov sample's documents (repeated as needed) into one text of --chars
characters, runs `extract()` once and prints the seconds, the max RSS before and after, and
the peak RSS per input character. `stream` writes a JSON-lines file of --mb megabytes (the
sample's documents repeated, each line {"id", "text"}) to a temporary directory, reads it line by
line into `extract_many` and records the process's max RSS every 10% of the stream (and, with
--jobs > 1 and psutil installed, the largest worker RSS sampled 200 times): flat figures mean
bounded memory whatever the stream's length. Each run is one fresh process, so
the max RSS is this run's. Figures go to stdout (and --json OUT).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from _common import DEFAULT_DATA, code_version  # benchmarks/ is the script's folder, on sys.path


def max_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def children_rss_mib() -> float | None:
    """The largest current RSS among this process's descendants (the workers, and with forkserver
    the server), sampled with psutil when it is installed; None without psutil."""
    try:
        import psutil
    except ImportError:
        return None
    sizes = []
    for child in psutil.Process().children(recursive=True):
        try:
            sizes.append(child.memory_info().rss / 2**20)
        except psutil.Error:
            pass
    return max(sizes, default=0.0)


def sample_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def run_text(path: Path, chars: int) -> dict:
    texts = sample_texts(path)
    pieces, total, i = [], 0, 0
    while total < chars:
        t = texts[i % len(texts)]
        pieces.append(t)
        total += len(t) + 1
        i += 1
    text = "\n".join(pieces)[:chars]
    del pieces, texts
    import thai_report_ie

    thai_report_ie.extract("อุ่นเครื่อง 1 ครั้ง")
    before = max_rss_mib()
    t0, c0 = time.perf_counter(), time.process_time()
    report = thai_report_ie.extract(text)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = max_rss_mib()
    return {"mode": "text", "chars": len(text), "records": len(report.records), "numbers": len(report.numbers),
            "seconds": round(wall, 1), "cpu_seconds": round(cpu, 1), "max_rss_before_mib": round(before),
            "max_rss_peak_mib": round(peak), "bytes_per_char": round(peak * 2**20 / len(text), 1)}


def write_stream(path: Path, mb: int, out: Path) -> int:
    texts = sample_texts(path)
    size, i = 0, 0
    with out.open("w", encoding="utf-8") as fh:
        while size < mb * 1_000_000:
            line = json.dumps({"id": f"doc-{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    return i


def stream_items(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            yield obj["id"], obj["text"]


def run_stream(path: Path, mb: int, jobs: int) -> dict:
    import thai_report_ie

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "stream.jsonl"
        n_docs = write_stream(path, mb, corpus)
        thai_report_ie.extract("อุ่นเครื่อง 1 ครั้ง")
        start_rss = max_rss_mib()
        marks, chars, failures, worker_peak = [], 0, 0, 0.0
        t0 = time.perf_counter()
        for k, (_, result) in enumerate(thai_report_ie.extract_many(stream_items(corpus), n_process=jobs), 1):
            if isinstance(result, thai_report_ie.Failure):
                failures += 1
            else:
                chars += len(result.text)
            if jobs > 1 and k % max(1, n_docs // 200) == 0:  # sample the workers' RSS 200 times
                worker_peak = max(worker_peak, children_rss_mib() or 0.0)
            if k % max(1, n_docs // 10) == 0 or k == n_docs:
                marks.append({"docs": k, "chars": chars, "max_rss_mib": round(max_rss_mib()),
                              "largest_worker_rss_so_far_mib": round(worker_peak) if jobs > 1 else None})
        wall = time.perf_counter() - t0
    return {"mode": "stream", "mb": mb, "jobs": jobs, "documents": n_docs, "chars": chars, "failures": failures,
            "seconds": round(wall, 1), "max_rss_start_mib": round(start_rss), "checkpoints": marks}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("text", "stream"))
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="the thaigov sample (JSON lines with 'text')")
    ap.add_argument("--chars", type=int, default=10_000_000, help="text: length of the one text")
    ap.add_argument("--mb", type=int, default=200, help="stream: size of the JSON-lines stream in MB")
    ap.add_argument("--jobs", type=int, default=1, help="stream: worker processes of extract_many")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON to OUT")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not data.is_file():
        print(f"bench_memory: data file not found: {data}", file=sys.stderr)
        return 2
    if args.mode == "text":
        result = run_text(data, args.chars)
    else:
        result = run_stream(data, args.mb, args.jobs)
    result.update(commit=code_version(), load_avg_1min=round(os.getloadavg()[0], 2))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
