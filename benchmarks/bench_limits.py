"""Huge and hostile files through `read_text`: seconds and peak RSS of each, one fresh process a file.

    python benchmarks/bench_limits.py [--out /tmp/bench_limits] [--cases docx-bomb pdf-pages-2000 ...]
                                      [--mem-gib 8] [--limit-s 900] [--extract-many]

The files are made here by real producers, then scaled up: python-docx writes a Word file whose
word/document.xml is swapped (with zipfile) for one of ~1 GB of paragraphs (a zip bomb of a few MB),
of a million paragraphs, of 20,000 tables, or whose zip header says the part is small; lxml's
serialiser HTML pages of 181 and 195 MiB (190 and 204 MB); a UTF-8 text of more than `extract.MAX_CHARS` characters;
fpdf2 (the `fixtures` extra, with a TLWG Thai font from Debian's fonts-thai-tlwg) PDFs of 300 and
3,000 pages of Thai report text, and one whose page content is a stream of 1 GiB of spaces deflated
to ~1 MB (a flate bomb), and one page that draws its text 5,000 times over; and the committed fpdf2 fixture with
its page content swapped for 1 GiB of spaces as LZW codes (~0.8 MB), as RunLength runs (16.8 MB), or as those runs
deflated (16 KB): pdf_filters.py beside the fixtures writes them. Each file is read by `read_text` in a child process whose address
space is capped at --mem-gib (so a blow-up fails with MemoryError instead of taking the machine),
and the child prints the seconds, its max RSS, and the text length or the exception.
--extract-many also reads all of them, with a good file after each, through `extract_many(paths)`.
Files are kept in --out and made again only when missing.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import resource
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import _common  # first: measure this checkout, not the installed package
from _common import ROOT

FIXTURES = ROOT / "tests" / "data" / "files"
sys.path.insert(0, str(FIXTURES))
import make_fixtures  # noqa: E402  # the fixtures' report text and their fpdf2 producer
import pdf_filters  # noqa: E402  # LZW and RunLength streams written to the PDF reference

PARAGRAPH = "มีผู้ป่วยรายใหม่ 1,549 ราย งบประมาณ 2.5 ล้านบาท คิดเป็นร้อยละ 12.5"


def _docx_base() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(PARAGRAPH)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_with_body(path: Path, body_piece: bytes, repeat: int, *, lie: bool = False) -> None:
    """A python-docx document whose body is `body_piece` × `repeat`, streamed into the zip (never whole in
    memory); `lie` patches the zip's headers to say the part is 1,000 bytes."""
    base = zipfile.ZipFile(io.BytesIO(_docx_base()))
    xml = base.read("word/document.xml")
    head, tail = xml[:xml.index(b"<w:body>") + len(b"<w:body>")], xml[xml.index(b"<w:sectPr"):]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in base.infolist():
            if item.filename != "word/document.xml":
                out.writestr(item, base.read(item.filename))
                continue
            part = zipfile.ZipInfo("word/document.xml", item.date_time)
            part.compress_type = zipfile.ZIP_DEFLATED
            with out.open(part, "w", force_zip64=True) as fh:
                fh.write(head)
                block = body_piece * max(1, (1 << 20) // len(body_piece))
                n_block = len(block) // len(body_piece)
                left = repeat
                while left >= n_block:
                    fh.write(block)
                    left -= n_block
                fh.write(body_piece * left + tail)
    if lie:
        _lie_about_size(path, "word/document.xml", 1_000)


def _lie_about_size(path: Path, member: str, size: int) -> None:
    """Write `size` as the member's uncompressed size in its local header and the central directory (zip64
    extra fields included), as a hostile file would."""
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo(member)
    name = member.encode()
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = 0
        while (at := data.find(sig, at)) != -1:
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                usize_at = at + (22 if sig == b"PK\x03\x04" else 24)
                data[usize_at:usize_at + 4] = (0xFFFFFFFF if info.file_size >= 0xFFFFFFFF else size).to_bytes(4, "little")
                extra = data.find(b"\x01\x00", name_at + len(name), name_at + len(name) + 64)  # zip64 extra: usize first
                if extra != -1 and info.file_size >= 0xFFFFFFFF:
                    data[extra + 4:extra + 12] = size.to_bytes(8, "little")
            at += 4
    path.write_bytes(bytes(data))


_P = f"<w:p><w:r><w:t>{PARAGRAPH}</w:t></w:r></w:p>".encode()
_TABLE = (b"<w:tbl>" + (b"<w:tr>" + f"<w:tc><w:p><w:r><w:t>{PARAGRAPH[:20]}</w:t></w:r></w:p></w:tc>".encode() * 3
                       + b"</w:tr>") * 3 + b"</w:tbl>")


def _html(path: Path, mb: int, *, scripts: bool = False) -> None:
    import lxml.html

    row = lxml.html.tostring(lxml.html.fromstring(f"<p>{PARAGRAPH}</p>"), encoding="utf-8") + b"\n"
    if scripts:  # each paragraph followed by a script of its size: text that is not kept
        row += lxml.html.tostring(lxml.html.fragment_fromstring(f"<script>var s = '{PARAGRAPH}';</script>"),
                                  encoding="utf-8") + b"\n"
    with path.open("wb") as fh:
        fh.write(b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n")
        block = row * ((1 << 20) // len(row))
        for _ in range(mb):
            fh.write(block)
        fh.write(b"</body></html>\n")


def _text(path: Path, chars: int) -> None:
    line = PARAGRAPH + "\n"
    with path.open("w", encoding="utf-8") as fh:
        block = line * 10_000
        written = 0
        while written < chars:
            fh.write(block)
            written += len(block)


def _pdf(path: Path, pages: int) -> None:
    lines = [make_fixtures.TITLE, *make_fixtures.PAGE1, *make_fixtures.PAGE2, make_fixtures.NOTE]
    path.write_bytes(make_fixtures.fpdf_pdf([[f"หน้า {k + 1}", *lines] for k in range(pages)]))


def _pdf_flate_bomb(path: Path, inflated: int) -> None:
    """A one-page fpdf2 report whose content stream is `inflated` bytes of spaces deflated (~1,000:1)."""
    pack, block = zlib.compressobj(9), b" " * (1 << 20)
    _pdf_content(path, lambda content: b"".join(pack.compress(block) for _ in range(inflated >> 20)) + pack.flush())


def _pdf_one_dense_page(path: Path, repeat: int) -> None:
    """A one-page fpdf2 report whose content stream draws the page's text `repeat` times over (one page of
    millions of glyphs: MAX_PDF_PAGES does not see it)."""
    _pdf_content(path, lambda content: zlib.compress(content * repeat))


def _pdf_content(path: Path, make_stream) -> None:
    """A one-page fpdf2 report with its content stream replaced by make_stream(the page's own content), the xref
    table rewritten to the new offsets."""
    data = make_fixtures.fpdf_pdf([[make_fixtures.TITLE, *make_fixtures.PAGE1]])
    objnum = int(re.search(rb"/Contents (\d+) 0 R", data).group(1))
    m = re.search(rb"\n%d 0 obj\n<<\n/Filter /FlateDecode\n/Length (\d+)\n>>\nstream\n" % objnum, data)
    stream = make_stream(zlib.decompress(data[m.end():m.end() + int(m.group(1))]))
    body = data[:m.start(1)] + b"%d" % len(stream) + data[m.end(1):m.end()] + stream + data[m.end() + int(m.group(1)):]
    xref = body.rindex(b"\nxref\n") + 1
    count = int(re.match(rb"xref\n0 (\d+)\n", body[xref:]).group(1))
    rows = [b"0000000000 65535 f \n"] + [b"%010d 00000 n \n" % (body.index(b"\n%d 0 obj\n" % k) + 1) for k in range(1, count)]
    trailer = body[body.index(b"trailer", xref):body.rindex(b"startxref")]
    path.write_bytes(body[:xref] + b"xref\n0 %d\n" % count + b"".join(rows) + trailer + b"startxref\n%d\n%%%%EOF\n" % xref)


def _pdf_filter_bomb(path: Path, filters: list[str], stream: bytes) -> None:
    """The committed fpdf2 fixture (report_fpdf.pdf) with its first page's content replaced by `stream` under
    /Filter `filters` (no fpdf2 needed)."""
    path.write_bytes(pdf_filters.with_page_content((FIXTURES / "report_fpdf.pdf").read_bytes(), stream, filters))


CASES = {
    "docx-bomb": lambda p: _docx_with_body(p, _P, 1_000_000_000 // len(_P)),
    "docx-bomb-lying-header": lambda p: _docx_with_body(p, _P, 1_000_000_000 // len(_P), lie=True),
    "docx-paragraphs-1m": lambda p: _docx_with_body(p, _P, 1_000_000),
    "docx-paragraphs-100k": lambda p: _docx_with_body(p, _P, 100_000),
    "docx-tables-20k": lambda p: _docx_with_body(p, _TABLE, 20_000),
    "html-195mb": lambda p: _html(p, 195),  # MiB: 204 MB, over MAX_FILE_BYTES["html"]
    "html-181mb": lambda p: _html(p, 181),  # 190 MB, within it
    "html-20mb": lambda p: _html(p, 20),
    "html-10mb": lambda p: _html(p, 10),  # 10 MiB, 50 MiB: the text of a page within the limit kept as it is read
    "html-50mb": lambda p: _html(p, 50),
    "html-181mb-scripts": lambda p: _html(p, 181, scripts=True),  # 190 MB, half of it scripts: text within the limit
    "txt-over-max-chars": lambda p: _text(p, 60_000_000),
    "pdf-pages-300": lambda p: _pdf(p, 300),
    "pdf-pages-3000": lambda p: _pdf(p, 3000),
    "pdf-flate-bomb": lambda p: _pdf_flate_bomb(p, 1 << 30),
    "pdf-one-page-5000x": lambda p: _pdf_one_dense_page(p, 5_000),
    # 146 tables of LZW codes, each 7.4 MB of spaces: 1.07 GB from ~0.8 MB
    "pdf-lzw-bomb": lambda p: _pdf_filter_bomb(p, ["LZWDecode"], pdf_filters.lzw_bomb(ord(" "), 146)),
    # runs of 128 spaces, 2 bytes each: 1 GiB from 16.8 MB
    "pdf-runlength-bomb": lambda p: _pdf_filter_bomb(p, ["RunLengthDecode"], b"\x81 " * (1 << 23) + b"\x80"),
    # the same 1 GiB as runs, deflated (a Flate stream of 16 KB, counted since rob14) then run-length decoded
    "pdf-flate-runlength-bomb": lambda p: _pdf_filter_bomb(p, ["FlateDecode", "RunLengthDecode"],
                                                           zlib.compress(b"\x81 " * (1 << 23) + b"\x80", 9)),
}
# rob16: what pdfminer decodes, parses and interprets in pure Python, and an HTML tag of many attributes
_FIXTURE_PDF = FIXTURES / "report_fpdf.pdf"


def _pdf_page_stream(path: Path, stream_of, filters: list[str], parms: bytes = b"") -> None:
    """The committed fpdf2 fixture with its first page's content `stream_of(that content)` under `filters`."""
    base = _FIXTURE_PDF.read_bytes()
    path.write_bytes(pdf_filters.with_page_content(base, stream_of(pdf_filters.page_content(base)), filters, parms))


def _paeth_rows(megabytes: int) -> bytes:
    return (b"\x04" + b" " * 1023) * (megabytes << 10)  # rows of filter type 4 (Paeth), 1,023 columns


CASES.update({
    # the page's content then 295 MB of spaces as runs of 128 (within MAX_PDF_DECODED_BYTES)
    "pdf-runlength-at-limit": lambda p: _pdf_page_stream(
        p, lambda c: pdf_filters.runlength_encode(c)[:-1] + b"\x81 " * (295_000_000 // 128) + b"\x80", ["RunLengthDecode"]),
    "pdf-predictor-columns-bomb": lambda p: _pdf_page_stream(  # a PNG predictor's row of 2,000,000,000 columns
        p, zlib.compress, ["FlateDecode"], b"<< /Predictor 12 /Columns 2000000000 >>"),
    "pdf-paeth-10mb": lambda p: _pdf_page_stream(
        p, lambda c: zlib.compress(_paeth_rows(10), 9), ["FlateDecode"], b"<< /Predictor 15 /Columns 1023 >>"),
    "pdf-ccitt-content-20kb": lambda p: _pdf_page_stream(  # 20 KB of CCITT G4 rows of 1 bit each, 1,728 columns
        p, lambda c: b"\xff" * 20_000, ["CCITTFaxDecode"], b"<< /K -1 /Columns 1728 >>"),
    "pdf-ops-qQ-30mb": lambda p: _pdf_page_stream(p, lambda c: zlib.compress(c + b"q Q\n" * 7_500_000, 9),
                                                  ["FlateDecode"]),
    "pdf-ops-re-30mb": lambda p: _pdf_page_stream(  # two operands too many a `re`: left on pdfminer's stack
        p, lambda c: zlib.compress(c + b"1 2 3 4 5 6 re\n" * 2_000_000, 9), ["FlateDecode"]),
    "pdf-string-20mb": lambda p: _pdf_page_stream(
        p, lambda c: zlib.compress(b"(" + b"a" * 20_000_000 + b") Tj\n" + c, 9), ["FlateDecode"]),
    "html-attributes-300k": lambda p: p.write_bytes(  # one tag of 300,000 attributes (3.5 MB)
        b"<html><body><p " + b" ".join(b'a%d="1"' % k for k in range(300_000)) + b">1,549</p></body></html>"),
})
EXT = {"docx": ".docx", "html": ".html", "txt": ".txt", "pdf": ".pdf"}


def _read_in_child(path: Path) -> None:
    from thai_report_ie.readers import read_text

    t0 = time.perf_counter()
    try:
        got = read_text(path)
        result = f"text of {len(got.text):,} characters" + (f", {len(got.pages):,} pages" if got.pages else "")
    except MemoryError:
        result = "MemoryError"
    except Exception as e:  # noqa: BLE001 - the type is what is reported
        result = f"{type(e).__name__}: {str(e)[:160]}"
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"seconds": round(time.perf_counter() - t0, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                      "max_rss_mib": round(usage.ru_maxrss / 1024), "result": result}, ensure_ascii=False))


def _measure(path: Path, mem_gib: float, limit_s: int) -> dict:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (int(mem_gib * 2**30), int(mem_gib * 2**30)))

    try:
        done = subprocess.run([sys.executable, __file__, "--read", str(path)], capture_output=True, text=True,
                              timeout=limit_s, preexec_fn=cap)
    except subprocess.TimeoutExpired:
        return {"seconds": limit_s, "cpu_seconds": None, "max_rss_mib": None, "result": f"STILL RUNNING after {limit_s} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        return {"seconds": None, "cpu_seconds": None, "max_rss_mib": None,
                "result": f"child died ({done.returncode}): {done.stderr[-200:]}"}
    return json.loads(lines[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/tmp/bench_limits"))
    ap.add_argument("--cases", nargs="*", default=list(CASES))
    ap.add_argument("--mem-gib", type=float, default=8.0)
    ap.add_argument("--limit-s", type=int, default=900)
    ap.add_argument("--extract-many", action="store_true")
    ap.add_argument("--read", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.read:
        return _read_in_child(args.read)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"code {_common.code_version()}; address space capped at {args.mem_gib:g} GiB a child")
    print(f"{'case':<26}{'bytes':>14}{'seconds':>9}{'CPU s':>8}{'max RSS MiB':>13}  read_text gives")
    paths = []
    for case in args.cases:
        path = args.out / f"{case}{EXT[case.split('-')[0]]}"
        if not path.exists():
            t0 = time.perf_counter()
            CASES[case](path)
            print(f"  (made {path.name} in {time.perf_counter() - t0:.0f} s)", flush=True)
        paths.append(path)
        got = _measure(path, args.mem_gib, args.limit_s)
        print(f"{case:<26}{path.stat().st_size:>14,}{got['seconds'] or 0:>9.1f}{got['cpu_seconds'] or 0:>8.1f}"
              f"{got['max_rss_mib'] or 0:>13,}  "
              f"{got['result']}", flush=True)
    if args.extract_many:
        from thai_report_ie import extract_many

        good = FIXTURES / "report.txt"
        items = [p for path in paths for p in (path, good)]
        t0 = time.perf_counter()
        for doc_id, result in extract_many(items):
            print(f"  {Path(str(doc_id)).name:<28} {str(result)[:140] if not hasattr(result, 'records') else 'Report'}")
        print(f"extract_many: {len(items)} paths in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
