"""What a number counts: a noun-phrase reading of the words before it.

`read_subject(doc, pos)` reads leftwards from the number at `pos`, only around it (a window of
tokens, so the cost is a few dictionary look-ups a number, whatever the document's length):

1. **the gap**: skip what stands between a subject and its number: connectors and predicates
   (จำนวน, ทั้งหมด, ยังอยู่ที่, คิดเป็น, เพิ่มขึ้น), auxiliaries, a date with its lead words
   ("ณ สิ้นเดือนมิถุนายน 2568"), a parenthesis, an acronym, an ordinal ("ระยะที่ 1"), "X ละ"
   (วันละ, คนละ) and one figure that the number restates ("160,498 ล้านบาท หรือคิดเป็นร้อยละ 82");
2. **the phrase**: take words leftwards up to a stop verb (มี, รับ, ...), an auxiliary (ได้, จะ),
   a conjunction, punctuation, a space or a line end; a space is crossed before ๆ and between
   Latin words ("walk in");
3. **trim**: drop leading function words and verbs (a subject never starts with a verb,
   auxiliary or adverb unless the phrase has no noun), trailing modifiers (สะสม, มากที่สุด),
   a trailing predicate ("นักท่องเที่ยวต่างชาติเดินทางเข้าไทย" → นักท่องเที่ยวต่างชาติ) and
   a long relative clause; "ผลการเบิกจ่ายของรัฐวิสาหกิจ 44 แห่ง" counts รัฐวิสาหกิจ;
4. **null** when the text names nothing: a duration or age ("3 ปี"; "อายุ 18-60 ปี" gives อายุ),
   a preposition right before the number ("ใน 27 จังหวัด", "จาก 5 ประเทศ"), a verb whose object
   the number is ("ตรวจไปแล้ว 4.5 หมื่นราย"), a phrase with no noun.

Word classes come from the tag dictionaries PyThaiNLP ships in its wheel (ORCHID, TDTB, TUD and
UD unigram tables, read once from the installed package: no download), with the project's
overrides in data/phrase_words.tsv. The words the reader looks for are in data/phrase_words.tsv
and data/subject_words.tsv.
"""
from __future__ import annotations

import bisect
import functools
import json
from typing import Any, Iterator, Mapping, NamedTuple

import regex

from .document import Document
from .lexicon import alternation, grammar, lexicon_cache, load_tsv, longest_first, words
from .records import Token

__all__ = ["Subject", "dates_of", "read_respective", "read_subject", "read_subject_after", "word_class"]

# Caches keyed by words of the text are bounded: a library reading millions of documents must
# not grow with its vocabulary (least recently used words out).
WORD_CACHE = 65536

WINDOW_TOKENS = 48  # tokens before a number that the reader looks at
MAX_PHRASE_TOKENS = 14  # a subject is at most this many tokens
MAX_PAREN_CHARS = 90  # a parenthesis this long or shorter is skipped in the gap
KEEP_AFTER_RELATIVE = "ไว้"
WHOLE = ("ทั้ง",)
NOMINALISERS = ("การ",)  # glued before a verb, it makes it a noun (q28: whole_classifier); not ความ, a quality
# ("รับทราบความคืบหน้าทั้ง 4 เรื่อง": the matters, not the progress; rev27c)
NOUN_CLASSIFIERS = ("เรื่อง", "สาขา", "รุ่น")  # q28's whole_classifier rows: nouns as well as classifiers


@lexicon_cache
def _amount_heads() -> tuple[str, ...]:
    """Nouns naming an amount (phrase_words measure_head, percent_subject_words money_head): "ยอดขาย", "งบประมาณ"."""
    return tuple(sorted(words("phrase_words", role="measure_head") | words("percent_subject_words", role="money_head")
                        | {"งบประมาณ", "รายได้"}))
PER = "ต่อ"
COMPLETE = "ครบ"  # "ครบทุกแผนก": complete in every one, before ทุก
ABSTRACT = "ความ"  # "ชุมชนที่มีความพร้อม": a quality is possessed, never what a classifier counts
ABBREVIATION = "ฯ"  # paiyannoi: ends an abbreviated name, part of the word glued before it
GLUED_AUX = ("ได้", "แล้ว")  # auxiliaries the segmenter glues to the verb before them
MAX_RESTATED = 6  # figures a number may reach back through: "X 34 แห่ง จำนวน 84,792 ล้านบาท หรือคิดเป็นร้อยละ 69", lists
LONG_RELATIVE = 3  # "X ที่ ..." with this many words or more after ที่ is cut to X
LONG_SUBJECT_RELATIVE = 5  # ... unless X is the clause's subject (a verb follows ที่): then this many

_LATIN = regex.compile(r"[A-Za-z][A-Za-z\-]*")
_THAI_WORD = regex.compile(r"[\u0E01-\u0E4E]+(?:[.\-][\u0E01-\u0E4E]+)*\.?|[A-Za-z][A-Za-z\-]*")
_ORCHID = {
    "N": ("NCMN", "NPRP", "NCNM", "NONM", "NLBL", "NTTL", "PPRS", "PDMN", "PNTR", "CNIT", "CLTV", "CMTR",
          "CFQC", "CVBL", "FIXN"),
    "V": ("VACT", "VSTA"), "ADJ": ("VATT",), "AUX": ("XVBM", "XVAM", "XVMM", "XVBB", "XVAE"),
    "ADV": ("ADVN", "ADVI", "ADVP", "ADVS", "FIXV", "NEG"), "DET": ("DDAN", "DDAC", "DDBQ", "DDAQ", "DIAC",
                                                                     "DIBQ", "DIAQ"),
    "NUM": ("DCNM", "DONM"), "C": ("JCRG", "JCMP", "JSBR"), "P": ("RPRE",), "PUNC": ("PUNC",),
}
_UD = {"NOUN": "N", "PROPN": "N", "PRON": "N", "VERB": "V", "ADJ": "ADJ", "AUX": "AUX", "ADV": "ADV",
       "ADP": "P", "CCONJ": "C", "SCONJ": "C", "DET": "DET", "NUM": "NUM", "PART": "ADV", "PUNCT": "PUNC"}
_TAG_FILES = ("pos_orchid_unigram.json", "tdtb-unigram_tagger.json", "pos_tud_unigram.json",
              "pos_ud_unigram-v0.2.json")


_QTY: Any = None  # the quantities module, imported on first use


def _qty():
    """The quantities extractor module, imported on first use (it imports linking, which reads here)."""
    global _QTY
    if _QTY is None:
        from .extractors import quantities

        _QTY = quantities
    return _QTY


class Subject(NamedTuple):
    text: str
    start: int
    end: int


@functools.lru_cache(maxsize=None)
def tag_dictionary(name: str) -> Mapping[str, str]:
    """One of PyThaiNLP's bundled unigram tag dictionaries (`_TAG_FILES`: word → its tag), read once per process
    (no lexicon changes it); empty when pythainlp has no such data. Read only: it is shared."""
    from importlib.resources import files

    try:
        return json.loads(files("pythainlp.corpus").joinpath(name).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):  # pragma: no cover - pythainlp without its bundled data
        return {}


@lexicon_cache
def _tag_table() -> dict[str, str]:
    """word → coarse class (N V ADJ AUX ADV P C DET NUM PUNC), first dictionary that knows it wins."""
    orchid = {t: c for c, tags in _ORCHID.items() for t in tags}
    table: dict[str, str] = {}
    for name in _TAG_FILES:
        for w, tag in tag_dictionary(name).items():
            c = orchid.get(tag) or _UD.get(tag)
            if c and w not in table:
                table[w] = c
    for r in load_tsv("phrase_words"):
        if r["role"] == "tag":
            table[r["word"]] = r["value"]
    for w in words("subject_words", role="nominaliser"):
        table[w] = "N"
    return table


@lexicon_cache
def _orchid_sets() -> tuple[frozenset[str], frozenset[str]]:
    """From the bundled ORCHID dictionary: words tagged as classifiers (CNIT, CLTV, CMTR, CFQC, CVBL:
    แห่ง, ชนิด, ฉบับ, คน, but not nouns that serve as their own classifier: ประเทศ, หน่วยงาน,
    จังหวัด), and stative verbs (VSTA: ได้รับ, ประสบ)."""
    raw = tag_dictionary(_TAG_FILES[0])
    return (frozenset(w for w, tag in raw.items() if tag in ORCHID_CLASSIFIER_TAGS),
            frozenset(w for w, tag in raw.items() if tag == "VSTA"))


def _orchid_classifiers() -> frozenset[str]:
    return _orchid_sets()[0]


ORCHID_CLASSIFIER_TAGS = ("CNIT", "CLTV", "CMTR", "CFQC", "CVBL")


@lexicon_cache
def _nominal_prefixes() -> tuple[str, ...]:
    return tuple(sorted(words("phrase_words", role="nominal_prefix")))


@lexicon_cache(maxsize=WORD_CACHE)
def word_class(word: str) -> str:
    """The coarse class of a word: N V ADJ AUX ADV P C DET NUM PUNC; unknown words are N (a
    report's unknown compounds are names and terms far more often than verbs)."""
    if _LATIN.fullmatch(word):
        return "N"
    known = _tag_table().get(word)
    if known in ("V", "ADJ") and word.startswith(_nominal_prefixes()) and len(word) > 4:
        return "N"  # "ความผิดพลาด", "ผู้เสียหาย": a nominalised verb is a noun
    if known:
        return known
    if not _THAI_WORD.fullmatch(word):
        return "PUNC"
    # a segmenter's glued verb + auxiliary ("รับได้", "ทำได้") is a verb
    return "V" if word.endswith(GLUED_AUX) and len(word) > 4 else "N"


@lexicon_cache
def _w() -> dict[str, frozenset[str]]:
    sub = {r: words("subject_words", role=r) for r in ("stop", "connector", "lead", "nominaliser")}
    sub["stop"] = sub["stop"] | words("phrase_words", role="stop_extra")
    ph = {r: words("phrase_words", role=r) for r in ("gap", "date_lead", "trail", "null_before", "age",
                                                     "relative", "of", "act", "target", "compare", "postposed", "gap_alone",
                                                     "ratio_cue", "progressive", "open_range", "count_word", "directional",
                                                     "dative", "person_unit", "age_cycle", "age_name", "distribution", "possess",
                                                     "amount_lead", "not_label", "frame", "glued_prep",
                                                     "agent", "aux_compound", "aux_noun", "negated_modal",
                                                     "every", "new_value", "from", "cumulative", "list_end", "examples", "object_unit", "term_verb",
                                                     "unit_verb", "age_prefix", "per_head", "source_before", "whole_unit", "number_name",
                                                     "measure_head", "time_frame", "demonstrative", "household", "condition", "act_count",
                                                     "directional_to", "medicine", "superlative", "area_unit", "area_head", "give_verb",
                                                     "undergo_verb", "whole_classifier", "period_number", "year_word",
                                                     "extent_noun", "dimension_unit", "glued_qualifier", "receive_verb",
                                                     "decision", "condition_noun", "aspect_unit", "aspect_in", "agent_body", "same_time",
                                                     "owner_only")}
    # derived: the tokens a distribution word may be read as (ใน|พื้นที่ ends with พื้นที่)
    ph["distribution_tails"] = frozenset(d[k:] for d in ph["distribution"] for k in range(len(d)))
    return {**sub, **ph}


def _is_wordish(t: Token) -> bool:
    return t.kind == "word" and _wordish_text(t.text)


_WORDISH: dict[str, bool] = {}  # a memo of a fixed pattern, not of lexicon data
MAX_WORDISH_MEMO = 200_000


def _wordish_text(text: str) -> bool:
    got = _WORDISH.get(text)
    if got is None:
        if len(_WORDISH) > MAX_WORDISH_MEMO:
            _WORDISH.clear()
        got = _WORDISH[text] = bool(_THAI_WORD.fullmatch(text))
    return got


def dates_of(doc: Document) -> list:
    """The document's date records, extracted once a document: `extract()` runs this in place of
    the dates extractor, so the reader's look-ups cost nothing more."""
    cached = doc.__dict__.get("_dates")
    if cached is None:
        from .extractors.dates import extract_dates

        cached = doc.__dict__["_dates"] = extract_dates(doc)
    return list(cached)


def _date_spans(doc: Document) -> tuple[list[int], list[int]]:
    """Starts and ends of the document's dates, computed once a document."""
    cached = doc.__dict__.get("_phrase_date_spans")
    if cached is None:
        spans = sorted((d.start, d.end) for d in dates_of(doc))
        cached = ([s for s, _ in spans], [e for _, e in spans])
        doc.__dict__["_phrase_date_spans"] = cached
    return cached


def _date_containing(doc: Document, offset: int) -> int | None:
    """Start of the date that contains `offset`, if one does."""
    starts, ends = _date_spans(doc)
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0 and ends[k] > offset:
        return starts[k]
    return None


QUALIFIER_REACH = 16  # a qualifier written before the number ("ไม่น้อยกว่า") is at most this long


def _unit_of_number_at(doc: Document, pos: int):
    """The unit written after the number at `pos`, or after a qualifier that starts at `pos`
    ("ไม่เกิน 65 ปี"); None for a percentage or a bare figure."""
    unit_after = _qty().unit_after
    k = bisect.bisect_left(doc._number_starts, pos)
    if k < len(doc.numbers) and doc.numbers[k].start - pos <= QUALIFIER_REACH \
            and "\n" not in doc.text[pos:doc.numbers[k].start]:
        units = doc.__dict__.setdefault("_phrase_units", {})
        if k not in units:
            units[k] = unit_after(doc, doc.numbers[k].end)
        return units[k]
    return None


def _is_unit_word(text: str) -> bool:
    return text in _qty()._units()[0]


class _Gap(NamedTuple):
    end_index: int  # index of the last token of the gap's left side (where the phrase ends), -1 if none
    null: bool  # the text names nothing: stop with no subject
    restates: int | None = None  # start of a figure this number restates: its subject is this one's
    bounded: bool = False  # a figure bounding the subject was stepped over ("ผู้สูงอายุ 60 ปีขึ้นไป")
    whole: bool = False  # ทั้ง stood right before the number ("เรือนจำ…ทั้ง 4 แห่ง")
    spaced: bool = False  # with a space between the noun and ทั้ง ("หน่วยงานผู้รับผิดชอบ… ทั้ง 6 หน่วยงาน")


GAP_REACH = 24  # a gap word ending at a token is at most this long


@lexicon_cache
def _gap_words_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The gap words (connectors and gap words), grouped by length, longest first."""
    w = _w()
    words_ = w["connector"] | w["gap"]
    return tuple((n, frozenset(x for x in words_ if len(x) == n))
                 for n in sorted({len(x) for x in words_}, reverse=True) if 0 < n <= GAP_REACH)


@lexicon_cache
def _gap_last_letters() -> frozenset[str]:
    """The last letter of every word `_gap_word_ending` may find."""
    return frozenset(x[-1] for _, group in _gap_words_by_length() for x in group)


def _gap_word_ending(view: str, end: int) -> tuple[int, str] | None:
    """(start, word) of the longest gap word ending at `end` (it may span several tokens: คิด|เป็น);
    a few slices and set look-ups, not a regex search; none when no gap word ends with the letter before `end` (s38)."""
    if view[end - 1:end] not in _gap_last_letters():
        return None
    for n, group in _gap_words_by_length():
        if n <= end and view[end - n:end] in group:
            return end - n, view[end - n:end]
    return None


NOUN_TAIL_CHANGE = "เพิ่ม"  # ends a noun the segmenter keeps whole: "ภาษีมูลค่าเพิ่ม", "มูลค่าเพิ่ม"


def _gap_after_noun_tail(doc: Document, toks: list[Token], i: int, g: tuple[int, str] | None) -> tuple[int, str] | None:
    """ "ภาษีมูลค่าเพิ่ม|เป็นร้อยละ 10": the longest gap word ending at token i (เพิ่มเป็น) starts inside the noun
    before it, so the reader skipped nothing and read nothing; when that noun ends in เพิ่ม and token i alone is a gap
    word, token i is the gap (p28). Not "ได้คิด|เป็น", "ที่สูง|ถึง" (the segmenter's cuts: no skip, as before)."""
    if g is None or doc.is_boundary(g[0]) or i == 0:
        return g
    t, prev = toks[i], toks[i - 1]
    if prev.kind != "word" or prev.end != t.start or not prev.text.endswith(NOUN_TAIL_CHANGE) \
            or len(prev.text) <= len(NOUN_TAIL_CHANGE) + 2 or g[0] != prev.end - len(NOUN_TAIL_CHANGE):
        return g
    short = _gap_word_ending(doc.view, t.end)
    alone = t.text if t.text in (_w()["connector"] | _w()["gap"]) else None
    return (t.start, alone) if alone is not None and short is not None else g


HAVE_PREDICATES = frozenset({"มีงานทำ"})  # gap words that predicate the noun glued before them (employed)
HAVE_NAMERS = ("ผู้", "ที่", "ซึ่ง")  # glued before มี + …, the having is inside a name: "ผู้|มีงานทำ", "ผู้ที่|มีงานทำ"


def _have_inside_name(view: str, gap: tuple[int, str]) -> bool:
    """True when a predicate gap word ("มีงานทำ") is no gap: after ผู้/ที่/ซึ่ง glued it names the people (ผู้มีงานทำ),
    and with no word glued before it ("27,463 คน มีงานทำแล้ว ร้อยละ 92.90") it is the label the figure measures."""
    if gap[1] not in HAVE_PREDICATES:
        return False
    before = view[gap[0] - 1] if gap[0] else " "
    glued = before.isalpha() or "\u0e01" <= before <= "\u0e4e"  # a Thai vowel or tone mark ends a word too
    return not glued or view.endswith(HAVE_NAMERS, max(0, gap[0] - 4), gap[0])


@lexicon_cache
def _gap_endings() -> frozenset[str]:
    w = _w()
    return frozenset(g[k:] for g in w["connector"] | w["gap"] for k in range(len(g)))


@lexicon_cache(maxsize=WORD_CACHE)
def _ends_a_gap_word(text: str) -> bool:
    """Whether a gap word may end with this token (a cheap test before the regex)."""
    endings = _gap_endings()
    return any(text[k:] in endings for k in range(len(text)))


def _index_ending_by(toks: list[Token], offset: int, hi: int) -> int:
    """Index of the last token (at or before `hi`) that ends at or before `offset`."""
    i = hi
    while i >= 0 and toks[i].end > offset:
        i -= 1
    return i


@lexicon_cache
def _relative_change_re() -> regex.Pattern:
    changes = alternation(words("phrase_words", role="relative_change"))
    net = alternation(words("phrase_words", role="net"))
    return regex.compile(rf"(?<=[^ ][ ])ที่[ ]?(?:{changes})(?:[ ]?(?:{net}))?\Z")


_AT_WORD = "ที่"
RELATIVE_CHANGE_REACH = 32  # characters before a gap searched for "ที่ปรับเพิ่มขึ้นสุทธิ"


def _relative_change_start(doc: Document, toks: list[Token], i: int) -> int | None:
    """ "การปรับปรุงแผนการกู้เงินใหม่ ที่ปรับเพิ่มขึ้นสุทธิ 5,120 ล้านบาท": a space, ที่ and a change (`relative_change`
    rows, a `net` word after) ending at token i are a relative clause of the phrase before the space, whose change
    the figure is: the index of the phrase's last token (a noun, an adjective or a nominalised act), else None.
    Not ที่ glued to its noun ("ส่วนที่เพิ่มขึ้น", "ผู้ที่ลดลง": the part or the people that changed)."""
    t = toks[i]
    lo = max(0, t.end - RELATIVE_CHANGE_REACH)
    m = _relative_change_re().search(doc.view, lo, t.end) if t.kind == "word" and doc.view.find(_AT_WORD, lo, t.end) >= 0 \
        else None  # every match holds ที่: a window without it is not searched (s27)
    if m is None or not doc.is_boundary(m.start()):
        return None
    k = _before_spaces(toks, _index_ending_by(toks, m.start(), i))
    if k < 0 or toks[k].kind != "word" or toks[k].text in _w()["stop"] \
            or word_class(toks[k].text) not in ("N", "ADJ") and not toks[k].text.startswith(_nominal_prefixes()):
        return None
    return k


LIST_JOINERS = ("", "และ", ",")  # between figures of one list: "ผู้ป่วย 120 ราย 80 ราย และ 45 ราย"


def _skip_gap(doc: Document, toks: list[Token], i: int, left_limit: int, unit_word: str | None = None,
              *, counted: bool = True, duration: bool = False, measure: bool = False) -> _Gap:
    w = _w()
    followers = _figure_followers()
    first = True
    first_line = True
    last_skipped = ""
    whole = spaced = False
    while i >= 0:
        t = toks[i]
        if t.kind == "space":
            if "\n" in t.text and not (first_line and _row_label_above(doc, t)):
                return _Gap(i, True)
            first_line = False if "\n" in t.text else first_line
            if first and len(t.text) >= TABLE_GAP_CHARS and "\n" not in t.text:
                cell = _cell_start(doc, toks, i)
                if cell is not None:
                    return _Gap(i - 1, False, cell)  # "จำนวน 34 แห่ง     84,792    69%": a table row's cells
            i -= 1
            continue
        if last_skipped in ("open_range", "distribution"):
            left_limit = 0
        if t.end <= left_limit and not ((last_skipped in followers) or last_skipped in LIST_JOINERS
                                        or counted and (last_skipped in w["new_value"]
                                                        or last_skipped in w["cumulative"])):
            return _Gap(i, True)
        text = t.text
        if t.kind == "number" and _name_number_head(toks, i) is not None:
            return _Gap(i, False, bounded=left_limit == 0, whole=whole, spaced=spaced)  # "…โควิด 19 สะสม 9,636 ราย"
        if first and text in WHOLE and _noun_before_whole(doc, toks, i, unit_word):
            first = False
            whole = True
            spaced = toks[i - 1].kind == "space"
            i -= 1  # "เรือนจำในพื้นที่จังหวัด…ทั้ง 4 แห่ง": the noun before ทั้ง is counted, all of it
            continue
        if first and text in w["aspect_in"] and unit_word in w["aspect_unit"] and i > 0 and toks[i - 1].kind == "word" \
                and toks[i - 1].end == t.start and word_class(toks[i - 1].text) == "N" and not _is_unit_word(toks[i - 1].text):
            first = False
            i -= 1  # "ปัจจัยแห่งความสำเร็จใน 3 ประเด็น": aspects of the noun glued before ใน, which is counted (not a
            continue  # verb's "เห็นชอบใน 3 ประเด็น", nor a unit's own noun, "ต่อประเทศใน 2 ด้าน")
        if first and counted and not measure and text in w["distribution_tails"] and t.kind == "word" \
                and _distribution_re().search(doc.view, max(0, t.end - _distribution_chars()), t.end) \
                and not _people_in_area(doc, toks, i, unit_word):
            # "ในพื้นที่ 13 จังหวัด": where, the classifier names the thing; not people or households, which are no
            # place ("ผู้ป่วยในพื้นที่ 30 ราย", "เกษตรกรในพื้นที่ ประมาณ 768 ครัวเรือน": those in the area; q37)
            return _Gap(i, True)
        if first and text in w["null_before"]:
            if counted and not duration and not (measure and text in w["from"] and unit_word != TIMES):
                # "ยืดอายุจาก 9 ปี": a duration's จาก is its old value, not a place; so is a measure's
                # ("ลดกำลังส่งจาก 500 วัตต์")
                return _Gap(i, True)  # "ใน 27 จังหวัด": the classifier names the thing
            first = False
            i -= 1  # "ลดเงินนำส่งจากร้อยละ 9", "จาก 5,000 บาท": money and percentages name it before
            continue
        was_first, first = first, False
        changed = _relative_change_start(doc, toks, i) if was_first else None
        if changed is not None:
            return _Gap(changed, False, bounded=left_limit == 0)  # the noun before "ที่ปรับเพิ่มขึ้นสุทธิ"
        g = _gap_word_ending(doc.view, t.end) if t.kind == "word" and _ends_a_gap_word(text) else None
        g = _gap_after_noun_tail(doc, toks, i, g)
        if g and doc.is_boundary(g[0]) and not _have_inside_name(doc.view, g):
            last_skipped = g[1]
            i = _index_ending_by(toks, g[0], i)
            continue
        k = _before_spaces(toks, i - 1)
        if text in w["gap_alone"] and k >= 0 and (k < i - 1 or toks[k].kind == "number"):
            i -= 1  # "ปี 2566 สะสมกว่า 27 ล้านคน"
            last_skipped = text
            continue
        if text in w["target"] and k >= 0 and toks[k].text in w["compare"]:
            if toks[k].text == "กว่า" and k > 0 and word_class(toks[k - 1].text) in ("ADJ", "V"):
                k -= 1  # สูง|กว่า
            i = k - 1  # "สูงกว่าเป้าหมาย 900 ล้านบาท": the excess over a target; its subject stands before
            last_skipped = text
            continue
        if t.kind == "word" and word_class(text) == "AUX" and text not in w["stop"]:
            last_skipped = text
            i -= 1
            continue
        d = _date_containing(doc, t.start) if t.kind in ("number", "word") else None
        if d is not None:
            i = _skip_date(toks, i, d)
            last_skipped = "date"
            continue
        frame = _time_frame_before(doc, toks, i) if t.kind == "word" else None
        if frame is not None:
            i = _index_ending_by(toks, frame, i)  # "…รายใหม่|ในรอบ 5 ปี| จำนวน 1.5 ล้านคน"
            last_skipped = "date"
            continue
        if text in ("และ", ",") and last_skipped == "" and unit_word is not None:
            last_skipped = text
            i -= 1
            continue
        if t.kind == "acronym":
            i -= 1
            continue
        if text in w["open_range"] and k >= 0 and toks[k].kind == "word" and _is_unit_word(toks[k].text):
            j = _before_spaces(toks, k - 1)
            if j >= 0 and toks[j].kind == "number":
                i = j - 1  # "กลุ่มผู้สูงอายุ 60 ปีขึ้นไป 599,842 ราย": the figure bounds the subject
                last_skipped = "open_range"
                continue
        if text == "(":
            last_skipped = "("  # "33,435 ราย (ร้อยละ 96.86)": the figure before the parenthesis
            i -= 1
            continue
        if text == ")" or (text.endswith(")") and "(" not in text):
            opening = _paren_open(toks, i)
            if opening is None:
                return _Gap(i, True)
            j = _before_spaces(toks, opening - 1)
            if was_first and j >= 0 and toks[j].text in WHOLE and _noun_before_whole(doc, toks, j):
                whole = True  # "หน่วยงานทั้ง (ภาครัฐและเอกชน) 20 แห่ง": ทั้ง, its noun, a parenthesis between
                i = j - 1
                continue
            i = opening - 1
            last_skipped = "("
            continue
        k = _before_spaces(toks, i - 1)
        if t.kind == "number" and k >= 0 and toks[k].kind == "word" and toks[k].text.endswith("ที่"):
            # an ordinal: "เข็มที่ 3", "ระยะที่ 1": skip it with its classifier
            i = k - 1 if toks[k].text != "ที่" else k - 2
            continue
        if t.kind == "number" and k >= 1 and toks[k].kind == "word" and toks[k].text in w["period_number"] \
                and toks[k - 1].kind == "word":
            # "เศรษฐกิจไตรมาส 2 เติบโต 2.5%": a period numbered without ที่, glued to the noun before it, skipped as the
            # ordinal is; not after a space ("…อัตราดอกเบี้ย ไตรมาส 3 ขยายตัว": the quarter itself, rev12)
            i = k - 1
            continue
        if t.kind == "word" and text.endswith("ละ") and len(text) > 2 or text == "ละ":
            i -= 1 if text != "ละ" else 2  # "วันละ 1,000 คน": a rate, its subject stands before
            continue
        if counted and t.kind in ("word", "number"):
            before = _distribution_before(doc, toks, i)
            if before is not None and unit_word in words("subject_context_words", role="place_unit"):
                return _Gap(i, True)  # "ครอบคลุมพื้นที่ 76 จังหวัด 878 อำเภอ": places after places, named by their classifier
            if before is not None:
                i = before  # "พื้นที่พักพิงชั่วคราวฯ ในพื้นที่ 4 จังหวัด รวม 9 แห่ง": where the things are
                last_skipped = "distribution"
                continue
        if (last_skipped in followers) or (last_skipped in LIST_JOINERS and unit_word is not None):
            end = _per_tail_start(toks, i) if last_skipped in followers else t.end
            start = _figure_start(doc, end, unit_word=None if (last_skipped in followers) else unit_word)
            if start is not None:
                return _Gap(i, False, start)  # "160,498 ล้านบาท หรือคิดเป็นร้อยละ 82", "120 ราย 80 ราย"
        if counted and (last_skipped in w["new_value"] or last_skipped in w["cumulative"]):
            start = _figure_start(doc, _per_tail_start(toks, i), unit_word=unit_word)
            if start is not None and (last_skipped in w["cumulative"] or _from_before(doc, start)):
                # "ห้องผ่าตัดจากเดิม 15 ห้อง เป็น 26 ห้อง": the new value of the same count;
                # "ดูแลกลุ่มเปราะบาง 208 ราย สะสม 31,782 ราย": the running total of the same count
                return _Gap(i, False, start)
        return _Gap(i, False, bounded=left_limit == 0, whole=whole, spaced=spaced)
    return _Gap(i, True)


TIMES = "เท่า"  # a multiple of something the sentence names elsewhere ("จาก 30 เท่า เป็น 60 เท่าของค่าจ้าง")
FROM_REACH = 12  # characters before a figure searched for the จาก (จากเดิม) that makes it an old value


def _from_before(doc: Document, start: int) -> bool:
    """ "จากเดิม 20 จังหวัด เป็น 8 จังหวัด": the figure at `start` is the old value of a change."""
    return doc.view[max(0, start - FROM_REACH):start].rstrip().endswith(tuple(_w()["from"]))


def _office_of_each(phrase: str, unit_word: str) -> bool:
    """ "ผู้ว่าราชการจังหวัด", "นายอำเภอ", "สำนักงานเกษตรและสหกรณ์จังหวัด" before "ทั้ง 76 จังหวัด": a noun
    ending in the unit's word names an office or official of each unit, which is what is counted (the
    annotated rows tu-05, tr-21, tf-09, th-05 write it so); not the unit alone, nor "ประจำจังหวัด"."""
    return len(phrase) > len(unit_word) and phrase.endswith(unit_word) \
        and not phrase.endswith(OF_EACH + unit_word) and not phrase[:-len(unit_word)].endswith(AREA_OF_UNIT) \
        and not phrase[:-len(unit_word)].endswith(UNIT_CONJUNCTS)


UNIT_CONJUNCTS = ("และ", "หรือ")  # "ผู้แทนจากกระทรวงและหน่วยงานทั้ง 3 หน่วยงาน": the units themselves, a conjunct (rev36r)


OF_EACH = "ประจำ"  # "…ประจำจังหวัด ทั้ง 76 จังหวัด": the unit's own, not an office named by it
AREA_OF_UNIT = ("พื้นที่", "ทุก", "ทั่ว")  # "พื้นที่จังหวัดทั้ง 76 จังหวัด": the units themselves


ZERO_WIDTH_SPACE = "\u200b"


def _one_space(text: str) -> bool:
    """ "ภาค\u200b ทั้ง": a zero-width space beside a space breaks no more than the space alone (q33)."""
    return text.replace(ZERO_WIDTH_SPACE, "") == " "


def _noun_before_whole(doc: Document, toks: list[Token], i: int, unit_word: str | None = None) -> bool:
    """ "มีเรือนจำ…ทั้ง 4 แห่ง": a noun right before ทั้ง (not a figure's unit); after a verb
    ("ครอบคลุมทั้ง 76 จังหวัด") or a figure ("ครบ 100% ทั้ง 202 อปท.") the classifier names the thing.
    One space may stand before ทั้ง ("หน่วยงานผู้รับผิดชอบ… ทั้ง 6 หน่วยงาน"): `_agrees_across_space`
    then asks the phrase to agree with the unit."""
    k = i - 1
    if k > 0 and toks[k].kind == "space" and _one_space(toks[k].text) and unit_word is not None:
        k -= 1
        shortened = toks[k].text == ABBREVIATION and k > 0 and toks[k - 1].end == toks[k].start
        if shortened:
            k -= 1  # "…พ.ร.บ.วัตถุอันตรายฯ ทั้ง 6 หน่วยงาน": ฯ ends the noun glued before it
        # ฯ shortens a name, so the word before it ends a noun whatever its tag ("พื้นที่พักพิงชั่วคราวฯ")
        return toks[k].kind == "word" and _is_wordish(toks[k]) and not _LATIN.fullmatch(toks[k].text) \
            and (shortened and toks[k].text not in _w()["stop"]
                 or _nounish_text(toks[k].text) and toks[k].text not in _w()["stop"] or _headed_by_unit(toks, k, unit_word)) \
            and _figure_start(doc, toks[k].end) is None
    if k < 0 or toks[k].kind != "word" or toks[k].end != toks[i].start or not _is_wordish(toks[k]):
        return False
    t = toks[k].text
    return (_nounish_text(t) and t not in _w()["stop"] or _headed_by_unit(toks, k, unit_word)
            or _people_glued_before(toks, k, unit_word) or _noun_glued_before(toks, k, unit_word)
            or _relative_glued_before(toks, k, unit_word)) \
        and _figure_start(doc, toks[k].end) is None


AND = "และ"


def _last_conjunct_of_unit(picked: list[Token], unit_word: str) -> list[Token] | None:
    """ "กระทรวงอุตสาหกรรม|และ|หน่วยงาน|เครือข่าย|ทั้ง 3 หน่วยงาน": where a noun used as its own classifier follows
    ทั้ง, a phrase of two conjuncts joined by และ whose last conjunct opens with the unit's own noun (a token of its
    own, a glued phrase after และ) counts that conjunct: the classifier repeats its head (q42). None when no และ
    stands in the phrase, the conjunct opens otherwise ("ผู้แทนกระทรวงและกรมทั้ง 2 หน่วยงาน") or is the unit's noun alone
    (the units themselves), or the unit is short."""
    if len(unit_word) < SHORT_UNIT:
        return None
    joins = [k for k, t in enumerate(picked) if t.kind == "word" and t.text == AND]
    if not joins:
        return None
    k = joins[-1] + 1
    if k + 1 >= len(picked) or picked[k].text != unit_word or picked[k].start != picked[k - 1].end \
            or any(picked[j].start != picked[j - 1].end for j in range(k + 1, len(picked))):
        return None
    earlier = [j for j in range(joins[-1]) if picked[j].kind == "word" and picked[j].text.startswith(unit_word)]
    if earlier:
        # "ผู้บริหารหน่วยงานรัฐและหน่วยงานเอกชนทั้ง 10 หน่วยงาน": the unit's noun heads the first conjunct too, the
        # count counts both: the conjunction from it, or nothing when it is not written glued (rev36r)
        i = earlier[0]
        if any(picked[j].start != picked[j - 1].end for j in range(i + 1, len(picked))):
            return None
        return picked[i:]
    return picked[k:]


@lexicon_cache
def _reporting_verbs() -> frozenset[str]:
    """The verbs of reports org_stops.tsv lists (kind verb: ลงนาม, ยื่น, มอบ), some of which ORCHID tags nouns."""
    return frozenset(r["word"] for r in load_tsv("org_stops") if r["kind"] == "verb")


@lexicon_cache
def _count_groups() -> dict[str, str]:
    """phrase_words' count_group rows: a classifier and the group of things it counts (person, place)."""
    return {r["word"]: r["value"] for r in load_tsv("phrase_words") if r["role"] == "count_group"}


def _counts_itself(head: str, unit_word: str) -> bool:
    """The unit counts the head's own kind: its own noun ("บริษัท…ทั้ง 12 บริษัท"), people by a person classifier
    ("ผู้ประกอบการ…ทั้ง 300 ราย"), a body by a place classifier ("โรงเรียน…ทั้ง 120 แห่ง") (rev37r)."""
    group = _count_groups().get(unit_word)
    return head.startswith(unit_word) or group == "person" and _names_people(head) \
        or group == "place" and head.startswith(_body_heads())


def _agent_relative_before_whole(picked: list[Token], unit_word: str = "") -> bool:
    """ "บริษัท|ที่|ยื่น|ทั้ง 2 ฉบับ", "โรงเรียน|ที่|ได้รับ|ทั้ง 2 ฉบับ", "ผู้ประกอบการ|ที่|ยื่น|ทั้ง …": a body or people,
    ที่/ซึ่ง and a verb ending the phrase (no object after it) before ทั้ง + a count: the body or people did the act and
    the count is its object (ทั้ง: both, all of), not them (rev36r). Not a quality ("ข้อตกลงที่ลงนาม": no body)."""
    if len(picked) < 3 or picked[-1].kind != "word" \
            or word_class(picked[-1].text) != "V" and picked[-1].text not in _reporting_verbs() \
            or picked[-1].text.startswith(NOMINALISERS):
        return False  # "บริษัทที่ลงนามทั้ง 2 ฉบับ": ลงนาม, a noun to ORCHID, is a verb of reports (q44)
    rel = [k for k, t in enumerate(picked) if t.kind == "word" and t.text in _w()["relative"]]
    if not rel or rel[-1] != len(picked) - 2:
        return False
    head = "".join(t.text for t in picked[:rel[-1]])
    # "ผู้ประกอบการที่ยื่นทั้ง 300 ราย", "โรงเรียนที่ร่วมทั้ง 120 แห่ง": a unit counting the head's own kind counts them (rev37r)
    return bool(head) and names_a_giver(head) and not (unit_word and _counts_itself(head, unit_word))


RELATIVE_TAIL_TOKENS = 2  # glued tokens of a relative clause (ที่ + its quality) before ทั้ง


def _relative_glued_before(toks: list[Token], k: int, unit_word: str | None) -> bool:
    """ "เป้าหมายการพัฒนา|ที่|ยั่งยืน|ทั้ง 17 ข้อ": a true classifier after ทั้ง (ORCHID's, or a whole_classifier) counts
    a noun glued before a short relative clause (ที่/ซึ่ง + ≤ RELATIVE_TAIL_TOKENS glued words, no stop word, none a
    noun: a quality or a state) that ends right before ทั้ง: "NOUN ที่ ADJ" is a noun phrase, its head what is counted
    (q42). The word before the relative is a noun or an การ-act glued to a noun ("เป้าหมาย|การพัฒนา"); not a verb
    ("พัฒนาที่ยั่งยืนทั้ง 17 ข้อ": a clause), nor a noun used as its own classifier ("จังหวัดที่ประสบภัยทั้ง 5
    จังหวัด" is the phrase the unit's own noun heads, read elsewhere)."""
    if unit_word is None or unit_word not in _orchid_classifiers() and unit_word not in _w()["whole_classifier"]:
        return False
    w = _w()
    j = k
    while j > 0 and k - j < RELATIVE_TAIL_TOKENS and toks[j].text not in w["relative"]:
        t = toks[j]
        if t.kind != "word" or t.text in w["stop"] or word_class(t.text) == "N" or toks[j - 1].end != t.start:
            return False
        j -= 1
    if j == k or j < 1 or toks[j].text not in w["relative"] or toks[j - 1].kind != "word" \
            or toks[j - 1].end != toks[j].start:
        return False
    head = toks[j - 1].text
    return head not in w["stop"] and (_nounish_text(head) or head.startswith(NOMINALISERS) and j > 1
                                      and toks[j - 2].kind == "word" and toks[j - 2].end == toks[j - 1].start
                                      and _nounish_text(toks[j - 2].text))


PEOPLE_GLUED_TOKENS = 4  # glued tokens of a people phrase ending in a verb or an adjective, before ทั้ง


def _people_glued_before(toks: list[Token], k: int, unit_word: str | None) -> bool:
    """ "ผู้|กู้ยืม|ทั้ง 5 ราย", "นักเรียน|พลเมือง|ดี|ทั้ง 6 ราย": a person classifier after ทั้ง counts a people phrase
    glued before it even when it ends in a verb or an adjective (ผู้ + a verb, a noun + its quality; q29); the run of
    glued words (≤ PEOPLE_GLUED_TOKENS, no stop word) opens with a person head. Not for other classifiers
    ("ครอบคลุมทั้ง 76 จังหวัด": the provinces)."""
    if unit_word is None or unit_word not in _w()["person_unit"]:
        return False
    j = k
    while j > 0 and k - j < PEOPLE_GLUED_TOKENS - 1 and toks[j - 1].kind == "word" and toks[j - 1].end == toks[j].start \
            and toks[j].text not in _w()["stop"]:
        j -= 1
        if _names_people(toks[j].text) and toks[j].text not in _w()["stop"]:
            return True
    return False


IN_AREA_PEOPLE_TOKENS = 3  # glued tokens of a people phrase before "ใน(พื้นที่)" and a count of people


def _people_in_area(doc: Document, toks: list[Token], i: int, unit_word: str | None) -> bool:
    """ "พบผู้ป่วยในพื้นที่ 30 ราย", "ประโยชน์แก่เกษตรกรในพื้นที่ ประมาณ 768 ครัวเรือน": a count of people or households
    after a distribution word (ใน, ในพื้นที่) that a people phrase is glued before counts those people in the area — people
    and households are no place the classifier names (q37). True when the unit counts people (person_unit, household)
    and one of the ≤ IN_AREA_PEOPLE_TOKENS tokens glued right before the distribution word names people."""
    w = _w()
    if unit_word is None or unit_word not in w["person_unit"] and unit_word not in w["household"]:
        return False
    m = _distribution_re().search(doc.view, max(0, toks[i].end - _distribution_chars()), toks[i].end)
    if m is None:
        return False
    j = next((k for k in range(i, -1, -1) if toks[k].start <= m.start()), -1)
    if j < 0 or toks[j].start != m.start():
        return False
    for k in range(j - 1, max(-1, j - 1 - IN_AREA_PEOPLE_TOKENS), -1):
        if toks[k].kind != "word" or toks[k].end != toks[k + 1].start or toks[k].text in w["stop"]:
            return False
        if _names_people(toks[k].text):
            return True
    return False


NOUN_GLUED_TOKENS = 3  # glued tokens of a noun phrase ending in a word tagged a verb or an adjective, before ทั้ง
OF = "ของ"  # "ปัญหาของ|สินค้า|เกษตร|ทั้ง 4 ชนิด": a possessor opens its own phrase


def _noun_glued_before(toks: list[Token], k: int, unit_word: str | None) -> bool:
    """ "สินค้า|เกษตร|ทั้ง 4 ชนิด": a true classifier after ทั้ง (ORCHID's, or a
    whole_classifier) counts a noun phrase glued before it whose last word the tagger calls a verb or an adjective
    (เกษตร), as `_people_glued_before` does for people (q33): the whole run of glued words (≤ NOUN_GLUED_TOKENS, no
    stop word) opens with a noun. Not a noun used as its own classifier ("ครอบคลุมทั้ง 76 จังหวัด", "ผู้แทนทั้ง 2
    หน่วยงาน"), nor a verb alone ("ดำเนินการทั้ง 3 ด้าน")."""
    if unit_word is None or unit_word not in _orchid_classifiers() and unit_word not in _w()["whole_classifier"]:
        return False
    if toks[k].text in _w()["stop"]:
        return False
    j = k
    while j > 0 and k - j < NOUN_GLUED_TOKENS - 1 and toks[j - 1].kind == "word" and toks[j - 1].end == toks[j].start \
            and toks[j - 1].text not in _w()["stop"] and toks[j - 1].text != OF:
        j -= 1
    # the whole glued phrase, opened by a noun after a space, a sign or ของ: not the tail of a longer one
    # ("หมุดหมาย|การพัฒนา|เกษตรกรรม|ยั่งยืน", "การลงทุน|ใน|ระเบียง|เศรษฐกิจ|พิเศษ", where the reader would take more)
    opened = j == 0 or toks[j - 1].kind != "word" or toks[j - 1].end != toks[j].start or toks[j - 1].text == OF
    return j < k and opened and _nounish_text(toks[j].text)


UNIT_HEAD_TOKENS = 4  # glued tokens of a phrase headed by the unit's own noun, before ทั้ง


def _headed_by_unit(toks: list[Token], k: int, unit_word: str | None) -> bool:
    """ "หน่วยงาน|รับ|ลงทะเบียน ทั้ง 7 หน่วยงาน": a phrase that ends in a verb before ทั้ง is still what is counted
    when the unit's own noun heads it, glued to the rest (a few tokens back)."""
    if not unit_word or len(unit_word) < 3:
        return False
    j = k
    while j > 0 and k - j < UNIT_HEAD_TOKENS - 1 and toks[j - 1].kind == "word" and toks[j - 1].end == toks[j].start:
        j -= 1
        if toks[j].text.startswith(unit_word):
            return True
    return False


def _per_tail_start(toks: list[Token], i: int) -> int:
    """End of a figure's unit before a rate's tail that ends at token i ("1,500,000 ชิ้นต่อวัน" → after ชิ้น)."""
    k = i - 1
    if k >= 1 and toks[i].kind == "word" and toks[k].text == PER and toks[k - 1].kind == "word":
        return toks[k - 1].end
    return toks[i].end


@lexicon_cache
def _distribution_re() -> regex.Pattern:
    from .lexicon import alternation

    return regex.compile(rf"(?:{alternation(_w()['distribution'])})[ ]?$")


@lexicon_cache
def _distribution_chars() -> int:
    """How far back a distribution word may start (the longest, ครอบคลุมทุกพื้นที่, and a space)."""
    return max(16, max(map(len, _w()["distribution"]), default=0) + 1)


def _distribution_before(doc: Document, toks: list[Token], i: int) -> int | None:
    """Index of the last token before "ใน(พื้นที่) 4 จังหวัด" when a figure ending at token i is a
    distribution (where the things counted are), not their count; None otherwise."""
    k = _before_spaces(toks, i - 1)
    if k < 0 or toks[k].kind != "number" or toks[i].kind != "word" or not _is_unit_word(toks[i].text):
        return None  # the common case, decided without a search: no "number unit" ends here
    m = _distribution_re().search(doc.view, max(0, toks[k].start - _distribution_chars()), toks[k].start)
    if m is None or not doc.is_boundary(m.start()) or _figure_start(doc, toks[i].end) is None:
        return None
    k = _index_ending_by(toks, m.start(), i)
    return k if k >= 0 else None


TABLE_GAP_CHARS = 3  # spaces this wide between two figures separate the cells of a table row


def _cell_start(doc: Document, toks: list[Token], i: int) -> int | None:
    """Start of the figure in the cell before the column gap at token i, if one ends there."""
    k = i - 1
    if k < 0 or toks[k].kind not in ("number", "word"):
        return None
    start = _figure_start(doc, toks[k].end)
    if start is None and toks[k].kind == "number":
        n = bisect.bisect_left(doc._number_starts, toks[k].start)
        if n < len(doc.numbers) and doc.numbers[n].end == toks[k].end:
            start = doc.numbers[n].start
    return start


ROW_LABEL_CHARS = 40  # a line this short or shorter, with no figure of its own, may label the next line


def _row_label_above(doc: Document, nl: Token) -> bool:
    """ "ปีงบประมาณ (ต.ค. 62–ก.ย. 63)⏎จำนวน 34 แห่ง": a table row whose count line names nothing
    (only จำนวน, รวม ... before the number) takes the short label line above it."""
    line_end = nl.start + nl.text.index("\n")
    after = nl.start + nl.text.rindex("\n") + 1
    k = bisect.bisect_left(doc._number_starts, after)
    if k >= len(doc.numbers) or doc.text[after:doc.numbers[k].start].strip() not in _w()["connector"]:
        return False
    above = doc.text.rfind("\n", 0, line_end) + 1
    if not 0 < line_end - above <= ROW_LABEL_CHARS:
        return False
    return all(_date_containing(doc, n.start) is not None for n in doc.numbers_between(above, line_end))


@lexicon_cache
def _figure_followers() -> frozenset[str]:
    return frozenset({"คิดเป็น", "หรือคิดเป็น", "หรือ", "จำนวน", "(", "เพิ่มขึ้น", "ลดลง", "เพิ่มขึ้นถึง",
                      "ขยายตัว", "หดตัว", "เท่ากับ", "จากเดิม", "เดิม", "ลดเหลือ", "ลดลงเหลือ", "เพิ่มเป็น"})


def _figure_allowed(last_skipped: str) -> bool:
    return last_skipped in _figure_followers()


def _before_spaces(toks: list[Token], k: int) -> int:
    while k >= 0 and toks[k].kind == "space":
        k -= 1
    return k


@lexicon_cache
def _percent_prefix_re() -> regex.Pattern:
    from .lexicon import alternation

    return regex.compile(rf"(?:{alternation(words('percent_words', role='prefix'))})[ ]?$")


def _figure_start(doc: Document, end: int, *, unit_word: str | None = None) -> int | None:
    """Start of a figure ("160,498 ล้านบาท", "ร้อยละ 82", "44แห่ง", "12%") that ends at `end`;
    with `unit_word`, only a figure in that unit (a list sharing its subject)."""
    unit_after = _qty().unit_after
    starts = doc._number_starts
    k = bisect.bisect_left(starts, end) - 1
    if k < 0:
        return None
    m = doc.numbers[k]
    p = _percent_prefix_re().search(doc.view, max(0, m.start - 8), m.start)
    if m.end == end and m.form != "percent" and not (p and unit_word is None):
        return None  # a bare figure is no restated quantity ("รพ.เอราวัณ 1(...) 100 เตียง"); "ร้อยละ 87" is
    if m.end != end or unit_word is not None:
        u = unit_after(doc, m.end)
        if u is None or u.end != end or (unit_word is not None and u.word != unit_word):
            return None
    return p.start() if p else m.start


@lexicon_cache
def _time_frame_re() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(_w()['time_frame'])})[ ]?\Z")  # ในรอบ, ภายใน …: "within N years", "over"


def _time_frame_start(doc: Document, pos: int) -> int | None:
    """Where "ในรอบ", "ในช่วง", "ภายใน" … starts right before the number at `pos` when that number is a
    duration ("ในรอบ 5 ปี"): a time frame, not a figure of its own for the reader; else None."""
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.kind != "time":
        return None
    m = _time_frame_re().search(doc.view, max(0, pos - 12), pos)
    return m.start() if m is not None and doc.is_boundary(m.start()) else None


def _time_frame_before(doc: Document, toks: list[Token], i: int) -> int | None:
    """Token i is the unit of a duration in a time frame ("ในรอบ 5 |ปี|"): where the frame starts, so
    the reader steps over it to the phrase before ("ผู้ป่วยรายใหม่"); else None."""
    k = _before_spaces(toks, i - 1)
    if k < 0 or toks[k].kind != "number" or not _is_unit_word(toks[i].text):
        return None
    unit = _unit_of_number_at(doc, toks[k].start)
    if unit is None or unit.start != toks[i].start:
        return None
    return _time_frame_start(doc, toks[k].start)  # a duration's: it tests the unit's kind


def _skip_date(toks: list[Token], i: int, date_start: int) -> int:
    """Index of the last token before a date and its lead words (ณ, สิ้นเดือน, ประจำปี, ตั้งแต่, ...)."""
    lead = _w()["date_lead"]
    while i >= 0 and toks[i].end > date_start:
        i -= 1
    while i >= 0 and (toks[i].text in lead or (toks[i].kind == "space" and "\n" not in toks[i].text)):
        i -= 1
    return i


def _paren_open(toks: list[Token], i: int) -> int | None:
    """Index of the token holding the "(" that the ")" at token i closes, within MAX_PAREN_CHARS."""
    end = toks[i].end
    k = i
    while k >= 0 and end - toks[k].start <= MAX_PAREN_CHARS:
        if "(" in toks[k].text and (k < i or toks[k].text.index("(") < toks[k].text.index(")")):
            return k
        k -= 1
    return None


OTHERS = ("อื่นๆ", "อื่น")  # "X อื่นๆ 1,622 ล้านบาท": the rest of X, after a space


def _collect(toks: list[Token], i: int, left_limit: int, *, unit_word: str | None = None,
             counted: bool = False) -> list[Token]:
    """Tokens of the phrase ending at token i, leftwards to its first stop, in text order; a stop
    verb glued after the noun `unit_word` (the figure's classifier) is part of that noun: "จุด|ตรวจ".
    For a count (`counted`), "X ที่มีความ…" is one phrase (a quality is no thing counted), across the
    space after an abbreviation's ฯ ("ชุมชนคุณธรรมฯ ที่มีความพร้อม 228 แห่ง")."""
    w = _w()
    can_at = _can_at()
    picked: list[Token] = []
    while i >= 0 and len(picked) < MAX_PHRASE_TOKENS:
        t = toks[i]
        if t.start < left_limit:
            break
        if t.kind == "space":
            left = toks[i - 1] if i > 0 else None
            if "\n" in t.text or not picked or left is None:
                break
            if picked[-1].text == "ๆ" or len(picked) == 1 and picked[0].kind == "number" or _hyphen_name_ends(toks, i - 1) \
                    or _cases_of_named_disease(toks, i, picked) \
                    or left.text == OR and _LATIN.fullmatch(picked[-1].text) \
                    or (picked[-1].text == RELATIVE_THAT and len(picked) > 1
                        and (_LATIN.fullmatch(left.text) or counted and left.text.endswith(ABBREVIATION)
                             and word_class(picked[-2].text) in ("V", "AUX"))) \
                    or (_LATIN.fullmatch(picked[-1].text) and (
                    _LATIN.fullmatch(left.text) or (_is_wordish(left) and word_class(left.text) == "N"
                                                    and left.text not in w["stop"]))) \
                    or _latin_ampersand(toks, i, picked) \
                    or _acronym_after_noun(toks, i, picked) \
                    or picked[-1].text in OTHERS and _is_wordish(left) and word_class(left.text) in ("N", "ADJ") \
                    and left.text not in w["stop"]:
                picked.append(t)  # … "น้ำมันสำเร็จรูป อื่นๆ": the other items of a kind, spaced from the kind
                i -= 1
                continue
            if _LATIN.fullmatch(picked[-1].text) and left.text in w["of"] and i > 1 and toks[i - 2].kind == "word" \
                    and toks[i - 2].end == left.start and _nounish(toks[i - 2]) and toks[i - 2].text not in w["stop"]:
                picked += [t, left]  # "สัญญาสนับสนุนทางการเงินของ EXIM BANK": the owner, a Latin name after ของ
                i -= 2
                continue
            break
        if t.text == AMPERSAND and picked and picked[-1].kind == "space" and _latin_ampersand(toks, i + 1, picked[:-1]):
            picked.append(t)  # "วัคซีน Johnson & Johnson": one Latin name across its ampersand
            i -= 1
            continue
        if t.kind == "number" and not picked and _names_a_place(toks, i):
            picked.append(t)  # "รพ.เอราวัณ 2 (บางกอกอารีนา) 400 เตียง": the number ends a name
            i -= 1
            continue
        head = _name_number_head(toks, i) if t.kind == "number" else None
        if head is not None:
            picked += toks[head + 1:i + 1][::-1]  # "โควิด - 19": the name's number, its dash and spaces
            i = head
            continue
        if t.kind == "number":
            # a number glued by a hyphen to a word is part of a name: โควิด-19
            if i >= 2 and toks[i - 1].text == "-" and toks[i - 1].start == toks[i - 2].end \
                    and _is_wordish(toks[i - 2]) and t.text.isdigit():
                picked += [t, toks[i - 1]]
                i -= 2
                continue
            if i >= 1 and toks[i - 1].kind == "word" and toks[i - 1].text.endswith("-") and len(toks[i - 1].text) > 1 \
                    and toks[i - 1].end == t.start and t.text.isdigit():
                picked.append(t)  # "COVID-|19": the segmenter keeps the hyphen with a Latin name
                i -= 1
                continue
            break
        code = _code_name_start(toks, i)
        if code is not None:
            picked += toks[code:i + 1][::-1]  # "สาร BY2", "ไข้หวัดนก H5N1": Latin letters and digits glued, one name
            i = code - 1
            continue
        if t.text in can_at and i > 0 and toks[i - 1].kind == "word" and not _glued_can_word(toks[i - 1].text, can_at[t.text]):
            break  # "ติดต่อ|ได้ที่|สำนักงาน…", "ฉีดวัคซีน|ได้ที่|ศูนย์…": "can … at" (not ราย|ได้ที่|มา…: income that)
        if t.text == ABBREVIATION and not (i > 0 and toks[i - 1].end == t.start and _is_wordish(toks[i - 1])):
            break  # ฯ belongs to the word glued before it ("พื้นที่พักพิงชั่วคราวฯ"), nothing else
        if not _is_wordish(t) and t.text not in ("-", "/", "ๆ", ABBREVIATION):
            break
        if len(t.text) == 1 and _THAI_LETTER_RE.fullmatch(t.text) and (not picked or picked[-1].start == t.end
                                                                       and picked[-1].kind == "word"
                                                                       and _THAI_LETTER_RE.match(picked[-1].text)) and i > 0 \
                and toks[i - 1].kind == "word" and toks[i - 1].end == t.start and len(toks[i - 1].text) > 1 \
                and _THAI_LETTER_RE.match(toks[i - 1].text[-1]):
            picked.append(t)  # "ห้อง|แล|ป|ทดสอบ", "ห้อง|แล|ป 10 ห้อง": a letter glued after a Thai word (and before one, if
            # any) ends a word the segmenter cut
            i -= 1
            continue
        if len(t.text) == 1 and t.text not in ("ๆ", "-", "/", ABBREVIATION):
            return []  # a stray letter: the segmenter lost the words here, say nothing
        split = _have_noun(t.text) or _stop_noun(t.text)
        if split and t.text[split:] in w["condition_noun"] and unit_word in w["object_unit"] | w["whole_unit"] \
                and i > 1 and toks[i - 1].text == RELATIVE_THAT and toks[i - 1].end == t.start \
                and toks[i - 2].kind == "word" and toks[i - 2].end == toks[i - 1].start and _nounish(toks[i - 2]):
            picked += [t, toks[i - 1]]  # "โถส้วม…ที่|มีปัญหา|ข้อเข่าเสื่อม 115 ชุด": a condition the things have
            i -= 2
            continue
        if split and any(_nounish(p) for p in picked):
            picked.append(Token(t.text[split:], t.start + split, t.end, t.kind))
            break  # "มีผล|การเบิกจ่าย": มี + a noun glued by the segmenter; the noun begins the phrase
        if t.text in WHOLE and picked and word_class(picked[-1].text) == "N":
            picked.append(t)  # "การติดเชื้อทั้งประเทศ": ทั้ง + a noun is "the whole ...", inside the phrase
            i -= 1
            continue
        if t.text in w["per_head"] and i > 0 and toks[i - 1].kind == "word" and toks[i - 1].end == t.start \
                and word_class(toks[i - 1].text) == "N" and toks[i - 1].text not in w["stop"] \
                and not _is_unit_word(toks[i - 1].text):
            picked.append(t)  # "รายได้ต่อหัวประชากร", "ค่าใช้จ่ายต่อหัว": per head, inside the name (per capita)
            i -= 1
            continue
        if t.text == PER and picked and any(x.text.startswith(tuple(w["ratio_cue"])) for x in toks[max(0, i - 3):i]):
            picked.append(t)  # "อัตราส่วนครูต่อนักเรียน": ต่อ inside the name of a ratio
            i -= 1
            continue
        if t.text in w["target"] and word_class(t.text) == "V" and picked:
            break  # "ตั้งเป้าหมายฝึกอบรมเกษตรกร 5,000 ราย": what the target counts follows the verb
        if i > 1 and toks[i - 1].text == AND and picked and t.text in w["stop"] and word_class(t.text) == "DET" \
                and _joins_nouns(toks, i - 1, [*picked, t]):
            picked += [t, toks[i - 1]]  # "…ทั่วประเทศและทุกหน่วยงาน…": ทุก opens the second noun
            i -= 2
            continue
        if counted and t.text in w["every"] and len(picked) == 1 and picked[0].kind == "word" and picked[0].start == t.end \
                and picked[0].text not in words("subject_context_words", role="place_unit") \
                and i > 0 and toks[i - 1].kind == "word" and toks[i - 1].end == t.start:
            j = i - 1 if toks[i - 1].text != COMPLETE else i - 2  # "ครบ|ทุก|แผนก": complete in every one
            if j >= 0 and toks[j].kind == "word" and toks[j].end == toks[j + 1].start and _nounish(toks[j]) \
                    and toks[j].text not in w["stop"]:
                picked, i = [], j  # "คลินิกผู้ป่วยนอกครบทุกแผนก จำนวน 22 ห้อง": ทุก + a noun qualifies the noun before
                continue
        if t.text == OR and picked and all(p.kind == "space" or _LATIN.fullmatch(p.text) for p in picked) \
                and any(p.kind != "space" for p in picked):
            k = i - 1 if i > 0 and toks[i - 1].kind == "space" and "\n" not in toks[i - 1].text else i
            left = toks[k - 1] if k > 0 else None
            if left is not None and left.start >= left_limit and _is_wordish(left) and word_class(left.text) == "N" \
                    and left.text not in w["stop"]:
                picked += toks[k:i + 1][::-1]  # "ชุดตรวจเลือดหาภูมิคุ้มกันหรือ Rapid Test": a Thai name and its English one
                i = k - 1
                continue
        if picked and _verb_of_manner(t, picked[-1]):
            picked.append(t)  # "สนับสนุน|ทางการเงิน": a verb and its manner name an act (financial support); a
            break  # noun before the verb may be its agent ("โรงพยาบาล|ให้บริการ|ทางการแพทย์"), so the phrase ends here
        if t.text in w["stop"] or split or _glued_stop(t.text):
            if i > 0 and toks[i - 1].kind == "word" and (toks[i - 1].text in w["nominaliser"] or (
                    toks[i - 1].text == RELATIVE_THAT and t.text in _tag_table() and not split and picked
                    and (t.text not in w["possess"] or word_class(picked[-1].text) == "P"
                         or counted and picked[-1].text.startswith(ABSTRACT) and len(picked[-1].text) > len(ABSTRACT)
                         or _people_who_have(toks, i, picked, unit_word)))):
                # "การมี…", "หน้ากากอนามัยที่ใช้ในระบบสาธารณสุข": a verb after ที่ opens a relative clause;
                # not มี/ใช้/เป็น + a direct object, which is what the number measures ("ที่ใช้ไฟฟ้า 50 หน่วย")
                picked += [t, toks[i - 1]]
                i -= 2
                continue
            if unit_word and picked and i > 0 and toks[i - 1].text == unit_word and toks[i - 1].end == t.start \
                    and toks[i - 1].kind == "word" and not split and word_class(t.text) == "V" \
                    and (i < 2 or toks[i - 2].kind == "space" and not (i > 2 and toks[i - 3].kind == "number")
                         or toks[i - 2].kind == "word" and toks[i - 2].end == toks[i - 1].start
                         and word_class(toks[i - 2].text) in ("V", "P")):
                picked += [t, toks[i - 1]]  # "จุด|ตรวจ|ร่วม 1,086 จุด": a noun repeated by its classifier
                i -= 2
                continue
            chain_start = _nominalised_chain(toks, i)
            if chain_start is not None:
                picked += toks[chain_start:i + 1][::-1]  # "ผู้|เข้า|รับ|บริการ": the verbs after ผู้ name the people
                i = chain_start - 1
                continue
            past = _past_relative(toks, i, picked, unit_word)
            if past is None:
                break
            picked, i = past
            continue
        if t.text == AND and picked and i > 0 and _joins_nouns(toks, i, picked):
            picked.append(t)  # "มหาวิทยาลัยทั่วประเทศและทุกหน่วยงานในสังกัด 200 แห่ง": one phrase of two nouns
            i -= 1
            continue
        cls = word_class(t.text)
        if t.text in w["progressive"] and picked and i > 0 and _nounish(toks[i - 1]) \
                and all(word_class(x.text) in ("V", "ADJ") for x in picked):
            picked.append(t)  # "ผู้ป่วยกำลังรักษา": a label, noun + progressive + verb
            i -= 1
            continue
        if cls == "AUX" and picked and _aux_compound(t, picked[-1]):
            picked.append(t)  # "กำลัง|การผลิต": a noun (capacity), not the progressive
            i -= 1
            continue
        if cls in ("AUX", "C") and t.text not in w["lead"] and t.text not in w["relative"]:
            left_text = toks[i - 1].text if i > 0 else ""
            if not (cls == "AUX" and (left_text in w["nominaliser"] or left_text in w["relative"]
                                      or t.text in w["directional"] and left_text.startswith(_nominal_prefixes()))):
                past = _past_relative(toks, i, picked, unit_word)
                if past is None:
                    break  # "ผู้ที่ยังโอนเงินไม่สำเร็จ": an auxiliary inside a relative clause stays
                picked, i = past
                continue
        picked.append(t)
        i -= 1
    picked.reverse()
    return picked


_CODE_DIGITS = regex.compile(r"[0-9]+(?:\.[0-9]+)?")
CODE_TOKENS = 6  # glued pieces of a code name read back: H|5|N|1


def _code_name_start(toks: list[Token], i: int) -> int | None:
    """ "สาร BY2", "ไข้หวัดนก H5N1", "ปืน M16": the segmenter cuts a code name into Latin letters and digits
    (word tokens, not figures); ending at the digits of token i, the index of its first letter, else None."""
    text = toks[i].text
    if toks[i].kind != "word" or not "0" <= text[:1] <= "9" or not _CODE_DIGITS.fullmatch(text):
        return None  # (s38) a first character that is no digit: no fullmatch asked (most tokens)
    j = i
    while j > 0 and i - j < CODE_TOKENS and toks[j - 1].kind == "word" and toks[j - 1].end == toks[j].start \
            and (_LATIN.fullmatch(toks[j - 1].text) or _CODE_DIGITS.fullmatch(toks[j - 1].text)):
        j -= 1
    while j < i and not _LATIN.fullmatch(toks[j].text):
        j += 1  # a code name opens with a letter
    if j == i or j > 0 and toks[j - 1].kind != "space" and toks[j - 1].end == toks[j].start:
        return None  # no letter, or glued to more text than a code name
    return j


_THAI_ACRONYM = regex.compile(r"[ก-ฮ]{1,5}(?:\.[ก-ฮ]{1,4})*\.")  # กอช., ปภ., อ.ส.ม.


def _acronym_after_noun(toks: list[Token], i: int, picked: list[Token]) -> bool:
    """ "สมาชิก กอช. 2.5 ล้านคน", "เจ้าหน้าที่ ปภ. 120 นาย": the words read so far are one Thai acronym and a
    noun stands before the space at token i; the acronym names whose members or staff they are, so the
    phrase goes on across the space (the body alone counts no people or things). Not a lone letter
    ("นาย ก."), nor an abbreviation that names no body (org_not_acronyms.tsv: a month "ก.พ.", a unit
    "กม.", a title "นพ.", an era, a rank; a one-letter address part "จ." is a lone letter)."""
    if not picked or len(picked) > 3 or any(p.kind != "word" for p in picked) \
            or any(picked[k].start != picked[k + 1].end for k in range(len(picked) - 1)):
        return False  # at most three glued word tokens (the segmenter cuts กอช. as กอ|ช.)
    left = toks[i - 1]
    acronym = "".join(p.text for p in reversed(picked))
    return _THAI_ACRONYM.fullmatch(acronym) is not None and len(acronym.replace(".", "")) >= ACRONYM_LETTERS \
        and acronym not in _no_body_abbreviations() \
        and _is_wordish(left) and word_class(left.text) == "N" and left.text not in _w()["stop"]


ACRONYM_LETTERS = 2  # "นาย ก.", "ผู้ป่วย จ.": one letter is an initial or an address part
NO_BODY_KINDS = ("month", "unit", "title", "era", "rank")  # positions, people, laws, grades stay: "ผู้สมัคร ส.ส."


@lexicon_cache
def _no_body_abbreviations() -> frozenset[str]:
    """ "ดัชนีผลผลิต ก.พ. ขยายตัว…", "ถนน กม. 10 จุด": an abbreviation after a noun that names no body."""
    return frozenset(r["abbreviation"] for r in load_tsv("org_not_acronyms") if r["kind"] in NO_BODY_KINDS)


AND = "และ"
OR = "หรือ"
CAN_WORD_REACH = 6  # characters of the token before ได้ที่ tried as the start of one word with ได้ (ราย|ได้)


@lexicon_cache
def _can_at() -> dict[str, str]:
    """phrase_words.tsv's can_at rows: the glued "can … at" word → its "can" part (ได้ที่ → ได้)."""
    return {r["word"]: r["value"] for r in load_tsv("phrase_words") if r["role"] == "can_at"}


def _glued_can_word(before: str, can: str) -> bool:
    """The end of `before` and `can` (ได้) make one word ("เป็นราย|ได้ที่มาจาก…": income that comes from)."""
    table = _tag_table()
    return any(before[k:] + can in table for k in range(max(0, len(before) - CAN_WORD_REACH), len(before)))


def _aux_compound(aux: Token, nxt: Token) -> bool:
    """ "กำลัง|การผลิต", "กำลัง|ความสามารถ": an auxiliary takes a verb, never a nominalised word, so
    a word that is an auxiliary or a noun (กำลัง: force, capacity) glued before การ/ความ + word is the
    first part of a noun compound; so is one glued before a whole word listed so (กำลัง|พล: troops).
    Not ได้รับ|การ…, เข้าร่วม|การ…: verbs taking a nominalised object."""
    w = _w()
    return aux.text in w["aux_noun"] and aux.kind == "word" and aux.end == nxt.start and nxt.kind == "word" \
        and any(nxt.text.startswith(p) and (len(nxt.text) > len(p) or p not in w["act"]) for p in w["aux_compound"])


NOMINALISED_VERBS = 2  # verbs a nominaliser may stand before a stop verb: "ผู้|เข้า|รับ|บริการ"
AGENT_MOTION = frozenset({"มา", "ไป"})  # tagged auxiliaries, verbs of coming in a chain: "ผู้|มา|ใช้|บริการ"


def _nominalised_chain(toks: list[Token], i: int) -> int | None:
    """Where the agent nominaliser starts when the stop verb at token i ends a short verb chain glued
    to it ("ผู้|เข้า|รับ|บริการ"): the chain names the people, so the stop verb is inside the phrase.
    None when no such chain (the verb is the clause's own; การ + verbs is an act, whose stop verb
    may well be the clause's: "การก่อสร้าง|มี|ความคืบหน้า")."""
    nominalisers = _w()["agent"]
    j = i - 1
    while j >= 0 and i - j <= NOMINALISED_VERBS and toks[j].kind == "word" and toks[j].end == toks[j + 1].start:
        if toks[j].text in nominalisers:
            return j if j < i - 1 else None  # right before the stop verb: handled by the caller's own rule
        if word_class(toks[j].text) != "V" and toks[j].text not in AGENT_MOTION:
            return None
        j -= 1
    if j >= 0 and toks[j].kind == "word" and toks[j].end == toks[j + 1].start and toks[j].text in nominalisers \
            and j < i - 1:
        return j
    return None


_THAI_LETTER_RE = regex.compile(r"[\u0E01-\u0E2E]")  # a Thai consonant (ก-ฮ)
RELATIVE_THAT = "ที่"  # a restrictive relative after a Latin name crosses its space ("…Surgical Mask ที่ใช้ใน…")


def _joins_nouns(toks: list[Token], i: int, picked: list[Token]) -> bool:
    """และ at token i joins two nouns into one phrase: a noun glued right before it (not a unit,
    not a stop word) and a noun (or ทุก + noun) right after it."""
    left, right = toks[i - 1], picked[-1]
    if left.kind != "word" or left.end != toks[i].start or right.start != toks[i].end or not _is_wordish(left):
        return False
    if word_class(right.text) == "DET" and len(picked) >= 2:
        right = picked[-2]
    return _nounish_text(left.text) and _nounish(right) and left.text not in _w()["stop"] \
        and not _is_unit_word(left.text)


def _cases_of_named_disease(toks: list[Token], i: int, picked: list[Token]) -> bool:
    """One space at token i between a disease's name and number ("โควิด 19", `_name_number_head`) and the cases of it
    ("ราย…", picked so far): one phrase, as the glued "ผู้ติดเชื้อโควิด-19 รายใหม่" is; only for ราย, since after the
    name a new clause may start ("…โควิด - 19 เพิ่มเติมสำหรับประชากร…")."""
    return toks[i].text == " " and i > 0 and toks[i - 1].kind == "number" and picked[-1].text == "ราย" \
        and _name_number_head(toks, i - 1) is not None


_ASCII_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _name_number_head(toks: list[Token], k: int) -> int | None:
    """ "โควิด 19", "โควิด - 19", "COVID 19", "โควิด19": the index of the name word (phrase_words role number_name) whose
    number token k is, glued or across spaces and one dash, else None. A disease's name, not a figure ("ผู้ติดเชื้อโควิด 19 สะสม
    9,636 ราย": the reader reads through it as through the glued "โควิด-19")."""
    if toks[k].kind != "number" or not toks[k].text.lstrip("".join(NAME_DASHES)).isdigit():
        return None
    j, dashes = k - 1, int(toks[k].text[0] in NAME_DASHES)  # "โควิด -19": the dash read with the digits
    while j >= 0 and (toks[j].kind == "space" and toks[j].text == " " or toks[j].text in NAME_DASHES and dashes == 0):
        dashes += toks[j].text in NAME_DASHES
        j -= 1
    glued, g = toks[j].text if j >= 0 else "", j
    while g > 0 and toks[g - 1].end == toks[g].start and toks[g - 1].kind == "word" and len(glued) < NAME_REACH:
        g -= 1
        glued = toks[g].text + glued  # "โค|โร|นา 2019": the segmenter may cut the name
    number = toks[k].text.lstrip("".join(NAME_DASHES)).translate(_ASCII_DIGITS)  # "โควิด ๑๙" is "โควิด 19" (v24)
    if j < 0 or not glued.endswith(tuple(_w()["number_name"])) \
            or number not in words("phrase_words", column="value", role="number_name"):
        return None  # "วิกฤตโควิด 2 ปี" is a figure
    return j


FROM_WORD = "จาก"
MAX_CAUSE_VERBS = 3


def _verb_from_disease(untrimmed: list[Token], name: list[Token]) -> list[Token]:
    """ "ในจำนวนนี้เสียชีวิตจากโควิด 19 ถึง 78 ราย": people counted by a verb and the disease it is from (จาก) are
    named by both, "เสียชีวิตจากโควิด 19", as "ติดเชื้อโควิด 19 รวม 120 ราย" is by its verb and name and
    "เสียชีวิต 12 ราย" by its verb; the name alone (returned when no such verb stands glued before จาก) counts nothing
    (v23; rev11 gave null)."""
    k = next((i for i, t in enumerate(untrimmed) if t is name[0]), -1)
    if k < 2 or untrimmed[k - 1].text != FROM_WORD or untrimmed[k - 1].end != name[0].start:
        return name
    j = k - 1
    while j > 0 and k - 1 - j < MAX_CAUSE_VERBS and untrimmed[j - 1].kind == "word" \
            and untrimmed[j - 1].end == untrimmed[j].start and word_class(untrimmed[j - 1].text) == "V":
        j -= 1
    return list(untrimmed[j:k]) + list(name) if j < k - 1 else name


@lexicon_cache
def _name_number_alone() -> regex.Pattern:
    """A number_name with its number and nothing else ("โควิด 19", "โควิด-19", "โคโรนา 2019")."""
    from .lexicon import alternation
    from .numerals import NAME_NUMBER_GAP  # numerals codes the same names' numbers

    names = alternation(words("phrase_words", role="number_name"))
    numbers = alternation(words("phrase_words", column="value", role="number_name"))
    return regex.compile(rf"(?:{names}){NAME_NUMBER_GAP}(?:{numbers})")


NAME_DASHES = ("-", "–")
NAME_REACH = 12  # characters of glued tokens searched for a number_name ending them


AMPERSAND = "&"


def _latin_ampersand(toks: list[Token], i: int, picked: list[Token]) -> bool:
    """The space at `i` stands inside "Latin & Latin" (one name: "Johnson & Johnson", "Procter & Gamble"), on either
    side of the ampersand, with the Latin word after it already read."""
    if i < 1 or toks[i].kind != "space" or toks[i].text != " " or not picked:
        return False
    left = toks[i - 1]
    if left.text == AMPERSAND:  # "Latin & |Latin": a Latin word read, a Latin word one space before the ampersand
        return bool(_LATIN.fullmatch(picked[-1].text)) and i >= 3 and toks[i - 2].text == " " \
            and bool(_LATIN.fullmatch(toks[i - 3].text))
    # "Latin| & Latin": the ampersand and the Latin word after it read
    return len(picked) >= 3 and picked[-1].text == AMPERSAND and bool(_LATIN.fullmatch(picked[-3].text)) \
        and bool(_LATIN.fullmatch(left.text))


def _hyphen_name_ends(toks: list[Token], k: int) -> bool:
    """ "ผู้ติดเชื้อโควิด-19 รายใหม่": a name ending in -number (โควิด-19) goes on across a space."""
    return k >= 2 and toks[k].kind == "number" and toks[k].text.isdigit() and toks[k - 1].text == "-" \
        and toks[k - 1].start == toks[k - 2].end and toks[k - 1].end == toks[k].start and _is_wordish(toks[k - 2])


NAME_NUMBER_DIGITS = 2  # "รพ.เอราวัณ 2 (...)": a number this short that ends a name


def _names_a_place(toks: list[Token], i: int) -> bool:
    """A short bare number between a noun and a parenthesis ends a name ("รพ.เอราวัณ 1(ศูนย์...)")."""
    t = toks[i]
    if not (t.text.isdigit() and len(t.text) <= NAME_NUMBER_DIGITS):
        return False
    k = _before_spaces(toks, i - 1)
    n = i + 1
    while n < len(toks) and toks[n].kind == "space" and "\n" not in toks[n].text:
        n += 1
    return k >= 0 and n < len(toks) and toks[n].text.startswith("(") and _is_wordish(toks[k]) \
        and word_class(toks[k].text) == "N" and toks[k].text not in _w()["stop"]


RELATIVE_REACH = 8  # tokens left of a clause verb searched for the ที่ that opens its relative clause


def _past_relative(toks: list[Token], i: int, picked: list[Token], unit_word: str | None) -> tuple[list[Token], int] | None:
    """Token i (a stop word, an auxiliary or a conjunction) stands inside a relative clause: the words
    read and the index the reader goes on from. The head noun before ที่ when the words read so far are
    only the clause's verbs, read afresh ("วัดคาทอลิกที่คณะรัฐมนตรีมีมติเห็นชอบรับรอง", `_relative_head`);
    else through the clause, when they are the object of its preposition ("เกษตรกรที่ขึ้นทะเบียนกับ|กรม…",
    "ประชาชนที่เดินทางไป|ยัง|ต่างจังหวัด", `_relative_through`). None when neither: the phrase ends at i."""
    head = _relative_head(toks, i, picked)
    if head is not None:
        return [], head
    j = _relative_through(toks, i, picked, unit_word)
    if j is None:
        return None
    return picked + toks[j:i + 1][::-1], j - 1


def _relative_head(toks: list[Token], i: int, picked: list[Token]) -> int | None:
    """When the words read so far are only verbs (a relative clause's predicate), the index of the
    noun right before the ที่ that opens the clause, so the head noun is read instead."""
    if any(_nounish(t) for t in picked):
        return None
    for k in _relative_words_before(toks, i):
        if k > 0 and toks[k - 1].kind == "word" and word_class(toks[k - 1].text) == "N" \
                and toks[k - 1].text not in _w()["stop"]:
            if toks[k - 1].text in BARE_AGENT:
                # "ผู้ที่มีภาระภาษี|ต้องจ่าย 4 ล้านคน": ผู้ alone names no one; the clause's last noun before the verbs
                # read ends the phrase (so "ผู้ที่มี…" is read whole), else nothing is named
                return next((m for m in range(i - 1, k, -1) if _nounish(toks[m])), None)
            return k - 1
    return None


BARE_AGENT = frozenset({"ผู้"})  # a nominaliser the segmenter cuts off its clause: no head noun by itself


def _relative_words_before(toks: list[Token], i: int) -> Iterator[int]:
    """The indexes of the relative words (ที่, ซึ่ง) among the RELATIVE_REACH tokens before token i,
    nearest first, as long as only words stand between."""
    rel = _w()["relative"]
    for k in range(i - 1, max(0, i - RELATIVE_REACH) - 1, -1):
        if toks[k].kind != "word":
            return
        if toks[k].text in rel:
            yield k


def _verb_led(text: str) -> bool:
    """A verb or auxiliary, or a compound the tagger calls a noun that a verb opens and a noun ends
    ("ขึ้น|ทะเบียน", "ยื่น|คำขอ"): what a relative clause whose subject is its head starts with."""
    if word_class(text) in ("V", "AUX"):
        return True
    table = _tag_table()
    return any(text[:k] in table and text[k:] in table and word_class(text[:k]) in ("V", "AUX") and word_class(text[k:]) == "N"
               for k in range(2, len(text) - 1))


def _relative_through(toks: list[Token], i: int, picked: list[Token], unit_word: str | None) -> int | None:
    """ "เกษตรกรที่ขึ้นทะเบียนกับกรมส่งเสริมการเกษตร 3,200 ครัวเรือน", "ผู้ประกอบการที่ยื่นคำขอต่อสำนักงาน",
    "ประชาชนที่เดินทางไปยังต่างจังหวัด": a preposition (token i) inside a relative clause whose subject is
    the noun before ที่/ซึ่ง; the noun read so far is its object, not what is counted. The index of
    the token where the clause's relative word stands, so the reader goes on through it to the head
    noun (and `_cut_relative` keeps or cuts the clause as for any other). None unless the clause
    opens with a verb or auxiliary and holds only words up to the preposition, nor when the classifier counts the object and not the head (`_object_counted`:
    "ภารกิจที่เกี่ยวข้องกับแรงงานทั้งประเทศกว่า 38.17 ล้านคน": the workers)."""
    t = toks[i]
    if not any(_nounish(x) for x in picked):
        return None
    if word_class(t.text) != "P" and not (t.text == "ยัง" and i > 0 and toks[i - 1].text in _w()["directional_to"]
                                         and toks[i - 1].end == t.start):
        return None
    k = next(_relative_words_before(toks, i), None)
    if k is None or k == i - 1 or k == 0 or not _verb_led(toks[k + 1].text):
        return None
    left = toks[k - 1]
    if left.kind == "word" and left.end == toks[k].start and word_class(left.text) == "N" \
            and left.text not in _w()["stop"] and not _object_counted(picked, left, unit_word):
        return k
    return None


PEOPLE_RUN = 4  # glued tokens before a relative ที่ read for the people it follows ("ผู้|สูง|อายุ|ที่มี…")


def _people_who_have(toks: list[Token], i: int, picked: list[Token], unit_word: str | None) -> bool:
    """ "ผู้ที่มีโรคประจำตัว 31 คน", "ศิลปินที่มีชื่อเสียง 42 คน": a person classifier counts the people a
    relative clause opened by a verb of having (token i, after ที่ at i - 1) describes, not what they have,
    when glued tokens right before ที่ name people (role person_head; "มี|ผู้ป่วย|ที่มี…": the last ones) and
    the object (picked[-1]) names none;
    "จังหวัดที่มีลูกหนี้… 4,378 ราย" and "สมาชิกที่เป็นลูกหนี้สหกรณ์" keep the object."""
    if unit_word not in _w()["person_unit"] or i < 2 or toks[i - 2].kind != "word" \
            or toks[i - 2].end != toks[i - 1].start:
        return False
    people = tuple(words("subject_context_words", role="person_head"))
    k = i - 2
    while k > 0 and i - 2 - k < PEOPLE_RUN - 1 and toks[k - 1].kind == "word" and toks[k - 1].end == toks[k].start:
        k -= 1
    if picked[-1].text.startswith(people):
        return False
    not_people = tuple(words("subject_context_words", role="not_people"))
    runs = ("".join(x.text for x in toks[j:i - 1]) for j in range(i - 2, k - 1, -1))  # "ป่วย", "ผู้ป่วย", "มีผู้ป่วย"
    return any(run.startswith(people) and not run.startswith(not_people) for run in runs)


def _object_counted(picked: list[Token], head: Token, unit_word: str | None) -> bool:
    """The classifier counts the clause's object, not its head: people for a person classifier, or a
    noun the classifier's own word opens ("ข้อตกลงที่ลงนามกับประเทศคู่ค้า 12 ประเทศ"), when the head is
    neither; or a place or kind counted after a programme or an act (a classifier that agrees with
    some nouns only, สาย, หลัง, is `_counted_noun`'s)."""
    obj = next((t for t in reversed(picked) if _nounish(t)), None)
    if unit_word is None or obj is None:
        return False
    if unit_word in _w()["person_unit"]:
        people = tuple(words("subject_context_words", role="person_head"))
        return obj.text.startswith(people) and not head.text.startswith(people)
    if unit_word in _w()["whole_unit"] and _act_head(head.text):
        return True  # "โครงการที่ดำเนินการร่วมกับโรงเรียน 45 แห่ง": a place or a kind, never the act
    return _opened_by_unit(obj.text, unit_word) and not _opened_by_unit(head.text, unit_word)


def _names_people(text: str) -> bool:
    """A noun that opens like one naming people (role person_head) and is not one of the words that only look so
    (not_people: สมาชิก, ชายแดน)."""
    ctx = "subject_context_words"
    return text.startswith(tuple(words(ctx, role="person_head"))) and not text.startswith(tuple(words(ctx, role="not_people")))


def _act_head(text: str) -> bool:
    """A programme or an act (โครงการ, กิจกรรม, การ…, ความ…): what a place or kind classifier never counts."""
    return text in words("subject_context_words", role="act_object") \
        or text.startswith(tuple(words("subject_context_words", role="act_prefix")))


def _effective_limit(doc: Document, left_limit: int) -> int:
    """`left_limit` ends the previous figure; a date, an ordinal or a bare number there is no
    record the reader must not cross (it steps over those itself)."""
    if not left_limit:
        return 0
    if _date_containing(doc, left_limit - 1) is not None:
        return 0
    k = bisect.bisect_left(doc._number_starts, left_limit) - 1
    if k >= 0 and _time_frame_start(doc, doc.numbers[k].start) is not None \
            and _unit_of_number_at(doc, doc.numbers[k].start).end == left_limit:
        return 0  # "ผู้ป่วยรายใหม่ในรอบ 5 ปี จำนวน 1.5 ล้านคน": a time frame, stepped over by `_skip_gap`
    if k < 0 or doc.numbers[k].end != left_limit:
        return left_limit
    m = doc.numbers[k]
    unit_after = _qty().unit_after
    before = doc.tokens_before(m.start, 2)
    ordinal = any(t.kind == "word" and t.text.endswith("ที่") for t in before)
    return 0 if ordinal or unit_after(doc, m.end) is None and m.form != "percent" else left_limit


TIME_OF_DAY = ("น.", "นาฬิกา")  # "เวลา 07.30 น.": the hour's abbreviation after a number


def _time_of_day(toks: list[Token], k: int) -> bool:
    """Token k is the hour word of a time of day ("07.30 น.", "18.00 นาฬิกา") or its number."""
    if k < 0:
        return False
    if toks[k].kind == "number":
        n = k + 1
        while n < len(toks) and toks[n].kind == "space" and "\n" not in toks[n].text:
            n += 1
        return n < len(toks) and toks[n].text in TIME_OF_DAY
    if toks[k].text not in TIME_OF_DAY:
        return False
    j = _before_spaces(toks, k - 1)
    return j >= 0 and toks[j].kind == "number"


YEAR_DIGITS = 4  # a year written after its year word (ปี 2563, พ.ศ. 2563, ค.ศ. 2020)


def _text_between(toks: list[Token], k: int, first: Token) -> str:
    """The text of the tokens after toks[k] up to `first` (the spaces between a number and the phrase after it)."""
    return "".join(t.text for t in toks[k + 1:] if t.end <= first.start)


def _after_year_word(doc: Document, start: int) -> bool:
    """Whether a year word (role year_word: ปี, พ.ศ., ปีงบประมาณ …) stands right before `start`, one space between at most."""
    before = [t for t in doc.tokens_before(start, 2) if t.kind == "word"]
    return bool(before) and before[-1].text in _w()["year_word"] and not doc.view[before[-1].end:start].strip(" ")


def _drop_previous_unit(toks: list[Token], picked: list[Token]) -> list[Token]:
    """ "276,159 ราย รวม 1,283,286 ราย": a phrase that starts with the unit of the figure before it
    does not own that unit; a time of day ("เวลา 07.30 น. จำนวน 145 รูป") names nothing counted. A year after its
    year word (role year_word) or a month is no figure: the word after it keeps its place in the phrase."""
    if picked and picked[0].text in TIME_OF_DAY and _time_of_day(toks, _index_ending_by(toks, picked[0].end, len(toks) - 1)):
        return picked[1:]
    if not picked or not _is_unit_word(picked[0].text):
        return picked
    k = _index_ending_by(toks, picked[0].start, len(toks) - 1)
    while k >= 0 and toks[k].kind == "space":
        k -= 1
    if k < 0 or toks[k].kind != "number" or toks[k].text.endswith("%"):
        return picked  # "ว่าง 6% ห้องแยกว่าง 13%": a percentage owns no unit after it
    j = k - 1
    while j >= 0 and toks[j].kind == "space" and "\n" not in toks[j].text:
        j -= 1
    if j >= 0 and toks[j].text in PERCENT_WORDS:
        return picked  # "ร้อยละ 6 ห้องแยก…": the same, written in words
    if j >= 0 and toks[j].text in _year_leads() and toks[k].text.isdigit() and len(toks[k].text) == YEAR_DIGITS \
            and "\n" not in _text_between(toks, k, picked[0]) and not any(t.kind == "number" for t in picked):
        return picked  # "ปีงบประมาณ พ.ศ. 2563 ระดับดีเด่น": a year owns no unit; ระดับ opens the phrase after it (not
        # after a line break, nor "พ.ศ. 2509 ข้อ 2": a numbered clause)
    return picked[1:]


PERCENT_WORDS = frozenset({"ร้อยละ"})  # before a number, make it a percentage, which owns no unit after it


@lexicon_cache
def _year_leads() -> frozenset[str]:
    """Words a year follows: the year words (role year_word) and the months (data/months.tsv, also after เดือน):
    "เดือนมกราคม 2563 หมวดกระเบื้อง", like "ปีงบประมาณ พ.ศ. 2563 ระดับดีเด่น", has no count before the noun."""
    months = {r["word"] for r in load_tsv("months") if r["form"] != "short"}
    return frozenset(_w()["year_word"] | months | {"เดือน" + m for m in months})


def _split_glued_lead(picked: list[Token]) -> list[Token]:
    """ "เป็นการเบิกจ่าย" segmented as เป็นการ|เบิกจ่าย, "มีวัด": a stop, lead or gap word glued to a
    nominaliser or a known noun is cut off."""
    if not picked:
        return picked
    first = picked[0]
    n = _glued_lead_length(first.text)
    if n and first.text[n:] in _w()["nominaliser"] and _tag_table().get(first.text) == "V" \
            and (len(picked) == 1 or picked[1].kind != "word" or picked[1].start != first.end):
        return picked  # "ค่าบริหาร|จัดการ|ให้แก่…": การ glued last nominalises nothing; จัดการ is a verb, not จัด|การ (rev36m)
    if n:
        return [Token(first.text[n:], first.start + n, first.end, first.kind), *picked[1:]]
    return picked


@lexicon_cache(maxsize=WORD_CACHE)
def _glued_lead_length(text: str) -> int:
    w = _w()
    heads = w["stop"] | w["lead"] | w["gap"] | w["glued_prep"]
    own_word = _tag_table().get(text) in ("V", "ADJ", "ADV")  # รับประทาน, ตามลำดับ are words, not รับ + ประทาน
    for n in range(len(text) - 2, 0, -1):
        head, rest = text[:n], text[n:]
        if head in heads and (rest in w["nominaliser"] or _tag_table().get(rest) == "N" and not own_word):
            return n
    return 0


HAVE = "มี"


def _have_noun(text: str) -> int:
    """Where the noun starts in a segmenter's "มี" + noun ("มีผล" → 2), else 0."""
    if text.startswith(HAVE) and len(text) > len(HAVE) + 1 and _tag_table().get(text[len(HAVE):]) == "N":
        return len(HAVE)
    return 0


@lexicon_cache(maxsize=WORD_CACHE)
def _stop_noun(text: str) -> int:
    """Where the noun starts in a segmenter's copula or possessive verb + noun that is no word of its
    own ("เป็น|คดี", "พบ|ผู้ป่วย" → the verb's length), else 0: like มี + noun, the noun begins the phrase."""
    if text in _tag_table():
        return 0
    w = _w()
    for n in range(2, len(text) - 1):
        if text[:n] in w["possess"] and _tag_table().get(text[n:]) == "N":
            return n
    return 0


@lexicon_cache(maxsize=WORD_CACHE)
def _glued_stop(text: str) -> bool:
    """ "ยังมี", "ซึ่งได้": a segmenter's glued auxiliary or gap word and a stop word."""
    w = _w()
    if text in _tag_table():
        return False  # a word of its own (รับรอง), not a segmenter's glue
    for n in range(1, len(text)):
        head, rest = text[:n], text[n:]
        if head in w["stop"] and len(head) >= 2 and _tag_table().get(rest) == "N":
            return True  # "มีมติ": มี + a noun, a verb phrase
        if rest in w["stop"] and (head in w["gap"] or head in w["lead"] or head in w["stop"]
                                  or _tag_table().get(head) in ("AUX", "ADV", "C")):
            return True
    return False


def _after_act_verb(picked: list[Token], *, thing: bool = False) -> list[Token]:
    """ "การเฝ้าระวังแหล่งน้ำขนาดใหญ่ 6 แห่ง": a classifier counts the act's object, not the act; with
    `thing` (a classifier of things, not of places or events) also after การ glued to its verb
    ("การครอบครอง|ยาบ้า 1 เม็ด"; ความ + verb is an abstract noun: "ความร่วมมือรัฐ-เอกชน")."""
    w = _w()
    first = picked[0].text if picked else ""
    glued = any(first.startswith(a) and word_class(first[len(a):]) == "V" for a in w["act"])  # การเฝ้า|ระวัง
    if len(picked) < 2 or (first not in w["act"] and not glued) or (len(picked) < 3 and not glued):
        return picked
    k = 1
    while k < len(picked) and word_class(picked[k].text) in ("V", "ADJ"):
        k += 1
    if (k > 1 or glued and thing and first.startswith(ACT_VERB)) and k < len(picked) and word_class(picked[k].text) == "N" and picked[k].text not in w["of"]:
        return picked[k:]  # "การครอบครอง|ยาบ้า 1 เม็ด": the act glued to its verb, then its object
    return picked


def _ends_a_rate(toks: list[Token], picked: list[Token]) -> bool:
    """ "5,000 บาทต่อคนต่อวัน เป็น 10,000 บาท": a phrase after ต่อ/ละ is a rate's tail, no subject."""
    k = _index_ending_by(toks, picked[0].start, len(toks) - 1) if picked else -1
    return k >= 1 and toks[k].text in ("ต่อ", "ละ") and (toks[k - 1].kind == "number" or _is_unit_word(toks[k - 1].text))


def _item_after_rate(toks: list[Token], picked: list[Token]) -> list[Token]:
    """ "ข้าวนาปี 1,190 บาทต่อไร่และข้าวโพดเลี้ยงสัตว์ 1,500 บาทต่อไร่": after a rate's unit and และ/,
    the next list item's label starts; the rate's tail is no part of it."""
    if len(picked) > 2 and _is_unit_word(picked[0].text) and picked[1].text in LIST_JOINERS[1:] \
            and _ends_a_rate(toks, picked) and _nounish(picked[2]):
        return picked[2:]
    return picked


POSTPOSED_REACH = 12  # characters before a phrase in which a postposing word (สำหรับ) and its spaces may stand


def _postposed(doc: Document, toks: list[Token], picked: list[Token]) -> bool:
    """ "ร้อยละ 87 สำหรับการลงทุนจากจีน และร้อยละ 147": the phrase belongs to the figure before it."""
    if not picked:
        return False
    post = _w()["postposed"]
    first = picked[0].start if picked[0].text not in post else picked[0].end  # สำหรับ may open the phrase
    if not doc.view[max(0, first - POSTPOSED_REACH):first].rstrip().endswith(tuple(post)):
        return False  # the common case, decided by a string test: no สำหรับ right before the phrase
    k = _before_spaces(toks, _index_ending_by(toks, first, len(toks) - 1))
    if k < 0 or toks[k].text not in post:
        return False
    j = _before_spaces(toks, k - 1)
    return j >= 0 and _figure_start(doc, toks[j].end) is not None


def _verb_done(text: str) -> bool:
    """ "ทำได้ 4,120 ราย", "รับได้": a verb with its ได้/แล้ว right before the number takes it as object."""
    return word_class(text) == "V" and text.endswith(GLUED_AUX) and len(text) > 4


def _glued_aux(text: str) -> bool:
    """ "ทำได้": a verb the segmenter glued to its auxiliary; it ends no subject."""
    return text not in _tag_table() and word_class(text) == "V" and text.endswith(GLUED_AUX)


@lexicon_cache(maxsize=WORD_CACHE)
def _every_quantifier(text: str) -> bool:
    """ "ทุกคน", "ทุกแห่ง": ทุก glued to a classifier qualifies the noun before it, it names nothing."""
    every = next((e for e in longest_first(_w()["every"]) if text.startswith(e)), None)
    return every is not None and len(text) > len(every) and _is_unit_word(text[len(every):])


def _nounish(t: Token) -> bool:
    return _nounish_text(t.text)


@lexicon_cache(maxsize=WORD_CACHE)
def _nounish_text(text: str) -> bool:
    return text not in _w()["lead"] and word_class(text) == "N"


FROM = "จาก"
ACT_VERB = "การ"  # glued to a verb, an act whose object a thing classifier counts


def _trim(picked: list[Token], *, counted: bool, thing: bool = False, no_people: bool = False) -> list[Token]:
    w = _w()
    picked = _split_glued_lead(picked)
    # leading function words; a leading verb when a noun follows ("ตรวจพบผู้กระทำผิด" → ผู้กระทำผิด)
    while picked:
        first = picked[0]
        cls = word_class(first.text)
        if cls == "AUX" and len(picked) > 1 and _aux_compound(first, picked[1]):
            break  # "กำลังการผลิต": the auxiliary's form is the noun's first part
        if first.text in w["lead"] or first.text in w["connector"] or first.text in ("-", "/", "ๆ", ABBREVIATION) \
                or first.kind == "space" or cls in ("P", "C", "AUX", "ADV", "DET", "PUNC", "NUM") \
                or first.text in w["relative"] or first.text in w["of"]:
            picked = picked[1:]
            continue
        if cls in ("V", "ADJ") and any(_nounish(t) for t in picked[1:]) \
                and not (len(picked) > 1 and _verb_of_manner(first, picked[1])):
            picked = _split_glued_lead(picked[1:])
            continue
        if first.text in words("subject_context_words", role="place_only"):
            k = 1 + (len(picked) > 1 and picked[1].kind == "space")
            if k < len(picked) - 1 and picked[k].text == AND:
                # "สาขา 1,023 แห่งทั่วประเทศและจุดบริการ… 871 จุด": the scope (where, never what) closes the
                # item before; the phrase after และ is the next item's own
                picked = picked[k + 1:]
                continue
        if first.text in w["agent_body"] and len(picked) > 2 and picked[1].start == first.end \
                and word_class(picked[1].text) == "V" and any(_nounish(t) for t in picked[2:]):
            picked = picked[1:]  # "รัฐบาล|เตรียม|วัคซีน": the body acts, its verb goes next, the object stays
            continue
        if first.text in w["decision"] and len(picked) > 2 and word_class(picked[1].text) == "V" \
                and any(_nounish(t) for t in picked[2:]):
            picked = picked[1:]  # "มติ|เห็นชอบ|รายการสินค้า…": the decision's verb goes next, what it decides on stays
            continue
        if first.text in w["frame"] and len(picked) > 1 and _nounish(picked[1]):
            picked = picked[1:]  # "ของกลาง|ยาบ้า": the exhibits seized are the drug named after the frame
            continue
        if first.text in w["target"] and len(picked) > 1 and (
                word_class(picked[1].text) == "V" and len(picked) > 2
                or word_class(picked[1].text) == "N" and not picked[1].text.startswith(tuple(w["relative"]))):
            picked = picked[1:]  # "เป้าระดมเงินลงทุน", "เป้าหมายผู้เข้ารับการอบรม": what the target counts
            continue
        break
    picked = _after_count_word(picked)
    picked = _cut_relative(picked, no_people=no_people)
    if counted:
        picked = _after_act_verb(_after_of(picked), thing=thing)
    picked = _cut_predicate(picked)
    # trailing modifiers, function words and verbs' auxiliaries
    while picked and (picked[-1].text in w["trail"] or picked[-1].text in w["connector"] or _glued_aux(picked[-1].text)
                      or picked[-1].text in w["lead"] or picked[-1].text in ("-", "/")
                      or picked[-1].kind == "space" or picked[-1].text in w["relative"]
                      or word_class(picked[-1].text) in ("DET", "C") and not _names_which(picked)
                      and not (counted and _names_others(picked))
                      or _every_quantifier(picked[-1].text) or _split_superlative(picked)):
        picked = picked[:-1]
    if not any(_nounish(t) or t.kind == "number" for t in picked) \
            and not (len(picked) > 1 and _aux_compound(picked[0], picked[1])):
        return []
    return picked


SAME = "เดียวกัน"


def _names_which(picked: list[Token]) -> bool:
    """ "ผู้โดยสารเที่ยวบิน|เดียวกัน": เดียวกัน glued to a noun says which ones (those of the same flight), part of
    the phrase as a relative clause would be; not after a time word ("ช่วงเดียวกัน": a time frame, no thing)."""
    return len(picked) > 1 and picked[-1].text == SAME and picked[-2].end == picked[-1].start \
        and word_class(picked[-2].text) == "N" and not picked[-2].text.endswith(tuple(_w()["same_time"]))


def _names_others(picked: list[Token]) -> bool:
    """ "มอบข้าวเหนียว และอาหารอื่นๆ 250 ชุด": อื่นๆ glued to a noun says which ones are counted (the other foods),
    as the spaced "อาหารอื่น ๆ" already reads (its ๆ a token of its own); a count keeps it. Not after a verb or a
    function word."""
    return len(picked) > 1 and picked[-1].text in OTHERS and picked[-2].end == picked[-1].start \
        and _nounish(picked[-2])


def _split_superlative(picked: list[Token]) -> bool:
    """ "นักท่องเที่ยว|มาก|สุด": the segmenter splits มากสุด/น้อยสุด, a trailing superlative as มากที่สุด is; its
    สุด goes first, then มาก/น้อย as trailing modifiers."""
    return len(picked) > 1 and picked[-1].text == "สุด" and picked[-2].text in _w()["trail"]


def _glued_act(text: str) -> bool:
    """การ glued by the segmenter to a verb the dictionaries know ("การรักษา", "การบริหาร"): a nominalised
    act, which the UD/TUD tables tag V as a whole (not "การันตี": no verb after การ)."""
    return text.startswith(ACT_VERB) and word_class(text) in ("V", "ADJ") \
        and _tag_table().get(text[len(ACT_VERB):]) in ("V", "ADJ")


def _amount_of_act(picked: list[Token], trimmed: list[Token]) -> list[Token]:
    """ "ยอดใช้จ่ายส่วนประชาชนสะสม 3,795 ล้านบาท": for money, an amount word before a verb names the
    amount of that act, so the phrase starts at it (the trim dropped both as a lead and a verb)."""
    if trimmed and trimmed[0] not in picked:
        return trimmed
    k = picked.index(trimmed[0]) if trimmed else len(picked)  # "ยอดใช้จ่ายพุ่ง 2.3 หมื่นล้านบาท": nothing else
    leads = _w()["amount_lead"]
    w = _w()
    for j in range(k - 1, -1, -1):
        nxt = picked[j + 1] if j + 1 < len(picked) else None
        if picked[j].text in leads and nxt is not None and word_class(nxt.text) == "V" \
                and nxt.text not in w["gap_alone"] and nxt.text not in w["trail"] \
                and all(t.kind == "word" for t in picked[j:k]):
            return picked[j:k] + trimmed  # "ยอดใช้จ่าย…"; not "ยอดสะสม", nor ยอด + a noun (a lead word)
    return trimmed


def _after_count_word(picked: list[Token]) -> list[Token]:
    """ "รายงานจำนวนผู้เดินทาง…", "รายงานตัวเลขนักท่องเที่ยว…": what follows "the number of" is
    what is counted; the words before it are the act of reporting."""
    count_words = _w()["count_word"]
    for k in range(len(picked) - 2, 0, -1):
        if picked[k].text in count_words and _nounish(picked[k + 1]) \
                and (k == 1 or all(word_class(t.text) == "V" for t in picked[:k])):
            return picked[k + 1:]  # not "ข้อผิดพลาดการคำนวณตัวเลขสถิติ": a noun phrase owns its ตัวเลข
    return picked


def _cut_relative(picked: list[Token], *, no_people: bool = False) -> list[Token]:
    """ "X ที่ <clause with its own subject>" → X ("วัดคาทอลิกที่คณะรัฐมนตรีมีมติ…"); a short clause
    stays ("เป้าหมายที่ตั้งไว้", "งบประมาณที่จัดสรร"), and so does a clause whose subject is X,
    opened by a verb or an auxiliary ("ข่าวสารที่แพร่กระจายบนโซเชียลมีเดีย", "เอสเอ็มอีที่ได้รับสินเชื่อ…")
    while shorter than LONG_SUBJECT_RELATIVE words. With `no_people` (a classifier of things, places or aspects)
    and X naming people, the clause's last act (การ…) is what is counted, not the people
    ("ประชาชนที่ยังคงได้รับผลกระทบผ่านการจัดตั้งศูนย์พักพิงและจุดอพยพ รวม 299 แห่ง")."""
    rel = _w()["relative"]
    for k in range(1, len(picked)):
        if picked[k].text in rel and picked[k - 1].text not in _w()["nominaliser"]:
            after = [t for t in picked[k + 1:] if t.kind != "space"]
            own_subject = bool(after) and word_class(after[0].text) not in ("V", "AUX")
            if len(after) >= (LONG_RELATIVE if own_subject else LONG_SUBJECT_RELATIVE):
                head = next((t for t in picked[:k] if _nounish(t)), None)
                if no_people and head is not None and _names_people(head.text):
                    act = next((m for m in range(len(picked) - 2, k, -1)
                                if picked[m].text in ACT_NOMINALS and picked[m + 1].kind == "word"), None)
                    if act is not None:
                        return picked[act:]
                return picked[:k]
            break
    return picked


ACT_NOMINALS = ("การ",)  # opens an act named inside a relative clause (not ความ: "ที่ได้รับความเดือดร้อน" is the people's state)


def _after_of(picked: list[Token]) -> list[Token]:
    """ "ผลการเบิกจ่ายของรัฐวิสาหกิจ 44 แห่ง": an act is not counted by a classifier, what follows ของ is."""
    w = _w()
    if not picked or picked[0].text not in w["act"]:
        return picked
    for k in range(len(picked) - 1, 0, -1):
        if picked[k].text in w["of"] and k + 1 < len(picked):
            return picked[k + 1:]
    return picked


def _whole_after_of(picked: list[Token], unit_word: str = "") -> list[Token]:
    """ "งานร่วมกันของ|องค์กรปกครองส่วนท้องถิ่นทั้ง 7,849 แห่ง" → องค์กรปกครองส่วนท้องถิ่น: ทั้ง
    quantifies the noun glued before it, so what stands before ของ is not what is counted; unless a
    person classifier counts the people before ของ and what follows names none ("นักบิน…และนักบิน
    ผู้ช่วยของเครื่องบินลำที่เกิดเหตุทั้ง 2 ราย": the pilots, of the plane)."""
    of = _w()["of"]
    for k in range(len(picked) - 2, 0, -1):
        if picked[k].text in of and picked[k].kind == "word":
            rest = picked[k + 1:]
            if unit_word in _w()["person_unit"]:
                heads = tuple(words("subject_context_words", role="person_head"))
                if picked[0].text.startswith(heads) and not rest[0].text.startswith(heads):
                    return picked
            if len(rest) == 1 and rest[0].text in _w()["owner_only"]:
                return picked  # "โรงพยาบาลของรัฐทั้ง 12 แห่ง": a sector owns, it is never what a classifier counts
            return rest if any(_nounish(t) for t in rest) else picked
    return picked


def _cut_predicate(picked: list[Token]) -> list[Token]:
    """ "นักท่องเที่ยวต่างชาติ|เดินทางเข้าไทย": a verb after the head noun with two or more words
    after it starts a predicate; a verb right after การ/ความ/ผู้ belongs to the noun."""
    w = _w()
    nominal = False
    for k, t in enumerate(picked):
        cls = word_class(t.text)
        if t.text in w["nominaliser"] or t.text in w["relative"] or t.text in w["of"] or _glued_act(t.text):
            return picked  # inside a nominalised or relative phrase every verb belongs to it (การ|บริหาร glued too)
        if cls == "N":
            nominal = True
        elif cls == "V" and nominal and len(picked) - k - 1 >= 2 \
                and (word_class(picked[k + 1].text) in ("V", "P") or _verb_spills(t.text, picked[k + 1].text)):
            return picked[:k]  # a verb chain (เดินทางเข้า) is a predicate; "สารสกัดฟ้าทะลายโจร" is a noun
    return picked


@lexicon_cache(maxsize=WORD_CACHE)
def _verb_spills(verb: str, following: str) -> bool:
    """ "เดิน|ทางเข้า": the segmenter cut a verb (เดินทาง) and glued its end to the next word."""
    table = _tag_table()
    return any(table.get(verb + following[:j]) == "V" for j in range(2, len(following)))


def _topic_of_have(toks: list[Token], i: int, unit, left_limit: int) -> int | None:
    """ "สถานศึกษาที่ผ่านการประเมินมีทั้งหมด 312 แห่ง", "ผู้ที่ลงทะเบียนมีทั้งสิ้น 5,000 คน": มี after a noun
    phrase that the classifier can count ("X has N in all": X numbers N) leaves the phrase counted:
    people for a person classifier, a phrase opened by the classifier's own noun, or a thing for
    แห่ง/ชนิด. The index of the phrase's last token, else None: a possessor ("จังหวัดมี 12 อำเภอ",
    "โรงพยาบาลมี 30 เตียง") owns what the classifier names."""
    if toks[i].text != HAVE or unit is None or unit.kind != "classifier" or i == 0:
        return None
    j = i - 1
    if toks[j].kind == "space" and toks[j].text == " " and j > 0:
        j -= 1
    if toks[j].kind != "word" or not _is_wordish(toks[j]) or toks[j].start < left_limit:
        return None
    w = _w()
    if toks[j].text in w["demonstrative"]:
        return None  # "โรงพยาบาลแห่งนี้มีทั้งหมด 3 แห่ง": one thing named, the owner of what is counted
    phrase = _collect(toks, j, left_limit, unit_word=unit.word, counted=True)
    while phrase and (phrase[0].kind == "space" or phrase[0].text in w["lead"] and word_class(phrase[0].text) != "P"):
        phrase = phrase[1:]  # "ปัจจุบัน|มาตรการด้านภาษีมี 3 มาตรการ"; not ใน: "ในจีนมี 3 แห่ง" says where
    if not phrase or phrase[0].kind != "word" or word_class(phrase[0].text) != "N":
        return None
    head = phrase[0].text
    people = head.startswith(tuple(words("subject_context_words", role="person_head"))) \
        and not head.startswith(tuple(words("subject_context_words", role="not_people")))
    if unit.word in w["person_unit"]:
        agrees = people and not head.startswith(tuple(w["household"]))
    else:
        agrees = _opened_by_unit(head, unit.word) or (
            unit.word in w["whole_unit"] and not people and not head.startswith(tuple(w["condition"]))
            and not head.startswith(tuple(words("subject_context_words", role="place_unit"))))
    return j if agrees else None


SHORT_UNIT = 3  # a shorter classifier opens other words too: "ใบ|ประกอบมี 3 ใบ" (a leaf's leaflets)


def names_medicine_for_people(doc: Document, pos: int, found: Subject | None) -> bool:
    """ "รักษาโดยใช้ยา|ฟาวิพิราเวียร์ 1,251 คน", "ไม่ได้รับวัคซีน 111 ราย": a phrase opened by a medicine word
    (phrase_words.tsv role medicine) never names what a person classifier counts."""
    if found is None or not found.text.startswith(tuple(_w()["medicine"])):
        return False
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.word not in _w()["person_unit"]:
        return False
    first = doc.tokens_after(found.start, 1)
    return bool(first) and first[0].text in _w()["medicine"]


RANK = "อันดับ"
RELATIVE = "ที่"
TOP_REACH = 16  # tokens from the superlative back to the relative ที่ of its clause
TOP_REACH_ACROSS = 28  # the same when the clause holds one percentage ("ที่เบิกจ่ายได้ไม่ต่ำกว่าร้อยละ 95 ของแผน…")
PERCENT_WORD = "ร้อยละ"


def ranked_things(doc: Document, pos: int, left_limit: int = 0) -> Subject | None:
    """ "ประเทศที่มีผู้ติดเชื้อสูงสุด 3 อันดับแรก คือ …", "จังหวัดที่พบจุดความร้อนสูงสุด 5 อันดับแรก": a top-N
    count ranks the things named before the relative ที่ of its clause, not the criterion (ผู้ติดเชื้อ) the
    reader stops at. Only when a superlative (`superlative` rows) ends the text right before "N อันดับ" and a
    ที่ token stands within TOP_REACH tokens before it, with no line break, figure or bracket between; None
    otherwise (the reader's phrase stands)."""
    before = doc.view[max(left_limit, pos - 40):pos].rstrip(" ")
    if not before.endswith(tuple(_w()["superlative"])):
        return None  # the common case, decided without a unit look-up
    unit = _unit_of_number_at(doc, pos)
    if unit is None or unit.word != RANK:
        return None
    toks = doc.tokens_before(pos, TOP_REACH_ACROSS)
    crossed = None  # the start of the one percentage the clause may hold ("…ได้ไม่ต่ำกว่าร้อยละ 95 ของแผน…และมี…")
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if "\n" in t.text or t.text in ("(", ")", "“", "”", '"'):
            return None
        if t.kind == "number":  # the previous record's own figure may be the one crossed
            if crossed is not None or not _percentage_figure(toks, i):
                return None
            crossed = t.start
        elif crossed is None and (len(toks) - i > TOP_REACH or t.end <= left_limit):
            return None
        elif t.text == RELATIVE and t.kind == "word":
            limit = left_limit if crossed is None else _effective_limit(doc, 0)
            found = read_subject(doc, t.start, left_limit=limit, _counted=True)
            return found if found is not None and doc.view.startswith(RELATIVE, found.end) else None
    return None


def _percentage_figure(toks: list[Token], i: int) -> bool:
    """toks[i] is the figure of "ร้อยละ N" or "N%" (a criterion inside a ranked clause, never a count)."""
    before = next((t.text for t in reversed(toks[:i]) if not t.text.isspace()), "")
    after = next((t.text for t in toks[i + 1:] if not t.text.isspace()), "")
    return before == PERCENT_WORD or toks[i].text.endswith("%") or after.startswith(("%", "เปอร์เซ็นต์"))


def _opened_by_unit(head: str, unit_word: str) -> bool:
    """The head is the classifier's own noun ("โครงการ…มี 25 โครงการ", "ประเทศสมาชิก IMO มี 174 ประเทศ")."""
    return len(unit_word) >= SHORT_UNIT and head.startswith(unit_word)


def read_subject(doc: Document, pos: int, *, left_limit: int = 0, _depth: int = 0,
                 _counted: bool | None = None) -> Subject | None:
    """The noun phrase naming what the number at `pos` counts, or None when the text names none.

    `pos` is where the figure starts (after any qualifier written before it); the reader does not
    cross `left_limit` (the end of the previous record) except to step over one figure that the
    number restates."""
    unit = _unit_of_number_at(doc, pos)
    # a classifier counts things; money and percentages measure the act ("การเบิกจ่ายของรัฐวิสาหกิจ"),
    # also when they restate a count ("…รัฐวิสาหกิจ 34 แห่ง จำนวน 84,792 ล้านบาท")
    counted = _counted if _counted is not None else unit is not None and unit.kind != "currency"
    left_limit = _effective_limit(doc, left_limit)
    toks = doc.tokens_before(pos, WINDOW_TOKENS)
    gap = _skip_gap(doc, toks, len(toks) - 1, left_limit, unit.word if unit is not None else None, counted=counted,
                    duration=unit is not None and unit.kind == "time", measure=unit is not None and unit.kind == "measure")
    if gap.null or gap.end_index < 0:
        return None
    if gap.restates is not None:
        if _depth >= MAX_RESTATED or _counts_other_things(doc, unit, gap.restates):
            return None
        restated = read_subject(doc, gap.restates, _depth=_depth + 1, _counted=counted)
        if restated is not None and _names_the_each(doc, gap.restates, restated, unit):
            return None  # "จัดห้องพักห้องละ 2 คน รวมทั้งสิ้น 300 คน": the rooms, not the 300 people (lo24)
        if restated is not None and restated.text in _w()["age"] and unit is not None and unit.kind != "time" \
                and _depth + 1 < MAX_RESTATED:
            # "กล้าไม้อายุ 3 ปี จำนวน 5,000 ต้น": the figure restated is an age; the count counts its holder
            return read_subject(doc, restated.start, _depth=_depth + 2, _counted=counted)
        if restated is not None and restated.text in _w()["extent_noun"] and unit is not None and unit.kind == "classifier":
            # "กระสุนปืนขนาด 9 มม. จำนวน 2 ลูก": the size is no thing counted; what has it (read as the measure
            # reader did before `_extent_alone`) is
            return _before_extent(doc, restated)
        return restated
    w = _w()
    if unit is not None and unit.kind == "measure":
        each = _measured_each(toks)
        if each is not None:
            return each
    quoted = toks[gap.end_index].text in CLOSE_QUOTES
    if quoted:
        past = _past_quote(toks, gap.end_index, left_limit) if unit is not None and unit.kind == "classifier" else None
        if past is None:
            return None
        gap = gap._replace(end_index=past)
    if (toks[gap.end_index].text in w["stop"] or _verb_done(toks[gap.end_index].text)) and not (
            gap.end_index > 0 and toks[gap.end_index - 1].text in w["nominaliser"]):
        topic = _topic_of_have(toks, gap.end_index, unit, left_limit)
        if topic is None:
            return None  # "มี 5 คน", "ตรวจพบ 12 ราย", "ทำได้ 4,120 ราย": the number is the verb's object
        gap = gap._replace(end_index=topic)
    if unit is not None and unit.word in w["age_cycle"] and _age_near(doc, toks[gap.end_index], unit.end):
        return None  # "เฉลิมพระชนมพรรษา 6 รอบ", "มหามงคล 6 รอบ พระชนมพรรษา": an age in twelve-year cycles
    picked = _drop_previous_unit(toks, _collect(toks, gap.end_index, 0 if gap.bounded else left_limit,
                                                unit_word=unit.word if unit is not None else None,
                                                counted=counted and unit is not None))
    if gap.bounded and left_limit and len(picked) > 1 and picked[-1].text in _w()["age"]:
        picked = picked[:-1]  # "กลุ่มเด็กอายุ 5 ปีขึ้นไป 12,450 ราย": the age is the bound, not the group
    if unit is not None and unit.kind == "classifier" and unit.word not in _orchid_classifiers():
        head = _relative_of_repeated_head(toks, gap.end_index, unit.word, left_limit)
        if head is not None:
            return Subject(doc.text[toks[head].start:toks[gap.end_index].end], toks[head].start, toks[gap.end_index].end)
    company = _company_name(doc, toks, gap.end_index, left_limit) if unit is not None and unit.word in w["person_unit"] else None
    if company is not None:  # the people of a company ("ลูกจ้างบริษัท … จำกัด 200 คน"); not "ให้บริษัท … จำกัด 3 ลำ"
        picked = company
    if picked and picked[-1].text in w["list_end"]:
        header = _examples_header(doc, picked[-1], left_limit)
        if header is None:
            return None  # "… เป็นต้น 25 ฉบับ": the end of a list of examples names nothing itself
        toks, picked = header
    picked = _item_after_rate(toks, picked)
    if _ends_a_rate(toks, picked) or _postposed(doc, toks, picked):
        return None
    if unit is not None and unit.word in w["age_cycle"] and any(n in t.text for t in picked for n in w["age_name"]):
        return None  # "เฉลิมพระชนมพรรษา<a title>ครบ 6 รอบ": the cycles measure the age the phrase names
    if unit is not None and unit.word in w["area_unit"] and _depth < MAX_RESTATED:
        earlier = _area_run_before(doc, toks[gap.end_index])
        found = read_subject(doc, earlier, _depth=_depth + 1, _counted=counted) if earlier is not None else None
        if found is not None and found.text.startswith(tuple(w["area_head"])):
            return found  # "มีพื้นที่ได้รับผลกระทบ 5 อำเภอ 17 ตำบล": one area, counted in its districts and subdistricts
    if unit is not None and unit.kind == "time":
        earlier = _duration_before(doc, toks[gap.end_index])
        if earlier is not None and _depth < MAX_RESTATED:
            # "อายุ 3 ปี 11 เดือน": the second part of one duration has the first part's subject
            return read_subject(doc, earlier, _depth=_depth + 1, _counted=counted)
        last = toks[_past_modifiers(toks, gap.end_index)]
        for age in longest_first(_w()["age"]):
            before_age = last.text[:-len(age)]
            if last.text.endswith(age) and last.kind == "word" and before_age and word_class(last.text) == "N" \
                    and (last.text in _tag_table() or before_age.startswith(_nominal_prefixes())) \
                    and not _ends_with_stop(before_age) \
                    and not doc.numbers_between(last.end, pos):
                return Subject(last.text, last.start, last.end)  # "ผู้สูงอายุ 60 ปี": the age group
            if last.text.endswith(age) and last.kind == "word" and _term_not_age(toks, toks.index(last), before_age):
                # "หุ้นกู้รุ่นอายุ 3 ปี": a product's term, named by อายุ as an age is (as the dev gold marks it)
                return Subject(doc.text[last.end - len(age):last.end], last.end - len(age), last.end)
            if last.text.endswith(age) and last.kind == "word" and not doc.numbers_between(last.end, pos) \
                    and (not before_age or before_age in _w()["stop"] or before_age in _w()["gap"]
                         or _ends_with_stop(before_age) or before_age in _w()["term_verb"]):
                # "อายุ 18-60 ปี", "มีอายุไม่เกิน 65 ปี", "ยืดอายุจาก 9 ปี": the age (a term) itself is named
                start = last.end - len(age)
                k = toks.index(last)
                if not before_age and k > 0 and toks[k - 1].text in _w()["age_prefix"] and toks[k - 1].end == last.start:
                    start = toks[k - 1].start  # "สิริอายุ 95 ปี": the honorific age of the late
                return Subject(doc.text[start:last.end], start, last.end)
        term = _age_term(toks, toks.index(last)) if last.kind == "word" and not doc.numbers_between(last.end, pos) \
            else None
        if term is not None:
            return Subject(doc.text[term:last.end], term, last.end)  # "มีอายุ|ราชการเพียง 1 ปี": the term (q39)
        return None  # a duration or an age: the text names nothing beyond the unit
    picked = _past_empty_words(toks, picked, left_limit)
    picked = _past_lead_time(picked)
    if unit is not None and picked:
        picked = _counted_noun(doc, toks, picked, unit, left_limit)
        if unit.kind == "currency":
            given = _share_of_given(doc, toks, picked, left_limit, pos)
            if given is not picked:  # "โอนเงินชดเชยให้เกษตรกร… 86,169 ล้านบาท": the money given, not its recipient
                obj = _after_last_verb(given)
                if obj is not given or word_class(given[-1].text) != "V":
                    picked = obj  # not "บริษัทจ่าย|ให้แก่ผู้ถือหุ้น": a verb with no object names nothing given
    elif picked:
        picked = _share_of_given(doc, toks, picked, left_limit, pos)
    thing = unit is not None and unit.word in w["object_unit"]
    no_people = unit is not None and (thing or unit.word in w["whole_unit"] or unit.word in w["aspect_unit"])
    untrimmed = picked
    trimmed = _trim(picked, counted=counted, thing=thing, no_people=no_people)
    if unit is not None and unit.kind == "currency":
        trimmed = _amount_of_act(picked, trimmed)
    if unit is not None and unit.kind == "measure":
        trimmed = _extent_alone(_drop_dimension(trimmed))
    elif unit is not None and unit.word in w["dimension_unit"]:
        trimmed = _drop_dimension(trimmed)  # "อาคารเรียนความสูง 2 ชั้น": the building, its storeys counted
    if unit is not None and len(trimmed) == 1 and trimmed[0].text == unit.word and trimmed[0] in picked:
        k = picked.index(trimmed[0])
        if k + 1 < len(picked) and picked[k + 1].text in w["unit_verb"] and picked[k + 1].start == trimmed[0].end:
            trimmed = picked[k:k + 2]  # "มีเตียงรองรับ 4 พันเตียง": the unit and its verb name the count (beds available)
    if unit is not None and len(trimmed) == 1 and trimmed[0].text == unit.word:
        # "ครองเตียง 451 เตียง": the verb and the unit name the count (occupied beds)
        k = picked.index(trimmed[0])
        j = k
        while j > 0 and word_class(picked[j - 1].text) == "V" and picked[j - 1].text not in _w()["connector"]:
            j -= 1
        trimmed = picked[j:k + 1] if j < k else []
    label = _label_core(picked)
    if not trimmed and unit is not None and label and unit.word in w["person_unit"]:
        label = _with_glued_verbs(toks, label)  # "ตรวจ|รักษา 8,597 ราย": the reader stopped at a stop verb
    if not trimmed and unit is not None and _verb_label(doc, toks, label, after_figure_only=unit.kind == "currency"):
        trimmed = label  # "ผู้ป่วยกำลังรักษา 34,898 ราย เสียชีวิต 32 ราย": a list item named by its verb
    if trimmed and unit is not None and unit.word in w["person_unit"]:
        trimmed = _act_item_label(doc, toks, picked, trimmed)  # "2.1) การตรวจเชื้อ 2,792 ราย": the act, not เชื้อ
    if not trimmed and unit is not None and unit.word not in w["person_unit"]:
        trimmed = _act_alone(doc, toks, picked, pos)  # "ตั้งเป้าการผลิต 1 แสนคัน": the act whose output is counted
    if unit is not None and unit.word not in w["person_unit"] and not gap.whole:  # "…จากกรมประมง ทั้ง 14 แห่ง": the givers
        trimmed = _without_giver(toks, trimmed)  # "รับมอบเครื่องผลิตออกซิเจนจากรัฐบาลอินเดีย 300 เครื่อง"
    picked = trimmed
    if picked and unit is not None and unit.word in w["person_unit"] \
            and _name_number_alone().fullmatch(doc.text, picked[0].start, picked[-1].end):
        picked = _verb_from_disease(untrimmed, picked)  # "เสียชีวิตจากโควิด 19 ถึง 78 ราย" (v23)
    if not picked or _name_number_alone().fullmatch(doc.text, picked[0].start, picked[-1].end):
        return None  # "ฉีดวัคซีนโควิด 19 มากกว่า 8 แสนโดส": a disease's name alone counts nothing
    if quoted and not picked[0].text.startswith(unit.word):
        return None  # past a quote only the classifier's own noun: "สถานี… “แบบกึ่งถาวร” 30 สถานี"
    if gap.spaced and unit is not None and not _agrees_across_space(picked, unit.word) \
            and not _counted_across_space(doc, toks, picked, unit.word):
        return None  # "นโยบาย MIND ทั้ง 4 มิติ", "…จากกรมประมง ทั้ง 14 แห่ง": a space, and nothing says it is counted
    if gap.whole and unit is not None and not picked[0].text.startswith(unit.word) \
            and (unit.word not in _orchid_classifiers() and unit.word not in w["whole_classifier"]
                 or any(unit.word in t.text for t in picked)) \
            and not (word_class(picked[0].text) != "V"
                     and _office_of_each(doc.text[picked[0].start:picked[-1].end], unit.word)):
        # "ผู้แทนทั้ง 2 หน่วยงาน", "จัดในทั้ง 76 จังหวัด": a noun used as its own classifier (ORCHID
        # tags it a noun, not C…) names what is counted; only a true classifier (แห่ง, ชนิด, ฉบับ)
        # counts the noun before ทั้ง ("รัฐวิสาหกิจทั้ง 2 แห่ง"), and so does an office or official
        # named by the unit's own word ("ผู้ว่าราชการจังหวัดทั้ง 76 จังหวัด": the governors)
        conjunct = _last_conjunct_of_unit(picked, unit.word)
        if conjunct is None:
            return None
        picked = conjunct  # "ทั้งกระทรวงอุตสาหกรรมและหน่วยงานเครือข่ายทั้ง 3 หน่วยงาน": the conjunct the unit's noun heads (q42)
    if gap.whole and unit is not None and unit.word in w["whole_classifier"] \
            and any(t.kind == "word" and word_class(t.text) == "V" and not t.text.startswith(NOMINALISERS)
                    for t in picked):
        # a verb glued to การ/ความ is a noun ("การพัฒนาเกษตรกรรมยั่งยืนทั้ง 5 สาขา"; q28)
        return None  # "ขอให้ทุกหน่วยงานพิจารณาประเด็นทั้งกรอบความสำคัญทั้ง 5 ข้อ": a clause, not the items' noun
    if gap.whole and unit is not None and _agent_relative_before_whole(picked, unit.word):
        return None  # "บริษัทที่ยื่นทั้ง 2 ฉบับ": the companies that filed both, the count counts what they filed (rev36r)
    whole_head = picked[0].text if picked else ""  # "ความต้องการของตลาดแรงงานทั้ง 10 สาขา": a quality's, before ของ
    if gap.whole:
        picked = _whole_after_of(picked, unit.word if unit is not None else "")
    if gap.whole and unit is not None and unit.word in NOUN_CLASSIFIERS and picked \
            and (_names_people(picked[0].text) or whole_head.startswith(ABSTRACT) or picked[0].text.startswith(ABSTRACT)
                 or whole_head.startswith(_amount_heads())
                 or picked[0].text.startswith(NOMINALISERS) and picked[0].start > 0
                 and "\u0e01" <= doc.text[picked[0].start - 1] <= "\u0e4e"):
        # "พนักงานธนาคารทั้ง 20 สาขา", "ผู้สำเร็จการศึกษาทั้ง 2 รุ่น": people are not the branches or cohorts counted;
        # "การจัดการเรียน|การสอนทั้ง 8 สาขา": an การ-phrase glued to the word before it may be cut from it;
        # "ยอดขายทั้ง 50 สาขา", "งบประมาณทั้ง 4 เรื่อง": an amount over the branches or matters, not them (rev27c)
        return None
    result = _target_of_result(doc, toks, picked) if len(picked) == 1 and picked[0].text in w["target"] else None
    if result is not None:
        if _depth >= MAX_RESTATED:
            return None
        return read_subject(doc, result, _depth=_depth + 1, _counted=counted)
    if counted and _act_undergone(toks, picked) and (unit is None or unit.word not in w["act_count"]):
        # "สินค้าเกษตรถูก|การตรวจสอบ 25 รายการ", "โรงงานเข้ารับ|การตรวจ 40 แห่ง": the act is done to what stands before the
        # verb of undergoing, and the figure counts that, not the act (rev20; `_act_alone` keeps off these too)
        return None
    if counted and _base_of_change(toks, picked):
        # "ความต้องการไฟฟ้าเพิ่มขึ้นจากแผน PDP2015 ประมาณ 2,820 เมกะวัตต์": the base, not what changed; not
        # money, where the amount after จาก is often the base's own ("เพิ่มขึ้นจากอัตราเหมาจ่ายรายหัว 3,385.98 บาท")
        return None
    start, end = picked[0].start, picked[-1].end
    if doc.text.startswith(KEEP_AFTER_RELATIVE, end) and any(t.text.startswith(tuple(w["relative"])) for t in picked):
        end += len(KEEP_AFTER_RELATIVE)  # "เป้าหมายที่ตั้งไว้": a relative clause keeps its ไว้
    elif picked[-1].text in grammar("negator"):
        modal = next((m for m in longest_first(w["negated_modal"]) if doc.text.startswith(m, end)), "")
        end += len(modal)  # "ถนนที่สัญจรไม่ได้ 21 สาย": a negation keeps its modal, never a dangling ไม่
    else:
        end -= _glued_qualifier(doc, picked[-1], pos, picked[-2] if len(picked) > 1 else None)
    return Subject(doc.text[start:end], start, end)


RECEIVE_REACH = 3  # tokens before a phrase searched for the verb of receiving whose object it is


def _without_giver(toks: list[Token], picked: list[Token]) -> list[Token]:
    """ "รับมอบเครื่องผลิตออกซิเจนจากรัฐบาลอินเดีย จำนวน 300 เครื่อง" → เครื่องผลิตออกซิเจน, "รับมอบเช็คเงินสดจาก
    ธนาคารออมสินจำนวน 2 ล้านบาท" → เช็คเงินสด: after a verb of receiving (`receive_verb`, glued before the
    phrase) a trailing จาก + a giver says where the thing came from, the verb's, not the thing's name. Not
    people (the caller: "ผู้บริหารจากสายการบิน…" are named by where they are from), not a source that is an
    act ("รายได้จากการจำหน่าย…": what the money is) nor one holding a verb, nor after an act head ("การสนับสนุน
    จากกองทุน…": the support is named by its giver)."""
    w = _w()
    if len(picked) < 3 or picked[0] not in toks:
        return picked
    k = next((j for j in range(1, len(picked) - 1) if picked[j].text == FROM), None)
    if k is None or not any(_nounish(t) for t in picked[:k]) or picked[0].text.startswith((ACT_VERB, ABSTRACT)):
        return picked  # not "ได้รับการสนับสนุนจากกองทุน…": support is named by who gives it
    giver = picked[k + 1:]
    if giver[0].text.startswith((ACT_VERB, ABSTRACT)) \
            or not all(t.kind == "word" and word_class(t.text) != "V" for t in giver):
        return picked
    i = toks.index(picked[0])
    for j in range(i - 1, max(-1, i - 1 - RECEIVE_REACH), -1):
        if toks[j].kind != "word":
            return picked
        if toks[j].text in w["receive_verb"]:  # not เปิดรับ|สมัครงาน (recruiting)
            return picked[:k]
    return picked


PEOPLE_NOMINALISERS = ("ผู้", ABSTRACT)  # "ผู้เข้าถึง 2,000 ราย": a verb ending in ถึง made a noun of people, kept whole


def _glued_qualifier(doc: Document, last: Token, pos: int, before: Token | None) -> int:
    """ "มีจุดการแสดงถึง 5 จุด", "การยื่นขอลงทุนในภาคเหนือกว่า 8,000 ล้านบาท": the segmenter read a word ending
    in a qualifier (แสดงถึง, เหนือกว่า) where the qualifier stands right before the figure; the characters
    of that qualifier to cut off the phrase's end (0 when there is none): only when nothing but spaces
    stands between the token and the figure and what is left of the token is a word of its own."""
    if last.kind != "word" or doc.text[last.end:pos].strip() \
            or before is not None and before.end == last.start and before.text in PEOPLE_NOMINALISERS:
        return 0
    for q in longest_first(_w()["glued_qualifier"]):
        rest = last.text[:-len(q)]
        if last.text.endswith(q) and len(rest) >= 2 and rest in _tag_table():
            return len(q)
    return 0


CLOSE_QUOTES = {"”": "“", "»": "«"}  # not '"' nor "'": the same mark opens and closes
QUOTED_TOKENS = 12  # tokens inside a quoted name or label stepped over


@lexicon_cache
def _programme_words() -> tuple[str, ...]:
    return tuple(words("subject_context_words", role="act_object"))


def _past_quote(toks: list[Token], i: int, left_limit: int) -> int | None:
    """ "สถานีตรวจวัดระดับเสียง “แบบกึ่งถาวร” รวมทั้งสิ้น 30 สถานี": a quoted name or label between
    a noun and the figure qualifies the noun, which is what is counted; the index of the noun's
    last token before the opening quote (a space between allowed), or None when there is none on
    the same line. The caller keeps the phrase only when it starts with the classifier's own noun:
    elsewhere the noun before a quote is as often a place or an act ("ในพื้นที่ “เขตพัฒนาพิเศษ…”
    315 โครงการ"), or people whose clause the quote ends ("ผู้ลงทะเบียน…ผ่านแอปฯ “ทางรัฐ” แล้ว 200,583
    คน", which the existential reading names better)."""
    opening = CLOSE_QUOTES[toks[i].text]
    for j in range(i - 1, max(-1, i - 1 - QUOTED_TOKENS), -1):
        t = toks[j]
        if t.start < left_limit or "\n" in t.text:
            return None
        if t.text == opening:
            k = j - 1
            if k >= 0 and toks[k].kind == "space" and "\n" not in toks[k].text:
                k -= 1
            ok = k >= 0 and toks[k].start >= left_limit and _is_wordish(toks[k]) and word_class(toks[k].text) == "N" \
                and toks[k].text not in _w()["stop"] and not toks[k].text.startswith(_programme_words())
            return k if ok else None  # not "โครงการ “คนละครึ่ง” 26 ล้านคน": a programme's name, what it counts is elsewhere
    return None


def _relative_of_repeated_head(toks: list[Token], i: int, unit_word: str, left_limit: int) -> int | None:
    """ "ร่วมกับจังหวัดที่มีพรมแดนติดต่อกับประเทศเพื่อนบ้านในภูมิภาคอาเซียน 17 จังหวัด", "โดยช่องทางที่จะ
    ตรวจสอบผลการพิจารณาคุณสมบัติได้ 3 ช่องทาง": a noun used as its own classifier, opening the phrase
    (after a verb, a preposition or a conjunction) with a relative clause after it, heads what is
    counted, the whole clause with it; the index of that noun, or None. Only unbroken text: no
    space, figure or line between."""
    w = _w()
    rel = tuple(w["relative"])
    for k in range(i, max(-1, i - MAX_PHRASE_TOKENS), -1):
        t = toks[k]
        if t.start < left_limit or t.kind != "word":
            return None
        if t.text == unit_word and k + 1 < i and toks[k + 1].kind == "word" and toks[k + 1].text.startswith(rel):
            before = toks[k - 1] if k > 0 else None
            if before is not None and before.kind == "word" and (
                    word_class(before.text) in ("V", "P", "C") or before.text in w["stop"]):
                return k
            return None
    return None


COMPANY_REACH = 120  # characters of a company's name, from its head (บริษัท) to its end (จำกัด)


@lexicon_cache
def _company_words() -> tuple[frozenset[str], frozenset[str]]:
    heads = frozenset(r["head"] for r in load_tsv("org_heads") if r.get("category") == "company")
    ends = words("org_generic", kind="company_end")
    return heads, ends


def _company_name(doc: Document, toks: list[Token], i: int, left_limit: int) -> list[Token] | None:
    """ "ลูกจ้างบริษัท อัลฟ่า เพอร์ฟอร์มานซ์ กรุ๊ป จำกัด จำนวนกว่า 200 คน": a company's name, from its
    head to จำกัด, is one name whatever spaces it holds; the phrase is the name with the words glued
    before its head, or None when the phrase does not end such a name (on one line)."""
    heads, ends = _company_words()
    if i < 0 or toks[i].kind != "word" or toks[i].text not in ends:
        return None
    lo = max(left_limit, toks[i].start - COMPANY_REACH)
    view = doc.view[lo:toks[i].start]
    at = max((view.rfind(h) for h in heads), default=-1)
    if at < 0 or "\n" in view[at:]:
        return None
    start = lo + at
    k = next((j for j in range(i, -1, -1) if toks[j].start <= start < toks[j].end), None)
    if k is None or k == i:
        return None  # the head glued inside a token ("พนักงานบริษัท") starts with that token
    start = toks[k].start
    left = _collect(toks, k - 1, left_limit) if k > 0 and toks[k - 1].end == start and toks[k - 1].kind == "word" else []
    if left:  # "เห็นควรเพิ่มจำนวนกรรมการของบริษัท …": the words before the name lose their verbs like any phrase
        whole = _trim(left + toks[k:i + 1], counted=True)
        left = [t for t in left if whole and t.start >= whole[0].start]
    return left + toks[k:i + 1]


EXAMPLES_REACH = 400  # characters before เป็นต้น searched for the word (อาทิ, เช่น) that opened its list


def _examples_header(doc: Document, end: Token, left_limit: int) -> tuple[list[Token], list[Token]] | None:
    """ "รับรองเอกสารของคณะทำงานด้านเกษตรรายสาขา อาทิ คณะทำงาน… คณะทำงาน… เป็นต้น ทั้งหมด 25 ฉบับ":
    a list of examples closed by เป็นต้น stands between the figure and its header; what is counted is
    the phrase before the word that opened the list (the tokens before it, and that phrase), or None
    when no such word stands in the sentence before (no figure, no line break between)."""
    lo = max(left_limit, end.start - EXAMPLES_REACH)
    view = doc.view[lo:end.start]
    cut = max(view.rfind("\n"), *(m.end() - 1 for m in regex.finditer(r"\d", view)), -1)
    best = -1
    for opener in _w()["examples"]:
        k = view.rfind(opener)
        if k > cut and k > best and doc.is_boundary(lo + k):
            best = k
    if best < 0:
        return None
    toks = doc.tokens_before(lo + best, WINDOW_TOKENS)
    k = _before_spaces(toks, len(toks) - 1)
    if k < 0:
        return None
    picked = _collect(toks, k, left_limit)
    return (toks, picked) if picked else None


OBJECT_UNITS = ("classifier", "measure")
EACH = "ละ"


def _measured_each(toks: list[Token]) -> Subject | None:
    """ "…เป็น 4 ช่องจราจร กว้างช่องจราจรละ 3.50 เมตร" → ช่องจราจร: a dimension word opening its
    phrase (no noun glued before it), then "X ละ" right before a measure: each X has that extent, X
    is what is measured. With a noun glued before the dimension ("ไหล่ทางกว้างข้างละ 2.5 เมตร") that
    noun is, as the reader reads it."""
    k = len(toks) - 1
    while k >= 0 and toks[k].kind == "space":
        k -= 1
    if k < 2 or toks[k].kind != "word":
        return None
    t = toks[k]
    if t.text == EACH:
        x, k = toks[k - 1], k - 1
        start, end = x.start, x.end
    elif t.text.endswith(EACH) and len(t.text) > len(EACH):
        x, start, end = t, t.start, t.end - len(EACH)
    else:
        return None
    dim = toks[k - 1] if k >= 1 else None
    if x.kind != "word" or x.end != (t.start if t.text == EACH else t.end) or dim is None \
            or dim.text not in words("phrase_words", role="dimension") or dim.end != x.start:
        return None
    before = toks[k - 2] if k >= 2 else None
    if before is not None and before.kind == "word" and before.end == dim.start and _nounish(before):
        return None  # "ไหล่ทางกว้างข้างละ": the noun before the dimension is measured
    text = x.text[:end - start]
    if len(text) < 2 or not _nounish_text(text):
        return None
    return Subject(text, start, end)


def _agrees_across_space(picked: list[Token], unit_word: str) -> bool:
    """ "หน่วยงานผู้รับผิดชอบ… ทั้ง 6 หน่วยงาน", "เด็กๆ ทั้ง 5 คน": across a space before ทั้ง, the
    phrase is what is counted only when its head agrees with the unit: the unit word repeated, or
    people for a person classifier. Not "…จัดโดย อว. ทั้ง 2 แห่ง", "ผู้สูงอายุ ทั้ง 5 ประเภท"."""
    head = picked[0].text
    return head.startswith(unit_word) or (
        unit_word in _w()["person_unit"] and head.startswith(tuple(words("subject_context_words", role="person_head"))))


def _counted_across_space(doc: Document, toks: list[Token], picked: list[Token], unit_word: str) -> bool:
    """ "มหาวิทยาลัยเทคโนโลยีราชมงคล ทั้ง 9 แห่ง", "อุตสาหกรรมจังหวัด ทั้ง 15 จังหวัด": across a space before
    ทั้ง, a noun phrase is also what is counted when the unit counts places, bodies or kinds of a thing
    (`whole_unit`: แห่ง, ชนิด) or the phrase names an office of each unit. Not an acronym alone
    ("สำนักงานเขต บสย. ทั้ง 11 แห่ง": the offices, not บสย.), nor people, nor a source ("จากกรมประมง
    ทั้ง 14 แห่ง"), nor an amount or outcome of the things (`measure_head`: "ระดับน้ำในเขื่อน ทั้ง 4 แห่ง"),
    nor a state they are in ("ความเสียหาย")."""
    w = _w()
    if picked[0].kind != "word" or word_class(picked[0].text) != "N" or "." in picked[0].text:
        return False  # not an acronym ("บสย.") nor anything it does not tag a noun
    if picked[0].text.startswith(tuple(words("subject_context_words", role="person_head"))):
        return False  # "ผู้แทนหน่วยงาน ทั้ง 4 หน่วยงาน": people of each body; the bodies are counted
    if any(t.text in w["measure_head"] for t in _whole_after_of(picked, unit_word)):
        # "ระดับน้ำในเขื่อน ทั้ง 4 แห่ง", "…ติดตามราคาผักสด ทั้ง 12 ชนิด": an amount of the things (after ของ,
        # what follows is counted: "ผลผลิตของสหกรณ์ ทั้ง 3 แห่ง")
        return False
    if picked[0].text.startswith(PROPERTY_PREFIX):
        return False  # "ซึ่งได้รับความเสียหาย ทั้ง 7 แห่ง": a state the things are in, not the things
    k = toks.index(picked[0]) - 1 if picked[0] in toks else -1
    while k >= 0 and toks[k].kind == "space" and "\n" not in toks[k].text:
        k -= 1
    if k >= 0 and toks[k].text in w["source_before"] or any(t.text in w["source_before"] for t in picked):
        return False  # "…จากกรมประมง ทั้ง 14 แห่ง"
    return unit_word in w["whole_unit"] or _office_of_each(doc.text[picked[0].start:picked[-1].end], unit_word)


MANNER_PREFIX = "ทางการ"  # "ทางการเงิน", "ทางการแพทย์": in the way of (finance, medicine); alone, the authorities


def _verb_of_manner(verb: Token, manner: Token) -> bool:
    """ "สนับสนุน|ทางการเงิน", "ช่วยเหลือ|ทางการแพทย์": a verb glued before a phrase of manner is one act with
    it (financial support), which a report counts or prices as a noun."""
    return verb.kind == "word" and manner.kind == "word" and verb.end == manner.start \
        and manner.text.startswith(MANNER_PREFIX) and len(manner.text) > len(MANNER_PREFIX) + 1 \
        and word_class(verb.text) == "V" and not verb.text.startswith(ACT_PREFIX)  # not an act: "การแข่งขัน|ทางการค้า"


CHANGE_FROM = "จาก"  # after a change word, introduces the base the change is measured from


@lexicon_cache
def _change_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_tsv("relation_words")
                     if r["role"] == "before" and r["relation"] in ("increase", "decrease"))


def _base_of_change(toks: list[Token], picked: list[Token]) -> bool:
    """ "เพิ่มขึ้นจาก|แผน PDP2015 ประมาณ 2,820 เมกะวัตต์": a phrase right after a change word and จาก is the
    base the change is measured from (a plan, a year), not what the figure counts; what changed stands
    before the change word, so the reader says nothing."""
    k = toks.index(picked[0]) - 1 if picked and picked[0] in toks else -1
    if k >= 0 and toks[k].kind == "space" and "\n" not in toks[k].text:
        k -= 1
    if k < 1 or toks[k].text != CHANGE_FROM:
        return False
    j = k - 1 if toks[k - 1].kind != "space" else k - 2
    return j >= 0 and toks[j].text in _change_words()


ACT_PREFIX = "การ"  # makes an act of a verb (การผลิต); the dictionaries tag some of them verbs


def _act_undergone(toks: list[Token], picked: list[Token]) -> bool:
    """The phrase is an act alone (การ and one verb: "การ|ตรวจสอบ", "การตรวจ") right after a verb of receiving or
    undergoing (`undergo_verb`, the whole token: ถูก, รับ of เข้า|รับ, ได้รับ …; not รองรับ), glued to it or across
    one space."""
    words_ = [t for t in picked if t.kind == "word"]
    if not words_ or len(words_) > 2 or len(words_) != len(picked) or picked[0] not in toks:
        return False
    text = "".join(t.text for t in words_)
    if not text.startswith(ACT_PREFIX) or word_class(text[len(ACT_PREFIX):]) != "V":
        return False
    k = toks.index(picked[0]) - 1
    if k >= 0 and toks[k].kind == "space" and toks[k].text == " ":
        k -= 1
    if k < 0 or toks[k].kind != "word" or toks[k].text not in _w()["undergo_verb"]:
        return False
    # not inside a relative clause ("กลุ่มเป้าหมายแรงงานที่จะเข้ารับการอบรม จำนวน 3 กลุ่ม"), whose head a caller reads
    return not any(t.text.startswith(tuple(_w()["relative"])) for t in toks[max(0, k - 4):k])


def _act_alone(doc: Document, toks: list[Token], picked: list[Token], pos: int) -> list[Token]:
    """ "ตั้งเป้าการผลิต 1 แสนคัน", "มีการผลิต 5 หมื่นตัน": a phrase the trim emptied that ends in an act
    (การ + a verb, which the dictionaries tag a verb where they tag การส่งออก a noun) names the act whose
    output is counted; [] otherwise. Never for people ("ได้รับการรักษา 30 ราย" counts the patients), nor after
    a verb of receiving ("ได้รับการสนับสนุน 50 เครื่อง": the machines given), nor past a date ("ที่มีการประชุม
    ในเดือนกันยายน 2563 รวม 7 เรื่อง": the matters the meeting took up)."""
    last = picked[-1] if picked else None
    if last is None or last.kind != "word" or not last.text.startswith(ACT_PREFIX) or word_class(last.text) != "V" \
            or _tag_table().get(last.text[len(ACT_PREFIX):]) != "V" or doc.numbers_between(last.end, pos):
        return []
    k = toks.index(last) - 1 if last in toks else -1
    while k >= 0 and toks[k].kind == "space" and "\n" not in toks[k].text:
        k -= 1
    if k >= 0 and toks[k].text.endswith(tuple(_w()["undergo_verb"])):
        return []
    return [last]


PROPERTY_PREFIX = "ความ"  # makes a state or quality of a verb or adjective (ความเสียหาย, ความพร้อม)


def _names_the_each(doc: Document, restated_pos: int, restated: Subject, unit) -> bool:
    """ "จัดห้องพักห้องละ 2 คน รวมทั้งสิ้น 300 คน": the figure restated is a rate (a "unit ละ" before it) whose subject
    is the thing each rate is for (it starts with that unit word: ห้องพัก, ห้องละ); a total of the rate's unit counts
    what the rate gives each, not those things (lo24). Only a count (a classifier): a measure of each weighs that thing
    ("ถุงยังชีพ 120 ถุง ถุงละ 4 กิโลกรัม รวมทั้งสิ้น 480 กิโลกรัม"); not a total of the per unit itself ("… รวม 150 ห้อง")."""
    per, _ = _qty().per_before(doc, restated_pos)
    return per is not None and restated.text.startswith(per) and unit is not None and unit.kind == "classifier" \
        and unit.word != per


def _counts_other_things(doc: Document, unit, restated: int) -> bool:
    """ "ผู้ใช้แรงงานสมัคร…กว่า 2,000 คน (…) เหลืออีกเพียง 30 จังหวัด": a classifier of things after a
    count of people cannot count those people, so it restates nothing. The other way round the first
    figure may bound the people ("ผู้ฉีดวัคซีนครบ 2 โดส จำนวน 3,499,802 คน"): left to the reader. Nor does a
    duration restate a figure of another kind: "ได้รับวัคซีนสองเข็ม (…) อย่างน้อย 14 วัน" (q25)."""
    if unit is not None and unit.kind == "time":
        other = _unit_of_number_at(doc, restated)
        return other is not None and other.kind != "time"
    if unit is None or unit.kind != "classifier" or unit.word in _w()["person_unit"]:
        return False
    other = _unit_of_number_at(doc, restated)
    return other is not None and other.kind == "classifier" and other.word in _w()["person_unit"]


def _drop_dimension(picked: list[Token]) -> list[Token]:
    """ "ไหล่ทาง|กว้าง 2.5 เมตร" → ไหล่ทาง, "ร่องน้ำ|ความกว้าง 10 เมตร" → ร่องน้ำ: a dimension word
    after a noun says which extent a measure gives, the noun is what is measured."""
    dims = words("phrase_words", role="dimension")
    n = 0  # tokens of a trailing dimension word: one, or two the segmenter split (ความ|กว้าง)
    if len(picked) > 1 and picked[-1].text in dims:
        n = 1
    if len(picked) > 2 and picked[-2].end == picked[-1].start and picked[-2].text + picked[-1].text in dims:
        n = 2
    w = _w()
    before = picked[-n - 1].text if n else ""
    if n == 1 and any(before.endswith(x) and x + picked[-1].text in dims for x in w["nominaliser"]):
        return picked  # "รวมความ|กว้าง": the dimension noun glued to the word before it
    if n and _nounish(picked[-n - 1]) and before not in dims and before not in w["nominaliser"] \
            and before not in w["trail"] and before not in w["lead"]:
        return picked[:-n]  # not "ความ|ยาว" (the dimension noun itself), "รวม|ความกว้าง"
    return picked


def _extent_alone(picked: list[Token]) -> list[Token]:
    """ "ตั้งอยู่บนพื้นที่ขนาด 40 ไร่" → ขนาด, "ลำคลอง…ระยะทางกว่า 2 กิโลเมตร" → ระยะทาง: an extent noun (ขนาด,
    ระยะทาง, รัศมี, น้ำหนัก, เนื้อที่) glued at the end of a phrase names what a measure gives, alone, as it
    does after a space ("โรงพยาบาลชุมชน ขนาด 30 เตียง" → ขนาด, as our annotations mark both); the words before
    it say what has the extent. Not a compound of extents ("ขนาดเนื้อที่"), nor a noun glued into one token."""
    extents = _w()["extent_noun"]
    if len(picked) < 2 or picked[-1].kind != "word" or picked[-1].text not in extents:
        return picked
    before = picked[-2]
    if before.kind != "word" or before.end != picked[-1].start or before.text in extents \
            or before.text in _w()["nominaliser"] or before.text == ABSTRACT:
        return picked  # "ขนาดเนื้อที่": one compound; not after a space (a list or a label)
    return picked[-1:]


def _before_extent(doc: Document, extent: Subject) -> Subject | None:
    """The phrase before an extent noun, glued ("กระสุนปืน|ขนาด" → กระสุนปืน, which `_extent_alone` cut off) or
    one space before it ("เครื่องสูบน้ำ ขนาด 12 นิ้ว จำนวน 2 เครื่อง"), trimmed as a phrase is; None when no
    word stands there, or when it is the unit of a figure before ("บ้านเดี่ยว 2 ชั้น ขนาด…"). It stops at a verb."""
    toks = doc.tokens_before(extent.start, MAX_PHRASE_TOKENS)
    if toks and toks[-1].kind == "space" and toks[-1].text == " ":
        toks = toks[:-1]
    picked: list[Token] = []
    for t in reversed(toks):
        if not _is_wordish(t) or t.text in _w()["stop"] or word_class(t.text) == "V" \
                or (picked and picked[0].start != t.end):
            break  # the noun phrase only: "…นำ|เครื่องสูบน้ำ ขนาด…" → เครื่องสูบน้ำ
        picked.insert(0, t)
    k = len(toks) - len(picked) - 1
    while k >= 0 and toks[k].kind == "space" and "\n" not in toks[k].text:
        k -= 1
    if not picked or k >= 0 and toks[k].kind == "number":
        return None
    picked = _trim(picked, counted=True)
    return Subject(doc.text[picked[0].start:picked[-1].end], picked[0].start, picked[-1].end) if picked else None


def _target_of_result(doc: Document, toks: list[Token], picked: list[Token]) -> int | None:
    """ "สำเร็จร้อยละ 90.85 (เป้าหมายร้อยละ 100)": a phrase that is only a target word, in a
    parenthesis right after a figure, names no subject: the figure's target counts what the figure
    does; the start of that figure, else None."""
    if len(picked) != 1 or picked[0].text not in _w()["target"]:
        return None
    k = _index_ending_by(toks, picked[0].start, len(toks) - 1)
    if k < 0 or not toks[k].text.endswith("("):
        return None
    j = k if toks[k].text != "(" else _before_spaces(toks, k - 1)
    if j < 0:
        return None
    end = toks[j].end - (len(toks[j].text) - toks[j].text.rindex("(") if toks[j].text.endswith("(") and j == k else 0)
    while end > 0 and doc.text[end - 1] == " ":
        end -= 1
    return _figure_start(doc, end)  # units that count or measure a thing, so a verb's object may be it


MAX_AGE_MODIFIERS = 2  # words describing an age between อายุ and its figure ("มีอายุ|ยาวนาน|กว่า 109 ปี")


def _past_modifiers(toks: list[Token], i: int) -> int:
    """Index of the word before the adjectives, adverbs and stative verbs that end at toks[i] ("มีอายุยาวนานกว่า
    109 ปี" → มีอายุ): they describe the figure, the noun before them names it; i when none."""
    k = i
    for _ in range(MAX_AGE_MODIFIERS):
        t = toks[k]
        if k < 1 or t.kind != "word" or word_class(t.text) not in ("ADJ", "ADV", "V") or _names_an_age(t.text) \
                or toks[k - 1].kind != "word" or toks[k - 1].end != t.start:
            break
        k -= 1
    if k == i or not _names_an_age(toks[k].text):
        return i
    before = toks[k - 1] if k > 0 and toks[k - 1].end == toks[k].start else None
    if before is not None and word_class(before.text) == "V" and before.text not in _w()["stop"]:
        return i  # "ใกล้จะสิ้น|อายุ|ล่วงหน้า 3 เดือน": a verb's object, a time before an event, no age
    return k


def _figure_ending_with(doc: Document, last: Token) -> tuple[int, Any] | None:
    """The start of the figure whose unit ends with `last`, and that unit; None when `last` ends no figure's unit."""
    start = _figure_start(doc, last.end)
    if start is None:
        return None
    k = bisect.bisect_left(doc._number_starts, start)
    u = _qty().unit_after(doc, doc.numbers[k].end) if k < len(doc.numbers) else None
    return (start, u) if u is not None and u.end == last.end else None


def _duration_before(doc: Document, last: Token) -> int | None:
    """Start of a figure in a time unit that ends with `last` ("อายุ 3 ปี|11 เดือน"): the larger
    part of the same duration; None when `last` ends no such figure."""
    if last.kind != "word" or not _is_unit_word(last.text):
        return None
    found = _figure_ending_with(doc, last)
    return found[0] if found is not None and found[1].kind == "time" else None


def _area_run_before(doc: Document, last: Token) -> int | None:
    """Start of a figure in an area unit (จังหวัด, อำเภอ, ตำบล, หมู่บ้าน) that ends with `last`, only spaces
    after it ("5 อำเภอ|17 ตำบล"): the figure before in the same run of area counts; None when `last` ends no such
    figure."""
    if last.kind != "word" or last.text not in _w()["area_unit"]:
        return None
    found = _figure_ending_with(doc, last)
    return found[0] if found is not None and found[1].word in _w()["area_unit"] else None


@lexicon_cache(maxsize=WORD_CACHE)
def _ends_with_stop(text: str) -> bool:
    """ "ผู้มี": a head glued to a stop verb (มี) before อายุ names no age group; the age is named."""
    return any(text.endswith(w) and len(text) > len(w) for w in _w()["stop"] if len(w) >= 2)


def _term_not_age(toks: list[Token], k: int, head: str) -> bool:
    """The age word ending toks[k] follows a series word (รุ่น, glued or as the token before)."""
    series = words("phrase_words", role="term_series")
    return head in series or (not head and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].text in series)


AGE_CYCLE_REACH = 20  # characters around a cycle count ("6 รอบ") searched for the age word it measures


@lexicon_cache
def _age_names() -> tuple[str, ...]:
    """The words that name an age (age and age_name rows), for a search in raw text."""
    return tuple(_w()["age"] | _w()["age_name"])


def _age_near(doc: Document, last: Token, unit_end: int) -> bool:
    """An age word ends the token before the cycle count ("พระชนมพรรษา 6 รอบ"), stands in its last
    few characters before ("เฉลิมพระชนมพรรษาครบ 6 รอบ"), or follows the unit on its line ("6 รอบ
    72 พรรษา", "6 รอบ พระชนมพรรษา")."""
    if _names_an_age(last.text):
        return True
    names = _age_names()
    before = doc.view[max(0, last.end - AGE_CYCLE_REACH):last.end]
    after = doc.view[unit_end:unit_end + AGE_CYCLE_REACH].split("\n", 1)[0]
    return any(n in before.rsplit("\n", 1)[-1] or n in after for n in names)


@lexicon_cache(maxsize=WORD_CACHE)
def _names_an_age(text: str) -> bool:
    return text.endswith(tuple(_w()["age"] | _w()["age_name"]))


def _age_term(toks: list[Token], k: int) -> int | None:
    """Where "อายุ" + a term noun (role age_term: ราชการ, งาน, สัญญา, การใช้งาน) ending at token k starts: one token
    ("อายุงาน") or the noun glued after a token ending with อายุ that holds nothing before it but a stop or gap word
    ("มีอายุ|ราชการ", "อายุ|สัญญา"); None otherwise ("หมดอายุ", "ขยายอายุ|รถ…": no term)."""
    w = _w()
    terms = words("phrase_words", role="age_term")
    text = toks[k].text
    for age in longest_first(w["age"]):
        if text.startswith(age) and text[len(age):] in terms:
            return toks[k].start
        if text in terms and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].text.endswith(age):
            before = toks[k - 1].text[:-len(age)]
            if not before or before in w["stop"] or before in w["gap"] or _ends_with_stop(before):
                return toks[k - 1].end - len(age)
    return None


def _dative_at(picked: list[Token], k: int) -> int:
    """Tokens of a dative (แก่, แด่, ให้แก่, ให้|กับ) that starts at picked[k]; 0 when none does."""
    dative = _w()["dative"]
    if picked[k].text in dative:
        return 1
    if k + 1 < len(picked) and picked[k].end == picked[k + 1].start and picked[k].text + picked[k + 1].text in dative:
        return 2
    return 0


def _given_or_recipient(picked: list[Token], *, person: bool) -> list[Token]:
    """ "ถวายภัตตาหารแด่สามเณร 73 รูป" counts the recipient (a person classifier), "มอบบ้านแก่ผู้ยากไร้
    1 หลัง" the thing given (any other classifier)."""
    starts = _dative_firsts()
    for k in range(1, len(picked)):
        n = _dative_at(picked, k) if picked[k].text in starts else 0
        if n:
            return picked[k + n:] if person else picked[:k]
    return picked


@lexicon_cache
def _dative_firsts() -> frozenset[str]:
    """Tokens a dative may start with: the word, or its first part when the segmenter split it (ให้|กับ)."""
    return frozenset(d[:n] for d in _w()["dative"] for n in range(2, len(d) + 1))


DATIVE_REACH = 8  # characters before a phrase in which a dative that stopped the collection may end


def _measures_a_thing(unit) -> bool:
    """A measure of how much of a thing there is (weight, volume, area), not a length (role length_unit: กิโลเมตร,
    เมตร), which after people is how far they go or how tall they are ("มอบเหรียญรางวัลให้นักวิ่งมาราธอน 42
    กิโลเมตร": the run, not the medal; rev37r)."""
    return unit.kind == "measure" and unit.word not in words("phrase_words", role="length_unit")


def _counted_noun(doc: Document, toks: list[Token], picked: list[Token], unit, left_limit: int) -> list[Token]:
    """Which noun of the phrase the unit counts: the one its classifier agrees with, the thing given
    or the recipient of a dative, the object of a verb chain (see `_agreeing_head`,
    `_given_or_recipient`, `_before_dative`, `_verb_object`)."""
    person, nouns, datives = _unit_profile(unit.word)
    given = None
    before_text = doc.view[max(0, picked[0].start - DATIVE_REACH):picked[0].start].rstrip()
    if before_text.endswith(datives):
        given = _before_dative(toks, picked, left_limit)
    elif before_text.endswith(GIVE_TO) and (unit.word in _w()["object_unit"]
                                            or _measures_a_thing(unit) and _names_people(picked[0].text)):
        given = _given_with_verb(toks, picked, left_limit)
    if nouns:
        agreeing = _agreeing_head(picked, unit.word) or (_agreeing_head(given, unit.word) if given else None)
        if agreeing:
            return agreeing
    if given is not None and _measures_a_thing(unit) and picked and _names_people(picked[0].text):
        # "มอบข้าวสารให้ผู้ประสบภัย ครอบครัวละ 5 กิโลกรัม": a measure weighs or sizes the thing given, never the
        # people it is given to (q44)
        return given
    if unit.kind not in OBJECT_UNITS:
        return picked
    if person:
        picked = _people_after_act(picked)
    elif unit.kind == "classifier":
        picked = _repeated_head(picked, unit.word)
        if unit.word in _w()["object_unit"]:
            picked = _object_of_agent(picked)
    if given is not None and not person and unit.word not in words("subject_context_words", role="self_unit"):
        picked = given  # not "มอบปัจจัยการผลิตให้แก่เกษตรกร 3 อำเภอ": a place unit counts no thing given
    elif len(picked) > 2:
        picked = _given_or_recipient(picked, person=person)
    return _verb_object(picked, unit.word) if not person and len(picked) > 2 else picked


def _people_after_act(picked: list[Token]) -> list[Token]:
    """ "การคัดเลือกผู้ค้ารายย่อยใหม่ 2 แสนราย", "การพัฒนาสมรรถนะชาวนา 253,400 ราย": a person classifier
    counts people, never an act; after an act (การ…) or a verb, the first noun naming people is
    what is counted. Left as it is: a phrase that names people before, and one whose people come
    after a conjunction ("กลุ่มเสี่ยงหรือผู้ป่วยโควิด": one group of a list), a relative, a dative or
    a preposition other than ของ ("ทุนการศึกษาจากกองทุนคุ้มครองเด็ก": people inside a name)."""
    w = _w()
    heads = tuple(words("subject_context_words", role="person_head"))  # ผู้…, นัก…, ชาว…, ประชาชน, เกษตรกร …
    for k, t in enumerate(picked):
        if t.kind == "word" and t.text.startswith(heads) and _nounish(t):
            before = [x for x in picked[:k] if x.kind == "word"]
            if any(word_class(x.text) == "V" or _nominalised_act(x.text) for x in before) \
                    and not any(x.text in w["relative"] or x.text in w["dative"] or word_class(x.text) == "C"
                                or word_class(x.text) == "P" and x.text not in w["of"] for x in before):
                return picked[k:]
            return picked
    return picked


def _object_of_agent(picked: list[Token]) -> list[Token]:
    """ "ผู้|อัญเชิญ|หนังสือบทเจริญพระพุทธมนต์ 15,200 เล่ม": a thing classifier never counts the people
    an agent noun (ผู้ + verb) names; it counts the verb's object after it."""
    w = _w()
    if len(picked) < 3 or picked[0].text not in w["agent"] or word_class(picked[1].text) != "V":
        return picked
    k = 1
    while k < len(picked) and word_class(picked[k].text) in ("V", "ADJ"):
        k += 1
    if k < len(picked) and word_class(picked[k].text) == "N" and picked[k].text not in w["of"] \
            and picked[k].text not in w["relative"]:
        return picked[k:]
    return picked


@lexicon_cache(maxsize=WORD_CACHE)
def _nominalised_act(text: str) -> bool:
    """ "การคัดเลือก", "การพัฒนา": an act word (การ, ความ) glued to a verb."""
    return any(text.startswith(a) and len(text) > len(a) and word_class(text[len(a):]) == "V" for a in _w()["act"])


def _repeated_head(picked: list[Token], unit_word: str) -> list[Token]:
    """ "กระทรวงสาธารณสุขส่งทีมปฏิบัติการด้านการแพทย์ 144 ทีม", "รัฐมนตรี…จากประเทศสมาชิกของธนาคารโลก
    189 ประเทศ": a noun used as its own classifier (ทีม, ประเทศ; not an ORCHID classifier such as
    แห่ง) repeats the head of the phrase it counts; after a verb or a preposition, that head starts
    what is counted; not the second of two nouns joined by และ/หรือ."""
    if unit_word in _orchid_classifiers() or not picked or picked[0].text.startswith(unit_word):
        return picked
    found = [k for k in range(1, len(picked))
             if picked[k].kind == "word" and picked[k].text.startswith(unit_word) and _nounish(picked[k])]
    if len(found) == 1:  # two ("…รายจังหวัดจากสำนักงานคลังจังหวัด", "คณะอนุกรรมการภายใต้คณะกรรมการ…"): unsure
        k = found[0]
        if not (len(picked[k].text) == len(unit_word) and k + 1 == len(picked)):  # not a compound's end
            if any(x.kind == "word" and word_class(x.text) in ("V", "P") for x in picked[:k]) \
                    and not any(x.text in _w()["relative"] or word_class(x.text) == "C" for x in picked[:k]):
                return picked[k:]
    return picked


def _after_last_verb(picked: list[Token]) -> list[Token]:
    """ "นายจ้างจ่าย|ค่าชดเชย" → ค่าชดเชย: the object of the phrase's last verb, when one follows it."""
    for k in range(len(picked) - 2, -1, -1):
        if picked[k].kind == "word" and word_class(picked[k].text) == "V" and picked[k].text not in _w()["connector"]:
            return picked[k + 1:]
    return picked


def _share_of_given(doc: Document, toks: list[Token], picked: list[Token], left_limit: int, pos: int) -> list[Token]:
    """ "ไอแบงก์จะช่วยออกเงินสมทบให้กับมัสยิด 40%": a figure with no unit (a percentage) after a
    recipient measures the thing given, not the recipient; unless the recipient is named again right
    after it ("ภูมิคุ้มกันให้กับประชากร… ร้อยละ 70 ของประชากร": a share of the recipients)."""
    if not doc.view[max(0, picked[0].start - DATIVE_REACH):picked[0].start].rstrip().endswith(_unit_profile("")[2]) \
            or doc.view.find(picked[0].text, pos, pos + DATIVE_REACH * 5) != -1:
        return picked
    return _before_dative(toks, picked, left_limit) or picked


@lexicon_cache(maxsize=WORD_CACHE)
def _unit_profile(unit_word: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """(counts people, the nouns it agrees with, the datives): what `_counted_noun` asks of a unit, in one look-up."""
    w = _w()
    return unit_word in w["person_unit"], _agreeing_nouns(unit_word), tuple(w["dative"])


def _before_dative(toks: list[Token], picked: list[Token], left_limit: int) -> list[Token] | None:
    """The phrase before a dative that the collection stopped at, right before `picked`
    ("มอบหน้ากากอนามัย ให้กับผู้แทน…", "มอบบ้านแก่ผู้ยากไร้"): the thing given; None when no dative."""
    if not picked:
        return None
    dative = _w()["dative"]
    i = _index_ending_by(toks, picked[0].start, len(toks) - 1)
    if i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text:
        i -= 1
    if i < 0 or toks[i].kind != "word":
        return None
    two = i >= 1 and toks[i - 1].kind == "word" and toks[i - 1].end == toks[i].start
    if two and (toks[i - 1].text + toks[i].text in dative or _giving_glued_to_dative(toks[i - 1].text + toks[i].text)):
        i -= 1  # ให้|กับ, ให้|แก่ (แก่ is a dative alone too), มอบให้|กับ
    elif toks[i].text not in dative and not _giving_glued_to_dative(toks[i].text):
        return None
    if _giving_glued_to_dative(toks[i].text + (toks[i + 1].text if toks[i + 1].start == toks[i].end else "")) \
            and toks[i].text not in dative and toks[i].text != GIVE_TO:
        # "หน้ากากผ้านาโน มอบให้|กับ…": the verb glued to the dative, the thing a space before it
        i, spaced_verb = (i - 2 if i >= 1 and toks[i - 1].kind == "space" and "\n" not in toks[i - 1].text else -1), True
    else:
        j = _before_spaces_on_line(toks, i - 1)
        i = _past_spaced_giving(toks, j)
        spaced_verb = i == j - 2
    if i < 0 or toks[i].start < left_limit:
        return None
    before = _trim(_collect(toks, i, left_limit), counted=False)
    if not before or before[0].text in _w()["act"] \
            or before[0].text.startswith(tuple(_w()["nominaliser"] - {INSTRUMENT})):
        return None  # "อำนวยความสะดวกในการติดตั้งใช้งานให้กับ รพ.สนาม": an act is not given (a machine is)
    if spaced_verb and names_a_giver(before[0].text):
        return None  # "ผู้ว่าราชการจังหวัด มอบให้แก่…", "กระทรวงสาธารณสุข มอบให้แก่…": the verb's agent, not a thing
    return before


@lexicon_cache
def _body_heads() -> tuple[str, ...]:
    return tuple(sorted({r["head"] for r in load_tsv("org_heads")}))


def names_a_giver(text: str) -> bool:
    """A phrase that may name who gives or acts: people, a body that acts (`agent_body`), a name opened by an
    organisation's head word (org_heads.tsv: กระทรวง, กรม, มูลนิธิ …) or an office holder's title (`office_head`)."""
    return _names_people(text) or text in _w()["agent_body"] or text.startswith(_body_heads()) \
        or text.startswith(tuple(words("phrase_words", role="office_head")))


INSTRUMENT = "เครื่อง"  # a nominaliser of instruments: "เครื่องผลิตออกซิเจน" is a thing given, not an act


def _giving_glued_to_dative(text: str) -> bool:
    """ "มอบให้กับ", "บริจาคให้แก่": a verb of giving (`give_verb`) and a dative, in one or two glued tokens."""
    return any(text.endswith(d) and text[:-len(d)] in words("phrase_words", role="give_verb") for d in _w()["dative"])


def _before_spaces_on_line(toks: list[Token], i: int) -> int:
    """Index of the token at or before i past one space that holds no line break."""
    return i - 1 if i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text else i


def _past_spaced_giving(toks: list[Token], i: int) -> int:
    """Where the thing given ends when token i stands right before a dative: "หน้ากากผ้านาโน มอบ|ให้กับ…" (a verb of
    giving, `give_verb`, with a space before it and the thing), "เครื่องผลิตออกซิเจน (Oxygen Concentrator) ให้แก่…" (a
    gloss in brackets after the thing); otherwise i itself (r24)."""
    if i >= 1 and toks[i].kind == "word" and toks[i].text in words("phrase_words", role="give_verb") \
            and toks[i - 1].kind == "space" and "\n" not in toks[i - 1].text:
        return i - 2
    if i >= 0 and toks[i].text.endswith(")"):
        opening = _paren_open(toks, i)  # "(", "Oxygen", "Concentrator", ")" or one token "(Ventilator)"
        if opening is not None and toks[opening].text.startswith("("):
            return _before_spaces_on_line(toks, opening - 1)
    return i


GIVE_TO = "ให้"  # a dative only after a verb of giving (role give_verb): "แจกถุงยังชีพให้ผู้ประสบภัย"


def _given_with_verb(toks: list[Token], picked: list[Token], left_limit: int) -> list[Token] | None:
    """ "แจกถุงยังชีพให้ผู้ประสบภัย 2,500 ชุด": for a classifier of objects, bare ให้ is a dative when a verb of giving
    (phrase_words role give_verb) is glued right before the thing given (a few glued words: ถุง|ยังชีพ); the thing
    given, or None (ให้ is causative or "for" as often: "ให้ประชาชนนำถุงผ้ามา", "ให้บริการ")."""
    i = _index_ending_by(toks, picked[0].start, len(toks) - 1)
    if i >= 0 and toks[i].kind == "space" and "\n" not in toks[i].text:
        i -= 1
    if i < 1 or toks[i].kind != "word" or toks[i].text != GIVE_TO:
        return None
    i -= 1
    if toks[i].kind == "space" and "\n" not in toks[i].text:
        i -= 1
    if i < 0 or toks[i].kind != "word" or toks[i].start < left_limit:
        return None
    gives = _w()["give_verb"]
    k = i
    while k >= 0 and i - k < ITEM_GIVEN_TOKENS and toks[k].kind == "word" and toks[k].text not in gives \
            and word_class(toks[k].text) in ("N", "V", "ADJ") and (k == i or toks[k].end == toks[k + 1].start):
        k -= 1
    if k < 0 or k == i or toks[k].kind != "word" or toks[k].text not in gives or toks[k].end != toks[k + 1].start:
        return None
    return toks[k + 1:i + 1]


ITEM_GIVEN_TOKENS = 4  # nouns glued after a verb of giving that name the thing given


@lexicon_cache(maxsize=WORD_CACHE)
def _agreeing_nouns(unit_word: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in load_tsv("phrase_words") if r["role"] == "counted_by" and r["value"] == unit_word)


def _agreeing_head(picked: list[Token], unit_word: str) -> list[Token] | None:
    """ "ประธานถวายภัตตาหารเพลแด่สามเณร 73 รูป", "มอบบ้านแก่ผู้ยากไร้ จำนวน 1 หลัง": a classifier that
    counts only some nouns (รูป: monks, หลัง: houses) counts the noun of the phrase it agrees with,
    up to a dative; None when no noun in the phrase agrees."""
    nouns = _agreeing_nouns(unit_word)
    if not nouns:
        return None
    whole = [k for k, t in enumerate(picked) if t.kind == "word" and t.text in nouns
             and not (k + 1 < len(picked) and picked[k + 1].start == t.end and _nounish(picked[k + 1]))]
    # "พิธีเจริญพระพุทธมนต์และพิธีทำบุญตักบาตรพระสงฆ์ 148 รูป": a noun that is itself one of the agreeing
    # nouns (พระสงฆ์), not the first part of a compound (พระ|อภิธรรม), before one that only starts like
    # one (พระพุทธมนต์, chanting)
    for k, t in enumerate(picked):
        if whole and k != whole[0]:
            continue
        if t.kind == "word" and t.text.startswith(nouns) and _nounish(t):
            out = picked[k:]
            for j in range(1, len(out)):
                if _dative_at(out, j):
                    return out[:j]
            return out
    return None


def _verb_object(picked: list[Token], unit_word: str) -> list[Token]:
    """ "พุทธศาสนิกชนตักบาตรพระวิปัสสนาจารย์ 77 รูป", "ป้ายบอกระยะทาง 1 กม.": a thing classifier or a
    measure counts the object of the last verb in the phrase, not the verb's agent (person
    classifiers keep the agent: "นักท่องเที่ยวเดินทางเข้าไทย 27 ล้านคน"); not inside a relative
    clause, not a verb after a preposition ("เตียงสำหรับรองรับผู้ป่วย"), and not when the head noun
    is the classifier itself ("โครงการยื่นขอรับส่งเสริมการลงทุน 397 โครงการ")."""
    w = _w()
    if not picked or picked[0].text.startswith(unit_word):
        return picked
    last = len(picked)
    while last > 0 and (picked[last - 1].text in w["trail"] or picked[last - 1].kind == "space"):
        last -= 1  # "…รับรองวัดคาทอลิกเพิ่มเติม": a trailing modifier is no verb
    for k in range(last - 2, 0, -1):
        t = picked[k]
        if t.kind != "word" or t.text in w["relative"] or t.text in w["of"]:
            return picked
        if word_class(t.text) == "V" and t.text not in w["connector"]:
            if t.text in w["stop"] or t.text in _orchid_sets()[1]:
                return picked  # "สถานบริการสาธารณสุขเสี่ยงได้รับผลกระทบ 20 แห่ง": a stative verb's object is no thing counted
            after = picked[k + 1:last]
            if [x.text for x in after] == [unit_word]:
                return picked  # "ครองเตียง 451 เตียง": the verb and the unit name the count
            if all(x.kind == "word" and _nounish(x) for x in after) and word_class(picked[k - 1].text) == "V" \
                    and not any(x.text in w["relative"] for x in picked[:k]):
                return after
            return picked
    return picked


@lexicon_cache
def _empty_words() -> frozenset[str]:
    w = _w()
    return w["lead"] | w["gap_alone"] | w["trail"] | w["connector"]


def _past_empty_words(toks: list[Token], picked: list[Token], left_limit: int) -> list[Token]:
    """ "ผู้เดินทางเข้ามาท่องเที่ยวในประเทศไทย ยอดสะสมตั้งแต่ <date> รวม 1,359,056 คน": a phrase of
    only lead words (ยอดสะสม) names nothing; the phrase before it, across one space, does."""
    empty = _empty_words()
    if not picked or not all(t.text in empty for t in picked):
        return picked
    k = _index_ending_by(toks, picked[0].start, len(toks) - 1)
    if k < 1 or toks[k].kind != "space" or "\n" in toks[k].text or toks[k].start < left_limit:
        return picked
    return _collect(toks, k - 1, left_limit) or picked


MAX_BEFORE_TIME = 2  # verbs before a leading time word ("แจง|ปีหน้า|เตรียมซื้อ…")


def _past_lead_time(picked: list[Token]) -> list[Token]:
    """ "ปีหน้า|เตรียม|ซื้อ|วัคซีน…": a time opening the phrase (percent_subject_words' `lead_time` rows) says
    when, not what; the reader goes on after it, as money and percentages do (money_subjects.without_leading_time),
    also after a verb or two before it ("แจง|ปีหน้า|เตรียม…"). Only before a verb: "ปีนี้|ผลผลิต…" keeps the noun
    reading's own cuts. A time the segmenter cut in two ("เดือน|หน้า|ส่ง…") is one time word; a verb of saying
    (role `speech_lead`) the tag table holds as a noun ("เผย") is a verb before it, and so is one with who says it
    glued before ("กรมปศุสัตว์|เผย|เดือน|หน้า|ส่ง…"). After a verb of saying the time opens a headline's clause, so
    the reader goes on after it before a noun too ("สธ.|เผย|ปีนี้|ผู้ป่วยไข้เลือดออก 12,500 ราย")."""
    times = words("percent_subject_words", role="lead_time")
    saying = words("percent_subject_words", role="speech_lead")
    said = False
    for j in range(min(len(picked) - 1, MAX_BEFORE_TIME + 1)):
        after = _time_end(picked, j, times)
        if after is not None:
            return picked[after:] if said else _after_time(picked, after)
        t = picked[j]
        if t.kind != "word" or word_class(t.text) != "V" and t.text not in saying:
            break  # "ผลผลิตปีนี้|ลดลง…": a noun before the time is what the phrase names
        said = said or t.text in saying
    k = next((i for i in range(min(len(picked) - 2, MAX_SAYER_TOKENS)) if picked[i].text in saying), None)
    after = _time_end(picked, k + 1, times) if k is not None else None
    return picked if after is None else picked[after:]


MAX_SAYER_TOKENS = 6  # tokens before a verb of saying glued to who says it ("กรมการจัดหางาน|แถลง")


def _time_end(picked: list[Token], j: int, times: frozenset[str]) -> int | None:
    """Index after the time word at `j` ("ปีหน้า", or "สัปดาห์|หน้า" cut in two), when one stands there and a token
    follows it; else None."""
    if j + 1 < len(picked) and picked[j].text in times:
        return j + 1
    if j + 2 < len(picked) and picked[j + 1].start == picked[j].end and picked[j].text + picked[j + 1].text in times:
        return j + 2
    return None


def _after_time(picked: list[Token], after: int) -> list[Token]:
    nxt = picked[after]
    return picked[after:] if nxt.kind == "word" and word_class(nxt.text) == "V" else picked


MAX_VERB_LABEL = 3  # tokens of a list item named by a verb ("เสียชีวิตสะสม", "ยังว่างอยู่")


def _verb_label(doc: Document, toks: list[Token], picked: list[Token], *, after_figure_only: bool = False) -> bool:
    """ "ครองเตียง 38 เตียง ยังว่างอยู่ 62 เตียง", "เสียชีวิต 32 ราย": verbs alone name a list item
    when they open a line or follow the figure of the item before (money: only after a figure);
    "ได้ตรวจไปแล้ว 2,000 ราย" is no item."""
    if not picked or len(picked) > MAX_VERB_LABEL or not all(
            t.kind == "word" and word_class(t.text) in ("V", "ADJ", "ADV") for t in picked) \
            or word_class(picked[0].text) == "ADV" or picked[0].text in _w()["not_label"]:
        return False  # an adverb may follow the verb: "ดำเนินการแล้วเสร็จ 1 แห่ง"
    gap = _w()["gap"]
    k = _index_ending_by(toks, picked[0].start, len(toks) - 1)
    while k >= 0 and toks[k].kind == "word" and toks[k].text in gap and word_class(toks[k].text) == "AUX":
        k -= 1  # ยัง
    if k >= 0 and toks[k].text in words("phrase_words", role="label_joiner"):
        k -= 1  # "… 20 ปี และ|ปรับ": the last item
    if k < 0 or toks[k].kind == "space" and "\n" in toks[k].text:
        return not after_figure_only  # money needs the list: "จำคุก 1-10 ปี ปรับ 20,000 บาท"
    if toks[k].kind != "space":
        return False
    j = _before_spaces(toks, k)
    # a figure, or a whole number whose unit the list leaves out ("ครองเตียง 287 ยังว่างอยู่ 113 เตียง")
    if j < 0:
        return False
    if _enumerator_ends(toks, j):
        return True  # "2.2) การรักษา 2,238 ราย", "(3) เสียชีวิต 5 ราย": the item's number opens it
    if _date_containing(doc, toks[j].start) is not None or _time_of_day(toks, j):
        return False  # "คาดเสร็จปี 69 รองรับ 50,000 คน", "เวลา 08.30 น. สัญจรผ่านได้ 12 สาย": a date or a time is no item's figure
    if _figure_start(doc, toks[j].end) is not None:
        return True
    o = _before_spaces(toks, j - 1)
    ordinal = o >= 0 and toks[o].kind == "word" and toks[o].text.endswith("ที่")  # "แห่งที่ 2 รองรับ 300 เตียง"
    return toks[j].kind == "number" and toks[j].text.replace(",", "").isdigit() and not ordinal


def _act_item_label(doc: Document, toks: list[Token], picked: list[Token], trimmed: list[Token]) -> list[Token]:
    """ "1.1) การให้คำปรึกษา 20,064 ราย 1.2) ประสานส่งกลับภูมิลำเนา 475 ราย": for a count of people or cases, the
    verbs the trim dropped before their object belong to a list item's label (the cases of the act, not of its
    object) when they open the item (`_verb_label`: a line start, the figure or number of the item before); not
    when the object names people ("ตรวจพบผู้ติดเชื้อ 12 ราย" counts the people found)."""
    if trimmed[0] not in picked:
        return trimmed
    k = picked.index(trimmed[0])
    j = k
    while j > 0 and picked[j - 1].kind == "word" and picked[j - 1].end == picked[j].start \
            and word_class(picked[j - 1].text) == "V":
        j -= 1
    if j < k and j > 0 and picked[j - 1].text == ACT_VERB and picked[j - 1].end == picked[j].start:
        j -= 1  # "การ|ตรวจ|เชื้อ": the act, การ and its verb
    if j == k or trimmed[0].text.startswith(tuple(words("subject_context_words", role="person_head"))) \
            or trimmed[0].text.startswith(ACT_VERB) \
            or any(t.text in words("phrase_words", role="finding_verb") for t in picked[j:k]):
        return trimmed  # people found, or an act already named ("ส่งเสริม|การจ้างงานใหม่")
    b = _index_ending_by(toks, picked[j].start, len(toks) - 1)
    if b >= 0 and toks[b].kind != "space":
        return trimmed  # "จะ|ครอบคลุม|กลุ่มเป้าหมาย": a clause's verb, no item's label
    p = _before_spaces(toks, b) if b >= 0 else -1
    opens = p < 0 or "\n" in toks[b].text or _enumerator_ends(toks, p) \
        or toks[p].text in _w()["person_unit"] and _figure_start(doc, toks[p].end) is not None
    if not opens or not _verb_label(doc, toks, picked[j:k]):
        return trimmed  # after an item of people or cases ("…ส่งต่อ 3,374 ราย"), not after an amount of money
    return picked[j:k] + trimmed


_ENUMERATOR = regex.compile(r"[0-9]+(?:\.[0-9]+)+|[0-9]+")


def _enumerator_ends(toks: list[Token], j: int) -> bool:
    """Token j closes a list item's number: "2.2)" (dotted digits, then a parenthesis) or "(3)" (digits in
    parentheses); not "(ร้อยละ 5)", a figure in an aside."""
    if toks[j].text != ")" or j < 1 or toks[j - 1].kind != "number" or toks[j - 1].end != toks[j].start:
        return False
    num = toks[j - 1].text
    if "." in num:
        return _ENUMERATOR.fullmatch(num) is not None and (j < 2 or toks[j - 2].kind == "space")
    return _ENUMERATOR.fullmatch(num) is not None and j >= 2 and toks[j - 2].text == "(" \
        and toks[j - 2].end == toks[j - 1].start


def _with_glued_verbs(toks: list[Token], label: list[Token]) -> list[Token]:
    """The label with the verbs glued before it that the reader stopped at ("ตรวจ|รักษา": ตรวจ is a stop verb,
    as in "ตรวจพบ 12 ราย"), up to MAX_VERB_LABEL tokens, for a count of people; not a finding or existential verb
    (`finding_verb`: พบ, มี); `_verb_label` then asks whether the whole run names a list item (it opens a line or
    follows the item before)."""
    k = _index_ending_by(toks, label[0].start, len(toks) - 1)
    out = list(label)
    w_not_lead = words("phrase_words", role="finding_verb")  # "พบ|ผิดปกติ 5 ราย": a finding, no item's name
    while k >= 0 and len(out) < MAX_VERB_LABEL and toks[k].kind == "word" and toks[k].end == out[0].start \
            and word_class(toks[k].text) == "V" and toks[k].text not in w_not_lead:
        out.insert(0, toks[k])
        k -= 1
    if k >= 0 and toks[k].text in words("phrase_words", role="label_joiner"):
        return label  # "… 30 ราย และเข้ารับการรักษา 25 ราย": after และ the item may be a part of the one before
    return out


def _label_core(picked: list[Token]) -> list[Token]:
    """ "…20 ปี และ|ปรับ|ตั้งแต่ 400,000 บาท" → ปรับ: the joiner before a list item's verb label and a
    bound word after it are no part of the label."""
    w = _w()
    lo, hi = 0, len(picked)
    if hi - lo > 1 and picked[lo].text in words("phrase_words", role="label_joiner"):
        lo += 1
    while hi - lo > 1 and (picked[hi - 1].text in w["date_lead"] and word_class(picked[hi - 1].text) == "P"):
        hi -= 1
    return picked[lo:hi] if (lo, hi) != (0, len(picked)) else picked


def _adjacent(toks: list[Token], phrase_end: int, last: int) -> bool:
    """Nothing but spaces between the phrase and the number."""
    return all(t.kind == "space" for t in toks[phrase_end + 1:last + 1])


def read_subject_after(doc: Document, end: int) -> Subject | None:
    """A subject written after the figure that ends at `end`, when none stands before it:
    "ร้อยละ 87 สำหรับการลงทุนจากจีน", "70% ของข่าวสารที่แพร่กระจาย…". Only a phrase right after
    สำหรับ/ของ counts; anything else after a figure is the rest of the sentence."""
    w = _w()
    toks = doc.tokens_after(end, MAX_PHRASE_TOKENS + 3)
    k = 0
    while k < len(toks) and toks[k].kind == "space" and "\n" not in toks[k].text:
        k += 1
    if k >= len(toks) or toks[k].text not in w["postposed"] and toks[k].text not in w["of"]:
        return None
    picked: list[Token] = []
    for t in toks[k + 1:]:
        if t.kind != "word" or not _is_wordish(t) or t.text in w["stop"] or word_class(t.text) in ("C", "PUNC") \
                or len(picked) >= MAX_PHRASE_TOKENS:
            break
        picked.append(t)
    picked = _trim(picked, counted=False)
    if not picked:
        return None
    return Subject(doc.text[picked[0].start:picked[-1].end], picked[0].start, picked[-1].end)


RESPECTIVE_REACH = 400  # characters before a "…ตามลำดับ" list searched for the items it follows
RESPECTIVE_AFTER = 120  # characters after a figure searched for the ตามลำดับ that closes its list


@lexicon_cache
def _respective_any() -> regex.Pattern:
    from .lexicon import alternation, grammar

    return regex.compile(alternation(grammar("respectively")))


MAX_FIGURE_GAP = 6  # characters of joiners (spaces, และ, ",") between two figures of one list


@lexicon_cache
def _respective_words() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    from .lexicon import alternation, grammar

    joiners = alternation(grammar("list_joiner") | {","})
    intro = alternation(words("check_words", role="list_intro"))
    # "ร้อยละ 60.8 และ 92.4 ต่อปี ตามลำดับ": a rate's tail may stand between the last figure and ตามลำดับ
    return (regex.compile(rf"[ ]*(?:ต่อ[ ]?(?:ปี|เดือน|วัน|ไตรมาส)[ ]*)?(?:{alternation(grammar('respectively'))})"),
            regex.compile(rf"(?:[ ]|{joiners})*"), regex.compile(rf"(?:{intro})"))


def _respective_starts(doc: Document) -> list[int]:
    """Where ตามลำดับ stands in the document, found once a document."""
    cached = doc.__dict__.get("_respective_starts")
    if cached is None:
        cached = doc.__dict__["_respective_starts"] = [m.start() for m in _respective_any().finditer(doc.view)]
    return cached


def _figure_spans(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the figures between lo and hi: a number with its percent prefix and its unit. A year after
    its year word ("จากปี 2565 ร้อยละ 8.1 และ 11.5 ตามลำดับ") is no figure of a list."""
    unit_after = _qty().unit_after
    spans = []
    for n in doc.numbers_between(lo, hi):
        p = _percent_prefix_re().search(doc.view, max(0, n.start - 8), n.start)
        u = unit_after(doc, n.end) if n.form != "percent" else None
        if p is None and u is None and _after_year_word(doc, n.start) and doc.text[n.start:n.end].isdigit() \
                and n.end - n.start == YEAR_DIGITS:
            continue
        spans.append((p.start() if p else n.start, u.end if u is not None else n.end))
    return spans


def _respective_list(doc: Document, pos: int) -> tuple[int, int, int] | None:
    """(index of the figure at `pos`, number of figures, start of the first) when it is one of a list
    of figures that ends in ตามลำดับ ("ร้อยละ 103 ร้อยละ 116 และร้อยละ 101 ตามลำดับ"); else None."""
    resp, join, _ = _respective_words()
    ends = _respective_starts(doc)
    k = bisect.bisect_left(ends, pos)
    if k == len(ends) or ends[k] - pos > RESPECTIVE_AFTER:
        return None  # the common case: no ตามลำดับ close after the figure
    tail = _respective_any().match(doc.view, ends[k])
    if tail is None or "\n" in doc.text[pos:tail.start()]:
        return None
    line_start = max(doc.text.rfind("\n", max(0, pos - RESPECTIVE_REACH), pos) + 1, pos - RESPECTIVE_REACH)
    spans = [sp for sp in _figure_spans(doc, line_start, tail.start()) if sp[1] > sp[0]]
    here = next((k for k, (a, b) in enumerate(spans) if a <= pos < b), None)
    if here is None:
        return None
    first = last = here
    while first > 0 and _joined(doc, spans[first - 1][1], spans[first][0], join):
        first -= 1
    while last + 1 < len(spans) and _joined(doc, spans[last][1], spans[last + 1][0], join):
        last += 1
    if last == first or not resp.match(doc.view, spans[last][1]):
        return None
    return here - first, last - first + 1, spans[first][0]


def _joined(doc: Document, end: int, start: int, join: regex.Pattern) -> bool:
    m = join.match(doc.view, end, start)
    return 0 <= start - end <= MAX_FIGURE_GAP and m is not None and m.end() == start


def read_respective(doc: Document, pos: int) -> Subject | None:
    """ "…ได้แก่ โครงการรถไฟฟ้าสายสีม่วง … โครงการก่อสร้างรถไฟ … และโครงการรถไฟความเร็วสูง… ซึ่งเบิกจ่ายได้
    ร้อยละ 103 ร้อยละ 116 และร้อยละ 101 ตามลำดับ": the k-th figure of a list that ends in ตามลำดับ
    belongs to the k-th item listed after ได้แก่/คือ/ประกอบด้วย, when the items repeat their head word
    (โครงการ … โครงการ …) exactly as many times as there are figures; None otherwise."""
    ends = _respective_starts(doc)
    j = bisect.bisect_left(ends, pos)
    if j == len(ends) or ends[j] - pos > RESPECTIVE_AFTER:
        return None  # the common case: no ตามลำดับ close after the figure
    found = _respective_list(doc, pos)
    if found is None:
        return None
    k, n, first = found
    _, _, intro = _respective_words()
    lo = max(doc.text.rfind("\n", max(0, first - RESPECTIVE_REACH), first) + 1, first - RESPECTIVE_REACH)
    opener = None
    for m in intro.finditer(doc.view, lo, first):
        if doc.is_boundary(m.start()) and doc.is_boundary(m.end()):
            opener = m
    if opener is None:
        return _respective_items_before(doc, first, k, n, lo) or _respective_spaced_items(doc, first, k, n, lo) \
            or _respective_and_pair(doc, first, k, n)
    toks = [t for t in doc.tokens_before(first, WINDOW_TOKENS * 4) if t.start >= opener.end()]
    words_ = [t for t in toks if t.kind == "word"]
    if not words_:
        return None
    head = words_[0].text
    starts = [t for t in words_ if t.text == head]
    if len(starts) != n or word_class(head) != "N":
        return None
    item = _item_phrase(doc, toks, starts[k])
    return Subject(doc.text[item[0]:item[1]], *item) if item else None


def _respective_items_before(doc: Document, first: int, k: int, n: int, lo: int) -> Subject | None:
    """ "ตลาดญี่ปุ่น และตลาดจีน ขยายตัวร้อยละ 5.1 และ 3.2 ตามลำดับ": with no opener, the items are the n
    noun phrases right before the list's predicate that repeat one head word (ตลาด … ตลาด), joined by
    และ, commas or spaces only; the k-th figure belongs to the k-th. The last item is the phrase the reader
    finds before the first figure. None unless exactly that shape."""
    last = read_subject(doc, first)
    if last is None:
        return None
    toks = [t for t in doc.tokens_before(last.end, WINDOW_TOKENS * 4) if t.start >= lo]
    words_ = [t for t in toks if t.kind == "word"]
    head = next((t for t in words_ if t.start == last.start), None)
    if head is None or word_class(head.text) != "N":
        return None
    starts = [t for t in words_ if t.text == head.text]
    if len(starts) < n:
        return None
    starts = starts[-n:]
    _, join, _ = _respective_words()
    items: list[tuple[int, int]] = []
    for j, t in enumerate(starts):
        item = _item_phrase(doc, toks, t)
        if item is None:
            return None
        if j and not _joined_items(doc, items[-1][1], item[0], join):
            return None  # anything but a joiner between two items: not one list
        items.append(item)
    if items[-1][0] != last.start:
        return None
    items[-1] = (last.start, last.end)  # the reader's own phrase (a name's number kept: "ตลาดอาเซียน-5")
    a, b = items[k]
    return Subject(doc.text[a:b], a, b)


PAIR_HEAD_CHARS = 3  # the shorter of two head tokens that open a pair's items, one a prefix of the other


def _same_head(a: str, b: str) -> bool:
    """Two items open with the same noun, however the segmenter cut it: ภาค|เกษตร and ภาคอุตสาหกรรม."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= PAIR_HEAD_CHARS and long_.startswith(short)


def _respective_and_pair(doc: Document, first: int, k: int, n: int) -> Subject | None:
    """ "ผู้ป่วยรายใหม่และผู้ป่วยสะสม 120 ราย และ 80 ราย ตามลำดับ", "อัตราการเติบโตของภาคเกษตรและภาคบริการ ร้อยละ 3.2
    และ 2.1 ตามลำดับ": two figures, and the reader's phrase before the first is two items glued by one และ that open
    with the same noun (ผู้ป่วย … ผู้ป่วย, ภาค … ภาค); the k-th figure belongs to the k-th item. The first item starts
    at the phrase's start or right after a ของ (what is measured of both: the pair itself is named). None for any
    other shape ("ผู้ป่วยชายและหญิง": no repeated noun; three items; two และ)."""
    if n != 2:
        return None
    last = read_subject(doc, first)
    if last is None:
        return None
    toks = [t for t in doc.tokens_before(last.end, WINDOW_TOKENS * 4) if t.start >= last.start]
    ands = [j for j, t in enumerate(toks) if t.text == AND]
    if len(ands) != 1 or any(t.kind != "word" for t in toks):
        return None  # one และ, and the phrase glued whole (no space, number or mark inside)
    j = ands[0]
    if j + 1 >= len(toks) or j == 0:
        return None
    head = toks[j + 1].text
    if word_class(head) != "N" or head in _w()["of"] or len(head) < PAIR_HEAD_CHARS:
        return None
    opens = [i for i in range(j) if _same_head(toks[i].text, head)]
    if len(opens) != 1:
        return None
    i = opens[0]
    if i > 0 and toks[i - 1].text not in _w()["of"]:
        return None  # a prefix that is no "X ของ": not a pair of items
    items = [(toks[i].start, toks[j].start), (toks[j + 1].start, last.end)]
    a, b = items[k]
    return Subject(doc.text[a:b], a, b)


SPACED_ITEM_CHARS = 40  # characters of one item of a list written with spaces between its items ("ผลิตภัณฑ์มันสำปะหลัง")
_SPACED_AND = regex.compile(r"[ ](?:และ|,[ ]?และ)[ ]?\Z")  # the joiner before the last item, a space before it
_NOT_IN_ITEM = regex.compile(r"[\d()\[\]\n\u0e50-\u0e59]")  # a digit (Thai too), a bracket or a line break: no such item


def _respective_spaced_items(doc: Document, first: int, k: int, n: int, lo: int) -> Subject | None:
    """ "ผลไม้กระป๋องและแปรรูป ผลิตภัณฑ์มันสำปะหลัง และอาหารทะเลกระป๋องและแปรรูป ขยายตัวร้อยละ 24.9 15.5 และ 10.2
    ตามลำดับ": items that share no head word, one space between two items and "และ" before the last (items may
    hold และ themselves, so only spaces part them). The last item is the reader's phrase before the first figure;
    the n - 1 before it are the space-parted runs right before its และ, the first of them as the reader reads it
    (without a verb or preposition that opens it: "ในตลาดสหรัฐฯ จีน และอินเดีย"). The list must be exactly n items
    long: when the first run is a noun phrase whole and another noun stands before it across a space, the list
    may be longer or its items may hold spaces ("สินค้ารถยนต์ อุปกรณ์และส่วนประกอบ และผลิตภัณฑ์ยาง" for two figures):
    None, as for anything else (a digit, a bracket or a line break inside the list)."""
    last = read_subject(doc, first)
    if last is None:
        return None
    joiner = _SPACED_AND.search(doc.view, max(lo, last.start - 6), last.start)
    if joiner is None:
        return None
    items = [(last.start, last.end)]
    end = joiner.start()
    for _ in range(n - 1):
        space = doc.view.rfind(" ", max(lo, end - SPACED_ITEM_CHARS), end)
        piece = doc.view[space + 1:end].rstrip(",")
        if space < 0 or not piece or _NOT_IN_ITEM.search(piece) or not doc.is_boundary(space + 1):
            return None
        items.insert(0, (space + 1, space + 1 + len(piece)))
        end = space
    a, b = items[0]
    opening = read_subject(doc, b, _counted=False)
    if opening is None or opening.end != b or opening.start < a:
        return None
    if opening.start == a:
        before = [t for t in doc.tokens_before(a, 2) if t.kind == "word"]
        if doc.view[a - 1:a] == " " and before and word_class(before[-1].text) == "N":
            return None  # another noun across a space: a longer list, or items with spaces inside
    items[0] = (opening.start, opening.end)
    a, b = items[k]
    return Subject(doc.text[a:b], a, b)


ITEM_JOIN_REACH = 8  # characters between two items of a list: spaces, และ, a comma


def _joined_items(doc: Document, end: int, start: int, join: regex.Pattern) -> bool:
    m = join.match(doc.view, end, start)
    return 0 < start - end <= ITEM_JOIN_REACH and m is not None and m.end() == start


def _item_phrase(doc: Document, toks: list[Token], head: Token) -> tuple[int, int] | None:
    """Span of a list item from its head word to the end of its last chunk before ของ, ที่, ซึ่ง,
    และ, a parenthesis or a figure ("โครงการก่อสร้างรถไฟ สายเด่นชัย - เชียงราย - เชียงของ")."""
    w = _w()
    stops = w["of"] | w["relative"] | {AND}
    k = toks.index(head)
    end = head.end
    for t in toks[k + 1:]:
        if t.kind == "space":
            if "\n" in t.text:
                break
            continue
        if t.text in stops or t.kind != "word" or "(" in t.text or (t.text == head.text):
            break
        end = t.end
    return (head.start, end) if end > head.start else None
