"""GEXF 1.2 export for Gephi, with the ``viz`` namespace (colour, size, position).

What survives: every node and edge attribute of docs/SCHEMA.md as a typed GEXF
attribute column, the node ``label`` as the GEXF label, the edge ``relation`` as the
edge label (and as a column) and ``weight`` as the GEXF edge weight. The display keys
``r g b size x y`` become ``<viz:color>``, ``<viz:size>`` and ``<viz:position>``
instead of columns. Lists are ``|``-joined and ``None`` is ``""``, as in GraphML.

Time: a node with a known date gets a GEXF spell, ``start``/``end`` as ISO days (the
graph is then ``mode="dynamic"``, ``timeformat="date"``), so Gephi's timeline can play
the graph: an event spans its ``date_iso`` (a month or a range from its first to its
last day), or else the days of its documents; an entity spans ``first_seen`` to
``last_seen``. Undated nodes have no spell and are always shown. ``co_mentioned``
edges stay in the directed graph (stored from the smaller id to the larger): GEXF
readers such as networkx refuse graphs that mix directed and undirected edges.

Output is deterministic: sorted nodes, edges and attributes, and no
``lastmodifieddate`` (the one timestamp GEXF writers usually add).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx

from kg.export._scalar import Scalar, SortedRows, column_text, column_types, drop_xml_bad, fmt, sorted_edges, sorted_nodes, xml_text
from kg.export._xml import XmlWriter, attributes, escape_attribute, needs_attribute_escape, needs_attribute_work
from kg.export.atomic import atomic_write

__all__ = ["generate_gexf", "gexf_chunks", "write_gexf"]

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://www.gexf.net/1.2draft/gexf.xsd"
_VIZ_KEYS = ("r", "g", "b", "size", "x", "y")
_INT32 = 2**31 - 1
_CHUNK = 2_000  # elements handed out at a time by the chunked writer


def _gexf_type(kind: str, values: list[Scalar]) -> str:
    if kind == "int":
        return "integer" if max(map(abs, map(int, values)), default=0) <= _INT32 else "long"
    return {"bool": "boolean", "float": "double", "str": "string"}[kind]


def _declare(xml: XmlWriter, cls: str, rows: list[dict[str, Scalar]], skip: set[str]) -> dict[str, str]:
    types = {k: t for k, t in column_types(rows).items() if k not in skip}
    if not types:
        return {}
    xml.open("attributes", {"class": cls, "mode": "static"})
    for name, kind in types.items():
        values = [r[name] for r in rows if name in r]
        xml.leaf("attribute", {"id": name, "title": name, "type": _gexf_type(kind, values)})
    xml.close()
    return types


def _attvalues(attrs: dict[str, Scalar], types: dict[str, str]) -> list[str]:
    """An ``<attvalue>`` element per non-empty value of a declared column, as text."""
    elements = []
    for k, v in attrs.items():
        kind = types.get(k)
        if kind is None:
            continue
        text = column_text(v, kind)
        if text and needs_attribute_work(text) is not None:
            text = drop_xml_bad(text)
            if needs_attribute_escape(text):
                text = escape_attribute(text)
        if text:
            elements.append(_attvalue_open(k) + text + '" />')
    return elements


@lru_cache(maxsize=None)
def _attvalue_open(name: str) -> str:
    return f'<attvalue for="{escape_attribute(name)}" value="'


def _day_bounds(value: str) -> tuple[str, str] | None:
    """``2015-07-14`` -> the day twice; ``2015-07`` -> its first and last day; else None."""
    parts = value.split("-")
    if len(parts) == 3 and len(value) == 10:
        return value, value
    if len(parts) == 2 and len(value) == 7 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{value}-01", f"{value}-{last:02d}"
    return None


def spell(attrs: dict[str, Scalar]) -> tuple[str, str] | None:
    """The (start, end) ISO days a node lasts in Gephi's timeline, or None when undated.

    >>> spell({"date_iso": "2015-07", "first_seen": "2015-08-01"})
    ('2015-07-01', '2015-07-31')
    >>> spell({"date_iso": "2015-07-01/2015-07-03"}), spell({"first_seen": "2015-07-21", "last_seen": "2015-07-22"})
    (('2015-07-01', '2015-07-03'), ('2015-07-21', '2015-07-22'))
    >>> spell({"date": "أمس"}) is None
    True
    """
    for first_key, last_key in (("date_iso", "date_iso"), ("first_seen", "last_seen")):
        first, last = str(attrs.get(first_key) or ""), str(attrs.get(last_key) or "")
        if first_key == "date_iso" and "/" in first:
            first, last = first.split("/", 1)
        start, end = _day_bounds(first), _day_bounds(last or first)
        if start and end and start[0] <= end[1]:
            return start[0], end[1]
    return None


def _num(value: Scalar, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def generate_gexf(g: nx.Graph) -> str:
    """The graph as a GEXF 1.2 document with Gephi ``viz`` elements (a ``str``).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph following docs/SCHEMA.md; run ``kg.export.style.decorate`` first to
        get colours, sizes and positions.

    Returns
    -------
    str
        The whole document; the same graph always gives the same text.

    Examples
    --------
    >>> import io
    >>> from kg.export._scalar import toy_graph
    >>> from kg.export.style import decorate
    >>> g = toy_graph(); decorate(g)
    >>> text = generate_gexf(g)
    >>> '<viz:color r="0" g="114" b="178" />' in text, "lastmodified" in text
    (True, False)
    >>> h = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    >>> h.nodes["PERSON:بوتين"]["label"], h.nodes["PERSON:بوتين"]["viz"]["size"]
    ('فلاديمير بوتين', 18.71)
    """
    return "".join(gexf_chunks(g))


def gexf_chunks(g: nx.Graph, rows: SortedRows | None = None) -> Iterator[str]:
    """``generate_gexf(g)`` in pieces of about ``_CHUNK`` elements, for writing a large
    graph without holding its whole text (``rows``: ``sorted_rows(g)`` if already made)."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    nodes = rows.nodes if rows is not None else sorted_nodes(g)
    edges = rows.edges if rows is not None else list(sorted_edges(g))
    xml = XmlWriter()
    xml.open("gexf", {
        "xmlns": NS, "xmlns:viz": VIZ, "xmlns:xsi": XSI,
        "xsi:schemaLocation": SCHEMA_LOCATION, "version": "1.2",
    })
    xml.open("meta", {})
    xml.leaf("creator", {}, "kg")
    xml.leaf("description", {}, "Knowledge graph from Arabic news (docs/SCHEMA.md)")
    xml.close()
    spells = {n: spell(a) for n, a in nodes}
    mode = {"mode": "dynamic", "timeformat": "date"} if any(spells.values()) else {"mode": "static"}
    xml.open("graph", {"defaultedgetype": "directed" if g.is_directed() else "undirected", **mode})
    ntypes = _declare(xml, "node", [a for _, a in nodes], {"label", *_VIZ_KEYS})
    etypes = _declare(xml, "edge", [a for *_, a in edges], {"weight"})
    xml.open("nodes", {})
    for n, attrs in nodes:
        element = {"id": xml_text(str(n)), "label": xml_text(fmt(attrs.get("label", "")) or str(n))}
        if spells[n]:
            element["start"], element["end"] = spells[n]
        values = _attvalues(attrs, ntypes)
        children = [xml.block("attvalues", values)] if values else []
        if all(k in attrs for k in ("r", "g", "b")):
            children.append(f"<viz:color{attributes({c: str(int(_num(attrs[c]))) for c in ('r', 'g', 'b')})} />")
        if "x" in attrs and "y" in attrs:
            children.append(f"<viz:position{attributes({'x': repr(_num(attrs['x'])), 'y': repr(_num(attrs['y'])), 'z': '0.0'})} />")
        if "size" in attrs:
            children.append(f"<viz:size{attributes({'value': repr(_num(attrs['size'], 1.0))})} />")
        xml.element("node", element, children)
        yield xml.take(_CHUNK)
    xml.close()
    xml.open("edges", {})
    for i, (u, v, _k, attrs) in enumerate(edges):
        a = {"id": f"e{i}", "source": xml_text(str(u)), "target": xml_text(str(v))}
        if attrs.get("relation", "") != "":
            a["label"] = xml_text(fmt(attrs["relation"]))
        if "weight" in attrs:
            a["weight"] = repr(_num(attrs["weight"], 1.0))
        values = _attvalues(attrs, etypes)
        xml.element("edge", a, [xml.block("attvalues", values)] if values else [])
        yield xml.take(_CHUNK)
    xml.close()
    xml.close()
    xml.close()
    yield xml.take()
    yield "\n"


def write_gexf(g: nx.Graph, path: Path | str) -> None:
    """Write ``generate_gexf(g)`` to ``path`` as UTF-8, atomically.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.export._scalar import toy_graph
    >>> p = Path(tempfile.mkdtemp()) / "graph.gexf"
    >>> write_gexf(toy_graph(), p)
    >>> nx.read_gexf(p).number_of_edges()
    1
    """
    atomic_write(Path(path), gexf_chunks(g))
