"""Rebuild thai_report_ie/data/org_short_names.tsv: names of bodies written bare, with no head word.

    python training/mine_org_names.py [--out PATH]

Two sources, both data this project may use (never ThaiNER's full/test release or other corpora):

1. Gold organisation names of the ThaiNER 1.5 dev *training* part and the Thai-NNER sample
   (`training/orgdata.py`'s split; the held-out part is never read) that no head word opens and no
   known form is: kept when the name is an organisation in at least half of its occurrences on token
   boundaries in those same texts (all of them when it is marked once).
2. The 2,000 thaigov sample documents: the name after a `discourse_head` (org_generic.tsv: บริษัท,
   พรรค, สโมสร, หนังสือพิมพ์ ...) that the rules find in at least two documents, as the bare name
   that `_Scan.bare_name` derives (no " จำกัด", no " (มหาชน)"), in Thai letters (a Latin name bare
   in Thai prose is as often the product: "วัคซีน AstraZeneca").

Either way a name passes `_Scan.bare_name`'s test (no dictionary word, common noun, verb, pronoun,
country or province; four Thai letters or three Latin ones at least), has no digit or dot, opens
with no position or title, is no known form already and none after a stray letter or two, and is no
`not_short_name` of org_generic.tsv (names read in the thaigov sample and refused). The file is sorted, so the same data give the same file.
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from thai_report_ie.document import Document  # noqa: E402
from thai_report_ie.extractors import organisations as orgs  # noqa: E402
from training import orgdata  # noqa: E402

OUT = ROOT / "thai_report_ie" / "data" / "org_short_names.tsv"
THAIGOV = orgdata.SHARED / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
MIN_GOV_DOCS = 2
HEADER = """# Names of bodies written bare, with no head word ("แอร์บัส", "เพื่อไทย"): an org.short_name record,
# `name` the full name. Source: mined by training/mine_org_names.py (rerun it to rebuild this file) from
# (a) gold organisation names of the ThaiNER 1.5 dev training part and the Thai-NNER sample that no head
# opens, an organisation in at least half of their occurrences there (source "thainer"), and (b) the names
# after a discourse_head (บริษัท, พรรค, ...) in at least two of the 2,000 thaigov sample documents (source
# "thaigov"); each passes the bare-name test of the organisation rules (no common word, place or verb).
# Licences: ThaiNER 1.5 CC-BY 3.0 (Wannaphong Phatthiyaphaibun), Thai-NNER CC-BY-SA 3.0 (VISTEC-AI),
# thaigov-v2 public domain. Names only; no sentence of the corpora.
"""


def plausible(name: str, *, gold: bool = False) -> bool:
    """Does `name`, written alone, pass the rules' bare-name test and have no digit or dot?

    `gold` (a name marked in the ThaiNER training part or the Thai-NNER sample): a name the segmenter
    keeps as one word of its dictionary passes too when ORCHID gives that word no tag (a transliterated
    name: "ดาวโจนส์", "ซีเมนส์", "เคเอฟซี"; a tagged word is a common noun, verb or place) and it is no
    minister's short form ("มหาดไทย"), verb, stop word, place or country, and no word of a known name
    ("ขนส่ง" of "บริษัท ขนส่ง จำกัด"): its occurrences in those texts then decide, as for every mined name."""
    if re.search(r"[0-9.()\\\u200b\ufeff]", name) or name != name.strip() or "  " in name:
        return False
    scan = orgs._Scan(Document(name))
    lex = scan.lex
    if any(lex.stops.get(name[:k]) in ("position", "title") for k in range(2, len(name))) \
            or name.startswith(lex.person_titles):
        return False  # "เอกอัครราชทูต...": a position, a person's title
    if name in lex.generic.get("not_short_name", ()):
        return False  # read and refused: "อนามัยโลก" (สมัชชาอนามัยโลก), "BTS" (a railway line)
    known = {f for f, form in lex.forms.items() if form.rule != "org.short_name"}  # not this file's own
    if any(name[k:] in known for k in range(1, 5)):
        return False  # "การ|กระทรวงการท่องเที่ยวและกีฬา": a known name with a stray letter
    if name in known or scan.head_at(0) is not None:
        return False
    if scan.bare_name(0, len(name)) == name:
        return True
    return gold and transliterated(scan, name, known)


def transliterated(scan: orgs._Scan, name: str, known: set[str]) -> bool:
    """Is `name` one dictionary word with no ORCHID tag that names nothing else (see `plausible`)?"""
    lex = scan.lex
    if len(scan.toks) != 1 or len(name) < 4 or not orgs._THAI_LETTER.match(name) \
            or name not in orgs._dictionary() or name in orgs._orchid_tags():
        return False
    if name in lex.shorts or name in lex.verbs or name in lex.stops or name in orgs._places() \
            or name in orgs._countries():
        return False
    return not any(name in f for f in known)


def aligned(doc: Document, s: int, e: int) -> bool:
    return doc.is_boundary(s) and doc.is_boundary(e)


def from_thainer() -> dict[str, str]:
    rows = [*orgdata.thainer("train"), *orgdata.read_jsonl(orgdata.NNER)]
    gold: collections.Counter = collections.Counter()
    for r in rows:
        for s, e in orgdata.org_spans(r):
            gold[r["text"][s:e]] += 1
    names = [g for g in gold if plausible(g, gold=True)]
    if not names:
        return {}
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    seen: collections.Counter = collections.Counter()
    for r in rows:
        doc = Document(r["text"])
        for m in pattern.finditer(r["text"]):
            if aligned(doc, *m.span()):
                seen[m.group()] += 1
    out = {}
    for g in names:
        n, o = gold[g], max(seen[g], gold[g])
        if (n == o) if n == 1 else (2 * n >= o):
            out[g] = g
    return out


def from_thaigov() -> dict[str, str]:
    docs: collections.defaultdict = collections.defaultdict(set)
    full: collections.defaultdict = collections.defaultdict(collections.Counter)
    with THAIGOV.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            scan = orgs._Scan(Document(d["text"]))
            heads = scan.lex.generic.get("discourse_head", frozenset())
            for found in scan.run():
                if found.rule not in ("org.head", "org.head_acronym"):
                    continue
                head = scan.head_at(found.start)
                if head not in heads:
                    continue
                bare = scan.bare_name(found.start + len(head), found.end)
                if bare is not None:
                    docs[bare].add(d["id"])
                    full[bare][found.name] += 1
    return {b: full[b].most_common(1)[0][0] for b, ids in docs.items()
            if len(ids) >= MIN_GOV_DOCS and orgs._THAI_LETTER.search(b) and plausible(b)}


def main_to(out: pathlib.Path) -> int:
    """Mine both sources and write the file to `out`."""
    rows = {name: (name, "thainer") for name in from_thainer()}
    for bare, name in from_thaigov().items():
        rows.setdefault(bare, (name, "thaigov"))
    with out.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("short\tname\tsource\n")
        for short in sorted(rows):
            f.write(f"{short}\t{rows[short][0]}\t{rows[short][1]}\n")
    print(f"{len(rows)} names -> {out}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    return main_to(ap.parse_args().out)


if __name__ == "__main__":
    sys.exit(main())
