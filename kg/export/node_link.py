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

from kg.export._scalar import SortedRows, graph_scalars, sorted_rows
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
    data = _node_link(g, sorted_rows(g))
    data["nodes"], data["edges"] = list(data["nodes"]), list(data["edges"])
    return data


def _node_link(g: nx.Graph, rows: SortedRows) -> dict[str, Any]:
    """``to_node_link(g)`` with its nodes and edges as iterators over ``rows``: the JSON
    writer makes each row's dict as it writes it, not all of them first."""
    multi = g.is_multigraph()
    documents = g.graph.get("documents")
    data = {
        "directed": g.is_directed(),
        "multigraph": multi,
        "graph": graph_scalars(g),
        "nodes": ({"id": n, **{k: v for k, v in attrs.items() if k != "id"}} for n, attrs in rows.nodes),
        "edges": _edge_rows(rows.edges, multi),
    }
    if isinstance(documents, dict):
        data["documents"] = document_rows(documents)
    return data


def _edge_rows(edges: list, multi: bool) -> Iterator[dict[str, Any]]:
    for u, v, k, attrs in edges:
        head: dict[str, Any] = {"source": u, "target": v}
        if multi:
            head["key"] = k
        yield {**head, **{k: v for k, v in attrs.items() if k not in head}}


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


def json_chunks(g: nx.Graph, rows: SortedRows | None = None) -> Iterator[str]:
    """``generate_json(g)`` in pieces, for writing a large graph without holding its text
    (``rows``: ``sorted_rows(g)`` if already made)."""
    data = _node_link(g, rows if rows is not None else sorted_rows(g))
    yield "{"
    inner = "\n "
    for n, (key, value) in enumerate(data.items()):
        yield f'{"," if n else ""}{inner}{_key(key)}: '
        if isinstance(value, Iterator):  # nodes, edges: one row at a time
            opened = False
            for row in value:
                yield ("," if opened else "[") + "\n  " + _row(row)
                opened = True
            yield "\n ]" if opened else "[]"
        elif isinstance(value, list) and value:  # documents: one row at a time
            yield "["
            for i, row in enumerate(value):
                yield ("," if i else "") + "\n  " + _row(row)
            yield "\n ]"
        else:
            yield _encode(value, 1)
    yield "\n}" if data else "}"
    yield "\n"


# The text ``json.JSONEncoder(ensure_ascii=False, indent=1, allow_nan=False)`` gives, written
# here because the standard library's C encoder does not indent: its pure-Python fallback
# took most of the JSON export's time. Same bytes (tests/test_export.py compares them).
_STRING = json.encoder.encode_basestring  # the C function where there is one
# A row of scalars goes through the C encoder, its item separator carrying the indent.
_FLAT_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",\n   ", ": "))
if json.encoder.c_make_encoder is not None:  # made once, not once per row as encode() does
    _flat_chunks = json.encoder.c_make_encoder(
        None, _FLAT_ENCODER.default, _STRING, None, ": ", ",\n   ", False, False, False)

    def _FLAT(row: dict) -> str:
        return "".join(_flat_chunks(row, 0))
else:  # pragma: no cover - Python without the C accelerator
    _FLAT = _FLAT_ENCODER.encode
_SCALAR_TYPES = frozenset({str, int, float, bool})


def _row(row: Any) -> str:
    """A node, edge or document row at depth 2 (a dict of scalars: the C encoder's text)."""
    if isinstance(row, dict) and row and _SCALAR_TYPES.issuperset(map(type, row.values())):
        return "{\n   " + _FLAT(row)[1:-1] + "\n  }"
    return _encode(row, 2)


def _encode(value: Any, level: int) -> str:
    """One value as ``json.JSONEncoder(ensure_ascii=False, indent=1, allow_nan=False)``
    writes it at nesting depth ``level``."""
    if isinstance(value, str):
        return _STRING(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return "[" + inner + ("," + inner).join(_encode(v, level + 1) for v in value) + "\n" + " " * level + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        items = ("," + inner).join(f"{_key(k)}: {_encode(v, level + 1)}" for k, v in value.items())
        return "{" + inner + items + "\n" + " " * level + "}"
    # anything else: what the standard encoder does with it (TypeError, or its default)
    return json.JSONEncoder(ensure_ascii=False, indent=1, allow_nan=False).encode(value)


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("Out of range float values are not JSON compliant: " + repr(value))
    return float.__repr__(value)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return _STRING(key)
    if isinstance(key, float):
        return _STRING(_float(key))
    if key is True or key is False or key is None:
        return _STRING({True: "true", False: "false", None: "null"}[key])
    if isinstance(key, int):
        return _STRING(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
