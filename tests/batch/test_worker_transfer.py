"""What `extract_many`'s worker processes send back, and how those processes are set up: records
pickled by the cheaper reducers of `batch._dumps` come back equal and of the same class; the
pool's own workers freeze what they loaded and collect garbage less often; nothing else does."""
from __future__ import annotations

import dataclasses
import gc
import pickle

import pytest

import thai_report_ie as tri
from thai_report_ie import records
from thai_report_ie.batch import POOL_GC_THRESHOLD, _dumps, extract_many

RICH = ("กระทรวงการคลัง โดยนายสมชาย ใจดี รัฐมนตรีว่าการ แถลงเมื่อวันที่ 5 มกราคม 2567 ว่า"
        "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมายที่ตั้งไว้ 28.75% ใช้งบประมาณ 2.4 แสนล้านบาท "
        "ผู้ป่วยทั้งหมด 120 ราย แบ่งเป็นชาย 70 ราย หญิง 50 ราย คิดเป็นร้อยละ 58.33 ของทั้งหมด")

RECORD_CLASSES = [records.NumberMention, records.Quantity, records.Money, records.Percentage, records.Ratio,
                  records.DateMention, records.Organisation, records.Person, records.Check]


def _objects(report: tri.Report) -> list[object]:
    fields = ("numbers", "quantities", "money", "percentages", "ratios", "dates", "organisations", "persons", "checks")
    return [obj for f in fields for obj in getattr(report, f)]


def test_a_rich_report_holds_every_record_class():
    assert {type(o) for o in _objects(tri.extract(RICH))} == set(RECORD_CLASSES)


REPORTS = [
    pytest.param(lambda: tri.extract(RICH), id="every-record-class"),
    pytest.param(lambda: dataclasses.replace(tri.extract(RICH), text=""), id="text-left-behind"),
    pytest.param(lambda: tri.extract(""), id="empty"),
    pytest.param(lambda: tri.Extractor(units={"ขบวน": "classifier"}).extract("เพิ่ม 12 ขบวน"), id="user-lexicons"),
    pytest.param(lambda: dataclasses.replace(tri.extract(RICH), pages=((0, 40), (40, len(RICH)))), id="pages"),
]


@pytest.mark.parametrize("make", REPORTS)
def test_the_transfer_gives_back_equal_records_of_the_same_class(make):
    report = make()
    back = pickle.loads(_dumps([report, tri.Failure("x", "boom", "RuntimeError")]))
    assert back[0] == report == pickle.loads(pickle.dumps(report))
    assert back[0].lexicons == report.lexicons
    assert [type(o) for o in _objects(back[0])] == [type(o) for o in _objects(report)]
    assert [o.rule for o in _objects(back[0])] == [o.rule for o in _objects(report)]
    assert back[1] == tri.Failure("x", "boom", "RuntimeError")


def test_a_transferred_record_is_still_frozen_and_hashable():
    q = pickle.loads(_dumps(tri.extract(RICH).quantities[0]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.value = 1  # type: ignore[misc]
    assert hash(q) == hash(tri.extract(RICH).quantities[0])


def test_the_transfer_is_smaller_work_not_a_new_format():
    # the bytes are ordinary pickle: any reader with the library installed reads them
    blob = _dumps(tri.extract(RICH))
    assert blob.startswith(b"\x80") and b"thai_report_ie.batch" in blob


def test_reading_in_this_process_leaves_the_garbage_collector_alone():
    before = gc.get_threshold(), gc.get_freeze_count()
    list(extract_many([RICH, "มีสมาชิก 1,549 ราย"]))
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


@pytest.mark.slow
def test_pool_workers_freeze_their_lexicons_and_raise_the_thresholds():
    # extract_fn=eval reports the worker's own garbage-collector state (a stdlib function, so it
    # pickles by reference); extract_many passes on whatever extract_fn returns
    probes = ["__import__('gc').get_threshold()", "__import__('gc').get_freeze_count() > 10_000"]
    results = dict(extract_many(list(enumerate(probes)), n_process=2, chunksize=1, extract_fn=eval))
    assert results == {0: POOL_GC_THRESHOLD, 1: True}


@pytest.mark.slow
def test_two_processes_send_back_what_one_process_gives():
    # every record class, a user's lexicons riding on the Report, a failure, in input order
    rail = tri.Extractor(units={"ขบวน": "classifier"})
    items = [RICH, "เปิดเดินรถเพิ่ม 12 ขบวน", b"bytes", "มีสมาชิก 1,549 ราย"]
    serial = list(extract_many(items, extract_fn=rail))
    parallel = list(extract_many(items, n_process=2, chunksize=1, extract_fn=rail))
    assert parallel == serial
    assert parallel[1][1].quantities[0].unit == "ขบวน" and parallel[1][1].lexicons == rail.lexicons
    assert [type(o) for o in _objects(parallel[0][1])] == [type(o) for o in _objects(serial[0][1])]
