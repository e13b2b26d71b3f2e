"""Draw quantity mentions to annotate, from thaigov sample documents nobody has annotated.

    python training/draw_subjects.py --seed 1010 --n 50 [--kind percentage] > /tmp/draw.txt

Eligible: sample documents named neither in tests/data/subjects_thaigov.jsonl, nor in
tests/data/ratios_thaigov.jsonl, nor in tests/data/subjects_r10l.jsonl, nor by the dev gold
(manifest path), in sample order; random.Random(seed) shuffles them, and each document in that
order with at least one record of the kind (quantity by default) gives one of them, drawn with the same generator, until
n are drawn. Printed: the draw's number, document id, offsets, and the text around the figure
(the library's subject is NOT printed, so the annotation is blind).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import thai_report_ie as tri  # noqa: E402

SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl"


def used_docs() -> set[str]:
    used: set[str] = set()
    for name in ("subjects_thaigov.jsonl", "ratios_thaigov.jsonl", "subjects_r10l.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                used |= {json.loads(x)["doc"] for x in fh if x.strip()}
    return used


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--kind", choices=("quantity", "percentage"), default="quantity")
    args = ap.parse_args()
    manifest = json.loads((SHARED / "gold" / "dev" / "manifest.json").read_text(encoding="utf-8"))
    dev_paths = {v["path"] for v in manifest.values() if isinstance(v, dict) and "path" in v}
    used = used_docs()
    with SAMPLE.open(encoding="utf-8") as fh:
        docs = [json.loads(x) for x in fh if x.strip()]
    docs = [d for d in docs if d["id"] not in used and d.get("path") not in dev_paths]
    rng = random.Random(args.seed)
    rng.shuffle(docs)
    k = 0
    for d in docs:
        report = tri.extract(d["text"])
        qs = report.quantities if args.kind == "quantity" else report.percentages
        if not qs:
            continue
        q = qs[rng.randrange(len(qs))]
        t = d["text"]
        before = t[max(0, q.start - 220):q.start].replace("\n", " ⏎ ")
        after = t[q.end:q.end + 60].replace("\n", " ⏎ ")
        print(f"#{k:02d} {d['id']} {q.start} {q.end}\n   …{before}【{q.text}】{after}…\n")
        k += 1
        if k >= args.n:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
