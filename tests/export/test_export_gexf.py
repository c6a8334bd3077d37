import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from export_graphs import HOSTILE, PUTIN
from kg.export.gexf import NS, VIZ, generate_gexf, write_gexf
from kg.export.style import decorate


def _read(text):
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


@pytest.mark.parametrize("name", ["toy", "hostile"])
def test_networkx_reads_labels_viz_and_attributes(name, request):
    g = request.getfixturevalue(name)
    decorate(g)
    h = _read(generate_gexf(g))
    assert sorted(h.nodes) == sorted(g.nodes)
    assert h.number_of_edges() == g.number_of_edges()
    for n, a in g.nodes(data=True):
        b = h.nodes[n]
        assert b["label"] == a["label"] and b["mentions"] == a["mentions"]
        assert b["viz"]["color"] == {"r": a["r"], "g": a["g"], "b": a["b"], "a": 1.0}
        assert b["viz"]["size"] == a["size"]
        assert (b["viz"]["position"]["x"], b["viz"]["position"]["y"]) == (a["x"], a["y"])
    assert h.nodes[HOSTILE if name == "hostile" else PUTIN]["aliases"] == g.nodes[HOSTILE if name == "hostile" else PUTIN]["aliases"]
    assert sorted(d["weight"] for *_, d in h.edges(data=True)) == sorted(d["weight"] for *_, d in g.edges(data=True))
    assert sorted(d["evidence"] for *_, d in h.edges(data=True)) == sorted(d["evidence"] for *_, d in g.edges(data=True))


def test_viz_namespace_and_no_timestamp(toy):
    decorate(toy)
    text = generate_gexf(toy)
    root = ET.fromstring(text)
    assert root.tag == f"{{{NS}}}gexf"
    node = root.find(f".//{{{NS}}}node")
    assert {c.tag for c in node if c.tag.startswith(f"{{{VIZ}}}")} == {f"{{{VIZ}}}{t}" for t in ("color", "size", "position")}
    assert "lastmodified" not in text and "date" not in root.find(f"{{{NS}}}meta").attrib


def test_deterministic(toy, tmp_path):
    decorate(toy)
    r = nx.MultiDiGraph()
    r.add_nodes_from(reversed(list(toy.nodes(data=True))))
    r.add_edges_from(reversed(list(toy.edges(keys=True, data=True))))
    assert generate_gexf(toy) == generate_gexf(r)
    write_gexf(toy, tmp_path / "a.gexf")
    write_gexf(toy, tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()


def test_coerces_lists_and_none(toy):
    toy.nodes[PUTIN]["aliases"] = ["a", "b"]
    toy.nodes[PUTIN]["label_en"] = None
    b = _read(generate_gexf(toy)).nodes[PUTIN]
    assert b["aliases"] == "a|b" and "label_en" not in b


def test_dated_nodes_get_spells_for_the_timeline(toy):
    toy.nodes[PUTIN].update(first_seen="2015-07-21", last_seen="2015-07-23")
    toy.nodes["EVENT:3fa2c1"]["date_iso"] = "2023-02"
    root = ET.fromstring(generate_gexf(toy))
    graph = root.find(f"{{{NS}}}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spells = {n.get("id"): (n.get("start"), n.get("end")) for n in root.iter(f"{{{NS}}}node")}
    assert spells[PUTIN] == ("2015-07-21", "2015-07-23")
    assert spells["EVENT:3fa2c1"] == ("2023-02-01", "2023-02-28")
    assert spells["GPE:روسيا"] == (None, None)  # undated: always shown
    assert _read(generate_gexf(toy)).nodes[PUTIN]["start"] == "2015-07-21"


def test_undated_graph_stays_static(toy):
    assert ET.fromstring(generate_gexf(toy)).find(f"{{{NS}}}graph").get("mode") == "static"
