"""docs/guide.md's ">>>" examples show what the library really gives today.

The guide's examples are doctests in Markdown fences: the fences are dropped, every example runs in
one namespace (later examples reuse names set by earlier ones, as a reader would) with `tri` bound to
the package, from the repository root (the file examples read tests/data/files/). An example whose
output is an exception line ("NumberParseError: …", the guide's short name of an exception of
thai_report_ie.errors) is compared as doctest compares a raised exception: its type and message.
"""
from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

import thai_report_ie as tri
from thai_report_ie import errors

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide.md"
EXCEPTION_LINE = re.compile(r"^(?P<indent>\s*)(?P<name>[\w.]+(?:Error|Exception)): ")


def doctest_text(markdown: str) -> str:
    """The guide as doctest text: fence lines dropped, a traceback header before an exception line
    that is an example's first line of output."""
    out: list[str] = []
    after_source = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            after_source = False
            continue
        stripped = line.lstrip()
        is_source = stripped.startswith(">>> ") or stripped == ">>>" or (after_source and stripped.startswith("..."))
        if not is_source and after_source:
            m = EXCEPTION_LINE.match(line)
            if m:
                out.append(f"{m['indent']}Traceback (most recent call last):")
                out.append(f"{m['indent']}  ...")
                if hasattr(errors, m["name"]):  # the guide's short name: the traceback's is qualified
                    line = f"{m['indent']}thai_report_ie.errors.{line[len(m['indent']):]}"
        after_source = is_source
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("text, headers", [
    ("```python\n>>> 1 + 1\n2\n```\n", 0),
    (">>> tri.parse_number('x')\nthai_report_ie.errors.NumberParseError: not a number: 'x'\n", 1),
    (">>> tri.parse_number('x')\nNumberParseError: not a number: 'x'\n", 1),
    (">>> print('a')\n... \nValueError: shown, not raised\n", 1),
])
def test_doctest_text(text: str, headers: int) -> None:
    got = doctest_text(text)
    assert "```" not in got
    assert got.count("Traceback (most recent call last):") == headers
    assert "\nNumberParseError" not in got  # qualified as the raised exception is


def run_guide() -> int:
    """Run the guide's examples in this process from the repository root; print the failures and
    return how many there were."""
    import os

    os.chdir(ROOT)
    text = doctest_text(GUIDE.read_text(encoding="utf-8"))
    test = doctest.DocTestParser().get_doctest(text, {"tri": tri}, "guide.md", str(GUIDE), 0)
    if len(test.examples) < 60:  # the guide has 71 examples today; none silently lost
        print(f"only {len(test.examples)} examples found in {GUIDE}")
        return 1
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    runner.run(test, out=sys.stdout.write)
    return runner.failures


def test_guide_examples_hold() -> None:
    # a process of its own: the guide switches process-wide settings on (the subject re-ranker,
    # custom lexicons), which must not leak into the rest of the suite
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); " \
           "import test_guide_examples as g; sys.exit(min(g.run_guide(), 1))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
