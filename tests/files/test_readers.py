"""Readers: every committed fixture (tests/data/files, made by make_fixtures.py) read for real."""
import json
import shutil
import sys
from pathlib import Path

import pytest
import regex

import thai_report_ie as tri
from thai_report_ie import readers
from thai_report_ie.cli import main

FILES = Path(__file__).resolve().parents[1] / "data" / "files"
sys.path.insert(0, str(FILES))
from make_fixtures import report_text  # noqa: E402

ORIGINAL = report_text()


def facts(report: tri.Report) -> list[tuple[str, str]]:
    """The numeric facts: (kind, value) of quantities, money, percentages; (date, year_ce)."""
    out = [(r.kind, str(r.value)) for r in (*report.quantities, *report.money, *report.percentages)]
    return sorted(out + [("date", str(d.year_ce)) for d in report.dates])


EXPECTED = facts(tri.extract(ORIGINAL))

# (file, format, every fact of the original, the text equals the original but for whitespace)
READABLE = [
    pytest.param("report.txt", "txt", True, True, id="txt-utf8"),
    pytest.param("report_bom.txt", "txt", True, True, id="txt-utf8-bom"),
    pytest.param("report_utf16.txt", "txt", True, True, id="txt-utf16"),
    pytest.param("report_cp874.txt", "txt", True, True, id="txt-cp874"),
    pytest.param("page.html", "html", True, False, id="html"),
    pytest.param("report.docx", "docx", True, False, id="docx"),
    pytest.param("report_fpdf.pdf", "pdf", True, True, id="pdf-fpdf2"),
    pytest.param("report_fpdf_shaped.pdf", "pdf", True, True, id="pdf-fpdf2-shaped"),
    pytest.param("report_legacy.pdf", "pdf", True, True, id="pdf-legacy-glyphs"),
    pytest.param("report_libreoffice.pdf", "pdf", True, False, id="pdf-libreoffice"),
    pytest.param("page_chromium.pdf", "pdf", True, False, id="pdf-chromium"),
]


@pytest.mark.parametrize(("name", "fmt", "all_facts", "same_text"), READABLE)
def test_reader_keeps_the_facts_and_offsets(name, fmt, all_facts, same_text):
    got = tri.read_text(FILES / name)
    assert got.format == fmt
    report = tri.extract_file(FILES / name)
    assert report.text == got.text
    for r in report.records:
        assert report.text[r.start:r.end] == r.text
    found = facts(report)
    missing = [f for f in EXPECTED if f not in found]
    assert not (all_facts and missing), missing
    assert not any("\uf700" <= c <= "\uf71f" for c in report.text), "private-use glyphs are mapped back"
    assert "\u0e4d\u0e32" not in report.text
    assert not regex.search(r"[\u0e01-\u0e4e][0-9/\ufffd][\u0e01-\u0e4e]", report.text), "no made-up character in a word"
    if same_text:
        assert "".join(report.text.split()) == "".join(ORIGINAL.split())


def test_txt_encodings_give_the_same_text():
    texts = {tri.read_text(FILES / n).text for n in ("report.txt", "report_bom.txt", "report_utf16.txt", "report_cp874.txt")}
    assert texts == {ORIGINAL}
    assert tri.read_text(FILES / "report_cp874.txt").encoding == "cp874"


@pytest.mark.parametrize(("data", "encoding"), [
    pytest.param("รายได้ 5 ล้านบาท".encode("utf-16-le"), "utf-16-le", id="utf16-le-without-bom"),
    pytest.param("รายได้ 5 ล้านบาท".encode("utf-16-be"), "utf-16-be", id="utf16-be-without-bom"),
    pytest.param("รายได้ 5 ล้านบาท".encode("tis-620"), "cp874", id="tis-620"),
])
def test_txt_encoding_is_detected(tmp_path, data, encoding):
    (tmp_path / "a.txt").write_bytes(data)
    got = tri.read_text(tmp_path / "a.txt")
    assert (got.text, got.encoding) == ("รายได้ 5 ล้านบาท", encoding)


# (what the page's <meta> declares, how its bytes are written, the encoding read): a page as written by a Thai CMS or
# an editor, its declaration right or stale; each must read as the sentence below
PAGE_SENTENCE = "สำนักงบประมาณ “รายงานผล” 1,549 ล้านบาท… ร้อยละ 12.5"
HTML_ENCODINGS = [
    ('<meta charset="windows-874">', "cp874", "cp874"),
    ('<meta charset="tis-620">', "cp874", "cp874"),  # browsers read TIS-620 as windows-874: the quotes and … kept
    ('<meta http-equiv="Content-Type" content="text/html; charset=TIS-620">', "cp874", "cp874"),
    ('<meta charset="tis620">', "cp874", "cp874"),
    ('<meta charset="iso-8859-11">', "cp874", "cp874"),
    ('', "cp874", "cp874"),
    ('<meta charset="utf-8">', "cp874", "cp874"),  # not UTF-8: read as TIS-620, where it is Thai
    ('<meta charset="iso-8859-1">', "cp874", "cp874"),  # an editor's Western default over TIS-620 bytes
    ('<meta charset="windows-1252">', "cp874", "cp874"),
    ('<meta charset="tis-620">', "utf-8", "utf-8"),  # a template's stale label over UTF-8
    ('<meta charset="windows-874">', "utf-8", "utf-8"),
    ('<meta charset="utf-16">', "utf-8", "utf-8"),  # a meta found in ASCII bytes: not UTF-16 (the WHATWG's rule)
    ('<meta charset="utf-16le">', "utf-8", "utf-8"),
    ('<meta charset="x-user-defined">', "utf-8", "utf-8"),
]


@pytest.mark.parametrize(("meta", "written", "read"), HTML_ENCODINGS)
def test_html_declared_charsets_read_as_a_person_reads_the_page(tmp_path, meta: str, written: str, read: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><head>{meta}<title>t</title></head><body><p>{PAGE_SENTENCE}</p></body></html>"
                     .encode(written))
    got = tri.read_text(path)
    assert (got.text, got.encoding) == (PAGE_SENTENCE, read)


@pytest.mark.parametrize(("meta", "body", "encoding"), [
    ('<meta charset="windows-1252">', "Le café coûte 5 € à Paris", "cp1252"),  # é is ้ in TIS-620: after a Latin letter
    ('<meta charset="iso-8859-1">', "Größe über 12,5 Prozent", "latin-1"),
    ('<meta charset="iso-8859-1">', "ÀÉÎÕÜ 12 ÇÑ", "latin-1"),  # 0xDC has no TIS-620 character
])
def test_html_western_pages_stay_western(tmp_path, meta: str, body: str, encoding: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><head>{meta}</head><body><p>{body}</p></body></html>".encode(encoding))
    assert tri.read_text(path).text == body


def test_html_keeps_content_and_drops_boilerplate():
    text = tri.read_text(FILES / "page.html").text
    assert "&nbsp;" not in text and "&#" not in text and "น้ำ" in text
    assert "2.5\u00a0ล้านบาท" in text  # the entity decoded: one number, its unit
    for boilerplate in ("5,000,000", "12,345", "1,000 เรื่อง", "หน้าหลัก", "margin"):
        assert boilerplate not in text
    assert "ภาคเหนือ\t40\t850,000" in text.splitlines()  # a table row on one line, cells by tabs
    money = [m for m in tri.extract_file(FILES / "page.html").money if m.text.startswith("2.5")]
    assert [m.value for m in money] == [2500000]


# (HTML, its text): the text after a comment or processing instruction is the element's, wherever it stands
COMMENT_TAILS = [
    ("<p>ผู้ป่วยรายใหม่ <!-- ตัวเลขจากรายงานประจำวัน -->1,549 ราย</p>", "ผู้ป่วยรายใหม่ 1,549 ราย"),
    ("<p>งบประมาณ<!--[if gte mso 9]><xml></xml><![endif]--> 2.5 ล้านบาท</p>", "งบประมาณ 2.5 ล้านบาท"),
    ("<div>ร้อยละ <?php echo $x; ?>12.5</div>", "ร้อยละ 12.5"),
    ("<table><tr><td>ภาคเหนือ<!-- a --></td><td><!-- b -->40</td></tr></table>", "ภาคเหนือ\t40"),
    ("<pre>ก  <!-- x -->  ข</pre>", "ก    ข"),
    ("<div hidden>ซ่อน <!-- x -->99 ราย</div><p>แสดง 5 ราย</p>", "แสดง 5 ราย"),  # inside a dropped block: dropped
]


@pytest.mark.parametrize(("page", "expected"), COMMENT_TAILS, ids=[f"comment-{k}" for k in range(len(COMMENT_TAILS))])
def test_html_keeps_the_text_after_a_comment(tmp_path, page: str, expected: str) -> None:
    # etree.iterwalk yields comments only when asked: before rob15 the text after one was lost without a word
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    assert tri.read_text(path).text == expected


def test_docx_keeps_header_paragraphs_table_and_text_box_once():
    lines = tri.read_text(FILES / "report.docx").text.splitlines()
    assert lines[0] == "กระทรวงเกษตรและสหกรณ์"  # the page header
    assert "ภาคตะวันออกเฉียงเหนือ\t56\t1,200,000" in lines
    assert lines.count("หมายเหตุ: ข้อมูล ณ วันที่ 31 มีนาคม 2567") == 1  # the text box, not its fallback too


def test_pdf_pages_and_page_of():
    report = tri.extract_file(FILES / "report_fpdf.pdf")
    assert len(report.pages) == 2
    pages = {m.text: report.page_of(m) for m in report.money}
    assert pages == {"2.5 ล้านบาท": 1, "9.8 ล้านบาท": 2}
    assert all(d["page"] in (1, 2) for d in report.to_dicts())
    assert tri.extract(ORIGINAL).page_of(0) is None  # no pages: not read from a PDF


@pytest.mark.parametrize(("name", "error", "words"), [
    pytest.param("encrypted.pdf", tri.EncryptedPDFError, ["encrypted", "password="], id="encrypted"),
    pytest.param("scanned.pdf", tri.NeedsOCRError, ["OCR", "page(s) 1 of 1"], id="scanned"),
    pytest.param("corrupt.pdf", tri.CorruptFileError, ["not a readable PDF"], id="corrupt-pdf"),
    pytest.param("corrupt.docx", tri.CorruptFileError, ["not a readable Word"], id="corrupt-docx"),
    pytest.param("notes.rtf", tri.UnsupportedFileTypeError, ["'.rtf'", ".docx, .pdf"], id="unsupported"),
])
def test_clear_failures(name, error, words):
    with pytest.raises(error) as info:
        tri.extract_file(FILES / name)
    assert isinstance(info.value, tri.FileReadError)
    assert name in str(info.value)
    for w in words:
        assert w in str(info.value)


def test_partly_scanned_pdf_is_read_with_a_warning_naming_the_page():
    with pytest.warns(tri.readers.MissingTextLayerWarning, match=r"page\(s\) 2 have no text layer"):
        report = tri.extract_file(FILES / "partly_scanned.pdf")
    assert len(report.pages) == 2 and ("money", "2500000") in facts(report)


def test_encrypted_pdf_opens_with_its_password():
    report = tri.extract_file(FILES / "encrypted.pdf", password="secret")
    assert ("money", "2500000") in facts(report)


def test_not_thai_legacy_text_is_an_error(tmp_path):
    (tmp_path / "latin.txt").write_bytes("caf\xe9 cr\xe8me br\xfbl\xe9e".encode("latin-1"))
    with pytest.raises(tri.UnknownEncodingError, match="iconv"):
        tri.read_text(tmp_path / "latin.txt")


def test_extensions_are_case_insensitive(tmp_path):
    shutil.copy(FILES / "report_fpdf.pdf", tmp_path / "REPORT.PDF")
    shutil.copy(FILES / "report.txt", tmp_path / "Report.TXT")
    assert tri.read_text(tmp_path / "REPORT.PDF").format == "pdf"
    assert tri.read_text(tmp_path / "Report.TXT").text == ORIGINAL


def test_missing_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfminer.pdfdocument", None)  # as if pdfminer.six were not installed
    with pytest.raises(tri.MissingExtraError, match=r"thai_report_ie\[files\]"):
        tri.read_text(FILES / "report_fpdf.pdf")


def test_cli_reads_mixed_files_and_a_folder(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, target in [("report_legacy.pdf", "A.PDF"), ("page.html", "b.HTM"), ("report.docx", "c.docx"),
                         ("corrupt.pdf", "d.pdf"), ("notes.rtf", "e.rtf")]:
        shutil.copy(FILES / name, folder / target)
    monkeypatch.chdir(tmp_path)
    code = main(["extract", str(FILES / "report_fpdf.pdf"), str(FILES / "report.docx"), "in", "--format", "jsonl",
                 "--progress", "never"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [f"thai-report-ie: {Path('in/d.pdf')}: not a readable PDF file "
                                        f"(PSEOF: Unexpected EOF); check that it opens in a viewer, or download or export it again"]
    files = {line.split('"file": "')[1].split('"')[0] for line in out.splitlines()}
    assert files == {str(FILES / "report_fpdf.pdf"), str(FILES / "report.docx"),
                     *(str(Path("in") / n) for n in ("A.PDF", "b.HTM", "c.docx"))}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_output_says_the_page_of_each_record_of_a_pdf(capsys, jobs):
    code = main(["extract", str(FILES / "report_fpdf.pdf"), str(FILES / "report.docx"), "--format", "jsonl",
                 "--progress", "never", "--jobs", jobs])
    out, _ = capsys.readouterr()
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    pdf = [r for r in rows if r["file"].endswith(".pdf") and r["kind"] != "check"]
    docx = [r for r in rows if r["file"].endswith(".docx")]
    assert {r["text"]: r["page"] for r in pdf if r["kind"] == "money"} == {"2.5 ล้านบาท": 1, "9.8 ล้านบาท": 2}
    assert all(r["page"] in (1, 2) for r in pdf)
    assert docx and all("page" not in r for r in docx)  # only a PDF has pages


def test_cli_table_and_csv_carry_the_page():
    import io
    from contextlib import redirect_stdout

    for fmt, want in [("table", "page=2"), ("csv", ",2\r\n")]:
        buf = io.StringIO()
        with redirect_stdout(buf):
            assert main(["extract", str(FILES / "report_fpdf.pdf"), "--format", fmt, "--progress", "never"]) == 0
        assert want in buf.getvalue(), fmt
    header = buf.getvalue().splitlines()[0].split(",")
    assert header[-1] == "page"


# every PDF fixture that has pages to draw (not the damaged or encrypted one)
GLYPH_FIXTURES = sorted(p.name for p in FILES.glob("*.pdf") if p.name not in ("corrupt.pdf", "encrypted.pdf"))


@pytest.mark.parametrize("name", GLYPH_FIXTURES)
def test_glyph_boxes_are_pdfminers_own(monkeypatch, name: str) -> None:
    # `_glyph_box` computes what pdfminer's LTChar computes, without making one; if a pdfminer release changes
    # LTChar, this says so
    pytest.importorskip("pdfminer")
    from thai_report_ie import readers

    data = (FILES / name).read_bytes()

    def glyphs():
        return [[(g.x0, g.x1, g.y0, g.size, g.text) for g in page] for page in readers._pdf_pages(FILES / name, data, "")]

    fast = glyphs()
    monkeypatch.setattr(readers, "_FAST_GLYPH_BOXES", False)
    assert glyphs() == fast
    assert name == "scanned.pdf" or sum(map(len, fast)) > 100


_FOOTNOTES = ('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
              '</w:footnote>{notes}</w:footnotes>')
_NOTE = ('<w:footnote w:id="{id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
         '</w:p></w:footnote>')


def _docx_with_footnotes(paragraph: str, notes: list[str]) -> bytes:
    """A python-docx document whose paragraph ends with a footnote reference, and its footnotes part, as Word
    writes them (ECMA-376 17.11: the part, its relationship and content type; two separator notes first)."""
    import io
    import zipfile

    from make_fixtures import docx_bytes

    src = zipfile.ZipFile(io.BytesIO(docx_bytes("รายงาน", [paragraph])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if not name.endswith((".xml", ".rels")):  # a thumbnail
                z.writestr(name, src.read(name))
                continue
            data = src.read(name).decode()
            if name == "word/document.xml":
                run = f"<w:t>{paragraph}</w:t></w:r>"
                data = data.replace(run, run + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                                '<w:footnoteReference w:id="1"/></w:r>', 1)
            elif name == "word/_rels/document.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.'
                                    'org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                                    "</Relationships>")
            elif name == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            z.writestr(name, data)
        body = "".join(_NOTE.format(id=k, text=text) for k, text in enumerate(notes, 1))
        z.writestr("word/footnotes.xml", _FOOTNOTES.format(notes=body))
    return out.getvalue()


def test_docx_reads_footnotes_after_the_body_and_never_glues_the_mark_to_a_figure(tmp_path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(_docx_with_footnotes("ผู้ป่วยรายใหม่ 1,549 ราย", ["ที่มา: กรมควบคุมโรค ข้อมูล ณ 31 มีนาคม 2567",
                                                                     "ไม่รวมผู้ป่วยต่างชาติ 12 ราย"]))
    lines = tri.read_text(path).text.splitlines()
    assert lines == ["รายงาน", "ผู้ป่วยรายใหม่ 1,549 ราย", "ที่มา: กรมควบคุมโรค ข้อมูล ณ 31 มีนาคม 2567",
                     "ไม่รวมผู้ป่วยต่างชาติ 12 ราย"]
    quantities = tri.extract_file(path).quantities
    assert sorted(q.value for q in quantities) == [12, 1549]


@pytest.mark.parametrize("damage", [b"", b"<w:footnotes", "<w:footnotes><w:footnote></w:p></w:footnotes>".encode()])
def test_docx_with_a_damaged_notes_part_reads_its_body_and_says_so(tmp_path, damage: bytes) -> None:
    import io
    import zipfile

    whole = _docx_with_footnotes("ผู้ป่วยรายใหม่ 1,549 ราย", ["ที่มา: กรมควบคุมโรค"])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(whole)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            z.writestr(name, damage if name == "word/footnotes.xml" else src.read(name))
    path = tmp_path / "damaged-notes.docx"
    path.write_bytes(out.getvalue())
    with pytest.warns(readers.MissingTextLayerWarning, match="footnotes part is damaged"):
        assert tri.read_text(path).text.splitlines() == ["รายงาน", "ผู้ป่วยรายใหม่ 1,549 ราย"]
