#!/usr/bin/env python3
"""Experiment: a small neural tagger (BiLSTM-CRF over the CRF's own features) on ANERcorp.

Not shipped (see docs/NER.md, "Round 4"). Same data, dev split and scoring as
``scripts/train_ner.py``: trained on the first 90% of ANERcorp train.txt (3,576
sentences), scored on the last 10% (397) with the conlleval convention.

Per token the network reads

* a bag of the CRF's feature strings at that position (``kg.ner.sentence_features``: the
  word, its stems, affixes, shape, word-type memory jackknifed as for the CRF, clusters,
  the +-2 neighbours' features, the word-pair memory), summed from an embedding per
  feature string (``--bag-dim``), features seen fewer than ``--min-feat`` times dropped;
* optionally (``--vectors``) the frozen PPMI-SVD vector of its bare word (or of its first
  clitic-stripped stem), the vectors behind ``ner_clusters.tsv``
  (``scripts/build_ner_clusters.py``: CC BY-SA text only, dev split excluded);
* optionally (``--char-dim``) a character CNN over the token.

A one-layer BiLSTM (``--hidden`` per direction) reads them; its output goes through a
linear layer to 9 tag scores, to which a linear score of the same feature bag is added
(the CRF's emission, so the network starts from what the CRF can express); a linear-chain
CRF layer on top (NLL training, Viterbi decoding). Adam (dense) + SparseAdam (feature
embeddings), feature dropout, fixed epochs, optionally the mean of the last epochs'
weights; fixed seeds, one thread: reruns give the same numbers.

    .venv/bin/python scripts/train_neural_ner.py --verbose       # plainest variant, dev F1 after every epoch
    B="--epochs 12 --average-from 4 --vectors --char-dim 30 --no-direct --feat-dropout 0.5 --min-feat 3"
    .venv/bin/python scripts/train_neural_ner.py $B --bench 100000   # the best variant (docs/NER.md), + speed
    .venv/bin/python scripts/train_neural_ner.py $B --cv 5           # 5-fold CV on all of train.txt
    python /work/shared/eval/conll_f1.py /tmp/kg-nner/dev-gold.txt /tmp/kg-nner/dev-pred.txt

``--bench`` tags SaudiNewsNet text (read for timing only, never trained on).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence  # noqa: E402

import train_ner  # noqa: E402
from kg import ner  # noqa: E402

LABELS = ["O"] + [f"{p}-{t}" for t in ner.TAGS for p in ("B", "I")]
LABEL_ID = {t: i for i, t in enumerate(LABELS)}
MAX_CHARS = 20


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------


class Encoder:
    """Maps feature strings, words and characters to ids (vocabularies from the training part)."""

    def __init__(self, items, tokens, min_feat: int, vectors: tuple[list[str], np.ndarray] | None,
                 skip: frozenset[str] = frozenset()) -> None:
        counts = Counter(f for feats, _ in items for pos in feats for f in pos if f.partition("=")[0] not in skip)
        self.feat_id = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_feat))}
        chars = Counter(c for sent in tokens for tok in sent for c in tok)
        self.char_id = {c: i + 2 for i, c in enumerate(sorted(c for c, n in chars.items() if n >= 2))}  # 0 pad, 1 unk
        self.word_id: dict[str, int] = {}
        self.vectors = None
        if vectors is not None:
            vocab, vecs = vectors
            self.word_id = {w: i + 1 for i, w in enumerate(vocab)}  # 0: no vector
            self.vectors = np.vstack([np.zeros((1, vecs.shape[1]), dtype=np.float32), vecs.astype(np.float32)])

    def features(self, feats: list[list[str]]) -> list[list[int]]:
        get = self.feat_id.get
        return [[i for i in map(get, pos) if i is not None] for pos in feats]

    def word(self, token: str) -> int:
        """The vector row of the bare word, else of its first clitic-stripped stem that has one."""
        from kg.normalize import match_key  # noqa: PLC0415

        key = match_key(token) or token
        bare = ner._strip_article(key) or key
        idx = self.word_id.get(bare, 0)
        if not idx:
            for stem in ner._clitic_stems(key):
                idx = self.word_id.get(ner._strip_article(stem), 0)
                if idx:
                    break
        return idx

    def chars(self, token: str) -> list[int]:
        return [self.char_id.get(c, 1) for c in token[:MAX_CHARS]]

    def encode(self, tokens: list[str], feats: list[list[str]], tags: list[str] | None) -> dict:
        return {
            "feats": self.features(feats),
            "words": [self.word(t) for t in tokens] if self.vectors is not None else None,
            "chars": [self.chars(t) for t in tokens],
            "tags": [LABEL_ID[t] for t in tags] if tags is not None else None,
        }


def collate(batch: list[dict], use_words: bool, use_chars: bool, drop: float = 0.0,
            rng: random.Random | None = None) -> dict:
    """Padded tensors of a batch sorted longest first (what pack_padded_sequence wants).

    With ``drop`` > 0 (training), each feature occurrence is left out with that probability,
    so the network cannot lean on any one feature string (the sparse bag overfits fast).
    """
    batch = sorted(batch, key=lambda x: -len(x["feats"]))
    lengths = [len(x["feats"]) for x in batch]
    b, t = len(batch), lengths[0]
    flat, offsets = [], []
    for x in batch:
        for pos in range(t):
            offsets.append(len(flat))
            if pos < len(x["feats"]):
                if drop:
                    flat.extend(f for f in x["feats"][pos] if rng.random() >= drop)
                else:
                    flat.extend(x["feats"][pos])
    out = {
        "lengths": torch.tensor(lengths),
        "flat": torch.tensor(flat, dtype=torch.long),
        "offsets": torch.tensor(offsets, dtype=torch.long),
        "mask": torch.arange(t)[None, :] < torch.tensor(lengths)[:, None],
        "shape": (b, t),
    }
    if use_words:
        words = torch.zeros(b, t, dtype=torch.long)
        for i, x in enumerate(batch):
            words[i, : len(x["words"])] = torch.tensor(x["words"])
        out["words"] = words
    if use_chars:
        chars = torch.zeros(b, t, MAX_CHARS, dtype=torch.long)
        for i, x in enumerate(batch):
            for j, cs in enumerate(x["chars"]):
                chars[i, j, : len(cs)] = torch.tensor(cs)
        out["chars"] = chars
    if batch[0]["tags"] is not None:
        tags = torch.zeros(b, t, dtype=torch.long)
        for i, x in enumerate(batch):
            tags[i, : len(x["tags"])] = torch.tensor(x["tags"])
        out["tags"] = tags
    out["order"] = batch
    return out


# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


class CRF(nn.Module):
    """Linear-chain CRF over tag scores: transition, start and end scores."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        b, t, _ = em.shape
        rows = torch.arange(b)
        gold = self.start[tags[:, 0]] + em[rows, 0, tags[:, 0]]
        alpha = self.start + em[:, 0]
        for s in range(1, t):
            m = mask[:, s]
            gold = gold + (self.trans[tags[:, s - 1], tags[:, s]] + em[rows, s, tags[:, s]]) * m
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, s, None, :], dim=1)
            alpha = torch.where(m[:, None], nxt, alpha)
        gold = gold + self.end[tags[rows, lengths - 1]]
        return (torch.logsumexp(alpha + self.end, dim=1) - gold).sum()

    @torch.no_grad()
    def viterbi(self, em: torch.Tensor, mask: torch.Tensor, lengths: torch.Tensor) -> list[list[int]]:
        b, t, _ = em.shape
        score = self.start + em[:, 0]
        back = []
        for s in range(1, t):
            best, arg = (score[:, :, None] + self.trans[None]).max(dim=1)
            nxt = best + em[:, s]
            m = mask[:, s, None]
            score = torch.where(m, nxt, score)
            back.append(torch.where(m, arg, torch.arange(em.shape[2])[None].expand_as(arg)))
        last = (score + self.end).argmax(dim=1)
        path = [last]
        for arg in reversed(back):
            last = arg[torch.arange(b), last]
            path.append(last)
        full = torch.stack(path[::-1], dim=1).tolist()
        return [row[:n] for row, n in zip(full, lengths.tolist())]


class Tagger(nn.Module):
    def __init__(self, n_feats: int, n_chars: int, vectors: np.ndarray | None, a) -> None:
        super().__init__()
        self.bag = nn.EmbeddingBag(n_feats, a.bag_dim, mode="sum", sparse=True)
        self.direct = None if a.no_direct else nn.EmbeddingBag(n_feats, len(LABELS), mode="sum", sparse=True)
        nn.init.normal_(self.bag.weight, std=0.1)
        if self.direct is not None:
            nn.init.zeros_(self.direct.weight)
        dim = a.bag_dim
        self.words = None
        if vectors is not None:
            self.words = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True)
            dim += vectors.shape[1]
        self.char_emb = self.char_cnn = None
        if a.char_dim:
            self.char_emb = nn.Embedding(n_chars + 2, a.char_dim, padding_idx=0)
            self.char_cnn = nn.Conv1d(a.char_dim, a.char_filters, kernel_size=3, padding=1)
            dim += a.char_filters
        self.drop = nn.Dropout(a.dropout)
        self.lstm = nn.LSTM(dim, a.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * a.hidden, len(LABELS))
        self.crf = CRF(len(LABELS))

    def emissions(self, x: dict) -> torch.Tensor:
        b, t = x["shape"]
        parts = [torch.tanh(self.bag(x["flat"], x["offsets"]).view(b, t, -1))]
        if self.words is not None:
            parts.append(self.words(x["words"]))
        if self.char_cnn is not None:
            c = self.char_emb(x["chars"].view(b * t, MAX_CHARS)).transpose(1, 2)
            parts.append(torch.relu(self.char_cnn(c)).max(dim=2).values.view(b, t, -1))
        h = self.drop(torch.cat(parts, dim=2))
        packed = pack_padded_sequence(h, x["lengths"], batch_first=True)
        h, _ = pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=t)
        em = self.out(self.drop(h))
        return em if self.direct is None else em + self.direct(x["flat"], x["offsets"]).view(b, t, -1)


# --------------------------------------------------------------------------------------
# Training and evaluation
# --------------------------------------------------------------------------------------


def batches(data: list[dict], size: int, rng: random.Random | None) -> list[list[dict]]:
    """Batches of sentences of similar length (little padding), in random order when training."""
    order = sorted(range(len(data)), key=lambda i: len(data[i]["feats"]))
    groups = [[data[i] for i in order[k : k + size]] for k in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(groups)
    return groups


def tag(model: Tagger, data: list[dict], use_words: bool, use_chars: bool, size: int = 64) -> list[list[str]]:
    model.eval()
    out: dict[int, list[str]] = {}
    ids = {id(x): i for i, x in enumerate(data)}
    with torch.no_grad():
        for group in batches(data, size, None):
            x = collate(group, use_words, use_chars)
            paths = model.crf.viterbi(model.emissions(x), x["mask"], x["lengths"])
            for item, path in zip(x["order"], paths):
                out[ids[id(item)]] = [LABELS[k] for k in path]
    return [out[i] for i in range(len(data))]


def _accumulate(average: dict[str, torch.Tensor], model: nn.Module, n: int) -> None:
    """Running mean of the weights after each of the last epochs (stochastic weight averaging):
    the dev score of single epochs jumps by a point or more, the average is steadier."""
    for name, value in model.state_dict().items():
        if name in average:
            average[name] += (value - average[name]) / n
        else:
            average[name] = value.clone()


def fit(train_sents, test_sents, a, vectors) -> tuple[Tagger, Encoder, list[list[str]], dict]:
    """Train on train_sents (features and jackknifed memory as the CRF's) and tag test_sents."""
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    t0 = time.process_time()
    feats = train_ner.Features(gazetteer=False, memory=True, wiki_memory=True, clusters=train_ner.MODELS / train_ner.CLUSTERS_FILE)
    items = feats.training_items(train_sents)  # jackknifed memory; leaves the run-time memory set
    test_feats = [ner.sentence_features(toks) for toks, _ in test_sents]
    enc = Encoder(items, [t for t, _ in train_sents], a.min_feat, vectors, frozenset(a.skip.split(",")))
    train_data = [enc.encode(toks, f, y) for (toks, _), (f, y) in zip(train_sents, items)]
    test_data = [enc.encode(toks, f, None) for (toks, _), f in zip(test_sents, test_feats)]
    use_words, use_chars = vectors is not None, bool(a.char_dim)
    model = Tagger(len(enc.feat_id), len(enc.char_id), enc.vectors, a)
    sparse = [m.weight for m in (model.bag, model.direct) if m is not None]
    dense = [p for p in model.parameters() if p.requires_grad and all(p is not s for s in sparse)]
    opt_dense = torch.optim.Adam(dense, lr=a.lr)
    opt_sparse = torch.optim.SparseAdam(sparse, lr=a.lr)
    prep_s = time.process_time() - t0
    gold = [y for _, y in test_sents]
    average: dict[str, torch.Tensor] = {}
    for epoch in range(a.epochs):
        model.train()
        total = 0.0
        for group in batches(train_data, a.batch, rng):
            x = collate(group, use_words, use_chars, a.feat_dropout, rng)
            loss = model.crf.nll(model.emissions(x), x["tags"], x["mask"], x["lengths"]) / len(group)
            opt_dense.zero_grad()
            opt_sparse.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(dense, 5.0)
            opt_dense.step()
            opt_sparse.step()
            total += loss.item() * len(group)
        if a.average_from and epoch + 1 >= a.average_from:
            _accumulate(average, model, epoch + 2 - a.average_from)
        if a.verbose:
            pred = tag(model, test_data, use_words, use_chars)
            s = train_ner.entity_f1(gold, pred)
            print(f"  epoch {epoch + 1}: loss {total / len(train_data):.3f}  test F1 {s['f1']:.4f} "
                  f"(P {s['p']:.4f} R {s['r']:.4f})  {time.process_time() - t0:.0f} CPU-s", flush=True)
    if average:
        model.load_state_dict(average)
    pred = tag(model, test_data, use_words, use_chars)
    score = train_ner.entity_f1(gold, pred)
    score.update(prep_cpu_s=round(prep_s, 1), train_cpu_s=round(time.process_time() - t0 - prep_s, 1),
                 features=len(enc.feat_id))
    return model, enc, pred, score


def write_conll(path: Path, sents, tags) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for (toks, _), ys in zip(sents, tags):
            handle.writelines(f"{tok} {y}\n" for tok, y in zip(toks, ys))
            handle.write("\n")


def bench(model: Tagger, enc: Encoder, n_tokens: int, a) -> dict:
    """Tokens/s of features + network + Viterbi on SaudiNewsNet (benchmark only), one thread, cold."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_ner  # noqa: PLC0415

    sents = bench_ner.load_sentences(bench_ner.DEFAULT_CORPUS, n_tokens, 30)
    n = sum(map(len, sents))
    ner._type_features.cache_clear()
    use_words, use_chars = enc.vectors is not None, bool(a.char_dim)
    out = {}
    for run in ("cold", "warm"):
        t0 = time.process_time()
        data = [enc.encode(s, ner.sentence_features(s), None) for s in sents]
        t1 = time.process_time()
        tag(model, data, use_words, use_chars, size=256)
        t2 = time.process_time()
        out[run] = {"tokens_per_cpu_s": round(n / (t2 - t0)), "features_s": round(t1 - t0, 2),
                    "network_viterbi_s": round(t2 - t1, 2)}
    out["tokens"] = n
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=0.003)
    ap.add_argument("--hidden", type=int, default=64, help="LSTM units per direction")
    ap.add_argument("--bag-dim", type=int, default=64, help="feature-bag embedding size")
    ap.add_argument("--min-feat", type=int, default=2, help="features seen fewer times are dropped")
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--feat-dropout", type=float, default=0.0, help="training: drop each feature with this probability")
    ap.add_argument("--skip", default="", metavar="NAMES",
                    help="feature families left out, by the name before '=' (e.g. w,b,p1w,n1w: word identities)")
    ap.add_argument("--no-direct", action="store_true", help="no linear feature-bag path to the tag scores")
    ap.add_argument("--vectors", action="store_true", help="+ frozen PPMI-SVD word vectors (100 dims)")
    ap.add_argument("--char-dim", type=int, default=0, help="character embedding size (0: no char CNN)")
    ap.add_argument("--char-filters", type=int, default=32)
    ap.add_argument("--average-from", type=int, default=0, metavar="EPOCH",
                    help="tag with the mean of the weights after epochs EPOCH..last (0: last epoch's weights)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on all of train.txt")
    ap.add_argument("--bench", type=int, default=0, metavar="TOKENS", help="then time tagging that many tokens")
    ap.add_argument("--verbose", action="store_true", help="score the test part after every epoch")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-nner")
    a = ap.parse_args(argv)
    torch.set_num_threads(1)
    a.work.mkdir(parents=True, exist_ok=True)

    vectors = None
    if a.vectors:
        import build_ner_clusters  # noqa: PLC0415 - the vectors behind ner_clusters.tsv

        vectors = build_ner_clusters.word_vectors(build_ner_clusters.corpus_streams(a.dev_frac), min_count=2, dim=100)
    data = train_ner.load_anercorp()
    config = {k: v for k, v in vars(a).items() if k not in ("work", "verbose", "bench")}
    if a.cv:
        k, n = a.cv, len(data)
        bounds = [round(i * n / k) for i in range(k + 1)]
        scores = []
        for i in range(k):
            test = data[bounds[i] : bounds[i + 1]]
            s = fit(data[: bounds[i]] + data[bounds[i + 1] :], test, a, vectors)[3]
            scores.append(s["f1"])
            print(f"fold {i + 1}/{k}: sentences {bounds[i]}-{bounds[i + 1]}  F1 {s['f1']:.4f}  "
                  f"P {s['p']:.4f} R {s['r']:.4f}  {s['per_type']}  train {s['train_cpu_s']} CPU-s", flush=True)
        mean = sum(scores) / k
        sd = (sum((x - mean) ** 2 for x in scores) / k) ** 0.5
        print(json.dumps({"folds": scores, "mean_f1": round(mean, 4), "sd": round(sd, 4), **config}))
        return 0
    trn, dev = train_ner.split_dev(data, a.dev_frac)
    model, enc, pred, s = fit(trn, dev, a, vectors)
    write_conll(a.work / "dev-gold.txt", dev, [y for _, y in dev])
    write_conll(a.work / "dev-pred.txt", dev, pred)
    result = {"train_sentences": len(trn), "dev_sentences": len(dev), **s, **config}
    if a.bench:
        result["bench"] = bench(model, enc, a.bench, a)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
