"""A stand-in for the statistical tagger that tags exactly the names a test lists.

Tests of resolution and extraction use it so that they check those stages on sentences
written for the test, whatever the shipped model would make of them.
"""

from __future__ import annotations

from kg.normalize import match_key


class NamesModel:
    def __init__(self, names: dict[str, str]) -> None:
        self.names = {tuple(match_key(n).split()): label for n, label in names.items()}

    def predict(self, sentences):
        out = []
        for tokens in sentences:
            keys = [match_key(t) for t in tokens]
            tags = [("O", 1.0)] * len(tokens)
            for name, label in sorted(self.names.items(), key=lambda item: -len(item[0])):
                for i in range(len(keys)):
                    span = range(i, i + len(name))
                    window = tuple(keys[i : i + len(name)])
                    # وكريم الفاضل: the model tags a name with the conjunction written on it
                    joined = window[:1] == ("و" + name[0],) and window[1:] == name[1:]
                    if (window == name or joined) and all(tags[j][0] == "O" for j in span):
                        tags[i : i + len(name)] = [(f"B-{label}", 0.9)] + [(f"I-{label}", 0.9)] * (len(name) - 1)
            out.append(tags)
        return out


def build(texts: dict[str, str], names: dict[str, str], monkeypatch):
    """DocResults and the corpus resolution of ``texts`` with ``names`` as the model's output."""
    import kg.tag
    from kg.ingest import make_document
    from kg.pipeline import process_document
    from kg.resolve import resolve_corpus

    monkeypatch.setattr(kg.tag, "load_model", lambda: NamesModel(names))
    results = [process_document(make_document(doc_id, text)) for doc_id, text in texts.items()]
    return results, resolve_corpus(results)


def event_rows(text: str, names: dict[str, str], monkeypatch, *, written: str = "2015-07-21 10:00:00",
               find_title: bool = True) -> list[tuple]:
    """(type, modality, agents, targets and places, date_iso) of every event node of the graph of
    one document ``text``, written on ``written``, with ``names`` as the model's output."""
    import kg.tag
    from kg.graph import build_graph
    from kg.ingest import make_document
    from kg.pipeline import process_document
    from kg.resolve import resolve_corpus

    monkeypatch.setattr(kg.tag, "load_model", lambda: NamesModel(names))
    results = [process_document(make_document("a", text, date=written, find_title=find_title))]
    g = build_graph(results, resolve_corpus(results))
    out = []
    for node, data in g.nodes(data=True):
        if data["type"] == "EVENT":
            agents = frozenset(g.nodes[s]["label"] for s, _, d in g.in_edges(node, data=True) if d["relation"] == "agent")
            others = frozenset(g.nodes[t]["label"] for _, t, d in g.out_edges(node, data=True) if d["relation"] in ("target", "location"))
            out.append((data["event_type"], data["modality"], agents, others, data.get("date_iso", "")))
    return out
