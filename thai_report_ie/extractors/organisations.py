"""Organisation records: named bodies, their acronyms and the bodies they belong to.

One left-to-right scan over the document's tokens. A name opens at a head noun ("กระทรวง",
"สหภาพ", ...), at a known name or written form, or at an abbreviation ("กกต.", "ธ.ก.ส.", "BOI"),
and runs over the words after it until a stop word, a verb, a number, a space or punctuation ends
it. The words live in `data/org_*.tsv` (and verbs come from PyThaiNLP's ORCHID unigram tag
dictionary); this module holds only the logic.

Rule ids (the record's `rule`):

=========================  =====================================================================
org.head                   head noun + name: "สหภาพเยาวชน", "ศาลอาญา", "บริษัท ไทยออยล์ จำกัด (มหาชน)"
org.head_acronym           the same, stretched over a long name to its "(ABC)"
org.known                  a known full name (org_known.tsv); org.known_extended adds a local part
org.known_alias            another written form of a known body: "กระทรวงเกษตรฯ", "ทหารบก"
org.known_acronym          a known abbreviation: "สธ.", "ธ.ก.ส.", "WHO"; `name` is the full name
org.acronym_use            an acronym this text defined ("X (ABC)", "X หรือ ABC"), used bare later
org.acronym_initials       "(ตชด.)" after a headless phrase whose initials spell it
org.prefix                 an abbreviated head + name: "สภ.เมือง", "รพ.ศิริราช", "ม.พะเยา"
org.abbreviation           an unknown Thai abbreviation that is not a title, unit, month, ...
org.minister_short         the bare ministry after a minister's title: "รมว.สาธารณสุข"
org.headline_short         the bare ministry opening a line, then a verb: "สาธารณสุขยอมรับ..."
org.province_office        a provincial office named by its task and province: "วัฒนธรรมจังหวัดนครนายก"
org.discourse              a name first written with its head, written bare later: "พรรคเพื่อไทย ... เพื่อไทย"
org.short_name             a mined bare name (data/org_short_names.tsv): "ไทยเบฟฯ", "ประชาไท"
org.acronym_definition     with acronym_records=True: the "ABC" of "ชื่อเต็ม (ABC)" as a record too
org.model                  a span of the organisation model (thai_report_ie.orgmodel) no rule reached
org.model_reshaped         a head or abbreviation record whose boundaries the model moved
=========================  =====================================================================

`parent` is set for "X ของ Y", "X ประจำ Y", "X สังกัด Y" when Y is a body found here.

>>> from thai_report_ie.document import Document
>>> [o.text for o in extract_organisations(Document("ศาลอาญาได้ให้ประกันตัว"))]
['ศาลอาญา']
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
import json
import re
import warnings
from typing import cast, overload
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter, itemgetter

from ..document import Document
from ..errors import ExtractFailedWarning
from ..lexicon import lexicon_cache, lexicon_dict, load_tsv, longest_first, words
from ..records import Organisation, Token

try:  # Aho-Corasick automata lead the scan to the tokens worth a look (`_Scan.tokens_to_visit`)
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - without pyahocorasick the scan walks every token
    _ahocorasick = None

__all__ = ["extract_organisations"]

MAX_NAME_TOKENS = 16
MAX_NAME_CHARS = 120
MAX_SURNAME_TAIL = 8  # letters a surname opening with a head word ("กรม|เมือง") has after the head, at most
MAX_ACRONYM_REACH = 14  # tokens a name may be stretched over to reach its "(ABC)"
MAX_KNOWN_REACH = 20  # tokens a known name may be stretched over to its "(ABC)" when the letters fit
MAX_COMPANY_REACH = 10  # tokens between "บริษัท" and "จำกัด" across spaces
VERB_TAGS = frozenset({"VACT", "VSTA"})
# ORCHID tags a proper name may start with: nouns ("N..."), and the nominalisers "การ"/"ความ" (FIXN)
NAME_START_TAGS = ("N", "FIXN")
# rules whose records the organisation model may stretch to its own longer span, and rules whose
# records it drops when it tags none of their tokens (none: on a quarter of the training part,
# dropping bought precision with as much recall, and government prose is not the model's genre)
MODEL_RESHAPES = frozenset({"org.head", "org.abbreviation", "org.prefix"})
# with model_vetoes=True: rules whose records (with no acronym) the model drops when it gives every
# token of the record a probability below MODEL_VETO_BELOW of being in a name (crfsuite's marginals);
# the threshold chosen by 4-fold cross-validation on the training part (`training/train_orgs.py --cv 4
# --vetoes`), never on the held-out part. ThaiNER's convention: it leaves many generic committees,
# hospitals and schools unmarked that government prose (and this library's default) counts as bodies
MODEL_VETOES = frozenset({"org.head", "org.abbreviation", "org.prefix"})
MODEL_VETO_BELOW = 0.2
_NO_STRETCH = frozenset({"and", "coordinator", "verb", "aux", "position", "title", "time", "negation"})
EMIT_DEFINITION_ACRONYM = False  # default of `acronym_records`: "ชื่อเต็ม (ABC)" is one record carrying acronym="ABC"

_THAI_WORD = re.compile(r"[\u0E01-\u0E4E]+")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E4E]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CONSONANT = re.compile(r"[\u0E01-\u0E2E]")
_VOWEL_OR_MARK = re.compile(r"[\u0E30-\u0E4E]")
# an abbreviation: runs of Thai letters each closed by a dot ("กกต.", "ธ.ก.ส.", "สภ.อ.", "มี.ค.");
# every repetition ends in a literal "." that the classes exclude, so matching stays linear
_ABBREVIATION = re.compile(r"[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.(?:[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,5}\.){0,5}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,4}")
# a Latin company name ending with one of these takes its dot and a "Ltd." after it ("Pte. Ltd.", "Co., Ltd.",
# "Pte . Ltd."; a spaced dot only with the "Ltd." after it)
_LATIN_COMPANY_ABBREVIATIONS = frozenset({"Pte", "Ltd", "Co", "Inc", "Corp", "Pty", "Bhd", "Plc", "PLC", "LLC"})
_LATIN_COMPANY_TAIL = re.compile(r"(?:\.(?:,? ?(?:Ltd|Inc|Bhd|LLC|PLC|Limited)\.?)?| \.,? ?(?:Ltd|Inc|Bhd|LLC|PLC|Limited)\.?)?")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,11}")
_SPACED_DIGIT = re.compile(r" ?[0-9]")
_NUMBERED_AREA = re.compile(r" ?([\u0E01-\u0E4E]{2,5}) ?([0-9]{1,3})(?![0-9./,:\-])")
_COMPANY_BEFORE = re.compile(r"ร้อย ?[\u0E01-\u0E2E]{1,3}\.?[0-9]{3,4} ?$")  # "ร้อย ร.3012 " before a numbered unit
_CODE_NUMBER = re.compile(r"( ?)([0-9]{1,5})(?![0-9.,])")  # a code's number after an abbreviation ("ขก.4008", "ภ.ง.ด. 94")
_ORDINAL_NUMBER = re.compile(r"ที่ ?([0-9]{1,3})(?![0-9./,:\-])")  # a unit's number after "ที่" ("...ชายแดนที่ 327")
_LATIN_TAIL_CATEGORIES = frozenset({"company", "international", "state_enterprise"})  # see _Scan.latin_tail
_REGION_NUMBER = re.compile(r"[1-9](?![0-9.,])")  # a police region's number after "ภ." ("ผบช.ภ.2")
_UNIT_NUMBER = re.compile(r"[0-9]{1,3}(?![0-9./,:\-])")
# known bodies whose acronym may take a unit's number ("ตชด.|32"; "มท.1" is a minister, not a body)
_NUMBERED_CATEGORIES = frozenset({"police", "military"})
# the outbreak a committee or centre is named after, past the "ของ" that ends the scan's name: "ศูนย์บริหารสถานการณ์
# การแพร่ระบาด|ของโรคติดเชื้อไวรัสโคโรนา 2019", "คณะกรรมการบริหารสถานการณ์เศรษฐกิจ|จากผลกระทบของการระบาดของโรค..."
# (see _Scan.outbreak_tails); every part is a fixed word, so matching stays linear
_OUTBREAK_TAIL = re.compile(r"(?:จากผลกระทบ(?:ของ|จาก)?(?:การ)?(?:แพร่)?ระบาด)?ของโรค(?:ติดเชื้อ)?(?:ไวรัส)?"
                            r"(?:โคโรนา(?: ?(?:2019|๒๐๑๙))?|โควิด(?: ?[-–] ?| )?(?:19|๑๙))(?![0-9๐-๙])")
# the year (or its dots, in a bill not yet passed) of the bill a committee considers, past where the scan ends its
# name: "คณะกรรมาธิการวิสามัญพิจารณาร่างพระราชบัญญัติงบประมาณรายจ่าย|ประจำปีงบประมาณ พ.ศ. 2565", "...ยาเสพติดให้โทษ|
# (ฉบับที่ ..) พ.ศ. ....", "...แอลกอฮอล์|พ.ศ...." (see _Scan.outbreak_tails)
# the number of the disease a record ends with, which the scan leaves out after its name: "ศูนย์บริหารสถานการณ์โควิด|
# - 19", "ศูนย์แถลงข่าวสถานการณ์โรคติดเชื้อไวรัสโคโรนา| 2019" (see _Scan.outbreak_tails); the record must end with the
# disease's word
_DISEASE_NUMBER = {"โควิด": re.compile(r"[ \u00a0]?[-–]?[ \u00a0]?(?:19|๑๙)(?![0-9๐-๙])"),
                   "โคโรนา": re.compile(r"[ \u00a0]?(?:2019|๒๐๑๙)(?![0-9๐-๙])")}
_BILL_TAIL = re.compile(r"(?: ?\(ฉบับที่ [0-9๐-๙.…]{1,4}\))?(?: ?ประจำปีงบประมาณ)? ?พ\.ศ\. ?(?:[0-9]{4}|[๐-๙]{4}|[.…]{1,4})(?![0-9๐-๙])")
_BILL_WORDS = ("ร่างพระราชบัญญัติ", "ร่าง พ.ร.บ.", "ร่างพ.ร.บ.")
_COMPANY_SHORT = re.compile(r" ?\((บริษัท ?([A-Z][A-Za-z0-9&\-]{1,11}|[\u0E01-\u0E2E][\u0E01-\u0E4E.]{1,11}))\)")  # "(บริษัท MPAP)"
_BETWEEN_TIMES = ("ปี", "เดือน", "วัน", "ช่วง", "ฤดู", "หลัง", "ก่อน", "เวลา", "สัปดาห์", "ไตรมาส")  # a time "between" (rev26b)
_COUNTRY_BRACKETS = ("(ประเทศไทย)", "(Thailand)", "(ไทยแลนด์)", "(ไทย)")  # a company's country after its name
# a Latin company's "limited" after its country in brackets: "บริษัท Tap Energy (Thailand)| Pty Ltd" (o27)
# "บริษัท มาสด้า มอเตอร์ คอร์ปอเรชั่น", "บริษัท ทรูวิชั่นส์ กรุ๊ป" with no "จำกัด": one to four spaced name words and a
# corporate form word (group, corporation, holdings, ...) that ends the name (`_Scan.corporate_end`)
_CORPORATE_NAME = re.compile(r"((?:[\u0E01-\u0E4E]+ ){1,4}?)(?:กรุ๊ป|คอร์ปอเรชั่น|โฮลดิ้ง(?:ส์)?|อินเตอร์เนชั่นแนล|อินดัสทรี(?:ส์)?"
                             r"|เอ็นเตอร์ไพรส์)(?![\u0E01-\u0E4E])")
_COUNTRY_LATIN_LIMITED = re.compile(r" (?:(?:Pte|Pty|Co)\.?,? )?(?:Ltd|Limited|LLC|PLC|Plc|Inc)\b\.?")
@lexicon_cache
def _people_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words naming people (subject_context_words person_head, percent_subject_words person/payee/people) and the
    prefixes that make one (นัก, ชาว; ผู้ is handled on its own)."""
    whole = frozenset(words("subject_context_words", role="person_head")) | words("percent_subject_words", role="person") \
        | words("percent_subject_words", role="payee") | words("percent_subject_words", role="people")
    return whole, ("นัก", "ชาว")


def _people_word(w: str) -> bool:
    """ "อาสาสมัคร", "แรงงาน", "นักวิจัย", "ชาวบ้าน": a word naming people (not "ชายแดน": whole words but for นัก/ชาว)."""
    whole, prefixes = _people_heads()
    return w in whole or w.startswith(prefixes) and len(w) > 4


def _short_of(short: str, name: str) -> bool:
    """ "MPAP" of "บริษัท Mitsubishi Power Asia Pacific", "ปซท." of "บริษัท ปูนซิเมนต์ไทย": a short name is one of the
    company's when it opens with the first letter of the name after "บริษัท" and its letters (Thai consonants, Latin
    letters and digits) come in the name in order; "(บริษัท ABB)" after "บริษัท Siemens Energy" is another company (rev25b)."""
    rest = name.removeprefix("บริษัท").strip().upper()
    letters = [c for c in short.upper() if c.isascii() and c.isalnum() or "\u0e01" <= c <= "\u0e2e"]
    if not rest or not letters or letters[0] != rest[0]:
        return False
    it = iter(rest)
    return all(c in it for c in letters)


_PAREN_INNER = re.compile(r"\(\s*([^()]{1,20}?)\s*\)")
_END = itemgetter(2)  # Token.end
_FOUND_END = attrgetter("end")
_FOUND_SPAN = attrgetter("start", "end")
_SKIP_KINDS = frozenset({"space", "number", "acronym"})  # tokens no name starts at
_USES_BY_FIND = 64  # acronyms a scan looks for with str.find before it indexes the token texts


@dataclass(frozen=True, slots=True)
class _Form:
    """A known written form: the canonical name it stands for, and the acronym it is, if any."""

    name: str
    acronym: str | None
    rule: str
    category: str = ""  # org_known.tsv's category of the body


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    name: str
    rule: str
    acronym: str | None = None
    parent: str | None = None


# ---------------------------------------------------------------- lexicons (loaded once)

@dataclass(frozen=True, slots=True)
class _Words:
    """Words to find at an offset: those of four or more characters keyed by their first four
    (longest first), and the shorter ones as a set."""

    long: dict[str, tuple[str, ...]]
    short: frozenset[str]
    # a crowded key ("สำนั", "กระท": more than DEEP_AFTER words) split once more: its words of eight
    # or more characters keyed by their first eight (longest first), then its shorter words
    deep: dict[str, tuple[dict[str, tuple[str, ...]], tuple[str, ...]]]

    def at(self, view: str, pos: int) -> list[str]:
        """Every word that `view` has at `pos`, longest first. A one-character word is found only
        as the text's last character (as when words were keyed by their first two characters)."""
        k = view[pos:pos + 4]
        out = [w for w in self.long.get(k, ()) if view.startswith(w, pos)]
        n, short = len(k), self.short
        if short:
            if n >= 3 and k[:3] in short:
                out.append(k[:3])
            if n >= 2 and k[:2] in short:
                out.append(k[:2])
            if n == 1 and k in short:
                out.append(k)
        return out

    def first(self, view: str, pos: int) -> str | None:
        """The longest word that `view` has at `pos` (`at(view, pos)[0]`), or None."""
        k = view[pos:pos + 4]
        for w in self.long.get(k, ()):
            if view.startswith(w, pos):
                return w
        short = self.short
        if short:
            n = len(k)
            if n >= 3 and k[:3] in short:
                return k[:3]
            if n >= 2 and k[:2] in short:
                return k[:2]
            if n == 1 and k in short:
                return k
        return None


def _by_first_char(items) -> _Words:
    """The words indexed for `_Words.at`."""
    long: dict[str, list[str]] = {}
    short = set()
    for w in items:
        if len(w) >= 4:
            long.setdefault(w[:4], []).append(w)
        elif w:
            short.add(w)
    deep = {}
    for k, v in long.items():
        if len(v) > DEEP_AFTER:
            by8: dict[str, list[str]] = {}
            for w in v:
                if len(w) >= 8:
                    by8.setdefault(w[:8], []).append(w)
            deep[k] = ({k8: tuple(sorted(ws, key=len, reverse=True)) for k8, ws in by8.items()},
                       tuple(sorted((w for w in v if len(w) < 8), key=len, reverse=True)))
    return _Words({k: tuple(sorted(v, key=len, reverse=True)) for k, v in long.items()}, frozenset(short), deep)


DEEP_AFTER = 8  # _Words.deep: keys with more words than this are split by the first eight characters


@dataclass(frozen=True, slots=True)
class _Lexicon:
    heads: dict[str, tuple[str, bool, tuple[str, ...], bool]]
    heads_by_char: _Words
    head_lengths: tuple[int, ...]
    prefixes: dict[str, str]
    stops: dict[str, str]
    generic: dict[str, frozenset[str]]
    not_acronyms: dict[str, str]
    forms: dict[str, _Form]
    forms_by_char: _Words
    shorts: dict[str, str]
    shorts_by_char: _Words
    short_prefixes: tuple[str, ...]  # the shorts, for one str.startswith call
    verbs: frozenset[str]
    not_name_start: frozenset[str]
    start_keys: frozenset[str]  # the first four characters (or all) of every head, form and minister's title
    public_suffix: re.Pattern[str]  # " (มหาชน)" after a name
    links: tuple[str, ...]  # "link" and "soft_link" stop words, longest first
    token_prefixes: tuple[str, ...]  # generic "token_prefix" words, for one str.startswith call
    long_modifiers: tuple[str, ...]  # generic "modifier" words of three or more characters
    person_titles: tuple[str, ...]  # data/person_titles.tsv: a model span starting with one is a person
    model_not_start: tuple[str, ...]  # generic "model_not_start" and "nominaliser" words
    and_tails: tuple[str, ...]  # "และกีฬา": the end of each known name from its last "และ", longest first
    stop_starts: tuple[str, ...]  # stop words of three letters or more, for a token a stop word opens ("ตามที่", "ครั้งที่")
    late_acronyms: dict[str, str]  # data/org_known_late.tsv: abbreviation -> full name, given after the model


@lexicon_cache
def _lexicon() -> _Lexicon:
    heads = {r["head"]: (r["category"], r["needs_name"] != "0", tuple(filter(None, (r.get("name_ends") or "").split("|"))),
                        r.get("proper") == "1")
             for r in load_tsv("org_heads")}
    stops = {r["word"]: r["kind"] for r in load_tsv("org_stops")}
    generic: dict[str, set[str]] = {}
    for r in load_tsv("org_generic"):
        generic.setdefault(r["kind"], set()).add(r["word"])
    for w in generic.get("late_verb", ()):
        stops.setdefault(w, "verb")  # a verb the model was trained without (orgmodel leaves it out)
    for w in generic.get("late_quantity", ()):
        stops.setdefault(w, "quantity")  # a quantifier the model was trained without (orgmodel leaves it out)
    forms: dict[str, _Form] = {}
    shorts: dict[str, str] = {}
    for r in load_tsv("org_known"):
        name = r["name"]
        forms.setdefault(name, _Form(name, None, "org.known", r.get("category") or ""))
        for alias in filter(None, r["aliases"].split("|")):
            forms.setdefault(alias, _Form(name, None, "org.known_alias", r.get("category") or ""))
        for acr in filter(None, r["acronyms"].split("|")):
            forms.setdefault(acr, _Form(name, acr, "org.known_acronym", r.get("category") or ""))
        for short in filter(None, r.get("short", "").split("|")):
            shorts.setdefault(short, name)
    for r in load_tsv("org_short_names"):  # mined bare names (training/mine_org_names.py)
        forms.setdefault(r["short"], _Form(r["name"], None, "org.short_name", "other"))
    return _Lexicon(
        heads=heads,
        heads_by_char=_by_first_char(heads),
        head_lengths=tuple(sorted({len(h) for h in heads}, reverse=True)),
        prefixes={r["prefix"]: r["stands_for"] for r in load_tsv("org_prefixes")},
        stops=stops,
        generic={k: frozenset(v) for k, v in generic.items()},
        not_acronyms={r["abbreviation"]: r["kind"] for r in load_tsv("org_not_acronyms")},
        forms=forms,
        forms_by_char=_by_first_char(forms),
        shorts=shorts,
        shorts_by_char=_by_first_char(shorts),
        short_prefixes=tuple(shorts),
        verbs=frozenset(w for w, tag in _orchid_tags().items() if tag in VERB_TAGS),
        start_keys=frozenset(w[:4] for w in [*heads, *forms, *generic.get("minister_title", ())]),
        public_suffix=re.compile(r"\s?(?:%s)" % "|".join(
            re.escape(w) for w in sorted(generic.get("public_suffix", ()), key=len, reverse=True)) or "(?!)"),
        not_name_start=frozenset(w for w, tag in _orchid_tags().items() if not tag.startswith(NAME_START_TAGS)),
        links=tuple(sorted((w for w, k in stops.items() if k in ("link", "soft_link")), key=len, reverse=True)),
        token_prefixes=tuple(generic.get("token_prefix", ())),
        long_modifiers=tuple(m for m in generic.get("modifier", ()) if len(m) >= 3),
        person_titles=tuple(r["title"] for r in load_tsv("person_titles") if r["title"]),
        model_not_start=tuple(generic.get("model_not_start", set()) | generic.get("nominaliser", set())),
        stop_starts=tuple(w for w in stops if len(w) >= 3),
        and_tails=tuple(sorted({n[n.rindex("และ"):] for n in forms if "และ" in n and not n.endswith("และ")
                                and " " not in n[n.rindex("และ"):]}, key=len, reverse=True)),
        late_acronyms={a: r["name"] for r in load_tsv("org_known_late") for a in filter(None, r["acronyms"].split("|"))},
    )


@lexicon_cache
def _orchid_tags() -> dict[str, str]:
    """PyThaiNLP's ORCHID unigram tag dictionary (Thai words only): verbs end names, and a proper
    name does not start with a verb, adverb, pronoun or function word."""
    try:
        from importlib.resources import files

        raw = files("pythainlp.corpus").joinpath("pos_orchid_unigram.json").read_text(encoding="utf-8-sig")
        tags = json.loads(raw)
    except Exception:  # pragma: no cover - pythainlp without its data: names end at stop words only
        return {}
    return {w: tag for w, tag in tags.items() if _THAI_WORD.fullmatch(w)}


# ---------------------------------------------------------------- the scan

class _StartIndex:
    """Token index by start offset: what `{t.start: i for i, t in enumerate(tokens)}` answers (the
    last token starting there), by bisection over the token starts, which are in text order."""

    __slots__ = ("token_starts",)

    def __init__(self, token_starts: list[int]) -> None:
        self.token_starts = token_starts

    @overload
    def get(self, pos: int) -> int | None: ...
    @overload
    def get(self, pos: int, default: int) -> int: ...
    def get(self, pos: int, default: int | None = None) -> int | None:
        ts = self.token_starts
        k = bisect_right(ts, pos) - 1
        return k if k >= 0 and ts[k] == pos else default

    def __contains__(self, pos: int) -> bool:
        return self.get(pos) is not None


class _ScanWords:
    """The word lists a scan reads, derived from the active lexicons: made once per set of lexicons
    (`_scan_words`) and copied into each `_Scan`, never changed. Made per document, their sorted
    copies and derived sets took about a third of the organisation scan of a short document."""

    def __init__(self) -> None:
        self.lex = _lexicon()
        g = self.lex.generic
        self.continuation = g.get("continuation", frozenset())
        self.closing = g.get("closing", frozenset())
        self.numbered = g.get("numbered", frozenset())
        self.extension = g.get("extension", frozenset())
        self.nominalisers = g.get("nominaliser", frozenset())
        self.nominaliser_prefixes = tuple(self.nominalisers)
        self.minister_titles = g.get("minister_title", frozenset())
        self.place_continuation = g.get("place_continuation", frozenset())
        self.seat_words = g.get("seat_continuation", frozenset())
        self.named_by_place = frozenset({"local"})  # org_heads.tsv categories whose name is their place
        self.place_named_heads = tuple(h for h, v in self.lex.heads.items() if v[0] in self.named_by_place)
        self.place_named_generics = tuple(w for w in g.get("name", ()) if w.startswith(self.place_named_heads)
                                          and w not in self.place_named_heads)  # "เทศบาลเมือง", "เทศบาลตำบล"
        self.seat_categories = g.get("seat_category", frozenset())
        self.seat_prefixes = tuple(g.get("seat_prefix", ()))
        self.or_words = g.get("or", frozenset())
        self.or_prefixes = tuple(self.or_words)
        self.company_words = g.get("company_end", frozenset())
        self.whole_heads = g.get("whole_head", frozenset())
        self.purpose_categories = g.get("purpose_category", frozenset())
        self.address_words = g.get("address_word", frozenset())
        self.predicate_categories = g.get("predicate_category", frozenset())
        self.product_words = g.get("product_word", frozenset())
        self.bare_not_after = g.get("bare_not_after", frozenset())
        self.headline_not_verbs = g.get("headline_not_verb", frozenset())
        self.late_headline_not_verbs = g.get("late_headline_not_verb", frozenset())
        self.surname_heads = g.get("surname_head", frozenset())
        self.headline_change_verbs = g.get("headline_change_verb", frozenset())
        self.venue_prefixes = tuple(g.get("venue_prefix", ()))
        self.post_prefixes = tuple(p for p, kind in self.lex.stops.items() if kind in ("position", "title"))
        self.task_heads = g.get("task_head", frozenset())
        self.area_words = g.get("area_word", frozenset())
        self.group_words = g.get("group_prefix", frozenset())
        self.group_suffixes = tuple(self.group_words)
        self.titled_works = tuple(g.get("model_not_start", ()))  # "พระราชบัญญัติ", "โครงการ": laws, plans
        self.group_categories = g.get("group_category", frozenset())
        self.public_suffix = self.lex.public_suffix
        self.links = self.lex.links
        self.stop_prefixes = tuple(g.get("stop_prefix", ()))
        self.acting_bodies = g.get("acting_body", frozenset())
        self.in_place_categories = g.get("in_place_category", frozenset())
        self.branch_words = g.get("branch_word", frozenset())
        self.branch_categories = g.get("branch_category", frozenset())
        self.predicate_prefixes = tuple(g.get("predicate_prefix", ()))
        self.unit_chiefs = tuple(g.get("unit_chief", ()))
        self.law_titles = tuple(g.get("law_title", ()))
        self.law_title_ends = frozenset(w[-1] for w in self.law_titles)
        self.unit_and_tails = tuple(sorted(g.get("and_tail", ()), key=len, reverse=True))
        self.late_and_nots = g.get("late_and_not", frozenset())
        self.given_name_titles = g.get("given_name_title", frozenset())
        self.code_words = g.get("code_word", frozenset())
        self.long_code_words = tuple(sorted(w for w in self.code_words if len(w) >= 5))  # "ทางหลวงชนบท", not "ทาง"
        self.office_heads = g.get("office_head", frozenset())
        self.cut_places = g.get("cut_place", frozenset())
        self.body_words = g.get("latin_body_word", frozenset())
        self.after_name = g.get("after_name", frozenset())
        self.indefinites = tuple(g.get("indefinite", ()))
        self.late_deeds = g.get("late_deed", frozenset())
        self.late_deed_words = tuple(sorted(self.late_deeds, key=len, reverse=True))  # a deed the segmenter splits: "คน|ใหม่"
        self.late_task_deeds = g.get("late_task_deed", frozenset())
        self.late_end_deeds = g.get("late_end_deed", frozenset())
        self.late_end_adjectives = tuple(g.get("late_end_adjective", ()))
        self.late_deed_prefixes = tuple(g.get("late_deed_prefix", ()))
        self.brand_words = g.get("brand_word", frozenset())
        self.royal_ranks = tuple(sorted(g.get("royal_rank", ())))
        self.late_betweens = g.get("late_between", frozenset())
        self.patronages = tuple(sorted(g.get("late_patronage", ()), key=len, reverse=True))
        self.ordinal_categories = g.get("late_ordinal_category", frozenset())
        self.ordinal_nots = tuple(sorted(g.get("late_ordinal_not", ())))
        self.royal_words = tuple(sorted(g.get("royal_word", ())))
        self.late_names = g.get("late_name", frozenset())
        self.late_prefixes = tuple(sorted(g.get("late_prefix", ())))
        self.late_generic_words = tuple(sorted(g.get("late_generic_word", ())))
        self.late_adjectives = g.get("late_adjective", frozenset())
        self.late_not_acronyms = tuple(sorted(g.get("late_not_acronym", ())))
        self.deputy_titles = g.get("late_deputy_title", frozenset())
        self.deputy_words = g.get("deputy_word", frozenset())
        self.deputy_glued = frozenset(w + t for w in self.deputy_words for t in self.deputy_titles)  # "รองนรม."
        self.bare_heads = {w: "สำนักงาน" for w in g.get("bare_head", ())}  # the one head so abbreviated here
        self.station_unit_words = g.get("station_unit", frozenset())
        self.quantified = self.indefinites + tuple(g.get("late_quantity", ()))  # a model span with one names no body
        self.place_starts = g.get("place_start", frozenset())
        self.place_start_not = g.get("place_start_not", frozenset())
        self.place_words = tuple(g.get("place_word", ()))
        self.event_words = g.get("latin_event_word", frozenset())
        self.prefix_lengths = sorted({len(p) for p in self.lex.prefixes}, reverse=True)  # longest first: "สภ.อ." before "อ."
        self.cut_place_starts = frozenset(w[:k] for w in self.cut_places for k in range(2, len(w)))  # "แม่", "แม่ฮ่อง"
        self.region_prefixes = {w: "ตำรวจภูธรภาค" for w in g.get("region_prefix", ())}
        self.of_place_words = tuple(sorted(g.get("of_place", ()), key=len, reverse=True))
        self.tail_places = tuple(sorted(g.get("tail_place", ()), key=len, reverse=True))


@lexicon_cache
def _scan_words() -> _ScanWords:
    return _ScanWords()


class _Scan(_ScanWords):
    """State of one scan over one document."""

    def __init__(self, doc: Document, *, acronym_records: bool = EMIT_DEFINITION_ACRONYM) -> None:
        vars(self).update(vars(_scan_words()))  # the word lists (shared, read only), not made again
        self.acronym_records = acronym_records
        self.doc = doc
        self.view = doc.view
        self.toks: list[Token] = doc.tokens
        self.token_starts = doc._starts  # the document's own list of token starts (read, never changed)
        self.starts = _StartIndex(self.token_starts)
        self._ends: set[int] | None = None
        self.defined: dict[str, str] = {}  # acronym defined in this text -> full name
        self.parens: set[int] | None = None  # see paren_offsets
        self._by_text: dict[str, list[int]] | None = None  # see uses
        self._uses_found = 0  # acronyms whose uses were looked for in the text (see uses)
        self.glued_heads = _GLUED_HEADS.current()  # the active lexicon's memo, looked up once
        self._headlines: list[int] | None = None  # see headline_starts

    def headline_starts(self) -> list[int]:
        """`_headline_starts(view, lex.short_prefixes)`, a line at a time once a scan: `add_headline_shorts` and
        `late_headline_shorts` both read them (s38; the text and the word list do not change between)."""
        if self._headlines is None:
            self._headlines = list(_headline_starts(self.view, self.lex.short_prefixes))
        return self._headlines

    @property
    def ends(self) -> set[int]:
        """Every offset where a token ends, and the text's end (made when first asked for)."""
        if self._ends is None:
            self._ends = set(map(_END, self.toks))
            self._ends.add(len(self.view))
        return self._ends

    def is_end(self, pos: int) -> bool:
        """`pos in self.ends`, read from the document's boundary map without building the set: the
        tokens tile the text, so an offset after 0 ends a token when one starts there or it is the
        text's end (the map marks both)."""
        if 0 < pos <= len(self.view):
            return self.doc._boundary_map[pos] == 1
        return pos in self.ends

    # -- small predicates

    def token_at(self, pos: int) -> int | None:
        """Index of the token that contains offset `pos`."""
        k = bisect_right(self.token_starts, pos) - 1
        return k if 0 <= k < len(self.toks) and self.toks[k].start <= pos < self.toks[k].end else None

    def word(self, i: int) -> str:
        t = self.toks[i]
        return self.view[t.start:t.end]

    def is_thai_word(self, i: int) -> bool:
        if not 0 <= i < len(self.toks):
            return False
        t = self.toks[i]
        return t.kind == "word" and _THAI_WORD.fullmatch(self.view, t.start, t.end) is not None

    def head_at(self, pos: int) -> str | None:
        """The longest head noun starting at `pos`."""
        return self.lex.heads_by_char.first(self.view, pos)

    def form_at(self, pos: int) -> str | None:
        """The longest known written form starting at `pos` and ending on a token boundary."""
        view = self.view
        forms = self.lex.forms_by_char
        k = view[pos:pos + 4]
        short = forms.short
        bucket = forms.long.get(k)
        if bucket is None and not (short and (k[:3] in short or k[:2] in short or k in short)):
            return None  # no form starts here (what `forms.at` would find needs one of these)
        # the words of `forms.at(view, pos)`, longest first, without making the list
        if bucket is not None:
            deep = forms.deep.get(k)
            if deep is not None:  # a crowded key: the long words that share the text's first eight, then the short
                for f in deep[0].get(view[pos:pos + 8], ()):
                    if view.startswith(f, pos) and self.form_ends(pos, f):
                        return f
                bucket = deep[1]
            for f in bucket:
                if view.startswith(f, pos) and self.form_ends(pos, f):
                    return f
        if short:
            n = len(k)
            if n >= 3 and k[:3] in short and self.form_ends(pos, k[:3]):
                return k[:3]
            if n >= 2 and k[:2] in short and self.form_ends(pos, k[:2]):
                return k[:2]
            if n == 1 and k in short and self.form_ends(pos, k):
                return k
        return None

    def form_ends(self, pos: int, f: str) -> bool:
        """Does the form `f` found at `pos` end on a token boundary (or need none)? A form that ends
        in a Latin letter never goes on into one: "UN|ESCAP", "EU|DR", "Intel|ligent", "Fed|eral" are
        longer words (the segmenter keeps a Latin word whole, so no token boundary falls inside)."""
        end = pos + len(f)
        last = f[-1]
        if last in ".ฯ":
            return True
        if last < "\u0080" and last.isalpha() and _LATIN_LETTER.match(self.view, end):
            return False
        return not _THAI_LETTER.match(self.view, end) or self.is_end(end)

    def starts_body(self, i: int) -> bool:
        """Does token i open a head noun or a known name?"""
        if not 0 <= i < len(self.toks) or self.toks[i].kind != "word":
            return False
        pos = self.toks[i].start
        return self.head_at(pos) is not None or self.form_at(pos) is not None

    def next_index(self, i: int) -> int:
        j = i + 1
        if j < len(self.toks) and self.toks[j].kind == "space" and self.toks[j].end - self.toks[j].start == 1:
            j += 1
        return j

    def seat_after(self, k: int, category: str, complete: bool) -> bool:
        """Does the place after "ณ" (token k) belong to the name before it? An embassy's or a consulate's
        name takes any place ("สถานกงสุลใหญ่ไทย ณ แขวงสะหวันนะเขต"); another body's only a city or
        country abroad ("สำนักงานแพทย์...แห่งประเทศไทย ณ ราชอาณาจักรซาอุดีอาระเบีย"), and a whole known
        name none: else "ณ" says where the body meets or stands ("กระทรวงพลังงาน ณ โรงแรม...",
        "สหภาพยุโรป ณ กรุงบรัสเซลส์", "สมาคม... ณ นครราชสีมา")."""
        toks = self.toks
        i = k + 1
        if i < len(toks) and toks[i].kind == "space" and toks[i].end - toks[i].start <= 2:
            i += 1
        if not self.is_thai_word(i):
            return False
        if self.view.startswith(self.venue_prefixes, toks[i].start):
            return False  # "สถานกงสุลใหญ่ ณ ห้องประชุม...", "... ณ โรงแรม...": a room or a hotel is where it meets, no seat
        if category in self.seat_categories and not self.posted_before(k):
            return True
        if complete:
            return False
        view, pos = self.view, toks[i].start
        if view.startswith(_thai_provinces(), pos):
            # "ณ นครราชสีมา", "ณ กรุงเทพมหานคร": a venue at home, but the seat of a foreign country's body
            # ("ศูนย์วัฒนธรรมแห่งประเทศจีน ณ กรุงเทพฯ")
            return self.foreign_body_before(k)
        return view.startswith(self.seat_prefixes, pos) or self.word(i) in _countries() and self.word(i) != "ไทย"

    def province_list_at(self, k: int) -> bool:
        """Does the province at token k open a list ("สำนักงานเกษตรจังหวัด ตาก ลำพูน และน่าน", "จังหวัด ตาก, น่าน")?
        The bare "จังหวัด" before it then names the offices of every province listed, none of them alone."""
        toks, view = self.toks, self.view
        j = k + 1
        while j < len(toks) and (toks[j].kind == "space" or view[toks[j].start:toks[j].end] in (",", "、")):
            j += 1
        if j == k + 1 or j >= len(toks) or not self.is_thai_word(j):
            return False
        w = self.word(j)
        if w in ("และ", "หรือ"):  # "และน่าน", "และ น่าน": "และ" then a province, not "และสำนักงาน..."
            j += 1 + (j + 1 < len(toks) and toks[j + 1].kind == "space")
            w = self.word(j) if j < len(toks) and self.is_thai_word(j) else ""
        elif w.startswith(("และ", "หรือ")):
            w = w[3 if w.startswith("และ") else 4:]
        return w in _province_names()

    def province_list_after(self, end: int) -> bool:
        """Does a province ending at `end` open a list (`province_list_at` of its token)?"""
        k = self.token_at(end - 1) if end > 0 else None
        return k is not None and self.toks[k].end == end and self.province_list_at(k)

    def seat_prefix_after_seat(self, i: int) -> bool:
        """Is token i a seat prefix ("กรุง", "นคร") right after a seat word and a space ("ณ กรุง")?"""
        return i >= 2 and self.toks[i - 1].kind == "space" and self.word(i - 2) in self.seat_words

    def posted_before(self, k: int) -> bool:
        """Does "ประจำ" stand among the last four words before " ณ" (token k)? An embassy already
        posted ("สถานเอกอัครราชทูตสวีเดนประจำประเทศไทย ณ ห้องรับรอง...") has its seat named: "ณ" then
        says where it meets, unless a city or country abroad follows, as after other bodies."""
        j = k - 1
        if j >= 0 and self.toks[j].kind == "space":
            j -= 1
        for x in range(j, max(-1, j - 4), -1):
            if not self.is_thai_word(x):
                return False
            if self.word(x) == "ประจำ":
                return True
            if self.head_at(self.toks[x].start) is not None:
                return False  # "เจ้าหน้าที่ประจำ|สถานกงสุลใหญ่ ณ เมือง...": a "ประจำ" before the head posts a person, not the body
        return False

    def foreign_body_before(self, k: int) -> bool:
        """Does the name before " ณ" (token k) end with "ประเทศ" and a country abroad ("...แห่ง|ประเทศ|จีน"):
        a foreign country's body, whose place in Thailand is its seat?"""
        j = k - 1
        if j >= 1 and self.toks[j].kind == "space":
            j -= 1
        if j < 1 or not self.is_thai_word(j) or not self.is_thai_word(j - 1):
            return False
        country = self.word(j)
        return country in _countries() and country != "ไทย" and self.word(j - 1) == "ประเทศ"

    # -- name extension after a head

    def extend(self, j: int, category: str, *, complete: bool = False, n: int = 0,
               proper: bool = False) -> tuple[int, int, str]:
        """Consume name tokens from index j; return (end offset, next index, why it stopped).

        `complete` says the name so far is a whole dictionary word ("กระทรวงมหาดไทย"): it then takes
        only extension words ("จังหวัด", "สาขา", "แห่ง...") and what follows them. `proper` says the
        head takes proper names, so a verb right after it means there is no name ("verb_first").
        """
        toks, view, lex = self.toks, self.view, self.lex
        end = toks[j - 1].end if j > 0 else 0
        steps = 0
        while j < len(toks) and steps < MAX_NAME_TOKENS:
            steps += 1
            t = toks[j]
            w = view[t.start:t.end]
            prev = view[toks[j - 1].start:toks[j - 1].end] if j > 0 else ""
            if t.kind == "space":
                k = j + 1
                if t.end - t.start > 2 or k >= len(toks):
                    return end, j, "space"
                nw = view[toks[k].start:toks[k].end]
                if nw in self.continuation and toks[k].kind == "word":
                    if nw in self.place_continuation and k + 2 < len(toks) and toks[k + 1].kind == "space" \
                            and self.starts_body(k + 2):
                        return end, j, "space"  # "ด่านศุลกากรเบตง ณ ด่านศุลกากรเบตง": a place that is a body of its own
                    if nw in self.seat_words and not self.seat_after(k, category, complete):
                        return end, j, "space"  # "กระทรวงการคลัง ณ ห้องประชุม", "สหภาพยุโรป ณ กรุงบรัสเซลส์": where it meets or sits
                    end, j, n, complete = toks[k].end, k + 1, n + 1, False
                    if nw in self.place_continuation and j + 1 < len(toks) and toks[j].kind == "space" and self.is_thai_word(j + 1):
                        j += 1  # "สถานเอกอัครราชทูตไทย ณ เวียงจันทน์": the place after "ณ" is named
                    continue
                m = self.public_suffix.match(view, t.start)
                if m:
                    return m.end(), self.starts.get(m.end(), len(toks)), "space"
                if prev == "จังหวัด" and toks[j - 1].end == end and nw in _province_names() and toks[k].kind == "word" \
                        and (k + 1 == len(toks) or not self.is_thai_word(k + 1)) and not self.province_list_at(k):
                    return toks[k].end, k + 1, "space"  # "สำนักงานเกษตรจังหวัด ตาก แจ้งว่า": the province after a space
                    # closes a name ending in a bare "จังหวัด", a word alone before a space or a mark
                if prev in self.numbered and toks[k].kind == "number" and len(nw) <= 4:
                    return toks[k].end, k + 1, "number"
                if nw in self.numbered and k + 2 < len(toks) and toks[k + 1].kind == "space" \
                        and toks[k + 2].kind == "number" and toks[k + 2].end - toks[k + 2].start <= 3:
                    return toks[k + 2].end, k + 3, "number"  # "สำนักงานเขตพื้นที่การศึกษา... เขต 1"
                tail = self.spaced_public_tail(k) if n and "มหาชน)" in view[t.end:t.end + 80] else None
                if tail is not None:  # "สำนักงานพัฒนาธุรกรรม ทางอิเล็กทรอนิกส์ (องค์การมหาชน)"
                    return tail, self.starts.get(tail, len(toks)), "paren"
                if category == "company":
                    stop = self.company_end(k)
                    if stop is not None:
                        return stop, self.starts.get(stop, len(toks)), "space"
                if not n and proper:
                    m = _LATIN_NAME.match(view, toks[k].start)
                    if m:  # "พรรค United Malays", "ธนาคาร BBVA": a head, then a name in Latin letters
                        suffix = _LATIN_COMPANY_TAIL.match(view, m.end()) \
                            if m.group().rpartition(" ")[2] in _LATIN_COMPANY_ABBREVIATIONS else None
                        stop = m.end() if suffix is None else suffix.end()  # "... Pte|. Ltd.", "... Holding Ltd|."
                        return stop, self.starts.get(stop, len(toks)), "latin"
                return end, j, "space"
            if t.kind == "number":
                if prev in self.numbered and len(w) <= 4:
                    return t.end, j + 1, "number"
                return end, j, "number"
            m = self.public_suffix.match(view, t.start)
            if m:
                return m.end(), self.starts.get(m.end(), len(toks)), "paren"
            if w == "-" and n and self.is_thai_word(j + 1) and self.is_thai_word(j - 1):
                if complete:  # a whole name never ends with the dash: it takes a pair of countries ("หอการค้าไทย-|จีน"),
                    countries = _countries()  # else the dash joins it to another party ("กระทรวงพาณิชย์|-|เอกชน")
                    if self.word(j - 1) not in countries or self.word(j + 1) not in countries:
                        return end, j, "punct"
                    end, j, n, complete = toks[j + 1].end, j + 2, n + 2, False
                    continue
                end, j, n = t.end, j + 1, n + 1
                continue
            if not self.is_thai_word(j):
                if t.start == end and prev in self.seat_prefixes and t.kind == "word" and " " in w \
                        and _THAI_LETTER.match(w) and self.seat_prefix_after_seat(j - 1):
                    end, j, n = t.end, j + 1, n + 1  # "สถานเอกอัครราชทูต ณ กรุง|วอชิงตัน ดี.ซี.": the segmenter
                    continue  # keeps a spaced place name whole as one word; it is the seat's name, not punctuation
                if (n or proper) and t.start == end and self.glued_abbreviation(w):
                    return t.end, j + 1, "abbrev"  # "ศาลปค.", "พรรคพลังปชช.": the name closes with an abbreviation
                return end, j, "punct"
            if w.endswith("ฯ"):
                return t.end, j + 1, "abbrev"
            if w.startswith(self.stop_prefixes) and w not in lex.stops:
                return end, j, "stop"  # "โรงเรียน|โดยเหตุเกิด...": a conjunction glued to the next word
            if prev == "จังหวัด" and t.start == end:
                glued = self.glued_province_end(j)
                if glued is not None:  # "คณะกรรมการโรคติดต่อจังหวัด|เชียง|รายได้": the name ends with the province
                    return glued[0], glued[1], "stop"
            if not complete and (w in lex.stops or w in lex.verbs) and w in self.cut_place_starts and t.start == end:
                place = self.cut_place(j)
                if place is not None:  # "สถานีตำรวจภูธร|มา|ยอ", "...|หลัง|สวน": a cut place whose first piece is a stop word
                    end, j, n = self.toks[place].end, place + 1, n + 1
                    continue
            if w in self.place_starts and t.start == end and (not n or prev.endswith(self.place_words)) and self.place_piece(j + 1):
                end, j, n, complete = toks[j + 1].end, j + 2, n + 1, False
                continue  # "เรือนจำกลาง|บาง|ขวาง", "สถานีตำรวจภูธร|บาง|พลี": a place the segmenter cut after its "บาง"
            if w in lex.stops:
                if n and self.after_fragment(j):
                    end, j, n = t.end, j + 1, n + 1  # "แขวงสะ|ห|วัน|นะเขต": a word the segmenter cut up
                    continue
                kind = lex.stops[w]
                if kind == "soft_link" and not self.starts_body(self.next_index(j)):
                    end, j, n, complete = t.end, j + 1, n + 1, False
                    continue
                if kind == "and" and n and not complete:
                    tail = self.and_tail(t.start)
                    if tail is not None:  # "กองเศรษฐกิจการท่องเที่ยว|และกีฬา", as in a known name
                        end, j, n = tail, self.starts.get(tail, len(toks)), n + 2
                        continue
                if kind == "and" and n and not complete and self.verb_pair(j - 1):
                    end, j, n = toks[j + 1].end, j + 2, n + 2
                    continue  # "ศูนย์ส่งเสริม|และ|พัฒนา|อาชีพ...": two tasks joined by "และ" name one body
                if kind == "and" and not n and category in self.named_by_place:
                    return end, j, "and"  # "องค์การบริหารส่วนตำบล|และ|ท้องถิ่นจังหวัดลำปาง": a local government's head
                    # is named by its place; "และ" right after the bare head joins it to another party
                if kind == "and" and (not complete or category == "faculty"):
                    closing = self.closing_after(j + 1, faculty=category == "faculty")
                    if closing is not None and self.word(closing) == "จังหวัด" \
                            and (self.ends_in_province(t.start) or category in self.named_by_place) \
                            and view[t.end:toks[closing].start] in self.lex.generic.get("province_office", ()):
                        return end, j, "and"  # "สำนักงานจังหวัดน่าน|และ|พาณิชย์จังหวัดน่าน": a name closed by its
                        # province takes no other task's "จังหวัด"; a second body, the office of that task (not
                        # "คณะกรรมการ...จังหวัดสงขลา|และ|จังหวัดปัตตานี": one body of two provinces)
                    if closing is not None:
                        end, j, n = toks[closing].end, closing + 1, n + 3
                        continue
                # "เพื่อ" + a noun goes on with a head's name ("มูลนิธิเพื่อผู้บริโภค"), never with a whole known
                # one: "คณะรัฐมนตรี|เพื่อ|ขอความเห็นชอบ", "กระทรวงการคลัง|เพื่อ|ประกอบธุรกิจ" say what it is asked for
                if kind == "purpose" and not complete and (n or category in self.purpose_categories) \
                        and self.is_thai_word(j + 1):
                    nxt = self.word(j + 1)
                    if nxt not in lex.verbs and nxt not in lex.stops:
                        end, j, n = toks[j + 1].end, j + 2, n + 2
                        continue
                if w in self.numbered and j + 1 < len(toks) and toks[j + 1].kind == "number":
                    return toks[j + 1].end, j + 2, "number"
                if w == "ที่" and category in _NUMBERED_CATEGORIES:
                    m = _ORDINAL_NUMBER.match(view, t.start)
                    if m is not None and m.end() - t.start > 4 and self.unit_number_ends(m.end()):
                        return m.end(), self.starts.get(m.end(), len(toks)), "number"  # "หน่วยเฉพาะกิจ|ที่ 46"
                if kind == "verb" and n and toks[j - 1].end == t.start and self.nominalised(j - 1):
                    end, j, n = t.end, j + 1, n + 1
                    continue  # "คณะกรรมการส่งเสริม|การ|ดำเนินงาน...", "...นโยบาย|การ|ร่วม|ลงทุน...": a verb the glued "การ" makes a noun
                if (kind == "quantity" or kind == "verb" and (not n or prev in self.nominalisers)) \
                        and not complete and self.closed_ahead(j, heads=False):
                    end, j, n = t.end, j + 1, n + 1
                    continue  # "สถานีโทรทัศน์|รวม|การเฉพาะกิจ|แห่งประเทศไทย", "มูลนิธิ|ช่วย...แห่งประเทศไทย": the words reach a closing word
                if w == "ใน" and n and category in self.in_place_categories:
                    place = self.place_at(j + 1)
                    if place is not None:  # "สมาคมนักเรียนไทย|ใน|สหราชอาณาจักร"
                        return place, j + 2, "stop"
                return end, j, "stop"
            if complete and w not in self.extension:
                return end, j, "complete"
            if not n and proper and (w in lex.not_name_start
                                     or category in self.predicate_categories and _verb_compound(w)) \
                    and not self.closed_ahead(j) and not (category not in self.predicate_categories and self.verb_pair(j)):
                return end, j, "verb_first"  # "บริษัทพร้อม...", "มหาวิทยาลัยแน่นอน", "สถาบัน|เสียชื่อ": no name follows
            if n and prev not in self.nominalisers and prev != "ผู้" and w.startswith(self.predicate_prefixes) and _verb_compound(w):
                return end, j, "verb"  # "สหภาพ...ระหว่างประเทศ|เป็นหลัก": a copula or "มี" glued to a word starts the predicate
            if prev == "จังหวัด" and w in lex.verbs and not view.startswith(_thai_provinces(), t.start):
                return end, j, "verb"  # "ให้สำนักงานสาธารณสุขจังหวัด|สำรวจ และ...": no province, the predicate's verb
            if w in lex.verbs:
                # a verb inside a name follows "การ"/"ความ" or another verb ("กำกับดูแล"), or ends it
                # ("พรรคชาติพัฒนา กล่าว"); a verb followed by more words starts the predicate
                if steps == 1 and n == 1 and self.verb_pair(j):
                    end, j, n = toks[j + 2].end, j + 3, n + 3  # "ศูนย์ปฏิบัติการ|ป้องกัน|และ|ปราบปราม|ยาเสพติด": the
                    continue  # head's own word, then two tasks joined by "และ" name one body
                if n and prev not in lex.verbs and not self.nominalised(j - 1) and self.is_thai_word(j + 1):
                    return end, j, "verb"
            if n and (self.opens_new_body(j) or category == "faculty" and self.university_at(t.start)):
                return end, j, "body"
            place = self.cut_place(j) if w in self.cut_place_starts else None
            if place is not None:  # "ด่านศุลกากรแม่|สอด": a place the segmenter cut, its second piece a verb
                end, j, n, complete = self.toks[place].end, place + 1, n + 1, False
                continue
            if not n and category == "committee" and w in lex.heads and lex.heads[w][0] == "foundation":
                form = self.form_at(t.start)
                if form is not None and lex.forms[form].category == "foundation":
                    # "คณะกรรมการ|มูลนิธิร่วมกตัญญู": the board of a known foundation is named with it whole
                    end = t.start + len(form)
                    j, n = self.starts.get(end, len(toks)), n + 1
                    continue
            if not n and category == "other" and w in lex.heads and lex.heads[w][0] == "foundation" \
                    and self.form_at(t.start) is not None:
                # "หน่วยกู้ภัย|มูลนิธิร่วมกตัญญู": a known foundation right after a unit's head is the
                # body named (a committee of it keeps it: "คณะกรรมการมูลนิธิ...")
                return end, j, "body"
            complete = False
            end, j, n = t.end, j + 1, n + 1
        return end, j, "length"

    def nominalised(self, k: int) -> bool:
        """Does token k end a nominalised act inside a name: it is "การ"/"ความ", or a verb glued right after one
        ("การ|ร่วม")? A verb glued after it is then part of the act, not the predicate."""
        w = self.word(k)
        if w in self.nominalisers:
            return True
        return (w in self.lex.verbs or self.lex.stops.get(w) == "verb") and k > 0 \
            and self.toks[k - 1].end == self.toks[k].start and self.word(k - 1) in self.nominalisers

    def place_piece(self, k: int) -> bool:
        """Is token k, glued after a place_start word ("บาง"), the rest of a place's name rather than
        what the quantifier counts ("บาง|แห่ง", "บาง|ส่วน", "บาง|ราย", "บาง|โรงเรียน")?"""
        toks, lex = self.toks, self.lex
        if k >= len(toks) or toks[k].start != toks[k - 1].end or not self.is_thai_word(k):
            return False
        w = self.word(k)
        return not (_orchid_tags().get(w, "").startswith("C") or w in lex.stops or w in lex.verbs
                    or w in self.place_start_not or lex.heads_by_char.first(w, 0) is not None)

    def cut_place(self, j: int) -> int | None:
        """Index of the last token of a place the segmenter cut into two or three pieces written
        together from token j ("แม่|สอด", "แม่|ฮ่อง|สอน": org_generic.tsv `cut_place`), else None."""
        places = self.cut_places
        if not self.is_thai_word(j) or self.word(j) not in self.cut_place_starts:
            return None
        toks, w = self.toks, self.word(j)
        for k in (j + 1, j + 2):
            if not self.is_thai_word(k) or toks[k].start != toks[k - 1].end:
                return None
            w += self.word(k)
            if w in places:
                return k
        return None

    def glued_province_end(self, j: int) -> tuple[int, int] | None:
        """(end, token index) of a province's name read from token j (after "จังหวัด") that the segmenter
        glued to a stop word after it ("เชียง|รายได้" is เชียงราย + ได้): the name stops inside that
        token, whose index is returned; else None."""
        toks, view = self.toks, self.view
        start = toks[j].start
        for k in range(j, min(j + 3, len(toks))):
            if not self.is_thai_word(k) or k > j and toks[k].start != toks[k - 1].end:
                return None
            for cut in range(toks[k].start + 1, toks[k].end):
                if view[cut:toks[k].end] in self.lex.stops and view[start:cut] in _places():
                    return cut, k
        return None

    def place_at(self, k: int) -> int | None:
        """End of a country or city that token k is ("สหราชอาณาจักร", "นครซิดนีย์", "กรุงโตเกียว") and
        that ends the words there (a space, punctuation or a stop word after it), else None."""
        if not self.is_thai_word(k):
            return None
        w = self.word(k)
        if not (w in _places() or len(w) > 5 and w.startswith(("นคร", "กรุง")) and w not in self.lex.stops):
            return None
        if self.is_thai_word(k + 1) and self.word(k + 1) not in self.lex.stops:
            return None
        return self.toks[k].end

    def acts_after(self, start: int, end: int) -> bool:
        """Does an auxiliary ("จึง", "จะ", "ก็") or a verb follow `end` (after one space at most), not
        one that says something of a place (`not_acting`), with no word of place (`place_before`)
        among the three words before `start`? Then the body at start:end does something."""
        g = self.lex.generic
        if self.view.startswith(" ", end):
            end += 1
        k = self.starts.get(end)
        if k is None or not self.is_thai_word(k):
            return False
        w = self.word(k)
        if w in g.get("not_acting", ()) or not (self.lex.stops.get(w) in ("aux", "verb")
                                                  or w in self.lex.verbs and w not in self.lex.stops):
            return False
        i = bisect_right(self.token_starts, start - 1) - 1
        seen = 0
        while i >= 0 and seen < 3:
            if self.toks[i].kind == "number":
                return False  # "45,564 ราย กทม. ยัง...": a figure, then the place it counts
            if self.toks[i].kind != "space":
                w = self.word(i)
                if w in g.get("place_before", ()) or w.startswith(("เขต", "แขวง")):
                    return False
                if not seen and (self.lex.stops.get(w) in ("position", "title") or w.endswith("ปลัด")):
                    return False  # "รองปลัด กทม.ระบุ": a person's title, the person acts
                seen += 1
            i -= 1
        return True

    def verb_pair(self, j: int) -> bool:
        """Are tokens j, j + 1, j + 2 a verb, "และ" and a verb written together, with a Thai word of three
        or more letters glued after them ("ส่งเสริม|และ|พัฒนา|อาชีพ")? A body's tasks, named as in "กองส่งเสริมและพัฒนาการท่องเที่ยว"."""
        toks, verbs = self.toks, self.lex.verbs
        return j >= 0 and j + 3 < len(toks) and self.is_thai_word(j + 3) \
            and toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end \
            and toks[j + 3].start == toks[j + 2].end and len(self.word(j + 3)) >= 3 and self.lex.stops.get(self.word(j + 1)) == "and" \
            and self.word(j) in verbs and self.word(j + 2) in verbs

    def closed_ahead(self, j: int, *, heads: bool = True) -> bool:
        """Do the words from token j reach a closing word ("แห่งประเทศไทย", "แห่งชาติ") before any
        stop word other than "และ", space or punctuation? Then a verb opening them ("องค์การ|กระจายเสียง
        และแพร่ภาพสาธารณะแห่งประเทศไทย") begins a long name, not a predicate. With heads=False, a
        head on the way ("...รับทราบรายงาน|คณะกรรมการ...แห่งชาติ") names another body: no."""
        for k in range(j + 1, min(j + 8, len(self.toks))):
            if not self.is_thai_word(k):
                return False
            if not heads and self.starts_body(k):
                return False
            w = self.word(k)
            if w == "แห่ง":  # "แห่ง|ประเทศ|ไทย", "แห่ง|ชาติ", "แห่งเอเชีย"; not "ทั้งสองแห่ง", "แห่งใหม่"
                return self.is_thai_word(k + 1) and self.toks[k + 1].start == self.toks[k].end \
                    and (self.word(k + 1).startswith(("ประเทศ", "ชาติ", "สห")) or self.word(k + 1) in _places())
            if w in self.closing and w != "จังหวัด":
                return True
            if w in self.lex.stops and self.lex.stops[w] != "and":
                return False
        return False

    def university_at(self, pos: int, *, space: bool = False) -> bool:
        """Does a university's name ("มหาวิทยาลัย...", a known university, "ม.") begin at `pos` (or
        after one space there, with `space`)? A faculty's name not ending in "ศาสตร์" is taken before it."""
        view = self.view
        if space and view.startswith(" ", pos):
            pos += 1
        if pos not in self.starts:
            return False
        head = self.head_at(pos)
        if head is not None and self.lex.heads[head][0] == "university":
            return True
        form = self.form_at(pos)
        if form is not None and self.lex.forms[form].category == "university":
            return True
        return view.startswith("ม.", pos) and _THAI_LETTER.match(view, pos + 2) is not None

    def spaced_public_tail(self, k: int) -> int | None:
        """End of "ทางอิเล็กทรอนิกส์ (องค์การมหาชน)" from token k, after a space inside a name: at most
        two name words (no stop word, verb or body of their own) closed by a public suffix, which
        marks everything before it as one name."""
        toks = self.toks
        for i in range(k, min(k + 2, len(toks))):
            if not self.is_thai_word(i):
                return None
            m = self.public_suffix.match(self.view, toks[i].end)
            if m:  # the words before the suffix (looked at only now: most names have no suffix)
                if self.starts_body(k) or any(self.word(x) in self.lex.stops or self.word(x) in self.lex.verbs
                                              for x in range(k, i + 1)):
                    return None
                return m.end()
        return None

    def after_fragment(self, j: int) -> bool:
        """Is token j written right after a lone Thai letter that is no word ("สะ|ห|วัน")? Then it is a
        piece of a longer word the segmenter did not know, not the stop word it looks like."""
        k = j - 1
        if k < 0:
            return False
        f = self.toks[k]
        return f.end - f.start == 1 and f.end == self.toks[j].start and self.is_thai_word(k) \
            and _CONSONANT.match(self.view, f.start) is not None and self.word(k) not in self.lex.stops

    def glued_abbreviation(self, w: str) -> bool:
        """Is the token `w` a Thai abbreviation that may close a name it is written against ("ศาล|ปค.")?
        Not one of org_not_acronyms.tsv (a unit, a title, a month, an address part: "จ.", "ลบ.")
        nor a known body's acronym (that is a body of its own: "กระทรวง|สธ.")."""
        m = _ABBREVIATION.fullmatch(w)
        if m is None:
            return False
        nots = self.lex.not_acronyms
        return w not in nots and w[:w.index(".") + 1] not in nots and w not in self.lex.forms

    def and_tail(self, pos: int) -> int | None:
        """End of "และกีฬา" at `pos` when a known name ends so ("กระทรวงการท่องเที่ยวและกีฬา") and
        the text has a token boundary there: the "และ" is inside the name, not between bodies."""
        view = self.view
        for tail in self.lex.and_tails:
            if view.startswith(tail, pos) and self.is_end(pos + len(tail)):
                return pos + len(tail)
        return None

    def opens_new_body(self, j: int) -> bool:
        """A ministry head inside a name starts the next body ("กรมการศาสนา|กระทรวงวัฒนธรรม")."""
        head = self.head_at(self.toks[j].start)
        return head is not None and self.lex.heads[head][0] == "ministry"

    def ends_in_province(self, pos: int) -> bool:
        """Does the text before `pos` end with "จังหวัด" and a province ("...จังหวัดน่าน", "...จังหวัด น่าน")?"""
        view = self.view
        for n in longest_first(_province_names()):
            if view.endswith(n, 0, pos):
                b = pos - len(n)
                b -= view.startswith(" ", b - 1)
                return view.endswith("จังหวัด", 0, b)
        return False

    def closing_after(self, i: int, *, faculty: bool = False) -> int | None:
        """Index of the token that closes "...และ Y" as part of the name, if any.

        "กรมป้องกันและบรรเทาสาธารณภัยจังหวัด", "องค์การอาหารและยาแห่งสหประชาชาติ": the words after
        "และ" reach a closing word. A faculty's "X และ Y" ends the name at the next space.
        """
        for k in range(i, min(i + 6, len(self.toks))):
            if not self.is_thai_word(k):
                return k - 1 if faculty and k - 1 >= i else None
            w = self.word(k)
            if k == i and self.starts_body(k):
                return None
            if faculty and k > i and self.university_at(self.toks[k].start):
                return k - 1  # "คณะสิ่งแวดล้อมและทรัพยากร|มหาวิทยาลัยมหิดล": the university ends the faculty
            if w in self.closing:
                return k
            if w in self.lex.stops:
                return None
        return None

    def company_end(self, i: int) -> int | None:
        """End offset of "... จำกัด" (and " (มหาชน)") reached over spaced words from index i."""
        for k in range(i, min(i + MAX_COMPANY_REACH, len(self.toks))):
            t = self.toks[k]
            w = self.view[t.start:t.end]
            if w in self.company_words:
                if self.view[t.start - 1:t.start] == "(":
                    return None  # "...เปิดบริการตามปกติ (จำกัดจำนวนคน": "limited", no company's name
                m = self.public_suffix.match(self.view, t.end)
                return m.end() if m else t.end
            if t.kind not in ("word", "space") or w in self.lex.stops or "\n" in w:
                return None  # "...บริษัท สยามโลจิสติกส์|⏎|จำกัดเวลา...": no name runs over a line's end
        return None

    # -- acronyms in parentheses

    def paren_after(self, end: int) -> tuple[str, int, int] | None:
        """(ABC, start, end of "(ABC)") when an acronym in parentheses follows `end`."""
        if end not in self.paren_offsets():
            return None
        i = self.starts.get(end)
        if i is None:
            return None
        if self.toks[i].kind == "space" and self.toks[i].end - self.toks[i].start <= 2:
            i += 1
        if i >= len(self.toks) or self.toks[i].kind != "acronym":
            return None
        t = self.toks[i]
        m = _PAREN_INNER.fullmatch(self.view, t.start, t.end)
        if not m or m.group(1) in self.lex.not_acronyms or self.position_prefix(m.group(1)) \
                or self.view.startswith(_COUNTRY_BRACKETS, t.start):
            return None  # "บริษัท Tap Energy (Thailand) Pty Ltd": a company's country, never its acronym (o27)
        return m.group(1), m.start(1), t.end

    def unit_number(self, found: _Found) -> None:
        """ "ตชด.32", "ฉก.15": a unit's number glued to its abbreviation belongs to the name
        (one to three digits, and no more figures, dots or slashes after them): an unknown
        abbreviation's, or a known police or military body's. Not a count: "รพ.สต.12 แห่ง",
        "ตชด.120 นาย" (a unit or classifier after the digits) leave the digits to the number."""
        from .quantities import unit_after  # quantities reads organisations' lexicons: import late

        m = _UNIT_NUMBER.match(self.view, found.end)
        if m is not None and unit_after(self.doc, m.end()) is None:
            found.end = m.end()
            found.name = f"{found.name} {m.group()}"

    def is_unit(self, found: _Found) -> bool:
        """Is the record a police or military unit: a known one, or a name under such a head?"""
        form = self.lex.forms.get(found.name)
        if form is not None:
            return form.category in _NUMBERED_CATEGORIES
        head = self.head_at(found.start)
        return head is not None and self.lex.heads[head][0] in _NUMBERED_CATEGORIES

    def unit_number_ends(self, end: int) -> bool:
        """Does a unit's number end at `end`: no unit or classifier after it ("ที่ 3 นาย" counts)?"""
        from .quantities import unit_after  # quantities reads organisations' lexicons: import late

        return unit_after(self.doc, end) is None

    def ordinal_number(self, found: _Found) -> None:
        """ "กองร้อยตำรวจตระเวนชายแดน|ที่ 327", "ตำรวจตระเวนชายแดน|ที่ 447": a unit's number after "ที่"
        (one space at most before the digits) belongs to its name; not a count ("ที่ 3 นาย")."""
        m = _ORDINAL_NUMBER.match(self.view, found.end)
        if m is not None and self.is_end(found.end + 3) and not self.counted_at(m.end()):
            found.end = m.end()
            found.name = f"{found.name}ที่ {m.group(1)}"
            if found.rule == "org.known":
                found.rule = "org.known_extended"  # a known name and its local part, as "ตำรวจภูธรภาค 3"

    def ordinal_after(self, end: int) -> bool:
        """Does a unit's number after "ที่" follow `end` (`ordinal_number`'s test)?"""
        m = _ORDINAL_NUMBER.match(self.view, end)
        return m is not None and self.is_end(end + 3) and not self.counted_at(m.end())

    def counted_at(self, end: int) -> bool:
        """Does a unit or classifier after the number ending at `end` make it a count ("ที่ 3 นาย")?
        Not "จังหวัด"/"อำเภอ" opening a place's name ("มณฑลทหารบกที่ 15 จังหวัดเพชรบุรี": the unit's seat)."""
        from .quantities import unit_after  # quantities reads organisations' lexicons: import late

        u = unit_after(self.doc, end)
        if u is None:
            return False
        if u.word in ("จังหวัด", "อำเภอ"):
            k = self.starts.get(u.end)
            if k is not None and self.is_thai_word(k) and self.word(k) in _places():
                return False
        return True

    def company_before(self, found: _Found) -> None:
        """ "ร้อย ร.3012 |ฉก.32", "ร้อย ทพ.4114 |ฉก.ทพ.41": a numbered unit written after the company
        ("ร้อย", a token of its own, and its regiment's letters and number) that belongs to it is one name."""
        m = _COMPANY_BEFORE.search(self.view, max(0, found.start - 24), found.start)
        if m is not None and m.start() in self.starts:
            found.start = m.start()
            found.name = " ".join(self.view[found.start:found.end].split())

    def numbered_area(self, found: _Found) -> None:
        """ "สพม. เขต 10", "สพป.เขต 2": an acronym followed by an `area_word` (org_generic.tsv: เขต,
        ภาค, ช่อง) and its number (one to three digits) names the numbered office."""
        m = _NUMBERED_AREA.match(self.view, found.end)
        if m is None or m.group(1) not in self.area_words:
            return
        found.end = m.end()
        found.name = f"{found.name} {m.group(1)} {m.group(2)}"

    def group_prefix(self, found: _Found) -> None:
        """ "ทีม|ป่อเต็กตึ๊ง", "กลุ่ม|สถาบันแพทยศาสตร์แห่งประเทศไทย": a group word (`group_prefix`
        rows of org_generic.tsv) written against a known body or a head + name is part of the name;
        not against an acronym or an abbreviation ("กลุ่ม|ปตท." is the group of companies, named so
        only with its head)."""
        if not self.group_suffixes or not self.view.endswith(self.group_suffixes, max(0, found.start - 12), found.start) \
                or found.rule not in ("org.known", "org.known_alias", "org.head", "org.head_acronym", "org.known_extended"):
            return  # no group word right before: most records, told by one str.endswith
        k = self.token_at(found.start - 1) if found.start else None
        if k is None or self.toks[k].end != found.start or self.toks[k].start < found.start - 12:
            return
        w = self.view[self.toks[k].start:found.start]
        if w not in self.group_words:
            return
        form = self.lex.forms.get(self.view[found.start:found.end])
        head = self.head_at(found.start)
        category = form.category if form is not None else self.lex.heads[head][0] if head else ""
        if category not in self.group_categories:
            return  # "เครือข่าย|สภาตำบล", "กลุ่ม|สหภาพยุโรป": a network or group of bodies of a kind
        if self.word_before(self.toks[k].start) in self.lex.generic.get("group_not_after", ()):
            return  # "นำ|ทีม|กระทรวง...": a team of the body, not its name
        found.start = self.toks[k].start
        if found.rule in ("org.head", "org.head_acronym", "org.known_extended"):
            found.name = w + found.name

    def latin_tail(self, found: _Found) -> None:
        """ "Amazon| Web Services", "ASEAN| Business Advisory Council", "Toyota| Motor Thailand": a known
        Latin name followed by capitalised words, the last a word that names a body (`latin_body_word`:
        Group, Council, Thailand ...), is that body: the record takes them, named by its own text (a
        product or a meeting, "Google Play Store", "ASEAN Summits", keeps the known name alone)."""
        view = self.view
        if not view.startswith(" ", found.end) or not _LATIN_ACRONYM.fullmatch(view, found.start, found.end) \
                and not _LATIN_NAME.fullmatch(view, found.start, found.end) \
                or self.lex.forms[cast(str, found.acronym)].category not in _LATIN_TAIL_CATEGORIES:
            return  # "ICT| Thailand", "TAT| Contact Center": a ministry's or an office's line or event
        m = _LATIN_NAME.match(view, found.end + 1)
        if m is None or view[m.end():m.end() + 1].isalnum():
            return
        words = m.group().split(" ")
        if self.event_words.intersection(words):
            return
        for k in range(len(words), 0, -1):  # the longest run of words that ends in a body's word
            if words[k - 1] in self.body_words:
                end = found.end + 1 + len(" ".join(words[:k]))
                if self.another_body_spelt(words[:k], end, found.name):
                    return  # "UNCTAD| World Trade Organization (WTO)": a list's next body, not this one's name
                found.end, found.name, found.acronym, found.rule = end, view[found.start:end], None, "org.latin_name"
                return

    def another_body_spelt(self, words: list[str], end: int, name: str) -> bool:
        """Do the Latin words ending at `end` spell by their initials the "(ABC)" right after them,
        the known acronym of a body other than `name`? They are then that body's own English name."""
        paren = self.paren_after(end)
        if paren is None:
            return False
        form = self.lex.forms.get(paren[0])
        return form is not None and form.name != name and "".join(w[0] for w in words) == paren[0]

    def paren_known_after(self, found: _Found) -> tuple[str, int, int] | None:
        """ "สำนักงานคณะกรรมการส่งเสริมการลงทุน(บีโอไอ)": a known acronym or alias of the same
        body in parentheses that the segmenter did not make one token; as `paren_after`."""
        view = self.view
        pos = found.end + view.startswith(" ", found.end)
        if not view.startswith("(", pos):
            return None
        form = self.form_at(pos + 1)
        if form is None or not view.startswith(")", pos + 1 + len(form)):
            return None
        f = self.lex.forms[form]
        if f.name not in found.name or f.rule not in ("org.known_acronym", "org.known_alias"):
            return None  # another body's (the office of a board may go by the board's acronym)
        return form, pos + 1, pos + 2 + len(form)

    def position_prefix(self, inner: str) -> int:
        """Length of the position or title abbreviation that opens "รมว.วธ." (a minister of the
        body "วธ."): such an acronym names a person's post, not the body before it; 0 if none."""
        dot = inner.find(".")
        while 0 < dot < len(inner) - 1:
            if self.lex.not_acronyms.get(inner[:dot + 1]) in ("position", "title", "rank"):
                return dot + 1
            dot = inner.find(".", dot + 1)
        return 0

    def position_acronym(self, i: int) -> _Found | None:
        """ "(รมว.วธ.)": the body inside a position's parenthesised abbreviation ("วธ.")."""
        t = self.toks[i]
        m = _PAREN_INNER.fullmatch(self.view, t.start, t.end)
        if not m:
            return None
        cut = self.position_prefix(m.group(1))
        if not cut:
            return None
        got = self.abbreviation_at(m.start(1) + cut)
        if got is None or got.end > m.end(1) or got.rule not in ("org.known_acronym", "org.acronym_use"):
            return None
        return got

    def stretch_to_paren(self, j: int, reach: int = MAX_ACRONYM_REACH, spaces: int = 0) -> int | None:
        """From a name that stopped at token j, the end offset right before a "(ABC)" within reach
        (over at most `spaces` single spaces between words)."""
        for k in range(j, min(j + reach, len(self.toks))):
            t = self.toks[k]
            if t.kind == "acronym":
                return self.toks[k - 1].start if self.toks[k - 1].kind == "space" else t.start
            if t.kind == "space":
                if k + 1 < len(self.toks) and self.toks[k + 1].kind == "acronym" and t.end - t.start <= 2:
                    continue
                if k > j and t.end - t.start == 1 and self.numbered_before_paren(k + 1):
                    continue  # "...โคโรนา 2019 (ศบศ.)": a year or number closes the name
                if spaces and t.end - t.start == 1 and self.is_thai_word(k + 1) and self.is_thai_word(k - 1):
                    spaces -= 1
                    continue
                return None
            if t.kind == "number" and k > j and self.numbered_before_paren(k):
                continue
            if not self.is_thai_word(k) and self.word(k) != "-":
                return None
            if self.lex.stops.get(self.word(k)) in ("aux", "verb", "position", "title", "time"):
                return None  # "...ได้จัดทำ... (ABC)" is a clause; "...ที่ไม่ใช่ของรัฐ (NSOs)" a long name
            if k > j and self.head_at(t.start) is not None and self.lex.stops.get(self.word(k - 1)) in ("and", "coordinator"):
                return None  # "...และกรมควบคุมโรค (คร.)": the acronym belongs to the second body
        return None

    def numbered_before_paren(self, k: int) -> bool:
        """Is token k a number of at most four digits right before (over one space) an "(ABC)"?"""
        toks = self.toks
        if k >= len(toks) or toks[k].kind != "number" or toks[k].end - toks[k].start > 4:
            return False
        n = k + 1
        if n < len(toks) and toks[n].kind == "space" and toks[n].end - toks[n].start == 1:
            n += 1
        return n < len(toks) and toks[n].kind == "acronym"

    def or_acronym_after(self, end: int) -> str | None:
        """ "X หรือ ABC" / "X หรือ กขค.": the abbreviation that "หรือ" (or) gives as X's other name."""
        view = self.view
        pos = end + (view.startswith(" ", end))
        if not view.startswith(self.or_prefixes, pos):
            return None  # the token at pos, if any, is no "or" word
        i = self.starts.get(pos)
        if i is None or self.word(i) not in self.or_words:
            return None
        pos = self.toks[i].end
        pos += view.startswith(" ", pos)
        m = _ABBREVIATION.match(view, pos) or _LATIN_ACRONYM.match(view, pos)
        if m is None or m.group() in self.lex.not_acronyms or _THAI_LETTER.match(view, m.end()) \
                or (m.end() < len(view) and view[m.end()].isalnum()):
            return None
        return m.group()

    # -- candidates

    def is_generic(self, head: str, text: str) -> bool:
        """Is `text` a generic mention: "พรรคการเมือง", "โรงเรียนแห่งหนึ่ง", "สมาคมฯ"?"""
        g = self.lex.generic
        rest = text[len(head):].strip()
        if text in g.get("name", ()) or rest in g.get("modifier", ()):
            return True
        return rest.startswith(self.lex.long_modifiers)

    def from_head(self, i: int, hstart: int, head: str) -> _Found | None:
        t = self.toks[i]
        view, lex = self.view, self.lex
        category, needs_name, name_ends, proper = lex.heads[head]
        word = view[hstart:t.end]
        if word.startswith(lex.token_prefixes):
            return None
        if head in self.whole_heads and (hstart != t.start or t.end != hstart + len(head) or self.after_given_name(hstart)
                                         or self.surname_piece(hstart)):
            return None  # "กอง" opens a name only as a word of its own, and not as a surname ("นายสมชาย กองจันทร์", "นายสมชาย พล|กอง|เส็ง")
        head_end = hstart + len(head)
        cut = self.cut_head_end(head_end, head) if head_end > t.end else None
        read_on = False  # read after the last piece of a head the segmenter cut
        while True:
            # a dictionary word such as "ศูนย์ปฏิบัติการ" may still take a name ("...โรคไข้หวัดนก"); verbs
            # and stop words end it, and known whole names ("กระทรวงมหาดไทย") come from the known forms
            complete = False
            n = int(head_end < t.end)
            if head_end < t.end and word in lex.generic.get("name", ()):
                # a generic compound ("ธนาคารกลาง", "ศาลจังหวัด") names a body only with a proper name after it
                complete, n, proper = False, 0, True
            end, j, why = self.extend(i + 1, category, complete=complete, n=n, proper=proper)
            if cut is None or not (why == "verb_first" or end <= head_end):
                break
            # a head the segmenter cut, read from its second piece, gave no name ("เรือนจำ|กลาง|คลองเปรม",
            # "ด่าน|ตรวจ|คนเข้าเมือง|สะเดา", "คณะ|อนุกรรมการ|ขับเคลื่อน..."): read on after its last piece
            i, t, cut, read_on = cut, self.toks[cut], None, True
            word = view[hstart:t.end]
        if why == "verb_first" and category == "police" and self.after_unit_chief(hstart):
            # "ผู้บัญชาการ กองบัญชาการ|ศึกษา": after its commander's title a unit is named, verb or not
            end, j, why = self.extend(i + 1, category, complete=complete, n=n)
        # "มณฑล|ทหารบก|ที่ 15": a unit's head (the segmenter cut it) named by its number alone; `run` takes
        # the number (`ordinal_number`)
        numbered = read_on and category in _NUMBERED_CATEGORIES and end <= head_end == t.end \
            and self.ordinal_after(t.end)
        if numbered:
            end, why = t.end, "number"
        if why == "verb_first":
            return None
        if category == "committee" and end == head_end == t.end:
            end, j, why = self.committee_task(i + 1, end, j, why)
        elif category == "committee":
            kinds = self.lex.generic.get("committee_kind", ())
            j0 = i + 1 if view[head_end:t.end] in kinds else \
                i + 2 if head_end == t.end and i + 1 < len(self.toks) and self.word(i + 1) in kinds else None
            if j0 is not None and end == self.toks[j0 - 1].end:
                end, j, why = self.committee_task(j0, end, j, why)  # "คณะกรรมาธิการวิสามัญ|พิจารณาร่าง..."
        elif head_end < t.end and end == t.end and word in self.task_heads:
            end, j, why = self.centre_task(i + 1, end, j, why)  # "ศูนย์ปฏิบัติการ|ป้องกันและปราบปรามยาเสพติด"
        if why == "stop" and category != "committee" and head_end == t.end and j == i + 2 \
                and end == self.toks[i + 1].end and self.toks[j].start == end \
                and self.word(i + 1) in lex.verbs and lex.stops.get(self.word(j)) in ("function", "aux"):
            return None  # "กระทรวง|มั่นใจ|ว่า", "กรม|กำหนด|ได้": a head, one verb, a function word: a predicate
            # (not a committee: it is named by its task, "คณะกรรมการคัดเลือก|ได้...")
        if why == "verb" and end > head_end:
            tail = self.marked_tail(j)
            if tail is not None:  # "สำนักงานอัยการ|คุ้มครองสิทธิฯ": a long name written short runs over its verb
                end, j, why = tail, self.starts.get(tail, len(self.toks)), "abbrev"
        end = max(end, t.end)
        if _head_repeated(view[hstart:end], head):
            return None  # "กรมกรมกรม", "ศูนย์ศูนย์ศูนย์…": a head word and nothing but itself again names no body
        rule, acronym = "org.head", None
        paren = self.paren_after(end)
        if paren is None and why in ("stop", "length", "verb", "complete"):
            stretched = self.stretch_to_paren(j)
            if stretched is not None and stretched > end:
                paren = self.paren_after(stretched)
                if paren is not None:
                    end, rule = stretched, "org.head_acronym"
        elif paren is None and why == "space":
            # "สำนักงานคณะกรรมการนโยบายวิทยาศาสตร์ เทคโนโลยีและนวัตกรรมแห่งชาติ (สวทน.)": a space inside
            # a long name, taken when the acronym's letters spell the whole span
            stretched = self.stretch_to_paren(j, spaces=1)
            if stretched is not None and stretched > end:
                paren = self.paren_after(stretched)
                if paren is not None and self.letters_fit(paren[0], view[hstart:stretched]):
                    end, rule = stretched, "org.head_acronym"
                else:
                    paren = None
        if paren is not None:
            acronym = paren[0]
        if acronym is None and head in self.surname_heads and head_end < end <= head_end + MAX_SURNAME_TAIL \
                and (end == len(view) or view[end] in " \n\t") \
                and _THAI_WORD.fullmatch(view, head_end, end) and self.after_given_name(hstart):
            return None  # "นายสมชาย กรมเมือง กล่าว": a head word that opens Thai surnames (`surname_head`) and a short
            # tail, alone between a title and given name and the next space, is the person's surname (a known body's
            # name is read from its form; "ครูสมศรี โรงเรียนบ้านนา", "นายสมชาย พรรคเพื่อไทย": no surname opens so)
        text = view[hstart:end]
        if needs_name and acronym is None and (end == head_end and not numbered or self.is_generic(head, text)):
            return None
        if hstart == t.start and word in lex.generic.get("name", ()) and self.is_generic(word, text):
            return None  # "สถาบันการเงินทุกแห่ง": a generic compound and a modifier
        if acronym is None and self.indefinites and any(x in view[head_end:end] for x in self.indefinites):
            return None  # "บริษัทขนส่งเอกชน|แห่งหนึ่ง", "โรงเรียนเทคโนโลยี|แห่งหนึ่ง": some body, none named
        if name_ends and not any(e in view[hstart:end] for e in name_ends) \
                and not (category == "faculty" and self.university_at(end, space=True)):
            return None  # "คณะ" names a faculty only as "คณะ...ศาสตร์..." or before its university
        generic = head_end < t.end and word in lex.generic.get("name", ())
        if acronym is None and (generic or head_end == t.end and category in self.purpose_categories
                                and not (category == "party" and self.noun_after_purpose(i))) \
                and self.purpose_only(i, hstart, end, generic=generic):
            return None  # "จัดตั้งกองทุนเพื่อการพัฒนาพื้นที่", "กองทุนรวมเพื่อการออม": a purpose, no name
        if end - hstart > MAX_NAME_CHARS:
            return None
        if read_on and category == "committee" and acronym is None and view[end - 1] != "ฯ" and not self.closed_at(end):
            return None  # "คณะ|อนุกรรมการ|จัดทำแผน|ปฏิบัติการ...": a committee's task runs on past what the words show; a
            # subcommittee is taken when "ฯ", a mark, or a space and a word that opens no name part closes it
        return _Found(hstart, end, " ".join(view[hstart:end].split()), rule, acronym)

    def cut_head_end(self, head_end: int, head: str) -> int | None:
        """The token a head the segmenter cut ends in ("เรือนจำ|กลาง", "ด่าน|ตรวจ|คนเข้าเมือง"): the
        name is read after it, not from the head's second piece. The head ends at that token's end, or
        with a nominaliser that opens it ("กอง|กำกับ|การสืบสวน"); a head that ends inside another word
        ("เรือน|จำเป็น") is left as it was. None: no such token."""
        k = self.token_at(head_end - 1)
        if k is None:
            return None
        if self.is_end(head_end):
            return k
        start = self.toks[k].start
        return k if any(head.endswith(x) and start == head_end - len(x) for x in self.nominalisers) else None

    def closed_at(self, end: int) -> bool:
        """Does the name end for sure at `end`: no Thai letter follows, and after one space comes
        no word that may go on with the name (a stop word, a verb, a number, a mark other than "-";
        not "...หลักเกณฑ์| วิธีการ และเงื่อนไข", "...อาเซียน| - ออสเตรเลีย")?"""
        view = self.view
        if _THAI_LETTER.match(view, end):
            return False
        if not view.startswith(" ", end) or view.startswith("  ", end):
            return True
        k = self.starts.get(end + 1)
        if k is None:
            return True
        if not self.is_thai_word(k):
            return self.word(k) != "-"
        w = self.word(k)
        return w in self.lex.stops or w in self.lex.verbs or w in self.after_name or w.startswith(self.lex.stop_starts)

    def after_unit_chief(self, pos: int) -> bool:
        """Does a commander's title (`unit_chief`: "ผู้บัญชาการ", "ผกก.") end right before `pos`, spaces
        aside? Read in place: no copy of the text before `pos`."""
        view = self.view
        while pos and view[pos - 1] == " ":
            pos -= 1
        return view.endswith(self.unit_chiefs, 0, pos)

    def purpose_only(self, i: int, hstart: int, end: int, *, generic: bool) -> bool:
        """Does the name after the head token i (a head alone, or a generic compound) open with "เพื่อ"
        and describe a purpose rather than name a body? So when the head is a generic compound ("กองทุนรวม|เพื่อการออม"), or when the name has no
        acronym after it ("(กสศ.)", "หรือ กสศ."), no closing word ("แห่งประเทศไทย", "ระหว่างประเทศ") and
        follows a verb or a coordinator ("จัดตั้ง|กองทุนเพื่อ...", "เป็น|กองทุนเพื่อ...", "องค์กรหรือ|มูลนิธิเพื่อ...")."""
        j = i + 1
        if j >= len(self.toks) or self.toks[j].start != self.toks[i].end or self.lex.stops.get(self.word(j)) != "purpose":
            return False
        if generic:
            return True
        rest = self.view[self.toks[j].end:end]
        if any(c in rest for c in self.closing) or self.or_acronym_after(end) is not None:
            return False
        before = self.word_before(hstart)
        return before in self.lex.verbs or self.lex.stops.get(before) in ("verb", "coordinator", "and")

    def noun_after_purpose(self, i: int) -> bool:
        """Is "เพื่อ" after the head token i followed by a noun ("พรรค|เพื่อ|ประชาชน|ไทย")? A party's
        name opens so as often as not ("ยุบพรรคเพื่อประชาชนไทย"); a verb there ("ตั้งพรรคเพื่อ|ลงสมัคร...")
        gives a purpose."""
        k = i + 2
        return self.is_thai_word(k) and self.toks[k].start == self.toks[i + 1].end \
            and _orchid_tags().get(self.word(k), "").startswith("N")

    def committee_task(self, j: int, end: int, k: int, why: str) -> tuple[int, int, str]:
        """ "คณะกรรมการ|พิจารณากลั่นกรองคำขอจัดตั้งวัด...": a committee is named by its task, a
        verb and what it acts on. Taken when the task runs over at least two words and ends on a
        noun; otherwise the head keeps what `extend` gave it."""
        lex, toks = self.lex, self.toks
        if not self.is_thai_word(j) or self.word(j) not in lex.verbs:
            return end, k, why
        n, last = 0, None
        while j < len(toks) and n < MAX_NAME_TOKENS and self.is_thai_word(j):
            w = self.word(j)
            if w in lex.stops and lex.stops[w] != "verb" or w.endswith("ฯ"):
                break
            last, j, n = w, j + 1, n + 1
        if n < 2 or last in lex.verbs:
            return end, k, why
        return toks[j - 1].end, j, "stop"

    def centre_task(self, j: int, end: int, k: int, why: str) -> tuple[int, int, str]:
        """ "ศูนย์ปฏิบัติการ|ป้องกันและปราบปรามยาเสพติด", "ศูนย์อำนวยการ|แก้ไขหนี้นอกระบบ": a centre whose
        head is a dictionary word of its kind (`task_head`: an operations, command or coordination
        centre) is named by its task, as a committee is: a verb and what it acts on, "และ" joining a
        second task, "การ"/"ความ" a verb's noun; read up to a stop word, another body's head or a word
        opening with "ได้" (the predicate: "ได้รับ"), and taken when it runs over at least two words and
        ends on a noun; otherwise the head keeps what `extend` gave it."""
        lex, toks = self.lex, self.toks
        if not self.is_thai_word(j) or self.word(j) not in lex.verbs:
            return end, k, why
        nominalisers = lex.generic.get("nominaliser", ())
        n, last, q = 0, None, j
        while q < len(toks) and n < MAX_NAME_TOKENS and self.is_thai_word(q):
            w = self.word(q)
            if q > j and (self.head_at(toks[q].start) is not None or w.startswith("ได้")):
                break  # "...ยาเสพติด|กองกำลัง...": another body; "...ภาคประชาชน|ได้รับ...": the predicate
            if w in lex.stops and lex.stops[w] != "verb" and w not in nominalisers:
                if not (lex.stops[w] == "and" and n and q + 1 < len(toks) and self.is_thai_word(q + 1)
                        and self.word(q + 1) not in lex.stops and self.head_at(toks[q + 1].start) is None):
                    break
            last, q, n = w, q + 1, n + 1
        if n < 2 or last in lex.verbs or last in lex.stops:
            return end, k, why
        return toks[q - 1].end, q, "stop"

    def surname_piece(self, pos: int) -> bool:
        """Is `pos` inside a surname after a title and given name ("นายสมชาย พล|กอง|เส็ง"): a short
        piece that is no stop word ("ผู้อำนวยการ|กอง...") between the space and `pos`?"""
        view, k = self.view, pos
        while k > 0 and k > pos - 7 and _THAI_LETTER.match(view, k - 1):
            k -= 1
        return k < pos and view.startswith(" ", k - 1) and view[k:pos] not in self.lex.stops \
            and self.after_given_name(k)

    def after_given_name(self, pos: int) -> bool:
        """Does a person's title and given name ("นายสมชาย ", "ดร.สมศรี ") stand right before `pos`?"""
        view = self.view
        if not view.startswith(" ", pos - 1):
            return False
        chunk = view[max(0, pos - 32):pos - 1]
        chunk = chunk[max(chunk.rfind(" "), chunk.rfind("\n")) + 1:]
        if not chunk or chunk in self.lex.stops:
            return False
        for title in self.lex.person_titles:
            k = chunk.rfind(title)  # "นายสมชาย", "ส่วนนายสมชาย": a title, then a name, end the chunk
            if k >= 0 and k + len(title) < len(chunk) and chunk[k:] not in self.lex.stops:
                return True
        return False

    def inside_surname(self, pos: int) -> bool:
        """Is `pos` inside the word after a title and given name ("นายสมชาย พล|กองจันทร์": the segmenter
        cut a surname in two), glued to the one Thai token before it?"""
        view = self.view
        if pos == 0 or not _THAI_LETTER.match(view, pos - 1):
            return False
        b = max(view.rfind(" ", max(0, pos - 32), pos), view.rfind("\n", max(0, pos - 32), pos))
        k = self.starts.get(b + 1) if b > 0 else None
        # one token cut off before it, no more ("นายริชาร์ด อูล์โม|รอง|ประธาน|บริหาร|แอร์บัส": a post, then the body)
        return k is not None and self.toks[k].end == pos and self.after_given_name(b + 1)

    def from_form(self, i: int, form: str) -> _Found:
        t = self.toks[i]
        f = self.lex.forms[form]
        end = t.start + len(form)
        found = _Found(t.start, end, f.name, f.rule, f.acronym)
        j = self.starts.get(end)
        if f.rule == "org.known" and j is not None:
            # "สำนักงานคณะกรรมการการเลือกตั้ง|ประจำจังหวัด...", "มหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย":
            # a known name with a local part
            head = self.head_at(t.start)
            ext_end, k, _ = self.extend(j, self.lex.heads[head][0] if head else "other", complete=True, n=1)
            tail = self.abbreviated_tail(k)
            if tail is not None:
                ext_end = tail  # "กรมการแพทย์|แผนไทยฯ": a longer name, cut short by "ฯ"
            elif self.paren_after(ext_end) is None:
                ext_end = self.stretch_known(t.start, k, ext_end)
            if ext_end > end:
                found = _Found(t.start, ext_end, " ".join(self.view[t.start:ext_end].split()), "org.known_extended")
        return found

    def abbreviated_tail(self, j: int) -> int | None:
        """End of "แผนไทยฯ" / "แผนไทย ฯ" from token j: a few name words that "ฯ" closes, the mark of
        a long name written short."""
        toks = self.toks
        for k in range(j, min(j + 4, len(toks))):
            w = self.word(k)
            if w == "ฯ" and k > j:
                return toks[k].end
            if toks[k].kind == "space":
                if k > j and toks[k].end - toks[k].start == 1 and k + 1 < len(toks) and self.word(k + 1) == "ฯ":
                    return toks[k + 1].end
                return None
            if not self.is_thai_word(k) or w in self.lex.stops or w in self.lex.verbs:
                return None
            if w.endswith("ฯ"):
                return toks[k].end
        return None

    def marked_tail(self, j: int) -> int | None:
        """End of "คุ้มครองสิทธิฯ" from token j: at most three Thai words, verbs allowed but no stop
        word, the last closed by "ฯ" written against it (the mark of a long name cut short)."""
        toks = self.toks
        for k in range(j, min(j + 3, len(toks))):
            if not self.is_thai_word(k):
                return toks[k].end if k > j and self.word(k) == "ฯ" and toks[k].start == toks[k - 1].end else None
            w = self.word(k)
            if w.endswith("ฯ"):
                return toks[k].end if w[:-1] not in self.lex.stops and w not in self.lex.stops else None
            if w in self.lex.stops:
                return None
        return None

    def stretch_known(self, start: int, j: int, end: int) -> int:
        """A known name that goes on to its "(ABC)": "ศูนย์บริหารสถานการณ์เศรษฐกิจ|จากผลกระทบ...
        (ศบศ.)" is one longer body when the acronym's letters spell the whole span's initials in
        order (its first letter the name's first)."""
        stretched = self.stretch_to_paren(j, MAX_KNOWN_REACH)
        if stretched is None or stretched <= end:
            return end
        paren = self.paren_after(stretched)
        if paren is None:
            return end
        if not self.letters_fit(paren[0], self.view[start:stretched]):
            return end
        return stretched

    def letters_fit(self, acronym: str, span: str) -> bool:
        """Do the acronym's letters spell `span` in order, its first letter the span's first, and
        is it no other known body's acronym?"""
        letters = acronym.replace(".", "")
        known = self.lex.forms.get(acronym)
        return bool(letters) and letters[0] == span[0] and _subsequence(letters[1:], span[1:]) \
            and (known is None or span.startswith(known.name))

    def abbreviation_at(self, pos: int, depth: int = 0) -> _Found | None:
        """An abbreviation at `pos`: known, defined here, a prefix + name, or an unknown one."""
        view, lex = self.view, self.lex
        m = _ABBREVIATION.match(view, pos)
        if not m:
            return None
        abbr, end = m.group(), m.end()
        if depth and abbr in self.region_prefixes and _REGION_NUMBER.match(view, end):
            # "ผบช.ภ.2", "รอง ผบช.ภ.9": a police region by its number, inside its commander's title
            return _Found(pos, end + 1, self.region_prefixes[abbr] + " " + view[end], "org.police_region")
        seg_end = pos + abbr.index(".")
        for b in range(pos + 1, seg_end):
            if b in self.starts and view[pos:b] in lex.stops:
                return None  # "ของสนช.": a word, then the abbreviation; it is read from its own token
        # a dotted head before a name ("ม.พะเยา", "สภ.อ.รามัน", "รพ.สัตว์"), longest first
        cuts = [k + 1 for k, c in enumerate(abbr) if c == "."]
        for cut in reversed(cuts):
            pre = abbr[:cut]
            if pre in lex.prefixes and not self.inside_not_acronym(pos):  # "(พร|ก.โควิด 19)": a decree, "พรก."
                got = self.prefix_name(pos + cut, cut) if cut == len(abbr) else None
                if got is not None:
                    name = lex.prefixes[pre] + view[pos + cut:got].strip()
                    if name in lex.generic.get("name", ()):
                        return None  # "รพ. สนาม": a field hospital, no particular body
                    return _Found(pos, got, name, "org.prefix")
        if abbr in self.defined:
            return _Found(pos, end, self.defined[abbr], "org.acronym_use", abbr)
        form = lex.forms.get(abbr)
        if form is not None:
            return _Found(pos, end, form.name, form.rule, form.acronym)
        first = abbr[:cuts[0]]
        for cut in reversed(cuts[:-1]):
            if lex.not_acronyms.get(abbr[:cut]) in ("position", "title", "rank"):
                # a position glued to its body: "ผบ.ทบ." holds "ทบ.", "ผกก.สภ.บางแก้ว" holds "สภ.บางแก้ว"
                return self.abbreviation_at(pos + cut, depth + 1) if depth < 3 else None
        if abbr in lex.not_acronyms:
            if abbr in self.acting_bodies and self.acts_after(pos, end):
                return _Found(pos, end, abbr, "org.abbreviation", abbr)  # "กทม.จึงต้องตั้ง...": the body acts
            return None
        if first in lex.forms and len(cuts) > 1:  # "มข.วนค.", "ปตท.สผ.": a unit of a known body
            return _Found(pos, end, abbr, "org.abbreviation", abbr)
        letters = abbr.replace(".", "")
        if _VOWEL_OR_MARK.search(letters) or not 2 <= len(letters) <= 7:
            return None
        inside = self.begun_in_word(pos, seg_end)
        if inside:  # "เสน|อจ.", "ทา|งกยศ.", "ข้า|วกข.6": the segmenter cut a word; its rest is no body
            rest = view[pos + inside:end]  # "ทา|ง|กยศ.": the rest is an abbreviation when known or of 3+ letters
            return self.abbreviation_at(pos + inside, depth + 1) if depth < 3 and (
                rest in lex.forms or rest in self.defined or len(rest.replace(".", "")) >= 3) else None
        if len(cuts) > 1 and _THAI_LETTER.match(view, end):
            return None  # a dotted chain glued to a word is an address or a title, not a body
        found = _Found(pos, end, abbr, "org.abbreviation", abbr)
        if len(cuts) == 1 and letters.endswith("จ") and len(letters) >= 3:
            self.province_after(found)  # "พศจ. ลพบุรี": a provincial office ("...จ.") and its province
        return found

    def begun_in_word(self, pos: int, seg_end: int) -> int:
        """How many letters at `pos` (an unknown abbreviation written against the Thai word before it)
        finish that word ("เสน|อ|จ.", "ทา|ง|กยศ.", "แน่|นอน."), by the segmenter's dictionary; 0 if none."""
        i = bisect_right(self.token_starts, pos - 1) - 1
        if i < 0 or self.toks[i].end != pos or not self.is_thai_word(i):
            return 0
        words, w = _dictionary(), self.word(i)
        for k in range(min(seg_end - pos, 4), 0, -1):
            if w + self.view[pos:pos + k] in words:
                return k
        return 0

    def province_after(self, found: _Found) -> None:
        """Stretch a provincial office's abbreviation over the province named right after it (one
        space at most): "พศจ. ลพบุรี", "พมจ.เชียงใหม่", as "สสจ.ลำปาง" is read from its prefix."""
        pos = found.end + (1 if self.view.startswith(" ", found.end) else 0)
        k = self.starts.get(pos)
        if k is None or not self.is_thai_word(k):
            return
        w = self.word(k)
        if w in _places() and not _THAI_LETTER.match(self.view, self.toks[k].end):
            found.end = self.toks[k].end
            found.name = " ".join(self.view[found.start:found.end].split())

    def prefix_name(self, pos: int, prefix_len: int) -> int | None:
        """End of the name after an abbreviated head at `pos`, if one follows."""
        i = self.starts.get(pos)
        if i is None:  # the prefix and its name are one token ("สภ.บางแก้ว"): the name is the token's rest
            k = self.token_at(pos)
            if k is None or not _THAI_WORD.fullmatch(self.view, pos, self.toks[k].end):
                return None
            end, _, _ = self.extend(k + 1, "prefix", n=1)
            end = max(end, self.toks[k].end)
            return end if end - pos <= 60 else None
        if self.toks[i].kind == "space" and self.toks[i].end - self.toks[i].start == 1 and prefix_len > 2:
            i += 1  # "สภ. นครชัยศรี"; a one-letter prefix ("ม.") must touch its name
        first = self.word(i) if self.is_thai_word(i) else ""
        if not first or self.lex.stops.get(first, "quantity") != "quantity" or first in self.lex.verbs:
            return None  # place names may start with "บาง" (a quantity word elsewhere)
        if self.head_at(self.toks[i].start) is not None:
            return None
        end, _, _ = self.extend(i + 1, "prefix", n=1)
        end = max(end, self.toks[i].end)
        if end - self.toks[i].start < 2:
            return None  # "5 ก.|ค 65", "เดือน ก.|พ 2563": a month written without its last dot; one letter names no body
        return end if end - pos <= 60 else None

    def minister_short(self, pos: int) -> _Found | None:
        """ "รมว.สาธารณสุข": the bare ministry name right after a minister's title."""
        if self.view.startswith(" ", pos):
            pos += 1
        for s in self.lex.shorts_by_char.at(self.view, pos):
            end = pos + len(s)
            if s[-1] in ".ฯ" or not _THAI_LETTER.match(self.view, end) or self.is_end(end):
                return _Found(pos, end, self.lex.shorts[s], "org.minister_short")
        return None

    def title_head_start(self, start: int, end: int, short_start: int) -> int:
        """ "ปลัดกระทรวง|วัฒนธรรม": a title that ends in a ministry head gives the record its head
        ("กระทรวงวัฒนธรรม"), when the ministry's name follows it directly."""
        if short_start != end:
            return short_start
        for n in self.lex.head_lengths:
            if n < end - start and self.view[end - n:end] in self.lex.heads \
                    and self.lex.heads[self.view[end - n:end]][0] == "ministry":
                return end - n
        return short_start

    def may_start(self, t: Token) -> bool:
        """A cheap test that lets most tokens go without a closer look.

        `run` inlines a sharper form of it (see `_long_look`); it calls this method instead only
        when a test replaces it.
        """
        view, keys = self.view, self.lex.start_keys
        p = t.start
        if view[p:p + 4] in keys or view[p:p + 3] in keys or view[p:p + 2] in keys:
            return True
        w = view[p:t.end]
        if w in self.defined:
            return True
        if view.find(".", p, p + 40) != -1 and _ABBREVIATION.match(view, p + (not _THAI_LETTER.match(view, p))):
            return True  # an abbreviation, however the segmenter cut it ("กม|ธ.", "“สพ|ต.")
        return len(w) > 3 and _glued(w)

    def position_split(self, w: str) -> int:
        return _position_split(w)

    def candidates_at(self, i: int, abbr_possible: bool = True) -> list[_Found]:
        """Records that may start at token i (`abbr_possible` False: no "." is near enough for an
        abbreviation to start at it)."""
        t = self.toks[i]
        view, lex = self.view, self.lex
        out: list[_Found] = []
        w = view[t.start:t.end]
        abbr = _ABBREVIATION.match(view, t.start) if abbr_possible else None
        if w in self.minister_titles or (abbr and abbr.group() in self.minister_titles):
            # abbr is a match here unless w is a title
            short = self.minister_short(t.end if w in self.minister_titles else cast("re.Match[str]", abbr).end())
            if short is not None:
                if w in self.minister_titles:
                    short.start = self.title_head_start(t.start, t.end, short.start)
                return [short]
        if w in self.defined:
            return [_Found(t.start, t.end, self.defined[w], "org.acronym_use", w)]
        if abbr and abbr.group() in self.defined:
            return [_Found(t.start, abbr.end(), self.defined[abbr.group()], "org.acronym_use", abbr.group())]
        form = self.form_at(t.start)
        if form is None and len(w) > 4 and w[-1] == "ฯ" and t.kind == "word" and w[:-1] in lex.forms \
                and lex.forms[w[:-1]].rule in ("org.known", "org.known_alias"):
            # "กองปราบฯ", one token: a known name or other name with the "ฯ" of a long name written short
            if i and self.toks[i - 1].end == t.start and self.word(i - 1) in self.given_name_titles:
                return []
            f = lex.forms[w[:-1]]
            return [_Found(t.start, t.end, f.name, f.rule, f.acronym)]
        if form is not None and abbr and abbr.end() > t.start + len(form):
            form = None  # the whole abbreviation decides: "ตร.ม." is a unit, "มข.วนค." a unit of มข.
        if form is not None:
            if i and self.toks[i - 1].end == t.start and self.word(i - 1) in self.given_name_titles:
                return []  # "คนขับของนาย|แกร็บ": after "นาย" a known body's other name is a person's name
            formed = self.from_form(i, form)
            return [] if abbr and self.coded(formed) else [formed]
        head = self.head_at(t.start)
        if head is not None and w in self.office_heads:
            got = self.office_of(i)
            if got is not None:
                return [got]
        if head is not None:
            got = self.from_head(i, t.start, head)
            if got is not None:
                out.append(got)
        elif t.kind == "word" and len(w) > 3:
            # "หัวหน้าพรรค|ชาติไทย", "ยุบพรรค|...": the head closes a word that starts with a known word
            n = self.glued_heads.get(w)
            if n is None:
                n = _glued_head(w)
            if n:
                got = self.from_head(i, t.end - n, w[-n:])
                if got is not None:
                    out.append(got)
            p = self.position_split(w) if not out else 0
            if p:
                f = lex.forms[w[p:]]
                out.append(_Found(t.start + p, t.end, f.name, f.rule, f.acronym))
        if not out and abbr:
            got = self.abbreviation_at(t.start)
            if got is not None:
                out.append(got)
        if abbr and out and self.coded(out[0]):
            return []
        return out

    def office_of(self, i: int) -> _Found | None:
        """ "สำนักงาน ป.ป.ส.", "สำนักงาน กสทช.": an office head, one space and the acronym of a known
        office, committee or department, with no Thai letter and no code's number glued after it,
        name the office: the body itself when the acronym is an office's, else the body's office."""
        toks, view = self.toks, self.view
        k = i + 2
        if k >= len(toks) or toks[i + 1].kind != "space" or toks[i + 1].end - toks[i + 1].start != 1:
            return None
        m = _ABBREVIATION.match(view, toks[k].start)
        if m is None or m.group() not in self.lex.forms or _THAI_LETTER.match(view, m.end()) \
                or _CODE_NUMBER.match(view, m.end()) and not view.startswith(" ", m.end()):
            return None
        f = self.lex.forms[m.group()]
        if f.acronym is None or f.category not in ("office", "committee", "department"):
            return None
        start, end = toks[i].start, m.end()
        if f.category == "office":
            found = _Found(start, end, f.name, "org.known_extended", f.acronym)
        else:
            found = _Found(start, end, self.word(i) + f.name, "org.known_extended", " ".join(view[start:end].split()))
        self.numbered_area(found)  # "สำนักงาน ปปส. ภาค 4"
        return found

    def coded(self, found: _Found) -> bool:
        """Is this abbreviation part of a code rather than a body: a road's or a form's number after a
        word that says so ("สายทาง ขก.4008", "แยก ทล.117", "ตามแบบ ภ.ง.ด. 94", "เลขทะเบียนที่ นม.2612";
        a word of five letters or more also when the segmenter cut it, "ทางหลวง|ชนบท สห.3008"),
        or a ministry's acronym with a rank's digit ("มท.1", a minister; "ห้องประชุม อก.1", a room)?"""
        if found.acronym is None or found.rule not in ("org.abbreviation", "org.known_acronym"):
            return False
        view, end = self.view, found.end
        m = _CODE_NUMBER.match(view, end)
        if m is None:
            return False
        if found.rule == "org.known_acronym" and m.group(1) == "" and len(m.group(2)) == 1 \
                and self.lex.forms[found.acronym].category == "ministry":
            return True  # "มท.1", "มท.2": a minister; "อก.1": a meeting room
        if self.word_before(found.start) in self.code_words:
            return True
        # a code word the segmenter cuts ("ทางหลวง|ชนบท", "เลขทะเบียน|ที่"): the text before ends with it
        start = found.start - view.startswith(" ", found.start - 1)
        return view.endswith(self.long_code_words, 0, start)

    def run(self) -> list[_Found]:
        toks, view = self.toks, self.view
        out: list[_Found] = []
        done = 0
        defined = self.defined
        # the memo dicts of the active lexicon, looked up once per scan rather than once per token
        # (`_long_look`/`_short_look` fill and clear these same dicts in place)
        long_looks, short_looks = _LONG_LOOKS.current(), _SHORT_LOOKS.current()  # plain dicts: C-level get
        abbreviation, thai_letter = _ABBREVIATION.match, _THAI_LETTER.match
        inline = type(self).may_start is _Scan.may_start
        no_dot = len(view) + 8
        dot = -1  # the first "." at or after the current token (no_dot when there is none)
        skip = _SKIP_KINDS
        # the tokens the test below may let through (and every later use of an acronym once defined)
        visit = self.tokens_to_visit() if inline and _ahocorasick is not None else enumerate(toks)
        for i, t in visit:
            _, s, e, kind = t
            if kind != "word" and kind in skip or e <= done or s < done:
                if kind == "acronym" and s >= done and "." in view[s:e]:
                    got = self.position_acronym(i)
                    if got is not None:
                        out.append(got)
                        done = e
                continue
            if not inline:
                if not self.may_start(t):
                    continue
            else:
                # self.may_start(t), inlined, less the tokens where candidates_at finds nothing
                # whatever the context: see `_long_look`
                if e - s > 3:
                    w = view[s:e]
                    ok = long_looks.get(w)
                    if ok is None:
                        ok = _long_look(w)
                    if ok and ok is not True:
                        ok = view.startswith(ok, s)
                else:
                    w = None  # sliced only when there are acronyms to look up
                    k4 = view[s:s + 4]
                    ok = short_looks.get(k4)
                    if ok is None:
                        ok = _short_look(k4)
                    if ok and ok is not True:
                        ok = view.startswith(ok, s)
                if not ok and not (defined and (w if w is not None else view[s:e]) in defined):
                    if dot < s:
                        dot = view.find(".", s)
                        if dot < 0:
                            dot = no_dot
                    # an abbreviation's first dot is at most 7 characters on (a leading mark, a
                    # letter, five more, "."), so with no dot that near the pattern cannot match
                    if dot > s + 7 or abbreviation(view, s + (not thai_letter(view, s))) is None:
                        continue
            if dot < s:
                dot = view.find(".", s)
                if dot < 0:
                    dot = no_dot
            abbr_possible = dot <= s + 7
            cands = self.candidates_at(i, abbr_possible)
            if not cands and not thai_letter(view, s):
                # an abbreviation that the segmenter glued to punctuation: "“สพต.”"
                k = t.start
                while k < t.end and not _THAI_LETTER.match(view, k):
                    k += 1
                if k < t.end:
                    got = self.abbreviation_at(k)
                    if got is not None:
                        cands = [got]
            if not cands:
                abbr = abbreviation(view, s) if abbr_possible else None
                if abbr and (abbr.group() in self.lex.not_acronyms
                             or abbr.group()[:abbr.group().index(".") + 1] in self.lex.not_acronyms):
                    done = abbr.end()  # a rejected abbreviation is rejected whole: "ตร.ม." holds no "ม."
                continue
            found = cands[0] if len(cands) == 1 else max(cands, key=_FOUND_END)
            if found.rule == "org.short_name" and not self.bare_may_name(found.start, found.end):
                continue
            if found.rule == "org.known_alias" and self.word_before(found.start) in self.address_words:
                continue  # "ตำบลประชาธิปัตย์": a place named like a body
            if found.rule == "org.abbreviation" or found.rule == "org.known_acronym" \
                    and self.lex.forms[cast(str, found.acronym)].category in _NUMBERED_CATEGORIES:  # a known acronym's own
                self.unit_number(found)
                if found.end > found.start + len(found.acronym or "") and (not out or out[-1].end <= found.start):
                    self.company_before(found)  # "ร้อย ร.3012 ฉก.32": a company of a task force
            if found.rule in ("org.head", "org.known") and self.is_unit(found):
                self.ordinal_number(found)  # "กองร้อยตำรวจตระเวนชายแดนที่ 327"
            if found.rule in ("org.acronym_use", "org.known_acronym", "org.abbreviation"):
                self.numbered_area(found)  # "สพม. เขต 10"
            self.group_prefix(found)  # "ทีม|ป่อเต็กตึ๊ง", "กลุ่ม|สถาบันแพทยศาสตร์..."
            if found.rule == "org.known_acronym" and self.body_words:
                self.latin_tail(found)  # "Amazon Web Services", "ASEAN Business Council"
            paren = self.paren_after(found.end)
            is_name = found.rule not in ("org.acronym_use", "org.known_acronym", "org.abbreviation")
            if paren is None and is_name and found.acronym is None:
                paren = self.paren_known_after(found)
            if paren is not None and is_name:
                found.acronym = paren[0]
            elif is_name and found.acronym is None:
                found.acronym = self.or_acronym_after(found.end)  # "ชื่อเต็ม หรือ ETDA": defined, then used
            if found.acronym and is_name:
                self.defined.setdefault(found.acronym, found.name)
                if self.acronym_records and paren is not None:
                    out.append(found)
                    found = _Found(paren[1], paren[1] + len(paren[0]), found.name, "org.acronym_definition", paren[0])
            out.append(found)
            done = max(found.end, paren[2] if paren is not None else 0)
        self.add_initials(out)
        self.add_headline_shorts(out)
        self.add_province_offices(out)
        self.add_discourse(out)
        self.link_parents(out)
        return out

    def visit_marks(self) -> bytearray:
        """One byte a token, 1 where `run`'s inlined test may let the token through, found from the
        text rather than token by token: a start key starts at the token (the first test of
        `_long_look`/`_short_look`), a head noun or known form ends at it (`_glued`: a token of
        four or more characters), a "." after a Thai letter lies at most 7 characters on (an
        abbreviation), or it is an "(ABC)" token. A superset: `run` still tests each of them."""
        toks, view, starts = self.toks, self.view, self.token_starts
        n = len(toks)
        marks = bytearray(n)
        automaton = _scan_automaton()
        if not toks or automaton is None:
            return bytearray(b"\x01" * n)
        bmap = self.doc._boundary_map
        for e, back in automaton.iter(view):
            if back != -1:  # a start key begins at e - back
                if back < -1:  # and a head noun or known form ends at e
                    back = -2 - back
                    if bmap[e + 1]:
                        marks[bisect_right(starts, e) - 1] = 1
                s = e - back
                if bmap[s]:
                    k = bisect_left(starts, s)
                    marks[k] = 1
                    while k + 1 < n and starts[k + 1] == s:  # an empty token before it
                        k += 1
                        marks[k] = 1
            elif bmap[e + 1]:  # a head noun or known form ends the token that holds e
                marks[bisect_right(starts, e) - 1] = 1
        d = view.find(".", 1)
        while d >= 0:
            if "\u0e01" <= view[d - 1] <= "\u0e4e":  # an abbreviation's dot follows a Thai letter or mark
                lo, hi = bisect_left(starts, d - 7), bisect_left(starts, d)
                marks[lo:hi] = b"\x01" * (hi - lo)
            d = view.find(".", d + 1)
        for i in self.acronym_indices():
            marks[i] = 1
        return marks

    def tokens_to_visit(self) -> Iterator[tuple[int, Token]]:
        """(index, token) of the tokens `run` must test, in text order: those of `visit_marks`, and
        after each acronym the scan defines, every later token equal to it (`w in defined`)."""
        toks, defined = self.toks, self.defined
        marks = self.visit_marks()
        known = len(defined)
        i = marks.find(1)
        while i >= 0:
            yield i, toks[i]
            if len(defined) != known:
                for word in list(islice(reversed(defined), len(defined) - known)):
                    for j in self.uses(word, i):
                        marks[j] = 1
                known = len(defined)
            i = marks.find(1, i + 1)

    def uses(self, word: str, after: int) -> list[int]:
        """Indices above `after` of the tokens whose text (in the view) is `word`. The first
        _USES_BY_FIND words are looked for in the text (a str.find pass each); after that, in an
        index of the token texts made once, so a text that defines many acronyms stays linear."""
        toks, starts = self.toks, self.token_starts
        if self._by_text is None and self._uses_found < _USES_BY_FIND:
            self._uses_found += 1
            out = []
            view, n, size = self.view, len(toks), len(word)
            p = view.find(word, toks[after].end) if size else -1
            while p >= 0:
                k = bisect_left(starts, p)
                while k < n and starts[k] == p:
                    if toks[k].end == p + size:
                        out.append(k)
                    k += 1
                p = view.find(word, p + 1)
            return out
        if self._by_text is None:
            view = self.view
            by_text: dict[str, list[int]] = {}
            self._by_text = by_text
            for j, w in enumerate(map(view.__getitem__, map(slice, starts, map(_END, toks)))):
                got = by_text.get(w)
                if got is None:
                    by_text[w] = [j]
                else:
                    got.append(j)
        return [j for j in self._by_text.get(word, ()) if j > after]

    def paren_offsets(self) -> set[int]:
        """Offsets where `paren_after` may find something: where an "(ABC)" token starts, and where
        a space token of one or two characters right before one starts."""
        if self.parens is None:
            toks = self.toks
            self.parens = out = set()
            for i in self.acronym_indices():
                out.add(toks[i].start)
                if i > 0 and toks[i - 1].kind == "space" and toks[i - 1].end - toks[i - 1].start <= 2:
                    out.add(toks[i - 1].start)
        return self.parens

    def acronym_indices(self) -> list[int]:
        """Indices of the "(ABC)" tokens, in order (the document's, which the tokeniser noted)."""
        return self.doc.acronym_indices  # cached on the document

    def add_initials(self, out: list[_Found]) -> None:
        """A "(ตชด.)" after a phrase with no head: the phrase whose initials spell it is a body."""
        ends = {f.end for f in out}
        cover = _Cover((f.start, f.end) for f in out)
        added = False
        for i in self.acronym_indices():
            t = self.toks[i]
            if i == 0:
                continue
            m = _PAREN_INNER.fullmatch(self.view, t.start, t.end)
            if not m:
                continue
            inner = m.group(1)
            if _LATIN_ACRONYM.fullmatch(inner):
                got = self.latin_initials(t.start, inner)
                if got is not None and not cover.overlaps(got.start, got.end):
                    out.append(got)
                    if self.acronym_records:
                        out.append(_Found(m.start(1), m.end(1), got.name, "org.acronym_definition", inner))
                    added = True
                continue
            letters = inner.replace(".", "")
            if not _CONSONANT.match(letters) or _VOWEL_OR_MARK.search(letters) or inner in self.lex.not_acronyms:
                continue
            j = i - 1
            if self.toks[j].kind == "space":
                j -= 1
            if not self.is_thai_word(j):
                continue
            end = self.toks[j].end
            if end in ends or cover.reaches(end):
                continue
            known = self.lex.forms.get(inner)
            if known is not None and known.acronym == inner and len(known.name) > len(inner) \
                    and self.view.endswith(known.name, 0, end):
                # "เจ้าหน้าที่ตำรวจ|ตระเวนชายแดน (ตชด.)": the known full name of the acronym, begun
                # inside a word the segmenter glued to what stands before it
                start, name, rule = end - len(known.name), known.name, "org.known"
                k = self.token_at(start)
                if k is not None and self.toks[k].start < start:
                    head = self.head_at(self.toks[k].start)
                    if head is not None and self.toks[k].start + len(head) == start:
                        # "สำนักงาน|คณะกรรมการกิจการ... (กสทช.)": a head glued before it names the
                        # body the text means (the commission's office), written with that acronym
                        start = self.toks[k].start
                        name, rule = " ".join(self.view[start:end].split()), "org.head_acronym"
                if cover.overlaps(start, end):
                    continue  # a record already holds part of the name
                out.append(_Found(start, end, name, rule, inner))
                if self.acronym_records:
                    out.append(_Found(m.start(1), m.end(1), name, "org.acronym_definition", inner))
                added = True
                continue
            k0 = j
            while k0 - 1 >= 0 and j - (k0 - 1) < MAX_ACRONYM_REACH and self.is_thai_word(k0 - 1) \
                    and self.word(k0 - 1) not in self.lex.stops:
                k0 -= 1
            best = None
            for k in range(k0, j):  # the leftmost start whose initials spell the acronym
                if self.word(k)[0] == letters[0] and _subsequence(letters[1:], self.view[self.toks[k].start + 1:end]):
                    best = k
                    break
            if best is None:
                continue
            start = self.toks[best].start
            name = self.view[start:end]
            if len(name) < 2 * len(letters):
                continue
            out.append(_Found(start, end, name, "org.acronym_initials", inner))
            if self.acronym_records:
                out.append(_Found(m.start(1), m.end(1), name, "org.acronym_definition", inner))
            self.defined.setdefault(inner, name)
            added = True
        if not added:
            return
        taken = _Cover((f.start, f.end) for f in out)
        for t in self.toks:
            w = self.view[t.start:t.end]
            if w in self.defined and not taken.holds(t.start):
                out.append(_Found(t.start, t.end, self.defined[w], "org.acronym_use", w))
        out.sort(key=lambda f: f.start)

    def latin_initials(self, paren: int, inner: str) -> _Found | None:
        """ "World Trade Organization (WTO)": the capitalised Latin words right before a known Latin
        acronym in parentheses, as many as its letters, whose initials spell it, are that body's
        English name (an unknown one may be a term: "Gross Domestic Product (GDP)")."""
        form = self.lex.forms.get(inner)
        if form is None or form.acronym != inner:
            return None
        end = paren - self.view.endswith(" ", 0, paren)
        words = self.view[max(0, end - 20 * len(inner)):end].split(" ")[-len(inner):]
        if len(words) != len(inner) or "".join(w[:1] for w in words) != inner \
                or not all(_LATIN_NAME.fullmatch(w) for w in words):
            return None
        start = end - len(" ".join(words))
        if start > 0 and _LATIN_LETTER.match(self.view, start - 1):
            return None
        return _Found(start, end, self.view[start:end], "org.acronym_initials", inner)

    def late_headline_shorts(self, found: list[_Found]) -> list[_Found]:
        """ "สรรพสามิต เก็บ|ภาษี...", "ศุลกากร จับกุม...", "ปศุสัตว์ ออก|ประกาศ...": a department's bare name opening a
        line before a verb that `add_headline_shorts` does not read — a verb of org_stops.tsv or a late verb the ORCHID
        dictionary lacks, a verb glued to its object (`_verb_compound`), or an auxiliary ("ออก", "ได้": ORCHID's XVAE)
        glued before a verb — is the headline's subject too (rule org.headline_short). Not before a compound opened by
        a copula or "มี" (`predicate_prefix`: "ประมง มีมูลค่า...", the trade's worth), nor before a passive, a modal or
        a state (`late_headline_not_verb`: "ประมง ถูก...", the trade is what is affected). Done after the model, whose
        input stays as it was trained on."""
        view, lex = self.view, self.lex
        if not lex.shorts:
            return found
        bmap, cover, added, dropped = self.doc._boundary_map, None, [], set()
        for pos in self.headline_starts():
            for short in lex.shorts_by_char.at(view, pos):
                end = pos + len(short)
                if short[-1] in ".ฯ" or not bmap[end]:
                    continue
                spaced = view.startswith(" ", end)
                k = self.starts.get(end + spaced)
                if k is not None and self.is_thai_word(k) and (
                        self.word(k) in self.headline_change_verbs
                        or self.word(k) in HEADLINE_COPULAS and _orchid_tags().get(short, "").startswith("NCMN")):
                    dropped.add((pos, end))  # "ประมง หดตัว...", "ปศุสัตว์ ขยายตัว...": a body does not grow or
                    break  # shrink; the line's subject is the trade (read before the model, dropped here); nor is a
                    # common noun's name defined by a copula ("ประกันสังคม คือหลักประกันของลูกจ้าง": the scheme; l37)
                if cover is None:
                    cover = _Cover((f.start, f.end) for f in found)
                if cover.overlaps(pos, end):
                    continue
                if not spaced and _orchid_tags().get(short, "").startswith("NCMN"):
                    break  # as before the model: a common noun glued to a verb is the workers, not the ministry
                if k is not None and self.late_verb_at(k):
                    added.append(_Found(pos, end, lex.shorts[short], "org.headline_short"))
                break
        if dropped:
            found = [f for f in found if (f.start, f.end) not in dropped]
        return sorted(found + added, key=lambda f: f.start) if added else found

    def late_verb_at(self, k: int) -> bool:
        """Is token k a verb that `add_headline_shorts` (before the model) leaves unread? See `late_headline_shorts`."""
        if not self.is_thai_word(k):
            return False
        w, lex = self.word(k), self.lex
        if w in lex.verbs or w in self.late_headline_not_verbs:
            return False  # read (or refused) before the model
        tags = _orchid_tags()
        if tags.get(w) == "XVAE":  # "ออก", "ออกมา" (verbs of org_stops.tsv too): an auxiliary, so a verb must follow
            if not (self.is_thai_word(k + 1) and self.toks[k + 1].start == self.toks[k].end):
                return False  # "ประมง ออก|ทะเล...": going out to sea, no deed
            v = self.word(k + 1)  # "ออก|ประกาศ", "ได้|จับกุม": an auxiliary, then its verb
            return v not in self.late_headline_not_verbs and v not in self.headline_not_verbs \
                and (v in lex.verbs and tags.get(v) != "VSTA" or lex.stops.get(v) == "verb"
                     or self.action_compound(v))
        return lex.stops.get(w) == "verb" or self.action_compound(w)

    def action_compound(self, w: str) -> bool:
        """Is `w` a verb glued to its object (`_verb_compound`: "เก็บ|ภาษี", "ขยาย|เวลา") whose verb is an action?
        Not a predicate ("มี|มูลค่า", "เป็น|...": `predicate_prefix`) nor a state the subject is in or undergoes (ORCHID's
        VSTA: "ขาด|ทุน", "ประสบ|ปัญหา", "เสีย|ชีวิต"): the trade may be the subject."""
        if not _verb_compound(w) or w.startswith(self.predicate_prefixes):
            return False
        verbs, tags = self.lex.verbs, _orchid_tags()
        return all(tags.get(w[:p]) != "VSTA" for p in range(2, len(w) - 1) if w[:p] in verbs and w[p:] in tags)

    def add_headline_shorts(self, out: list[_Found]) -> None:
        """ "สาธารณสุขยอมรับ...", "มหาดไทย เตือน...": a line that opens with a ministry's bare name
        (the `short` column of org_known.tsv, as after a minister's title) and goes on with a verb is
        a headline whose subject is the ministry (rule org.headline_short); a name that is also a
        common noun ("แรงงาน") only when a space parts it from the verb, and not before a verb that says
        what a thing is or what state it is in (`headline_not_verb`: "ปศุสัตว์ เป็นอาชีพหลัก...", "ทางหลวง
        ชำรุด...": the concept or the thing is the subject). `_headline_starts` finds the line starts
        that open with such a name."""
        view, lex = self.view, self.lex
        if not lex.shorts:
            return
        bmap, cover = self.doc._boundary_map, None
        added = []
        for pos in self.headline_starts():
            for short in lex.shorts_by_char.at(view, pos):
                end = pos + len(short)
                if short[-1] in ".ฯ" or not bmap[end]:
                    continue
                if cover is None:
                    cover = _Cover((f.start, f.end) for f in out)
                if cover.overlaps(pos, end):
                    continue
                spaced = view.startswith(" ", end)
                if not spaced and _orchid_tags().get(short, "").startswith("NCMN"):
                    break  # "แรงงาน|สนใจ...": a common noun glued to a verb is the workers, not the ministry
                k = self.starts.get(end + spaced)
                if k is not None and self.is_thai_word(k) and self.word(k) in lex.verbs \
                        and (self.word(k) not in self.headline_not_verbs or self.proper_short(short)):
                    added.append(_Found(pos, end, lex.shorts[short], "org.headline_short"))
                break
        if added:
            out.extend(added)
            out.sort(key=lambda f: f.start)

    def proper_short(self, short: str) -> bool:
        """Is the bare name a proper name (a university's: "ธรรมศาสตร์ เป็นมหาวิทยาลัย...", the body is
        what the copula describes) rather than the word of a concept or a thing (a ministry's or a
        department's task: "ประมง", "ทางหลวง")?"""
        form = self.lex.forms.get(self.lex.shorts[short])
        return form is not None and form.category == "university"

    def add_province_offices(self, out: list[_Found]) -> None:
        """ "นายณรงค์ อินโส ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน", "วัฒนธรรมจังหวัดนครนายก": a provincial
        office written without its head "สำนักงาน", by its task (a `province_office` word of org_generic.tsv)
        glued to "จังหวัด" and a province (rule org.province_office, `name` with "สำนักงาน"). Only after a
        space, a line start or a glued "และ"/"กับ": glued to another word the task is a phrase's
        ("การเลือกตั้งท้องถิ่นจังหวัด...", "ด้านการสื่อสารประชาสัมพันธ์จังหวัด..."). One str.find a "จังหวัด"."""
        tasks = self.lex.generic.get("province_office")
        view = self.view
        if not tasks or "จังหวัด" not in view:
            return
        bmap, provinces, cover = self.doc._boundary_map, _province_names(), None
        added = []
        p = view.find("จังหวัด")
        while p > 0:
            q = p + len("จังหวัด")
            task = max((w for w in tasks if view.startswith(w, p - len(w))), key=len, default=None)
            s = p - len(task) if task else -1
            if s >= 0 and bmap[s] and (s == 0 or view[s - 1] in " \n\t\ufeff\u200b\"“(" or view.endswith("กับ", 0, s)
                                       or view.endswith("และ", 0, s) and self.office_and(s - len("และ"), out, provinces)):
                r = q + view.startswith(" ", q)
                end = max((r + len(n) for n in provinces if view.startswith(n, r) and bmap[r + len(n)]), default=-1)
                if end > 0:
                    if cover is None:
                        cover = _Cover((f.start, f.end) for f in out)
                    if not cover.overlaps(s, end):
                        added.append(_Found(s, end, "สำนักงาน" + " ".join(view[s:end].split()), "org.province_office"))
            p = view.find("จังหวัด", q)
        if added:
            out.extend(added)
            out.sort(key=lambda f: f.start)

    def office_and(self, a: int, out: list[_Found], provinces: frozenset[str]) -> bool:
        """Does the "และ" at `a`, glued before a provincial office's task, join the office to another
        party? "และ" joins like with like: after a space, a province ("ผู้ว่าราชการจังหวัดลำพูน|และ|พาณิชย์
        จังหวัดลำพูน"), a body's record or a post or title (org_stops.tsv: "นายกเทศมนตรี|และ...") the office
        is the other party; after another word it is a concept's pair ("ศิลปะ|และ|วัฒนธรรมจังหวัดน่าน",
        "เศรษฐกิจ|และ|อุตสาหกรรมจังหวัด...": the art and culture of the province), no office."""
        view = self.view
        if a == 0 or view[a - 1] in " \n\t\ufeff\u200b\"“(" or any(f.end == a for f in out):
            return True
        if any(view.endswith(n, 0, a) for n in provinces):
            return True
        if any(view.endswith(h, 0, a) for h in self.place_named_heads + self.place_named_generics):
            return True  # "องค์การบริหารส่วนตำบล|และ|ท้องถิ่นจังหวัดลำปาง", "เทศบาลเมือง|และ|สาธารณสุขจังหวัดลำพูน": a bare
            # local government's head (with its grade: a generic `name`), another party
        k = self.token_at(a - 1)
        if k is None:
            return False
        for x in range(k, max(-1, k - 4), -1):
            if not self.is_thai_word(x):
                return False  # the glued run before "และ" ends here
            if self.word(x).startswith(self.post_prefixes):
                return True  # "ผู้อำนวยการ|โรงเรียน|และ...", "นายอำเภอ|แม่|สอด|และ...": a post and where it serves
        return False

    # -- one sense per discourse

    def add_discourse(self, out: list[_Found]) -> None:
        """ "บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) ... ไทยเบฟเวอเรจ": a name first written with its head
        (a `discourse_head` of org_generic.tsv: a company, party, club, newspaper ...) names the
        same body when written bare later in the document (rule org.discourse, `name` the full
        name). Each later mention must lie on token boundaries, outside every record, not after
        an address word or a product word (`product_word`: "วัคซีน AstraZeneca") and, in Latin
        letters, not before a number ("Airbus 320"), nor before "การ"/"ความ" (a longer word goes
        on: "...พัฒนา|การเกษตร"); one pass over the text finds them all (`_occurrences`)."""
        heads = self.lex.generic.get("discourse_head")
        if not heads or not out:
            return
        names: dict[str, tuple[str, int]] = {}  # bare name -> (full name, end of its first headed mention)
        for f in out:
            if f.rule not in ("org.head", "org.head_acronym"):
                continue
            start = f.start
            head = self.head_at(start)
            if head is None:
                k = self.token_at(start)
                if k is not None and self.word(k) in self.group_words:
                    start = self.toks[k].end  # "กลุ่ม|บริษัท SUPER"
                    head = self.head_at(start)
            if head not in heads:
                continue
            bare = self.bare_name(start + len(head), f.end)
            if bare is not None and bare not in names:
                names[bare] = (f.name, f.end)
        if not names:
            return
        view, bmap = self.view, self.doc._boundary_map
        cover = _Cover((f.start, f.end) for f in out)
        added = []
        for s, e in _occurrences(view, names, min(e for _, e in names.values())):
            bare = view[s:e]
            full, first_end = names[bare]
            if s < first_end or not (bmap[s] and bmap[e]) or cover.overlaps(s, e):
                continue
            if not self.bare_may_name(s, e) or self.head_at(s) is not None:
                continue
            k = self.starts.get(e)
            if k is not None and self.word(k).startswith(self.nominaliser_prefixes):
                continue  # "ศรีสยามพัฒนา|การเกษตร": the start of a longer word, not the name
            if not _THAI_LETTER.search(bare) and _SPACED_DIGIT.match(view, e):
                continue  # "Airbus 320": a model
            added.append(_Found(s, e, full, "org.discourse"))
        if added:
            out.extend(added)
            out.sort(key=lambda f: f.start)

    def bare_may_name(self, s: int, e: int) -> bool:
        """May a bare name (org.discourse, org.short_name) at [s, e) name its body here? Not after an
        address word, a product word ("วัคซีน AstraZeneca", "แอปพลิเคชัน ยาพร้อม") or the title of a
        law, plan or project (`model_not_start`: "พระราชบัญญัติ|ตำรวจแห่งชาติ"), and not in parentheses
        right after a name (its acronym or other name there is a field of that name, as "(ABC)" is),
        nor right after a person's title or given name."""
        before = self.word_before(s)
        if before in self.address_words or before in self.product_words or before in self.bare_not_after \
                or before.endswith(self.titled_works):
            return False  # "ดัชนี|ดาวโจนส์" an index, "เมือง|ลิเวอร์พูล" a town (`bare_not_after`)
        view = self.view
        if view[max(0, s - 12):s].endswith(self.lex.person_titles) or self.after_given_name(s):
            return False  # "นาย|สมชาย", "นายสมชาย ศรีสยาม": a person named like the company
        return not (view[s - 1:s] == "(" and view[e:e + 1] == ")")

    def bare_name(self, start: int, end: int) -> str | None:
        """The name of a headed record [start, end) without its head (`start` is where the head
        ends), " จำกัด" and " (มหาชน)": the form `add_discourse` looks for. None when it could as
        well be a common word: a word of the dictionary that is no proper name, a country or
        province, an abbreviation, fewer than four Thai letters or three Latin ones, or a name opening
        with a verb, a common noun or a stop word other than "เพื่อ" ("พรรคเพื่อไทย")."""
        view, lex = self.view, self.lex
        while start < end and view[start] == " ":
            start += 1
        m = self.public_suffix.search(view, start, end)
        if m is not None and m.end() == end:
            end = m.start()
        text = view[start:end].rstrip()
        for w in self.company_words:
            if text.endswith(w):
                text = text[:-len(w)].rstrip()
        if not text or "." in text or "(" in text:
            return None
        latin = not _THAI_LETTER.search(text)
        if latin and (len(text) < 3 or not text[:1].isupper()) or not latin and len(text) < 4:
            return None
        i = self.token_at(start)  # the head and the name may be one token ("พรรคเพื่อไทย", "บริษัทผู้ผลิต")
        first = view[start:self.toks[i].end] if i is not None else ""
        if lex.stops.get(first, "purpose") != "purpose" or first in lex.verbs or text in lex.stops or text in _places():
            return None
        tags = _orchid_tags()
        if " " not in text and (text in tags or text in _dictionary()):
            return None  # "ยุโรป", "พลัง": a word of the dictionary, a place or a common noun
        if tags.get(first, "").startswith(("NCMN", "V", "PPRS")):
            return None  # "ผู้ผลิต|วัคซีน", "กาย|อุปกรณ์": a common noun or a verb opens a description
        if text in lex.generic.get("modifier", ()) or text in lex.generic.get("name", ()):
            return None
        return text

    # -- the model, stacked on the rules

    def stack(self, found: list[_Found], vetoes: bool = False) -> list[_Found]:
        """The rules' records with the organisation model's spans (see thai_report_ie.orgmodel).

        The rules decide what they know: acronyms, parents and known bodies stay the rules'. A
        model span that touches no rule record is added (rule org.model) when it passes the
        false-alarm filters of `model_found`. A guess of the rules that carries no acronym (rules
        in MODEL_RESHAPES) takes the model's boundaries when one model span covers it and no other
        record; with `vetoes`, it is dropped when the model gives each of its tokens a probability
        below MODEL_VETO_BELOW of being in a name (MODEL_VETOES)."""
        from .. import orgmodel

        base = [(f.start, f.end, f.rule) for f in found if f.rule != "org.acronym_definition"]
        weak = sorted((f for f in found if f.rule in MODEL_VETOES and f.acronym is None), key=_FOUND_SPAN) \
            if vetoes else []
        spans, probs = orgmodel.tag(self.view, self.toks, base, [(f.start, f.end) for f in weak])
        vetoed = {id(f) for f, p in zip(weak, probs) if p < MODEL_VETO_BELOW}
        if not spans and not vetoed:
            return found
        rules = _Cover((f.start, f.end) for f in found)
        out = [f for f in found if id(f) not in vetoed]
        by_rule: dict[int, list[_Found]] = {}
        added = []
        out.sort(key=_FOUND_SPAN)
        starts = [f.start for f in out]
        # a model span that is a kept record's own span changes nothing (it could only be cut inside
        # that record, and no other model span touches it): most of them, left unread
        kept = {(f.start, f.end) for f in out}
        for s, e in spans:
            if (s, e) in kept:
                continue
            got = self.model_found(s, e)
            if got is None:
                continue
            if not rules.overlaps(got.start, got.end):
                added.append(got)
                continue
            hit = touched(out, starts, got)
            if len(hit) == 1:
                by_rule.setdefault(id(hit[0]), []).append(got)
        for f in out:
            model = by_rule.get(id(f))  # the model's finds that touch f alone
            if model and len(model) == 1 and f.rule in MODEL_RESHAPES and f.acronym is None \
                    and model[0].start <= f.start and f.end <= model[0].end and (model[0].start, model[0].end) != (f.start, f.end) \
                    and self.may_stretch(f.end, model[0].end) and self.may_stretch(model[0].start, f.start) \
                    and not self.verb_in(model[0].start, f.start) \
                    and not (self.view.endswith("จังหวัด", f.start, f.end) and self.verb_in(f.end, model[0].end)) \
                    and not (self.view.endswith("จังหวัด", f.start, f.end) and self.province_list_after(model[0].end)):
                # the model's span holds the rule's and goes further: "ตชด.|32", "สถานีตำรวจ|ภูธรเมือง"; not over the
                # verb the rules cut off after "จังหวัด" ("สำนักงานสาธารณสุขจังหวัด|สำรวจ"); nor over the first province of a
                # list after a bare "จังหวัด" ("สำนักงานพาณิชย์จังหวัด สตูล, ตรัง": each province's office, rev37o's rule)
                f.start, f.end, f.name, f.rule = model[0].start, model[0].end, model[0].name, "org.model_reshaped"
        out = sorted([*out, *added], key=_FOUND_SPAN)
        self.link_parents(out)
        return out

    def inside_not_acronym(self, s: int) -> bool:
        """Does `s` fall inside an abbreviation that names no body, begun up to five Thai letters before it
        ("อ|พม.": the segmenter cut "อพม.", social-development volunteers; "ตามพร|ก.": a decree, "พรก.")?"""
        view = self.view
        b = s
        while b > 0 and s - b < 5 and _THAI_LETTER.match(view, b - 1):
            b -= 1
            m = _ABBREVIATION.match(view, b)
            if m is not None and m.end() > s and m.group() in self.lex.not_acronyms:
                return True
        return False

    def defines_people(self, e: int) -> bool:
        """Is the text at `e` an abbreviation in parentheses, one space before it or none, that names people
        (org_not_acronyms.tsv kind people: "(อสต.)", "(อสม.)")? What it follows is then their title."""
        view = self.view
        p = e + view.startswith(" ", e)
        if not view.startswith("(", p):
            return False
        m = _ABBREVIATION.match(view, p + 1)
        return m is not None and view.startswith(")", m.end()) and self.lex.not_acronyms.get(m.group()) == "people"

    def verb_in(self, start: int, end: int) -> bool:
        """Does a word of [start, end) stand as a verb (ORCHID VACT/VSTA)? Before a head the model would take
        in, a verb makes a clause ("งบประมาณ|สร้าง|โรงพยาบาลเฉพาะทาง": the budget to build a hospital)."""
        k = bisect_right(self.token_starts, start) - 1
        while 0 <= k < len(self.toks) and self.toks[k].start < end:
            if self.toks[k].start >= start and self.toks[k].kind == "word" and self.word(k) in self.lex.verbs:
                return True
            k += 1
        return False

    def may_stretch(self, start: int, end: int) -> bool:
        """May a record take in the text [start, end)? Not over a word the rules stop at on
        purpose: "and", a verb, an auxiliary, a position, a title, a time word
        ("คณะกรรมการพรรค|และเซลล์พรรค" is two bodies), also as the rest of a word `start` cuts."""
        k = bisect_right(self.token_starts, start) - 1
        if 0 <= k < len(self.toks) and self.toks[k].start < start < self.toks[k].end \
                and self.lex.stops.get(self.view[start:self.toks[k].end]) in _NO_STRETCH:
            return False  # "จังหวัดเชียง|รายได้": the rules cut the glued "ได้" off the name's last word
        while 0 <= k < len(self.toks) and self.toks[k].start < end:
            if self.lex.stops.get(self.word(k)) in _NO_STRETCH:
                return False
            k += 1
        return True

    def model_found(self, s: int, e: int) -> _Found | None:
        """A record for the model's span [s, e), or None for a known false alarm: "ลบ." and other
        abbreviations that name no body, a person's title, a head followed by a verb or a common
        word ("กระทรวงยืนยัน", "บริษัทเอกชน"), a project or an activity, anything in parentheses
        (the rules own the acronyms there: "(NCD)" after a disease is no body)."""
        view, lex = self.view, self.lex
        while s < e and not view[s].isalnum() and view[s] not in "(":
            s += 1
        while e > s and view[e - 1].isspace():
            e -= 1
        s = self.past_position(s)
        k = self.starts.get(s)
        while k is not None and k + 1 < len(self.toks) and self.toks[k + 1].start < e \
                and self.word(k) in lex.stops:
            k += 1 + (self.toks[k + 1].kind == "space")  # "ผู้แทน|กอง...": a position is no part of the name
            s = self.toks[k].start if k < len(self.toks) else e
        text = view[s:e]
        if not text or "(" in text or ")" in text or e - s > MAX_NAME_CHARS or not _THAI_LETTER.search(text) \
                and not any(c.isalpha() for c in text):
            return None
        before = self.word_before(s)
        if text in self.defined or before in self.address_words or before in self.bare_not_after:
            return None  # an acronym the rules own; "ตำบล|ประชาธิปัตย์": a place; "ดัชนี|ดาวโจนส์": an index
        if any(x in text for x in self.quantified):
            return None  # "โรงเรียนเทคโนโลยีแห่งหนึ่ง", "บริษัทบางราย": some body, none named
        m = _ABBREVIATION.match(text)
        if m is not None:
            abbr = m.group()
            if abbr in lex.not_acronyms or abbr[:abbr.index(".") + 1] in lex.not_acronyms:
                return None  # "ลบ.", "ผศ.ดร.", "พล.ต.อ.": units and a person's title are no body
            if self.coded(_Found(s, s + m.end(), abbr, "org.abbreviation", abbr)):
                return None  # "ทางหลวงชนบท อย.3006": a road's code, as the rules read it
            if self.inside_not_acronym(s):
                return None  # "อ|พม.": the end of an abbreviation that names no body (volunteers)
        if self.defines_people(e):
            return None  # "อาสาสมัคร|สาธารณสุขต่างด้าว (อสต.)": people defined, no body
        if sum(c.isalnum() for c in text) < 2:
            return None  # "ก.": one letter names no body (a month or a ministry cut short)
        head = self.head_at(s)
        if head is None and text.startswith(lex.model_not_start):
            return None  # "โครงการรถไฟ...", "การบินโลจิสติกส์": a project, an activity
        if head is not None:
            p = s + len(head)
            if e == p or self.is_generic(head, text) or text in lex.generic.get("name", ()):
                return None
            spaced = view.startswith(" ", p)
            i = self.starts.get(p + spaced)
            if i is not None and self.toks[i].kind == "word":
                w = self.word(i)
                if w in lex.verbs or w in lex.not_name_start \
                        or lex.heads[head][0] in self.predicate_categories and _verb_compound(w):
                    return None  # "กระทรวงยืนยัน", "ธนาคาร|มีแผน": a head, then a verb
                if spaced and lex.heads[head][0] != "company" and _orchid_tags().get(w, "NPRP") != "NPRP":
                    return None  # "พรรค องค์กรมวลชน": a head, a space, a common word
        if text in lex.stops or text in lex.verbs or text.startswith(lex.person_titles) \
                or view[max(0, s - 12):s].rstrip().endswith(lex.person_titles) or self.after_given_name(s) \
                or self.inside_surname(s):
            return None  # "นางสลินี", "นาง|สลินี", "นายสมชาย กองจันทร์", "นายสมชาย พล|กองจันทร์": a person
        for m in _ABBREVIATION.finditer(text):
            if lex.not_acronyms.get(m.group()) in ("month", "era"):
                return None  # "ประชาไท 25 ส.ค. 48": a dateline
        return _Found(s, e, " ".join(text.split()), "org.model")

    def past_position(self, s: int) -> int:
        """Where a model span that starts inside an abbreviated position should start: after the
        position ("ผบ|ก.ภ.จว.ชลบุรี" → "ภ.จว.ชลบุรี": the segmenter cut "ผบก." and the model took
        its last letter for the unit's); `s` itself otherwise."""
        view = self.view
        b = s
        while b > 0 and s - b < 5 and _THAI_LETTER.match(view, b - 1):
            b -= 1
        if b == s:
            return s
        m = _ABBREVIATION.match(view, b)
        if m is None or m.end() <= s:
            return s
        first = m.group()[:m.group().index(".") + 1]
        if b + len(first) > s and self.lex.not_acronyms.get(first) in ("position", "title", "rank") \
                and b + len(first) < m.end():
            return b + len(first)
        return s

    def unit_tails(self, found: list[_Found]) -> None:
        """Stretch a head's record over the end of a unit's name from its "และ" (`and_tail`:
        "กองยุทธศาสตร์|และแผนงาน", "สำนักการสอบสวน|และนิติการ") when no Thai letter follows it and no
        other record starts inside it. Done after the model, whose input (the scan's spans) stays
        as it was trained on."""
        self.stretch(found, self.unit_tail_end)

    def paren_areas(self, found: list[_Found]) -> None:
        """ "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา (สพม.) เขต 10", "การประปาส่วนภูมิภาค (กปภ.) เขต 9": a name, its
        acronym in brackets, then an `area_word` and its number name the numbered office: the record takes
        them, named without the brackets (as `numbered_area` names "สพม. เขต 10"), when no other record
        starts there. Not with acronym_records (the acronym is a record of its own there). Done after the
        model, whose input (the scan's spans) stays as it was trained on."""
        if self.acronym_records:
            return
        view = self.view
        starts: list[int] | None = None
        for f in found:
            paren = self.paren_after(f.end) if f.acronym is not None else None
            if paren is None or paren[0] != f.acronym:
                continue  # most records: no acronym, or not the one in the brackets
            m = _NUMBERED_AREA.match(view, paren[2])
            if m is None or m.group(1) not in self.area_words or not self.unit_number_ends(m.end()):
                continue  # "(สพฐ.) เขต 3 แห่ง": a count of areas
            if starts is None:
                starts = sorted(x.start for x in found)
            if bisect_left(starts, f.end) == bisect_left(starts, m.end()):
                f.end, f.name = m.end(), f"{f.name} {m.group(1)} {m.group(2)}"
                if f.rule == "org.known":
                    f.rule = "org.known_extended"  # a known name and its local part, as "ตำรวจภูธรภาค 3"

    def unit_tail_end(self, f: _Found) -> int | None:
        """End of the unit's "และ" tail after `f` (`unit_tails`), or None."""
        view = self.view
        if not view.startswith("และ", f.end) or f.acronym is not None or f.rule not in ("org.head", "org.model_reshaped"):
            return None  # most records: no "และ" right after them
        for tail in self.unit_and_tails:
            e = f.end + len(tail)
            if view.startswith(tail, f.end) and not _THAI_LETTER.match(view, e):
                return e
        return None

    def spaced_companies(self, found: list[_Found]) -> list[_Found]:
        """A company's whole name from "บริษัท" to its "จำกัด" over spaces, brackets and the many pieces the
        segmenter cuts a transliterated name into (`spaced_company_end`): "บริษัท เวสเทิร์น ดิจิตอล สตอเรจ
        เทคโนโลยีส์ (ประเทศไทย) จำกัด", "บริษัท ปตท. น้ำมันและการค้าปลีก จำกัด (มหาชน)", which the scan reads
        over at most MAX_COMPANY_REACH tokens and no brackets. Records inside it (a head cut short, a known
        acronym: "ปตท.") give way to it; a record reaching outside it keeps its place. Done after the model,
        whose input (the scan's spans) stays as it was trained on."""
        view = self.view
        pos = view.find("บริษัท")
        while pos >= 0:
            i = self.starts.get(pos)
            e = self.spaced_company_end(i + 1) or self.corporate_end(pos + 6) \
                if i is not None and self.word(i) == "บริษัท" else None
            if e is not None:
                inside = [x for x in found if x.start < e and x.end > pos]
                if all(pos <= x.start and x.end <= e for x in inside) and not any(x.start == pos and x.end == e for x in inside):
                    paren = self.paren_after(e)
                    got = _Found(pos, e, " ".join(view[pos:e].split()), "org.head", paren[0] if paren else None)
                    found = [x for x in found if not (x.start < e and x.end > pos)] + [got]
                    if paren is not None and self.acronym_records \
                            and not any(x.start == paren[1] for x in found):
                        found.append(_Found(paren[1], paren[1] + len(paren[0]), got.name, "org.acronym_definition", paren[0]))
            pos = view.find("บริษัท", pos + 6)
        return self.company_short_names(found)

    def corporate_end(self, pos: int) -> int | None:
        """End of a spaced company name that a corporate form word closes with no "จำกัด" after it (`_CORPORATE_NAME`):
        "บริษัท มาสด้า มอเตอร์ คอร์ปอเรชั่น| เข้าเยี่ยมคารวะ", "บริษัท กสิกร บิสิเนส เทคโนโลยี กรุ๊ป| หรือ เคบีทีจี", read on
        to a later form word when clean name words lead to it ("บริษัท ซิโนเปค อินเตอร์เนชั่นแนล ปิโตรเลียม เซอร์วิส
        คอร์ปอเรชั่น"). No word before a form word may open with a stop word or a verb ("บริษัท ได้ร่วม กรุ๊ป ..." names
        nothing); None when no form word closes the name."""
        end = None
        while self.view.startswith(" ", pos):
            m = _CORPORATE_NAME.match(self.view, pos + 1)
            if m is None or not self.name_words(pos + 1, m.group(1).split()):
                break
            end = pos = m.end()
        return end

    def name_words(self, at: int, spaced: list[str]) -> bool:
        """Do the spaced words from `at` on each open with a token that is no stop word, verb or "บริษัท"?"""
        lex = self.lex
        for w in spaced:
            k = self.starts.get(at)
            first = self.word(k) if k is not None else w
            if first in lex.stops or first in lex.verbs or w == "บริษัท":
                return False
            at += len(w) + 1
        return True

    def company_short_names(self, found: list[_Found]) -> list[_Found]:
        """ "บริษัท Mitsubishi Power Asia Pacific (บริษัท MPAP)": a company's short name in brackets right after its
        record (`_COMPANY_SHORT`) is the name's acronym, as "(ABC)" is, not a second company; with `acronym_records`
        the short name is a record of its own (org.acronym_definition)."""
        if "(บริษัท" not in self.view:
            return found  # most documents
        by_start = {x.start: x for x in found}
        out = found
        for f in found:
            m = _COMPANY_SHORT.match(self.view, f.end) if f.acronym is None and f.name.startswith("บริษัท") else None
            inner = by_start.get(m.start(1)) if m is not None else None
            if m is None or inner is None or inner.end != m.end(2) or not _short_of(m.group(2), f.name):
                continue
            f.acronym = m.group(2)
            out = [x for x in out if x is not inner]
            if self.acronym_records:
                out.append(_Found(m.start(2), m.end(2), f.name, "org.acronym_definition", m.group(2)))
        return out

    def spaced_company_end(self, k: int) -> int | None:
        """End of "... จำกัด" (and "(มหาชน)") when it closes the words from token k on one line within
        MAX_NAME_CHARS: words, numbers, brackets and spaces (three at most), no stop word but "และ", "เพื่อ" and a
        word of time without "ที่" ("บริษัท เอเชีย เอรา วัน จำกัด", "...วิสาหกิจเพื่อสังคม จำกัด"), no second
        "บริษัท", no quote or slash. A name word glued to "ฯ" closes them too ("บริษัท กำปั่นทองฯ", a name written
        short), and where no such word closes them, a country in brackets does ("บริษัท มิตซูบิชิ มอเตอร์
        (ประเทศไทย)| นาย..."); else None."""
        toks, view = self.toks, self.view
        if k >= len(toks):
            return None
        limit, named, country, clause, piece = toks[k].start + MAX_NAME_CHARS, False, None, False, False
        while k < len(toks) and toks[k].start < limit:
            t = toks[k]
            w = view[t.start:t.end]
            if t.kind == "space":
                if "\n" in w or len(w) > 3:
                    return None if piece else country
            elif named and view.startswith(("จำกัด", "จํากัด"), t.start) and self.is_end(t.start + 5 + (view[t.start + 1] == "\u0e4d")):
                end = t.start + 5 + (view[t.start + 1] == "\u0e4d")
                if view[t.start - 1:t.start] == "(":
                    return None
                if (clause or piece) and view[t.start - 1:t.start] not in (" ", ")"):
                    # "บริษัท ไทยคม ปี 2566 พื้นที่|จำกัด", "บริษัท ไทยออยล์ เพื่อ ปรับปรุง ระบบ งบประมาณ|จำกัด": after a verb
                    # or a time, a "limited" glued to a word is that word's, no company's (rev25b); not "บริษัท สังคมดี
                    # วิสาหกิจเพื่อสังคม|จำกัด"
                    return None if piece else country
                m = self.public_suffix.match(view, end)
                return m.end() if m else end
            elif w in self.lex.stops and not (self.lex.stops[w] in ("and", "purpose", "time") and "ที่" not in w) \
                    or w == "บริษัท" or any(c in w for c in "/:;\"“”'‘’"):
                if w != "บริษัท" and w in self.lex.stops and self.stop_piece(k):
                    piece = named = True  # "บริษัท บาง|จาก คอร์ปอเรชั่น จำกัด": a piece the segmenter cut off a name's word (o27)
                    k += 1
                    continue
                return None if piece else country
            elif w.endswith("ฯ") and "ล" not in w and (named or len(w) > 2) and t.end >= 2 \
                    and _THAI_LETTER.match(view, t.end - 2) is not None and view[t.end - 2] != "ฯ" and not view.startswith("ล", t.end):
                return None if piece else t.end  # "บริษัท ซิโนแวค|ฯ", not "ฯลฯ"
            elif w.startswith("(") and named and view.startswith(_COUNTRY_BRACKETS, t.start):
                country = t.start + next(len(c) for c in _COUNTRY_BRACKETS if view.startswith(c, t.start))
                m = _COUNTRY_LATIN_LIMITED.match(view, country)
                if m is not None:
                    return m.end()  # "บริษัท Tap Energy (Thailand) Pty Ltd"
            else:
                named = named or any(c.isalpha() for c in w)
                clause = clause or w in self.lex.verbs or self.lex.stops.get(w) == "time"
            k += 1
        return None if piece else country

    def stop_piece(self, k: int) -> bool:
        """Is the stop word at token k a piece the segmenter cut off a spaced name's word ("บาง|จาก" between spaces, in
        "บริษัท บางจาก คอร์ปอเรชั่น จำกัด")? The word is two or three glued Thai tokens between spaces, the first no
        stop word or a place's "บาง" (place_start), and k not the first unless it is that "บาง" ("มี|งบประมาณ" is a
        predicate). A name read over such a piece must close with a spaced "จำกัด" (`spaced_company_end`)."""
        toks = self.toks
        a = b = k
        while a > 0 and self.is_thai_word(a - 1) and toks[a - 1].end == toks[a].start and k - a < 3:
            a -= 1
        while b + 1 < len(toks) and self.is_thai_word(b + 1) and toks[b].end == toks[b + 1].start and b - k < 3:
            b += 1
        if not 1 <= b - a <= 2 or a == 0 or b + 1 >= len(toks) or toks[a - 1].kind != "space" \
                or toks[b + 1].kind != "space":
            return False
        first = self.word(a)
        if first in self.place_starts:
            return True
        return k != a and first not in self.lex.stops and first not in self.lex.verbs

    def and_runs(self, found: list[_Found]) -> None:
        """Stretch a head's record cut at a glued "และ" over the rest of a long name (`and_run_end`): "คณะอนุกรรมการ
        สารสนเทศที่ดิน|และทรัพยากรดิน", "สำนักงานนโยบาย|และแผนทรัพยากรธรรมชาติ...", "คณะกรรมการป้องกัน|และปราบปราม
        อาชญากรรมทางเทคโนโลยี", when no other record starts inside it. Done after the model, whose input (the scan's
        spans) stays as it was trained on."""
        self.stretch(found, lambda f: self.and_run_end(f) if self.head_before(f, "และ") else None)

    def between_runs(self, found: list[_Found]) -> None:
        """Stretch a head's record cut at a glued "ระหว่าง" over the parties or places its name is "between"
        (`between_end`): "คณะกรรมการนโยบายการร่วมลงทุน|ระหว่างรัฐและเอกชน", "กองทางหลวงพิเศษ|ระหว่างเมือง", when no other
        record starts inside it. Done after the model, whose input (the scan's spans) stays as it was trained on (o27)."""
        self.stretch(found, lambda f: self.between_end(f.end) if self.head_before(f, "ระหว่าง") else None)

    def inner_head_runs(self, found: list[_Found]) -> None:
        """Stretch a head's record that stops at a second head glued after its own ("คณะกรรมการ|ศูนย์|บริหารสถานการณ์…",
        "ที่ประชุม|ศูนย์|บริหาร…") over the inner body's name, read as the scan reads a name after that head
        (`from_head`; not when that reads none: "สำนักงาน|ศูนย์|ดำเนินการ…"), when no other record starts inside it. Done after the model,
        whose input (the scan's spans) stays as it was trained on (o29)."""
        self.stretch(found, self.inner_head_end)

    def inner_head_end(self, f: _Found) -> int | None:
        """End of the inner body's name after `f` (`inner_head_runs`), or None."""
        if f.rule != "org.head" or f.acronym is not None:
            return None
        k = self.starts.get(f.end)
        if k is None or k < 2 or not self.is_thai_word(k) or self.toks[k].start != self.toks[k - 1].end:
            return None  # most records: no Thai word glued after them
        inner = self.word(k - 1)
        if self.toks[k - 1].start <= f.start or self.lex.heads.get(inner) is None or self.head_at(self.toks[k - 1].start) != inner:
            return None
        w = self.word(k)
        if w in self.lex.stops or w in _places() or self.starts_body(k) or w.startswith(("ผู้", "โครงการ")):
            return None
        got = self.from_head(k - 1, self.toks[k - 1].start, inner)
        return got.end if got is not None and got.start == self.toks[k - 1].start and got.end > f.end else None

    def head_before(self, f: _Found, word: str) -> bool:
        """Is `f` a head's record (no acronym) with `word` glued right after it (`and_runs`, `between_runs`)?"""
        return self.view.startswith(word, f.end) and f.acronym is None and f.rule == "org.head"

    def stretch(self, found: list[_Found], end_of: Callable[[_Found], int | None]) -> None:
        """Stretch each record to `end_of` it when that finds an end (None: the record stays) and no other record starts
        inside the stretch: the late stretchers' one step (`unit_tails`, `and_runs`, `between_runs`, `outbreak_tails`,
        `ordinal_tails`, `patronage_tails`)."""
        view = self.view
        starts: list[int] | None = None
        for f in found:
            e = end_of(f)
            if e is None:
                continue  # most records
            if starts is None:
                starts = sorted(x.start for x in found)
            if bisect_left(starts, f.end) == bisect_left(starts, e):
                f.end, f.name = e, " ".join(view[f.start:e].split())

    def between_end(self, pos: int) -> int | None:
        """End of "ระหว่าง" + A + "และ"/"กับ" + B, or "ระหว่าง" + a `late_between` word, glued from `pos` and closed there
        (no Thai word glued after it but a stop word or a verb), when A and B are plain words: no stop word, verb,
        person word, head, known body, place or `late_between` word ("ระหว่างวันที่…", "ระหว่างกระทรวง…และ…",
        "ระหว่างจังหวัดกับกรุงเทพมหานคร" name no body); else None."""
        k = self.starts.get(pos)
        if k is None or self.word(k) != "ระหว่าง" or not self.is_thai_word(k + 1) or self.toks[k + 1].start != self.toks[k].end:
            return None
        lex = self.lex

        def plain(i: int) -> bool:
            w = self.word(i)
            return self.is_thai_word(i) and w not in lex.stops and w not in lex.verbs and not _people_word(w) \
                and not self.starts_body(i) and w not in _places() and w not in self.late_betweens \
                and not w.startswith(_BETWEEN_TIMES)  # "ระหว่างปีงบประมาณและหลังจากนั้น": times, no parties (rev26b)

        def closed(i: int) -> bool:  # nothing of the name glued after token i-1
            if i >= len(self.toks) or not self.is_thai_word(i) or self.toks[i].start != self.toks[i - 1].end:
                return True
            w = self.word(i)
            return w in lex.stops or w in lex.verbs

        if self.word(k + 1) in self.late_betweens and (k + 2 >= len(self.toks) or self.word(k + 2) not in ("และ", "กับ")) \
                and (closed(k + 2) or not (self.word(k + 2) in _places() or self.starts_body(k + 2))):
            return self.toks[k + 1].end  # not "…ระหว่างจังหวัด|เชียงใหม่และลำพูน": places the body works between
        j = k + 1
        if j + 2 < len(self.toks) and plain(j) and self.word(j + 1) in ("และ", "กับ") and plain(j + 2) \
                and self.toks[j + 1].start == self.toks[j].end and self.toks[j + 2].start == self.toks[j + 1].end \
                and closed(j + 3):
            return self.toks[j + 2].end
        return None

    def and_run_end(self, f: _Found) -> int | None:
        """Where a head's record `f` cut at a glued "และ" ends when the words after it go on with the name, or None.
        They do when the record is not whole already (no known body, closing word, "แห่ง" or place at its end, no
        "และ" in it) and the word glued after "และ" opens no body, is no stop word, no "ผู้"-word and no `late_and_not`
        ("หน่วยงาน", "ประชาชน": people and agencies beside the body); a verb there goes on with a name
        that names a task already ("คณะกรรมการป้องกัน|และปราบปราม..."), not with one that does not
        ("คณะกรรมการผู้ชำนาญการ|และเตรียมนำเสนอ...": the body acts). The name then runs as the scan reads one."""
        head = self.head_at(f.start)
        k = self.starts.get(f.end)
        if head is None or k is None or self.word(k) != "และ" or "และ" in self.view[f.start:f.end] \
                or f.name in self.late_names or f.name in self.lex.generic.get("name", ()):
            return None  # "ศูนย์พักพิง|และจุดอพยพ": a generic body (dropped later) is no name cut short
        j = k + 1
        if not self.is_thai_word(j) or self.toks[j].start != self.toks[k].end or self.starts_body(j):
            return None
        w, lex = self.word(j), self.lex
        if w in lex.stops or w.startswith(("ผู้", "โครงการ")) or w in self.late_and_nots or w in _places():
            return None
        first = self.starts.get(f.start + len(head))
        glued = None
        if first is None:
            # the head glued into a longer token ("คณะกรรมาธิการวิสามัญ|พิจารณา…", "คณะกรรมการอำนวยการ|ขับเคลื่อน…"): the
            # token's rest is the name's first word (o27)
            h = self.starts.get(f.start)
            if h is None or h + 1 > k or self.toks[h].end <= f.start + len(head):
                return None
            glued, first = self.view[f.start + len(head):self.toks[h].end], h + 1
        names = ([glued] if glued else []) + [self.word(i) for i in range(first, k)]
        if _people_word(w) and not (names and _people_word(names[-1])):
            # "สำนักงานสาธารณสุขอำเภอเมือง|และอาสาสมัคร…", "ศูนย์วิจัยข้าว|และแรงงาน…": people beside the body, not the
            # rest of its name; a name about people goes on ("กรมกิจการเด็ก|และเยาวชน") (rev25b)
            return None
        if not names or any(x in self.closing or x.startswith("แห่ง") or x in _places() for x in names[-2:]) \
                or any(self.form_at(self.toks[i].start) is not None for i in range(first, k)):
            return None
        if w in lex.verbs:
            if not any(x in lex.verbs for x in names) and not self.view.startswith(self.unit_and_tails, f.end) \
                    and names != ["นโยบาย"]:
                return None  # "...นโยบาย|และกำกับการบริหารหนี้สาธารณะ" (`and_tail`) goes on all the same, and so does a
                # committee named for policy alone: "คณะกรรมการนโยบาย|และอำนวยการ…", "…นโยบาย|และพัฒนา…" (o29)
            if not self.is_thai_word(j + 1) or self.toks[j + 1].start != self.toks[j].end:
                return self.toks[j].end
            j += 1
            if self.word(j) in lex.stops or self.starts_body(j):
                return self.toks[j - 1].end
        end, j, _ = self.extend(j, lex.heads[head][0], n=len(names) + 2)
        i = self.starts.get(end)
        if i is not None and self.word(i - 1) in self.late_and_nots:
            end = self.toks[i - 2].end  # "...สื่อสังคมออนไลน์|ครั้ง|ที่ 3": a count of meetings after the name
        elif i is not None and self.word(i - 1) == "ผู้" and i - 1 > k + 1 and self.is_thai_word(i) \
                and self.toks[i].start == end:
            end = self.toks[i - 2].end  # "…และอำนวยการเยียวยา|ผู้|ได้รับ…": an agent the run stops inside, left out (o29)
        if end <= self.toks[k].end or self.view[self.toks[k].end:end] in self.nominalisers:
            return None  # "...พื้นฐานและการ| เหมืองแร่": a bare "การ" after "และ" is a name cut by a space
        if self.lex.heads_by_char.first(names[-1], 0) == names[-1] \
                or any(self.head_at(self.toks[x].start) is not None for x in range(k + 2, self.starts.get(end, len(self.toks)))):
            return None  # "คณะกรรมการพรรค|และเซลล์พรรค": bodies listed, a head on each side
        return end

    def outbreak_tails(self, found: list[_Found]) -> None:
        """Stretch a head's (or the model's) record named after an outbreak over the disease (`_OUTBREAK_TAIL`),
        which the scan leaves out at its "ของ": "ศูนย์บริหารสถานการณ์การแพร่ระบาด|ของโรคติดเชื้อไวรัสโคโรนา 2019"
        (the record must end with "ระบาด"), "คณะกรรมการบริหารสถานการณ์เศรษฐกิจ|จากผลกระทบของการระบาดของโรค
        ติดเชื้อไวรัสโคโรนา 2019"; and a committee's record naming a bill over the bill's year (`_BILL_TAIL`:
        "คณะกรรมาธิการวิสามัญพิจารณาร่างพระราชบัญญัติงบประมาณรายจ่าย|ประจำปีงบประมาณ พ.ศ. 2565"); and a record
        cut at its "ผู้" over the agent noun (`agent_tail_end`: "สมาคมผู้|เลี้ยงสุกรภาคเหนือ"); and a record ending
        with the disease over its number (`_DISEASE_NUMBER`: "ศูนย์บริหารสถานการณ์โควิด| - 19"); when no other
        record starts inside it. Done after the model, whose input
        (the scan's spans) stays as it was trained on."""
        self.stretch(found, self.outbreak_tail_end)

    def outbreak_tail_end(self, f: _Found) -> int | None:
        """End of the outbreak, bill year, agent noun or disease number after `f` (`outbreak_tails`), or None."""
        view = self.view
        if f.acronym is not None or f.rule not in _GUESSED:
            return None
        e: int | None = None
        if view.startswith(("ของโรค", "จากผลกระทบ"), f.end):
            m = _OUTBREAK_TAIL.match(view, f.end)
            if m is not None and (not view.startswith("ของ", f.end) or view.endswith("ระบาด", f.start, f.end)):
                e = m.end()
        elif view.startswith((" (", "(", " ป", "ป", " พ.", "พ."), f.end) and any(w in f.name for w in _BILL_WORDS):
            m = _BILL_TAIL.match(view, f.end)
            e = m.end() if m is not None else None
        elif view.endswith("ผู้", f.start, f.end):
            e = self.agent_tail_end(f.end)
        elif view.endswith(("โควิด", "โคโรนา"), f.start, f.end):
            m = _DISEASE_NUMBER["โควิด" if view.endswith("โควิด", f.start, f.end) else "โคโรนา"].match(view, f.end)
            e = m.end() if m is not None and not self.counts_after(m.end()) else None
        return e  # None for most records: no outbreak, bill year or agent after them

    def counts_after(self, pos: int) -> bool:
        """A classifier that counts people or places (phrase_words count_group: แห่ง, ราย, คน …) right after the
        figure ending at `pos`: the figure is a count, no part of a name ("ศูนย์ฉีดวัคซีนโควิด 19 แห่ง": 19 centres;
        rev23). Not any unit: "…โควิด - 19 มาตรการสำคัญ", "…โคโรนา 2019 กระทรวงสาธารณสุข" name the centre."""
        from .quantities import unit_after  # quantities reads organisations' lexicons: import late

        unit = unit_after(self.doc, pos)
        return unit is not None and unit.word in words("phrase_words", role="count_group")

    def agent_tail_end(self, end: int) -> int | None:
        """Where the agent noun a record cut at its "ผู้" ends ("สหกรณ์ผู้|รวบรวม|กระเทียม", "สมาคมผู้|เลี้ยง|สุกร
        |ภาคเหนือ"): Thai words up to a space or a mark, none a stop word or a head; None when none follows
        ("...ผู้|ที่ได้รับ...")."""
        k = self.starts.get(end)
        e = end
        while k is not None and k < len(self.toks) and self.is_thai_word(k):
            w = self.word(k)
            if w in self.lex.stops or self.head_at(self.toks[k].start) is not None:
                break
            e = self.toks[k].end
            k += 1
        return e if e > end else None

    def counted_ends(self, found: list[_Found]) -> None:
        """Cut a head's (or the model's) record that ends with the classifier "แห่ง" before "ที่ N", "นี้" or
        "นั้น" ("เปิดศูนย์ห่วงใยคนสาคร|แห่ง|ที่ 10": the tenth such centre; "สาขาศูนย์...เวช|แห่ง|นี้"): "แห่ง" counts
        the body there, no "of" opens a place. Done after the model, whose input (the scan's spans) stays as it
        was trained on."""
        view = self.view
        for f in found:
            if f.rule in _GUESSED and f.acronym is None and view.endswith("แห่ง", f.start, f.end) \
                    and view.startswith(_COUNTED_AFTER, f.end) and self.is_end(f.end - len("แห่ง")):
                f.end -= len("แห่ง")
                f.name = " ".join(view[f.start:f.end].split())

    def ordinal_tails(self, found: list[_Found]) -> None:
        """Stretch a head's (or the model's) record under an office, department or military head
        (`late_ordinal_category`) over the unit's number "ที่ N" glued or one space after it ("สำนักก่อสร้างทาง| ที่ 2",
        "สำนักงานพัฒนาและบำรุงรักษาทางน้ำ|ที่ 7", "ศูนย์วิทยาศาสตร์การแพทย์|ที่ 11"), when the number is 1-3 digits and no
        figure, dot, slash or dash goes on after it, no range ("ที่ 1 – 7"), rank ("ที่ 1 ของประเทศ", "ที่ 2 ใน…") or unit
        ("ที่ 3 ราย") follows, the record does not end with a count of meetings or terms (`late_ordinal_not`: "…ครั้ง",
        "…วาระ"), and no other record starts inside. Done after the model, whose input (the scan's spans) stays as it
        was trained on (o27)."""
        self.stretch(found, self.ordinal_tail_end)

    def ordinal_tail_end(self, f: _Found) -> int | None:
        """End of the unit's "ที่ N" after `f` (`ordinal_tails`), or None."""
        view = self.view
        if f.rule not in _GUESSED or f.acronym is not None or not view.startswith(("ที่", " ที่"), f.end):
            return None  # most records: no "ที่" after them
        m = _ORDINAL_NUMBER.match(view, f.end + (view[f.end] == " "))
        if m is None or view.endswith(self.ordinal_nots, f.start, f.end):
            return None
        head = self.head_at(f.start)
        if head is None or self.lex.heads[head][0] not in self.ordinal_categories:
            return None
        rest = view[m.end():m.end() + 4].lstrip(" ")
        if rest.startswith(("ของ", "ใน", "-", "–", "ถึง", "และ")) or not self.unit_number_ends(m.end()):
            return None
        return m.end()

    def patronage_tails(self, found: list[_Found]) -> None:
        """Stretch a record over the royal patronage that closes its body's name (`late_patronage`), glued or one space
        after it, and a "ฯ" glued after that: "สภาสตรีแห่งชาติ|ในพระบรมราชินูปถัมภ์", "มูลนิธิแม่ฟ้าหลวง| ในพระบรมราชูปถัมภ์",
        when no other record starts inside. Not an acronym's record. Done after the model, whose input (the scan's
        spans) stays as it was trained on (o27)."""
        self.stretch(found, self.patronage_end)

    def patronage_end(self, f: _Found) -> int | None:
        """End of the royal patronage after `f` (`patronage_tails`), or None."""
        view = self.view
        if not view.startswith(("ในพระ", " ในพระ"), f.end) or f.rule in ("org.acronym_definition", "org.acronym_use"):
            return None  # most records: no patronage after them
        p = f.end + (view[f.end] == " ")
        w = next((w for w in self.patronages if view.startswith(w, p)), None)
        return None if w is None else p + len(w) + view.startswith("ฯ", p + len(w))

    def late_known(self, found: list[_Found]) -> None:
        """Give a bare abbreviation of `data/org_known_late.tsv` ("สมอ.", "กนอ.") its body's full name, rule
        `org.known_acronym`: read as an unknown abbreviation (`org.abbreviation`) while the model runs, since those
        abbreviations occur in its training rows as such. Done after the model, whose input stays as it was trained on."""
        late = self.lex.late_acronyms
        for f in found:
            if f.rule == "org.abbreviation" and f.acronym in late and self.view[f.start:f.end] == f.acronym:
                f.rule, f.name = "org.known_acronym", late[f.acronym]

    def public_tails(self, found: list[_Found]) -> None:
        """Stretch a company's record that ends with "จำกัด" over a bare " มหาชน" after it (`late_public_suffix`, no
        parentheses: "บริษัท ระบบขนส่งมวลชนกรุงเทพ จำกัด| มหาชน (BTSC)"), when no other record starts inside it and
        no Thai letter follows. Done after the model, whose input (the scan's spans) stays as it was trained on."""
        view, suffixes = self.view, self.lex.generic.get("late_public_suffix", ())
        if not suffixes:
            return
        ends = tuple(self.company_words)
        for f in found:
            if not view.endswith(ends, f.start, f.end):
                continue
            for w in suffixes:
                p = f.end + 1
                if view.startswith(" ", f.end) and view.startswith(w, p) and not _THAI_LETTER.match(view, p + len(w)) \
                        and not any(f.end < x.start < p + len(w) for x in found):
                    f.end, f.name = p + len(w), f"{f.name} {w}"
                    break

    def place_tails(self, found: list[_Found]) -> list[_Found]:
        """Stretch a head's (or the model's) record over "แห่ง"/"ประจำ" (`of_place`), one space before it
        or none, and the country, capital or region it names (`tail_place` opens it: "ประเทศไทย",
        "สาธารณรัฐ...", "กรุง...", "ภูมิภาค..."; then Thai words up to a space or a mark, none a stop
        word or a verb) or a known body ("... แห่งจุฬาลงกรณ์มหาวิทยาลัย"): "คณะกรรมการการกีฬา| แห่งประเทศไทย",
        "สถาบันบัณฑิตวิทยาศาสตร์| แห่งสาธารณรัฐประชาชนจีน|ได้", "สถานเอกอัครราชทูตจีน| ประจำประเทศไทย",
        when no other record starts inside it (but the known body's own record, which is then part of
        this one). Done after the model, whose input (the scan's spans) stays as it was trained on."""
        view = self.view
        joined: set[int] = set()
        for f in found:
            e = self.place_tail_end(f)
            if e is None:
                continue
            inside = [x for x in found if f.end <= x.start < e]
            if inside and (len(inside) > 1 or inside[0].end != e or inside[0].rule not in ("org.known", "org.known_extended")):
                continue
            f.end, f.name = e, " ".join(view[f.start:e].split())
            joined.update(id(x) for x in inside)
        return [f for f in found if id(f) not in joined] if joined else found

    def place_tail_end(self, f: _Found) -> int | None:
        """Where `place_tails` ends the record `f`, or None."""
        view = self.view
        p = f.end + (view.startswith(" ", f.end) and not view.startswith("  ", f.end))
        if not view.startswith(self.of_place_words, p) or f.acronym is not None \
                or f.rule not in ("org.head", "org.model", "org.model_reshaped"):
            return None  # most records: no "แห่ง"/"ประจำ" after them
        of = next(w for w in self.of_place_words if view.startswith(w, p))
        a = p + len(of)
        if p not in self.starts or a not in self.starts:
            return None  # "แห่ง|ประจำ" a token of its own
        m = _THAI_WORD.match(view, a)
        if m is None:
            return None
        if self.lex.forms.get(m.group()) is not None:
            return m.end()  # a known body: "แห่งจุฬาลงกรณ์มหาวิทยาลัย"
        place = next((w for w in self.tail_places if view.startswith(w, a)), None)
        if place is None:
            return None
        k = self.starts.get(a)
        e = a
        while k is not None and k < len(self.toks) and self.toks[k].start < m.end() and self.is_thai_word(k):
            w = self.word(k)
            if e > a and (w in self.lex.stops or w in self.lex.verbs or self.head_at(self.toks[k].start) is not None):
                break  # "...จีน|ได้", "...ไทย|และ"
            e = self.toks[k].end
            k += 1
        return e if e > a + len(place) else None

    def station_units(self, found: list[_Found]) -> list[_Found]:
        """Join a station's unit written before it ("ศูนย์วิทยุ" + " สภ.อ.รามัน", `station_unit`) and the
        station into one record, named as written. Done after the model, whose input (the scan's
        spans) stays as it was trained on."""
        if not self.station_unit_words:
            return found
        view = self.view
        out: list[_Found] = []
        for f in sorted(found, key=_FOUND_SPAN):
            prev = out[-1] if out else None
            if prev is not None and prev.acronym is None and view[prev.start:prev.end] in self.station_unit_words \
                    and f.start - prev.end in (0, 1) and view[prev.end:f.start].strip() == "" \
                    and f.name.startswith("สถานีตำรวจ"):
                prev.end, prev.name = f.end, " ".join(view[prev.start:f.end].split())
                continue
            out.append(f)
        return out

    def cut_place_prefixes(self, found: list[_Found]) -> list[_Found]:
        """An abbreviated head right before a place the segmenter cut (org_generic.tsv `cut_place`): the place
        is read whole. A record ending inside the place is stretched to its end ("สภ.ควน|โดน", the model's
        "ศูนย์วิทยุ สภ.อ.|รามัน"); where no record stands, as when the place's first piece is a stop word or a
        verb and `prefix_name` reads no name ("สภ.อ.รา|มัน", "สภ.เกาะ|สมุย"), the prefix and the place are one
        org.prefix record (so "ศูนย์วิทยุ" + " สภ.อ.รามัน" joins in `station_units`). Done after the model,
        whose input (the scan's spans) stays as it was trained on."""
        view, starts = self.view, self.cut_place_starts
        if "." not in view:
            return found  # every abbreviated head ends with a dot; most documents
        added = []
        for i in self.after_dots():
            t = self.toks[i]
            if t.kind != "word" or view[t.start:t.end] not in starts:
                continue
            last = self.cut_place(i)
            pre = self.prefix_before(t.start) if last is not None else None
            if last is None or pre is None or not self.is_end(self.toks[last].end):
                continue
            start, end = pre, self.toks[last].end
            touching = [f for f in found if f.start < end and f.end > start]
            if any(f.end > end or f.start > start for f in touching):
                continue  # a record reaching past the place, or starting inside it, keeps its place
            for f in touching:
                f.name = self.prefix_expanded(start, t.start, end) if f.start == start and f.rule == "org.prefix" \
                    else " ".join(view[f.start:end].split())
                f.end = end
            if not touching:
                added.append(_Found(start, end, self.prefix_expanded(start, t.start, end), "org.prefix"))
        return sorted([*found, *added], key=_FOUND_SPAN) if added else found

    def after_dots(self) -> Iterator[int]:
        """Indices of the tokens that start right after a "." or after a "." and a space, in text order: the
        only tokens `prefix_before` can find a head before (every abbreviated head ends with a dot), read from
        the text's dots rather than token by token (a loop over every token was most of `cut_place_prefixes`)."""
        view, at, bmap = self.view, self.starts.get, self.doc._boundary_map
        d = view.find(".")
        while d >= 0:  # most dots are inside a number ("02.30"), where no token starts: the map says so first
            i = at(d + 1) if bmap[d + 1] else None
            if i is not None:
                yield i
            if view.startswith(" ", d + 1):
                i = at(d + 2) if bmap[d + 2] else None
                if i is not None:
                    yield i
            d = view.find(".", d + 1)

    def prefix_before(self, pos: int) -> int | None:
        """Start of an abbreviated head (org_prefixes.tsv) that ends right before `pos`, or one space before it
        when the head has more than two letters ("สภ. นครชัยศรี", as `prefix_name` reads), longest first."""
        view = self.view
        gap = 1 if view[pos - 1:pos] == " " else 0
        for n in self.prefix_lengths:
            s = pos - gap - n
            if s >= 0 and view[s:pos - gap] in self.lex.prefixes and (not gap or n > 2) and s in self.starts:
                return s
        return None

    def prefix_expanded(self, start: int, name: int, end: int) -> str:
        """The name of a prefix record: the head the prefix stands for, then the name ("สถานีตำรวจภูธรอำเภอรามัน")."""
        return self.lex.prefixes[self.view[start:name].rstrip(" ")] + self.view[name:end]

    def names_a_law(self, pos: int) -> bool:
        """Does a law's title (`law_title`: "พ.ร.บ.", "พระราชบัญญัติ") end right before `pos`, one
        space aside? The body's name is then the law's ("พ.ร.บ.กองทุนฟื้นฟูและพัฒนาเกษตรกร"), no
        mention of the body."""
        view = self.view
        if view.startswith(" ", pos - 1):
            pos -= 1
        # most records: the character before them ends no law's title, and the test stops there
        return pos > 0 and view[pos - 1] in self.law_title_ends and view.endswith(self.law_titles, 0, pos)

    def deed_tails(self, found: list[_Found]) -> list[_Found]:
        """Cut a head's (or the model's) record at a deed the scan did not read as one, added after
        the model was trained (`late_deed`: "คณะกรรมการ|รอ|ผล...", "ธนาคาร|ได้ที่", `late_task_deed`: "สมาคม...|ให้การ";
        `late_end_deed` as the record's last word after a relative "ที่": "ตามที่ คณะกรรมการนโยบาย|กำหนด";
        `late_deed_prefix` opening a verb compound the ORCHID dictionary lacks: "สถาบันหนังไทย|จัดกิจกรรม"),
        at a `late_end_adjective` ("...จังหวัด|ดีเด่น", `end_adjective_cut`) or at an action verb after a dictionary
        word holding a head and a name (`head_word_verb_cut`); a record left with its head alone (or an award's
        name) is dropped. Done after the model, whose input (the scan's spans) stays as it was trained on."""
        if not self.late_deeds and not self.late_task_deeds and not self.late_deed_prefixes and not self.late_end_deeds \
                and not self.late_end_adjectives:
            return found
        out: list[_Found] = []
        for f in found:
            cut = self.deed_cut(f) or self.end_adjective_cut(f) or self.head_word_verb_cut(f) \
                if f.acronym is None and f.rule in _DEED_CUT_RULES else None
            if cut is None:
                out.append(f)
            elif cut > f.start + len(self.head_at(f.start) or ""):
                f.end, f.name = cut, " ".join(self.view[f.start:cut].split())
                if f.rule == "org.known_extended" and self.form_at(f.start) == self.view[f.start:cut]:
                    f.rule, f.name = "org.known", self.lex.forms[self.view[f.start:cut]].name
                out.append(f)  # else only the head is left: no name, no record
        return out

    def branch_tails(self, found: list[_Found]) -> list[_Found]:
        """Cut a bank's record before its branch ("ธนาคารกสิกรไทย|สาขายะลา", "ธนาคารกรุงเทพ| สาขาตะพาน"):
        ThaiNER's training part marks the bank alone, glued or spaced, and so do we (`branch_word` after a
        body of a `branch_category`). Done after the model, whose input (the scan's spans) stays as it was
        trained on; the model's own record is cut the same way. A record left with its head alone
        ("ธนาคาร|สาขาใหม่": a new branch of some bank) is dropped."""
        if not self.branch_words:
            return found
        toks, view = self.toks, self.view
        out: list[_Found] = []
        for f in found:
            out.append(f)
            head = self.head_at(f.start)
            form = self.form_at(f.start)
            category = self.lex.heads[head][0] if head else self.lex.forms[form].category if form else None
            if category not in self.branch_categories:
                continue
            k = bisect_left(self.token_starts, f.start + len(form or head or ""))
            while k < len(toks) and toks[k].end <= f.end and self.word(k) not in self.branch_words:
                k += 1
            if k >= len(toks) or toks[k].end > f.end:
                continue
            named = view[f.start:toks[k].start].rstrip()
            if len(named) <= len(head or ""):
                out.pop()  # no name before the branch
                continue
            f.end, f.name = f.start + len(named), " ".join(named.split())
            if named == form and f.rule == "org.known_extended":
                f.rule, f.name = "org.known", self.lex.forms[form].name
        return out

    def alias_runs(self, found: list[_Found]) -> list[_Found]:
        """Join a known full name and its own short form written glued after it ("สหภาพยุโรป|อียู",
        "องค์การสหประชาชาติ|ยูเอ็น") into one record of the body, named by the full name: one mention
        written twice over, as Thai-NNER marks it, not two bodies. Done after the model, whose input
        (the scan's spans) stays as it was trained on."""
        forms, view = self.lex.forms, self.view
        out: list[_Found] = []
        for g in sorted(found, key=_FOUND_SPAN):
            f = out[-1] if out else None
            if f is not None and f.end == g.start and f.rule == "org.known" \
                    and g.rule in ("org.known_acronym", "org.known_alias") \
                    and getattr(forms.get(view[g.start:g.end]), "name", None) == f.name:
                f.end = g.end
                if g.rule == "org.known_acronym" and f.acronym is None:
                    f.acronym = g.acronym  # the short form the text gives, as "(อียู)" would
                continue
            out.append(g)
        return out

    def seat_tails(self, found: list[_Found]) -> list[_Found]:
        """Cut the model's record before " ณ " and a place that is no seat of the body (`seat_after`:
        "สมาคม... ณ นครราชสีมา", a venue at home): the model, trained on embassies' names, reads on over
        "ณ" where the scan's own records stop (`extend`). A record left with its head alone is dropped."""
        out: list[_Found] = []
        view = self.view
        for f in found:
            at = view.find(" ณ ", f.start, f.end) if f.rule in ("org.model", "org.model_reshaped") else -1
            k = self.token_at(at + 1) if at > f.start else None
            if k is None:
                out.append(f)
                continue
            named = view[f.start:at].rstrip()
            head = self.head_at(f.start)
            form = self.lex.forms.get(named)
            category = self.lex.heads[head][0] if head else form.category if form is not None else "other"
            if self.seat_after(k, category, form is not None and form.rule == "org.known"):
                out.append(f)
            elif len(named) > len(head or ""):
                f.end, f.name = f.start + len(named), " ".join(named.split())
                out.append(f)
        return out

    def deed_cut(self, f: _Found) -> int | None:
        """Where a late deed (`deed_tails`) starts inside the record `f` after its head, or None."""
        head = self.head_at(f.start)
        if head is None:
            return None
        # a committee is named by its task ("คณะกรรมการอำนวยการ|จัดงาน...", "ที่ประชุมคณะกรรมการ...|จัดงาน...",
        # "คณะทำงานเตรียมพร้อม|เข้าร่วม|อนุสัญญา..."), a fund by its purpose ("...เพื่อ|จัด..."): a verb compound
        # cuts neither, and a late task deed cuts a committee only as its record's last word ("ที่ประชุม...|ลงมติ")
        compounds = self.lex.heads[head][0] not in ("committee", "council")
        toks = self.toks
        # a known name and its local part ("...จังหวัดนครปฐม|ต่อไป") are read from the local part on
        known = self.form_at(f.start) if f.rule == "org.known_extended" else None
        k = bisect_left(self.token_starts, f.start + len(known or head))
        while k < len(toks) and toks[k].start < f.end:
            if toks[k].kind == "word":
                w = self.word(k)
                if (w in self.late_deeds or self.split_deed_at(toks[k].start, f.end)
                        or w in self.late_task_deeds and (compounds or toks[k].end == f.end)
                        or compounds and w.startswith(self.late_deed_prefixes) and _verb_compound(w)
                        or w in self.late_end_deeds and toks[k].end == f.end and self.after_relative(f.start)) \
                        and self.word(k - 1) not in self.nominalisers and self.lex.stops.get(self.word(k - 1)) != "purpose":
                    return toks[k].start
            k += 1
        return None

    def end_adjective_cut(self, f: _Found) -> int | None:
        """Where a `late_end_adjective` glued as the record's last word starts ("สำนักงานวัฒนธรรมจังหวัด|ดีเด่น":
        an award's praise of the body; "ศูนย์พักพิง|เพิ่ม": more of them; no part of a name), or None. Right after
        "รางวัล" the whole record names the award ("รางวัล|สำนักงานวัฒนธรรมจังหวัดดีเด่น"), no body: its start."""
        for w in self.late_end_adjectives:
            cut = f.end - len(w)
            if self.view.endswith(w, f.start, f.end) and cut in self.starts and _THAI_LETTER.match(self.view, cut - 1):
                return f.start if self.view[max(0, f.start - 8):f.start].rstrip(" ").endswith("รางวัล") else cut
        return None

    def head_word_verb_cut(self, f: _Found) -> int | None:
        """Where an action verb starts that is the record's last word, glued after a dictionary word holding
        the head and a name ("สำนักงานสลากกินแบ่งรัฐบาล|อำนวยความสะดวก"): the name was whole, the verb opens
        the predicate (a headline's), or None. Not under a committee's or council's head, named by its task."""
        i = self.starts.get(f.start)
        head = self.head_at(f.start)
        if i is None or head is None or i + 1 >= len(self.toks) or self.toks[i].end - f.start <= len(head):
            return None
        t = self.toks[i + 1]
        w = self.word(i + 1)
        if t.end != f.end or t.start != self.toks[i].end or w not in self.lex.verbs or _orchid_tags().get(w) != "VACT":
            return None
        return None if self.lex.heads[head][0] in ("committee", "council") else t.start

    def after_relative(self, pos: int) -> bool:
        """Does "ที่" ("ตามที่", "แนวทางที่") end the text before `pos`, spaces aside: the record opens a relative clause
        whose body acts ("ตามที่ |คณะกรรมการนโยบาย|กำหนด")?"""
        return self.view[max(0, pos - 8):pos].rstrip(" ").endswith("ที่")

    def split_deed_at(self, pos: int, end: int) -> bool:
        """Does a late deed the segmenter cut into tokens ("กรมปกครอง|คน|ใหม่", "ศูนย์มรดกโลก|อี|กรอบ") start at
        `pos` and end on a token's end, at most at `end`?"""
        view = self.view
        if not view.startswith(self.late_deed_words, pos):
            return False  # most tokens: no deed starts there
        return any(view.startswith(d, pos) and pos + len(d) <= end and self.is_end(pos + len(d))
                   for d in self.late_deed_words)

    def bare_head_name(self, f: _Found) -> bool:
        """Keep `f`? A record that is an abbreviated head alone (`bare_head`: "สนง." for สำนักงาน) takes
        the name glued after it, read as the head's would be ("สนง.|สาธารณสุขจังหวัดเชียงราย"), or is
        dropped. Done after the model, whose input (the scan's spans) stays as it was trained on."""
        full = self.bare_heads.get(f.name)
        if full is None:
            return True
        j = self.starts.get(f.end)
        if j is None or not self.is_thai_word(j):
            return False
        end, _, _ = self.extend(j, self.lex.heads[full][0], n=0)
        if end <= f.end:
            return False
        f.end, f.name, f.rule = end, full + " ".join(self.view[f.end:end].split()), "org.prefix"
        return True

    def late_generic(self, f: _Found) -> bool:
        """Is `f` a generic mention added after the model was trained (`late_name`: "คณะกรรมการผู้ทรงคุณวุฒิ",
        "คณะทำงานตรวจสอบข้อเท็จจริง": a panel any body may set up, no particular one), unless an acronym
        names it or its purpose follows ("คณะทำงานที่ปรึกษา|เพื่อเตรียมการ...": the scan cut a name there)?
        A head's or the model's record is also generic when it opens with a `late_prefix` ("บริษัทผู้ผลิตยา":
        a company described by its trade; "ศาลหลักเมือง": a shrine, not a court) or holds a `late_generic_word`
        ("บริษัทรถยนต์ชั้นนำ"); an abbreviation read as a body is none when it ends with a `late_not_acronym`
        ("ถนน คสล.": reinforced concrete; "จว.": a province, not after a dot, so "ภ.จว." stays) or is a verb and a letter (`verb_before_letter`: "ลาน|จอดฮ."), nor a post after a deputy's word (`late_deputy_title` after a
        `deputy_word`: "รอง นรม.", "รองนรม.", the deputy prime minister). Read after the model and the deed cuts ("คณะกรรมการผู้ทรงคุณวุฒิ|ทำหน้าที่")."""
        text = self.view[f.start:f.end]
        if text in self.deputy_glued or text in self.deputy_titles and self.word_before(f.start) in self.deputy_words:
            return True
        if f.rule == "org.abbreviation":  # the word ends it, and no abbreviation's dot is right before it ("ภ.จว." stays)
            return any(text.endswith(w) and text[-len(w) - 1:-len(w)] != "." for w in self.late_not_acronyms) \
                or self.verb_before_letter(f) or self.glued_not_acronym(f)
        if f.acronym is not None:
            return False
        if f.rule in _GUESSED and (bool(self.late_prefixes) and f.name.startswith(self.late_prefixes)
                                   or any(w in f.name for w in self.late_generic_words) or self.head_adjective(f)):
            return True
        if f.name not in self.late_names:
            return False
        return not self.view.startswith("เพื่อ", f.end + 1 if self.view.startswith(" ", f.end) else f.end)

    def head_adjective(self, f: _Found) -> bool:
        """Is `f` a head and one `late_adjective` glued to it ("ผู้ตรวจราชการกระทรวงสูง", "ตั้งคณะทำงานย่อย|อีก",
        "สาขาวิชาหลัก"): a body described, no name? Not under a court's or council's head ("ศาลสูง", "สภาสูง"),
        nor when a Thai word other than a stop word is glued after it ("ศูนย์ย่อย|ประสานงานจังหวัด": the scan cut a
        longer name there)."""
        i = self.starts.get(f.start)
        if i is None or i + 1 >= len(self.toks) or self.toks[i + 1].end != f.end or self.word(i + 1) not in self.late_adjectives:
            return False
        head = self.word(i)
        if head not in self.lex.heads or self.lex.heads[head][0] in ("court", "council"):
            return False
        return not (self.is_thai_word(i + 2) and self.toks[i + 2].start == f.end and self.word(i + 2) not in self.lex.stops)

    def glued_not_acronym(self, f: _Found) -> bool:
        """Is the abbreviation `f` the end of the word glued before it and a word's abbreviation: a rank or title
        cut inside ("พ|ล.อ.": "พล.อ."), or that word's last letter and an address part with its place glued after
        ("ตระกา|จอ.|กันทรลักษณ์": "ต.ตระกาจ อ.กันทรลักษณ์", "ไรซ์มิ|ลอ.|ตะพานหิน")? Read after the model."""
        view, s = self.view, f.start
        if not _THAI_LETTER.match(view, s - 1):
            return False  # most abbreviations: a space or a stop before them
        nots = self.lex.not_acronyms
        if view[s - 1:f.end] in nots or _THAI_LETTER.match(view, s - 2) and view[s - 2:f.end] in nots:
            return True
        if f.end - s != 3 or view[s + 1:f.end] not in _address_abbreviations():
            return False
        k = self.starts.get(f.end)  # the place's name glued after the dot, no stop word or verb ("ตม.|และ...": a body)
        return k is not None and self.is_thai_word(k) and self.word(k) not in self.lex.stops and self.word(k) not in self.lex.verbs

    def verb_before_letter(self, f: _Found) -> bool:
        """Is the abbreviation `f` a verb the segmenter kept whole and a one-letter abbreviation after it
        ("ลาน|จอด|ฮ.": a helipad, "ฮ." a helicopter), which the abbreviation's pattern read as one ("จอดฮ.")?"""
        k = self.starts.get(f.start)
        if k is None or self.toks[k].end + 2 != f.end or not self.is_thai_word(k):
            return False  # most abbreviations: one token, or more than one letter after the first token
        return self.word(k) in self.lex.verbs

    def royal_name(self, f: _Found) -> bool:
        """Is the record a royal name, not a department: it opens with a royal rank (`royal_rank`: "กรมพระ", "กรมหลวง")
        and a royal word (`royal_word`) ends the text before it on its line (a space or "ฯ" between) or opens the text
        after it over one space ("...อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี", "พระวิมาดาเธอ กรมพระสุทธาสินีนาฏ")
        (o27)."""
        view = self.view
        if not view.startswith(self.royal_ranks, f.start):
            return False
        before = view[max(0, f.start - 40):f.start].rpartition("\n")[2].rstrip(" ฯ")
        if before.endswith(self.royal_words):
            return True
        return view.startswith(" ", f.end) and view.startswith(self.royal_words, f.end + 1)

    def names_a_brand(self, pos: int) -> bool:
        """Does a brand word (`brand_word`: "ยี่ห้อ") stand right before `pos`, one space aside?
        The name is then a product's brand ("รถยนต์ยี่ห้อโตโยต้า"), no mention of the maker."""
        return bool(self.brand_words) and self.word_before(pos) in self.brand_words

    def drop_places(self, found: list[_Found]) -> list[_Found]:
        """Without the bodies named as a place: "ที่โรงพยาบาลศิริราช", "ณ โรงเรียน..."."""
        g = self.lex.generic
        markers, categories = g.get("place_marker", frozenset()), g.get("place_category", frozenset())
        roles, role_heads = tuple(sorted(g.get("place_role", ()))), tuple(sorted(g.get("role_place_head", ())))
        out = []
        for f in found:
            head = self.lex.heads_by_char.first(f.name, 0) or self.head_at(f.start)
            category = self.lex.heads[head][0] if head is not None else None
            if category in categories and self.word_before(f.start) in markers:
                continue
            if role_heads and f.name.startswith(role_heads) and self.after_role(f.start, roles):
                continue
            out.append(f)
        return out

    def after_role(self, pos: int, roles: tuple[str, ...]) -> bool:
        """Does an officer's role (`place_role`: "พนักงานสอบสวน", "เจ้าหน้าที่ตำรวจ") end right before
        `pos`, over a space and a short parenthesised rank ("พนักงานสอบสวน (สบ3) สน.ทองหล่อ")? The station
        after it is then where the officer serves, named as a place. Reads at most 40 characters back."""
        before = self.view[max(0, pos - 40):pos].rstrip(" ")
        if before.endswith(")"):
            k = before.rfind("(", len(before) - 12)
            if k < 0:
                return False
            before = before[:k].rstrip(" ")
        return bool(roles) and before.endswith(roles)

    def word_before(self, pos: int) -> str:
        """The word right before `pos`, over at most one space ("" when none)."""
        i = bisect_right(self.token_starts, pos - 1) - 1
        if i >= 0 and self.toks[i].end == pos and self.toks[i].kind == "space":
            i -= 1
        return self.word(i) if i >= 0 and self.toks[i].end <= pos else ""

    def link_parents(self, out: list[_Found]) -> None:
        """ "X ของ Y", "X ประจำ Y", "X สังกัด Y": Y is X's parent when Y is a body found here."""
        by_start = {f.start: f for f in out}
        for f in out:
            pos = f.end
            if self.view.startswith(" ", pos):
                pos += 1
            for link in self.links:
                if self.view.startswith(link, pos):
                    q = pos + len(link)
                    if self.view.startswith(" ", q):
                        q += 1
                    parent = by_start.get(q)
                    if parent is not None and parent is not f:
                        f.parent = parent.name
                    break


_LONG_LOOKS = lexicon_dict()  # a token of four or more characters -> is it worth a closer look
_SHORT_LOOKS = lexicon_dict()  # the four characters at a shorter token -> is it worth a closer look
_CACHE_LIMIT = 1 << 17
_COUNTED_AFTER = ("ที่", "นี้", "นั้น")  # after a record's last "แห่ง": the classifier counts the body (counted_ends)
# a copula after a bare name opening a line that is a common noun to ORCHID (ประกันสังคม, ประมง): the scheme or the
# trade is what is defined, no body; a proper name stays ("ธรรมศาสตร์ เป็นมหาวิทยาลัย…")
HEADLINE_COPULAS = frozenset(("คือ", "เป็น"))
_GUESSED = frozenset({"org.head", "org.model", "org.model_reshaped"})  # records read from a head or by the model
# the records a late deed cuts (`deed_tails`): a head's, the model's, a known name's with its local part
_DEED_CUT_RULES = _GUESSED | {"org.known_extended"}


def touched(out: list[_Found], starts: list[int], got: _Found) -> list[_Found]:
    """Up to two of the records `out` (sorted, not overlapping; `starts` their starts) that the span
    `got` overlaps: those starting before its end, back to the first that ends before its start
    (records do not overlap, so a few steps at most). Two means it spans more than one record."""
    k = bisect_left(starts, got.end)
    hit: list[_Found] = []
    while k > 0 and len(hit) < 2 and out[k - 1].end > got.start:
        k -= 1
        hit.append(out[k])
    return hit


def _may_have_word(words: _Words, w: str) -> bool:
    """Might `words.at` find a word at a token `w` of four or more characters, whatever follows?
    A word no longer than `w` must open it; a longer one must start with all of it."""
    short = words.short
    if short and (w[:3] in short or w[:2] in short):
        return True
    return any(w.startswith(f) if len(f) <= len(w) else f.startswith(w) for f in words.long.get(w[:4], ()))


def _long_look(w: str) -> bool | tuple[str, ...]:
    """Is a word token `w` of four or more characters worth `candidates_at`? True, False, or
    the longer words one of which must follow at the token for it to be.

    Yes when `may_start` would let it through on its own text (a start key opens it, or it is
    `_glued`), unless `candidates_at` then finds nothing wherever the token stands: it opens with
    a Thai letter, is no minister's title, no known form or head noun starts at it (`_may_have_word` on
    its first four characters), and it holds no head after a stop word and no known name after a
    position. That last proof needs no abbreviation at the token and no acronym defined as `w`;
    `run` tests both for every token that this lets go.
    """
    if len(_LONG_LOOKS) >= _CACHE_LIMIT:
        _LONG_LOOKS.clear()
    lex = _lexicon()
    keys, k4 = lex.start_keys, w[:4]
    start = k4 in keys or w[:3] in keys or w[:2] in keys or _glued(w)
    got: bool | tuple[str, ...] = start
    if start and _THAI_LETTER.match(w) is not None and w not in lex.generic.get("minister_title", ()) \
            and not _glued_head(w) and not _position_split(w):
        forms, heads = lex.forms_by_char, lex.heads_by_char
        if not _may_have_word(forms, w) and not _may_have_word(heads, w):
            got = False
        elif not any(sh and (w[:3] in sh or w[:2] in sh) for sh in (forms.short, heads.short)):
            # "โครงการ": only known names or heads longer than the token ("โครงการพัฒนา...") could
            # start here; `run` looks closer only when the text goes on with one of them
            longer = [f for f in (*forms.long.get(k4, ()), *heads.long.get(k4, ()))
                      if len(f) <= len(w) and w.startswith(f) or len(f) > len(w) and f.startswith(w)]
            if all(len(f) > len(w) for f in longer):
                got = tuple(longer)
    _LONG_LOOKS[w] = got
    return got


def _short_look(k4: str) -> bool | tuple[str, ...]:
    """`_long_look` for a token of at most three characters, from the four characters at it
    (a minister's title among their beginnings keeps the token). True, False, or the words of four
    or more characters one of which must start at the token for it to be worth a look."""
    if len(_SHORT_LOOKS) >= _CACHE_LIMIT:
        _SHORT_LOOKS.clear()
    lex = _lexicon()
    keys = lex.start_keys
    start = k4 in keys or k4[:3] in keys or k4[:2] in keys
    titles = lex.generic.get("minister_title", ())
    got: bool | tuple[str, ...] = start
    if start and _THAI_LETTER.match(k4) is not None \
            and k4[:1] not in titles and k4[:2] not in titles and k4[:3] not in titles:
        forms, heads = lex.forms_by_char, lex.heads_by_char
        if not any(sh and (k4[:3] in sh or k4[:2] in sh or k4 in sh) for sh in (forms.short, heads.short)):
            # "การ|เ...": only known names or heads of four or more characters could start here;
            # `run` looks closer only when the text goes on with one of them
            got = (*forms.long.get(k4, ()), *heads.long.get(k4, ())) or False
    _SHORT_LOOKS[k4] = got
    return got


@lexicon_cache
def _scan_automaton():
    """One Aho-Corasick automaton for `_Scan.visit_marks` (None without pyahocorasick or words):
    it finds where a start key begins (the keys no shorter key opens; value: the key's length less
    one) and where a head noun or known form ends (value: -1; both: -2 less the key's length less one)."""
    if _ahocorasick is None:
        return None
    lex = _lexicon()
    words: dict[str, int] = {w: -1 for w in (*lex.heads, *lex.forms) if w}
    keys: set[str] = set()
    for k in sorted(lex.start_keys, key=len):
        if k and not any(k[:j] in keys for j in range(1, len(k))):
            keys.add(k)
    if not words and not keys:
        return None
    for k in keys:  # a key that is also a head or form: both, -2 - (its length less one)
        words[k] = -1 - len(k) if k in words else len(k) - 1
    automaton = _ahocorasick.Automaton()
    for w, v in words.items():
        automaton.add_word(w, v)
    automaton.make_automaton()
    return automaton


_GLUED_HEADS = lexicon_dict()  # word -> length of the head noun that closes it after a stop word, or 0


def _glued_head(w: str) -> int:
    """ "หัวหน้าพรรค", "ยุบพรรค": the length of the longest head that ends `w` after a stop word."""
    if len(_GLUED_HEADS) >= _CACHE_LIMIT:
        _GLUED_HEADS.clear()
    lex = _lexicon()
    got = 0
    for n in lex.head_lengths:
        if n < len(w) and w[-n:] in lex.heads and w[:-n] in lex.stops:
            got = n
            break
    _GLUED_HEADS[w] = got
    return got


def _headline_starts(view: str, shorts: tuple[str, ...]) -> Iterator[int]:
    """Offsets where a line opens (after spaces, a BOM or a zero-width space) with one of `shorts`:
    one str.find a line, one str.startswith a line start (both in C)."""
    if not shorts:
        return
    pos = 0
    while pos >= 0:
        p = pos
        while p < len(view) and view[p] in " \t\ufeff\u200b":
            p += 1
        if view.startswith(shorts, p):
            yield p
        pos = view.find("\n", pos)
        if pos >= 0:
            pos += 1


@lexicon_cache
def _places() -> frozenset[str]:
    """PyThaiNLP's bundled country and province names: a bare name that is one is a place."""
    return _countries() | _province_names()


@lexicon_cache
def _address_abbreviations() -> frozenset[str]:
    """org_not_acronyms.tsv's address parts ("จ.", "อ.", "ต.")."""
    return frozenset(r["abbreviation"] for r in load_tsv("org_not_acronyms") if r["kind"] == "address")


@lexicon_cache
def _province_names() -> frozenset[str]:
    """PyThaiNLP's bundled province names (a list of dicts only with details=True)."""
    try:
        from pythainlp.corpus import provinces

        return frozenset(cast("frozenset[str]", provinces()))
    except Exception:  # pragma: no cover - pythainlp without its data
        return frozenset()


@lexicon_cache
def _thai_provinces() -> tuple[str, ...]:
    """The province names and Bangkok's short name ("กรุงเทพฯ"), as prefixes."""
    return (*_province_names(), "กรุงเทพ")


@lexicon_cache
def _countries() -> frozenset[str]:
    """PyThaiNLP's country names."""
    try:
        from pythainlp.corpus import countries

        return frozenset(countries())
    except Exception:  # pragma: no cover - pythainlp without its data
        return frozenset()


@lexicon_cache
def _dictionary() -> frozenset[str]:
    """PyThaiNLP's word list (the segmenter's dictionary): a bare name that is one of its words,
    and no proper name in the ORCHID tags, is likely a common word."""
    try:
        from pythainlp.corpus import thai_words

        return frozenset(thai_words())
    except Exception:  # pragma: no cover - pythainlp without its data
        return frozenset()


@lexicon_cache(maxsize=1 << 16)
def _verb_compound(w: str) -> bool:
    """Is `w`, a word the ORCHID dictionary lacks, a verb followed by a word it has ("มี|แผน",
    "ทำ|กิจกรรม", "เห็น|ควร")? Right after a head of a `predicate_category` (org_generic.tsv) it
    starts a predicate ("ธนาคารมีแผน...", "ที่ประชุมเห็นควร..."); under other heads such a word often
    names the body's task ("กอง|ตรวจราชการ", "กองทุน|ปรับโครงสร้าง...") and is kept."""
    tags = _orchid_tags()
    if w in tags or len(w) < 4:
        return False
    verbs = _lexicon().verbs
    return any(w[:p] in verbs and w[p:] in tags for p in range(2, len(w) - 1))


@lexicon_cache(maxsize=1 << 16)
def _position_split(w: str) -> int:
    """Where a known name starts inside a word that opens with a position ("ผู้บัญชาการ|ทหารบก")."""
    lex = _lexicon()
    for p in range(len(w) - 2, 1, -1):
        if w[p:] in lex.forms and lex.stops.get(w[:p]) == "position":
            return p
    return 0


@lexicon_cache(maxsize=1 << 16)
def _glued(w: str) -> bool:
    """Does the word end in a head noun ("หัวหน้าพรรค") or hold a known name after a position?"""
    lex = _lexicon()
    return any(w[-n:] in lex.heads for n in lex.head_lengths if n < len(w)) or _position_split(w) > 0


class _Cover:
    """Spans, sorted, with the furthest end reached so far: "does any span hold this offset?"
    by one bisection (`add_initials` asks it once an acronym, so the pass stays linear)."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        far = -1
        for _, e in ordered:
            far = max(far, e)
            self.reach.append(far)

    def _furthest(self, k: int) -> int:
        """The furthest end of the first k spans (below every offset for none)."""
        return self.reach[k - 1] if k > 0 else -(1 << 62)

    def holds(self, pos: int) -> bool:
        """Is there a span with start <= pos < end?"""
        return self._furthest(bisect_right(self.starts, pos)) > pos

    def reaches(self, pos: int) -> bool:
        """Is there a span with start < pos <= end?"""
        return self._furthest(bisect_left(self.starts, pos)) >= pos

    def overlaps(self, start: int, end: int) -> bool:
        """Is there a span sharing a character with [start, end)?"""
        return self._furthest(bisect_left(self.starts, end)) > start


def _occurrences(view: str, words, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the leftmost-longest, non-overlapping occurrences of `words` in `view` from
    `start`: one Aho-Corasick automaton over the text (one regex alternation without pyahocorasick),
    so the pass stays linear however many words a document gives."""
    if _ahocorasick is None:
        pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        return [m.span() for m in pattern.finditer(view, start)]
    automaton = _ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, len(w))
    automaton.make_automaton()
    best: dict[int, int] = {}  # start -> longest end
    for e, n in automaton.iter(view, start):
        s = e + 1 - n
        if best.get(s, -1) < e + 1:
            best[s] = e + 1
    out: list[tuple[int, int]] = []
    reach = start
    for s in sorted(best):
        if s >= reach:
            out.append((s, best[s]))
            reach = best[s]
    return out


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


def rule_spans(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, rule) of the rules' records with the default conventions: the organisation
    model's input (training/train_orgs.py computes it the same way)."""
    return [(f.start, f.end, f.rule) for f in _Scan(doc).run()]


def _head_repeated(span: str, head: str) -> bool:
    """The span is the head word written twice or more and nothing else (the last time maybe cut: a long
    name stops at its length limit, anywhere)."""
    return len(span) >= 2 * len(head) and span == (head * (len(span) // len(head) + 1))[:len(span)]


def extract_organisations(doc: Document, *, acronym_records: bool = EMIT_DEFINITION_ACRONYM,
                          places_as_organisations: bool = True, model: bool = True,
                          model_vetoes: bool = False) -> list[Organisation]:
    """Organisation records of `doc`, in text order; `text == doc.text[start:end]` always.

    acronym_records: the acronym at its definition, "(กพร.)", is a record of its own (rule
        org.acronym_definition, ThaiNER's convention) besides being the full name's `acronym`.
    places_as_organisations: a body named as a place ("ที่โรงพยาบาลศิริราช", "ณ โรงเรียน...") is
        an organisation; False drops hospitals, schools, universities ... after "ที่"/"ณ".
    model: stack the organisation model (thai_report_ie.orgmodel) on the rules; False: rules only.
    model_vetoes: with `model`, drop the rules' head and abbreviation guesses the model finds
        unlikely (MODEL_VETOES), as ThaiNER marks names; off by default: on government prose it
        drops real committees and hospitals.
    """
    try:
        scan = _Scan(doc, acronym_records=acronym_records)
        found = scan.run()
        if model:
            found = scan.stack(found, vetoes=model_vetoes)
        if not places_as_organisations:
            found = scan.drop_places(found)
        found = scan.spaced_companies(found)
        scan.unit_tails(found)
        scan.paren_areas(found)
        scan.and_runs(found)
        scan.inner_head_runs(found)
        scan.between_runs(found)
        scan.outbreak_tails(found)
        scan.counted_ends(found)
        scan.ordinal_tails(found)
        scan.patronage_tails(found)
        scan.public_tails(found)
        scan.late_known(found)
        found = scan.late_headline_shorts(found)
        found = scan.place_tails(found)
        found = scan.deed_tails(found)
        found = scan.seat_tails(found)
        found = scan.branch_tails(found)
        found = scan.alias_runs(found)
        found = scan.cut_place_prefixes(found)
        found = scan.station_units(found)
        found = [f for f in found if not scan.names_a_law(f.start) and not scan.names_a_brand(f.start)
                 and scan.bare_head_name(f) and not scan.late_generic(f) and not scan.royal_name(f)]
    except Exception as e:  # a bug of the scan: the other records stand, and the loss is said, never silent
        warnings.warn(f"extract(): the organisation scan raised {type(e).__name__}: {e}; this text got no "
                      f"organisation records (text starts {doc.text[:40]!r})", ExtractFailedWarning, stacklevel=2)
        return []
    text = doc.text
    out = []
    seen = set()
    for f in sorted(found, key=_FOUND_SPAN):
        # no record begins or ends with a space: a late cut before a deed ("บริษัท ... จำกัด |จัดงาน") leaves the
        # space before it with the name; the name's own spaces stay
        start, end = f.start, f.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if 0 <= start < end <= len(text) and (start, end) not in seen:
            seen.add((start, end))
            out.append(Organisation(text[start:end], start, end, name=f.name,
                                    acronym=f.acronym, parent=f.parent, rule=f.rule))
    return out
