"""m28's judged sample of money subjects (issue 10), fresh beside m25–m27's: half A's last unjudged money and news.

draw:  python benchmarks/m28_sample.py draw DUMP THAINER_DUMP NNER_DUMP > sample.jsonl
       Half A is used up for money: outside the money rows' windows, at NEAR = 30 characters from any record of a
       judged benchmarks/*.jsonl sample, 200 records are left in 12 documents, three a document 26
       (m25_sample.draw_near, seed 28, as m27 drew). The sample takes those 26 and adds the money records of
       ../shared/data/thainer_1_5/dev.jsonl lines the organisation model may train on (training/orgdata.may_train:
       even hex id, not ThaiNER's own test split; "src": "thainer", at most 3 a line) and every money record of
       ../shared/data/thai_nner_sample/dev.jsonl ("src": "nner"). THAINER_DUMP and NNER_DUMP are
       `dump_records.py` over those two files.
show:  python benchmarks/m28_sample.py show SAMPLE   (contexts without the library's subject, for judging)
score: python benchmarks/m28_sample.py score DUMP THAINER_DUMP NNER_DUMP [JUDGED] [-v]   (graded as m25_sample.py
       grades: "gold" a list of alternatives (None among them: null is right too), [] = null due, "?" rows left out)
"""
import json
import sys
from pathlib import Path

from m25_sample import _texts, draw_near, in_rounds  # benchmarks/ is the script's folder, on sys.path
from r24_sample import _load, count_graded

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
from orgdata import may_train  # noqa: E402  (training/ holds the ThaiNER split's rule)

JUDGED = ROOT / "benchmarks" / "m28_judged.jsonl"
DATA = ROOT.parent / "shared" / "data"
NEWS = {"thainer": DATA / "thainer_1_5" / "dev.jsonl", "nner": DATA / "thai_nner_sample" / "dev.jsonl"}
SEED = 28
NEAR = 30
PER_DOC = 3
N = 100


def _news_texts(src):
    with open(NEWS[src], encoding="utf-8") as f:
        return {o["id"]: o for o in map(json.loads, filter(str.strip, f))}


def _news_rows(src, dump, first):
    """Every money record of the `src` dump (ThaiNER: lines it may train on only), in rounds, numbered from `first`."""
    texts = _news_texts(src)
    keys = sorted((doc, r["start"], r["end"]) for doc, recs in _load(dump).items()
                  if src != "thainer" or may_train(texts[doc]) for r in recs if r["kind"] == "money")
    return [{"kind": "money", "src": src, "doc": doc, "start": start, "end": end, "n": first + k}
            for k, (doc, start, end) in in_rounds(keys, SEED, PER_DOC, len(keys))]


def draw(dump, thainer_dump, nner_dump):
    rows, candidates, documents = draw_near(dump, "money", SEED, NEAR, (JUDGED, ROOT / "benchmarks" / "m28_sample.jsonl"), N)
    print(f"{candidates} candidates in {documents} documents", file=sys.stderr)
    rows += _news_rows("thainer", thainer_dump, len(rows))
    rows += _news_rows("nner", nner_dump, len(rows))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def show(sample, before=260, after=90):
    texts = {"thaigov": _texts(), "thainer": _news_texts("thainer"), "nner": _news_texts("nner")}
    for line in open(sample, encoding="utf-8"):
        row = json.loads(line)
        t = texts[row.get("src", "thaigov")][row["doc"]]["text"]
        s, e = row["start"], row["end"]
        print(f"--- {row['n']} {row.get('src', 'thaigov')} {row['doc']} {s}")
        print(t[max(0, s - before):s].replace("\n", "⏎") + "[[" + t[s:e] + "]]" + t[e:e + after].replace("\n", "⏎"))


def score(dump, thainer_dump, nner_dump, judged=JUDGED, verbose=False):
    dumps = {"thaigov": _load(dump), "thainer": _load(thainer_dump), "nner": _load(nner_dump)}
    tallies = {}
    for line in open(judged, encoding="utf-8"):
        row = json.loads(line)
        if row["gold"] == "?":
            continue
        src = row.get("src", "thaigov")
        got = next((r.get("subject") for r in dumps[src].get(row["doc"], ())
                    if r["kind"] == "money" and r["start"] == row["start"]), None)
        for key in (src, "all"):
            g = count_graded(tallies.setdefault(key, [0] * 5), row["gold"], got)
        if verbose and g < 2:
            print(row["n"], src, ["wrong", "partial"][g], repr(got), row["gold"], row.get("class"))
    for key in ("thaigov", "thainer", "nner", "all"):
        n, exact, partial, nulls, due = tallies.get(key, [0] * 5)
        if n:
            print(f"money {key} ({n}): exact {exact} ({exact / n:.3f}), partial or better {partial} "
                  f"({partial / n:.3f}), wrong {n - partial - nulls}, null given where a subject stands {nulls}, "
                  f"a subject given where null due {due}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args[0] == "draw":
        draw(*args[1:4])
    elif args[0] == "show":
        show(args[1])
    else:
        score(*args[1:], verbose=verbose)
