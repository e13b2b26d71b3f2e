"""`Report.to_dataframe()`: one row a record, with pandas as an optional extra.

Columns are `kind, text, start, end`, then the union of the records' fields in the order they
first appear; a field a record lacks is missing (NaN/None). Values are the JSON-contract ones
(plain numbers), so columns plot and aggregate without conversion.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .records import Report

__all__ = ["exact_str", "records_frame", "report_to_dataframe", "to_dataframe"]

_LEADING = ["kind", "text", "start", "end"]
_MISSING_PANDAS = (
    "Report.to_dataframe() needs pandas, which is an optional extra: "
    "pip install 'thai_report_ie[dataframe]'"
)


def report_to_dataframe(report: Report) -> pandas.DataFrame:
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(_MISSING_PANDAS, name="pandas") from e
    rows: list[dict[str, Any]] = []
    columns = list(_LEADING)
    for d in report.to_dicts():
        rows.append({k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items()})
        columns.extend(k for k in d if k not in columns)
    # "rule" is bookkeeping: keep it last so the domain fields come first.
    if "rule" in columns:
        columns.remove("rule")
        columns.append("rule")
    return pd.DataFrame(rows, columns=columns)


# ---------------------------------------------------------------------------------------------
# Many reports in one table: `to_dataframe(results)`, with a fixed schema and exact values.
# ---------------------------------------------------------------------------------------------

_RECORD_CLASSES = ("Quantity", "Money", "Percentage", "Ratio", "DateMention", "Organisation", "Person")
_MISSING_PANDAS_MANY = (
    "to_dataframe() needs pandas, which is an optional extra: pip install 'thai_report_ie[dataframe]'"
)


def exact_str(value: Any) -> str | None:
    """An exact number as text: int "73", Decimal "28.75" (never an exponent), Fraction as a
    decimal when it has a finite one ("515/4" -> "128.75"), else "p/q" ("320/3")."""
    from decimal import Decimal
    from fractions import Fraction

    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return str(value.numerator)
        d = value.denominator
        twos = fives = 0
        while d % 2 == 0:
            d, twos = d // 2, twos + 1
        while d % 5 == 0:
            d, fives = d // 5, fives + 1
        if d != 1:
            return f"{value.numerator}/{value.denominator}"
        places = max(twos, fives)
        scaled = value * 10 ** places  # an integer now
        return format(Decimal(int(scaled)).scaleb(-places), "f")
    return str(value)


def _as_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _schema() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Columns (name, pandas dtype) of the records table, and how each record field fills them.

    Derived from the record dataclasses, so a field added to the contract gets its column:
    an exact number (annotation `Number`) becomes a string column with the exact value plus a
    `<field>_float` Float64 column; an `int` field a nullable Int64; a `range` two exact string
    columns; strings a string column; anything else its text."""
    import dataclasses

    from . import records

    cols: list[tuple[str, str]] = [("doc_id", "string"), ("kind", "string"), ("text", "string"),
                                   ("start", "Int64"), ("end", "Int64")]
    how: dict[str, str] = {}
    for cls_name in _RECORD_CLASSES:
        for f in dataclasses.fields(getattr(records, cls_name)):
            if f.name in how or f.name in ("text", "start", "end", "rule"):
                continue
            ann = str(f.type).replace(" ", "")
            if ann.startswith("tuple[Number"):
                how[f.name] = "range"
                cols += [(f"{f.name}_low", "string"), (f"{f.name}_high", "string")]
            elif ann.startswith("Number"):
                how[f.name] = "number"
                cols += [(f.name, "string"), (f"{f.name}_float", "Float64")]
            elif ann in ("int", "int|None"):
                how[f.name] = "int"
                cols.append((f.name, "Int64"))
            elif ann in ("bool", "bool|None"):
                how[f.name] = "bool"
                cols.append((f.name, "boolean"))
            else:
                how[f.name] = "text"
                cols.append((f.name, "string"))
    cols.append(("rule", "string"))
    return cols, how


def _record_row(doc_id: Any, record: Any, how: dict[str, str]) -> dict[str, Any]:
    import dataclasses

    row: dict[str, Any] = {"doc_id": str(doc_id), "kind": record.kind, "text": record.text,
                           "start": record.start, "end": record.end, "rule": record.rule}
    for f in dataclasses.fields(record):
        name = f.name
        if name in row:
            continue
        value = getattr(record, name)
        kind = how.get(name, "text")
        if kind == "number":
            row[name], row[f"{name}_float"] = exact_str(value), _as_float(value)
        elif kind == "range":
            lo, hi = value if value is not None else (None, None)
            row[f"{name}_low"], row[f"{name}_high"] = exact_str(lo), exact_str(hi)
        elif kind in ("int", "bool"):
            row[name] = value
        elif value is None or isinstance(value, str):
            row[name] = value
        else:
            row[name] = str(list(value)) if isinstance(value, tuple) else str(value)
    return row


_CHECK_COLUMNS = [("doc_id", "string"), ("kind", "string"), ("status", "string"), ("stated", "string"),
                  ("stated_float", "Float64"), ("computed", "string"), ("computed_float", "Float64"),
                  ("spans", "string"), ("message", "string"), ("rule", "string"), ("method", "string")]


def _check_row(doc_id: Any, check: Any) -> dict[str, Any]:
    return {"doc_id": str(doc_id), "kind": check.kind, "status": check.status,
            "stated": exact_str(check.stated), "stated_float": _as_float(check.stated),
            "computed": exact_str(check.computed), "computed_float": _as_float(check.computed),
            "spans": ";".join(f"{s}-{e}" for s, e in check.spans), "message": check.message,
            "rule": check.rule, "method": check.method}


def _pairs(results: Any) -> Iterator[tuple[Any, Any]]:
    """(doc_id, Report | Failure) of each result; a bare Report's id is its position."""
    for i, item in enumerate(results):
        if isinstance(item, tuple) and len(item) == 2:
            yield item
        elif hasattr(item, "error_type"):  # a bare Failure
            yield item.id, item
        else:
            yield i, item


def _failure_row(doc_id: Any, failure: Any) -> dict[str, Any]:
    return {"doc_id": str(doc_id), "kind": "failure", "text": f"{failure.error_type}: {failure.error}"}


def _frame(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> pandas.DataFrame:
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(_MISSING_PANDAS_MANY, name="pandas") from e
    names = [c for c, _ in columns]
    df = pd.DataFrame(rows, columns=names)
    return df.astype(dict(columns))


def records_frame(results: Any, *, checks: bool = False, failures: bool = False) -> pandas.DataFrame:
    """One table for many reports: see `thai_report_ie.to_dataframe`."""
    rows: list[dict[str, Any]] = []
    columns, how = (_CHECK_COLUMNS, {}) if checks else _schema()
    for doc_id, report in _pairs(results):
        if not hasattr(report, "checks"):  # a Failure
            if failures:
                rows.append(_failure_row(doc_id, report))
        elif checks:
            rows += [_check_row(doc_id, c) for c in report.checks]
        else:
            rows += [_record_row(doc_id, r, how) for r in report.records]
    return _frame(rows, columns)


def to_dataframe(results: Any, *, checks: bool = False, failures: bool = False) -> pandas.DataFrame:
    """One pandas table for many reports, with a `doc_id` column; exact values stay exact.

    `results`: what `extract_many` yields (`(doc_id, Report | Failure)` pairs; failures have no
    records and are left out), or bare Reports (their id is their position). The columns are
    the same whatever the input (a fixed schema, so tables concatenate and Dask can use it):
    `doc_id, kind, text, start, end`, then every record field, then `rule`. An exact number
    (`value`, `numerator`, `denominator`, `stated_percent`, `computed_percent`) is a string
    holding its exact value ("73", "28.75", "320/3" for a fraction with no finite decimal), with
    a `<field>_float` Float64 column beside it for arithmetic; integers (`start`, `day`,
    `year_be`, ...) are nullable Int64, never 73.0; `range` is `range_low`/`range_high` (exact
    strings). `checks=True` gives the checks instead, one row a check; `failures=True` adds one
    row of kind "failure" a failed document (its error in `text`). Parquet export works with
    pyarrow: `pip install 'thai_report_ie[dataframe]'`, then `df.to_parquet(path)`.

    >>> import thai_report_ie as tri
    >>> df = tri.to_dataframe(tri.extract_many([("a", "รับสมาชิกได้ 103/80 ราย เกินเป้าหมาย 28.75%")]))
    >>> [str(v) for v in df[["doc_id", "kind", "numerator", "computed_percent", "computed_percent_float"]].iloc[0]]
    ['a', 'ratio', '103', '128.75', '128.75']
    """
    return records_frame(results, checks=checks, failures=failures)
