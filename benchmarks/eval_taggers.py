"""Which word classes the subject reader should use: PyThaiNLP's tag dictionaries (unigram, one
class a word, what phrases.py ships) or its perceptron taggers run on the window before each number
(a class in context). Both are bundled in the pythainlp wheel and run offline.

Scores the dev gold subjects (quantity, money, percentage) and the project's own thaigov
annotations with each tagger, and times extract() over the same documents.

    python benchmarks/eval_taggers.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import DEFAULT_DATA, ROOT  # noqa: E402
from benchmarks.eval_subjects import evaluate  # noqa: E402

import thai_report_ie as tri  # noqa: E402
from thai_report_ie import phrases  # noqa: E402

DEV = ROOT.parent / "shared" / "gold" / "dev"
_ORCHID_TO_CLASS = {t: c for c, tags in phrases._ORCHID.items() for t in tags}


def _perceptron(corpus: str):
    """A word_class that answers from the perceptron's tags of the current window."""
    from pythainlp.tag import pos_tag

    context: dict[str, str] = {}
    original_read = phrases.read_subject
    original_class = phrases.word_class

    def word_class(word: str) -> str:
        return context.get(word) or original_class(word)

    def read_subject(doc, pos, *, left_limit=0, _depth=0):
        toks = doc.tokens_before(pos, phrases.WINDOW_TOKENS)
        words = [t.text for t in toks if t.kind == "word"]
        context.clear()
        for w, tag in pos_tag(words, engine="perceptron", corpus=corpus):
            c = _ORCHID_TO_CLASS.get(tag) or phrases._UD.get(tag)
            if c:
                context[w] = c
        for r in phrases.load_tsv("phrase_words"):  # the project's overrides still win
            if r["role"] == "tag":
                context[r["word"]] = r["value"]
        return original_read(doc, pos, left_limit=left_limit, _depth=_depth)

    return read_subject, word_class


def _dev_subjects() -> dict[str, tuple[int, int]]:
    scores = {k: [0, 0, 0] for k in ("quantity", "money", "percentage")}
    for f in sorted(DEV.glob("dev-*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = f.with_suffix(".txt").read_text(encoding="utf-8")
        pred = {(r["kind"], r["start"]): r for r in tri.extract(text).to_dicts()}
        for g in gold["records"]:
            if g["kind"] in scores and "subject" in g and (g["kind"], g["start"]) in pred:
                p = pred[(g["kind"], g["start"])].get("subject")
                s = scores[g["kind"]]
                s[0] += 1
                s[1] += g["subject"] == p or (g["subject"] is None and not p)
                s[2] += (g["subject"] is None and not p) or bool(g["subject"] and p and (g["subject"] in p or p in g["subject"]))
    return {k: f"{v[1] / v[0]:.2f}/{v[2] / v[0]:.2f} (n={v[0]})" for k, v in scores.items() if v[0]}


def _timed(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main() -> int:
    if not DEV.exists():
        print(f"no dev gold at {DEV}", file=sys.stderr)
        return 2
    texts = [f.read_text(encoding="utf-8") for f in sorted(DEV.glob("dev-*.txt"))]
    runs = {"unigram dictionaries (shipped)": None, "perceptron orchid": "orchid", "perceptron tud": "tud"}
    for name, corpus in runs.items():
        if corpus is None:
            dev, own = _dev_subjects(), evaluate(DEFAULT_DATA)
            secs = _timed(lambda: [tri.extract(t) for t in texts])
        else:
            read, wc = _perceptron(corpus)
            saved = phrases.read_subject, phrases.word_class
            phrases.read_subject, phrases.word_class = read, wc
            try:
                dev, own = _dev_subjects(), evaluate(DEFAULT_DATA)
                secs = _timed(lambda: [tri.extract(t) for t in texts])
            finally:
                phrases.read_subject, phrases.word_class = saved
        own_s = "  ".join(f"{k} {v['exact']:.2f}/{v['partial']:.2f}" for k, v in own.items())
        print(f"{name:<32} dev exact/partial {dev}  own {own_s}  extract(dev) {secs:.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
