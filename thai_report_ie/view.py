"""HTML view of a `Report` for notebooks: the text with each record highlighted by kind.

`report_to_html(report)` is what `Report._repr_html_` shows. Styles are inline (no `<style>`
block, no script), so the view survives notebook sanitisers; everything taken from the text is
HTML-escaped. Records that contain one another are nested; a record that crosses another's
boundary is listed in the table but not highlighted, so the text is never garbled.
"""
from __future__ import annotations

import hashlib
from html import escape
from typing import Any, Iterable

from .records import Check, Record, Report

__all__ = ["KIND_COLOURS", "report_to_html"]

KIND_COLOURS: dict[str, str] = {
    "quantity": "#8ecae6",
    "money": "#b7e4c7",
    "percentage": "#ffd6a5",
    "ratio": "#cdb4db",
    "date": "#fdffb6",
    "organisation": "#ffadad",
    "person": "#bde0fe",
}
"""Background colour of each kind; a kind not listed gets a stable colour from its name."""

STATUS_COLOURS: dict[str, str] = {"ok": "#2d6a4f", "rounding": "#b26a00", "mismatch": "#c1121f"}

_BASE_FIELDS = ("kind", "text", "start", "end", "rule")
# The field shown in a record's small label: the first one the record has a value for.
_HEADLINE_FIELDS = ("value", "iso", "name")

_CELL = "padding:2px 6px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top"


def _colour(kind: str) -> str:
    if kind in KIND_COLOURS:
        return KIND_COLOURS[kind]
    hue = int(hashlib.sha1(kind.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue},70%,82%)"


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(KIND_COLOURS)
    return (order.index(kind) if kind in order else len(order), kind)


def _fields(record: Record) -> dict[str, Any]:
    """The record's own fields (not kind/text/offsets/rule), without empty ones."""
    return {k: v for k, v in record.to_dict().items()
            if k not in _BASE_FIELDS and v not in (None, "", False, [], ())}


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "–".join(_show(v) for v in value)
    # Thousands separators only from 10,000 up, so that years (2567) read as years.
    if isinstance(value, float):
        return f"{value:,.15g}" if abs(value) >= 10_000 else f"{value:.15g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return str(value)


def _headline(record: Record) -> str:
    fields = _fields(record)
    if "numerator" in fields and "denominator" in fields:
        return f"{_show(fields['numerator'])}/{_show(fields['denominator'])}"
    for name in _HEADLINE_FIELDS:
        if name in fields:
            return _show(fields[name])
    return ""


def _summary(record: Record) -> str:
    return ", ".join(f"{k}={_show(v)}" for k, v in _fields(record).items())


def _nest(records: Iterable[Record]) -> tuple[list[tuple[Record, list]], list[Record]]:
    """A forest of records by containment, and the records left out because they cross another."""
    roots: list[tuple[Record, list]] = []
    crossing: list[Record] = []
    stack: list[tuple[Record, list]] = []
    for rec in sorted(records, key=lambda r: (r.start, -r.end, r.kind)):
        if rec.end <= rec.start:
            crossing.append(rec)
            continue
        while stack and stack[-1][0].end <= rec.start:
            stack.pop()
        if stack and rec.end > stack[-1][0].end:
            crossing.append(rec)
            continue
        node: tuple[Record, list] = (rec, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return roots, crossing


def _render_range(text: str, start: int, end: int, nodes: list[tuple[Record, list]],
                  flagged: dict[tuple[int, ...], list[str]] | None = None) -> str:
    out: list[str] = []
    pos = start
    for rec, children in nodes:
        out.append(escape(text[pos:rec.start]))
        out.append(_render_mark(text, rec, children, flagged))
        pos = rec.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def _flagged(report: Report) -> dict[tuple[int, ...], list[str]]:
    """The messages of the mismatches each span takes part in."""
    out: dict[tuple[int, ...], list[str]] = {}
    for c in report.mismatches:
        for span in c.spans:
            out.setdefault(tuple(span), []).append(f"{c.kind} mismatch: {c.message}")
    return out


def _render_mark(text: str, rec: Record, children: list[tuple[Record, list]],
                 flagged: dict[tuple[int, ...], list[str]] | None = None) -> str:
    summary = _summary(rec)
    title = f"{rec.kind}: {summary}" if summary else rec.kind
    if rec.rule:
        title += f" [rule {rec.rule}]"
    problems = (flagged or {}).get((rec.start, rec.end), [])
    if problems:
        title += "\n" + "\n".join(problems)
    headline = _headline(rec)
    if headline == rec.text:  # a name as written: the highlight already shows it
        headline = ""
    if len(headline) > 24:
        headline = headline[:23] + "…"
    label = f"{rec.kind} {headline}" if headline else rec.kind
    inner = _render_range(text, rec.start, rec.end, children, flagged)
    ring = f"0 0 0 2px {STATUS_COLOURS['mismatch']}" if problems else "inset 0 0 0 1px rgba(0,0,0,.18)"
    cls, flag = (" tri-mismatch", ' data-mismatch="1"') if problems else ("", "")
    return (
        f'<mark class="tri-rec{cls}" data-kind="{escape(rec.kind)}" '
        f'data-start="{rec.start}" data-end="{rec.end}"{flag} '
        f'title="{escape(title)}" style="background:{_colour(rec.kind)};'
        'color:#111;padding:1px 2px;margin:0 1px;border-radius:3px;'
        f'box-shadow:{ring}">'
        f'{inner}<sup class="tri-label" style="font-size:65%;font-family:sans-serif;'
        f'margin-left:3px;color:#333;white-space:nowrap">{escape(label)}</sup></mark>'
    )


def _legend(records: list[Record]) -> str:
    counts: dict[str, int] = {}
    for rec in records:
        counts[rec.kind] = counts.get(rec.kind, 0) + 1
    if not counts:
        return '<div class="tri-legend" style="margin:4px 0;font-family:sans-serif">no records found</div>'
    chips = "".join(
        f'<span class="tri-chip" data-kind="{escape(kind)}" style="background:{_colour(kind)};'
        'color:#111;padding:1px 8px;margin-right:6px;border-radius:3px;white-space:nowrap">'
        f'{escape(kind)} {n}</span>'
        for kind, n in sorted(counts.items(), key=lambda kv: _kind_order(kv[0]))
    )
    return f'<div class="tri-legend" style="margin:4px 0 8px 0;font-family:sans-serif">{chips}</div>'


def _records_table(records: list[Record], crossing: list[Record]) -> str:
    left_out = {id(r) for r in crossing}
    rows = []
    for rec in records:
        note = " (overlaps another; not highlighted)" if id(rec) in left_out else ""
        rows.append(
            f'<tr><td style="{_CELL}"><span style="background:{_colour(rec.kind)};color:#111;'
            f'padding:0 4px;border-radius:3px">{escape(rec.kind)}</span></td>'
            f'<td style="{_CELL}">{escape(rec.text)}</td>'
            f'<td style="{_CELL};white-space:nowrap">{rec.start}–{rec.end}</td>'
            f'<td style="{_CELL}">{escape(_summary(rec) + note)}</td>'
            f'<td style="{_CELL}">{escape(rec.rule)}</td></tr>'
        )
    head = "".join(f'<th style="{_CELL}">{h}</th>' for h in ("kind", "text", "span", "fields", "rule"))
    return (f'<table class="tri-records" style="border-collapse:collapse;margin-top:8px">'
            f'<caption style="text-align:left;font-weight:bold">{len(records)} records</caption>'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _checks_table(text: str, checks: Iterable[Check]) -> str:
    checks = list(checks)
    rows = []
    for c in checks:
        d = c.to_dict()
        spans = "; ".join(text[s:e] for s, e in c.spans)
        colour = STATUS_COLOURS.get(c.status, "#555")
        shade = ' style="background:#fde8e8"' if c.status == "mismatch" else ""
        rows.append(
            f'<tr{shade}><td style="{_CELL};color:{colour};font-weight:bold">{escape(c.status)}</td>'
            f'<td style="{_CELL}">{escape(c.kind)}</td>'
            f'<td style="{_CELL}">{escape(_show(d["stated"]))}</td>'
            f'<td style="{_CELL}">{escape(_show(d["computed"]))}</td>'
            f'<td style="{_CELL}">{escape(c.message)}</td>'
            f'<td style="{_CELL}">{escape(spans)}</td></tr>'
        )
    head = "".join(f'<th style="{_CELL}">{h}</th>'
                   for h in ("status", "check", "stated", "computed", "message", "text"))
    return (f'<table class="tri-checks" style="border-collapse:collapse;margin-top:8px">'
            f'<caption style="text-align:left;font-weight:bold">{len(checks)} checks</caption>'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _mismatch_banner(report: Report) -> str:
    """Above the text: each mismatch's message and the words it reads, in the mismatch colour."""
    mismatches = report.mismatches
    if not mismatches:
        return ""
    colour = STATUS_COLOURS["mismatch"]
    plural = "mismatch" if len(mismatches) == 1 else "mismatches"
    items = "".join(
        f'<li><b>{escape(c.kind)}</b>: {escape(c.message)} '
        f'<span style="color:#555">[{escape(" | ".join(report.text[s:e] for s, e in c.spans))}]</span></li>'
        for c in mismatches)
    return (f'<div class="tri-mismatches" style="margin:4px 0 8px 0;padding:4px 8px;border-left:4px solid {colour};'
            f'background:#fde8e8;font-family:sans-serif"><b style="color:{colour}">{len(mismatches)} {plural}: the text&#x27;s own figures do not agree</b>'
            f'<ul style="margin:2px 0">{items}</ul></div>')


def report_to_html(report: Report, *, max_height: str = "32em") -> str:
    """The report as one HTML fragment: legend, highlighted text, records table, checks table.

    >>> from thai_report_ie.records import Quantity, Report
    >>> text = "มีสมาชิก <b>1,549 ราย"
    >>> html = report_to_html(Report(text=text, quantities=(Quantity("1,549 ราย", 12, 21, value=1549, unit="ราย"),)))
    >>> "&lt;b&gt;" in html and "<b>" not in html
    True
    """
    records = list(report.records)
    roots, crossing = _nest(records)
    body = _render_range(report.text, 0, len(report.text), roots, _flagged(report))
    return (
        '<div class="tri-report" style="font-size:14px;line-height:1.9">'
        + _legend(records)
        + _mismatch_banner(report)
        + f'<div class="tri-text" style="white-space:pre-wrap;max-height:{escape(max_height)};'
        'overflow:auto;border:1px solid #ccc;border-radius:4px;padding:8px">'
        + body + "</div>"
        + _records_table(records, crossing)
        + _checks_table(report.text, report.checks)
        + "</div>"
    )
