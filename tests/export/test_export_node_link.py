import json

import networkx as nx

from export_graphs import HOSTILE, PUTIN
from kg.export.node_link import to_node_link, write_json
from kg.export.style import decorate


def test_shape_and_round_trip(hostile):
    decorate(hostile)
    data = to_node_link(hostile)
    assert data["directed"] and data["multigraph"]
    assert [n["id"] for n in data["nodes"]] == sorted(hostile.nodes)
    h = nx.node_link_graph(data, edges="edges")
    assert dict(h.nodes(data=True)) == dict(hostile.nodes(data=True))
    def rows(x):
        return sorted((u, v, k, sorted(d.items())) for u, v, k, d in x.edges(keys=True, data=True))

    assert rows(h) == rows(hostile)
    assert h.nodes[HOSTILE]["evidence"] == hostile.nodes[HOSTILE]["evidence"]


def test_every_value_is_a_scalar(toy):
    toy.nodes[PUTIN]["aliases"] = ["بوتين", None]
    toy.nodes[PUTIN]["iso"] = None
    toy.nodes[PUTIN]["confidence"] = float("nan")
    data = to_node_link(toy)
    node = next(n for n in data["nodes"] if n["id"] == PUTIN)
    assert node["aliases"] == "بوتين|" and node["iso"] == "" and node["confidence"] == ""
    for item in data["nodes"] + data["edges"]:
        assert all(isinstance(v, str | int | float | bool) for v in item.values())
    json.dumps(data, allow_nan=False)


def test_write_json_is_deterministic_utf8(toy, tmp_path):
    write_json(toy, tmp_path / "a.json")
    r = nx.MultiDiGraph()
    r.add_nodes_from(reversed(list(toy.nodes(data=True))))
    r.add_edges_from(reversed(list(toy.edges(keys=True, data=True))))
    write_json(r, tmp_path / "b.json")
    raw = (tmp_path / "a.json").read_bytes()
    assert raw == (tmp_path / "b.json").read_bytes()
    assert "فلاديمير بوتين".encode() in raw


def test_same_text_as_the_standard_encoder(hostile, toy):
    """json_chunks writes by hand what json.JSONEncoder(indent=1) writes (its C encoder cannot
    indent): the same text for real graphs, empty ones and odd values."""
    from kg.export.node_link import json_chunks

    def standard(g):
        encoder = json.JSONEncoder(ensure_ascii=False, indent=1, allow_nan=False)
        return "".join(encoder.iterencode(to_node_link(g))) + "\n"

    decorate(hostile)
    toy.graph.update(name="kg", documents={"d1": {"title": 'قال "لا"\n', "date": ""}}, ratio=0.5, empty="")
    toy.nodes[PUTIN].update(big=2**70, neg=-3, tiny=1e-300, flag=False, tab="a\tb\u2028\x00")
    for g in (hostile, toy, nx.MultiDiGraph(), nx.Graph()):
        assert "".join(json_chunks(g)) == standard(g)
