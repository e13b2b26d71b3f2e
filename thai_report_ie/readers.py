"""Files in, text out: `read_text(path)` for .txt, .html/.htm, .docx and .pdf, and `extract_file`.

Each reader returns a `FileText`: the text the records' offsets point into, and for PDFs the
(start, end) of each page in it. Extensions are case-insensitive. What each reader keeps and
drops is in docs/guide.md ("Reading files"). Thai is repaired (`thai_repair`): in every format
the character repairs (private-use glyphs, mark order, sara am); in PDFs also the joining of
words split by a space or line break.

The PDF, DOCX and HTML readers need the `files` extra (pdfminer.six, python-docx, lxml):
`pip install 'thai_report_ie[files]'`; without it they raise `MissingExtraError`. What a file may
cost is bounded by the MAX_* limits below (`read_text` lists them): a file over one raises
`FileTooLargeError` before the costly work.
"""
from __future__ import annotations

import binascii
import codecs
import contextvars
import dataclasses
import io
import logging
import os
import re
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

import regex

from .errors import (
    CorruptFileError,
    EncryptedPDFError,
    FileReadError,
    FileTooLargeError,
    MissingExtraError,
    NeedsOCRError,
    UnknownEncodingError,
    UnsupportedFileTypeError,
)
from .extract import MAX_CHARS
from .lexicon import lexicon_cache, load_tsv
from .records import Report
from .thai_repair import UNKNOWN_MARK, fill_unknown_marks, repair_thai

__all__ = [
    "MAX_DOCX_UNZIPPED_BYTES", "MAX_DOCX_XML_BYTES", "MAX_FILE_BYTES", "MAX_PDF_CONTENT_TOKENS", "MAX_PDF_DECODED_BYTES",
    "MAX_PDF_FONT_TOKENS", "MAX_PDF_GLYPHS",
    "MAX_PDF_PAGES", "MAX_TEXT_CHARS", "SUPPORTED", "FileText", "MissingTextLayerWarning", "extract_file", "read_text",
    "supported",
]

SUPPORTED: tuple[str, ...] = (".txt", ".htm", ".html", ".docx", ".pdf")
PAGE_BREAK = "\n\n"  # between the pages of a PDF in `FileText.text`

# The readers' limits (`read_text`'s docstring, docs/guide.md "Reading files"; figures: benchmarks/README.md, rob14).
# Each is checked before the work it bounds, and a file over one raises FileTooLargeError naming it. They are read
# at each call: `thai_report_ie.readers.MAX_PDF_PAGES = 5_000` raises one for this process (and for the worker
# processes of an `extract_many` called after it: batch.SETTINGS).
MAX_FILE_BYTES: dict[str, int] = {
    "txt": 4 * MAX_CHARS,  # a character is at most 4 bytes: a longer file cannot be extracted anyway
    "html": 4 * MAX_CHARS,
    "docx": 500_000_000,  # images make Word and PDF files large: the parts and pages are bounded below
    "pdf": 500_000_000,
}
MAX_TEXT_CHARS = MAX_CHARS  # the text read, before its Thai is repaired: `extract` reads no more
MAX_DOCX_UNZIPPED_BYTES = 1_000_000_000  # every part of a Word file unzipped (python-docx holds them all)
MAX_DOCX_XML_BYTES = 200_000_000  # its XML parts unzipped (parsed into trees of ~12 bytes a byte: ~2.4 GB)
MAX_PDF_PAGES = 2_000
MAX_PDF_GLYPHS = 2_000_000  # glyphs drawn in all (~6-11 µs each on fpdf2 text: ~15-25 s, ~0.5 GB for one page)
MAX_PDF_DECODED_BYTES = 300_000_000  # streams decoded in all, each filter (Flate, LZW, RunLength, ASCII85, ASCIIHex)
MAX_PDF_CONTENT_TOKENS = 5_000_000  # tokens of page content, forms, Type 3 glyphs parsed in all: ~2-8 µs each
MAX_PDF_FONT_TOKENS = 1_000_000  # tokens of fonts' ToUnicode maps and Type 1 headers, and 2 a map entry: ~2-4 µs each


class MissingTextLayerWarning(UserWarning):
    """Part of a file's text cannot be read and is missing from the result: PDF pages with no text (scans) or a
    damaged stream, a Word file's damaged footnotes or endnotes part."""


@dataclass(frozen=True, slots=True)
class FileText:
    """The text a reader made of one file.

    `pages` holds, for a PDF, the (start, end) of each page in `text` (page n is pages[n-1]);
    it is empty for other formats. `encoding` is the encoding a text or HTML file was read in.
    """

    text: str
    format: str
    pages: tuple[tuple[int, int], ...] = ()
    encoding: str | None = None


def supported(path: str | os.PathLike[str]) -> bool:
    """Whether `read_text` reads this file type (by its extension, case-insensitive)."""
    return Path(path).suffix.lower() in SUPPORTED


def read_text(path: str | os.PathLike[str], *, password: str = "") -> FileText:
    """The text of a .txt, .html/.htm, .docx or .pdf file, Thai repaired.

    Raises FileNotFoundError, UnsupportedFileTypeError, CorruptFileError, EncryptedPDFError,
    NeedsOCRError, UnknownEncodingError, FileTooLargeError (all but the first are `FileReadError`s),
    and MissingExtraError when the `files` extra is not installed.

    FileTooLargeError names the limit a file is over, found before the costly work (module
    constants, read at each call):

    - `MAX_FILE_BYTES[format]`: the file's size on disk, before it is read: 200,000,000 bytes
      for .txt and .html (4 × `extract.MAX_CHARS`), 500,000,000 for .docx and .pdf.
    - `MAX_TEXT_CHARS` (50,000,000, `extract.MAX_CHARS`: `extract` reads no longer text): the
      characters a .txt, .html or .docx file gives, checked before the Thai repair. An HTML page
      is never parsed into a tree: its text is kept as libxml2's parser reads it (memory ~2.5 bytes
      a byte of HTML, the page's characters and its text), its non-space characters counted, and
      it is refused once they pass the limit. A page nested more than 256 elements deep (libxml2's
      own limit for a tree) or holding a text node over 10 MB, where libxml2 stops reading, is a
      CorruptFileError, as is a tag of more than 10,000 attributes (libxml2 would take minutes).
    - `MAX_DOCX_UNZIPPED_BYTES` (1,000,000,000) for all the parts of a Word file unzipped, and
      `MAX_DOCX_XML_BYTES` (200,000,000) for its XML parts: counted by unzipping each part in
      bounded pieces before python-docx reads any (a zip header that says less than its part
      holds is a CorruptFileError), so a zip bomb is refused in the time it takes to inflate
      the limit.
    - `MAX_PDF_PAGES` (2,000): the page count the PDF declares, and the pages read.
    - `MAX_PDF_GLYPHS` (2,000,000): glyphs drawn in all, counted as they are drawn; pdfminer
      takes ~6-11 µs a glyph here, so a PDF is read or refused within ~15-25 s (a 300-page report
      draws ~0.2-1 million).
    - `MAX_PDF_DECODED_BYTES` (300,000,000): what the PDF's compressed streams (page contents, fonts;
      images are not decoded) decode to in all, every filter of a chain counted: Flate counted in
      bounded pieces before pdfminer inflates each stream (a flate bomb: a few MB of stream that
      inflate to gigabytes), LZW as pdfminer decodes it (stopped at the limit), RunLength, ASCII85
      and ASCIIHex from their bytes before pdfminer decodes them; a PNG or TIFF predictor's bytes
      count 32 times (pdfminer undoes it byte by byte in Python). CCITTFax streams are not decoded
      (fax-coded scans, like the DCT, JBIG2 and JPX ones pdfminer leaves as they are).
    - `MAX_PDF_CONTENT_TOKENS` (5,000,000): the tokens (operators and operands) of page content,
      forms and Type 3 glyphs parsed in all, counted as they are parsed: ~2-8 µs each (~20-36 s at
      the limit), and 30 MB of decoded content can hold 15 million (a 300-page report holds ~50,000
      to ~1.5 million).
    - `MAX_PDF_FONT_TOKENS` (1,000,000): the tokens of the fonts' ToUnicode maps and Type 1 font
      headers parsed in all, and 2 for each entry a map adds (a range of 40 bytes can add 4 billion),
      counted as they are parsed: ~2-4 µs each (~4 s at the limit; a font takes ~150-650, so 2,000
      pages each with a subset of its own of one font ~600,000).

    An RC4-encrypted PDF is decrypted by cryptography's ARC4 (pdfminer's own is quadratic); for a key
    length ARC4 does not take (9, 11, 13-15 bytes), in Python, its bytes counted in MAX_PDF_DECODED_BYTES.

    The limits hold in `extract_many`'s worker processes too: they are sent the values this
    process has when `extract_many` is called (`batch.SETTINGS`).
    """
    p = Path(path)
    suffix = p.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise UnsupportedFileTypeError(p, p.suffix, SUPPORTED)
    if p.is_dir():
        raise IsADirectoryError(f"{p}: is a directory")
    fmt = _FORMATS[suffix]
    size = p.stat().st_size
    if size > MAX_FILE_BYTES[fmt]:
        raise FileTooLargeError(p, f"the file is {size:,} bytes", f"MAX_FILE_BYTES[{fmt!r}]", MAX_FILE_BYTES[fmt])
    if suffix == ".pdf":
        return _read_pdf(p, p.read_bytes(), password=password)
    return reader(p, p.read_bytes())  # the bytes not held here: the HTML reader lets go of them once decoded


def extract_file(path: str | os.PathLike[str], *, password: str = "") -> Report:
    """Read a file (`read_text`) and extract its records; offsets point into `Report.text`,
    and for a PDF `Report.pages` holds each page's span (`Report.page_of(record)`).

    >>> from pathlib import Path
    >>> report = extract_file(Path(__file__).parents[1] / "tests/data/files/report_fpdf.pdf")
    >>> len(report.pages), [(r.text, report.page_of(r)) for r in report.money][:1]
    (2, [('2.5 ล้านบาท', 1)])
    """
    from .extract import extract

    got = read_text(path, password=password)
    return dataclasses.replace(extract(got.text), pages=got.pages)


# ---------------------------------------------------------------- plain text

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_THAI_MARK_AFTER_NON_THAI = regex.compile(r"(?<![\u0E01-\u0E2E\u0E30-\u0E4E])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")


def _decode(path: Path, data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Text and encoding: a BOM, then a declared charset, then UTF-8, UTF-16 (by its zero bytes),
    then TIS-620/cp874 when the result reads as Thai."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(path, data, enc), enc
    if declared:
        if declared != "utf-8":
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:  # Thai in UTF-8 under a stale label (a template's TIS-620 kept after the site moved to UTF-8):
                if _THAI_CHAR.search(text):  # read as declared, every Thai word would be mojibake ("เธเธฃ")
                    return text, "utf-8"
        if declared in _LATIN_CHARSETS:  # Thai in TIS-620 under a Western label (an editor's default): mojibake
            thai = _latin_label_thai(data)  # ("§º»ÃÐÁÒ³") where the Thai reads as Thai: then read as Thai
            if thai is not None:
                return thai, "cp874"
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    utf16 = _utf16_order(data)
    if utf16:
        return _strict(path, data, utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = f"byte {e.start} is not UTF-8"
        if e.reason == "unexpected end of data":
            utf8_error += " (the file ends inside a character: cut short?)"
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError as e:
        raise UnknownEncodingError(path, f"{utf8_error}; byte {e.start} is not TIS-620/cp874 either") from None
    marks = sum(1 for c in text if "\u0E31" <= c <= "\u0E4E")
    if marks and len(_THAI_MARK_AFTER_NON_THAI.findall(text)) > marks // 20:
        raise UnknownEncodingError(path, f"{utf8_error}; read as TIS-620 it is not Thai")
    return text, "cp874"


_LATIN_CHARSETS = frozenset(("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
                             "us-ascii", "ascii"))  # the WHATWG's windows-1252 labels, as a page declares them


_CP874_PUNCTUATION = frozenset("\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC")  # cp874's 0x80-0xA0


def _latin_label_thai(data: bytes) -> str | None:
    """`data` read as TIS-620/cp874 when it is Thai there: every byte over 0x7F a Thai character or cp874's
    punctuation (nothing left as a Latin letter), Thai marks among them and (the undeclared fallback's test)
    almost none after a non-Thai character. A Western page fails: its accented letters are Thai marks after Latin
    letters (é is ้), or bytes TIS-620 does not have."""
    if max(data, default=0) < 0x80:
        return None
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return None
    high = sum(1 for c in text if c >= "\x80" and c not in _CP874_PUNCTUATION)
    thai = len(_THAI_CHAR.findall(text))
    marks = sum(1 for c in text if "\u0E31" <= c <= "\u0E4E")
    if thai < high or not marks or len(_THAI_MARK_AFTER_NON_THAI.findall(text)) > marks // 20:
        return None
    return text


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is a high byte of Thai or ASCII (0x0E, 0x00)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_bytes, odd_bytes = data[0::2], data[1::2]  # bytes.count: C speed (a 145 MB file: 0.2 s, was 6 s a byte at a time)
    even = (even_bytes.count(0) + even_bytes.count(0x0E)) / (len(data) // 2)
    odd = (odd_bytes.count(0) + odd_bytes.count(0x0E)) / (len(data) // 2)
    if even >= 0.9 and odd < 0.5:
        return "utf-16-be"
    if odd >= 0.9 and even < 0.5:
        return "utf-16-le"
    return None


def _strict(path: Path, data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise UnknownEncodingError(path, f"byte {e.start} is not {enc}") from None


def _read_txt(path: Path, data: bytes) -> FileText:
    text, enc = _decode(path, data)
    _check_chars(path, text)
    if "\x00" in text:
        raise CorruptFileError(path, "text", "it holds NUL characters: a binary file?")
    return FileText(_newlines(repair_thai(text, join_words=False)), "txt", encoding=enc)


def _check_chars(path: Path, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise FileTooLargeError(path, f"its text is {len(text):,} characters", "MAX_TEXT_CHARS", MAX_TEXT_CHARS)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- HTML

_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{1,40})""", regex.I)
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_SPACES = regex.compile(r"[ \t\r\n\f]++")
# What a page's <meta> declares, as browsers read it (the WHATWG Encoding Standard's labels): TIS-620 and ISO-8859-11
# are windows-874, whose 0x80-0x9F hold the curly quotes, the ellipsis and the euro sign (Python's tis-620 reads them
# as C1 controls: lost); a meta naming UTF-16 is read as UTF-8 (the meta itself was found in ASCII bytes, so the page
# is not UTF-16: decoding it as UTF-16 gave CJK characters, every word lost); x-user-defined is windows-1252.
_CHARSET_ALIASES = {
    **dict.fromkeys(("windows-874", "x-windows-874", "dos-874", "tis-620", "tis620", "iso-8859-11", "iso8859-11",
                     "iso885911"), "cp874"),
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff", "unicodefffe", "ucs-2", "csunicode",
                     "iso-10646-ucs-2"), "utf-8"),
    "x-user-defined": "cp1252",
}
_THAI_CHAR = regex.compile("[\u0E01-\u0E5B]")


@lexicon_cache
def _html_rules() -> dict[tuple[str, str], str]:
    return {(r["match"], r["name"]): r["kind"] for r in load_tsv("html_elements")}


def _html_kind(tag: str, attrib: Mapping[str, str], rules: dict[tuple[str, str], str]) -> str | None:
    """How the reader treats an element (html_elements.tsv): "drop", "block", "row", "cell", "break", "pre" or None."""
    tag = tag.lower()
    kind = rules.get(("tag", tag))
    if kind == "drop" or not attrib:  # no attributes (most elements): the tag's kind (a third of a cell's time)
        return kind
    if attrib.get("hidden") is not None or "display:none" in (attrib.get("style") or "").replace(" ", ""):
        return "drop"
    if rules.get(("role", (attrib.get("role") or "").strip().lower())) == "drop":
        return "drop"
    tokens = f"{attrib.get('class') or ''} {attrib.get('id') or ''}".lower().split()
    if tag not in ("body", "html", "main", "article") and any(rules.get(("token", t)) == "drop" for t in tokens):
        return "drop"
    return kind


def _read_html(path: Path, data: bytes) -> FileText:
    try:
        import lxml.etree as etree
    except ImportError:
        raise MissingExtraError("HTML files", "lxml") from None
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else None
    text, enc = _decode(path, data, declared=_CHARSET_ALIASES.get(declared or "", declared))
    del data  # the page's bytes, its characters and the text kept are all memory holds at once (no tree)
    text = _XML_DECL.sub("", text)
    if not text.strip():
        return FileText("", "html", encoding=enc)
    _check_html_attributes(path, text)
    target = _HtmlText(path, MAX_TEXT_CHARS)
    parser = etree.HTMLParser(target=target)
    try:
        etree.fromstring(text, parser)
    except FileReadError:  # raised by the target: too deep, or too much text
        raise
    except (etree.ParserError, ValueError) as e:
        raise CorruptFileError(path, "HTML", str(e)) from None
    del text
    fatal = next((e for e in parser.error_log if e.level >= etree.ErrorLevels.FATAL), None)
    if fatal is not None:
        # "Resource limit exceeded: Buffer size limit exceeded" (a text node over 10 MB) and the like: libxml2 stops
        # reading there, so the rest of the page would be lost without a word
        raise CorruptFileError(path, "HTML", f"{fatal.message.strip()} at line {fatal.line}; the parser stops "
                                             "there and the rest of the page would be lost (unclosed tags?)")
    if not target.rooted:
        raise CorruptFileError(path, "HTML", "Document is empty")
    text = _tidy_lines("".join(target.out))
    _check_chars(path, text)
    return FileText(repair_thai(text, join_words=False), "html", encoding=enc)


# libxml2 (2.14) builds a page's tree at most 256 elements deep: at the 257th it reports "Excessive depth in document"
# and stops reading (unclosed <font>, <b>, <div> ...), which the reader refused as a CorruptFileError while it built
# the tree; the parser itself, feeding `_HtmlText`, has no such limit, so the depth is counted there.
_HTML_MAX_DEPTH = 256


class _HtmlText:
    """An lxml parser target that keeps the page's visible text as libxml2's HTML parser reads it, and no tree (a
    tree costs ~8 bytes a byte of HTML: 1.4 GB for a page of 190 MB; benchmarks/README.md, rob17): blocks on lines
    of their own, table rows as lines with tab-separated cells, white space folded outside `<pre>`, dropped elements
    (html_elements.tsv, `_html_kind`) left out with all they hold. `out` joined and tidied is the text. What a page
    puts after `</html>` libxml2 reads as a second root element (an implied `<html>`); browsers read it as more of
    the body (HTML Living Standard, "after after body": reprocessed "in body") and show it, so it is read too, on a
    line of its own (a second document pasted after the first, a CMS's appended block: never joined to the first's
    last figure). A stray `</html>` inside the page ends the root there too: the rest of the page, which main lost,
    is read, but what a browser keeps in an element still open there (a menu, a footer) libxml2 has closed without a
    sign, so it is read as body text (benchmarks/README.md, rob18). Stops the parser with a CorruptFileError past `_HTML_MAX_DEPTH` open elements and with a
    FileTooLargeError once the characters kept, all but folded white space, pass `limit`."""

    def __init__(self, path: Path, limit: int) -> None:
        self.path, self.limit, self.rules = path, limit, _html_rules()
        self.out: list[str] = []
        self.pending: list[str] = []  # the text read since the last start, end, comment or instruction
        self.kinds: list[str | None] = []  # the kind of each open element
        self.dropped = 0  # the depth of the dropped element the parser is in (0: none)
        self.pre = 0  # open <pre> elements (white space kept)
        self.counted = 0  # characters kept, all but white space
        self.depth = 0  # open elements
        self.rooted = False  # the root element has started

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.depth += 1  # in a second root too (what follows `</html>`), as libxml2's tree counted it
        if self.depth > _HTML_MAX_DEPTH:
            raise CorruptFileError(self.path, "HTML", f"elements nested more than {_HTML_MAX_DEPTH} deep (<{tag}>); "
                                                      "the parser stops there and the rest of the page would be lost "
                                                      "(unclosed tags?)")
        self._flush()
        if not self.kinds and self.rooted:  # a second root: what the page puts after `</html>`
            self.out.append("\n")
        self.rooted = True
        if self.dropped:
            self.kinds.append(None)
            return
        kind = _html_kind(tag, attrib, self.rules)
        self.kinds.append(kind)
        if kind == "drop":
            self.dropped = len(self.kinds)
        elif kind in ("block", "row", "pre", "break"):
            self.out.append("\n")
            self.pre += kind == "pre"

    def end(self, tag: str) -> None:
        self.depth -= 1
        self._flush()
        if not self.kinds:  # libxml2 ends only what it started: never met
            return
        kind = self.kinds.pop()
        if self.dropped:
            if self.dropped > len(self.kinds):
                self.dropped = 0
        elif kind == "cell":
            self.out.append("\t")
        elif kind in ("block", "row", "pre"):
            self.out.append("\n")
            self.pre -= kind == "pre"

    def data(self, text: str) -> None:
        self.pending.append(text)

    def comment(self, text: str) -> None:  # a comment or instruction: what follows it is its tail, kept
        self._flush()

    def pi(self, target: str, data: str | None = None) -> None:
        self._flush()

    def close(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending.clear()
        if not self.kinds or self.dropped:  # outside the root, or inside a dropped element
            return
        self.out.append(text if self.pre else _SPACES.sub(" ", text))
        self.counted += len(text) - (text.count(" ") + text.count("\t") + text.count("\r") + text.count("\n")
                                     + text.count("\f"))
        if self.counted > self.limit:
            raise FileTooLargeError(self.path, f"its text is more than {self.limit:,} characters (counted as it is "
                                               "read)", "MAX_TEXT_CHARS", self.limit)


# libxml2's HTML parser (2.14) checks each attribute of a tag against all the tag's attributes before it: 40,000
# attributes on one tag took 2.3 s, 300,000 (a page of 3 MB) more than 60 s (benchmarks/README.md, rob16). A start
# tag as HTML's tokenizer reads it (a name, then attributes split by white space or `/`, a value quoted or not),
# possessive throughout: one pass over the page; its attributes are counted only in a tag long enough to hold many.
_START_TAG = regex.compile(r"""<[A-Za-z][^\s/>]*+(?:[\s/]++[^\s/>=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]++))?+)*+""")
_ATTRIBUTE = regex.compile(r"""[\s/]++[^\s/>=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]++))?+""")
_HTML_MAX_ATTRIBUTES = 10_000  # on one tag (real pages hold a few dozen)


def _check_html_attributes(path: Path, text: str) -> None:
    for tag in _START_TAG.finditer(text):
        if tag.end() - tag.start() > 2 * _HTML_MAX_ATTRIBUTES:  # an attribute takes two characters at least
            count = sum(1 for _ in _ATTRIBUTE.finditer(text, tag.start() + 1, tag.end()))
            if count > _HTML_MAX_ATTRIBUTES:
                line = text.count("\n", 0, tag.start()) + 1
                raise CorruptFileError(path, "HTML", f"a tag at line {line} has {count:,} attributes, more than "
                                                     f"{_HTML_MAX_ATTRIBUTES:,} (its parser would take minutes)")


_CELL_GAP = regex.compile(r"(?<! ) *+\t[ \t]*+")
_BLANK_LINES = regex.compile(r"\n{3,}+")


def _tidy_lines(text: str) -> str:
    lines = (_CELL_GAP.sub("\t", ln).strip(" \t") for ln in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


# ---------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCX_SKIP = {_MC_FALLBACK, f"{_W}del", f"{_W}delText", f"{_W}instrText", f"{_W}rPr", f"{_W}pPr",
              f"{_W}footnoteReference", f"{_W}endnoteReference", f"{_W}commentReference"}


def _read_docx(path: Path, data: bytes) -> FileText:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise MissingExtraError("Word (.docx) files", "python-docx") from None
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            _check_unzipped(path, data, package.infolist())
        document = docx.Document(io.BytesIO(data))
    except FileReadError:  # over a limit, or a part larger than its header says: already named
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as e:
        raise CorruptFileError(path, "Word (.docx)", str(e) or type(e).__name__) from None
    except Exception as e:  # lxml's XMLSyntaxError and other damage inside the package
        raise CorruptFileError(path, "Word (.docx)", f"{type(e).__name__}: {e}") from None
    heads = _unique(_parts(document, "header"))
    body = _block_lines(document.element.body)
    notes, damaged = _notes(document)
    if damaged:  # the body is whole: read it, and say what is missing (Word offers to repair such a file)
        warnings.warn(f"{path}: its {' and '.join(damaged)} part is damaged and cannot be read: the notes are missing "
                      "(open the file in Word and save it again)", MissingTextLayerWarning, stacklevel=3)
    feet = _unique(_parts(document, "footer"))
    text = "\n".join(ln for ln in (*heads, *body, *notes, *feet))
    _check_chars(path, text)
    return FileText(repair_thai(_tidy_lines(text), join_words=False), "docx")


_XML_PART = (".xml", ".rels", ".vml")


def _check_unzipped(path: Path, data: bytes, members: list) -> None:
    """Refuse a Word package over MAX_DOCX_XML_BYTES / MAX_DOCX_UNZIPPED_BYTES unzipped, before python-docx
    unzips it: the sizes its zip headers declare are summed against the limits, then each part is inflated
    in pieces, never past the size its header declares, since a header can lie (and zipfile's own read()
    inflates a whole part in one call whatever its header says: a 4 MB part that unzips to 1 GB takes 2 GB).
    A part holding more than its header says is damaged (zipfile would refuse its checksum); so what
    python-docx unzips is within the limits."""
    limits = (("MAX_DOCX_XML_BYTES", MAX_DOCX_XML_BYTES, lambda name: name.lower().endswith(_XML_PART)),
              ("MAX_DOCX_UNZIPPED_BYTES", MAX_DOCX_UNZIPPED_BYTES, lambda name: True))
    for name, limit, counts in limits:
        declared = sum(m.file_size for m in members if counts(m.filename))
        if declared > limit:
            raise FileTooLargeError(path, f"its zip headers say its {_PARTS_OF[name]} unzip to {declared:,} bytes",
                                    name, limit)
    for member in members:
        if _inflated_size(path, data, member, member.file_size + 1) > member.file_size:
            raise CorruptFileError(path, "Word (.docx)", f"part {member.filename} unzips to more than the "
                                                         f"{member.file_size:,} bytes its zip header says")


_PARTS_OF = {"MAX_DOCX_UNZIPPED_BYTES": "parts", "MAX_DOCX_XML_BYTES": "XML parts"}
_LOCAL_HEADER = 30  # bytes of a zip local file header before the name and the extra field


def _inflated_size(path: Path, data: bytes, member, stop: int) -> int:
    """The bytes one zip member unzips to, counted in pieces of 1 MB, up to `stop` (never more is inflated)."""
    import zipfile

    at = member.header_offset
    if data[at:at + 4] != b"PK\x03\x04":
        raise CorruptFileError(path, "Word (.docx)", f"no zip header for part {member.filename}")
    name_and_extra = int.from_bytes(data[at + 26:at + 28], "little") + int.from_bytes(data[at + 28:at + 30], "little")
    start = at + _LOCAL_HEADER + name_and_extra
    packed = memoryview(data)[start:start + member.compress_size]
    if member.compress_type == zipfile.ZIP_STORED:
        return len(packed)
    if member.compress_type != zipfile.ZIP_DEFLATED:  # OPC packages use deflate or none
        raise CorruptFileError(path, "Word (.docx)", f"part {member.filename} uses zip compression method "
                                                     f"{member.compress_type}, which Word files do not use")
    try:
        return _inflated_length(packed, stop, -zlib.MAX_WBITS)
    except zlib.error as e:
        raise CorruptFileError(path, "Word (.docx)", f"part {member.filename}: {e}") from None


def _parts(document, which: str) -> list[str]:
    lines: list[str] = []
    for section in document.sections:
        for attr in (f"first_page_{which}", which, f"even_page_{which}"):
            part = getattr(section, attr)
            if not part.is_linked_to_previous:
                lines.extend(_block_lines(part._element))
    return lines


_NOTE_PARTS = ("/footnotes", "/endnotes")  # relationship types' ends (ECMA-376 Part 1, 17.11)


def _notes(document) -> tuple[list[str], list[str]]:
    """The footnotes' then the endnotes' text, each note's lines as the body's (after the body, as a page shows
    them below it); the separators Word writes as notes (w:type separator, continuationSeparator,
    continuationNotice) left out. The reference mark in the body is not written (`_DOCX_SKIP`): a note number
    glued to a figure would read as part of it ("1,549 ราย1"). And the notes parts that are not XML."""
    from docx.oxml import parse_xml

    lines: list[str] = []
    damaged: list[str] = []
    for kind in _NOTE_PARTS:
        for rel in document.part.rels.values():
            if rel.is_external or not rel.reltype.endswith(kind):
                continue
            try:
                root = parse_xml(rel.target_part.blob)
            except Exception:  # noqa: BLE001 - lxml's XMLSyntaxError (an empty part, a stray tag)
                damaged.append(kind[1:])
                continue
            for note in root:
                if note.tag in (f"{_W}footnote", f"{_W}endnote") and note.get(f"{_W}type") in (None, "normal"):
                    lines.extend(ln for ln in _block_lines(note) if ln.strip())
    return lines, damaged


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(ln for ln in lines if ln.strip()))


def _block_lines(container) -> list[str]:
    """Lines of a body, header, cell or text box: paragraphs, tables row by row, text boxes after
    the paragraph that anchors them."""
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            boxes: list[str] = []
            lines.append(_run_text(child, boxes))
            lines.extend(boxes)
        elif tag == f"{_W}tbl":
            lines.extend(_table_rows(child))
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
            lines.extend(_block_lines(child))
    return lines


def _table_rows(table) -> list[str]:
    rows: list[str] = []
    for tr in table.iter(f"{_W}tr"):
        if tr.getparent() is not table:
            continue  # a nested table's rows come with its cell
        cells = [" ".join(ln for ln in _block_lines(tc) if ln.strip()) for tc in tr.findall(f"{_W}tc")]
        rows.append("\t".join(cells))
    return rows


def _run_text(el, boxes: list[str]) -> str:
    out: list[str] = []
    _collect(el, out, boxes)
    return "".join(out)


def _collect(el, out: list[str], boxes: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag == f"{_W}txbxContent":
            boxes.extend(ln for ln in _block_lines(child) if ln.strip())
        elif tag not in _DOCX_SKIP and isinstance(tag, str):
            _collect(child, out, boxes)


# ---------------------------------------------------------------- PDF


def _read_pdf(path: Path, data: bytes, *, password: str) -> FileText:
    try:
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        raise MissingExtraError("PDF files", "pdfminer.six") from None

    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError(path, "PDF", "no %PDF- header")
    _check_pdfminer()  # outside the `try` below: a pdfminer.six we cannot use is not a damaged file
    pages: list[str] = []  # each page's text as laid out, then repaired once the glyphs left out are read
    unmapped = _UnmappedGlyphs()
    dropped: list[int] = []  # pages a compressed stream of which zlib rejects (pdfminer reads it as empty)
    damage: list[str] = []  # what `_decompress_corrupted` met while the current page was read
    budget = _DecodeBudget(path, MAX_PDF_DECODED_BYTES)
    token, budget_token = _STREAM_DAMAGE.set(damage), _DECODE_BUDGET.set(budget)
    tokens_token = _CONTENT_TOKENS.set(_TokenBudget(path, MAX_PDF_CONTENT_TOKENS))
    font_tokens_token = _FONT_TOKENS.set(_FontTokenBudget(path, MAX_PDF_FONT_TOKENS))
    try:
        chars_by_page = _pdf_pages(path, data, password, unmapped)
        while True:
            try:  # only pdfminer's own work is in here: a damaged file, not a bug of ours
                chars = next(chars_by_page, None)
            except PDFPasswordIncorrect:
                raise EncryptedPDFError(path) from None
            except FileTooLargeError:
                raise
            except Exception as e:  # pdfminer raises many types on damaged files (PDFSyntaxError, PSEOF, ...)
                if DAMAGED in damage:
                    raise CorruptFileError(path, "PDF", _DAMAGED_PAGE.format(page=len(pages) + 1)) from None
                if "password" in str(e).lower() or "encrypt" in type(e).__name__.lower():
                    raise EncryptedPDFError(path) from None
                raise CorruptFileError(path, "PDF", f"{type(e).__name__}: {e}") from None
            if chars is None:
                break
            page = len(pages) + 1
            budget.check()  # over it where pdfminer swallowed the error (none known): refused all the same
            if DAMAGED in damage:  # noted where pdfminer swallowed `_DamagedStream` (a font's stream, say)
                raise CorruptFileError(path, "PDF", _DAMAGED_PAGE.format(page=page))
            if damage:
                dropped.append(page)
                damage.clear()
            pages.append(_page_layout(chars))
        pages = [_repaired(text) for text in unmapped.resolve(pages)]
    finally:
        _STREAM_DAMAGE.reset(token)
        _DECODE_BUDGET.reset(budget_token)
        _CONTENT_TOKENS.reset(tokens_token)
        _FONT_TOKENS.reset(font_tokens_token)
    if not pages:
        raise CorruptFileError(path, "PDF", "it has no pages")
    empty = [page for page, text in enumerate(pages, 1) if not text.strip()]
    if dropped and len(empty) == len(pages):
        raise CorruptFileError(path, "PDF", f"the compressed content of page(s) {', '.join(map(str, dropped))} "
                                            "is damaged and cannot be decoded")
    if len(empty) == len(pages):
        raise NeedsOCRError(path, tuple(empty), len(pages))
    if dropped:
        warnings.warn(f"{path}: page(s) {', '.join(map(str, dropped))} use a damaged compressed stream that cannot "
                      "be decoded (read as empty): text or glyphs it holds are missing (download or export the file "
                      "again)",
                      MissingTextLayerWarning, stacklevel=3)
    scans = [k for k in empty if k not in dropped]
    if scans:
        warnings.warn(f"{path}: page(s) {', '.join(map(str, scans))} have no text layer (scans?): their text "
                      "is missing; OCR them (e.g. ocrmypdf -l tha) to read it", MissingTextLayerWarning, stacklevel=3)
    return _join_pages(pages)


# What `_decompress_corrupted` met while `_read_pdf` reads a page (None outside it): DROPPED, a stream zlib rejects
# (pdfminer reads it as empty), or DAMAGED, a stream pdfminer decodes all the same: its checksum fails (what it
# decodes to is not what was written: a digit may have changed) or it is cut short.
_STREAM_DAMAGE: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("_STREAM_DAMAGE", default=None)
DROPPED, DAMAGED = "dropped", "damaged"
# pdfminer decodes such a stream all the same, but what it draws may not be what was written (a damaged stream of
# figures decoded to "67705,470" where "998,502" was written: benchmarks/README.md, f13) or stops at an arbitrary
# point ("1,5" of a "1,549" drawn glyph by glyph): never a number from it
_DAMAGED_PAGE = ("a compressed stream of page {page} is damaged (its checksum fails or it is cut short): what it "
                 "draws may not be what was written")
_INFLATE_BLOCK = 1 << 16
_PDFMINER_LOG = logging.getLogger("pdfminer.pdftypes")


class _DecodeBudget:
    """What `_read_pdf` lets pdfminer inflate of one file (MAX_PDF_DECODED_BYTES), spent as streams are decoded."""

    __slots__ = ("path", "limit", "left")

    def __init__(self, path: Path, limit: int) -> None:
        self.path, self.limit, self.left = path, limit, limit

    def spend(self, size: int) -> None:
        self.left -= size
        self.check()

    def check(self) -> None:
        if self.left < 0:
            raise FileTooLargeError(self.path, f"its compressed streams inflate to more than {self.limit:,} bytes",
                                    "MAX_PDF_DECODED_BYTES", self.limit)


_DECODE_BUDGET: contextvars.ContextVar[_DecodeBudget | None] = contextvars.ContextVar("_DECODE_BUDGET", default=None)


class _TokenBudget(_DecodeBudget):
    """The page-content tokens `_read_pdf` lets pdfminer parse (MAX_PDF_CONTENT_TOKENS), spent one a token."""

    __slots__ = ()

    def check(self) -> None:
        if self.left < 0:
            raise FileTooLargeError(self.path, f"its pages' content is more than {self.limit:,} tokens (operators "
                                               "and their operands)", "MAX_PDF_CONTENT_TOKENS", self.limit)


class _FontTokenBudget(_TokenBudget):
    """The tokens of fonts' ToUnicode maps and Type 1 headers `_read_pdf` lets pdfminer parse (MAX_PDF_FONT_TOKENS),
    and `_CMAP_ENTRY_TOKENS` for each entry a map adds."""

    __slots__ = ()

    def check(self) -> None:
        if self.left < 0:
            raise FileTooLargeError(self.path, f"its fonts' text maps and Type 1 headers are more than {self.limit:,} "
                                               f"tokens ({_CMAP_ENTRY_TOKENS} for each entry a map adds)",
                                    "MAX_PDF_FONT_TOKENS", self.limit)


_CONTENT_TOKENS: contextvars.ContextVar[_TokenBudget | None] = contextvars.ContextVar("_CONTENT_TOKENS", default=None)
_FONT_TOKENS: contextvars.ContextVar[_TokenBudget | None] = contextvars.ContextVar("_FONT_TOKENS", default=None)


def _inflated_length(packed, stop: int, wbits: int = zlib.MAX_WBITS) -> int:
    """The bytes a zlib (or, wbits -15, raw deflate) stream inflates to, counted in pieces of at most 1 MB and
    never past `stop` (returned as soon as reached); zlib.error as zlib raises it."""
    inflate, size = zlib.decompressobj(wbits), 0
    for k in range(0, len(packed), _INFLATE_BLOCK):
        pending = packed[k:k + _INFLATE_BLOCK]
        while pending and not inflate.eof:
            size += len(inflate.decompress(pending, 1 << 20))
            if size >= stop:
                return size
            pending = inflate.unconsumed_tail
        if inflate.eof:
            break
    return size


class _BoundedZlib:
    """`zlib` as pdfminer.pdftypes sees it: while `_read_pdf` reads, `decompress` first counts what the stream
    inflates to against the file's `_DecodeBudget` (never inflating past it), then gives zlib's own result or
    error; outside `_read_pdf` it is zlib's own."""

    def __getattr__(self, name: str):
        return getattr(zlib, name)

    @staticmethod
    def decompress(data, *args, **kwargs) -> bytes:
        budget = _DECODE_BUDGET.get()
        if budget is not None:
            try:
                size = _inflated_length(memoryview(data), budget.left + 1)
            except zlib.error:
                size = 0  # zlib.decompress raises it below; `_decompress_corrupted` spends what it decodes
            budget.spend(size)
        return zlib.decompress(data, *args, **kwargs)


_BOUNDED_ZLIB = _BoundedZlib()


class _DamagedStream(Exception):
    """A stream `_read_pdf` refuses (DAMAGED), raised through pdfminer to stop reading the page at once."""


def _note_damage(kind: str) -> bool:
    """Note the damage for `_read_pdf`; whether it is reading (outside it, pdfminer's own behaviour stands)."""
    damage = _STREAM_DAMAGE.get()
    if damage is not None:
        damage.append(kind)
    return damage is not None


def _decompress_corrupted(data: bytes) -> bytes:
    """`pdfminer.pdftypes.decompress_corrupted` (what pdfminer calls when zlib rejects a stream), in linear
    time, noting the damage for `_read_pdf`.

    pdfminer's own feeds the stream to zlib one byte at a time and adds each output to a growing
    bytes object, which copies everything decoded so far at every byte: a 260 KB stream damaged near
    its end takes 21 s, and the time grows with the square of the size (benchmarks/README.md, f13).
    This one feeds blocks and goes byte by byte only through the block zlib rejects, with the same
    result: zlib.error when a byte before the last three is bad (pdfminer then reads the stream as
    empty), else the data decoded before the bad byte (the checksum's), or all of it when none is bad
    (a stream cut short, which zlib.decompress rejects as incomplete)."""
    inflate, out = zlib.decompressobj(), []
    budget = _DECODE_BUDGET.get()
    for start in range(0, len(data), _INFLATE_BLOCK):
        block = data[start:start + _INFLATE_BLOCK]
        before = inflate.copy()
        try:
            # within `_read_pdf`, never past its budget: a block cut short there has overspent it, and spend raises
            out.append(inflate.decompress(block, max(budget.left, 0) + 1 if budget else 0))
            if budget:
                budget.spend(len(out[-1]))
        except zlib.error:
            if start + _bytes_accepted(before, block, out) < len(data) - 3:
                _note_damage(DROPPED)
                raise
            _PDFMINER_LOG.warning("Data-loss while decompressing corrupted data")
            break
    if inflate.eof:  # whole, its checksum right (zlib checks it at the end): nothing to refuse
        return b"".join(out)
    if _note_damage(DAMAGED):  # zlib.decompress rejected the stream: a bad checksum, or cut short
        raise _DamagedStream  # `_read_pdf` refuses the file: no need to draw what the stream decodes to
    return b"".join(out)


def _bytes_accepted(inflate, block: bytes, out: list[bytes]) -> int:
    """Feeds `block` to `inflate` one byte at a time, adding what it decodes to `out`, up to the byte zlib
    rejects: that byte's index in the block."""
    for k in range(len(block)):
        try:
            out.append(inflate.decompress(block[k:k + 1]))
        except zlib.error:
            return k
    return len(block)


_PDFMINERS_OWN: Callable[[bytes], bytes] | None = None  # pdfminer's decompress_corrupted, once replaced


def _lzw_decode(data: bytes) -> bytes:
    """pdfminer's `lzwdecode` (the join of its LZWDecoder's output), the output counted against the file's
    `_DecodeBudget` as it is decoded: pdfminer's decoder is pure Python (~1-2 µs a code), so the stream is
    decoded once, and no further than the budget. An LZW code of 12 bits can stand for ~4,000 bytes: a stream
    of 1 MB decodes to ~2 GB."""
    from pdfminer.lzw import LZWDecoder

    budget = _DECODE_BUDGET.get()
    out: list[bytes] = []
    size, stop = 0, budget.left if budget is not None else -1
    for piece in LZWDecoder(io.BytesIO(data)).run():
        out.append(piece)
        size += len(piece)
        if size > stop >= 0:
            break  # over the budget: `spend` raises below
    if budget is not None:
        budget.spend(size)
    return b"".join(out)


def _runlength_size(data: bytes, stop: int) -> int:
    """What a RunLength stream decodes to (a run of 2 bytes can stand for 128: 64:1), counted from its length
    bytes up to `stop`, as pdfminer's `rldecode` reads them (128 ends the data)."""
    size = k = 0
    while k < len(data) and size <= stop:
        length = data[k]
        if length == 128:
            break
        if length < 128:
            size, k = size + length + 1, k + length + 2
        else:
            size, k = size + 257 - length, k + 2
    return size


_A85_IGNORED = b" \t\n\r\x0b"  # what base64.a85decode skips, as pdfminer's ascii85decode calls it


def _ascii85_size(data: bytes, stop: int) -> int:
    """At most what an ASCII85 stream decodes to (`z` stands for 4 zero bytes: 4:1; 5 other characters for 4
    bytes), from counts of its bytes; up to 8 bytes over (its delimiters, its last group)."""
    zeros = data.count(b"z")
    digits = len(data) - zeros - sum(data.count(c) for c in _A85_IGNORED)
    return 4 * zeros + 4 * (digits // 5) + 4


def _runlength_decode(data: bytes) -> bytes:
    """What pdfminer's `rldecode` gives, built in a bytearray: pdfminer's builds a list of ints (~8 bytes of
    memory a decoded byte: 2.6 GB for a stream of 295 MB, within MAX_PDF_DECODED_BYTES) and reads the stream byte
    by byte. A run cut short raises ValueError, where pdfminer's raises RuntimeError or StopIteration."""
    out, k, end = bytearray(), 0, len(data)
    while k < end:
        length = data[k]
        if length == 128:  # end of data
            break
        if length < 128:  # the next length + 1 bytes as they are
            if k + length + 2 > end:
                raise ValueError("a RunLength stream is cut short inside a run")
            out += data[k + 1:k + length + 2]
            k += length + 2
        else:  # the next byte 257 - length times
            if k + 1 >= end:
                raise ValueError("a RunLength stream is cut short inside a run")
            out += data[k + 1:k + 2] * (257 - length)
            k += 2
    return bytes(out)


# pdfminer undoes a PNG or TIFF predictor byte by byte in Python, into lists of ints (15-590 ns and ~9 bytes of
# memory a byte, against Flate's ~3 ns), its first row above the stream's /Columns zeros long (a /Columns of
# 2,000,000,000 in a file of 17 KB: 2 GB of bytes and a list of 16 GB): each byte and column counts this many
# times against MAX_PDF_DECODED_BYTES (at the limit: 9.4 MB, ~6 s for the slowest predictor, Paeth)
_PREDICTOR_WEIGHT = 32


def _png_predictor(pred: int, colors: int, columns: int, bitspercomponent: int, data: bytes) -> bytes:
    """pdfminer's `apply_png_predictor`, while `_read_pdf` reads: its work (the stream's bytes and the first
    row's columns) is spent from the file's budget first, _PREDICTOR_WEIGHT times."""
    budget = _DECODE_BUDGET.get()
    if budget is not None:
        budget.spend(_PREDICTOR_WEIGHT * (len(data) + max(columns, 0)))
    return _PDFMINERS_FILTERS["apply_png_predictor"](pred, colors, columns, bitspercomponent, data)


def _tiff_predictor(colors: int, columns: int, bitspercomponent: int, data: bytes) -> bytes:
    """pdfminer's `apply_tiff_predictor` (it reads no further than the stream), its bytes spent first."""
    budget = _DECODE_BUDGET.get()
    if budget is not None:
        budget.spend(_PREDICTOR_WEIGHT * len(data))
    return _PDFMINERS_FILTERS["apply_tiff_predictor"](colors, columns, bitspercomponent, data)


def _ccittfax_undecoded(data: bytes, params: Any) -> bytes:
    """While `_read_pdf` reads, a CCITTFax stream is given undecoded, as pdfminer gives DCT, JBIG2 and JPX
    streams. It is a fax-coded scan, which pdfminer decodes only when asked for the data of a stream it reads
    text or operators from (page contents, forms, fonts, object streams; never an image, which it only
    measures): a bitmap there is no text. pdfminer's decoder is pure Python, a bit at a time, and adds each
    row to a growing bytes object: a stream of 2 KB (1 bit a row of 1,728 columns) took 46 s, one of
    20 KB more than 300 s (benchmarks/README.md, rob16)."""
    if _DECODE_BUDGET.get() is None:
        return _PDFMINERS_FILTERS["ccittfaxdecode"](data, params)
    return data


def _counted(filter_name: str, decode: Callable[[bytes], bytes], bound: Callable[[bytes, int], int], *,
             ours: Callable[[bytes], bytes] | None = None):
    """pdfminer's decoder of a filter, while `_read_pdf` reads: at most `bound` bytes are spent from the file's
    budget before it decodes (over it: FileTooLargeError, nothing decoded), then what it gave, exactly; `ours`,
    when given, decodes in its place there (the same bytes, at less cost)."""

    def decode_counted(data: bytes) -> bytes:
        budget = _DECODE_BUDGET.get()
        if budget is None:
            return decode(data)
        most = bound(data, budget.left + 1)
        budget.spend(most)
        got = (ours or decode)(data)
        budget.spend(len(got) - most)
        return got

    decode_counted.__name__ = decode_counted.__qualname__ = f"_counted_{filter_name}"
    return decode_counted


def _linear_inflate() -> None:
    """Make pdfminer call `_decompress_corrupted` and `_BoundedZlib.decompress` (module globals of
    pdfminer.pdftypes, looked up at each call), and count what its LZW, RunLength, ASCII85 and ASCIIHex
    decoders give and its predictors' work against the file's budget (MAX_PDF_DECODED_BYTES) as well; leave
    CCITTFax streams undecoded; and parse page content with `_content_parser()` (pdfminer.pdfinterp's global).
    Outside `_read_pdf` each gives pdfminer's own result."""
    global _PDFMINERS_OWN
    from pdfminer import pdfdocument, pdffont, pdfinterp, pdftypes

    if pdftypes.decompress_corrupted is not _decompress_corrupted:
        _PDFMINERS_OWN = pdftypes.decompress_corrupted
        pdftypes.decompress_corrupted = _decompress_corrupted
    pdftypes.zlib = _BOUNDED_ZLIB  # type: ignore[assignment]  # a stand-in for the module: its decompressobj, bounded
    if pdftypes.lzwdecode is not _lzw_decode:
        _PDFMINERS_FILTERS.update(lzwdecode=pdftypes.lzwdecode, rldecode=pdftypes.rldecode,
                                  ascii85decode=pdftypes.ascii85decode, asciihexdecode=pdftypes.asciihexdecode)
        _PDFMINERS_FILTERS.update(ccittfaxdecode=pdftypes.ccittfaxdecode, apply_png_predictor=pdftypes.apply_png_predictor,
                                  apply_tiff_predictor=pdftypes.apply_tiff_predictor)
        pdftypes.lzwdecode = _lzw_decode
        pdftypes.rldecode = _counted("rldecode", pdftypes.rldecode, _runlength_size, ours=_runlength_decode)
        pdftypes.ccittfaxdecode = _ccittfax_undecoded
        pdftypes.apply_png_predictor = _png_predictor
        pdftypes.apply_tiff_predictor = _tiff_predictor
        pdftypes.ascii85decode = _counted("ascii85decode", pdftypes.ascii85decode, _ascii85_size)
        pdftypes.asciihexdecode = _counted("asciihexdecode", pdftypes.asciihexdecode,
                                           lambda data, stop: len(data) // 2 + 1)
    pdfinterp.PDFContentParser = _content_parser()  # type: ignore[misc]
    pdffont.CMapParser = _cmap_parser()  # type: ignore[misc]
    pdffont.Type1FontHeaderParser = _type1_header_parser()  # type: ignore[misc]
    pdfdocument.Arcfour = _Arcfour  # type: ignore[misc,assignment]


_PDFMINERS_FILTERS: dict[str, Callable[..., bytes]] = {}  # pdfminer's own decoders, once replaced


def _arc4() -> Any:
    """cryptography's ARC4 cipher (pdfminer.six requires cryptography 36 or later; 43 moved it to `decrepit`)."""
    try:
        from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
    except ImportError:
        try:
            from cryptography.hazmat.primitives.ciphers.algorithms import ARC4
        except ImportError:
            return None
    return ARC4


# pdfminer's parser adds each piece of a token (4,096 bytes at a time) to a growing bytes object: the time goes with
# the square of a token's length (a string of 5 MB: 0.2 s, 10 MB: 1.1 s, 20 MB: 5.1 s); no real token comes near
_MAX_TOKEN_BYTES = 4_000_000


def _check_token_length(parser: Any) -> None:
    """Raise ValueError (a CorruptFileError from `_read_pdf`) once the token `parser` is reading is over
    _MAX_TOKEN_BYTES, while `_read_pdf` reads; called as each 4,096 bytes are read."""
    if len(parser._curtoken) > _MAX_TOKEN_BYTES and _DECODE_BUDGET.get() is not None:
        raise ValueError(f"a string, number or name of more than {_MAX_TOKEN_BYTES:,} bytes")
_CONTENT_PARSER: Any = None


_CMAP_PARSER: Any = None
_TYPE1_HEADER_PARSER: Any = None


# an entry of a ToUnicode map costs about what two tokens do (a code decoded as UTF-16 into a dict; 1 million bfchar
# entries, 2 million tokens: ~21 CPU s at load 6), and holds ~150 bytes until the file is read
_CMAP_ENTRY_TOKENS = 2


_END_HEX_STRING = re.compile(rb"[^\s0-9a-fA-F]")  # pdfminer.psparser's: a hex string holds digits and white space
_PS_SPACES = b" \t\n\r\x0b\x0c"  # what `\s` matches in a bytes pattern


def _pseof() -> type[Exception]:
    """pdfminer's PSEOF (an `except` clause's class is looked up only when something is raised)."""
    from pdfminer.psparser import PSEOF

    return PSEOF


class _BoundedTokens:
    """Mixed into a pdfminer parser (before it in the bases) that sets `token_budget`: each token it reads is
    spent from the budget (MAX_PDF_CONTENT_TOKENS for page content, MAX_PDF_FONT_TOKENS for font maps and Type 1
    headers; none for the file's own objects), and a token over _MAX_TOKEN_BYTES is refused, as each 4,096 bytes
    are read (`fillbuf`) and once it is read.

    `nexttoken` is pdfminer.six 20260107's `PSBaseParser.nexttoken`, but for the count, `fillbuf` asked only once
    the buffer is spent (pdfminer's asks before each step of the token's parse, ~5 calls a token, each through our
    check: a fifth of a font map's parsing time), no debug log line a token (pdfminer.psparser's `log.debug`), and
    a simple token read in one step (`_SIMPLE_TOKEN`: page content at the limit ~40 % faster, rob19). Used only
    when `_check_pdfminer` finds it reads as the installed pdfminer.six does, else `_CountedTokens`."""

    token_budget: _TokenBudget | None = None
    buf: bytes
    bufpos: int
    charpos: int
    eof: bool
    _curtoken: bytes
    _curtokenpos: int
    _tokens: list[tuple[int, Any]]
    _parse1: Callable[[bytes, int], int]

    def fillbuf(self) -> bool:
        if self.charpos < len(self.buf):  # pdfminer's own first test: nothing to read
            return False
        _check_token_length(self)
        return super().fillbuf()  # type: ignore[misc]

    def nexttoken(self) -> tuple[int, Any]:
        budget = self.token_budget
        if budget is not None:
            budget.left -= 1
            if budget.left < 0:
                budget.check()
        if self.eof:
            raise _pseof()("Unexpected EOF")
        if not self._tokens and self._parse1 == self._parse_main:  # type: ignore[attr-defined]
            # a whole simple token in the buffer, its end seen: read by one regex, as pdfminer would read it
            m = _SIMPLE_TOKEN.match(self.buf, self.charpos)
            if m is not None:
                self.charpos = m.end()
                kind: Any = m.lastgroup
                return self.bufpos + m.start(kind), (_SIMPLE_VALUES or _simple_values())[kind](m.group(kind))
        while not self._tokens:
            try:
                if self.charpos >= len(self.buf) and self.fillbuf() and self._curtoken:
                    self._parse1(b"\n", 0)  # a new stream began inside a token: pdfminer ends it with white space
                else:
                    self.charpos = self._parse1(self.buf, self.charpos)
            except _pseof():
                # the end inside a token: parsed with white space added, PSEOF raised at the next call
                self.charpos = self._parse1(b"\n", 0)
                self.eof = True
                if not self._tokens:
                    raise
        if len(self._curtoken) > _MAX_TOKEN_BYTES:  # the last piece of a long token, read without a refill
            _check_token_length(self)
        return self._tokens.pop(0)

    def _parse_hexstring(self, s: bytes, i: int) -> int:
        # pdfminer's, but the digits turned to bytes by binascii, not by a regex calling a Python function a pair
        # (a hex string cost ~3 times a name: a ToUnicode map is all hex strings, Skia's and LibreOffice's page
        # content mostly)
        m = _END_HEX_STRING.search(s, i)
        if not m:
            self._curtoken += s[i:]
            return len(s)
        j = m.start(0)
        self._curtoken += s[i:j]
        self._tokens.append((self._curtokenpos, _hex_bytes(self._curtoken)))
        self._parse1 = self._parse_main  # type: ignore[attr-defined]
        return j


def _hex_bytes(digits: bytes) -> bytes:
    """A hex string's bytes as pdfminer reads them: white space dropped, an odd last digit a byte of its own value."""
    digits = digits.translate(None, _PS_SPACES)
    token = binascii.a2b_hex(digits[:len(digits) & ~1])
    if len(digits) & 1:
        token += bytes((int(digits[-1:], 16),))
    return token


# The tokens `_BoundedTokens.nexttoken` reads in one step when pdfminer's parser is between tokens and the token,
# and what ends it, are in the buffer: most of page content (figures, operators, names, strings with no escape
# or parenthesis, hex strings); what pdfminer makes of each is in `_simple_values`. Anything else (a comment, an
# escape, `#` in a name, `<<`, a token cut by the buffer's end, NUL inside) is left to pdfminer's own steps.
# White space and NUL before a token are skipped, as pdfminer's `_parse_main` skips them. Each alternative is a
# class of bytes followed by a look-ahead outside that class: linear. Page content at MAX_PDF_CONTENT_TOKENS:
# benchmarks/README.md, rob19.
_DELIM = rb"#/%\[\]()<>{}\s"  # pdfminer.psparser's END_KEYWORD and END_LITERAL
_SIMPLE_TOKEN = re.compile(
    rb"[\0\t\n\x0b\x0c\r ]*(?:"
    rb"(?P<int>[-+]?[0-9]+)(?=[^0-9.])"  # _parse_number: digits, ended by anything but a digit or a point
    rb"|(?P<float>[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+))(?=[^0-9])"  # _parse_float: one point, digits
    rb"|(?P<kwd>[A-Za-z][^" + _DELIM + rb"]*)(?=[" + _DELIM + rb"])"  # _parse_keyword
    rb"|(?P<lit>/[^" + _DELIM + rb"]*)(?=[/%\[\]()<>{}\s])"  # _parse_literal, no `#` escape
    rb"|(?P<str>\([^()\\]*\))"  # _parse_string, no escape, no nested parenthesis
    rb"|(?P<hex><[0-9A-Fa-f\s]*>)(?=[^>])"  # _parse_wopen, _parse_hexstring, then `>` not `>>` (_parse_wclose)
    rb"|(?P<sym>[\[\]{}]))")  # _parse_main's one-byte keywords
_SIMPLE_VALUES: dict[str, Callable[[bytes], Any]] | None = None


def _simple_values() -> dict[str, Callable[[bytes], Any]]:
    """For each kind of `_SIMPLE_TOKEN`, the token pdfminer makes of its bytes."""
    global _SIMPLE_VALUES
    from pdfminer.psparser import KWD, LIT

    def keyword(text: bytes) -> Any:
        return True if text == b"true" else False if text == b"false" else KWD(text)

    def literal(text: bytes) -> Any:
        try:
            return LIT(str(text[1:], "utf-8"))
        except UnicodeDecodeError:
            return LIT(text[1:])

    _SIMPLE_VALUES = {"int": int, "float": float, "kwd": keyword, "lit": literal, "str": lambda text: text[1:-1],
                      "hex": lambda text: _hex_bytes(text[1:-1]), "sym": KWD}
    return _SIMPLE_VALUES


class _CountedTokens:
    """The safe path of `_BoundedTokens`, used when `_check_pdfminer` finds that pdfminer.six's tokenizer no longer
    reads as our copy of it does: pdfminer's own `nexttoken`, `_parse_hexstring` and `fillbuf`, each token spent
    from the budget before it is read, a token over _MAX_TOKEN_BYTES refused as each 4,096 bytes are read and once
    it is read. The same tokens and limits as the fast path; slower (font maps ~2x: rob18; page content at the
    limit ~1.7x: rob19)."""

    token_budget: _TokenBudget | None = None

    def fillbuf(self) -> Any:
        _check_token_length(self)
        return super().fillbuf()  # type: ignore[misc]

    def nexttoken(self) -> tuple[int, Any]:
        budget = self.token_budget
        if budget is not None:
            budget.spend(1)
        token: tuple[int, Any] = super().nexttoken()  # type: ignore[misc]
        value = token[1]
        if isinstance(value, bytes) and len(value) > _MAX_TOKEN_BYTES and _DECODE_BUDGET.get() is not None:
            raise ValueError(f"a string, number or name of more than {_MAX_TOKEN_BYTES:,} bytes")
        return token


# What `_linear_inflate` replaces in pdfminer.six (module globals looked up at each call). All are there from
# pdfminer.six 20250506 (pyproject's lower bound); 20231228-20250416 have no `apply_tiff_predictor`, and every PDF
# was refused as a CorruptFileError "AttributeError" (benchmarks/README.md, rob19).
_PDFMINER_GLOBALS = {
    "pdftypes": ("decompress_corrupted", "zlib", "lzwdecode", "rldecode", "ascii85decode", "asciihexdecode",
                 "ccittfaxdecode", "apply_png_predictor", "apply_tiff_predictor"),
    "pdfinterp": ("PDFContentParser", "PDFPageInterpreter"),
    "pdffont": ("CMapParser", "Type1FontHeaderParser"),
    "pdfdocument": ("Arcfour",),
}
_PDFMINER_MIN = "20250506"

# Every kind of token, a comment, strings with escapes and nesting, hex strings with white space and an odd last
# digit, cut by a 7-byte buffer in every place, and the end inside a hex string: what `_fast_tokens` compares
_TOKEN_PROBE = (b"%c\n/Na#20me 12 -3.5 +.5 .5 1e (a (b) \\) c\\101\\\n) <48 65\n6C6c6F7> <<>> [1 /x] {q} true "
                b"null <0E01 0E2 > <> BT /F1 12 Tf (\xe0\xb8\x81) Tj 1.2.3 --5 - 007 a\x00b /\xff <0E01>> [(a)-12(b)]TJ "
                b"ET 0 0 1 rg <0e")
_INLINE_PROBE = b"q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\x01E EIE\nEI\nQ BT (x) Tj ET"

_TOKENIZER: type | None = None  # `_BoundedTokens` or `_CountedTokens`, once `_check_pdfminer` has run


def _check_pdfminer() -> None:
    """Check, once a process, that the installed pdfminer.six has what the PDF reader replaces, else raise
    MissingExtraError naming what is missing (never a CorruptFileError for every file); and choose the tokenizer:
    our copy of pdfminer's (`_BoundedTokens`) only when it reads `_TOKEN_PROBE` and an inline image exactly as
    pdfminer's own does, else pdfminer's own counted (`_CountedTokens`)."""
    global _TOKENIZER, _CONTENT_PARSER, _CMAP_PARSER, _TYPE1_HEADER_PARSER
    if _TOKENIZER is not None:
        return
    import importlib

    import pdfminer

    missing = [f"pdfminer.{module}.{name}" for module, names in _PDFMINER_GLOBALS.items()
               for name in names if not hasattr(importlib.import_module(f"pdfminer.{module}"), name)]
    if missing:
        version = getattr(pdfminer, "__version__", "?")
        raise MissingExtraError("PDF files", f"pdfminer.six {_PDFMINER_MIN} or later (this one, {version}, has no "
                                             f"{', '.join(missing)})")
    _TOKENIZER = _BoundedTokens if _fast_tokens() else _CountedTokens
    _CONTENT_PARSER = _CMAP_PARSER = _TYPE1_HEADER_PARSER = None  # made again on the tokenizer chosen


def _fast_tokens() -> bool:
    """Whether `_BoundedTokens` (a copy of pdfminer.six 20260107's tokenizer, reading its internals: `buf`,
    `charpos`, `eof`, `_tokens`, `_parse1`, `_curtoken`) gives pdfminer's own tokens on `_TOKEN_PROBE`, its end
    included, and the content parser's `get_inline_data` (also a copy) the same image data."""
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSBaseParser

    def tokens(parser: Any) -> list:
        out: list = []
        try:
            for _ in range(200):
                out.append(parser.nexttoken())
        except Exception as e:  # noqa: BLE001 - the end (PSEOF), or an internal we read that is gone
            out.append(type(e).__name__)
        return out

    def inline_data(parser: Callable[[], Any]) -> Any:
        try:
            pos = next(pos for pos, token in tokens(parser())[:-1] if token is _kwd(b"ID"))
            return parser().get_inline_data(pos + len(b"ID "))
        except Exception as e:  # noqa: BLE001
            return type(e).__name__

    for size in (7, 4096):  # most tokens cut by the buffer's end (pdfminer's steps), then none (`_SIMPLE_TOKEN`)
        ours = type("ProbeTokens", (_BoundedTokens, PSBaseParser), {"BUFSIZ": size})
        theirs = type("ProbeTokens", (PSBaseParser,), {"BUFSIZ": size})
        if tokens(ours(io.BytesIO(_TOKEN_PROBE))) != tokens(theirs(io.BytesIO(_TOKEN_PROBE))):
            return False
    content, theirs_content = _make_content_parser(_BoundedTokens, inline=True), _pdfminers(PDFContentParser)
    split = _TOKEN_PROBE.index(b"Tj") + 1  # two streams of content, a token cut between them

    def streams(*parts: bytes) -> list:
        return [PDFStream({}, part) for part in parts]

    return (tokens(content(streams(_TOKEN_PROBE[:split], _TOKEN_PROBE[split:])))
            == tokens(theirs_content(streams(_TOKEN_PROBE[:split], _TOKEN_PROBE[split:])))
            and inline_data(lambda: content(streams(_INLINE_PROBE)))
            == inline_data(lambda: theirs_content(streams(_INLINE_PROBE))))


def _pdfminers(cls: type) -> Any:
    """pdfminer's own class of `cls` (`_linear_inflate` puts our subclasses in pdfminer's module globals)."""
    return next(c for c in cls.__mro__ if c.__module__.startswith("pdfminer."))


def _kwd(name: bytes) -> Any:
    from pdfminer.psparser import KWD

    return KWD(name)


class _CountedCMap:
    """A font's ToUnicode map being parsed while `_read_pdf` reads: each entry added spends `_CMAP_ENTRY_TOKENS`
    tokens of the file's MAX_PDF_FONT_TOKENS. pdfminer adds a range's codes one at a time, so `<00000000>
    <FFFFFFFF> <0E01>` in a bfrange or cidrange, 40 bytes, is 4.3 billion entries (more than 120 s, still running:
    benchmarks/README.md, rob17)."""

    def __init__(self, cmap: Any, budget: _TokenBudget) -> None:
        self._cmap, self._budget = cmap, budget

    def add_cid2unichr(self, cid: int, code: Any) -> None:
        self._budget.spend(_CMAP_ENTRY_TOKENS)
        self._cmap.add_cid2unichr(cid, code)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cmap, name)


def _cmap_parser() -> Any:
    """pdfminer's CMapParser (a font's ToUnicode map; pdfminer.pdffont's global): while `_read_pdf` reads, its
    tokens and the entries it adds are counted against MAX_PDF_FONT_TOKENS (`_CountedCMap`), and a token over
    _MAX_TOKEN_BYTES is refused as in page content."""
    global _CMAP_PARSER
    if _CMAP_PARSER is None:
        from pdfminer.cmapdb import CMapParser

        class BoundedCMapParser(_TOKENIZER or _BoundedTokens, CMapParser):  # type: ignore[misc]
            def __init__(self, cmap: Any, fp: Any) -> None:
                self.token_budget = _FONT_TOKENS.get()
                counted: Any = cmap if self.token_budget is None else _CountedCMap(cmap, self.token_budget)
                super().__init__(counted, fp)

        _CMAP_PARSER = BoundedCMapParser
    return _CMAP_PARSER


def _type1_header_parser() -> Any:
    """pdfminer's Type1FontHeaderParser (pdfminer.pdffont's global), which reads the clear-text part of an
    embedded Type 1 font without an /Encoding, to its end, for `put`s of glyph names: while `_read_pdf` reads,
    its tokens are counted against MAX_PDF_FONT_TOKENS (a font of 30 MB of names, 54 KB deflated, took more
    than 120 s: rob17) and a token over _MAX_TOKEN_BYTES is refused."""
    global _TYPE1_HEADER_PARSER
    if _TYPE1_HEADER_PARSER is None:
        from pdfminer.pdffont import Type1FontHeaderParser

        pdfminers: type = _pdfminers(Type1FontHeaderParser)

        class BoundedType1HeaderParser(_TOKENIZER or _BoundedTokens, pdfminers):  # type: ignore[misc]
            def __init__(self, data: Any) -> None:
                self.token_budget = _FONT_TOKENS.get()
                super().__init__(data)

        _TYPE1_HEADER_PARSER = BoundedType1HeaderParser
    return _TYPE1_HEADER_PARSER


class _Arcfour:
    """RC4 for pdfminer's standard security handler (pdfminer.pdfdocument's global `Arcfour`): the same bytes as
    pdfminer's, which adds each byte to a growing bytes object (quadratic: 1 MB of content took 15.5 CPU s, 10 MB
    more than 120 s; rob17). By `cryptography`'s ARC4 (a dependency of pdfminer.six, for AES) when the key, repeated,
    has a length it takes (RC4 uses key[i % len(key)]: a key repeated gives the same stream), which covers the
    40- and 128-bit keys of the standard handler; else in Python, linear (~0.2 µs a byte), its bytes spent from the
    file's MAX_PDF_DECODED_BYTES while `_read_pdf` reads."""

    def __init__(self, key: Any) -> None:
        key = bytes(key)
        if not key:
            raise ValueError("an RC4 key of 0 bytes")
        arc4 = _arc4()
        size = next((n for n in _ARC4_KEY_BYTES if n % len(key) == 0), None)
        self._cipher: Any = None
        if arc4 is not None and size is not None:
            from cryptography.hazmat.primitives.ciphers import Cipher

            self._cipher = Cipher(arc4(key * (size // len(key))), mode=None).decryptor()
            return
        self._s, j = list(range(256)), 0
        for i in range(256):
            j = (j + self._s[i] + key[i % len(key)]) % 256
            self._s[i], self._s[j] = self._s[j], self._s[i]
        self._i = self._j = 0

    def process(self, data: bytes) -> bytes:
        if self._cipher is not None:
            return self._cipher.update(data)
        budget = _DECODE_BUDGET.get()
        if budget is not None:
            budget.spend(len(data))
        s, i, j, out = self._s, self._i, self._j, bytearray(data)
        for n, byte in enumerate(out):
            i = (i + 1) % 256
            j = (j + s[i]) % 256
            s[i], s[j] = s[j], s[i]
            out[n] = byte ^ s[(s[i] + s[j]) % 256]
        self._i, self._j = i, j
        return bytes(out)

    encrypt = decrypt = process


_ARC4_KEY_BYTES = (5, 7, 8, 10, 16, 20, 24, 32)  # the key sizes cryptography's ARC4 takes


def _content_parser() -> Any:
    """pdfminer's PDFContentParser (which PDFPageInterpreter parses page content, forms and Type 3 glyphs with),
    with, while `_read_pdf` reads, each token counted against MAX_PDF_CONTENT_TOKENS: time goes with tokens,
    not bytes (30 MB of spaces parse in 1 s, of `q Q` in 93 s). Its inline image data is gathered in a
    bytearray: pdfminer's adds each piece to a growing bytes object, a copy of all so far each time (quadratic
    in an image whose data holds many `E`s); each step of its search for `EI` counts as a token. On the safe
    path (`_check_pdfminer`) pdfminer's own tokenizer and inline data, counted."""
    global _CONTENT_PARSER
    if _CONTENT_PARSER is None:
        fast = _TOKENIZER is not _CountedTokens
        _CONTENT_PARSER = _make_content_parser(_BoundedTokens if fast else _CountedTokens, inline=fast)
    return _CONTENT_PARSER


def _make_content_parser(tokenizer: type, *, inline: bool) -> Any:
    from pdfminer import pdfinterp

    pdfminers: type = _pdfminers(pdfinterp.PDFContentParser)

    class ContentParser(tokenizer, pdfminers):
        def __init__(self, streams) -> None:
            self.token_budget = _CONTENT_TOKENS.get()
            super().__init__(streams)

    class InlineContentParser(ContentParser):
        buf: bytes
        charpos: int

        def get_inline_data(self, pos: int, target: bytes = b"EI") -> tuple[int, bytes]:
            # pdfminer.six 20260107's own, line for line, but for `data` (a bytearray) and the count
            budget = self.token_budget
            self.seek(pos)
            i = 0
            data = bytearray()
            while i <= len(target):
                if budget is not None:
                    budget.spend(1)
                self.fillbuf()
                if i:
                    ci = self.buf[self.charpos]
                    c = bytes((ci,))
                    data += c
                    self.charpos += 1
                    if (len(target) <= i and c.isspace()) or (i < len(target) and c == (bytes((target[i],)))):
                        i += 1
                    else:
                        i = 0
                else:
                    try:
                        j = self.buf.index(target[0], self.charpos)
                        data += self.buf[self.charpos:j + 1]
                        self.charpos = j + 1
                        i = 1
                    except ValueError:
                        data += self.buf[self.charpos:]
                        self.charpos = len(self.buf)
            got = bytes(data[:-(len(target) + 1)])  # strip the last part
            return (pos, re.sub(rb"(\x0d\x0a|[\x0d\x0a])$", b"", got))

    if not inline:
        return ContentParser
    InlineContentParser.__name__ = InlineContentParser.__qualname__ = "ContentParser"
    return InlineContentParser


def _pdf_pages(path: Path, data: bytes, password: str, unmapped: _UnmappedGlyphs | None = None):
    """For each page, its glyphs (`_Glyph`) in the order the page draws them (figures' glyphs where the
    figure is drawn). No layout analysis (LAParams): pdfminer's breaks lines between two zero-width Thai
    marks; and no LTChar objects, which cost a third of the reading time and ~0.7 KB a glyph. A PDF over
    MAX_PDF_PAGES (the count its page tree declares, then the pages met) or MAX_PDF_GLYPHS (counted as
    they are drawn: a form drawn many times counts each time) raises FileTooLargeError."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    from pdfminer import utils as pdfminer_utils

    # the box of LTChar since pdfminer.six 2025 (four corners); with an older pdfminer.six (None) each
    # glyph becomes its LTChar
    apply_matrix_rect = getattr(pdfminer_utils, "apply_matrix_rect", None) if _FAST_GLYPH_BOXES else None

    max_pages, max_glyphs = MAX_PDF_PAGES, MAX_PDF_GLYPHS
    unmapped = _UnmappedGlyphs() if unmapped is None else unmapped

    class Aggregator(PDFPageAggregator):
        """pdfminer's layout device, but a glyph is kept as a `_Glyph` (its box as LTChar computes it, its text)
        in the page's drawing order, not as an LTChar inside the page's layout tree."""

        glyphs = 0
        text_maps: dict[int, Any]  # id(font) -> `_text_map(font)` (a dict or None): fonts live as long as the document
        page_glyphs: list
        unmapped: _UnmappedGlyphs
        tags = 0  # marked-content sequences open on the page (BMC/BDC ... EMC)
        span: _ActualTextSpan | None = None  # the /ActualText sequence open (the outermost), its glyphs

        def begin_tag(self, tag, props=None) -> None:
            self.tags += 1
            if self.span is None:
                text = _actual_text(props)
                if text is not None:
                    self.span = _ActualTextSpan(text, self.tags)

        def end_tag(self) -> None:
            if self.span is not None and self.tags == self.span.depth:
                self.page_glyphs.extend(self.span.glyphs())
                self.span = None
            self.tags = max(0, self.tags - 1)  # an EMC too many is pdfminer's to tolerate, not ours to fail on

        def end_page_glyphs(self) -> list:
            if self.span is not None:  # a sequence the page leaves open: its glyphs as drawn
                self.page_glyphs.extend(self.span.drawn)
                self.span = None
            self.tags = 0
            self.unmapped.page_ends()
            return self.page_glyphs

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            self.glyphs += 1
            if self.glyphs > max_glyphs:
                raise FileTooLargeError(path, f"its pages draw more than {max_glyphs:,} glyphs (page {pageno})",
                                        "MAX_PDF_GLYPHS", max_glyphs)
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            if apply_matrix_rect is None:  # pdfminer's own LTChar, then its box
                char = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid),
                              ncs, graphicstate)
                adv, x0, x1, y0, size = char.adv, char.x0, char.x1, char.y0, char.size
            else:
                adv, x0, x1, y0, size = _glyph_box(apply_matrix_rect, matrix, font, fontsize, scaling, rise, cid)
            table = self.text_maps.get(id(font), _NOT_LOOKED_UP)
            if table is _NOT_LOOKED_UP:
                table = self.text_maps[id(font)] = _text_map(font)
            if table is not None and cid not in table:
                text = self.unmapped.char(font, cid)
            self.unmapped.drawn(font, cid, text)
            (self.page_glyphs if self.span is None else self.span.drawn).append(_Glyph(x0, x1, y0, size, text))
            return adv

    class Parser(_TOKENIZER or _BoundedTokens, PDFParser):  # type: ignore[misc]  # the file's own objects: no tokens counted, a long token refused
        pass

    _linear_inflate()
    document = PDFDocument(Parser(io.BytesIO(data)), password=password)
    declared = _declared_pages(document)
    if declared > max_pages:
        raise FileTooLargeError(path, f"it has {declared:,} pages", "MAX_PDF_PAGES", max_pages)
    class Interpreter(PDFPageInterpreter):
        def pop(self, n: int) -> list:
            # pdfminer's copies the rest of the stack (`argstack[:-n]`) at each operator: quadratic in the operands
            # a page leaves over (`1 2 3 4 5 6 re`, two too many: 2 MB of it took 41 s, 4 times 1 MB's 11 s)
            if n == 0:
                return []
            taken = self.argstack[-n:]
            del self.argstack[-n:]
            return taken

    manager = PDFResourceManager()
    device = Aggregator(manager, laparams=None)
    device.text_maps = {}
    device.unmapped = unmapped
    interpreter = Interpreter(manager, device)
    for pageno, page in enumerate(PDFPage.create_pages(document), 1):
        if pageno > max_pages:
            raise FileTooLargeError(path, f"it has more than {max_pages:,} pages", "MAX_PDF_PAGES", max_pages)
        device.page_glyphs = []
        interpreter.process_page(page)
        yield device.end_page_glyphs()


_FAST_GLYPH_BOXES = True  # False: each glyph's box from its pdfminer LTChar, the reference `_glyph_box` is tested against


def _glyph_box(apply_matrix_rect, matrix, font, fontsize: float, scaling: float, rise: float, cid: int):
    """(advance, x0, x1, y0, size) of a glyph, computed as pdfminer's LTChar computes them (from its
    __init__ in pdfminer.six 2025-2026), without making the LTChar: a third of a PDF's reading time.
    tests/files/test_readers.py checks it against LTChar glyph by glyph on every PDF fixture."""
    adv = font.char_width(cid) * fontsize * scaling
    vertical = font.is_vertical()
    if vertical:
        vx, vy = font.char_disp(cid)
        vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
        vy = (1000 - vy) * fontsize * 0.001
        box = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
    else:
        descent = font.get_descent() * fontsize
        box = (0, descent + rise, adv, descent + rise + fontsize)
    x0, y0, x1, y1 = apply_matrix_rect(matrix, box)
    if x1 < x0:
        x0, x1 = x1, x0
    if y1 < y0:
        y0, y1 = y1, y0
    return adv, x0, x1, y0, (x1 - x0 if vertical else y1 - y0)


class _Glyph:
    """One glyph drawn: its box's left, right and bottom, its size (the box's height; width in vertical
    writing) and its text, as pdfminer's LTChar has them."""

    __slots__ = ("x0", "x1", "y0", "size", "text")

    def __init__(self, x0: float, x1: float, y0: float, size: float, text: str) -> None:
        self.x0, self.x1, self.y0, self.size, self.text = x0, x1, y0, size, text

    def get_text(self) -> str:
        return self.text


def _actual_text(props: Any) -> str | None:
    """The /ActualText of a marked-content property list given inline (BDC's dictionary), else None. A
    producer writes it where its text map cannot say what a run of glyphs reads: LibreOffice over a Thai
    cluster whose glyphs its map gives to another cluster (ำ drawn as nikhahit + sara aa, ู drawn by a glyph
    mapped to ้; benchmarks/README.md, rob20)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    if not isinstance(props, dict):
        return None  # a name of the page's /Properties: a layer or a tag, no text (not looked up)
    value = resolve1(props.get("ActualText"))
    if not isinstance(value, bytes) or not value or len(value) > MAX_ACTUAL_TEXT_BYTES:
        return None
    try:
        return decode_text(value)
    except Exception:  # noqa: BLE001 - an odd UTF-16 string: the glyphs' own text is kept
        return None


MAX_ACTUAL_TEXT_BYTES = 256  # a cluster, a ligature, a word: not a paragraph put over a glyph


class _ActualTextSpan:
    """The glyphs drawn inside one /ActualText marked-content sequence (BDC ... EMC at `depth`), and the
    text the producer says they read."""

    __slots__ = ("text", "depth", "drawn")

    def __init__(self, text: str, depth: int) -> None:
        self.text, self.depth = text, depth
        self.drawn: list[_Glyph] = []

    def glyphs(self) -> list[_Glyph]:
        """One glyph reading the ActualText, over the drawn glyphs' boxes, when it may stand for them: they
        lie on one baseline, side by side (no wider than a font size a glyph, and one more), it is at most ACTUAL_CHARS_PER_GLYPH characters a glyph, and it has every
        character the glyphs' own text has that is not a letter or mark (digits, separators, signs, spaces) in
        the same order, and no other: never a digit, sign or break the page does not draw. Else the glyphs as
        drawn."""
        drawn, text = self.drawn, self.text
        if not drawn or not text.strip() or len(text) > ACTUAL_CHARS_PER_GLYPH * len(drawn):
            return drawn
        first = drawn[0]
        size = max(first.size, 1.0)
        if any(abs(g.y0 - first.y0) > SAME_LINE * size for g in drawn):
            return drawn
        if max(g.x1 for g in drawn) - min(g.x0 for g in drawn) > (len(drawn) + 1) * size:
            return drawn  # glyphs far apart on the line: not one cluster, ligature or word
        if _NOT_WORDS.sub("", text) != _NOT_WORDS.sub("", "".join(g.text for g in drawn)):
            return drawn
        return [_Glyph(min(g.x0 for g in drawn), max(g.x1 for g in drawn), first.y0, max(g.size for g in drawn),
                       text)]


ACTUAL_CHARS_PER_GLYPH = 4  # a ligature "ffi" is 3 characters over one glyph; a Thai cluster 1-3 over 1-3
# what an ActualText may change of the glyphs' text: letters and marks (and what reads nothing: a glyph with no
# character, pdfminer's "(cid:N)", legacy private-use glyphs). Not white space: a line break put inside "1,250"
# would make two numbers of it
_NOT_WORDS = regex.compile(r"\(cid:[0-9]{1,6}\)|[\p{L}\p{M}\p{Co}\uFFFD]++")


class _UnmappedGlyphs:
    """The glyphs of a document that their font's text map leaves out, each a private-use character of its own
    per (font, glyph) while the pages are laid out, resolved once the document is read (`resolve`).

    LibreOffice draws ำ as two glyphs, nikhahit and sara aa (a tone mark between them: น้ำ), and maps the cluster
    to the first only. When a font's first sara aa is inside an ำ, the sara-aa glyph gets no entry, and every า
    after it in that font is lost. Its /ActualText says what such glyphs read (`_ActualTextSpan`), but a file
    rewritten by Ghostscript keeps the map and drops that. The sara-aa glyph is drawn after the glyph mapped to ำ
    (right after it, or after one tone mark) each time that one is drawn: it reads า, there inside the ำ, when the
    document's words say so (`thai_repair.reads_sara_aa`). Any other glyph left out is UNKNOWN_MARK as before (a
    tone mark that makes a word there, `fill_unknown_marks`, else nothing). Simple fonts only (`_text_map`):
    LibreOffice's are."""

    __slots__ = ("chars", "after_am", "_open")

    def __init__(self) -> None:
        self.chars: dict[tuple[int, int], str] = {}  # (id(font), cid) -> its private-use character
        # (id(font), cid) of a glyph mapped to ำ -> the characters of the glyphs left out drawn after it (right after
        # it, or after a tone mark) each time it is drawn
        self.after_am: dict[tuple[int, int], frozenset[str]] = {}
        # the glyph mapped to ำ whose followers are being drawn: its key, and the character of the glyph left out
        # right after it when that may be a tone mark before the sara aa ("" when the next one is awaited)
        self._open: tuple[tuple[int, int], str | None] | None = None

    def char(self, font: Any, cid: int) -> str:
        key = (id(font), cid)
        got = self.chars.get(key)
        if got is None:
            if len(self.chars) >= _UNMAPPED_COUNT:  # more glyphs left out than characters to name them
                return UNKNOWN_MARK
            got = self.chars[key] = chr(_UNMAPPED_FIRST + len(self.chars))
        return got

    def drawn(self, font: Any, cid: int, text: str) -> None:
        """Follow the glyphs drawn after each glyph mapped to ำ (this one is one of them, or is one)."""
        if self._open is not None:
            am, first = self._open
            left_out = self.chars.get((id(font), cid)) if id(font) == am[0] else None
            if first == "":  # right after the ำ
                if left_out is not None or (id(font) == am[0] and text in _TONE_MARKS):
                    self._open = (am, left_out)  # the sara aa, or a tone mark before it: the next glyph says
                    return
                self._close(set())
            else:
                self._close({first, left_out})
        if text == "\u0E33":
            self._open = ((id(font), cid), "")

    def _close(self, seen: set[str | None]) -> None:
        assert self._open is not None
        am = self._open[0]
        found = frozenset(c for c in seen if c)
        self.after_am[am] = self.after_am[am] & found if am in self.after_am else found
        self._open = None

    def page_ends(self) -> None:
        if self._open is not None:  # the page ends after a glyph mapped to ำ (no sara aa), or after one left out
            self._close({self._open[1]})

    def resolve(self, pages: list[str]) -> list[str]:
        """The pages with each glyph's character replaced: า where the document shows it is sara aa, else as
        dropped."""
        if not self.chars:
            return pages
        from .thai_repair import reads_sara_aa

        after_by_font: dict[int, set[str]] = {}
        for (font, _), after in self.after_am.items():
            if len(after) == 1:
                after_by_font.setdefault(font, set()).update(after)
        # a font whose glyphs mapped to ำ are followed by two glyphs left out: neither is read
        candidates = sorted(next(iter(seen)) for seen in after_by_font.values() if len(seen) == 1)
        if not candidates:
            return [page.translate(self._dropped()) for page in pages]
        candidates = candidates[:MAX_SARA_AA_GLYPHS]
        contexts: dict[str, list[tuple[str, str]]] = {c: [] for c in candidates}
        where = regex.compile("[" + "".join(candidates) + "]")
        for page in pages:
            for m in where.finditer(page):
                found = contexts[m.group()]
                if len(found) < SARA_AA_PLACES:
                    found.append((page[max(0, m.start() - _AROUND):m.start()], page[m.end():m.end() + _AROUND]))
        sara_aa = "".join(c for c in candidates if reads_sara_aa(contexts[c], c))
        if sara_aa:  # ำ, a tone mark left out, sara aa: the mark goes before the ำ, which reads the sara aa
            before_am = regex.compile(f"\u0E33([\\U{_UNMAPPED_FIRST:08X}-\\U{_UNMAPPED_FIRST + _UNMAPPED_COUNT - 1:08X}])"
                                      f"[{sara_aa}]")
            pages = [before_am.sub("\\1\u0E33", page) for page in pages]
        table = self._dropped()
        table.update((ord(c), "\u0E32") for c in sara_aa)
        return [page.translate(table) for page in pages]

    def _dropped(self) -> dict[int, str]:
        return dict.fromkeys(map(ord, self.chars.values()), UNKNOWN_MARK)


_TONE_MARKS = frozenset("\u0E48\u0E49\u0E4A\u0E4B")
MAX_SARA_AA_GLYPHS = 64  # fonts whose sara aa is looked for in one document (each costs SARA_AA_PLACES word checks)
SARA_AA_PLACES = 40  # the places (the first in the document) where a glyph must read sara aa
_AROUND = 40  # characters read on each side of such a place
# the private-use characters that stand for glyphs left out while a document is read (plane 15: no font's text map
# gives these; `_THAI_ATTACHED` lays them out as it laid out UNKNOWN_MARK, with the glyph before)
_UNMAPPED_FIRST, _UNMAPPED_COUNT = 0xF0000, 0xFFFE


def _declared_pages(document) -> int:
    """The page count the root of the page tree declares (0 when it declares none): a file may lie, so the
    pages are counted again as they are read."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
    except Exception:  # noqa: BLE001 - a damaged page tree: pdfminer's own reading reports it
        return 0
    return count if isinstance(count, int) else 0


_NOT_LOOKED_UP = object()


def _text_map(font: Any) -> dict[int, str] | None:
    """The text map (ToUnicode) of a simple font that has one, else None. A glyph such a map leaves out is one
    pdfminer reads through the font's encoding, which for a subset font is a guess ("/" or "7" for a shifted
    Thai tone mark): it becomes a private-use character of its own (`_UnmappedGlyphs`), read as sara aa when
    the document shows it is one, else dropped (`UNKNOWN_MARK`): never a made-up character, least of all a
    digit. (A composite font's glyph that its map leaves out reads "(cid:N)", dropped.) Looked up once a font
    (`_pdf_pages`), not once a glyph."""
    from pdfminer.pdffont import PDFSimpleFont

    table = getattr(getattr(font, "unicode_map", None), "cid2unichr", None)
    return table if isinstance(font, PDFSimpleFont) else None


_THAI_ATTACHED = regex.compile("[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E\uF700-\uF71F\uFFFD\U000F0000-\U000FFFFD]")
SAME_LINE = 0.4  # baselines closer than this many font sizes are one line
WORD_GAP = 0.2  # a gap wider than this many font sizes between glyphs is a space
CELL_GAP = 1.5  # a gap wider than this between runs of one line is a table-cell boundary (a tab)


class _Run:
    """Glyphs laid left to right on one baseline, in the order the PDF drew them."""

    __slots__ = ("x0", "x1", "y", "size", "parts", "spaced")

    def __init__(self, ch) -> None:
        self.x0, self.x1, self.y, self.size = ch.x0, ch.x1, ch.y0, max(ch.size, 1.0)
        self.parts = [ch.get_text()]
        self.spaced = False  # a space glyph follows: the gap after it is a word space, however wide

    def takes(self, ch) -> bool:
        return (abs(ch.y0 - self.y) <= SAME_LINE * self.size
                and self.x1 - WORD_GAP * self.size <= ch.x0 <= self.x1 + CELL_GAP * self.size)

    def add(self, ch) -> None:
        text = ch.get_text()
        if ch.x0 - self.x1 > WORD_GAP * self.size and not text.isspace() and not self.parts[-1].isspace():
            self.parts.append(" ")
        self.parts.append(text)
        self.x1 = max(self.x1, ch.x1)


def _page_text(chars: list) -> str:
    """A page's text, read alone: its glyphs left out of their text maps dropped (see `_UnmappedGlyphs`)."""
    return _repaired(_UnmappedGlyphs().resolve([_page_layout(chars)])[0])


def _repaired(text: str) -> str:
    return _RUN_OF_SPACES.sub(" ", repair_thai(fill_unknown_marks(text))).strip()


def _page_layout(chars: list) -> str:
    """A page's text as laid out: glyphs in drawing order make runs (a zero-width mark always stays with the
    glyph before it); runs on one baseline make a line, left to right; lines top to bottom."""
    runs: list[_Run] = []
    for ch in chars:
        text = ch.get_text()
        if runs and (_THAI_ATTACHED.match(text) or ch.x1 - ch.x0 < 0.01 or runs[-1].takes(ch)):
            if _THAI_ATTACHED.match(text) or ch.x1 - ch.x0 < 0.01:
                runs[-1].parts.append(text)
                runs[-1].x1 = max(runs[-1].x1, ch.x1)
            else:
                runs[-1].add(ch)
        elif not text.isspace():
            runs.append(_Run(ch))
        elif runs:
            runs[-1].spaced = True
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: -r.y):
        if lines and abs(lines[-1][0].y - run.y) <= SAME_LINE * run.size:
            lines[-1].append(run)
        else:
            lines.append([run])
    texts: list[str] = []
    right = max((r.x1 for r in runs), default=0.0)
    for line in lines:
        line.sort(key=lambda r: r.x0)
        justified = line[-1].x1 >= right - line[-1].size  # a full line: its wide gaps are stretched spaces
        parts: list[str] = []
        for i, run in enumerate(line):
            gap = run.x0 - line[i - 1].x1 if i else 0.0
            if gap > CELL_GAP * run.size and not line[i - 1].spaced and not justified:
                parts.append("\t")
            elif gap > WORD_GAP * run.size:
                parts.append(" ")
            parts.append("".join(run.parts))
        texts.append(_CID.sub("", "".join(parts)).strip())
    return "".join(_with_breaks(lines, texts)).replace("\u00AD\n", "")  # a soft hyphen at a line end


def _with_breaks(lines: list[list[_Run]], texts: list[str]):
    """The lines with what goes between them. A line that reaches the right edge of the page's
    text, with the next line one usual line step below, wraps (a paragraph goes on; never a
    table row): nothing between two Thai letters or two digits (Thai wraps between words that no
    space separates), else a space. Any other line ends with a line break."""
    right = max((max(r.x1 for r in line) for line in lines), default=0.0)
    steps = sorted(lines[i][0].y - lines[i + 1][0].y for i in range(len(lines) - 1))
    usual = steps[len(steps) // 2] if steps else 0.0
    for i, (line, text) in enumerate(zip(lines, texts)):
        yield text
        if i + 1 == len(lines):
            break
        size = max(r.size for r in line)
        nxt = texts[i + 1]
        step = line[0].y - lines[i + 1][0].y
        wraps = ("\t" not in text and "\t" not in nxt and text and nxt
                 and max(r.x1 for r in line) >= right - WRAP_MARGIN * size
                 and 0 < step <= min(LINE_STEP * size, usual * 1.15))
        if not wraps:
            yield "\n"
        elif not (_THAI_LETTER.match(text[-1]) and _THAI_LETTER.match(nxt[0])
                  or text[-1].isdigit() and nxt[0].isdigit()):
            yield " "


_THAI_LETTER = regex.compile("[\u0E01-\u0E4E]")
WRAP_MARGIN = 8.0  # a line ending within this many font sizes of the right edge is full (Thai wraps raggedly)
LINE_STEP = 2.6  # the next line of a paragraph starts within this many font sizes below


_CID = regex.compile(r"\(cid:[0-9]{1,6}\)")
_RUN_OF_SPACES = regex.compile(r"(?<=\S) {2,}+|(?m)^ ++|(?<! ) ++$|(?<! ) ++(?=\t)|(?<=\t) ++")


def _join_pages(pages: list[str]) -> FileText:
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, page in enumerate(pages):
        if i:
            pos += len(PAGE_BREAK)
        spans.append((pos, pos + len(page)))
        pos += len(page)
    return FileText(PAGE_BREAK.join(pages), "pdf", pages=tuple(spans))


_FORMATS = {".txt": "txt", ".htm": "html", ".html": "html", ".docx": "docx", ".pdf": "pdf"}
_READERS: dict[str, Callable[[Path, bytes], FileText]] = {
    ".txt": _read_txt,
    ".htm": _read_html,
    ".html": _read_html,
    ".docx": _read_docx,
    ".pdf": lambda path, data: _read_pdf(path, data, password=""),
}
