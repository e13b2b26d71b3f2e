"""Robustness sweep: run `thai_report_ie.extract()` over every thaigov sample document.

For each document it counts and reports:

* exceptions raised by ``extract()`` (with the first few tracebacks);
* bad offsets: any record or number mention whose span is not ``0 <= start < end <= len(text)``
  or whose ``text[start:end] != record.text``; any check span out of range;
* records by kind and by rule id, and checks by status (and by kind/status).

Then it writes the records and checks of a random sample of documents (fixed seed) to a
file under /tmp, each record shown in its sentence with the span marked «like this», for
reading by hand, and prints that path.

    python benchmarks/sweep_thaigov.py [DATA.jsonl] [--limit N] [--sample 30] [--seed 20261125]
                                       [--out /tmp/thaigov_sample_records.txt]

Exit status is 1 when any exception or bad offset was found, else 0.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from _common import DEFAULT_DATA, code_version  # benchmarks/ is the script's folder, on sys.path

DEFAULT_OUT = Path("/tmp/thaigov_sample_records.txt")
FIELDS_SKIP = {"kind", "text", "start", "end", "rule"}


def load_docs(path: Path, limit: int | None) -> list[dict]:
    docs: list[dict] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            d.setdefault("id", str(i))
            docs.append(d)
            if limit is not None and len(docs) >= limit:
                break
    return docs


def span_problem(text: str, start: int, end: int, rtext: str | None) -> str | None:
    if not (isinstance(start, int) and isinstance(end, int)):
        return f"non-int offsets {start!r}:{end!r}"
    if not (0 <= start < end <= len(text)):
        return f"span {start}:{end} out of range for text of {len(text)}"
    if rtext is not None and text[start:end] != rtext:
        return f"text[{start}:{end}]={text[start:end]!r} != record.text {rtext!r}"
    return None


def context(text: str, start: int, end: int, width: int = 70) -> str:
    """The span in its surroundings, cut at line breaks, with the span marked «»."""
    lo = max(0, start - width)
    nl = text.rfind("\n", lo, start)
    if nl != -1:
        lo = nl + 1
    hi = min(len(text), end + width)
    nl = text.find("\n", end, hi)
    if nl != -1:
        hi = nl
    return (("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo:start] + "«" + text[start:end] + "»"
            + text[end:hi] + ("…" if hi < len(text) and text[hi] != "\n" else ""))


def fmt_fields(d: dict) -> str:
    parts = []
    for k, v in d.items():
        if k in FIELDS_SKIP or v is None or v is False or v == () or v == []:
            continue
        parts.append(f"{k}={v}")
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA),
                    help=f"JSON-lines file with 'id' and 'text' fields (default: {DEFAULT_DATA})")
    ap.add_argument("--limit", type=int, default=None, help="read only the first N documents")
    ap.add_argument("--sample", type=int, default=30, help="documents to write out for hand reading (default 30)")
    ap.add_argument("--seed", type=int, default=20261125, help="random seed of the sample")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help=f"sample file (default {DEFAULT_OUT})")
    args = ap.parse_args(argv)

    path = Path(args.data)
    if not path.is_file():
        print(f"sweep_thaigov: data file not found: {path}\n"
              f"  pass the path of thaigov_sample.jsonl as the first argument", file=sys.stderr)
        return 2
    docs = load_docs(path, args.limit)
    import thai_report_ie

    n_chars = sum(len(d["text"]) for d in docs)
    by_kind: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    checks_by_status: Counter[str] = Counter()
    checks_by_kind_status: Counter[tuple[str, str]] = Counter()
    exceptions: list[tuple[str, str]] = []
    bad: list[str] = []
    n_numbers = 0
    reports: dict[str, object] = {}
    rng = random.Random(args.seed)
    sample_ids = {d["id"] for d in rng.sample(docs, min(args.sample, len(docs)))}

    t0 = time.perf_counter()
    for d in docs:
        text = d["text"]
        try:
            rep = thai_report_ie.extract(text)
        except Exception:  # noqa: BLE001 - the sweep counts every failure
            exceptions.append((d["id"], traceback.format_exc()))
            continue
        for r in [*rep.records, *rep.numbers]:
            if r.kind == "number":
                n_numbers += 1
            else:
                by_kind[r.kind] += 1
                by_rule[f"{r.kind}:{r.rule}"] += 1
            p = span_problem(text, r.start, r.end, r.text)
            if p:
                bad.append(f"{d['id']} {r.kind} rule={r.rule}: {p}")
        for c in rep.checks:
            checks_by_status[c.status] += 1
            checks_by_kind_status[(c.kind, c.status)] += 1
            for s, e in c.spans:
                p = span_problem(text, s, e, None)
                if p:
                    bad.append(f"{d['id']} check {c.kind}/{c.status} rule={c.rule}: {p}")
        if d["id"] in sample_ids:
            reports[d["id"]] = rep
    elapsed = time.perf_counter() - t0

    version = code_version()
    print(f"data: {path}  ({len(docs)} documents, {n_chars:,} characters) in {elapsed:.1f} s; "
          f"thai_report_ie commit {version}")
    print(f"exceptions: {len(exceptions)}")
    for doc_id, tb in exceptions[:3]:
        print(f"--- {doc_id}\n{tb}")
    print(f"bad offsets (records, number mentions, check spans): {len(bad)}")
    for line in bad[:20]:
        print("  " + line)
    total = sum(by_kind.values())
    print(f"\nrecords: {total:,} (+ {n_numbers:,} number mentions)")
    for k, n in by_kind.most_common():
        print(f"  {k:<14} {n:>8,}")
    print("\nrecords by rule id:")
    for k, n in sorted(by_rule.items(), key=lambda kv: (kv[0].split(':')[0], -kv[1])):
        print(f"  {k:<40} {n:>8,}")
    print(f"\nchecks: {sum(checks_by_status.values()):,}")
    for k, n in checks_by_status.most_common():
        print(f"  {k:<14} {n:>8,}")
    print("checks by kind/status:")
    for (k, s), n in sorted(checks_by_kind_status.items()):
        print(f"  {k + '/' + s:<30} {n:>8,}")

    out = Path(args.out)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# {len(reports)} documents sampled with seed {args.seed} from {path}; "
                 f"thai_report_ie commit {version}\n")
        for d in docs:
            if d["id"] not in reports:
                continue
            rep = reports[d["id"]]
            text = d["text"]
            fh.write(f"\n{'=' * 100}\n## doc {d['id']}  {d.get('path', '')}  ({len(text):,} chars, "
                     f"{len(rep.records)} records, {len(rep.checks)} checks)\n")
            for r in rep.records:
                if r.kind in ("organisation", "person"):
                    continue
                dd = r.to_dict()
                fh.write(f"\n[{r.kind}] {r.rule} {r.start}:{r.end} {r.text!r}\n    {fmt_fields(dd)}\n"
                         f"    ctx: {context(text, r.start, r.end)}\n")
            orgs = [r for r in rep.records if r.kind in ("organisation", "person")]
            if orgs:
                fh.write("\n[organisations/persons] " + " | ".join(f"{r.kind[0]}:{r.text}" for r in orgs) + "\n")
            for c in rep.checks:
                fh.write(f"\n[check {c.kind} {c.status}] {c.rule} stated={c.stated} computed={c.computed} "
                         f"method={c.method}\n    {c.message}\n")
                for s, e in c.spans:
                    fh.write(f"    span {s}:{e}: {context(text, s, e, 50)}\n")
    print(f"\nsample of {len(reports)} documents (seed {args.seed}) written to {out}")
    return 1 if exceptions or bad else 0


if __name__ == "__main__":
    sys.exit(main())
