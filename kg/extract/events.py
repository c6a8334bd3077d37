"""Events: a trigger from kg/data/events.tsv, its agent (verb-subject order first, then a
subject before it, then the agent of the clause's previous event), its targets and location
after it (a visit "إلى هناك" goes where the article's last visit went), modality (planned
with سـ / سوف / من المقرر / المقبل; negated with لن / لم / لا), a date read from the
sentence, and the sentence as evidence.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.affiliations import _is_counterpart
from kg.extract.common import (
    _COMMAS,
    _PLACE_EVENTS,
    _PREPOSITIONS,
    _ClusterRef,
    _after,
    _after_from,
    _breaks,
    _noun_subject_after,
    _preceded_by_locative,
    _stopped,
    _subject_before,
)
from kg.extract.dates import _date_in, resolve_date
from kg.extract.triggers import Trigger, _as_noun, _trigger_of, triggers
from kg.normalize import bare_key, match_key
from kg.types import GPE, LOC, ORG, PERSON, TITLE, Event, Evidence, Mention, Sentence

_NEGATIONS = frozenset({"لن", "لم", "لا", "ليس", "لما", "ولن", "ولم", "ولا"})
_FUTURE_WORDS = ("سوف", "من المقرر", "من المتوقع", "يعتزم", "تعتزم", "المقبل", "المقبله", "القادم", "القادمه")
_FUTURE_KEYS = tuple(match_key(w) for w in _FUTURE_WORDS)
_TARGET_WINDOW = 12
_TARGET_GAP = 3


class EventReader:
    """The event half of the document reader (see kg.extract.DocumentReader)."""

    def _events(self, sentence: Sentence, entities: list[Mention], titles: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        inside = {i for m in entities for i in range(m.first_token, m.last_token)}
        found = []
        for i, token in enumerate(tokens):
            if i in inside:
                continue
            hit = _trigger_of(token.key, token.text.endswith("ة"))
            if hit is None:
                continue
            if hit[0].pos == "verb" and (_as_noun(token.key) or (i and tokens[i - 1].key in _PREPOSITIONS)):
                # لدعم، بالدعم، على دعم: the verbal noun, which takes no dropped subject
                hit = (replace(hit[0], pos="noun"), *hit[1:])
            if found and found[-1][0] == i - 1 and hit[0].pos == "noun":
                continue  # لحضور اجتماع: the noun completes the trigger before it
            found.append((i, *hit))
        actors = [m for m in entities if m.source != "demonym"]
        previous_agent = None
        date = resolve_date(_date_in(sentence.text), self.doc.date)
        for n, (i, trigger, future_prefix, pronoun) in enumerate(found):
            next_verb = next((j for j, t, *_ in found[n + 1 :] if t.pos == "verb"), len(tokens))
            agent = self._agent(tokens, actors, entities, titles, i, trigger) or previous_agent
            if agent is None and trigger.pos == "verb" and not _subject_before(actors, i) and not _noun_subject_after(tokens, i):
                agent = self.last_agent  # a dropped subject continues the story's actor
            if agent is None:
                continue
            previous_agent = agent
            agents = _coordinated(actors, agent, tokens, [*entities, *titles])
            if pronoun and trigger.event_type in _PLACE_EVENTS:
                targets, locations = _preceding_places(tokens, entities, i), []
            else:
                targets, locations = self._arguments(tokens, actors, entities, titles, i, next_verb, trigger, agents)
            if not targets and trigger.event_type in _PLACE_EVENTS and _points_there(tokens, i):
                targets = list(self.last_destination)  # بزيارة إلى هناك: where the last visit went
            if not targets and not locations and trigger.event_type == "VISIT":
                locations = list(self.dateline)
            if not targets and not (locations and (trigger.event_type in _PLACE_EVENTS or agent.label == PERSON)):
                continue
            self.last_agent = agent
            if trigger.event_type in _PLACE_EVENTS and any(t.label in (GPE, LOC) for t in targets):
                self.last_destination = [t for t in targets if t.label in (GPE, LOC)]
            self.events.append(
                Event(
                    id=f"{self.doc.id}:{sentence.index}:{i}",
                    event_type=trigger.event_type,
                    plover=trigger.plover,
                    cameo=trigger.cameo,
                    trigger=tokens[i].text,
                    evidence=evidence,
                    agents=[str(a.cluster) for a in agents],
                    targets=[str(t.cluster) for t in targets],
                    locations=[str(p.cluster) for p in locations],
                    date=date,
                    modality=_modality(tokens, i, future_prefix, sentence.text),
                    confidence=0.7 if agent.label == PERSON else 0.55,
                )
            )

    def _agent(self, tokens, actors, entities, titles, i: int, trigger: Trigger):
        """Verb-subject order first, then a subject before the trigger, then a title's holder."""
        if trigger.pos == "verb":
            # The first actor after the verb is its subject when only a title and its
            # adjective stand between them (وصل الرئيس الروسي بوتين).
            m = next(iter(_after(actors, i + 1)), None)
            if m is not None and m.label == PERSON and m.first_token - i <= 5 and not _breaks(tokens, i + 1, m.first_token):
                between = [e for e in [*titles, *entities] if i < e.first_token < m.first_token and (e.label == TITLE or e.source == "demonym")]
                if sum(e.last_token - e.first_token for e in between) >= m.first_token - i - 1:
                    return m
        reference = self._title_reference(tokens, entities, titles, i)
        if reference is not None:
            return reference
        window = 4 if trigger.pos == "noun" else 10
        if trigger.pos == "verb" and tokens[i].key[:1] in ("و", "ف") and tokens[i].key not in triggers():
            window = 0  # "والتقت ...": a verb with a conjunction opens a clause of its own
        for m in reversed([m for m in actors if m.last_token <= i and i - m.last_token <= window]):
            if _breaks(tokens, m.last_token, i) or _stopped(tokens, m.last_token, i):
                break
            if m.label == PERSON:
                return m
        if trigger.pos == "verb":
            # A country or organisation as subject: right after the verb (تدعم واشنطن ...),
            # or right before it (واشنطن تدعم ...).
            for m in actors:
                if (m.first_token == i + 1 or m.last_token == i) and (m.label == ORG or self._is_country(m)):
                    return m
        return None

    def _title_reference(self, tokens, entities, titles, i: int):
        """"الوزير الأميركي سيغادر", "رئيس كازاخستان أكد": a title without a name is its holder."""
        for title in reversed([t for t in titles if t.last_token <= i]):
            country = next((e for e in entities if e.first_token == title.last_token and self._can_employ(e)), None)
            end = country.last_token if country else title.last_token
            if i - end > 3 or any(e.label == PERSON and title.first_token < e.first_token < i for e in entities):
                return None
            holder = self._holder(title, country)
            if holder is not None:
                return holder
        return None

    def _holder(self, title: Mention, country: Mention | None):
        words = set(bare_key(title.text).split())
        candidates = [
            person for person, (role, _, employer) in self.roles.items()
            if words & set(bare_key(role).split()) and (country is None or employer == country.cluster)
        ]
        return _ClusterRef(candidates[0]) if len(candidates) == 1 else None

    def _arguments(self, tokens, actors, entities, titles, i: int, stop: int, trigger: Trigger, agents: list):
        targets: list = []
        locations: list = []
        last = i + 1
        agent_ids = {a.cluster for a in agents}
        for m in _after(actors, i + 1):
            if m.first_token >= stop or m.first_token - i > _TARGET_WINDOW:
                break
            if _breaks(tokens, last, m.first_token) or _stopped(tokens, last, m.first_token):
                break
            if (targets or locations) and m.first_token - last > _TARGET_GAP:
                break
            if m.cluster in agent_ids:
                last = m.last_token
                continue
            kind = "person" if m.label == PERSON else "org" if m.label == ORG else "place" if m.label in (GPE, LOC) else ""
            if kind == "place" and trigger.event_type in _PLACE_EVENTS and _after_from(tokens, m):
                last = m.last_token  # وصل إلى بغداد قادما من الرياض: where the trip began
                continue
            if kind == "place" and _preceded_by_locative(tokens, m) and trigger.event_type not in _PLACE_EVENTS:
                locations.append(m)
                last = m.last_token
            elif kind in trigger.target_types:
                targets.append(m)
                last = m.last_token
        if not targets and "person" in trigger.target_types:
            for title in titles:
                if i < title.first_token <= i + 4 and not _stopped(tokens, i + 1, title.first_token):
                    holder = self._counterpart_holder(title, entities)
                    if holder is not None and holder.cluster not in agent_ids:
                        targets.append(holder)
                    break
        return targets, locations

    def _counterpart_holder(self, title: Mention, entities: list[Mention]):
        """"مع نظيره الروسي": the counterpart from that country, when the document named one."""
        if not _is_counterpart(title):
            return None
        country = next((e for e in entities if e.first_token == title.last_token and self._is_country(e)), None)
        if country is None:
            return None
        people = [p for p, (_, _, employer) in self.roles.items() if employer == country.cluster]
        return _ClusterRef(people[0]) if len(people) == 1 else None


def _coordinated(actors: list[Mention], agent, tokens, entities: list[Mention]) -> list:
    """The agent and the actors coordinated with it: رئيسي وأردوغان وكاكار, or
    الزعيم التركي أردوغان والرئيس الإيراني رئيسي (titles and adjectives may stand between)."""
    if isinstance(agent, _ClusterRef):
        return [agent]
    skippable = {k for e in entities if e.label == TITLE or e.source == "demonym" for k in range(e.first_token, e.last_token)}
    group = [agent]
    position = agent.last_token
    for m in _after(actors, agent.last_token):
        gap = range(position, m.first_token)
        if m.label != agent.label or not all(k in skippable or tokens[k].text in _COMMAS for k in gap):
            break
        starts = [tokens[k] for k in gap if k in skippable][:1] or [tokens[m.first_token]]
        if not (starts[0].key.startswith("و") or any(tokens[k].text in _COMMAS for k in gap)):
            break
        group.append(m)
        position = m.last_token
    return group



_THERE = match_key("هناك")
_TO = match_key("إلى")


def _points_there(tokens, i: int) -> bool:
    """The trigger's destination is هناك ("there"): هناك or إلى هناك right after it."""
    following = [t.key for t in tokens[i + 1 : i + 3]]
    return following[:1] == [_THERE] or following == [_TO, _THERE]


def _preceding_places(tokens, entities: list[Mention], i: int) -> list[Mention]:
    """"اختار كازاخستان وأوزبكستان لزيارتهما": the places a pronoun on the trigger points back to."""
    places = [m for m in entities if m.last_token <= i and m.label in (GPE, LOC) and m.source != "demonym"]
    out: list[Mention] = []
    position = i
    for m in reversed(places):
        if position - m.last_token > 1:
            break
        out.insert(0, m)
        position = m.first_token
    return out


def _modality(tokens, i: int, future_prefix: bool, sentence_text: str) -> str:
    window = [tokens[j].key for j in range(max(0, i - 2), i)]
    if any(w in _NEGATIONS for w in window):
        return "negated"
    if future_prefix:
        return "planned"
    sentence_key = match_key(sentence_text)
    if any(marker in sentence_key for marker in _FUTURE_KEYS):
        return "planned"
    return "reported"

