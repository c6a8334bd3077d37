"""Self-contained HTML page: the graph in vis-network, readable offline.

The page is one UTF-8 file with no external resource: vis-network 9.1.2 (the copy that
pyvis ships) and the page's own script and styles are inlined, and a
Content-Security-Policy forbids any network access and any script but those two
(identified by hash). It is right-to-left (``dir="rtl"``) with an Arabic font stack.

What it offers: a first view of the most important entities and the events among them
(``kg.export.style.first_view``, at the ``x``/``y`` of ``decorate``: physics off, the
same picture every time), labels placed by the page so that none overlap (more appear
as one zooms in), hover highlight of a node's neighbours, a side panel on click (a
node's type, roles, aliases, dated events with their sentences and documents, strongest
co-mentions; an edge's relation, role, evidence and documents), filters by type, link
kind (typed / co-mention), document and date range with a timeline strip, and a search
over every node's labels, aliases and English labels, insensitive to case, Arabic
diacritics, hamza and ta marbuta. See docs/EXPORTS.md.

What survives: above ``max_nodes`` only the most mentioned entities are drawn, plus the
events whose every participant was kept (at most ``max_nodes // 2`` of them); a note
on the page says how many were left out. Every typed edge among them is kept, and each
node's ``_COMENTIONS_PER_NODE`` most significant co-mentions. Each document the page
names comes with its title and date. GraphML keeps everything.

Safety: article text enters the page only as JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, and reaches the DOM only through ``textContent``; nothing from the articles
is ever parsed as HTML. pyvis's own template is not used: it sets tooltips with
``innerHTML`` and links Bootstrap from a CDN.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export._scalar import Scalar, scalars, sorted_edges
from kg.export.atomic import atomic_write
from kg.export.style import CO_MENTIONED, DEFAULT_COLOUR, TYPE_COLOURS, decorate, first_view, importance, node_size

__all__ = ["render_html", "write_html", "select_nodes"]

_NODE_KEYS = (
    "label", "label_en", "type", "aliases", "docs", "mentions", "iso", "event_type", "plover",
    "cameo", "date", "date_iso", "modality", "trigger", "confidence", "evidence", "first_seen", "last_seen",
)
_EDGE_KEYS = ("relation", "docs", "evidence", "weight", "confidence", "role", "role_en", "llr")
# Co-mentions drawn per node (its most significant ones): enough to link every node,
# few enough that a 1,500-node page stays a few megabytes.
_COMENTIONS_PER_NODE = 5
_TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC", "MISC", "EVENT")
_PLACEHOLDER = re.compile(r"@(TITLE|CSP|VIS_CSS|PAGE_CSS|NOTE|DATA|VIS_JS|PAGE_JS)@")
_EXTERNAL = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*</script\s*>"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>",
    re.IGNORECASE,
)


def _mentions(attrs: dict[str, Any]) -> int:
    try:
        return int(attrs.get("mentions", 0))
    except (TypeError, ValueError):
        return 0


def _is_event(attrs: dict[str, Any]) -> bool:
    return str(attrs.get("type", "")).upper() == "EVENT"


def select_nodes(g: nx.Graph, max_nodes: int) -> list:
    """The nodes the page draws, sorted by id.

    All of them when there are at most ``max_nodes``. Otherwise the ``max_nodes``
    entities with the most mentions (ties by id), plus the events all of whose
    neighbours were kept (the best ``max_nodes // 2`` of them by mentions).

    Examples
    --------
    >>> from kg.export._scalar import toy_graph
    >>> select_nodes(toy_graph(), 2)
    ['GPE:روسيا', 'PERSON:بوتين']
    """
    if g.number_of_nodes() <= max_nodes:
        return sorted(g.nodes, key=str)
    rank = lambda n: (-_mentions(g.nodes[n]), str(n))  # noqa: E731
    entities = sorted((n for n, a in g.nodes(data=True) if not _is_event(a)), key=rank)
    kept = set(entities[:max_nodes])
    und = g.to_undirected(as_view=True)
    events = []
    for n, a in g.nodes(data=True):
        if _is_event(a):
            nbrs = set(und.neighbors(n)) - {n}
            if nbrs and nbrs <= kept:
                events.append(n)
    events.sort(key=rank)
    kept.update(events[: max_nodes // 2])
    return sorted(kept, key=str)


def _script_json(obj: Any) -> str:
    """JSON that cannot end a ``<script>`` element or start a comment in it."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _inline_js(js: str) -> str:
    """Script text safe to inline: no ``</script``, no ``<!--``, no source-map fetch."""
    js = re.sub(r"^//[#@] sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js.replace("<!--", "<\\!--")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    vis = resources.files("pyvis") / "lib" / "vis-9.1.2"
    own = resources.files("kg.export") / "assets"
    return {
        "VIS_JS": _inline_js(vis.joinpath("vis-network.min.js").read_text(encoding="utf-8")),
        "VIS_CSS": vis.joinpath("vis-network.css").read_text(encoding="utf-8").replace("</", "<\\/"),
        "PAGE_JS": _inline_js(own.joinpath("page.js").read_text(encoding="utf-8")),
        "PAGE_CSS": own.joinpath("page.css").read_text(encoding="utf-8"),
        "PAGE": own.joinpath("page.html").read_text(encoding="utf-8"),
    }


def _csp(*scripts: str) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


def _page_edges(sub: nx.Graph) -> list[tuple[Any, Any, Any, dict[str, Scalar]]]:
    """Every typed edge, and each node's ``_COMENTIONS_PER_NODE`` most significant co-mentions."""
    typed, best = [], set()
    ranked: dict[Any, list[tuple[float, int, int]]] = {}
    edges = list(sorted_edges(sub))
    for i, (u, v, _k, a) in enumerate(edges):
        if a.get("relation") != CO_MENTIONED:
            typed.append(i)
            continue
        llr = float(a["llr"]) if isinstance(a.get("llr"), int | float) else 0.0
        if llr > 0:
            for n in (u, v):
                ranked.setdefault(n, []).append((-llr, -int(a.get("weight", 0) or 0), i))
    for rows in ranked.values():
        best.update(i for *_, i in sorted(rows)[:_COMENTIONS_PER_NODE])
    return [edges[i] for i in sorted({*typed, *best})]


def _page_data(g: nx.Graph, keep: list) -> dict[str, Any]:
    sub = g.subgraph(keep)
    if any("x" not in a or "y" not in a for _, a in sub.nodes(data=True)):
        sub = nx.MultiDiGraph(sub) if sub.is_multigraph() else nx.DiGraph(sub)
        decorate(sub)
    score = importance(g)
    core = set(first_view(g, score=score))
    order = {n: i for i, n in enumerate(sorted(keep, key=lambda n: (-score[n], str(n))))}
    nodes, counts, docs = [], {}, set()
    for n in keep:
        a = scalars(sub.nodes[n])
        t = str(a.get("type", "")).upper() or "MISC"
        counts[t] = counts.get(t, 0) + 1
        row: dict[str, Scalar] = {k: a[k] for k in _NODE_KEYS if k in a and a[k] != ""}
        row.update(
            id=str(n), type=t, colour=TYPE_COLOURS.get(t, DEFAULT_COLOUR),
            x=float(a.get("x", 0.0)), y=float(a.get("y", 0.0)),
            size=float(a["size"]) if isinstance(a.get("size"), int | float) else node_size(a.get("mentions")),
            rank=order[n], core=n in core,
        )
        docs.update(d for d in str(a.get("docs", "")).split("|") if d)
        nodes.append(row)
    # A sentence that names five entities is the evidence of ten co-mentions: edges
    # point into one list of sentences (a third of the bytes on a 1,500-article page).
    edges, sentences, sentence_ids = [], [], {}
    for i, (u, v, _k, a) in enumerate(_page_edges(sub)):
        row = {k: a[k] for k in _EDGE_KEYS if k in a and a[k] != "" and k != "evidence"}
        row.update(id=f"e{i}", to=str(v), relation=str(a.get("relation", "")))
        row["from"] = str(u)
        text = a.get("evidence", "")
        if text != "":
            if text not in sentence_ids:
                sentence_ids[text] = len(sentences)
                sentences.append(text)
            row["sentence"] = sentence_ids[text]
        edges.append(row)
    type_order = {t: i for i, t in enumerate(_TYPE_ORDER)}
    types = [
        {"type": t, "colour": TYPE_COLOURS.get(t, DEFAULT_COLOUR), "count": c}
        for t, c in sorted(counts.items(), key=lambda tc: (type_order.get(tc[0], 99), tc[0]))
    ]
    return {"nodes": nodes, "edges": edges, "sentences": sentences, "types": types, "documents": _documents(g, docs)}


def _documents(g: nx.Graph, ids: set[str]) -> dict[str, list[str]]:
    """Title and ISO day (or the date as written) of each document the page names."""
    from kg.graph import iso_day

    known = g.graph.get("documents")
    known = known if isinstance(known, dict) else {}
    out = {}
    for doc_id in sorted(ids):
        doc = known.get(doc_id)
        if isinstance(doc, dict):
            date = str(doc.get("date") or "")
            out[doc_id] = [str(doc.get("title") or ""), iso_day(date) or date]
    return out


def render_html(g: nx.Graph, max_nodes: int = 1500, title: str = "kg") -> str:
    """The graph as one self-contained, offline HTML page (a ``str``).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph following docs/SCHEMA.md. Nodes without ``x``/``y`` are laid out with
        ``kg.export.style.decorate`` (on a copy).
    max_nodes : int
        Draw at most this many entities (see ``select_nodes``); the page says how many
        were left out.
    title : str
        Page title (escaped).

    Returns
    -------
    str
        The page; the same graph always gives the same text.

    Examples
    --------
    >>> from kg.export._scalar import toy_graph
    >>> page = render_html(toy_graph(), title="toy")
    >>> page.startswith("<!DOCTYPE html>"), 'dir="rtl"' in page, "فلاديمير بوتين" in page
    (True, True, True)
    >>> "showing 2 of 3 nodes; 1 left out" in render_html(toy_graph(), max_nodes=2)
    True
    """
    assets = _assets()
    keep = select_nodes(g, max_nodes)
    total = g.number_of_nodes()
    note = ""
    if len(keep) < total:
        note = (f'<p id="kg-note">showing {len(keep)} of {total} nodes; {total - len(keep)} '
                "left out (GraphML keeps everything)</p>")
    values = {
        "TITLE": _html.escape(title),
        "CSP": _csp(assets["VIS_JS"], assets["PAGE_JS"]),
        "VIS_CSS": assets["VIS_CSS"],
        "PAGE_CSS": assets["PAGE_CSS"],
        "NOTE": note,
        "DATA": _script_json(_page_data(g, keep)),
        "VIS_JS": assets["VIS_JS"],
        "PAGE_JS": assets["PAGE_JS"],
    }
    page = _PLACEHOLDER.sub(lambda m: values[m.group(1)], assets["PAGE"])
    # Belt and braces: no external script or stylesheet may survive.
    return _EXTERNAL.sub("", page)


def write_html(g: nx.Graph, path: Path | str, max_nodes: int = 1500, title: str = "kg") -> None:
    """Write ``render_html(g, max_nodes, title)`` to ``path`` as UTF-8, atomically.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.export._scalar import toy_graph
    >>> p = Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(toy_graph(), p)
    >>> "<script src=" in p.read_text(encoding="utf-8")
    False
    """
    atomic_write(Path(path), render_html(g, max_nodes=max_nodes, title=title))
