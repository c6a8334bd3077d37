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
