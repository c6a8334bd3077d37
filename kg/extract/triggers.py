"""The event trigger inventory (kg/data/events.tsv) and how a written word spells a trigger."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.normalize import match_key

_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا")


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


def _as_noun(key: str) -> bool:
    """A trigger read with the article or a glued preposition is a verbal noun (لدعم، بالدعم)."""
    for conj in ("", "و", "ف"):
        if key.startswith(conj) and key[len(conj):].startswith(("ال", "لل", "بال", "ل", "ب")):
            rest = key[len(conj):]
            stem = rest[3:] if rest.startswith(("لل", "بال")) else rest[2:] if rest.startswith("ال") else rest[1:]
            if stem in triggers() and rest not in triggers():
                return True
    return False

