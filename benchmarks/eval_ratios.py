"""Ratios in words on the project's own annotations of thaigov sample sentences (not in the dev gold).

tests/data/ratios_thaigov.jsonl holds 155 sentences of the thaigov sample (documents the dev gold
does not use), drawn with seed 16 by `draw()` below (`--draw` prints them):
- 80 sentences holding two figures joined the way ratios are (one a document): 28 "x [word] จาก… y",
  18 "x [word] ใน… y", 14 "x [word] ต่อ… y", 10 "x/y", 10 with เป้าหมาย/ตั้งเป้า and two figures;
- 40 random sentences with two or more figures (one a document, none already drawn);
- every sentence (35, some from documents already drawn) with "x [word] จาก|ใน|ต่อ<noun> y [word]" where
  the noun holds ทั้งหมด/ทั้งสิ้น/จำนวน/กรอบ/เป้าหมาย or the words after x and y begin alike.
A "sentence" is a line, cut at a space into pieces of at most 300 characters. Each row keeps the
document id, the sentence's offsets and the ratios in it, annotated blind (before the library's
output was looked at) following ../shared/docs/ANNOTATION.md: span, numerator, denominator (money
in baht), unit, denominator_unit; `"core": false` marks a pair the annotator could not decide (a
prediction there is neither right nor wrong). Split by a fixed rule: documents whose hexadecimal
id is even are "tune" (read while developing), odd ones "heldout" (read once, at the end).

Scored as ../shared/tools/score.py scores ratios: the library's ratio records starting inside the
sentence (extracted from the whole document), matched one-to-one, best overlap first; strict needs
equal offsets, lenient any overlap; fields over lenient matches.

    python benchmarks/eval_ratios.py [--data ../shared/data/thaigov_sample/thaigov_sample.jsonl] [--show]

A second sample, tests/data/ratios_thaigov_b2.jsonl (361 sentences of odd-id documents, seed 29),
is drawn by `draw2()` (its docstring says how; `--draw2` prints it) and scored apart with `--b2`
(every row is held-out: score it once, at the end, never while writing rules). Its rows are
annotated the same way, and each ratio also names its `shape` (target-across, x-per-y, ...),
which the scores ignore. `--file PATH` scores any other file of such rows.

    python benchmarks/eval_ratios.py --b2 [--show-heldout]
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import DEFAULT_DATA, ROOT, annotated_texts, code_version  # noqa: E402

import thai_report_ie as tri  # noqa: E402

ANNOTATIONS = ROOT / "tests" / "data" / "ratios_thaigov.jsonl"
DEV_MANIFEST = ROOT.parent / "shared" / "gold" / "dev" / "manifest.json"
FIELDS = ("numerator", "denominator", "unit", "denominator_unit")
SEED = 16
NUM = r"[0-9๐-๙](?:[0-9๐-๙,.]*[0-9๐-๙])?"


def _sentences(text: str):
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while e - s > 300:
            cut = text.rfind(" ", s + 150, s + 300)
            cut = s + 300 if cut < 0 else cut
            yield s, cut
            s = cut + 1
        if e > s:
            yield s, e


def draw(data: Path) -> list[tuple[str, str, int, int]]:
    """The sample (stratum, document id, start, end), as it was drawn for the annotations."""
    paths = {v["path"] for v in json.loads(DEV_MANIFEST.read_text(encoding="utf-8")).values()}
    docs = [d for d in map(json.loads, data.open(encoding="utf-8")) if d["path"] not in paths]
    link = re.compile(r"^ ?(?:[\u0E00-\u0E7FA-Za-z.]{1,15})? ?\(?(?P<w>จาก|ใน|ต่อ)[\u0E00-\u0E7F]{0,25} ?$")
    names = {"จาก": "from", "ใน": "in", "ต่อ": "per"}
    pair = re.compile(rf"(?P<a>{NUM}) ?(?P<ua>[\u0E01-\u0E2E][\u0E00-\u0E7F]{{0,14}})? ?\(?(?P<w>จาก|ใน|ต่อ)"
                      rf"(?P<noun>[\u0E00-\u0E7F]{{0,30}}) ?(?P<b>{NUM}) ?(?P<ub>[\u0E01-\u0E2E][\u0E00-\u0E7F]{{0,14}})?")
    whole = re.compile("ทั้งหมด|ทั้งสิ้น|จำนวน|กรอบ|เป้าหมาย")
    cands: dict[str, list] = {k: [] for k in ("from", "in", "per", "slash", "target")}
    rand, rich = [], []
    for d in docs:
        t = d["text"]
        for s, e in _sentences(t):
            seg = t[s:e]
            nums = list(re.finditer(NUM, seg))
            if len(nums) >= 2:
                rand.append((d["id"], s, e))
            for a, b in zip(nums, nums[1:]):
                between = seg[a.end():b.start()]
                if between == "/":
                    cands["slash"].append((d["id"], s, e))
                    continue
                m = link.match(between)
                if m:
                    cands[names[m["w"]]].append((d["id"], s, e))
            if len(nums) >= 2 and re.search("เป้าหมาย|ตั้งเป้า", seg):
                cands["target"].append((d["id"], s, e))
            for m in pair.finditer(seg):
                ua, ub = m["ua"] or "", m["ub"] or ""
                if whole.search(m["noun"]) or (ua and ub and ua[:3] == ub[:3]):
                    rich.append((d["id"], s, e))
                    break
    rng, used, out = random.Random(SEED), set(), []
    for kind, quota in (("from", 28), ("in", 18), ("per", 14), ("slash", 10), ("target", 10), ("random", 40)):
        pool = sorted(set(rand if kind == "random" else cands[kind]))
        rng.shuffle(pool)
        for c in pool:
            if c[0] not in used:
                used.add(c[0])
                out.append(("cand-" + kind if kind != "random" else kind,) + c)
                if sum(o[0].endswith(kind) for o in out) == quota:
                    break
    pool = sorted(set(rich))
    random.Random(SEED).shuffle(pool)
    have = {o[1:] for o in out}
    out += [("cand-whole",) + c for c in pool if c not in have]
    return out


SEED2 = 29
ANNOTATIONS2 = ROOT / "tests" / "data" / "ratios_thaigov_b2.jsonl"
MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")


def _shaped(m: re.Match, seg: str) -> bool:
    """Whether a match of draw2's "shape" patterns keeps its sentence (see draw2)."""
    groups = m.groups()
    if len(groups) == 3:  # x/y word
        return not (len(groups[1]) == 4 and groups[1][:2] in ("25", "20")) and \
            not re.search(r"(?:ครั้งที่|ที่|เลขที่|ฉบับที่|มาตรา|ข้อ|หมวด) ?$", seg[:m.start()])
    words = [g for g in groups if g and not re.fullmatch(NUM, g) and g not in ("ได้", "แล้ว", "สำเร็จ")]
    return words[0][:2] == words[1][:2]


def draw2(data: Path) -> list[tuple[str, str, int, int]]:
    """The second sample (stratum, document id, start, end), as drawn for ratios_thaigov_b2.jsonl.

    Documents: the thaigov sample's documents with an odd hexadecimal id (the first sample's held-out
    half, from which no ratio rule was written), none used by the dev gold, none named by a row of
    ratios_thaigov.jsonl. Sentences as `_sentences` cuts them. Picked by patterns over the raw text
    only (never the library's output), seed 29, at most one sentence per document:
    - "same-unit" (90): two consecutive figures each followed (one space allowed) by the same Thai
      word: the Thai letters after each, up to a space or a non-Thai character and at most 8 of
      them, agree over the shorter one's length (at least 2 letters; month names left out);
    - "link" (50): two consecutive figures with จาก, ใน, ต่อ, เป้า (ตั้งเป้า, เป้าหมาย) or "/"
      in the at most 60 characters between them;
    - "random" (30): any sentence with two or more figures.
    Strata are filled in that order; a document drawn in one is not drawn again.
    Those 170 were read and annotated first; they held no sure ratio (three undecided pairs), the
    "/" of the link stratum mostly caught dates and meeting numbers. Two strata were then added,
    again by patterns over the raw text only, from the sentences not yet drawn (a document may
    now give a second sentence, never a third):
    - "joined" (60): two consecutive figures with, between them, at most 12 Thai letters (a unit
      word), then จาก, ใน, ต่อ or ของ and at most 30 Thai letters or spaces, and none of เดิม, เป็น,
      ถึง, ปี, เดือน, วันที่, ครั้ง (changes, periods and meeting numbers);
    - "target" (30): a sentence with two or more figures and เป้า (ตั้งเป้า, เป้าหมาย), for
      achieved/target pairs across clauses.
    Those 90 held five more undecided pairs and again no sure ratio, so a last stratum takes
    every sentence left (still at most two per document, in the seeded order) of a tight shape:
    - "shape": "x/y" then a Thai word, y not a four-digit year, no ครั้งที่/ที่/เลขที่/ฉบับที่/
      มาตรา/ข้อ/หมวด just before; or เป้า, a figure and a Thai word, then within 120 characters
      ได้/แล้ว/สำเร็จ, a figure and a Thai word (or the same the other way round, achieved first),
      the two words beginning with the same two letters.
    It found one sure ratio (an achieved/target pair across clauses), so the last two strata take
    every sentence left of the joined and target pools (at most two per document, seeded order):
    - "joined-rest" and "target-rest".
    """
    paths = {v["path"] for v in json.loads(DEV_MANIFEST.read_text(encoding="utf-8")).values()}
    first = {json.loads(line)["doc"] for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if line.strip()}
    docs = [d for d in map(json.loads, data.open(encoding="utf-8"))
            if d["path"] not in paths and d["id"] not in first and int(d["id"], 16) % 2 == 1]
    word = re.compile(r" ?([\u0E00-\u0E7F]{1,8})")
    link = re.compile("จาก|ใน|ต่อ|เป้า|/")
    joined = re.compile(r"^ ?[\u0E00-\u0E7F.]{0,12} ?\(?(?:จาก|ใน|ต่อ|ของ)[\u0E00-\u0E7F ]{0,30}$")
    change = re.compile("เดิม|เป็น|ถึง|ปี|เดือน|วันที่|ครั้ง")
    unit = r"([\u0E01-\u0E2E][\u0E00-\u0E7F]{0,10})"
    shapes = (re.compile(rf"(?<![0-9/.])({NUM})/({NUM})(?![0-9/]) ?{unit}"),
              re.compile(rf"เป้า[\u0E00-\u0E7F ]{{0,40}}?({NUM}) ?{unit}.{{0,120}}?(ได้|แล้ว|สำเร็จ)"
                         rf"[\u0E00-\u0E7F ]{{0,30}}?({NUM}) ?{unit}"),
              re.compile(rf"(ได้|แล้ว|สำเร็จ)[\u0E00-\u0E7F ]{{0,30}}?({NUM}) ?{unit}.{{0,80}}?เป้า"
                         rf"[\u0E00-\u0E7F ]{{0,30}}?({NUM}) ?{unit}"))
    cands: dict[str, list] = {k: [] for k in ("same-unit", "link", "random", "joined", "target", "shape")}
    for d in docs:
        t = d["text"]
        for s, e in _sentences(t):
            seg = t[s:e]
            nums = list(re.finditer(NUM, seg))
            if len(nums) < 2:
                continue
            cands["random"].append((d["id"], s, e))
            same = linked = tied = False
            for a, b in zip(nums, nums[1:]):
                wa, wb = word.match(seg, a.end()), word.match(seg, b.end())
                if wa and wb:
                    k = min(len(wa[1]), len(wb[1]))
                    if k >= 2 and wa[1][:k] == wb[1][:k] and not wa[1].startswith(MONTHS):
                        same = True
                between = seg[a.end():b.start()]
                if len(between) <= 60 and link.search(between):
                    linked = True
                if joined.match(between) and not change.search(between):
                    tied = True
            if same:
                cands["same-unit"].append((d["id"], s, e))
            if linked:
                cands["link"].append((d["id"], s, e))
            if tied:
                cands["joined"].append((d["id"], s, e))
            if "เป้า" in seg:
                cands["target"].append((d["id"], s, e))
            if any(_shaped(m, seg) for p in shapes for m in p.finditer(seg)):
                cands["shape"].append((d["id"], s, e))
    rng, used, out = random.Random(SEED2), Counter(), []
    every = 10 ** 6
    for kind, quota, per_doc in (("same-unit", 90, 1), ("link", 50, 1), ("random", 30, 1),
                                 ("joined", 60, 2), ("target", 30, 2), ("shape", every, 2),
                                 ("joined-rest", every, 2), ("target-rest", every, 2)):
        pool = sorted(set(cands[kind.removesuffix("-rest")]))
        rng.shuffle(pool)
        have = {o[1:] for o in out}
        n = 0
        for c in pool:
            if used[c[0]] < per_doc and c not in have and n < quota:
                used[c[0]] += 1
                out.append((kind,) + c)
                n += 1
    return out


def _match(gold: list[dict], pred: list[dict], strict: bool) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if strict and (g["start"], g["end"]) != (p["start"], p["end"]):
                continue
            if g["start"] < p["end"] and p["start"] < g["end"]:
                pairs.append((-(min(g["end"], p["end"]) - max(g["start"], p["start"])), i, j))
    used_g, used_p, out = set(), set(), []
    for _, i, j in sorted(pairs):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _same(g, p) -> bool:
    if g is None:
        return p in (None, "")
    if isinstance(g, (int, float)) and isinstance(p, (int, float)):
        return math.isclose(float(g), float(p), rel_tol=1e-9, abs_tol=1e-9)
    return g == p


def evaluate(data: Path, *, show: set[str] = frozenset(), annotations: Path = ANNOTATIONS) -> dict[str, dict]:
    """Scores per split of the rows of `annotations` (the first sample unless told)."""
    rows, texts = annotated_texts(annotations, data)
    preds = {doc: [r for r in tri.extract(t).to_dicts() if r["kind"] == "ratio"] for doc, t in sorted(texts.items())}
    counts: dict[str, Counter] = {}
    for row in rows:
        text = texts[row["doc"]]
        pred = [p for p in preds[row["doc"]] if row["start"] <= p["start"] < row["end"]]
        core = [g for g in row["ratios"] if g.get("core", True)]
        optional = [g for g in row["ratios"] if not g.get("core", True)]
        c = counts.setdefault(row["split"], Counter())
        for mode in ("strict", "lenient"):
            m = _match(core, pred, mode == "strict")
            rest = [p for j, p in enumerate(pred) if j not in {j for _, j in m}]
            fp = len(rest) - len(_match(optional, rest, mode == "strict"))
            c[f"{mode}_tp"] += len(m)
            c[f"{mode}_fp"] += fp
            c[f"{mode}_fn"] += len(core) - len(m)
            if mode == "lenient":
                for i, j in m:
                    for f in FIELDS:
                        c[f"n_{f}"] += 1
                        c[f"ok_{f}"] += _same(core[i].get(f), pred[j].get(f))
                if row["split"] in show:
                    hit_g = {i for i, _ in m}
                    for i, g in enumerate(core):
                        if i not in hit_g:
                            print(f"  {row['id']} missed {text[g['start']:g['end']]!r}")
                        else:
                            p = pred[dict(m)[i]]
                            bad = [f"{f} {g.get(f)!r}≠{p.get(f)!r}" for f in FIELDS if not _same(g.get(f), p.get(f))]
                            if bad or (g["start"], g["end"]) != (p["start"], p["end"]):
                                print(f"  {row['id']} {text[g['start']:g['end']]!r} got {p['text']!r} {' '.join(bad)}")
                    opt = {j for _, j in _match(optional, rest, False)}
                    for j, p in enumerate(rest):
                        if j not in opt:
                            print(f"  {row['id']} false ratio {p['text']!r} ({p['rule']})")
    out = {}
    for split in sorted(counts, key=lambda s: s != "tune"):
        c = counts[split]
        row = {"sentences": sum(r["split"] == split for r in rows),
               "gold": c["lenient_tp"] + c["lenient_fn"]}
        for mode in ("strict", "lenient"):
            tp, fp, fn = c[f"{mode}_tp"], c[f"{mode}_fp"], c[f"{mode}_fn"]
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            row[mode] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}
        row["fields"] = {f: c[f"ok_{f}"] / c[f"n_{f}"] for f in FIELDS if c[f"n_{f}"]}
        out[split] = row
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", action="store_true", help="print the tune half's errors")
    ap.add_argument("--show-heldout", action="store_true", help="print the held-out half's errors too (not for tuning)")
    ap.add_argument("--draw", action="store_true", help="print the sample as drawn (stratum, document, offsets)")
    ap.add_argument("--draw2", action="store_true", help="print the second sample as drawn (draw2)")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--b2", action="store_true",
                       help="score the second sample (tests/data/ratios_thaigov_b2.jsonl) instead of the first")
    which.add_argument("--file", type=Path, help="score this annotation file instead of the first sample")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no thaigov sample at {args.data}: pass --data", file=sys.stderr)
        return 2
    if args.draw or args.draw2:
        for row in (draw if args.draw else draw2)(args.data):
            print(*row, sep="\t")
        return 0
    show = {"tune"} if args.show else set()
    show |= {"heldout"} if args.show_heldout else set()
    annotations = ANNOTATIONS2 if args.b2 else args.file or ANNOTATIONS
    scores = evaluate(args.data, show=show, annotations=annotations)
    print(f"code {code_version()}  annotations {annotations.name}")
    for split, s in scores.items():
        cells = "  ".join(f"{m} P/R/F1 {s[m]['p']:.2f}/{s[m]['r']:.2f}/{s[m]['f1']:.2f} (tp {s[m]['tp']} fp {s[m]['fp']} fn {s[m]['fn']})"
                          for m in ("strict", "lenient"))
        fields = " ".join(f"{f}={v:.2f}" for f, v in s["fields"].items())
        print(f"{split:<8} sentences={s['sentences']:<3} gold={s['gold']:<2} {cells}  {fields}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
