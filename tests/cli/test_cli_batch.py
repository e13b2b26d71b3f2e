"""The command line over batches: one bad document never stops a run, --jobs, -o, --jsonl, --version,
and a progress bar that stays on stderr."""
from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import thai_report_ie
extract_module = importlib.import_module("thai_report_ie.extract")  # the package attribute is the function
from thai_report_ie.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_94da9129867dff51.txt"
SHORT = "มีสมาชิก 1,549 ราย\n"
POISON = "เอกสารนี้ทำให้ตัวสกัดล้มเหลว"  # the failing extractor below raises on texts holding this


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """a.txt (short), b.txt (the seed: 2,5xx characters), c.txt (poison), d.txt (short)."""
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(POISON + " 5 ราย\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("งบ 2.4 แสนล้านบาท\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def failing_extractor(monkeypatch):
    """An extractor that raises on the poison text, as a bug in a real one would."""
    def explode(doc):
        if POISON in doc.text:
            raise RuntimeError("an extractor failed on this document")
        return []

    monkeypatch.setitem(extract_module.EXTRACTORS, "explode", explode)


def _run(capsys, monkeypatch, where: Path, args: list[str]):
    monkeypatch.chdir(where)
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _files(out: str) -> list[str]:
    seen: list[str] = []
    for line in out.splitlines():
        name = json.loads(line)["file"]
        if name not in seen:
            seen.append(name)
    return seen


BAD_DOCUMENT_CASES = [
    # extra args, files with output in order, stderr fragment
    pytest.param([], ["a.txt", "b.txt", "d.txt"], "c.txt: RuntimeError: an extractor failed", id="extract-raises"),
    pytest.param(["--max-chars", "1000"], ["a.txt", "c.txt", "d.txt"], "b.txt: ", id="over-the-size-limit"),
]


@pytest.mark.parametrize("extra,files,fragment", BAD_DOCUMENT_CASES)
def test_a_bad_document_in_the_middle_is_reported_and_the_run_goes_on(extra, files, fragment, batch, capsys,
                                                                       monkeypatch, failing_extractor):
    if extra:  # the size case: no extractor failure
        monkeypatch.delitem(extract_module.EXTRACTORS, "explode")
    code, out, err = _run(capsys, monkeypatch, batch, ["a.txt", "b.txt", "c.txt", "d.txt", "--format", "jsonl", *extra])
    assert code == 1
    assert _files(out) == files
    assert fragment in err and err.count("thai-report-ie:") == 1
    assert "Traceback" not in err


def test_a_file_larger_than_the_limit_is_not_read(batch, capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, batch, ["a.txt", "b.txt", "d.txt", "--format", "jsonl",
                                                       "--max-chars", "100"])
    assert code == 1
    assert _files(out) == ["a.txt", "d.txt"]
    assert "b.txt: " in err and "bytes is over the limit of 100 characters" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"thai-report-ie {thai_report_ie.__version__}"


def test_output_file_leaves_stdout_empty(batch, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, batch, ["a.txt", "d.txt", "--format", "csv", "-o", "out.csv"])
    assert code == 0 and out == ""
    lines = (batch / "out.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("file,kind,text") and len(lines) == 3


JSONL_CORPUS = [
    {"id": "doc-1", "text": SHORT, "source": "x"},
    {"text": "งบ 2.4 แสนล้านบาท"},  # no id: named FILE:LINE
    "not an object",
    {"id": "doc-4", "body": "no text field"},
    {"id": "doc-5", "text": "ร้อยละ 5"},
]


def test_jsonl_corpus_with_ids_and_bad_lines(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in JSONL_CORPUS) + "\n\n", encoding="utf-8")
    code, out, err = _run(capsys, monkeypatch, tmp_path, ["corpus.jsonl", "--jsonl", "text", "--format", "jsonl"])
    assert code == 1
    assert _files(out) == ["doc-1", "corpus.jsonl:2", "doc-5"]
    assert "corpus.jsonl:3: not a JSON object line" in err
    assert "corpus.jsonl:4: no field 'text'" in err


# lines that are JSON but no object, and lines that are no JSON: each reported by its line, the rest read
ODD_LINES = [
    ("array", "[1, 2]", "not a JSON object line (it holds a JSON array)"),
    ("number", "3", "not a JSON object line (it holds a JSON number)"),
    ("null", "null", "not a JSON object line (it holds a JSON null)"),
    ("string", '"ร้อยละ 5"', "not a JSON object line (it holds a JSON string)"),
    ("text-not-a-string", '{"id": "n", "text": 12}', "n: InputTypeError"),
    ("broken-json", '{"id": ', "not a JSON object line (Expecting"),
    ("bad-utf8", b'{"text": "\xff"}'.decode("latin-1"), "not a JSON object line ("),
]


@pytest.mark.parametrize(("line", "message"), [c[1:] for c in ODD_LINES], ids=[c[0] for c in ODD_LINES])
def test_jsonl_odd_line_is_reported_and_the_rest_read(tmp_path, capsys, monkeypatch, line: str, message: str):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(line.encode("latin-1" if "\xff" in line else "utf-8") + b"\n"
                       + json.dumps({"id": "ok", "text": SHORT}, ensure_ascii=False).encode() + b"\n")
    code, out, err = _run(capsys, monkeypatch, tmp_path, ["corpus.jsonl", "--jsonl", "text", "--format", "jsonl"])
    assert code == 1
    assert _files(out) == ["ok"]
    assert message in err


def test_jsonl_corpus_other_id_field(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"url": "u/1", "body": SHORT}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, monkeypatch, tmp_path, ["corpus.jsonl", "--jsonl", "body", "--id-field", "url",
                                                        "--format", "jsonl"])
    assert code == 0 and _files(out) == ["u/1"]


def test_stdout_stays_parseable_with_the_progress_bar_on(batch):
    """A real process, bar forced on: every stdout line is JSON; the bar and the failure are on stderr."""
    (batch / "bad.txt").write_bytes("มีสมาชิก".encode("tis-620") + b"\xfc")  # 0xFC: not UTF-8 nor TIS-620
    proc = subprocess.run([sys.executable, "-m", "thai_report_ie", "extract", "a.txt", "bad.txt", "b.txt",
                           "--format", "jsonl", "--progress", "always"], capture_output=True, timeout=300, cwd=batch,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 1
    lines = proc.stdout.decode("utf-8").splitlines()
    assert lines and all(json.loads(line)["file"] in ("a.txt", "b.txt") for line in lines)
    err = proc.stderr.decode("utf-8")
    assert "3/3 files" in err and "bad.txt: not UTF-8" in err and "%|" not in proc.stdout.decode("utf-8")


@pytest.mark.slow
def test_jobs_2_gives_the_same_output_in_the_same_order(batch, capsys, monkeypatch):
    monkeypatch.chdir(batch)
    (batch / "bad.txt").write_bytes("มีสมาชิก".encode("tis-620") + b"\xfc")  # 0xFC: not UTF-8 nor TIS-620
    args = ["a.txt", "b.txt", "bad.txt", "d.txt", "c.txt", "--format", "jsonl", "--max-chars", "1000"]
    code1 = main(["extract", *args])
    out1, err1 = capsys.readouterr()
    code2 = main(["extract", *args, "--jobs", "2"])
    out2, err2 = capsys.readouterr()
    assert code1 == code2 == 1
    assert out1 == out2 and _files(out2) == ["a.txt", "d.txt", "c.txt"]
    assert err1 == err2 and err2.count("thai-report-ie:") == 2
