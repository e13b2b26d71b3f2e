"""`Report.to_dataframe()`: one row a record, the union of fields, a clear error without pandas."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

import thai_report_ie
from thai_report_ie.records import DateMention, Money, Organisation, Quantity, Report

SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "000_94da9129867dff51.txt").read_text(encoding="utf-8")


def _at(text: str, piece: str) -> tuple[str, int, int]:
    start = text.index(piece)
    return piece, start, start + len(piece)


TEXT = "กกต. รับสมาชิก 1,549 ราย ใช้งบ 1.5 ล้านบาท เมื่อ 5 มี.ค. 2567 และ 2,388 ราย"
REPORT = Report(
    text=TEXT,
    organisations=(Organisation(*_at(TEXT, "กกต."), name="กกต.", rule="org.acronym"),),
    quantities=(Quantity(*_at(TEXT, "1,549 ราย"), value=1549, unit="ราย", subject="สมาชิก", rule="qty.1"),
                Quantity(*_at(TEXT, "2,388 ราย"), value=2388, unit="ราย", range=(2000, 3000))),
    money=(Money(*_at(TEXT, "1.5 ล้านบาท"), value=Decimal("1500000.5"), currency="THB"),),
    dates=(DateMention(*_at(TEXT, "5 มี.ค. 2567"), day=5, month=3, year_be=2567, year_ce=2024, iso="2024-03-05"),),
)

COLUMN_CASES = [
    # column, expected values in record (text) order
    pytest.param("kind", ["organisation", "quantity", "money", "date", "quantity"], id="kind"),
    pytest.param("start", [r.start for r in REPORT.records], id="start"),
    pytest.param("text", [r.text for r in REPORT.records], id="text"),
    pytest.param("unit", [None, "ราย", None, None, "ราย"], id="unit-missing-elsewhere"),
    pytest.param("value", [None, 1549, 1500000.5, None, 2388], id="value-plain-numbers"),
    pytest.param("iso", [None, None, None, "2024-03-05", None], id="iso"),
    pytest.param("range", [None, None, None, None, (2000, 3000)], id="range-as-tuple"),
    pytest.param("currency", [None, None, "THB", None, None], id="currency"),
]


@pytest.mark.parametrize("column,expected", COLUMN_CASES)
def test_columns(column, expected):
    pd = pytest.importorskip("pandas")
    df = REPORT.to_dataframe()
    got = [None if not isinstance(v, tuple) and pd.isna(v) else v for v in df[column]]
    assert got == expected


def test_column_order_and_one_row_a_record():
    pytest.importorskip("pandas")
    df = REPORT.to_dataframe()
    assert list(df.columns[:4]) == ["kind", "text", "start", "end"]
    assert df.columns[-1] == "rule"
    assert len(df) == len(REPORT.records)
    fields = {k for r in REPORT.records for k in r.to_dict()}
    assert set(df.columns) == fields
    assert df["value"].dtype.kind == "f"  # numbers plot and aggregate without conversion
    assert (df["end"] - df["start"]).tolist() == [len(t) for t in df["text"]]


def test_empty_report():
    pytest.importorskip("pandas")
    df = Report(text="ไม่มีอะไร").to_dataframe()
    assert list(df.columns) == ["kind", "text", "start", "end"] and len(df) == 0


def test_real_extraction_offsets():
    pytest.importorskip("pandas")
    report = thai_report_ie.extract(SEED_TEXT)
    df = report.to_dataframe()
    assert len(df) == len(report.records)
    for text, start, end in zip(df["text"], df["start"], df["end"]):
        assert SEED_TEXT[start:end] == text


def test_without_pandas_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(ImportError, match=r"pip install 'thai_report_ie\[dataframe\]'") as info:
        REPORT.to_dataframe()
    assert info.value.name == "pandas"
