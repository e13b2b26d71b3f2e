"""The command line over many inputs: directories, globs, stdin, bad files, every format."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from thai_report_ie.cli import CSV_FIELDS, main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_94da9129867dff51.txt"
SHORT = "มีสมาชิก 1,549 ราย\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """docs/a.txt (the seed), docs/sub/b.txt (short), docs/notes.md, bad.txt (neither UTF-8 nor TIS-620), empty/."""
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "docs" / "sub" / "b.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "docs" / "notes.md").write_text("not read", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("มีสมาชิก".encode("tis-620") + b"\xfc")  # 0xFC: not UTF-8 nor TIS-620
    (tmp_path / "empty").mkdir()
    return tmp_path


def _run(capsys, monkeypatch, tree: Path, args: list[str], stdin: str | None = None):
    monkeypatch.chdir(tree)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _files_in_jsonl(out: str) -> list[str]:
    return sorted({json.loads(line)["file"] for line in out.splitlines()})


INPUT_CASES = [
    # args, exit code, files with output (jsonl), stderr fragments
    pytest.param(["docs"], 0, ["docs/a.txt", "docs/sub/b.txt"], [], id="directory-recursive-txt-only"),
    pytest.param(["docs/*.txt"], 0, ["docs/a.txt"], [], id="glob"),
    pytest.param(["docs/**/*.txt"], 0, ["docs/a.txt", "docs/sub/b.txt"], [], id="recursive-glob"),
    pytest.param(["missing.txt", "docs/sub/b.txt"], 1, ["docs/sub/b.txt"], ["missing.txt: no such file"],
                 id="missing-file-then-keeps-going"),
    pytest.param(["bad.txt", "docs/sub/b.txt"], 1, ["docs/sub/b.txt"], ["bad.txt: not UTF-8", "iconv"],
                 id="non-utf8-then-keeps-going"),
    pytest.param(["empty", "docs/sub/b.txt"], 1, ["docs/sub/b.txt"], ["empty: directory holds no .txt files"],
                 id="directory-without-txt-then-keeps-going"),
    pytest.param(["nomatch*.txt", "docs/sub/b.txt"], 1, ["docs/sub/b.txt"], ["no file matches this pattern"],
                 id="glob-without-match-then-keeps-going"),
    pytest.param(["-"], 0, ["-"], [], id="stdin"),
]


@pytest.mark.parametrize("args,code,files,errors", INPUT_CASES)
def test_inputs(args, code, files, errors, tree, capsys, monkeypatch):
    got, out, err = _run(capsys, monkeypatch, tree, [*args, "--format", "jsonl"], stdin=SHORT)
    assert got == code
    assert _files_in_jsonl(out) == [str(Path(f)) if f != "-" else f for f in files]
    for fragment in errors:
        assert fragment in err
    if errors:  # one bad input in each case, reported once
        assert err.count("thai-report-ie:") == 1
    else:
        assert err == ""


def test_jsonl_lines_parse_and_offsets_hold(tree, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, tree, ["docs/a.txt", "--format", "jsonl"])
    assert code == 0
    text = SEED.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines, "the seed yields records"
    for d in lines:
        assert d["file"] == str(Path("docs/a.txt"))
        if d["kind"] == "check":
            assert d["status"] in {"ok", "rounding", "mismatch"}
        else:
            assert text[d["start"]:d["end"]] == d["text"]


def test_csv_header_and_rows(tree, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, tree, ["docs", "--format", "csv"])
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == CSV_FIELDS
    assert rows[0][:5] == ["file", "kind", "text", "start", "end"]
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    short = [r for r in body if r["file"] == str(Path("docs/sub/b.txt"))]
    assert short == [{**{k: "" for k in CSV_FIELDS}, "file": str(Path("docs/sub/b.txt")), "kind": "quantity",
                      "text": "1,549 ราย", "start": "9", "end": "18", "value": "1549", "unit": "ราย",
                      "subject": "สมาชิก", "rule": short[0]["rule"]}]


def test_csv_header_even_when_every_file_fails(tree, capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, tree, ["missing.txt", "--format", "csv"])
    assert code == 1
    assert out.splitlines() == [",".join(CSV_FIELDS)]
    assert "missing.txt: no such file" in err


JSON_CASES = [
    # args, is a list?
    pytest.param(["docs/sub/b.txt"], False, id="one-file-one-object"),
    pytest.param(["docs"], True, id="directory-a-list"),
    pytest.param(["docs/sub/b.txt", "docs/a.txt"], True, id="two-files-a-list"),
]


@pytest.mark.parametrize("args,is_list", JSON_CASES)
def test_json(args, is_list, tree, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, tree, [*args, "--format", "json"])
    assert code == 0
    payload = json.loads(out)
    assert isinstance(payload, list) == is_list
    for item in payload if is_list else [payload]:
        assert set(item) == {"file", "records", "checks"}


def test_table(tree, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, tree, ["docs/sub/b.txt"])  # table is the default
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"== {Path('docs/sub/b.txt')}: 1 records, 0 checks"
    assert lines[1].startswith("quantity") and "9-18" in lines[1] and "value=1549" in lines[1]


PROGRESS_CASES = [
    # --progress, progress shown on stderr (stderr is not a terminal under pytest)
    pytest.param([], False, id="auto-quiet-when-piped"),
    pytest.param(["--progress", "never"], False, id="never"),
    pytest.param(["--progress", "always"], True, id="always"),
]


@pytest.mark.parametrize("flag,shown", PROGRESS_CASES)
def test_progress(flag, shown, tree, capsys, monkeypatch):
    code, _, err = _run(capsys, monkeypatch, tree, ["docs", "bad.txt", "--format", "jsonl", *flag])
    assert code == 1
    assert ("3/3 files" in err and "failed=1" in err) == shown
    assert "bad.txt: not UTF-8" in err


USAGE_CASES = [
    pytest.param(["extract"], id="no-file"),
    pytest.param(["extract", "x.txt", "--format", "xml"], id="unknown-format"),
    pytest.param([], id="no-command"),
]


@pytest.mark.parametrize("argv", USAGE_CASES)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_installed_script_reads_stdin_and_module_runs(tree):
    for cmd in ([str(Path(sys.executable).with_name("thai-report-ie"))], [sys.executable, "-m", "thai_report_ie"]):
        out = subprocess.run([*cmd, "extract", "-", "--format", "jsonl"], input=SHORT.encode("utf-8"),
                             capture_output=True, timeout=300, cwd=tree)
        assert out.returncode == 0, out.stderr.decode()
        (line,) = out.stdout.decode("utf-8").splitlines()
        assert json.loads(line)["text"] == "1,549 ราย"


def test_a_closed_pipe_ends_quietly(tree):
    script = str(Path(sys.executable).with_name("thai-report-ie"))
    many = tree / "many"
    many.mkdir()
    for i in range(20):
        (many / f"{i:02}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.Popen([script, "extract", str(many), "--format", "csv"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0
    assert b"Traceback" not in err
