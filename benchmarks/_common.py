"""What the benchmark scripts share: where the thaigov sample lives, and which code they measured."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"

# Measure the checkout these scripts live in, not whatever `thai_report_ie` the environment has
# installed (an editable install of another worktree would otherwise win, since a script's
# sys.path starts with its own folder, not the repository root); worker processes inherit it.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)


def code_version() -> str:
    """The git commit of the library under test, with '+dirty' when thai_report_ie/ has local changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "thai_report_ie"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head or "unknown") + ("+dirty" if dirty else "")


def load_texts(path: Path, limit: int | None = None) -> list[str]:
    """The "text" field of each JSON line of `path`, the first `limit` of them (all when None)."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def annotated_texts(annotations: Path, data: Path) -> tuple[list[dict], dict[str, str]]:
    """The rows of an annotation file (JSON lines, each naming its document by `doc`) and the text
    of each document they name, read from the corpus `data` (JSON lines with `id` and `text`)."""
    rows = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {r["doc"] for r in rows}
    texts: dict[str, str] = {}
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in wanted:
                texts[d["id"]] = d["text"]
    return rows, texts


def corpus_texts(prog: str, data: str, limit: int | None = None) -> list[str] | None:
    """`load_texts` of the file named on the command line, or None (with a message naming `prog`
    on stderr) when there is no such file; callers then exit with status 2."""
    path = Path(data)
    if not path.is_file():
        print(f"{prog}: data file not found: {path}", file=sys.stderr)
        return None
    return load_texts(path, limit)


class OverLimit(Exception):
    """Raised inside `time_limit` when its seconds have run out."""


def _over_limit(signum, frame):  # noqa: ARG001
    raise OverLimit


@contextmanager
def time_limit(seconds: int):
    """Raise OverLimit in the block once `seconds` have passed (SIGALRM: main thread, Unix only)."""
    previous = signal.signal(signal.SIGALRM, _over_limit)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def show_drawn(rows, dump: dict, data: Path, *, part: bool = False, before: int = 160, after: int = 50) -> None:
    """Print each of a judged sample's drawn quantity records (`rows`: n, doc, start, end and, with `part`, the W/T part
    shown after n) in its context from the corpus `data` and the subject `dump` (a dump_records.py file, as
    diff_dumps.load reads it) gave it: the `show` command of the q45/q47/q48 sample scripts."""
    texts = {o["id"]: o["text"] for o in map(json.loads, data.open(encoding="utf-8"))}
    for row in rows:
        t, s, e = texts[row["doc"]], row["start"], row["end"]
        rec = [r for r in dump[row["doc"]]["records"] if r["kind"] == "quantity" and (r["start"], r["end"]) == (s, e)]
        print(f"#{row['n']} " + (f"{row['part']} " if part else "")
              + " ".join((t[max(0, s - before):s] + "[" + t[s:e] + "]" + t[e:e + after]).split()))
        print(f"    => {rec[0]['subject'] if rec else '<gone>'!r}\n")
