"""Draw value records from a dump to read by eye ("never a wrong number" audit).

Pools the records of a `dump_records.py` file by kind and `rng.sample`s each pool in turn, in the
order quantity, money, percentage, date, ratio, with one `random.Random(SEED)`; prints each record
with CONTEXT characters either side ([...] marks the span) and every non-empty value field.

    python benchmarks/draw_values.py /tmp/main-02b.jsonl --seed 115 \
        --counts quantity=90,money=35,percentage=20,date=95,ratio=10 > /tmp/draw.txt

The same dump, seed and counts always give the same draw (documents in the dump's order).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from _common import DEFAULT_DATA  # benchmarks/ is the script's folder, on sys.path

ORDER = ("quantity", "money", "percentage", "date", "ratio")
SKIP = {"kind", "text", "start", "end", "subject", "role"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", help="a dump_records.py file")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="the texts the dump was made from")
    ap.add_argument("--seed", type=int, default=115)
    ap.add_argument("--counts", default="quantity=90,money=35,percentage=20,date=95,ratio=10")
    ap.add_argument("--context", type=int, default=60)
    args = ap.parse_args(argv)
    counts = {k: int(v) for k, v in (kv.split("=") for kv in args.counts.split(","))}
    texts = {}
    with Path(args.data).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                texts[obj["id"]] = obj["text"]
    pools: dict[str, list[tuple[str, dict]]] = {k: [] for k in ORDER}
    with open(args.dump, encoding="utf-8") as fh:
        for line in fh:
            key, _, rest = line.partition("\t")
            doc = json.loads(key)
            for r in json.loads(rest)["records"]:
                if r["kind"] in pools:
                    pools[r["kind"]].append((doc, r))
    rng = random.Random(args.seed)
    n = 0
    for kind in ORDER:
        want = counts.get(kind, 0)
        print(f"## {kind}: {want} of {len(pools[kind])}")
        for doc, r in rng.sample(pools[kind], min(want, len(pools[kind]))):
            n += 1
            text = texts[doc]
            s, e = r["start"], r["end"]
            left = text[max(0, s - args.context):s].replace("\n", "⏎")
            right = text[e:e + args.context].replace("\n", "⏎")
            fields = {k: v for k, v in r.items() if k not in SKIP and v not in (None, [], "", {})}
            print(f"{n:3d} {doc} {s}-{e} {left}[{r['text']}]{right}")
            print(f"    {json.dumps(fields, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
