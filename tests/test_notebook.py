"""The walkthrough notebook runs top to bottom without an error, and is committed clean."""

import shutil

import pytest

from paths import ROOT

NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"


def test_notebook_is_committed_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, cell.source[:60]


def test_walkthrough_runs_top_to_bottom(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    work = tmp_path / "notebooks"
    work.mkdir()
    shutil.copy(NOTEBOOK, work / NOTEBOOK.name)
    notebook = nbformat.read(work / NOTEBOOK.name, as_version=4)
    out = tmp_path / "out"
    monkeypatch.setenv("KG_WALKTHROUGH_OUT", str(out))  # the kernel inherits the environment
    # "python3" is the kernel of the interpreter running the tests: jupyter_client
    # starts ``python -m ipykernel_launcher`` with sys.executable, i.e. the venv's python.
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    assert (out / "graph.graphml").exists()
    assert sorted(p.name for p in work.iterdir()) == [NOTEBOOK.name]  # nothing written beside it
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    images = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "the timeline, the bar chart and the graph plot"
    text = "".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert "communities; modularity" in text
