"""The package type-checks cleanly (typ15): it ships `py.typed`, so users' type checkers read our
annotations as the truth, and a false one once cost every organisation record (mypyc14). mypy runs
over `thai_report_ie` with the `[tool.mypy]` settings of pyproject.toml and must report no error.
Skips without mypy or regex's stubs (both in the `test` extra). A cold run takes 15-35 s, a warm one
(its cache in .pytest_cache) about a second."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _require(distribution: str) -> None:
    try:
        importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{distribution} is not installed (pip install -e '.[test]')")


def test_mypy_finds_no_error(request: pytest.FixtureRequest) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    _require("types-regex")
    pytest_cache = getattr(request.config, "cache", None)  # absent under -p no:cacheprovider
    cache = pytest_cache.mkdir("mypy") if pytest_cache is not None else ROOT / ".mypy_cache"
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache),
         "--no-error-summary", "--hide-error-context", "thai_report_ie"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert proc.returncode == 0 and not errors, "\n".join(errors) or proc.stdout + proc.stderr
