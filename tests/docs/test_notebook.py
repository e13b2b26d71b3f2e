"""docs/quickstart.ipynb runs from top to bottom and shows what it promises.

The kernel is this interpreter (a kernelspec written to a temporary JUPYTER_PATH), so the test
runs the notebook against the package under test, whatever kernels the machine has registered.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
for _module in ("ipykernel", "pandas", "matplotlib", "spacy"):
    pytest.importorskip(_module)

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "docs" / "quickstart.ipynb"
KERNEL = "thai-report-ie-test"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    kernels = tmp_path_factory.mktemp("jupyter") / "kernels" / KERNEL
    kernels.mkdir(parents=True)
    (kernels / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "thai_report_ie tests", "language": "python",
    }))
    mp = pytest.MonkeyPatch()
    mp.setenv("JUPYTER_PATH", str(kernels.parent.parent))
    mp.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=600,
                                         resources={"metadata": {"path": str(ROOT / "docs")}})
        client.execute()
    finally:
        mp.undo()
    return nb


def _outputs(nb, source_fragment: str) -> list[dict]:
    code = [c for c in nb.cells if c.cell_type == "code"]
    exact = [c for c in code if c.source.strip() == source_fragment]
    (cell,) = exact or [c for c in code if source_fragment in c.source]
    return cell.outputs


def _html(outputs: list[dict]) -> str:
    return "".join(o.get("data", {}).get("text/html", "") for o in outputs)


def test_the_committed_notebook_is_clean():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "strip outputs before committing"
    assert "../shared" not in NOTEBOOK.read_text(encoding="utf-8")


def test_no_cell_fails(executed):
    for cell in executed.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", f"{out.get('ename')}: {out.get('evalue')}"


SHOWN_CASES = [
    # a fragment of the cell's source, what its output must hold
    pytest.param("print(f\"{len(seed_text)", ["records", "checks"], id="counts"),
    pytest.param("report", ['class="tri-report"', 'class="tri-legend"', "<mark", "tri-records", "tri-checks"],
                 id="seed-view"),
    pytest.param("gov = tri.extract", ["<mark", "ร้อยละ 78.4", "๓,๕๐๐"], id="paragraph-view"),
    pytest.param("df[df.kind", ["<table", "subject"], id="dataframe"),
    pytest.param("displacy.render", [">organisation<", ">quantity<", ">ratio<", "กรมการปกครอง"], id="displacy"),
]


@pytest.mark.parametrize("fragment,expected", SHOWN_CASES)
def test_cells_show(executed, fragment, expected):
    outputs = _outputs(executed, fragment)
    shown = _html(outputs) + "".join(o.get("text", "") for o in outputs)
    shown = re.sub(r">\s+", ">", re.sub(r"\s+<", "<", shown))  # displaCy pads labels with newlines
    for piece in expected:
        assert piece in shown, piece


def test_the_plot_is_an_image(executed):
    outputs = _outputs(executed, "ax.barh")
    assert any("image/png" in o.get("data", {}) for o in outputs)
