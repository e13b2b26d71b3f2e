"""Draw a blind batch of number mentions for subject annotation (tests/data/subjects_thaigov.jsonl).

The procedure of batches 9-12 (benchmarks/eval_subjects.py): the eligible documents are the thaigov
sample's, in sample order, that neither the dev gold (manifest path or text), nor any subject
annotation row (of a batch before `--batch`), nor the ratio annotations (tests/data/ratios_thaigov.jsonl)
use; then, stage by stage, random.Random(SEED).sample of N documents with a record of the stage's
kind (not drawn by an earlier stage), followed by one record of each drawn document (rng.choice among
its records of that kind, in report order) with the same generator. The records come from a dump of
benchmarks/dump_records.py (`--records`), or from extract() when none is given. For each draw it
prints ONLY the document context around the record and the record's kind, offsets and text: never
the library's subject, so the annotation stays blind. `--compare` counts the rows of `--batch` the
draw gives back (offsets only): batches 9, 10 and 11 come back whole at main 250d8d2.

`--second KIND:N` (from batch 17 on) adds "second mention" stages after the normal ones, with the same
generator, for kinds the unused documents have run out of (money, percentages; from batch 22 on quantities
too, with no normal stage at all): the pool is the sample
documents, in sample order, that DO have rows in tests/data/subjects_thaigov.jsonl (a batch before
`--batch`) or in tests/data/subjects_r10l.jsonl, leaving out the dev gold's and the documents this draw
has already taken; a record of KIND is eligible only when it lies far from every annotated row of its
document: no overlap with [row.start - 400, row.end + 200] of any row of that document (the context
earlier annotators and rule writers saw; `--far-before`/`--far-after` change the 400 and 200, for when a
pool runs dry: batch 28 found only 36 documents with a far percentage record, and a smaller window draws
mentions closer to text annotators have read, so say so in the batch's notes). rng.sample of N documents with an eligible record, then
rng.choice of one eligible record each, as the normal stages do. Such mentions are less blind than a
normal draw: no rule was written from an annotation of them, but rule writers read record diffs over
all 2,000 documents, so they may have seen some of them. The normal stages never read `--second`, so
the draws of batches 9-16 are unchanged.

`--skip FILE` (from batch 30 on) never draws a position left out before: FILE is JSONL, one left-out draw a
line (doc, kind, start, end, text, batch, draw, reason; tests/data/subjects_leftout.jsonl holds batches
20-29's), and a record of a listed document that overlaps a listed [start, end) of a batch before `--batch`
is dropped before any stage, whatever its kind, so a document whose only records of a kind are skipped leaves
that stage's pool (batch 29 drew 16 of its 25 left-out draws at the position of an earlier left-out draw).
Without `--skip` nothing changes, so earlier batches still come back with `--compare`; a batch drawn with it
is redrawn with the same file, its own left-out lines (batch = `--batch`) not read.

`--skip-words` (with `--skip`, from batch 31 on) also drops a record that overlaps the words of a left-out draw
standing at another position of the same document: every place where a listed line's `text` occurs in its
document's text as a whole figure (not inside a longer number: "2%" is not found in "12%" or "0.2%") counts as a
left-out span (batch 30 drew 7 of its 84 draws in words left out elsewhere in their documents: a repeated headline,
a repeated passage, the same figure in a list). A record of the same words is dropped even where they stand for
something else, so the option may take a good mention too; without it nothing changes.

`--window KIND:BEFORE:AFTER` (from batch 32 on) gives one kind's second stage its own far window, the other
kinds keeping `--far-before`/`--far-after`: the far percentage pool ran down to 8 documents in batch 31 (10 with
the 400/200 window in batch 32's draw, 77 with 300/100). With 300/100 a record lies outside the context this script shows
around every earlier row of its document (300 characters before the row, 100 after, by default), but its own
context may hold that row and the text around it, and its subject may be the earlier row's: such rows are less
independent of the document's earlier rows than those of the default window. Without it nothing changes.

    python benchmarks/draw_batch.py --seed 23 --draw quantity:75 --draw money:22 --draw percentage:35 \\
        --batch 12 [--records FILE] [--before 300] [--after 100]
    python benchmarks/draw_batch.py --seed 28 --draw quantity:70 --second money:45 --second percentage:35 --batch 17
    python benchmarks/draw_batch.py --seed 22 --draw quantity:72 --draw percentage:24 --batch 11 --compare
    python benchmarks/draw_batch.py --seed 38 --second quantity:40 --second money:30 --second percentage:30 --batch 22
    python benchmarks/draw_batch.py --seed 51 --second quantity:40 --second money:30 --second percentage:30 --batch 30 \\
        --skip tests/data/subjects_leftout.jsonl
    python benchmarks/draw_batch.py --seed 52 --draw percentage:10 --second quantity:40 --second money:30 --second percentage:30 --batch 31 \\
        --skip tests/data/subjects_leftout.jsonl --skip-words
    python benchmarks/draw_batch.py --seed 53 --second quantity:40 --second money:30 --second percentage:12 --batch 32 \\
        --skip tests/data/subjects_leftout.jsonl --skip-words --window percentage:300:100
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import DEFAULT_DATA, ROOT  # noqa: E402

ANNOTATIONS = ROOT / "tests" / "data" / "subjects_thaigov.jsonl"
RATIOS = ROOT / "tests" / "data" / "ratios_thaigov.jsonl"
R10L = ROOT / "tests" / "data" / "subjects_r10l.jsonl"  # the re-ranker's training rows: used from batch 13 on
DEV = ROOT.parent / "shared" / "gold" / "dev"

Rec = tuple[str, int, int, str]  # kind, start, end, text: nothing else of a record is read
SECOND_BEFORE, SECOND_AFTER = 400, 200  # --second: a record this close to an annotated row is not drawn


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:  # not splitlines(): the texts hold U+2028 and the like
        return [json.loads(line) for line in fh if line.strip()]


def _dev_used() -> tuple[set[str], set[str]]:
    """The sample paths and texts the dev gold uses."""
    paths = {v["path"] for v in json.loads((DEV / "manifest.json").read_text(encoding="utf-8")).values()}
    texts = {p.read_text(encoding="utf-8").strip() for p in DEV.glob("dev-*.txt")}
    for p in DEV.glob("dev-*.json"):
        src = json.loads(p.read_text(encoding="utf-8")).get("source") or {}
        if src.get("path"):
            paths.add(src["path"])
    return paths, texts


def _records(docs: list[dict], dump: Path | None) -> dict[str, list[Rec]]:
    """(kind, start, end, text) of every record of each document."""
    out: dict[str, list[Rec]] = {}
    if dump is not None:
        with dump.open(encoding="utf-8") as fh:
            for line in fh:
                doc_id, payload = line.rstrip("\n").split("\t", 1)
                out[json.loads(doc_id)] = [(r["kind"], r["start"], r["end"], r["text"])
                                           for r in json.loads(payload)["records"]]
        return out
    import thai_report_ie as tri

    for d in docs:
        out[d["id"]] = [(type(r).__name__.lower(), r.start, r.end, r.text) for r in tri.extract(d["text"]).records]
    return out


def far_from_rows(rec: Rec, rows: list[tuple[int, int]], before: int = SECOND_BEFORE,
                  after: int = SECOND_AFTER) -> bool:
    """True when the record overlaps no [start - before, end + after] window (400 and 200 unless
    --far-before/--far-after say otherwise) of the (start, end) rows given."""
    return all(rec[2] <= s - before or rec[1] >= e + after for s, e in rows)


def skipped(rec: Rec, spans: list[tuple[int, int]]) -> bool:
    """True when the record overlaps one of the (start, end) left-out spans given (its document's)."""
    return any(rec[1] < e and s < rec[2] for s, e in spans)


def repeats(text: str, words: str) -> list[tuple[int, int]]:
    """The (start, end) of every occurrence of `words` in `text` that is not inside a longer figure: when
    `words` starts (ends) with a digit, the character before (after) it may not be a digit, nor a . or ,
    that joins it to one. Each search starts one character after the last hit: linear in the text for
    the short record texts it is given."""
    out: list[tuple[int, int]] = []
    if not words:
        return out
    i = text.find(words)
    while i >= 0:
        j = i + len(words)
        before = words[0].isdigit() and i > 0 and (text[i - 1].isdigit()
                                                   or (text[i - 1] in ".," and i > 1 and text[i - 2].isdigit()))
        after = words[-1].isdigit() and j < len(text) and (text[j].isdigit()
                                                           or (text[j] in ".," and j + 1 < len(text)
                                                               and text[j + 1].isdigit()))
        if not before and not after:
            out.append((i, j))
        i = text.find(words, i + 1)
    return out


def draw(seed: int, plan: list[tuple[str, int]], batch: int, data: Path, dump: Path | None,
         second: list[tuple[str, int]] = (), far: tuple[int, int] = (SECOND_BEFORE, SECOND_AFTER),
         skip: Path | None = None, skip_words: bool = False,
         windows: dict[str, tuple[int, int]] | None = None) -> list[dict]:
    """The draws, numbered from 1, each with its document's id and text and one record; the draws of
    `second` (second mentions, see the module's docstring) follow those of `plan`, marked "second".
    `skip`: a file of left-out draws whose positions (of batches before `batch`) are never drawn;
    `skip_words`: nor the places where their texts stand again in their documents (`repeats`);
    `windows`: kind -> (before, after), that kind's second stage's far window instead of `far`."""
    docs = _jsonl(data)
    earlier = [r for r in _jsonl(ANNOTATIONS) if r.get("batch", 0) < batch]
    used = {r["doc"] for r in earlier}
    used |= {r["doc"] for r in _jsonl(RATIOS)}
    if batch > 12:  # drawn after batch 12; leaving them out earlier would change batches 9-12
        used |= {r["doc"] for r in _jsonl(R10L)}
    dev_paths, dev_texts = _dev_used()
    outside_dev = [d for d in docs if d["path"] not in dev_paths and d["text"].strip() not in dev_texts]
    eligible = [d for d in outside_dev if d["id"] not in used]
    annotated: dict[str, list[tuple[int, int]]] = {}  # --second: the rows of each annotated document
    if second:
        for r in earlier + _jsonl(R10L):
            annotated.setdefault(r["doc"], []).append((r["start"], r["end"]))
    again = [d for d in outside_dev if d["id"] in annotated]
    records = _records(eligible + again, dump)
    if skip is not None:
        texts = {d["id"]: d["text"] for d in eligible + again}
        spans: dict[str, list[tuple[int, int]]] = {}
        for r in _jsonl(skip):
            if r["batch"] < batch:
                spans.setdefault(r["doc"], []).append((r["start"], r["end"]))
                if skip_words and r["doc"] in texts:
                    spans[r["doc"]].extend(repeats(texts[r["doc"]], r["text"]))
        records = {doc: [r for r in recs if not skipped(r, spans.get(doc, []))] for doc, recs in records.items()}
    rng = random.Random(seed)
    drawn: list[tuple[dict, Rec, bool]] = []
    taken: set[str] = set()
    for kind, n in plan:  # each stage: sample the documents, then one record of each (same generator)
        pool = [d for d in eligible if d["id"] not in taken and any(r[0] == kind for r in records[d["id"]])]
        picked = rng.sample(pool, n)
        taken.update(d["id"] for d in picked)
        for d in picked:
            drawn.append((d, rng.choice([r for r in records[d["id"]] if r[0] == kind]), False))
    for kind, n in second:  # second mentions: annotated documents, records far from their rows
        window = (windows or {}).get(kind, far)
        apart = {d["id"]: [r for r in records[d["id"]] if r[0] == kind and far_from_rows(r, annotated[d["id"]], *window)]
                 for d in again if d["id"] not in taken}
        pool = [d for d in again if apart.get(d["id"])]
        picked = rng.sample(pool, min(n, len(pool)))
        taken.update(d["id"] for d in picked)
        for d in picked:
            drawn.append((d, rng.choice(apart[d["id"]]), True))
    return [{"n": n, "doc": d["id"], "kind": k, "start": s, "end": e, "text": t, "_text": d["text"], "second": sec}
            for n, (d, (k, s, e, t), sec) in enumerate(drawn, 1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--draw", action="append", default=[],
                    help="KIND:N, the stages in order (none: second mentions only, as batch 22)")
    ap.add_argument("--second", action="append", default=[],
                    help="KIND:N, second-mention stages after the --draw ones (annotated documents, far records)")
    ap.add_argument("--batch", type=int, required=True, help="rows of this batch and later do not exclude documents")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--records", type=Path, help="a dump of benchmarks/dump_records.py (else extract() is run)")
    ap.add_argument("--before", type=int, default=300)
    ap.add_argument("--after", type=int, default=100)
    ap.add_argument("--far-before", type=int, default=SECOND_BEFORE,
                    help="--second: characters before an annotated row a record may not overlap (default 400)")
    ap.add_argument("--far-after", type=int, default=SECOND_AFTER,
                    help="--second: characters after an annotated row a record may not overlap (default 200)")
    ap.add_argument("--window", action="append", default=[],
                    help="KIND:BEFORE:AFTER, the far window of KIND's --second stage (else --far-before/--far-after)")
    ap.add_argument("--skip", type=Path,
                    help="JSONL of left-out draws (doc, start, end, batch): records overlapping one of a batch "
                         "before --batch are never drawn (tests/data/subjects_leftout.jsonl)")
    ap.add_argument("--skip-words", action="store_true",
                    help="with --skip: also never draw a record overlapping a left-out draw's text where it "
                         "stands again in the same document (as a whole figure)")
    ap.add_argument("--positions", action="store_true", help="print only doc, kind and offsets, one draw a line")
    ap.add_argument("--compare", action="store_true",
                    help="count the rows of --batch whose doc and offsets the draw gives back (no subjects read)")
    args = ap.parse_args(argv)
    if not args.draw and not args.second:
        ap.error("give at least one --draw or --second stage")
    plan = [(k, int(n)) for k, n in (x.split(":") for x in args.draw)]
    second = [(k, int(n)) for k, n in (x.split(":") for x in args.second)]
    if args.skip_words and args.skip is None:
        ap.error("--skip-words needs --skip FILE")
    if args.far_before < 0 or args.far_after < 0:
        ap.error("--far-before and --far-after are numbers of characters, 0 or more")
    windows: dict[str, tuple[int, int]] = {}
    for x in args.window:
        kind, *sizes = x.split(":")
        if len(sizes) != 2 or not all(v.isdigit() for v in sizes) or kind not in {k for k, _ in second}:
            ap.error(f"--window {x}: KIND:BEFORE:AFTER, KIND one of the --second stages', BEFORE and AFTER 0 or more")
        windows[kind] = (int(sizes[0]), int(sizes[1]))
    draws = draw(args.seed, plan, args.batch, args.data, args.records, second, (args.far_before, args.far_after),
                 args.skip, args.skip_words, windows)
    for kind, n in second:
        got = sum(r["second"] and r["kind"] == kind for r in draws)
        if got < n:
            print(f"second {kind}: {got} documents in the pool, not {n}", file=sys.stderr)
    if args.compare:
        by_n = {r["n"]: (r["doc"], r["kind"], r["start"], r["end"]) for r in draws}
        mine = [r for r in _jsonl(ANNOTATIONS) if r.get("batch") == args.batch]
        same = sum(by_n.get(int(r["id"].split("-")[1])) == (r["doc"], r["kind"], r["start"], r["end"]) for r in mine)
        print(f"batch {args.batch}: {same} of {len(mine)} rows drawn again")
        return 0
    for r in draws:
        if args.positions:
            print(r["n"], r["doc"], r["kind"], r["start"], r["end"], *(["second"] if r["second"] else []))
            continue
        t = r["_text"]
        ctx = (t[max(0, r["start"] - args.before):r["start"]] + "[[" + t[r["start"]:r["end"]] + "]]"
               + t[r["end"]:r["end"] + args.after])
        print(f"=== {r['n']:02d} {r['doc']} {r['kind']}{' second' if r['second'] else ''} {r['start']}-{r['end']} {r['text']!r}")
        print(ctx.replace("\n", " ⏎ "))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
