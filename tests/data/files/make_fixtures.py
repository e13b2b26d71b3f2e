"""Make the file fixtures in this folder from one short report written for the project.

    python tests/data/files/make_fixtures.py            # all outputs that this machine can make

The outputs are committed, so the tests need neither a browser nor LibreOffice. Producers:
fpdf2 (Python; text shaping through uharfbuzz for the "shaped" file), LibreOffice
(`soffice --headless --convert-to pdf`, Debian package libreoffice-writer-nogui), Chromium
(`chromium --headless --print-to-pdf`, Debian package chromium); Thai fonts from Debian's
fonts-thai-tlwg. A producer that is missing is skipped with a message.

The legacy-glyph PDF imitates old Thai fonts: marks shifted with private-use glyphs
(U+F700-U+F71F) and sara am written as nikhahit + sara aa, so the PDF's text layer maps glyphs
to those code points, as such PDFs do.

`render(...)` is also used by benchmarks/bench_files.py to render real sample documents.
"""
from __future__ import annotations

import html
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
FONT = FONT_DIR / "Garuda.ttf"  # has the legacy private-use glyphs too
CSS_FONT = "Garuda, Loma, 'TH Sarabun New', sans-serif"

TITLE = "รายงานผลการดำเนินงานโครงการพัฒนาแหล่งน้ำชุมชน ประจำปีงบประมาณ พ.ศ. 2567"
PAGE1 = [
    "เมื่อวันที่ 15 มีนาคม 2567 ปลัดกระทรวงเกษตรและสหกรณ์ เปิดเผยว่า ในปีงบประมาณ 2567 "
    "กระทรวงได้รับจัดสรรงบประมาณ 2.5 ล้านบาท เพื่อก่อสร้างฝายชะลอน้ำ 120 แห่ง ในพื้นที่ 15 จังหวัด "
    "ขณะนี้ดำเนินการแล้วเสร็จ 96 แห่ง คิดเป็นร้อยละ 80 ของเป้าหมาย",
    "โครงการนี้ช่วยให้เกษตรกร 3,450 ครัวเรือน มีน้ำใช้ในฤดูแล้ง และเพิ่มผลผลิตข้าวได้เฉลี่ย 12.5% "
    "เมื่อเทียบกับปีก่อน ผู้ว่าราชการจังหวัดน่านกล่าวว่า ประชาชนในพื้นที่ได้รับประโยชน์โดยตรง "
    "และมีรายได้เพิ่มขึ้นจากการปลูกพืชหลังนา",
]
TABLE = [
    ("ภาค", "ฝาย (แห่ง)", "งบประมาณ (บาท)"),
    ("ภาคเหนือ", "40", "850,000"),
    ("ภาคตะวันออกเฉียงเหนือ", "56", "1,200,000"),
]
PAGE2 = [
    "นอกจากนี้ กรมชลประทานมีแผนขุดลอกคลอง 35 สาย ระยะทางรวม 48.6 กิโลเมตร ภายในเดือนกันยายน 2567 "
    "โดยใช้งบประมาณ 9.8 ล้านบาท ตามกฎหมายว่าด้วยการจัดการน้ำ และจะปลูกต้นไม้ริมตลิ่งอีก 2,000 ต้น",
]
NOTE = "หมายเหตุ: ข้อมูล ณ วันที่ 31 มีนาคม 2567"


def report_text() -> str:
    """The report as plain text (what the txt fixtures hold)."""
    rows = ["\t".join(r) for r in TABLE]
    return "\n".join([TITLE, *PAGE1, *rows, *PAGE2, NOTE]) + "\n"


# ------------------------------------------------------------------ text and HTML

def write_texts(out: Path) -> None:
    text = report_text()
    (out / "report.txt").write_text(text, encoding="utf-8")
    (out / "report_bom.txt").write_bytes(text.encode("utf-8-sig"))
    (out / "report_utf16.txt").write_bytes(text.encode("utf-16"))
    (out / "report_cp874.txt").write_bytes(text.encode("cp874"))


def html_page(title: str, paragraphs: list[str], table: list[tuple[str, ...]] = (), *,
              boilerplate: bool = True, entities: bool = True) -> str:
    """An HTML page with the paragraphs (and a table); with site boilerplate and entities if asked."""
    def esc(s: str) -> str:
        s = html.escape(s, quote=False)
        if entities:  # as CMS pages write them: a non-breaking space before units, named entities
            s = s.replace(" ล้านบาท", "&nbsp;ล้านบาท").replace(" แห่ง", "&nbsp;แห่ง").replace("น้ำ", "&#3609;&#3657;&#3635;")
        return s

    nav = ('<nav class="menu"><a href="/">หน้าหลัก</a> | <a href="/news">ข่าว 1,000 เรื่อง</a></nav>\n'
           '<div class="breadcrumb">หน้าหลัก &raquo; ข่าวประชาสัมพันธ์</div>\n'
           '<script>var visits = "5,000,000 ครั้ง"; document.title += " 99%";</script>\n'
           '<style>p { margin: 0 0 1em 0 }</style>\n') if boilerplate else ""
    footer = ('<footer>สงวนลิขสิทธิ์ &copy; 2567 สำนักงานปลัดกระทรวง &amp; กรมชลประทาน โทร 02 123 4567 '
              'ผู้เข้าชม 12,345 คน</footer>\n') if boilerplate else ""
    rows = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{esc(c)}</{'th' if i == 0 else 'td'}>" for c in r)
                   + "</tr>\n" for i, r in enumerate(table))
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    table_html = f"<table border='1'>\n{rows}</table>\n" if table else ""
    return (f'<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<style>body {{ font-family: {CSS_FONT}; font-size: 16px }}</style></head>\n<body>\n{nav}'
            f"<main><article><h1>{esc(title)}</h1>\n{body}{table_html}</article></main>\n{footer}</body></html>\n")


def write_html(out: Path) -> None:
    page = html_page(TITLE, [*PAGE1, *PAGE2, NOTE], TABLE)
    (out / "page.html").write_text(page, encoding="utf-8")


# ------------------------------------------------------------------ DOCX

_TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="4000000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="10" name="TextBox 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="500000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="width:315pt;height:40pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>
</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def docx_bytes(title: str, paragraphs: list[str], table: list[tuple[str, ...]] = (), *, box: str | None = None,
               header: str | None = None, font: str = "Garuda") -> bytes:
    """A .docx with a header, paragraphs, a table and a text box (python-docx; the box as raw XML)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = font
    style.element.rPr.rFonts.set(qn("w:cs"), font)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    d.add_heading(title, level=1)
    for p in paragraphs[:-1] if table else paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        d.add_paragraph(paragraphs[-1])
    if box:
        anchor = d.add_paragraph()
        anchor._p.append(parse_xml(_TEXTBOX.replace("{text}", html.escape(box))))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def write_docx(out: Path) -> None:
    data = docx_bytes(TITLE, [*PAGE1, *PAGE2], TABLE, box=NOTE, header="กระทรวงเกษตรและสหกรณ์")
    (out / "report.docx").write_bytes(data)


# ------------------------------------------------------------------ PDFs

def fpdf_pdf(lines_by_page: list[list[str]], *, shaping: bool = False, legacy: bool = False,
             password: str | None = None) -> bytes:
    """A PDF made by fpdf2 with a TLWG font; `legacy` writes the text with private-use glyphs."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    pdf.add_font("garuda", "", str(FONT))
    pdf.set_font("garuda", size=13)
    if shaping:
        pdf.set_text_shaping(True)
    for lines in lines_by_page:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 8, legacy_glyphs(line) if legacy else line)
            pdf.ln(2)
    return bytes(pdf.output())


_TALL = set("ปฝฟฬ")
_UPPER = {"\u0E34": "\uF701", "\u0E35": "\uF702", "\u0E36": "\uF703", "\u0E37": "\uF704",
          "\u0E31": "\uF710", "\u0E4D": "\uF711", "\u0E47": "\uF712"}
_TONE_LOW = {"\u0E48": "\uF70A", "\u0E49": "\uF70B", "\u0E4A": "\uF70C", "\u0E4B": "\uF70D", "\u0E4C": "\uF70E"}
_TONE_LOW_LEFT = {"\u0E48": "\uF705", "\u0E49": "\uF706", "\u0E4A": "\uF707", "\u0E4B": "\uF708", "\u0E4C": "\uF709"}
_TONE_LEFT = {"\u0E48": "\uF713", "\u0E49": "\uF714", "\u0E4A": "\uF715", "\u0E4B": "\uF716", "\u0E4C": "\uF717"}
_LOWER_LOW = {"\u0E38": "\uF718", "\u0E39": "\uF719", "\u0E3A": "\uF71A"}


def legacy_glyphs(text: str) -> str:
    """Thai as a legacy font writes it: shifted marks as private-use glyphs, ฐ/ญ without their
    tail before a lower vowel, sara am as nikhahit + sara aa."""
    out: list[str] = []
    base = ""
    upper = False
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\u0E33":
            out.append("\u0E4D\u0E32")
            continue
        if "\u0E01" <= ch <= "\u0E2E":
            base, upper = ch, False
            if ch in "ฐญ" and nxt in "\u0E38\u0E39":
                out.append("\uF700" if ch == "ฐ" else "\uF70F")
                continue
            out.append(ch)
        elif ch in _UPPER:
            upper = True
            out.append(_UPPER[ch] if base in _TALL else ch)
        elif ch in _TONE_LOW:
            if nxt == "\u0E33" or upper:
                out.append(_TONE_LEFT[ch] if base in _TALL else ch)
            else:
                out.append(_TONE_LOW_LEFT[ch] if base in _TALL else _TONE_LOW[ch])
        elif ch in _LOWER_LOW and base in "ฎฏฤ":
            out.append(_LOWER_LOW[ch])
        else:
            if not ("\u0E30" <= ch <= "\u0E4E"):
                base, upper = "", False
            out.append(ch)
    return "".join(out)


def scanned_pdf(*, text_first: str | None = None) -> bytes:
    """A PDF whose page is only an image (no text layer), as a scanner makes; with `text_first`,
    a page of text comes before the scanned one."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(img)
    for y in range(30, 280, 30):
        draw.rectangle((40, y, 40 + (y * 7) % 500, y + 12), fill=40)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF(format="A4")
    if text_first:
        pdf.add_font("garuda", "", str(FONT))
        pdf.set_font("garuda", size=13)
        pdf.add_page()
        pdf.multi_cell(0, 8, text_first)
    pdf.add_page()
    pdf.image(buf, x=10, y=10, w=180)
    return bytes(pdf.output())


def libreoffice_pdfs(sources: list[Path], out_dir: Path) -> list[Path]:
    """PDFs of .docx/.html files by LibreOffice (one call for all); [] when it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not sources:
        return []
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, sources)], check=True, capture_output=True, timeout=600)
    return [out_dir / (s.stem + ".pdf") for s in sources]


def chromium_pdf(source: Path, target: Path) -> bool:
    """Chromium's print-to-PDF of an HTML file; False when Chromium is not installed."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        return False
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--no-pdf-header-footer", f"--print-to-pdf={target}", source.resolve().as_uri()],
                       check=True, capture_output=True, timeout=120)
    return target.exists()


def write_pdfs(out: Path) -> None:
    rows = ["   ".join(r) for r in TABLE]
    pages = [[TITLE, *PAGE1], [*rows, *PAGE2, NOTE]]
    (out / "report_fpdf.pdf").write_bytes(fpdf_pdf(pages))
    (out / "report_legacy.pdf").write_bytes(fpdf_pdf(pages, legacy=True))
    try:
        (out / "report_fpdf_shaped.pdf").write_bytes(fpdf_pdf(pages, shaping=True))
    except ImportError:
        print("skip report_fpdf_shaped.pdf: pip install uharfbuzz", file=sys.stderr)
    (out / "encrypted.pdf").write_bytes(fpdf_pdf([[PAGE1[0]]], password="secret"))
    (out / "scanned.pdf").write_bytes(scanned_pdf())
    (out / "partly_scanned.pdf").write_bytes(scanned_pdf(text_first=PAGE1[0]))
    good = (out / "report_fpdf.pdf").read_bytes()
    (out / "corrupt.pdf").write_bytes(good[: len(good) // 3])
    (out / "corrupt.docx").write_bytes((out / "report.docx").read_bytes()[:2000])
    with tempfile.TemporaryDirectory() as tmp:
        made = libreoffice_pdfs([out / "report.docx"], Path(tmp))
        if made:
            shutil.copy(made[0], out / "report_libreoffice.pdf")
        else:
            print("skip report_libreoffice.pdf: LibreOffice is not installed", file=sys.stderr)
    if not chromium_pdf(out / "page.html", out / "page_chromium.pdf"):
        print("skip page_chromium.pdf: Chromium is not installed", file=sys.stderr)


# LibreOffice's Thai PDFs: ำ drawn as nikhahit + sara aa, the cluster mapped to the first glyph only; when a font's
# first sara aa is inside an ำ (สำนักงาน first), the sara-aa glyph has no text-map entry (benchmarks/README.md, rob19
# and rob20). Each line's first word decides; the "aa_first" file starts with a standalone า, so nothing is lost.
LO_THAI = [
    "สำนักงานพัฒนาชุมชนจังหวัดได้รับงบประมาณ 4.2 ล้านบาท",
    "เพื่อดูแลผู้สูงอายุ 1,320 ราย ในพื้นที่ 9 ตำบล",
    "ซ่อมถนนระยะทาง 12.5 กิโลเมตร ใช้เงิน 850,000 บาท",
    "ทำน้ำประปาหมู่บ้านเสร็จแล้ว 14 แห่ง คิดเป็นร้อยละ 70",
]
LO_THAI_AA_FIRST = "รายงานประจำเดือนมีนาคม 2568"
LO_THAI_FILES = {  # file stem: (font, lines)
    "lo_thai_garuda": ("Garuda", LO_THAI),
    "lo_thai_norasi": ("Norasi", LO_THAI),
    "lo_thai_loma": ("Loma", LO_THAI),
    "lo_thai_garuda_aa_first": ("Garuda", [LO_THAI_AA_FIRST, *LO_THAI]),
}
LO_THAI_GHOSTSCRIPT = ["lo_thai_garuda", "lo_thai_norasi", "lo_thai_loma"]  # also rewritten by Ghostscript: "_gs"


def flat_odt(font: str, lines: list[str]) -> str:
    """A flat ODT (.fodt) of one paragraph a line, every character in `font` at 14 pt."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    props = (f'style:font-name="{font}" style:font-name-asian="{font}" style:font-name-complex="{font}" '
             'fo:font-size="14pt" style:font-size-asian="14pt" style:font-size-complex="14pt"')
    body = "".join(f"<text:p>{html.escape(line)}</text:p>" for line in lines)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}"/>'
            '</office:font-face-decls><office:styles><style:default-style style:family="paragraph">'
            f'<style:text-properties {props}/></style:default-style></office:styles>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document>\n')


def write_libreoffice_thai(out: Path) -> None:
    """LO_THAI_FILES by LibreOffice, and LO_THAI_GHOSTSCRIPT again through Ghostscript's pdfwrite (which keeps
    the text maps and drops LibreOffice's /ActualText): Debian packages libreoffice-writer-nogui, ghostscript."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for stem, (font, lines) in LO_THAI_FILES.items():
            sources.append(Path(tmp) / f"{stem}.fodt")
            sources[-1].write_text(flat_odt(font, lines), encoding="utf-8")
        made = libreoffice_pdfs(sources, Path(tmp))
        if not made:
            print("skip lo_thai_*.pdf: LibreOffice is not installed", file=sys.stderr)
            return
        for pdf in made:
            shutil.copy(pdf, out / pdf.name)
    gs = shutil.which("gs")
    for stem in LO_THAI_GHOSTSCRIPT:
        if not gs:
            print(f"skip {stem}_gs.pdf: Ghostscript is not installed", file=sys.stderr)
            continue
        subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        f"-sOutputFile={out / (stem + '_gs.pdf')}", str(out / f"{stem}.pdf")],
                       check=True, capture_output=True, timeout=120)


def main() -> None:
    write_texts(HERE)
    write_html(HERE)
    write_docx(HERE)
    write_pdfs(HERE)
    write_libreoffice_thai(HERE)
    (HERE / "notes.rtf").write_text("{\\rtf1 not read}\n", encoding="ascii")
    for p in sorted(HERE.iterdir()):
        if p.suffix != ".py":
            print(f"{p.name:28} {p.stat().st_size:>8} bytes")


if __name__ == "__main__":
    main()
