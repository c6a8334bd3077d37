"""Co-mentions and first/last seen, on sentences written for these tests."""

import dataclasses

from names_model import build

NAMES = {"سمير الخطيب": "PERS", "هالة منصور": "PERS", "نادي الأفق": "ORG"}
TEXTS = {
    "a": "التقى سمير الخطيب مع هالة منصور في المدينة. وأعلن نادي الأفق عن موسمه الجديد.",
    "b": "وقالت هالة منصور إن سمير الخطيب سيحضر الحفل.",
}


def _graph(monkeypatch, dates=None, **options):
    from kg.graph import build_graph

    results, resolution = build(TEXTS, NAMES, monkeypatch)
    if dates:
        results = [dataclasses.replace(r, date=dates.get(r.doc_id, "")) for r in results]
    return build_graph(results, resolution, **options)


def _node(g, label):
    return next(n for n, a in g.nodes(data=True) if a["label"] == label)


def _co(g):
    return {frozenset((g.nodes[u]["label"], g.nodes[v]["label"])): a
            for u, v, a in g.edges(data=True) if a["relation"] == "co_mentioned"}


def test_names_in_one_sentence_are_co_mentioned(monkeypatch):
    co = _co(_graph(monkeypatch))
    pair = co[frozenset(("سمير الخطيب", "هالة منصور"))]
    assert pair["weight"] == 2 and pair["docs"] == "a|b"
    assert pair["evidence"].startswith("التقى سمير الخطيب")
    assert pair["llr"] > 0 and 0 < pair["confidence"] <= 1 and isinstance(pair["pmi"], float)
    # the club is named in another sentence: no tie
    assert not any("نادي الأفق" in labels for labels in co)


def test_co_mentions_are_stored_once_from_the_smaller_id(monkeypatch):
    g = _graph(monkeypatch)
    for u, v, a in g.edges(data=True):
        if a["relation"] == "co_mentioned":
            assert u < v and not g.has_edge(v, u, key="co_mentioned")


def test_no_comentions_leaves_them_out(monkeypatch):
    g = _graph(monkeypatch, comentions=False)
    assert not _co(g)
    assert g.number_of_nodes() == _graph(monkeypatch).number_of_nodes()


def test_first_and_last_seen_come_from_document_dates(monkeypatch):
    g = _graph(monkeypatch, dates={"a": "2015-07-21 02:51:32", "b": "23/07/2015"})
    samir = g.nodes[_node(g, "سمير الخطيب")]
    assert (samir["first_seen"], samir["last_seen"]) == ("2015-07-21", "2015-07-23")
    club = g.nodes[_node(g, "نادي الأفق")]
    assert (club["first_seen"], club["last_seen"]) == ("2015-07-21", "2015-07-21")
    undated = _graph(monkeypatch).nodes[_node(g, "سمير الخطيب")]
    assert undated["first_seen"] == undated["last_seen"] == ""


def test_a_name_found_everywhere_ties_weakly():
    from kg.graph import log_likelihood_ratio

    specific = log_likelihood_ratio(3, 3, 4, 5000)
    ubiquitous = log_likelihood_ratio(3, 3, 2000, 5000)
    assert specific > 20 > ubiquitous


def test_scoring_co_mentions_in_a_forked_copy_gives_the_same_graph(monkeypatch):
    one = _graph(monkeypatch)
    two = _graph(monkeypatch, processes=2)
    assert list(two.nodes(data=True)) == list(one.nodes(data=True))
    assert list(two.edges(keys=True, data=True)) == list(one.edges(keys=True, data=True))
    assert any(a["relation"] == "co_mentioned" for *_, a in two.edges(data=True))
