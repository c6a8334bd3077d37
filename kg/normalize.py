"""Matching keys for Arabic text.

Display text always keeps the article's own spelling; these functions only build the
keys that mentions, gazetteer entries and entities are compared on. Gazetteer rows and
mentions pass through the same ``match_key`` so they cannot drift apart.

Only ``camel_tools.utils`` is imported: it needs no data and never reaches the network.
"""

from __future__ import annotations

import re

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from kg.memo import memo

_TATWEEL = re.compile("\u0640+")
# Zero-width and direction marks that scraped pages scatter through words.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_DASHES = re.compile(r"[-_\u2010-\u2015\u2212]+")
_SPACES = re.compile(r"\s+")
_PUNCT_EDGES = re.compile(r"^[^\w]+|[^\w]+$")

# Arabic letters without harakat or tatweel, and Latin letters: on a word made of them
# alone every step of match_key is a per-letter map (nothing composes, nothing is
# punctuation), so one translate gives the same key (tests/test_normalize.py checks each letter).
_LETTERS = re.compile("[\u0621-\u063a\u0641-\u064aA-Za-z]+")
_FOLD_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}})

# Proclitics that attach to a noun, longest first: conjunction (و ف), preposition
# (ب ل ك), and the article with its ل-assimilated form (لل = ل + ال).
PROCLITICS = (
    "وبال", "وكال", "فبال", "وللـ", "ولل", "فلل", "وال", "فال", "بال", "كال",
    "لل", "ال", "و", "ف", "ب", "ل", "ك",
)
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")


def by_first_letter(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``prefixes`` grouped by their first letter, each group in the given order: a word
    is tried only against the prefixes it can start with (most start with none)."""
    groups: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        groups[prefix[0]] = (*groups.get(prefix[0], ()), prefix)
    return groups


_PROCLITICS_BY_LETTER = by_first_letter(PROCLITICS)
ARTICLE_PREFIXES_BY_LETTER = by_first_letter(_ARTICLE_PREFIXES)
# The article prefixes a key drops. ك "like" + the article (كالسعودية) also opens foreign
# names (كاليفورنيا، كالابار): a key keeps it, and the tagger cuts ك off a name only where
# the rest is a known name (kg.tag).
KEY_ARTICLE_PREFIXES_BY_LETTER = by_first_letter(tuple(p for p in _ARTICLE_PREFIXES if "كال" not in p))
# A stem shorter than this after stripping is more likely a whole word than a clitic split.
MIN_STEM = 3
_LONG_VOWELS = re.compile("(?<=.)[اوي]")


def strip_tatweel(text: str) -> str:
    """Remove tatweel (ـ), the stretching stroke that never changes a word."""
    return _TATWEEL.sub("", text)


def strip_diacritics(text: str) -> str:
    """Remove harakat so that vowelled and unvowelled spellings share a key."""
    return dediac_ar(text)


def fold_letters(text: str) -> str:
    """Fold أ إ آ ٱ to ا, ى to ي and ة to ه: the spellings Arabic news mixes freely; and the
    Persian ی and ک, which Arabic outlets copy from Persian sources, to ي and ك (حسین، عبد
    اللهیان).

    >>> fold_letters("حسین") == fold_letters("حسين"), fold_letters("کرمان") == fold_letters("كرمان")
    (True, True)
    """
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text.translate(_PERSIAN_LETTERS))))


# The Persian letters that write the Arabic ي and ك (ی U+06CC, ک U+06A9).
_PERSIAN_LETTERS = str.maketrans({"\u06cc": "ي", "\u06a9": "ك"})


@memo(500_000)
def match_key(text: str) -> str:
    """The key two spellings of the same word share.

    Unicode compatibility forms, diacritics, tatweel, alef/alef-maksura/teh-marbuta
    forms, hyphens (قاسم-جومارت / قاسم جومارت), invisible marks and Latin case are
    folded; surrounding punctuation is dropped.

    >>> match_key("أوزبكستان") == match_key("اوزبكستان")
    True
    >>> match_key("قاسم-جومارت") == match_key("قاسم جومارت")
    True
    >>> match_key("الإِمَارَاتـــ")
    'الامارات'
    """
    if _LETTERS.fullmatch(text):
        key = text.translate(_FOLD_LETTERS)
        return text if key == text else key  # where nothing folds, one string is kept, not two
    text = normalize_unicode(_INVISIBLE.sub("", text))
    text = fold_letters(strip_tatweel(strip_diacritics(text)))
    text = _DASHES.sub(" ", text)
    words = (_PUNCT_EDGES.sub("", w) for w in _SPACES.split(text))
    return " ".join(w for w in words if w).lower()


@memo(500_000)
def clitic_splits(word_key: str) -> tuple[tuple[str, str], ...]:
    """Every (proclitic, stem) reading of one word's key, the unsplit reading first.

    A stem must keep at least ``MIN_STEM`` letters. The caller decides which reading is
    right (a gazetteer hit, or a stem seen elsewhere in the corpus).

    >>> clitic_splits("لكازاخستان")
    (('', 'لكازاخستان'), ('ل', 'كازاخستان'))
    >>> [stem for _, stem in clitic_splits("وبالصين")]
    ['وبالصين', 'صين', 'بالصين']
    """
    out = [("", word_key)]
    for prefix in _PROCLITICS_BY_LETTER.get(word_key[:1], ()):
        if word_key.startswith(prefix) and len(word_key) - len(prefix) >= MIN_STEM:
            out.append((prefix, word_key[len(prefix):]))
    return tuple(out)


@memo(500_000)
def bare_key(text: str) -> str:
    """The key with the article and article-carrying proclitics removed from each word.

    ``الصين``, ``والصين`` and ``للصين`` all become ``صين``. Single-letter proclitics
    (و ف ب ل ك) without an article are kept: لبنان must not lose its ل. So is ك before
    the article (``KEY_ARTICLE_PREFIXES_BY_LETTER``). Use ``clitic_splits`` with a lexicon
    or corpus to strip those.

    >>> bare_key("للولايات المتحدة") == bare_key("الولايات المتحدة")
    True
    >>> bare_key("كاليفورنيا"), bare_key("كالابار")
    ('كاليفورنيا', 'كالابار')
    """
    words = []
    for word in match_key(text).split(" "):
        for prefix in KEY_ARTICLE_PREFIXES_BY_LETTER.get(word[:1], ()):
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = word[len(prefix):]
                break
        words.append(word)
    return " ".join(words)


def skeleton(key: str) -> str:
    """The key without its long vowels (ا و ي after the first letter).

    Transliterated names gain and lose long vowels between outlets (بلينكن / بلينكين,
    أوزبكستان / أوزباكستان); their skeletons agree. Use it with a type check and an edit
    distance, never alone.

    >>> skeleton(match_key("بلينكين")) == skeleton(match_key("بلينكن"))
    True
    """
    return " ".join(_LONG_VOWELS.sub("", word) for word in key.split(" "))
