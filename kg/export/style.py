"""Display attributes for the exports: colour by type, size by mentions, a seeded layout.

``decorate`` adds the Gephi display keys of docs/SCHEMA.md to every node: ``r``, ``g``,
``b`` (int colour by type), ``size`` (float, grows with ``mentions``) and ``x``, ``y``
(float, from a seeded layout, so the same graph always gets the same picture). Graphs
above ``LARGE_GRAPH`` nodes get a cheaper layout: a force layout of the most mentioned
nodes, the rest placed beside a placed neighbour or on an outer spiral. (networkx's
spring layout took 15 s on 3,000 nodes on a two-core machine, so the threshold is
1,000 nodes and the cheap layout keeps 30,000 nodes within a few seconds.)
"""

from __future__ import annotations

import math
import zlib
from collections import deque

import networkx as nx

__all__ = ["TYPE_COLOURS", "DEFAULT_COLOUR", "LARGE_GRAPH", "decorate", "hex_to_rgb", "node_size"]

# Okabe & Ito's palette, chosen to stay distinct under the common colour-vision
# deficiencies (https://jfly.uni-koeln.de/color/).
TYPE_COLOURS: dict[str, str] = {
    "PERSON": "#0072B2",  # blue
    "ORG": "#E69F00",  # orange
    "GPE": "#009E73",  # bluish green
    "LOC": "#56B4E9",  # sky blue
    "MISC": "#CC79A7",  # reddish purple
    "EVENT": "#D55E00",  # vermillion
}
DEFAULT_COLOUR = "#7F7F7F"
LARGE_GRAPH = 1000
_CORE = 800  # nodes laid out by force in a large graph
_GOLDEN = math.pi * (3 - math.sqrt(5))


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#0072B2"`` -> ``(0, 114, 178)``.

    >>> hex_to_rgb("#0072B2")
    (0, 114, 178)
    """
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _mentions(value: object) -> int:
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def node_size(mentions: object) -> float:
    """Node size for Gephi and the HTML page: 10 for one mention, growing with its log.

    >>> node_size(1), node_size(100)
    (10.0, 34.91)
    """
    m = max(1, _mentions(mentions))
    return round(10.0 + 5.0 * math.log2(m) * 0.75, 2)


def _scale(n: int) -> float:
    return max(300.0, 40.0 * math.sqrt(n))


def _spring(g: nx.Graph, nodes: list, seed: int, scale: float) -> dict:
    """Seeded spring layout of the undirected simple graph on ``nodes`` (sorted order)."""
    h = nx.Graph()
    h.add_nodes_from(nodes)
    keep = set(nodes)
    weights: dict[tuple, float] = {}
    for u, v, w in g.edges(data="weight", default=1):
        if u in keep and v in keep and u != v:
            a, b = sorted((u, v), key=str)
            try:
                wf = float(w)
            except (TypeError, ValueError):
                wf = 1.0
            weights[(a, b)] = weights.get((a, b), 0.0) + max(wf, 0.0)
    for (a, b), w in sorted(weights.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        h.add_edge(a, b, weight=1.0 + math.log1p(w))
    if len(h) == 1:
        return {nodes[0]: (0.0, 0.0)}
    iterations = 100 if len(h) <= 500 else 30
    # A longer spring length than networkx's 1/sqrt(n) keeps a small graph's busy core
    # readable instead of packing it into the middle.
    k = 3.0 / math.sqrt(len(h)) if len(h) <= 500 else None
    pos = nx.spring_layout(h, seed=seed, scale=scale, iterations=iterations, weight="weight", k=k)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def _large_layout(g: nx.MultiDiGraph, order: list, seed: int, scale: float) -> dict:
    """Spring layout of the ``_CORE`` most mentioned nodes; the rest beside a neighbour."""
    core = order[:_CORE]
    pos = _spring(g, sorted(core, key=str), seed, scale * math.sqrt(_CORE / len(order)))
    und = g.to_undirected(as_view=True)
    queue = deque(core)
    spread = scale * 0.02
    placed_near: dict = {}
    while queue:
        u = queue.popleft()
        for v in sorted(und.neighbors(u), key=str):
            if v in pos:
                continue
            i = placed_near.get(u, 0)
            placed_near[u] = i + 1
            ux, uy = pos[u]
            # A stable per-node jitter (crc32, not hash(): that changes between runs).
            h = zlib.crc32(f"{seed}:{v}".encode("utf-8")) / 2**32
            r = spread * (1.0 + math.sqrt(i)) * (0.75 + 0.5 * h)
            a = i * _GOLDEN + 2 * math.pi * h
            pos[v] = (ux + r * math.cos(a), uy + r * math.sin(a))
            queue.append(v)
    rest = [n for n in order if n not in pos]
    r0 = max((math.hypot(*p) for p in pos.values()), default=0.0) + spread * 4
    for i, n in enumerate(rest):
        r = r0 + spread * math.sqrt(i + 1) * 2
        pos[n] = (r * math.cos(i * _GOLDEN), r * math.sin(i * _GOLDEN))
    return pos


def decorate(g: nx.MultiDiGraph, seed: int = 42) -> None:
    """Add the Gephi display keys ``r g b size x y`` to every node, in place.

    Colour comes from ``TYPE_COLOURS`` (unknown types get ``DEFAULT_COLOUR``), size from
    ``node_size(mentions)``, and ``x``/``y`` from ``nx.spring_layout`` seeded with
    ``seed`` (on the nodes in sorted order, so insertion order does not matter). Graphs
    of more than ``LARGE_GRAPH`` nodes get a cheaper layout that finishes in seconds
    for 30,000 nodes. Coordinates are rounded to 2 decimals.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph following docs/SCHEMA.md; changed in place.
    seed : int
        Layout seed.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("PERSON:بوتين", label="فلاديمير بوتين", type="PERSON", mentions=5)
    >>> g.add_node("GPE:روسيا", label="روسيا", type="GPE", mentions=3)
    >>> g.add_node("ORG:الكرملين", label="الكرملين", type="ORG", mentions=1)
    >>> g.add_edge("PERSON:بوتين", "GPE:روسيا", relation="affiliated_with", weight=2)
    0
    >>> decorate(g)
    >>> a = g.nodes["PERSON:بوتين"]
    >>> (a["r"], a["g"], a["b"]), a["size"]
    ((0, 114, 178), 18.71)
    >>> before = dict(g.nodes(data="x"))
    >>> decorate(g)
    >>> dict(g.nodes(data="x")) == before
    True
    """
    n = g.number_of_nodes()
    if n == 0:
        return
    scale = _scale(n)
    if n > LARGE_GRAPH:
        order = sorted(g.nodes, key=lambda v: (-_mentions(g.nodes[v].get("mentions")), str(v)))
        pos = _large_layout(g, order, seed, scale)
    else:
        pos = _spring(g, sorted(g.nodes, key=str), seed, scale)
    for v, attrs in g.nodes(data=True):
        r, gg, b = hex_to_rgb(TYPE_COLOURS.get(str(attrs.get("type", "")).upper(), DEFAULT_COLOUR))
        x, y = pos[v]
        attrs.update(
            r=r,
            g=gg,
            b=b,
            size=node_size(attrs.get("mentions")),
            x=round(x, 2) + 0.0,
            y=round(y, 2) + 0.0,
        )
