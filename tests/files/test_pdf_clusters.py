"""Thai clusters in PDFs whose text maps do not say what they read: LibreOffice's /ActualText, and its sara aa
left out of the map (benchmarks/README.md, rob19 section 5 and rob20). Real LibreOffice 7.4 files (made by
tests/data/files/make_fixtures.py, some rewritten by Ghostscript, which drops the ActualText) and hand-made pages."""
import re
import sys
import zlib
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie import readers
from thai_report_ie.thai_repair import reads_sara_aa

FILES = Path(__file__).resolve().parents[1] / "data" / "files"
sys.path.insert(0, str(FILES))
import pdf_filters  # noqa: E402
from make_fixtures import LO_THAI, LO_THAI_AA_FIRST  # noqa: E402

LO_MONEY = ["4200000", "850000"]
LO_QUANTITIES = [("1320", "ราย"), ("9", "ตำบล"), ("12.5", "กิโลเมตร"), ("14", "แห่ง")]

# (file, the lines it draws): fonts whose first sara aa is inside ำ (สำนักงาน), so their map leaves the sara-aa glyph
# out (and main read "ล้นบ่ท", no money), with LibreOffice's /ActualText or without it (Ghostscript); and a file
# whose first sara aa stands alone (รายงาน), which lost nothing
LIBREOFFICE = [
    pytest.param("lo_thai_garuda.pdf", LO_THAI, id="garuda"),
    pytest.param("lo_thai_norasi.pdf", LO_THAI, id="norasi"),
    pytest.param("lo_thai_loma.pdf", LO_THAI, id="loma"),
    pytest.param("lo_thai_garuda_gs.pdf", LO_THAI, id="garuda-ghostscript"),
    pytest.param("lo_thai_norasi_gs.pdf", LO_THAI, id="norasi-ghostscript"),
    pytest.param("lo_thai_loma_gs.pdf", LO_THAI, id="loma-ghostscript"),
    pytest.param("lo_thai_garuda_aa_first.pdf", [LO_THAI_AA_FIRST, *LO_THAI], id="garuda-aa-first"),
]


@pytest.mark.parametrize(("name", "lines"), LIBREOFFICE)
def test_libreoffice_thai_reads_what_a_person_reads(name: str, lines: list[str]) -> None:
    text = tri.read_text(FILES / name).text
    assert "".join(text.split()) == "".join("".join(lines).split())
    assert text.count("\u0e32") == "".join(lines).count("\u0e32")
    report = tri.extract(text)
    assert [str(m.value) for m in report.money] == LO_MONEY
    assert [(str(q.value), q.unit) for q in report.quantities] == LO_QUANTITIES


def test_libreoffice_fixture_report_reads_its_tone_marks_around_sara_am() -> None:
    # its font's nikhahit glyph was first drawn in น้ำ: the map gives it "้ำ", and the high ้ after ี no entry;
    # LibreOffice's ActualText says น้ำ, นี้, พื้นที่ (main read "แหล่งนำ", "ขณะนีด้ำเนินการ", "พืนที่")
    text = tri.read_text(FILES / "report_libreoffice.pdf").text
    for words in ("แหล่งน้ำชุมชน", "ขณะนี้ดำเนินการ", "ในพื้นที่", "นอกจากนี้ กรมชลประทาน", "การจัดการน้ำ"):
        assert words in text


# -- /ActualText on pages made by hand: the fpdf2 fixture's first page, and lines drawn below it in its font

def _codes(text: str) -> bytes:
    """`text` in the fpdf2 fixture's font (2-byte glyph codes, from its ToUnicode map), as a PDF string."""
    pdf = (FILES / "report_fpdf.pdf").read_bytes()
    body = pdf_filters.objects(pdf)[int(re.search(rb"/ToUnicode (\d+) 0 R", pdf).group(1))]
    glyph = {chr(int(u, 16)): bytes.fromhex(g.decode()) for g, u in re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]{4})>", body)}
    return b"(" + b"".join(glyph[c] for c in text).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _utf16(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _page_with(tmp_path: Path, drawn: bytes) -> str:
    """The last line of the fpdf2 fixture's first page with `drawn` added to its content below the rest."""
    pdf = (FILES / "report_fpdf.pdf").read_bytes()
    content = pdf_filters.page_content(pdf) + b"\nBT /F1 13.00 Tf ET\n" + drawn + b"\n"
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf_filters.with_page_content(pdf, zlib.compress(content), ["FlateDecode"]))
    return tri.read_text(path).text.split("\n\n")[0].split("\n")[-1]


def _span(actual: bytes, *strings: bytes, between: bytes = b"") -> bytes:
    return (b"BT 31.18 60 Td /Span <</ActualText " + actual + b">> BDC " + between.join(s + b" Tj" for s in strings)
            + b" EMC ET")


# (case, what is drawn, the line read): the ActualText reads where it changes letters and marks only, on one baseline
ACTUAL_TEXT = [
    ("letters", _span(_utf16("บาท"), _codes("บท")), "บาท"),
    ("same-text", _span(_utf16("12 บาท"), _codes("12 บาท")), "12 บาท"),
    ("pdfdoc-string", _span(b"(.)", _codes(".")), "."),
    ("a-digit-changed", _span(_utf16("92"), _codes("12")), "12"),
    ("a-digit-added", _span(_utf16("12.5"), _codes("125")), "125"),
    ("a-separator-dropped", _span(_utf16("125"), _codes("1.25")), "1.25"),
    ("a-digit-for-a-letter", _span(_utf16("5"), _codes("บ")), "บ"),
    ("a-break-inside-a-number", _span(_utf16("1,2\n50"), _codes("1,250")), "1,250"),
    ("a-space-added", _span(_utf16("บา ท"), _codes("บท")), "บท"),
    ("empty", _span(b"()", _codes("บาท")), "บาท"),
    ("too-long", _span(_utf16("บาท" * 3), _codes("บท")), "บท"),
    ("far-apart", _span(_utf16("บาท"), _codes("บ"), _codes("ท"), between=b" 200 0 Td"), "บ\tท"),  # a table's cells
    ("two-baselines", _span(_utf16("บาท"), _codes("บ"), _codes("ท"), between=b" 0 -30 Td"), "ท"),
    ("nested-tags", b"BT 31.18 60 Td /Span <</ActualText " + _utf16("บาท") + b">> BDC /P BMC " + _codes("บท")
     + b" Tj EMC EMC ET", "บาท"),
    ("inner-actual-text-ignored", b"BT 31.18 60 Td /Span <</ActualText " + _utf16("บาท") + b">> BDC /Span "
     b"<</ActualText " + _utf16("ก") + b">> BDC " + _codes("บท") + b" Tj EMC EMC ET", "บาท"),
    ("emc-too-many", _span(_utf16("บาท"), _codes("บท")) + b" EMC EMC", "บาท"),
    ("left-open", b"BT 31.18 60 Td /Span <</ActualText " + _utf16("บาท") + b">> BDC " + _codes("บท") + b" Tj ET",
     "บท"),
    ("named-properties", b"BT 31.18 60 Td /OC /MC0 BDC " + _codes("บท") + b" Tj EMC ET", "บท"),
    ("odd-utf16", _span(b"<FEFF0E>", _codes("บท")), "บท"),
]


@pytest.mark.parametrize(("drawn", "line"), [pytest.param(d, t, id=c) for c, d, t in ACTUAL_TEXT])
def test_actual_text_reads_only_where_it_changes_no_figure(tmp_path, drawn: bytes, line: str) -> None:
    assert _page_with(tmp_path, drawn) == line


# -- the sara-aa glyph left out of a simple font's map, without ActualText: what `_UnmappedGlyphs` reads

class _Font:
    """A font as `_UnmappedGlyphs` knows it: its identity."""


AM, AM2, AA, AA2, TONE = 10, 11, 3, 4, 21  # glyph codes: mapped to ำ (two of them), sara aa left out (two), a high
# tone mark left out; a glyph code None: a mapped glyph (its code made from its character)


def _read(glyphs: list[tuple[_Font, str | None, int | None]]) -> str:
    """The text of one page drawing `glyphs` ((font, the character its map gives or None, its code)), read as
    `_read_pdf` reads a page: each glyph's character, the glyphs left out resolved over the page, repaired."""
    unmapped = readers._UnmappedGlyphs()
    out = []
    for font, mapped, cid in glyphs:
        code = ord(mapped) + 1000 if cid is None and mapped else cid
        text = unmapped.char(font, code) if mapped is None else mapped
        unmapped.drawn(font, code, text)
        out.append(text)
    unmapped.page_ends()
    return readers._repaired(unmapped.resolve(["".join(out)])[0])


def _drawn(font: _Font, text: str, *, aa: int = AA) -> list[tuple[_Font, str | None, int | None]]:
    """`text` drawn as LibreOffice draws it in a font whose sara aa is left out: ำ as the glyph mapped to ำ then
    the sara aa (with a tone mark: "น้ำ", written น + ้ + ำ, is drawn น, ำ, the high ้ left out, sara aa); "?" a high
    tone mark left out, "@" another glyph mapped to ำ, drawn alone (a precomposed sara am)."""
    out: list[tuple[_Font, str | None, int | None]] = []
    for c in text.replace("\u0e49\u0e33", "*"):
        out += {"\u0e33": [(font, "\u0e33", AM), (font, None, aa)], "\u0e32": [(font, None, aa)],
                "*": [(font, "\u0e33", AM), (font, None, TONE), (font, None, aa)], "?": [(font, None, TONE)],
                "@": [(font, "\u0e33", AM2)]}.get(c, [(font, c, None)])
    return out


GARUDA, NORASI = _Font(), _Font()
UNMAPPED = [  # (case, glyphs drawn, text read)
    ("libreoffice", _drawn(GARUDA, "สำนักงานได้รับงบประมาณ 4.2 ล้านบาท"), "สำนักงานได้รับงบประมาณ 4.2 ล้านบาท"),
    ("tone-before-the-aa", _drawn(GARUDA, "ทำน้ำประปา ตำบลบ้านนา"), "ทำน้ำประปา ตำบลบ้านนา"),
    ("two-fonts", _drawn(GARUDA, "สำนักงานเขต ") + _drawn(NORASI, "ประจำปีงบประมาณ 5 ล้านบาท", aa=AA2),
     "สำนักงานเขต ประจำปีงบประมาณ 5 ล้านบาท"),
    ("precomposed-am", _drawn(GARUDA, "ส@นักงาน 9 ล้านบาท ประมาณ ทำงาน"), "สำนักงาน 9 ล้านบาท ประมาณ ทำงาน"),
    # a glyph mapped to ำ once followed by a letter: what follows it is not always one glyph, so nothing is read
    ("am-then-a-letter", _drawn(GARUDA, "สำนักงาน ท") + [(GARUDA, "\u0e33", AM), (GARUDA, "น", None)],
     "สำนักงน ทำน"),
    ("am-ends-the-page", _drawn(GARUDA, "สำนักงาน ท") + [(GARUDA, "\u0e33", AM)], "สำนักงน ทำ"),
    # a glyph left out after ำ that reads a tone mark elsewhere (ห้อง): never า; the tone marks are filled
    ("tone-not-aa", [(GARUDA, c, None) for c in "ขณะน"] + [(GARUDA, "\u0e33", AM), (GARUDA, None, TONE)]
     + _drawn(GARUDA, " ห?องประชุมชั?น 4"), "ขณะนำ ห้องประชุมชั้น 4"),
    ("only-after-am", _drawn(GARUDA, "สำนัก"), "สำนัก"),
    # a font with two glyphs mapped to ำ, each followed by its own glyph left out: neither is read
    ("two-aa-glyphs", _drawn(GARUDA, "สำนักงาน ท") + [(GARUDA, "\u0e33", AM2), (GARUDA, None, AA2)], "สำนักงน ทำ"),
]


@pytest.mark.parametrize(("glyphs", "text"), [pytest.param(g, t, id=c) for c, g, t in UNMAPPED])
def test_sara_aa_left_out_reads_where_the_document_shows_it(glyphs, text: str) -> None:
    assert _read(glyphs) == text


X = "\U000F0000"


def _places(text: str) -> list[tuple[str, str]]:
    return [(text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]) for m in re.finditer(X, text)]


READS_SARA_AA = [  # (case, the text with the glyph X, it reads sara aa)
    ("sara-aa", f"สำ{X}นักง{X}นได้รับงบประม{X}ณ 4.2 ล้{X}นบ{X}ท", True),
    ("names-and-places", f"นายสมช{X}ย ไปตล{X}ด สันทร{X}ย", True),
    ("mai-tho", f"ขณะนี{X} ห{X}องประชุม ชั{X}น 4 น{X}ำท่วม", False),
    ("mai-ek", f"ที{X} แม{X} ไม{X}มี", False),
    ("only-after-am", f"สำ{X}นัก ทำ{X}งาน", False),  # nothing reads as well there
    ("nothing-reads-as-well", f"ได้รับเงิน 5 ล้{X}นบ{X}ท", False),  # ล้น and บท are words too: left out
    ("no-thai-before", f"{X}12 ({X})", False),
    ("none", "", False),
]


@pytest.mark.parametrize(("text", "reads"), [pytest.param(t, r, id=c) for c, t, r in READS_SARA_AA])
def test_reads_sara_aa_asks_the_words_around(text: str, reads: bool) -> None:
    assert reads_sara_aa(_places(text), X) is reads
