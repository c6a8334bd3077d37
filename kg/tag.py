"""Tagging: named-entity mentions from the statistical model, the gazetteer and title cues.

The model (kg.ner) finds names it has never seen; the gazetteer (kg.lexicon) knows the
fixed inventory of countries, cities, regions and organisations with their canonical
names, and nationality adjectives (الروسي) that the model tags as nothing. Where both
speak, the longer span wins and a gazetteer entry lends its type. Titles (الرئيس،
وزير الخارجية) are passed on as TITLE mentions: extraction reads affiliations from them,
and a name the model missed right after a title is still taken as a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.lexicon import Demonym, Match, Org, Place, Title, gazetteer
from kg.ner import load_model
from kg.types import GPE, LOC, MISC, ORG, PERSON, TITLE, Document, Mention, Sentence
from kg.normalize import bare_key, match_key

_MODEL_LABELS = {"PERS": PERSON, "ORG": ORG, "LOC": LOC, "MISC": MISC}
# Words that end a name when reading one after a title (the model missed it).
_NAME_STOPS = frozenset(
    bare_key(w)
    for w in (
        "في من إلى على عن مع أن إن أنه بأن الذي التي الذين قد لقد كما لكن ثم أو و هو هي "
        "الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الاثنين اليوم أمس غدا يوم صباح مساء "
        "قال وقال أكد وأكد أعلن وأعلن أضاف خلال بعد قبل منذ حيث عبر لدى بين نحو"
    ).split()
)
_MAX_CUE_NAME = 4


def tag(doc: Document, *, backend: str = "model") -> list[Mention]:
    """Mentions of ``doc`` in text order: entities (PERSON ORG GPE LOC MISC) and TITLE cues."""
    if not doc.sentences:
        return []
    model = load_model() if backend == "model" else _camel_backend()
    predictions = model.predict([[t.text for t in s.tokens] for s in doc.sentences])
    lexicon = gazetteer()
    mentions: list[Mention] = []
    for sentence, tags in zip(doc.sentences, predictions):
        keys = [t.key for t in sentence.tokens]
        matches = lexicon.match(keys)
        mentions.extend(_sentence_mentions(doc.id, sentence, tags, matches))
    return mentions


def _camel_backend():
    from kg.ner import load_camel_backend

    return load_camel_backend()


def _spans_from_bio(tags: Sequence[tuple[str, float]]) -> list[tuple[int, int, str, float]]:
    """(first, last, label, confidence) spans from BIO tags; an I- without B- opens a span."""
    spans = []
    start, label, probs = -1, "", []
    for i, (tag, prob) in enumerate(list(tags) + [("O", 1.0)]):
        inside = tag.startswith("I-") and tag[2:] == label and start >= 0
        if inside:
            probs.append(prob)
            continue
        if start >= 0:
            spans.append((start, i, label, sum(probs) / len(probs)))
            start, label, probs = -1, "", []
        if tag != "O" and tag[2:] in _MODEL_LABELS:
            start, label, probs = i, tag[2:], [prob]
    return spans


def _sentence_mentions(doc_id: str, sentence: Sentence, tags, matches: list[Match]) -> list[Mention]:
    tokens = sentence.tokens
    taken = [False] * len(tokens)
    out: list[Mention] = []

    def add(first: int, last: int, label: str, confidence: float, source: str, match: Match | None = None) -> None:
        start = tokens[first].start + (_prefix_chars(tokens[first].text, match.prefix) if match else 0)
        end = tokens[last - 1].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        mention = Mention(doc_id, sentence.index, start, end, text, label, bare_key(text), confidence, source, first, last)
        if match is not None:
            _fill_from_lexicon(mention, match)
        out.append(mention)
        for i in range(first, last):
            taken[i] = True

    model_spans = _spans_from_bio(tags)
    entity_matches = [m for m in matches if not isinstance(m.entry, Title)]
    # Gazetteer spans first when they cover a model span (or touch none): they know the
    # full name and the canonical entity. A model span longer than the match wins.
    for match in entity_matches:
        overlapping = [s for s in model_spans if s[0] < match.last and match.first < s[1]]
        if any(s[0] < match.first or s[1] > match.last for s in overlapping):
            continue
        add(match.first, match.last, _lexicon_label(match), 0.95, _source(match), match)
    for first, last, label, confidence in model_spans:
        if any(taken[first:last]):
            continue
        add(first, last, _MODEL_LABELS[label], confidence, "model")
    for match in matches:
        if isinstance(match.entry, Title) and not any(taken[match.first : match.last]):
            add(match.first, match.last, TITLE, 0.9, "title", match)
            for i in range(match.first, match.last):
                taken[i] = False
            name = _name_after_title(tokens, match.last, taken)
            if name:
                add(name[0], name[1], PERSON, 0.6, "title-cue")
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _prefix_chars(token_text: str, prefix_key: str) -> int:
    """How many characters of the written token the (normalised) proclitic takes up.

    >>> _prefix_chars("وَأوزبكستان", "و")
    2
    """
    for i in range(len(token_text)):
        if match_key(token_text[: i + 1]) == prefix_key:
            end = i + 1
            while end < len(token_text) and not match_key(token_text[end]):
                end += 1  # diacritics and tatweel that belong to the proclitic
            return end
    return 0


def _fill_from_lexicon(mention: Mention, match: Match) -> None:
    entry = match.entry
    if isinstance(entry, Place):
        mention.canonical, mention.label_en = entry.canonical, entry.label_en
        mention.iso = entry.iso if entry.kind == "country" else ""
    elif isinstance(entry, Org):
        mention.canonical, mention.label_en = entry.canonical, entry.label_en
    elif isinstance(entry, Demonym):
        mention.canonical, mention.label_en, mention.iso = entry.canonical, entry.label_en, entry.iso
    elif isinstance(entry, Title):
        mention.canonical, mention.label_en = entry.form, entry.role_en


def _is_demonym(match: Match) -> bool:
    return isinstance(match.entry, Demonym)


def _lexicon_label(match: Match) -> str:
    entry = match.entry
    if isinstance(entry, Place):
        return entry.type
    if isinstance(entry, Org):
        return ORG
    return GPE  # a nationality adjective names its country


def _source(match: Match) -> str:
    return "demonym" if _is_demonym(match) else "gazetteer"


def _name_after_title(tokens, position: int, taken: list[bool]) -> tuple[int, int] | None:
    """A name right after a title (and its country adjective), which the model missed."""
    i = position
    while i < len(tokens) and (taken[i] or tokens[i].text in "،,"):
        if taken[i] and i > position and not taken[i - 1] and tokens[i - 1].text not in "،,":
            return None
        i += 1
    first = i
    while i < len(tokens) and i - first < _MAX_CUE_NAME and not taken[i]:
        token = tokens[i]
        if not token.key or not token.key[0].isalpha() or bare_key(token.text) in _NAME_STOPS:
            break
        i += 1
    if i - first >= 2 and (i == len(tokens) or not tokens[i].key[:1].isalpha() or taken[i]):
        return first, i
    return None
