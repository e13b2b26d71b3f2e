"""Records from a Dask DataFrame of documents, on one machine or a cluster.

    >>> import dask.dataframe as dd, pandas as pd
    >>> from thai_report_ie.dask import extract_records
    >>> docs = dd.from_pandas(pd.DataFrame({"id": ["a", "b"], "text": ["มีสมาชิก 1,549 ราย", "ร้อยละ 5"]}), npartitions=2)
    >>> extract_records(docs, text_column="text", id_column="id").compute()[["doc_id", "kind", "value"]].to_string(index=False)
    'doc_id       kind value\\n     a   quantity  1549\\n     b percentage     5'

`extract_records` maps each partition to the records table of `thai_report_ie.to_dataframe`
(a fixed schema: `doc_id`, `kind`, `text`, `start`, `end`, every record field, exact values
as strings with a `<field>_float` beside them). Each Dask worker process imports the library
once and keeps its lexicons and segmenter loaded for every partition it reads. A document that
fails gives one row of kind "failure" (its message in `text`) instead of stopping the job.
Needs `pip install 'thai_report_ie[dask]'` on the client and on every worker.

Texts that are not `str`: by default (`dataframe.convert-string`) Dask casts a pandas object
column to strings when the frame is made (`dd.from_pandas`), so an int 7 arrives as "7" and
UTF-8 bytes arrive decoded, and this module cannot see what they were. To keep the types, make
the frame with that setting off; then a non-str text (int, bytes, a list) gives a failure row
("InputTypeError: extract() expects str, got bytes ..."), like a missing one (None, NaN, NA):

    >>> import dask
    >>> frame = pd.DataFrame({"id": ["a", "b", "c"], "text": pd.Series(["ร้อยละ 5", 7, b"5 ton"], dtype=object)})
    >>> with dask.config.set({"dataframe.convert-string": False}):
    ...     docs = dd.from_pandas(frame, npartitions=1)
    >>> extract_records(docs).compute()[["doc_id", "kind", "text"]].values.tolist()
    [['a', 'percentage', 'ร้อยละ 5'], ['b', 'failure', 'InputTypeError: extract() expects str, got int'],
     ['c', 'failure', "InputTypeError: extract() expects str, got bytes (decode bytes first, e.g. data.decode('utf-8'))"]]
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, cast

from ._frames import records_frame
from .batch import Failure, Settings, _apply_settings, _current_settings, _extract_one, _init_worker

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe
    import pandas

__all__ = ["extract_records"]

_MISSING_DASK = "thai_report_ie.dask needs Dask, an optional extra: pip install 'thai_report_ie[dask]'"
_warm = False


def _results(pdf: pandas.DataFrame, text_column: str, id_column: str | None,
             max_chars: int) -> Iterator[tuple[Any, Any]]:
    from pandas import NA

    ids = pdf[id_column] if id_column else pdf.index
    for doc_id, text in zip(ids, pdf[text_column]):
        if text is None or text is NA or (isinstance(text, float) and text != text):  # a missing text: no crash
            yield doc_id, Failure(doc_id, f"no text (got {type(text).__name__})", "InputTypeError")
        elif not isinstance(text, str):  # only with dataframe.convert-string off (above): extract() names the type
            yield doc_id, _extract_one((doc_id, None, None, text), max_chars)
        else:
            yield doc_id, _extract_one((doc_id, text, None, None), max_chars)


def _partition(pdf: pandas.DataFrame, text_column: str, id_column: str | None, checks: bool,
               settings: Settings) -> pandas.DataFrame:
    global _warm
    _apply_settings(settings)  # the client's, at extract_records: a worker process imported the library afresh
    if not _warm:  # once per worker process: lexicons, patterns, the segmenter's dictionary
        _init_worker()
        _warm = True
    max_chars = cast(int, settings["thai_report_ie.extract"]["MAX_CHARS"])
    return records_frame(_results(pdf, text_column, id_column, max_chars), checks=checks, failures=not checks)


def extract_records(ddf: dask.dataframe.DataFrame, *, text_column: str = "text", id_column: str | None = "id",
                    checks: bool = False) -> dask.dataframe.DataFrame:
    """A lazy Dask DataFrame of the records of every document of `ddf` (one row a record).

    text_column: the column holding each document's text. id_column: the column naming each
    document (its values become `doc_id`, as strings); None uses the frame's index. checks=True
    gives the checks table instead (as `to_dataframe(..., checks=True)`). Call `.compute()`,
    `.to_parquet(...)` or anything Dask offers on the result; work runs where the client's
    scheduler sends it (a `LocalCluster` or a remote `Client("tcp://host:8786")`).

    Each partition is read with the client's `extract.MAX_CHARS` and `extract.PIECE_CHARS` as
    they are when extract_records is called (a worker process sets its own to them before
    reading the partition), so a limit lowered in the client script holds on every worker.
    """
    try:
        import dask.dataframe  # noqa: F401
    except ImportError as e:
        raise ImportError(_MISSING_DASK, name="dask") from e
    for column in (text_column, id_column):
        if column is not None and column not in ddf.columns:
            raise KeyError(f"extract_records: no column {column!r} in the frame (columns: {list(ddf.columns)}); "
                           "pass text_column=/id_column=")
    meta = records_frame([], checks=checks, failures=not checks)
    # what a text is read with: the client's `extract` settings now (texts only: the readers' limits play no part)
    settings = {"thai_report_ie.extract": _current_settings()["thai_report_ie.extract"]}
    return ddf.map_partitions(_partition, text_column, id_column, checks, settings, meta=meta, enforce_metadata=False)
