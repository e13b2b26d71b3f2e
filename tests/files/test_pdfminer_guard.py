"""What the PDF reader takes from pdfminer.six's internals, checked before it is used (`readers._check_pdfminer`).

The reader replaces module globals of pdfminer.six (its decoders, parsers, RC4) and its tokenizer is a copy of
pdfminer.six 20260107's `PSBaseParser.nexttoken`, reading `buf`, `charpos`, `eof`, `_tokens`, `_parse1` and
`_curtoken`. A pdfminer.six without one of the globals is refused with MissingExtraError naming it (before rob19,
20231228-20250416 made every PDF a CorruptFileError "AttributeError"); one whose tokenizer no longer reads as the copy
does gets pdfminer's own tokenizer, counted (`_CountedTokens`): the same text and limits. The pdfminer below is the
installed one, changed in the ways a later release could change it (no mock of the reader).
"""
import collections
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie import readers

pytest.importorskip("pdfminer")

FILES = Path(__file__).resolve().parents[1] / "data" / "files"
PDFS = ["report_fpdf.pdf", "report_libreoffice.pdf", "page_chromium.pdf", "report_legacy.pdf"]


@pytest.fixture
def fresh(monkeypatch):
    """The reader as in a new process: pdfminer checked again and its parsers made again at the next read."""
    for name in ("_TOKENIZER", "_CONTENT_PARSER", "_CMAP_PARSER", "_TYPE1_HEADER_PARSER"):
        monkeypatch.setattr(readers, name, None)
    from pdfminer import pdffont, pdfinterp

    for module, name in ((pdfinterp, "PDFContentParser"), (pdffont, "CMapParser"), (pdffont, "Type1FontHeaderParser")):
        monkeypatch.setattr(module, name, getattr(module, name))
    return monkeypatch


def _deque_tokens(monkeypatch) -> None:
    """The installed pdfminer as a release that keeps its pending tokens in a deque would be: the tokens are the
    same, but the copy's `self._tokens.pop(0)` fails on it (TypeError) and every page would be unreadable."""
    from pdfminer import psparser

    seek, PSEOF = psparser.PSBaseParser.seek, psparser.PSEOF

    def deque_seek(self, pos: int) -> None:
        seek(self, pos)
        self._tokens = collections.deque()

    def nexttoken(self):
        if self.eof:
            raise PSEOF("Unexpected EOF")
        while not self._tokens:
            try:
                changed_stream = self.fillbuf()
                if changed_stream and self._curtoken:
                    self._parse1(b"\n", 0)
                else:
                    self.charpos = self._parse1(self.buf, self.charpos)
            except PSEOF:
                self.charpos = self._parse1(b"\n", 0)
                self.eof = True
                if not self._tokens:
                    raise
        return self._tokens.popleft()

    monkeypatch.setattr(psparser.PSBaseParser, "seek", deque_seek)
    monkeypatch.setattr(psparser.PSBaseParser, "nexttoken", nexttoken)


def test_the_installed_pdfminer_takes_the_fast_tokenizer(fresh) -> None:
    assert tri.read_text(FILES / "report_fpdf.pdf").text
    assert readers._TOKENIZER is readers._BoundedTokens
    assert readers._fast_tokens()
    assert readers._BoundedTokens in readers._content_parser().__mro__


def test_a_changed_tokenizer_falls_back_to_pdfminers_own(fresh) -> None:
    before = {name: tri.read_text(FILES / name).text for name in PDFS}
    fresh.setattr(readers, "_TOKENIZER", None)  # checked again at the next read, the parsers made again
    _deque_tokens(fresh)
    assert not readers._fast_tokens()  # the copy no longer reads as pdfminer does
    assert {name: tri.read_text(FILES / name).text for name in PDFS} == before
    assert readers._TOKENIZER is readers._CountedTokens
    assert readers._BoundedTokens not in readers._content_parser().__mro__
    assert "get_inline_data" not in vars(readers._content_parser())  # pdfminer's own


@pytest.mark.parametrize(("limit", "font_limit", "refused"), [
    (193, 10**6, "MAX_PDF_CONTENT_TOKENS"),
    (194, 10**6, None),
    (10**6, 312, "MAX_PDF_FONT_TOKENS"),
    (194, 313, None),
])
def test_the_fallback_counts_the_same_tokens(fresh, limit: int, font_limit: int, refused: str | None) -> None:
    """The fixture's counts on the fast path (tests/files/test_limits.py), held by pdfminer's own tokenizer."""
    _deque_tokens(fresh)
    fresh.setattr(readers, "MAX_PDF_CONTENT_TOKENS", limit)
    fresh.setattr(readers, "MAX_PDF_FONT_TOKENS", font_limit)
    if refused:
        with pytest.raises(tri.FileTooLargeError, match=refused):
            tri.read_text(FILES / "report_fpdf.pdf")
    else:
        assert tri.read_text(FILES / "report_fpdf.pdf").text
    assert readers._TOKENIZER is readers._CountedTokens


def test_the_fallback_refuses_a_long_token(fresh, tmp_path) -> None:
    import sys

    sys.path.insert(0, str(FILES))
    import pdf_filters

    data = (FILES / "report_fpdf.pdf").read_bytes()
    content = b"(" + b"x" * 100_000 + b") Tj\n" + pdf_filters.page_content(data)
    path = tmp_path / "long-token.pdf"
    path.write_bytes(pdf_filters.with_page_content(data, content, []))
    _deque_tokens(fresh)
    fresh.setattr(readers, "_MAX_TOKEN_BYTES", 50_000)
    with pytest.raises(tri.CorruptFileError, match="more than 50,000 bytes"):
        tri.read_text(path)
    assert readers._TOKENIZER is readers._CountedTokens


@pytest.mark.parametrize(("module", "name"), [
    ("pdftypes", "apply_tiff_predictor"),  # not in pdfminer.six 20231228-20250416
    ("pdftypes", "lzwdecode"),
    ("pdffont", "Type1FontHeaderParser"),
    ("pdfdocument", "Arcfour"),
])
def test_a_pdfminer_without_what_the_reader_replaces_is_named(fresh, module: str, name: str) -> None:
    import importlib

    fresh.delattr(importlib.import_module(f"pdfminer.{module}"), name)
    with pytest.raises(tri.MissingExtraError, match=f"pdfminer.six 20250506 or later .*pdfminer.{module}.{name}"):
        tri.read_text(FILES / "report_fpdf.pdf")
    (_, pdf), (_, txt) = tri.extract_many([FILES / "report_fpdf.pdf", FILES / "report.txt"])
    assert isinstance(pdf, tri.Failure) and pdf.error_type == "MissingExtraError"  # and the batch goes on
    assert isinstance(txt, tri.Report) and txt.records


# Pieces of PostScript as page content, fonts' maps and a file's objects hold them, and pieces that read oddly
# (a sign alone, two points, a name with `#`, `<<`/`>>`, an escape, NUL): `_SIMPLE_TOKEN` must read each whole
# token as pdfminer's own steps do, and leave the rest to them
PIECES = [b" ", b"  ", b"\n", b"\r\n", b"\t", b"\x00", b"\x0c", b"1", b"12", b"-3", b"+4", b"-", b"+", b".", b"1.", b".5",
          b"-.5", b"1.2.3", b"--5", b"007", b"BT", b"Tj", b"TJ", b"true", b"false", b"null", b"a\x00b", b"\xe0\xb8", b"/F1",
          b"/", b"/a#20b", b"/#", b"/\xe0\xb8\x81", b"/\xff", b"(", b")", b"(ab)", b"(a\\)b)", b"(a(b)c)", b"\\", b"\\101",
          b"<", b">", b"<<", b">>", b"<0E01>", b"<0e 0 1>", b"<0E0>", b"<>", b"<0E01>>", b"<0G>", b"[", b"]", b"{", b"}",
          b"%c\n", b"%", b"#", b"e", b"1e5", b"ID", b"EI", b"'", b'"', b"*", b"\x80", b"<0E01><0E02>", b"(x)(y)",
          b"[(a)12(b)]", b"1 0 0 1 72 700 Tm"]


def _tokens(parser) -> list:
    out = []
    try:
        for _ in range(100_000):
            out.append(parser.nexttoken())
    except Exception as e:  # noqa: BLE001 - the end (PSEOF) or what pdfminer raised, compared too
        out.append(type(e).__name__)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_simple_tokens_read_as_pdfminer_reads_them(fresh, seed: int) -> None:
    """Random inputs of PIECES, our tokenizer against pdfminer's own, at buffer sizes that cut tokens and not."""
    import io
    import random

    from pdfminer.psparser import PSBaseParser

    readers._check_pdfminer()
    assert readers._TOKENIZER is readers._BoundedTokens
    rng = random.Random(seed)
    fast = 0
    for _ in range(100):
        data = b"".join(rng.choice(PIECES) for _ in range(rng.randint(1, 300)))
        size = rng.choice([1, 3, 7, 64, 4096])
        ours = type("Ours", (readers._BoundedTokens, PSBaseParser), {"BUFSIZ": size})
        theirs = type("Theirs", (PSBaseParser,), {"BUFSIZ": size})
        assert _tokens(ours(io.BytesIO(data))) == _tokens(theirs(io.BytesIO(data))), (size, data)
        fast += sum(1 for pos in range(len(data)) if readers._SIMPLE_TOKEN.match(data, pos))
    assert fast > 1_000  # the one-step path is taken


@pytest.mark.parametrize("seed", range(4))
def test_content_across_streams_reads_as_pdfminer_reads_it(fresh, seed: int) -> None:
    """Page content cut into 1-4 streams at random points (a token may straddle two: pdfminer ends it there)."""
    import random

    from pdfminer.pdftypes import PDFStream

    readers._check_pdfminer()
    ours = readers._content_parser()
    theirs = readers._pdfminers(ours)
    rng = random.Random(seed)
    for _ in range(100):
        data = b"".join(rng.choice(PIECES) for _ in range(rng.randint(1, 300)))
        cuts = sorted(rng.sample(range(len(data) + 1), min(len(data) + 1, rng.randint(0, 3))))
        parts = [data[i:j] for i, j in zip([0, *cuts], [*cuts, len(data)])]
        assert (_tokens(ours([PDFStream({}, part) for part in parts]))
                == _tokens(theirs([PDFStream({}, part) for part in parts]))), parts
