"""Relations and events: who holds which role where, which place lies in which, who did what.

Everything here reads one sentence at a time over its tokens and the mentions tagging
found, with patterns of Arabic news prose rather than of particular articles. One module
per kind of fact: ``affiliations``, ``places``, ``events`` (with ``triggers`` and
``dates``); ``common`` holds the token helpers they share.
"""

from __future__ import annotations

from kg.extract.affiliations import AffiliationReader
from kg.extract.dates import date_of_writing, resolve_date, to_iso
from kg.extract.events import EventReader
from kg.extract.places import PlaceReader, _dateline
from kg.extract.triggers import Trigger, triggers
from kg.types import TITLE, Cluster, Document, Event, Evidence, Mention, Relation, Sentence

__all__ = ["extract", "resolve_date", "to_iso", "triggers", "Trigger"]


def extract(doc: Document, mentions: list[Mention], clusters: list[Cluster]) -> tuple[list[Relation], list[Event]]:
    """Affiliations, place relations and events of one document.

    Relation ends and event arguments are cluster indices (as strings).
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    reader = DocumentReader(doc, clusters)
    for sentence in doc.sentences:
        reader.read(sentence, by_sentence.get(sentence.index, []))
    reader.complete_ministries()
    reader.date_mentions()
    return reader.relations, reader.events


class DocumentReader(AffiliationReader, PlaceReader, EventReader):
    """Reads sentences in order, remembering each person's role for counterparts."""

    def __init__(self, doc: Document, clusters: list[Cluster]) -> None:
        self.doc = doc
        self.written = date_of_writing(doc.text, doc.date)  # the day its اليوم and أمس mean
        # a crawl's stamp is no day of writing: اليوم and أمس count from none unless the text names the day
        self.unanchored = doc.fetched and self.written == doc.date
        self.clusters = clusters
        self.relations: list[Relation] = []
        self.events: list[Event] = []
        self.roles: dict[int, tuple[str, str, int]] = {}  # person cluster -> (role, role_en, country cluster)
        self.titled: dict[int, set[str]] = {}  # person cluster -> the one office title (canonical) each phrase naming them gives
        self.named_with: dict[int, set[str]] = {}  # person cluster -> every office title (canonical) a phrase names them with
        self.subject = None  # (sentence, actor phrase): the latest named subject, for a dropped one
        self._speaker_now = None  # the named subject of this sentence's verb of saying
        self._sentence_now = -1  # the index of the sentence being read
        self._named_here: dict[int, int] = {}  # clusters named in the sentence being read -> where last named
        self._reason_owner = None  # the one thanked in this sentence, owner of a على دعمه after it
        self._subjectless = False  # a trigger verb of this sentence had no subject the text names
        self._sports: bool | None = None  # whether the document is a sports report (read once)
        self._named_again: set[int] | None = None  # clusters the article names more than once (read once)
        self.ministers: list[tuple[int, str, str, Evidence]] = []  # ministers with no country, for complete_ministries
        self.unplaced: list[tuple[int, str, str, Evidence, bool, frozenset[int]]] = []  # bare state titles, for the article's country
        self.last_named: dict[int, int] = {}  # cluster -> the latest sentence that named it, for رئيس الحزب
        self.last_destination: list = []  # places the latest visit went to, for "إلى هناك"
        self.last_pair = None  # (sentence, agent, partner) of the latest two-party event, for الجانبان
        self.trip_modality = ""  # the modality of the latest trip (visit, travel), for خلال الزيارة
        self.awaited_trips: set[tuple[str, tuple[str, ...]]] = set()  # (kind, travellers) of trips told planned
        self.trips_done: set[tuple[str, tuple[str, ...]]] = set()  # (kind, travellers) of trips told done (or denied)
        self._verbs: list[int] = []  # the trigger verbs of the sentence being read
        self.countries_named: dict[int, Mention] = {}  # country cluster -> its latest mention, for بلاده
        self.honored: dict[str, set[int]] = {}  # title of respect (فخامه، سمو) -> the people named with it
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

    def _relate(self, source: Mention, target: Mention, relation: str, evidence: Evidence, confidence: float,
                role: str = "", role_en: str = "") -> None:
        if source.cluster == target.cluster:
            return
        self.relations.append(Relation(str(source.cluster), str(target.cluster), relation, evidence, confidence, role, role_en))

