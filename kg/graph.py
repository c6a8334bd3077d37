"""The graph: entities, relations and events as one networkx MultiDiGraph.

Follows docs/SCHEMA.md. Edges between the same two nodes with the same relation are
merged (their documents joined, their weight counting the supporting mentions); event
nodes are merged across documents when type, agents, targets, date and modality agree,
so one real visit reported by two outlets is one node. Two entities named in the same
sentence get one undirected ``co_mentioned`` edge (stored from the smaller id to the
larger) with a significance score, so a loose tie to a ubiquitous name reads as weak.
Entities and events carry ``first_seen``/``last_seen``: the ISO days of their earliest
and latest documents. Every value is a scalar.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.export.atomic import call_in_fork
from kg.resolve import Resolution
from kg.types import EVENT, DocResult, Event, Evidence

CO_MENTIONED = "co_mentioned"


@dataclass(slots=True)
class _EdgeData:
    evidence: Evidence
    docs: set[str] = field(default_factory=set)
    weight: int = 0
    confidence: float = 0.0
    role: str = ""
    role_en: str = ""


@dataclass(slots=True)
class _EventData:
    event: Event
    agents: list[str]
    targets: list[str]
    locations: list[str]
    docs: set[str] = field(default_factory=set)
    mentions: int = 0


@dataclass(slots=True)
class _CoMentionData:
    evidence: Evidence
    docs: set[str] = field(default_factory=set)
    sentences: int = 0


def build_graph(results: Iterable[DocResult], resolution: Resolution, comentions: bool = True,
                processes: int = 1) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus, from its DocResults and their resolution.

    With ``comentions`` false the graph has no ``co_mentioned`` edges. With ``processes``
    2 the co-mentions are scored and chosen in a forked copy while this process adds the
    entities, events and relations: the same graph, sooner on two cores.
    """
    edges: dict[tuple[str, str, str], _EdgeData] = {}
    events: dict[str, _EventData] = {}
    pairs: dict[tuple[str, str], _CoMentionData] = {}
    documents: dict[str, dict[str, str]] = {}
    sentences = 0
    for result in results:
        documents[result.doc_id] = {
            "title": result.title, "date": result.date, "source": result.source, "url": result.url, "path": result.path,
        }
        sentences += result.sentences
        ids = resolution.ids_for(result.doc_id)
        if comentions:
            _add_comentions(pairs, result, ids)
        for rel in result.relations:
            source, target = ids.get(rel.source), ids.get(rel.target)
            if source is None or target is None or source == target:
                continue
            _add_edge(edges, (source, target, rel.relation), rel.evidence, result.doc_id, rel.confidence, rel.role, rel.role_en)
        for event in result.events:
            agents = _map_ids(event.agents, ids)
            if not agents:
                continue
            targets = [t for t in _map_ids(event.targets, ids) if t not in agents]
            locations = _map_ids(event.locations, ids)
            if not targets and not locations:
                continue  # its one participant is the agent, or no entity of the graph: no event with no one it is done to
            event_id = _event_id(event, agents, targets, locations)
            data = events.get(event_id)
            if data is None:
                data = events[event_id] = _EventData(event, agents, targets, locations)
            data.docs.add(result.doc_id)
            data.mentions += 1

    mentions = {entity_id: entity.mentions for entity_id, entity in resolution.entities.items()}
    scored = (call_in_fork if processes > 1 and pairs else _now)(lambda: _scored_comentions(pairs, mentions, sentences))
    graph = nx.MultiDiGraph()
    # Provenance of every document, for exports and the page (not a GraphML attribute).
    graph.graph["documents"] = documents
    days = {doc_id: iso_day(doc["date"]) for doc_id, doc in documents.items()}
    for entity_id in sorted(resolution.entities):
        entity = resolution.entities[entity_id]
        first, last = _seen(entity.docs, days)
        graph.add_node(
            entity_id,
            label=entity.label,
            label_en=entity.label_en,
            type=entity.type,
            aliases="|".join(sorted(entity.aliases)),
            docs="|".join(sorted(entity.docs)),
            mentions=entity.mentions,
            iso=entity.iso,
            merge_reasons="|".join(entity.merge_reasons),
            first_seen=first,
            last_seen=last,
        )
    for event_id in sorted(events):
        data = events[event_id]
        event = data.event
        first, last = _seen(data.docs, days)
        graph.add_node(
            event_id,
            label=_event_label(event, data, resolution),
            label_en="",
            type=EVENT,
            aliases=event.trigger,
            docs="|".join(sorted(data.docs)),
            mentions=data.mentions,
            iso="",
            event_type=event.event_type,
            plover=event.plover,
            cameo=event.cameo,
            date=event.date,
            date_iso=event.date_iso,
            modality=event.modality,
            trigger=event.trigger,
            confidence=round(event.confidence, 3),
            evidence=event.evidence.text,
            evidence_doc=event.evidence.doc_id,
            first_seen=first,
            last_seen=last,
        )
        for agent in data.agents:
            _add_edge(edges, (agent, event_id, "agent"), event.evidence, "", event.confidence)
            edges[(agent, event_id, "agent")].docs |= data.docs
        for target in data.targets:
            _add_edge(edges, (event_id, target, "target"), event.evidence, "", event.confidence)
            edges[(event_id, target, "target")].docs |= data.docs
        for place in data.locations:
            _add_edge(edges, (event_id, place, "location"), event.evidence, "", event.confidence)
            edges[(event_id, place, "location")].docs |= data.docs
    for (source, target, relation) in sorted(edges):
        data = edges[(source, target, relation)]
        graph.add_edge(
            source,
            target,
            key=relation,
            relation=relation,
            docs="|".join(sorted(d for d in data.docs if d)),
            evidence=data.evidence.text,
            evidence_doc=data.evidence.doc_id,
            weight=data.weight,
            confidence=round(data.confidence, 3),
            role=data.role,
            role_en=data.role_en,
        )
    for source, target, confidence, llr, pmi in scored():
        data = pairs[(source, target)]
        graph.add_edge(
            source,
            target,
            key=CO_MENTIONED,
            relation=CO_MENTIONED,
            docs="|".join(sorted(data.docs)),
            evidence=data.evidence.text,
            evidence_doc=data.evidence.doc_id,
            weight=data.sentences,
            confidence=confidence,
            role="",
            role_en="",
            llr=llr,
            pmi=pmi,
        )
    return graph


def _now(function: Callable[[], object]) -> Callable[[], object]:
    """``call_in_fork`` without the fork: ``function`` run here, at once."""
    value = function()
    return lambda: value


def _scored_comentions(pairs: dict[tuple[str, str], _CoMentionData], mentions: dict[str, int],
                       sentences: int) -> list[tuple[str, str, float, float, float]]:
    """The co-mentions the graph keeps (``_kept_comentions``), sorted, each with its
    rounded confidence, log-likelihood ratio and PMI: numbers only, so that a forked copy
    can hand them back cheaply."""
    scores = {
        pair: log_likelihood_ratio(data.sentences, mentions[pair[0]], mentions[pair[1]], sentences)
        for pair, data in pairs.items()
    }
    rows = []
    for (source, target) in sorted(_kept_comentions(pairs, scores)):
        llr = scores[(source, target)]
        pmi = _pmi(pairs[(source, target)].sentences, mentions[source], mentions[target], sentences)
        rows.append((source, target, round(_association(llr), 3), round(llr, 2), round(pmi, 3)))
    return rows


# Each entity keeps at least its strongest co-mentions, so no co-mentioned entity is left
# without a tie; the page draws the same number per node.
STRONGEST_COMENTIONS = 5


def _kept_comentions(pairs: dict[tuple[str, str], _CoMentionData], scores: dict[tuple[str, str], float]) -> set[tuple[str, str]]:
    """The co-mentions the graph keeps: pairs named together in two sentences or more, and
    each entity's ``STRONGEST_COMENTIONS`` most significant ties. A pair met once is kept
    only where it is among an end's strongest, so a large corpus does not fill the files
    with one-off pairs (30,000 articles: hundreds of thousands of them).

    >>> data = {("a", "b"): _CoMentionData(None, sentences=1), ("a", "c"): _CoMentionData(None, sentences=2)}
    >>> sorted(_kept_comentions(data, {("a", "b"): 1.0, ("a", "c"): 5.0}))
    [('a', 'b'), ('a', 'c')]
    """
    ranked: dict[str, list[tuple[float, int, tuple[str, str]]]] = {}
    for pair, data in pairs.items():
        for end in pair:
            ranked.setdefault(end, []).append((-scores[pair], -data.sentences, pair))
    kept = {pair for pair, data in pairs.items() if data.sentences >= 2}
    for ties in ranked.values():
        kept.update(pair for *_, pair in sorted(ties)[:STRONGEST_COMENTIONS])
    return kept


def _add_comentions(pairs: dict[tuple[str, str], _CoMentionData], result: DocResult, ids: dict[str, str]) -> None:
    """Count the document's co-mentioned cluster pairs under their corpus entity ids."""
    for pair in result.co_mentions():
        a, b = ids.get(str(pair.a)), ids.get(str(pair.b))
        if a is None or b is None or a == b:
            continue
        key = (a, b) if a < b else (b, a)
        data = pairs.get(key)
        if data is None:
            text = result.comention_sentences.get(pair.sentence, "")
            data = pairs[key] = _CoMentionData(Evidence(result.doc_id, pair.sentence, text))
        data.docs.add(result.doc_id)
        data.sentences += pair.sentences


def log_likelihood_ratio(together: int, count_a: int, count_b: int, total: int) -> float:
    """Dunning's G² for two names seen ``together`` in sentences, signed: negative when
    they meet less often than chance would have them.

    ``count_a``/``count_b`` are each name's mentions (standing in for its sentences),
    ``total`` the corpus's sentences. A name found everywhere scores low with all the
    others, so the network's strong ties are the specific ones.

    >>> log_likelihood_ratio(5, 5, 5, 1000) > log_likelihood_ratio(5, 500, 5, 1000) > 0
    True
    >>> log_likelihood_ratio(1, 500, 500, 1000) < 0
    True
    """
    total = max(total, count_a, count_b, together, 1)
    count_a, count_b = max(count_a, together), max(count_b, together)
    table = (
        (together, count_a * count_b),
        (count_a - together, count_a * (total - count_b)),
        (count_b - together, (total - count_a) * count_b),
        (total - count_a - count_b + together, (total - count_a) * (total - count_b)),
    )
    g2 = 2.0 * sum(k * math.log(k * total / expected) for k, expected in table if k > 0 and expected > 0)
    return math.copysign(max(g2, 0.0), together * total - count_a * count_b)


def _association(llr: float) -> float:
    """1 - p of the G² test (one degree of freedom): how surely the pair is not chance.

    >>> round(_association(10.83), 3), _association(-3.0)
    (0.999, 0.0)
    """
    return 1.0 - math.erfc(math.sqrt(llr / 2.0)) if llr > 0 else 0.0


def _pmi(together: int, count_a: int, count_b: int, total: int) -> float:
    """Pointwise mutual information (log2) of the two names over sentences."""
    return math.log2(max(together, 1) * max(total, 1) / max(count_a * count_b, 1))


_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d])")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def iso_day(text: str) -> str:
    """The ISO day (or month) a document date names, or ``""``.

    >>> iso_day("2015-07-21 02:51:32"), iso_day("21/7/2015"), iso_day("2015-07"), iso_day("أمس")
    ('2015-07-21', '2015-07-21', '2015-07', '')
    """
    text = str(text or "").strip()
    found = _ISO.match(text)
    if found:
        year, month, day = found.groups()
        if day is None:
            return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else ""
        return _valid(year, month, day)
    found = _DMY.match(text)
    return _valid(found.group(3), found.group(2), found.group(1)) if found else ""


def _valid(year: str, month: str, day: str) -> str:
    from datetime import date

    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def _seen(docs: Iterable[str], days: dict[str, str]) -> tuple[str, str]:
    """The earliest and latest dated document (``""`` when none is dated)."""
    dated = sorted(days[d] for d in docs if days.get(d))
    return (dated[0], dated[-1]) if dated else ("", "")


def _add_edge(edges, key, evidence: Evidence, doc_id: str, confidence: float, role: str = "", role_en: str = "") -> None:
    data = edges.get(key)
    if data is None:
        data = edges[key] = _EdgeData(evidence=evidence, role=role, role_en=role_en)
    if doc_id:
        data.docs.add(doc_id)
    data.weight += 1
    data.confidence = max(data.confidence, confidence)
    if not data.role and role:
        data.role, data.role_en = role, role_en


def _map_ids(local: list[str], ids: dict[str, str]) -> list[str]:
    seen: list[str] = []
    for item in local:
        entity_id = ids.get(item)
        if entity_id is not None and entity_id not in seen:
            seen.append(entity_id)
    return seen


def _event_id(event: Event, agents: list[str], targets: list[str], locations: list[str]) -> str:
    """Same type, agents, targets (or places), resolved date and modality: the same event.

    A date as written but not resolved (أمس with no document date) tells nothing apart.
    """
    parts = [event.event_type, event.modality, event.date_iso, "|".join(sorted(agents)), "|".join(sorted(targets or locations))]
    return "EVENT:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _event_label(event: Event, data: _EventData, resolution: Resolution) -> str:
    def names(ids: list[str]) -> str:
        return "، ".join(resolution.entities[i].label for i in ids if i in resolution.entities)

    label = f"{event.trigger}: {names(data.agents)}"
    if data.targets or data.locations:
        label += f" ← {names(data.targets or data.locations)}"
    return label
