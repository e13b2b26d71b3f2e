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
