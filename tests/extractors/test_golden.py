"""Golden files for quantities, money, percentages, ratios, dates and checks (issue 3).

Each `tests/data/<kind>.jsonl` line is one case: an `id`, the `set` ("strict" or "hard"),
the `source` (the seed, a thaigov press release by id, or "written"), the `text`, and the
`expected` records of that kind, in text order, each with only the fields that matter. A case
passes when the report has exactly as many records of that kind and each one equals its
expected dict on the fields the dict names. Expected values say what the text means, not
what the code happens to return.

The strict set must pass 100%. The hard set is tracked as a rate: its test reports the rate
and fails only when it drops below the floor measured when the cases were written.
"""
from __future__ import annotations

import json
import math
import warnings
from pathlib import Path
from typing import Any

import pytest

import thai_report_ie as tri

DATA = Path(__file__).resolve().parents[1] / "data"

# golden file → Report attribute holding that kind
KINDS: dict[str, str] = {
    "quantities": "quantities",
    "money": "money",
    "percentages": "percentages",
    "ratios": "ratios",
    "dates": "dates",
    "checks": "checks",
}

# hard-set pass rate measured when the cases were written (in the comment), minus one case of
# slack: raise a floor when the rate rises, never lower one to make a test pass
HARD_FLOORS: dict[str, float] = {
    "quantities": 0.33,   # measured 5/12
    "money": 0.44,        # measured 5/9
    "percentages": 0.28,  # measured 3/7
    "ratios": 0.88,       # measured 9/9 (branch r10f)
    "dates": 0.77,        # measured 9/9
    "checks": 0.83,       # measured 6/6 (issue 11)
}

SETS = ("strict", "hard")


def _load(name: str) -> list[dict[str, Any]]:
    path = DATA / f"{name}.jsonl"
    cases = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                case = json.loads(line)
                case["_where"] = f"{path.name}:{lineno}"
                cases.append(case)
    return cases


CASES: dict[str, list[dict[str, Any]]] = {name: _load(name) for name in KINDS}


def _params(set_name: str) -> list:
    return [pytest.param(name, case, id=f"{name}:{case['id']}")
            for name, cases in CASES.items() for case in cases if case["set"] == set_name]


def _same_value(want: Any, got: Any) -> bool:
    if isinstance(want, bool) or isinstance(got, bool) or want is None or got is None:
        return want == got
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(want, got, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(want, (list, tuple)) and isinstance(got, (list, tuple)):
        return len(want) == len(got) and all(_same_value(w, g) for w, g in zip(want, got))
    return want == got


def _same_spans(want: list, got: list) -> bool:
    """The stated figure or total comes first; the order of the other records is free."""
    if not want or not got or len(want) != len(got):
        return want == got
    return list(want[0]) == list(got[0]) and sorted(map(list, want[1:])) == sorted(map(list, got[1:]))


def _records(report: tri.Report, name: str) -> list[dict[str, Any]]:
    return [r.to_dict() for r in getattr(report, KINDS[name])]


def _diff(name: str, case: dict[str, Any]) -> str | None:
    """None when the case passes, else a readable account of what differs."""
    got = _records(tri.extract(case["text"]), name)
    want = case["expected"]
    problems = []
    if len(got) != len(want):
        problems.append(f"{len(want)} {name} expected, {len(got)} found")
    for i, (w, g) in enumerate(zip(want, got)):
        for key, value in w.items():
            if key not in g:
                problems.append(f"#{i}: record has no field {key!r}")
            elif not (_same_spans(value, g[key]) if key == "spans" else _same_value(value, g[key])):
                problems.append(f"#{i} {key}: expected {value!r}, got {g[key]!r}")
    if not problems:
        return None
    keys = list(dict.fromkeys(k for w in want for k in w)) or None
    shown = [{k: g.get(k) for k in (keys or g)} for g in got]
    return (f"{case['_where']} {case['id']}: " + "; ".join(problems)
            + f"\n  text: {case['text']!r}\n  expected: {json.dumps(want, ensure_ascii=False)}"
            + f"\n  got: {json.dumps(shown, ensure_ascii=False, default=str)}")


# ---- the golden data itself


@pytest.mark.parametrize("name", list(KINDS))
def test_golden_file_is_well_formed(name: str) -> None:
    cases = CASES[name]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}.jsonl"
    assert any(c["set"] == "strict" for c in cases)
    for c in cases:
        assert c["set"] in SETS, c["_where"]
        assert isinstance(c["expected"], list), c["_where"]
        for rec in c["expected"]:
            if "start" in rec:
                assert c["text"][rec["start"]:rec["end"]] == rec["text"], c["_where"]
            for s, e in rec.get("spans", ()):
                assert 0 <= s < e <= len(c["text"]), c["_where"]


# ---- strict: every case passes


@pytest.mark.parametrize(("name", "case"), _params("strict"))
def test_strict(name: str, case: dict[str, Any]) -> None:
    problem = _diff(name, case)
    assert problem is None, problem


# ---- offsets are the contract, for hard cases too


@pytest.mark.parametrize(("name", "case"), _params("strict") + _params("hard"))
def test_offsets_are_true(name: str, case: dict[str, Any]) -> None:
    text = case["text"]
    report = tri.extract(text)
    if name == "checks":
        for check in report.checks:
            for s, e in check.spans:
                assert 0 <= s < e <= len(text), check
    else:
        for rec in getattr(report, KINDS[name]):
            assert text[rec.start:rec.end] == rec.text, rec


# ---- hard: tracked as a rate


@pytest.mark.parametrize("name", list(KINDS))
def test_hard_rate(name: str) -> None:
    hard = [c for c in CASES[name] if c["set"] == "hard"]
    if not hard:
        pytest.skip(f"{name}.jsonl has no hard cases")
    failures = [(c["id"], d) for c in hard if (d := _diff(name, c)) is not None]
    rate = 1 - len(failures) / len(hard)
    message = f"{name} hard set: {len(hard) - len(failures)}/{len(hard)} pass ({rate:.0%})"
    print(message)
    for _, failure in failures:
        print(failure)
    if failures:
        warnings.warn(f"{message}; failing: {', '.join(cid for cid, _ in failures)}", stacklevel=1)
    assert rate >= HARD_FLOORS[name], (f"{message}, below the floor {HARD_FLOORS[name]:.0%}\n"
                                       + "\n".join(d for _, d in failures))
