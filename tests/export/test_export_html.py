import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import networkx as nx

from export_graphs import HOSTILE, IMG, PUTIN, SCRIPT, big_graph
from kg.export.html import render_html, select_nodes, write_html
from kg.export.style import decorate


class _Page(HTMLParser):
    """Collects tags, their attributes and the text of every <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self.scripts[-1][1] += data


def _parse(page):
    p = _Page()
    p.feed(page)
    return p


def _data(page):
    p = _parse(page)
    (blob,) = [text for attrs, text in p.scripts if attrs.get("id") == "kg-data"]
    return json.loads(blob)


def test_self_contained_and_offline(toy):
    page = render_html(toy)
    p = _parse(page)
    for tag, attrs in p.tags:
        for k in ("src", "href"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(k) or "", re.I), (tag, attrs)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*https?://""", page, re.I)
    assert [a.get("type") for a, _ in p.scripts] == ["application/json", None, None]
    assert "vis.Network" in page and "sourceMappingURL" not in page
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for attrs, text in p.scripts[1:]:  # the executable scripts are allowed by hash, nothing else
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_rtl_arabic_and_data(toy):
    decorate(toy)
    page = render_html(toy, title="أخبار <b>")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<title>أخبار &lt;b&gt;</title>" in page
    assert "Noto Naskh Arabic" in page
    data = _data(page)
    putin = next(n for n in data["nodes"] if n["id"] == PUTIN)
    assert putin["label"] == "فلاديمير بوتين" and "بوتين" in putin["aliases"].split("|")
    assert (putin["x"], putin["y"]) == (toy.nodes[PUTIN]["x"], toy.nodes[PUTIN]["y"])
    assert {t["type"] for t in data["types"]} == {"PERSON", "ORG", "GPE", "LOC", "MISC", "EVENT"}
    assert len(data["edges"]) == toy.number_of_edges()
    assert "showing" not in page


def test_article_text_cannot_break_out(hostile):
    page = render_html(hostile)
    p = _parse(page)
    assert len(p.scripts) == 3  # no script element came from the data
    assert not any(t == "img" for t, _ in p.tags)
    blob = next(text for attrs, text in p.scripts if attrs.get("id") == "kg-data")
    assert "<" not in blob and ">" not in blob and "&" not in blob
    assert "\u2028" not in blob and "\u2029" not in blob
    data = json.loads(blob)
    node = next(n for n in data["nodes"] if n["id"] == HOSTILE)
    assert node["label"].startswith(SCRIPT) and IMG in node["aliases"]
    assert node["evidence"] == hostile.nodes[HOSTILE]["evidence"]
    # the page script never hands data to an HTML parser
    js = p.scripts[2][1]
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_truncation_keeps_top_nodes_and_says_so():
    g = big_graph(400)
    page = render_html(g, max_nodes=100)
    data = _data(page)
    ids = {n["id"] for n in data["nodes"]}
    entities = sorted((n for n, a in g.nodes(data=True) if a["type"] != "EVENT"),
                      key=lambda n: (-g.nodes[n]["mentions"], n))
    assert set(entities[:100]) <= ids
    assert all(n.startswith("EVENT:") for n in ids - set(entities[:100]))
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    shown = len(ids)
    assert f"showing {shown} of 400 nodes; {400 - shown} left out (GraphML keeps everything)" in page


def test_select_nodes_keeps_events_of_kept_entities(toy):
    keep = select_nodes(toy, 4)
    assert "EVENT:3fa2c1" not in keep  # its participant Moscow was cut
    assert set(keep) == {PUTIN, "GPE:روسيا", "GPE:كازاخستان", "PERSON:توكاييف"}
    assert len(select_nodes(toy, 100)) == toy.number_of_nodes()


def test_deterministic(toy, tmp_path):
    write_html(toy, tmp_path / "a.html")
    r = nx.MultiDiGraph()
    r.add_nodes_from(reversed(list(toy.nodes(data=True))))
    r.add_edges_from(reversed(list(toy.edges(keys=True, data=True))))
    write_html(r, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_page_keeps_typed_edges_and_the_strongest_co_mentions():
    from export_graphs import corpus_graph

    g = corpus_graph(300)
    data = _data(render_html(g))
    typed = sum(1 for *_, a in g.edges(data=True) if a["relation"] != "co_mentioned")
    co = [e for e in data["edges"] if e["relation"] == "co_mentioned"]
    assert len(data["edges"]) - len(co) == typed
    assert 0 < len(co) <= 5 * g.number_of_nodes() and all(e["llr"] > 0 for e in co)
    # evidence sentences are written once and shared by the edges they support
    assert len(set(data["sentences"])) == len(data["sentences"]) < len(data["edges"])
    assert all(data["sentences"][e["sentence"]] for e in data["edges"]) and "evidence" not in co[0]
    # the first view: the most important linked entities and the events among them
    core = [n for n in data["nodes"] if n["core"]]
    assert 0 < sum(n["type"] != "EVENT" for n in core) <= 80
    # each document the page names comes with its title and ISO day
    assert data["documents"]["doc1"][0] == "خبر رقم 1" and len(data["documents"]["doc1"][1]) == 10
    event = next(n for n in data["nodes"] if n["type"] == "EVENT")
    assert event["date_iso"].startswith("2015-07")
