"""The notebook view: escaped text, a legend, every record highlighted, nesting, tables."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

import thai_report_ie
from thai_report_ie.records import (
    Check, DateMention, Money, Organisation, Percentage, Quantity, Ratio, Record, Report,
)
from thai_report_ie.view import KIND_COLOURS, report_to_html

SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "000_94da9129867dff51.txt").read_text(encoding="utf-8")


@dataclasses.dataclass(frozen=True, slots=True)
class Gadget(Record):
    kind: ClassVar[str] = "gadget"
    colour: str | None = None


def _at(text: str, piece: str, nth: int = 0) -> tuple[str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return piece, start, start + len(piece)


class _Tree(HTMLParser):
    """Text inside each <mark> (its label excluded), the page's visible text, and well-formedness."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: list[dict] = []
        self.open_marks: list[dict] = []
        self.in_label = 0
        self.text_div = 0
        self.body = ""

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        attrs = dict(attrs)
        if tag == "mark":
            mark = {"kind": attrs["data-kind"], "title": attrs.get("title", ""), "text": "",
                    "start": int(attrs["data-start"]), "end": int(attrs["data-end"])}
            self.marks.append(mark)
            self.open_marks.append(mark)
        if tag == "sup":
            self.in_label += 1
        if tag == "div" and attrs.get("class") == "tri-text":
            self.text_div = len(self.stack)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()
        if tag == "mark":
            self.open_marks.pop()
        if tag == "sup":
            self.in_label -= 1
        if tag == "div" and self.text_div == len(self.stack) + 1:
            self.text_div = 0

    def handle_data(self, data):
        if self.in_label or not self.text_div:
            return
        self.body += data
        for mark in self.open_marks:
            mark["text"] += data


def _parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == [], f"unclosed tags: {tree.stack}"
    return tree


TEXT = ("สำนักงานคณะกรรมการการเลือกตั้ง (กกต.) <script>alert('x')</script> รายงานว่ามีสมาชิกพรรคใหม่ 103/80 ราย "
        "คิดเป็นร้อยละ 128.75 & ใช้งบ 1.5 ล้านบาท\nเมื่อ 5 มี.ค. 2567 \"ยืนยัน\"")


def _report(text: str = TEXT) -> Report:
    pct = _at(text, "ร้อยละ 128.75")
    ratio = _at(text, "103/80")
    return Report(
        text=text,
        organisations=(Organisation(*_at(text, "สำนักงานคณะกรรมการการเลือกตั้ง (กกต.)"),
                                    name="สำนักงานคณะกรรมการการเลือกตั้ง", acronym="กกต."),),
        quantities=(Quantity(*_at(text, "103/80 ราย"), value=103, unit="ราย", subject="สมาชิกพรรคใหม่"),),
        ratios=(Ratio(*ratio, numerator=103, denominator=80, stated_percent=Decimal("128.75"),
                      computed_percent=Decimal("128.75")),),
        percentages=(Percentage(*pct, value=Decimal("128.75")),),
        money=(Money(*_at(text, "1.5 ล้านบาท"), value=Decimal("1500000"), currency="THB"),),
        dates=(DateMention(*_at(text, "5 มี.ค. 2567"), day=5, month=3, year_be=2567, year_ce=2024,
                           iso="2024-03-05"),),
        checks=(Check("ratio_percent", "mismatch", Decimal("128.75"), Decimal("128.70"),
                      (pct[1:], ratio[1:]), "103/80 is <not> 128.75%"),),
    )


def test_text_is_escaped_and_kept_whole():
    html = report_to_html(_report())
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&amp; ใช้งบ" in html
    assert "&quot;ยืนยัน&quot;" in html
    assert _parse(html).body == TEXT  # the labels aside, the text reads exactly as written


def test_every_record_is_highlighted_with_its_kind_and_fields():
    report = _report()
    tree = _parse(report_to_html(report))
    got = sorted((m["kind"], m["text"], m["start"], m["end"]) for m in tree.marks)
    assert got == sorted((r.kind, r.text, r.start, r.end) for r in report.records)
    titles = {m["kind"]: m["title"] for m in tree.marks}
    assert "value=1,500,000" in titles["money"] and "currency=THB" in titles["money"]
    assert "iso=2024-03-05" in titles["date"]
    assert "stated_percent=128.75" in titles["ratio"]


def test_legend_names_each_kind_present_with_its_colour_and_count():
    html = report_to_html(_report())
    legend = re.search(r'<div class="tri-legend".*?</div>', html).group(0)
    for kind in ("organisation", "quantity", "ratio", "percentage", "money", "date"):
        assert f'data-kind="{kind}"' in legend
        assert KIND_COLOURS[kind] in legend
        assert f">{kind} 1<" in legend
    assert "person" not in legend


def test_nested_records_nest_and_labels_show_values():
    html = report_to_html(_report())
    # The ratio 103/80 sits inside the quantity 103/80 ราย: a mark inside a mark.
    assert re.search(r'data-kind="quantity"[^>]*>\s*<mark[^>]*data-kind="ratio"', html)
    labels = re.findall(r'<sup class="tri-label"[^>]*>(.*?)</sup>', html)
    assert "quantity 103" in labels and "money 1,500,000" in labels and "date 2024-03-05" in labels
    assert "ratio" in labels  # 103/80 as written: the highlight already shows it
    assert "organisation สำนักงานคณะกรรมการการเล…" in labels  # long names are cut short


OVERLAP_CASES = [
    # pieces (substring, nth) of "aa bb cc dd" given as records; kinds highlighted
    pytest.param([("aa bb", 0), ("bb cc", 0)], ["quantity"], id="crossing: first kept"),
    pytest.param([("aa bb cc", 0), ("bb", 0), ("b", 1)], ["quantity", "quantity", "quantity"], id="three deep"),
    pytest.param([("bb", 0), ("bb", 0)], ["quantity", "quantity"], id="same span twice"),
    pytest.param([("aa", 0), ("dd", 0)], ["quantity", "quantity"], id="disjoint"),
]


@pytest.mark.parametrize("pieces,kinds", OVERLAP_CASES)
def test_overlaps_never_garble_the_text(pieces, kinds):
    text = "aa bb cc dd"
    recs = tuple(Quantity(*_at(text, p, n), value=1) for p, n in pieces)
    html = report_to_html(Report(text=text, quantities=recs))
    tree = _parse(html)
    assert tree.body == text
    assert [m["kind"] for m in tree.marks] == kinds
    for m in tree.marks:
        assert m["text"] == text[m["start"]:m["end"]]
    if len(kinds) < len(pieces):
        assert "overlaps another; not highlighted" in html


def test_tables_list_records_and_checks():
    report = _report()
    html = report_to_html(report)
    records = re.search(r'<table class="tri-records".*?</table>', html, re.S).group(0)
    checks = re.search(r'<table class="tri-checks".*?</table>', html, re.S).group(0)
    assert f"{len(report.records)} records" in records
    assert records.count("<tr>") == len(report.records) + 1
    assert "1 checks" in checks and "mismatch" in checks
    assert "103/80 is &lt;not&gt; 128.75%" in checks
    assert "ร้อยละ 128.75; 103/80" in checks  # the text of the spans the check involves


def test_unknown_kind_gets_a_stable_colour():
    text = "ดูสีฟ้า"
    rec = Gadget(*_at(text, "สีฟ้า"), colour="blue")

    class _Report(Report):
        @property
        def records(self):
            return [rec]

    html = report_to_html(_Report(text=text))
    assert html == report_to_html(_Report(text=text))
    assert 'data-kind="gadget"' in html and "hsl(" in html and "colour=blue" in html


EDGE_CASES = [
    pytest.param("", id="empty"),
    pytest.param("ไม่มีตัวเลขเลย", id="no-records"),
    pytest.param("<&>\"'", id="only-markup"),
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_reports_without_records_render(text):
    html = report_to_html(Report(text=text))
    assert _parse(html).body == text
    assert "no records found" in html and "0 records" in html and "0 checks" in html


def test_repr_html_is_the_view_on_real_extraction():
    report = thai_report_ie.extract(SEED_TEXT)
    html = report._repr_html_()
    assert html == report_to_html(report)
    tree = _parse(html)
    assert tree.body == SEED_TEXT
    for m in tree.marks:
        assert m["text"] == SEED_TEXT[m["start"]:m["end"]]
    assert len(tree.marks) <= len(report.records)


MISMATCH_TEXT = "มีผู้เข้าร่วมทั้งหมด 50 คน แบ่งเป็นชาย 20 คน และหญิง 25 คน"


def test_mismatch_is_highlighted_with_its_message():
    report = thai_report_ie.extract(MISMATCH_TEXT)
    assert [c.kind for c in report.mismatches] == ["sum"]
    html = report_to_html(report)
    tree = _Tree()
    tree.feed(html)
    flagged = [m for m in tree.marks if "sum mismatch" in m["title"]]
    # every record the mismatch read is ringed and carries the message in its title
    assert sorted(m["text"] for m in flagged) == ["20 คน", "25 คน", "50 คน"]
    assert html.count('data-mismatch="1"') == 3
    assert 'class="tri-mismatches"' in html and "1 mismatch" in html
    assert "parts 20 + 25 = 45 (does not add up)" in html


def test_no_banner_without_mismatch():
    html = report_to_html(thai_report_ie.extract("มีผู้เข้าร่วมเป็นชาย 10 คน หญิง 20 คน รวม 30 คน"))
    assert "tri-mismatches" not in html and "data-mismatch" not in html
