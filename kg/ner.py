"""Statistical Arabic named-entity tagger: a linear-chain CRF over clitic-aware features.

The shipped model (``kg/data/models/ner.crfsuite``, found through
``kg/data/models/catalogue.json``) is trained by ``scripts/train_ner.py`` on ANERcorp
(CC BY-SA 4.0); see docs/NER.md for the recipe and its measured F1.

Tags are BIO over ``TAGS`` (PERS, LOC, ORG, MISC), ANERcorp's label set. Tokens keep
their clitics (والصادرات, لألمانيا), so each token is described by its ``match_key``,
its article-free ``bare_key``, every proclitic reading from ``clitic_splits``, the
prefixes/suffixes of its stem, word-type memory and word-cluster ids, plus the same keys
of its neighbours.

Speed: crfsuite is used to train; tagging runs in numpy on the exported weights
(``ner.weights.npz``). Every feature of a position comes from one token type, so each
type's five score vectors (own, and as the word 1 or 2 places before or after) are
computed once and cached; a batch of sentences is then a few gathers and adds plus a
batched Viterbi and forward-backward (for the marginal of each chosen tag). The results
equal crfsuite's own tagger; speed is 80k+ tokens/s on unseen text on one core.

Importing this module is cheap: it never imports torch or ``camel_tools.ner``; the
optional BERT backend (``load_camel_backend``) imports them lazily.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, chain, filterfalse, repeat
from pathlib import Path

from kg.normalize import ARTICLE_PREFIXES_BY_LETTER, MIN_STEM, PROCLITICS, by_first_letter, clitic_splits, match_key
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
FEATURE_VERSION = 2

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
# Word clusters: bare key -> cluster ids at several granularities (coarse first), learned
# from CC BY-SA text by scripts/build_ner_clusters.py. Shipped beside the model.
_NEAR_LEVEL = 1  # which granularity the neighbours' cluster features use
_EMPTY_CLUSTERS: dict[str, tuple[str, ...]] = {}
_clusters: dict[str, tuple[str, ...]] = _EMPTY_CLUSTERS


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


def set_feature_options(
    *,
    gazetteer: bool,
    memory: dict[str, tuple[str, ...]] | None = None,
    clusters: dict[str, tuple[str, ...]] | None = None,
) -> None:
    """Switch the gazetteer features on or off and set the word-type memory and clusters.

    All must match the model being used: ``load_model`` calls this from the catalogue
    entry; the training script from its options. A change clears the per-type cache.
    """
    global _use_gazetteer, _memory, _clusters
    memory = memory if memory is not None else _EMPTY_MEMORY
    clusters = clusters if clusters is not None else _EMPTY_CLUSTERS
    if gazetteer != _use_gazetteer or memory is not _memory or clusters is not _clusters:
        _use_gazetteer = gazetteer
        _memory = memory
        _clusters = clusters
        _type_features.cache_clear()
    if gazetteer:
        _load_gazetteer()


def read_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    """A word-cluster file: ``bare_key<TAB>id<TAB>id...`` lines (coarse to fine)."""
    out: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, *ids = line.rstrip("\n").split("\t")
            if key and ids:
                out[key] = tuple(ids)
    return out


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


# kg.normalize.PROCLITICS grouped by first letter (same order), for _clitic_stems.
_PROCLITICS_BY_LETTER = by_first_letter(PROCLITICS)


def _clitic_stems(key: str) -> list[str]:
    """The stems of ``clitic_splits(key)[1:]``, in the same order, a little faster."""
    n = len(key)
    return [
        key[len(p) :]
        for p in _PROCLITICS_BY_LETTER.get(key[:1], ())
        if n - len(p) >= MIN_STEM and key.startswith(p)
    ]


def _strip_article(key: str) -> str:
    """``bare_key`` of a string that is already a ``match_key`` (no second normalisation)."""
    if " " in key:
        return " ".join(_strip_article(w) for w in key.split(" "))
    for prefix in ARTICLE_PREFIXES_BY_LETTER.get(key[:1], ()):
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            return key[len(prefix) :]
    return key


def _type_features_uncached(token: str) -> tuple[list[str], list[str], list[str], list[str], list[str], str]:
    """Everything about one token string that does not depend on its neighbours.

    Returns the token's own features and the feature lists it contributes when it sits
    one or two places before (``p1``, ``p2``) or after (``n1``, ``n2``) the tagged token,
    and the left half of a word-pair memory key.
    """
    key = match_key(token) or token
    bare = _strip_article(key) or key
    shape = _shape(token)
    own = ["w=" + key, "b=" + bare, "sh=" + shape]
    memory = _memory
    mem = set(memory.get(bare, ())) if memory else set()
    if shape == "A":
        splits = _clitic_stems(key)
        stripped = [_strip_article(stem) for stem in splits] if (memory or _clusters) else []
        if memory:
            for stem in stripped:
                for f in memory.get(stem, ()):
                    mem.add("s" + f)
        stems = set(splits)
        stems.discard(bare)
        stems.discard(key)
        own.extend(["s=" + s for s in sorted(stems)])
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
    near_k: list[str] = []
    if _clusters:
        ids = _clusters.get(bare)
        if ids:
            own += [f"k{i}={c}" for i, c in enumerate(ids)]
            near_k.append("k=" + ids[_NEAR_LEVEL])
        if shape == "A":
            for stem in stripped:
                sid = _clusters.get(stem)
                if sid:
                    own += [f"ks{i}={c}" for i, c in enumerate(sid)]
                    if not ids:
                        near_k.append("k=" + sid[_NEAR_LEVEL])
                    break
    if mem:
        own.extend(["m=" + f for f in sorted(mem)])
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
                stem_tags.update(gaz.get(_strip_article(stem), ()))
        own.extend("g=" + t for t in sorted(tags))
        own.extend("gs=" + t for t in sorted(stem_tags - tags))
        near = sorted(tags | stem_tags)
    else:
        near = []
    x2 = bare[-2:]
    p1 = ["p1w=" + key, "p1b=" + bare, "p1x2=" + x2]
    n1 = ["n1w=" + key, "n1b=" + bare, "n1x2=" + x2]
    if near:
        p1.extend("p1g=" + t for t in near)
        n1.extend("n1g=" + t for t in near)
    if near_k:
        p1 += ["p1" + f for f in near_k]
        n1 += ["n1" + f for f in near_k]
    if near_mem:
        p1.extend(["p1m=" + f for f in near_mem])
        n1.extend(["n1m=" + f for f in near_mem])
    p2 = ["p2b=" + bare]
    n2 = ["n2b=" + bare]
    return own, p1, n1, p2, n2, bare + "+"


_type_features = lru_cache(maxsize=300_000)(_type_features_uncached)


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


# The tagger itself: the CRF's weights in numpy, scores summed per token *type*.
#
# A linear-chain CRF scores position i with the sum of the weights of its features. Every
# feature of position i comes from one token (its own features, or the p1/p2/n1/n2 list of
# a neighbour), except the word-pair memory. So each token type contributes five fixed
# score vectors (own, as p1, as n1, as p2, as n2), computed once per type from the same
# feature strings the trainer saw; a sentence's emission scores are five gathers and adds.
# Viterbi and forward-backward (for the marginal of the chosen tag) then run over all the
# sentences of a call at once, one position per step. Results equal crfsuite's own tagger (tests/test_ner.py).

_TYPE_CACHE_MAX = 262_144  # token types kept (5 x 9 float32 each, about 47 MB when full)


class _Weights:
    """The CRF's labels, transition matrix and state-feature weights (attribute x label)."""

    def __init__(self, labels: list[str], trans, attrs: list[str], state) -> None:
        import numpy as np  # noqa: PLC0415 - imported with the first model

        self.labels = labels
        self.trans = np.asarray(trans, dtype=np.float64)
        # One extra all-zero row: the index of every feature the model does not know, and the
        # padding that keeps np.add.reduceat groups non-empty.
        self.state = np.vstack([np.asarray(state, dtype=np.float64), np.zeros((1, len(labels)))])
        self.zero = len(attrs)
        self.index = dict(zip(attrs, range(len(attrs))))

    @classmethod
    def from_crfsuite(cls, path: Path) -> "_Weights":
        """Read the weights through crfsuite's own dump (about 0.4 s)."""
        import numpy as np  # noqa: PLC0415
        import pycrfsuite  # noqa: PLC0415

        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
            info = tagger.info()
        except Exception as exc:  # noqa: BLE001 - crfsuite raises a bare ValueError/IOError
            raise KgError(f"cannot open NER model {path}: {exc}") from None
        labels = [lab for lab, _ in sorted(info.labels.items(), key=lambda kv: int(kv[1]))]
        lid = {lab: i for i, lab in enumerate(labels)}
        trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            trans[lid[a], lid[b]] = w
        attrs = sorted({a for a, _ in info.state_features})
        aid = {a: i for i, a in enumerate(attrs)}
        state = np.zeros((len(attrs), len(labels)))
        for (a, lab), w in info.state_features.items():
            state[aid[a], lid[lab]] = w
        return cls(labels, trans, attrs, state)

    @classmethod
    def from_npz(cls, path: Path) -> "_Weights":
        import numpy as np  # noqa: PLC0415

        with np.load(path, allow_pickle=False) as z:
            return cls(str(z["labels"]).split("\n"), z["trans"], str(z["attrs"]).split("\n"), z["state"])

    def save_npz(self, path: Path, source_sha256: str) -> None:
        import numpy as np  # noqa: PLC0415

        attrs = sorted(self.index, key=self.index.get)
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle,
                labels=np.array("\n".join(self.labels)),
                trans=self.trans,
                attrs=np.array("\n".join(attrs)),
                state=self.state[: len(attrs)],
                source_sha256=np.array(source_sha256),
            )

    def vector(self, feats: Sequence[str]):
        """The summed weights of a list of features (unknown features weigh nothing)."""
        get, zero = self.index.get, self.zero
        return self.state[[get(f, zero) for f in feats]].sum(axis=0) if feats else self.state[zero]


def _sha256(path: Path) -> str:
    import hashlib  # noqa: PLC0415

    return hashlib.sha256(path.read_bytes()).hexdigest()


def weights_path(model_path: str | Path) -> Path:
    """Where the numpy export of a crfsuite model lives: ``ner.crfsuite`` -> ``ner.weights.npz``."""
    return Path(model_path).with_suffix(".weights.npz")


def export_weights(model_path: str | Path) -> Path:
    """Write ``weights_path(model_path)``: the model's weights, tagged with its SHA-256."""
    model_path = Path(model_path)
    out = weights_path(model_path)
    _Weights.from_crfsuite(model_path).save_npz(out, _sha256(model_path))
    return out


def _load_weights(path: Path) -> _Weights:
    """The weights of the crfsuite model at ``path``: from its export when that matches the
    model file byte for byte, else read from the model itself."""
    import numpy as np  # noqa: PLC0415

    export = weights_path(path)
    if export.is_file():
        try:
            with np.load(export, allow_pickle=False) as z:
                fresh = str(z["source_sha256"]) == _sha256(path)
            if fresh:
                return _Weights.from_npz(export)
        except (OSError, ValueError, KeyError):
            pass
    return _Weights.from_crfsuite(path)


class NerModel:
    """A loaded CRF tagger. ``predict`` is the whole API; not safe across threads."""

    def __init__(
        self,
        path: Path,
        *,
        gazetteer: bool = False,
        memory: dict[str, tuple[str, ...]] | None = None,
        clusters: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        import numpy as np  # noqa: PLC0415 - imported on first load

        self._np = np
        self.path = Path(path)
        self.gazetteer = gazetteer
        self.memory = memory if memory is not None else _EMPTY_MEMORY
        self.clusters = clusters if clusters is not None else _EMPTY_CLUSTERS
        if not self.path.is_file():
            raise KgError(f"NER model {self.path} is missing: run `python scripts/train_ner.py --final`")
        self._w = _load_weights(self.path)
        self.labels = self._w.labels
        self._trans = self._w.trans
        self._exp_trans = np.exp(self._w.trans)
        self._bias = self._w.vector(["bias"])
        # Every way a word-pair key can be cut at a "+": a token can only start a known pair
        # if its ``bare+`` is a left part, and end one if its bare key is a right part.
        self._pair_lefts: set[str] = set()
        self._pair_rights: set[str] = set()
        for key in self.memory:
            for cut, char in enumerate(key):
                if char == "+":
                    self._pair_lefts.add(key[: cut + 1])
                    self._pair_rights.add(key[cut + 1 :])
        self._lock = threading.Lock()
        self._reset_cache()

    # -- per-type score vectors ----------------------------------------------------------

    def _reset_cache(self) -> None:
        np = self._np
        n_labels = len(self.labels)
        self._rows: dict[str, int] = {}
        self._pairs: dict[str, object] = {}
        self._bare: list[str] = []
        self._table = np.zeros((1024, 5, n_labels), dtype=np.float32)
        # Per row: can the type start a known word pair (bit 1), end one (bit 2)?
        self._pair_ends = np.zeros(1024, dtype=np.uint8)
        # Rows 0 and 1: the sentence-boundary sentinels (before / after the sentence).
        self._add_block(["", ""], [_BOS, _EOS], register=False)

    def _add_rows(self, tokens: list[str], typed: list) -> None:
        """Score vectors of new token types, a gather and a ``reduceat`` per block of types."""
        for i in range(0, len(tokens), 512):
            self._add_block(tokens[i : i + 512], typed[i : i + 512])

    def _add_block(self, tokens: list[str], typed: list, register: bool = True) -> None:
        np = self._np
        get, zero = self._w.index.get, self._w.zero
        idx: list[int] = []
        starts: list[int] = []
        for own, p1, n1, p2, n2, _ in typed:
            for group in (own, p1, n1, p2, n2):
                starts.append(len(idx))
                idx.append(zero)  # keeps every group non-empty
                idx += map(get, group, repeat(zero))
        sums = np.add.reduceat(self._w.state[idx], starts, axis=0)
        row = len(self._bare)
        end = row + len(tokens)
        if end > len(self._table):
            grow = max(end, 2 * len(self._table))
            table = np.zeros((grow, *self._table.shape[1:]), dtype=self._table.dtype)
            table[:row] = self._table[:row]
            self._table = table
            self._pair_ends = np.concatenate([self._pair_ends, np.zeros(grow - len(self._pair_ends), dtype=np.uint8)])
        self._table[row:end] = sums.reshape(len(tokens), 5, -1)
        rows = self._rows
        lefts, rights = self._pair_lefts, self._pair_rights
        for i, (token, t) in enumerate(zip(tokens, typed)):
            bare = t[5]
            self._bare.append(bare)
            if register:
                rows[token] = row + i
                self._pair_ends[row + i] = (bare in lefts) | (bare[:-1] in rights) << 1

    def _row_ids(self, tokens: Sequence[str]) -> list[int]:
        """Row of each token in the score table (new types are scored first)."""
        rows = self._rows
        new = list(dict.fromkeys(filterfalse(rows.__contains__, tokens)))
        if new:
            if len(self._bare) + len(new) > _TYPE_CACHE_MAX:
                self._reset_cache()
                rows = self._rows
                new = list(dict.fromkeys(tokens))
            self._add_rows(new, [_type_features_uncached(t) for t in new])
        return list(map(rows.__getitem__, tokens))

    def _emissions(self, sentences: Sequence[Sequence[str]]):
        """Emission scores (n_tokens x n_labels, float64) of all tokens of ``sentences``."""
        np = self._np
        flat: list[int] = []
        rows = self._row_ids(list(chain.from_iterable(sentences)))  # new types scored at once
        at = 0
        for tokens in sentences:
            flat += (0, 0)
            flat += rows[at : at + len(tokens)]
            flat += (1, 1)
            at += len(tokens)
        ids = np.array(flat, dtype=np.intp)
        # Position of every real token in ``ids`` (two sentinel rows each side of a sentence).
        real = np.flatnonzero(ids > 1)
        t = self._table
        em = (
            t[ids[real], 0].astype(np.float64)
            + t[ids[real - 1], 1]
            + t[ids[real + 1], 2]
            + t[ids[real - 2], 3]
            + t[ids[real + 2], 4]
            + self._bias
        )
        if self.memory:
            self._add_pairs(em, ids, real)
        return em

    def _add_pairs(self, em, ids, real) -> None:
        """Word pairs seen inside one entity of the training data (``bR=``/``bL=`` features)."""
        np = self._np
        get = self.memory.get
        bare = self._bare
        pairs = self._pairs
        vec = self._w.vector
        ends = self._pair_ends
        # Only tokens that can start a pair, followed by one that can end it, are looked up.
        maybe = np.flatnonzero((ends[ids[real]] & 1).astype(bool) & (ends[ids[real + 1]] & 2).astype(bool))
        for k, left, right in zip(maybe.tolist(), ids[real[maybe]].tolist(), ids[real[maybe] + 1].tolist()):
            key = bare[left] + bare[right][:-1]
            hit = pairs.get(key)
            if hit is None:
                feats = get(key)
                hit = (vec(["bR=" + f for f in feats]), vec(["bL=" + f for f in feats])) if feats else False
                pairs[key] = hit
            if hit is not False:
                em[k] += hit[0]
                em[k + 1] += hit[1]

    # -- decoding ------------------------------------------------------------------------

    def _decode(self, em, lengths: list[int], marginals: bool):
        """Viterbi tags (label indices) and, optionally, each chosen tag's marginal, per sentence.

        All sentences advance together, one position per step. Sorted longest first, the
        sentences still running at step ``s`` are a prefix of that order, so the scores are
        laid out step by step (block ``s``: the tokens at position ``s`` of the first
        ``active[s]`` sentences) and each step reads and writes slices of those blocks: no
        padding, no masks, no gathers. The arithmetic is the same, row for row.
        """
        np = self._np
        lens = np.array(lengths, dtype=np.intp)
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.intp)
        order = np.argsort(-lens, kind="stable")
        first = starts[order]  # first token of each sentence, longest sentence first
        width = int(lens.max())
        # active[s]: how many sentences have a token at position s; block s is rows at[s]:at[s] + active[s].
        active = (len(lens) - np.cumsum(np.bincount(lens, minlength=width + 1))[:width]).tolist()
        at = [0, *accumulate(active)]
        step_major = np.concatenate([first[:k] + s for s, k in enumerate(active)])  # row -> token
        em = em[step_major]
        trans, etrans = self._trans, self._exp_trans
        # Each step is a handful of numpy calls on small blocks, so their overhead is most of
        # the cost: results go straight into their rows (``out=``), and reductions call the
        # ufuncs, not the ndarray methods' Python wrappers. Same operations, same floats.
        add, multiply, matmul = np.add, np.multiply, np.matmul
        total = np.add.reduce
        # Viterbi: back[row] holds, for each label at that token, the best label at the token before.
        # The candidates are laid out (sentence, label, label before) so that the argmax runs
        # along contiguous memory, and the best scores are read where it points (one gather,
        # several times cheaper than a second reduction).
        n_labels = trans.shape[0]
        back = np.zeros(em.shape, dtype=np.intp)
        delta = em[: active[0]].copy()
        cand = np.empty((active[0], n_labels, n_labels))
        into = np.ascontiguousarray(trans.T)  # into[label, before] = trans[before, label]
        cells = np.arange(active[0] * n_labels)  # (sentence, label) pairs, flattened
        for s in range(1, width):
            k, row = active[s], at[s]
            c = add(delta[:k, None, :], into, out=cand[:k])
            b = c.argmax(axis=2, out=back[row : row + k])
            add(c.reshape(-1, n_labels)[cells[: k * n_labels], b.ravel()].reshape(k, n_labels), em[row : row + k], out=delta[:k])
        best = np.empty(len(em), dtype=np.intp)
        best[np.array(at, dtype=np.intp)[lens[order] - 1] + np.arange(len(lens))] = delta.argmax(axis=1)
        sentence = np.arange(len(lens))
        for s in range(width - 1, 0, -1):
            k, row, before = active[s], at[s], at[s - 1]
            best[before : before + k] = back[row : row + k][sentence[:k], best[row : row + k]]
        chosen = None
        if marginals:
            # Scaled forward-backward; each position normalised, so no overflow.
            p = np.exp(em - em.max(axis=1, keepdims=True))
            alpha = np.empty_like(p)
            k = active[0]
            alpha[:k] = p[:k] / p[:k].sum(axis=1, keepdims=True)
            for s in range(1, width):
                k, row, before = active[s], at[s], at[s - 1]
                a = matmul(alpha[before : before + k], etrans, out=alpha[row : row + k])
                a *= p[row : row + k]
                a /= total(a, axis=1, keepdims=True)
            beta = np.ones_like(p)
            weighted = np.empty((active[0], p.shape[1]))
            etrans_t = etrans.T
            for s in range(width - 2, -1, -1):
                k, row, after = active[s + 1], at[s], at[s + 1]
                w = multiply(p[after : after + k], beta[after : after + k], out=weighted[:k])
                b = matmul(w, etrans_t, out=beta[row : row + k])
                b /= total(b, axis=1, keepdims=True)
            post = alpha * beta
            chosen = np.empty(len(em))
            chosen[step_major] = post[np.arange(len(em)), best] / post.sum(axis=1)
            chosen = chosen.tolist()
        in_text_order = np.empty(len(em), dtype=np.intp)
        in_text_order[step_major] = best
        tags = in_text_order.tolist()
        out_tags, out_prob = [], []
        for i, n in zip(starts.tolist(), lengths):
            out_tags.append(tags[i : i + n])
            out_prob.append(chosen[i : i + n] if marginals else None)
        return out_tags, out_prob

    def _run(self, sentences: Sequence[Sequence[str]], marginals: bool):
        set_feature_options(gazetteer=self.gazetteer, memory=self.memory, clusters=self.clusters)
        todo = [i for i, s in enumerate(sentences) if len(s)]
        if not todo:
            return [[] for _ in sentences], [[] for _ in sentences]
        with self._lock:
            sents = [sentences[i] for i in todo]
            em = self._emissions(sents)
            tags, probs = self._decode(em, [len(s) for s in sents], marginals)
        out_t: list = [[] for _ in sentences]
        out_p: list = [[] for _ in sentences]
        labels = self.labels
        for j, i in enumerate(todo):
            out_t[i] = list(map(labels.__getitem__, tags[j]))
            if marginals:
                out_p[i] = probs[j]
        return out_t, out_p

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """One ``(BIO tag, marginal probability of that tag)`` per token of each sentence."""
        tags, probs = self._run(sentences, True)
        return [list(zip(t, p)) for t, p in zip(tags, probs)]

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags only (no marginals): the fastest path."""
        return self._run(sentences, False)[0]


_loaded: dict[str, NerModel] = {}
_loaded_lock = threading.Lock()
# The packaged model once loaded: ``load_model()`` is called per word by tagging and
# extraction, and reading the catalogue and resolving paths each time cost more than
# the lookups it serves.
_default: list[NerModel] = []


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


def _companion(path: Path, entry: dict | None, field: str, reader, what: str, remedy: str):
    """A file the catalogue lists beside the model (``memory``, ``clusters``), read; None
    when the catalogue names none."""
    if entry is None or not entry.get(field):
        return None
    companion = path.parent / entry[field]
    if not companion.is_file():
        raise KgError(f"{what} {companion} is missing: {remedy}")
    return reader(companion)


def load_model(path: str | Path | None = None) -> NerModel:
    """The CRF tagger at ``path``, or the packaged one named in ``catalogue.json``.

    Loaded models are cached by path. A model given by path uses the catalogue's
    feature options (gazetteer, word-type memory) when it is the packaged file, and
    neither otherwise.
    """
    if path is None and _default:
        return _default[0]
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
    default = entry is not None and path == (_MODELS_DIR / entry["file"]).resolve()
    with _loaded_lock:
        if key in _loaded:
            if default and not _default:
                _default.append(_loaded[key])
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
        memory = _companion(path, entry, "memory", read_memory, "NER word-type memory", "retrain the model")
        clusters = _companion(path, entry, "clusters", read_clusters, "NER word clusters", "run scripts/build_ner_clusters.py")
        model = NerModel(path, gazetteer=gazetteer, memory=memory, clusters=clusters)
        _loaded[key] = model
        if default and not _default:
            _default.append(model)
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
