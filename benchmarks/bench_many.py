"""Throughput of many documents: `extract_many` with 1 and N worker processes, and the Dask path.

    python benchmarks/bench_many.py [DATA.jsonl] [--limit N] [--jobs 2] [--chunksize N] [--dask]

On the thaigov sample (or the first --limit documents), in one run: `extract_many(n_process=1)`,
then `extract_many(n_process=JOBS)` (worker start-up included: the pool is created inside the
timing), then with --dask `thai_report_ie.dask.extract_records` on a `LocalCluster` of JOBS
worker processes (one thread each; cluster start-up excluded, first-partition warm-up
included). For each: documents, wall seconds, chars/s, and CPU seconds of this process and of
its worker processes (on a shared machine the CPU figures say what the work cost; the wall
figures what other processes left of the cores). Prints the speed-up of JOBS processes over 1.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from _common import DEFAULT_DATA, code_version  # benchmarks/ is the script's folder, on sys.path


def cpu_seconds() -> tuple[float, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


class WorkerCPU:
    """CPU seconds used by this process's descendants (pool workers, the forkserver, Dask
    nannies and workers), sampled with psutil while they live: RUSAGE_CHILDREN only counts
    children that have ended and been waited for, which forkserver grandchildren never are."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self.start = self.total()

    def sample(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        for child in psutil.Process().children(recursive=True):
            try:
                t = child.cpu_times()
                self.seen[child.pid] = t.user + t.system
            except psutil.Error:
                pass

    def total(self) -> float:
        return sum(self.seen.values())


def counted(results, workers: WorkerCPU) -> int:
    n = 0
    for n, _ in enumerate(results, 1):
        if n % 20 == 0:
            workers.sample()
    workers.sample()
    return n


def timed(label: str, fn, n_chars: int) -> dict:
    workers = WorkerCPU()
    workers.sample()
    before = workers.total()
    w0, (s0, k0) = time.perf_counter(), cpu_seconds()
    n = fn(workers)
    wall = time.perf_counter() - w0
    s1, k1 = cpu_seconds()
    k0, k1 = k0 + before, k1 + workers.total()
    row = {"run": label, "documents": n, "wall_s": round(wall, 2), "chars_per_s": round(n_chars / wall),
           "cpu_s_self": round(s1 - s0, 2), "cpu_s_workers": round(k1 - k0, 2)}
    print(f"{label:<34} {n:>6} docs {wall:>8.2f} s wall {n_chars / wall:>12,.0f} chars/s   "
          f"CPU: this process {s1 - s0:>7.2f} s, workers {k1 - k0:>7.2f} s", flush=True)
    return row


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def probe(jobs: int) -> float:
    """What the machine gives right now to a trivially parallel pure-Python job: its speed-up with
    `jobs` processes over 1 (on a shared machine this, not our code, bounds the figures below)."""
    from concurrent.futures import ProcessPoolExecutor

    work = [3_000_000] * (4 * jobs)
    t0 = time.perf_counter()
    for n in work:
        _spin(n)
    serial = time.perf_counter() - t0
    with ProcessPoolExecutor(jobs) as pool:
        pool.submit(_spin, 1).result()  # started before timing
        t0 = time.perf_counter()
        list(pool.map(_spin, work))
        parallel = time.perf_counter() - t0
    print(f"machine probe: a pure-Python loop, {serial:.2f} s in 1 process, {parallel:.2f} s in {jobs}: "
          f"{serial / parallel:.2f}x", flush=True)
    return serial / parallel


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--chunksize", type=int, default=None, help="extract_many's chunksize (default: its own)")
    ap.add_argument("--dask", action="store_true", help="also time the Dask path on a LocalCluster")
    ap.add_argument("--json", metavar="OUT")
    args = ap.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        print(f"bench_many: data file not found: {path}", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8") as fh:
        docs = [(o.get("id", i), o["text"]) for i, o in enumerate(map(json.loads, fh))]
    docs = docs[: args.limit] if args.limit else docs
    n_chars = sum(len(t) for _, t in docs)
    import thai_report_ie

    thai_report_ie.extract("อุ่นเครื่อง 1 ครั้ง")
    print(f"data: {path} ({len(docs)} documents, {n_chars:,} characters); commit {code_version()}; "
          f"{os.cpu_count()} cores; 1-min load {os.getloadavg()[0]:.2f}")
    headroom = probe(args.jobs)
    chunking = {} if args.chunksize is None else {"chunksize": args.chunksize}
    rows = [
        timed("extract_many n_process=1", lambda w: counted(thai_report_ie.extract_many(docs), w), n_chars),
        timed(f"extract_many n_process={args.jobs}",
              lambda w: counted(thai_report_ie.extract_many(docs, n_process=args.jobs, **chunking), w), n_chars),
    ]
    if args.dask:
        import dask.dataframe as dd
        import pandas as pd
        from distributed import Client, LocalCluster

        from thai_report_ie.dask import extract_records

        frame = pd.DataFrame(docs, columns=["id", "text"])
        frame["id"] = frame["id"].astype(str)
        with LocalCluster(n_workers=args.jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster):
            ddf = dd.from_pandas(frame, npartitions=args.jobs * 8).persist()  # the data on the workers first

            def run_dask(w: WorkerCPU) -> int:
                w.sample()
                n = len(extract_records(ddf).compute()["doc_id"].unique())
                w.sample()
                return n

            rows.append(timed(f"dask LocalCluster {args.jobs} workers", run_dask, n_chars))
            rows[-1]["note"] = "documents = documents with at least one record"
    speedup = rows[0]["wall_s"] / rows[1]["wall_s"]
    print(f"speed-up of {args.jobs} processes over 1 (wall): {speedup:.2f}x (the machine probe gave {headroom:.2f}x); "
          f"1-min load at end {os.getloadavg()[0]:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"commit": code_version(), "rows": rows, "speedup": speedup, "probe": headroom}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
