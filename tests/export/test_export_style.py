import re

import networkx as nx
import pytest

from export_graphs import big_graph
from kg.export.style import TYPE_COLOURS, decorate, hex_to_rgb


def test_every_type_has_a_distinct_hex_colour():
    assert set(TYPE_COLOURS) == {"PERSON", "ORG", "GPE", "LOC", "MISC", "EVENT"}
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in TYPE_COLOURS.values())
    assert len(set(TYPE_COLOURS.values())) == 6


def test_decorate_adds_typed_display_keys(toy):
    decorate(toy)
    for n, a in toy.nodes(data=True):
        assert (a["r"], a["g"], a["b"]) == hex_to_rgb(TYPE_COLOURS[a["type"]]), n
        assert all(type(a[k]) is int for k in "rgb")
        assert all(type(a[k]) is float for k in ("size", "x", "y"))
    sizes = {n: a["size"] for n, a in toy.nodes(data=True)}
    assert sizes["PERSON:بوتين"] > sizes["GPE:موسكو"] > sizes["MISC:الروبل"]


def test_decorate_is_seeded_and_ignores_insertion_order(toy):
    a = toy.copy()
    decorate(a)
    b = nx.MultiDiGraph()
    b.add_nodes_from(reversed(list(toy.nodes(data=True))))
    b.add_edges_from(reversed(list(toy.edges(keys=True, data=True))))
    decorate(b)
    assert {n: (d["x"], d["y"]) for n, d in a.nodes(data=True)} == {n: (d["x"], d["y"]) for n, d in b.nodes(data=True)}
    c = toy.copy()
    decorate(c, seed=7)
    assert {n: d["x"] for n, d in a.nodes(data=True)} != {n: d["x"] for n, d in c.nodes(data=True)}


def test_decorate_copes_with_odd_values():
    g = nx.MultiDiGraph()
    g.add_node("a", type="NOPE", mentions="many")
    g.add_node("b")
    decorate(g)
    assert g.nodes["a"]["size"] == 10.0 and g.nodes["b"]["r"] == 127


@pytest.mark.parametrize("n", [30_000])
def test_large_graph_layout_is_deterministic_and_spread(n):
    g = big_graph(n)
    decorate(g)  # its time is a benchmark figure (docs/PERFORMANCE.md), not a test: CI machines are shared
    xs = [(a["x"], a["y"]) for _, a in g.nodes(data=True)]
    assert len(set(xs)) > 0.9 * n  # nodes are spread out, not stacked
    h = big_graph(n)
    decorate(h)
    assert xs == [(a["x"], a["y"]) for _, a in h.nodes(data=True)]


def _remove_overlaps_pair_by_pair(pos, sizes, gap, rounds):
    """What ``style._remove_overlaps`` did before numpy picked the pairs: every pair in Python."""
    import math
    import zlib

    nodes = sorted(pos, key=str)
    xy = {n: list(pos[n]) for n in nodes}
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]
                dist = math.hypot(dx, dy)
                need = sizes[a] + sizes[b] + gap
                if dist >= need:
                    continue
                if dist < 1e-9:
                    angle = (zlib.crc32(f"{a}|{b}".encode("utf-8")) / 2**32) * 2 * math.pi
                    dx, dy, dist = math.cos(angle), math.sin(angle), 1.0
                push = (need - dist) / 2 / dist
                xy[a][0] -= dx * push
                xy[a][1] -= dy * push
                xy[b][0] += dx * push
                xy[b][1] += dy * push
                moved = True
        if not moved:
            break
    return {n: (p[0], p[1]) for n, p in xy.items()}


def test_overlaps_removed_exactly_as_pair_by_pair():
    # numpy only picks the pairs that may touch; the positions must be the same floats
    import random

    from kg.export.style import _remove_overlaps

    for seed in range(60):
        rnd = random.Random(seed)
        spread = rnd.choice([1.0, 30.0, 300.0])
        pos = {f"n{i}": (rnd.uniform(-spread, spread), rnd.uniform(-spread, spread)) for i in range(rnd.randint(1, 40))}
        for name in list(pos)[: len(pos) // 3 if seed % 4 == 0 else 0]:
            pos[name] = (0.0, 0.0)  # circles on one point: pushed along a seeded angle
        sizes = {n: rnd.choice([10.0, 12.5, 34.91]) for n in pos}
        gap, rounds = rnd.choice([0.0, 40.0]), rnd.choice([1, 3, 50])
        assert _remove_overlaps(pos, sizes, gap, rounds) == _remove_overlaps_pair_by_pair(pos, sizes, gap, rounds)
