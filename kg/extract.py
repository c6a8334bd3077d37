"""Relations and events: who holds which role where, which place lies in which, who did what.

Everything here reads one sentence at a time over its tokens and the mentions tagging
found, with patterns of Arabic news prose rather than of particular articles:

- affiliation: a title, then the country or organisation it belongs to, then the holder
  (وزير الخارجية الأميركي أنتوني بلينكن; رئيس كازاخستان، قاسم جومارت توكاييف), or a
  holder followed by an apposition (X، الخبيرة في مؤسسة Y وجامعة Z); a counterpart
  (نظيره الكازاخستاني X) takes the role of the person it is the counterpart of;
- places: capital_of from عاصمة/العاصمة patterns, located_in from "city (country)",
  "city، country" when the lexicon agrees, and "city + nationality adjective";
- events: a trigger from kg/data/events.tsv, its agent (verb-subject order first, then a
  subject before it, then the agent of the clause's previous event), its targets and
  location after it, modality (planned with سـ / سوف / من المقرر / المقبل; negated with
  لن / لم / لا), a date read from the sentence, and the sentence as evidence.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.lexicon import Place, place_by_canonical
from kg.normalize import bare_key, match_key
from kg.types import (
    GPE,
    LOC,
    ORG,
    PERSON,
    TITLE,
    Cluster,
    Document,
    Event,
    Evidence,
    Mention,
    Relation,
    Sentence,
)

_CLAUSE_BREAKS = frozenset(":.؟?!؛;()[]«»\"“”")
_COMMAS = frozenset("،,")
_CAPITAL_KEYS = frozenset({"عاصمه", "عاصمتها", "عاصمته"})
_COUNTERPART_KEYS = frozenset({"نظير", "نظيره", "نظيرته", "نظيرها", "نظيريه", "نظراء", "نظرائه"})
_NEGATIONS = frozenset({"لن", "لم", "لا", "ليس", "لما", "ولن", "ولم", "ولا"})
_FUTURE_WORDS = ("سوف", "من المقرر", "من المتوقع", "يعتزم", "تعتزم", "المقبل", "المقبله", "القادم", "القادمه")
_FUTURE_KEYS = tuple(match_key(w) for w in _FUTURE_WORDS)
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا")
_LOCATIVE = frozenset({"في", "ب"})
_TITLE_WINDOW = 14
_TARGET_WINDOW = 12
_TARGET_GAP = 3

_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
)
_WEEKDAYS = "السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
_DATE = re.compile(
    rf"(?:من\s+)?\d{{1,2}}\s+(?:{_MONTHS})(?:\s*/\s*(?:{_MONTHS}))?(?:\s+\d{{4}})?"
    rf"(?:\s+(?:إلى|حتى|و|-)\s*\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?)?"
    rf"|(?:يوم\s+)?(?:{_WEEKDAYS})(?:\s+(?:المقبل|الماضي|القادم))?"
    rf"|(?:الأسبوع|الشهر|العام)\s+(?:المقبل|الماضي|الحالي|القادم)"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that signals an event, from kg/data/events.tsv."""

    stem: str
    pos: str
    event_type: str
    plover: str
    cameo: str
    target_types: frozenset[str]


@lru_cache(maxsize=1)
def triggers() -> dict[str, Trigger]:
    """The event trigger inventory, keyed on the stem's matching key."""
    table: dict[str, Trigger] = {}
    text = resources.files("kg").joinpath("data/events.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    for row in rows:
        stem = match_key(row["trigger"])
        table[stem] = Trigger(stem, row["pos"], row["event_type"], row["plover"], row["cameo"],
                              frozenset(row["target_types"].split(",")))
    return table


def extract(doc: Document, mentions: list[Mention], clusters: list[Cluster]) -> tuple[list[Relation], list[Event]]:
    """Affiliations, place relations and events of one document.

    Relation ends and event arguments are cluster indices (as strings).
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    reader = _DocumentReader(doc, clusters)
    for sentence in doc.sentences:
        reader.read(sentence, by_sentence.get(sentence.index, []))
    return reader.relations, reader.events


class _DocumentReader:
    """Reads sentences in order, remembering each person's role for counterparts."""

    def __init__(self, doc: Document, clusters: list[Cluster]) -> None:
        self.doc = doc
        self.clusters = clusters
        self.relations: list[Relation] = []
        self.events: list[Event] = []
        self.roles: dict[int, tuple[str, str, int]] = {}  # person cluster -> (role, role_en, country cluster)

    def read(self, sentence: Sentence, mentions: list[Mention]) -> None:
        entities = [m for m in mentions if m.cluster >= 0]
        titles = [m for m in mentions if m.label == TITLE]
        evidence = Evidence(self.doc.id, sentence.index, sentence.text)
        self._affiliations(sentence, entities, titles, evidence)
        self._places(sentence, entities, evidence)
        self._events(sentence, entities, titles, evidence)

    # -- affiliations -------------------------------------------------------------
    def _affiliations(self, sentence: Sentence, entities: list[Mention], titles: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        for title in titles:
            holder, employers = None, []
            for m in _after(entities, title.last_token):
                if m.first_token - title.last_token > _TITLE_WINDOW or _breaks(tokens, title.last_token, m.first_token):
                    break
                if any(t.first_token >= title.last_token and t.first_token < m.first_token for t in titles if t is not title):
                    break
                if m.label == PERSON:
                    holder = m
                    break
                if self._can_employ(m) and not employers:
                    employers.append(m)
            if holder is None:
                holder, employers = self._apposition(tokens, entities, title)
            if holder is None:
                continue
            role, role_en = title.text, title.label_en
            if bare_key(title.text) in _COUNTERPART_KEYS or title.label_en == "counterpart":
                role, role_en = self._counterpart_role(entities, title)
            for employer in employers:
                self._relate(holder, employer, "affiliated_with", evidence, 0.85, role, role_en)
                self.roles.setdefault(holder.cluster, (role, role_en, employer.cluster))

    def _apposition(self, tokens, entities: list[Mention], title: Mention) -> tuple[Mention | None, list[Mention]]:
        """X، TITLE ... ORG وORG: the holder stands before the title, employers after it."""
        before = [m for m in entities if m.last_token <= title.first_token]
        if not before:
            return None, []
        holder = before[-1]
        gap = tokens[holder.last_token : title.first_token]
        if holder.label != PERSON or not gap or not all(t.text in _COMMAS for t in gap):
            return None, []
        employers = []
        for m in _after(entities, title.last_token):
            if _breaks(tokens, title.last_token, m.first_token, commas=True) or m.label == PERSON:
                break
            if self._can_employ(m):
                employers.append(m)
        return holder, employers

    def _counterpart_role(self, entities: list[Mention], title: Mention) -> tuple[str, str]:
        for m in reversed([m for m in entities if m.last_token <= title.first_token and m.label == PERSON]):
            if m.cluster in self.roles:
                role, role_en, _ = self.roles[m.cluster]
                return role, role_en
        return title.text, "counterpart"

    def _can_employ(self, mention: Mention) -> bool:
        if mention.label == ORG:
            return True
        if mention.label != GPE:
            return False
        place = _place(mention)
        return place is None or place.kind == "country"

    # -- places ---------------------------------------------------------------------
    def _places(self, sentence: Sentence, entities: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        places = [m for m in entities if m.label in (GPE, LOC)]
        at = {m.first_token: m for m in places}
        ending = {m.last_token: m for m in places}
        for i, token in enumerate(tokens):
            if bare_key(token.text) not in _CAPITAL_KEYS:
                continue
            # CITY، عاصمة COUNTRY
            j = i - 1 if i and tokens[i - 1].text in _COMMAS else i
            city, country = ending.get(j), at.get(i + 1)
            if city and country and self._is_country(country) and not self._is_country(city):
                self._relate(city, country, "capital_of", evidence, 0.9)
                continue
            # العاصمة الهندية نيودلهي / عاصمة كازاخستان، أستانا
            country = at.get(i + 1)
            if country and self._is_country(country):
                k = country.last_token + (1 if country.last_token < len(tokens) and tokens[country.last_token].text in _COMMAS else 0)
                city = at.get(k)
                if city and not self._is_country(city):
                    self._relate(city, country, "capital_of", evidence, 0.9)
        for m in places:
            if self._is_country(m):
                continue
            nxt = m.last_token
            # CITY (COUNTRY)
            if nxt + 2 < len(tokens) and tokens[nxt].text == "(" and tokens[nxt + 2].text == ")":
                country = at.get(nxt + 1)
                if country and self._is_country(country):
                    self._relate(m, country, "located_in", evidence, 0.85)
                    continue
            # CITY + nationality adjective, or CITY، COUNTRY that the lexicon confirms
            country = at.get(nxt)
            if country and country.source == "demonym" and _place(m) is not None:
                self._relate(m, country, "located_in", evidence, 0.8)
                continue
            if nxt < len(tokens) and tokens[nxt].text in _COMMAS:
                country = at.get(nxt + 1)
                place = _place(m)
                if country and self._is_country(country) and place and place.country_iso and place.country_iso == country.iso:
                    self._relate(m, country, "located_in", evidence, 0.85)

    def _is_country(self, mention: Mention) -> bool:
        if mention.source == "demonym":
            return True
        place = _place(mention)
        return place is not None and place.kind == "country"

    # -- events ---------------------------------------------------------------------
    def _events(self, sentence: Sentence, entities: list[Mention], titles: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        inside = set()
        for m in entities:
            inside.update(range(m.first_token, m.last_token))
        found = []
        for i, token in enumerate(tokens):
            if i in inside:
                continue
            hit = _trigger_of(token.key)
            if hit:
                found.append((i, *hit))
        previous_agent: Mention | None = None
        date = _date_in(sentence.text)
        for n, (i, trigger, future_prefix) in enumerate(found):
            next_verb = next((j for j, t, _ in found[n + 1 :] if t.pos == "verb"), len(tokens))
            agent = self._agent(tokens, entities, titles, i, trigger)
            if agent is None and previous_agent is not None:
                agent = previous_agent
            if agent is None:
                continue
            previous_agent = agent
            targets, locations = self._arguments(tokens, entities, i, next_verb, trigger, agent)
            if not targets and not locations:
                continue
            modality = _modality(tokens, i, future_prefix, sentence.text)
            event = Event(
                id=f"{self.doc.id}:{sentence.index}:{i}",
                event_type=trigger.event_type,
                plover=trigger.plover,
                cameo=trigger.cameo,
                trigger=token_text(tokens, i),
                evidence=evidence,
                agents=[str(a.cluster) for a in _coordinated(entities, agent, tokens)],
                targets=[str(t.cluster) for t in targets],
                locations=[str(p.cluster) for p in locations],
                date=date,
                modality=modality,
                confidence=0.7 if agent.label == PERSON else 0.55,
            )
            self.events.append(event)

    def _agent(self, tokens, entities, titles, i: int, trigger: Trigger) -> Mention | None:
        after = [m for m in _after(entities, i + 1) if m.first_token - i <= 6 and not _breaks(tokens, i + 1, m.first_token)]
        people_after = [m for m in after if m.label == PERSON]
        if trigger.pos == "verb":
            if people_after and all(not self._is_target_like(m) for m in after if m.first_token < people_after[0].first_token):
                return people_after[0]
        before = [m for m in entities if m.last_token <= i and i - m.last_token <= 10 and not _breaks(tokens, m.last_token, i)]
        for m in reversed(before):
            if m.label == PERSON:
                return m
        if trigger.pos == "verb" and after and after[0].first_token == i + 1 and after[0].label in (ORG, GPE):
            if self._is_country(after[0]) or after[0].label == ORG:
                return after[0]
        for m in reversed(before):
            if m.label in (ORG, GPE) and (m.label == ORG or self._is_country(m)) and m.last_token == i:
                return m
        return self._title_reference(tokens, titles, i)

    def _is_target_like(self, mention: Mention) -> bool:
        return mention.label in (GPE, LOC)

    def _title_reference(self, tokens, titles: list[Mention], i: int) -> Mention | None:
        """"الوزير الأميركي سيغادر": a title without a name refers to the person who holds it."""
        for title in reversed([t for t in titles if t.last_token <= i and i - t.last_token <= 3]):
            words = set(bare_key(title.text).split())
            for person, (role, _, _) in self.roles.items():
                if words & set(bare_key(role).split()):
                    return _ClusterRef(person)
        return None

    def _arguments(self, tokens, entities, i: int, stop: int, trigger: Trigger, agent: Mention):
        targets: list[Mention] = []
        locations: list[Mention] = []
        last = i + 1
        agent_cluster = agent.cluster
        for m in _after(entities, i + 1):
            if m.first_token >= stop or m.first_token - i > _TARGET_WINDOW:
                break
            if _breaks(tokens, i + 1, m.first_token):
                break
            if (targets or locations) and m.first_token - last > _TARGET_GAP:
                break
            if m.cluster == agent_cluster or m.source == "demonym":
                continue
            kind = "person" if m.label == PERSON else "org" if m.label == ORG else "place" if m.label in (GPE, LOC) else ""
            if kind == "place" and _preceded_by_locative(tokens, m) and trigger.event_type not in ("VISIT", "TRAVEL"):
                locations.append(m)
                last = m.last_token
            elif kind in trigger.target_types:
                targets.append(m)
                last = m.last_token
        return targets, locations

    def _relate(self, source: Mention, target: Mention, relation: str, evidence: Evidence, confidence: float,
                role: str = "", role_en: str = "") -> None:
        if source.cluster == target.cluster:
            return
        self.relations.append(Relation(str(source.cluster), str(target.cluster), relation, evidence, confidence, role, role_en))


@dataclass(slots=True)
class _ClusterRef:
    """Stands in for a mention when an agent is known only by its cluster."""

    cluster: int
    label: str = PERSON
    first_token: int = -1
    last_token: int = -1


def _after(entities: list[Mention], position: int) -> list[Mention]:
    return [m for m in entities if m.first_token >= position]


def _breaks(tokens, start: int, end: int, commas: bool = False) -> bool:
    """Whether a clause boundary lies between token ``start`` and token ``end``."""
    for t in tokens[start:end]:
        if t.text in _CLAUSE_BREAKS or (commas and t.text in _COMMAS):
            return True
    return False


def _coordinated(entities: list[Mention], agent, tokens) -> list:
    """The agent and the people coordinated with it (رئيسي وأردوغان وكاكار)."""
    if isinstance(agent, _ClusterRef):
        return [agent]
    group = [agent]
    current = agent
    for m in _after(entities, agent.last_token):
        gap = tokens[current.last_token : m.first_token]
        starts_with_wa = tokens[m.first_token].key.startswith("و") and m.text != tokens[m.first_token].text
        if m.label != agent.label or len(gap) > 0 and not all(t.text in _COMMAS for t in gap):
            if not (m.label == agent.label and not gap and starts_with_wa):
                break
        if not gap and not starts_with_wa:
            break
        group.append(m)
        current = m
    return group


def _preceded_by_locative(tokens, mention: Mention) -> bool:
    """في X, or a ب glued to X (بأستانا): the place is where it happened."""
    token = tokens[mention.first_token]
    if mention.first_token and bare_key(tokens[mention.first_token - 1].text) in _LOCATIVE:
        return True
    prefix = match_key(token.text[: max(0, mention.start - token.start)])
    return prefix in ("ب", "وب", "فب")


def token_text(tokens, i: int) -> str:
    return tokens[i].text


@lru_cache(maxsize=200_000)
def _trigger_of(key: str) -> tuple[Trigger, bool] | None:
    """The trigger a token key spells, with whether it carried the future prefix سـ.

    >>> _trigger_of("سيزور")[0].event_type, _trigger_of("سيزور")[1]
    ('VISIT', True)
    >>> _trigger_of("زيارته")[0].event_type
    'VISIT'
    """
    table = triggers()
    for stem, future in _stems(key):
        if stem in table:
            return table[stem], future
    return None


def _stems(key: str):
    """Readings of a word with conjunctions, prepositions, سـ, the article and pronouns off."""
    seen = []
    for conj in ("", "و", "ف"):
        if not key.startswith(conj):
            continue
        rest = key[len(conj):]
        for future in ("", "س"):
            if future and not (rest.startswith(future) and rest[1:2] in ("ي", "ت", "ن", "ا")):
                continue
            body = rest[len(future):]
            for prep in ("", "ل", "ب", "لل", "ال", "بال"):
                if future and prep:
                    continue
                if not body.startswith(prep) or len(body) - len(prep) < 2:
                    continue
                stem = body[len(prep):]
                seen.append((stem, bool(future)))
                for suffix in _PRONOUN_SUFFIXES:
                    if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                        base = stem[: -len(suffix)]
                        seen.append((base[:-1] + "ه" if base.endswith("ت") else base, bool(future)))
                        seen.append((base, bool(future)))
    return seen


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


def _date_in(text: str) -> str:
    found = _DATE.search(text)
    return found.group(0).strip() if found else ""


def _place(mention: Mention) -> Place | None:
    return place_by_canonical(mention.canonical) if mention.canonical else None
