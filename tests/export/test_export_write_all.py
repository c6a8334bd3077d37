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


def test_two_processes_write_what_one_writes(toy, tmp_path):
    # the layout runs in a forked copy beside the edges, half of the files in another
    one = write_all(toy, tmp_path / "one", processes=1)
    two = write_all(toy, tmp_path / "two", processes=2)
    for k in one:
        assert one[k].read_bytes() == two[k].read_bytes(), k
