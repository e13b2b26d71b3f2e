"""`Report.to_dataframe()`: one row a record, with pandas as an optional extra.

Columns are `kind, text, start, end`, then the union of the records' fields in the order they
first appear; a field a record lacks is missing (NaN/None). Values are the JSON-contract ones
(plain numbers), so columns plot and aggregate without conversion.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .records import Report

__all__ = ["report_to_dataframe"]

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
