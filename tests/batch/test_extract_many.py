"""`extract_many`: texts, paths and (id, text) pairs in; (id, Report | Failure) out, lazily and in
input order; one bad document never stops the batch, in this process or in worker processes."""
from __future__ import annotations

import importlib
import itertools
import os
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie.batch import Failure, WorkersCannotStart, extract_many

extract_module = importlib.import_module("thai_report_ie.extract")  # the package attribute is the function

SHORT = "มีสมาชิก 1,549 ราย"
MONEY = "ใช้งบประมาณ 2.4 แสนล้านบาท"
RATIO = "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75%"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"good": tmp_path / "good.txt", "tis": tmp_path / "tis.txt", "missing": tmp_path / "missing.txt"}
    paths["good"].write_text("\ufeff" + SHORT, encoding="utf-8")
    paths["tis"].write_bytes("มีสมาชิก".encode("tis-620") + b"\xfc")  # 0xFC: neither UTF-8 nor TIS-620
    return paths


def _kinds(results):
    return [(doc_id, type(r).__name__) for doc_id, r in results]


def test_ids_order_and_failures_in_place(files):
    items = [SHORT, ("r-7", MONEY), files["good"], b"bytes", files["tis"], ("long", "ก" * 50), files["missing"], None]
    results = list(extract_many(items, max_chars=40))
    assert _kinds(results) == [
        (0, "Report"), ("r-7", "Report"), (str(files["good"]), "Report"), (3, "Failure"),
        (str(files["tis"]), "Failure"), ("long", "Failure"), (str(files["missing"]), "Failure"), (7, "Failure"),
    ]
    assert results[2][1].text == SHORT  # the BOM is not text
    assert results[2][1].records == tri.extract(SHORT).records
    errors = {doc_id: r for doc_id, r in results if isinstance(r, Failure)}
    assert errors[3].error_type == "InputTypeError" and "got bytes" in errors[3].error
    assert "not UTF-8" in errors[str(files["tis"])].error
    assert "over the limit of 40" in errors["long"].error
    assert errors[str(files["missing"])].error_type == "FileNotFoundError"
    assert str(errors["long"]).startswith("long: ValueError: ")


def test_results_are_lazy_over_an_endless_stream():
    endless = ((f"doc-{i}", f"มีสมาชิก {i} ราย") for i in itertools.count())
    first = list(itertools.islice(extract_many(endless), 3))
    assert [doc_id for doc_id, _ in first] == ["doc-0", "doc-1", "doc-2"]
    assert [r.quantities[0].value for _, r in first] == [0, 1, 2]


def test_a_failing_extractor_is_a_failure_not_an_exception(monkeypatch):
    def explode(doc):
        if "ระเบิด" in doc.text:
            raise RuntimeError("boom")
        return []

    monkeypatch.setitem(extract_module.EXTRACTORS, "explode", explode)
    results = list(extract_many([SHORT, "ระเบิด 3 ราย", MONEY]))
    assert _kinds(results) == [(0, "Report"), (1, "Failure"), (2, "Report")]
    assert results[1][1] == Failure(1, "boom", "RuntimeError")


def test_progress_bar_goes_to_stderr(capsys):
    list(extract_many([SHORT, MONEY], progress=True))
    out, err = capsys.readouterr()
    assert out == "" and "2/2" in err


BAD_ARGUMENTS = [
    pytest.param({"n_process": 0}, id="no-process"),
    pytest.param({"chunksize": 0}, id="empty-chunks"),
]


@pytest.mark.parametrize("kwargs", BAD_ARGUMENTS)
def test_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        extract_many([SHORT], **kwargs)


@pytest.mark.slow
def test_two_processes_give_the_same_results_in_the_same_order(files):
    items = [SHORT, ("r-7", MONEY), files["good"], b"bytes", RATIO, files["tis"]] + [f"มีสมาชิก {i} ราย" for i in range(12)]
    serial = list(extract_many(items))
    parallel = list(extract_many(items, n_process=2, chunksize=2))
    assert parallel == serial
    assert parallel[4][1].text == RATIO  # the text is put back in the parent


@pytest.mark.slow
@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_a_worker_that_dies_fails_only_its_document(monkeypatch):
    """A document that kills its worker process (as a crash in native code would): the pool is
    restarted, that document is a Failure, every other document is read."""
    def die(doc):
        if "ตาย" in doc.text:
            os._exit(3)
        return []

    monkeypatch.setitem(extract_module.EXTRACTORS, "die", die)
    items = [f"มีสมาชิก {i} ราย" for i in range(14)]
    items[3] = items[8] = "ตาย 5 ราย"
    results = list(extract_many(items, n_process=2, chunksize=2, mp_context="fork"))
    assert [i for i, (_, r) in enumerate(results) if isinstance(r, Failure)] == [3, 8]
    assert results[3][1].error_type == results[8][1].error_type == "WorkerDied"
    assert [r.quantities[0].value for _, r in results if not isinstance(r, Failure)] == [i for i in range(14) if i not in (3, 8)]


@pytest.mark.slow
@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_workers_that_cannot_start_raise_a_clear_error(monkeypatch):
    def die(doc):
        os._exit(3)

    monkeypatch.setitem(extract_module.EXTRACTORS, "die", die)  # the workers' warm-up dies too
    with pytest.raises(WorkersCannotStart, match="__main__"):
        list(extract_many([SHORT] * 4, n_process=2, mp_context="fork"))


@pytest.mark.slow
@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_a_document_in_flight_when_another_kills_the_pool_is_read(monkeypatch):
    """When a worker dies, every document then in flight breaks with the pool: a slow good document read
    alongside the culprit is read again alone, not reported as the one that died."""
    def slow_or_die(doc):
        if "ตาย" in doc.text:
            os._exit(3)
        __import__("time").sleep(0.3)
        return []

    monkeypatch.setitem(extract_module.EXTRACTORS, "slow_or_die", slow_or_die)
    items = [f"มีสมาชิก {i} ราย" for i in range(6)]
    items[3] = "ตาย 5 ราย"
    results = list(extract_many(items, n_process=2, chunksize=2, mp_context="fork"))
    assert [i for i, (_, r) in enumerate(results) if isinstance(r, Failure)] == [3]
    assert [r.quantities[0].value for _, r in results if not isinstance(r, Failure)] == [0, 1, 2, 4, 5]

