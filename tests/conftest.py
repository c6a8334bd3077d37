"""Shared fixtures: the seed articles and the shared data beside the checkout."""

import pytest

from paths import SEEDS


@pytest.fixture(scope="session")
def seed_documents():
    from kg.ingest import iter_documents
    from kg.segment import segment

    return {doc.id: segment(doc) for doc in iter_documents([SEEDS])}


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory):
    """The graph of the five seed articles, built once for the session."""
    import networkx as nx

    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    report = build([SEEDS], out, workers=1)
    return nx.read_graphml(out / "graph.graphml", force_multigraph=True), report, out
