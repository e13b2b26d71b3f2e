"""Thai text repair: undo what PDF text layers do to Thai, and never change correct Thai.

`repair_thai(text)` runs these steps in order; each is a public function of its own:

1. `map_private_use`: legacy fonts draw shifted marks and shortened letters from private-use
   glyphs U+F700-U+F71F; each is mapped back to the Thai character it draws
   (data/thai_glyphs.tsv).
2. `order_marks`: a tone mark or thanthakhat written before an upper or lower vowel
   ("ก่ี") is put after it ("กี่"); sara am written before its tone mark ("นำ้") after it ("น้ำ").
3. `compose_sara_am`: nikhahit + sara aa (with a tone mark between or not) becomes sara am, and
   sara am + sara aa (a PDF mapping both glyphs of sara am) becomes sara am.
4. `drop_space_before_marks`: a space or line break before a combining Thai mark (which cannot
   start a word) is removed.
5. `join_split_words`: a single space or line break between two Thai letters is removed only
   when the letters around it are not both whole dictionary words and the piece that crosses it
   is a dictionary word (pythainlp's bundled word list); a space that splits a grouped number
   ("1,2 50,000") is removed only when the left part ends in a short digit group and the joined
   number is well grouped.

Correct Thai text comes out unchanged: tests run this over 2,000 real press releases.

`fill_unknown_marks` is for the PDF reader only (it runs before `repair_thai` there): a glyph that
the PDF's text map leaves out (U+FFFD after a Thai letter) becomes the one tone mark that makes
dictionary words there, else nothing. `reads_sara_aa` is for it too: does a glyph left out read
sara aa at most of the places a document draws it.
"""
from __future__ import annotations

import regex

from .lexicon import lexicon_cache, load_tsv
from .tokenize import _DICT_NAME, _segmenter

__all__ = [
    "compose_sara_am",
    "drop_space_before_marks",
    "fill_unknown_marks",
    "join_split_words",
    "map_private_use",
    "order_marks",
    "reads_sara_aa",
    "repair_thai",
]

_LETTER = "\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E45\u0E47-\u0E4E"  # Thai letters, vowels, marks (no ฯ ๆ digits)
_MARK = "\u0E30-\u0E3A\u0E45\u0E47-\u0E4E"  # combining marks, sara a/aa/am, lakkhangyao: never start a word
_MARK_AFTER_BREAK = "\u0E30\u0E31\u0E33-\u0E3A\u0E47-\u0E4E"  # the same less sara aa (a line may lose its first letter)
_TONE = "\u0E48-\u0E4C"  # tone marks and thanthakhat
_UPPER_LOWER = "\u0E31\u0E34-\u0E3A\u0E47"  # vowels above or below the consonant, and maitaikhu
_LEADING = "\u0E40-\u0E44"  # vowels written before the consonant: never end a word

_TONE_BEFORE_VOWEL = regex.compile(f"(?<![{_TONE}])([{_TONE}]++)([{_UPPER_LOWER}])")  # linear: starts a run only
_AM_BEFORE_TONE = regex.compile("\u0E33([\u0E48-\u0E4B])")
_NIKHAHIT_AA = regex.compile("\u0E4D([\u0E48-\u0E4B]?)\u0E32")
_SPACE_BEFORE_MARK = regex.compile(f"(?<=[{_LETTER}])(?:[ \u00A0]++(?=[{_MARK}])|\n(?=[{_MARK_AFTER_BREAK}]))")
_AM_AA = regex.compile("\u0E33\u0E32")
_THAI_JUNCTION = regex.compile(f"(?<=[{_LETTER}])(?: |\r?\n)(?=[{_LETTER}])")
_NUMBER_JUNCTION = regex.compile(r"(?<=,[0-9๐-๙]{1,2})[ ](?=[0-9๐-๙])")
_LEFT_RUN = regex.compile(f"[{_LETTER}]{{1,24}}$")
_RIGHT_RUN = regex.compile(f"^[{_LETTER}]{{1,24}}")
_BROKEN_GROUP = regex.compile(r"(?<![0-9๐-๙,.])[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*+,[0-9๐-๙]{1,2}$")
_RIGHT_NUM = regex.compile(r"^[0-9๐-๙][0-9๐-๙,.]{0,30}")
_GROUPED = regex.compile(r"[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+(?:\.[0-9๐-๙]+)?")
_LONE_CONSONANT = regex.compile("[\u0E01-\u0E2E]")
WINDOW = 40  # characters of context read on each side of a junction


@lexicon_cache
def _glyph_table() -> dict[int, str]:
    return {int(r["pua"], 16): chr(int(r["char"], 16)) for r in load_tsv("thai_glyphs")}


@lexicon_cache
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lexicon_cache
def _inner_ngrams() -> frozenset[str]:
    """Every 2- and 3-letter piece inside a dictionary word: a word can cross a junction only if
    the letters around it form one of these (a cheap test before segmenting)."""
    grams: set[str] = set()
    for w in _dictionary():
        grams.update(w[i:i + 2] for i in range(len(w) - 1))
        grams.update(w[i:i + 3] for i in range(len(w) - 2))
    return frozenset(grams)


def _segment(text: str) -> list[str]:
    return list(_segmenter()(text, _DICT_NAME))


def map_private_use(text: str) -> str:
    """Private-use glyphs of legacy Thai fonts (U+F700-U+F71F) back to the characters they draw.

    >>> map_private_use("ป\\uf701ดก\\uf70aอน")
    'ปิดก่อน'
    """
    if not any("\uF700" <= c <= "\uF71F" for c in text):
        return text
    return text.translate(_glyph_table())


def order_marks(text: str) -> str:
    """Marks in the order Thai is written: vowel above/below, then tone mark; tone before sara am.

    >>> order_marks("ก\\u0e48\\u0e35"), order_marks("น\\u0e33\\u0e49")
    ('กี่', 'น้ำ')
    """
    text = _TONE_BEFORE_VOWEL.sub(r"\2\1", text)
    return _AM_BEFORE_TONE.sub("\\1\u0E33", text)


def compose_sara_am(text: str) -> str:
    """Nikhahit + sara aa (a tone mark may stand between) becomes sara am; so does sara am + sara aa
    (a glyph for the nikhahit part mapped to sara am, then the sara aa glyph).

    >>> compose_sara_am("น\\u0e49\\u0e4d\\u0e32"), compose_sara_am("ท\\u0e4d\\u0e32")
    ('น้ำ', 'ทำ')
    """
    return _AM_AA.sub("\u0E33", _NIKHAHIT_AA.sub("\\1\u0E33", text))


def drop_space_before_marks(text: str) -> str:
    """Remove spaces and line breaks standing before a combining Thai mark or sara am (no word or
    line starts with one; PDF readers break lines before zero-width marks).

    >>> drop_space_before_marks("ส \\u0e33นัก")
    'สำนัก'
    """
    return _SPACE_BEFORE_MARK.sub("", text)


def _may_cross(lrun: str, rrun: str) -> bool:
    grams = _inner_ngrams()
    return lrun[-1] + rrun[0] in grams and (
        lrun[-1] + rrun[0] in _dictionary() or lrun[-1] + rrun[:2] in grams or lrun[-2:] + rrun[0] in grams)


def _thai_join_ok(left: str, right: str) -> bool:
    """May the space between `left` (text before it) and `right` (text after it) go?

    Only when neither side of it is a whole dictionary word as the text stands (the last word
    of the left run and the first of the right run are both unknown: fragments), and the joined
    text segments into a dictionary word that crosses the junction. Two real words keep their
    space; so does an abbreviation (a run followed by a dot)."""
    lm, rm = _LEFT_RUN.search(left), _RIGHT_RUN.search(right)
    if not lm or not rm or right[rm.end():rm.end() + 1] == ".":
        return False
    lrun, rrun = lm.group(), rm.group()
    if _LONE_CONSONANT.fullmatch(lrun) or _LONE_CONSONANT.fullmatch(rrun) or not _may_cross(lrun, rrun):
        return False  # a consonant standing alone is a word (ณ, ธ)
    words = _dictionary()
    if _segment(lrun)[-1] in words or _segment(rrun)[0] in words:
        return False
    cut = len(lrun)
    pos = 0
    for tok in _segment(lrun + rrun):
        end = pos + len(tok)
        if pos < cut < end:
            return tok in words
        if end >= cut:
            return False  # the joined text still breaks at the junction: the space stays
        pos = end
    return False


def _number_join_ok(left: str, right: str) -> bool:
    """A space inside a grouped number: the left part ends in a short digit group ("1,2") that no
    number has, and the joined number is well grouped ("1,250,000"). Lists ("400, 500") stay."""
    lm, rm = _BROKEN_GROUP.search(left), _RIGHT_NUM.search(right)
    return bool(lm and rm and _GROUPED.fullmatch(lm.group() + rm.group()))


def join_split_words(text: str) -> str:
    """Remove a space or line break that splits a dictionary word or a grouped number.

    >>> join_split_words("ภาวะเศรษ ฐกิจ"), join_split_words("การ ประชุม"), join_split_words("1,2 50,000 บาท")
    ('ภาวะเศรษฐกิจ', 'การ ประชุม', '1,250,000 บาท')
    """
    cuts: list[tuple[int, int]] = []
    for m in _THAI_JUNCTION.finditer(text):
        if _thai_join_ok(text[max(0, m.start() - WINDOW):m.start()], text[m.end():m.end() + WINDOW]):
            cuts.append((m.start(), m.end()))
    for m in _NUMBER_JUNCTION.finditer(text):
        if _number_join_ok(text[max(0, m.start() - WINDOW):m.start()], text[m.end():m.end() + WINDOW]):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return text
    out, pos = [], 0
    for start, end in sorted(cuts):
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return "".join(out)


UNKNOWN_MARK = "\uFFFD"  # a PDF reader puts this where a glyph had no character (see fill_unknown_marks)
_UNKNOWN_AFTER_LETTER = regex.compile(f"(?<=[{_LETTER}])\uFFFD")
_MARK_CANDIDATES = "\u0E48\u0E49\u0E4A\u0E4B\u0E4C"  # tone marks and thanthakhat: the glyphs fonts shift


def fill_unknown_marks(text: str) -> str:
    """A glyph with no character after a Thai letter (UNKNOWN_MARK) becomes the tone mark or
    thanthakhat that best makes dictionary words around it (a word where it stands, fewest
    unknown pieces nearby), when one candidate is best; otherwise it is dropped. PDF fonts shift tone marks into glyphs that their text map leaves out.

    >>> fill_unknown_marks("ห\ufffdองประชุมชั\ufffdน 4"), fill_unknown_marks("ก\ufffd")
    ('ห้องประชุมชั้น 4', 'ก')
    """
    if UNKNOWN_MARK not in text:
        return text
    out, pos = [], 0
    for m in _UNKNOWN_AFTER_LETTER.finditer(text):
        out.append(text[pos:m.start()])
        out.append(_only_word_mark(text, m.start()))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out).replace(UNKNOWN_MARK, "")


def _only_word_mark(text: str, at: int) -> str:
    """The candidate mark whose text around `at` segments with the fewest non-dictionary pieces,
    with a dictionary word at `at`; '' when none or a tie."""
    lm = _LEFT_RUN.search(text[max(0, at - WINDOW):at])
    rm = _RIGHT_RUN.search(text[at + 1:at + 1 + WINDOW].replace(UNKNOWN_MARK, ""))
    left, right = (lm.group() if lm else ""), (rm.group() if rm else "")
    scored = sorted((n, mark) for mark in _MARK_CANDIDATES
                    if (n := _unknown_pieces(left + mark + right, len(left))) is not None)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return ""
    return scored[0][1]


def _unknown_pieces(text: str, at: int) -> int | None:
    """How many tokens of `text` are not dictionary words; None when the token at `at` is not one."""
    words, pos, unknown, ok = _dictionary(), 0, 0, False
    for tok in _segment(text):
        known = len(tok) > 1 and tok in words
        unknown += not known
        if pos <= at < pos + len(tok):
            ok = known
        pos += len(tok)
    return unknown if ok else None


_READINGS = ("", "\u0E32", *"\u0E30\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D")
SARA_AA_SHARE = 0.8  # of the places a glyph is drawn after a Thai letter, those where sara aa must be a best reading


def reads_sara_aa(places: list[tuple[str, str]], glyph: str) -> bool:
    """Does `glyph` (a character standing for a glyph that a PDF's text map leaves out) read sara aa? `places`:
    the text before and after it where it is drawn (it may stand in them too). Yes when, at SARA_AA_SHARE of the
    places after a Thai letter (at least one), sara aa makes a dictionary word there with the fewest unknown pieces
    around, and it does so at more places than nothing or any other vowel or mark does. A glyph is one shape: what
    most of its places read, it reads at all of them.

    >>> reads_sara_aa([("งบประม", "ณ 12.5 ล้"), ("12.5 ล้", "นบ"), ("นบ", "ท"), ("สำ", "นักง")], "?")
    True
    """
    wins = dict.fromkeys(_READINGS, 0)
    tried = 0
    for before, after in places:
        if not _LEFT_RUN.search(before.replace(glyph, "")):
            continue
        tried += 1
        scored: dict[str, int] = {}
        for r in _READINGS:  # the glyph read r here and wherever it stands around
            lm, rm = _LEFT_RUN.search(before.replace(glyph, r)), _RIGHT_RUN.search(after.replace(glyph, r))
            left, right = (lm.group() if lm else ""), (rm.group() if rm else "")
            if left and (n := _unknown_pieces(_as_read(left + r + right), len(left) - 1)) is not None:
                scored[r] = n
        best = min(scored.values(), default=None)
        for r, n in scored.items():
            wins[r] += n == best
    aa = wins.pop("\u0E32")
    return tried > 0 and aa >= SARA_AA_SHARE * tried and all(n < aa for n in wins.values())


def _as_read(text: str) -> str:
    return order_marks(compose_sara_am(order_marks(text)))


def repair_thai(text: str, *, join_words: bool = True) -> str:
    """All repairs, in order (see the module docstring); correct Thai comes out unchanged.

    `join_words=False` leaves out step 5 (for text that was typed, not laid out on a page).

    >>> repair_thai("การจ\\u0e4d\\u0e32หน\\uf70aาย น\\uf70b\\u0e4d\\u0e32ดื\\u0e48ม")
    'การจำหน่าย น้ำดื่ม'
    """
    text = map_private_use(text)
    text = order_marks(text)
    text = compose_sara_am(text)
    text = order_marks(text)
    text = drop_space_before_marks(text)
    return join_split_words(text) if join_words else text
