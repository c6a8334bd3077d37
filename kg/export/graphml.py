"""GraphML export: everything in the graph, for Gephi, yEd, networkx and graphology.

What survives: every node and edge with every attribute of docs/SCHEMA.md, including
the Gephi display keys ``label``, ``weight``, ``r``, ``g``, ``b``, ``size``, ``x``,
``y`` (Gephi picks these up by name: colours, sizes and positions come through). What
does not: GraphML holds no lists and no ``None``, so lists are ``|``-joined strings
(already so in the contract) and ``None`` becomes ``""``. An empty string is written as
no ``<data>`` element at all (GraphML readers then report the attribute as missing; the
contract reads missing as ``""``). Node ids are written as they are; edges get ids
``e0``, ``e1``... in sorted order (parallel edges of the MultiDiGraph stay apart).

Output is deterministic: nodes sorted by id, edges by (source, target, key),
attributes by name, no timestamps. Key ids are the attribute names (edge keys whose
name a node key already uses get an ``e_`` prefix), so the file is readable by eye.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx

from kg.export._scalar import (
    Scalar, SortedRows, column_text, column_types, drop_xml_bad, graph_scalars, nmtoken, sorted_edges, sorted_nodes, xml_text,
)
from kg.export._xml import XmlWriter, escape_attribute, escape_text, needs_text_escape, needs_text_work
from kg.export.atomic import atomic_write

__all__ = ["generate_graphml", "graphml_chunks", "write_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_INT32 = 2**31 - 1
_CHUNK = 2_000  # elements handed out at a time by the chunked writer


def _graphml_type(kind: str, values: list[Scalar]) -> str:
    if kind == "int":
        return "int" if max(map(abs, map(int, values)), default=0) <= _INT32 else "long"
    return {"bool": "boolean", "float": "double", "str": "string"}[kind]


def _declare_keys(xml: XmlWriter, scope: str, rows: list[dict[str, Scalar]], taken: set[str],
                  avoid: set[str]) -> dict[str, tuple[str, str]]:
    """Add ``<key>`` elements for one scope; return name -> (key id, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for name, kind in column_types(rows).items():
        base = nmtoken(name) if name not in avoid else f"{scope[0]}_{nmtoken(name)}"
        kid, i = base, 1
        while kid in taken:
            kid, i = f"{base}_{i}", i + 1
        taken.add(kid)
        values = [r[name] for r in rows if name in r]
        xml.leaf("key", {
            "id": kid, "for": scope, "attr.name": nmtoken(name),
            "attr.type": _graphml_type(kind, values),
        })
        out[name] = (kid, kind)
    return out


def _data(attrs: dict[str, Scalar], keys: dict[str, tuple[str, str]]) -> list[str]:
    """A ``<data>`` element per non-empty value, as text."""
    elements = []
    for name, value in attrs.items():
        kid, kind = keys[name]
        text = column_text(value, kind)
        if text and needs_text_work(text) is not None:
            text = drop_xml_bad(text)
            if needs_text_escape(text):
                text = escape_text(text)
        if text:
            elements.append(_data_open(kid) + text + "</data>")
    return elements


@lru_cache(maxsize=None)
def _data_open(kid: str) -> str:
    return f'<data key="{escape_attribute(kid)}">'


def generate_graphml(g: nx.Graph) -> str:
    """The graph as a GraphML document (a ``str``, UTF-8 declared).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph following docs/SCHEMA.md (any networkx graph works).

    Returns
    -------
    str
        The whole document; the same graph always gives the same text.

    Examples
    --------
    >>> import io
    >>> from kg.export._scalar import toy_graph
    >>> text = generate_graphml(toy_graph())
    >>> '<key id="label" for="node" attr.name="label" attr.type="string"' in text
    True
    >>> h = nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)
    >>> h.nodes["PERSON:بوتين"]["label"], h.edges["PERSON:بوتين", "GPE:روسيا", "e0"]["weight"]
    ('فلاديمير بوتين', 2)
    """
    return "".join(graphml_chunks(g))


def graphml_chunks(g: nx.Graph, rows: SortedRows | None = None) -> Iterator[str]:
    """``generate_graphml(g)`` in pieces of about ``_CHUNK`` elements, for writing a large
    graph without holding its whole text (``rows``: ``sorted_rows(g)`` if already made)."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    nodes = rows.nodes if rows is not None else sorted_nodes(g)
    edges = rows.edges if rows is not None else list(sorted_edges(g))
    graph_attrs = graph_scalars(g)
    xml = XmlWriter()
    xml.open("graphml", {"xmlns": NS, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION})
    taken: set[str] = set()
    node_rows = [a for _, a in nodes]
    edge_rows = [a for *_, a in edges]
    gkeys = _declare_keys(xml, "graph", [graph_attrs], taken, set()) if graph_attrs else {}
    nkeys = _declare_keys(xml, "node", node_rows, taken, set())
    ekeys = _declare_keys(xml, "edge", edge_rows, taken, set(nkeys) | set(gkeys))
    xml.open("graph", {"id": "G", "edgedefault": "directed" if g.is_directed() else "undirected"})
    xml.written(_data(graph_attrs, gkeys))
    for n, attrs in nodes:
        xml.element("node", {"id": xml_text(str(n))}, _data(attrs, nkeys))
        yield xml.take(_CHUNK)
    for i, (u, v, _k, attrs) in enumerate(edges):
        xml.element("edge", {"id": f"e{i}", "source": xml_text(str(u)), "target": xml_text(str(v))}, _data(attrs, ekeys))
        yield xml.take(_CHUNK)
    xml.close()
    xml.close()
    yield xml.take()
    yield "\n"


def write_graphml(g: nx.Graph, path: Path | str) -> None:
    """Write ``generate_graphml(g)`` to ``path`` as UTF-8, atomically.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.export._scalar import toy_graph
    >>> p = Path(tempfile.mkdtemp()) / "graph.graphml"
    >>> write_graphml(toy_graph(), p)
    >>> sorted(nx.read_graphml(p).nodes)
    ['GPE:روسيا', 'ORG:الكرملين', 'PERSON:بوتين']
    """
    atomic_write(Path(path), graphml_chunks(g))
