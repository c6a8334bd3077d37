"""Shared helpers of the export modules: scalar coercion and a stable order.

The graph contract (docs/SCHEMA.md) promises scalar values only, but exports must not
break on a stray list or ``None``: lists become ``|``-joined strings, ``None`` and
non-finite floats become ``""``. Nodes, edges and attributes are always visited in
sorted order so that the same graph gives byte-identical files.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from operator import methodcaller
from typing import Any

import networkx as nx

Scalar = str | int | float | bool

# Characters XML 1.0 cannot hold at all (not even escaped), and lone surrogates.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


_PLAIN = frozenset({str, int, bool})


def scalar(value: Any) -> Scalar:
    """Coerce one attribute value to a scalar the exports can hold.

    >>> scalar(["a", None, 3])
    'a||3'
    >>> scalar(None), scalar(2), scalar(float("nan")), scalar(True)
    ('', 2, '', True)
    """
    if type(value) in _PLAIN:  # nearly every value: skip the checks below
        return value
    if value is None:
        return ""
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else ""
    if isinstance(value, list | tuple):
        return "|".join(str(scalar(v)) for v in value)
    if isinstance(value, set | frozenset):
        return "|".join(sorted(str(scalar(v)) for v in value))
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item):
        try:
            return scalar(item())
        except (TypeError, ValueError):
            pass
    return str(value)


def scalars(attrs: Mapping[str, Any]) -> dict[str, Scalar]:
    """The attribute dict with every value coerced and the keys sorted."""
    return {str(k): scalar(attrs[k]) for k in sorted(attrs, key=str)}


def graph_scalars(g: nx.Graph) -> dict[str, Scalar]:
    """The graph-level attributes a file holds: mappings such as ``documents`` (each
    document's title, date and input path) are tables of their own, not attributes.

    >>> g = nx.Graph(name="kg", documents={"d1": {"title": "t"}})
    >>> graph_scalars(g)
    {'name': 'kg'}
    """
    return scalars({k: v for k, v in g.graph.items() if not isinstance(v, Mapping)})


def xml_text(value: str) -> str:
    """Drop the characters XML 1.0 cannot carry."""
    return _XML_BAD.sub("", value)


drop_xml_bad = partial(_XML_BAD.sub, "")  # xml_text without a Python call, for the exports' inner loops


def _sort_key(value: Any) -> tuple[str, str]:
    return (type(value).__name__, str(value))


def sorted_nodes(g: nx.Graph) -> list[tuple[Any, dict[str, Scalar]]]:
    """Nodes as ``(id, attrs)`` sorted by id, attributes coerced and sorted."""
    return [(n, scalars(g.nodes[n])) for n in sorted(g.nodes, key=lambda n: str(n))]


def sorted_edges(g: nx.Graph) -> Iterator[tuple[Any, Any, Any, dict[str, Scalar]]]:
    """Edges as ``(u, v, key, attrs)`` in a stable order (key is None for simple graphs)."""
    if g.is_multigraph():
        rows = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        rows = [(u, v, None, d) for u, v, d in g.edges(data=True)]
    rows.sort(key=lambda r: (str(r[0]), str(r[1]), _sort_key(r[2])))
    for u, v, k, d in rows:
        yield u, v, k, scalars(d)


@dataclass(frozen=True, slots=True)
class SortedRows:
    """A graph's ``sorted_nodes`` and ``sorted_edges`` (as a list): ``write_all`` makes
    them once for GraphML, GEXF and JSON instead of once per file."""

    nodes: list[tuple[Any, dict[str, Scalar]]]
    edges: list[tuple[Any, Any, Any, dict[str, Scalar]]]


def sorted_rows(g: nx.Graph) -> SortedRows:
    """``SortedRows`` of ``g``."""
    return SortedRows(sorted_nodes(g), list(sorted_edges(g)))


def value_type(values: list[Scalar]) -> str:
    """The one type a column of values shares: ``bool``, ``int``, ``float`` or ``str``."""
    return _kind_of(set(map(type, values)))


class _Missing:
    """Stands for an attribute a row does not have."""


_MISSING = _Missing()


def column_types(rows: list[dict[str, Scalar]]) -> dict[str, str]:
    """Per attribute name, the type all its values share (see ``value_type``).

    >>> column_types([{"a": 1, "b": "x"}, {"a": 2.5}])
    {'a': 'float', 'b': 'str'}
    """
    names = set().union(*rows) if rows else set()
    types = {}
    for name in sorted(names):
        # the types of a column's values, read in C: a column of a large graph has
        # hundreds of thousands of them
        kinds = set(map(type, map(methodcaller("get", name, _MISSING), rows)))
        kinds.discard(_Missing)
        types[name] = _kind_of(kinds)
    return types


def _kind_of(kinds: set[type]) -> str:
    """``value_type`` of values of these types."""
    if not kinds or str in kinds or (bool in kinds and len(kinds) > 1):
        return "str"
    if kinds == {bool}:
        return "bool"
    if float in kinds:
        return "float"
    return "int"


def cast(value: Scalar, kind: str) -> Scalar:
    """Bring a value to its column's type (ints widen to float, anything to str)."""
    if kind == "str":
        return value if isinstance(value, str) else fmt(value)
    if kind == "float":
        return float(value)
    return value


def column_text(value: Scalar, kind: str) -> str:
    """``fmt(cast(value, kind))``, without the calls for a value already of its column's
    type (a str in a str column, an int in an int one, a float in a float one): the XML
    writers ask it for every value of the graph."""
    if type(value) is str and kind == "str":
        return value
    if type(value) is int and kind == "int":
        return str(value)
    if type(value) is float and kind == "float":
        return repr(value)
    return fmt(cast(value, kind))


def fmt(value: Scalar) -> str:
    """A scalar as text: ``true``/``false``, ``repr`` for floats, ``str`` otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


_NMTOKEN_BAD = re.compile(r"[^\w.\-:]")


def nmtoken(name: str) -> str:
    """``name`` made a valid XML NMTOKEN (letters, digits, ``. - _ :``).

    >>> nmtoken("label_en"), nmtoken("two words")
    ('label_en', 'two_words')
    """
    return _NMTOKEN_BAD.sub("_", name) or "_"


def toy_graph() -> nx.MultiDiGraph:
    """The three-node graph the doctests of ``kg.export`` run on."""
    g = nx.MultiDiGraph()
    blank = {"aliases": "", "docs": "d1", "iso": "", "label_en": ""}
    g.add_node("PERSON:بوتين", **{**blank, "label": "فلاديمير بوتين", "type": "PERSON",
               "mentions": 5, "aliases": "بوتين|فلاديمير بوتين", "label_en": "Vladimir Putin"})
    g.add_node("GPE:روسيا", **{**blank, "label": "روسيا", "type": "GPE", "mentions": 3,
               "iso": "RU", "label_en": "Russia"})
    g.add_node("ORG:الكرملين", **{**blank, "label": "الكرملين", "type": "ORG", "mentions": 1})
    g.add_edge("PERSON:بوتين", "GPE:روسيا", relation="affiliated_with", docs="d1",
               evidence="قال الرئيس الروسي فلاديمير بوتين", weight=2, confidence=0.9,
               role="رئيس", role_en="president")
    return g
