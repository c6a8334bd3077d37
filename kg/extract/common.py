"""Shared pieces of extraction: token spans, clause boundaries, the lexicon's view of places."""

from __future__ import annotations

from dataclasses import dataclass

from kg.lexicon import Place, place_by_canonical
from kg.normalize import bare_key, match_key
from kg.types import PERSON, Mention

_CLAUSE_BREAKS = frozenset(":.؟?!؛;()[]«»\"“”")
_COMMAS = frozenset("،,")
_MINISTRY_KEY = bare_key("وزارة")
_PREPOSITIONS = frozenset(match_key(w) for w in "على في من إلى الى عن ب ل مع عبر حول".split())
_CAPITAL_KEYS = frozenset({"عاصمه", "عاصمتها", "عاصمته"})
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



def _noun_subject_after(tokens, i: int) -> bool:
    """"وامتنعت الدول الخمس": a definite noun right after the verb is its (unnamed) subject."""
    return i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال") and tokens[i + 1].key not in _ARGUMENT_STOPS


def _subject_before(actors: list[Mention], i: int) -> bool:
    return any(m.last_token <= i for m in actors)


def _stopped(tokens, start: int, end: int) -> bool:
    """A word that opens a new clause or a time adverbial lies between two tokens."""
    return any(t.key in _ARGUMENT_STOPS for t in tokens[start:end])



def _place(mention: Mention) -> Place | None:
    return place_by_canonical(mention.canonical) if mention.canonical else None
