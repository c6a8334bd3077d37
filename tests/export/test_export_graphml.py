import io
from pathlib import Path

import networkx as nx
import pytest
import xmlschema

from export_graphs import HOSTILE, PUTIN, SCRIPT
from kg.export.graphml import generate_graphml, write_graphml
from kg.export.style import decorate

# Vendored: no network at test time (see the comment at the top of the file).
XSD = Path(__file__).with_name("graphml.xsd")


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(XSD)


def _read(text):
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)


@pytest.mark.parametrize("name", ["toy", "hostile"])
def test_valid_against_graphml_schema(name, request, schema):
    g = request.getfixturevalue(name)
    decorate(g)
    schema.validate(generate_graphml(g))


def test_gephi_keys_are_declared_by_name(toy):
    decorate(toy)
    text = generate_graphml(toy)
    for name, scope, kind in [("label", "node", "string"), ("r", "node", "int"), ("g", "node", "int"),
                              ("b", "node", "int"), ("size", "node", "double"), ("x", "node", "double"),
                              ("y", "node", "double"), ("weight", "edge", "int")]:
        assert f'<key id="{name}" for="{scope}" attr.name="{name}" attr.type="{kind}"' in text


@pytest.mark.parametrize("name", ["toy", "hostile"])
def test_round_trip_through_networkx(name, request):
    g = request.getfixturevalue(name)
    decorate(g)
    h = _read(generate_graphml(g))
    assert sorted(h.nodes) == sorted(g.nodes)
    assert h.number_of_edges() == g.number_of_edges()  # parallel edges stay apart
    for n, a in g.nodes(data=True):
        for k, v in a.items():
            if v != "":
                assert h.nodes[n][k] == v, (n, k)
    got = sorted((u, v, d["relation"], d["weight"], d["evidence"], d["role"] if "role" in d else "")
                 for u, v, d in h.edges(data=True))
    want = sorted((u, v, d["relation"], d["weight"], d["evidence"], d["role"]) for u, v, d in g.edges(data=True))
    assert got == want
    assert all(type(d["weight"]) is int and type(d["confidence"]) is float for *_, d in h.edges(data=True))


def test_hostile_text_survives_verbatim(hostile):
    h = _read(generate_graphml(hostile))
    assert h.nodes[HOSTILE]["label"].startswith(SCRIPT)
    assert h.nodes[HOSTILE]["evidence"] == hostile.nodes[HOSTILE]["evidence"]


def test_deterministic_and_independent_of_insertion_order(toy, tmp_path):
    decorate(toy)
    r = nx.MultiDiGraph()
    r.add_nodes_from((n, dict(reversed(list(a.items())))) for n, a in reversed(list(toy.nodes(data=True))))
    r.add_edges_from(reversed(list(toy.edges(keys=True, data=True))))
    assert generate_graphml(toy) == generate_graphml(r)
    write_graphml(toy, tmp_path / "a.graphml")
    write_graphml(toy, tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()


def test_lists_none_and_bad_characters_are_coerced(toy, schema):
    toy.nodes[PUTIN]["aliases"] = ["بوتين", "فلاديمير بوتين"]
    toy.nodes[PUTIN]["iso"] = None
    toy.nodes[PUTIN]["label_en"] = "Vladimir\x07 Putin"
    toy.nodes[PUTIN]["odd"] = {"b", "a"}
    text = generate_graphml(toy)
    schema.validate(text)
    a = _read(text).nodes[PUTIN]
    assert a["aliases"] == "بوتين|فلاديمير بوتين"
    assert "iso" not in a  # empty strings are written as no <data>
    assert a["label_en"] == "Vladimir Putin"
    assert a["odd"] == "a|b"


def test_mixed_value_types_share_one_key():
    g = nx.MultiDiGraph()
    g.add_node("a", mentions=1, confidence=1)
    g.add_node("b", mentions="2", confidence=0.5)
    h = _read(generate_graphml(g))
    assert h.nodes["a"]["mentions"] == "1" and h.nodes["b"]["confidence"] == 0.5
    assert h.nodes["a"]["confidence"] == 1.0


def test_ids_with_spaces_still_round_trip():
    # Entity keys may hold spaces ("PERSON:فلاديمير بوتين"); the XSD types ids as
    # xs:NMTOKEN, which forbids them, but networkx, Gephi and graphology read them.
    g = nx.MultiDiGraph()
    g.add_node("PERSON:فلاديمير بوتين", label="فلاديمير بوتين", type="PERSON")
    g.add_node("GPE:روسيا", label="روسيا", type="GPE")
    g.add_edge("PERSON:فلاديمير بوتين", "GPE:روسيا", relation="affiliated_with", weight=1)
    h = _read(generate_graphml(g))
    assert list(h.edges()) == [("PERSON:فلاديمير بوتين", "GPE:روسيا")]
