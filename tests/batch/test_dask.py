"""`thai_report_ie.dask.extract_records` on a real `LocalCluster` with two worker processes."""
from __future__ import annotations

import pytest

import thai_report_ie as tri

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

from thai_report_ie.dask import extract_records  # noqa: E402

DOCS = [
    ("a", "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%"),
    ("b", "ใช้งบประมาณ 2.4 แสนล้านบาท เมื่อ 5 มี.ค. 2567"),
    ("c", None),  # a missing text: one failure row, the job goes on
    ("d", "มีผู้เข้าร่วมทั้งหมด 5 คน ผ่าน 3 คน ไม่ผ่าน 2 คน"),
] + [(f"n{i}", f"กระทรวงสาธารณสุขรายงานผู้ป่วย {i:,} ราย") for i in range(8)]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_records_on_a_local_cluster_match_extract_many(client):
    ddf = dd.from_pandas(pd.DataFrame(DOCS, columns=["doc", "body"]), npartitions=4)
    got = extract_records(ddf, text_column="body", id_column="doc").compute().reset_index(drop=True)
    good = [(i, t) for i, t in DOCS if t is not None]
    expected = tri.to_dataframe(tri.extract_many(good))
    failure = got[got["kind"] == "failure"]
    assert failure["doc_id"].tolist() == ["c"] and "no text" in failure["text"].iloc[0]
    records = got[got["kind"] != "failure"].reset_index(drop=True)
    pd.testing.assert_frame_equal(records, expected, check_dtype=False)
    workers = client.run(lambda: __import__("thai_report_ie.dask", fromlist=["_warm"])._warm)
    assert len(workers) == 2


@pytest.mark.slow
def test_checks_on_a_local_cluster(client):
    ddf = dd.from_pandas(pd.DataFrame(DOCS[3:5], columns=["id", "text"]), npartitions=2)
    got = extract_records(ddf, checks=True).compute()
    assert got[["doc_id", "kind", "status"]].values.tolist() == [["d", "sum", "ok"]]


# a frame whose object column holds what is not text: an int, UTF-8 bytes, a missing value
ODD_TEXTS = [("a", "มีผู้เข้าร่วมทั้งหมด 5 คน"), ("b", 7), ("c", "ร้อยละ 5".encode()), ("d", None)]


def _odd_frame():
    return pd.DataFrame({"id": [i for i, _ in ODD_TEXTS], "text": pd.Series([t for _, t in ODD_TEXTS], dtype=object)})


def test_by_default_dask_casts_texts_to_strings_before_the_library_sees_them():
    # what thai_report_ie/dask.py's docstring says: "7" and the decoded bytes are read as texts, so they give
    # records or none but never a failure; only with dataframe.convert-string off can a failure be given
    texts = dd.from_pandas(_odd_frame(), npartitions=1).compute()["text"].tolist()
    assert texts[:3] == ["มีผู้เข้าร่วมทั้งหมด 5 คน", "7", "ร้อยละ 5"] and texts[3] is pd.NA


@pytest.mark.slow
def test_with_convert_string_off_a_non_str_text_is_a_failure_row(client):
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(_odd_frame(), npartitions=2)
    got = extract_records(ddf).compute()
    failures = dict(got[got["kind"] == "failure"][["doc_id", "text"]].values.tolist())
    assert failures == {"b": "InputTypeError: extract() expects str, got int",
                        "c": "InputTypeError: extract() expects str, got bytes (decode bytes first, e.g. "
                             "data.decode('utf-8'))",
                        "d": "InputTypeError: no text (got NoneType)"}
    assert got[got["doc_id"] == "a"]["text"].tolist() == ["5 คน"]


def test_a_missing_column_is_a_clear_error():
    ddf = dd.from_pandas(pd.DataFrame(DOCS[:2], columns=["id", "text"]), npartitions=1)
    with pytest.raises(KeyError, match="no column 'body'"):
        extract_records(ddf, text_column="body")


@pytest.mark.slow
def test_the_clients_max_chars_holds_on_the_workers(client, monkeypatch):
    # the worker processes import the library afresh: the client's value travels with each partition
    frame = pd.DataFrame({"id": ["short", "long"], "text": ["มีสมาชิก 1,549 ราย", "มีสมาชิก 1,549 ราย " + "ก" * 100]})
    extract_module = __import__("sys").modules["thai_report_ie.extract"]
    monkeypatch.setattr(extract_module, "MAX_CHARS", 100)
    got = extract_records(dd.from_pandas(frame, npartitions=2)).compute()
    assert got[["doc_id", "kind", "text"]].values.tolist() == [
        ["short", "quantity", "1,549 ราย"],
        ["long", "failure", "ValueError: 119 characters is over the limit of 100; split the document"]]
    monkeypatch.undo()  # back to the default here: the next job reads the long text on the same workers
    got = extract_records(dd.from_pandas(frame, npartitions=2)).compute()
    assert got["kind"].tolist() == ["quantity", "quantity"]
    held = client.run(lambda: __import__("sys").modules["thai_report_ie.extract"].MAX_CHARS)
    assert len(held) == 2 and set(held.values()) == {50_000_000}
