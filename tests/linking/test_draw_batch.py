"""benchmarks/draw_batch.py's second-mention stages (`--second KIND:N`): a record is drawn only when it
lies outside [row.start - 400, row.end + 200] of every annotated row of its document, only from
annotated documents (rows of a batch before --batch, or the re-ranker's rows) outside the dev gold, and
the normal stages draw the same records with or without them. Runs on a small corpus written here."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import draw_batch as db  # noqa: E402

ROWS = [(1000, 1010), (3000, 3005)]


@pytest.mark.parametrize(("start", "end", "far"), [
    (0, 600, True),        # ends exactly where the first window starts (1000 - 400)
    (0, 601, False),       # one character into it
    (595, 605, False),     # straddles the window's start
    (1005, 1008, False),   # inside the row itself
    (1150, 1160, False),   # after the row, before row.end + 200
    (1209, 1215, False),   # starts one character before row.end + 200
    (1210, 1215, True),    # starts exactly at row.end + 200
    (2000, 2100, True),    # between the two windows
    (2590, 2600, True),    # ends where the second window starts
    (2590, 2601, False),
    (3204, 3210, False),
    (3205, 3210, True),
    (0, 5000, False),      # covers both windows
])
def test_far_from_rows(start: int, end: int, far: bool) -> None:
    assert db.far_from_rows(("money", start, end, "x"), ROWS) is far


@pytest.mark.parametrize(("before", "after", "start", "end", "far"), [
    (100, 50, 0, 900, True),      # ends exactly where a 100-character window before the first row starts
    (100, 50, 0, 901, False),
    (100, 50, 1059, 1070, False),  # one character before row.end + 50
    (100, 50, 1060, 1070, True),
    (0, 0, 1010, 1020, True),      # no window: only the rows themselves
    (0, 0, 1005, 1008, False),
])
def test_far_from_rows_with_a_smaller_window(before: int, after: int, start: int, end: int, far: bool) -> None:
    assert db.far_from_rows(("money", start, end, "x"), ROWS, before, after) is far


def test_far_from_no_rows() -> None:
    assert db.far_from_rows(("money", 5, 10, "x"), [])


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Docs a-f: a and b annotated in batch 3, c only by the re-ranker's rows, d annotated only in
    batch 9 (not before --batch 9), e unannotated, f annotated but the dev gold's."""
    docs = [{"id": x, "path": f"p/{x}.txt", "text": f"{x} " * 1500} for x in "abcdef"]
    data = _write(tmp_path / "sample.jsonl", docs)
    _write(tmp_path / "subjects.jsonl", [
        {"id": "t-1", "doc": "a", "kind": "quantity", "start": 1000, "end": 1010, "batch": 3},
        {"id": "t-2", "doc": "b", "kind": "money", "start": 1000, "end": 1010, "batch": 3},
        {"id": "t-3", "doc": "d", "kind": "money", "start": 1000, "end": 1010, "batch": 9},
        {"id": "t-4", "doc": "f", "kind": "money", "start": 1000, "end": 1010, "batch": 3},
    ])
    _write(tmp_path / "r10l.jsonl", [{"id": "r-1", "doc": "c", "kind": "quantity", "start": 2000, "end": 2010}])
    _write(tmp_path / "ratios.jsonl", [])
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "manifest.json").write_text(json.dumps({"dev-01": {"path": "p/f.txt"}}), encoding="utf-8")
    recs = {  # per doc: (kind, start, end); near = inside a window of that doc's rows
        "a": [("money", 900, 910), ("money", 1500, 1510), ("quantity", 100, 110)],  # 1500 far
        "b": [("money", 1000, 1010), ("money", 700, 720)],                           # none far
        "c": [("money", 1700, 1710), ("money", 2300, 2310)],                         # 2300 far
        "d": [("money", 1500, 1510), ("quantity", 50, 60)],                          # not annotated before 9
        "e": [("money", 1500, 1510), ("quantity", 50, 60)],                          # unannotated
        "f": [("money", 1500, 1510)],                                                # dev gold
    }
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(
        json.dumps(d) + "\t" + json.dumps({"records": [{"kind": k, "start": s, "end": e, "text": "x"}
                                                       for k, s, e in rs]}) + "\n"
        for d, rs in recs.items()), encoding="utf-8")
    monkeypatch.setattr(db, "ANNOTATIONS", tmp_path / "subjects.jsonl")
    monkeypatch.setattr(db, "R10L", tmp_path / "r10l.jsonl")
    monkeypatch.setattr(db, "RATIOS", tmp_path / "ratios.jsonl")
    monkeypatch.setattr(db, "DEV", dev)
    return data, dump


@pytest.mark.parametrize("seed", range(6))
def test_second_draws_only_far_records_of_annotated_documents(corpus: tuple[Path, Path], seed: int) -> None:
    data, dump = corpus
    draws = db.draw(seed, [("quantity", 1)], 9, data, dump, [("money", 5)])
    normal = [r for r in draws if not r["second"]]
    second = [r for r in draws if r["second"]]
    assert [(r["doc"], r["start"]) for r in normal] == [(r["doc"], r["start"]) for r in db.draw(seed, [("quantity", 1)], 9, data, dump)]
    assert normal[0]["doc"] in {"d", "e"}  # the normal stage: unannotated before batch 9
    # the pool holds a and c only (b has no far money record, d and e are not annotated before
    # batch 9, f is the dev gold's), so 2 of the 5 asked for
    assert sorted((r["doc"], r["start"]) for r in second) == [("a", 1500), ("c", 2300)]
    assert [r["n"] for r in draws] == [1, 2, 3]


def test_second_pool_takes_later_batch_rows_once_they_are_earlier(corpus: tuple[Path, Path]) -> None:
    data, dump = corpus  # at --batch 10, d's batch-9 row (1000-1010) makes d annotated; its money at 1500 is far
    second = [r for r in db.draw(0, [], 10, data, dump, [("money", 5)]) if r["second"]]
    assert sorted((r["doc"], r["start"]) for r in second) == [("a", 1500), ("c", 2300), ("d", 1500)]


def test_second_quantity_with_no_normal_stage(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture) -> None:
    """Batch 22: quantities as second mentions, and no --draw stage at all (the unused documents have none)."""
    data, dump = corpus  # far quantity records of annotated documents: a's at 100, d's at 50 (d's row is batch 9)
    second = db.draw(0, [], 10, data, dump, [("quantity", 5)])
    assert sorted((r["doc"], r["start"], r["second"]) for r in second) == [("a", 100, True), ("d", 50, True)]
    args = ["--seed", "0", "--batch", "10", "--data", str(data), "--records", str(dump), "--positions"]
    assert db.main(args + ["--second", "quantity:5"]) == 0
    out, err = capsys.readouterr()
    lines = [line.split(" ", 1) for line in out.splitlines()]
    assert [n for n, _ in lines] == ["1", "2"]
    assert sorted(rest for _, rest in lines) == ["a quantity 100 110 second", "d quantity 50 60 second"]
    assert err == "second quantity: 2 documents in the pool, not 5\n"
    with pytest.raises(SystemExit):  # no stage at all
        db.main(args)


@pytest.mark.parametrize(("start", "end", "skip"), [
    (100, 110, True),    # the very position
    (95, 101, True),     # overlaps its start
    (109, 120, True),    # overlaps its end
    (90, 100, False),    # ends where it starts
    (110, 115, False),   # starts where it ends
    (300, 310, False),
])
def test_skipped(start: int, end: int, skip: bool) -> None:
    assert db.skipped(("percentage", start, end, "x"), [(100, 110), (500, 520)]) is skip


def test_skip_never_draws_a_left_out_position(corpus: tuple[Path, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    """--skip FILE: positions left out by a batch before --batch are never drawn; a document left with no
    record of the stage's kind leaves the pool; lines of --batch itself or later are not read; without it
    the draw is the same as before (the draws of earlier batches still come back)."""
    data, dump = corpus  # far money records: a's at 1500, c's at 2300, d's at 1500 (from batch 10 on)
    skip = _write(tmp_path / "leftout.jsonl", [
        {"doc": "a", "kind": "money", "start": 1500, "end": 1510, "batch": 9, "draw": 4, "reason": "English text"},
        {"doc": "c", "kind": "money", "start": 2305, "end": 2320, "batch": 9, "draw": 5, "reason": "overlaps"},
        {"doc": "d", "kind": "money", "start": 1500, "end": 1510, "batch": 10, "draw": 1, "reason": "its own batch"},
        {"doc": "e", "kind": "quantity", "start": 50, "end": 60, "batch": 8, "draw": 2, "reason": "a name"},
    ])
    plain = db.draw(0, [], 10, data, dump, [("money", 5)])
    assert sorted((r["doc"], r["start"]) for r in plain) == [("a", 1500), ("c", 2300), ("d", 1500)]
    assert [(r["doc"], r["start"]) for r in db.draw(0, [], 10, data, dump, [("money", 5)], skip=skip)] == [("d", 1500)]
    # at --batch 11 the batch-10 line is read too: the pool is empty
    assert db.draw(0, [], 11, data, dump, [("money", 5)], skip=skip) == []
    # a normal stage: e's only quantity record is skipped, so d is the only document left
    for seed in range(4):
        assert [r["doc"] for r in db.draw(seed, [("quantity", 1)], 9, data, dump, skip=skip)] == ["d"]
    args = ["--seed", "0", "--batch", "10", "--data", str(data), "--records", str(dump), "--positions",
            "--second", "money:5"]
    assert db.main(args) == 0
    assert sorted(line.split(" ", 1)[1] for line in capsys.readouterr().out.splitlines()) == [
        "a money 1500 1510 second", "c money 2300 2310 second", "d money 1500 1510 second"]
    assert db.main(args + ["--skip", str(skip)]) == 0
    out, err = capsys.readouterr()
    assert out == "1 d money 1500 1510 second\n"
    assert err == "second money: 1 documents in the pool, not 5\n"


LEFTOUT = ROOT / "tests" / "data" / "subjects_leftout.jsonl"
SAMPLE = ROOT / ".." / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
# left-out draws per batch in tests/data/subjects_leftout.jsonl (each batch's draws with no row, found by
# redrawing it with --positions on its own dump and checking --compare gives back all its rows)
LEFTOUT_PER_BATCH = {20: 34, 21: 31, 22: 13, 23: 16, 24: 9, 25: 13, 26: 16, 27: 18, 28: 21, 29: 25, 30: 12, 31: 13, 32: 6, 33: 7, 34: 2, 35: 1, 36: 4, 37: 5, 38: 3, 39: 2, 40: 6, 41: 3, 42: 3, 43: 4, 44: 1, 45: 4, 46: 1, 47: 3, 48: 3, 49: 4, 50: 8, 51: 5, 52: 6, 53: 3, 54: 3, 55: 0, 56: 3, 57: 5, 58: 4, 59: 3, 60: 5, 61: 1, 62: 3, 63: 1, 64: 2, 65: 2}


def test_leftout_file() -> None:
    rows = db._jsonl(LEFTOUT)
    assert {b: sum(r["batch"] == b for r in rows) for b in LEFTOUT_PER_BATCH} == LEFTOUT_PER_BATCH
    assert len(rows) == sum(LEFTOUT_PER_BATCH.values())
    annotated = {(r["batch"], int(r["id"].split("-")[1])) for r in db._jsonl(db.ANNOTATIONS) if r.get("batch")}
    for r in rows:
        assert set(r) == {"doc", "kind", "start", "end", "text", "batch", "draw", "reason"}, r
        assert r["start"] < r["end"] and r["reason"], r
        assert (r["batch"], r["draw"]) not in annotated, r  # a left-out draw has no row
    assert len({(r["batch"], r["draw"]) for r in rows}) == len(rows)


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")
def test_leftout_texts() -> None:
    texts = {d["id"]: d["text"] for d in db._jsonl(SAMPLE)}
    for r in db._jsonl(LEFTOUT):
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"], r


@pytest.mark.parametrize(("text", "words", "spans"), [
    ("พร้อม 100% และพร้อม 100%", "100%", [(6, 10), (20, 24)]),   # a repeated headline: both copies
    ("ภาคใต้ 13% ภาคตะวันตก 2%", "2%", [(22, 24)]),              # not inside 13%
    ("ลดลง 0.2% และ 2%", "2%", [(14, 16)]),                      # not after "0."
    ("รวม 1,100% หรือ 100%", "100%", [(16, 20)]),                 # not after "1,"
    ("ปี 2566. 100%", "100%", [(9, 13)]),                         # a full stop and a space: a new figure
    ("ร้อยละ 5.5 และร้อยละ 5", "ร้อยละ 5", [(14, 22)]),            # not before ".5"
    ("ร้อยละ 50 และร้อยละ 5 ต่อปี", "ร้อยละ 5", [(13, 21)]),       # not before "0"
    ("๑๐๐% และ 100%", "100%", [(9, 13)]),                         # Thai digits are other words
    ("8,000 กล่อง รวม 16,000 กล่อง", "8,000 กล่อง", [(0, 11)]),   # not inside 16,000
    ("อ่างฯ ทับเสลา (85%) อ่างฯ สิรินธร (85%)", "85%", [(15, 18), (35, 38)]),
    ("no such words", "100%", []),
    ("aaa", "aa", [(0, 2), (1, 3)]),                               # overlapping occurrences are all found
    ("anything", "", []),
])
def test_repeats(text: str, words: str, spans: list[tuple[int, int]]) -> None:
    assert db.repeats(text, words) == spans
    assert all(text[s:e] == words for s, e in spans)


@pytest.fixture
def worded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """Docs g and h, annotated in batch 3 (one row each at 0-5), with percentage records far from the rows:
    g repeats its headline "พร้อม 100%" at 1000 and 2000 and holds "12%" at 3000; h holds "2%" at 1000 and
    "100%" at 2000. The left-out file lists g's headline at 1000 (batch 5) and h's "2%" (batch 7)."""
    pad = "ก" * 990
    g = "ข่าว " + pad[5:] + "พร้อม 100%" + pad + "พร้อม 100%" + pad + "ภาค 12%"
    h = "ข่าว " + pad[5:] + "ภาค 2%" + pad[:-6] + "ตะวันตก " + pad + "อีก 100%"
    docs = [{"id": "g", "path": "p/g.txt", "text": g}, {"id": "h", "path": "p/h.txt", "text": h}]
    data = _write(tmp_path / "sample.jsonl", docs)
    _write(tmp_path / "subjects.jsonl", [
        {"id": "t-1", "doc": "g", "kind": "quantity", "start": 0, "end": 5, "batch": 3},
        {"id": "t-2", "doc": "h", "kind": "quantity", "start": 0, "end": 5, "batch": 3},
    ])
    _write(tmp_path / "r10l.jsonl", [])
    _write(tmp_path / "ratios.jsonl", [])
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "manifest.json").write_text("{}", encoding="utf-8")

    def rec(text: str, words: str, nth: int) -> dict:
        start = [s for s, _ in db.repeats(text, words)][nth]
        return {"kind": "percentage", "start": start, "end": start + len(words), "text": words}

    recs = {"g": [rec(g, "100%", 0), rec(g, "100%", 1), rec(g, "12%", 0)],
            "h": [rec(h, "2%", 0), rec(h, "100%", 0)]}
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(d) + "\t" + json.dumps({"records": rs}) + "\n" for d, rs in recs.items()),
                    encoding="utf-8")
    skip = _write(tmp_path / "leftout.jsonl", [
        {**rec(g, "100%", 0), "doc": "g", "batch": 5, "draw": 9, "reason": "idiomatic 100% (a headline)"},
        {**rec(h, "2%", 0), "doc": "h", "batch": 7, "draw": 3, "reason": "a region"},
    ])
    monkeypatch.setattr(db, "ANNOTATIONS", tmp_path / "subjects.jsonl")
    monkeypatch.setattr(db, "R10L", tmp_path / "r10l.jsonl")
    monkeypatch.setattr(db, "RATIOS", tmp_path / "ratios.jsonl")
    monkeypatch.setattr(db, "DEV", dev)
    return data, dump, skip


def _pool(data: Path, dump: Path, batch: int, **kw: object) -> list[tuple[str, str, int]]:
    """Every record the percentage stage can draw: a second stage asking for more than there is, over
    several seeds (each draws one record a document)."""
    got = set()
    for seed in range(40):
        got |= {(r["doc"], r["text"], r["start"]) for r in db.draw(seed, [], batch, data, dump,
                                                                       [("percentage", 5)], **kw)}
    return sorted(got)


@pytest.mark.parametrize(("batch", "words", "left"), [
    # no --skip: every record; --skip alone: g's first headline goes (its position), the repeat stays
    (8, None, {("g", "100%", 0), ("g", "100%", 1), ("g", "12%", 0), ("h", "2%", 0), ("h", "100%", 0)}),
    (8, False, {("g", "100%", 1), ("g", "12%", 0), ("h", "100%", 0)}),
    # --skip-words: the repeated headline goes too; "12%" is not "2%"'s words, nor h's "100%" g's
    (8, True, {("g", "12%", 0), ("h", "100%", 0)}),
    # at --batch 6 the batch-7 line is not read: h's "2%" comes back
    (6, True, {("g", "12%", 0), ("h", "2%", 0), ("h", "100%", 0)}),
    (6, False, {("g", "100%", 1), ("g", "12%", 0), ("h", "2%", 0), ("h", "100%", 0)}),
])
def test_skip_words(worded: tuple[Path, Path, Path], batch: int, words: bool | None,
                    left: set[tuple[str, str, int]]) -> None:
    data, dump, skip = worded
    texts = {d["id"]: d["text"] for d in db._jsonl(data)}
    kw: dict = {} if words is None else {"skip": skip, "skip_words": words}
    want = sorted((doc, w, db.repeats(texts[doc], w)[nth][0]) for doc, w, nth in left)
    assert _pool(data, dump, batch, **kw) == want


def test_skip_words_leaves_the_draw_alone_without_it(worded: tuple[Path, Path, Path]) -> None:
    """skip_words=False is --skip as before, and --skip-words is refused without --skip."""
    data, dump, skip = worded
    for seed in range(5):
        assert (db.draw(seed, [], 8, data, dump, [("percentage", 1)], skip=skip)
                == db.draw(seed, [], 8, data, dump, [("percentage", 1)], skip=skip, skip_words=False))
    with pytest.raises(SystemExit):
        db.main(["--seed", "0", "--batch", "8", "--data", str(data), "--records", str(dump),
                 "--second", "percentage:1", "--skip-words"])


def test_skip_words_on_the_command_line(worded: tuple[Path, Path, Path], capsys: pytest.CaptureFixture) -> None:
    data, dump, skip = worded
    args = ["--seed", "0", "--batch", "8", "--data", str(data), "--records", str(dump), "--positions",
            "--second", "percentage:5", "--skip", str(skip), "--skip-words"]
    assert db.main(args) == 0
    out, err = capsys.readouterr()
    texts = {d["id"]: d["text"] for d in db._jsonl(data)}
    assert sorted(line.split(" ", 2)[1:] for line in out.splitlines()) == [
        ["g", f"percentage {db.repeats(texts['g'], '12%')[0][0]} {db.repeats(texts['g'], '12%')[0][0] + 3} second"],
        ["h", f"percentage {db.repeats(texts['h'], '100%')[0][0]} {db.repeats(texts['h'], '100%')[0][0] + 4} second"]]
    assert err == "second percentage: 2 documents in the pool, not 5\n"


@pytest.mark.parametrize("seed", range(6))
def test_window_of_one_kind(corpus: tuple[Path, Path], seed: int) -> None:
    """windows (--window KIND:BEFORE:AFTER, batch 32): one kind's second stage draws with its own far window,
    the other stages as before; with none (or an empty one) the draw is the same as before."""
    data, dump = corpus
    stages = [("quantity", 5), ("money", 5)]
    plain = db.draw(seed, [], 10, data, dump, stages)
    assert db.draw(seed, [], 10, data, dump, stages, windows={}) == plain
    assert db.draw(seed, [], 10, data, dump, stages, windows={"percentage": (0, 0)}) == plain
    narrow = db.draw(seed, [], 10, data, dump, stages, windows={"money": (50, 0)})
    quantity = [(r["n"], r["doc"], r["start"]) for r in plain if r["kind"] == "quantity"]
    assert [(r["n"], r["doc"], r["start"]) for r in narrow if r["kind"] == "quantity"] == quantity
    assert sorted(r["doc"] for r in narrow if r["kind"] == "money") == ["b", "c"]  # a and d: the quantity stage's
    # money alone, 50 characters before a row and none after: a's 900, b's 700 and c's 1700 are far too; b's 1000 never
    money = [(r["doc"], r["start"]) for r in db.draw(seed, [], 10, data, dump, [("money", 5)], windows={"money": (50, 0)})]
    assert sorted(doc for doc, _ in money) == ["a", "b", "c", "d"]
    assert set(money) <= {("a", 900), ("a", 1500), ("b", 700), ("c", 1700), ("c", 2300), ("d", 1500)}
    assert sorted(r["doc"] for r in db.draw(seed, [], 10, data, dump, [("money", 5)])) == ["a", "c", "d"]


def test_window_on_the_command_line(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture) -> None:
    data, dump = corpus
    args = ["--seed", "0", "--batch", "10", "--data", str(data), "--records", str(dump), "--positions",
            "--second", "money:5"]
    assert db.main(args + ["--window", "money:400:200"]) == 0
    default = capsys.readouterr().out
    assert db.main(args) == 0
    assert capsys.readouterr().out == default
    assert db.main(args + ["--window", "money:0:0"]) == 0
    assert sorted(line.split(" ")[1] for line in capsys.readouterr().out.splitlines()) == ["a", "b", "c", "d"]
    for bad in ("money:5", "money:-1:0", "quantity:0:0", "money:a:0"):
        with pytest.raises(SystemExit):
            db.main(args + ["--window", bad])
