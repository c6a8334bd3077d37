#!/usr/bin/env python3
"""Build ``kg/data/models/ner_clusters.tsv``: word clusters for the NER tagger's features.

Distributional word classes learned from CC BY-SA text only:

* ANERcorp train.txt (CC BY-SA 4.0) **without** its last 10% of sentences (the dev split
  of ``scripts/train_ner.py``, so the dev score is not helped by its own text),
* AQMAR (CC BY-SA 3.0) and the WikiFANE Gold 2014 text (CC BY-SA 3.0); labels unused.

SaudiNewsNet is never read. Method (deterministic): every token becomes its ``bare_key``
(match key without the article); words seen ``--min-count`` times or more form the
vocabulary; co-occurrence counts in a +-2 window (weight 1/distance) give a PPMI matrix
(context distribution smoothed with exponent 0.75); a truncated SVD (``--dim``
dimensions, singular values to the power 0.5) gives word vectors; k-means on the
length-normalised vectors at three granularities (``--ks``) gives each word three cluster
ids. The file is ``word<TAB>c1<TAB>c2<TAB>c3`` per line, sorted by word.

    .venv/bin/python scripts/build_ner_clusters.py          # ~1 minute on one core
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402

from kg import ner  # noqa: E402

OUT = ROOT / "kg" / "data" / "models" / "ner_clusters.tsv"


def corpus_streams(dev_frac: float) -> list[list[str]]:
    """Token streams (sentences, or whole files where there are none) of the CC BY-SA text."""
    import train_ner  # noqa: PLC0415 - the same loaders and dev split as training

    data = train_ner.load_anercorp()
    trn, _ = train_ner.split_dev(data, dev_frac)
    streams = [toks for toks, _ in trn]
    streams += [toks for toks, _ in train_ner.load_aqmar()]
    streams.append([tok for tok, _ in train_ner.load_wikifane()])
    return streams


def word_vectors(streams, *, min_count: int, dim: int, window: int = 2):
    """Vocabulary (sorted bare keys) and length-normalised PPMI-SVD vectors, one row per word.

    Also the input of ``scripts/train_neural_ner.py``'s word embeddings.
    """
    from sklearn.utils.extmath import randomized_svd  # noqa: PLC0415

    from kg.normalize import match_key  # noqa: PLC0415

    keyed = [[ner._strip_article(match_key(t) or t) for t in s] for s in streams]
    freq = Counter(k for s in keyed for k in s if k)
    vocab = sorted(w for w, c in freq.items() if c >= min_count)
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for s in keyed:
        ids = [index.get(k, -1) for k in s]
        n = len(ids)
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for d in range(1, window + 1):
                if i + d < n and ids[i + d] >= 0:
                    b = ids[i + d]
                    rows += (a, b)
                    cols += (b, a)
                    vals += (1.0 / d, 1.0 / d)
    v = len(vocab)
    m = sparse.coo_matrix((vals, (rows, cols)), shape=(v, v)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    ctx = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    ctx /= ctx.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total) - np.log(row_sum[coo.row] / total) - np.log(ctx[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(v, v))
    u, sv, _ = randomized_svd(ppmi, n_components=dim, n_iter=7, random_state=0)
    vecs = u * np.sqrt(sv)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-12
    return vocab, vecs


def build(streams, *, min_count: int, dim: int, ks: tuple[int, ...], window: int = 2):
    from sklearn.cluster import KMeans  # noqa: PLC0415

    vocab, vecs = word_vectors(streams, min_count=min_count, dim=dim, window=window)
    labels = []
    for k in ks:
        km = KMeans(n_clusters=k, n_init=1, random_state=0, max_iter=100)
        labels.append(km.fit_predict(vecs))
    return vocab, labels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--ks", default="64,256,1024")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    ks = tuple(int(x) for x in a.ks.split(","))
    vocab, labels = build(corpus_streams(a.dev_frac), min_count=a.min_count, dim=a.dim, ks=ks)
    with open(a.out, "w", encoding="utf-8") as handle:
        for i, w in enumerate(vocab):
            if w and "\t" not in w and "\n" not in w:
                handle.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    print(f"wrote {a.out}: {len(vocab)} words, k = {ks}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
