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
  location after it (a visit "إلى هناك" goes where the article's last visit went), modality (planned with سـ / سوف / من المقرر / المقبل; negated with
  لن / لم / لا), a date read from the sentence, and the sentence as evidence.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from kg.lexicon import Place, feminine_adjective, place_by_canonical
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
_MINISTRY_KEY = bare_key("وزارة")
_PREPOSITIONS = frozenset(match_key(w) for w in "على في من إلى الى عن ب ل مع عبر حول".split())
_CAPITAL_KEYS = frozenset({"عاصمه", "عاصمتها", "عاصمته"})
_NEGATIONS = frozenset({"لن", "لم", "لا", "ليس", "لما", "ولن", "ولم", "ولا"})
_FUTURE_WORDS = ("سوف", "من المقرر", "من المتوقع", "يعتزم", "تعتزم", "المقبل", "المقبله", "القادم", "القادمه")
_FUTURE_KEYS = tuple(match_key(w) for w in _FUTURE_WORDS)
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا")
_LOCATIVE = frozenset({"في", "ب"})
_ARGUMENT_STOPS = frozenset(
    match_key(w)
    for w in (
        "منذ بعد قبل عندما حين حيث الذي التي الذين اللذين اللتين لكن لكنه بينما رغم بسبب وفقا ضمن أن إن "
        "الواقع الواقعة الواقعين الواقعتين"
    ).split()
)
# Events whose places are targets (visiting a country), not just where they happened.
_PLACE_EVENTS = frozenset({"VISIT", "TRAVEL"})
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
    reader.complete_ministries()
    return reader.relations, reader.events


class _DocumentReader:
    """Reads sentences in order, remembering each person's role for counterparts."""

    def __init__(self, doc: Document, clusters: list[Cluster]) -> None:
        self.doc = doc
        self.clusters = clusters
        self.relations: list[Relation] = []
        self.events: list[Event] = []
        self.roles: dict[int, tuple[str, str, int]] = {}  # person cluster -> (role, role_en, country cluster)
        self.last_agent = None  # the story's current actor, for sentences that drop the subject
        self.last_destination: list = []  # places the latest visit went to, for "إلى هناك"
        self.dateline: list[Mention] = []  # "أستانا (كازاخستان):" opening the story
        self.dateline_checked = False

    def read(self, sentence: Sentence, mentions: list[Mention]) -> None:
        entities = [m for m in mentions if m.cluster >= 0]
        if not self.dateline_checked and sentence.tokens:
            self.dateline = _dateline(sentence, entities)
            self.dateline_checked = sentence.index >= 2 or bool(self.dateline)
        titles = [m for m in mentions if m.label == TITLE]
        evidence = Evidence(self.doc.id, sentence.index, sentence.text)
        self._affiliations(sentence, entities, titles, evidence)
        self._places(sentence, entities, evidence)
        self._events(sentence, entities, titles, evidence)

    def complete_ministries(self) -> None:
        """A bare "ministry of X" is the ministry of the country whose X-minister the article names.

        وزارة الخارجية in an article that calls someone وزير الخارجية الأمريكي is the US
        ministry; with no such minister, or two countries' ministers, it stays as written.
        """
        for cluster in self.clusters:
            words = cluster.key.split(" ")
            if cluster.type != ORG or len(words) != 2 or words[0] != _MINISTRY_KEY:
                continue
            countries = {
                employer for role, _, employer in self.roles.values()
                if words[1] in bare_key(role).split(" ") and self.clusters[employer].iso
            }
            if len(countries) != 1:
                continue
            country = self.clusters[countries.pop()]
            adjective = feminine_adjective(country.label)
            if adjective:
                cluster.key = f"{cluster.key} {bare_key(adjective)}"
                cluster.label = f"{cluster.label} {adjective}"
                cluster.reasons.append(f"{cluster.label}: the ministry of the article's {country.label_en or country.label} minister")

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
            if _is_counterpart(title):
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


def _is_counterpart(title: Mention) -> bool:
    """نظيره، نظيرته: the titles lexicon gives counterparts the English role "counterpart"."""
    return title.label_en == "counterpart"


def _after(entities: list[Mention], position: int) -> list[Mention]:
    return [m for m in entities if m.first_token >= position]


def _breaks(tokens, start: int, end: int, commas: bool = False) -> bool:
    """Whether a clause boundary lies between token ``start`` and token ``end``."""
    for t in tokens[start:end]:
        if t.text in _CLAUSE_BREAKS or (commas and t.text in _COMMAS):
            return True
    return False


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


_FROM = match_key("من")


def _after_from(tokens, mention: Mention) -> bool:
    """من X (قادما من X، وفد من X): the place a trip or a visitor comes from."""
    return mention.first_token > 0 and tokens[mention.first_token - 1].key == _FROM


def _preceded_by_locative(tokens, mention: Mention) -> bool:
    """في X, or a ب glued to X (بأستانا): the place is where it happened."""
    token = tokens[mention.first_token]
    if mention.first_token and bare_key(tokens[mention.first_token - 1].text) in _LOCATIVE:
        return True
    prefix = match_key(token.text[: max(0, mention.start - token.start)])
    return prefix in ("ب", "وب", "فب")


@lru_cache(maxsize=200_000)
def _trigger_of(key: str, ends_in_teh_marbuta: bool = False) -> tuple[Trigger, bool, bool] | None:
    """The trigger a token spells: (trigger, carried the future سـ, carried a pronoun suffix).

    A word written with a final ة never loses it as a pronoun: وزارة is "ministry", not
    و + زار + ه ("and he visited him").

    >>> trigger, future, pronoun = _trigger_of("سيزور")
    >>> trigger.event_type, future, pronoun
    ('VISIT', True, False)
    >>> _trigger_of("لزيارتهما")[0].event_type, _trigger_of("لزيارتهما")[2]
    ('VISIT', True)
    >>> _trigger_of("وزاره", True) is None
    True
    """
    table = triggers()
    for stem, future, pronoun in _stems(key):
        if pronoun and ends_in_teh_marbuta and not stem.endswith("ه"):
            continue
        if stem in table:
            return table[stem], future, pronoun
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
                seen.append((stem, bool(future), False))
                for suffix in _PRONOUN_SUFFIXES:
                    if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                        base = stem[: -len(suffix)]
                        if base.endswith("ت"):
                            seen.append((base[:-1] + "ه", bool(future), True))
                        seen.append((base, bool(future), True))
    return seen


def _dateline(sentence: Sentence, entities: list[Mention]) -> list[Mention]:
    """Places that open a story before a colon or dash (أستانا (كازاخستان): ...): where its events happen."""
    tokens = sentence.tokens
    for j, token in enumerate(tokens[:8]):
        if token.text in (":", "-", "–", "—"):
            head = [m for m in entities if m.last_token <= j]
            places = [m for m in head if m.label in (GPE, LOC)]
            if places and len(places) == len(head) and all(
                t.text in "()" or any(m.first_token <= k < m.last_token for m in places) for k, t in enumerate(tokens[:j])
            ):
                return places
            return []
    return []


def _as_noun(key: str) -> bool:
    """A trigger read with the article or a glued preposition is a verbal noun (لدعم، بالدعم)."""
    for conj in ("", "و", "ف"):
        if key.startswith(conj) and key[len(conj):].startswith(("ال", "لل", "بال", "ل", "ب")):
            rest = key[len(conj):]
            stem = rest[3:] if rest.startswith(("لل", "بال")) else rest[2:] if rest.startswith("ال") else rest[1:]
            if stem in triggers() and rest not in triggers():
                return True
    return False


def _noun_subject_after(tokens, i: int) -> bool:
    """"وامتنعت الدول الخمس": a definite noun right after the verb is its (unnamed) subject."""
    return i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال") and tokens[i + 1].key not in _ARGUMENT_STOPS


def _subject_before(actors: list[Mention], i: int) -> bool:
    return any(m.last_token <= i for m in actors)


def _stopped(tokens, start: int, end: int) -> bool:
    """A word that opens a new clause or a time adverbial lies between two tokens."""
    return any(t.key in _ARGUMENT_STOPS for t in tokens[start:end])


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


def _date_in(text: str) -> str:
    found = _DATE.search(text)
    return found.group(0).strip() if found else ""


_WEEKDAY_NUMBERS = {match_key(w): n for n, w in enumerate("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())}
_MONTHS_MSA = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                  "تشرين الأول", "تشرين الثاني", "كانون الأول"]
_MONTH_NUMBERS = {match_key(w): n for names in (_MONTHS_MSA, _MONTHS_LEVANT) for n, w in enumerate(names, start=1)}
_MONTH_NUMBERS.update({match_key("ابريل"): 4, match_key("إبريل"): 4, match_key("اغسطس"): 8, match_key("اكتوبر"): 10})


def resolve_date(text: str, document_date: str) -> str:
    """An ISO date for a date expression, when the document's own date anchors it.

    Without a document date, or for expressions it cannot pin down, the text is kept.

    >>> resolve_date("الثلاثاء المقبل", "2023-02-24")
    '2023-02-28'
    >>> resolve_date("28 فبراير إلى 3 مارس", "2023-02-24 10:00")
    '2023-02-28'
    >>> resolve_date("الخميس", "")
    'الخميس'
    """
    import datetime as dt

    if not text or not document_date:
        return text
    try:
        anchor = dt.date.fromisoformat(document_date.strip()[:10])
    except ValueError:
        return text
    key = match_key(text)
    words = key.split()
    for word in words:
        if word in _WEEKDAY_NUMBERS:
            delta = (_WEEKDAY_NUMBERS[word] - anchor.weekday()) % 7
            if "الماضي" in words:
                delta = delta - 7 if delta else -7
            elif "المقبل" in words or "القادم" in words:
                delta = delta or 7
            elif delta:
                delta -= 7  # a bare weekday in news is the latest one
            return (anchor + dt.timedelta(days=delta)).isoformat()
    day = re.match(r"(?:من )?(\d{1,2}) (.+?)(?: \d{4})?(?: (?:الي|حتي|و|-).*)?$", key)
    if day:
        month_words = day.group(2).split(" ")
        for size in (2, 1):
            month = _MONTH_NUMBERS.get(" ".join(month_words[:size]))
            if month:
                year = re.search(r"\d{4}", key)
                try:
                    return dt.date(int(year.group()) if year else anchor.year, month, int(day.group(1))).isoformat()
                except ValueError:
                    return text
    return text


def _place(mention: Mention) -> Place | None:
    return place_by_canonical(mention.canonical) if mention.canonical else None
