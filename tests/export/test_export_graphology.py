"""graphology-graphml (the JS reader behind sigma.js viewers) loads kg's GraphML."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from export_graphs import PUTIN
from kg.export.graphml import write_graphml
from kg.export.style import decorate

JS = Path(__file__).with_name("js")


@pytest.fixture(scope="module")
def node_ready():
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node/npm not installed: cannot run the graphology GraphML check")
    if not (JS / "node_modules" / "graphology-graphml").is_dir():
        cmd = ["npm", "ci"] if (JS / "package-lock.json").exists() else ["npm", "install"]
        r = subprocess.run([*cmd, "--no-audit", "--no-fund", "--silent"], cwd=JS, capture_output=True,
                           text=True, timeout=300)
        assert r.returncode == 0, f"{' '.join(cmd)} failed in {JS}:\n{r.stderr}"


def _load(path, node_id):
    r = subprocess.run(["node", str(JS / "load.mjs"), str(path), node_id], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.mark.parametrize("name", ["toy", "hostile"])
def test_graphology_parses_the_graphml(name, request, node_ready, tmp_path):
    g = request.getfixturevalue(name)
    decorate(g)
    write_graphml(g, tmp_path / "graph.graphml")
    out = _load(tmp_path / "graph.graphml", PUTIN)
    assert (out["nodes"], out["edges"]) == (g.number_of_nodes(), g.number_of_edges())
    assert out["node"]["label"] == "فلاديمير بوتين"
    assert out["node"]["mentions"] == g.nodes[PUTIN]["mentions"]
    assert out["edge"]["relation"]
