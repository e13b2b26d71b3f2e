"""Files benchmark: real press releases rendered as files, read back by `extract_file`.

    python benchmarks/bench_files.py [--docs 30] [--data PATH] [--keep DIR]

For each of N sample documents (the first N of 800-5,000 characters in the thaigov sample) it
renders (zero-width spaces taken out first: no page shows them and cp874 has none): txt in cp874, an HTML page with site boilerplate and entities, a .docx, and PDFs from
fpdf2 (plain, with HarfBuzz shaping, and with legacy private-use glyphs), LibreOffice (from the
.docx) and Chromium (print of the HTML page without boilerplate) (a producer that is not
installed is skipped). Then, per format:

- facts: the share of numeric facts of `extract(original)` -- (kind, value) of quantities, money,
  percentages and (date, year_ce) of dates, as multisets -- that `extract_file` finds, and the
  facts it finds that the original does not give (extra);
- char accuracy: 1 - Levenshtein distance / length, on the texts with all whitespace removed
  (line breaks and spaces are layout); "raw" is the same for the PDF text before Thai repair;
- time per PDF page (read_text, wall clock, one process).

`--libs` also reads the PDFs with other libraries (pdfminer.six's own layout analysis, pypdf,
pypdfium2, each followed by the same Thai repair) to compare.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "files"))

from _common import DEFAULT_DATA, code_version  # noqa: E402
from make_fixtures import (  # noqa: E402
    chromium_pdf,
    docx_bytes,
    fpdf_pdf,
    html_page,
    libreoffice_pdfs,
)

import thai_report_ie as tri  # noqa: E402
from thai_report_ie.readers import _page_text, _pdf_pages  # noqa: E402


def facts(report: tri.Report) -> Counter:
    out = Counter((r.kind, str(r.value)) for r in (*report.quantities, *report.money, *report.percentages))
    out.update(("date", str(d.year_ce)) for d in report.dates)
    return out


def char_accuracy(original: str, got: str) -> float:
    from rapidfuzz.distance import Levenshtein

    a, b = "".join(original.split()), "".join(got.split())
    return 1 - Levenshtein.distance(a, b) / max(1, len(a))


def load(path: Path, n: int) -> list[dict]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            d["text"] = d["text"].replace("\u200b", "")  # no page or cp874 file holds a zero-width space
            if 800 <= len(d["text"]) <= 5000:
                docs.append(d)
            if len(docs) == n:
                break
    return docs


def render(docs: list[dict], out: Path) -> dict[str, list[Path | None]]:
    """Every document in every format; None where a producer failed or is missing."""
    made: dict[str, list[Path | None]] = {k: [] for k in (
        "txt-cp874", "html", "docx", "pdf-fpdf2", "pdf-fpdf2-shaped", "pdf-legacy-glyphs",
        "pdf-libreoffice", "pdf-chromium")}
    for i, d in enumerate(docs):
        paras = [p for p in d["text"].split("\n") if p.strip()]
        title, body = paras[0], paras[1:] or [""]
        stem = out / f"{i:02}"
        (stem.with_suffix(".txt")).write_bytes(d["text"].encode("cp874", errors="replace"))
        made["txt-cp874"].append(stem.with_suffix(".txt"))
        (stem.with_suffix(".html")).write_text(html_page(title, body, entities=False), encoding="utf-8")
        made["html"].append(stem.with_suffix(".html"))
        (stem.with_suffix(".docx")).write_bytes(docx_bytes(title, body))
        made["docx"].append(stem.with_suffix(".docx"))
        for key, kw in (("pdf-fpdf2", {}), ("pdf-fpdf2-shaped", {"shaping": True}), ("pdf-legacy-glyphs", {"legacy": True})):
            target = out / f"{i:02}-{key}.pdf"
            try:
                target.write_bytes(fpdf_pdf([paras], **kw))
                made[key].append(target)
            except Exception as e:  # noqa: BLE001 - a producer's failure is reported, not fatal
                print(f"{key} {i}: {type(e).__name__}: {e}", file=sys.stderr)
                made[key].append(None)
        plain = out / f"{i:02}-plain.html"
        plain.write_text(html_page(title, body, boilerplate=False, entities=False), encoding="utf-8")
        target = out / f"{i:02}-chromium.pdf"
        made["pdf-chromium"].append(target if chromium_pdf(plain, target) else None)
    lo_dir = out / "lo"
    lo_dir.mkdir()
    pdfs = libreoffice_pdfs([p for p in made["docx"] if p], lo_dir)
    made["pdf-libreoffice"] = [p if p.exists() else None for p in pdfs] or [None] * len(docs)
    return made


def other_libraries(path: Path) -> dict[str, str]:
    """The text of a PDF by other readers, each followed by the same Thai repair."""
    out: dict[str, str] = {}
    from pdfminer.high_level import extract_text

    out["pdfminer-laparams"] = tri.repair_thai(extract_text(str(path)))
    try:
        import pypdf

        out["pypdf"] = tri.repair_thai("\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages))
    except ImportError:
        pass
    try:
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(path))
        out["pypdfium2"] = tri.repair_thai("\n".join(p.get_textpage().get_text_range() for p in doc))
    except ImportError:
        pass
    return out


def raw_pdf_text(path: Path) -> str:
    """Our PDF text with the Thai repair left out (to show what the repair does)."""
    import thai_report_ie.readers as readers

    keep = readers.repair_thai
    readers.repair_thai = lambda text, **_: text
    try:
        return "\n\n".join(_page_text(chars) for chars in _pdf_pages(path.read_bytes(), ""))
    finally:
        readers.repair_thai = keep


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--keep", type=Path, help="render into this folder and keep the files")
    ap.add_argument("--libs", action="store_true", help="also compare other PDF libraries")
    args = ap.parse_args()
    docs = load(args.data, args.docs)
    originals = [tri.extract(d["text"]) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        made = render(docs, out)
        print(f"# code {code_version()}; {len(docs)} documents; rendered in {time.perf_counter() - t0:.0f} s")
        print(f"{'format':20} {'files':>5} {'facts found':>14} {'share':>6} {'extra':>5} {'char acc':>8} "
              f"{'raw acc':>8} {'pages':>5} {'s/page':>7}")
        lib_rows: dict[str, list] = {}
        warm = next((p for p in made["pdf-fpdf2"] if p), None)
        if warm:  # the first read loads pdfminer and the dictionary: keep that out of the timing
            tri.read_text(warm)
        for fmt, paths in made.items():
            want = found = extra = pages = 0
            accs, raw, seconds = [], [], 0.0
            for doc, orig, path in zip(docs, originals, paths):
                if path is None:
                    continue
                t = time.perf_counter()
                try:
                    got = tri.read_text(path)
                except tri.FileReadError as e:
                    print(f"  {fmt} {path.name}: {e}", file=sys.stderr)
                    continue
                seconds += time.perf_counter() - t
                report = tri.extract(got.text)
                a, b = facts(orig), facts(report)
                want += sum(a.values())
                found += sum((a & b).values())
                extra += sum((b - a).values())
                accs.append(char_accuracy(doc["text"], got.text))
                if fmt.startswith("pdf"):
                    pages += len(got.pages)
                    raw.append(char_accuracy(doc["text"], raw_pdf_text(path)))
                    if args.libs:
                        for lib, text in other_libraries(path).items():
                            row = lib_rows.setdefault(f"{fmt} {lib}", [0, 0, []])
                            row[0] += sum(a.values())
                            row[1] += sum((a & facts(tri.extract(text))).values())
                            row[2].append(char_accuracy(doc["text"], text))
            n = sum(p is not None for p in paths)
            acc = sum(accs) / len(accs) if accs else float("nan")
            racc = f"{sum(raw) / len(raw):8.4f}" if raw else f"{'':8}"
            per_page = f"{seconds / pages:7.3f}" if pages else f"{'':7}"
            print(f"{fmt:20} {n:>5} {found:>6}/{want:<7} {found / max(1, want):6.3f} {extra:>5} {acc:8.4f} "
                  f"{racc} {pages or '':>5} {per_page}")
        if lib_rows:
            print("\nother PDF libraries (same Thai repair after):")
            for key, (w, f, accs) in lib_rows.items():
                print(f"{key:40} facts {f}/{w} = {f / max(1, w):.3f}  char acc {sum(accs) / len(accs):.4f}")


if __name__ == "__main__":
    main()
