"""Try extra features of the organisation model by cross-validation, without touching the library.

    python training/org_feature_trials.py [VARIANT,VARIANT,...] [--k 4] [--drop N]

Each variant adds features to `orgmodel.token_features` (training and tagging alike) for this run
only; tagging uses crfsuite's own decoder over the features (not the library's fast decoder, which
knows only the shipped features), so the figures are the stacked reader's as `train_orgs.py --cv K`
prints them (no variant: the same pooled figures). --drop N hides N in 10 of the rules' spans while
training (chosen by a hash of the span, so reproducible), to teach the model names the rules miss.
The held-out part is never read. o41's trials (benchmarks/README.md, section o41) are the variants:

  win2    the words two before and two after (text and tag/class), as the neighbours' features
  win2w   the words two before and two after (text only)
  pre     a Thai word's first two letters            suf3    its last three letters
  len     the word's length (up to 8)                 shape   its shape (Thai T, Latin A/a, digits 9)
  bigram  the word before and this one, as a pair     pbigram the tags of the word before and this one
  rlast   the last token of a rule span (and its rule), the span position tags' end
  rprev   a rule span's first token with the word before it
  rnext   a rule span's last token with the word after it
  r2      the rule tags two before and two after
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import train_orgs  # noqa: E402

from thai_report_ie import orgmodel as M  # noqa: E402

VARIANTS = ("win2", "win2w", "pre", "suf3", "len", "shape", "bigram", "pbigram", "rlast", "rprev", "rnext", "r2")
_shipped = M.token_features
_on: set[str] = set()


def _near(view, t) -> tuple[str, ...]:
    return M._word_features(view[t.start:t.end], t.kind)[:M._NEAR]


def _shape(w: str) -> str:
    for pat, rep in ((r"[\u0E01-\u0E4E]+", "T"), (r"[A-Z]+", "A"), (r"[a-z]+", "a"), (r"[0-9]+", "9")):
        w = re.sub(pat, rep, w)
    return w[:6]


def _ends(tags, k: int) -> bool:
    return bool(tags[k]) and (k + 1 >= len(tags) or not tags[k + 1] or tags[k + 1].startswith("B:"))


def extra(view, toks, tags) -> list[list[str]]:
    n = len(toks)
    words = [view[t.start:t.end] for t in toks]
    out: list[list[str]] = [[] for _ in range(n)]
    for k, w in enumerate(words):
        f = out[k]
        thai = M._char_class(w) == "thai"
        if "win2" in _on:
            f += ["-2:" + x for x in (_near(view, toks[k - 2]) if k >= 2 else ("BOS",))]
            f += ["+2:" + x for x in (_near(view, toks[k + 2]) if k + 2 < n else ("EOS",))]
        if "win2w" in _on:
            f += ["-2:w=" + (words[k - 2] if k >= 2 else "BOS"), "+2:w=" + (words[k + 2] if k + 2 < n else "EOS")]
        if "pre" in _on and thai and len(w) > 2:
            f.append("pre=" + w[:2])
        if "suf3" in _on and thai and len(w) > 3:
            f.append("suf3=" + w[-3:])
        if "len" in _on:
            f.append(f"len={min(len(w), 8)}")
        if "shape" in _on:
            f.append("shape=" + _shape(w))
        if "bigram" in _on:
            f.append("bi=" + (words[k - 1] if k else "BOS") + "|" + w)
        if "pbigram" in _on:
            f.append("pbi=" + (_near(view, toks[k - 1])[-1] if k else "BOS") + "|" + _near(view, toks[k])[-1])
        if not tags:
            continue
        if "rlast" in _on and _ends(tags, k):
            f += ["rL", "rL=" + tags[k][2:]]
        if "rprev" in _on and tags[k].startswith("B:"):
            f.append("rB-1:w=" + (words[k - 1] if k else "BOS"))
        if "rnext" in _on and _ends(tags, k):
            f.append("rL+1:" + (_near(view, toks[k + 1])[0] if k + 1 < n else "EOS"))
        if "r2" in _on:
            if k + 2 < n and tags[k + 2]:
                f.append("r+2=" + tags[k + 2][0])
            if k >= 2 and tags[k - 2]:
                f.append("r-2=" + tags[k - 2][0])
    return out


def token_features(view, toks, rule_tags, known=None):
    return [b + tuple(x) for b, x in zip(_shipped(view, toks, rule_tags, known), extra(view, toks, rule_tags))]


def tag(view, toks, spans, probes=()):
    """orgmodel.tag decoded by crfsuite over `token_features` (probes not computed: no vetoes)."""
    tagger = M._tagger()
    if tagger is None or not toks:
        return [], [1.0] * len(probes)
    words, bounds = M._bounds(view, toks)
    seq = [toks[i] for i in words]
    tags = M.rule_tags(seq, spans)
    out: list[tuple[int, int]] = []
    for lo, hi in bounds:
        out += M.spans_from_labels(seq, tagger.tag(token_features(view, seq[lo:hi], tags[lo:hi])), range(lo, hi))
    return out, [1.0] * len(probes)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="?", default="", help="comma-separated, of: " + " ".join(VARIANTS))
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--drop", type=int, default=0, help="hide N in 10 of the rules' spans while training")
    a = ap.parse_args()
    _on.update(v for v in a.variants.split(",") if v)
    if _on - set(VARIANTS):
        sys.exit(f"unknown variants: {sorted(_on - set(VARIANTS))}")
    M.token_features, M.tag = token_features, tag
    if a.drop:
        shipped_spans = train_orgs.training_spans

        def training_spans(doc, mined):
            v = doc.view
            return [s for s in shipped_spans(doc, mined) if zlib.crc32(f"{v[s[0]:s[1]]}|{s[0]}".encode()) % 10 >= a.drop]

        train_orgs.training_spans = training_spans
    train_orgs.STACKED_ONLY = True
    return train_orgs.cross_validate(list(train_orgs.orgdata.training_rows([])), a.k)


if __name__ == "__main__":
    sys.exit(main())
