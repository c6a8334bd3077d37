import networkx as nx

from kg.export import write_all


def test_writes_four_files_deterministically(toy, tmp_path):
    before = {n: dict(a) for n, a in toy.nodes(data=True)}
    a = write_all(toy, tmp_path / "a")
    b = write_all(toy, tmp_path / "b")
    assert set(a) == {"graphml", "gexf", "json", "html"}
    assert {p.name for p in a.values()} == {"graph.graphml", "graph.gexf", "graph.json", "graph.html"}
    for k in a:
        assert a[k].read_bytes() == b[k].read_bytes(), k
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(p.name for p in a.values())
    assert {n: dict(x) for n, x in toy.nodes(data=True)} == before  # input untouched
    g = nx.read_graphml(a["graphml"])
    assert all({"r", "g", "b", "size", "x", "y"} <= set(d) for _, d in g.nodes(data=True))
