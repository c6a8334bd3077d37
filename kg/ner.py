"""Statistical Arabic named-entity tagger: a linear-chain CRF over clitic-aware features.

The shipped model (``kg/data/models/ner.crfsuite``, found through
``kg/data/models/catalogue.json``) is trained by ``scripts/train_ner.py`` on ANERcorp
(CC BY-SA 4.0); see docs/NER.md for the recipe and its measured F1.

Tags are BIO over ``TAGS`` (PERS, LOC, ORG, MISC), ANERcorp's label set. Tokens keep
their clitics (والصادرات, لألمانيا), so each token is described by its ``match_key``,
its article-free ``bare_key``, every proclitic reading from ``clitic_splits`` and the
prefixes/suffixes of its stem, plus the same keys of its neighbours.

Speed: everything that depends on a token alone is computed once per token string
(``_type_features`` is an ``lru_cache``); per position only the prebuilt neighbour
feature lists are concatenated, so tagging runs well above 50k tokens/s on one core.

Importing this module is cheap: it never imports torch or ``camel_tools.ner``; the
optional BERT backend (``load_camel_backend``) imports them lazily.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from kg.normalize import bare_key, clitic_splits, match_key
from kg.types import KgError

__all__ = [
    "TAGS",
    "NerModel",
    "load_model",
    "read_conll",
    "read_conll_tagged",
    "tag_conll",
    "load_camel_backend",
    "sentence_features",
    "FEATURE_VERSION",
]

TAGS = ("PERS", "LOC", "ORG", "MISC")

#: Bumped whenever the features below change; the catalogue records the version a model
#: was trained with and ``load_model`` refuses a model built on other features.
FEATURE_VERSION = 1

_MODELS_DIR = Path(__file__).resolve().parent / "data" / "models"
_CATALOGUE = _MODELS_DIR / "catalogue.json"

_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile(r"\d")
_WORDCHAR = re.compile(r"\w")

# --------------------------------------------------------------------------------------
# Gazetteer features (optional: kg/lexicon.py may be absent).
# --------------------------------------------------------------------------------------

_gazetteer_lock = threading.Lock()
_gazetteer: dict[str, frozenset[str]] | None = None
_use_gazetteer = False
# Word-type memory: bare key -> feature strings such as ``a:PERS:hi`` (how often the word
# was part of an entity of that type in the training corpora). Shipped beside the model.
_EMPTY_MEMORY: dict[str, tuple[str, ...]] = {}
_memory: dict[str, tuple[str, ...]] = _EMPTY_MEMORY


def _load_gazetteer() -> dict[str, frozenset[str]]:
    """``kg.lexicon.token_gazetteer()``, or an empty dict when that module is missing."""
    global _gazetteer
    with _gazetteer_lock:
        if _gazetteer is None:
            try:
                from kg.lexicon import token_gazetteer  # noqa: PLC0415 (optional module)

                _gazetteer = dict(token_gazetteer())
            except Exception:  # noqa: BLE001 - the lexicon is optional
                _gazetteer = {}
        return _gazetteer


def gazetteer_available() -> bool:
    """Whether ``kg.lexicon.token_gazetteer`` can be imported and is non-empty."""
    return bool(_load_gazetteer())


def set_feature_options(*, gazetteer: bool, memory: dict[str, tuple[str, ...]] | None = None) -> None:
    """Switch the gazetteer features on or off and set the word-type memory.

    Both must match the model being used: ``load_model`` calls this from the catalogue
    entry; the training script from its options. A change clears the per-type cache.
    """
    global _use_gazetteer, _memory
    memory = memory if memory is not None else _EMPTY_MEMORY
    if gazetteer != _use_gazetteer or memory is not _memory:
        _use_gazetteer = gazetteer
        _memory = memory
        _type_features.cache_clear()
    if gazetteer:
        _load_gazetteer()


def read_memory(path: str | Path) -> dict[str, tuple[str, ...]]:
    """A word-type memory file: ``bare_key<TAB>feat,feat`` lines."""
    out: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, _, feats = line.rstrip("\n").partition("\t")
            if key and feats:
                out[key] = tuple(feats.split(","))
    return out


# --------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------


def _shape(token: str) -> str:
    """A coarse class of the token's script: Arabic, Latin, digits, punctuation, mixed."""
    if not _WORDCHAR.search(token):
        return "P"
    ar = bool(_ARABIC.search(token))
    la = bool(_LATIN.search(token))
    dg = bool(_DIGIT.search(token))
    if ar and not (la or dg):
        return "A"
    if la and not (ar or dg):
        return "L" + ("c" if token[:1].isupper() else "")
    if dg and not (ar or la):
        return "D"
    return "M"


@lru_cache(maxsize=300_000)
def _type_features(token: str) -> tuple[list[str], list[str], list[str], list[str], list[str], str]:
    """Everything about one token string that does not depend on its neighbours.

    Returns the token's own features and the feature lists it contributes when it sits
    one or two places before (``p1``, ``p2``) or after (``n1``, ``n2``) the tagged token,
    and the left half of a word-pair memory key.
    """
    key = match_key(token) or token
    bare = bare_key(token) or key
    shape = _shape(token)
    own = ["w=" + key, "b=" + bare, "sh=" + shape]
    if shape == "A":
        stems = {stem for _, stem in clitic_splits(key)[1:]}
        stems.discard(bare)
        stems.discard(key)
        own.extend("s=" + s for s in sorted(stems))
        n = len(bare)
        for i in range(1, 5):
            if n > i:
                own.append(f"p{i}={bare[:i]}")
                own.append(f"x{i}={bare[-i:]}")
        own.append("c1=" + key[:1])
        own.append("c2=" + key[:2])
        if key != bare:
            own.append("art")
        own.append("len=%d" % min(n, 9))
    elif shape in ("P", "D"):
        own.append("raw=" + token[:3])
    if _memory:
        mem = set(_memory.get(bare, ()))
        if shape == "A":
            for _, stem in clitic_splits(key)[1:]:
                mem.update("s" + f for f in _memory.get(bare_key(stem), ()))
        own.extend("m=" + f for f in sorted(mem))
        near_mem = sorted(f for f in mem if f[0] != "s")
    else:
        near_mem = []
    if _use_gazetteer:
        gaz = _load_gazetteer()
        tags: set[str] = set()
        stem_tags: set[str] = set()
        tags.update(gaz.get(bare, ()))
        if shape == "A":
            for prefix, stem in clitic_splits(key)[1:]:
                stem_tags.update(gaz.get(bare_key(stem), ()))
        own.extend("g=" + t for t in sorted(tags))
        own.extend("gs=" + t for t in sorted(stem_tags - tags))
        near = sorted(tags | stem_tags)
    else:
        near = []
    p1 = ["p1w=" + key, "p1b=" + bare, "p1x2=" + bare[-2:]]
    n1 = ["n1w=" + key, "n1b=" + bare, "n1x2=" + bare[-2:]]
    p1.extend("p1g=" + t for t in near)
    n1.extend("n1g=" + t for t in near)
    p1.extend("p1m=" + f for f in near_mem)
    n1.extend("n1m=" + f for f in near_mem)
    p2 = ["p2b=" + bare]
    n2 = ["n2b=" + bare]
    return own, p1, n1, p2, n2, bare + "+"


_BOS = ([], ["p1w=<s>"], [], ["p2b=<s>"], [], "")
_EOS = ([], [], ["n1w=</s>"], [], ["n2b=</s>"], "")


def sentence_features(tokens: Sequence[str]) -> list[list[str]]:
    """The CRF features of each token of one sentence (lists of feature strings)."""
    typed = [_type_features(t) for t in tokens]
    n = len(typed)
    # Two sentinels each side stand for the sentence boundaries, so the loop has no branch.
    padded = [_BOS, _BOS, *typed, _EOS, _EOS]
    out = [
        ["bias", *padded[i + 2][0], *padded[i + 1][1], *padded[i][3], *padded[i + 3][2], *padded[i + 4][4]]
        for i in range(n)
    ]
    if _memory:
        # Word pairs seen inside one entity of the training data ("الاتحاد+افريقي": ORG).
        get = _memory.get
        bare = [t[5] for t in typed]
        for i in range(n - 1):
            pair = get(bare[i] + bare[i + 1][:-1])
            if pair:
                out[i].extend(["bR=" + f for f in pair])
                out[i + 1].extend(["bL=" + f for f in pair])
    return out


# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


class NerModel:
    """A loaded CRF tagger. ``predict`` is the whole API; not safe across threads."""

    def __init__(
        self, path: Path, *, gazetteer: bool = False, memory: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        import pycrfsuite  # noqa: PLC0415 - a small C extension, imported on first load

        self.path = Path(path)
        self.gazetteer = gazetteer
        self.memory = memory if memory is not None else _EMPTY_MEMORY
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except Exception as exc:  # noqa: BLE001 - crfsuite raises a bare ValueError/IOError
            raise KgError(f"cannot open NER model {self.path}: {exc}") from None
        self._lock = threading.Lock()

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """One ``(BIO tag, marginal probability of that tag)`` per token of each sentence."""
        set_feature_options(gazetteer=self.gazetteer, memory=self.memory)
        tagger = self._tagger
        out: list[list[tuple[str, float]]] = []
        with self._lock:
            for tokens in sentences:
                if not tokens:
                    out.append([])
                    continue
                tagger.set(sentence_features(tokens))
                tags = tagger.tag()
                marginal = tagger.marginal
                out.append([(tag, marginal(tag, i)) for i, tag in enumerate(tags)])
        return out

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags only (no marginals): the fastest path."""
        set_feature_options(gazetteer=self.gazetteer, memory=self.memory)
        tag = self._tagger.tag
        with self._lock:
            return [tag(sentence_features(tokens)) if tokens else [] for tokens in sentences]


_loaded: dict[str, NerModel] = {}
_loaded_lock = threading.Lock()


def _catalogue_entry() -> dict:
    if not _CATALOGUE.is_file():
        raise KgError(
            f"NER model catalogue {_CATALOGUE} is missing: run `python scripts/train_ner.py --final`"
        )
    try:
        catalogue = json.loads(_CATALOGUE.read_text(encoding="utf-8"))
        return catalogue["models"]["ner"]
    except (ValueError, KeyError, TypeError) as exc:
        raise KgError(f"NER model catalogue {_CATALOGUE} is unreadable: {exc}") from None


def load_model(path: str | Path | None = None) -> NerModel:
    """The CRF tagger at ``path``, or the packaged one named in ``catalogue.json``.

    Loaded models are cached by path. A model given by path uses the catalogue's
    feature options (gazetteer, word-type memory) when it is the packaged file, and
    neither otherwise.
    """
    entry = None
    if path is None:
        entry = _catalogue_entry()
        path = _MODELS_DIR / entry["file"]
    path = Path(path).resolve()
    if entry is None and _CATALOGUE.is_file():
        try:
            candidate = _catalogue_entry()
            if (_MODELS_DIR / candidate["file"]).resolve() == path:
                entry = candidate
        except KgError:
            entry = None
    key = str(path)
    with _loaded_lock:
        if key in _loaded:
            return _loaded[key]
        if not path.is_file():
            raise KgError(
                f"NER model {path} is missing: run `python scripts/train_ner.py --final`"
            )
        gazetteer = False
        if entry is not None:
            version = entry.get("feature_version")
            if version != FEATURE_VERSION:
                raise KgError(
                    f"NER model {path.name} was trained with features v{version}, "
                    f"this kg has v{FEATURE_VERSION}: retrain with scripts/train_ner.py --final"
                )
            gazetteer = bool(entry.get("features", {}).get("gazetteer", False))
            if gazetteer and not gazetteer_available():
                raise KgError(
                    f"NER model {path.name} needs gazetteer features but kg.lexicon.token_gazetteer "
                    "is unavailable"
                )
        memory = None
        if entry is not None and entry.get("memory"):
            memory_path = path.parent / entry["memory"]
            if not memory_path.is_file():
                raise KgError(f"NER word-type memory {memory_path} is missing: retrain the model")
            memory = read_memory(memory_path)
        model = NerModel(path, gazetteer=gazetteer, memory=memory)
        _loaded[key] = model
        return model


# --------------------------------------------------------------------------------------
# CoNLL files
# --------------------------------------------------------------------------------------


def _conll_blocks(path: str | Path) -> Iterable[list[list[str]]]:
    block: list[list[str]] = []
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.split()
            if parts:
                block.append(parts)
            elif block:
                yield block
                block = []
    if block:
        yield block


def read_conll(path: str | Path) -> list[list[str]]:
    """Tokens per sentence of a CoNLL file (first column; blank line between sentences)."""
    return [[row[0] for row in block] for block in _conll_blocks(path)]


def read_conll_tagged(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """``(tokens, tags)`` per sentence; the tag is the last column (``O`` when absent)."""
    out = []
    for block in _conll_blocks(path):
        tokens = [row[0] for row in block]
        tags = [row[-1] if len(row) > 1 else "O" for row in block]
        out.append((tokens, tags))
    return out


def tag_conll(input_path: str | Path, output_path: str | Path, model: NerModel) -> int:
    """Tag a CoNLL file: ``token TAG`` lines, blank line between sentences.

    Returns the number of sentences written.
    """
    sentences = read_conll(input_path)
    predicted = model.predict(sentences)
    with open(output_path, "w", encoding="utf-8") as handle:
        for tokens, tagged in zip(sentences, predicted):
            for token, (tag, _) in zip(tokens, tagged):
                handle.write(f"{token} {tag}\n")
            handle.write("\n")
    return len(sentences)


# --------------------------------------------------------------------------------------
# Optional CAMeL Tools BERT backend
# --------------------------------------------------------------------------------------

_CAMEL_HINT = (
    "CAMeL NER data is not installed: run `camel_data -i ner-arabert` "
    "(needs network once), or use the CRF model (kg.ner.load_model)"
)


class _CamelBackend:
    """CAMeL Tools' AraBERT NER behind the same ``predict`` API as ``NerModel``."""

    def __init__(self, recognizer: object) -> None:
        self._recognizer = recognizer

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        sentences = [list(s) for s in sentences]
        out: list[list[tuple[str, float]]] = [[] for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if s]
        if todo:
            labels = self._recognizer.predict([sentences[i] for i in todo])
            for i, tags in zip(todo, labels):
                tags = [t.replace("-PER", "-PERS") if t.endswith("-PER") else t for t in tags]
                out[i] = [(t, 1.0) for t in tags]
        return out


def load_camel_backend() -> object:
    """CAMeL Tools' BERT NER (``ner-arabert``) with ``predict`` like ``NerModel``.

    Imports torch and camel_tools.ner only now. Any failure (package data missing, no
    network for the catalogue) becomes one ``KgError`` line.
    """
    try:
        from camel_tools.ner import NERecognizer  # noqa: PLC0415 - heavy, optional

        recognizer = NERecognizer.pretrained()
    except Exception:  # noqa: BLE001 - camel_tools raises many kinds; all mean "not installed"
        raise KgError(_CAMEL_HINT) from None
    return _CamelBackend(recognizer)
