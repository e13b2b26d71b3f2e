"""Interpreted against mypyc-compiled rule modules: extract() and plain newmm, timed in alternating processes.

    python benchmarks/mypyc_bench.py --run interp=/tmp/mypyc14interp --run compiled=/tmp/mypyc14src \
        [--python /tmp/mypyc-venv/bin/python] [--rounds 3] [--reps 3] [--limit N]

Each --run NAME=DIR names a copy of the repository (DIR/thai_report_ie, compiled in place by
benchmarks/mypyc_build.sh or not). A round runs one child process per copy, one after the other,
the order alternating between rounds. Each child imports the library from its DIR, warms it up,
then times extract() and pythainlp's newmm `word_tokenize` over the documents in blocks of
--block (20), each block run --reps times by each, alternating, the fastest run counting
(bench_compare.py's `_best_of_blocks`), CPU seconds of the child. newmm / extract within a
child is the issue-14 ratio; it does not depend on how busy the machine was between children.
The compiled copy needs the Python its extensions were built for (--python, default this one).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from _common import DEFAULT_DATA  # benchmarks/ is the script's folder, on sys.path


def child(root: str, data: str, limit: int | None, reps: int, block: int) -> dict:
    sys.path.insert(0, root)
    import thai_report_ie
    from pythainlp.tokenize import word_tokenize

    from _common import load_texts
    from bench_compare import _best_of_blocks

    assert Path(thai_report_ie.__file__).resolve().is_relative_to(Path(root).resolve()), thai_report_ie.__file__
    compiled = sorted(name for name, m in sys.modules.items()
                      if name.startswith("thai_report_ie") and str(getattr(m, "__file__", "")).endswith(".so"))
    texts = load_texts(Path(data), limit)
    fns = {"extract": thai_report_ie.extract, "newmm": lambda t: word_tokenize(t, engine="newmm")}
    for fn in fns.values():
        fn(texts[0])
    cpu = _best_of_blocks(fns, texts, reps, block)
    return {"docs": len(texts), "chars": sum(map(len, texts)), "compiled": compiled, **cpu}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", action="append", default=[], help="NAME=DIR, a copy of the repository to time")
    ap.add_argument("--python", default=sys.executable, help="the interpreter of the children")
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--block", type=int, default=20)
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.data, args.limit, args.reps, args.block)))
        return 0
    runs = [r.split("=", 1) for r in args.run]
    rows: dict[str, list[dict]] = {name: [] for name, _ in runs}
    for rnd in range(args.rounds):
        for name, root in (runs if rnd % 2 == 0 else runs[::-1]):
            cmd = [args.python, __file__, "--child", root, "--data", args.data, "--reps", str(args.reps),
                   "--block", str(args.block)] + (["--limit", str(args.limit)] if args.limit else [])
            out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
            rows[name].append(out)
            load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
            print(f"round {rnd + 1} {name:<10} extract {out['extract']:7.2f} s  newmm {out['newmm']:7.2f} s  "
                  f"ratio to newmm {out['newmm'] / out['extract']:.2f}  (1-min load {load}; "
                  f"{len(out['compiled'])} compiled modules)", flush=True)
    print(f"{rows[runs[0][0]][0]['docs']} documents, {rows[runs[0][0]][0]['chars']:,} characters; "
          f"blocks of {args.block}, fastest of {args.reps}, CPU seconds")
    for name, got in rows.items():
        ex, nm = min(r["extract"] for r in got), min(r["newmm"] for r in got)
        ratios = sorted(r["newmm"] / r["extract"] for r in got)
        print(f"{name:<10} extract best {ex:7.2f} s  newmm best {nm:7.2f} s  ratio to newmm: median "
              f"{ratios[len(ratios) // 2]:.2f} (range {ratios[0]:.2f}-{ratios[-1]:.2f}); compiled: "
              f"{', '.join(m.removeprefix('thai_report_ie.') for m in got[0]['compiled']) or 'none'}")
    if len(runs) == 2:
        (a, ra), (b, rb) = [(n, rows[n]) for n, _ in runs]
        per = sorted(x["extract"] / y["extract"] for x, y in zip(ra, rb))
        print(f"extract {a} / {b}, per round: {' '.join(f'{p:.2f}' for p in per)}; median {per[len(per) // 2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
