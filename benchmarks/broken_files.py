"""Damaged files through the readers and `extract_many(paths)`: each must fail alone, naming its file.

    python benchmarks/broken_files.py [--out /tmp/broken_files] [--jobs 1 2] [--limit-s 120]

The files start as ones real producers wrote (tests/data/files: fpdf, Chromium and LibreOffice PDFs,
a python-docx Word file, an HTML page, UTF-8 and cp874 text; and a Word file and an HTML page made
here by python-docx and lxml) and are then damaged: truncated at several points, bytes flipped or
overwritten, emptied, a zip member dropped or cut, given another format's extension, nested deeply.
Each damaged file goes through `read_text` alone (time, and the exception type or the text length),
then all of them, with the good originals between, through `extract_many` (serial and with worker
processes): the script checks that every path comes back once, a damaged one as a `Failure` whose
id is its path, a good one as a Report, in input order.
"""
from __future__ import annotations

import argparse
import io
import random
import shutil
import time
import zipfile
from pathlib import Path

import _common  # first: measure this checkout, not the installed package
from _common import ROOT
from thai_report_ie import extract_many
from thai_report_ie.batch import Failure
from thai_report_ie.readers import read_text

FIXTURES = ROOT / "tests" / "data" / "files"
ORIGINALS = ["report_fpdf.pdf", "page_chromium.pdf", "report_libreoffice.pdf", "report.docx", "page.html",
             "report.txt", "report_cp874.txt"]


def _made_here(out: Path) -> list[Path]:
    """A Word file written by python-docx and an HTML page written by lxml, both holding Thai figures."""
    import docx
    import lxml.html

    d = docx.Document()
    d.add_heading("รายงานผลการดำเนินงาน", level=1)
    d.add_paragraph("ผู้ป่วยรายใหม่ 1,549 ราย งบประมาณ 2.5 ล้านบาท คิดเป็นร้อยละ 12.5")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(1, 0).text, t.cell(1, 1).text = "จังหวัด", "จำนวน", "น่าน", "30 ราย"
    docx_path = out / "made_python_docx.docx"
    d.save(docx_path)
    root = lxml.html.fromstring("<html><body><h1>รายงาน</h1><p>มีผู้เข้าร่วม 120 คน ร้อยละ 45</p></body></html>")
    html_path = out / "made_lxml.html"
    html_path.write_bytes(lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>"))
    return [docx_path, html_path]


def _flip(data: bytes, n: int, seed: int) -> bytes:
    rng, b = random.Random(seed), bytearray(data)
    for _ in range(n):
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def _zip_without(data: bytes, member: str) -> bytes:
    src, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != member:
                dst.writestr(item, src.read(item.filename))
    return buf.getvalue()


def _zip_replaced(data: bytes, member: str, new: bytes) -> bytes:
    src, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, new if item.filename == member else src.read(item.filename))
    return buf.getvalue()


def damaged(original: Path) -> list[tuple[str, bytes, str]]:
    """(name, bytes, extension) of each damaged copy of one file."""
    data, ext = original.read_bytes(), original.suffix
    stem = original.stem
    out = [(f"{stem}-empty", b"", ext), (f"{stem}-one-byte", data[:1], ext)]
    for frac in (0.01, 0.1, 0.5, 0.9, 0.99):
        out.append((f"{stem}-cut{int(frac * 100)}", data[:max(1, int(len(data) * frac))], ext))
    out.append((f"{stem}-tail-only", data[len(data) // 2:], ext))
    for n in (10, 200):
        out.append((f"{stem}-flip{n}", _flip(data, n, seed=n), ext))
    b = bytearray(data)
    mid = len(b) // 3
    b[mid:mid + 512] = random.Random(7).randbytes(min(512, len(b) - mid))
    out.append((f"{stem}-overwritten", bytes(b), ext))
    if ext == ".docx":
        out.append((f"{stem}-no-document-xml", _zip_without(data, "word/document.xml"), ext))
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
        out.append((f"{stem}-document-xml-cut", _zip_replaced(data, "word/document.xml", xml[:len(xml) // 2]), ext))
        nested = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
                  b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                  + b"<w:tbl><w:tr><w:tc>" * 3000 + "<w:p><w:r><w:t>1 ราย</w:t></w:r></w:p>".encode()
                  + b"</w:tc></w:tr></w:tbl>" * 3000 + b"</w:body></w:document>")
        out.append((f"{stem}-nested-tables", _zip_replaced(data, "word/document.xml", nested), ext))
        out.append((f"{stem}-no-content-types", _zip_without(data, "[Content_Types].xml"), ext))
    if ext == ".pdf":
        out.append((f"{stem}-no-xref", data.replace(b"xref", b"xxxx").replace(b"startxref", b"startxxxx"), ext))
        out.append((f"{stem}-streams-damaged", data.replace(b"stream\n", b"stream\n\x00\x00\x00\x00", 3), ext))
        out.append((f"{stem}-header-only", b"%PDF-1.7\n", ext))
    if ext in (".html", ".htm"):
        out.append((f"{stem}-nested-divs", b"<html><body>" + b"<div>" * 100_000 + "ผู้ป่วย 5 ราย".encode()
                    + b"</div>" * 100_000 + b"</body></html>", ext))
        out.append((f"{stem}-unclosed-tags", b"<html><body>" + b"<p><b><i>" * 20_000 + "ร้อยละ 5".encode(), ext))
        out.append((f"{stem}-nul-bytes", data.replace(b"<p", b"\x00<p"), ext))
    return out


def wrong_extensions(originals: list[Path]) -> list[tuple[str, bytes, str]]:
    by_ext = {p.suffix: p.read_bytes() for p in originals}
    pdf, docx, html, txt = by_ext[".pdf"], by_ext[".docx"], by_ext[".html"], by_ext[".txt"]
    junk = random.Random(3).randbytes(50_000)
    return [("pdf-as-docx", pdf, ".docx"), ("pdf-as-html", pdf, ".html"), ("pdf-as-txt", pdf, ".txt"),
            ("docx-as-pdf", docx, ".pdf"), ("docx-as-html", docx, ".html"), ("docx-as-txt", docx, ".txt"),
            ("html-as-pdf", html, ".pdf"), ("html-as-docx", html, ".docx"), ("txt-as-pdf", txt, ".pdf"),
            ("junk-as-pdf", junk, ".pdf"), ("junk-as-docx", junk, ".docx"), ("junk-as-html", junk, ".html"),
            ("junk-as-txt", junk, ".txt"), ("pdf-as-rtf", pdf, ".rtf"), ("no-extension", txt, "")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/tmp/broken_files"))
    ap.add_argument("--jobs", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--limit-s", type=int, default=120)
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    originals = [FIXTURES / n for n in ORIGINALS] + _made_here(args.out)
    cases = [c for p in originals for c in damaged(p)] + wrong_extensions(originals)
    bad: list[Path] = []
    for name, data, ext in cases:
        path = args.out / f"{name}{ext}"
        path.write_bytes(data)
        bad.append(path)
    print(f"{'file':<46}{'bytes':>9}{'seconds':>9}  read_text gives")
    for path in bad:
        t0 = time.perf_counter()
        try:
            with _common.time_limit(args.limit_s):
                got = f"text of {len(read_text(path).text):,} characters"
        except _common.OverLimit:
            got = f"STILL RUNNING after {args.limit_s} s"
        except Exception as e:  # noqa: BLE001 - the type is what is reported
            got = f"{type(e).__module__}.{type(e).__name__}: {str(e)[:90]}"
        print(f"{path.name:<46}{path.stat().st_size:>9,}{time.perf_counter() - t0:>9.2f}  {got}", flush=True)
    # the batch: every damaged file with a good original after it
    paths: list[Path] = []
    for k, p in enumerate(bad):
        paths += [p, originals[k % len(originals)]]
    for jobs in args.jobs:
        t0 = time.perf_counter()
        results = list(extract_many(paths, n_process=jobs))
        ids = [doc_id for doc_id, _ in results]
        failures = [(doc_id, r) for doc_id, r in results if isinstance(r, Failure)]
        good_failed = [doc_id for doc_id, r in results if isinstance(r, Failure) and Path(doc_id) in originals]
        named = all(str(r.id) == str(doc_id) for doc_id, r in failures)
        print(f"\nextract_many n_process={jobs}: {len(paths)} paths, {len(results)} results in "
              f"{time.perf_counter() - t0:.1f} s; in input order: {ids == [str(p) for p in paths]}; "
              f"{len(failures)} failures, each naming its path: {named}; good originals that failed: {good_failed}")
        kinds: dict[str, int] = {}
        for _, r in failures:
            kinds[r.error_type] = kinds.get(r.error_type, 0) + 1
        print("failure types:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
