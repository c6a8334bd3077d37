"""Reading a build back: its graph, always as one graph class, and its documents table.

``networkx.read_graphml`` returns a ``MultiDiGraph`` only when the file happens to hold
two edges between the same pair of nodes, and a ``DiGraph`` otherwise, so code written
against the seeds broke on another corpus. ``read_graph`` always returns the
``MultiDiGraph`` that ``kg.graph.build_graph`` made, edge keys being the relation names
as there, with the documents table (``documents.csv``) as ``graph.graph["documents"]``.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.documents import read_documents

__all__ = ["read_graph"]


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """The graph of a build: ``path`` is its output folder or its ``graph.graphml``.

    Equivalent to ``nx.read_graphml(path, force_multigraph=True)`` with every edge keyed
    by its ``relation`` (``g.edges[u, v, "affiliated_with"]``) and the documents of
    ``documents.csv`` beside it in ``g.graph["documents"]`` (id -> title, date, source,
    url, path; empty when the file is missing).
    """
    path = Path(path)
    if path.is_dir():
        path = path / "graph.graphml"
    read = nx.read_graphml(path, force_multigraph=True)
    graph = nx.MultiDiGraph()
    graph.graph.update(read.graph)
    graph.add_nodes_from(read.nodes(data=True))
    for source, target, key, data in read.edges(keys=True, data=True):
        graph.add_edge(source, target, key=data.get("relation", key), **data)
    graph.graph["documents"] = read_documents(path.parent)
    return graph
