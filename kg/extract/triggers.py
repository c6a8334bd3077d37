"""The event lexicon: kinds (kg/data/event_kinds.tsv), frames (event_frames.tsv), trigger
forms (events.tsv), support verbs (event_support.tsv) and cue words (event_cues.tsv), and
how a written word spells a trigger.

Linguistic knowledge lives in those files; kg.extract.events is the one engine that reads
them. scripts/check_event_frames.py validates them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.memo import memo
from kg.normalize import match_key, strip_diacritics, strip_tatweel

_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا")
SLOTS_FIXED = frozenset({"obj", "between", "of", "adj", "pobj", "subject", "subject_of"})
TYPES = frozenset({"person", "org", "place", "misc"})  # misc: a named event, agreement or law
AGENT_TYPES = frozenset({"person", "org", "place", "country"})  # country: a place that is a country, no city
CUE_ROLES = frozenset({"negation", "deny", "future", "particle", "relative", "adverb", "topic", "force", "speech", "sports",
                       "honorific", "pronoun", "opener", "this_country", "his_country", "ordinal", "own_force", "place_noun", "gather", "doer", "complementizer", "during",
                       "condition", "sequel", "sides", "ceremony", "include", "plain_sense", "rank", "claim", "verbal",
                       "circumstantial", "wish", "deed", "statement", "cease", "postpone", "quote", "site", "holds", "casualty", "cause", "passive", "determiner", "predicative", "spelled", "organise",
                       "habitual", "offer", "copula", "motion", "about", "blast", "members", "arrange", "matter", "judicial", "judgement", "venue",
                       "descriptor", "doubt", "seat", "making", "aim", "verbal_noun", "possible", "affirm", "within", "mission", "measure", "be", "scene", "change", "next",
                       "community", "credit", "host", "state_arm", "attempt", "need", "untrue", "necessity", "rule_out", "contrast", "kin", "intend", "clan", "lift", "owe", "by_agent",
                       "approve", "precaution", "whether", "source", "relation", "post"})
# senses of a frame (event_frames.tsv): the conflict ones are not read in sports reports
SENSES = frozenset({"conflict", "match", "state", "patient", "passive", "greet"})
_SPORTS_SENSES = SENSES - {"greet"}  # senses a word has otherwise in a sports report
_CONFLICT_SENSES = frozenset({"conflict", "state", "patient", "passive"})


@dataclass(frozen=True, slots=True)
class Kind:
    """An event kind of the inventory, with its PLOVER type and mode and its CAMEO code."""

    kind: str
    plover: str
    mode: str
    cameo: str


@dataclass(frozen=True, slots=True)
class Frame:
    """Which slots of a trigger are its target, what it needs, what ends its arguments."""

    frame: str
    kind: Kind
    pos: str
    targets: tuple[str, ...]
    target_types: frozenset[str]
    needs: frozenset[str]
    topic: frozenset[str]
    sports_sense: bool  # another sense in sports reports (a team's هجوم، a derby's قمة)
    symmetric: bool
    agent_types: frozenset[str]
    located: bool
    conflict: bool = False  # an act of force: a place after its target's site noun is where (غارات على مواقع X في Y)
    state: bool = False  # its noun also names a lasting state: read only with its doer as genitive
    patient: bool = False  # a verbal noun whose genitive is what is done to (اعتقال X), never its doer
    passive: bool = False  # a verb that unvowelled reads as passive too (قُتل X): only an overt armed subject acts
    greet: bool = False  # a welcome: ب on a person's name greets a guest, no praise of them

    @property
    def event_type(self) -> str:
        return self.kind.kind


@dataclass(frozen=True, slots=True)
class Trigger:
    """A written form and the frames it can open (a verb frame, a noun frame, or both)."""

    stem: str
    frames: tuple[Frame, ...]

    def frame(self, pos: str) -> Frame | None:
        return next((f for f in self.frames if f.pos == pos), None)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("kg").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return list(csv.DictReader(lines, delimiter="\t"))


def _slot_key(slot: str) -> str:
    return slot if slot in SLOTS_FIXED else "p:" + match_key(slot[2:])


@lru_cache(maxsize=1)
def kinds() -> dict[str, Kind]:
    """The event inventory, by kind."""
    return {r["kind"]: Kind(r["kind"], r["plover"], r["mode"], r["cameo"]) for r in _rows("event_kinds.tsv")}


@lru_cache(maxsize=1)
def frames() -> dict[str, Frame]:
    """The frames, by id."""
    table = kinds()
    out = {}
    for r in _rows("event_frames.tsv"):
        out[r["frame"]] = Frame(
            frame=r["frame"],
            kind=table[r["kind"]],
            pos=r["pos"],
            targets=tuple(_slot_key(s) for s in r["targets"].split(",") if s),
            target_types=frozenset(t for t in r["types"].split(",") if t),
            needs=frozenset(match_key(w) for w in (r["needs"] or "").split("|") if w),
            topic=frozenset(_slot_key(s) for s in (r["topic"] or "").split(",") if s),
            sports_sense=(r["sense"] or "") in _SPORTS_SENSES,
            symmetric=(r["symmetric"] or "") == "yes",
            agent_types=frozenset(t for t in r["agents"].split(",") if t),
            located=(r["located"] or "") == "yes",
            conflict=(r["sense"] or "") in _CONFLICT_SENSES,
            state=(r["sense"] or "") == "state",
            patient=(r["sense"] or "") == "patient",
            passive=(r["sense"] or "") == "passive",
            greet=(r["sense"] or "") == "greet",
        )
    return out


@lru_cache(maxsize=1)
def triggers() -> dict[str, Trigger]:
    """The trigger forms, keyed on the form's matching key (a form ending in a hamza on alef
    is in ``written_triggers`` instead)."""
    return _trigger_table(written=False)


@lru_cache(maxsize=1)
def written_triggers() -> dict[str, Trigger]:
    """Trigger forms that end in a hamza on alef (هنأ), keyed as written: the matching key
    folds أ to ا and would make هنأ "congratulated" the adverb هنا "here"."""
    return _trigger_table(written=True)


def _trigger_table(written: bool) -> dict[str, Trigger]:
    table = frames()
    found: dict[str, list[Frame]] = {}
    for r in _rows("events.tsv"):
        form = r["form"]
        if _final_hamza(form) == written:
            found.setdefault(written_key(form) if written else match_key(form), []).append(table[r["frame"]])
    return {stem: Trigger(stem, tuple(fs)) for stem, fs in found.items()}


def _final_hamza(form: str) -> bool:
    return strip_diacritics(form).endswith("أ")


@memo(200_000)
def written_key(text: str) -> str:
    """A word's key with its hamza kept: diacritics, tatweel and punctuation off, ى and ة
    folded as in the matching key, أ إ آ left as written.

    >>> written_key("هنّأ"), written_key("هنا")
    ('هنأ', 'هنا')
    """
    text = strip_tatweel(strip_diacritics(text)).replace("ى", "ي").replace("ة", "ه")
    return re.sub(r"^[^\w]+|[^\w]+$", "", text)


@memo(200_000)
def trigger_of_word(text: str) -> Reading | None:
    """The trigger a written word spells: by its matching key, else (a form that ends in a
    hamza on alef: هنأ، وهنأه) by its written key. One argument, the token's text (its key
    is ``match_key`` of it), so a look-up is one memo's, in C.

    >>> trigger_of_word("وهنأ").trigger.frame("verb").event_type
    'CONGRATULATE'
    >>> trigger_of_word("هنا") is None
    True
    """
    reading = _trigger_of(match_key(text), text.endswith("ة"))
    if reading is not None or "أ" not in text:
        return reading
    table = written_triggers()
    for stem, future, pronoun, nominal in _stems(written_key(text)):
        if stem in table:
            return Reading(table[stem], future, pronoun, nominal)
    return None


@lru_cache(maxsize=1)
def feminine_forms() -> frozenset[str]:
    """Trigger forms in the feminine (تزور، زارت): those whose masculine form (يزور، زار) opens
    the same frame. A feminine verb cannot have a man as its subject."""
    return frozenset(stem for stem, gender in _gendered_forms().items() if gender == "f")


def verb_gender(key: str) -> str | None:
    """"f" or "m": the gender a trigger verb agrees with (زارت، تزور / زار، يزور), read off its
    first verbal reading whose form has a counterpart of the other gender; None otherwise."""
    genders = _unambiguous_genders()
    for stem, _, _, nominal in _stems(key):
        if not nominal and stem in genders:
            return genders[stem]
    return None


@lru_cache(maxsize=1)
def _gendered_forms() -> dict[str, str]:
    """Trigger forms that come in both genders with the same frame, each with its own gender."""
    table = triggers()
    out = {}
    for stem, trigger in table.items():
        for masculine in (("ي" + stem[1:]) if stem.startswith("ت") else "", stem[:-1] if stem.endswith("ت") else ""):
            if masculine in table and set(table[masculine].frames) & set(trigger.frames):
                out[stem] = "f"
                out.setdefault(masculine, "m")
    return out


@lru_cache(maxsize=1)
def _unambiguous_genders() -> dict[str, str]:
    """The gendered forms less those that are also a masculine past (تجول، تجولت: he toured)."""
    table = triggers()
    return {stem: gender for stem, gender in _gendered_forms().items()
            if not (gender == "f" and stem.startswith("ت") and stem + "ت" in table)}


@lru_cache(maxsize=1)
def support_verbs() -> dict[str, str]:
    """Support verbs (أعرب، بعث، أجرى، تلقى ...) by matching key: their voice."""
    return {match_key(r["form"]): r["voice"] for r in _rows("event_support.tsv")}


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue words by role (negation, future, topic, ...), as matching keys."""
    out: dict[str, set[str]] = {role: set() for role in CUE_ROLES}
    for r in _rows("event_cues.tsv"):
        out[r["role"]].add(match_key(r["word"]))
    return {role: frozenset(words) for role, words in out.items()}


@dataclass(frozen=True, slots=True)
class Reading:
    """How a token spells a trigger: the trigger, whether it carried the future سـ, a pronoun
    suffix, or a prefix (article, preposition) that makes it a noun."""

    trigger: Trigger
    future: bool
    pronoun: bool
    nominal: bool


@memo(200_000)
def _trigger_of(key: str, ends_in_teh_marbuta: bool = False) -> Reading | None:
    """The trigger a token spells.

    A word written with a final ة never loses it as a pronoun: وزارة is "ministry", not
    و + زار + ه ("and he visited him").

    >>> r = _trigger_of("سيزور")
    >>> r.trigger.frame("verb").event_type, r.future, r.pronoun
    ('VISIT', True, False)
    >>> r = _trigger_of("لزيارتهما")
    >>> r.trigger.frame("noun").event_type, r.pronoun, r.nominal
    ('VISIT', True, True)
    >>> _trigger_of("وزاره", True) is None
    True
    """
    table = triggers()
    for stem, future, pronoun, nominal in _stems(key):
        if pronoun and ends_in_teh_marbuta and not stem.endswith("ه"):
            continue
        if stem in table:
            return Reading(table[stem], future, pronoun, nominal)
    return None


@memo(200_000)
def _stems(key: str) -> tuple[tuple[str, bool, bool, bool], ...]:
    """Readings of a word with conjunctions, prepositions, سـ, the article and pronouns off:
    (stem, carried سـ, carried a pronoun, carried a preposition or the article)."""
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
                seen.append((stem, bool(future), False, bool(prep)))
                for suffix in _PRONOUN_SUFFIXES:
                    # a doubled root is written with two letters (شنها: شن + ها), never after a preposition
                    if stem.endswith(suffix) and len(stem) - len(suffix) >= (2 if not prep else 3):
                        base = stem[: -len(suffix)]
                        if base.endswith("ت"):
                            seen.append((base[:-1] + "ه", bool(future), True, bool(prep)))
                        if base.endswith("ا"):  # أجراها، التقاه: a final ى is written ا before a pronoun
                            seen.append((base[:-1] + "ي", bool(future), True, bool(prep)))
                        seen.append((base, bool(future), True, bool(prep)))
    return tuple(seen)


def check_lexicon() -> list[str]:
    """Problems in the event lexicon files: unknown kinds, frames, slots, types, voices or cue
    roles, a kind no frame reads, a frame no trigger opens. An empty list: the data is sound."""
    problems: list[str] = []
    known = kinds()
    frame_rows = _rows("event_frames.tsv")
    for r in frame_rows:
        where = f"event_frames.tsv {r['frame']}"
        if r["kind"] not in known:
            problems.append(f"{where}: unknown kind {r['kind']}")
        if r["pos"] not in ("verb", "noun", "predicate", "participle"):
            problems.append(f"{where}: pos must be verb, noun, predicate or participle, not {r['pos']!r}")
        for column in ("targets", "topic"):
            for slot in (r[column] or "").split(","):
                if slot and slot not in SLOTS_FIXED and not (slot.startswith("p:") and len(slot) > 2):
                    problems.append(f"{where}: bad slot {slot!r} in {column}")
        for column, allowed in (("types", TYPES), ("agents", AGENT_TYPES)):
            bad = {t for t in (r[column] or "").split(",") if t} - allowed
            if bad or not r[column]:
                problems.append(f"{where}: {column} must be among {sorted(allowed)}")
        if (r["sense"] or "") not in SENSES | {""} or (r["symmetric"] or "") not in ("", "yes") or (r["located"] or "") not in ("", "yes"):
            problems.append(f"{where}: sense takes one of {sorted(SENSES)}, symmetric and located yes, or nothing")
    read = {r["kind"] for r in frame_rows}
    problems += [f"event_kinds.tsv {k}: no frame reads this kind" for k in known if k not in read]
    frame_ids = {r["frame"] for r in frame_rows}
    opened = set()
    for r in _rows("events.tsv"):
        if r["frame"] not in frame_ids:
            problems.append(f"events.tsv {r['form']}: unknown frame {r['frame']}")
        opened.add(r["frame"])
    problems += [f"event_frames.tsv {f}: no trigger opens this frame" for f in sorted(frame_ids - opened)]
    problems += [f"event_support.tsv {r['form']}: voice must be active, receive or undergo"
                 for r in _rows("event_support.tsv") if r["voice"] not in ("active", "receive", "undergo")]
    problems += [f"event_cues.tsv {r['word']}: unknown role {r['role']}" for r in _rows("event_cues.tsv") if r["role"] not in CUE_ROLES]
    return problems
