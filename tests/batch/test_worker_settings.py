"""The module settings a script may change (`batch.SETTINGS`) reach `extract_many`'s worker processes, which import
the library afresh: what one process reads with, two read with."""
from __future__ import annotations

import sys

import pytest

import thai_report_ie as tri
from thai_report_ie import batch, readers
from thai_report_ie.batch import SETTINGS, Failure, extract_many

EXTRACT = sys.modules["thai_report_ie.extract"]  # the module: `thai_report_ie.extract` is the function
PROBE = "getattr(__import__({module!r}, fromlist=['_']), {name!r})"
# a sum whose last part a cut at 300 characters leaves in the next piece (no space after it, so the cut falls before)
FILLER = "รายงานผลการดำเนินงานประจำปีงบประมาณของหน่วยงานในสังกัดทุกแห่ง" * 4
LONG = f"{FILLER[:200]} มีผู้เข้าร่วมทั้งหมด 5 คน ผ่าน 3 คน ไม่ผ่าน 2 คน{FILLER}"


def _in_workers(names: list[tuple[str, str]]) -> dict:
    """What each worker process of a two-process batch holds for each (module, name): `extract_fn=eval` reads it."""
    items = [(f"{m}.{n}", PROBE.format(module=m, name=n)) for m, n in names]
    got = dict(extract_many(items, n_process=2, chunksize=1, extract_fn=eval))
    return {(m, n): got[f"{m}.{n}"] for m, n in names}


def test_settings_name_module_values_that_exist():
    for module, names in SETTINGS.items():
        assert all(hasattr(sys.modules[module], n) for n in names)
    assert set(SETTINGS["thai_report_ie.readers"]) == {n for n in readers.__all__ if n.startswith("MAX_")}


@pytest.mark.slow
def test_every_setting_changed_here_is_the_workers_value(monkeypatch):
    changed = {("thai_report_ie.extract", "MAX_CHARS"): 1_234, ("thai_report_ie.extract", "PIECE_CHARS"): 777,
               ("thai_report_ie.batch", "POOL_GC_THRESHOLD"): (3_000, 20, 20),
               ("thai_report_ie.readers", "MAX_PDF_DECODED_BYTES"): 55_555}
    for (module, name), value in changed.items():
        monkeypatch.setattr(sys.modules[module], name, value)
    every = [(m, n) for m, names in SETTINGS.items() for n in names]
    got = _in_workers(every)
    assert {k: got[k] for k in changed} == changed
    assert {k: got[k] for k in every if k not in changed} == {(m, n): getattr(sys.modules[m], n)
                                                              for m, n in every if (m, n) not in changed}


@pytest.mark.slow
def test_the_worker_collector_takes_the_thresholds_set_here(monkeypatch):
    monkeypatch.setattr(batch, "POOL_GC_THRESHOLD", (3_000, 20, 20))
    got = dict(extract_many([(0, "__import__('gc').get_threshold()")], n_process=2, extract_fn=eval))
    assert got == {0: (3_000, 20, 20)}


@pytest.mark.slow
def test_a_lowered_max_chars_fails_a_text_in_the_workers_as_in_this_process(monkeypatch):
    monkeypatch.setattr(EXTRACT, "MAX_CHARS", 100)
    items = ["มีสมาชิก 1,549 ราย", "ก" * 101]
    serial, parallel = list(extract_many(items)), list(extract_many(items, n_process=2, chunksize=1))
    assert parallel == serial
    assert isinstance(parallel[1][1], Failure) and parallel[1][1].error_type == "ValueError"
    assert "extract() reads at most 100 characters, got 101" in parallel[1][1].error
    assert [r.text for r in parallel[0][1].records] == ["1,549 ราย"]


@pytest.mark.slow
def test_pieces_of_a_long_text_are_cut_in_the_workers_as_here(monkeypatch):
    # PIECE_CHARS changes where a long text is cut, so the records of the two processes must agree on it
    whole = tri.extract(LONG)
    monkeypatch.setattr(EXTRACT, "PIECE_CHARS", 300)
    pieces = tri.extract(LONG)
    assert [c.kind for c in whole.checks] == ["sum"] and pieces.checks == ()  # the cut is seen
    assert list(extract_many([LONG], n_process=2)) == [(0, pieces)]


def test_apply_settings_refuses_a_name_that_is_not_a_setting():
    with pytest.raises(ValueError, match="thai_report_ie.extract.EXTRACTORS is not one of the settings"):
        batch._apply_settings({"thai_report_ie.extract": {"EXTRACTORS": {}}})
