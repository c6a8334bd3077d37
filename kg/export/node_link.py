"""Node-link JSON export: the graph for programs and for d3/graphology-style viewers.

The shape is networkx's node-link format with ``edges="edges"``: ``{"directed",
"multigraph", "graph", "nodes": [{"id", ...attrs}], "edges": [{"source", "target",
"key", ...attrs}]}``, so ``nx.node_link_graph(data, edges="edges")`` reads it back.
Every value is a scalar (lists ``|``-joined, ``None`` -> ``""``); empty strings are
kept. Nodes are sorted by id, edges by (source, target, key), attributes by name.

The documents table of the build (``graph.graph["documents"]``) is not a graph
attribute but a top-level ``documents`` list of ``{id, title, date, source, url,
path}`` rows sorted by id (``kg.export.documents``); networkx ignores it on reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export._scalar import graph_scalars, sorted_edges, sorted_nodes
from kg.export.atomic import atomic_write
from kg.export.documents import document_rows

__all__ = ["generate_json", "json_chunks", "to_node_link", "write_json"]


def to_node_link(g: nx.Graph) -> dict[str, Any]:
    """The graph as a plain node-link ``dict`` (pure: ``json.dumps`` is left to the caller).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph following docs/SCHEMA.md.

    Returns
    -------
    dict
        ``directed``, ``multigraph``, ``graph``, ``nodes``, ``edges`` and, when the graph
        has a documents table, ``documents``.

    Examples
    --------
    >>> from kg.export._scalar import toy_graph
    >>> data = to_node_link(toy_graph())
    >>> [n["id"] for n in data["nodes"]]
    ['GPE:روسيا', 'ORG:الكرملين', 'PERSON:بوتين']
    >>> data["edges"][0]["relation"], data["edges"][0]["weight"]
    ('affiliated_with', 2)
    >>> nx.node_link_graph(data, edges="edges").number_of_nodes()
    3
    """
    multi = g.is_multigraph()
    nodes = [{"id": n, **{k: v for k, v in attrs.items() if k != "id"}} for n, attrs in sorted_nodes(g)]
    edges = []
    for u, v, k, attrs in sorted_edges(g):
        head: dict[str, Any] = {"source": u, "target": v}
        if multi:
            head["key"] = k
        edges.append({**head, **{k: v for k, v in attrs.items() if k not in head}})
    documents = g.graph.get("documents")
    data = {
        "directed": g.is_directed(),
        "multigraph": multi,
        "graph": graph_scalars(g),
        "nodes": nodes,
        "edges": edges,
    }
    if isinstance(documents, dict):
        data["documents"] = document_rows(documents)
    return data


def write_json(g: nx.Graph, path: Path | str) -> None:
    """Write ``to_node_link(g)`` to ``path`` as UTF-8 JSON (Arabic unescaped), atomically.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.export._scalar import toy_graph
    >>> p = Path(tempfile.mkdtemp()) / "graph.json"
    >>> write_json(toy_graph(), p)
    >>> json.loads(p.read_text(encoding="utf-8"))["nodes"][0]["label"]
    'روسيا'
    """
    atomic_write(Path(path), json_chunks(g))


def generate_json(g: nx.Graph) -> str:
    """``to_node_link(g)`` as the UTF-8 JSON text ``write_json`` writes."""
    return "".join(json_chunks(g))


def json_chunks(g: nx.Graph) -> Iterator[str]:
    """``generate_json(g)`` in pieces, for writing a large graph without holding its text."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1, allow_nan=False)
    yield from encoder.iterencode(to_node_link(g))
    yield "\n"
