"""Graph exports: GraphML, GEXF, node-link JSON and a self-contained HTML page.

Each format has its own module (``graphml``, ``gexf``, ``node_link``, ``html``) with a
``generate``/``to``/``render`` function that returns the content and a ``write``
function that writes it atomically. ``write_all`` decorates a copy of the graph
(``style.decorate``: colour, size, layout) and writes all four. The input is a
``networkx.MultiDiGraph`` that follows docs/SCHEMA.md; see docs/EXPORTS.md.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write
from kg.export.gexf import generate_gexf, write_gexf
from kg.export.graphml import generate_graphml, write_graphml
from kg.export.html import render_html, write_html
from kg.export.node_link import generate_json, to_node_link, write_json
from kg.export.style import TYPE_COLOURS, decorate

__all__ = [
    "TYPE_COLOURS", "atomic_write", "decorate", "generate_gexf", "generate_graphml", "generate_json",
    "render_html", "to_node_link", "write_all", "write_gexf", "write_graphml", "write_html",
    "write_json",
]


def write_all(g: nx.MultiDiGraph, outdir: Path | str, html_max_nodes: int = 1500) -> dict[str, Path]:
    """Write ``graph.graphml``, ``graph.gexf``, ``graph.json`` and ``graph.html`` to ``outdir``.

    The graph is not changed: a copy gets the display keys (``decorate``) and every
    file is written atomically, so a reader never sees half a file.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph following docs/SCHEMA.md.
    outdir : Path
        Output folder, created if missing.
    html_max_nodes : int
        Node cap of the HTML page (the other formats keep every node).

    Returns
    -------
    dict
        Format name (``graphml``, ``gexf``, ``json``, ``html``) -> path written.

    Examples
    --------
    >>> import tempfile
    >>> from kg.export._scalar import toy_graph
    >>> out = write_all(toy_graph(), Path(tempfile.mkdtemp()))
    >>> sorted((k, p.name) for k, p in out.items())
    [('gexf', 'graph.gexf'), ('graphml', 'graph.graphml'), ('html', 'graph.html'), ('json', 'graph.json')]
    >>> "x" in nx.read_graphml(out["graphml"]).nodes["GPE:روسيا"]
    True
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    h = g.copy()
    decorate(h)
    paths = {
        "graphml": outdir / "graph.graphml",
        "gexf": outdir / "graph.gexf",
        "json": outdir / "graph.json",
        "html": outdir / "graph.html",
    }
    # Everything is rendered before anything is written, so an interrupted build never
    # leaves a new graph.graphml beside an old graph.gexf.
    # The documents table is no graph attribute for GraphML and GEXF (documents.csv holds
    # it: ``kg.export.documents``); the JSON and the page carry it.
    documents = h.graph.pop("documents", None)
    contents = {"graphml": generate_graphml(h), "gexf": generate_gexf(h)}
    if documents is not None:
        h.graph["documents"] = documents
    contents["json"] = generate_json(h)
    contents["html"] = render_html(h, max_nodes=html_max_nodes)
    for name, text in contents.items():
        atomic_write(paths[name], text)
    return paths
