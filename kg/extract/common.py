"""Shared pieces of extraction: token spans, clause boundaries, the lexicon's view of places."""

from __future__ import annotations

from dataclasses import dataclass

from kg.lexicon import Place, actor_words, org_by_canonical, place_by_canonical, place_words
from kg.normalize import bare_key, match_key
from kg.types import ORG, PERSON, Mention

_CLAUSE_BREAKS = frozenset(":.؟?!؛;()[]«»\"“”")
_COMMAS = frozenset("،,")
_MINISTRY_KEY = bare_key("وزارة")
_ARGUMENT_STOPS = frozenset(
    match_key(w)
    for w in (
        "منذ بعد قبل إثر عقب عندما حين حيث الذي التي الذين اللذين اللتين لكن لكنه بينما رغم بسبب وفقا ضمن أن إن "
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


def _breaks(tokens, start: int, end: int, commas: bool = False) -> bool:
    """Whether a clause boundary lies between token ``start`` and token ``end``."""
    for t in tokens[start:end]:
        if t.text in _CLAUSE_BREAKS or (commas and t.text in _COMMAS):
            return True
    return False


def _place(mention: Mention) -> Place | None:
    return place_by_canonical(mention.canonical) if mention.canonical else None


def _is_media(mention: Mention) -> bool:
    """A news agency or outlet: one the orgs lexicon knows (kinds agency, media), or a name
    headed by a media noun (قناة سكاي نيوز، صحيفة لا ستامبا; kg/data/actor_words.tsv)."""
    if mention.label != ORG:
        return False
    org = org_by_canonical(mention.canonical) if mention.canonical else None
    if org is not None:
        return org.kind in ("agency", "media")
    head = match_key(mention.text.split(" ")[0])
    return actor_words().get(head[2:] if head.startswith("ال") else head) == "media"


def _site(entity) -> bool:
    """ميناء X، مطار X، قاعدة X: a site's name, whatever its tag, names where things happen, never
    who acts (استقبل ميناء X السفينة is no meeting); its managers work for it (مدير مطار X)."""
    key = getattr(entity, "key", "") or ""
    return bool(key) and place_words().get(key.split()[0]) == "site"


def _glued(token, mention: Mention) -> str:
    """The conjunction or preposition letters glued before a mention (وبتعز -> وب)."""
    return match_key(token.text[: max(0, mention.start - token.start)])
