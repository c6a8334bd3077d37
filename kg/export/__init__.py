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

from kg.export._scalar import SortedRows, sorted_edges, sorted_nodes
from kg.export.atomic import atomic_write, atomic_write_all, call_in_fork
from kg.export.gexf import generate_gexf, gexf_chunks, write_gexf
from kg.export.graphml import generate_graphml, graphml_chunks, write_graphml
from kg.export.html import render_html, write_html
from kg.export.node_link import generate_json, json_chunks, to_node_link, write_json
from kg.export.style import TYPE_COLOURS, apply_display, decorate, layout_positions

__all__ = [
    "TYPE_COLOURS", "atomic_write", "decorate", "generate_gexf", "generate_graphml", "generate_json",
    "render_html", "to_node_link", "write_all", "write_gexf", "write_graphml", "write_html",
    "write_json",
]


def write_all(g: nx.MultiDiGraph, outdir: Path | str, html_max_nodes: int = 1500, processes: int = 1) -> dict[str, Path]:
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
    processes : int
        2 renders half of the files in a forked process (``atomic_write_all``): the
        same bytes, sooner on two cores.

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
    # The layout (it reads the graph, changes nothing) runs in a forked copy while this
    # process copies the graph and sorts and coerces the edges; nodes, edges and their
    # attributes are then sorted once for all files.
    positions = call_in_fork(lambda: layout_positions(g)) if processes > 1 else None
    h = g.copy()
    edges = list(sorted_edges(h))
    apply_display(h, positions() if positions is not None else layout_positions(h))
    rows = SortedRows(sorted_nodes(h), edges)
    paths = {
        "graphml": outdir / "graph.graphml",
        "gexf": outdir / "graph.gexf",
        "json": outdir / "graph.json",
        "html": outdir / "graph.html",
    }
    # Nothing is replaced before everything is written, so an interrupted build never
    # leaves a new graph.graphml beside an old graph.gexf; one file is rendered at a time.
    renderers = {
        "graphml": lambda: graphml_chunks(h, rows),
        "gexf": lambda: gexf_chunks(h, rows),
        "json": lambda: json_chunks(h, rows),
        "html": lambda: render_html(h, max_nodes=html_max_nodes),
    }
    atomic_write_all(((paths[name], render) for name, render in renderers.items()), processes=processes)
    return paths
