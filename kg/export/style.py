"""Display attributes for the exports: colour by type, size by mentions, a seeded layout.

``decorate`` adds the Gephi display keys of docs/SCHEMA.md to every node: ``r``, ``g``,
``b`` (int colour by type), ``size`` (float, grows with ``mentions``) and ``x``, ``y``
(float, from a seeded layout, so the same graph always gets the same picture). The
layout serves the first view: the most important entities and their events
(``first_view``) get a seeded spring layout, evened out, with overlaps pushed apart, about
``_SPACING`` page pixels between neighbours; the next few hundred connected nodes are
laid out by springs around them; the rest go beside a placed neighbour, and small
components and nodes without any edge on a spiral just outside. (Springs over all nodes took 15 s on 3,000 nodes
on a two-core machine; this keeps 30,000 nodes within seconds.)
"""

from __future__ import annotations

import math
import zlib
from collections import deque

import networkx as nx

__all__ = ["TYPE_COLOURS", "DEFAULT_COLOUR", "FIRST_VIEW", "decorate", "first_view", "hex_to_rgb", "importance", "node_size"]

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
FIRST_VIEW = 80  # entities the page shows first
_MIDDLE = 400  # connected nodes laid out by springs around the first view
_SPACING = 120.0  # mean distance between first-view nodes, in page pixels at zoom 1
CO_MENTIONED = "co_mentioned"
_SIGNIFICANT = 10.83  # G² of p < 0.001 with one degree of freedom
_WIDE = 1.5  # the first view is stretched sideways: labels are wider than tall
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


def _typed(relation: object) -> bool:
    return relation != CO_MENTIONED


def importance(g: nx.MultiDiGraph) -> dict:
    """Each node's weight for the first view: its mentions plus three per typed neighbour.

    Typed relations and events are the backbone of the story, so a node they connect
    outranks one that is only often named.
    """
    neighbours: dict = {n: set() for n in g.nodes}
    multi = g.is_multigraph()
    # the adjacency's own dicts: a pass over every edge, without a view object per edge
    for u, nbrs in g.adjacency():
        for v, keyed in nbrs.items():
            if u != v and any(_typed(d.get("relation")) for d in (keyed.values() if multi else (keyed,))):
                neighbours[u].add(v)
                neighbours[v].add(u)
    return {n: _mentions(a.get("mentions")) + 3 * len(neighbours[n]) for n, a in g.nodes(data=True)}


def _linked(g: nx.Graph) -> set:
    """The nodes with an edge to another node (either way)."""
    linked = set()
    for u, nbrs in g.adjacency():
        for v in nbrs:
            if u != v:
                linked.add(u)
                linked.add(v)
    return linked


def first_view(g: nx.MultiDiGraph, size: int = FIRST_VIEW, score: dict | None = None) -> list:
    """The nodes the page shows first: the ``size`` most important entities that have an
    edge, and every event all of whose participants are among them (sorted by id).
    ``score``: ``importance(g)`` where the caller has it already (a pass over every edge).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("A", type="PERSON", mentions=5); g.add_node("B", type="GPE", mentions=3)
    >>> g.add_node("C", type="GPE", mentions=9); g.add_node("E", type="EVENT", mentions=1)
    >>> for u, v, r in (("A", "B", "affiliated_with"), ("A", "E", "agent"), ("E", "B", "target")):
    ...     _ = g.add_edge(u, v, relation=r)
    >>> first_view(g)
    ['A', 'B', 'E']
    """
    score = importance(g) if score is None else score
    und = g.to_undirected(as_view=True)
    linked = _linked(g)
    events = [n for n, a in g.nodes(data=True) if str(a.get("type", "")).upper() == "EVENT"]
    connected = set(linked).difference(events)
    core = set(sorted(connected, key=lambda n: (-score[n], str(n)))[:size])
    for n in events:
        around = set(und.neighbors(n)) - {n}
        if around and around <= core:
            core.add(n)
    return sorted(core, key=str)


def _layout_graph(g: nx.MultiDiGraph, nodes: list) -> nx.Graph:
    """The undirected simple graph on ``nodes`` (sorted order) the layouts run on.

    A typed relation pulls with 2 + log(weight); a co-mention with log(1 + sentences),
    cut to 30 % unless significant (log-likelihood ratio above ``_SIGNIFICANT``), so a
    name found everywhere does not drag the whole picture to itself.
    """
    h = nx.Graph()
    h.add_nodes_from(nodes)
    keep = set(nodes)
    weights: dict[tuple, float] = {}
    for u, v, a in g.edges(data=True):
        if u in keep and v in keep and u != v:
            x, y = sorted((u, v), key=str)
            if _typed(a.get("relation")):
                w = 2.0 + math.log1p(_float(a.get("weight", 1)))
            else:
                w = math.log1p(_float(a.get("weight", 1))) * (1.0 if _float(a.get("llr")) > _SIGNIFICANT else 0.3)
            if w > 0:
                weights[(x, y)] = weights.get((x, y), 0.0) + w
    for (x, y), w in sorted(weights.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        h.add_edge(x, y, weight=w)
    return h


def _float(value: object) -> float:
    try:
        return max(0.0, float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _core_layout(g: nx.MultiDiGraph, core: list, seed: int) -> dict:
    """A seeded spring layout of the first view, evened out over a disc (``_even_out``)
    stretched ``_WIDE`` times sideways, then pushed apart where circles still overlap.

    (Springs keep linked nodes closest: typed edges were 0.4 to 0.7 times the layout's
    spread on the seeds and a 1,500-article build, against 1.2 to 1.7 with networkx's
    ForceAtlas2, whose repulsion flings a dense core into a ring.)"""
    h = _layout_graph(g, core)
    if len(h) == 1:
        return {core[0]: (0.0, 0.0)}
    sizes = {n: node_size(g.nodes[n].get("mentions")) for n in core}
    pos = nx.spring_layout(h, seed=seed, weight="weight", iterations=200)
    xy = _even_out({n: (float(p[0]), float(p[1])) for n, p in pos.items()})
    xy = {n: (x * _WIDE, y) for n, (x, y) in xy.items()}
    return _remove_overlaps(xy, sizes, gap=_SPACING / 3)


def _even_out(pos: dict) -> dict:
    """The same directions and radial order around the median point, but radii spread so
    that the nodes fill a disc evenly, ``_SPACING`` apart: a dense middle opens up and a
    node with no tie inside the first view no longer drifts far out."""
    xs, ys = sorted(x for x, _ in pos.values()), sorted(y for _, y in pos.values())
    cx, cy = xs[len(xs) // 2], ys[len(ys) // 2]
    polar = sorted(((math.hypot(x - cx, y - cy), math.atan2(y - cy, x - cx), n) for n, (x, y) in pos.items()),
                   key=lambda t: (t[0], str(t[2])))
    radius = _SPACING * math.sqrt(len(polar) / math.pi)
    out = {}
    for i, (_, angle, n) in enumerate(polar):
        r = radius * math.sqrt((i + 0.5) / len(polar))
        out[n] = (r * math.cos(angle), r * math.sin(angle))
    return out


def _remove_overlaps(pos: dict, sizes: dict, gap: float, rounds: int = 50) -> dict:
    """Push apart, pair by pair, the circles closer than their radii plus ``gap``.

    The pairs are taken in order and each push moves both circles before the next pair
    is measured. Most pairs are far apart: numpy finds, for each circle, the later ones
    that may be too close (a test looser than the exact one), and only those are measured
    and pushed here, so the result is the same as measuring every pair in Python.
    """
    import numpy as np

    nodes = sorted(pos, key=str)
    xy = {n: list(pos[n]) for n in nodes}
    xs = np.array([xy[n][0] for n in nodes], dtype=np.float64)
    ys = np.array([xy[n][1] for n in nodes], dtype=np.float64)
    radii = np.array([sizes[n] for n in nodes], dtype=np.float64)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            start = i + 1
            while start < len(nodes):
                ax, ay = xy[a]
                dx, dy = xs[start:] - ax, ys[start:] - ay
                reach = radii[start:] + (sizes[a] + gap)
                # squared distances against squared reach, with room for rounding: never
                # leaves out a pair the exact test below would push
                near = np.flatnonzero(dx * dx + dy * dy <= reach * reach * (1 + 1e-9) + 1e-12)
                pushed = False
                for j in (near + start).tolist():
                    b = nodes[j]
                    if _push_apart(a, b, xy, sizes[a] + sizes[b] + gap):
                        xs[i], ys[i], xs[j], ys[j] = xy[a][0], xy[a][1], xy[b][0], xy[b][1]
                        moved = pushed = True
                        start = j + 1  # ``a`` moved: measure the later circles again
                        break
                if not pushed:
                    break
        if not moved:
            break
    return {n: (p[0], p[1]) for n, p in xy.items()}


def _push_apart(a, b, xy: dict, need: float) -> bool:
    """Push circles ``a`` and ``b`` apart when their centres are closer than ``need``;
    whether they were."""
    dx, dy = xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]
    dist = math.hypot(dx, dy)
    if dist >= need:
        return False
    if dist < 1e-9:
        angle = (zlib.crc32(f"{a}|{b}".encode("utf-8")) / 2**32) * 2 * math.pi
        dx, dy, dist = math.cos(angle), math.sin(angle), 1.0
    push = (need - dist) / 2 / dist
    xy[a][0] -= dx * push
    xy[a][1] -= dy * push
    xy[b][0] += dx * push
    xy[b][1] += dy * push
    return True


def _around_layout(g: nx.MultiDiGraph, order: list, pos: dict, seed: int) -> dict:
    """The next ``_MIDDLE`` connected nodes by a spring layout around the fixed first view."""
    middle = [n for n in order if n not in pos][:_MIDDLE]
    if not middle:
        return pos
    nodes = sorted([*pos, *middle], key=str)
    h = _layout_graph(g, nodes)
    radius = max((math.hypot(*p) for p in pos.values()), default=0.0) + _SPACING
    init = dict(pos)
    for n in sorted(middle, key=str):
        jitter = zlib.crc32(f"{seed}:{n}".encode("utf-8")) / 2**32
        anchors = [pos[m] for m in h.neighbors(n) if m in pos]
        if anchors:
            ax, ay = anchors[0]
            r = _SPACING * (0.6 + jitter)
        else:
            ax = ay = 0.0
            r = radius * (1.0 + jitter)
        init[n] = (ax + r * math.cos(2 * math.pi * jitter * 7), ay + r * math.sin(2 * math.pi * jitter * 7))
    fixed = sorted(pos, key=str)
    out = nx.spring_layout(h, pos=init, fixed=fixed, k=_SPACING, iterations=50, seed=seed, weight="weight")
    return {n: (float(p[0]), float(p[1])) for n, p in out.items()}


def _layout(g: nx.MultiDiGraph, seed: int) -> dict:
    """First view by springs, evened out; the next nodes around it by springs; the rest
    beside a placed neighbour; what no edge reaches from them on a spiral just outside,
    one small cluster per component (nodes without any edge: the page hides them)."""
    score = importance(g)
    core = first_view(g, score=score)
    pos = _core_layout(g, core, seed) if core else {}
    und = g.to_undirected(as_view=True)
    connected = sorted(_linked(g), key=lambda n: (-score[n], str(n)))
    pos = _around_layout(g, connected, pos, seed)
    spread = _SPACING / 2
    queue = deque(sorted(pos, key=lambda n: (-score[n], str(n))))
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
    # What no edge reaches from the placed nodes (small components, nodes without any
    # edge) goes on a spiral just outside them, each component in one small cluster.
    radii = sorted(math.hypot(*p) for p in pos.values())
    r0 = (radii[int(0.99 * (len(radii) - 1))] if radii else 0.0) + _SPACING * 2
    rest = und.subgraph(n for n in g.nodes if n not in pos)
    groups = sorted((sorted(c, key=lambda n: (-score[n], str(n))) for c in nx.connected_components(rest)),
                    key=lambda c: (-len(c), -score[c[0]], str(c[0])))
    for k, members in enumerate(groups):
        r = r0 + spread * math.sqrt(k + 1) * 1.5
        cx, cy = r * math.cos(k * _GOLDEN), r * math.sin(k * _GOLDEN)
        for j, n in enumerate(members):
            pos[n] = (cx + spread * 0.6 * math.sqrt(j) * math.cos(j * _GOLDEN),
                      cy + spread * 0.6 * math.sqrt(j) * math.sin(j * _GOLDEN))
    return pos


def decorate(g: nx.MultiDiGraph, seed: int = 42) -> None:
    """Add the Gephi display keys ``r g b size x y`` to every node, in place.

    Colour comes from ``TYPE_COLOURS`` (unknown types get ``DEFAULT_COLOUR``), size from
    ``node_size(mentions)``, and ``x``/``y`` from the seeded layout of the module
    docstring (on the nodes in sorted order, so insertion order does not matter), which
    finishes in seconds for 30,000 nodes. Coordinates are rounded to 2 decimals.

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
    if g.number_of_nodes() == 0:
        return
    apply_display(g, _layout(g, seed))


def layout_positions(g: nx.MultiDiGraph, seed: int = 42) -> dict:
    """The seeded layout ``decorate`` gives ``g``, node -> (x, y) unrounded; nothing is
    changed, so it can run beside other work on the graph (edges, which it does not touch)."""
    return _layout(g, seed) if g.number_of_nodes() else {}


def apply_display(g: nx.MultiDiGraph, pos: dict) -> None:
    """``decorate`` with the positions ``layout_positions`` gave: colour, size, x and y."""
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
