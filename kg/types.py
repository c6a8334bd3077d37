"""The data that flows through kg, stage to stage.

documents -> sentences and tokens -> mentions -> entities -> relations and events
-> graph -> exports. Every stage reads these dataclasses and hands on new ones; the
character offsets in each of them point into ``Document.text`` as ingest left it, so
every node and edge can be traced back to the exact span it came from.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

# Entity labels: constants, never bare strings elsewhere in the code.
PERSON = "PERSON"
ORG = "ORG"
GPE = "GPE"
LOC = "LOC"
MISC = "MISC"
EVENT = "EVENT"
# Not entities: cues that tagging passes on to resolution and extraction.
TITLE = "TITLE"
ENTITY_LABELS = (PERSON, ORG, GPE, LOC, MISC)
PLACE_LABELS = frozenset({GPE, LOC})


class KgError(Exception):
    """An error a user can act on: the CLI prints its message as one line."""

    exit_code = 1


@dataclass(slots=True)
class Token:
    """A token with its span in the document text and its matching key."""

    text: str
    start: int
    end: int
    key: str


@dataclass(slots=True)
class Sentence:
    """A sentence: its index in the document, its span and its tokens.

    ``keys`` and ``texts`` are the tokens' keys and texts, read once: the tagging and
    extraction rules pass word-type memos over them some twenty times per sentence.
    """

    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    keys: list[str] = field(init=False, repr=False, compare=False)
    texts: list[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.keys = [token.key for token in self.tokens]
        self.texts = [token.text for token in self.tokens]


@dataclass(slots=True)
class Document:
    """One article. ``text`` is the article as ingest left it (page furniture removed)."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    path: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    fetched: bool = False  # ``date`` is only the day the page was fetched (a crawl's stamp), not the day it was written

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


@dataclass(slots=True)
class Mention:
    """A named-entity mention: a character span of a document with its type.

    ``first_token``/``last_token`` index the sentence's tokens (inclusive, exclusive);
    ``key`` is the clitic-free matching key the resolver groups on.
    """

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    label: str
    key: str
    confidence: float = 1.0
    source: str = "model"
    first_token: int = 0
    last_token: int = 0
    cluster: int = -1
    canonical: str = ""
    label_en: str = ""
    iso: str = ""


@dataclass(slots=True)
class Entity:
    """One real-world thing, gathered from all the mentions that name it."""

    id: str
    label: str
    type: str
    label_en: str = ""
    iso: str = ""
    aliases: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    mentions: int = 0
    merge_reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    """Where a relation was read: document, sentence and the sentence text."""

    doc_id: str
    sentence: int
    text: str


@dataclass(slots=True)
class Relation:
    """A typed edge between two entity ids (or an entity and an event id)."""

    source: str
    target: str
    relation: str
    evidence: Evidence
    confidence: float = 1.0
    role: str = ""
    role_en: str = ""


@dataclass(slots=True)
class Event:
    """Something that happened (or is planned, or denied), with its arguments."""

    id: str
    event_type: str
    plover: str
    cameo: str
    trigger: str
    evidence: Evidence
    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    date: str = ""
    date_iso: str = ""
    modality: str = "reported"
    confidence: float = 1.0


@dataclass(slots=True)
class Cluster:
    """A document-local entity: the mentions of one document that name the same thing.

    ``key`` is what corpus-level resolution merges on (a lexicon canonical key, or the
    fullest name's key); ``iso`` and ``label_en`` come from a lexicon when one knows them.
    """

    index: int
    type: str
    key: str
    label: str
    label_en: str = ""
    iso: str = ""
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    reasons: list[str] = field(default_factory=list)
    from_lexicon: bool = False
    sources: list[str] = field(default_factory=list)  # how its mentions were found (model, gazetteer, title-cue...)
    beside: list[str] = field(default_factory=list)  # name words written beside a one-word person's mentions (جرجي زيدان); an organisation's towns (... بمكة المكرمة)
    nationality: list[str] = field(default_factory=list)  # ISO codes of the nationality adjectives written beside a person (البرازيلي رونالدو)


class CoMention(NamedTuple):
    """Two clusters of one document named in the same sentence (``a < b``), in how many
    sentences, and the index of the first."""

    a: int
    b: int
    sentences: int
    sentence: int


@dataclass(slots=True)
class DocResult:
    """All a document yields, before corpus-level resolution.

    Relations and events name clusters by their index (as a string) within this document;
    resolution maps them to corpus-wide entity ids. A DocResult depends on the document
    alone, so it can be computed in any process and stored by content hash.
    """

    doc_id: str
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    path: str = ""
    sentences: int = 0
    tokens: int = 0
    mentions: list[Mention] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Co-mentioned cluster pairs as flat (a, b, sentences, first sentence) quadruples:
    # 30,000 articles hold about a million pairs, 16 bytes each here against 88 as
    # tuples. ``co_mentions()`` reads them back. The text of each first sentence by index.
    comentions: array = field(default_factory=lambda: array("I"))
    comention_sentences: dict[int, str] = field(default_factory=dict)

    def co_mentions(self) -> Iterator[CoMention]:
        """The co-mentioned cluster pairs of ``comentions``."""
        flat = self.comentions
        for i in range(0, len(flat) - 3, 4):
            yield CoMention(flat[i], flat[i + 1], flat[i + 2], flat[i + 3])
