"""The graph: entities, relations and events as one networkx MultiDiGraph.

Follows docs/SCHEMA.md. Edges between the same two nodes with the same relation are
merged (their documents joined, their weight counting the supporting mentions); event
nodes are merged across documents when type, agents, targets, date and modality agree,
so one real visit reported by two outlets is one node. Every value is a scalar.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.resolve import Resolution
from kg.types import EVENT, DocResult, Event, Evidence


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


def build_graph(results: Iterable[DocResult], resolution: Resolution) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus, from its DocResults and their resolution."""
    edges: dict[tuple[str, str, str], _EdgeData] = {}
    events: dict[str, _EventData] = {}
    documents: dict[str, dict[str, str]] = {}
    for result in results:
        documents[result.doc_id] = {
            "title": result.title, "date": result.date, "source": result.source, "url": result.url, "path": result.path,
        }
        ids = resolution.ids_for(result.doc_id)
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
            event_id = _event_id(event, agents, targets, locations)
            data = events.get(event_id)
            if data is None:
                data = events[event_id] = _EventData(event, agents, targets, locations)
            data.docs.add(result.doc_id)
            data.mentions += 1

    graph = nx.MultiDiGraph()
    # Provenance of every document, for exports and the page (not a GraphML attribute).
    graph.graph["documents"] = documents
    for entity_id in sorted(resolution.entities):
        entity = resolution.entities[entity_id]
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
        )
    for event_id in sorted(events):
        data = events[event_id]
        event = data.event
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
            weight=data.weight,
            confidence=round(data.confidence, 3),
            role=data.role,
            role_en=data.role_en,
        )
    return graph


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
