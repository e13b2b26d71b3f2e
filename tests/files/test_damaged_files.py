"""Damaged files: files real producers wrote (tests/data/files), then damaged here, each fail alone
with an error that names the file, and a batch (`extract_many`, the CLI) goes on past them.

No timing: benchmarks/broken_files.py runs the same damage over every fixture with times
(benchmarks/README.md, f13).
"""
import random
import re
import zlib
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie.batch import Failure
from thai_report_ie.cli import main
from thai_report_ie.readers import _decompress_corrupted

FILES = Path(__file__).resolve().parents[1] / "data" / "files"


def _cut(frac: float):
    return lambda data: data[:max(1, int(len(data) * frac))]


def _flip(n: int):
    def damage(data: bytes) -> bytes:
        rng, out = random.Random(n), bytearray(data)
        for _ in range(n):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    return damage


def _nested(tag: bytes, depth: int):
    return lambda data: b"<html><body>" + tag * depth + "ผู้ป่วย 5 ราย".encode() + b"</body></html>"


# (id, fixture, damage, extension written, the error read_text raises)
DAMAGED = [
    ("pdf-empty", "report_fpdf.pdf", lambda d: b"", ".pdf", tri.CorruptFileError),
    ("pdf-cut-10", "report_fpdf.pdf", _cut(0.1), ".pdf", tri.CorruptFileError),
    ("pdf-cut-50", "page_chromium.pdf", _cut(0.5), ".pdf", tri.CorruptFileError),
    ("pdf-cut-99", "report_libreoffice.pdf", _cut(0.99), ".pdf", tri.CorruptFileError),
    ("pdf-header-only", "report_fpdf.pdf", lambda d: b"%PDF-1.7\n", ".pdf", tri.CorruptFileError),
    ("pdf-flip-200", "page_chromium.pdf", _flip(200), ".pdf", tri.FileReadError),
    ("docx-empty", "report.docx", lambda d: b"", ".docx", tri.CorruptFileError),
    ("docx-cut-50", "report.docx", _cut(0.5), ".docx", tri.CorruptFileError),
    ("docx-cut-99", "report.docx", _cut(0.99), ".docx", tri.CorruptFileError),
    ("docx-flip-10", "report.docx", _flip(10), ".docx", tri.CorruptFileError),
    ("html-cut-inside-a-character", "page.html", _cut(0.5), ".html", tri.UnknownEncodingError),
    # libxml2 stops at 256 levels and keeps the tree so far: the rest of the page would be lost without a word
    ("html-unclosed-b", "page.html", _nested(b"<b>", 300), ".html", tri.CorruptFileError),
    ("html-nested-divs", "page.html", _nested(b"<div>", 100_000), ".html", tri.CorruptFileError),
    ("html-unclosed-font", "page.html", _nested(b"<font size=2>", 1_000), ".html", tri.CorruptFileError),
    ("html-nested-tables", "page.html", _nested(b"<table><tr><td>", 2_000), ".html", tri.CorruptFileError),
    ("txt-binary-nul", "report.txt", lambda d: d + b"\x00\x00", ".txt", tri.CorruptFileError),
    ("pdf-as-docx", "report_fpdf.pdf", lambda d: d, ".docx", tri.CorruptFileError),
    ("docx-as-pdf", "report.docx", lambda d: d, ".pdf", tri.CorruptFileError),
    ("html-as-pdf", "page.html", lambda d: d, ".pdf", tri.CorruptFileError),
    ("pdf-as-txt", "report_fpdf.pdf", lambda d: d, ".txt", tri.UnknownEncodingError),
    ("docx-as-html", "report.docx", lambda d: d, ".html", tri.UnknownEncodingError),
    ("pdf-as-rtf", "report_fpdf.pdf", lambda d: d, ".rtf", tri.UnsupportedFileTypeError),
]

# nesting within libxml2's limit is read as before
NESTED_READABLE = [("b-200", b"<b>", 200), ("p-b-i-2000", b"<p><b><i>", 2_000), ("td-50", b"<table><tr><td>", 50)]


def _write(tmp_path: Path, case_id: str, fixture: str, damage, ext: str) -> Path:
    path = tmp_path / f"{case_id}{ext}"
    path.write_bytes(damage((FILES / fixture).read_bytes()))
    return path


@pytest.mark.parametrize(("case_id", "fixture", "damage", "ext", "error"), DAMAGED, ids=[c[0] for c in DAMAGED])
def test_damaged_file_raises_an_error_naming_it(tmp_path, case_id, fixture, damage, ext, error) -> None:
    path = _write(tmp_path, case_id, fixture, damage, ext)
    with pytest.raises(error) as info:
        tri.read_text(path)
    assert isinstance(info.value, tri.FileReadError)
    assert str(path) in str(info.value)


# a UTF-8 file cut inside a character is refused (its last figure may be cut too), and the message says so
CUT_INSIDE_A_CHARACTER = [("txt", "report.txt", ".txt"), ("html", "page.html", ".html")]


@pytest.mark.parametrize(("fixture", "ext"), [c[1:] for c in CUT_INSIDE_A_CHARACTER],
                         ids=[c[0] for c in CUT_INSIDE_A_CHARACTER])
def test_utf8_file_cut_inside_a_character_says_so(tmp_path, fixture: str, ext: str) -> None:
    data = (FILES / fixture).read_bytes()
    cut = data.rindex("ร".encode()) + 1  # one byte into a three-byte Thai letter
    path = tmp_path / f"cut{ext}"
    path.write_bytes(data[:cut])
    with pytest.raises(tri.UnknownEncodingError, match=r"ends inside a character: cut short\?"):
        tri.read_text(path)


@pytest.mark.parametrize(("tag", "depth"), [c[1:] for c in NESTED_READABLE], ids=[c[0] for c in NESTED_READABLE])
def test_html_nested_within_the_limit_is_read(tmp_path, tag: bytes, depth: int) -> None:
    path = _write(tmp_path, "nested", "page.html", _nested(tag, depth), ".html")
    assert "ผู้ป่วย 5 ราย" in tri.read_text(path).text


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_many_fails_each_damaged_file_alone_in_order(tmp_path, jobs: int) -> None:
    paths = []
    for case_id, fixture, damage, ext, _ in DAMAGED:
        paths += [_write(tmp_path, case_id, fixture, damage, ext), FILES / "report.txt"]
    results = list(tri.extract_many(paths, n_process=jobs))
    assert [doc_id for doc_id, _ in results] == [str(p) for p in paths]
    for (doc_id, result), path in zip(results, paths):
        if path.parent == tmp_path:
            assert isinstance(result, Failure) and result.id == str(path), result
            assert result.error_type in {c[4].__name__ for c in DAMAGED} | {"NeedsOCRError"}
        else:
            assert isinstance(result, tri.Report) and result.money, result


def test_cli_reports_each_damaged_file_and_reads_the_rest(tmp_path, capsys) -> None:
    paths = [_write(tmp_path, c[0], c[1], c[2], c[3]) for c in DAMAGED if c[3] != ".rtf"]
    code = main(["extract", "--format", "jsonl", str(FILES / "report.txt"), *map(str, paths)])
    out, err = capsys.readouterr()
    assert code == 1
    assert all(str(p) in err for p in paths)
    assert f'"file": "{FILES / "report.txt"}"' in out


# -- PDF streams: the content stream of one page of a real PDF, damaged in place


def _content_stream(data: bytes, page: int) -> tuple[int, int]:
    """(offset, length) of the compressed content stream of page `page` (1-based): "/Contents K 0 R", then object K's
    direct /Length."""
    k = int(re.findall(rb"/Contents (\d+) 0 R", data)[page - 1])
    m = re.search(rb"(?<![0-9])%d 0 obj\s*<<[^>]*?/Length (\d+)(?! \d+ R)[^>]*>>\s*stream\r?\n" % k, data)
    return m.end(), int(m.group(1))


def _checksum_flipped(data: bytes, page: int) -> bytes:
    at, length = _content_stream(data, page)
    out = bytearray(data)
    out[at + length - 1] ^= 0x01  # the last byte of the stream's Adler-32
    return bytes(out)


def _first_block_invalid(data: bytes, page: int) -> bytes:
    at, _ = _content_stream(data, page)
    out = bytearray(data)
    out[at + 2:at + 6] = b"\xff\xff\xff\xff"  # after the zlib header: a deflate block of the reserved type
    return bytes(out)


def test_pdf_stream_failing_its_checksum_is_refused_naming_the_page(tmp_path) -> None:
    # pdfminer decodes such a stream all the same ("Data-loss while decompressing"): what it draws may not be
    # what was written, so no figure is read from it
    path = tmp_path / "checksum.pdf"
    path.write_bytes(_checksum_flipped((FILES / "report_fpdf.pdf").read_bytes(), page=2))
    with pytest.raises(tri.CorruptFileError, match=r"page 2 is damaged \(its checksum fails"):
        tri.read_text(path)


def test_pdf_stream_zlib_rejects_leaves_its_page_out_with_a_warning(tmp_path) -> None:
    path = tmp_path / "undecodable.pdf"
    path.write_bytes(_first_block_invalid((FILES / "report_fpdf.pdf").read_bytes(), page=2))
    with pytest.warns(tri.readers.MissingTextLayerWarning, match=r"page\(s\) 2 use a damaged compressed stream"):
        got = tri.read_text(path)
    assert len(got.pages) == 2 and got.text[got.pages[1][0]:got.pages[1][1]] == ""
    assert "2.5 ล้านบาท" in got.text  # page 1


def test_pdf_whose_only_page_zlib_rejects_is_corrupt_not_a_scan(tmp_path) -> None:
    path = tmp_path / "undecodable.pdf"
    path.write_bytes(_first_block_invalid((FILES / "page_chromium.pdf").read_bytes(), page=1))
    with pytest.raises(tri.CorruptFileError, match=r"page\(s\) 1 is damaged and cannot be decoded"):
        tri.read_text(path)


def _zlib_cases() -> list[tuple[str, bytes]]:
    rng = random.Random(13)
    cases = []
    for size in (0, 1, 300, 70_000, 140_000):  # beyond one block of `_decompress_corrupted` (65,536 bytes)
        raw = bytes(rng.randrange(256) if rng.random() < 0.3 else 0x41 for _ in range(size))
        comp = zlib.compress(raw)
        cases += [(f"{size}-whole", comp), (f"{size}-no-checksum", comp[:-4]), (f"{size}-half", comp[:len(comp) // 2]),
                  (f"{size}-trailing-junk", comp + b"junk")]
        for at in sorted({0, 2, len(comp) // 2, len(comp) - 5, len(comp) - 3, len(comp) - 1}):
            if 0 <= at < len(comp):
                damaged = bytearray(comp)
                damaged[at] ^= 0x5A
                cases.append((f"{size}-flip-at-{at}", bytes(damaged)))
    return cases


ZLIB_CASES = _zlib_cases()


@pytest.mark.parametrize("data", [c[1] for c in ZLIB_CASES], ids=[c[0] for c in ZLIB_CASES])
def test_linear_decompress_gives_what_pdfminers_own_gives(data: bytes) -> None:
    from pdfminer import pdftypes

    pdfminers_own = tri.readers._PDFMINERS_OWN or pdftypes.decompress_corrupted  # replaced once a PDF is read

    def outcome(fn):
        try:
            return fn(data)
        except zlib.error:
            return zlib.error

    assert pdfminers_own is not _decompress_corrupted
    assert outcome(_decompress_corrupted) == outcome(pdfminers_own)
