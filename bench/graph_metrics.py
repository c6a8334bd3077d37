"""Figures of a built graph that the issues ask for: events per 1,000 tokens, share of
articles with an event, entity nodes without an edge (typed, and typed + co-mention),
and the largest connected component.

    .venv/bin/python bench/graph_metrics.py OUT/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx


def metrics(out: Path) -> dict[str, float]:
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    g = nx.read_graphml(out / "graph.graphml")
    entities = [n for n, d in g.nodes(data=True) if d.get("type") != "EVENT"]
    events = [n for n, d in g.nodes(data=True) if d.get("type") == "EVENT"]
    docs_with_event = {doc for n in events for doc in g.nodes[n].get("docs", "").split("|") if doc}
    typed = nx.Graph()
    every = nx.Graph()
    typed.add_nodes_from(g)
    every.add_nodes_from(g)
    for u, v, d in g.edges(data=True):
        every.add_edge(u, v)
        if d.get("relation") != "co_mentioned":
            typed.add_edge(u, v)
    largest = max((len(c) for c in nx.connected_components(every)), default=0)
    return {
        "documents": report["documents"],
        "tokens": report["tokens"],
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "event_nodes": len(events),
        "events_per_1000_tokens": round(1000 * len(events) / max(report["tokens"], 1), 3),
        "share_of_articles_with_event": round(len(docs_with_event) / max(report["documents"], 1), 3),
        "entities_without_typed_edge": round(sum(typed.degree(n) == 0 for n in entities) / max(len(entities), 1), 3),
        "entities_without_any_edge": round(sum(every.degree(n) == 0 for n in entities) / max(len(entities), 1), 3),
        "largest_component_share": round(largest / max(g.number_of_nodes(), 1), 3),
    }


if __name__ == "__main__":
    print(json.dumps(metrics(Path(sys.argv[1])), indent=1))
