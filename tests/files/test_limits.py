"""The readers' limits (`readers.MAX_FILE_BYTES` and the others `read_text` lists): a file over one is refused
with a FileTooLargeError naming the file and the limit, before the costly reading, and a batch goes on.

The inputs are real files (the fixtures, a python-docx document) made large cheaply: a sparse file of the
size on disk, a zip part that unzips to far more than it holds (a zip bomb), or a limit lowered for the test.
Figures (time, RSS) are in benchmarks/README.md, rob14, from benchmarks/bench_limits.py.
"""
import re
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie import readers
from thai_report_ie.batch import Failure
from thai_report_ie.cli import main
from thai_report_ie.extract import MAX_CHARS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "files"))
import pdf_filters  # noqa: E402  # LZW, RunLength, ASCII85, ASCIIHex streams written to the PDF reference

pytest.importorskip("docx")
pytest.importorskip("pdfminer")

FILES = Path(__file__).resolve().parents[1] / "data" / "files"
GOOD = FILES / "report.txt"
PARAGRAPH = "<w:p><w:r><w:t>ผู้ป่วยรายใหม่ 1,549 ราย</w:t></w:r></w:p>".encode()

# (format, a fixture of that format)
FORMATS = [("txt", "report.txt"), ("html", "page.html"), ("docx", "report.docx"), ("pdf", "report_fpdf.pdf")]


def _sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes on disk that takes no room (zeros: were it read, it would be refused as binary)."""
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


def _docx_with_part(path: Path, member: str, piece: bytes, repeat: int, *, says: int | None = None) -> Path:
    """The fixture Word file with `member` (replaced or added) holding `piece` × `repeat`, streamed into the zip;
    `says` writes that size into the part's zip headers instead of the true one, as a hostile file would."""
    base = zipfile.ZipFile(FILES / "report.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in base.infolist():
            if item.filename != member:
                out.writestr(item, base.read(item.filename))
        part = zipfile.ZipInfo(member)
        part.compress_type = zipfile.ZIP_DEFLATED
        with out.open(part, "w") as fh:
            if member == "word/document.xml":
                xml = base.read(member)
                fh.write(xml[:xml.index(b"<w:body>") + len(b"<w:body>")])
            block = piece * 10_000
            for _ in range(repeat // 10_000):
                fh.write(block)
            fh.write(piece * (repeat % 10_000))
            if member == "word/document.xml":
                fh.write(xml[xml.index(b"<w:sectPr"):])
    if says is not None:
        data, name = bytearray(path.read_bytes()), member.encode()
        for sig, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
            at = 0
            while (at := data.find(sig, at)) != -1:
                if data[at + name_at:at + name_at + len(name)] == name:
                    data[at + size_at:at + size_at + 4] = says.to_bytes(4, "little")
                at += 4
        path.write_bytes(bytes(data))
    return path


def test_file_size_limits_follow_max_chars():
    assert readers.MAX_FILE_BYTES["txt"] == readers.MAX_FILE_BYTES["html"] == 4 * MAX_CHARS
    assert set(readers.MAX_FILE_BYTES) == {"txt", "html", "docx", "pdf"}


@pytest.mark.parametrize(("fmt", "fixture"), FORMATS, ids=[f for f, _ in FORMATS])
def test_file_over_max_file_bytes_is_refused_before_it_is_read(tmp_path, fmt: str, fixture: str) -> None:
    # a sparse file of zeros: read, it would be a CorruptFileError or UnknownEncodingError, not this
    path = _sparse(tmp_path / f"big{Path(fixture).suffix}", readers.MAX_FILE_BYTES[fmt] + 1)
    with pytest.raises(tri.FileTooLargeError) as info:
        tri.read_text(path)
    assert str(path) in str(info.value) and f"MAX_FILE_BYTES[{fmt!r}]" in str(info.value)
    assert info.value.limit == f"MAX_FILE_BYTES[{fmt!r}]" and isinstance(info.value, tri.FileReadError)


@pytest.mark.parametrize(("fmt", "fixture"), FORMATS, ids=[f for f, _ in FORMATS])
def test_a_file_at_the_limit_is_read(monkeypatch, fmt: str, fixture: str) -> None:
    monkeypatch.setitem(readers.MAX_FILE_BYTES, fmt, (FILES / fixture).stat().st_size)
    assert tri.read_text(FILES / fixture).text


@pytest.mark.parametrize(("fmt", "fixture"), FORMATS[:3], ids=[f for f, _ in FORMATS[:3]])
def test_text_over_max_text_chars_is_refused_before_its_repair(monkeypatch, fmt: str, fixture: str) -> None:
    length = len(tri.read_text(FILES / fixture).text)
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", length // 2)
    with pytest.raises(tri.FileTooLargeError, match=rf"{fixture}: its text is (more than )?[\d,]+ characters,? "
                                                    rf"(\(counted as it is read\), )?over the limit of "
                                                    rf"{length // 2:,} \(thai_report_ie.readers.MAX_TEXT_CHARS\)"):
        tri.read_text(FILES / fixture)


def test_max_text_chars_is_extracts_own_limit() -> None:
    assert readers.MAX_TEXT_CHARS == MAX_CHARS


# -- HTML: the text kept as libxml2's parser reads the page (`readers._HtmlText`), no tree built

def _tree_text(path: Path) -> str:
    """The text the reader made before rob17 (the page parsed whole into a tree, then walked: the reference), with
    every root element walked (rob18): what follows `</html>` libxml2 makes a second root, each on a line of its own."""
    import lxml.etree as etree
    import lxml.html

    text = readers._XML_DECL.sub("", readers._decode(path, path.read_bytes())[0])
    first, rules, out, pre = lxml.html.document_fromstring(text), readers._html_rules(), [], 0
    for root in [first, *(el for el in first.itersiblings() if isinstance(el.tag, str))]:
        out.append("\n")
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        for event, el in walker:
            if not isinstance(el.tag, str):
                if el.tail:
                    out.append(el.tail if pre else readers._SPACES.sub(" ", el.tail))
                continue
            kind = readers._html_kind(el.tag, el.attrib, rules)
            if event == "start":
                if kind == "drop":
                    walker.skip_subtree()
                    continue
                if kind in ("block", "row", "pre", "break"):
                    out.append("\n")
                pre += kind == "pre"
                if el.text:
                    out.append(el.text if pre else readers._SPACES.sub(" ", el.text))
            else:
                if kind == "cell":
                    out.append("\t")
                elif kind in ("block", "row", "pre"):
                    out.append("\n")
                pre -= kind == "pre"
                if el.tail and el is not root:
                    out.append(el.tail if pre else readers._SPACES.sub(" ", el.tail))
    return readers._tidy_lines("".join(out))


def _long_page(path: Path, rows: int) -> Path:
    """A page written by lxml's serialiser: `rows` × (a paragraph, a script, a comment, a hidden div, a table row)."""
    import lxml.html

    row = lxml.html.tostring(lxml.html.fragment_fromstring(
        "<div><p>ผู้ป่วยรายใหม่ 1,549 ราย<!-- ที่มา: รายงาน -->งบประมาณ 2.5 ล้านบาท</p><script>var n = '99 ราย';</script>"
        "<div hidden>ซ่อน 7 ราย</div><table><tr><td>ร้อยละ</td><td>12.5</td></tr></table></div>"), encoding="utf-8")
    path.write_bytes(b"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + row * rows
                     + b"</body></html>")
    return path


@pytest.fixture(scope="module")
def long_page(tmp_path_factory) -> Path:
    return _long_page(tmp_path_factory.mktemp("html") / "long.html", 2_000)  # 396,076 characters of HTML


# pages lxml's serialiser writes, and the markup it leaves as written (comments, instructions, content after
# </html>, a frameset), each read as the whole tree's walk read it (every root)
STREAMED_PAGES = [
    ("comments-and-pre", "<p>ผู้ป่วย <!-- หมายเหตุ -->1,549 ราย</p><pre>  ก  ข\n\tค </pre><p>a<?php x ?>b</p>"),
    ("dropped-tail", "<p>งบ<script>var a = 1;</script>ประมาณ<span hidden>ซ่อน</span> 2.5 <nav>เมนู</nav>ล้านบาท</p>"),
    ("table-cells", "<table><tr><td> ร้อยละ </td><td>12.5<br>13.0</td></tr>"
                    "<tr><th>ก</th><td><p>ข</p></td></tr></table>"),
    ("after-html", "<html><body><p>ก 1 ราย</p></body></html><p>ข 2 ราย</p>\n<!-- c -->ค"),
    ("after-html-text", "<html><body><p>ก 1 ราย</p></body></html>ข 2 ราย <b>ค</b>"),
    ("after-html-document", "<html><head><title>ก</title></head><body>ข 1</body></html>\n<html><head><title>ค</title>"
                            "</head><body><nav>ง</nav><p>จ 2</p><script>x</script></body></html>"),
    ("before-html", "<!-- saved from url --> ข้อความ <?xml-stylesheet x?><p>ก</p>"),
    ("frameset", "<frameset><frame src=a.html></frameset>ท้าย 5 ราย"),
    ("white-space", "<html> <head><title>t</title></head> <body>\n<div> <p> ก\n\n ข </p>\t</div> <b>ค</b> <i>ง</i> "
                    "</body> </html> "),
    ("drop-in-pre", "<pre>ก <script>x</script> ข\n<b>ค</b>\n</pre>ง"),
    ("nested-drop", "<div class='menu'><p>ก</p><div><footer>ข</footer></div></div>ค<aside>ง<div>จ</div></aside>ฉ"),
]


@pytest.mark.parametrize("page", [c[1] for c in STREAMED_PAGES], ids=[c[0] for c in STREAMED_PAGES])
def test_html_text_kept_as_read_is_the_whole_trees(tmp_path, page: str) -> None:
    import lxml.html

    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert tri.read_text(path).text == _tree_text(path)
    if page.startswith("<html"):  # the same page as lxml's serialiser writes it
        path.write_bytes(lxml.html.tostring(lxml.html.document_fromstring(page), encoding="utf-8"))
        assert tri.read_text(path).text == _tree_text(path)


AFTER_HTML = [  # (what a page puts after </html>, the text): browsers show it as more of the body; libxml2 parses
    # it as a second root element, read on a line of its own (never joined to the first root's last figure)
    ("<p>งบประมาณ 2.5 ล้านบาท</p>", "ผู้ป่วย 5 ราย\n\nงบประมาณ 2.5 ล้านบาท"),
    ("00 ราย", "ผู้ป่วย 5 ราย\n\n00 ราย"),
    ("\n<!-- ปรับปรุงล่าสุด -->\n", "ผู้ป่วย 5 ราย"),
    ("<script>var n = 7;</script><div hidden>ซ่อน 8 ราย</div>", "ผู้ป่วย 5 ราย"),
    ("<table><tr><td>ร้อยละ</td><td>12.5</td></tr></table>", "ผู้ป่วย 5 ราย\n\nร้อยละ\t12.5"),
    ("<html><body><p>ครั้งที่ 2</p></body></html><p>ครั้งที่ 3</p>", "ผู้ป่วย 5 ราย\n\nครั้งที่ 2\n\nครั้งที่ 3"),
]


@pytest.mark.parametrize(("after", "expected"), AFTER_HTML)
def test_html_after_the_closing_html_tag_is_read(tmp_path, after: str, expected: str) -> None:
    path = tmp_path / "after.html"
    path.write_text(f"<html><body><p>ผู้ป่วย 5 ราย</p></body></html>{after}", encoding="utf-8")
    assert tri.read_text(path).text == expected


STRAY_END = [  # a stray </html> inside the page (an included template's end, a bad edit): libxml2 ends the root there
    # and reads the rest as a second root, which main lost without a word (the fuzz round of rob18: up to all of a page)
    ("<html><body><p>งบประมาณ 2.5 ล้านบาท</html> เพื่อก่อสร้างฝาย 120 แห่ง</p><p>คิดเป็นร้อยละ 80</p></body></html>",
     "งบประมาณ 2.5 ล้านบาท\n\nเพื่อก่อสร้างฝาย 120 แห่ง\nคิดเป็นร้อยละ 80"),
    ("<html><body></body></html><h1>รายงาน</h1><table><tr><td>ผู้ป่วย</td><td>1,549 ราย</td></tr></table>",
     "รายงาน\n\nผู้ป่วย\t1,549 ราย"),
    # what a browser keeps inside the element still open there (a footer, here) libxml2 has closed: read as body text
    ("<html><body><p>ผู้ป่วย 5 ราย</p><footer>โทร 02 123 4567</body></html> ผู้เข้าชม 12,345 คน</footer></body></html>",
     "ผู้ป่วย 5 ราย\n\nผู้เข้าชม 12,345 คน"),
]


@pytest.mark.parametrize(("page", "expected"), STRAY_END)
def test_html_after_a_stray_closing_html_tag_is_read(tmp_path, page: str, expected: str) -> None:
    path = tmp_path / "stray.html"
    path.write_text(page, encoding="utf-8")
    assert tri.read_text(path).text == expected == _tree_text(path)


def test_html_element_without_attributes_takes_the_kind_the_attribute_lookups_give() -> None:
    # `_html_kind` returns an element's tag kind at once when it has no attributes (rob18): the same as the lookups of
    # hidden, style, role, class and id give for an attribute that is none of them, for every tag of html_elements.tsv
    rules = readers._html_rules()
    tags = sorted({name for match, name in rules if match == "tag"} | {"td", "span", "body", "html", "x-unknown"})
    for tag in tags:
        assert readers._html_kind(tag, {}, rules) == readers._html_kind(tag, {"data-x": "1"}, rules), tag
    assert readers._html_kind("div", {"class": "menu"}, rules) == "drop" and readers._html_kind("div", {}, rules) == "block"


def test_html_fixture_and_long_page_read_as_the_whole_tree(long_page) -> None:
    for path in (FILES / "page.html", long_page):
        assert tri.read_text(path).text == _tree_text(path) != ""


def test_html_over_max_text_chars_is_refused_while_it_is_read(long_page, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 60_000)  # the page's text: 117,998 characters, 100,000 not spaces
    ended: list[str] = []
    end = readers._HtmlText.end
    monkeypatch.setattr(readers._HtmlText, "end", lambda self, tag: ended.append(tag) or end(self, tag))
    with pytest.raises(tri.FileTooLargeError, match=r"long.html: its text is more than 60,000 characters \(counted "
                                                    r"as it is read\), over the limit of 60,000 "
                                                    r"\(thai_report_ie.readers.MAX_TEXT_CHARS\)"):
        tri.read_text(long_page)
    assert 0 < ended.count("table") < 1_300  # refused once the count passed the limit (at row ~1,200 of 2,000)


def test_html_longer_than_the_limit_with_less_text_reads_as_before(long_page, monkeypatch) -> None:
    # markup, a script, a hidden block: the page is longer than the limit, its text is not
    expected = tri.read_text(long_page)
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", len(expected.text) + 10)
    assert tri.read_text(long_page) == expected
    assert len(expected.text) < len(long_page.read_text(encoding="utf-8")) // 2
    assert "ซ่อน" not in expected.text and "99" not in expected.text and expected.text.count("1,549 ราย") == 2_000


# libxml2's tree stops at 256 open elements; the parser feeding the reader does not, so the reader counts them
DEPTHS = [  # (elements opened inside <html><body>, refused)
    ("254-divs", "<div>" * 254, False), ("255-divs", "<div>" * 255, True),
    ("254-divs-then-br", "<div>" * 254 + "<br>", True),
    ("253-in-script", "<div>" * 253 + "<script>", False), ("closed-each-time", "<div></div>" * 100_000, False),
    ("after-html", "</body></html>" + "<div>" * 256, True),
]


@pytest.mark.parametrize(("markup", "refused"), [c[1:] for c in DEPTHS], ids=[c[0] for c in DEPTHS])
def test_html_depth_is_libxml2s_trees(tmp_path, markup: str, refused: bool) -> None:
    path = tmp_path / "deep.html"
    import lxml.etree as etree
    import lxml.html

    path.write_text(f"<html><body><p>ผู้ป่วย 5 ราย</p>{markup}ข</body></html>", encoding="utf-8")
    parser = lxml.html.HTMLParser()
    lxml.html.document_fromstring(path.read_text(encoding="utf-8"), parser=parser)
    assert any(e.level >= etree.ErrorLevels.FATAL for e in parser.error_log) == refused  # the tree's own verdict
    if refused:
        with pytest.raises(tri.CorruptFileError, match=r"deep.html: .*elements nested more than 256 deep"):
            tri.read_text(path)
    else:
        assert tri.read_text(path).text == _tree_text(path)


def test_html_over_the_limit_in_its_last_piece_gives_the_exact_length(long_page, monkeypatch) -> None:
    length = len(tri.read_text(long_page).text)
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", length - 1)  # one piece (1 MiB) holds the page: read whole
    with pytest.raises(tri.FileTooLargeError, match=rf"its text is {length:,} characters, over the limit of "
                                                    rf"{length - 1:,} "):
        tri.read_text(long_page)


# -- Word: the parts unzipped, counted before python-docx reads any

def test_docx_zip_bomb_is_refused_by_its_headers(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCX_XML_BYTES", 2_000_000)
    path = _docx_with_part(tmp_path / "bomb.docx", "word/document.xml", PARAGRAPH, 50_000)  # 4.6 MB of XML
    assert path.stat().st_size < 100_000
    with pytest.raises(tri.FileTooLargeError, match=r"its zip headers say its XML parts unzip to [\d,]+ "
                                                    r"bytes, over the limit of 2,000,000 .*MAX_DOCX_XML_BYTES"):
        tri.read_text(path)


@pytest.mark.parametrize("says", [1_000, 1_000_000])  # far under the limit, and with the other parts just under it
def test_docx_part_whose_header_lies_is_refused_after_the_limit_is_inflated(tmp_path, monkeypatch, says: int) -> None:
    monkeypatch.setattr(readers, "MAX_DOCX_XML_BYTES", 2_000_000)
    path = _docx_with_part(tmp_path / "lying.docx", "word/document.xml", PARAGRAPH, 50_000, says=says)
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == says
    with pytest.raises(tri.CorruptFileError, match=f"part word/document.xml unzips to more than the {says:,} bytes "
                                                   "its zip header says"):
        tri.read_text(path)


def test_docx_parts_over_the_unzipped_limit_are_refused(tmp_path, monkeypatch) -> None:
    # not XML (an image, say): python-docx still holds every part in memory
    monkeypatch.setattr(readers, "MAX_DOCX_UNZIPPED_BYTES", 3_000_000)
    path = _docx_with_part(tmp_path / "media.docx", "word/media/image1.png", b"\x00" * 100, 40_000)
    with pytest.raises(tri.FileTooLargeError, match=r"its parts unzip to 4,\d{3},\d{3} bytes.*MAX_DOCX_UNZIPPED_BYTES"):
        tri.read_text(path)


def test_docx_under_the_limits_is_read_whole(tmp_path) -> None:
    path = _docx_with_part(tmp_path / "long.docx", "word/document.xml", PARAGRAPH, 20_000)
    got = tri.read_text(path).text
    assert got.count("ผู้ป่วยรายใหม่ 1,549 ราย") == 20_000


@pytest.mark.slow  # makes a 200 MB XML part (a second or two)
def test_docx_zip_bomb_over_the_default_limit(tmp_path) -> None:
    path = _docx_with_part(tmp_path / "bomb.docx", "word/document.xml", PARAGRAPH,
                           readers.MAX_DOCX_XML_BYTES // len(PARAGRAPH) + 1)
    with pytest.raises(tri.FileTooLargeError, match="MAX_DOCX_XML_BYTES"):
        tri.read_text(path)


# -- PDF: pages declared and met, glyphs drawn

def test_pdf_over_the_page_limit_is_refused_before_drawing(monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_PDF_PAGES", 1)
    with pytest.raises(tri.FileTooLargeError, match=r"report_fpdf.pdf: it has 2 pages, over the limit of 1 "):
        tri.read_text(FILES / "report_fpdf.pdf")


def test_pdf_whose_page_tree_says_fewer_pages_is_refused_at_the_page_over(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_PDF_PAGES", 1)
    data = (FILES / "report_fpdf.pdf").read_bytes()
    assert data.count(b"/Count 2") == 1
    path = tmp_path / "lying.pdf"
    path.write_bytes(data.replace(b"/Count 2", b"/Count 1"))
    with pytest.raises(tri.FileTooLargeError, match=r"it has more than 1 pages?, over the limit of 1 "):
        tri.read_text(path)


def test_pdf_over_the_glyph_limit_is_refused_on_the_page_that_passes_it(monkeypatch) -> None:
    first_page = len(tri.read_text(FILES / "report_fpdf.pdf").text.split(readers.PAGE_BREAK)[0])
    monkeypatch.setattr(readers, "MAX_PDF_GLYPHS", first_page + 10)  # the first page's glyphs, some more
    with pytest.raises(tri.FileTooLargeError, match=r"draw more than [\d,]+ glyphs \(page 2\).*MAX_PDF_GLYPHS"):
        tri.read_text(FILES / "report_fpdf.pdf")


def _with_content(data: bytes, stream: bytes) -> bytes:
    """The fpdf2 PDF with its first page's content stream replaced by `stream` (Flate), its xref table rewritten."""
    objnum = int(re.search(rb"/Contents (\d+) 0 R", data).group(1))
    m = re.search(rb"\n%d 0 obj\n<<\n/Filter /FlateDecode\n/Length (\d+)\n>>\nstream\n" % objnum, data)
    body = data[:m.start(1)] + b"%d" % len(stream) + data[m.end(1):m.end()] + stream + data[m.end() + int(m.group(1)):]
    xref = body.rindex(b"\nxref\n") + 1
    count = int(re.match(rb"xref\n0 (\d+)\n", body[xref:]).group(1))
    rows = [b"0000000000 65535 f \n"] + [b"%010d 00000 n \n" % (body.index(b"\n%d 0 obj\n" % k) + 1) for k in range(1, count)]
    trailer = body[body.index(b"trailer", xref):body.rindex(b"startxref")]
    return body[:xref] + b"xref\n0 %d\n" % count + b"".join(rows) + trailer + b"startxref\n%d\n%%%%EOF\n" % xref


def _flate_bomb(inflated: int) -> bytes:
    """A content stream of `inflated` bytes of spaces (to pdfminer, nothing drawn), deflated to ~1/1000."""
    pack = zlib.compressobj(9)
    block = b" " * (1 << 20)
    out = [pack.compress(block) for _ in range(inflated >> 20)]
    return b"".join(out) + pack.compress(b" " * (inflated % (1 << 20))) + pack.flush()


def test_pdf_with_the_stream_replaced_reads(tmp_path) -> None:
    # the helper keeps the file whole: with a stream of the same text, the file reads as before
    data = (FILES / "report_fpdf.pdf").read_bytes()
    objnum = int(re.search(rb"/Contents (\d+) 0 R", data).group(1))
    m = re.search(rb"\n%d 0 obj\n<<\n/Filter /FlateDecode\n/Length (\d+)\n>>\nstream\n" % objnum, data)
    content = zlib.decompress(data[m.end():m.end() + int(m.group(1))])
    path = tmp_path / "same.pdf"
    path.write_bytes(_with_content(data, zlib.compress(content + b" " * 10_000)))
    assert tri.read_text(path).text == tri.read_text(FILES / "report_fpdf.pdf").text


def test_pdf_flate_bomb_is_refused_before_it_is_inflated(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_PDF_DECODED_BYTES", 3_000_000)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_with_content((FILES / "report_fpdf.pdf").read_bytes(), _flate_bomb(20_000_000)))
    assert path.stat().st_size < 100_000
    with pytest.raises(tri.FileTooLargeError, match=r"bomb.pdf: its compressed streams inflate to more than 3,000,000 "
                                                    r"bytes.*MAX_PDF_DECODED_BYTES"):
        tri.read_text(path)


def test_damaged_flate_bomb_is_refused_too(monkeypatch) -> None:
    # a stream whose checksum fails goes through `_decompress_corrupted`, which spends the same budget
    damaged = bytearray(zlib.compress(b" " * 5_000_000))
    damaged[-1] ^= 1
    budget = readers._DecodeBudget(Path("damaged.pdf"), 1_000_000)
    token = readers._DECODE_BUDGET.set(budget)
    try:
        with pytest.raises(tri.FileTooLargeError, match="damaged.pdf: its compressed streams inflate to more than"):
            readers._decompress_corrupted(bytes(damaged))
    finally:
        readers._DECODE_BUDGET.reset(token)
    assert readers._decompress_corrupted(zlib.compress(b"abc")) == b"abc"  # outside `_read_pdf`: no budget


# -- PDF: LZW, RunLength, ASCII85 and ASCIIHex streams count against the same budget (pdf_filters.py writes them)

FILTER_CHAINS = [["LZWDecode"], ["RunLengthDecode"], ["ASCII85Decode"], ["ASCIIHexDecode"],
                 ["ASCII85Decode", "LZWDecode"], ["FlateDecode", "RunLengthDecode"], ["ASCIIHexDecode", "FlateDecode"]]


def _filtered_pdf(tmp_path: Path, filters: list[str], content: bytes | None = None) -> Path:
    data = (FILES / "report_fpdf.pdf").read_bytes()
    if content is None:
        content = pdf_filters.page_content(data)
    path = tmp_path / f"{'-'.join(filters)}.pdf"
    path.write_bytes(pdf_filters.with_page_content(data, pdf_filters.encode(content, filters), filters))
    return path


@pytest.mark.parametrize("filters", FILTER_CHAINS, ids=["+".join(f) for f in FILTER_CHAINS])
def test_pdf_page_under_another_filter_reads_as_under_flate(tmp_path, filters: list[str]) -> None:
    from pdfminer import pdftypes

    path = _filtered_pdf(tmp_path, filters)
    assert b"/Filter [/" + filters[0].encode() in path.read_bytes()
    assert tri.read_text(path) == tri.read_text(FILES / "report_fpdf.pdf")
    assert pdftypes.lzwdecode is readers._lzw_decode  # the counted decoders were in place


@pytest.mark.parametrize("filters", FILTER_CHAINS, ids=["+".join(f) for f in FILTER_CHAINS])
def test_pdf_filters_decoded_count_against_the_budget(tmp_path, monkeypatch, filters: list[str]) -> None:
    # a page of 1,541 bytes of content plus 300,000 spaces, each filter's output counted: over 300,000 in all
    content = pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes()) + b" " * 300_000
    path = _filtered_pdf(tmp_path, filters, content)
    monkeypatch.setattr(readers, "MAX_PDF_DECODED_BYTES", 300_000)
    with pytest.raises(tri.FileTooLargeError, match=r"its compressed streams inflate to more than 300,000 bytes"):
        tri.read_text(path)
    monkeypatch.setattr(readers, "MAX_PDF_DECODED_BYTES", 340_000)  # and the fonts' 19,897 bytes, the other stages
    assert tri.read_text(path).text == tri.read_text(FILES / "report_fpdf.pdf").text


def test_pdf_lzw_bomb_is_refused_at_the_budget_not_decoded_whole(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_PDF_DECODED_BYTES", 3_000_000)
    bomb = pdf_filters.lzw_bomb(ord(" "), 20)  # 147 MB of spaces from 108 KB
    assert pdf_filters.lzw_bomb_size(20) == 147_264_060 and len(bomb) < 120_000
    path = tmp_path / "lzw-bomb.pdf"
    path.write_bytes(pdf_filters.with_page_content((FILES / "report_fpdf.pdf").read_bytes(), bomb, ["LZWDecode"]))
    seen: list[int] = []
    from pdfminer import lzw

    real_feed = lzw.LZWDecoder.feed
    monkeypatch.setattr(lzw.LZWDecoder, "feed", lambda self, code: seen.append(code) or real_feed(self, code))
    with pytest.raises(tri.FileTooLargeError, match=r"lzw-bomb.pdf: its compressed streams inflate to more than "
                                                    r"3,000,000 bytes.*MAX_PDF_DECODED_BYTES"):
        tri.read_text(path)
    assert len(seen) < 4_000  # stopped in the first table of codes (7.4 MB), not after all 20


@pytest.mark.parametrize(("name", "encode", "bound"), [
    ("runlength", pdf_filters.runlength_encode, readers._runlength_size),
    ("ascii85", pdf_filters.ascii85_encode, lambda data, stop: readers._ascii85_size(data, stop)),
], ids=["runlength", "ascii85"])
def test_a_filters_size_is_counted_before_it_is_decoded(name: str, encode, bound) -> None:
    # exact for RunLength, at most 8 bytes over for ASCII85 (its delimiters, its last group), on text, zeros (z), runs
    for data in (pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes()), b"\x00" * 100_003,
                 b"ab" * 5_000 + b" " * 70_000 + bytes(range(256))):
        assert 0 <= bound(encode(data), 1 << 40) - len(data) <= (8 if name == "ascii85" else 0)


def test_lzw_counted_decodes_as_pdfminers_own() -> None:
    from pdfminer.lzw import lzwdecode

    for data in (pdf_filters.lzw_encode(pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes())),
                 pdf_filters.lzw_bomb(0x41, 2), b"", b"\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01"):
        assert readers._lzw_decode(data) == lzwdecode(data)  # outside `_read_pdf`: nothing counted


# -- PDF: what pdfminer decodes in pure Python (rob16): RunLength in a bytearray, predictors' work counted, CCITTFax
# streams left undecoded, page content counted in tokens, the interpreter's stack and inline images in linear time

RUNLENGTH_STREAMS = [  # (a RunLength stream, whether pdfminer's rldecode reads it whole)
    (pdf_filters.runlength_encode(b""), True),
    (pdf_filters.runlength_encode(b"ab" * 300 + b" " * 1_000 + bytes(range(256))), True),
    (b"\x02abc\xfe!\x00z", True),  # no end-of-data byte: the data's end ends it
    (b"\x01ab\x80trailing bytes after the end", True),
    (b"\x05abc", False),  # a literal run cut short
    (b"\x01ab\xfa", False),  # a repeated run without its byte
]


@pytest.mark.parametrize(("stream", "whole"), RUNLENGTH_STREAMS)
def test_runlength_decodes_as_pdfminers_own(stream: bytes, whole: bool) -> None:
    from pdfminer.runlength import rldecode

    if whole:
        assert readers._runlength_decode(stream) == rldecode(stream)
    else:
        with pytest.raises((RuntimeError, StopIteration)):
            rldecode(stream)
        with pytest.raises(ValueError, match="cut short"):
            readers._runlength_decode(stream)


def test_runlength_decodes_random_streams_as_pdfminers_own() -> None:
    import random

    from pdfminer.runlength import rldecode

    rng = random.Random(16)
    for _ in range(300):
        data = bytes(rng.choice(b"\x00\x20ab\x80\xff") for _ in range(rng.randrange(0, 400)))
        assert readers._runlength_decode(pdf_filters.runlength_encode(data)) == rldecode(
            pdf_filters.runlength_encode(data)) == data


def _predicted_pdf(tmp_path: Path, content: bytes, row_type: int, columns: int, *, says: int | None = None) -> Path:
    """The fpdf2 fixture with its page content under Flate and a PNG predictor (rows of `columns`, or /Columns
    `says` in the stream's parameters)."""
    padded = content + b" " * (-len(content) % columns)
    stream = zlib.compress(pdf_filters.png_predict(padded, columns, row_type))
    path = tmp_path / f"predicted-{row_type}-{columns}.pdf"
    parms = b"<< /Predictor %d /Columns %d >>" % (10 + row_type, columns if says is None else says)
    path.write_bytes(pdf_filters.with_page_content((FILES / "report_fpdf.pdf").read_bytes(), stream, ["FlateDecode"],
                                                   parms))
    return path


@pytest.mark.parametrize("row_type", [0, 1, 2, 3, 4], ids=["none", "sub", "up", "average", "paeth"])
def test_pdf_page_under_a_png_predictor_reads_as_under_flate_and_is_counted(tmp_path, monkeypatch,
                                                                            row_type: int) -> None:
    content = pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes())
    path = _predicted_pdf(tmp_path, content, row_type, 64)
    assert tri.read_text(path).text == tri.read_text(FILES / "report_fpdf.pdf").text
    rows = -(-len(content) // 64)  # the predictor's work: its bytes (a row is 65) and the first row's 64 columns
    work = readers._PREDICTOR_WEIGHT * (rows * 65 + 64)
    monkeypatch.setattr(readers, "MAX_PDF_DECODED_BYTES", work)  # the Flate stages alone are over 20,000 bytes
    with pytest.raises(tri.FileTooLargeError, match="MAX_PDF_DECODED_BYTES"):
        tri.read_text(path)


def test_pdf_predictor_of_a_huge_row_is_refused_before_pdfminer_makes_it(tmp_path, monkeypatch) -> None:
    # /Columns 2,000,000,000 in a file of 17 KB: pdfminer's first row above would be 2 GB of bytes and 16 GB of list
    content = pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes())
    path = _predicted_pdf(tmp_path, content, 0, 64, says=2_000_000_000)
    called: list[int] = []
    monkeypatch.setitem(readers._PDFMINERS_FILTERS, "apply_png_predictor", lambda *args: called.append(1) or b"")
    with pytest.raises(tri.FileTooLargeError, match="its compressed streams inflate to more than 300,000,000 bytes"):
        tri.read_text(path)
    assert not called


def test_pdf_ccittfax_content_is_not_decoded(tmp_path, monkeypatch) -> None:
    # pdfminer decodes CCITTFax in pure Python, a row at a time into a growing bytes object: 2 KB of stream took 46 s
    monkeypatch.setitem(readers._PDFMINERS_FILTERS, "ccittfaxdecode",
                        lambda data, params: pytest.fail("a CCITTFax stream was decoded"))
    path = tmp_path / "ccitt.pdf"
    path.write_bytes(pdf_filters.with_page_content((FILES / "report_fpdf.pdf").read_bytes(), b"\xff" * 20_000,
                                                   ["CCITTFaxDecode"], b"<< /K -1 /Columns 1728 >>"))
    with pytest.warns(readers.MissingTextLayerWarning, match=r"page\(s\) 1 have no text layer"):
        got = tri.read_text(path)
    whole = tri.read_text(FILES / "report_fpdf.pdf")
    (start, end), (start2, end2) = got.pages[1], whole.pages[1]
    assert got.text[slice(*got.pages[0])] == "" and got.text[start:end] == whole.text[start2:end2]


def test_pdf_images_are_not_decoded(monkeypatch) -> None:
    # partly_scanned.pdf's scan is an image of 600 x 300 under Flate and a PNG predictor (180,300 bytes decoded):
    # pdfminer only measures an image, so neither its inflating nor its predictor is counted or run
    monkeypatch.setitem(readers._PDFMINERS_FILTERS, "apply_png_predictor",
                        lambda *args: pytest.fail("an image's predictor was undone"))
    with pytest.warns(readers.MissingTextLayerWarning):
        whole = tri.read_text(FILES / "partly_scanned.pdf")
    monkeypatch.setattr(readers, "MAX_PDF_DECODED_BYTES", 100_000)
    with pytest.warns(readers.MissingTextLayerWarning):
        assert tri.read_text(FILES / "partly_scanned.pdf") == whole


# the fixture's two pages parse in 194 tokens (each stream's end asked for included); its font's ToUnicode map in 177
# tokens that add 68 entries (2 tokens each): 313 of MAX_PDF_FONT_TOKENS
@pytest.mark.parametrize(("limit", "font_limit", "refused"), [
    (193, 10**6, "its pages' content is more than 193 tokens \\(operators and their operands\\).*MAX_PDF_CONTENT_TOKENS"),
    (194, 10**6, None),
    (10**6, 312, "its fonts' text maps and Type 1 headers are more than 312 tokens \\(2 for each entry a map adds\\)"
                 ".*MAX_PDF_FONT_TOKENS"),
    (10**6, 313, None),
    (194, 313, None),
])
def test_pdf_content_and_font_tokens_are_counted(monkeypatch, limit: int, font_limit: int, refused: str | None) -> None:
    monkeypatch.setattr(readers, "MAX_PDF_CONTENT_TOKENS", limit)
    monkeypatch.setattr(readers, "MAX_PDF_FONT_TOKENS", font_limit)
    if refused:
        with pytest.raises(tri.FileTooLargeError, match="report_fpdf.pdf: " + refused):
            tri.read_text(FILES / "report_fpdf.pdf")
    else:
        assert tri.read_text(FILES / "report_fpdf.pdf").text


CONTENT_PREFIXES = [  # content drawn before the page's own: what pdfminer's parser and interpreter make of it
    b"1 2 3 4 5 6 re\n" * 2_000,  # two operands too many for each operator: left on the stack
    b"q Q\n" * 2_000,
    b"BI /W 4 /H 1 /BPC 8 /CS /G ID EEEEEEEE\nEI\n" * 50,  # inline images whose data holds E (and E I)
    b"BI /W 2 /H 2 /BPC 8 /CS /G ID E\r\nEIEI\r\nEI Q\n" * 50,
]


@pytest.mark.parametrize("prefix", CONTENT_PREFIXES, ids=["left-operands", "q-Q", "inline-E", "inline-EI"])
def test_content_parsed_and_interpreted_as_by_pdfminer(tmp_path, prefix: bytes) -> None:
    from pdfminer import pdfinterp
    from pdfminer.pdftypes import PDFStream

    content = prefix + pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes())
    ours = readers._content_parser()
    theirs = next(c for c in ours.__mro__ if c.__module__ == "pdfminer.pdfinterp")
    assert theirs.__name__ == "PDFContentParser" and pdfinterp.PDFContentParser in (ours, theirs)

    def objects(parser_class) -> list:
        stream = PDFStream({}, content)
        stream.objid = 1
        parser, got = parser_class([stream]), []
        while True:
            try:
                _, obj = parser.nextobject()
            except Exception as e:  # noqa: BLE001 - PSEOF at the end
                return got + [type(e).__name__]
            got.append((obj.attrs, obj.get_data()) if isinstance(obj, PDFStream) else obj)

    assert objects(ours) == objects(theirs)
    path = tmp_path / "prefixed.pdf"
    path.write_bytes(pdf_filters.with_page_content((FILES / "report_fpdf.pdf").read_bytes(), zlib.compress(content),
                                                   ["FlateDecode"]))
    assert tri.read_text(path).text == tri.read_text(FILES / "report_fpdf.pdf").text


@pytest.mark.parametrize(("size", "refused"), [(3_999_000, False), (4_001_000, True)])
def test_pdf_token_longer_than_pdfminer_can_gather_in_linear_time_is_refused(tmp_path, size: int,
                                                                               refused: bool) -> None:
    # pdfminer gathers a token in a growing bytes object: a 20 MB string took 5.1 s, 4 times a 10 MB one
    content = b"(" + b"a" * size + b") Tj\n" + pdf_filters.page_content((FILES / "report_fpdf.pdf").read_bytes())
    path = tmp_path / "long-string.pdf"
    path.write_bytes(pdf_filters.with_page_content((FILES / "report_fpdf.pdf").read_bytes(), zlib.compress(content),
                                                   ["FlateDecode"]))
    if refused:
        with pytest.raises(tri.CorruptFileError, match="a string, number or name of more than 4,000,000 bytes"):
            tri.read_text(path)
    else:
        assert tri.read_text(path).text == tri.read_text(FILES / "report_fpdf.pdf").text


@pytest.mark.parametrize(("size", "refused"), [(1_000, False), (4_001_000, True)])
def test_pdf_token_over_the_limit_in_a_fonts_text_map_is_refused(tmp_path, size: int, refused: bool) -> None:
    data = (FILES / "report_fpdf.pdf").read_bytes()
    objnum = int(re.search(rb"/ToUnicode (\d+) 0 R", data).group(1))
    m = re.search(rb"\n%d 0 obj\n<<\n/Length (\d+)\n>>\nstream\n" % objnum, data)
    cmap = b"(" + b"a" * size + b")\n" + data[m.end():m.end() + int(m.group(1))]
    body = data[:m.start(1)] + b"%d" % len(cmap) + data[m.end(1):m.end()] + cmap + data[m.end() + int(m.group(1)):]
    path = tmp_path / "long-cmap-string.pdf"
    path.write_bytes(pdf_filters.with_page_content(body, zlib.compress(pdf_filters.page_content(data)),
                                                   ["FlateDecode"]))  # rewrites the xref table
    if refused:
        with pytest.raises(tri.CorruptFileError, match="a string, number or name of more than 4,000,000 bytes"):
            tri.read_text(path)
    else:
        assert tri.read_text(path).text == tri.read_text(FILES / "report_fpdf.pdf").text


# -- PDF fonts: a ToUnicode map's tokens and the entries its ranges add, a Type 1 header's tokens, counted against
#    MAX_PDF_FONT_TOKENS (pdfminer adds a range's codes one at a time; it reads a Type 1 header to its end)

def _with_text_map(extra: bytes) -> bytes:
    """The fpdf2 fixture with `extra` added to its font's ToUnicode map, before `endcmap`."""
    pdf = (FILES / "report_fpdf.pdf").read_bytes()
    objnum = int(re.search(rb"/ToUnicode (\d+) 0 R", pdf).group(1))
    body = pdf_filters.objects(pdf)[objnum]
    cmap = body[body.index(b"stream\n") + 7:body.rindex(b"endstream")].rstrip(b"\n")
    cmap = cmap.replace(b"endcmap", extra + b"endcmap")
    return pdf_filters.rebuilt(pdf, {objnum: pdf_filters.stream_object(zlib.compress(cmap), b"/Filter /FlateDecode")})


def _with_type1_font(header: bytes) -> bytes:
    """The fpdf2 fixture whose first page also holds a Type 1 font without /Encoding, `header` the clear-text part
    of its /FontFile (pdfminer reads it for the font's encoding when the page's resources are loaded)."""
    pdf = (FILES / "report_fpdf.pdf").read_bytes()
    parts = pdf_filters.objects(pdf)
    page = int(re.search(rb"/Resources (\d+) 0 R", pdf).group(1))
    new = max(parts) + 1
    return pdf_filters.rebuilt(pdf, {
        page: parts[page].replace(b"/Font <</F1 7 0 R>>", b"/Font <</F1 7 0 R /F9 %d 0 R>>" % new),
        new: b"<< /Type /Font /Subtype /Type1 /BaseFont /Probe /FirstChar 65 /LastChar 65 /Widths [500] "
             b"/FontDescriptor %d 0 R >>" % (new + 1),
        new + 1: b"<< /Type /FontDescriptor /FontName /Probe /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                 b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile %d 0 R >>" % (new + 2),
        new + 2: pdf_filters.stream_object(zlib.compress(header), b"/Filter /FlateDecode /Length1 %d /Length2 0 "
                                                                   b"/Length3 0" % len(header))})


TYPE1_HEAD = b"%!PS-AdobeFont-1.0: Probe\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
FONT_TOKENS = [  # (case, the file, refused at a limit of 50,000 tokens)
    ("bfchar-100", _with_text_map(b"100 beginbfchar\n" + b"<0E01> <0E01>\n" * 100 + b"endbfchar\n"), False),
    ("bfrange-4g", _with_text_map(b"1 beginbfrange\n<00000000> <FFFFFFFF> <00000E01>\nendbfrange\n"), True),
    ("cidrange-4g", _with_text_map(b"1 begincidrange\n<00000000> <FFFFFFFF> 0\nendcidrange\n"), True),
    ("bfrange-64k", _with_text_map(b"1 beginbfrange\n<0000> <FFFF> <0E01>\nendbfrange\n"), True),
    ("bfrange-20k", _with_text_map(b"1 beginbfrange\n<1000> <5FFF> <0E01>\nendbfrange\n"), False),
    ("type1-small", _with_type1_font(TYPE1_HEAD + b"dup 65 /A put\nreadonly def\n"), False),
    ("type1-puts-60k", _with_type1_font(TYPE1_HEAD + b"dup 65 /A put\n" * 15_000 + b"readonly def\n"), True),
    ("type1-names-60k", _with_type1_font(TYPE1_HEAD + b"/a " * 60_000 + b"readonly def\n"), True),
]


@pytest.mark.parametrize(("data", "refused"), [c[1:] for c in FONT_TOKENS], ids=[c[0] for c in FONT_TOKENS])
def test_pdf_font_tokens_are_counted(tmp_path, monkeypatch, data: bytes, refused: bool) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    monkeypatch.setattr(readers, "MAX_PDF_FONT_TOKENS", 50_000)
    if refused:
        with pytest.raises(tri.FileTooLargeError, match=r"fonts.pdf: its fonts' text maps and Type 1 headers are more "
                                                        r"than 50,000 tokens \(2 for each entry a map adds\)"
                                                        r".*MAX_PDF_FONT_TOKENS"):
            tri.read_text(path)
    else:
        assert tri.read_text(path).text


def test_pdf_font_tokens_are_spent_from_the_font_budget() -> None:
    # the Type 1 header and the text map are read through our parsers, whose tokens the fonts' budget pays
    from pdfminer import pdffont

    tri.read_text(FILES / "report_fpdf.pdf")  # the parsers are put in place at the first read
    assert pdffont.CMapParser is readers._cmap_parser()
    assert pdffont.Type1FontHeaderParser is readers._type1_header_parser()
    budget = readers._FontTokenBudget(Path("x.pdf"), 10**9)
    token = readers._FONT_TOKENS.set(budget)
    try:
        import io

        cmap = pdffont.FileUnicodeMap()
        pdffont.CMapParser(cmap, io.BytesIO(b"2 beginbfchar\n<0001> <0E01>\n<0002> <0E02>\nendbfchar\n"
                                            b"1 beginbfrange\n<0010> <0013> <0E10>\nendbfrange\n")).run()
        assert cmap.cid2unichr == {1: "ก", 2: "ข", 16: "ฐ", 17: "ฑ", 18: "ฒ", 19: "ณ"}
        assert 10**9 - budget.left == 14 + 2 * 6  # 13 tokens and the end of the data asked for; 6 entries
        header = pdffont.Type1FontHeaderParser(io.BytesIO(b"/Encoding 256 array\ndup 65 /A put\nreadonly def\n"))
        assert header.get_encoding() == {65: "A"}
        assert 10**9 - budget.left == 26 + 10  # and the header's 9 tokens and its end
    finally:
        readers._FONT_TOKENS.reset(token)


# -- PDF: RC4 (the standard security handler), by cryptography's ARC4 in place of pdfminer's quadratic one

@pytest.mark.parametrize("seed", range(6))
def test_pdf_rc4_is_pdfminers(seed: int) -> None:
    import random

    from pdfminer.arcfour import Arcfour

    rng = random.Random(seed)
    key = bytes(rng.randrange(256) for _ in range([1, 3, 5, 9, 15, 16][seed]))  # 9, 15: not ARC4 sizes
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3_000)))
    ours, theirs = readers._Arcfour(key), Arcfour(key)
    assert ours.decrypt(data) == theirs.decrypt(data)
    assert ours.decrypt(data[:100]) == theirs.decrypt(data[:100])  # the stream goes on where it was
    assert pdf_filters.rc4(key, data) == Arcfour(key).decrypt(data)  # the test writer's own too


def _encrypted_with_content(extra: bytes) -> bytes:
    """encrypted.pdf (fpdf2, RC4 128-bit, password "secret") with `extra` after its first page's content."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    pdf = (FILES / "encrypted.pdf").read_bytes()
    with (FILES / "encrypted.pdf").open("rb") as fh:
        file_key = PDFDocument(PDFParser(fh), password="secret").decipher.__self__.key
    parts = pdf_filters.objects(pdf)
    objnum = int(re.search(rb"/Contents (\d+) 0 R", pdf).group(1))
    key = pdf_filters.object_key(file_key, objnum)
    raw = parts[objnum][parts[objnum].index(b"stream\n") + 7:parts[objnum].rindex(b"endstream")].rstrip(b"\n")
    content = zlib.decompress(pdf_filters.rc4(key, raw)) + extra
    return pdf_filters.rebuilt(pdf, {objnum: pdf_filters.stream_object(pdf_filters.rc4(key, content))})


def test_pdf_rc4_content_reads_as_before(tmp_path) -> None:
    # 300 KB of content decrypted by pdfminer's RC4 took 2.5 CPU s, 1 MB 15.5 s (rob17); the text is the same
    path = tmp_path / "rc4.pdf"
    path.write_bytes(_encrypted_with_content(b" " * 300_000))
    assert tri.read_text(path, password="secret").text == tri.read_text(FILES / "encrypted.pdf", password="secret").text
    with pytest.raises(tri.EncryptedPDFError):
        tri.read_text(path)


# -- HTML: a tag with very many attributes (libxml2 checks each against all before it: quadratic)

def _tag(attributes: int, form: str) -> str:
    return "<p " + " ".join(form.format(k) for k in range(attributes)) + ">ผู้ป่วย 1,549 ราย</p>"


ATTRIBUTE_PAGES = [  # (a tag's attributes, how each is written, refused)
    (10_000, 'a{}="1"', False),
    (10_001, 'a{}="1"', True),
    (10_001, "a{}", True),  # names alone
    (10_001, "a{}='x > y'", True),  # values holding `>`
    (10_001, "a{}=1/", True),  # unquoted values, then `/`
]


@pytest.mark.parametrize(("attributes", "form", "refused"), ATTRIBUTE_PAGES)
def test_html_tag_with_too_many_attributes_is_refused_before_it_is_parsed(tmp_path, attributes: int, form: str,
                                                                          refused: bool) -> None:
    path = tmp_path / "attributes.html"
    path.write_text(f"<html><body><h1>รายงาน</h1>\n{_tag(attributes, form)}</body></html>", encoding="utf-8")
    if refused:
        with pytest.raises(tri.CorruptFileError, match=f"a tag at line 2 has {attributes:,} attributes, more than "
                                                       "10,000"):
            tri.read_text(path)
    else:
        assert tri.read_text(path).text == "รายงาน\n\nผู้ป่วย 1,549 ราย"


def test_html_many_attributes_spread_over_tags_are_read(tmp_path) -> None:
    path = tmp_path / "spread.html"
    path.write_text("<html><body>" + "".join(_tag(100, 'a{}="1"') for _ in range(200)) + "</body></html>",
                    encoding="utf-8")
    assert tri.read_text(path).text.count("1,549") == 200


# -- batches: the oversized file is a Failure naming it, the rest is read

def _oversized(tmp_path: Path) -> list[Path]:
    return [_sparse(tmp_path / "big.txt", readers.MAX_FILE_BYTES["txt"] + 1),
            _sparse(tmp_path / "big.pdf", readers.MAX_FILE_BYTES["pdf"] + 1),
            _docx_with_part(tmp_path / "lying.docx", "word/document.xml", PARAGRAPH, 50_000, says=1_000)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_many_fails_each_oversized_file_and_reads_the_rest(tmp_path, jobs: int) -> None:
    paths = [p for bad in _oversized(tmp_path) for p in (bad, GOOD)]
    results = list(tri.extract_many(paths, n_process=jobs))
    assert [doc_id for doc_id, _ in results] == [str(p) for p in paths]
    failures = [(doc_id, r.error_type) for doc_id, r in results if isinstance(r, Failure)]
    assert failures == [(str(tmp_path / "big.txt"), "InputFileError"), (str(tmp_path / "big.pdf"), "FileTooLargeError"),
                        (str(tmp_path / "lying.docx"), "CorruptFileError")]
    assert all(r.money for doc_id, r in results if doc_id == str(GOOD))


def test_extract_many_gives_the_limit_error_for_a_docx_bomb(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCX_XML_BYTES", 2_000_000)
    bomb = _docx_with_part(tmp_path / "bomb.docx", "word/document.xml", PARAGRAPH, 50_000)
    (doc_id, failure), (_, report) = tri.extract_many([bomb, GOOD])
    assert doc_id == str(bomb) and failure.error_type == "FileTooLargeError" and "MAX_DOCX_XML_BYTES" in failure.error
    assert report.money


def test_cli_reports_each_oversized_file_and_reads_the_rest(tmp_path, capsys) -> None:
    bad = _oversized(tmp_path)
    code = main(["extract", "--format", "jsonl", *map(str, bad), str(GOOD)])
    out, err = capsys.readouterr()
    assert code == 1
    assert all(str(p) in err for p in bad)
    assert f'"file": "{GOOD}"' in out


def test_cli_max_chars_holds_a_pdf_to_its_text_not_its_bytes(capsys) -> None:
    pdf = FILES / "report_fpdf.pdf"  # 16 KB of file, 840 characters of text
    assert main(["extract", "--format", "jsonl", "--max-chars", "1000", str(pdf)]) == 0
    assert main(["extract", "--format", "jsonl", "--max-chars", "500", str(pdf)]) == 1
    assert "840 characters is over the limit of 500" in capsys.readouterr().err


# -- worker processes: a limit changed in this process holds in extract_many's workers too

LIMIT_CHANGES = [  # (limit, a lowered value, what it refuses)
    ("MAX_PDF_PAGES", 1, "report_fpdf.pdf"),
    ("MAX_PDF_GLYPHS", 100, "report_fpdf.pdf"),
    ("MAX_PDF_FONT_TOKENS", 300, "report_fpdf.pdf"),
    ("MAX_TEXT_CHARS", 100, "report.txt"),
    ("MAX_DOCX_XML_BYTES", 1_000, "report.docx"),
]


@pytest.mark.parametrize(("limit", "value", "fixture"), LIMIT_CHANGES, ids=[c[0] for c in LIMIT_CHANGES])
def test_a_limit_lowered_here_holds_in_two_worker_processes(monkeypatch, limit: str, value: int, fixture: str) -> None:
    # the workers import the library afresh (forkserver): the value reaches them with the worker initialiser
    monkeypatch.setattr(readers, limit, value)
    items = [FILES / fixture, ("good", GOOD.read_text(encoding="utf-8"))]  # a text: no reader, no reader's limit
    serial, parallel = (list(tri.extract_many(items, n_process=n, chunksize=1)) for n in (1, 2))
    assert [(i, type(r).__name__) for i, r in parallel] == [(i, type(r).__name__) for i, r in serial]
    (doc_id, failure), (_, report) = parallel
    assert doc_id == str(FILES / fixture) and failure.error_type == "FileTooLargeError"
    assert f"thai_report_ie.readers.{limit}" in failure.error and f"{value:,}" in failure.error
    assert report.money or report.quantities


def test_a_file_size_limit_changed_in_place_holds_in_the_workers(monkeypatch) -> None:
    monkeypatch.setitem(readers.MAX_FILE_BYTES, "pdf", 1_000)  # the dict itself, changed in place
    (doc_id, failure), (_, report) = tri.extract_many([FILES / "report_fpdf.pdf", GOOD], n_process=2)
    assert failure.error_type == "FileTooLargeError" and "MAX_FILE_BYTES['pdf']" in failure.error and report.money


def test_workers_keep_the_defaults_when_nothing_is_changed() -> None:
    probe = "__import__('thai_report_ie.readers', fromlist=['_']).{}"
    names = ["MAX_FILE_BYTES", "MAX_TEXT_CHARS", "MAX_DOCX_UNZIPPED_BYTES", "MAX_DOCX_XML_BYTES", "MAX_PDF_PAGES",
             "MAX_PDF_GLYPHS", "MAX_PDF_DECODED_BYTES", "MAX_PDF_CONTENT_TOKENS",
             "MAX_PDF_FONT_TOKENS"]
    got = dict(tri.extract_many([(n, probe.format(n)) for n in names], n_process=2, chunksize=1, extract_fn=eval))
    assert got == {n: getattr(readers, n) for n in names}
    assert got["MAX_PDF_PAGES"] == 2_000 and got["MAX_FILE_BYTES"]["pdf"] == 500_000_000
    results = list(tri.extract_many([FILES / f for _, f in FORMATS], n_process=2, chunksize=1))
    assert [type(r).__name__ for _, r in results] == ["Report"] * 4
