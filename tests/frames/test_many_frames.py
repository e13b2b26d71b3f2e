"""`to_dataframe(results)`: many reports in one table with a doc_id column, a fixed schema, exact
values kept exact (strings beside Float64 columns, Int64 for integers), and Parquet that round-trips."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import thai_report_ie as tri
from thai_report_ie._frames import exact_str
from thai_report_ie.batch import Failure
from thai_report_ie.records import DateMention, Quantity, Ratio, Report

pd = pytest.importorskip("pandas")

TEXT = "มีองค์กรทั้งหมด 73 องค์กร รับสมาชิกได้ 16/15 แห่ง เมื่อ 5 มี.ค. 2567"
A = Report(text=TEXT, quantities=(Quantity("73 องค์กร", 16, 25, value=73, unit="องค์กร", range=(Decimal("1.5E+3"), 2000)),),
           ratios=(Ratio("16/15 แห่ง", 39, 49, numerator=16, denominator=15, computed_percent=Fraction(320, 3)),))
B = Report(text=TEXT, dates=(DateMention("5 มี.ค. 2567", 56, 68, day=5, month=3, year_be=2567, year_ce=2024),))
RESULTS = [("doc-a", A), ("doc-b", Failure("doc-b", "boom", "RuntimeError")), ("doc-c", B)]

EXACT_CASES = [
    pytest.param(73, "73", id="int"),
    pytest.param(Decimal("28.75"), "28.75", id="decimal"),
    pytest.param(Decimal("1.5E+6"), "1500000", id="decimal-no-exponent"),
    pytest.param(Fraction(515, 4), "128.75", id="fraction-finite-decimal"),
    pytest.param(Fraction(320, 3), "320/3", id="fraction-kept-as-fraction"),
    pytest.param(Fraction(-1, 8), "-0.125", id="negative-fraction"),
    pytest.param(None, None, id="none"),
]


@pytest.mark.parametrize("value,expected", EXACT_CASES)
def test_exact_str(value, expected):
    assert exact_str(value) == expected


def test_one_table_with_doc_ids_and_exact_values():
    df = tri.to_dataframe(RESULTS)
    assert df["doc_id"].tolist() == ["doc-a", "doc-a", "doc-c"]
    assert df["kind"].tolist() == ["quantity", "ratio", "date"]
    assert df.loc[0, "value"] == "73" and df.loc[0, "value_float"] == 73.0
    assert (df.loc[0, "range_low"], df.loc[0, "range_high"]) == ("1500", "2000")
    assert df.loc[1, "computed_percent"] == "320/3"
    assert str(df["year_be"].dtype) == "Int64" and df.loc[2, "year_be"] == 2567
    assert str(df["start"].dtype) == "Int64" and str(df["value_float"].dtype) == "Float64"
    assert df["value"].isna().tolist() == [False, True, True]


def test_failures_left_out_or_as_rows():
    df = tri.to_dataframe(RESULTS, failures=True)
    row = df[df["kind"] == "failure"]
    assert row["doc_id"].tolist() == ["doc-b"] and row["text"].tolist() == ["RuntimeError: boom"]


def test_bare_reports_are_numbered_and_the_schema_is_fixed():
    df = tri.to_dataframe([A, B])
    assert df["doc_id"].tolist() == ["0", "0", "1"]
    empty = tri.to_dataframe([])
    assert list(empty.columns) == list(df.columns) and (empty.dtypes == df.dtypes).all()


def test_checks_table():
    seed = tri.extract("มีผู้เข้าร่วมทั้งหมด 5 คน ผ่าน 3 คน ไม่ผ่าน 2 คน")
    df = tri.to_dataframe([("s", seed)], checks=True)
    assert df[["doc_id", "kind", "status", "stated", "computed"]].values.tolist() == [["s", "sum", "ok", "5", "5"]]


def test_parquet_round_trip(tmp_path):
    pytest.importorskip("pyarrow")
    df = tri.to_dataframe(tri.extract_many([("x", "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%"),
                                            ("y", "ใช้งบประมาณ 2.4 แสนล้านบาท เมื่อ 5 มี.ค. 2567")]))
    path = tmp_path / "records.parquet"
    df.to_parquet(path)
    back = pd.read_parquet(path)
    pd.testing.assert_frame_equal(back, df, check_dtype=False)
    assert back["value"].dropna().tolist() == ["28.75", "240000000000"]
    assert str(back["year_be"].dtype) == "Int64"
